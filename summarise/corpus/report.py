"""Rendering a reconciled corpus: `report.md` for reading, `report.html` for checking.

The HTML is one self-contained file (inline CSS and SVG, no scripts, no external assets),
for an analyst checking a corpus: a contents bar; each flag with its two claims side by side
(stacked on a phone), each under its article's title and date, linked to the sentence
highlighted in the article's text, which links back; tallies drawn as timelines; an actor
by article table of positions; and each article's brief (summary, actors, positions, open
questions, warnings) above its text, where every figure and actor mention is highlighted and
linked to its entry in the brief. All article text is escaped: markup inside an article is
shown, never run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from summarise.article.render import md_cell, md_code, md_text
from summarise.errors import InputError
from summarise.find.text import read_article, text_sha256
from summarise.output import write_atomic
from summarise.schemas import Brief, Claim, Conflict, Corpus, SetAside, Tally


def _ratio(c: Conflict) -> str | None:
    """How far apart a value flag's two numbers are, as "×1.8"."""
    if c.kind != "value" or len(c.claims) != 2:
        return None
    values = [cl.value if cl.value is not None else cl.low for cl in c.claims]
    if values[0] is None or values[1] is None:
        return None
    low, high = sorted((values[0], values[1]))
    return f"×{high / low:.2f}" if low > 0 else None


def _pipe(cell: str) -> str:
    """A Markdown table cell that keeps its columns: pipes escaped."""
    return cell.replace("|", "\\|")


def _set_aside_by_rule(corpus: Corpus) -> list[tuple[str, list[SetAside]]]:
    by_rule: dict[str, list[SetAside]] = {}
    for s in corpus.set_aside:
        by_rule.setdefault(s.rule, []).append(s)
    return sorted(by_rule.items())


def corpus_markdown(corpus: Corpus) -> str:
    lines = [
        "# Corpus report",
        "",
        f"{len(corpus.articles)} articles · {len(corpus.actors)} actors · "
        f"{len(corpus.figure_groups)} figure groups · {len(corpus.conflicts)} conflicts",
        "",
        "## Conflicts",
        "",
    ]
    for n, c in enumerate(corpus.conflicts, 1):
        where = f" in {c.place}" if c.place else ""
        lines += [
            f"### {n}. {c.kind} conflict ({c.severity}): "
            f"{md_text(c.measure or '')}{md_text(where)}",
            "",
            md_text(c.explanation),
            "",
        ]
        if c.judgement:
            lines += [f"_Model judgement: {md_text(c.judgement)}_", ""]
        elif c.kind == "value":
            lines += ["_Unjudged: no model was asked whether both report one quantity._", ""]
        for cl in c.claims:
            said_by = " · ".join(x for x in (cl.outlet, cl.article_date) if x)
            lines += [
                f"- {md_code(cl.source)}{f' ({md_text(said_by)})' if said_by else ''} "
                f"chars {cl.span[0]}–{cl.span[1]}: **{md_text(cl.number)}**"
                + (f" ({md_text(cl.period)})" if cl.period else ""),
                f"  > {md_text(cl.quote)}",
            ]
        lines.append("")
    if not corpus.conflicts:
        lines += ["_No conflicts found._", ""]
    if corpus.tallies:
        lines += [
            "## Tallies",
            "",
            "Counts the articles give as still moving: a sequence, not a contradiction.",
            "",
        ]
        for t in corpus.tallies:
            where = f" in {t.place}" if t.place else ""
            steps = " → ".join(
                f"**{md_text(cl.number)}** ({md_code(cl.source)}"
                + (f", {md_text(cl.outlet)}" if cl.outlet else "")
                + (f", {cl.article_date}" if cl.article_date else "")
                + ")"
                for cl in t.claims
            )
            lines += [f"- {md_text(t.measure)}{md_text(where)}, by {t.ordered_by}: {steps}"]
        lines.append("")
    if corpus.worth_a_look:
        lines += [
            "## Worth a look",
            "",
            "Candidates the code doubts (the things counted may differ): not flags.",
            "",
        ]
        for c in corpus.worth_a_look:
            numbers = "; ".join(
                f"**{md_text(cl.number)}** ({md_code(cl.source)})" for cl in c.claims
            )
            lines += [f"- {md_text(c.measure or '')}: {numbers}. {md_text(c.explanation)}"]
            if c.judgement:
                lines[-1] += f" _Model judgement: {md_text(c.judgement)}_"
        lines.append("")
    if corpus.set_aside:
        lines += [
            "## Set aside",
            "",
            "Pairs whose numbers differ that a named rule kept from being flags.",
            "",
        ]
        for rule, items in _set_aside_by_rule(corpus):
            lines += [f"- **{rule}** ({len(items)}): {items[0].reason}"]
            for s in items:
                numbers = "; ".join(
                    f"**{md_text(cl.number)}** ({md_code(cl.source)})" for cl in s.claims
                )
                lines += [f"  - {md_text(s.measure or '')}: {numbers}"]
        lines.append("")
    if corpus.failed:
        lines += ["## Failed articles", ""]
        lines += [f"- {md_code(f.source)}: {md_text(f.error)}" for f in corpus.failed]
        lines.append("")
    lines += [
        "## Actors",
        "",
        "| Actor | Kind | Also written | Articles | Positions |",
        "|---|---|---|---|---|",
    ]
    for a in corpus.actors:
        aliases = ", ".join(x for x in a.aliases if x != a.canonical)
        stances = "<br>".join(
            f"{md_text(p.stance)} (“{md_text(p.quote)}”, {md_code(p.source)})" for p in a.positions
        )
        lines.append(
            f"| {md_cell(a.canonical)} | {a.kind} | {md_cell(aliases)} | {len(a.articles)} "
            f"| {_pipe(stances)} |"
        )
    lines += [
        "",
        "## Figures by what they count",
        "",
        "| Counts | Where | Figure | Period | Article |",
        "|---|---|---|---|---|",
    ]
    for g in corpus.figure_groups:
        for cl in g.claims:
            period = (cl.period or "") + (f" ({cl.period_anchor})" if cl.period_anchor else "")
            lines.append(
                f"| {md_cell(g.measure)} | {md_cell(g.place or '')} | {md_cell(cl.number)} "
                f"| {md_cell(period)} | {_pipe(md_code(cl.source))} |"
            )
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class _Mark:
    """A highlight in an article's text: [start, end), its element id, class and link."""

    start: int
    end: int
    id: str
    css: str
    href: str
    title: str


def _marked(text: str, marks: list[_Mark]) -> Markup:
    """The article as HTML with `marks` nested as <mark> elements, each followed by a small
    link back to where it is cited (a mark that crosses another's edge is left out). All
    text is escaped: markup inside an article is shown, never run."""
    out: list[str] = []
    stack: list[_Mark] = []
    at = 0

    def close_until(pos: int) -> None:
        nonlocal at
        while stack and stack[-1].end <= pos:
            m = stack.pop()
            out.extend([escape(text[at : m.end]), "</mark>", _back(m)])
            at = m.end

    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        close_until(m.start)
        if m.start < at or (stack and m.end > stack[-1].end) or m.end <= m.start:
            continue  # crosses a mark already open, or empty: keep the first
        out.extend([escape(text[at : m.start]), _open(m)])
        at = m.start
        stack.append(m)
    close_until(len(text))
    out.append(escape(text[at:]))
    return Markup("".join(str(x) for x in out))


def _open(m: _Mark) -> str:
    return f'<mark id="{escape(m.id)}" class="{escape(m.css)}" title="{escape(m.title)}">'


def _back(m: _Mark) -> str:
    label = {"quote": "flag", "figure": "figure", "actor": "actor"}.get(m.css, m.css)
    return (
        f'<a class="back {escape(m.css)}" href="{escape(m.href)}" '
        f'aria-label="{escape(label)} {escape(m.title)}">{"↩" if m.css != "quote" else "⚑"}</a>'
    )


def corpus_html(corpus: Corpus, texts: dict[str, str], briefs: list[Brief] | None = None) -> str:
    """The self-contained HTML report. `texts` maps article sources to their text, where
    known; `briefs` adds each article's brief (summary, actors, positions, questions,
    warnings) and highlights every figure and actor mention in its text."""
    by_source = {b.provenance.source: b for b in briefs or []}
    article_no = {a.source: n for n, a in enumerate(corpus.articles, 1)}
    titles = {a.source: a.title for a in corpus.articles}
    marks: dict[str, list[_Mark]] = {s: [] for s in article_no}
    quoted: dict[tuple[str, int, int], str] = {}

    def claim_view(cl: Claim, conflict_no: int) -> dict[str, Any]:
        key = (cl.source, cl.span[0], cl.span[1])
        if cl.source not in texts:  # no text to highlight it in: the link goes to its article
            quoted[key] = f"article-{article_no.get(cl.source, 0)}"
        if key not in quoted:
            quoted[key] = f"a{article_no.get(cl.source, 0)}-{cl.span[0]}-{cl.span[1]}"
            marks.setdefault(cl.source, []).append(
                _Mark(*cl.span, quoted[key], "quote", f"#conflict-{conflict_no}", f"{conflict_no}")
            )
        a, b = cl.number_span[0] - cl.span[0], cl.number_span[1] - cl.span[0]
        dated = cl.article_date or _stated_date(by_source.get(cl.source))
        return {
            "anchor": quoted[key],
            "title": titles.get(cl.source, ""),
            "date": dated,
            "outlet": cl.outlet,
            "source": cl.source,
            "span": cl.span,
            "period": cl.period,
            "before": cl.quote[:a],
            "number": cl.quote[a:b],
            "after": cl.quote[b:],
        }

    def conflict_view(n: int, c: Conflict) -> dict[str, Any]:
        return {
            "ratio": _ratio(c),
            "n": n,
            "kind": c.kind,
            "severity": c.severity,
            "measure": c.measure,
            "place": c.place,
            "explanation": c.explanation,
            "judgement": c.judgement,
            "verdict": c.verdict,
            "claims": [claim_view(cl, n) for cl in c.claims],
        }

    conflicts = [conflict_view(n, c) for n, c in enumerate(corpus.conflicts, 1)]
    articles = []
    for a in corpus.articles:
        n = article_no[a.source]
        brief = by_source.get(a.source)
        text = texts.get(a.source)
        figures, actors = [], []
        if brief is not None:
            for i, f in enumerate(brief.figures, 1):
                marks[a.source].append(
                    _Mark(*f.number_span, f"f{n}-{i}", "figure", f"#fl{n}-{i}", f.measure or "")
                )
                # without the text, the figure's link goes to its article, not into nothing
                at = f"f{n}-{i}" if text is not None else f"article-{n}"
                figures.append({"id": at, "list_id": f"fl{n}-{i}", "figure": f})
            for i, actor in enumerate(brief.actors, 1):
                first = None
                for j, (s, e) in enumerate(actor.mentions):
                    mark_id = f"m{n}-{i}-{j}"
                    first = first or mark_id
                    marks[a.source].append(
                        _Mark(s, e, mark_id, "actor", f"#al{n}-{i}", actor.canonical)
                    )
                shown = first if text is not None else None  # a mention to link to
                actors.append({"list_id": f"al{n}-{i}", "first": shown, "actor": actor})
        articles.append(
            {
                "n": n,
                "title": a.title,
                "source": a.source,
                "brief": brief,
                "date": _stated_date(brief),
                "figures": figures,
                "actors": actors,
                "body": _marked(text, marks.get(a.source, [])) if text is not None else None,
            }
        )
    models = sorted({(b.provenance.model, b.provenance.prompt_version) for b in briefs or []})
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            corpus=corpus,
            conflicts=conflicts,
            articles=articles,
            models=models,
            timelines=[_timeline(t) for t in corpus.tallies],
            set_aside=_set_aside_by_rule(corpus),
            positions=_position_table(corpus, article_no),
            article_no=article_no,
        )
    )


def _stated_date(brief: Brief | None) -> str | None:
    return brief.date.quote if brief is not None and brief.date is not None else None


def _position_table(corpus: Corpus, article_no: dict[str, int]) -> list[dict[str, Any]]:
    """Actors with positions, each with its stance per article number."""
    rows = []
    for actor in corpus.actors:
        if actor.positions:
            cells: dict[int, list[str]] = {}
            for p in actor.positions:
                cells.setdefault(article_no.get(p.source, 0), []).append(p.stance)
            rows.append({"actor": actor.canonical, "cells": cells})
    return rows


#: Size of a tally's timeline drawing, in CSS pixels.
TIMELINE_W, TIMELINE_H, TIMELINE_PAD = 320, 90, 14


def _timeline(tally: Tally) -> Markup:
    """A tally's values in sequence, drawn as inline SVG by code: a point per article, its
    lower bound (and upper bound, where it has one) as a bar, rising left to right."""
    values = [(c.low or 0.0, c.high) for c in tally.claims]
    top = max(max(lo, hi or lo) for lo, hi in values) or 1.0
    step = (TIMELINE_W - 2 * TIMELINE_PAD) / max(len(values) - 1, 1)

    def y(v: float) -> float:
        return TIMELINE_H - TIMELINE_PAD - (TIMELINE_H - 2 * TIMELINE_PAD) * v / top

    label = f"{tally.measure}: " + " then ".join(c.number for c in tally.claims)
    parts = [
        f'<svg role="img" width="{TIMELINE_W}" height="{TIMELINE_H}" '
        f'viewBox="0 0 {TIMELINE_W} {TIMELINE_H}" aria-label="{escape(label)}">',
        f'<line x1="{TIMELINE_PAD}" y1="{TIMELINE_H - TIMELINE_PAD}" '
        f'x2="{TIMELINE_W - TIMELINE_PAD}" y2="{TIMELINE_H - TIMELINE_PAD}" class="axis"/>',
    ]
    points = []
    for i, (c, (lo, hi)) in enumerate(zip(tally.claims, values, strict=True)):
        x = TIMELINE_PAD + i * step
        top_y = y(hi) if hi is not None else TIMELINE_PAD / 2
        parts.append(
            f'<line x1="{x:.1f}" y1="{y(lo):.1f}" x2="{x:.1f}" y2="{top_y:.1f}" class="range"/>'
        )
        parts.append(f'<circle cx="{x:.1f}" cy="{y(c.value or lo):.1f}" r="4" class="point"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{min(y(c.value or lo) - 8, TIMELINE_H - 2):.1f}" '
            f'text-anchor="middle">{escape(c.number)}</text>'
        )
        points.append(f"{x:.1f},{y(c.value or lo):.1f}")
    parts.insert(2, f'<polyline points="{" ".join(points)}" class="trend"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("summarise", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def write_corpus(
    corpus: Corpus, out: Path, texts: dict[str, str], briefs: list[Brief] | None = None
) -> None:
    """corpus.json, report.md and report.html in `out`, each written atomically."""
    write_atomic(out / "corpus.json", corpus.model_dump_json(indent=2) + "\n")
    write_atomic(out / "report.md", corpus_markdown(corpus))
    write_atomic(out / "report.html", corpus_html(corpus, texts, briefs))


def source_texts(briefs: list[Brief]) -> dict[str, str]:
    """Article texts still on disk unchanged since they were briefed (checked by SHA-256)."""
    texts = {}
    for b in briefs:
        try:
            text = read_article(Path(b.provenance.source))
        except InputError:
            continue
        if text_sha256(text) == b.provenance.sha256:
            texts[b.provenance.source] = text
    return texts
