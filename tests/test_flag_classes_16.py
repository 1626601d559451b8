"""Classes read from the twenty-ninth battery's false flags and misses (data-heavy stories;
read this session; the thirtieth, written at the same time, is kept unread with the eighth,
eleventh, twelfth, sixteenth, seventeenth, nineteenth, twenty-first, twenty-fourth and
twenty-eighth). Each with what it must do and a counter-example where it must not. Every
sentence is invented (articles dated 14 June 2026)."""

from __future__ import annotations

import pytest

from tests.test_flag_classes_9 import assert_flagged, assert_period_look, assert_quiet

# --- one count under two names of one window -----------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a start with no date runs to now, like "so far"
        (
            "Clinics in Seville have treated 86 people for heatstroke since Tuesday.",
            "Clinics in Seville have treated 86 people for heatstroke since the heatwave began.",
        ),
        # the year to now, three ways
        (
            "The county has confirmed 44 drownings so far, officials said.",
            "The county has confirmed 44 drownings this year, officials said.",
        ),
        (
            "Strikes have cancelled about 9,000 bus journeys since January.",
            "Strikes have cancelled about 9,000 bus journeys this year.",
        ),
        # a window named less closely: "quarterly" and "the third quarter"
        (
            "Sales for the third quarter rose to $3.7 billion, the retailer said.",
            "Quarterly sales rose to $3.7 billion, the retailer said.",
        ),
    ],
)
def test_one_count_under_two_names_of_its_window_is_no_flag(one: str, other: str) -> None:
    assert_quiet(one, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # counter-examples: two named windows that cannot be one
        (
            "Clinics in Seville have treated 86 people for heatstroke since Tuesday.",
            "Clinics in Seville have treated 86 people for heatstroke since March.",
        ),
    ],
)
def test_one_count_in_two_named_windows_is_a_flag(one: str, other: str) -> None:
    assert_flagged(one, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # windows that do not both run to now: worth a look since the 2026-12-31 session
        # (`test_flag_classes_42`: one value can hold over two such windows, and a window is
        # often another clause's)
        (
            "Sales for the third quarter rose to $3.7 billion, the retailer said.",
            "Sales for the second quarter rose to $3.7 billion, the retailer said.",
        ),
        (
            # (a month's: "last year" is an era of its own since the 2026-12-28 session,
            # `test_flag_classes_39.test_last_year_is_an_era_of_its_own`)
            "The county has confirmed 44 drownings so far this month, officials said.",
            "The county confirmed 44 drownings last month, officials said.",
        ),
    ],
)
def test_one_count_in_two_named_windows_not_to_now_is_worth_a_look(one: str, other: str) -> None:
    assert_period_look(one, other)


def test_a_date_written_day_first_dates_its_event() -> None:
    # "on 3 June" dates the arrests as "on June 3" does: the same count, no window apart
    assert_flagged(
        "Police arrested 14 people in Lyon on 3 June, prosecutors said.",
        "Police arrested 22 people in Lyon on June 3, prosecutors said.",
    )


def test_a_span_of_years_is_a_window() -> None:
    # counter-example to comparing a year's budget with a span's: "for the period 2027 to
    # 2029" is three years
    assert_quiet(
        "Ministers approved a budget of €1.2bn for the agency in 2027.",
        "The agency will receive €3.9bn for the period 2027 to 2029, ministers agreed.",
    )


def test_one_span_of_years_twice_is_one_window() -> None:
    # the rule's counter-example: two sums for the same span are compared
    assert_flagged(
        "The agency will receive €3.9bn for the period 2027 to 2029, ministers agreed.",
        "The agency will get €5.6bn for the period 2027 to 2029, ministers agreed.",
    )
