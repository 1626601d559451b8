"""Reading briefs as one story: one entry per actor, figures grouped, disagreements flagged.

Everything here is plain code over briefs and runs in time near-linear in the corpus: actors
are bucketed by folded name and surname, figures by (what they count, where), and conflicts
are found inside a bucket by sorting, never by comparing every pair in the corpus.

Figures are compared in `compare`. The model is asked only for judgement calls, after the
deterministic checks have flagged a value conflict: do these two sentences report the same
quantity? Its answer is shown on the flag; nothing is resolved silently.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from summarise.corpus.compare import Judge, article_date, compare_figures
from summarise.find.actors import is_acronym
from summarise.find.identity import same_given_names
from summarise.find.names import fold, initials, strip_titles
from summarise.find.places import country_of
from summarise.schemas import (
    ActorPositionRef,
    ArticleRef,
    Brief,
    Claim,
    Conflict,
    Corpus,
    CorpusActor,
    FailedArticle,
    FigureGroup,
)

log = logging.getLogger(__name__)

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
      allowing transliteration (`identity.same_given_names`: Sergey/Sergei) are one person;
      distinct given names stay apart (Bashar/Hafez Assad); a surname alone joins the one person of
      that surname named in the same article, else the one person of that surname in the
      corpus, else stays on its own;
    - everything else: the same folded name.
    """
    clusters: dict[str, _ActorCluster] = {}
    # surname -> list of (given names, cluster key) for people with a given name
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    lone_surnames: list[tuple[Brief, str, str | None, set[str]]] = []
    article_people: dict[str, dict[str, str]] = defaultdict(dict)  # source -> surname -> key

    # "Lavrov" tagged an organisation in an article that never names him in full: a lone
    # surname still, where the corpus knows a person of that surname
    surnames = {
        _person_key(a.canonical)[0]
        for b in briefs
        for a in b.actors
        if a.kind == "person" and _person_key(a.canonical)[1]
    }
    for brief in briefs:
        src = brief.provenance.source
        for actor in brief.actors:
            if actor.kind != "person" and fold(actor.canonical) in surnames:
                actor = actor.model_copy(update={"kind": "person"})
            if actor.kind == "person":
                surname, given = _person_key(actor.canonical)
                if not given:
                    lone_surnames.append(
                        (brief, surname, actor.role, {actor.name, actor.canonical, *actor.forms})
                    )
                    continue
                key = next((k for g, k in by_surname[surname] if same_given_names(g, given)), None)
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
            clusters[key].add(src, [actor.name, actor.canonical, *actor.forms], actor.role)

    for brief, surname, role, names in lone_surnames:
        src = brief.provenance.source
        key = article_people[src].get(surname)
        if key is None and len(by_surname[surname]) == 1:
            key = by_surname[surname][0][1]
        if key is None:
            key = f"person:{surname}"
            clusters.setdefault(key, _ActorCluster(next(iter(sorted(names))), "person"))
        clusters[key].add(src, names, role)
    _merge_acronyms(clusters)

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


def _merge_acronyms(clusters: dict[str, _ActorCluster]) -> None:
    """An organisation named by its initials in one article ("UN") and in full in another
    ("United Nations") is one: the acronym joins the one full name whose initials it is."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, c in clusters.items():
        if c.kind not in ("person", "country") and " " in c.canonical:
            by_initials[initials(c.canonical)].append(key)
    for key in [k for k, c in clusters.items() if c.kind not in ("person", "country")]:
        short = clusters[key]
        if not is_acronym(short.canonical) or len(by_initials.get(short.canonical, [])) != 1:
            continue
        long = clusters[by_initials[short.canonical][0]]
        long.aliases |= short.aliases
        for src in short.articles:
            long.articles.setdefault(src)
        for role in short.roles:
            long.roles.setdefault(role)
        long.positions += short.positions
        del clusters[key]


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
                    article_date=article_date(brief),
                    outlet=brief.provenance.outlet,
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


def reconcile_figures(
    briefs: list[Brief], judge: Judge | None = None
) -> tuple[list[FigureGroup], list[Conflict]]:
    """Figure groups and flags (`compare.compare_figures` has tallies and doubts too)."""
    found = compare_figures(briefs, judge)
    return found.groups, found.conflicts


def reconcile(
    briefs: list[Brief], judge: Judge | None = None, failed: list[FailedArticle] | None = None
) -> Corpus:
    """The corpus view of `briefs`: actors merged, figures grouped, conflicts flagged (surest
    first), moving counts shown as tallies, doubtful candidates set apart."""
    found = compare_figures(briefs, judge)
    conflicts = found.conflicts + reconcile_events(briefs)
    severity_order = {"high": 0, "medium": 1, "low": 2}
    conflicts.sort(key=lambda c: (severity_order[c.severity], c.kind, c.measure or ""))
    return Corpus(
        articles=[
            ArticleRef(source=b.provenance.source, title=b.title, sha256=b.provenance.sha256)
            for b in briefs
        ],
        actors=reconcile_actors(briefs),
        figure_groups=found.groups,
        conflicts=conflicts,
        tallies=found.tallies,
        worth_a_look=found.worth_a_look,
        set_aside=found.set_aside,
        failed=failed or [],
    )
