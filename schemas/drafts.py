"""What the model is asked to return. Field descriptions are part of the prompt.

Shapes are compact on purpose: every output token costs about a quarter of a second on the
embedded model. Numbers and offsets are never asked for: code finds those.
"""

from pydantic import BaseModel, Field


class FigureLabel(BaseModel):
    """What the model adds to a figure code found. Place and period are read by code."""

    id: int = Field(description="The item's number in the list.")
    number: str = Field(description="The number phrase of that item, copied.")
    measure: str = Field(
        description="What is counted, in a few words, e.g. 'people displaced'. Never the number."
    )


class FigureLabels(BaseModel):
    figures: list[FigureLabel] = Field(description="One label per listed number, in order.")


class PositionDraft(BaseModel):
    statement: int = Field(description="Number of the statement (from the list) that shows it.")
    stance: str = Field(description="Their position in your own words, at most 12 words.")


class BriefDraft(BaseModel):
    """The prose part of a brief: title, summary, stances and open questions."""

    title: str = Field(description="The article's headline, or a short title if it has none.")
    date: str | None = Field(description="A date the article states for itself, copied, or null.")
    summary: str = Field(description="Two sentences, at most 50 words.")
    positions: list[PositionDraft] = Field(max_length=4)
    open_questions: list[str] = Field(
        max_length=3, description="Questions the article leaves unresolved, naming what about."
    )


class SameMeasure(BaseModel):
    """A judgement on two figures from different articles."""

    # The reason comes first: generated in field order, the answer then follows from it
    # instead of being explained after the fact.
    reason: str = Field(
        description="One short sentence: what [N] counts in each sentence, and where and when."
    )
    same: bool = Field(
        description="True if both sentences report the same quantity of the same event over "
        "the same time."
    )


class MergedSummary(BaseModel):
    """One title and summary for an article briefed in parts."""

    title: str = Field(description="The article's headline.")
    summary: str = Field(description="Two or three sentences covering the whole article.")


#: Every shape the model is asked for: the grammar its answers are held to.
DRAFT_SCHEMAS: tuple[type[BaseModel], ...] = (
    FigureLabels,
    BriefDraft,
    MergedSummary,
    SameMeasure,
)
