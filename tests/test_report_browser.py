"""The HTML report opened in headless Chromium: every conflict shown, every quote highlighted.

Needs Debian's chromium and chromium-driver (.ci/run installs them); skipped where absent.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarise.reconcile import reconcile
from summarise.report import corpus_html
from tests.synthetic import make_brief

CHROMEDRIVER = shutil.which("chromedriver")
# Skipped on a developer machine without a browser; in CI (which installs it) never skipped.
pytestmark = pytest.mark.skipif(
    CHROMEDRIVER is None and not os.environ.get("CI"), reason="chromium-driver is not installed"
)

HOSTILE = (
    'Idlib is home to nearly two million displaced people. <script>document.title="pwned"'
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
        "b.txt": "About 900,000 people are displaced in Idlib.",
        "c.txt": "The offensive has raged for weeks in Idlib. More than 1,800 civilians have been killed in Idlib since then.",
        "d.txt": "In September 2018, a truce was agreed for Idlib. But more than 1,800 civilians have been killed in Idlib since then.",
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


def test_article_markup_is_escaped_not_run(browser, tmp_path):
    from selenium.webdriver.common.by import By

    page, _ = render(
        tmp_path, {"a.txt": HOSTILE, "b.txt": "About 900,000 people are displaced in Idlib."}
    )
    browser.get(page.as_uri())
    assert browser.title.startswith("Corpus report")  # neither script nor onerror ran
    assert not browser.find_elements(By.CSS_SELECTOR, "section script, .article img")
    assert "<script>" in browser.find_element(By.ID, "article-1").text
