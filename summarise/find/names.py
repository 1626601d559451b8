"""Actor names: folding spellings together and finding the fullest form an article uses."""

from __future__ import annotations

import re

from summarise.find import lexicon
from summarise.find.lexicon import fold as fold  # where callers have always found it

#: Words that stand before a name as a title, rank or role, not as part of it (data/titles.tsv).
TITLE_WORDS = lexicon.words("titles")


#: Words an organisation's or a place's initials skip: "Democratic Republic of the Congo"
#: is "DRC".
_JOINERS = frozenset(["of", "for", "and", "the", "on", "in", "&"])


def initials(name: str) -> str:
    """'Syrian Democratic Forces' -> 'SDF' (joining words aside)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _JOINERS]
    return "".join(w[0] for w in words).upper()


def is_nationality(word: str) -> bool:
    """A nationality adjective: the country data's ("Syrian") or one it lacks ("US", "Kurdish",
    data/demonyms.tsv)."""
    from summarise.find.places import is_demonym  # places reads `fold` from here

    return fold(word) in lexicon.words("demonyms") or is_demonym(word)


#: Titles that stand before a full name only: "Lady Michelle Obama" (of "First Lady…"), but
#: "Lady Gaga" is a name.
TITLES_BEFORE_FULL_NAMES = frozenset(["lady", "first"])

_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"


def strip_titles(name: str) -> str:
    """'Turkish Foreign Minister Mevlüt Çavuşoğlu' -> 'Mevlüt Çavuşoğlu'."""
    tokens = name.split()
    while len(tokens) > 1 and (
        fold(tokens[0]) in TITLE_WORDS
        or is_nationality(tokens[0])
        or (fold(tokens[0]) in TITLES_BEFORE_FULL_NAMES and len(tokens) > 2)
    ):
        tokens.pop(0)
    return " ".join(tokens)


def fullest_person_name(text: str, name: str, stop: frozenset[str] = frozenset()) -> str:
    """The longest form of a person's name the article uses: 'Lavrov' -> 'Sergey Lavrov'.

    Looks at every run of capitalised words that ends with the name's last word, drops titles
    and nationality adjectives in front, and keeps at most three words before the surname.
    `stop` holds folded words that end the search leftwards (names of places and bodies).
    """
    bare = strip_titles(name.strip())
    last = bare.split()[-1] if bare else name
    best = bare
    pattern = re.compile(rf"((?:{_CAP_WORD}\s+){{0,6}})({re.escape(last)})\b")
    for m in pattern.finditer(text):
        words = m.group(1).split()
        given: list[str] = []
        for w in reversed(words):
            if (
                fold(w) in TITLE_WORDS | stop
                or is_nationality(w)
                or w.endswith((".", ","))
                or len(given) == 3
            ):
                break
            given.insert(0, w)
        # A given name is only ever written before another name; "Syria" in "Envoy on
        # Syria Alexander Lavrentiev" also stands alone elsewhere, so it is not one.
        while given and re.search(rf"\b{re.escape(given[0])}\b(?!\s+{_CAP_WORD})", text):
            given.pop(0)
        candidate = " ".join([*given, m.group(2)])
        if len(candidate.split()) > len(best.split()) and fold(bare) in fold(candidate):
            best = candidate
    return best


#: Photo agencies: a name next to one is a credit, not an actor; a number after one is a
#: gallery counter, not a figure (`quantities`).
AGENCIES = lexicon.pattern("agencies")  # data/agencies.tsv

AGENCY = re.compile(rf"^(?:{AGENCIES})$", re.IGNORECASE)
_CREDIT_BEFORE = re.compile(
    rf"(?:\(\s*Photo\s*:|Photo\s*:|Picture\s*:|Credit\s*:|Image\s+copyright|"
    rf"(?:{AGENCIES})\s*(?:/|:)?)\s*$",
    re.IGNORECASE,
)
_CREDIT_AFTER = re.compile(rf"^\s*/\s*(?:[\w .-]+\s+via\s+)?(?:{AGENCIES})\b", re.IGNORECASE)


def is_credit(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) stands in a photo credit: "(Paulo Whitaker/Pool via
    AP)", "Getty Images", "Image copyright The Paper", "PA Sam Smith"."""
    name = text[start:end]
    if AGENCY.match(name.strip()):
        return True
    return bool(
        _CREDIT_BEFORE.search(text[max(0, start - 40) : start])
        or _CREDIT_AFTER.match(text[end : end + 60])
    )


def has_proper_name(name: str) -> bool:
    """A name, not a description: some word other than a first "The" is capitalised
    ("Sara Khan", "the UN"), unlike "rescuers" or "local volunteers"."""
    words = [w for w in name.split() if w.lower() not in ("the", "a", "an")]
    return any(w[:1].isupper() for w in words)


_BYLINE = re.compile(
    r"^[ \t]*(?:By|BY|Written[ \t]+by|Words[ \t]+by)[ \t]+"
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+(?:[A-Z][\w'’.-]+|de|da|van|von|al|bin|el)){1,3})"
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})?[ \t]*(?:[,|–-].*)?$",
    re.MULTILINE,
)
#: How far into the article a byline may stand (headline, standfirst, dateline first).
BYLINE_WITHIN_LINES = 6


def find_author(text: str) -> tuple[int, int] | None:
    """[start, end) of the author's name in a byline near the top ("By Ayhan Simsek")."""
    head_end = 0
    for _ in range(BYLINE_WITHIN_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    m = _BYLINE.search(text, 0, head_end)
    return (m.start("name"), m.end("name")) if m else None
