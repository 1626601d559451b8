"""Figures drawn by code: a number line with an axis, or a timeline where every article is
dated; labels whole and apart at both sizes; a tally joined only in time order (issue 25,
item 3). The browser test measures the same drawings as laid out by Chromium."""

from __future__ import annotations

from datetime import date

import lxml.etree
import lxml.html
import pytest

from summarise.corpus.charts import FONT, SIZES, Point, chart, text_width
from summarise.corpus.reconcile import reconcile
from summarise.corpus.report import corpus_html
from tests.synthetic import make_brief


def svgs(markup: str) -> list[lxml.etree._Element]:
    root = lxml.etree.fromstring(f"<div>{markup}</div>")
    return list(root.iter("svg"))


def boxes(svg: lxml.etree._Element, css: str) -> list[tuple[str, float, float, float, float]]:
    """(text, left, top, right, bottom) of each text of class `css`, as estimated."""
    out = []
    for t in svg.iter("text"):
        if t.get("class") != css:
            continue
        x, y, w = float(t.get("x")), float(t.get("y")), text_width(t.text or "")
        left = {"middle": x - w / 2, "end": x - w, "start": x}[t.get("text-anchor")]
        out.append((t.text or "", left, y - FONT, left + w, y + 3))
    return out


def exact(label: str, v: float, **kw: object) -> Point:
    return Point(label=label, value=v, low=v, high=v, **kw)  # type: ignore[arg-type]


CROWDED = [
    exact("five", 5),
    exact("seven", 7),
    exact("eight dead", 8),
    exact("15", 15),
    exact("46", 46),
    Point("more than 1,800", 1800, 1800, None),
    Point("More than 1,800", 1800, 1800, None),
    Point("over 200", 200, 200, None),
]
WIDE_APART = [
    Point("more than half a million people displaced", 5e5, 5e5, None),
    Point("nearly two million", 2e6, 1.8e6, 2e6),
    Point("Hundreds of thousands", None, 2e5, 999_999),
    Point("more than 38,500", 38_500, 38_500, None),
    Point("a handful", None, 3, 9),
]
DATED = [
    exact("12", 12, when=date(2026, 3, 5), who="Lima Post"),
    exact("4", 4, when=date(2026, 3, 3), who="Andes Daily"),
    exact("at least 30", 30, when=date(2026, 3, 9), who="Lima Post"),
    exact("29", 29, when=date(2026, 3, 9), who="Andes Daily"),
]


@pytest.mark.parametrize("points", [CROWDED, WIDE_APART, DATED], ids=["crowded", "apart", "dated"])
def test_every_label_is_whole_inside_the_drawing_and_apart_from_the_others(points):
    drawn = chart(points, "killed in Idlib", "g1")
    assert drawn is not None
    pictures = svgs(drawn)
    assert [p.get("class") for p in pictures] == [f"chart {name}" for name, _ in SIZES]
    for svg, (_, size) in zip(pictures, SIZES, strict=True):
        _, _, width, height = (float(v) for v in svg.get("viewBox").split())
        assert width == size and svg.get("width") is None  # scales with the page
        labels = boxes(svg, "label")
        assert sorted(t for t, *_ in labels) == sorted(p.label for p in points)
        ticks = boxes(svg, "tick-label")
        assert len(ticks) >= 2  # an axis with labelled values
        for group in (labels, ticks):
            for text, left, top, right, bottom in group:
                assert left >= 0 and right <= width and top >= 0 and bottom <= height, text
            for i, (a, *ab) in enumerate(group):
                for b, *bb in group[i + 1 :]:
                    apart = ab[2] <= bb[0] or bb[2] <= ab[0] or ab[3] <= bb[1] or bb[3] <= ab[1]
                    assert apart, (a, b, size)


def test_a_number_line_has_its_values_in_order_on_a_log_axis_when_far_apart():
    (wide, _) = svgs(chart(CROWDED, "killed", "g"))  # type: ignore[arg-type]
    ticks = [t.text for t in wide.iter("text") if t.get("class") == "tick-label"]
    assert ticks == ["1", "10", "100", "1,000", "10k"]
    assert any(t.text == "log scale" for t in wide.iter("text"))
    xs = {float(c.get("cx")) for c in wide.iter("circle")}
    assert len(xs) == 7  # two "more than 1,800" share a place
    assert wide.find("polyline") is None  # a number line is never drawn as a rising line


def test_close_values_are_drawn_on_a_linear_axis_from_zero():
    points = [Point("some 3,000", 3000, 2700, 3300), Point("thousands", None, 2000, 9999)]
    (wide, _) = svgs(chart(points, "fighters", "g"))  # type: ignore[arg-type]
    ticks = [t.text for t in wide.iter("text") if t.get("class") == "tick-label"]
    assert ticks[0] == "0" and ticks[-1] == "10k"
    assert any(t.text == "linear scale" for t in wide.iter("text"))
    # each range is a bar from its low to its high end
    bars = [
        (float(b.get("x1")), float(b.get("x2")))
        for b in wide.iter("line")
        if b.get("class") == "range"
    ]
    assert len(bars) == 2 and all(x1 < x2 for x1, x2 in bars)


def test_a_timeline_puts_publication_dates_along_x_and_joins_a_tally_in_date_order():
    (wide, _) = svgs(chart(DATED, "killed", "t", joined=True))  # type: ignore[arg-type]
    dates = [t.text for t in wide.iter("text") if t.get("class") == "tick-label" and " " in t.text]
    assert dates == ["3 Mar", "5 Mar", "9 Mar"]
    (line,) = wide.iter("polyline")
    xs = [float(xy.split(",")[0]) for xy in line.get("points").split()]
    assert xs == sorted(xs) and len(xs) == len(DATED)  # in time, whatever the values do
    assert "publication date (2026)" in "".join(wide.itertext())
    # figures of one group are not one count moving: no line joins them
    (unjoined, _) = svgs(chart(DATED, "killed", "t"))  # type: ignore[arg-type]
    assert unjoined.find("polyline") is None


def test_a_drawing_is_named_and_described_for_a_screen_reader():
    (wide, narrow) = svgs(chart(DATED, "killed in Lima", "k"))  # type: ignore[arg-type]
    for svg in (wide, narrow):
        assert svg.get("role") == "img"
        title_id, desc_id = svg.get("aria-labelledby").split()
        (title,) = [e for e in svg if e.get("id") == title_id]
        (desc,) = [e for e in svg if e.get("id") == desc_id]
        assert title.tag == "title" and title.text == "killed in Lima"
        assert desc.tag == "desc"
        for p in DATED:
            assert f"{p.label} ({p.who}, {p.when.day} {p.when:%b %Y})" in desc.text
    assert wide.get("aria-labelledby") != narrow.get("aria-labelledby")  # ids unique in a page


def test_fewer_than_two_figures_with_numbers_are_not_drawn():
    place = Point("Tehran", None, None, None)
    assert chart([exact("five", 5), place], "x", "k") is None
    assert chart([exact("five", 5), exact("six", 6)], "x", "k") is not None


def test_an_undated_tally_is_drawn_on_a_number_line_not_as_a_rising_line():
    texts = {
        "a.txt": "Some 60 excavators are being used in the search.",
        "b.txt": "Around 100 excavators have been dispatched to the scene.",
    }
    briefs = [make_brief(s, t) for s, t in texts.items()]
    corpus = reconcile(briefs)
    (tally,) = corpus.tallies
    assert tally.ordered_by == "value"
    page = lxml.html.fromstring(corpus_html(corpus, texts, briefs))
    (section,) = page.xpath("//section[@class='tally']")
    drawings = section.xpath(".//svg")
    assert len(drawings) == 2
    assert not section.xpath(".//polyline")
    assert "undated" in " ".join(section.xpath(".//h3//text()"))
