"""People, states, organisations and groups an article names."""

from typing import Literal

from pydantic import BaseModel, Field

from summarise.schemas.span import Span

ActorKind = Literal["person", "country", "organisation", "armed_group", "other"]


class Actor(BaseModel):
    """One actor of one article, with every place the article names it."""

    name: str = Field(description="The name exactly as the article writes it.")
    canonical: str = Field(description="Full canonical name, e.g. 'Sergey Lavrov'.")
    kind: ActorKind
    role: str | None = Field(default=None, description="Role as the article gives it.")
    forms: list[str] = Field(
        default_factory=list,
        description="Every form the article names it by ('Sergei Lavrov', 'Lavrov'; 'Russia', "
        "'Moscow', 'Syrian' in 'the Syrian regime'), in order of first use.",
    )
    mentions: list[Span] = Field(
        description="Every [start, end) where the article names it, in any of its forms."
    )
