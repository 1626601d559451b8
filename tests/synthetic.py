"""Briefs built by code from short texts, for reconciliation cases the seeds do not cover."""

from __future__ import annotations

from schemas import Actor, Brief, Figure, Position, Provenance, Usage
from summarise.events import find_events
from summarise.grounding import find_mentions
from summarise.periods import find_anchor, find_period, is_anaphoric
from summarise.places import nearest_place
from summarise.quantities import find_quantities
from summarise.text import sentences, text_sha256


def make_brief(
    source: str,
    text: str,
    measures: dict[str, str] | None = None,
    places: dict[str, str] | None = None,
    actors: list[tuple[str, str, str]] | None = None,
    positions: list[tuple[str, str, str]] | None = None,
) -> Brief:
    """A brief of `text`: figures as code finds them, labelled from `measures` and `places`
    (keyed by number phrase), actors as (name, canonical, kind), positions as (actor, stance,
    quote)."""
    measures, places = measures or {}, places or {}
    sents = sentences(text)
    figures = []
    for q, sent in find_quantities(text, sents):
        at = q.number_span[0] - sent.start
        period = find_period(sent.text, at)
        idx = sents.index(sent)
        anchor = find_anchor(sents[idx - 1].text) if idx and is_anaphoric(period) else None
        figures.append(
            Figure(
                **q.model_dump(),
                quote=sent.text,
                span=(sent.start, sent.end),
                measure=measures.get(q.number),
                place=places.get(q.number) or nearest_place(sent.text, at),
                period=period,
                period_anchor=anchor,
            )
        )
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
