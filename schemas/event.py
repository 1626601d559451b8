"""Events an article places somewhere: found by code, compared across articles."""

from pydantic import BaseModel, Field

from summarise.schemas.span import Span


class Event(BaseModel):
    """A meeting (summit, talks) the article names, with who meets and where."""

    kind: str = Field(description="'meeting' for now.")
    participants: list[str] = Field(description="Countries taking part, by canonical name.")
    place: str = Field(description="Where the article says it is held, as written.")
    place_span: Span
    when: str | None = Field(default=None, description="Time phrase of the sentence, if any.")
    quote: str = Field(description="The sentence, as the article has it.")
    span: Span
