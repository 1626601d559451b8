"""Briefing one article: code finds the numbers, the model labels and summarises, code grounds.

Code reads the article first (`analysis`): sentences, their parse, the actors with every
mention and role, the speaker of every statement, the byline. Then two small model calls,
because the embedded 1.5B model does each well on its own and badly all at once:
1. label the figures code found, seeing only their sentences with the number marked;
2. title, summary, a stance for statements code attributed, open questions, reading the
   article.
A batch makes call 1 for several articles back to back (`label_figures`, `summarise.batch`),
so the labelling prompt's fixed opening is read once for all of them.

The model never names an actor or a speaker: a position's holder is its statement's speaker
by the parse. Quotes and dates the model copies must be found in the article by `grounding`;
an unfound quote is re-asked once with the reason, then dropped with a warning recorded in
the brief's provenance; a generic open question is dropped (`questions`).
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path

from summarise.analysis import Analysis, analyse
from summarise.errors import ContextOverflowError
from summarise.events import find_events
from summarise.grammar import Counted, what_is_counted
from summarise.grounding import ground_quote
from summarise.model import ModelClient
from summarise.names import fold
from summarise.periods import find_anchor, find_period, is_anaphoric
from summarise.places import nearest_place
from summarise.prompts import Prompts, load_prompts
from summarise.quantities import find_ages, find_quantities
from summarise.questions import is_generic, supporting_sentence
from summarise.schemas import (
    Brief,
    BriefDraft,
    Figure,
    FigureLabel,
    FigureLabels,
    Grounded,
    MergedSummary,
    OpenQuestion,
    Position,
    Provenance,
    Quantity,
    Usage,
)
from summarise.statements import Statement
from summarise.text import (
    Sentence,
    read_article,
    sentence_at,
    text_sha256,
    without_instructions,
)

log = logging.getLogger(__name__)

FIGURES_MAX_TOKENS = 900
#: Figures labelled per call: keeps each answer well inside FIGURES_MAX_TOKENS.
FIGURE_BATCH = 12
MERGE_MAX_TOKENS = 300
#: Context tokens kept for prompts, the statement list and the answer; the rest is article.
RESERVED_TOKENS = 1700
#: English news runs ~4.2 characters a token with Qwen's tokenizer; 3.2 leaves a margin.
CHARS_PER_TOKEN = 3.2
MIN_PART_CHARS = 1500
BRIEF_MAX_TOKENS = 700
_EMPTY = {"", "null", "none", "n/a", "unknown", "not stated", "not specified"}


@dataclass(frozen=True)
class _Found:
    id: int
    quantity: Quantity
    sentence: Sentence
    previous: Sentence | None
    context: str


#: Characters of a figure's sentence shown either side of its number. Scraped pages run
#: captions and lists into one "sentence" of thousands of characters; the label needs only
#: the words near the number.
CONTEXT_SIDE_CHARS = 300


def _window(sentence: str, a: int, b: int) -> str:
    """`sentence` with the number at [a, b) marked, cut to CONTEXT_SIDE_CHARS either side at
    word boundaries ("…" where cut)."""
    lo, hi = max(0, a - CONTEXT_SIDE_CHARS), min(len(sentence), b + CONTEXT_SIDE_CHARS)
    if lo > 0:
        lo = sentence.find(" ", lo, a) + 1 or lo
    if hi < len(sentence):
        cut = sentence.rfind(" ", b, hi)
        hi = cut if cut > b else hi
    head = ("…" if lo > 0 else "") + sentence[lo:a]
    tail = sentence[b:hi] + ("…" if hi < len(sentence) else "")
    return f"{head}<<{sentence[a:b]}>>{tail}"


def _figure_list(text: str, sents: list[Sentence]) -> list[_Found]:
    """Quantities code found, each with its sentence, the number marked <<like this>>."""
    found = []
    for i, (q, sent) in enumerate(find_quantities(text, sents), start=1):
        a, b = q.number_span[0] - sent.start, q.number_span[1] - sent.start
        context = _window(sent.text, a, b)
        idx = sentence_at(sents, sent.start)
        previous = sents[idx - 1] if idx > 0 and not sents[idx - 1].boilerplate else None
        # "since then": the window is named in the sentence before, so the model sees it too
        if previous is not None and is_anaphoric(sent.text):
            context = f"{previous.text} {context}"
        found.append(_Found(i, q, sent, previous, context))
    return found


def _figure_messages(prompts: Prompts, found: list[_Found]) -> list[dict[str, str]]:
    """The labelling call sees only the sentences that hold numbers, after a worked example."""
    examples = prompts.figure_examples
    example_items = []
    for i, ex in enumerate(examples, 1):
        marked = ex.sentence.replace(ex.number, f"<<{ex.number}>>", 1)
        example_items.append({"id": i, "number": ex.number, "context": marked})
    example_answer = FigureLabels(
        figures=[
            FigureLabel(id=i, number=ex.number, measure=ex.measure)
            for i, ex in enumerate(examples, 1)
        ]
    )
    items = [{"id": f.id, "number": f.quantity.number, "context": f.context} for f in found]
    return [
        {"role": "system", "content": prompts.render("figures.j2")},
        {"role": "user", "content": prompts.render("figure_list.j2", figures=example_items)},
        {"role": "assistant", "content": example_answer.model_dump_json()},
        {"role": "user", "content": prompts.render("figure_list.j2", figures=items)},
    ]


def _article_messages(
    prompts: Prompts, text: str, task: str, **variables: object
) -> list[dict[str, str]]:
    # Fixed system prompt, then the article, then the task: calls on one article share
    # everything but the last message, and the server reuses that prefix.
    return [
        {"role": "system", "content": prompts.render("system.j2")},
        {"role": "user", "content": prompts.render("article.j2", text=text)},
        {"role": "user", "content": prompts.render(task, **variables)},
    ]


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().strip('"').strip()
    return None if value.casefold() in _EMPTY else value


def _label_figures(
    analysis: Analysis,
    found: list[_Found],
    labels: list[FigureLabel],
    counted: dict[int, Counted],
    warnings: list[str],
) -> list[Figure]:
    by_id = {x.id: x for x in labels}
    by_number: dict[str, FigureLabel] = {}
    for x in labels:
        by_number.setdefault(x.number.strip().casefold(), x)
    figures = []
    for f in found:
        if counted[f.id].label:
            warnings.append(
                f"figure {f.quantity.number!r} names a {counted[f.id].noun} (a label, "
                "not a count); dropped"
            )
            continue
        key = f.quantity.number.casefold()
        label: FigureLabel | None = by_id.get(f.id)
        if label is None or label.number.strip().casefold() != key:
            # The model lost its place in the list: trust the copied number, not the id.
            label = by_number.get(key)
        what = f"figure {f.quantity.number!r}:"
        if label is None:
            warnings.append(f"{what} the model gave no label")
        measure = _clean(label.measure) if label else None
        if measure and not re.search(r"[^\W\d_]", measure):
            measure = None  # the model echoed the number instead of saying what it counts
        at = f.quantity.number_span[0] - f.sentence.start
        # Code reads the window and the place from the sentence (else, for the place, the
        # sentence before); the model is not asked for either.
        period = find_period(f.sentence.text, at)
        anchor = find_anchor(f.previous.text) if f.previous and is_anaphoric(period) else None
        place = nearest_place(f.sentence.text, at)
        if place is None and f.previous is not None:
            place = nearest_place(f.previous.text, len(f.previous.text))
        figures.append(
            Figure(
                **f.quantity.model_dump(),
                quote=f.sentence.text,
                span=(f.sentence.start, f.sentence.end),
                measure=measure,
                place=place,
                period=period,
                period_anchor=anchor,
                attributed_to=_attribution(analysis, f.sentence),
                counted=counted[f.id].noun,
                dimension=counted[f.id].dimension,
                verb=counted[f.id].verb,
                moving=counted[f.id].moving,
            )
        )
    return figures


def _attribution(analysis: Analysis, sentence: Sentence) -> str | None:
    """Who gives a figure: its sentence's speaker by the parse ("according to the UN", "aid
    agencies said", "he said" resolved to the person), as the actor's name where it is one;
    else no one. The model is not asked: it named "past years" and "Idlib province"."""
    speaker = analysis.speaker_of(sentence)
    return speaker.name if speaker is not None else None


def _figures(
    analysis: Analysis,
    found: list[_Found],
    labels: list[FigureLabel],
    warnings: list[str],
) -> list[Figure]:
    """Every figure of the article in text order: those the model labelled, and ages (ids
    below 0)."""
    ages = [
        _Found(-i, q, sent, None, "")
        for i, (q, sent) in enumerate(find_ages(analysis.text, analysis.sents), 1)
    ]
    counted = _what_is_counted(found + ages)
    figures = _label_figures(analysis, found, labels, counted, warnings)
    ages_found = _age_figures(analysis, ages, counted)
    return sorted(figures + ages_found, key=lambda f: f.number_span)


def _age_figures(
    analysis: Analysis, ages: list[_Found], counted: dict[int, Counted]
) -> list[Figure]:
    """Ages code finds: figures with no model label (what they measure is an age), placed,
    dated and parsed like the rest."""
    figures = []
    for f in ages:
        at = f.quantity.number_span[0] - f.sentence.start
        figures.append(
            Figure(
                **f.quantity.model_dump(),
                quote=f.sentence.text,
                span=(f.sentence.start, f.sentence.end),
                measure="age",
                place=nearest_place(f.sentence.text, at),
                period=None,
                attributed_to=_attribution(analysis, f.sentence),
                counted=counted[f.id].noun,
                dimension="age",
                verb=counted[f.id].verb,
                moving=False,
            )
        )
    return figures


def _what_is_counted(found: list[_Found]) -> dict[int, Counted]:
    """Each figure's counted noun, dimension and verb, parsing each sentence once."""
    by_sentence: dict[Sentence, list[_Found]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    out: dict[int, Counted] = {}
    for sent, items in by_sentence.items():
        spans = [
            (x.quantity.number_span[0] - sent.start, x.quantity.number_span[1] - sent.start)
            for x in items
        ]
        for x, c in zip(items, what_is_counted(sent.text, spans), strict=True):
            out[x.id] = c
    return out


def _positions(
    draft: BriefDraft, statements: list[Statement], warnings: list[str]
) -> list[Position]:
    """Positions on the statements code found and attributed: the quote is the article's
    text and the holder the statement's speaker, both by construction; the model gives only
    the stance. One statement backs one position; a speaker says a thing once."""
    by_id = {st.id: st for st in statements}
    positions: list[Position] = []
    used: set[int] = set()
    stated: set[tuple[str, str]] = set()
    for p in draft.positions:
        st = by_id.get(p.statement)
        if st is None:
            warnings.append(f"dropped a stance on statement [{p.statement}]: no such statement")
            continue
        said = (fold(st.speaker), fold(p.stance))
        if st.id in used or said in stated or not p.stance.strip():
            continue
        used.add(st.id)
        stated.add(said)
        positions.append(
            Position(
                actor=st.speaker,
                stance=p.stance.strip(),
                quote=st.quote,
                span=st.span,
                speaker=st.speaker_span,
            )
        )
    return positions


def _question(analysis: Analysis, question: str, part: tuple[int, int]) -> OpenQuestion:
    """An open question with the sentence of the article it arises from, found by code (the
    one sharing most of its specific words, in the part the model read), or none."""
    found = supporting_sentence(question, analysis.parsed, part)
    if found is None:
        return OpenQuestion(question=question.strip())
    return OpenQuestion(
        question=question.strip(),
        quote=found.text,
        span=(found.start, found.end),
        match="exact",
    )


@dataclass(frozen=True)
class LabelledFigures:
    """The figures code found in one article and the model's labels for them (call 1), with
    what code read in the article (the rest of the brief reads it too)."""

    analysis: Analysis
    found: list[_Found]
    labels: list[FigureLabel]
    usage: Usage


def label_figures(
    text: str, client: ModelClient, prompts: Prompts | None = None
) -> LabelledFigures:
    """Call 1 on its own, so a batch can label several articles' figures back to back: the
    labelling prompt's fixed opening (instructions and worked example, ~370 tokens) is then
    read once for all of them instead of once per article."""
    prompts = prompts or load_prompts()
    analysis = analyse(text)
    found = _figure_list(text, analysis.sents)
    labels: list[FigureLabel] = []
    usage = Usage()
    chunks = _figure_chunks(prompts, found, client)
    while chunks:
        chunk = chunks.pop(0)
        try:
            labelled, used = client.structured(
                FigureLabels, _figure_messages(prompts, chunk), max_tokens=FIGURES_MAX_TOKENS
            )
        except ContextOverflowError:
            if len(chunk) == 1:
                raise  # one sentence window and the examples: nothing left to cut
            half = len(chunk) // 2  # the server counts differently from us: halve and go on
            chunks[:0] = [chunk[:half], chunk[half:]]
            continue
        labels, usage = labels + labelled.figures, usage.add(used)
    return LabelledFigures(analysis, found, labels, usage)


def _figure_chunks(
    prompts: Prompts, found: list[_Found], client: ModelClient
) -> list[list[_Found]]:
    """Consecutive figures, at most FIGURE_BATCH a call, each call fitting the context."""
    chunks: list[list[_Found]] = []
    current: list[_Found] = []
    for f in found:
        grown = [*current, f]
        if current and (
            len(grown) > FIGURE_BATCH
            or not client.fits(_figure_messages(prompts, grown), FIGURES_MAX_TOKENS)
        ):
            chunks.append(current)
            grown = [f]
        current = grown
    return [*chunks, current] if current else chunks


def brief_text(
    text: str,
    source: str,
    client: ModelClient,
    prompts: Prompts | None = None,
    labelled: LabelledFigures | None = None,
) -> Brief:
    """Brief of `text` (an article already read), citing `source` in its provenance.

    `labelled`: its figures, already labelled by `label_figures` (else labelled here).

    An article too long for the model's context is briefed in consecutive parts, cut at
    paragraph (else sentence) boundaries, and merged into one brief: actors, positions and
    questions from every part, one summary written from the parts' summaries. Nothing is
    truncated; the split is recorded in the brief's warnings.
    """
    prompts = prompts or load_prompts()
    if labelled is None:
        labelled = label_figures(text, client, prompts)
    analysis, found, labels = labelled.analysis, labelled.found, labelled.labels
    sents, fenced, usage = analysis.sents, analysis.fenced, labelled.usage
    warnings: list[str] = []
    for lo, hi in fenced:
        warnings.append(
            f"chars {lo}–{hi} read as instructions to an AI model: "
            "not sent to the model, not briefed"
        )

    parts = split_for_context(text, sents, part_chars(client.settings.context))
    if len(parts) > 1:
        warnings.append(
            f"article of {len(text):,} characters briefed in {len(parts)} parts to fit the "
            f"model's context ({client.settings.context} tokens)"
        )
    drafts: list[BriefDraft] = []
    positions: list[Position] = []
    questions: list[OpenQuestion] = []
    while parts:
        lo, hi = parts.pop(0)
        view = _model_view(text, sents, lo, hi)
        try:
            draft, part_positions, part_questions, used = _part_prose(
                analysis, view, (lo, hi), prompts, client, warnings
            )
        except ContextOverflowError:
            # The server counts this part longer than we did: brief it as two halves.
            inside = [
                Sentence(x.start - lo, x.end - lo, x.text, x.boilerplate, x.instructions)
                for x in sents
                if lo <= x.start and x.end <= hi
            ]
            halves = split_for_context(text[lo:hi], inside, (hi - lo + 1) // 2 + 1)
            if len(halves) < 2 or hi - lo < MIN_PART_CHARS:
                raise
            parts[:0] = [(lo + a, lo + b) for a, b in halves]
            warnings.append(f"chars {lo}–{hi} were too long for the model's context; split")
            continue
        drafts.append(draft)
        positions += part_positions
        questions += part_questions
        usage = usage.add(used)

    positions = [p for p in positions if not _overlaps(p.span, fenced)]
    questions = [q for q in questions if q.span is None or not _overlaps(q.span, fenced)]
    title, summary = drafts[0].title.strip(), drafts[0].summary.strip()
    if len(drafts) > 1:
        merged, used = client.structured(
            MergedSummary,
            [
                {
                    "role": "user",
                    "content": prompts.render(
                        "merge.j2",
                        parts=[d.summary.strip() for d in drafts],
                        titles=[d.title for d in drafts],
                    ),
                }
            ],
            max_tokens=MERGE_MAX_TOKENS,
        )
        title, summary, usage = merged.title.strip(), merged.summary.strip(), usage.add(used)
    date = None
    date_text = next((d for d in (_clean(x.date) for x in drafts) if d), None)
    if date_text:
        g = ground_quote(text, date_text)
        if g is None:
            warnings.append(f"date {date_text!r} is not in the article; dropped")
        else:
            date = Grounded(quote=text[g.start : g.end], span=(g.start, g.end), match=g.match)
    figures = _figures(analysis, found, labels, warnings)
    for w in warnings:
        log.info("%s: %s", source, w)  # kept in provenance.warnings; shown with -v
    author = analysis.author
    return Brief(
        title=title,
        date=date,
        author=Grounded(quote=text[author[0] : author[1]], span=author, match="exact")
        if author
        else None,
        summary=summary,
        actors=analysis.actors,
        positions=positions,
        figures=figures,
        open_questions=questions,
        events=[e for e in find_events(text, sents) if not _overlaps(e.span, fenced)],
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


def _part_prose(
    analysis: Analysis,
    view: str,
    part: tuple[int, int],
    prompts: Prompts,
    client: ModelClient,
    warnings: list[str],
) -> tuple[BriefDraft, list[Position], list[OpenQuestion], Usage]:
    text = analysis.text
    statements = analysis.statements(within=part)
    messages = _article_messages(prompts, view, "task.j2", statements=statements)
    draft, usage = client.structured(BriefDraft, messages, max_tokens=BRIEF_MAX_TOKENS)
    positions = _positions(draft, statements, warnings)
    generic = {i for i, q in enumerate(draft.open_questions) if is_generic(q, text)}
    warnings += [
        f"open question {q!r} would fit any article; dropped"
        for i, q in enumerate(draft.open_questions)
        if i in generic
    ]
    questions = [
        _question(analysis, q, part) for i, q in enumerate(draft.open_questions) if i not in generic
    ]
    return draft, positions, questions, usage


def part_chars(context_tokens: int) -> int:
    """Characters of article that fit one call beside the prompts and the answer."""
    return max(MIN_PART_CHARS, int((context_tokens - RESERVED_TOKENS) * CHARS_PER_TOKEN))


def split_for_context(text: str, sents: list[Sentence], limit: int) -> list[tuple[int, int]]:
    """`[start, end)` parts of at most `limit` characters, cut between paragraphs where
    possible, else between sentences; one part when the article fits."""
    if len(text) <= limit:
        return [(0, len(text))]
    units: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        if line.end() - line.start() <= limit:
            units.append((line.start(), line.end()))
            continue
        for sent in sents:  # a paragraph too long on its own: cut between its sentences
            if line.start() <= sent.start < line.end():
                units += [(a, min(a + limit, sent.end)) for a in range(sent.start, sent.end, limit)]
    # Even parts: as many as the limit requires, each about the same size.
    count = math.ceil(len(text) / limit)
    target = math.ceil(len(text) / count)
    parts: list[tuple[int, int]] = []
    lo, hi = units[0]
    for a, b in units[1:]:
        if b - lo > limit or (b - lo > target and len(parts) < count - 1):
            parts.append((lo, hi))
            lo = a
        hi = b
    parts.append((lo, hi))
    return parts


def _model_view(text: str, sents: list[Sentence], lo: int, hi: int) -> str:
    """What the model reads of `text[lo:hi]`: text addressed to a model replaced by a marker."""
    inside = [x for x in sents if lo <= x.start < hi]
    part = text[lo:hi]
    if not any(x.instructions for x in inside):
        return part
    shifted = [
        Sentence(x.start - lo, x.end - lo, x.text, x.boilerplate, x.instructions) for x in inside
    ]
    return without_instructions(part, shifted)


def _overlaps(span: tuple[int, int], fenced: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in fenced)


def brief_file(path: Path, client: ModelClient, prompts: Prompts | None = None) -> Brief:
    """Read and brief one article file. InputError if the file cannot be read as text."""
    return brief_text(read_article(path), str(path), client, prompts)


def brief_json(brief: Brief) -> str:
    return json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
