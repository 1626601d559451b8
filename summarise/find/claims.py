"""Checking what the model writes against the article: no number and no name it does not give.

Title, summary, stances and questions are the model's own words. Code cannot check their
meaning, but it can check their facts: every number must be one the article gives (as
parsed values: "half a million" is 500,000, "2m" is 2,000,000; units aside), and every
person, organisation or place the sentence names must be named in the article. A sentence
that fails is dropped with a warning, so an answer steered by text in the article (or a
model's slip) can at worst add words without facts.
"""

from __future__ import annotations

import re

from summarise.find.grammar import parse
from summarise.find.names import fold
from summarise.find.quantities import find_quantities
from summarise.find.text import sentences
from summarise.schemas import Quantity

#: Entities a sentence must not name unless the article does.
_NAMED = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"])
#: Relative tolerance when matching a number to the article's (rounding in a summary).
_TOLERANCE = 0.005


def article_facts(text: str, quantities: list[Quantity]) -> tuple[list[float], set[str]]:
    """The values the article gives (each of its `quantities`' value and bounds, as code
    found them for its figures) and its folded words."""
    values: list[float] = []
    for q in quantities:
        values += [v for v in (q.value, q.low, q.high) if v is not None]
    values += [float(n) for n in re.findall(r"\b\d{1,3}\b", text)]  # ages, dates, scores
    words = set(re.findall(r"\w+", fold(text)))
    return values, words


def unsupported(sentence: str, values: list[float], words: set[str]) -> str | None:
    """Why `sentence` states something the article does not give, or None."""
    for q, _ in find_quantities(sentence):
        # the number stated; a bare range ("between 10 and 20") states its ends
        ends = (q.value,) if q.value is not None else (q.low, q.high)
        stated = [v for v in ends if v is not None]
        if stated and not any(_near(v, known) for v in stated for known in values):
            return f"states {q.number!r}, a number the article does not give"
    for ent in parse(sentence).ents:
        if ent.label_ not in _NAMED:
            continue
        missing = [w for w in re.findall(r"\w+", fold(ent.text)) if len(w) > 2 and w not in words]
        if missing:
            return f"names {ent.text!r}, whom the article does not name"
    return None


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(abs(a), abs(b), 1.0)


def checked_text(
    text: str, what: str, facts: tuple[list[float], set[str]]
) -> tuple[str, list[str]]:
    """`text` (a summary) without its sentences that fail `unsupported`, and a warning for
    each sentence dropped."""
    values, words = facts
    kept, warnings = [], []
    for s in sentences(text):
        reason = unsupported(s.text, values, words)
        if reason is None:
            kept.append(s.text)
        else:
            warnings.append(f"{what} sentence {s.text!r} {reason}; dropped")
    return " ".join(kept), warnings
