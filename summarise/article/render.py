"""Turning briefs into text for people: Markdown."""

from __future__ import annotations

import re
from typing import Protocol

from summarise.find.quantities import format_number
from summarise.schemas import Brief

#: Bidirectional controls: they can make a file name read backwards in a status line.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def md_text(value: object) -> str:
    """Text from an article, a model or a file name, safe in Markdown: HTML is shown, not
    run ("<script>" stays text), one line, no bidirectional controls."""
    text = "" if value is None else _BIDI.sub("", str(value))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\s*\n\s*", " ", text)


def md_code(value: object) -> str:
    """A file name or path as a code span that no backtick or line break can end early."""
    text = "" if value is None else _BIDI.sub("", str(value))
    return "`" + re.sub(r"\s*\n\s*", " ", text).replace("`", "'") + "`"


def md_cell(value: object) -> str:
    return md_text(value).replace("|", "\\|")


def _folded(text: str) -> str:
    """Text compared for repetition: case, quotes, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w%$€£]+", " ", text.casefold()).split())


def shown_stance(stance: str, quote: str, speaker_names: list[str]) -> str | None:
    """A position's stance as worth showing beside its quote: a leading "Name:" that only
    repeats the speaker is dropped (however often it repeats), and a stance that then only
    repeats its quote, or is empty, is None: the quote is shown once, alone."""
    names = sorted({_folded(n) for n in speaker_names if _folded(n)}, key=len, reverse=True)
    text = stance.strip()
    while True:
        head, colon, rest = text.partition(":")
        if not colon or _folded(head) not in names:
            break
        text = rest.strip()
    folded = _folded(text)
    if not folded or folded in names or folded in _folded(quote):
        return None
    return text


class Valued(Protocol):
    """A number as parsed: a figure of a brief, or a claim of a corpus."""

    @property
    def value(self) -> float | None: ...
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def qualifier(self) -> str | None: ...


def format_value(fig: Valued) -> str:
    """'≥ 1,800', '≈ 700,000 (630,000–770,000)', '2,000–9,999', '3 %'."""
    unit = f" {fig.unit}" if fig.unit else ""
    if fig.qualifier == "exact":
        return f"{format_number(fig.value)}{unit}"
    if fig.qualifier == "at_least":
        return f"≥ {format_number(fig.value)}{unit}"
    if fig.qualifier == "at_most":
        return f"≤ {format_number(fig.value)}{unit}"
    if fig.qualifier == "approx":
        bounds = f"{format_number(fig.low)}–{format_number(fig.high)}"
        return f"≈ {format_number(fig.value)}{unit} ({bounds})"
    return f"{format_number(fig.low)}–{format_number(fig.high)}{unit}"


def brief_markdown(brief: Brief) -> str:
    """A brief as Markdown for a person: actors, positions, figures, open questions."""
    p = brief.provenance
    lines = [f"# {md_text(brief.title)}", ""]
    meta = [f"Source: {md_code(p.source)}"]
    if brief.date:
        meta.append(f"Date: {md_text(brief.date.quote)}")
    lines += [" · ".join(meta), "", md_text(brief.summary), ""]

    lines += ["## Actors", ""]
    if brief.actors:
        lines += ["| Actor | As written | Kind | Role | Mentions |", "|---|---|---|---|---|"]
        for a in brief.actors:
            lines.append(
                f"| {md_cell(a.canonical)} | {md_cell(a.name)} "
                f"| {md_cell(a.kind.replace('_', ' '))} "
                f"| {md_cell(a.role or '')} | {len(a.mentions)} |"
            )
    else:
        lines.append("_None found._")
    lines.append("")

    lines += ["## Positions", ""]
    for pos in brief.positions or []:
        names = [pos.actor] + [n for a in brief.actors if pos.actor == a.canonical for n in a.forms]
        stance = shown_stance(pos.stance, pos.quote, names)
        lines += [
            f"- **{md_text(pos.actor)}**" + (f": {md_text(stance)}" if stance else ""),
            f"  > {md_text(pos.quote)}  ",
            f"  <sub>chars {pos.span[0]}–{pos.span[1]}, {pos.match} match</sub>",
        ]
    if not brief.positions:
        lines.append("_None found._")
    lines.append("")

    lines += ["## Figures", ""]
    if brief.figures:
        lines += [
            "| Figure | Value | Qualifier | What is counted | Where | Period | Source | Chars |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for f in brief.figures:
            lines.append(
                f"| {md_cell(f.number)} | {md_cell(format_value(f))} | {f.qualifier} "
                f"| {md_cell(f.measure or '?')} | {md_cell(f.place or '')} "
                f"| {md_cell(f.period or '')} "
                f"| {md_cell(f.attributed_to or '')} | {f.number_span[0]}–{f.number_span[1]} |"
            )
    else:
        lines.append("_No figures._")
    lines.append("")

    lines += ["## Open questions", ""]
    for q in brief.open_questions:
        lines.append(f"- {md_text(q.question)}")
        if q.quote and q.span:
            lines.append(f"  > {md_text(q.quote)}  ")
            lines.append(f"  <sub>chars {q.span[0]}–{q.span[1]}</sub>")
    if not brief.open_questions:
        lines.append("_None._")
    lines.append("")

    u = p.usage
    lines += [
        "---",
        f"<sub>{md_text(p.model)} via {md_text(p.endpoint)} · prompts {p.prompt_version} · "
        f"{u.calls} calls, {u.prompt_tokens} prompt + {u.completion_tokens} completion tokens, "
        f"{u.seconds:.0f} s · sha256 {p.sha256[:12]}</sub>",
    ]
    if p.warnings:
        lines += ["", "<details><summary>Dropped by grounding</summary>", ""]
        lines += [f"- {md_cell(w)}" for w in p.warnings]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"
