"""Where a quote sits in its article."""

from typing import Annotated, Literal

from pydantic import BaseModel, Field

#: ``[start, end)`` character offsets into the article text (Python string indices).
Span = Annotated[tuple[int, int], Field(description="[start, end) character offsets")]

#: How a quote was located: verbatim, after normalising whitespace/quotes/case, or fuzzily.
MatchKind = Literal["exact", "normalised", "fuzzy"]


class Grounded(BaseModel):
    """A passage copied from the article, located by code."""

    quote: str = Field(description="The article's own text at `span` (not the model's copy).")
    span: Span
    match: MatchKind = "exact"
