"""Figures two articles tell beside one shared figure.

A sentence that tells a change gives up to three numbers of one quantity: where it started
("up from 2,100 on Monday", "twice the 12 tonnes its predecessor could carry"), by how much
it moved ("fell by 410", "down 11%", "an increase of 375 lei") and where it stands ("to
3,640", "rose to 3,400"). Two articles that give the same number in one of these roles
("to 3,640" and "to 3,640") tell one quantity, whatever nouns each uses; their numbers in
another role ("by 410", "by 140") must then agree. Code reads the roles from the words at
each number; the shared number is the anchor, and what it pairs is set against each other
by `compare`.

An anchor must be specific: a number of at least two significant digits ("3,640", "27.2
million", "48mm"), not a small count ("six") or a common change of two digits ("up 14%"),
which two different quantities share by chance.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from summarise.corpus.pairing import MAX_RATIO, number_in_quote
from summarise.find.quantities import (
    AGE_UNIT,
    CLOCK_UNIT,
    ORDINAL_UNIT,
    SCORE_UNIT,
    dimension,
    in_base_unit,
)
from summarise.schemas import Claim

Role = Literal["from", "change", "level"]
_ROLES: tuple[Role, ...] = ("from", "change", "level")

#: The value a change started from, or the one a level is set against, told before it: "up
#: from", "rose to 5.8% from", "twice the", "three times the", "more than double the", "well
#: above the", "compared with an average for the month of", "ahead of the", "beating the
#: town's previous record of". A bare "more than 500" is a bound, not a comparison: the words
#: of a comparison need a determiner ("more than the 40 of last year").
_FROM_BEFORE = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|grew|climbed|dropped|jumped|increased|"
    r"decreased|declined|unchanged)\s+from\s+"
    # "up from a low of 2,950", "down from a record 4,100"
    r"(?:(?:the|an?|its)\s+(?:[\w'’-]+\s+){0,2}?(?:of\s+)?)?"
    r"|\bto\s+[^,;]{0,25}\d[^,;]{0,40}\bfrom\s+(?:the\s+|an?\s+|its\s+)?"
    r"|\b(?:twice|double|triple|treble|half|(?:two|three|four|five|ten)\s+times|"
    r"(?:more|less|fewer|higher|lower|bigger|smaller)\s+than|above|below|ahead\s+of|"
    r"beating|beat|surpassing|compared\s+(?:with|to)|against|versus)\s+"
    r"(?:the|its|their|an?|last\s+year's|this\s+year's)\s+"
    # (not a change's own words: "by half a percentage point to 9.25%")
    r"(?:(?!(?:to|by|at)\b)[\w'’-]+\s+){0,4}?(?:of\s+)?"
    r"|\b(?:compared\s+(?:with|to)|against|versus)\s+)$",
    re.IGNORECASE,
)
#: A change told before its number: "fell 18%", "rose by 275 lei", "up 22%", "down 11%",
#: "an increase of 375 lei", "a drop of 40%", "a reduction of 120,000 hours", "shaving".
#: Wider than `compare._CHANGE_BEFORE` (a bare "by", "gained", "shed"), which splits every
#: figure of a group into changes and levels: here only sentences that also give another
#: role are read. (Using this one there cost 18 read and 9 unread flags, measured.)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:r[oi]se[ns]?|rising|f[ae]ll(?:s|en|ing)?|increas\w*|decreas\w*|dropp?\w*|"
    r"gr[oe]w[ns]?|growing|climb\w*|jump\w*|declin\w*|slipp?\w*|surg\w*|soar\w*|"
    r"shr[aiu]nk\w*|cut|reduc\w*|gain\w*|los[te]s?|losing|shed\w*|add(?:s|ed|ing)?|"
    r"tumbl\w*|slump\w*|went\s+(?:up|down)|up|down)(?:\s+by)?"
    r"|\b(?:increase|rise|fall|drop|decline|decrease|jump|reduction|cut|gain|loss)\s+of"
    r"|\bshaving|\bby)\s+(?:(?:about|around|some|nearly|almost|roughly|just|only|a\s+further|"
    r"another)\s+)?$",
    re.IGNORECASE,
)
#: A change told after its number: "2,600 more than the year before", "22% more than in
#: 2025", "7% down on the same quarter", "3 points lower than".
_CHANGE_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent|percentage\s+points?|points?)?\s*"
    r"(?:more|fewer|less|higher|lower|up|down)\s+(?:than|on|from)\b",
    re.IGNORECASE,
)
#: What a "by" after a verb of change measures: not a margin of a vote nor a lead.
_NOT_A_CHANGE_BY = re.compile(
    r"\b(?:won|win|wins|beat|beats|lead|leads|led|trail\w*|ahead|behind|defeated)\b[^.;]{0,30}$",
    re.IGNORECASE,
)

#: Units of figures no change is told of here: a result, a time, a place, an age.
_NOT_CHANGED = frozenset([SCORE_UNIT, CLOCK_UNIT, ORDINAL_UNIT, AGE_UNIT])

#: How far two figures paired by an anchor may be apart: a report of one quantity and a
#: slip in another's is rarely more than this; two different quantities often are.
MAX_ANCHORED_RATIO = 5.0
#: Significant digits an anchor needs: "3,640" and "27.2 million" say one quantity; "six"
#: and "14%" are shared by chance.
ANCHOR_DIGITS = 2


def role(c: Claim) -> Role | None:
    """The part a figure would play in a sentence that tells a change: where it started, the
    change, or where it stands (any other figure); None for a range without a value or a
    result, a time, a place or an age. Only sentences with a start or a change are read
    (`anchored`)."""
    if c.value is None or c.unit in _NOT_CHANGED:
        return None
    a, b = number_in_quote(c)
    before, after = c.quote[max(0, a - 90) : a], c.quote[b:]
    if _FROM_BEFORE.search(before):
        return "from"
    if _CHANGE_AFTER.match(after):
        return "change"
    if _CHANGE_BEFORE.search(before) and not _NOT_A_CHANGE_BY.search(before):
        return "change"
    return "level"


def digits(c: Claim) -> int:
    """The significant digits of a claim's value: 3,640 has 3, 27.2 million 3, 2,100 2."""
    text = f"{abs(c.value or 0.0):.6g}".split("e")[0].replace(".", "")
    return len(text.strip("0"))


@dataclass(frozen=True)
class Anchored:
    """Two figures of different articles set against each other by an anchor: each one's
    sentence gives the same number in another role (`anchor`, `anchor_other`)."""

    one: Claim
    other: Claim
    role: Role
    anchor: Claim
    anchor_other: Claim
    anchor_role: Role

    def note(self) -> str:
        roles = {"from": "the value it started from", "change": "the change", "level": "the level"}
        return (
            f"both sentences give {roles[self.anchor_role]} as '{self.anchor.number}' "
            f"({self.anchor.source}) and '{self.anchor_other.number}' "
            f"({self.anchor_other.source}): one quantity, so {roles[self.role]} must agree"
        )


def anchored(claims: list[Claim], agree: Callable[[Claim, Claim], bool]) -> list[Anchored]:
    """Pairs of figures of different articles whose sentences share an anchor and which
    `agree` says cannot both hold: in each pair of sentences of a change, per role and unit,
    the one figure each side has left when their agreeing figures are taken out. Sentences
    meet through their anchors' values (an index), never all against all."""
    sentences: dict[tuple[str, str], list[tuple[Role, Claim]]] = defaultdict(list)
    for c in claims:
        r = role(c)
        if r is not None:
            sentences[(c.source, c.quote)].append((r, c))
    # only sentences that tell a change: a figure in another role than the level
    told = {k: v for k, v in sentences.items() if any(r != "level" for r, _ in v)}
    units = {key: u for roled in told.values() for key, u in _units(roled).items()}
    index: dict[tuple[Role, str, float], list[tuple[tuple[str, str], Claim]]] = defaultdict(list)
    for key, roled in told.items():
        for r, c in roled:
            if _specific(r, c, units[id(c)]):
                index[(r, _scale(units[id(c)]), _rounded(c, units[id(c)]))].append((key, c))
    out: list[Anchored] = []
    seen: set[frozenset[int]] = set()
    for (anchor_role, _, _), held in index.items():
        for i, (one_key, anchor) in enumerate(held):
            for other_key, anchor_other in held[i + 1 :]:
                if one_key[0] == other_key[0]:
                    continue
                for r in _ROLES:
                    if r == anchor_role:
                        continue
                    for x, y in _left_over(told[one_key], told[other_key], r, units, agree):
                        if not (_one_clause(x, anchor) and _one_clause(y, anchor_other)):
                            continue  # "fell 6 points to 3.04%, and the index rose 1.2%"
                        if frozenset((id(x), id(y))) not in seen:
                            seen.add(frozenset((id(x), id(y))))
                            out.append(Anchored(x, y, r, anchor, anchor_other, anchor_role))
    return out


#: Words that open another clause of a sentence, with its own subject: what stands beyond
#: them is not told of the anchor ("the yield fell 6 points to 3.04%, and the index rose").
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\b|;|\s(?:and|while|whereas)\s+the\b", re.I)


def _one_clause(c: Claim, anchor: Claim) -> bool:
    """The figure and its anchor stand in one clause of their sentence."""
    (a, b), (x, y) = number_in_quote(c), number_in_quote(anchor)
    between = c.quote[min(b, y) : max(a, x)]
    return _NEW_CLAUSE.search(between) is None


def _units(roled: list[tuple[Role, Claim]]) -> dict[int, str]:
    """Each claim's unit as its sentence gives it ("" for a count): a bare number in the role
    of a change or an earlier value takes the one unit its sentence's levels have ("burned
    18,500 hectares, up from 8,200 on Monday": 8,200 hectares), unless a bare level of its
    size stands beside it ("a magnitude 5.9 quake ... rose to 3,400, up from 2,100": a count)."""
    measured = {c.unit for r, c in roled if r == "level" and c.unit not in (None, "%")}
    borrowed = next(iter(measured)) if len(measured) == 1 else None
    bare = [c.value or 0.0 for r, c in roled if r == "level" and c.unit is None]

    def unit(r: Role, c: Claim) -> str:
        if c.unit is not None or r == "level" or borrowed is None:
            return c.unit or ""
        value = abs(c.value or 0.0)
        near = any(min(v, value) > 0 and max(v, value) / min(v, value) <= MAX_RATIO for v in bare)
        return "" if near else borrowed

    return {id(c): unit(r, c) for r, c in roled}


def _specific(r: Role, c: Claim, unit: str) -> bool:
    """A figure specific enough to anchor two sentences: two significant digits ("3,640",
    "27.2 million"; a sum or a measurement one: "€800,000", "a 900-gram target"), and a
    change in per cent three ("up 14%" is shared by chance)."""
    if unit == "%":
        return digits(c) >= (3 if r == "change" else ANCHOR_DIGITS)
    return digits(c) >= (1 if unit else ANCHOR_DIGITS)


def _rounded(c: Claim, unit: str) -> float:
    """A claim's value in its unit's dimension's base unit (`_units`), to four significant
    digits: "7 km" and "7,000 metres" meet, and "£2.18bn" and "£2,180m"."""
    value = c.value or 0.0
    return float(f"{in_base_unit(value, unit) or value:.4g}")


def _left_over(
    one: list[tuple[Role, Claim]],
    other: list[tuple[Role, Claim]],
    r: Role,
    units: dict[int, str],
    agree: Callable[[Claim, Claim], bool],
) -> list[tuple[Claim, Claim]]:
    """Per unit, the one figure of role `r` each sentence has that the other's do not agree
    with, within MAX_ANCHORED_RATIO; none where either has several (code cannot say which
    answers which)."""
    xs = [c for q, c in one if q == r]
    ys = [c for q, c in other if q == r]
    xs_left = [x for x in xs if not any(agree(x, y) for y in ys)]
    ys_left = [y for y in ys if not any(agree(x, y) for x in xs)]
    out = []
    for unit in {_scale(units[id(x)]) for x in xs_left}:
        mine = [x for x in xs_left if _scale(units[id(x)]) == unit]
        theirs = [y for y in ys_left if _scale(units[id(y)]) == unit]
        if len(mine) != 1 or len(theirs) != 1:
            continue
        x, y = mine[0], theirs[0]
        a, b = abs(_rounded(x, units[id(x)])), abs(_rounded(y, units[id(y)]))
        if min(a, b) > 0 and max(a, b) / min(a, b) <= min(MAX_ANCHORED_RATIO, MAX_RATIO):
            out.append((x, y))
    return out


def _scale(unit: str) -> str:
    """What a unit measures ("length" for km and miles), or the unit itself ("%", "EUR"), or
    "" for a count: figures meet only within one."""
    return dimension(unit) or unit if unit else ""


#: Years a figure's window or own clause names: "in 2026", "last year", "so far this year".
_YEAR = re.compile(r"\b(?:(?P<year>(?:19|20)\d\d)|(?P<rel>last|this|next)\s+year)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]\s")


def years_named(c: Claim) -> set[int]:
    """The years a claim's window and the clause after its number name, "last year" and
    "this year" read from its article's date: "265 at the same point in 2026" names 2026,
    "fell by 410 last year" in an article of 2027 names 2026."""
    after = c.quote[number_in_quote(c)[1] :]
    end = _CLAUSE_END.search(after)
    text = f"{c.period or ''} {after[: end.start() if end else 80]}"
    now = int(c.article_date[:4]) if c.article_date else None
    out = set()
    for m in _YEAR.finditer(text):
        if m["year"]:
            out.add(int(m["year"]))
        elif now is not None:
            out.add(now + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()])
    return out


def same_years(x: Claim, y: Claim) -> bool:
    """Two anchored figures may be of one window: their named years (`years_named`) meet, or
    one names none ("up from 31 million a year earlier" and "a year ago"). The anchor says
    they are one quantity; the years can still say they are two windows of it ("up 5% on
    2025" and "up 11% on 2024")."""
    one, other = years_named(x), years_named(y)
    return not one or not other or bool(one & other)
