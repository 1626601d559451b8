"""Words that name one thing (`find/senses.py`, from WordNet) and what the pairing does with
them (`corpus/pairing.py`): a near word helps pair two figures only where it names what is
counted. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import claim, compare_figures
from summarise.corpus.pairing import _near_words, context_words, counted_stems, per_item, stem
from summarise.find.senses import near
from tests.synthetic import make_brief


def brief(source: str, text: str):
    return make_brief(source, text, dated="3 March 2026")


def flags(*briefs):
    found = compare_figures(list(briefs))
    return [sorted(cl.number for cl in c.claims) for c in found.conflicts]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("homes", "houses"),
        ("households", "homes"),
        ("pay", "wages"),
        ("employees", "workers"),
        ("votes", "ballots"),
        ("injured", "hurt"),
    ],
)
def test_words_naming_one_thing_are_near(a: str, b: str) -> None:
    assert near(stem(a), stem(b))
    assert near(stem(b), stem(a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("killed", "injured"),  # two outcomes
        ("nurses", "doctors"),  # two kinds of one thing are not one thing
        ("passengers", "crew"),
        ("capacity", "output"),
        ("strikers", "members"),
        ("deaths", "cases"),
    ],
)
def test_words_naming_two_things_are_not_near(a: str, b: str) -> None:
    assert not near(stem(a), stem(b))


def test_two_words_for_what_is_counted_pair_two_figures() -> None:
    a = brief(
        "a.txt", "The landslide buried 45 buildings in the hamlet of Keswo before dawn on Tuesday."
    )
    b = brief(
        "b.txt",
        "Rescuers said 80 structures had been buried under mud in Keswo on Tuesday morning.",
    )
    found = compare_figures([a, b])
    assert [sorted(cl.number for cl in c.claims) for c in found.conflicts] == [["45", "80"]]
    # the explanation names both words ("houses" and "homes" are one noun: `_SAME_COUNT`)
    assert "buildings" in found.conflicts[0].explanation
    assert "structures" in found.conflicts[0].explanation


def test_near_words_count_only_where_they_name_what_is_counted() -> None:
    # "peak" and "height", "deluge" and "flood" are one thing, but they set the scene;
    # what is counted (schools, clinics) is not one thing
    x = _claim(brief("a.txt", "At the peak of the deluge on Friday, 40 schools in Dera closed."))
    y = _claim(brief("b.txt", "At the height of the flood on Friday, 65 clinics in Dera closed."))
    assert _near(x, y) == (set(), set())
    x = _claim(brief("a.txt", "At the peak of the deluge on Friday, 40 houses in Dera collapsed."))
    y = _claim(brief("b.txt", "At the height of the flood on Friday, 65 homes in Dera collapsed."))
    assert _near(x, y) == ({"hous"}, {"home"})


def test_a_price_of_one_is_never_paired_with_a_total() -> None:
    a = brief(
        "a.txt", "Norvale Group made a takeover offer of 350p a share for Ketley Engineering."
    )
    b = brief("b.txt", "Norvale Group's takeover offer values Ketley Engineering at £640m.")
    assert flags(a, b) == []
    assert per_item(claim("a.txt", a.figures[0])) == "share"
    assert per_item(claim("b.txt", b.figures[0])) is None


@pytest.mark.parametrize(
    ("after", "per"),
    [(" a barrel on Monday", "barrel"), (" per tonne", "tonne"), ("-a-head fee", "head")],
)
def test_what_a_sum_is_per(after: str, per: str) -> None:
    b = brief("a.txt", f"Traders paid $84{after}, the exchange said.")
    assert per_item(claim("a.txt", b.figures[0])) == per


@pytest.mark.parametrize(
    "text", ["The field pumped 40,000 barrels a day in May.", "It cost $2 an hour."]
)
def test_a_rate_over_time_is_not_a_price_of_one(text: str) -> None:
    assert per_item(claim("a.txt", brief("a.txt", text).figures[0])) is None


def test_a_number_of_one_more_occasion_is_not_paired() -> None:
    a = brief(
        "a.txt",
        "Opener Ravi Mendis made 88 as Sri Lanka batted on the second day of the Nairobi Test.",
    )
    b = brief(
        "b.txt",
        "Ravi Mendis, the opener who made a first-innings century in the Nairobi Test, fell "
        "for 9 this time on the fourth day.",
    )
    assert flags(a, b) == []


def test_a_holders_share_is_never_paired_with_a_turnout() -> None:
    a = brief("a.txt", "Dock workers at Kelso voted 76 per cent in favour of walking out.")
    b = brief("b.txt", "Dock workers at Kelso backed walking out in a vote with a turnout of 58%.")
    assert flags(a, b) == []


def _claim(b):
    return claim(b.provenance.source, b.figures[0])


def _near(x, y):
    xw, yw = context_words(x), context_words(y)
    return _near_words(xw, yw, xw & counted_stems(x), yw & counted_stems(y))
