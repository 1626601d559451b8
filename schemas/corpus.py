"""The reconciled corpus: one actor list, figures grouped by what they measure, and conflicts."""

from typing import Literal

from pydantic import BaseModel, Field

from summarise.schemas.actor import ActorKind
from summarise.schemas.brief import SCHEMA_VERSION
from summarise.schemas.figure import Outlook, Qualifier
from summarise.schemas.span import Span


class ArticleRef(BaseModel):
    source: str
    title: str
    sha256: str


class ActorPositionRef(BaseModel):
    source: str
    stance: str
    quote: str
    span: Span


class CorpusActor(BaseModel):
    """One real-world actor across the corpus, with every spelling it went by."""

    canonical: str
    kind: ActorKind
    aliases: list[str] = Field(description="Every spelling seen, canonical included.")
    articles: list[str] = Field(description="Sources of the articles naming this actor.")
    roles: list[str] = Field(default_factory=list)
    positions: list[ActorPositionRef] = Field(default_factory=list)


class Claim(BaseModel):
    """One article's figure (or, for a fact conflict, its place), as evidence."""

    source: str
    quote: str = Field(description="The sentence holding the number (or place).")
    span: Span
    number: str = Field(description="The number phrase; for a fact conflict, the place.")
    number_span: Span
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: Qualifier | None
    measure: str | None
    place: str | None
    period: str | None
    period_anchor: str | None = None
    attributed_to: str | None = None
    counted: str | None = None
    verb: str | None = Field(default=None, description="Lemma of the verb the count belongs to.")
    moving: bool = False
    outlook: Outlook | None = None
    article_date: str | None = Field(
        default=None,
        description="The claim's article's date (YYYY-MM-DD): its publication date where the "
        "page or record gives one, else the date the article states for itself, if any.",
    )
    outlet: str | None = Field(
        default=None, description="The outlet that published the claim's article, if known."
    )
    event_date: str | None = Field(
        default=None,
        description="The day the claim's sentence names by a relative time ('yesterday', 'on "
        "Tuesday'), anchored to its article's date (YYYY-MM-DD), if both are known.",
    )


class FigureGroup(BaseModel):
    """Figures that count the same kind of thing in the same place."""

    measure: str = Field(description="What the group counts: killed, displaced, population...")
    place: str | None
    claims: list[Claim]


ConflictKind = Literal["value", "period", "fact"]
Severity = Literal["high", "medium", "low"]
#: What the model said of a flag's two sentences: the same quantity of the same event and
#: time, or not; "unjudged" when no model was asked (offline, or the call failed).
Verdict = Literal["same", "different", "unjudged"]


class Conflict(BaseModel):
    """Two or more articles saying things that cannot all be true. Never averaged away."""

    kind: ConflictKind
    severity: Severity
    measure: str | None = None
    place: str | None = None
    explanation: str
    claims: list[Claim]
    judgement: str | None = Field(
        default=None, description="The model's view on whether the claims count the same thing."
    )
    verdict: Verdict = Field(
        default="unjudged",
        description="The model's answer to: do the two sentences report the same quantity of "
        "the same event over the same time? 'unjudged' when no model was asked.",
    )


class SetAside(BaseModel):
    """Two articles' figures of one measure whose numbers differ, kept from being a flag by a
    named rule: shown so a reader can see what was not compared, and why."""

    rule: str = Field(description="The rule's name: forecast, rounding, different-windows...")
    reason: str = Field(description="One line: why the rule keeps these two apart.")
    measure: str | None = None
    claims: list[Claim]


class Tally(BaseModel):
    """One count reported as still changing ("at least 60 excavators", then "100"): its values
    in sequence, not a contradiction. Flagged (as a conflict) only where it cannot be a rise."""

    measure: str
    place: str | None = None
    ordered_by: Literal["article date", "value"] = Field(
        description="How the sequence is ordered: by the articles' own dates where all give "
        "one, else by value (undated articles cannot be put in time order)."
    )
    claims: list[Claim]


class FailedArticle(BaseModel):
    source: str
    error: str


class Corpus(BaseModel):
    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this contract.")
    articles: list[ArticleRef]
    actors: list[CorpusActor]
    figure_groups: list[FigureGroup]
    conflicts: list[Conflict] = Field(
        description="Flags, surest first: claims that cannot all be true."
    )
    tallies: list[Tally] = Field(default_factory=list)
    worth_a_look: list[Conflict] = Field(
        default_factory=list,
        description="Candidates the code doubts (the counted things may differ): not flags.",
    )
    set_aside: list[SetAside] = Field(
        default_factory=list,
        description="Pairs whose numbers differ that a named rule kept from being flags.",
    )
    failed: list[FailedArticle] = Field(default_factory=list)
