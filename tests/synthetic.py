"""Briefs built by code from short texts, for reconciliation cases the seeds do not cover."""

from __future__ import annotations

from summarise.article.figures import find_figures, place_figures
from summarise.corpus.compare import measure_of
from summarise.find.analysis import analyse
from summarise.find.events import find_events
from summarise.find.grounding import find_mentions
from summarise.find.text import text_sha256
from summarise.schemas import Actor, Brief, FigureLabel, Grounded, Position, Provenance, Usage


def make_brief(
    source: str,
    text: str,
    measures: dict[str, str] | None = None,
    places: dict[str, str] | None = None,
    actors: list[tuple[str, str, str]] | None = None,
    positions: list[tuple[str, str, str]] | None = None,
    dated: str | None = None,
) -> Brief:
    """A brief of `text`: figures as code finds them, labelled from `measures` and `places`
    (keyed by number phrase), actors as (name, canonical, kind), positions as (actor, stance,
    quote)."""
    measures, places = measures or {}, places or {}
    analysis = analyse(text)
    sents = analysis.sents
    # The brief's own figure assembly (place, period, what is counted), with the labels a
    # model would give taken from `measures`.
    found = find_figures(text, sents)
    labels = [
        FigureLabel(
            id=f.id,
            number=f.quantity.number,
            measure=measures.get(f.quantity.number, ""),
        )
        for f in found
    ]
    figures = [
        f.model_copy(update={"place": places[f.number]}) if f.number in places else f
        for f in place_figures(analysis, found, labels).items
    ]
    brief_actors = [
        Actor(name=name, canonical=canonical, kind=kind, mentions=find_mentions(text, name))  # type: ignore[arg-type]
        for name, canonical, kind in actors or []
    ]
    brief_positions = []
    for actor, stance, quote in positions or []:
        at = text.index(quote)
        brief_positions.append(
            Position(actor=actor, stance=stance, quote=quote, span=(at, at + len(quote)))
        )
    return Brief(
        events=find_events(text, sents),
        date=Grounded(quote=dated, span=(0, len(dated)), match="exact") if dated else None,
        title=source,
        summary="",
        actors=brief_actors,
        positions=brief_positions,
        figures=figures,
        open_questions=[],
        provenance=Provenance(
            source=source,
            sha256=text_sha256(text),
            model="synthetic",
            endpoint="none",
            prompt_version="none",
            usage=Usage(),
        ),
    )


def one_sentence(text: str, name: str = "x.txt") -> Brief:
    """A one-sentence article's brief by code, dated (14 June 2026 is a Sunday)."""
    return make_brief(name, text, dated="14 June 2026")


def measures_of(text: str) -> dict[str, str]:
    """What each figure of a one-sentence article measures, by its number phrase."""
    return {f.number: measure_of(f) for f in one_sentence(text).figures}
