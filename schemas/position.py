"""What an actor says or wants, with the article's words as evidence."""

from pydantic import Field

from summarise.schemas.span import Grounded, Span


class Position(Grounded):
    """A speaker's stance, backed by their statement located in the article. The speaker is
    found by code from the sentence's parse; the model writes only the stance."""

    actor: str = Field(description="Who says it: the actor's canonical name, else the words.")
    stance: str
    speaker: Span | None = Field(
        default=None, description="Where the article names the speaker ('he' in '…, he said')."
    )
