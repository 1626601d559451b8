"""Classes read from misses and false flags on the read batteries (the twenty-fourth,
twenty-fifth and twenty-sixth are kept unread): a phrasal verb named by its one-word doing
("turned down" is "rejected"), and final scores told in more shapes (a moment of the game in
another clause, a dateline, the side given a win, a result's noun naming both sides, a
headline naming one side). Each with what it must do and a counter-example where it must
not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.find.grammar import result_sides, what_is_counted
from summarise.find.quantities import find_results
from summarise.find.analysis import analyse
from tests.test_flag_classes_9 import assert_flagged, assert_quiet

# --- a phrasal verb is its one-word doing -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "verb"),
    [
        ("The nurses' union turned down a 4% pay offer on Monday.", "4%", "reject"),
        ("Councillors voted down a 3.5% rise in parking charges.", "3.5%", "reject"),
        ("Police rounded up 40 suspects in dawn raids.", "40", "arrest"),
        ("The grocer took over 120 stores from its rival.", "120", "acquire"),
        # a particle with no one-word doing keeps the verb's own lemma
        ("Some 4,000 fans turned out for the parade.", "4,000", "turn"),
    ],
)
def test_a_phrasal_verb_is_named_by_its_doing(sentence: str, number: str, verb: str) -> None:
    at = sentence.index(number)
    (counted,) = what_is_counted(sentence, [(at, at + len(number))])
    assert counted.verb == verb


def test_an_offer_turned_down_and_one_rejected_are_one_offer() -> None:
    assert_flagged(
        "The dockers' union on Friday rejected a 6.5% pay rise over two years offered by "
        "port employers in Ghent.",
        "The dockers' union turned down a two-year pay offer of 4.5 per cent from port "
        "employers in Ghent on Friday.",
    )


def test_an_offer_rejected_and_one_accepted_are_two_offers() -> None:
    # counter-example: two doings of two offers (the first turned down, the next taken)
    assert_quiet(
        "The dockers' union on Friday rejected a 6.5% pay rise over two years offered by "
        "port employers in Ghent.",
        "The dockers' union accepted a two-year pay offer of 4.5 per cent from port "
        "employers in Ghent on Friday.",
    )


# --- final scores in more shapes ---------------------------------------------------------------


def _scores(sentence: str) -> list[float]:
    return [q.value for q, _ in find_results(sentence, analyse(sentence).sents)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a moment of the game in another clause is not this score's
        ("Okoro struck twice in the first half as Lions secured a 2-0 victory over Emirs.", 2000),
        ("Harbour won 3-1 after trailing at the break.", 3001),
        # a quarter-final is a round, not a quarter of the game
        ("Esporte beat Verde 2-1 in the Copa Sul quarter-final on Sunday.", 2001),
    ],
)
def test_a_final_score_beside_another_clause_is_found(sentence: str, value: float) -> None:
    assert _scores(sentence) == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        # counter-examples: a moment of the game in the score's own clause
        "Lions led 2-0 at half-time before Emirs rallied.",
        "Harbour were 1-0 down at the break.",
        "The Hawks trailed 58-61 after the third quarter.",
    ],
)
def test_a_moment_of_the_game_is_no_result(sentence: str) -> None:
    assert _scores(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "number", "sides"),
    [
        # a wire dateline is no side
        (
            "GLENDALE (CPA) - Ross Baird's goals gave Inverkip a 2-1 victory over Perth Rovers.",
            "2-1",
            "inverkip v perth rovers",
        ),
        # the result's noun names both sides; the sentence's subject is a player
        (
            "Flyhalf Jan Botha was the star of the Rhinos' 27-22 victory over the Corsairs.",
            "27-22",
            "corsairs v rhinos",
        ),
        # a win "for" a side names it
        ("Kinsella double seals 2-1 win for Rovers", "2-1", "rovers"),
    ],
)
def test_the_sides_of_a_result(sentence: str, number: str, sides: str) -> None:
    at = sentence.index(number)
    assert result_sides(sentence, at, at + len(number)) == sides


def test_a_score_beside_a_first_half_in_another_clause_is_the_match_result() -> None:
    assert_flagged(
        "Harbour Lions won 3-1 against Kano Emirs on Saturday.",
        "Ayo Okoro struck twice before half-time as Harbour Lions secured a 2-0 win over Kano "
        "Emirs on Saturday.",
    )


def test_a_wait_back_to_a_year_is_no_background_year() -> None:
    assert_flagged(
        "Inverkip won 3-1 against Perth Rovers in the cup final on Saturday.",
        "Two goals from Ross Baird gave Inverkip a 2-1 victory over Perth Rovers in "
        "Saturday's cup final, ending a wait that stretched back to 1987.",
    )


def test_a_headline_naming_one_side_is_of_the_one_match_of_that_side() -> None:
    assert_flagged(
        "Ballymore Rovers beat Corrib Celtic 3-1 at Duggan Park on Friday night.",
        "Kinsella double seals 2-1 win for Rovers\n\nDara Kinsella scored twice on Friday.",
    )


def test_one_side_named_is_not_matched_where_that_side_played_twice() -> None:
    # counter-example: Rovers' league match and their cup match; a one-sided 2-1 could be
    # either
    assert_quiet(
        "Ballymore Rovers beat Corrib Celtic 3-1 on Friday. Ballymore Rovers lost 0-2 to "
        "Galway Town in the cup last week.",
        "Kinsella double seals 2-1 win for Rovers\n\nDara Kinsella scored twice on Friday.",
    )


def test_a_score_named_by_its_two_sides_still_keeps_two_matches_apart() -> None:
    # counter-example: one side, two opponents: two matches, never compared
    assert_quiet(
        "Ballymore Rovers beat Corrib Celtic 3-1 on Friday.",
        "Ballymore Rovers beat Galway Town 2-1 on Friday.",
    )
