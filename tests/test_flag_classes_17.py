"""Classes read from the twenty-ninth battery's remaining false flags (data-heavy stories):
margins read as values, age bands read as ages, a sign dropped, a change in per cent set
against a part, the year of an earlier value put on the value now, a group's count against
the whole, one competition's tally against all. Each with what it must do and a
counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import measure
from summarise.find.periods import event_start, find_period
from summarise.find.quantities import find_ages, find_quantities
from summarise.find.text import sentences
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside

# --- a margin is not a value -----------------------------------------------------------------


def test_a_margin_is_set_apart_from_the_value_it_is_measured_from() -> None:
    assert_set_aside(
        "The win on Saturday takes Saltcoast to 41 points from 26 games.",
        "Saltcoast remain 11 points above the relegation zone after Saturday's win.",
        "margin",
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # counter-examples: two values; two margins (a lead told two ways); a height above
        # the Earth is a value, not a margin
        (
            "The win on Saturday takes Saltcoast to 41 points from 26 games.",
            "The win on Saturday takes Saltcoast to 44 points from 26 games.",
        ),
        (
            "The Green Party is 12 points ahead of Labour, the Delta poll found on Monday.",
            "The Green Party leads Labour by 8 points, the Delta poll found on Monday.",
        ),
        (
            "The satellites will orbit 1,200 km above the Earth, the company said on Monday.",
            "The satellites will orbit 550 km above the Earth, the company said on Monday.",
        ),
    ],
)
def test_values_and_margins_are_compared_among_themselves(one: str, other: str) -> None:
    assert_flagged(one, other)


# --- an age band names a group ---------------------------------------------------------------


def test_an_age_band_is_neither_an_age_nor_a_count() -> None:
    text = (
        "The minimum wage for workers aged 21 and over will rise to 13 euros. Staff aged "
        "16-17 get less, people aged over 65 pay nothing and the over-65s get 3 vouchers."
    )
    sents = sentences(text)
    assert find_ages(text, sents) == []
    found = [q.number for q, _ in find_quantities(text, sents)]
    assert found == ["13 euros", "3"]
    assert_quiet(
        "The minimum wage for workers aged 21 and over will rise to 13 euros.",
        "Workers aged 18 to 20 will get 10 euros an hour.",
    )


def test_a_persons_age_is_still_an_age() -> None:
    # counter-example: "aged 12 and his sister" is a boy's age, not a band
    text = "A boy aged 12 and his sister, aged 9, were rescued."
    assert [q.value for q, _ in find_ages(text, sentences(text))] == [12, 9]
    assert_flagged(
        "Mark Lee, aged 44, was rescued on Monday.", "Rescuers freed Mark Lee, aged 47, on Monday."
    )


# --- a sign ----------------------------------------------------------------------------------


def test_minus_before_a_number_is_its_sign() -> None:
    text = "Net migration was minus 61,000, and the index stood at −4.5."
    found = find_quantities(text, sentences(text))
    assert [(q.number, q.value) for q, _ in found] == [("minus 61,000", -61000), ("−4.5", -4.5)]
    assert_flagged(
        "Net migration was minus 61,000 in the year to June, the office said.",
        "Net migration was 61,000 in the year to June, the office said.",
    )


def test_minus_elsewhere_in_the_sentence_is_no_sign() -> None:
    text = "Minus the fees, the repair cost 4,000 euros."
    assert [q.value for q, _ in find_quantities(text, sentences(text))] == [4000]


# --- the year of an earlier value ------------------------------------------------------------


def test_the_year_after_an_earlier_value_dates_that_value_alone() -> None:
    sentence = "The population is now about 750, up from about 600 in the survey in 2015."
    assert find_period(sentence, sentence.index("750")) is None
    assert find_period(sentence, sentence.index("600")) == "in 2015"
    assert_flagged(
        "The wild population of lynx is now estimated at about 750, up from about 600 in the "
        "last survey in 2015, researchers said.",
        "Researchers now put the wild population of lynx at 860.",
    )
    assert_flagged(
        "Exports rose to 4.1 million tonnes in 2026, compared with 3.2 million tonnes in 2024.",
        "Exports reached 5.3 million tonnes in 2026.",
    )


def test_an_earlier_value_keeps_its_year_and_a_start_time_is_no_earlier_value() -> None:
    # counter-examples: the earlier value itself is background; "from 6 a.m." is a time
    assert_set_aside(
        "The wild population of lynx was about 600 in 2015, researchers said.",
        "Researchers now put the wild population of lynx at 860.",
        "background-year",
    )
    assert_flagged(
        "Dockers will hold a 48-hour strike from 6 a.m. on 14 September, the union said on Friday.",
        "The union said on Friday that dockers would stage a 72-hour strike starting on 14 "
        "September.",
    )


# --- a change in per cent, a part in per cent ------------------------------------------------


def test_a_change_in_per_cent_is_not_compared_with_a_part_of_the_count() -> None:
    assert_set_aside(
        "Road deaths among cyclists rose to 241, up 6 per cent, police said on Monday.",
        "More than a quarter of the road victims were pedestrians, police said on Monday.",
        "change-and-level",
    )
    # counter-example: two changes of one count
    assert_flagged(
        "Road deaths among cyclists rose 6 per cent, police said on Monday.",
        "Road deaths among cyclists rose 9 per cent, police said on Monday.",
    )


# --- a group's count, one competition's tally ------------------------------------------------


def test_a_count_among_a_group_is_a_part_of_the_whole() -> None:
    assert_set_aside(
        "Road deaths among cyclists rose to 241 last year, police said on Monday.",
        "A total of 1,782 people were killed on the roads last year, police said on Monday.",
        "subgroup",
    )
    assert_flagged(
        "A total of 1,632 people were killed on the roads last year, police said on Monday.",
        "A total of 1,782 people were killed on the roads last year, police said on Monday.",
    )


def test_a_league_tally_and_one_in_all_competitions_can_both_hold() -> None:
    assert_set_aside(
        "Ortiz has 24 league goals this season.",
        "Ortiz has scored 31 goals in all competitions this season.",
        "different-variants",
    )
    assert_flagged(
        "Ortiz has 24 league goals this season.", "Ortiz has scored 27 league goals this season."
    )


# --- compact number styles of agency copy (the thirty-second battery) ------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Annual inflation rose to 3.4pc in March, the statistics office said on Monday.",
            "Annual inflation rose to 4.1 per cent in March, the statistics office said on Monday.",
        ),
        (
            "A 41-yr-old woman was charged with the robbery on Monday.",
            "The woman, aged 36, was charged with the robbery on Monday.",
        ),
        (
            "A man of 71 was killed when a tree fell on his car on Monday.",
            "A 64-year-old man was killed when a tree fell on his car on Monday.",
        ),
        (
            "Bus drivers will stage a 72-hr strike from Monday, the union said.",
            "Bus drivers will stage a 48-hour strike from Monday, the union said.",
        ),
        (
            "The hospital waiting list hit 7.6m in January, figures showed on Thursday.",
            "The hospital waiting list hit 7.1 million in January, figures showed on Thursday.",
        ),
    ],
)
def test_a_figure_in_compact_style_is_compared_with_one_written_out(one: str, other: str) -> None:
    assert_flagged(one, other)


def test_compact_styles_read_as_what_they_are() -> None:
    # counter-example: one value in two styles is no flag
    assert_quiet(
        "Annual inflation rose to 3.4pc in March, the statistics office said on Monday.",
        "Annual inflation rose to 3.4 per cent in March, the statistics office said on Monday.",
    )
    read = {
        "Passengers rose to 28.4m last year.": (28_400_000, None),
        "Waves reached 6m at the harbour wall.": (6, "m"),
        "The 40m well ran dry.": (40, "m"),
        "The crater is 40m across.": (40, "m"),
        "Shares rose 12 pct.": (12, "%"),
        "He bought 3 PCs.": (3, None),
        # counter-examples: an abbreviation of time is in lower case; "HR" names a department
        "The firm dismissed 5 HR staff.": (5, None),
        "The 3 SEC officials resigned.": (3, None),
    }
    for text, (value, unit) in read.items():
        ((q, _),) = find_quantities(text, sentences(text))
        assert (q.value, q.unit) == (value, unit), text
    # "a mother of 3" counts her children; "aged 12 and his sister" is still an age
    text = "A mother of 3 and a boy aged 12 were rescued."
    assert [q.value for q, _ in find_ages(text, sentences(text))] == [12]


def test_an_abbreviated_weekday_dates_a_figure() -> None:
    sentence = "The blaze destroyed 40 homes, fire crews said on Fri."
    assert find_period(sentence, sentence.index("40")) == "on Friday"
    # counter-example: "Sun" as a name is no day ("the Sun reported")
    sentence = "The Sun reported 40 homes destroyed."
    assert find_period(sentence, sentence.index("40")) is None


def test_a_strike_is_dated_by_its_start_not_by_its_announcement() -> None:
    assert_flagged(
        "Dockers announced on Monday a 48-hour strike starting on Thursday.",
        "Dockers will stage a 24-hour strike on Thursday, the union said on Tuesday.",
    )
    sentence = "Unions on Wednesday called a 72-hr strike starting at 2100 on Thu 25 Jun."
    assert event_start(sentence, sentence.index("strike")) == "on Thursday"
    # counter-example: a strike with no start told keeps the nearest period
    sentence = "Unions on Wednesday called a 72-hour strike over pay."
    assert event_start(sentence, sentence.index("strike")) is None


def test_a_time_on_the_24_hour_clock_is_no_year() -> None:
    assert_flagged(
        "A wildfire near Leiria had burned 4,500 hectares by 1900 on Sunday, the commander said.",
        "The wildfire near Leiria has now burned 9,200 hectares, the commander said on Sunday.",
    )
    # counter-example: four digits with no zone or day after them may be a year
    assert_set_aside(
        "A wildfire near Leiria had burned 4,500 hectares by 1900, the commander said.",
        "The wildfire near Leiria has now burned 9,200 hectares, the commander said on Sunday.",
        "background-year",
    )
    # "52 wks" is a length of time, not a count
    text = "Patients waiting over 52 wks: 196,000."
    assert [q.value for q, _ in find_quantities(text, sentences(text))] == [196_000]


def test_how_far_a_count_has_got_is_a_measure_of_its_own() -> None:
    brief = make_brief(
        "a.txt",
        "Zelaya won with 52.3% of valid votes with 100% counted. Sales rose 5% in May.",
        dated="14 June 2026",
    )
    names = {f.number: measure(f).name for f in brief.figures}
    assert names["100%"] == "share of the count done"
    assert names["52.3%"] != "share of the count done"
    assert names["5%"] != "share of the count done"  # counter-example: "in May" is no count


def test_what_happens_as_a_rule_is_set_apart_from_what_happened() -> None:
    assert_set_aside(
        "Postal ballots, counted on Monday, usually add about 1 point to the Greens.",
        "The Greens gained 3 points in Sunday's vote, the count showed on Monday.",
        "habitual",
    )
    # counter-example: two statements of the rule are compared
    assert_flagged(
        "Postal ballots, counted on Monday, usually add about 1 point to the Greens.",
        "Postal ballots, counted on Monday, usually add about 3 points to the Greens.",
    )
