"""Briefing one article: code finds the numbers, the model labels and summarises, code grounds.

Code reads the article first (`analysis`): sentences, their parse, the actors with every
mention and role, the speaker of every statement, the byline. Then two small model calls,
because the embedded 1.5B model does each well on its own and badly all at once:
1. label the figures code found, seeing only their sentences with the number marked;
2. title, summary, a stance for statements code attributed, open questions, reading the
   article.
A batch makes call 1 for several articles back to back (`figures.label_figures`,
`summarise.corpus.batch`), so the labelling prompt's fixed opening is read once for all.

The model never names an actor or a speaker: a position's holder is its statement's speaker
by the parse. The date the model copies must be found in the article by `grounding`; a
generic open question is dropped (`find.questions`). This module is the pipeline: each step
(`figures`, `prose`, `parts`) returns its items, warnings and usage, collected here in order.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from summarise.article.figures import (
    LabelledFigures,
    find_figures,
    label_figures,
    place_figures,
)
from summarise.article.parts import halves, model_view, overlaps, part_chars, split_for_context
from summarise.article.prose import Prose, merged_summary, prose_of_part
from summarise.article.steps import Step, clean_answer
from summarise.errors import ContextOverflowError
from summarise.find.analysis import Analysis, analyse
from summarise.find.claims import article_facts, checked_text, unsupported
from summarise.find.events import find_events
from summarise.find.grounding import ground_quote
from summarise.find.text import read_article, text_sha256
from summarise.llm.model import ModelClient
from summarise.llm.prompts import Prompts, load_prompts
from summarise.schemas import Brief, BriefDraft, Grounded, Provenance, Quantity, Usage

log = logging.getLogger(__name__)
T = TypeVar("T")


def _byline(text: str, analysis: Analysis) -> Grounded | None:
    """The article's byline, as code found it."""
    at = analysis.author
    return Grounded(quote=text[at[0] : at[1]], span=at, match="exact") if at else None


def brief_by_code(text: str, source: str, dated: str | None = None) -> Brief:
    """What code alone reads in an article, with no model call: its figures (found, placed,
    dated and parsed; no model label, which no comparison uses), events, actors and byline;
    no title, summary, positions or questions. `dated`: the article's own date as written in
    it (what the model copies for a full brief). Flags between such briefs are the rules'
    own (bench/battery.py `rules` scores a battery this way)."""
    analysis = analyse(text)
    figures = place_figures(analysis, find_figures(text, analysis.sents), [])
    where = text.find(dated) if dated else -1
    return Brief(
        title="",
        date=Grounded(quote=dated, span=(where, where + len(dated)), match="exact")
        if dated and where >= 0
        else None,
        author=_byline(text, analysis),
        summary="",
        actors=analysis.actors,
        positions=[],
        figures=figures.items,
        open_questions=[],
        events=find_events(text, analysis.sents),
        provenance=Provenance(
            source=source,
            sha256=text_sha256(text),
            model="none (code only)",
            endpoint="none",
            prompt_version="none",
            usage=Usage(),
            warnings=list(figures.warnings),
        ),
    )


def brief_text(
    text: str,
    source: str,
    client: ModelClient,
    prompts: Prompts | None = None,
    labelled: LabelledFigures | None = None,
) -> Brief:
    """Brief of `text` (an article already read), citing `source` in its provenance.

    `labelled`: its figures, already labelled by `label_figures` (else labelled here; that
    also reads the article: sentences, parse, actors, speakers).

    An article too long for the model's context is briefed in consecutive parts, cut at
    paragraph (else sentence) boundaries, and merged into one brief: positions and questions
    from every part, one summary written from the parts' summaries. Nothing is truncated; the
    split is recorded in the brief's warnings.
    """
    prompts = prompts or load_prompts()
    if labelled is None:
        labelled = label_figures(text, client, prompts)
    analysis = labelled.analysis
    steps: list[Step[Any]] = [Step(None, _fenced_warnings(analysis), labelled.usage)]
    prose = _prose(analysis, prompts, client)
    steps.append(prose)
    drafts = [p.draft for p in prose.items]
    title, summary = drafts[0].title.strip(), drafts[0].summary.strip()
    if len(drafts) > 1:
        merged = merged_summary(drafts, prompts, client)
        steps.append(merged)
        title, summary = merged.items
    found = [f.quantity for f in labelled.found]
    checked = _checked_prose(analysis, found, title, summary, prose.items)
    title, summary, parts = checked.items
    date = _date(text, drafts)
    figures = place_figures(analysis, labelled.found, labelled.labels)
    steps += [checked, date, figures]
    warnings = [w for step in steps for w in step.warnings]
    for w in warnings:
        log.info("%s: %s", source, w)  # kept in provenance.warnings; shown with -v
    usage = Usage()
    for step in steps:
        usage = usage.add(step.usage)
    fenced = analysis.fenced
    return Brief(
        title=title,
        date=date.items,
        author=_byline(text, analysis),
        summary=summary,
        actors=analysis.actors,
        positions=[p for part in parts for p in part.positions if not overlaps(p.span, fenced)],
        figures=figures.items,
        open_questions=[
            q
            for part in parts
            for q in part.questions
            if q.span is None or not overlaps(q.span, fenced)
        ],
        events=[e for e in find_events(text, analysis.sents) if not overlaps(e.span, fenced)],
        provenance=Provenance(
            source=source,
            sha256=text_sha256(text),
            model=client.settings.model,
            endpoint=client.endpoint,
            prompt_version=prompts.version,
            usage=usage,
            warnings=warnings,
        ),
    )


def _checked_prose(
    analysis: Analysis, found: list[Quantity], title: str, summary: str, parts: list[Prose]
) -> Step[tuple[str, str, list[Prose]]]:
    """The model's words with every number and name checked against the article
    (`find.claims`): a summary sentence, stance or question stating a number the article does
    not give, or naming someone it does not name, is dropped with a warning; such a title is
    replaced by the article's first line."""
    facts = article_facts(analysis.text, found)
    values, words = facts
    warnings: list[str] = []
    summary, dropped = checked_text(summary, "summary", facts)
    warnings += dropped
    if (why := unsupported(title, values, words)) is not None:
        first = next((s.text for s in analysis.sents if s.text.strip()), "")[:200]
        warnings.append(f"title {title!r} {why}; replaced by the article's first line")
        title = first

    def kept(items: list[T], text: Callable[[T], str], what: Callable[[T], str]) -> list[T]:
        out = []
        for item in items:
            if (why := unsupported(text(item), values, words)) is None:
                out.append(item)
            else:
                warnings.append(f"{what(item)} {why}; dropped")
        return out

    checked = [
        Prose(
            part.draft,
            kept(part.positions, lambda p: p.stance, lambda p: f"stance {p.stance!r} of {p.actor}"),
            kept(part.questions, lambda q: q.question, lambda q: f"open question {q.question!r}"),
        )
        for part in parts
    ]
    return Step((title, summary, checked), tuple(warnings))


def _fenced_warnings(analysis: Analysis) -> tuple[str, ...]:
    return tuple(
        f"chars {lo}–{hi} read as instructions to an AI model: not sent to the model, not briefed"
        for lo, hi in analysis.fenced
    )


def _prose(analysis: Analysis, prompts: Prompts, client: ModelClient) -> Step[list[Prose]]:
    """The model's prose call on each part of the article that fits its context; a part the
    server counts longer than we did is briefed as two halves."""
    text, sents = analysis.text, analysis.sents
    parts = split_for_context(text, sents, part_chars(client.settings.context))
    warnings: list[str] = []
    if len(parts) > 1:
        warnings.append(
            f"article of {len(text):,} characters briefed in {len(parts)} parts to fit the "
            f"model's context ({client.settings.context} tokens)"
        )
    done: list[Prose] = []
    usage = Usage()
    while parts:
        lo, hi = parts.pop(0)
        try:
            part = prose_of_part(
                analysis, model_view(text, sents, lo, hi), (lo, hi), prompts, client
            )
        except ContextOverflowError:
            cut = halves(text, sents, lo, hi)
            if len(cut) < 2:
                raise
            parts[:0] = cut
            warnings.append(f"chars {lo}–{hi} were too long for the model's context; split")
            continue
        done.append(part.items)
        warnings += part.warnings
        usage = usage.add(part.usage)
    return Step(done, tuple(warnings), usage)


def _date(text: str, drafts: list[BriefDraft]) -> Step[Grounded | None]:
    """The date the article states for itself, as the model copied it, found in the text."""
    date_text = next((d for d in (clean_answer(x.date) for x in drafts) if d), None)
    if not date_text:
        return Step(None)
    g = ground_quote(text, date_text)
    if g is None:
        return Step(None, (f"date {date_text!r} is not in the article; dropped",))
    return Step(Grounded(quote=text[g.start : g.end], span=(g.start, g.end), match=g.match))


def brief_file(path: Path, client: ModelClient, prompts: Prompts | None = None) -> Brief:
    """Read and brief one article file. InputError if the file cannot be read as text."""
    return brief_text(read_article(path), str(path), client, prompts)


def brief_json(brief: Brief) -> str:
    return json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
