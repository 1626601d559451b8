"""Rendering a reconciled corpus: `report.md` for reading, `report.html` for checking.

The HTML is one self-contained file (inline CSS and SVG, no scripts, no external assets),
for an analyst checking a corpus. Its first screen is the table of flags: what is counted
and where, each side's number with its outlet and date, how far apart, the severity (a
colour with a legend, and a word) and the model's verdict; each row links to the flag's
evidence, side by side (stacked on a phone), and each number to its sentence, highlighted
in its article. Below come "worth a look" and "set aside", tallies and every figure group
drawn by code (a number line, or a timeline where the articles are dated), actors and their
positions, and each article's brief above its text, where every figure, actor mention and
position quote is highlighted and linked both ways. An article is named by outlet, date and
title, never by its file name. On a phone every table becomes a list of cards. All article
text is escaped: markup inside an article is shown, never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from summarise.article.render import format_value, md_cell, md_text, shown_stance
from summarise.corpus.charts import Point, chart
from summarise.corpus.compare import article_date
from summarise.corpus.pairing import number_in_quote
from summarise.errors import InputError
from summarise.find.text import read_article, text_sha256
from summarise.output import write_atomic
from summarise.schemas import Brief, Claim, Conflict, Corpus, SetAside, Tally

#: What each severity means, for the legend beside the flags (the colour is never alone).
SEVERITY_LEGEND = {
    "high": "too far apart for rounding",
    "medium": "may be rounding, or different windows",
    "low": "may be different events",
}
SEVERITY_PIPS = {"high": "●●●", "medium": "●●○", "low": "●○○"}
#: What differs, by kind of flag.
KIND_WORDS = {
    "value": "numbers differ",
    "period": "counting windows differ",
    "fact": "places differ",
}
VERDICT_WORDS = {"same": "same quantity", "different": "different things", "unjudged": "not asked"}


@dataclass(frozen=True)
class ArticleName:
    """How the report names an article: outlet · date · title, never by its file name
    unless nothing else is known."""

    n: int
    source: str
    title: str
    outlet: str | None = None
    day: str | None = None  # ISO YYYY-MM-DD
    url: str | None = None
    authors: list[str] = field(default_factory=list)

    @property
    def when(self) -> str:
        """'21 Oct 2019', or 'undated'."""
        if not self.day:
            return "undated"
        try:
            d = date.fromisoformat(self.day)
        except ValueError:
            return self.day
        return f"{d.day} {d:%b %Y}"

    @property
    def heading(self) -> str:
        """The article's title, else its file's name."""
        return self.title.strip() or Path(self.source).name

    @property
    def who(self) -> str:
        """The outlet, or with none the title, cut short."""
        return self.outlet or _cut(self.heading)

    @property
    def short(self) -> str:
        """'Outlet · 21 Oct 2019', or, with no outlet, the title (cut short) and date."""
        return f"{self.who} · {self.when}"

    @property
    def full(self) -> str:
        """'Outlet · 21 Oct 2019 · Title', or 'Title · undated' with no outlet."""
        if self.outlet:
            return f"{self.outlet} · {self.when} · {self.heading}"
        return f"{self.heading} · {self.when}"


def _cut(text: str, most: int = 48) -> str:
    """A title cut at a word to at most `most` characters, with an ellipsis if cut."""
    if len(text) <= most:
        return text
    return text[: text.rfind(" ", 0, most - 1) if " " in text[: most - 1] else most - 1] + "…"


def _all_claims(corpus: Corpus) -> list[Claim]:
    groups = [g.claims for g in corpus.figure_groups] + [t.claims for t in corpus.tallies]
    groups += [c.claims for c in [*corpus.conflicts, *corpus.worth_a_look]]
    groups += [s.claims for s in corpus.set_aside]
    return [cl for claims in groups for cl in claims]


def article_names(corpus: Corpus, briefs: list[Brief] | None = None) -> dict[str, ArticleName]:
    """Each article's name: outlet, date, address and authors from its brief where given,
    else from its claims in the corpus."""
    by_source = {b.provenance.source: b for b in briefs or []}
    outlets: dict[str, str] = {}
    days: dict[str, str] = {}
    for cl in _all_claims(corpus):
        if cl.outlet:
            outlets.setdefault(cl.source, cl.outlet)
        if cl.article_date:
            days.setdefault(cl.source, cl.article_date)
    names = {}
    for n, a in enumerate(corpus.articles, 1):
        brief = by_source.get(a.source)
        p = brief.provenance if brief is not None else None
        names[a.source] = ArticleName(
            n=n,
            source=a.source,
            title=a.title,
            outlet=(p.outlet if p is not None else None) or outlets.get(a.source),
            day=(article_date(brief) if brief is not None else None) or days.get(a.source),
            url=p.url if p is not None else None,
            authors=list(p.authors) if p is not None else [],
        )
    return names


def _name(names: dict[str, ArticleName], source: str) -> ArticleName:
    return names.get(source) or ArticleName(n=0, source=source, title="")


def relabel(text: str, names: dict[str, ArticleName]) -> str:
    """`text` (a flag's explanation) with every article's file name replaced by the
    article's short name."""
    for source in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<![\w/.-]){re.escape(source)}(?![\w])", names[source].short, text)
    return text


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


def _speaker_names(corpus: Corpus) -> dict[str, list[str]]:
    return {a.canonical: [a.canonical, *a.aliases] for a in corpus.actors}


def corpus_markdown(corpus: Corpus, briefs: list[Brief] | None = None) -> str:
    """The corpus as Markdown: the flags as a table first, then each flag's evidence,
    "worth a look", "set aside", tallies, actors and figures. Articles are named by outlet,
    date and title."""
    names = article_names(corpus, briefs)

    def who(source: str) -> str:
        return md_text(_name(names, source).short)

    lines = [
        "# Corpus report",
        "",
        f"{len(corpus.articles)} articles · {len(corpus.actors)} actors · "
        f"{len(corpus.figure_groups)} figure groups · {len(corpus.conflicts)} conflicts",
        "",
        "## Conflicts",
        "",
    ]
    if corpus.conflicts:
        lines += [
            "Severity: "
            + "; ".join(f"{SEVERITY_PIPS[k]} **{k}**: {v}" for k, v in SEVERITY_LEGEND.items())
            + ".",
            "",
            "| # | What, where | One side | Other side | Apart | Severity | Model |",
            "|---|---|---|---|---|---|---|",
        ]
        for n, c in enumerate(corpus.conflicts, 1):
            where = f" in {c.place}" if c.place else ""
            sides = [
                "<br>".join(f"**{md_cell(cl.number)}** ({_pipe(who(cl.source))})" for cl in part)
                for part in (c.claims[:1], c.claims[1:])
            ]
            verdict = VERDICT_WORDS[c.verdict] if c.kind == "value" else ""
            lines.append(
                f"| {n} | {md_cell(c.measure or '')}{md_cell(where)} ({KIND_WORDS[c.kind]}) "
                f"| {sides[0]} | {sides[1]} | {_ratio(c) or ''} "
                f"| {SEVERITY_PIPS[c.severity]} {c.severity} | {verdict} |"
            )
        lines.append("")
    for n, c in enumerate(corpus.conflicts, 1):
        where = f" in {c.place}" if c.place else ""
        lines += [
            f"### {n}. {c.kind} conflict ({c.severity}): "
            f"{md_text(c.measure or '')}{md_text(where)}",
            "",
            md_text(relabel(c.explanation, names)),
            "",
        ]
        if c.judgement:
            lines += [f"_Model judgement: {md_text(c.judgement)}_", ""]
        elif c.kind == "value":
            lines += ["_Unjudged: no model was asked whether both report one quantity._", ""]
        for cl in c.claims:
            lines += [
                f"- {md_text(_name(names, cl.source).full)}, "
                f"chars {cl.span[0]}–{cl.span[1]}: **{md_text(cl.number)}**"
                + (f" ({md_text(cl.period)})" if cl.period else ""),
                f"  > {md_text(cl.quote)}",
            ]
        lines.append("")
    if not corpus.conflicts:
        lines += ["_No conflicts found._", ""]
    if corpus.worth_a_look:
        lines += [
            "## Worth a look",
            "",
            "Candidates the code doubts (the things counted may differ): not flags.",
            "",
        ]
        for c in corpus.worth_a_look:
            numbers = "; ".join(f"**{md_text(cl.number)}** ({who(cl.source)})" for cl in c.claims)
            lines += [
                f"- {md_text(c.measure or '')}: {numbers}. {md_text(relabel(c.explanation, names))}"
            ]
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
                    f"**{md_text(cl.number)}** ({who(cl.source)})" for cl in s.claims
                )
                lines += [f"  - {md_text(s.measure or '')}: {numbers}"]
        lines.append("")
    if corpus.tallies:
        lines += [
            "## Tallies",
            "",
            "Counts the articles give as still moving: a sequence, not a contradiction.",
            "",
        ]
        for t in corpus.tallies:
            where = f" in {t.place}" if t.place else ""
            steps = " → ".join(f"**{md_text(cl.number)}** ({who(cl.source)})" for cl in t.claims)
            lines += [f"- {md_text(t.measure)}{md_text(where)}, by {t.ordered_by}: {steps}"]
        lines.append("")
    if corpus.failed:
        lines += ["## Failed articles", ""]
        lines += [f"- {md_text(f.source)}: {md_text(f.error)}" for f in corpus.failed]
        lines.append("")
    speakers = _speaker_names(corpus)
    lines += [
        "## Actors",
        "",
        "| Actor | Kind | Also written | Articles | Positions |",
        "|---|---|---|---|---|",
    ]
    for a in corpus.actors:
        aliases = ", ".join(x for x in a.aliases if x != a.canonical)
        stances = []
        for p in a.positions:
            stance = shown_stance(p.stance, p.quote, speakers.get(a.canonical, [a.canonical]))
            said = (
                f"{md_text(stance)} (“{md_text(p.quote)}”" if stance else f"“{md_text(p.quote)}” ("
            )
            stances.append(f"{said}{'' if stance is None else ', '}{who(p.source)})")
        lines.append(
            f"| {md_cell(a.canonical)} | {a.kind} | {md_cell(aliases)} | {len(a.articles)} "
            f"| {_pipe('<br>'.join(stances))} |"
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
                f"| {md_cell(period)} | {_pipe(who(cl.source))} |"
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


#: Which highlight is kept where two cross (neither holds the other): a flag's sentence
#: first, then a position's quote, a figure, an actor's mention.
_MARK_RANK = {"quote": 0, "position": 1, "figure": 2, "actor": 3}


def _crosses(a: _Mark, b: _Mark) -> bool:
    return a.start < b.start < a.end < b.end or b.start < a.start < b.end < a.end


def _marked(text: str, marks: list[_Mark]) -> Markup:
    """The article as HTML with `marks` nested as <mark> elements, each followed by a small
    link back to where it is cited. Where two marks cross, the one of higher rank is kept
    (a flag's sentence over a position's quote over a figure over an actor's mention). All
    text is escaped: markup inside an article is shown, never run."""
    kept: list[_Mark] = []
    for m in sorted(marks, key=lambda m: (_MARK_RANK.get(m.css, 9), m.start, -m.end)):
        if m.start < m.end <= len(text) and not any(_crosses(m, k) for k in kept):
            kept.append(m)
    out: list[str] = []
    stack: list[_Mark] = []
    at = 0

    def close_until(pos: int) -> None:
        nonlocal at
        while stack and stack[-1].end <= pos:
            m = stack.pop()
            out.extend([escape(text[at : m.end]), "</mark>", _back(m)])
            at = m.end

    for m in sorted(kept, key=lambda m: (m.start, -m.end, _MARK_RANK.get(m.css, 9))):
        close_until(m.start)
        out.extend([escape(text[at : m.start]), _open(m)])
        at = m.start
        stack.append(m)
    close_until(len(text))
    out.append(escape(text[at:]))
    return Markup("".join(str(x) for x in out))


def _open(m: _Mark) -> str:
    return f'<mark id="{escape(m.id)}" class="{escape(m.css)}" title="{escape(m.title)}">'


def _back(m: _Mark) -> str:
    label = {"quote": "flag", "figure": "figure", "actor": "actor", "position": "position"}.get(
        m.css, m.css
    )
    return (
        f'<a class="back {escape(m.css)}" href="{escape(m.href)}" '
        f'aria-label="{escape(label)} {escape(m.title)}">{"↩" if m.css != "quote" else "⚑"}</a>'
    )


def _point(cl: Claim, names: dict[str, ArticleName]) -> Point:
    name = _name(names, cl.source)
    when = None
    if name.day:
        try:
            when = date.fromisoformat(name.day)
        except ValueError:
            when = None
    return Point(
        label=cl.number,
        value=cl.value,
        low=cl.low,
        high=cl.high,
        who=name.who,
        when=when,
        unit=cl.unit,
    )


def corpus_html(corpus: Corpus, texts: dict[str, str], briefs: list[Brief] | None = None) -> str:
    """The self-contained HTML report. `texts` maps article sources to their text, where
    known; `briefs` adds each article's brief (summary, actors, positions, questions,
    warnings), its outlet, date and address, and highlights every figure, actor mention and
    position quote in its text."""
    by_source = {b.provenance.source: b for b in briefs or []}
    names = article_names(corpus, briefs)
    marks: dict[str, list[_Mark]] = {s: [] for s in names}
    quoted: dict[tuple[str, int, int], str] = {}
    figure_ids: dict[tuple[str, int, int], str] = {}
    position_ids: dict[tuple[str, int, int], str] = {}
    for source, brief in by_source.items():
        n = _name(names, source).n
        for i, f in enumerate(brief.figures, 1):
            figure_ids[(source, *f.number_span)] = f"f{n}-{i}"
        for i, p in enumerate(brief.positions, 1):
            # without the text there is no quote to point at: its article's section
            at = f"p{n}-{i}" if source in texts else f"article-{n}"
            position_ids.setdefault((source, *p.span), at)

    def claim_view(cl: Claim, conflict_no: int | None = None) -> dict[str, Any]:
        """A claim as evidence; a flag's claim also highlights its sentence in the text."""
        a, b = number_in_quote(cl)
        anchor = figure_ids.get((cl.source, *cl.number_span))
        if conflict_no is not None:
            key = (cl.source, cl.span[0], cl.span[1])
            if cl.source not in texts:  # no text to highlight it in: link to its article
                quoted[key] = f"article-{_name(names, cl.source).n}"
            if key not in quoted:
                quoted[key] = f"a{_name(names, cl.source).n}-{cl.span[0]}-{cl.span[1]}"
                marks.setdefault(cl.source, []).append(
                    _Mark(
                        *cl.span, quoted[key], "quote", f"#conflict-{conflict_no}", f"{conflict_no}"
                    )
                )
            anchor = quoted[key]
        if cl.source not in texts:  # no text to point into: its article's section
            anchor = f"article-{_name(names, cl.source).n}"
        numeric = cl.qualifier is not None and (cl.low is not None or cl.high is not None)
        return {
            "anchor": anchor,
            "name": _name(names, cl.source),
            "span": cl.span,
            "period": cl.period,
            "period_anchor": cl.period_anchor,
            "number": cl.number,
            "value": format_value(cl) if numeric else "",
            "before": cl.quote[:a],
            "mark": cl.quote[a:b],
            "after": cl.quote[b:],
            "quote": cl.quote,
        }

    def conflict_view(n: int, c: Conflict) -> dict[str, Any]:
        return {
            "ratio": _ratio(c),
            "n": n,
            "kind": c.kind,
            "what_differs": KIND_WORDS[c.kind],
            "severity": c.severity,
            "pips": SEVERITY_PIPS[c.severity],
            "measure": c.measure,
            "place": c.place,
            "explanation": relabel(c.explanation, names),
            "judgement": c.judgement,
            "verdict": VERDICT_WORDS[c.verdict] if c.kind == "value" else "",
            "claims": [claim_view(cl, n) for cl in c.claims],
        }

    conflicts = [conflict_view(n, c) for n, c in enumerate(corpus.conflicts, 1)]
    worth = [
        {
            "measure": c.measure,
            "explanation": relabel(c.explanation, names),
            "judgement": c.judgement,
            "claims": [claim_view(cl) for cl in c.claims],
        }
        for c in corpus.worth_a_look
    ]
    set_aside = [
        (
            rule,
            [{"measure": s.measure, "claims": [claim_view(cl) for cl in s.claims]} for s in items],
            items[0].reason,
        )
        for rule, items in _set_aside_by_rule(corpus)
    ]

    def drawn(claims: list[Claim], title: str, key: str, joined: bool = False) -> Markup | None:
        return chart([_point(cl, names) for cl in claims], title, key, joined)

    tallies = [
        {
            "tally": t,
            "chart": drawn(t.claims, _tally_title(t), f"tally-{i}", joined=True),
            "claims": [claim_view(cl) for cl in t.claims],
        }
        for i, t in enumerate(corpus.tallies, 1)
    ]
    groups = [
        {
            "n": i,
            "measure": g.measure,
            "place": g.place,
            "chart": drawn(
                g.claims, f"{g.measure}{f' in {g.place}' if g.place else ''}", f"group-{i}"
            ),
            "claims": [claim_view(cl) for cl in _by_value(g.claims)],
        }
        for i, g in enumerate(corpus.figure_groups, 1)
    ]
    articles = []
    for source, name in names.items():
        n = name.n
        art_brief = by_source.get(source)
        figures, actors, positions = [], [], []
        if art_brief is not None:
            brief = art_brief
            for i, f in enumerate(brief.figures, 1):
                marks[source].append(
                    _Mark(*f.number_span, f"f{n}-{i}", "figure", f"#fl{n}-{i}", f.measure or "")
                )
                # without the text, the figure's link goes to its article, not into nothing
                at = f"f{n}-{i}" if source in texts else f"article-{n}"
                figures.append({"id": at, "list_id": f"fl{n}-{i}", "figure": f})
            for i, actor in enumerate(brief.actors, 1):
                first = None
                for j, (s, e) in enumerate(actor.mentions):
                    mark_id = f"m{n}-{i}-{j}"
                    first = first or mark_id
                    marks[source].append(
                        _Mark(s, e, mark_id, "actor", f"#al{n}-{i}", actor.canonical)
                    )
                shown = first if source in texts else None  # a mention to link to
                actors.append({"list_id": f"al{n}-{i}", "first": shown, "actor": actor})
            for i, p in enumerate(brief.positions, 1):
                mark_id = position_ids[(source, *p.span)]
                if mark_id == f"p{n}-{i}":
                    marks[source].append(
                        _Mark(*p.span, mark_id, "position", f"#pl{n}-{i}", p.actor)
                    )
                forms = [p.actor] + [
                    x for a in brief.actors if a.canonical == p.actor for x in a.forms
                ]
                positions.append(
                    {
                        "list_id": f"pl{n}-{i}",
                        "mark": mark_id,
                        "actor": p.actor,
                        "stance": shown_stance(p.stance, p.quote, forms),
                        "quote": p.quote,
                    }
                )
        text = texts.get(source)
        articles.append(
            {
                "n": n,
                "name": name,
                "source": source,
                "brief": art_brief,
                "figures": figures,
                "actors": actors,
                "positions": positions,
                "body": _marked(text, marks.get(source, [])) if text is not None else None,
            }
        )
    models = sorted({(b.provenance.model, b.provenance.prompt_version) for b in briefs or []})
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            corpus=corpus,
            conflicts=conflicts,
            worth=worth,
            set_aside=set_aside,
            tallies=tallies,
            groups=groups,
            articles=articles,
            names=names,
            models=models,
            legend=[(k, SEVERITY_PIPS[k], v) for k, v in SEVERITY_LEGEND.items()],
            positions=_position_rows(corpus, names, position_ids),
        )
    )


def _tally_title(t: Tally) -> str:
    where = f" in {t.place}" if t.place else ""
    return f"{t.measure}{where}, " + (
        "by publication date" if t.ordered_by == "article date" else "undated: by value"
    )


def _by_value(claims: list[Claim]) -> list[Claim]:
    """Claims from lowest to highest (those without a number last), as a number line reads."""

    def key(cl: Claim) -> tuple[bool, float]:
        v = cl.value if cl.value is not None else cl.low if cl.low is not None else cl.high
        return (v is None, v or 0.0)

    return sorted(claims, key=key)


def _position_rows(
    corpus: Corpus, names: dict[str, ArticleName], position_ids: dict[tuple[str, int, int], str]
) -> list[dict[str, Any]]:
    """Actors with positions, each with its stances, by article, linked to their quotes."""
    rows = []
    speakers = _speaker_names(corpus)
    for actor in corpus.actors:
        if not actor.positions:
            continue
        stances = []
        for p in sorted(actor.positions, key=lambda p: (_name(names, p.source).n, p.span[0])):
            stances.append(
                {
                    "name": _name(names, p.source),
                    "stance": shown_stance(p.stance, p.quote, speakers.get(actor.canonical, [])),
                    "quote": p.quote,
                    "mark": position_ids.get((p.source, *p.span)),
                }
            )
        rows.append({"actor": actor.canonical, "stances": stances})
    return rows


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
    write_atomic(out / "report.md", corpus_markdown(corpus, briefs))
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
