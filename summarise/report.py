"""Rendering a reconciled corpus: `report.md` for reading, `report.html` for checking.

The HTML is one self-contained file (inline CSS, no scripts, no external assets). Each
conflict shows its claims with the number marked and links to the sentence, highlighted in
the full article text further down; each highlight links back to its conflict. All article
text is escaped by Jinja's autoescaping, so markup inside an article is shown, never run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from summarise.errors import InputError
from summarise.output import write_atomic
from summarise.render import md_cell
from summarise.schemas import Brief, Claim, Conflict, Corpus
from summarise.text import read_article, text_sha256


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
            f"### {n}. {c.kind} conflict ({c.severity}): {c.measure or ''}{where}",
            "",
            c.explanation,
            "",
        ]
        if c.judgement:
            lines += [f"_Model judgement: {c.judgement}_", ""]
        for cl in c.claims:
            lines += [
                f"- `{cl.source}` chars {cl.span[0]}–{cl.span[1]}: **{cl.number}**"
                + (f" ({cl.period})" if cl.period else ""),
                f"  > {cl.quote}",
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
                f"**{cl.number}** (`{cl.source}`"
                + (f", {cl.article_date}" if cl.article_date else "")
                + ")"
                for cl in t.claims
            )
            lines += [f"- {t.measure}{where}, by {t.ordered_by}: {steps}"]
        lines.append("")
    if corpus.worth_a_look:
        lines += [
            "## Worth a look",
            "",
            "Candidates the code doubts (the things counted may differ): not flags.",
            "",
        ]
        for c in corpus.worth_a_look:
            numbers = "; ".join(f"**{cl.number}** (`{cl.source}`)" for cl in c.claims)
            lines += [f"- {c.measure or ''}: {numbers}. {c.explanation}"]
            if c.judgement:
                lines[-1] += f" _Model judgement: {c.judgement}_"
        lines.append("")
    if corpus.failed:
        lines += ["## Failed articles", ""]
        lines += [f"- `{f.source}`: {f.error}" for f in corpus.failed]
        lines.append("")
    lines += [
        "## Actors",
        "",
        "| Actor | Kind | Also written | Articles | Positions |",
        "|---|---|---|---|---|",
    ]
    for a in corpus.actors:
        aliases = ", ".join(x for x in a.aliases if x != a.canonical)
        stances = "<br>".join(f"{p.stance} (“{p.quote}”, `{p.source}`)" for p in a.positions)
        lines.append(
            f"| {md_cell(a.canonical)} | {a.kind} | {md_cell(aliases)} | {len(a.articles)} "
            f"| {md_cell(stances)} |"
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
                f"| {g.measure} | {md_cell(g.place or '')} | {md_cell(cl.number)} "
                f"| {md_cell(period)} | `{cl.source}` |"
            )
    return "\n".join(lines) + "\n"


@dataclass
class _Segment:
    text: str
    anchor: str | None = None
    conflict: int | None = None
    title: str = ""


def _segments(text: str, marks: list[tuple[int, int, str, int]]) -> list[_Segment]:
    """The article cut into plain and marked pieces; overlapping marks keep the first."""
    out: list[_Segment] = []
    at = 0
    for start, end, anchor, conflict in sorted(marks):
        if start < at:
            continue
        out.append(_Segment(text[at:start]))
        out.append(_Segment(text[start:end], anchor, conflict, f"conflict {conflict}"))
        at = end
    out.append(_Segment(text[at:]))
    return out


def corpus_html(corpus: Corpus, texts: dict[str, str]) -> str:
    """The self-contained HTML report; `texts` maps article sources to their text, if known."""
    article_no = {a.source: n for n, a in enumerate(corpus.articles, 1)}
    titles = {a.source: a.title for a in corpus.articles}
    marks: dict[str, dict[tuple[int, int], tuple[str, int]]] = {s: {} for s in article_no}

    def claim_view(cl: Claim, conflict_no: int) -> dict[str, Any]:
        spot = marks.setdefault(cl.source, {})
        anchor = f"a{article_no.get(cl.source, 0)}-{cl.span[0]}-{cl.span[1]}"
        spot.setdefault((cl.span[0], cl.span[1]), (anchor, conflict_no))
        a, b = cl.number_span[0] - cl.span[0], cl.number_span[1] - cl.span[0]
        return {
            "anchor": spot[(cl.span[0], cl.span[1])][0],
            "title": titles.get(cl.source, ""),
            "source": cl.source,
            "span": cl.span,
            "period": cl.period,
            "before": cl.quote[:a],
            "number": cl.quote[a:b],
            "after": cl.quote[b:],
        }

    def conflict_view(n: int, c: Conflict) -> dict[str, Any]:
        return {
            "n": n,
            "kind": c.kind,
            "severity": c.severity,
            "measure": c.measure,
            "place": c.place,
            "explanation": c.explanation,
            "judgement": c.judgement,
            "claims": [claim_view(cl, n) for cl in c.claims],
        }

    conflicts = [conflict_view(n, c) for n, c in enumerate(corpus.conflicts, 1)]
    articles = []
    for a in corpus.articles:
        text = texts.get(a.source)
        spans = [(s, e, anchor, n) for (s, e), (anchor, n) in marks.get(a.source, {}).items()]
        articles.append(
            {
                "n": article_no[a.source],
                "title": a.title,
                "source": a.source,
                "segments": _segments(text, spans) if text is not None else None,
            }
        )
    return (
        _environment()
        .get_template("report.html.j2")
        .render(corpus=corpus, conflicts=conflicts, articles=articles)
    )


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("summarise", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def write_corpus(corpus: Corpus, out: Path, texts: dict[str, str]) -> None:
    """corpus.json, report.md and report.html in `out`, each written atomically."""
    write_atomic(out / "corpus.json", corpus.model_dump_json(indent=2) + "\n")
    write_atomic(out / "report.md", corpus_markdown(corpus))
    write_atomic(out / "report.html", corpus_html(corpus, texts))


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
