"""Classes found this session on durations (how long a thing lasted): a length told by a verb
that measures time ("the shaking lasted about 20 seconds", "a review that took 14 months",
"spent 187 days aboard the station"), by "for" after what went on ("trading was suspended for
47 minutes", "was down for 17 hours straight"), as a stay in a state ("after 41 days in
orbit", "after 36 hours without water") or as the modifier of more events ("a nine-hour operation", "a three-hour
meeting"); what lasted is named by the parse (the verb's subject, what a halting verb halted,
the state a thing was down in). A length's day is anchored to its article's date, and a
length whose sentence names no day may be of the event another dates. Each with what it must
do and a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.find.grammar import what_lasted
from summarise.find.quantities import EVENT_LENGTH_UNIT
from summarise.schemas import Figure
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_quiet


def _lengths(text: str) -> dict[str, tuple[float, str | None]]:
    """The lengths code finds in `text`: number phrase -> (hours, what lasted)."""
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return {
        f.number: (round(f.value or 0.0, 4), f.counted)
        for f in brief.figures
        if f.unit == EVENT_LENGTH_UNIT
    }


def _figure(text: str, number: str) -> Figure:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return next(f for f in brief.figures if f.number == number)


# --- found, with what lasted ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "hours", "what"),
    [
        (
            "The main tremor lasted about 15 seconds, the observatory said.",
            "about 15 seconds",
            round(15 / 3600, 4),
            "tremor",
        ),
        (
            "The takeover was cleared after a review that took 11 months.",
            "11 months",
            11 * 730.0,
            "review",
        ),
        (
            "A fire engine took 38 minutes to reach the farm.",
            "38 minutes",
            round(38 / 60, 4),
            "fire engine",
        ),
        (
            "The opera, which runs for four hours and 5 minutes, opens in Turin.",
            "four hours and 5 minutes",
            round(4 + 5 / 60, 4),
            "opera",
        ),
        (
            "Dealing in Lisbon was suspended for 35 minutes on Monday.",
            "35 minutes",
            round(35 / 60, 4),
            "halt of dealing",
        ),
        (
            "A power fault halted trading on the bourse for three hours.",
            "three hours",
            3.0,
            "halt of trading",
        ),
        (
            "The booking site was down for nine hours straight on Friday.",
            "nine hours",
            9.0,
            "outage",
        ),
        ("The expedition spent 52 days on the ice.", "52 days", 52 * 24.0, "on ice"),
        ("The sailors came home after 64 days at sea.", "64 days", 64 * 24.0, "at sea"),
        (
            "Rain returned after 19 consecutive days without a drop.",
            "19 consecutive days",
            19 * 24.0,
            "without drop",
        ),
        ("Doctors finished a nine-hour operation on the boy.", "nine-hour", 9.0, "operation"),
        ("The jury returned after deliberating for 11 hours.", "11 hours", 11.0, "deliberation"),
        (
            "The ballet, with a running time of two hours and 10 minutes, opens in Oslo.",
            "two hours and 10 minutes",
            round(2 + 10 / 60, 4),
            "ballet",
        ),
        (
            "The average response time was 14 minutes.",
            "14 minutes",
            round(14 / 60, 4),
            "response time",
        ),
    ],
)
def test_a_length_is_found_with_what_lasted(
    text: str, number: str, hours: float, what: str
) -> None:
    assert _lengths(text)[number] == (hours, what)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a record's span, not how long a thing went on
        ("Inflation hit its highest level for 30 years in May.", "30 years"),
        ("The river was the lowest for 12 months on Monday.", "12 months"),
        # a rate of hours, not a length
        ("Volunteers worked for 12 hours a day on the dykes.", "12 hours"),
        # a scene set at the sentence's start, and a window: neither is a length
        ("Two days after the landslide, rescuers found 4 survivors.", "Two days"),
        ("In the 24 hours after the storm, 300 calls were logged.", "24 hours"),
        # the first time in a span is no length of anything
        ("The index fell for the first time in nine days.", "nine days"),
    ],
)
def test_a_span_that_is_no_length_is_not_found(text: str, number: str) -> None:
    assert number not in _lengths(text)


def test_what_lasted_is_the_verb_where_no_noun_is_named() -> None:
    sentence = "They waited for six hours at the border."
    assert what_lasted(sentence, sentence.index("six")) == "wait"
    # counter-example: a length that hangs on no verb has no holder
    assert what_lasted("Six hours.", 0) is None


# --- compared -------------------------------------------------------------------------------


def test_two_lengths_of_one_shaking_are_flagged() -> None:
    assert_flagged(
        "The main shaking lasted about 15 seconds, seismologist Irma Duarte said.",
        "The quake shook the city for nearly 70 seconds, seismologist Irma Duarte said.",
    )


def test_an_outage_told_as_down_and_as_lasted_is_flagged() -> None:
    assert_flagged(
        "The payments network of Korvell Bank was down for 14 hours on Thursday.",
        "Korvell Bank said Thursday's outage of its payments network lasted about three hours.",
    )


def test_a_stay_in_orbit_told_twice_is_flagged() -> None:
    assert_flagged(
        "Three astronauts landed on Saturday after 122 days in orbit aboard the Kestrel station.",
        "The Kestrel crew splashed down yesterday after 131 days in orbit, the agency said.",
    )


def test_a_length_with_no_day_is_the_length_of_the_dated_event() -> None:
    assert_flagged(
        "The northern runway at Brno was closed for 13 hours after a cargo jet skidded off it "
        "in the evening, the airport said.",
        "The northern runway at Brno was shut for five hours before reopening on Friday, "
        "the airport said.",
    )


def test_two_lengths_of_two_days_are_not_flagged() -> None:
    # counter-example: a strike on Monday and one on Thursday are two strikes
    assert_quiet(
        "Bus drivers in Porto held a four-hour strike on Monday, the Sintra union said.",
        "Bus drivers in Porto held a six-hour strike on Thursday, the Sintra union said.",
    )


def test_a_stage_and_the_whole_are_not_flagged() -> None:
    # counter-example: the first leg and the whole voyage are two lengths
    assert_quiet(
        "The first leg of the rowing crossing took 9 days, the crew of the Ardent said.",
        "The whole rowing voyage took 41 days, ending in Antigua, the crew of the Ardent said.",
    )


def test_a_length_does_not_date_the_count_it_times() -> None:
    # "150 walkers were stranded for five hours": the five hours are a length of their own
    figure = _figure("About 150 walkers were stranded for five hours on the ridge.", "About 150")
    assert figure.period is None


def test_the_day_a_length_is_told_is_not_its_events() -> None:
    assert_flagged(
        "The payments network of Korvell Bank was down for 14 hours on Thursday.",
        "Korvell Bank said on Friday that Thursday's outage of the payments network used by its "
        "card customers in Poland lasted about three hours.",
    )
    # counter-example: a length told on its own day of another day's event stays apart
    assert_quiet(
        "The payments network of Korvell Bank was down for 14 hours on Thursday.",
        "Korvell Bank said on Friday that Tuesday's outage of the payments network used by its "
        "card customers in Poland lasted about three hours.",
    )


# --- paired by words ------------------------------------------------------------------------


def test_lengths_of_two_things_are_not_paired() -> None:
    # counter-example: a meeting's 40 minutes and a strike's 12 days are two things
    assert_quiet(
        "The Bergen council meeting on the port strike lasted 40 minutes on Monday.",
        "The Bergen port strike has gone on for 12 days, the dockers' union said on Monday.",
    )


def test_a_running_time_is_no_race_result() -> None:
    # counter-example: a time of a race in words is still a result, not a length
    assert "2 hours 9 minutes 30 seconds" not in _lengths(
        "Okello won the marathon in 2 hours 9 minutes 30 seconds."
    )


def test_a_stretch_of_a_place_is_not_paired_with_the_whole() -> None:
    # counter-example: a 2km stretch of a beach and the whole 9km beach are two lengths, each
    # its article's only one
    assert_quiet(
        "Rangers closed a 2km stretch of Brava beach to walkers on Monday to protect nests.",
        "Hotels along the 9-kilometre Brava beach criticised the rangers' night ban on Monday.",
    )


@pytest.mark.parametrize(
    ("text", "number", "what"),
    [
        # a doing's length is of its doers, never an outage (test_flag_classes_14, _33)
        ("Rescuers worked for 14 hours to free the driver.", "14 hours", "rescuer"),
        ("The hostages were held for 48 hours near Antwerp.", "48 hours", "hostage"),
        # a halt is of what was halted; a delay is no length of the thing put off
        ("The trial was delayed for two years.", "two years", "delay of trial"),
    ],
)
def test_a_length_of_a_doing_is_of_its_doers(text: str, number: str, what: str) -> None:
    assert _lengths(text)[number][1] == what


def test_a_for_span_that_times_a_count_stays_its_window() -> None:
    # counter-example: "for three days" is the window of the 30cm, not a length of its own
    assert (
        _figure(
            "Snow fell on Tuzla for three days, leaving 30 centimetres, the service said.",
            "30 centimetres",
        ).period
        == "for three days"
    )
    assert "three days" not in _lengths(
        "Snow fell on Tuzla for three days, leaving 30 centimetres, the service said."
    )


def test_nautical_miles_are_a_distance() -> None:
    from summarise.find.quantities import parse_quantity

    q = parse_quantity("about 70 nautical miles")
    assert (q.unit, q.value) == ("nmi", 70.0)
    # counter-example: "miles" alone are statute miles
    assert parse_quantity("70 miles").unit == "mi"
