"""The prose of a brief: the model's one call on the article, checked by code.

The model reads the article (or one part of a long one) and writes the title, the summary, a
stance for statements code found and attributed, and open questions. Code keeps a stance on
its statement's speaker, drops a question that would fit any article, and finds the sentence
each question arises from. A long article's parts' summaries are merged by one more call.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarise.article.steps import Step
from summarise.find.analysis import Analysis
from summarise.find.names import fold
from summarise.find.questions import is_generic, not_open, supporting_sentence
from summarise.find.statements import Statement
from summarise.llm.model import ModelClient
from summarise.llm.prompts import Prompts
from summarise.schemas import Actor, BriefDraft, MergedSummary, OpenQuestion, Position

BRIEF_MAX_TOKENS = 700
MERGE_MAX_TOKENS = 300


@dataclass(frozen=True)
class Prose:
    """What one call on (a part of) the article gives, verified."""

    draft: BriefDraft
    positions: list[Position]
    questions: list[OpenQuestion]


def article_messages(
    prompts: Prompts, text: str, task: str, **variables: object
) -> list[dict[str, str]]:
    # Fixed system prompt, then the article, then the task: calls on one article share
    # everything but the last message, and the server reuses that prefix.
    return [
        {"role": "system", "content": prompts.render("system.j2")},
        {"role": "user", "content": prompts.render("article.j2", text=text)},
        {"role": "user", "content": prompts.render(task, **variables)},
    ]


def prose_of_part(
    analysis: Analysis, view: str, part: tuple[int, int], prompts: Prompts, client: ModelClient
) -> Step[Prose]:
    """The model's call on one part of the article (`view`: what it reads of it): title,
    summary, stances on the statements code attributed in the part, and open questions;
    positions and questions verified by code."""
    text = analysis.text
    statements = analysis.statements(within=part)
    messages = article_messages(prompts, view, "task.j2", statements=statements)
    draft, usage = client.structured(BriefDraft, messages, max_tokens=BRIEF_MAX_TOKENS)
    positions = positions_of(draft, statements, analysis.actors)
    why_dropped = {}
    for i, q in enumerate(draft.open_questions):
        if is_generic(q, text):
            why_dropped[i] = "would fit any article"
        elif (reason := not_open(q, analysis.actors, analysis.speaking_actors)) is not None:
            why_dropped[i] = reason
    dropped = [
        f"open question {draft.open_questions[i]!r} {why}; dropped"
        for i, why in why_dropped.items()
    ]
    questions = [
        _question(analysis, q, part)
        for i, q in enumerate(draft.open_questions)
        if i not in why_dropped
    ]
    return Step(Prose(draft, positions.items, questions), (*positions.warnings, *dropped), usage)


def positions_of(
    draft: BriefDraft, statements: list[Statement], actors: list[Actor] | None = None
) -> Step[list[Position]]:
    """Positions on the statements code found and attributed: the quote is the article's
    text and the holder the statement's speaker, both by construction; the model gives only
    the stance. One statement backs one position; a speaker says a thing once. A stance that
    opens with another person or body of the article's `actors` ("The UN is concerned…" on a
    statement of Lavrov's: the model lost its place) is dropped. (A stance that only copies
    its statement is kept: it says less than it should, but nothing false.)"""
    by_id = {st.id: st for st in statements}
    positions: list[Position] = []
    warnings: list[str] = []
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
        other = _opens_with_other_actor(p.stance, st.speaker, actors or [])
        if other is not None:
            warnings.append(
                f"dropped the stance {p.stance!r} on a statement of {st.speaker}: it is about "
                f"{other}"
            )
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
    return Step(positions, tuple(warnings))


def _opens_with_other_actor(stance: str, speaker: str, actors: list[Actor]) -> str | None:
    """The person or body the stance's first words name, if it is not the speaker (in any
    form); a state is never counted: a minister speaks for it ("Russia is ready…")."""
    opening = f" {fold(stance)} "[:60]
    mine = {fold(speaker)}
    for a in actors:
        if fold(a.canonical) in mine:
            mine |= {fold(f) for f in a.forms} | {fold(a.canonical).split()[-1]}
    for a in actors:
        if a.kind == "country":
            continue
        forms = {fold(f) for f in [*a.forms, a.canonical]} - {""}
        if forms & mine:
            continue
        for f in forms:
            at = opening.find(f" {f} ")
            if 0 <= at <= len(" the "):  # the stance opens with it ("The UN is…")
                return a.canonical
    return None


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


def merged_summary(
    drafts: list[BriefDraft], prompts: Prompts, client: ModelClient
) -> Step[tuple[str, str]]:
    """One title and summary for an article briefed in parts, from the parts' summaries."""
    merged, usage = client.structured(
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
    return Step((merged.title.strip(), merged.summary.strip()), usage=usage)
