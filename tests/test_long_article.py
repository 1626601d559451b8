"""An article longer than the model's context: briefed in parts, merged, never truncated."""

from __future__ import annotations

from pathlib import Path

from summarise.article.parts import part_chars, split_for_context
from summarise.find.text import read_article, sentences
from tests.conftest import replayed_brief

ROOT = Path(__file__).parent.parent
LONG = Path("tests/fixtures/long.txt")  # seeds 001 and 004 as one 8,000-character article


def test_split_is_even_covers_everything_and_cuts_between_paragraphs():
    text = read_article(ROOT / LONG)
    sents = sentences(text)
    for limit in (2000, 3000, part_chars(4096)):
        parts = split_for_context(text, sents, limit)
        assert all(b - a <= limit for a, b in parts)
        # nothing is lost: only the line breaks between parts fall outside them
        covered = "".join(text[a:b] for a, b in parts)
        assert covered.replace("\n", "") == text.replace("\n", "").strip()
        assert all(a == 0 or text[a - 1] == "\n" for a, _ in parts)
    assert len(split_for_context(text, sents, part_chars(4096))) == 2
    assert split_for_context("short", [], 100) == [(0, 5)]


def test_long_article_is_briefed_in_parts_and_merged():
    brief = replayed_brief(LONG, "long.yaml")
    text = read_article(ROOT / LONG)
    assert any("briefed in 2 parts" in w for w in brief["provenance"]["warnings"])
    # figures and actors from both halves: nothing after the first part was cut off
    numbers = [f["number"] for f in brief["figures"]]
    assert "some 700,000" in numbers and "over 200" in numbers
    # where the brief's second part starts, found as the brief finds it
    _, (cut, _) = split_for_context(text, sentences(text), part_chars(4096))
    spans = [s for a in brief["actors"] for s in a["mentions"]]
    assert any(s < cut for s, _ in spans) and any(s > cut for s, _ in spans)
    for p in brief["positions"] + [q for q in brief["open_questions"] if q["span"]]:
        s, e = p["span"]
        assert text[s:e] == p["quote"]
    # a brief call per part, their merge, and at least one figure call
    assert brief["summary"] and brief["provenance"]["usage"]["calls"] >= 4
