"""The brief of one article: the product's public JSON contract."""

from pydantic import BaseModel, Field

from summarise.schemas.actor import Actor
from summarise.schemas.event import Event
from summarise.schemas.figure import Figure
from summarise.schemas.position import Position
from summarise.schemas.provenance import Provenance
from summarise.schemas.question import OpenQuestion
from summarise.schemas.span import Grounded

#: The version of the JSON contract (briefs and corpus.json): 2 added figures' counted noun,
#: dimension, verb and movement, ages, tallies and "worth a look"; 3 actors found by code with
#: every form and mention, positions held by the speaker the parse finds.
SCHEMA_VERSION = "6"


class Brief(BaseModel):
    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this contract.")
    title: str
    date: Grounded | None = Field(default=None, description="Date the article states, if any.")
    author: Grounded | None = Field(
        default=None, description="The byline's name, found by code; never an actor."
    )
    summary: str
    actors: list[Actor]
    positions: list[Position]
    figures: list[Figure]
    open_questions: list[OpenQuestion]
    events: list[Event] = Field(default_factory=list, description="Meetings it places.")
    provenance: Provenance
