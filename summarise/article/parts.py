"""A long article in parts that each fit the model's context, and what the model reads of a
part (text aimed at a model replaced by a marker)."""

from __future__ import annotations

import math
import re

from summarise.find.text import Sentence, without_instructions

#: Context tokens kept for prompts, the statement list and the answer; the rest is article.
RESERVED_TOKENS = 1700
#: English news runs ~4.2 characters a token with Qwen's tokenizer; 3.2 leaves a margin.
CHARS_PER_TOKEN = 3.2
MIN_PART_CHARS = 1500


def part_chars(context_tokens: int) -> int:
    """Characters of article that fit one call beside the prompts and the answer."""
    return max(MIN_PART_CHARS, int((context_tokens - RESERVED_TOKENS) * CHARS_PER_TOKEN))


def split_for_context(text: str, sents: list[Sentence], limit: int) -> list[tuple[int, int]]:
    """`[start, end)` parts of at most `limit` characters, cut between paragraphs where
    possible, else between sentences; one part when the article fits."""
    if len(text) <= limit:
        return [(0, len(text))]
    units: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        if line.end() - line.start() <= limit:
            units.append((line.start(), line.end()))
            continue
        for sent in sents:  # a paragraph too long on its own: cut between its sentences
            if line.start() <= sent.start < line.end():
                units += [(a, min(a + limit, sent.end)) for a in range(sent.start, sent.end, limit)]
    # Even parts: as many as the limit requires, each about the same size.
    count = math.ceil(len(text) / limit)
    target = math.ceil(len(text) / count)
    parts: list[tuple[int, int]] = []
    lo, hi = units[0]
    for a, b in units[1:]:
        if b - lo > limit or (b - lo > target and len(parts) < count - 1):
            parts.append((lo, hi))
            lo = a
        hi = b
    parts.append((lo, hi))
    return parts


def model_view(text: str, sents: list[Sentence], lo: int, hi: int) -> str:
    """What the model reads of `text[lo:hi]`: text addressed to a model replaced by a marker."""
    inside = [x for x in sents if lo <= x.start < hi]
    part = text[lo:hi]
    if not any(x.instructions for x in inside):
        return part
    shifted = [
        Sentence(x.start - lo, x.end - lo, x.text, x.boilerplate, x.instructions) for x in inside
    ]
    return without_instructions(part, shifted)


def halves(text: str, sents: list[Sentence], lo: int, hi: int) -> list[tuple[int, int]]:
    """`text[lo:hi]` cut in two between paragraphs or sentences (article offsets); one part
    when it cannot be cut, or is too short to."""
    inside = [
        Sentence(x.start - lo, x.end - lo, x.text, x.boilerplate, x.instructions)
        for x in sents
        if lo <= x.start and x.end <= hi
    ]
    cut = split_for_context(text[lo:hi], inside, (hi - lo + 1) // 2 + 1)
    if len(cut) < 2 or hi - lo < MIN_PART_CHARS:
        return [(lo, hi)]
    return [(lo + a, lo + b) for a, b in cut]


def overlaps(span: tuple[int, int], fenced: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in fenced)
