"""One quantity two articles count under different words: "850 jobs" in one, "1,400 workers
will lose their jobs" in the other. Grouping by the words of the measure keeps those apart;
this module pairs them by what the two sentences share instead.

For two articles, a figure is *unpaired* when the other article has no figure of its
measure, and no figure of its unit and value either (that one is accounted for: "212 relief
camps" and "212 camps" agree, whatever each is called). Unpaired figures of one unit are
paired when each is the other's best match by the words around their numbers (weighted by
how rare each word is in the two articles) and they share enough of them. Two measures the
code already tells apart ("killed" and "injured"; the yes and the no share; a first round
and the run-off) are never paired, nor two variants of a statistic ("real" wages and pay). A paired
figure takes its partner's measure, so every rule of comparison (windows, places,
forecasts, rounding) still applies, and the pairing is written on whatever it produces.

Cost: for each pair of articles, unpaired figures of one against the other's: small counts
(a dozen figures an article), so O(articles² × figures²) in the worst case, measured in
bench/reconcile_scale.py.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from summarise.schemas import Claim

#: The least share of the words around two numbers (weighted by rarity) they must share to
#: be paired: below it, two figures are each other's best match only for want of another.
MIN_SHARED = 0.2
#: Characters either side of the number that say what it counts.
AROUND = 90
#: Measures with a structure of their own, matched by it or not at all.
_STRUCTURED = ("part of", "base of a rate", "age of", "score of", "time of", "minute of")

_STOP = frozenset(
    """the a an of in on at for to and or by from with than over since who whom were was is
    are be been being has have had it its their his her they he she this that these those
    which as after before said says say told according per cent will would could should may
    might not but also more most about some up down into out new while when where what there
    than then just only other another such all any each both last first next said""".split()
)
#: Words that make another statistic of the same thing: "real" against nominal wages, "net"
#: against gross emissions, a "median" against an average price. Two figures whose words
#: around differ in these are never paired.
_VARIANTS = frozenset(
    """real nominal net gross median mean average core underlying headline adjusted
    pretax operating seasonally capita""".split()
)
_WORD = re.compile(r"[a-z]+")
_STEMMER = snowballstemmer.stemmer("english")
_VARIANT_STEMS = frozenset(_STEMMER.stemWords(sorted(_VARIANTS)))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """The word's Porter stem: "arrested" and "arrests", "workers" and "worker" are one."""
    return str(_STEMMER.stemWord(word))


def context_words(c: Claim) -> frozenset[str]:
    """The stems around a claim's number, without its digits and the commonest words."""
    return frozenset(_stem(w) for w in _WORD.findall(_near(c)) if w not in _STOP and len(w) > 2)


def _surface(c: Claim, stems: list[str]) -> list[str]:
    """The words as written around `c`'s number whose stems are `stems`, in that order."""
    written: dict[str, str] = {}
    for w in _WORD.findall(_near(c)):
        written.setdefault(_stem(w), w)
    return [written.get(s, s) for s in stems]


def _near(c: Claim) -> str:
    a, b = c.number_span[0] - c.span[0], c.number_span[1] - c.span[0]
    return (c.quote[max(0, a - AROUND) : a] + " " + c.quote[b : b + AROUND]).lower()


def variant_words(c: Claim) -> frozenset[str]:
    """The words around a claim's number that name a variant of a statistic (`_VARIANTS`)."""
    return frozenset(s for w in _WORD.findall(_near(c)) if (s := _stem(w)) in _VARIANT_STEMS)


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
    told_apart: Callable[[str, str], bool],
    agree: Callable[[Claim, Claim], bool],
    skip: Callable[[Claim], bool],
) -> dict[int, Pairing]:
    """For each claim (by id) read as another article's measure: the pairing. `name_of`
    gives a claim's measure, `comparable` whether code is sure of it, `told_apart` whether
    code has named two measures as two things, `agree` whether two values of one unit both
    hold, `skip` the claims never paired (headline repeats)."""
    out: dict[int, Pairing] = {}
    sources = sorted(claims_by_source)
    for i, left in enumerate(sources):
        for right in sources[i + 1 :]:
            for claim_id, pairing in _pair_two(
                claims_by_source[left],
                claims_by_source[right],
                name_of,
                comparable,
                told_apart,
                agree,
                skip,
            ):
                if claim_id not in out or out[claim_id].shared < pairing.shared:
                    out[claim_id] = pairing
    return out


def _unpaired(
    mine: list[Claim],
    theirs: list[Claim],
    name_of: Callable[[Claim], str],
    agree: Callable[[Claim, Claim], bool],
    skip: Callable[[Claim], bool],
) -> list[Claim]:
    named = {(name_of(c), c.unit or "") for c in theirs}
    return [
        c
        for c in mine
        if c.value is not None
        and not skip(c)
        and not name_of(c).startswith(_STRUCTURED)
        and (name_of(c), c.unit or "") not in named
        and not any(agree(c, d) for d in theirs if (d.unit or "") == (c.unit or ""))
    ]


def _pair_two(
    left: list[Claim],
    right: list[Claim],
    name_of: Callable[[Claim], str],
    comparable: Callable[[Claim], bool],
    told_apart: Callable[[str, str], bool],
    agree: Callable[[Claim, Claim], bool],
    skip: Callable[[Claim], bool],
) -> Iterable[tuple[int, Pairing]]:
    xs = _unpaired(left, right, name_of, agree, skip)
    ys = _unpaired(right, left, name_of, agree, skip)
    if not xs or not ys:
        return
    words = {id(c): context_words(c) for c in left + right}
    # how rare a word is: in how many of the two articles' sentences it stands
    by_sentence: dict[str, set[str]] = {}
    for c in left + right:
        by_sentence.setdefault(c.quote, set()).update(words[id(c)])
    seen = Counter(w for ws in by_sentence.values() for w in ws)
    total = len(by_sentence)

    def weight(w: str) -> float:
        return math.log(1 + total / seen[w])

    # the measures each sentence already gives a number for: "47.3% of the vote after 60% of
    # ballots had been counted" names the vote share by 47.3%, so 60% is something else
    named_in: dict[tuple[str, str], set[str]] = {}
    for c in left + right:
        named_in.setdefault((c.source, c.quote), set()).add(name_of(c))
    scored: list[tuple[float, Claim, Claim]] = []
    for x in xs:
        for y in ys:
            if (x.unit or "") != (y.unit or ""):
                continue
            if (
                name_of(x) in named_in[(y.source, y.quote)]
                or name_of(y) in named_in[(x.source, x.quote)]
            ):
                continue
            if told_apart(name_of(x), name_of(y)) or not (comparable(x) or comparable(y)):
                continue
            if variant_words(x) != variant_words(y):
                continue  # "real wages" and "regular pay": two statistics
            both, either = words[id(x)] & words[id(y)], words[id(x)] | words[id(y)]
            shared = sum(map(weight, both)) / (sum(map(weight, either)) or 1)
            scored.append((shared, x, y))
    best_x: dict[int, tuple[float, int]] = {}
    best_y: dict[int, tuple[float, int]] = {}
    for shared, x, y in scored:
        if shared > best_x.get(id(x), (-1.0, 0))[0]:
            best_x[id(x)] = (shared, id(y))
        if shared > best_y.get(id(y), (-1.0, 0))[0]:
            best_y[id(y)] = (shared, id(x))
    for shared, x, y in scored:
        if shared < MIN_SHARED or best_x[id(x)][1] != id(y) or best_y[id(y)][1] != id(x):
            continue
        stems = sorted(words[id(x)] & words[id(y)], key=lambda w: (-weight(w), w))[:4]
        common = tuple(_surface(x, stems))
        # the comparable one names the pair; the other is read as it
        keep, read = (x, y) if comparable(x) else (y, x)
        yield id(read), Pairing(name_of(keep), keep, shared, common)
