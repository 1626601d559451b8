"""The brief of one article: the product's public JSON contract."""

from pydantic import BaseModel, Field

from schemas.actor import Actor
from schemas.event import Event
from schemas.figure import Figure
from schemas.position import Position
from schemas.provenance import Provenance
from schemas.question import OpenQuestion
from schemas.span import Grounded


class Brief(BaseModel):
    title: str
    date: Grounded | None = Field(default=None, description="Date the article states, if any.")
    summary: str
    actors: list[Actor]
    positions: list[Position]
    figures: list[Figure]
    open_questions: list[OpenQuestion]
    events: list[Event] = Field(default_factory=list, description="Meetings it places.")
    provenance: Provenance
