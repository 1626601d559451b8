"""Reading briefs as one story: one entry per actor, figures grouped, disagreements flagged.

Everything here is plain code over briefs and runs in time near-linear in the corpus: actors
are bucketed by folded name and surname, figures by (what they count, where), and conflicts
are found inside a bucket by sorting, never by comparing every pair in the corpus.

The model is asked only for judgement calls, after the deterministic checks have flagged a
value conflict: do these two sentences count the same thing? Its answer sets the severity;
it never removes a flag, so nothing is resolved silently.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from schemas import (
    ActorPositionRef,
    ArticleRef,
    Brief,
    Claim,
    Conflict,
    Corpus,
    CorpusActor,
    FailedArticle,
    Figure,
    FigureGroup,
    Severity,
)
from summarise.names import fold, strip_titles
from summarise.places import country_of
from summarise.quantities import format_number

log = logging.getLogger(__name__)

#: Ordered: the first that matches names what a figure counts. Killed before fighters, so
#: "troops killed" is a death toll, not a troop count.
MEASURES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in [
        ("killed", r"\b(kill\w*|dead|deaths?|died|martyr\w*|casualt\w*|neutraliz\w*|lives)\b"),
        ("injured", r"\b(injur\w*|wounded)\b"),
        ("refugees", r"\b(refugees?|asylum)\b"),
        (
            "displaced",
            r"\b(displace\w*|fle(e|d|eing)|escap\w*|uproot\w*|homeless|evacuat\w*|forced\s+from)\b",
        ),
        (
            "population",
            r"\b(live|living|lives\s+in|population|residents?|inhabitants?|home\s+to)\b",
        ),
        ("fighters", r"\b(fighters?|militants?|jihadists?|extremists?|rebels?|troops|soldiers)\b"),
    ]
]
#: Forecasts and conditionals ("could head for the border") are not reports of fact.
_MODAL = re.compile(r"\b(could|would|might|may|expected\s+to|projected|forecast)\b", re.I)
_STOP_NOUN = {
    "people",
    "the",
    "of",
    "in",
    "and",
    "a",
    "an",
    "could",
    "would",
    "may",
    "might",
    "will",
    "have",
    "has",
    "had",
    "been",
    "be",
    "are",
    "is",
    "were",
    "was",
    "more",
}
#: Intervals further apart than this ratio are a clear contradiction, not rounding.
CLEAR_RATIO = 1.25


# --------------------------------------------------------------------------- actors


@dataclass
class _ActorCluster:
    canonical: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    # dicts as ordered sets: membership must stay O(1) when an actor is in 100k articles
    articles: dict[str, None] = field(default_factory=dict)
    roles: dict[str, None] = field(default_factory=dict)
    positions: list[ActorPositionRef] = field(default_factory=list)

    def add(self, source: str, names: Iterable[str], role: str | None) -> None:
        self.aliases.update(n for n in names if n)
        self.articles.setdefault(source)
        if role:
            self.roles.setdefault(role)


def _person_key(canonical: str) -> tuple[str, str]:
    """(surname, given names), folded: 'Sergey Lavrov' -> ('lavrov', 'sergey')."""
    words = fold(strip_titles(canonical)).split()
    return (words[-1], " ".join(words[:-1])) if words else ("", "")


def reconcile_actors(briefs: list[Brief]) -> list[CorpusActor]:
    """One entry per real-world actor across the briefs.

    - countries: a capital, an alternative spelling or "the X regime/government" resolve to
      the country (`places.country_of`);
    - people: the same surname with given names that match after folding diacritics and
      allowing transliteration (fuzzy ratio >= 80: Sergey/Sergei) are one person; distinct
      given names stay apart (Bashar/Hafez Assad); a surname alone joins the one person of
      that surname named in the same article, else the one person of that surname in the
      corpus, else stays on its own;
    - everything else: the same folded name.
    """
    clusters: dict[str, _ActorCluster] = {}
    # surname -> list of (given names, cluster key) for people with a given name
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    lone_surnames: list[tuple[Brief, str, str | None, set[str]]] = []
    article_people: dict[str, dict[str, str]] = defaultdict(dict)  # source -> surname -> key

    for brief in briefs:
        src = brief.provenance.source
        for actor in brief.actors:
            if actor.kind == "person":
                surname, given = _person_key(actor.canonical)
                if not given:
                    lone_surnames.append(
                        (brief, surname, actor.role, {actor.name, actor.canonical})
                    )
                    continue
                key = next((k for g, k in by_surname[surname] if fuzz.ratio(g, given) >= 80), None)
                if key is None:
                    key = f"person:{given} {surname}"
                    by_surname[surname].append((given, key))
                    clusters[key] = _ActorCluster(strip_titles(actor.canonical), "person")
                article_people[src][surname] = key
            else:
                country = country_of(actor.canonical) or country_of(actor.name)
                if country is not None:
                    key = f"country:{country}"
                    clusters.setdefault(key, _ActorCluster(country, "country"))
                else:
                    key = f"{actor.kind}:{fold(actor.canonical)}"
                    clusters.setdefault(key, _ActorCluster(actor.canonical, actor.kind))
            clusters[key].add(src, [actor.name, actor.canonical], actor.role)

    for brief, surname, role, names in lone_surnames:
        src = brief.provenance.source
        key = article_people[src].get(surname)
        if key is None and len(by_surname[surname]) == 1:
            key = by_surname[surname][0][1]
        if key is None:
            key = f"person:{surname}"
            clusters.setdefault(key, _ActorCluster(next(iter(sorted(names))), "person"))
        clusters[key].add(src, names, role)

    # source -> folded alias -> actor: which actor a position's holder is, in its article
    alias_index: dict[str, dict[str, str]] = defaultdict(dict)
    for key, cluster in clusters.items():
        folded_aliases = {fold(strip_titles(alias)) for alias in cluster.aliases}
        for src in cluster.articles:
            for alias in folded_aliases:
                alias_index[src][alias] = key
    for brief in briefs:
        src = brief.provenance.source
        for pos in brief.positions:
            key = _position_owner(pos.actor, alias_index[src])
            if key is not None:
                if key not in clusters:  # a country that holds a position but was not listed
                    clusters[key] = _ActorCluster(key.split(":", 1)[1], "country")
                    clusters[key].add(src, [pos.actor], None)
                clusters[key].positions.append(
                    ActorPositionRef(source=src, stance=pos.stance, quote=pos.quote, span=pos.span)
                )

    actors = [
        CorpusActor(
            canonical=c.canonical,
            kind=c.kind,  # type: ignore[arg-type]  # kinds come from ActorKind values
            aliases=sorted(c.aliases | {c.canonical}),
            articles=list(c.articles),
            roles=list(c.roles),
            positions=c.positions,
        )
        for c in clusters.values()
    ]
    return sorted(actors, key=lambda a: (-len(a.articles), a.canonical))


def _position_owner(who: str, aliases: dict[str, str]) -> str | None:
    """The actor key of a position's holder, from the aliases of its own article."""
    folded = fold(strip_titles(who))
    if folded in aliases:
        return aliases[folded]
    country = country_of(who)
    if country is not None:
        return f"country:{country}"
    # "Russian Foreign Minister Sergey Lavrov" -> an alias that ends the phrase
    for alias, key in aliases.items():
        if alias and folded.endswith(alias):
            return key
    return None


# --------------------------------------------------------------------------- figures


_NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|"
    r"thousands?|millions?|dozens?|half)\b",
    re.IGNORECASE,
)


def measure_of(figure: Figure) -> str:
    """What a figure counts, as a category: killed, displaced, population... or its noun.

    Read by code from the words around the number first: those after it up to the next
    number ("350,000 people have been killed and | millions displaced"), then the few before
    it ("martyring seven soldiers"); the model's label only when the words say nothing.
    """
    a, b = figure.number_span[0] - figure.span[0], figure.number_span[1] - figure.span[0]
    after = figure.quote[b : b + 80]
    nxt = _NUMBERISH.search(after)
    after = after[: nxt.start()] if nxt else after
    before = figure.quote[max(0, a - 35) : a]
    prev = list(_NUMBERISH.finditer(before))
    before = before[prev[-1].end() :] if prev else before
    found_after = _category(after)
    if found_after not in (None, "fighters"):
        return found_after
    found_before = _category(before, exclude={"fighters"})
    if found_before is not None:
        return found_before
    if found_after is not None:
        return found_after
    label = _category(figure.measure or "")
    if label is not None:
        return label
    words = [
        w for w in re.findall(r"[a-z]+", (figure.measure or "").lower()) if w not in _STOP_NOUN
    ]
    return words[0] if words else "unlabelled"


def _category(text: str, exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
    for name, pattern in MEASURES:
        if name not in exclude and pattern.search(text):
            return name
    return None


def _place_key(place: str | None) -> str | None:
    if not place:
        return None
    return country_of(place) or fold(place).split(" ")[0]


def _period_key(figure: Figure | Claim) -> str:
    parts = [figure.period or "", figure.period_anchor or ""]
    return fold(" ".join(p for p in parts if p))


_CLAIM_FIELDS = set(Claim.model_fields) - {"source"}


def _claim(source: str, f: Figure) -> Claim:
    """A figure as evidence: every Claim field but `source` is a Figure field of that name."""
    return Claim(source=source, **f.model_dump(include=_CLAIM_FIELDS))


def _interval(c: Claim) -> str:
    return f"[{format_number(c.low)}, {format_number(c.high)}]"


def _period_text(c: Claim) -> str:
    if not c.period:
        return "no stated period"
    return f"'{c.period}'" + (f" (then = {c.period_anchor})" if c.period_anchor else "")


def _value_conflicts(measure: str, place: str, claims: list[Claim]) -> list[Conflict]:
    """Within claims sharing measure, place and period: intervals that cannot all hold.

    If any two claims' intervals are disjoint, then the claim with the lowest upper bound and
    the one with the highest lower bound are; that extreme pair is reported as one conflict
    (found by sorting, O(n log n), never by comparing all pairs). Other clashing claims in
    the same bucket stay visible in its figure group.
    """
    # Vague plurals ("hundreds of thousands") are kept in groups but are too loose to
    # contradict a stated number.
    bounded = [c for c in claims if c.qualifier != "range" or c.value is not None]
    bounded = [c for c in bounded if c.low is not None or c.high is not None]
    if len(bounded) < 2:
        return []
    conflicts = []
    by_high = sorted((c for c in bounded if c.high is not None), key=lambda c: c.high or 0.0)
    by_low = sorted(bounded, key=lambda c: -(c.low or 0.0))
    lowest = by_high[0] if by_high else None
    highest = by_low[0]
    if (
        lowest is not None
        and lowest.source != highest.source
        and (highest.low or 0.0) > (lowest.high or 0.0)
    ):
        ratio = (highest.low or 0.0) / max(lowest.high or 0.0, 1e-9)
        severity: Severity = "high" if ratio >= CLEAR_RATIO else "medium"
        conflicts.append(
            Conflict(
                kind="value",
                severity=severity,
                measure=measure,
                place=place,
                explanation=(
                    f"Both count {measure} in {place} ({_period_text(lowest)}), but "
                    f"'{lowest.number}' allows at most {format_number(lowest.high)} while "
                    f"'{highest.number}' needs at least {format_number(highest.low)}: "
                    f"the intervals {_interval(lowest)} and {_interval(highest)} do not overlap."
                ),
                claims=[lowest, highest],
            )
        )
    return conflicts


def _period_conflicts(measure: str, place: str, claims: list[Claim]) -> list[Conflict]:
    """The same stated count given for different time windows by different articles."""
    by_value: dict[tuple[float, str | None], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.value is not None:
            by_value[(c.value, c.qualifier)].append(c)
    conflicts = []
    for (value, _), same in sorted(by_value.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        periods: dict[str, Claim] = {}
        for c in same:
            periods.setdefault(_period_key(c), c)
        if len(periods) < 2 or len({c.source for c in periods.values()}) < 2:
            continue
        picked = list(periods.values())
        listed = "; ".join(f"{c.source}: {_period_text(c)}" for c in picked)
        conflicts.append(
            Conflict(
                kind="period",
                severity="medium",
                measure=measure,
                place=place,
                explanation=(
                    f"The same count of {measure} in {place} ('{picked[0].number}', "
                    f"{format_number(value)}) is given for different time windows: {listed}. "
                    "At most one window can be right."
                ),
                claims=picked,
            )
        )
    return conflicts


Judge = Callable[[Claim, Claim], tuple[bool, str] | None]


def reconcile_figures(
    briefs: list[Brief], judge: Judge | None = None
) -> tuple[list[FigureGroup], list[Conflict]]:
    """Group figures by (measure, place) and flag value and period conflicts between articles.

    Figures in the same bucket are compared as values only when their periods match (both
    unstated counts as matching: two stock figures); different windows are never a value
    conflict. Forecasts ("could") are grouped but never flagged.
    """
    buckets: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
    for brief in briefs:
        for f in brief.figures:
            buckets[(measure_of(f), _place_key(f.place))].append(_claim(brief.provenance.source, f))
    groups: list[FigureGroup] = []
    conflicts: list[Conflict] = []
    for (measure, key), claims in sorted(
        buckets.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        # Shown as the first article wrote it ("Idlib"); bucketed by its folded key.
        place = next((c.place for c in claims if c.place), None) if key else None
        groups.append(FigureGroup(measure=measure, place=place, claims=claims))
        if place is None or len({c.source for c in claims}) < 2:
            continue  # nowhere to compare, or one article only
        factual = [c for c in claims if not _MODAL.search(c.quote)]
        by_period: dict[str, list[Claim]] = defaultdict(list)
        for c in factual:
            by_period[_period_key(c)].append(c)
        for same_window in by_period.values():
            conflicts += _value_conflicts(measure, place, same_window)
        conflicts += _period_conflicts(measure, place, factual)
    if judge is not None:
        conflicts = [_judged(c, judge) for c in conflicts]
    return groups, conflicts


def _judged(conflict: Conflict, judge: Judge) -> Conflict:
    if conflict.kind != "value" or len(conflict.claims) != 2:
        return conflict
    verdict = judge(conflict.claims[0], conflict.claims[1])
    if verdict is None:
        return conflict
    same, reason = verdict
    if same:
        return conflict.model_copy(update={"judgement": f"same measure: {reason}"})
    # The model doubts the claims count the same thing: keep the flag, lower its severity.
    return conflict.model_copy(
        update={"severity": "low", "judgement": f"possibly different measures: {reason}"}
    )


# --------------------------------------------------------------------------- events


def reconcile_events(briefs: list[Brief]) -> list[Conflict]:
    """Meetings of the same parties that articles place in different places.

    Articles may describe two different meetings, so the flag says so and its severity is
    low when the articles give different times for them; never resolved silently either way.
    """
    by_parties: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for brief in briefs:
        for e in brief.events:
            by_parties[tuple(e.participants)].append(
                Claim(
                    source=brief.provenance.source,
                    quote=e.quote,
                    span=e.span,
                    number=e.place,
                    number_span=e.place_span,
                    value=None,
                    low=None,
                    high=None,
                    unit=None,
                    qualifier=None,
                    measure=f"meeting of {', '.join(e.participants)}",
                    place=e.place,
                    period=e.when,
                )
            )
    conflicts = []
    for parties, claims in by_parties.items():
        first_by_place: dict[str, Claim] = {}
        for c in claims:
            first_by_place.setdefault(fold(c.place or ""), c)
        picked = list(first_by_place.values())
        if len(picked) < 2 or len({c.source for c in picked}) < 2:
            continue
        whens = {fold(c.period or "") for c in picked}
        listed = "; ".join(
            f"{c.place} ({c.source}{', ' + repr(c.period) if c.period else ''})" for c in picked
        )
        conflicts.append(
            Conflict(
                kind="fact",
                severity="low" if len(whens) > 1 else "medium",
                measure=f"meeting of {', '.join(parties)}",
                place=None,
                explanation=(
                    f"Articles place a meeting of {', '.join(parties)} in different places: "
                    f"{listed}. If they describe the same meeting, at most one place is right."
                ),
                claims=picked,
            )
        )
    return conflicts


# --------------------------------------------------------------------------- corpus


def reconcile(
    briefs: list[Brief], judge: Judge | None = None, failed: list[FailedArticle] | None = None
) -> Corpus:
    """The corpus view of `briefs`: actors merged, figures grouped, conflicts flagged."""
    groups, conflicts = reconcile_figures(briefs, judge)
    conflicts += reconcile_events(briefs)
    severity_order = {"high": 0, "medium": 1, "low": 2}
    conflicts.sort(key=lambda c: (severity_order[c.severity], c.kind, c.measure or ""))
    return Corpus(
        articles=[
            ArticleRef(source=b.provenance.source, title=b.title, sha256=b.provenance.sha256)
            for b in briefs
        ],
        actors=reconcile_actors(briefs),
        figure_groups=groups,
        conflicts=conflicts,
        failed=failed or [],
    )
