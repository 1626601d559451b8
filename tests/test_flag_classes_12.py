"""Classes of structure from the first session of 2026-12-01's work on false flags (the read
batteries; the twenty-first and twenty-second, written blind that session, are kept unread):
a standing total a body holds against a count of a doing. Each with what it must do and a
counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.test_flag_classes_9 import assert_flagged, assert_set_aside

# --- a standing total against a count of a doing --------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The Harbour Workers Union, which represents 18,000 dockers, called the stoppage.",
            "About 11,000 dockers joined the stoppage, the Harbour Workers Union said.",
        ),
        (
            "Skyline Air operates 140 aircraft from its base in Lyon, the airline said.",
            "Skyline Air grounded 35 aircraft after an engine fault was found, the airline said.",
        ),
        (
            "St Brendan's Hospital has 640 beds, the health board said.",
            "St Brendan's Hospital opened 90 beds in a new wing, the health board said.",
        ),
        (
            "The district employs 3,400 teachers in its 61 schools, the superintendent said.",
            "The district hired 420 teachers over the summer, the superintendent said.",
        ),
    ],
)
def test_a_standing_total_and_a_count_of_a_doing_are_set_aside(one: str, other: str) -> None:
    assert_set_aside(one, other, "standing-total")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two standing totals by two verbs
        (
            "The Harbour Workers Union, which represents 18,000 dockers, called the stoppage.",
            "The Harbour Workers Union, which has 26,000 dockers as members, called the stoppage.",
        ),
        # two counts of one doing
        (
            "Skyline Air grounded 35 aircraft after an engine fault was found, the airline said.",
            "Skyline Air grounded 52 aircraft after an engine fault was found, the airline said.",
        ),
        # a standing total against a count whose verb gives a level ("is based")
        (
            "Skyline Air operates 140 aircraft from its base in Lyon, the airline said.",
            "The airline's fleet of 95 aircraft is based in Lyon, Skyline Air said.",
        ),
        # "had ... visitors in 2025" is a count over a span, as "welcomed"
        (
            "The aquarium welcomed 1.2 million visitors in 2025, its director said.",
            "The aquarium had 1.6 million visitors in 2025, its director said.",
        ),
        # a count that "has" does not hold ("customers had their data taken") is a doing's
        (
            "Hackers stole the records of 3.2 million customers, Norvane Telecom said.",
            "Norvane Telecom said 1.9 million customers had their records stolen.",
        ),
        # a verb of saying gives the standing total's level
        (
            "The messaging app has 40 million monthly users, the company said.",
            "The messaging app reported 25 million monthly users in its quarterly update.",
        ),
    ],
)
def test_counts_of_one_kind_are_still_compared(one: str, other: str) -> None:
    assert_flagged(one, other)
