"""Actor names: folding spellings together and finding the fullest form an article uses."""

from __future__ import annotations

import re

from summarise.find import lexicon
from summarise.find.lexicon import fold as fold  # where callers have always found it

#: Words that stand before a name as a title, rank or role, not as part of it (data/titles.tsv).
TITLE_WORDS = lexicon.words("titles")


#: Words before a surname that are no first name: titles, articles, kin and the like, and
#: "said" ("said Holm").
NOT_FIRST_NAMES = TITLE_WORDS | frozenset(
    "the a an his her their this that said professor prof dr mr mrs ms miss sir dame lord lady "
    "father mother brother sister son daughter uncle aunt teenager veteran qualifier "
    "champion rookie captain coach".split()
)


#: Nouns only a person is, which "the 63-year-old ..." may call one the article named: the
#: roles and offices written before names (`data/titles.tsv`), and more ways news calls one.
_PEOPLE_BY_ROLE = (
    lexicon.words("titles", "role")
    | lexicon.words("titles", "title")
    | frozenset(
        """man woman boy girl mother father grandmother grandfather great-grandmother
        great-grandfather widow widower pensioner retiree centenarian veteran patient survivor
        victim winner founder economist engineer scientist researcher biologist physicist
        chemist astronaut artist athlete player runner climber hiker walker swimmer cyclist
        sailor skipper fisherman farmer teacher nurse doctor surgeon pilot worker owner
        resident student candidate incumbent defendant suspect entrepreneur businessman
        businesswoman journalist photographer writer musician composer conductor dancer
        actor actress director producer designer architect lawyer banker official
        firefighter officer soldier volunteer campaigner activist jockey boxer poet painter
        singer sculptor playwright author broadcaster presenter footballer cricketer golfer
        rapper filmmaker""".split()
    )
)


def is_person_noun(noun: str | None) -> bool:
    """Whether a noun (its last word) names only a person: one of `_PEOPLE_BY_ROLE`, or a
    word of a person's trade or state by its ending ("economist", "accountant", "student",
    "librarian"), not a thing's ("event", "plant", "median")."""
    word = (noun or "").split()[-1:]
    if not word:
        return False
    last = word[0]
    if last in _PEOPLE_BY_ROLE:
        return True
    return (
        last.endswith(("ist", "ian", "ant", "ent"))
        and not last.endswith("ment")
        and last not in _THINGS_LIKE_PEOPLE
    )


#: Words with a person's ending that name things.
_THINGS_LIKE_PEOPLE = frozenset(
    "event plant restaurant variant median list twist giant percent cent scent extent content "
    "talent current incident accident patent tangent rodent solvent agent".split()
)


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
