"""Countries, their capitals, demonyms and provinces (from `countryinfo`), folded for lookup.

Used to resolve a government named by its capital ("Moscow", "Ankara") or by its adjective
("the Syrian regime") to the country, and to recognise places in a figure's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import NamedTuple

import countryinfo

from summarise.find.grammar import (
    NAME_RUNS_ON,
    PROPER_NAME,
    without_dateline,
    without_where_said,
)
from summarise.find.names import fold, initials

#: Seats of government that are not capitals in the data, and common short forms.
_EXTRA_ALIASES = {
    "kremlin": "Russia",
    "the kremlin": "Russia",
    "white house": "United States",
    "pentagon": "United States",
    "washington": "United States",
    "us": "United States",
    "u s": "United States",
    "usa": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "turkiye": "Turkey",
}
#: Provinces by the short forms their country's news writes for them, where the short form
#: names nothing else ("NSW" is New South Wales; not "WA", Washington or Western Australia).
_PROVINCE_SHORT = {
    "nsw": "new south wales",
    "qld": "queensland",
    "kzn": "kwazulu natal",
    "nrw": "nordrhein westfalen",
    "b c": "british columbia",
    "j k": "jammu and kashmir",
}


def _place_key(name: str) -> str:
    """A place's name as the country data keys it: folded, a province's short form read as
    its name ("NSW": "new south wales")."""
    key = fold(name)
    return _PROVINCE_SHORT.get(key, key)


_SEATS = ("kremlin", "white house", "pentagon", "washington", "downing street", "elysee")
#: Capitalised words that are some province's name but, alone, name nothing in a news text.
#: Nations within a state that the country data does not list as its provinces: "England"
#: is a part of the United Kingdom, not a town.
_EXTRA_PROVINCES = {
    "England": "United Kingdom",
    "Scotland": "United Kingdom",
    "Wales": "United Kingdom",
    "Northern Ireland": "United Kingdom",
}
#: Words that may stand before a place inside one capitalised run and leave it that place:
#: a sentence's opening word ("In Idlib"), a compass word ("Northern Kenya"). Any other
#: capitalised word makes it part of a longer name: "Sangamon Creek County" is no "Creek".
_BEFORE_A_PLACE = frozenset(
    """in at on the from to across near outside inside of for and but as after before during
    while when where a an by with""".split()
)
_GENERIC = frozenset(
    """eastern western northern southern central north south east west capital centre center
    coast island islands border""".split()
)
#: Capitalised words that may follow a place and keep it a place ("Idlib Province").
_GEOGRAPHIC = frozenset(
    """province provinces region city county district state governorate village town
    valley river mountains airport border""".split()
)
#: A place naming a clock's zone: "UK time", "Moscow time".
_ZONE_AFTER = re.compile(r"\s+time\b")
#: A craft or vehicle a place's name names, right after it: "its Aurora rocket", "the
#: Lusitania liner": a name, not where the figure is.
_CRAFT_AFTER = re.compile(
    r"\s+(?:rocket|launcher|spacecraft|probe|satellite|capsule|lander|rover|telescope|"
    r"liner|ship|vessel|tanker|ferry|frigate|submarine|locomotive)s?\b"
)
#: A feature of a place, right after the capitalised words that name it: "Madrid's Retiro
#: park", "Kenya's Rift Valley region".
_FEATURE_AFTER = re.compile(
    r"^\s+(?:park|airport|station|stadium|square|district|region|province|county|port|"
    r"harbour|harbor|coast|beach|island|lake|river|valley|quarter|neighbourhood|"
    r"neighborhood|suburb|borough|state|city|town|village)\b",
    re.IGNORECASE,
)
#: Words that make a demonym or capital name a government: "Syrian regime", "Moscow's forces".
_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(?P<who>.+?)(?:'s|’s)?\s+(?:regime|government|administration|authorities|"
    r"forces|army|military|troops|side|officials|leadership|state)$",
    re.IGNORECASE,
)


class _Gazetteer(NamedTuple):
    aliases: dict[str, str]  # folded name, alt spelling, capital or demonym -> country
    provinces: dict[str, str]  # folded province -> country
    demonyms: frozenset[str]  # folded adjectives ("syrian"): never a place on their own
    seats: frozenset[str]  # folded capitals and seats of government ("moscow", "kremlin")


@lru_cache(maxsize=1)
def _tables() -> _Gazetteer:
    """The country data, folded for lookup, read once."""
    aliases: dict[str, str] = {}
    provinces: dict[str, str] = {}
    demonyms: set[str] = set()
    seats: set[str] = {fold(a) for a in _SEATS}
    for c in countryinfo.all_countries():
        info = c.info()
        name = str(info.get("name", "")).strip()
        if not name:
            continue
        name = name[:1].upper() + name[1:]
        demonym = fold(str(info.get("demonym") or ""))
        if demonym:
            demonyms.add(demonym)
        if len(fold(str(info.get("capital") or ""))) > 2:
            seats.add(fold(str(info.get("capital"))))
        for alias in [
            name,
            *(info.get("altSpellings") or []),
            info.get("capital") or "",
            info.get("demonym") or "",
            info.get("nativeName") or "",
        ]:
            key = fold(str(alias))
            if len(key) > 2:
                aliases.setdefault(key, name)
        for prov in info.get("provinces") or []:
            key = fold(str(prov))
            if len(key) > 2:
                provinces.setdefault(key, name)
    for alias, country in _EXTRA_ALIASES.items():
        aliases[fold(alias)] = country
    for prov, country in _EXTRA_PROVINCES.items():
        provinces.setdefault(fold(prov), country)
    return _Gazetteer(aliases, provinces, frozenset(demonyms), frozenset(seats))


def country_of(name: str) -> str | None:
    """The country a name stands for: itself, its capital, or its government by adjective."""
    aliases = _tables().aliases
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    if key in aliases:
        return aliases[key]
    m = _GOVERNMENT.match(name.strip())
    if m:
        who = fold(m.group("who"))
        return aliases.get(who)
    return None


@lru_cache(maxsize=1)
def country_names() -> tuple[str, ...]:
    """Every country's name and alternative spellings as written ("Turkey", "Russian
    Federation"), for the parse to find states its tagger missed."""
    names: set[str] = set()
    for c in countryinfo.all_countries():
        info = c.info()
        for n in [info.get("name") or "", *(info.get("altSpellings") or [])]:
            n = str(n).strip()
            if len(n) > 3 and n[:1].isupper() and not n.isupper():
                names.add(n)
    return tuple(sorted(names))


def is_seat(name: str) -> bool:
    """A capital or seat of government ("Moscow", "the Kremlin"): the state where the text has
    it act ("Moscow will do everything"), a place where things happen ("talks in Moscow")."""
    key = fold(name)
    return (key[4:] if key.startswith("the ") else key) in _tables().seats


def is_demonym(name: str) -> bool:
    """A nationality adjective ("Syrian"), which names a state only before a government noun."""
    return fold(name) in _tables().demonyms


#: (country, province, locality): what the country data knows of a place, and the name of
#: a place it does not know (a town, a village, an island) as the text gives it.
Levels = tuple[str | None, str | None, str | None]


#: Countries whose provinces English news names more often than the countries or capitals of
#: the same name elsewhere ("Georgia", "Victoria", "Plymouth").
_PROVINCES_FIRST = frozenset(["United States", "United Kingdom", "Australia", "Canada"])


def place_levels(place: str) -> Levels:
    """The levels of a place as a figure gives it, one name or names from finest to coarsest
    ("Palaio Dasos, Greece"): ("China", "hebei", None) for Hebei, ("China", None, None) for
    China or Beijing, (None, None, "palaio dasos") for a place the data does not know."""
    tables = _tables()
    parts = [p for p in place.split(",") if p.strip()]
    own = place_levels(parts[0]) if len(parts) > 1 else None
    if own is not None and own[0] is not None and not _country_only(own):
        # "Hamilton, Ontario", "Paris, Texas": a town of the region's country, whatever
        # else its name may be (Bermuda's capital, France's); "Hebei, China" is read as is
        region = place_levels(",".join(parts[1:]))
        if region[0] is not None and own[0] != region[0]:
            return region[0], region[1], fold(parts[0])
    country: str | None = None
    province: str | None = None
    locality: str | None = None
    for part in parts:
        held = _holder_of_facility(part)
        if held is None:
            continue  # "the High Court": a building, no place to compare
        key = _place_key(part := held)
        other = country_of(part) if key in tables.provinces else None
        if (
            other is not None
            and other != tables.provinces[key]
            and (tables.provinces[key] not in _PROVINCES_FIRST)
        ):
            # a country or a capital of one that is also a province's name elsewhere: the
            # country ("Niger", not Nigeria's Niger State; "Madrid", not a South Sudanese
            # province), but a state of an English-writing country keeps its reading
            # ("Georgia", "Victoria"), as English news means it
            country = country or other
            if key in tables.seats and key != fold(other) and locality is None:
                locality = key  # a capital is a city in its country: "Madrid" is not Seville
        elif key in tables.provinces:
            province = province or key
            country = country or tables.provinces[key]
        elif (known := country_of(part)) is not None:
            country = country or known
            if key in tables.seats and key != fold(known) and locality is None:
                locality = key  # a capital is a city in its country: "Madrid" is not Seville
        elif locality is None and country is None and province is None:
            locality = key  # the finest name comes first
    return country, province, locality


#: Institutions and facilities a place's name comes before: "Cork Circuit Court" and "the
#: Kerala Assembly" are in Cork and Kerala.
_FACILITIES = frozenset(
    """court courts airport assembly hospital station stadium arena council prison jail gaol
    university college parliament legislature port harbour harbor market terminal""".split()
)


def _holder_of_facility(part: str) -> str | None:
    """A facility's name that opens with a known place ("Cork Circuit Court") is in that
    place; one that names none ("the High Court", "Riverside Stadium") is no place; any other
    name is itself."""
    words = part.split()
    if len(words) < 2 or fold(words[-1]) not in _FACILITIES or _known(part):
        return part
    return next(
        (head for n in range(len(words) - 1, 0, -1) if _known(head := " ".join(words[:n]))),
        None,
    )


def _known(name: str) -> bool:
    return fold(name) in _tables().provinces or country_of(name) is not None


def _same_town(x: str | None, y: str | None) -> bool:
    """One place, where the data knows neither: the same name, one name the start of the
    other ("Toronto Pearson" and "Toronto Pearson International Airport"), or one the other's
    initials ("EU" and "European Union")."""
    if x is None or y is None or x == y or x.startswith(y + " ") or y.startswith(x + " "):
        return True
    return _initialled(x, y) or _initialled(y, x)


def _initialled(short: str, long: str) -> bool:
    """`short` is the initials of `long`, two letters or more (folded)."""
    return len(short) > 1 and initials(long).lower() == short


def is_known_place(name: str) -> bool:
    """The country data knows the place (a country, capital or province)."""
    return place_levels(name)[2] is None


def compatible(a: Levels, b: Levels) -> bool:
    """Two places that may be the same: no level at which both are stated and differ (Hebei
    and China may; Hebei and Shanxi, China and Syria, or two towns the data does not know,
    may not). A town the data does not know and a province it knows, each alone, are two
    places below the country, not one inside the other ("Aleppo" and "Idlib")."""
    if not (
        all(x is None or y is None or x == y for x, y in zip(a[:2], b[:2], strict=True))
        and _same_town(a[2], b[2])
    ):
        return False
    only_province = {i for i, (_, p, t) in enumerate((a, b)) if p is not None and t is None}
    only_town = {i for i, (_, p, t) in enumerate((a, b)) if t is not None and p is None}
    return not (only_province and only_town and only_province != only_town)


def places_in(text: str) -> list[tuple[int, str]]:
    """Known places (countries, capitals, provinces) named in `text`, with their offsets."""
    aliases, provinces, demonyms, _ = _tables()
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"\b[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}", text):
        # "Syria's" names Syria: the possessive is not part of the place.
        words = [
            (w.start(), w.group())
            for w in re.finditer(r"[^\s'’]+", m.group())
            if not (w.group() == "s" and m.group()[w.start() - 1 : w.start()] in "'’")
        ]
        i = 0
        while i < len(words):
            # Longest run first: "East Ghouta" before "East"; "In Idlib" tries "Idlib" too.
            for n in range(len(words) - i, 0, -1):
                phrase = " ".join(w for _, w in words[i : i + n])
                key = _place_key(phrase)
                if key in _GENERIC or key in demonyms:
                    continue
                if key not in provinces and key not in aliases:
                    continue
                rest = [w for _, w in words[i + n :]]
                after = fold(rest[0]) if rest else ""
                known = after in aliases or after in provinces
                end = words[i + n - 1][0] + len(words[i + n - 1][1])
                # "Madrid's Retiro park": a place's possessive before a feature of it is the
                # place; "Norway's Halvorsen" (a company) is not
                owned = re.match(r"['’]s\b", m.group()[end:]) is not None
                feature = _FEATURE_AFTER.match(text[m.end() :])
                owner = owned and feature is not None
                if rest and after not in _GEOGRAPHIC and not known and not owner:
                    # "The Beijing News", "New York Times": a place naming something else
                    i += n - 1
                    break
                # "Niger's Zinder region": a place after a place's possessive is its own
                owned = re.search(r"['’]s\s+$", m.group()[: words[i][0]]) is not None
                inside = (
                    i > 0
                    and not owned
                    and not all(
                        fold(w) in _BEFORE_A_PLACE or fold(w) in _GENERIC for _, w in words[:i]
                    )
                )
                if inside:
                    i += n - 1  # "Sangamon Creek County": a name that holds a place's name
                    break
                if _ZONE_AFTER.match(text, m.start() + end):
                    i += n - 1  # "at 1.52pm UK time": a clock's zone, not where it was
                    break
                if not rest and _CRAFT_AFTER.match(text, m.start() + end):
                    i += n - 1  # "the Aurora rocket": a craft's name
                    break
                if not rest and NAME_RUNS_ON.match(text, m.start() + end):
                    i += n - 1  # "the Bay of Plenty" (not Somalia's Bay): a longer name
                    break
                found.append((m.start() + words[i][0], phrase))
                i += n - 1
                break
            i += 1
    return found


#: A sentence that gives its own scope by a word, not a name: "Nationally, 17 deaths have been
#: recorded", "worldwide", "across the country". It borrows no place from the sentence before.
OWN_SCOPE = re.compile(
    r"\b(?:[Nn]ation(?:wide|ally)|[Cc]ountrywide|[Gg]lobally|[Ww]orldwide)\b|"
    r"\b(?:[Aa]cross|[Tt]hroughout)\s+the\s+(?:country|nation|world|globe)\b"
)


def nearest_place(sentence: str, at: int, skip: Collection[str] = ()) -> str | None:
    """The known place named in `sentence` closest to offset `at`, a province before a
    country: "Idlib province ... held by Syria's rebels" is about Idlib. A wire dateline
    ("LONDON, Feb 26 (Reuters) -") is where the reporter filed from, never the place; nor is
    where a speaker spoke ("told a news conference in Zagreb"); nor a name in `skip`
    (folded: the sides of a match)."""
    clean = without_where_said(_without_origins(without_dateline(sentence)))
    places = [p for p in places_in(clean) if fold(p[1]) not in skip]
    if not places:
        return None
    provinces = _tables().provinces
    specific = [p for p in places if fold(p[1]) in provinces] or places
    offset, place = min(specific, key=lambda p: abs(p[0] - at))
    town = _TOWN_BEFORE.search(clean[:offset])
    if town is not None and not _a_country(town["town"]):
        # "in Hamilton, Ontario": the town in the region, not the region (nor Bermuda's
        # Hamilton); `place_levels` reads the town in the region's country
        return f"{town['town']}, {place}"
    return place


def _a_country(name: str) -> bool:
    """The name is a country's (or one of its aliases: "the UK"), not a town or region."""
    return _country_only(place_levels(name))


def _country_only(levels: Levels) -> bool:
    return levels[0] is not None and levels[1] is None and levels[2] is None


#: A town named before a region it is in: "in Hamilton, Ontario", "near Lyon, France" (after
#: a word of place, so "Meanwhile, Ontario's ..." names no town).
_TOWN_BEFORE = re.compile(
    r"\b(?i:in|at|near|outside|around|from|of)\s+(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r",\s+$"
)


#: Where people come from, listed: "19 crew members, from the Philippines, Ukraine and
#: Greece", "tourists from Spain, Italy and France". Three places at least, or two after a
#: comma: "evacuated from Gaza and Rafah" is where the event was.
_ORIGINS = re.compile(
    rf"(?:,\s*from\s+{PROPER_NAME}(?:\s*,\s*{PROPER_NAME})*|"
    rf"\bfrom\s+{PROPER_NAME}(?:\s*,\s*{PROPER_NAME})+)"
    rf"\s*,?\s+and\s+{PROPER_NAME}"
)


#: Where people who move come from, named after them: "resettle 15,000 refugees from Jordan
#: and Lebanon", "2,400 tourists from Germany" (where they are counted is elsewhere; not
#: "were evacuated from Gaza", whose verb names where the event was).
_MOVERS_FROM = re.compile(
    r"\b(?:refugees|migrants|asylum[\s-]seekers|immigrants|emigrants|evacuees|tourists|"
    r"visitors|holidaymakers|pilgrims|travell?ers|passengers|arrivals|nationals|citizens|"
    r"students|fans|supporters)\s+from\s+(?:(?:the\s+)?(?:camps?|towns?|villages?)\s+in\s+)?"
    rf"(?:the\s+)?{PROPER_NAME}(?:\s*(?:,|and|or)\s+{PROPER_NAME})*"
)


#: A company's home in its name's tail: "Qamar Holdings of Abu Dhabi", "the Bank of England"
#: (where the company is from, not where its deal or figure is).
_COMPANY_OF = re.compile(
    r"\b(?:Holdings|Group|Bank|Corporation|Corp|Company|Ltd|Inc|Capital|Partners|Ventures|"
    rf"Industries|Motors|Airlines?|Airways|Energy|Investments?)\s+of\s+{PROPER_NAME}"
)


#: A bank named by its country: "the Bank of Mexico", "the Reserve Bank of India", "the
#: Central Bank of Nigeria".
_BANK_OF = re.compile(rf"\bBank\s+of\s+(?P<home>{PROPER_NAME})")


def bank_home(sentence: str) -> str | None:
    """The country or place a bank named by it stands for ("the Bank of Mexico cut its key
    rate": Mexico's rate), if the sentence names such a bank and it is a known place."""
    for m in _BANK_OF.finditer(sentence):
        found = places_in(m.group("home"))
        if found:
            return found[0][1]
    return None


def names_a_home(sentence: str) -> bool:
    """The sentence names a known place as a company's or a bank's home ("the Bank of
    Mexico cut its key rate"): it tells whose figure it is, so it borrows no place from the
    sentence before (in a round-up, that one is often about another country)."""
    return any(places_in(m.group(0)) for m in _COMPANY_OF.finditer(sentence))


def _without_origins(sentence: str) -> str:
    """`sentence` with a list of the places people come from, the place movers are from, and
    a company's home in its name, blanked (offsets kept)."""
    blank = _ORIGINS.sub(lambda m: " " * len(m.group(0)), sentence)
    blank = _MOVERS_FROM.sub(lambda m: " " * len(m.group(0)), blank)
    return _COMPANY_OF.sub(lambda m: " " * len(m.group(0)), blank)
