"""The HTML report opened in headless Chromium: every conflict shown, every quote highlighted.

Needs Debian's chromium and chromium-driver (.ci/run installs them); skipped where absent.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarise.corpus.reconcile import reconcile
from summarise.corpus.report import corpus_html
from tests.synthetic import make_brief

CHROMEDRIVER = shutil.which("chromedriver")
# Skipped on a developer machine without a browser; in CI (which installs it) never skipped.
pytestmark = pytest.mark.skipif(
    CHROMEDRIVER is None and not os.environ.get("CI"), reason="chromium-driver is not installed"
)

HOSTILE = (
    'Korvath now shelters nearly two million displaced people. <script>document.title="pwned"'
    "</script><img src=x onerror=\"document.title='pwned'\">"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ):
        options.add_argument(flag)
    chromium = shutil.which("chromium")
    if chromium:
        options.binary_location = chromium
    assert CHROMEDRIVER is not None, "CI must install chromium-driver (see .ci/run)"
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def render(tmp_path: Path, texts: dict[str, str]) -> tuple[Path, object]:
    briefs = [make_brief(src, text) for src, text in texts.items()]
    corpus = reconcile(briefs)
    page = tmp_path / "report.html"
    page.write_text(corpus_html(corpus, texts), encoding="utf-8")
    return page, corpus


def test_every_conflict_is_rendered_with_both_quotes_highlighted(browser, tmp_path):
    from selenium.webdriver.common.by import By

    texts = {
        "a.txt": HOSTILE,
        "b.txt": "About 900,000 people are displaced in Korvath.",
        "c.txt": "The siege has dragged on for months in Varnsk. "
        "More than 2,300 villagers have been killed in Varnsk since then.",
        "d.txt": "In March 2021, a ceasefire was signed for Varnsk. "
        "But more than 2,300 villagers have been killed in Varnsk since then.",
    }
    page, corpus = render(tmp_path, texts)
    assert sorted(c.kind for c in corpus.conflicts) == ["period", "value"]
    browser.get(page.as_uri())
    cards = browser.find_elements(By.CSS_SELECTOR, "section.conflict")
    assert len(cards) == len(corpus.conflicts)
    for card, conflict in zip(cards, corpus.conflicts, strict=True):
        assert card.get_attribute("data-kind") == conflict.kind
        numbers = [m.text for m in card.find_elements(By.CSS_SELECTOR, "mark.number")]
        assert numbers == [cl.number for cl in conflict.claims]
        for link, claim in zip(
            card.find_elements(By.CSS_SELECTOR, ".claim > a"), conflict.claims, strict=True
        ):
            target = browser.find_element(By.ID, link.get_attribute("href").split("#", 1)[1])
            # the quote is highlighted in its article, visibly, and is the claim's sentence
            assert target.tag_name == "mark" and target.text == claim.quote
            bg = target.value_of_css_property("background-color")
            assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
            # jumping there works, and the highlight links back to its conflict
            link.click()
            assert browser.current_url.endswith("#" + target.get_attribute("id"))
            back = target.find_element(By.XPATH, "following-sibling::a[1]")
            assert back.get_attribute("href").endswith(f"#{card.get_attribute('id')}")


def assert_flag_rows(browser, corpus) -> None:
    """Every flag is a row of the table at the top, showing both sides' numbers, each with
    its outlet (or title) and date (or "undated")."""
    from selenium.webdriver.common.by import By

    from summarise.corpus.report import article_names

    names = article_names(corpus)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.flags tr.flag-row")
    assert len(rows) == len(corpus.conflicts)
    for row, conflict in zip(rows, corpus.conflicts, strict=True):
        assert row.is_displayed()
        sides = row.find_elements(By.CSS_SELECTOR, "td.side")
        assert len(sides) == 2
        for side, claim in zip(sides, conflict.claims[:2], strict=True):
            name = names[claim.source]
            shown = " ".join(side.text.split())
            assert claim.number in shown and name.who in shown and name.when in shown, shown


#: Where the visible drawings' texts overflow their drawing, overlap each other, or are
#: drawn smaller than 10 px: measured by the browser, after layout.
CHART_PROBLEMS = """
const problems = [];
for (const svg of document.querySelectorAll("svg.chart")) {
  if (!svg.getClientRects().length) continue;  // the other size's drawing, not shown
  const vb = svg.viewBox.baseVal;
  const scale = svg.getBoundingClientRect().width / vb.width;
  const texts = [...svg.querySelectorAll("text")];
  const boxes = texts.map(t => t.getBBox());
  texts.forEach((t, i) => {
    const b = boxes[i];
    if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5)
      problems.push("clipped: " + t.textContent);
    if (12 * scale < 10) problems.push("too small: " + t.textContent);
    for (let j = i + 1; j < texts.length; j++) {
      const c = boxes[j];
      const apart = b.x + b.width <= c.x + 0.5 || c.x + c.width <= b.x + 0.5 ||
                    b.y + b.height <= c.y + 0.5 || c.y + c.height <= b.y + 0.5;
      if (!apart) problems.push("overlap: " + t.textContent + " / " + texts[j].textContent);
    }
  });
}
return problems;
"""


def assert_charts_readable(browser, width: int) -> None:
    from selenium.webdriver.common.by import By

    shown = [s for s in browser.find_elements(By.CSS_SELECTOR, "svg.chart") if s.is_displayed()]
    assert shown and all(
        s.get_attribute("class").endswith("wide" if width > 700 else "narrow") for s in shown
    )
    problems = browser.execute_script(CHART_PROBLEMS)
    assert problems == [], problems[:10]


def assert_cards_full(browser, width: int) -> None:
    """On a phone every row of a table is a card, and no cell of a card is shown empty."""
    from selenium.webdriver.common.by import By

    if width < 700:
        empty = browser.execute_script(
            """return [...document.querySelectorAll("table.cards td, table.cards th[scope=row]")]
               .filter(c => c.getClientRects().length && !c.innerText.trim())
               .map(c => c.outerHTML)"""
        )
        assert empty == []
        (header,) = {
            h.is_displayed() for h in browser.find_elements(By.CSS_SELECTOR, "table.cards thead th")
        }
        assert header is False  # a card labels its own fields


def test_article_markup_is_escaped_not_run(browser, tmp_path):
    from selenium.webdriver.common.by import By

    page, _ = render(
        tmp_path, {"a.txt": HOSTILE, "b.txt": "About 900,000 people are displaced in Korvath."}
    )
    browser.get(page.as_uri())
    assert browser.title.startswith("Corpus report")  # neither script nor onerror ran
    assert not browser.find_elements(By.CSS_SELECTOR, "section script, .article img")
    assert "<script>" in browser.find_element(By.ID, "article-1").text


AXE = ROOT_DIR = Path(__file__).parent.parent
AXE_JS = Path(
    os.environ.get("AXE_CORE_JS")
    or AXE / ".ci" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
)
DOCS = AXE / "docs"


@pytest.fixture(scope="module")
def seed_report(seed_run, tmp_path_factory) -> Path:
    """The seeds' report, replayed: flags, tallies, and every article's brief and text."""
    from summarise.corpus.report import write_corpus

    briefs, corpus = seed_run
    texts = {
        b.provenance.source: (AXE / b.provenance.source).read_text(encoding="utf-8")
        for b in briefs.values()
    }
    out = tmp_path_factory.mktemp("report")
    write_corpus(corpus, out, texts, list(briefs.values()))
    return out / "report.html"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_analysts_report_is_accessible_and_complete(browser, seed_report, seed_run, width):
    from selenium.webdriver.common.by import By

    if not AXE_JS.exists():
        assert not os.environ.get("CI"), f"CI must install axe-core ({AXE_JS}, see .ci/run)"
        pytest.skip("axe-core is not installed (npm install --prefix .ci/axe axe-core)")
    briefs, corpus = seed_run
    browser.set_window_size(width, 900)
    browser.get(seed_report.as_uri())
    # every entry of the contents bar leads somewhere
    for link in browser.find_elements(By.CSS_SELECTOR, "nav.contents a"):
        assert browser.find_elements(By.ID, link.get_attribute("href").split("#", 1)[1])
    # the two claims of a flag side by side on a wide screen, stacked on a phone
    for card in browser.find_elements(By.CSS_SELECTOR, "section.conflict"):
        first, second = card.find_elements(By.CSS_SELECTOR, ".claim")[:2]
        same_row = first.location["y"] == second.location["y"]
        assert same_row == (width >= 800), width
        assert first.find_element(By.CSS_SELECTOR, "a").text  # the article's title
    # every figure and actor mention highlighted, linked both ways with the brief's lists
    figures = browser.find_elements(By.CSS_SELECTOR, ".article-text mark.figure")
    assert len(figures) == sum(len(b.figures) for b in briefs.values())
    for mark in figures[:10]:
        back = mark.find_element(By.XPATH, "following-sibling::a[1]")
        entry = browser.find_element(By.ID, back.get_attribute("href").split("#", 1)[1])
        assert entry.tag_name == "li"
        assert (
            entry.find_element(By.CSS_SELECTOR, "a")
            .get_attribute("href")
            .endswith("#" + mark.get_attribute("id"))
        )
    mentions = browser.find_elements(By.CSS_SELECTOR, ".article-text mark.actor")
    assert len(mentions) >= sum(len(a.mentions) for b in briefs.values() for a in b.actors) * 0.9
    # every flag a row of the table at the top, each side named (these articles carry no
    # outlet or date: by title, and "undated")
    assert_flag_rows(browser, corpus)
    # tallies and figure groups drawn by code, one drawing shown for the width, every label
    # whole and apart; the tables as cards on a phone, without an empty cell
    shown = [
        s for s in browser.find_elements(By.CSS_SELECTOR, "section.tally svg") if s.is_displayed()
    ]
    assert len(shown) == len(corpus.tallies)
    assert_charts_readable(browser, width)
    assert_cards_full(browser, width)
    positions = browser.find_element(By.CSS_SELECTOR, "table.positions")
    assert positions.find_elements(By.CSS_SELECTOR, "th[scope=row]")
    # one row an actor with its positions: no actor-by-article grid of empty cells, so the
    # table is as tall as its stances and a name for each row, no more
    rows = positions.find_elements(By.CSS_SELECTOR, "tbody tr")
    stances = positions.find_elements(By.CSS_SELECTOR, "ul.stances li")
    content = sum(li.size["height"] for li in stances) + 70 * len(rows)
    assert positions.size["height"] <= content, (positions.size["height"], content)
    version = next(iter(briefs.values())).provenance.prompt_version
    assert version in browser.find_element(By.TAG_NAME, "main").text
    # no script is needed to read it; axe-core, injected here, finds nothing serious
    browser.execute_script(AXE_JS.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[0]; axe.run(document).then(r => done(r.violations));"
    )
    serious = [(v["id"], len(v["nodes"])) for v in result if v["impact"] in ("serious", "critical")]
    assert serious == [], serious
    DOCS.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(DOCS / f"report-{width}.png"))


@pytest.mark.parametrize("width", [1280, 390])
def test_each_flag_names_both_outlets_and_dates_at_any_width(browser, tmp_path, width):
    """Articles read from pages or records carry their outlet and date: the flag table at
    the top names both sides of every flag by them, and the timelines they allow are
    readable at both widths."""
    from selenium.webdriver.common.by import By

    def published(brief, outlet, day):
        prov = brief.provenance.model_copy(update={"outlet": outlet, "published": day})
        return brief.model_copy(update={"provenance": prov})

    texts = {
        "feeds/031_c0ffee5e.txt": "Floodwater destroyed 300 homes in Brno on Sunday. "
        "At least 12 people have been killed so far.",
        "feeds/042_deadbeef.txt": "Floodwater destroyed 900 homes in Brno on Sunday. "
        "At least 19 people have been killed so far.",
        "feeds/055_0badf00d.txt": "Rescuers say at least 25 people have been killed so far.",
    }
    briefs = [
        published(make_brief(src, text), outlet, day)
        for (src, text), (outlet, day) in zip(
            texts.items(),
            [
                ("Moravia Herald", "2026-03-02T08:00:00"),
                ("Danube Wire", "2026-03-03"),
                ("Brno Evening Courier", "2026-03-06"),
            ],
            strict=True,
        )
    ]
    corpus = reconcile(briefs)
    assert corpus.conflicts and corpus.tallies and corpus.tallies[0].ordered_by == "article date"
    page = tmp_path / "report.html"
    page.write_text(corpus_html(corpus, texts, briefs), encoding="utf-8")
    browser.set_window_size(width, 900)
    browser.get(page.as_uri())
    assert_flag_rows(browser, corpus)
    for row in browser.find_elements(By.CSS_SELECTOR, "tr.flag-row"):
        assert "2026" in row.text and "undated" not in row.text
        assert row.location["y"] < 900  # on the first screen
    assert_charts_readable(browser, width)
    assert_cards_full(browser, width)
    if AXE_JS.exists():
        browser.execute_script(AXE_JS.read_text(encoding="utf-8"))
        result = browser.execute_async_script(
            "const done = arguments[0]; axe.run(document).then(r => done(r.violations));"
        )
        serious = [
            (v["id"], len(v["nodes"])) for v in result if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], serious
