"""One quantity two articles count under different words: "850 jobs" in one, "1,400 workers
will lose their jobs" in the other. Grouping by the words of the measure keeps those apart;
this module pairs them by what the two sentences share instead.

A figure is *unpaired* when no other article has a figure of its measure, nor one of its
unit whose value agrees (that one is accounted for: "212 relief camps" and "212 camps"
agree, whatever each is called). Unpaired figures of one dimension (kilometres and miles are
one, values read on one scale) are paired when each is the other's best match by the words
around their numbers (weighted by how rare each word is in the two articles), they share
enough of them (less where their values are near each other), and their values are within a
ratio of MAX_RATIO (a guess by words between "two bridges" and "1,300 houses" is no one
count). Two measures the code already tells apart
("killed" and "injured"; the yes and the no share; a first round and the run-off) are never
paired, nor two variants of a statistic ("real" wages and pay). A paired figure takes its
partner's measure, so every rule of comparison (windows, places, forecasts, rounding) still
applies, and the pairing is written on whatever it produces. A poll's reading is never
paired with a figure told otherwise (a result, a count): two kinds of figure.

Cost: near-linear. Unpaired figures are found with hash sets and sorted values; candidates
share a dimension and a word that is not everywhere (an inverted index), never all pairs;
measured in bench/reconcile_scale.py.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from summarise.find import senses
from summarise.find.grammar import is_poll_reading
from summarise.find.quantities import UNIT_BASE, dimension, in_base_unit
from summarise.schemas import Claim, Figure

#: The least share of the words around two numbers (weighted by rarity) they must share to
#: be paired: below it, two figures are each other's best match only for want of another.
MIN_SHARED = 0.2
#: The least share for two values within NEAR_RATIO of each other: two near values told in
#: near words are more often one quantity than two far ones (measured on the batteries:
#: bench/RESULTS.md, 2026-12-31 session).
NEAR_MIN_SHARED = 0.15
NEAR_RATIO = 2.0
#: A word in more unpaired figures of a unit than this names nothing in particular.
MAX_POSTING = 200
#: How far apart two values may be and still agree, at most (rounding is at most 1.1).
AGREE_REACH = 1.25
#: Characters either side of the number that say what it counts.
AROUND = 90
#: The length of a stage of a thing ("the first leg of the crossing took 9 days", "the last
#: round of talks took three weeks", "a 3km stretch of the beach"): matched by its own name or
#: not at all, never by words with the length of the whole.
_STAGE_LENGTH = re.compile(
    r"^(?:length|size) of (?:[\w-]+ )?(?:leg|stage|round|phase|part|section|lap|half|spell|stretch|"
    r"portion)\b"
)
#: Measures with a structure of their own, matched by it or not at all.
_STRUCTURED = (
    "part of",
    "base of a rate",
    "age of",
    "score of",
    "time of",
    "minute of",
    "votes for",
    "votes against",
)

_STOP = frozenset(
    """the a an of in on at for to and or by from with than over since who whom were was is
    are be been being has have had it its their his her they he she this that these those
    which as after before said says say told according per cent will would could should may
    might not but also more most about some up down into out new while when where what there
    than then just only other another such all any each both last first next said""".split()
)
#: Words that make another statistic of the same thing: "real" against nominal wages, "net"
#: against gross emissions, a "median" against an average price, "unadjusted" against the
#: seasonally adjusted figure (which a statistic without a word is: "seasonally adjusted"
#: only says so). Two figures whose words next to the number differ in these are never
#: paired. Matched as written (stems would take "seasonally" for "season", "underlying" for
#: "under").
_VARIANTS = re.compile(
    r"\b(?:real|nominal|net|gross|median|mean|average[sd]?|averaging|core|underlying|"
    r"headline|unadjusted|non-seasonally|not\s+seasonally|pre-?tax|after-tax|"
    r"(?:before|after)\s+tax|operating|"
    r"per\s+capita|annuali[sz]ed|"
    # a statistic's definitions ("the official rate", "on the expanded definition") and
    # kinds of a service ("fixed broadband", "mobile")
    r"(?:un)?official|(?:expanded|broad|narrow|strict)\s+(?:definition|measure)|fixed|mobile|"
    # one party's part of a cost: "the federal government's $1.1bn contribution"
    r"contribution|grant|subsid(?:y|ies)|"
    # a player's tally in one competition or in all: "21 league goals", "in all competitions"
    r"league|all\s+competitions|"
    # a change after inflation is the real one: "after adjusting for inflation, grew 2.9%"
    r"inflation[- ]adjusted|adjust(?:ed|ing)\s+for\s+inflation|in\s+real\s+terms|"
    # a product of one term: "the two-year fixed rate", "a 10-year bond yield" (not "a
    # 10-year high", which dates the value)
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)-"
    r"(?:year|month|week|day)(?![\w-])(?!\s+(?:high|low|record|peak|best|worst|average)\b))\b"
)
#: Names of one variant, as `variant_words` writes them.
_SAME_VARIANT = {
    "after tax": "net",
    "before tax": "pre tax",
    "pretax": "pre tax",
    # an average under its forms: "the mean wait", "waited an average of", "averaged 18"
    "mean": "average",
    "averages": "average",
    "averaged": "average",
    "averaging": "average",
}
_WORD = re.compile(r"[a-z]+")
_STEMMER = snowballstemmer.stemmer("english")


def number_in_quote(c: Claim | Figure) -> tuple[int, int]:
    """Where a figure's number sits in its quote, as offsets into `quote`."""
    return c.number_span[0] - c.span[0], c.number_span[1] - c.span[0]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's Porter stem: "arrested" and "arrests", "workers" and "worker" are one."""
    return str(_STEMMER.stemWord(word))


def context_words(c: Claim) -> frozenset[str]:
    """The stems around a claim's number, without its digits and the commonest words."""
    return frozenset(stem(w) for w in _WORD.findall(_near(c)) if w not in _STOP and len(w) > 2)


def _surface(claims: tuple[Claim, ...], stems: list[str]) -> list[str]:
    """The words as written around the claims' numbers whose stems are `stems`, in order."""
    written: dict[str, str] = {}
    for c in claims:
        for w in _WORD.findall(_near(c)):
            written.setdefault(stem(w), w)
    return [written.get(s, s) for s in stems]


def _near(c: Claim) -> str:
    a, b = number_in_quote(c)
    return (c.quote[max(0, a - AROUND) : a] + " " + c.quote[b : b + AROUND]).lower()


#: A tally said to be in every competition, however far after its number within the clause.
_ALL_COMPETITIONS = re.compile(r"[^,.;]{0,40}\b(?:in|across)\s+all\s+competitions\b", re.I)


def variant_words(c: Claim) -> frozenset[str]:
    """The words next to a claim's number, or in what it counts, that name a variant of a
    statistic (`_VARIANTS`): "a net profit of", "real wages rose 1.9%"; not a word of
    another phrase further off ("gross domestic product", "over a median 3.4 years"). The
    subject that opens a sentence names its statistic however long the clause before the
    number ("Net emissions, which take in what forests absorb, came to 54.2 million")."""
    a, b = number_in_quote(c)
    before = c.quote[:a]
    opening = ""
    if not re.search(r"\d", before) and len(before.split()) <= OPENING_WORDS * 3:
        # ("New Zealand's gross domestic product grew": no variant cut off from its name)
        opening = " ".join(_GDP.sub(" ", before).split()[:OPENING_WORDS])
    near = " ".join(
        (opening, c.quote[max(0, a - VARIANT_REACH) : a], c.quote[b : b + 12], c.counted or "")
    )
    near = _GDP.sub(" ", _A_NAME.sub(" ", near)).lower().replace("annualized", "annualised")
    found = {re.sub(r"\W+", " ", m.group(0)) for m in _VARIANTS.finditer(near)}
    # one variant under its names: a profit "after tax" is the net one, "before tax" pre-tax
    found = {_SAME_VARIANT.get(w, w) for w in found}
    if _ALL_COMPETITIONS.match(c.quote[b:]):
        found.add("all competitions")  # "31 goals in 40 games in all competitions"
    platform = _ON_A_PLATFORM.match(c.quote[b:])
    if platform is not None:
        # "1.2 million followers on TikTok", "480,000 Instagram followers": one platform's
        found.add((platform["p"] or platform["q"]).lower())
    dose = _DOSES.search(c.quote)
    if dose is not None:
        # "had received the first dose", "both doses": how far a course of jabs went
        found.add("first dose" if dose.group("first") else "full course")
    # "grew 2.4% at an annualised rate": said of the sentence's rate wherever it stands
    return frozenset(found | ({"annualised"} if _ANNUALISED.search(c.quote) else set()))


#: The platform a count of followers or users is on: "1.2 million followers on TikTok", "her
#: 480,000 Instagram followers" (a count named with none may be any one's).
_PLATFORMS = (
    r"TikTok|Instagram|YouTube|Facebook|X|Twitter|Threads|Bluesky|Telegram|Snapchat|LinkedIn|"
    r"Twitch|Weibo|WhatsApp|Spotify|Substack|Reddit|Pinterest"
)
_ON_A_PLATFORM = re.compile(
    rf"^\s+(?:[a-z]+\s+){{0,2}}?(?:on|across)\s+(?P<p>{_PLATFORMS})\b|"
    rf"^\s+(?P<q>{_PLATFORMS})\s+(?:followers|subscribers|fans|users|viewers|listeners)\b"
)
#: The doses a count of the vaccinated names: one ("the first dose", "at least one dose") or
#: the full course ("both doses", "a second dose", "fully vaccinated").
_DOSES = re.compile(
    r"\b(?:(?P<first>(?:the\s+|a\s+|their\s+)?first|at\s+least\s+one|a\s+single|one)\s+"
    r"(?:dose|jab|shot)|(?:both|two|all\s+(?:two|three)|(?:the\s+|a\s+|their\s+)?second)\s+"
    r"(?:doses|dose|jabs|jab|shots|shot)|fully\s+(?:vaccinated|immuni[sz]ed))\b",
    re.IGNORECASE,
)


def stage_words(c: Claim) -> frozenset[str]:
    """The words next to a claim's number that name the stage or certainty of a figure
    (`_STAGES`): "a proposed budget of", "87 confirmed cases", "240 suspected cases", "a
    preliminary estimate". Two stages are two figures that can both hold; used to tell
    figures of one measure apart, never to keep two figures from being paired. A certainty
    counts only right after the number: "the suspected gunman killed 12" names no stage."""
    a, b = number_in_quote(c)
    before = c.quote[max(0, a - VARIANT_REACH) : a]
    found = [m.group(0) for m in _STAGES.finditer(before.lower())]
    found += [m.group(1) for m in _CERTAINTY_AFTER.finditer(c.quote[b : b + 24].lower())]
    if _CONFIRMED_BEFORE.search(before) and _CASES_AFTER.match(c.quote[b:]):
        found.append("confirmed")  # "tests have confirmed 312 cases": the confirmed ones
    if not found and _BOTH_CERTAINTIES.search(c.quote):
        # "57 cases, counting both laboratory-confirmed and suspected ones": another
        # statistic than the confirmed cases alone
        found.append("confirmed and suspected")
    return frozenset(found)


def per_item(c: Claim) -> str | None:
    """What a sum or count is per, as written after its number: "410p a share", "$80 a
    barrel", "£30 per head", "$25 each"; a price of one, never the total of all. Not for a
    share of a whole ("5% a year" is a rate over its window), nor a rate over time
    ("250,000 barrels a day" and "90,000 bpd" are one measure of output)."""
    if c.unit == "%":
        return None
    a, b = number_in_quote(c)
    if c.unit in UNIT_BASE and _COUNT_BEFORE.search(c.quote[:a]):
        return "each"  # "24 million 50kg bags": the size of one bag, not the total
    m = _PER_ITEM.match(c.quote[b : b + 24].lower())
    if m is None or m.group(1) in _TIME_NOUNS:
        return None
    return m.group(1) or "each"


#: A count right before a measurement: "24 million 50kg bags", "3,000 20-litre jerrycans".
_COUNT_BEFORE = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million|billion|m|bn))?\s+$", re.I)
_TIME_NOUNS = frozenset("second minute hour day week month quarter year decade".split())


_PER_ITEM = re.compile(r"(?:\s+|\s*-)(?:a|an|per|each)\b(?:[\s-]+([a-z]+))?")


def capacity(c: Claim) -> bool:
    """The number is what a place holds, not what it held: "a 34,500-capacity stadium", "the
    40,000-seat arena", "a capacity of 12,000" (not a share of it: how full it is)."""
    if c.unit == "%":
        return False  # "held 64 per cent of their capacity": how full, a level
    a, b = number_in_quote(c)
    return (
        "capacity" in (c.counted or "").lower()
        or _HOLDS_AFTER.match(c.quote[b:]) is not None
        or _CAPACITY_BEFORE.search(c.quote[:a]) is not None
    )


_HOLDS_AFTER = re.compile(r"^-(?:capacity|seat|seater)\b", re.IGNORECASE)
_CAPACITY_BEFORE = re.compile(r"\bcapacity\s+(?:of\s+)?$", re.IGNORECASE)


def repeat(c: Claim) -> bool:
    """The number is of one more occasion of the sentence's doing: "fell for 12 this time",
    the last occasion named beside it or before; which one another article counts, words
    cannot tell."""
    return _REPEAT.search(c.quote) is not None


_REPEAT = re.compile(r"\bthis\s+time\b", re.IGNORECASE)

#: Characters before a number in which a variant word names its statistic.
VARIANT_REACH = 30
_ANNUALISED = re.compile(r"\b(?:at|on)\s+an?\s+annuali[sz]ed\b", re.IGNORECASE)
#: The words that open a sentence and may name its subject's statistic.
OPENING_WORDS = 6
_GDP = re.compile(r"\bgross\s+domestic\b", re.IGNORECASE)
#: "Real Madrid", "Core Scientific": a name, not a variant.
_A_NAME = re.compile(r"\b(?:Real|Core|Net|Gross|Mean)\s+[A-Z]\w+")
#: Stages and certainties of one figure: a budget proposed and one approved, cases confirmed
#: and cases suspected, a first estimate and a revised one.
_STAGES = re.compile(r"\b(?:proposed|draft|approved|revised|preliminary|provisional|flash)\b")
#: A count said to take in two certainties: "confirmed and suspected cases", "including
#: suspected cases", "counting both lab-confirmed infections and probable ones".
_BOTH_CERTAINTIES = re.compile(
    r"\b(?:(?:laboratory-|lab-)?confirmed\s+(?:[\w-]+\s+){0,2}?(?:and|or|plus)\s+"
    r"(?:\w+\s+)?(?:suspected|probable)|(?:suspected|probable)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:and|or|plus)\s+(?:\w+\s+)?(?:laboratory-|lab-)?confirmed|"
    r"including\s+(?:\w+\s+)?(?:suspected|probable))\b",
    re.IGNORECASE,
)
#: A count of cases a test confirmed, told by its verb: "tests have confirmed 312 cases".
_CONFIRMED_BEFORE = re.compile(r"\bconfirmed\s+(?:a\s+total\s+of\s+)?$", re.IGNORECASE)
_CASES_AFTER = re.compile(r"\s+(?:new\s+)?(?:cases|infections)\b", re.IGNORECASE)
_CERTAINTY_AFTER = re.compile(
    r"^\s+(?:new\s+)?(suspected|confirmed|probable|lab(?:oratory)?-confirmed)\b"
)


@dataclass(frozen=True)
class Pairing:
    """A figure read as another article's measure, and why."""

    name: str
    partner: Claim
    shared: float
    words: tuple[str, ...]

    def note(self) -> str:
        return (
            f"'{self.partner.number}' ({self.partner.source}) counted as {self.name}: the two "
            f"sentences share {', '.join(self.words) or 'their words'} "
            f"({self.shared:.0%} of the words around their numbers)"
        )


def pair_other_words(
    claims_by_source: dict[str, list[Claim]],
    name_of: Callable[[Claim], str],
    comparable: Callable[[Claim], bool],
    told_apart: Callable[[Claim, Claim], bool],
    agree: Callable[[Claim, Claim], bool],
    skip: Callable[[Claim], bool],
) -> dict[int, Pairing]:
    """For each claim (by id) read as another article's measure: the pairing. `name_of`
    gives a claim's measure, `comparable` whether code is sure of it, `told_apart` whether
    code tells two figures apart (two measures named as two things), `agree` whether two
    values of one unit both hold, `skip` the claims never paired (headline repeats)."""
    loose = _unpaired(claims_by_source, name_of, agree, skip)
    if len({c.source for c in loose}) < 2:
        return {}
    words = {id(c): context_words(c) for c in loose}
    polled = {id(c): is_poll_reading(c.quote) for c in loose}
    # of those, the words of what each counts: the only ones a near word may stand for
    counted = {id(c): words[id(c)] & counted_stems(c) for c in loose}
    # how rare a word is: in how many of the corpus's sentences it stands
    by_sentence: dict[tuple[str, str], set[str]] = {}
    for cs in claims_by_source.values():
        for c in cs:
            by_sentence.setdefault((c.source, c.quote), set()).update(
                words.get(id(c)) or context_words(c)
            )
    seen = Counter(w for ws in by_sentence.values() for w in ws)
    total = len(by_sentence)

    def weight(w: str) -> float:
        return math.log(1 + total / seen[w])

    # candidates share a unit and a word that is not everywhere, or one of them has a word
    # near what the other counts (an inverted index: never all pairs)
    postings: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in loose:
        for key in set().union(*map(senses.own, words[id(c)])):
            postings[(dimension_of(c), key)].append(c)
    met: dict[tuple[int, int], tuple[Claim, Claim]] = {}
    for x in loose:
        for key in {"~" + w for w in words[id(x)]}.union(*map(senses.reach, counted[id(x)])):
            posting = postings[(dimension_of(x), key)]
            if len(posting) <= MAX_POSTING:
                for y in posting:
                    if y.source != x.source:
                        one, other = (x, y) if x.source < y.source else (y, x)
                        met[(id(one), id(other))] = (one, other)
    scored: list[tuple[float, Claim, Claim, tuple[set[str], set[str]]]] = []
    for x, y in met.values():
        if told_apart(x, y) or not (comparable(x) or comparable(y)):
            continue
        if variant_words(x) != variant_words(y):
            continue  # "real wages" and "regular pay": two statistics
        if polled[id(x)] != polled[id(y)]:
            continue  # "the survey gave Challe 29%" and "Challe finished with 30.1%"
        if _far_apart(x, y):
            continue  # "two campuses" and "5,200 students": a guess by words, not one count
        if capacity(x) != capacity(y):
            continue  # "a crowd of 28,512" and "the 34,500-capacity stadium": room, not people
        if per_item(x) != per_item(y) or repeat(x) or repeat(y):
            continue  # "410p a share" and "values it at £820m"; "fell for 12 this time"
        near = _near_words(words[id(x)], words[id(y)], counted[id(x)], counted[id(y)])
        scored.append((_shared(words[id(x)], words[id(y)], near, weight), x, y, near))
    best: dict[int, tuple[float, int]] = {}
    for shared, x, y, _ in scored:
        for one, other in ((x, y), (y, x)):
            if shared > best.get(id(one), (-1.0, 0))[0]:
                best[id(one)] = (shared, id(other))
    out: dict[int, Pairing] = {}
    for shared, x, y, near in scored:
        if shared < _least_share(x, y) or best[id(x)][1] != id(y) or best[id(y)][1] != id(x):
            continue
        common = (words[id(x)] & words[id(y)]) | near[0] | near[1]
        stems = sorted(common, key=lambda w: (-weight(w), w))[:4]
        # the comparable one names the pair; the other is read as it
        keep, read = (x, y) if comparable(x) else (y, x)
        out[id(read)] = Pairing(name_of(keep), keep, shared, tuple(_surface((x, y), stems)))
    return out


def _near_words(
    xw: frozenset[str], yw: frozenset[str], x_counts: frozenset[str], y_counts: frozenset[str]
) -> tuple[set[str], set[str]]:
    """The words of each side (stems, `xw` and `yw`) that the other has only as a near word
    ("homes", "houses"; `senses`), where one of the two is what is counted (`x_counts`,
    `y_counts`): the words that set the scene (places, days) must be the same words."""
    only_x, only_y = xw - yw, yw - xw
    xk, yk = only_x & x_counts, only_y & y_counts
    return (
        senses.matched(xk, only_y) | senses.matched(only_x, yk),
        senses.matched(yk, only_x) | senses.matched(only_y, xk),
    )


def counted_stems(c: Claim) -> frozenset[str]:
    """The stems of what a claim counts ("home", "pay rise"). Not its verb: the commonest
    verbs have the most senses ("lose" a game and a life), and a near verb says little."""
    return frozenset(stem(w) for w in _WORD.findall((c.counted or "").lower()))


def _shared(
    x: frozenset[str],
    y: frozenset[str],
    near: tuple[set[str], set[str]],
    weight: Callable[[str], float],
) -> float:
    """The share of the words around two numbers they have in common, weighted by rarity; a
    near word on each side ("homes", "houses") counts as one shared word."""
    both = sum(map(weight, x & y))
    # a near word of each side is half of one shared word
    half = sum(map(weight, near[0])) / 2 + sum(map(weight, near[1])) / 2
    either = sum(map(weight, x | y)) - half
    return (both + half) / (either or 1)


def _unpaired(
    claims_by_source: dict[str, list[Claim]],
    name_of: Callable[[Claim], str],
    agree: Callable[[Claim, Claim], bool],
    skip: Callable[[Claim], bool],
) -> list[Claim]:
    """Figures no other article names by their measure, nor gives an agreeing value of
    their unit ("212 relief camps" and "212 camps": accounted for, whatever each is called).
    Values of a unit are sorted, so each figure meets only the near ones."""
    named: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    by_unit: dict[str, list[tuple[float, Claim]]] = defaultdict(list)
    for cs in claims_by_source.values():
        for c in cs:
            if skip(c):
                continue  # a headline repeat is never compared: it accounts for nothing
            named[(name_of(c), dimension_of(c))].append(c)
            if c.value is not None:
                by_unit[dimension_of(c)].append((on_one_scale(c, c.value), c))
    for values in by_unit.values():
        values.sort(key=lambda vc: vc[0])
    keys = {unit: [v for v, _ in values] for unit, values in by_unit.items()}

    near: dict[int, list[Claim]] = {}

    def agreeing(c: Claim) -> list[Claim]:
        """The figures of c's unit whose values may agree with c's (near ones only); read once
        a figure, as every figure of a name asks it of the same rivals."""
        if id(c) in near:
            return near[id(c)]
        unit = dimension_of(c)
        value = c.value or 0.0
        low = on_one_scale(c, min(c.low if c.low is not None else value, value))
        high = on_one_scale(c, max(c.high if c.high is not None else value, value))
        lo, hi = (
            bisect_left(keys[unit], low / AGREE_REACH),
            bisect_right(keys[unit], high * AGREE_REACH),
        )
        near[id(c)] = [d for _, d in by_unit[unit][lo:hi] if agree(c, d)]
        return near[id(c)]

    def accounted_in(d: Claim, source: str) -> bool:
        """`d` (of another article) agrees with a figure of `source`: the two articles share
        it, so it is no rival to `source`'s other figures of its name."""
        return d.value is not None and any(e.source == source for e in agreeing(d))

    out = []
    for cs in claims_by_source.values():
        for c in cs:
            if c.value is None or skip(c) or name_of(c).startswith(_STRUCTURED):
                continue
            if _STAGE_LENGTH.match(name_of(c)):
                continue  # "the first leg took 9 days": a stage's length, not the whole's
            # another article's figure of its name is its counterpart, unless c's own article
            # gives that figure too ("11,300 cases" in Selangor in both, "4,120" in Johor in
            # one): a story of two of a kind shares one and leaves the other unpaired
            rivals = named[(name_of(c), dimension_of(c))]
            if any(d.source != c.source and not accounted_in(d, c.source) for d in rivals):
                continue
            if not any(d.source != c.source for d in agreeing(c)):
                out.append(c)
    return out


#: How far apart two values may be and still be paired by their words alone: two reports
#: of one quantity that differ more than this are rare; two different things, common.
MAX_RATIO = 10.0


def _ratio(x: Claim, y: Claim) -> float:
    """How many times the larger of two values, on one scale, is the smaller (infinite where
    one is zero, which no ratio reaches)."""
    a, b = abs(on_one_scale(x, x.value or 0.0)), abs(on_one_scale(y, y.value or 0.0))
    low, high = min(a, b), max(a, b)
    return math.inf if low == 0 else high / low


def _least_share(x: Claim, y: Claim) -> float:
    """The share of words two figures must have in common to be paired: NEAR_MIN_SHARED
    where their values, on one scale, are within NEAR_RATIO of each other, else MIN_SHARED."""
    return NEAR_MIN_SHARED if _ratio(x, y) <= NEAR_RATIO else MIN_SHARED


def _far_apart(x: Claim, y: Claim) -> bool:
    """The two values, on one scale, are more than MAX_RATIO apart (or one is zero)."""
    return _ratio(x, y) > MAX_RATIO


def dimension_of(c: Claim) -> str:
    """What a claim's unit measures ("length" for km and miles), or the unit itself ("%",
    "USD"), or "" for a count: figures meet only within one."""
    return dimension(c.unit) or ""


def on_one_scale(c: Claim, value: float) -> float:
    """`value` in the base unit of the claim's dimension (metres, watts): one scale."""
    return in_base_unit(value, c.unit) or value
