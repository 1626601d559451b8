"""Classes found in the 2027-01-05 session. Plans, targets and what came of them (the
ninety-second battery, read): a strike's start told as "from 6am next Tuesday" is its window,
not the day it was called; a rounder number explains another only within half its last
digit's step; "should deliver" is a forecast, compared with forecasts; a clause with its own
subject joined to a pledge reports its own fact; where refugees or tourists come from is no
place of their count; a capacity is a limit, not a count; a poll's fieldwork dates are its
window; "the 47 per cent recorded in 2025" dates that value alone; an orbit's height is an
altitude; an offer accepted is agreed, not one side's; an "improved bid" is a revision; a
market's move told in articles of two dates is two days' moves. Each with what it must do and
a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures
from summarise.find.grammar import what_is_counted
from summarise.find.periods import event_start, find_period
from summarise.find.places import nearest_place
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_set_aside, compared, compared_on
from tests.test_flag_classes_46 import _measure


def _outlook(sentence: str, number: str) -> str | None:
    at = sentence.index(number)
    return what_is_counted(sentence, [(at, at + len(number))])[0].outlook


# --- a strike's start told after its length ---------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "a 48-hour strike from 6am next Tuesday",
        "a 48-hour strike from next Tuesday",
        "a 48-hour strike from midnight on Tuesday",
        "a 48-hour strike starting at 6am on Tuesday",
    ],
)
def test_a_strike_from_next_tuesday_starts_on_tuesday(words: str) -> None:
    assert event_start(words, words.index("hour") + 4) == "on Tuesday"


def test_two_lengths_of_a_strike_called_and_told_on_one_day_are_a_flag() -> None:
    flags, _ = compared_on(
        "The drivers' union on Thursday called a 48-hour strike from 6am next Tuesday over pay.",
        "The drivers' union said on Thursday its members would stage a 72-hour strike starting "
        "at 6am on Tuesday.",
        "8 October 2026",
    )
    assert flags == [["48-hour", "72-hour"]]
    # counter-examples: a range of days is no start, nor is a length without one
    words = "a 48-hour strike from 6 to 8 March"
    assert event_start(words, words.index("hour") + 4) is None
    assert_set_aside(
        "The union staged a one-day strike last month.",
        "The union on Thursday called a 48-hour strike from next Tuesday.",
        "different-windows",
    )


# --- rounding explains half a step, not a whole one -------------------------------------------


def test_a_round_share_does_not_explain_one_eight_points_off() -> None:
    assert_flagged(
        "The plan aims to connect 90 per cent of households in Greece to fibre by 2030.",
        "The plan aims to connect 98 per cent of households in Greece to fibre by 2030.",
    )
    # counter-example: within half a step the rounder number may be the other rounded
    assert_set_aside(
        "The plan aims to connect 90 per cent of households in Greece to fibre by 2030.",
        "The plan aims to connect 94 per cent of households in Greece to fibre by 2030.",
        "rounding",
    )


# --- "should" is a forecast ---------------------------------------------------------------------


def test_should_deliver_is_a_forecast_compared_with_forecasts() -> None:
    assert (
        _outlook("The merger should deliver savings of £210 million a year.", "210") == "expected"
    )
    assert_flagged(
        "The merger is expected to generate cost savings of £120 million a year by 2029.",
        "The chief executive said the merger should deliver savings of £210 million a year by "
        "2029.",
    )
    # counter-example: "could" is a possibility, never compared
    assert _outlook("The merger could deliver savings of £210 million a year.", "210") == "possible"
    assert_set_aside(
        "The merger is expected to generate cost savings of £120 million a year by 2029.",
        "The chief executive said the merger could deliver savings of £210 million a year by 2029.",
        "forecast",
    )


# --- a clause of its own beside a pledge --------------------------------------------------------


def test_a_clause_with_its_own_subject_beside_a_pledge_reports_a_fact() -> None:
    said = (
        "Donors have pledged $45 million to rebuild schools, but only $12.6 million has so far "
        "been disbursed, the coordinator said on Wednesday."
    )
    assert _outlook(said, "12.6") is None
    assert_flagged(
        said,
        "Donors have pledged $45 million, and $21.6 million has been disbursed so far, the "
        "coordinator said on Wednesday.",
    )
    # counter-example: a verb sharing the pledge's subject is pledged with it
    assert _outlook("He will scrap the law, deport 11 million people and build a wall.", "11") == (
        "expected"
    )


# --- where movers come from ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "place"),
    [
        ("The government will resettle 15,000 refugees from Jordan and Lebanon.", "15,000", None),
        ("Some 2,400 tourists from Germany were stranded in Athens on Monday.", "2,400", "Athens"),
        # counter-example: where people were evacuated from is where the event was
        ("About 3,000 people were evacuated from Gaza and Rafah on Monday.", "3,000", "Gaza"),
    ],
)
def test_where_movers_come_from_is_no_place_of_their_count(
    sentence: str, number: str, place: str | None
) -> None:
    assert nearest_place(sentence, sentence.index(number)) == place


# --- a capacity ----------------------------------------------------------------------------------


def test_a_capacity_is_no_count_of_passengers() -> None:
    flags, _ = compared_on(
        "The new terminal gives Krakow airport capacity for 12 million passengers a year.",
        "Krakow airport handled 9.4 million passengers in the year to October.",
        "8 November 2026",
    )
    assert flags == []
    # counter-example: two capacities of one terminal are compared
    assert_flagged(
        "The new terminal gives Krakow airport capacity for 12 million passengers a year.",
        "The new terminal gives Krakow airport capacity for 15 million passengers a year.",
    )


# --- a poll's fieldwork --------------------------------------------------------------------------


def test_a_polls_fieldwork_dates_are_its_window() -> None:
    sentence = (
        "The survey of 1,020 adults, conducted between 28 August and 3 September, put the "
        "Civic party on 27 per cent."
    )
    assert find_period(sentence, sentence.index("27 per")) == "from 28 August to 3 September"
    assert_set_aside(
        sentence,
        "The poll of 2,450 adults, carried out between 31 August and 5 September, put the Civic "
        "party on 25 per cent.",
        "different-windows",
    )
    # counter-example: a range of values is no span of dates
    assert find_period("Fares rose from 3 to 5 per cent.", 19) is None


# --- a value of an earlier year named beside the figure -----------------------------------------


def test_a_value_recorded_in_an_earlier_year_dates_that_value_alone() -> None:
    flags, _ = compared_on(
        "Turnout in Sunday's local elections was 61.3 per cent, the commission said on Monday, "
        "well above the 47 per cent recorded in 2025.",
        "Some 66.1 per cent of voters took part in Sunday's local elections, the commission said "
        "on Monday.",
        "8 October 2029",
    )
    assert flags == [["61.3 per cent", "Some 66.1 per cent"]]
    # counter-example: the earlier year's own figure is still background
    assert_set_aside(
        "Turnout in Sunday's local elections was 61.3 per cent, the commission said on Monday.",
        "Turnout was 47 per cent in 2025, the commission said on Monday.",
        "background-year",
    )


# --- an orbit's height ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The rocket released the satellite into its planned orbit at 550 kilometres.", "550"),
        ("The rocket put the satellite into a 550km orbit on Sunday.", "550km"),
    ],
)
def test_an_orbits_height_is_an_altitude(sentence: str, number: str) -> None:
    number = next(w for w in ("550 kilometres", "550km") if w in sentence)
    assert _measure(sentence, number) == "altitude"


def test_a_distance_flown_is_no_altitude() -> None:
    assert _measure(
        "The rocket flew 550 kilometres before it fell into the sea.", "550 kilometres"
    ) != ("altitude")


# --- an offer accepted ---------------------------------------------------------------------------


def test_an_offer_accepted_is_what_was_agreed() -> None:
    flags, _ = compared_on(
        "Nurses have voted to accept a pay offer worth 5.2 per cent over two years, their union "
        "said on Wednesday.",
        "Nurses have accepted a pay settlement of 7.2 per cent over two years, the union said on "
        "Wednesday.",
        "8 October 2026",
    )
    assert flags == [["5.2 per cent", "7.2 per cent"]]
    # counter-example: an offer turned down is still the employer's offer
    flags, _ = compared_on(
        "Nurses have rejected a pay offer worth 5.2 per cent over two years, their union said on "
        "Wednesday.",
        "Nurses have accepted a pay settlement of 7.2 per cent over two years, the union said on "
        "Wednesday.",
        "8 October 2026",
    )
    assert flags == []


# --- an improved bid -----------------------------------------------------------------------------


def test_an_improved_bid_told_weeks_later_supersedes_the_first() -> None:
    flags, rules = compared(
        "Van Leeuwen on Monday offered 14.50 euros a share for Nordvik, valuing the company at "
        "about 870 million euros.",
        "The improved bid values the snack maker Nordvik at about 960 million euros.",
        one_day="11 May 2026",
        other_day="1 June 2026",
    )
    assert flags == []
    assert "revised" in rules
    # counter-example: a bid without a word of revision, told the same day, is a flag
    flags, _ = compared_on(
        "Van Leeuwen offered 14.50 euros a share for Nordvik, valuing the company at about 870 "
        "million euros.",
        "Van Leeuwen's bid values the snack maker Nordvik at about 960 million euros.",
        "11 May 2026",
    )
    assert flags == [["about 870 million euros", "about 960 million euros"]]


# --- a market's move is a day's ------------------------------------------------------------------


def test_a_markets_move_told_in_articles_of_two_dates_is_two_days() -> None:
    flags, rules = compared(
        "Its shares jumped 28 per cent to 14.12 euros.",
        "Shares in Nordvik rose 6 per cent to 15.94 euros.",
        one_day="11 May 2026",
        other_day="1 June 2026",
    )
    assert flags == []
    assert "different-moments" in rules
    # counter-example: told in articles of one date, the two moves clash
    flags, _ = compared_on(
        "Its shares jumped 28 per cent to 14.12 euros.",
        "Shares in Nordvik rose 6 per cent to 15.94 euros.",
        "11 May 2026",
    )
    assert ["28 per cent", "6 per cent"] in flags


def test_a_hedged_number_beside_an_exact_one_keeps_a_whole_step() -> None:
    # "about 95 million" already reaches a step either way; "about" writers round to fives
    assert_set_aside(
        "The fossil beds are about 95 million years old, the team said.",
        "The fossil beds are 97 million years old, the team said.",
        "rounding",
    )


def test_a_span_of_a_whole_month_is_that_month() -> None:
    flags, _ = compared_on(
        "Between 1 and 28 February 2027, the network recorded not fewer than 58 dolphins washed "
        "ashore in Vendée.",
        "Twenty-three dolphins washed up dead on the beaches of Vendée in February, the network "
        "said on Thursday.",
        "6 March 2027",
    )
    assert flags == [["Twenty-three", "not fewer than 58"]]
    # counter-example: half a month is another window
    assert compared_on(
        "Between 1 and 14 February 2027, the network recorded 58 dolphins washed ashore in Vendée.",
        "Twenty-three dolphins washed up dead on the beaches of Vendée in February, the network "
        "said on Thursday.",
        "6 March 2027",
    ) == ([], {"different-windows"})


def test_growth_a_government_assumes_is_a_forecast() -> None:
    assert _outlook("The government assumes economic growth of 3.1% next year.", "3.1%") == (
        "expected"
    )
    # counter-example: growth reported is a fact
    assert _outlook("The economy grew 3.1% last year.", "3.1%") is None


def test_sums_brought_about_by_two_verbs_are_one_doing() -> None:
    found = compare_figures(
        [
            make_brief(
                "a.txt", "The merger is expected to generate cost savings of £120 million a year."
            ),
            make_brief("b.txt", "The merger should deliver savings of £210 million a year."),
        ]
    )
    assert [sorted(c.number for c in f.claims) for f in found.conflicts] == [
        ["£120 million", "£210 million"]
    ]
    # counter-example: a sum spent is another doing than one generated
    found = compare_figures(
        [
            make_brief(
                "a.txt", "The merger is expected to generate cost savings of £120 million a year."
            ),
            make_brief("b.txt", "The merger is expected to spend savings of £210 million a year."),
        ]
    )
    assert found.conflicts == []
    assert len(found.worth_a_look) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The poll of 1,012 adults, conducted between 12 and 15 October, put Civic on 24%.",
        "The poll of 1,012 adults, conducted from 12 to 15 October, put Civic on 24%.",
        "The poll of 1,012 adults, conducted from October 12 to October 15, put Civic on 24%.",
        "Prism, which interviewed 1,012 adults from 12 to 15 October, put Civic on 24%.",
    ],
)
def test_one_span_of_fieldwork_said_four_ways_is_one_window(sentence: str) -> None:
    assert find_period(sentence, sentence.index("24%")) == "from 12 October to 15 October"


@pytest.mark.parametrize(
    ("sentence", "number", "outlook"),
    [
        (
            "Workers began a campaign with the aim of reaching 1.8 million children.",
            "1.8",
            "expected",
        ),
        ("The ministry set a goal of vaccinating 2 million children.", "2 million", "expected"),
        ("The city has a target to plant 40,000 trees by 2030.", "40,000", "expected"),
        # counter-examples: what a campaign did is done; an approved plan is decided
        ("The campaign reached 1.8 million children.", "1.8", None),
        ("The cabinet approved a plan to close three libraries.", "three", None),
    ],
)
def test_the_doing_a_noun_of_aiming_names_is_aimed_at(
    sentence: str, number: str, outlook: str | None
) -> None:
    assert _outlook(sentence, number) == outlook


def test_two_samples_of_one_fieldwork_are_still_compared() -> None:
    # counter-example to two fieldworks kept apart: one span said two ways is one poll
    flags, _ = compared(
        "The survey of 1,020 adults, conducted between 28 August and 3 September, put the "
        "Civic party on 27 per cent.",
        "The poll of 2,450 adults, carried out from 28 August to 3 September, put the Civic "
        "party on 27 per cent.",
    )
    assert flags == [["1,020", "2,450"]]


def test_a_month_of_another_year_is_not_the_months_of_this_one() -> None:
    # counter-example to "in February" joining "February 2027": February 2026 is background
    flags, rules = compared_on(
        "In February 2026, the network recorded 58 dolphins washed ashore in Vendée.",
        "Twenty-three dolphins washed up dead on the beaches of Vendée in February, the network "
        "said on Thursday.",
        "6 March 2027",
    )
    assert flags == []
    assert "background-year" in rules


def test_an_improved_bid_told_before_the_first_offers_day_supersedes_nothing() -> None:
    # counter-example to ordering by one named day and the other article's date
    flags, rules = compared(
        "Van Leeuwen on Monday offered 14.50 euros a share for Nordvik, valuing the company at "
        "about 870 million euros.",
        "The improved bid values the snack maker Nordvik at about 960 million euros.",
        one_day="11 May 2026",
        other_day="1 May 2026",
    )
    assert flags == [["about 870 million euros", "about 960 million euros"]]
    assert "revised" not in rules
