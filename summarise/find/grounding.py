"""Locating the model's quotes in the article. Code decides what the article says.

`ground_quote` tries, in order:
1. the quote verbatim;
2. the quote after normalising both sides the same way: curly quotes and dashes to ASCII,
   runs of whitespace (line breaks included) to one space, case and diacritics folded;
3. a fuzzy alignment (rapidfuzz `partial_ratio`) scoring at least `FUZZY_THRESHOLD`, for
   quotes of at least `FUZZY_MIN_CHARS` characters.

Why 90: a score of 90 allows about one changed character in ten, which covers what small
models do when copying (a dropped article or comma, "Sergei" for "Sergey", a changed tense),
while a paraphrase of the same sentence or a sentence made up from the article's words scores
well below it (see tests/test_grounding.py, which pins both sides). Short quotes are not
matched fuzzily: at under 16 characters one edit already moves a name onto another name.

The span returned always indexes the original text, and the brief stores the article's own
words at that span, never the model's copy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarise.schemas import MatchKind

FUZZY_THRESHOLD = 90.0
FUZZY_MIN_CHARS = 16

_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u00a0": " ",
    "\u2026": "...",
}
_STRIP = " \t\n\"'\u201c\u201d\u2018\u2019.,;:"


@dataclass(frozen=True)
class Grounding:
    start: int
    end: int
    match: MatchKind
    score: float


def _normalise(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index it came from."""
    out: list[str] = []
    index: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        mapped = _CHAR_MAP.get(ch, ch)
        if mapped.isspace():
            if prev_space:
                continue
            mapped, prev_space = " ", True
        else:
            prev_space = False
        for c in unicodedata.normalize("NFKD", mapped.casefold()):
            if unicodedata.combining(c):
                continue  # "Çavuşoğlu" and "Cavusoglu" are the same spelling here
            out.append(c)
            index.append(i)
    return "".join(out), index


def _span_back(index: list[int], start: int, end: int) -> tuple[int, int]:
    return index[start], index[end - 1] + 1


def ground_quote(text: str, quote: str) -> Grounding | None:
    """Find `quote` in `text`; None if it is not there closely enough to count as a copy."""
    quote = quote.strip(_STRIP)
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return Grounding(at, at + len(quote), "exact", 100.0)

    norm_text, index = _normalise(text)
    norm_quote, _ = _normalise(quote)
    at = norm_text.find(norm_quote)
    if at >= 0:
        start, end = _span_back(index, at, at + len(norm_quote))
        return Grounding(start, end, "normalised", 100.0)

    if len(norm_quote) < FUZZY_MIN_CHARS:
        return None
    aligned = fuzz.partial_ratio_alignment(norm_quote, norm_text, score_cutoff=FUZZY_THRESHOLD)
    if aligned is None or aligned.dest_end <= aligned.dest_start:
        return None
    start, end = _span_back(index, aligned.dest_start, aligned.dest_end)
    # Widen to whole words so the stored quote never starts or ends mid-word...
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    # ...then drop edge words the alignment took in, while that brings it closer to the quote.
    start, end = _tighten(text, start, end, norm_quote)
    return Grounding(start, end, "fuzzy", round(aligned.score, 1))


def _tighten(text: str, start: int, end: int, norm_quote: str) -> tuple[int, int]:
    def score(s: int, e: int) -> float:
        return float(fuzz.ratio(norm_quote, _normalise(text[s:e])[0]))

    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    if not words:
        return start, end
    first, last = 0, len(words) - 1
    best = score(words[first][0], words[last][1])
    improved = True
    while improved and first < last:
        improved = False
        for f, la in ((first + 1, last), (first, last - 1)):
            s = score(words[f][0], words[la][1])
            if s > best:
                best, first, last, improved = s, f, la, True
                break
    return words[first][0], words[last][1]


def find_mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of `name` in `text` (normalised match), as spans."""
    norm_text, index = _normalise(text)
    norm_name, _ = _normalise(name.strip(_STRIP))
    if not norm_name:
        return []
    spans = []
    at = norm_text.find(norm_name)
    while at >= 0:
        end = at + len(norm_name)
        before_ok = at == 0 or not norm_text[at - 1].isalnum()
        after_ok = end == len(norm_text) or not norm_text[end].isalnum()
        if before_ok and after_ok:
            spans.append(_span_back(index, at, end))
        at = norm_text.find(norm_name, at + 1)
    return spans
