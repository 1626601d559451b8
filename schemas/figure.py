"""Numbers an article reports: found and parsed by code, labelled by the model."""

from typing import Literal

from pydantic import BaseModel, Field

from summarise.schemas.span import MatchKind, Span

#: How the article bounds the number: "more than 3 million" is ``at_least``.
Qualifier = Literal["exact", "at_least", "at_most", "approx", "range"]
#: A figure that is not a report of fact: a possibility or condition, or a forecast, plan or
#: pledge.
Outlook = Literal["possible", "expected"]


class Quantity(BaseModel):
    """A number phrase as code parsed it, before any model sees it."""

    number: str = Field(description="The number phrase as written, e.g. 'nearly two million'.")
    number_span: Span
    value: float | None = Field(description="The stated number; None for a bare range.")
    low: float | None = Field(description="Lowest value the phrase allows (None: unbounded).")
    high: float | None = Field(description="Highest value the phrase allows (None: unbounded).")
    unit: str | None = Field(
        description="'%', a currency code, a unit of measurement ('m', 'ft', 'kg', 'mph'), "
        "or None for a count."
    )
    qualifier: Qualifier


class Figure(Quantity):
    """A reported figure: the parsed number, the sentence it stands in, and its labels."""

    quote: str = Field(description="The sentence holding the number, as the article has it.")
    span: Span
    match: MatchKind = "exact"
    measure: str | None = Field(description="What is counted, e.g. 'people displaced'.")
    place: str | None = None
    period: str | None = Field(default=None, description="Time window as the article states it.")
    period_anchor: str | None = Field(
        default=None,
        description="For 'since then' and the like: the time the sentence before names.",
    )
    attributed_to: str | None = Field(default=None, description="Who gives the figure.")
    counted: str | None = Field(
        default=None,
        description="What the number counts, by the sentence's parse: the noun's lemma with "
        "its compounds ('excavator', 'death toll'), or for a measurement what is measured.",
    )
    dimension: str | None = Field(
        default=None, description="For a measurement: depth, width, height, length, distance."
    )
    holder: str | None = Field(
        default=None,
        description="Whose share of a vote or poll, or whose seats or votes, by the parse: "
        "'dawn party' for 'the Dawn Party won 64 seats'; 'yes'/'no' for a referendum's sides.",
    )
    verb: str | None = Field(
        default=None, description="Lemma of the verb the count belongs to ('kill', 'use')."
    )
    moving: bool = Field(
        default=False,
        description="The sentence gives the count as still changing (present, progressive, "
        "present perfect, 'so far'): across articles it is a tally, not a contradiction.",
    )
    outlook: Outlook | None = Field(
        default=None,
        description="Set when the number's own clause is not a report of fact: 'possible' "
        "(a modal or a condition: 'could reach', 'if') or 'expected' (a forecast, plan or "
        "pledge: 'is expected to rise to', 'vowed to deport').",
    )
