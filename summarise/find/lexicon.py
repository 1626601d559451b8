"""Word lists the rules read, kept as data: `summarise/find/data/*.tsv`, one entry a line
with the reason it is there.

A list holds instances where no rule of the language would do (which outlets are the
press, which words stand before a name as a title); each file says what its entries are
for. Lines starting with "#" are notes; columns are separated by tabs; the last column is
the entry's reason.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources


def fold(name: str) -> str:
    """Case-, diacritic- and punctuation-insensitive form: 'Çavuşoğlu' -> 'cavusoglu'."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[^\w]+", " ", plain).strip()


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `data/<name>.tsv` (without the reason column), in file order."""
    text = resources.files("summarise.find").joinpath("data", f"{name}.tsv").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        out.append(tuple(c.strip() for c in cells[:-1]) if len(cells) > 1 else (cells[0],))
    return tuple(out)


@cache
def words(name: str, kind: str | None = None) -> frozenset[str]:
    """The folded entries of `data/<name>.tsv`: of one kind (second column) if given."""
    return frozenset(
        fold(r[0]) for r in rows(name) if kind is None or (len(r) > 1 and r[1] == kind)
    )


def pattern(name: str) -> str:
    """The entries of `data/<name>.tsv` as one regular-expression alternation, longest first,
    spaces matching any run of space and a short (all-capital) entry starting a word."""
    entries = sorted((r[0] for r in rows(name)), key=len, reverse=True)
    parts = []
    for e in entries:
        p = r"\s+".join(re.escape(w) for w in e.split())
        parts.append(rf"\b{p}" if len(e) <= 4 else p)
    return "|".join(parts)


def is_press(name: str) -> bool:
    """A news outlet, wire service or platform ("the Associated Press", "BBC News")."""
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    return key in words("press")
