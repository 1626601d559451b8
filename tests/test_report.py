"""The corpus report as an analyst reads it: flags first, in a table naming each side's outlet
and date; articles named by outlet, date and title, never by file name; tables that become
cards without empty cells; positions said once and highlighted in their article (issue 25,
item 3). Rendered from small corpora built here; the browser test checks the same page laid
out at 1280 and 390 px."""

from __future__ import annotations

import re

import lxml.html
import pytest

from summarise.article.render import brief_markdown, shown_stance
from summarise.corpus.reconcile import reconcile
from summarise.corpus.report import ArticleName, corpus_html, corpus_markdown
from summarise.schemas import Brief
from tests.synthetic import make_brief

#: Hashed file names, as a scraper's output folder names its articles.
FLOOD_A = "feeds/031_c0ffee5eed1234ab.txt"
FLOOD_B = "feeds/042_deadbeef00112233.txt"
QUARRY_A = "feeds/014_a3f9c2d1e7b04c55.txt"
QUARRY_B = "feeds/027_5be81f0c93d2a6e4.txt"
TEXTS = {
    FLOOD_A: "Floodwater destroyed 300 homes in Brno on Sunday.",
    FLOOD_B: "Floodwater destroyed 900 homes in Brno on Sunday.",
    QUARRY_A: "The quarry strike began in March. More than 240 workers have been injured in "
    "Ostrava since then.",
    QUARRY_B: "The quarry reopened in 2021. But more than 240 workers have been injured in "
    "Ostrava since then.",
}


def published(brief: Brief, outlet: str | None, day: str | None, title: str = "") -> Brief:
    """`brief` as if read from a page or record naming its outlet, date and title."""
    prov = brief.provenance.model_copy(update={"outlet": outlet, "published": day})
    return brief.model_copy(update={"provenance": prov, "title": title})


def corpus_of_flags() -> tuple[list[Brief], str]:
    briefs = [
        published(
            make_brief(FLOOD_A, TEXTS[FLOOD_A]),
            "Moravia Herald",
            "2026-03-02T08:00:00",
            "Floods in Brno",
        ),
        published(
            make_brief(FLOOD_B, TEXTS[FLOOD_B]), "Danube Wire", "2026-03-03", "Brno counts the cost"
        ),
        # no outlet and no date: named by its title, and said to be undated
        published(make_brief(QUARRY_A, TEXTS[QUARRY_A]), None, None, "Quarry injuries mount"),
        published(
            make_brief(QUARRY_B, TEXTS[QUARRY_B]),
            "Danube Wire",
            "2026-02-27",
            "Ostrava quarry reopens",
        ),
    ]
    return briefs, corpus_html(reconcile(briefs), TEXTS, briefs)


def has(css_class: str) -> str:
    """An XPath test: the element has this class."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {css_class} ')"


def find(el: lxml.html.HtmlElement, xpath: str) -> list[lxml.html.HtmlElement]:
    return list(el.xpath(xpath))


def by_id(page: lxml.html.HtmlElement, href: str) -> lxml.html.HtmlElement:
    return page.get_element_by_id(href.removeprefix("#"))


def rows_of(page: lxml.html.HtmlElement, table: str) -> list[lxml.html.HtmlElement]:
    return find(page, f"//table[{has(table)}]/tbody/tr")


def text_of(el: lxml.html.HtmlElement) -> str:
    """The element's text as read: a line break, a cell's or a block's end is a space."""
    for block in el.iter("br", "td", "th", "div", "li", "p"):
        if not (block.tail or "").startswith("\n"):
            block.tail = "\n" + (block.tail or "")
    return " ".join(el.text_content().split())


def test_the_report_opens_with_a_table_of_flags_naming_each_sides_outlet_and_date():
    briefs, html = corpus_of_flags()
    corpus = reconcile(briefs)
    assert [c.kind for c in corpus.conflicts] == ["value", "period"]
    page = lxml.html.fromstring(html)
    headings = [h.get("id") for h in find(page, "//main//h2")]
    # the flags come first; what is doubted or set aside sits right below them
    assert headings[:3] == ["flags", "worth-a-look", "set-aside"]
    rows = rows_of(page, "flags")
    assert len(rows) == len(corpus.conflicts)
    homes, injured = (text_of(r) for r in rows)
    assert re.search(r"300 Moravia Herald · 2 Mar 2026 .*900 Danube Wire · 3 Mar 2026", homes)
    assert "×3.00" in homes and "high" in homes
    assert re.search(
        r"More than 240 Quarry injuries mount · undated .*more than 240 Danube "
        r"Wire · 27 Feb 2026",
        injured,
    )
    assert "counting windows differ" in injured and "medium" in injured
    # each row leads to its evidence, and each number to its sentence in the article
    for n, row in enumerate(rows, 1):
        (first,) = find(row, ".//th//a")
        assert first.get("href") == f"#conflict-{n}"
        evidence = by_id(page, f"conflict-{n}")
        for link in find(row, f".//td[{has('side')}]//a"):
            target = by_id(page, link.get("href"))
            assert target.tag == "mark" and "quote" in target.get("class")
            assert text_of(link) in text_of(target)
        assert len(find(evidence, f".//*[{has('claim')}]")) == 2


def test_severity_is_a_colour_with_a_legend_and_a_word():
    _, html = corpus_of_flags()
    page = lxml.html.fromstring(html)
    legend = by_id(page, "severity-legend")
    for severity in ("high", "medium", "low"):
        (swatch,) = find(legend, f".//*[{has('sev')} and {has(severity)}]")
        assert severity in text_of(swatch)  # the word, not the colour alone
        assert re.search(rf"--{severity}: #[0-9a-f]{{6}}", html)  # and its own colour
    for row in rows_of(page, "flags"):
        (badge,) = find(row, f".//*[{has('sev')}]")
        (severity,) = set(badge.get("class").split()) - {"sev"}
        assert text_of(badge).endswith(severity)


FILE_NAMES = [FLOOD_A, FLOOD_B, QUARRY_A, QUARRY_B]


def test_articles_are_named_by_outlet_date_and_title_never_by_file_name():
    briefs, html = corpus_of_flags()
    page = lxml.html.fromstring(html)
    articles = find(page, f"//section[{has('article')}]")
    for name in FILE_NAMES:
        # once, as the file an article was read from; nowhere else (flags, explanations,
        # figures, tallies, positions)
        assert html.count(name) == 1, name
        (where,) = [a for a in articles if name in text_of(a)]
        assert f"file {name}" in text_of(find(where, "./p")[0])
    headings = [text_of(find(a, "./h3")[0]) for a in articles]
    assert headings == [
        "1. Moravia Herald · 2 Mar 2026 · Floods in Brno",
        "2. Danube Wire · 3 Mar 2026 · Brno counts the cost",
        "3. Quarry injuries mount · undated",
        "4. Danube Wire · 27 Feb 2026 · Ostrava quarry reopens",
    ]
    # the period flag's explanation names the articles, not their files
    (explained,) = find(by_id(page, "conflict-2"), "./p")[:1]
    assert "Quarry injuries mount · undated: 'since then'" in text_of(explained)
    markdown = corpus_markdown(reconcile(briefs), briefs)
    assert not any(name in markdown for name in FILE_NAMES)
    assert "**300** (Moravia Herald · 2 Mar 2026)" in markdown


@pytest.mark.parametrize(
    ("outlet", "day", "title", "source", "short", "full"),
    [
        (
            "Danube Wire",
            "2026-02-27",
            "Quarry reopens",
            "x/1.txt",
            "Danube Wire · 27 Feb 2026",
            "Danube Wire · 27 Feb 2026 · Quarry reopens",
        ),
        (
            None,
            "2026-02-27",
            "Quarry reopens",
            "x/1.txt",
            "Quarry reopens · 27 Feb 2026",
            "Quarry reopens · 27 Feb 2026",
        ),
        (None, None, "", "x/014_a3f9.txt", "014_a3f9.txt · undated", "014_a3f9.txt · undated"),
        (
            None,
            None,
            "A very long headline about a quarry that reopened after a strike",
            "x/1.txt",
            "A very long headline about a quarry that… · undated",
            "A very long headline about a quarry that reopened after a strike · undated",
        ),
    ],
)
def test_an_article_is_named_by_outlet_then_title_then_file(
    outlet, day, title, source, short, full
):
    name = ArticleName(n=1, source=source, title=title, outlet=outlet, day=day)
    assert (name.short, name.full) == (short, full)


def test_every_card_cell_has_content_and_positions_are_one_row_an_actor():
    """On a phone a table's rows are cards whose cells are labelled by their column: an
    empty cell is marked so the card leaves it out, and positions take one row an actor
    (not an actor-by-article grid of empty cells)."""
    text = {
        "a.txt": "The port will reopen on Friday, Ana Ruiz said. Officials counted 40 ships.",
        "b.txt": "Tomas Berg said the port must stay closed. Officials counted 45 ships.",
        "c.txt": "Officials counted 44 ships in the harbour.",
    }
    briefs = [
        make_brief(
            "a.txt",
            text["a.txt"],
            actors=[("Ana Ruiz", "Ana Ruiz", "person")],
            positions=[
                (
                    "Ana Ruiz",
                    "Ana Ruiz: Ana Ruiz: The port will reopen on Friday",
                    "The port will reopen on Friday, Ana Ruiz said.",
                )
            ],
        ),
        make_brief(
            "b.txt",
            text["b.txt"],
            actors=[("Tomas Berg", "Tomas Berg", "person")],
            positions=[
                (
                    "Tomas Berg",
                    "wants the port kept closed",
                    "Tomas Berg said the port must stay closed.",
                )
            ],
        ),
        make_brief("c.txt", text["c.txt"]),
    ]
    corpus = reconcile(briefs)
    page = lxml.html.fromstring(corpus_html(corpus, text, briefs))
    for cell in find(page, f"//table[{has('cards')}]//td"):
        if "empty" in (cell.get("class") or "").split():
            assert not text_of(cell)
        else:
            assert text_of(cell), lxml.html.tostring(cell)
    with_positions = [a for a in corpus.actors if a.positions]
    rows = rows_of(page, "positions")
    assert [text_of(find(r, "./th")[0]) for r in rows] == [a.canonical for a in with_positions]
    assert all(len(find(r, "./td")) == 1 for r in rows)


@pytest.mark.parametrize(
    ("stance", "shown"),
    [
        # the speaker's name repeated before the stance, once or twice, is dropped
        ("Ana Ruiz: wants the port reopened", "wants the port reopened"),
        ("Ana Ruiz: Ruiz: wants the port reopened", "wants the port reopened"),
        # a stance that only repeats its quote (or its speaker) is not shown beside it
        ("Ana Ruiz: Ana Ruiz: The port will reopen on Friday", None),
        ("The port will reopen on Friday.", None),
        ("Ana Ruiz", None),
        # a name that is part of the sentence, or a heading that is not the speaker, stays
        ("Ana Ruiz wants the port reopened", "Ana Ruiz wants the port reopened"),
        ("Deadline: Friday for the port", "Deadline: Friday for the port"),
    ],
)
def test_a_stance_is_shown_once(stance: str, shown: str | None):
    quote = "“The port will reopen on Friday,” Ana Ruiz said."
    assert shown_stance(stance, quote, ["Ana Ruiz", "Ruiz"]) == shown


def test_a_position_quote_is_highlighted_in_its_article_and_said_once():
    text = "The port will reopen on Friday, Ana Ruiz said. Officials counted 40 ships."
    brief = make_brief(
        "a.txt",
        text,
        actors=[("Ana Ruiz", "Ana Ruiz", "person")],
        positions=[
            (
                "Ana Ruiz",
                "Ana Ruiz: Ana Ruiz: The port will reopen on Friday",
                "The port will reopen on Friday, Ana Ruiz said.",
            )
        ],
    )
    page = lxml.html.fromstring(corpus_html(reconcile([brief]), {"a.txt": text}, [brief]))
    (entry,) = find(page, f"//section[{has('article')}]//li[starts-with(@id, 'pl')]")
    assert text_of(entry) == "Ana Ruiz: “The port will reopen on Friday, Ana Ruiz said.”"
    (link,) = find(entry, ".//a")
    mark = by_id(page, link.get("href"))
    assert mark.tag == "mark" and "position" in mark.get("class")
    assert text_of(mark).startswith("The port will reopen on Friday, Ana Ruiz")
    back = mark.getnext()
    while back is not None and back.tag != "a":
        back = back.getnext()
    assert back is not None and back.get("href") == f"#{entry.get('id')}"
    # the actor's mention and the figure inside or beside it are still highlighted
    assert find(page, f"//*[{has('article-text')}]//mark[{has('actor')}]")
    assert find(page, f"//*[{has('article-text')}]//mark[{has('figure')}]")
    markdown = brief_markdown(brief)
    assert "- **Ana Ruiz**\n  > The port will reopen on Friday, Ana Ruiz said." in markdown


def test_a_flag_sentence_wins_over_a_position_quote_that_crosses_it():
    """Highlights nest; where a position's quote crosses a flag's sentence, the flag's
    sentence is kept, so every flag still links to its sentence."""
    a_text = "Crews said on Monday that 40 ships were stuck. Ana Ruiz said 40 ships were stuck, and more."
    b_text = "Crews said on Monday that 90 ships were stuck."
    # from the end of the first sentence into the middle of the second (the flag's)
    crossing = a_text[a_text.index("were stuck. Ana") : a_text.index(", and more")]
    a = make_brief(
        "a.txt",
        a_text,
        actors=[("Ana Ruiz", "Ana Ruiz", "person")],
        positions=[("Ana Ruiz", "ships are stuck", crossing)],
    )
    b = make_brief("b.txt", b_text)
    corpus = reconcile([a, b])
    (flag,) = corpus.conflicts
    sentence = next(cl.span for cl in flag.claims if cl.source == "a.txt")
    start, end = a.positions[0].span
    assert start < sentence[0] < end < sentence[1]  # the quote crosses the flag's sentence
    page = lxml.html.fromstring(corpus_html(corpus, {"a.txt": a_text, "b.txt": b_text}, [a, b]))
    for link in find(page, f"//section[{has('conflict')}]//*[{has('claim')}]/a"):
        target = by_id(page, link.get("href"))
        assert target.tag == "mark" and "quote" in target.get("class")
