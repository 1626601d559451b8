"""Pydantic models of briefs and reports: the public JSON contract.

Imports nothing from the summarise package (layers point one way).
"""

from summarise.schemas.actor import Actor, ActorKind
from summarise.schemas.brief import SCHEMA_VERSION, Brief
from summarise.schemas.corpus import (
    ActorPositionRef,
    ArticleRef,
    Claim,
    Conflict,
    ConflictKind,
    Corpus,
    CorpusActor,
    FailedArticle,
    FigureGroup,
    SetAside,
    Severity,
    Tally,
    Verdict,
)
from summarise.schemas.drafts import (
    DRAFT_SCHEMAS,
    BriefDraft,
    FigureLabel,
    FigureLabels,
    MergedSummary,
    PositionDraft,
    SameMeasure,
)
from summarise.schemas.event import Event
from summarise.schemas.figure import Figure, Qualifier, Quantity
from summarise.schemas.position import Position
from summarise.schemas.provenance import Provenance, Usage
from summarise.schemas.question import OpenQuestion
from summarise.schemas.span import Grounded, MatchKind, Span

__all__ = [
    "DRAFT_SCHEMAS",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "ActorPositionRef",
    "ArticleRef",
    "Brief",
    "BriefDraft",
    "Claim",
    "Conflict",
    "ConflictKind",
    "Corpus",
    "CorpusActor",
    "Event",
    "FailedArticle",
    "Figure",
    "FigureGroup",
    "FigureLabel",
    "FigureLabels",
    "Grounded",
    "MatchKind",
    "MergedSummary",
    "OpenQuestion",
    "Position",
    "PositionDraft",
    "Provenance",
    "Qualifier",
    "Quantity",
    "SameMeasure",
    "SetAside",
    "Severity",
    "Span",
    "Tally",
    "Usage",
    "Verdict",
]
