"""Is this the same person? One rule, for the mentions of one article (`actors`), the
speakers it resolves (`speakers`) and the actors of a corpus (`corpus.reconcile`).

Two names are one person when their surnames agree (folded: case, accents and punctuation
aside) and their given names do not disagree: one has none ("Lavrov"), or each given name
of the shorter list matches the other's in order, as the same word, an initial ("S.
Lavrov"), or the same name in another transliteration ("Sergey"/"Sergei",
"Aleksandr"/"Alexander"). Roles and honorifics that tell two people of one surname apart
("Mr Obama", "Lady Michelle Obama") are the article's to weigh (`actors`): a name alone
cannot say it.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from summarise.find.lexicon import fold
from summarise.find.names import strip_titles

#: Two spellings of a given name are one name at this similarity (0-100) once spelled
#: alike (`_spelled_alike`): "aleksandr"/"alexander" are, "michael"/"michelle" are not.
GIVEN_NAME_SIMILARITY = 90

#: Letters transliterations write differently for one sound.
_SPELLINGS = (("ph", "f"), ("x", "ks"), ("y", "i"), ("k", "c"), ("w", "v"), ("j", "i"))


def name_parts(name: str) -> tuple[str, list[str]]:
    """(surname, given names), folded, titles dropped: 'Foreign Minister Sergey Lavrov' ->
    ('lavrov', ['sergey'])."""
    words = fold(strip_titles(name)).split()
    return (words[-1], words[:-1]) if words else ("", [])


def same_given_names(a: str | list[str], b: str | list[str]) -> bool:
    """Given names that do not disagree: the shorter list is the start or the end of the
    longer, word for word, each the same word, an initial or a transliteration ("Hillary"
    and "Hillary Rodham", "Tayyip" and "Recep Tayyip", "S" and "Sergey", "Sergei" and
    "Sergey"); no given name matches any."""
    x = a.split() if isinstance(a, str) else a
    y = b.split() if isinstance(b, str) else b
    if len(x) > len(y):
        x, y = y, x
    return all(_same_word(p, q) for p, q in zip(x, y[: len(x)], strict=True)) or all(
        _same_word(p, q) for p, q in zip(x, y[len(y) - len(x) :], strict=True)
    )


def same_person(a: str, b: str) -> bool:
    """Two names of one person, by the names alone: 'Sergey Lavrov', 'Sergei Lavrov',
    'Lavrov' and 'S. Lavrov' are; 'Bashar Assad' and 'Hafez Assad' are not."""
    surname_a, given_a = name_parts(a)
    surname_b, given_b = name_parts(b)
    return bool(surname_a) and surname_a == surname_b and same_given_names(given_a, given_b)


def names_alone(word: str, full: str) -> bool:
    """A name written as one word is the first or last word of a full name ("Hillary" of
    "Hillary Clinton", "O'Brien" of "Pat O'Brien")."""
    key, words = fold(word), fold(strip_titles(full)).split()
    return len(words) > 1 and key in (words[0], words[-1])


def _same_word(p: str, q: str) -> bool:
    if p == q or (len(p) == 1 and q.startswith(p)) or (len(q) == 1 and p.startswith(q)):
        return True
    s, t = _spelled_alike(p), _spelled_alike(q)
    return s == t or (s[:1] == t[:1] and fuzz.ratio(s, t) >= GIVEN_NAME_SIMILARITY)


def _spelled_alike(word: str) -> str:
    for a, b in _SPELLINGS:
        word = word.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", word)  # doubled letters once
