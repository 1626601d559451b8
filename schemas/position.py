"""What an actor says or wants, with the article's words as evidence."""

from summarise.schemas.span import Grounded


class Position(Grounded):
    """An actor's stance, backed by a quote located in the article."""

    actor: str
    stance: str
