"""What reconciliation finds in the five seeds, replayed (model judgement included).

Read as a person would, the seeds hold two numeric disagreements and one of place:
- displaced people in Idlib: 000 says "nearly two million"; 003 says some three million
  live there, "about half of them already displaced" (~1.5 million);
- civilians killed: 001 and 004 both say "more than 1,800 ... since then", but 001's "then"
  is the recent offensive ("for weeks") and 004's is the September 2018 deal.
- the Russia–Iran–Turkey summit: in Tabriz (002) or in Tehran (003).
And several figures that must not be flagged: displaced in two weeks (003) vs in six months
(002) vs over the recent weeks (001); "more than 3 million" (000) vs "some three million"
(003) living in Idlib, which agree.
"""

from __future__ import annotations

from summarise.find.names import fold
from summarise.schemas import Corpus
from tests.conftest import SEEDS


def by_kind(corpus: Corpus, kind: str):
    return [c for c in corpus.conflicts if c.kind == kind]


def test_exactly_the_real_disagreements_are_flagged(seed_corpus: Corpus):
    assert sorted((c.kind, c.measure, c.place) for c in seed_corpus.conflicts) == [
        ("fact", "meeting of Iran, Russia, Turkey", None),
        ("period", "killed", "Idlib"),
        ("value", "displaced", "Idlib"),
    ]


def test_displaced_in_idlib_value_conflict(seed_corpus: Corpus):
    (c,) = by_kind(seed_corpus, "value")
    claims = {cl.source: cl for cl in c.claims}
    assert set(claims) == {"seeds/000_5735a69cd88fe9d6.txt", "seeds/003_73afe5bdf0f6d93d.txt"}
    a, b = claims["seeds/000_5735a69cd88fe9d6.txt"], claims["seeds/003_73afe5bdf0f6d93d.txt"]
    assert (a.number, a.low, a.high) == ("nearly two million", 1_800_000, 2_000_000)
    assert (b.number, b.low, b.high) == ("about half of them", 1_350_000, 1_650_000)
    assert a.span == (1953, 2117) and b.number_span == (1427, 1445)
    assert c.severity == "medium"  # 9% apart: a clear disagreement, not a gross one
    assert c.verdict == "same" and (c.judgement or "").startswith("same quantity")


def test_killed_since_then_period_conflict(seed_corpus: Corpus):
    (c,) = by_kind(seed_corpus, "period")
    assert {cl.source for cl in c.claims} == {
        "seeds/001_c21b84e8ba4fc628.txt",
        "seeds/004_9caa164edb51525a.txt",
    }
    assert {cl.value for cl in c.claims} == {1800}
    assert {cl.period_anchor for cl in c.claims} == {"for weeks", "September 2018"}


def test_different_windows_are_grouped_not_flagged(seed_corpus: Corpus):
    (group,) = [
        g for g in seed_corpus.figure_groups if (g.measure, g.place) == ("displaced", "Idlib")
    ]
    periods = {cl.number: cl.period for cl in group.claims}
    assert periods["more than 38,500"] == "in less than two weeks"
    assert periods["more than half a million"] == "in the past six months"
    assert periods["some 700,000"] == "for weeks"
    flagged = {cl.number for c in seed_corpus.conflicts for cl in c.claims}
    assert not flagged & {
        "more than 38,500",
        "more than half a million",
        "some 700,000",
        "more than 3 million",
        "Some three million",
        "Hundreds of thousands",
    }


def test_actors_are_one_entry_per_real_world_actor(seed_corpus: Corpus):
    actors = {a.canonical: a for a in seed_corpus.actors}
    lavrov = actors["Sergey Lavrov"]
    assert len(lavrov.articles) >= 4 and "Lavrov" in lavrov.aliases
    assert len(actors["Recep Tayyip Erdogan"].articles) == 3
    assert "Erdogan" in actors["Recep Tayyip Erdogan"].aliases
    assert "Turkish President" in actors["Recep Tayyip Erdogan"].roles
    assert actors["Heiko Maas"].articles == [
        "seeds/000_5735a69cd88fe9d6.txt",
        "seeds/001_c21b84e8ba4fc628.txt",
    ]
    # one entry per actor: no canonical name folds onto another
    from summarise.find.names import fold

    folded = [fold(a.canonical) for a in seed_corpus.actors]
    assert len(folded) == len(set(folded))
    assert "Mevlüt Çavuşoğlu" in actors  # the article's spelling, diacritics kept
    assert "Syria" in actors and "Damascus" in actors["Syria"].aliases
    assert lavrov.positions, "Lavrov's positions follow him across articles"
    assert "seeds/003_73afe5bdf0f6d93d.txt" in {p.source for p in lavrov.positions}


def test_the_states_and_lavrov_are_each_listed_once_with_their_articles(seed_corpus: Corpus):
    """Every seed is about what Russia and Turkey do; the Syrian government acts in each
    ("the Syrian regime", "Damascus took control"); Lavrov speaks in each, though 002 names
    him only as "Lavrov" (which the tagger took for an organisation)."""
    seeds = [f"seeds/{p.name}" for p in SEEDS]
    for name in ("Russia", "Turkey", "Syria", "Sergey Lavrov"):
        (entry,) = [a for a in seed_corpus.actors if a.canonical == name]
        assert sorted(entry.articles) == seeds, name
    for alias in ("moscow", "kremlin", "lavrov", "ankara", "damascus"):
        owners = [a.canonical for a in seed_corpus.actors if alias in {fold(x) for x in a.aliases}]
        assert len(owners) <= 1, (alias, owners)


def test_trilateral_summit_placed_in_tabriz_and_in_tehran(seed_corpus: Corpus):
    """002: Russia, Iran and Turkey "are slated to meet next week in the northern Iranian city
    of Tabriz"; 003: they "met in Tehran" last week. Possibly two meetings: flagged, low."""
    (c,) = by_kind(seed_corpus, "fact")
    places = {cl.source: (cl.number, cl.period) for cl in c.claims}
    assert places == {
        "seeds/002_2de9e591a6f84857.txt": ("Tabriz", "next week"),
        "seeds/003_73afe5bdf0f6d93d.txt": ("Tehran", "Last week"),
    }
    assert c.severity == "low" and "at most one place is right" in c.explanation
    for cl in c.claims:
        assert (
            cl.quote[cl.number_span[0] - cl.span[0] : cl.number_span[1] - cl.span[0]] == cl.number
        )
