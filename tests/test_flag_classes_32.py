"""Classes read from the sixty-second battery (comparisons, records and rankings told as
news), each with what it must do and a counter-example where it must not. Every sentence is
invented."""

from __future__ import annotations

from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_set_aside


def _counted(text: str) -> dict[str, str | None]:
    """Each number of a one-sentence article with what it counts."""
    return {f.number: f.counted for f in make_brief("x.txt", text, dated="14 June 2026").figures}


# --- "a record 228,000 passengers": the passengers are counted, "record" is no name ----------


def test_a_record_count_opening_a_sentence_counts_its_plural() -> None:
    # the parse reads "record 228,000" as a name ("lap 48"), which dropped the figure
    assert _counted("A record 41,500 visitors passed through the gallery on Saturday.") == {
        "41,500": "visitor"
    }
    assert _counted("A record 7,300 cases were awaiting trial at the end of June.") == {
        "7,300": "case"
    }


def test_a_name_before_a_number_is_still_a_name() -> None:
    # counter-examples: a class or a lap before its number names a thing; nothing is counted
    assert _counted("A Category 3 storm struck the island on Saturday.") == {}
    assert _counted("Lap 48 was the fastest of the race on Saturday.") == {}


def test_two_record_counts_of_one_day_are_a_flag() -> None:
    assert_flagged(
        "A record 41,500 visitors passed through the Halden gallery on Saturday, the most "
        "in a single day since it opened in 2011, its director said.",
        "The Halden gallery welcomed 29,800 visitors on Saturday, a single-day record since "
        "its opening in 2011, its director said.",
    )


# --- "since its opening in 2011" is a yardstick, as "since it opened in 2011" is -------------


def test_the_year_a_place_opened_told_by_a_noun_is_no_year_of_the_figure() -> None:
    assert_flagged(
        "The Halden gallery welcomed 29,800 visitors on Saturday, a single-day record since "
        "its launch in 2011, its director said.",
        "The Halden gallery welcomed 41,500 visitors on Saturday, its director said.",
    )


def test_a_figure_of_the_year_a_place_opened_is_background() -> None:
    # counter-example: the figure's own year is the opening year: background
    assert_set_aside(
        "The Halden gallery welcomed 18,000 visitors in 2011, the year of its opening.",
        "The Halden gallery welcomed 41,500 visitors on Saturday, its director said.",
        "background-year",
    )


# --- "a strike at the Velmar plant in Gdansk that lasted 63 days": the strike's length ---------


def _lengths(text: str) -> dict[str, str | None]:
    brief = make_brief("x.txt", text, dated="14 June 2026")
    return {f.number: f.counted for f in brief.figures if f.measure == "length"}


def test_a_length_told_in_a_relative_clause_after_where_the_event_was() -> None:
    assert _lengths(
        "A strike at Varnholt Marine's yard in Gdansk that lasted 63 days ended on Friday."
    ) == {"63 days": "strike"}
    assert _lengths(
        "A strike at the Varnholt yard in Gdansk, which lasted 63 days, ended on Friday."
    ) == {"63 days": "strike"}


def test_another_event_s_length_in_a_later_clause_is_not_the_strike_s() -> None:
    # counter-example: the talks lasted three days, not the strike
    assert _lengths(
        "The strike at the Varnholt yard in Gdansk, called after pay talks that lasted three "
        "days, ended on Friday."
    ) == {"three days": "talks"}


def test_two_lengths_of_one_strike_are_a_flag() -> None:
    assert_flagged(
        "Welders at the Varnholt yard in Gdansk went back to work on Friday, ending a 47-day "
        "strike.",
        "A strike at the Varnholt yard in Gdansk that lasted 63 days came to an end on Friday.",
    )
