"""What an article leaves unresolved."""

from pydantic import BaseModel

from summarise.schemas.span import MatchKind, Span


class OpenQuestion(BaseModel):
    """A question the article raises but does not answer, tied to a quote where one exists."""

    question: str
    quote: str | None = None
    span: Span | None = None
    match: MatchKind | None = None
