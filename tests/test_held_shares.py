"""Seats, votes and shares are held by someone: a party's or candidate's, or a referendum's
yes side. Code reads the holder from the parse, and two articles' figures of one holder are
compared whatever noun each counts them by; a poll's reading is another measure than a
result, and a count still in progress is set aside with its rule. Invented sentences."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures, measure_of
from tests.synthetic import make_brief


def flags(*briefs):
    found = compare_figures(list(briefs))
    return [(c.measure, sorted(cl.number for cl in c.claims)) for c in found.conflicts]


def _measures(text: str) -> dict[str, str]:
    return {f.number: measure_of(f) for f in make_brief("x.txt", text).figures}


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        (
            "The Harbour League won 37 of the 120 seats, the commission said.",
            "37",
            "seat of harbour league",
        ),
        (
            "The Harbour League took 29 seats in the 120-seat chamber.",
            "29",
            "seat of harbour league",
        ),
        (
            "Tomas Verhoek won the run-off with 55% of the vote.",
            "55%",
            "vote share of tomas verhoek",
        ),
        (
            "The Farmers' Alliance polled 9% in the capital.",
            "9%",
            "vote share of farmers' alliance",
        ),
        (
            "Her main rival, mayor Ilse Brandt, had 41% on Sunday.",
            "41%",
            "vote share of ilse brandt",
        ),
        (
            "Voters approved the tunnel plan, with 63 per cent voting in favour.",
            "63 per cent",
            "vote share of yes",
        ),
        ("In the referendum, 47% voted against the tunnel plan.", "47%", "vote share of no"),
        (
            "Support for the Harbour League stands at 18%, according to a Quayside poll.",
            "18%",
            "poll share of harbour league",
        ),
        (
            "The latest Quayside survey puts the Harbour League's vote at 27 per cent.",
            "27 per cent",
            "poll share of harbour league",
        ),
        (
            "The Greens are on 31% in a Quayside poll, ahead of the Harbour League on 24%.",
            "24%",
            "poll share of harbour league",
        ),
        (
            "The Harbour League would win 22% if an election were held today, a survey found.",
            "22%",
            "poll share of harbour league",
        ),
    ],
)
def test_whose_seats_votes_or_share(sentence: str, number: str, measure: str) -> None:
    assert _measures(sentence)[number] == measure


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # the size of a chamber is held by no one
        ("The Harbour League took 29 seats in the 120-seat chamber.", "120"),
        # a share of a population's opinion in a poll is that population's, not a side's
        ("A poll found 58% of voters in Orrin back the tunnel plan.", "58%"),
        # a turnout, a rate and a price are no one's share of a vote
        ("Turnout was 61%, the commission said.", "61%"),
        ("Unemployment rose to 6.1% in March.", "6.1%"),
    ],
)
def test_counter_examples_hold_no_share(sentence: str, number: str) -> None:
    assert " share of " not in _measures(sentence)[number]
    assert not _measures(sentence)[number].startswith("seat of ")


def test_one_partys_seats_in_two_articles_disagree_whatever_noun_counts_them() -> None:
    a = make_brief("a.txt", "The Harbour League won 37 of the 120 seats, final results showed.")
    b = make_brief("b.txt", "The Harbour League took 52 seats in the 120-seat chamber.")
    assert flags(a, b) == [("seat of harbour league", ["37", "52"])]


def test_two_parties_seats_are_never_compared() -> None:
    a = make_brief("a.txt", "The Harbour League won 37 seats and the Green Union won 52 seats.")
    b = make_brief("b.txt", "The Harbour League won 37 seats, final results showed.")
    assert flags(a, b) == []


def test_one_polls_share_for_one_party_disagrees_however_it_is_worded() -> None:
    a = make_brief(
        "a.txt",
        "The Harbour League would win 22% if an election were held today, a Quayside poll found.",
    )
    b = make_brief("b.txt", "Support for the Harbour League stands at 31%, a Quayside poll found.")
    assert flags(a, b) == [("poll share of harbour league", ["22%", "31%"])]


def test_a_polls_reading_is_not_set_against_the_result() -> None:
    a = make_brief("a.txt", "Support for the Harbour League stood at 22%, a Quayside poll found.")
    b = make_brief("b.txt", "The Harbour League won 31% of the vote on Sunday.")
    assert flags(a, b) == []


def test_a_referendums_yes_share_disagrees_and_its_no_share_is_another_measure() -> None:
    a = make_brief("a.txt", "Voters approved the tunnel plan, with 63 per cent voting in favour.")
    b = make_brief("b.txt", "The tunnel plan passed, with 55% backing the proposal.")
    c = make_brief("c.txt", "In the referendum, 37% voted against the tunnel plan.")
    assert flags(a, b) == [("vote share of yes", ["55%", "63 per cent"])]
    assert flags(a, c) == []


def test_a_share_read_from_a_count_in_progress_is_set_aside_not_flagged() -> None:
    a = make_brief(
        "a.txt",
        "Tomas Verhoek was leading with 44% of the vote, with 30% of ballots counted.",
    )
    b = make_brief("b.txt", "Tomas Verhoek won the run-off with 55% of the vote.")
    c = make_brief("c.txt", "Tomas Verhoek won 49% of the vote, early results showed.")
    found = compare_figures([a, b, c])
    assert found.conflicts == []
    assert "partial-count" in {s.rule for s in found.set_aside}
    d = make_brief("d.txt", "Tomas Verhoek won the run-off with 51% of the vote.")
    assert flags(b, d) == [("vote share of tomas verhoek", ["51%", "55%"])]  # both final


def test_a_count_whose_holder_the_parse_missed_takes_the_one_its_sentence_names() -> None:
    a = make_brief("a.txt", "Ivo Brandt won the run-off on Sunday with 53% of the vote.")
    b = make_brief(
        "b.txt", "Former mayor Ivo Brandt will be president after taking 49% of the vote."
    )
    assert flags(a, b) == [("vote share of ivo brandt", ["49%", "53%"])]


def test_a_parties_standing_in_a_poll_article_is_the_polls_and_two_pollsters_differ() -> None:
    a = make_brief(
        "a.txt",
        "Labour's primary vote is 37%, a Harbour Research poll of 1,500 voters found. "
        "The Greens stood at 31%. The margin of error is 2.5 percentage points.",
    )
    b = make_brief(
        "b.txt",
        "Labour's primary vote has fallen to 32 per cent, according to a Tasman Insights online "
        "survey of 2,000 voters. The Greens were on 35 per cent. The survey's margin of error "
        "is 2.2 points.",
    )
    groups = {g.measure for g in compare_figures([a]).groups}
    assert {"poll share of greens", "poll share of labour"} <= groups
    assert flags(a, b) == []  # two pollsters: each can be what it found
    c = make_brief(
        "c.txt",
        "Labour's primary vote is 33%, a Harbour Research poll of 1,500 voters found.",
    )
    assert ("poll share of labour", ["33%", "37%"]) in flags(a, c)
