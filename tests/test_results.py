"""Results of a match or race, found by code: final scores (winner's goals first, whatever
the order written) and times taken; the sides from the parse; two articles' different
results of one match are a flag, a moment of the game or another match is not. Issue 22."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures
from summarise.find.analysis import analyse
from summarise.find.grammar import result_sides
from summarise.find.quantities import CLOCK_UNIT, SCORE_UNIT, find_results
from tests.synthetic import make_brief


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Harwick Town beat Selby United 3-1 on Saturday.", [("3-1", 3001.0, SCORE_UNIT)]),
        ("Selby United lost 1-3 to Harwick Town.", [("1-3", 3001.0, SCORE_UNIT)]),
        ("The visitors sealed a 2-0 win in the rain.", [("2-0", 2000.0, SCORE_UNIT)]),
        ("The derby ended 2-2.", [("2-2", 2002.0, SCORE_UNIT)]),
        ("Amara Okoye won the Rome half marathon in 1:01:12.", [("1:01:12", 3672.0, CLOCK_UNIT)]),
        ("She took the 1500m title in 3:58.4.", [("3:58.4", 238.4, CLOCK_UNIT)]),
        # not results: a moment of the game, a time of day, a vote, a range, a date
        ("Harwick led 2-0 at half-time.", []),
        ("The first train left at 6:15 on Monday.", []),
        ("The tremor struck at 4:40am local time.", []),
        ("The committee voted 7-2 to approve the plan.", []),
        ("Between 10-20 people were hurt.", []),
        ("The fixture on 12-14 May was postponed.", []),
    ],
)
def test_results_found_by_code(sentence: str, found: list[tuple[str, float, str]]) -> None:
    got = find_results(sentence, analyse(sentence).sents)
    assert [(q.number, q.value, q.unit) for q, _ in got] == found


@pytest.mark.parametrize(
    ("sentence", "number", "sides"),
    [
        ("Harwick Town beat Selby United 3-1 on Saturday.", "3-1", "harwick v selby"),
        (
            "Harwick Town reached the final with a 4-1 win over Selby United.",
            "4-1",
            "harwick v selby",
        ),
        ("Selby United lost 3-1 to Harwick Town on Saturday.", "3-1", "harwick v selby"),
        ("The match between Dunmore and Corran ended 2-2.", "2-2", "corran v dunmore"),
        ("Amara Okoye of Nigeria won the race, crossing the line in 1:01:12.", "1:01:12", "okoye"),
        ("The visitors sealed a 2-0 win in the rain.", "2-0", None),  # no one named
    ],
)
def test_the_sides_of_a_result_come_from_the_parse(
    sentence: str, number: str, sides: str | None
) -> None:
    at = sentence.index(number)
    got = result_sides(sentence, at, at + len(number))
    # the score's sides are folded last words: "Harwick Town" is "harwick" or "town"
    if sides is None:
        assert got is None or " v " not in got
    else:
        assert got is not None and all(s in got for s in sides.split(" v "))


FLAG = [
    (
        "two final scores",
        "Harwick Town beat Selby United 3-1 on Saturday.",
        "Harwick Town reached the final with a 4-1 win over Selby United on Saturday.",
    ),
    (
        "short and long names of the sides",
        "Harwick beat Selby 3-1 on Saturday.",
        "Harwick Town reached the final with a 4-1 win over Selby United on Saturday.",
    ),
    (
        "two winning times",
        "Amara Okoye won the Rome half marathon on Sunday in 1:01:12.",
        "Amara Okoye won the Rome half marathon on Sunday, crossing the line in 1:03:40.",
    ),
]
NO_FLAG = [
    (
        "one result written both ways",
        "Harwick Town beat Selby United 3-1 on Saturday.",
        "Selby United lost 1-3 to Harwick Town on Saturday.",
    ),
    (
        "half-time is not the result",
        "Harwick Town led 2-0 at half-time and beat Selby United 3-1 on Saturday.",
        "Harwick Town beat Selby United 3-1 on Saturday.",
    ),
    (
        "another match in the round-up",
        "Harwick Town beat Selby United 3-1 on Saturday. Elsewhere, Corran beat Dunmore 2-0.",
        "Harwick Town beat Selby United 3-1 on Saturday.",
    ),
    (
        "two matches of sides with the same suffixes",
        "Harwick Town beat Selby United 3-1 on Saturday.",
        "Corran Town beat Dunmore United 2-0 on Saturday.",
    ),
    (
        "two runners' times",
        "Amara Okoye won the race on Sunday in 1:01:12.",
        "Lena Brandt won the race on Sunday in 1:03:40.",
    ),
]


@pytest.mark.parametrize(("why", "a", "b"), FLAG, ids=[w for w, *_ in FLAG])
def test_two_results_of_one_match_are_a_flag(why: str, a: str, b: str) -> None:
    found = compare_figures([make_brief("a.txt", a), make_brief("b.txt", b)])
    assert len(found.conflicts) == 1, (found.conflicts, found.set_aside)
    (flag,) = found.conflicts
    assert flag.severity == "high" and "cannot both be it" in flag.explanation


@pytest.mark.parametrize(("why", "a", "b"), NO_FLAG, ids=[w for w, *_ in NO_FLAG])
def test_results_that_can_both_hold_are_not_a_flag(why: str, a: str, b: str) -> None:
    found = compare_figures([make_brief("a.txt", a), make_brief("b.txt", b)])
    assert found.conflicts == []
