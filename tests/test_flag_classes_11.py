"""Classes of structure read from the twentieth held-out battery (the nineteenth, written at
the same time, is kept unread): fraction words as shares ("a third of patients"), a share a
composition verb gives ("tourism accounts for 12% of jobs"), sums per period ("£2 a week"), a
side's demand and an offer, a ballot's winning share, numbers that name a route or stop, a
count stamped with its hour ("by 11am"), an election's result in the perfect tense, and a
delay's length. Each with what it must do and a counter-example where it must not. Every
sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures
from summarise.find.grammar import what_is_counted
from summarise.find.periods import stamped_hour
from summarise.find.quantities import find_event_lengths, find_quantities, sentences
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, compared


def shares(sentence: str) -> list[tuple[str, float | None, float | None, float | None, str]]:
    return [
        (q.number, q.value, q.low, q.high, q.qualifier)
        for q, _ in find_quantities(sentence)
        if q.unit == "%"
    ]


def numbers(sentence: str) -> list[str]:
    return [q.number for q, _ in find_quantities(sentence)]


def quiet(one: str, other: str) -> bool:
    flags, _ = compared(one, other)
    return flags == []


# --- fraction words as shares ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "value", "low", "high", "qualifier"),
    [
        (
            "A third of households have no heating, the council said.",
            "A third",
            33.3,
            30,
            36.7,
            "approx",
        ),
        (
            "Nearly two-thirds of voters backed the plan.",
            "Nearly two-thirds",
            66.7,
            60,
            66.7,
            "approx",
        ),
        ("Half the households lost power overnight.", "Half", 50, 45, 55, "approx"),
        (
            "More than half of the nurses voted to strike.",
            "More than half",
            50,
            50,
            None,
            "at_least",
        ),
        ("A fifth of all trains ran late in June.", "A fifth", 20, 18, 22, "approx"),
        ("Three quarters of the members took part.", "Three quarters", 75, 67.5, 82.5, "approx"),
    ],
)
def test_a_fraction_word_is_a_share(
    sentence: str,
    number: str,
    value: float,
    low: float,
    high: float | None,
    qualifier: str,
) -> None:
    [(got, v, lo, hi, q)] = shares(sentence)
    assert (got, q) == (number, qualifier)
    assert v == pytest.approx(value, abs=0.05)
    assert lo == pytest.approx(low, abs=0.05)
    assert hi == (None if high is None else pytest.approx(high, abs=0.05))


@pytest.mark.parametrize(
    "sentence",
    [
        "They scored twice in the second half of the match.",
        "Sales rose in the first half of the year.",
        "He ran a third of a mile before he fell.",
        "Half an hour later the road reopened.",
        "A quarter of the season is left to play.",
        "Half of what they asked for was paid.",
    ],
)
def test_a_fraction_of_a_stretch_or_of_one_thing_is_no_share(sentence: str) -> None:
    assert shares(sentence) == []


def test_two_thirds_is_one_share_not_the_count_two() -> None:
    assert numbers("Nearly two-thirds of voters backed the plan.") == ["Nearly two-thirds"]


def test_half_a_million_is_still_a_count() -> None:
    [(q, _)] = find_quantities("Half a million people fled the coast.")
    assert (q.value, q.unit) == (500_000, None)


def test_half_of_them_is_still_a_part_of_the_number_before() -> None:
    found = [
        (q.number, q.value)
        for q, _ in find_quantities(
            "Rescuers pulled 40 people from the river, half of them children."
        )
    ]
    assert found == [("40", 40), ("half of them", 20)]


def test_a_fraction_word_and_a_percentage_that_cannot_both_hold_are_flagged() -> None:
    assert_flagged(
        "Two-thirds of the flats in the tower were empty when the fire broke out, the fire "
        "chief said.",
        "Forty per cent of the flats in the tower were empty when the fire broke out, the fire "
        "chief said.",
    )


def test_a_fraction_word_and_its_rounding_are_quiet() -> None:
    assert quiet(
        "Nearly a third of the members voted for the strike, the union said on Friday.",
        "About 31% of the members voted for the strike, the union said on Friday.",
    )


# --- "one in five" rounds no further than ±10% ---------------------------------------------


def test_one_in_five_is_18_to_22_per_cent() -> None:
    [(_, value, low, high, _)] = shares("One in five patients waited more than a year.")
    assert (value, low, high) == (20, 18, 22)


def test_seven_in_ten_still_rounds_to_its_denominator() -> None:
    [(_, value, low, high, _)] = shares("Seven in 10 voters backed the plan.")
    assert (value, low, high) == (70, 65, 75)


def test_one_in_five_against_a_quarter_is_flagged() -> None:
    assert_flagged(
        "A quarter of teachers at the county's schools plan to quit within five years, the "
        "union's survey found.",
        "One in five teachers at the county's schools plan to quit within five years, the "
        "union's survey found.",
    )


def test_one_in_three_against_a_third_is_quiet() -> None:
    assert quiet(
        "One in three teachers at the county's schools plan to quit, the union's survey found.",
        "A third of teachers at the county's schools plan to quit, the union's survey found.",
    )


# --- a share a composition verb gives is the part's -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "part"),
    [
        ("Tourism accounts for 12% of jobs in the region.", "12%", "tourism"),
        ("Services, which make up more than half of output, grew.", "more than half", "service"),
        ("Women represent 40% of staff at the firm.", "40%", "woman"),
        ("Acme accounts for 31% of the market.", "31%", "acme"),
    ],
)
def test_a_composition_share_is_held_by_its_part(sentence: str, number: str, part: str) -> None:
    start = sentence.index(number)
    [counted] = what_is_counted(sentence, [(start, start + len(number))])
    assert counted.holder == part


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The firm made 12% of its sales abroad.", "12%"),
        ("Factory output grew 1.4% in the quarter.", "1.4%"),
    ],
)
def test_a_share_no_composition_verb_gives_has_no_part(sentence: str, number: str) -> None:
    start = sentence.index(number)
    [counted] = what_is_counted(sentence, [(start, start + len(number))])
    assert counted.holder is None


def test_a_parts_share_is_not_compared_with_the_wholes_growth() -> None:
    assert quiet(
        "Services, which make up more than half of output, expanded 4.2 per cent in the "
        "quarter, the statistics office said.",
        "Factory output grew 1.1% in the quarter, the statistics office said on Tuesday.",
    )


def test_one_parts_share_told_two_ways_is_compared() -> None:
    assert_flagged(
        "Tourism, which makes up 18% of the island's economy, employs 40,000 people, the "
        "minister said.",
        "Tourism accounts for 31 per cent of the island's economy and employs 40,000 people, "
        "the minister said.",
    )


def test_two_parts_shares_are_not_compared() -> None:
    assert quiet(
        "Tourism makes up 18% of the island's economy, the minister said on Monday.",
        "Fishing accounts for 9 per cent of the island's economy, the minister said on Monday.",
    )


# --- a sum or count per period is a rate -----------------------------------------------------


def test_a_weekly_rise_is_not_compared_with_a_yearly_bill() -> None:
    assert quiet(
        "Households will pay about £2 a week more in council tax from April, the council said.",
        "A Band D household will pay £2,184 in council tax from April, the council said.",
    )


def test_a_yearly_payment_is_not_compared_with_a_contracts_total() -> None:
    assert quiet(
        "The council has awarded a five-year contract worth £12.5 million to Acme Systems.",
        "The council will pay Acme Systems £2.5 million a year for the software.",
    )


def test_two_hourly_wages_are_compared() -> None:
    assert_flagged(
        "Cleaners at the hospital are paid £11.44 an hour, the union said on Friday.",
        "Cleaners at the hospital are paid £10.90 an hour, the union said on Friday.",
    )


def test_a_year_and_annually_are_one_rate() -> None:
    assert_flagged(
        "The government will give the airline €40 million a year in subsidies until 2030, the "
        "minister said.",
        "The government will give the airline €65 million annually in subsidies until 2030, the "
        "minister said.",
    )


def test_monthly_users_are_users_not_a_rate() -> None:
    assert_flagged(
        "The app now has 40 million monthly users, the company said on Tuesday.",
        "The app has 25 million monthly users, the company said on Tuesday.",
    )


def test_a_price_including_its_debts_is_another_measure() -> None:
    assert quiet(
        "The co-op has agreed to buy the dairy in a deal valuing it at €74 million including "
        "its debts.",
        "The co-op will pay €52 million for the shares in the dairy.",
    )


# --- a side's demand and the other side's offer ----------------------------------------------


def test_a_demand_is_not_compared_with_an_offer() -> None:
    assert quiet(
        "Bus drivers at the depot are demanding a 9 per cent pay rise, their union said on Monday.",
        "The bus operator said on Monday its offer of 5 per cent to drivers at the depot was fair.",
    )


def test_two_demands_told_two_ways_are_compared() -> None:
    assert_flagged(
        "Bus drivers at the depot are demanding a 9 per cent pay rise, their union said on Monday.",
        "Bus drivers at the depot are calling for a 12 per cent pay rise, their union said on "
        "Monday.",
    )


def test_two_offers_told_two_ways_are_compared() -> None:
    assert_flagged(
        "The bus operator has offered drivers a 4% pay rise, the company said on Monday.",
        "The bus operator said on Monday its offer of 6 per cent to drivers was fair.",
    )


def test_a_takeover_offer_is_still_its_price() -> None:
    assert_flagged(
        "Brackley Foods has agreed to be bought by Hollin Capital for 515p a share, the "
        "companies said.",
        "Hollin Capital has won backing for a takeover offer of 545 pence per share for "
        "Brackley Foods, the companies said.",
    )


# --- a ballot won by a share ------------------------------------------------------------------


def test_a_ballots_winning_share_is_not_its_turnout() -> None:
    assert quiet(
        "Midwives in Wales have voted for strike action on a turnout of 63 per cent, the union "
        "said on Tuesday.",
        "Midwives in Wales have voted by 91 per cent to strike, the union said on Tuesday.",
    )


def test_two_winning_shares_of_one_ballot_are_compared() -> None:
    assert_flagged(
        "Midwives in Wales have voted by 91 per cent to strike, the union said on Tuesday.",
        "Midwives in Wales backed strike action by 78 per cent, the union said on Tuesday.",
    )


@pytest.mark.parametrize(
    ("sentence", "number", "side"),
    [
        ("Nurses have voted by 89 per cent to take industrial action.", "89 per cent", "yes"),
        ("Dockers rejected the offer by 64 per cent, the union said.", "64 per cent", "no"),
        ("Councillors approved a rise in council tax by 4.99% on Wednesday.", "4.99%", None),
    ],
)
def test_a_share_a_ballot_was_won_by_names_its_side(
    sentence: str, number: str, side: str | None
) -> None:
    start = sentence.index(number)
    [counted] = what_is_counted(sentence, [(start, start + len(number))])
    assert counted.holder == side


# --- a number that names a route, a line or a stop -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She takes the 25 route to get to her hospital appointments.",
        "Commuters waited for the number 7 bus in the rain.",
        "The train left from platform 4 at noon.",
        "Line 3 has 16 stations along the river.",
        "Patients on ward 7 were moved overnight.",
    ],
)
def test_a_number_that_names_a_route_or_stop_is_no_count(sentence: str) -> None:
    assert [n for n in numbers(sentence) if n in ("25", "7", "4", "3")] == []


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The operator runs 22 routes across the county.", "22"),
        ("The 40 service stations on the motorway closed.", "40"),
        ("The 17km line, the first in the city, opens in May.", "17km"),
        ("He was one of the 12 in the group.", "12"),
        ("The 25 passengers were rescued by lifeboat.", "25"),
    ],
)
def test_a_count_before_a_route_word_is_still_a_count(sentence: str, number: str) -> None:
    assert number in numbers(sentence)


def test_a_route_number_is_not_compared_with_a_count_of_routes() -> None:
    assert quiet(
        "The operator runs 22 routes and carries about 90,000 passengers a week.",
        "Pensioner Ada Kerr, 76, who takes the 25 route to the hospital, said fares were too high.",
    )


# --- a count stamped with the hour it stood at ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hour"),
    [
        ("By 11am, nine people had been taken to hospital.", 11.0),
        ("As at 6.30pm, 14 homes were without power.", 18.5),
        ("By midday, 40 flights had been cancelled.", 12.0),
        ("By Thursday evening the fire had burned 900 acres.", 19.0),
        ("The plan aims to plant 2,000 trees by 2030.", None),
        ("The aircraft landed at 3:42 pm with 142 passengers.", None),
    ],
)
def test_the_hour_a_count_stood_at(sentence: str, hour: float | None) -> None:
    assert stamped_hour(sentence) == hour


def test_a_count_by_an_hour_below_the_days_total_is_a_rise() -> None:
    assert quiet(
        "By 11am, nine people had been taken to hospital after a gas leak at the leisure "
        "centre, the ambulance service said.",
        "A total of 22 people were taken to hospital over the course of Saturday after a gas "
        "leak at the leisure centre, the ambulance service said.",
    )


def test_a_later_hours_count_below_an_earlier_one_is_flagged() -> None:
    assert_flagged(
        "By 3pm, 30 people had been taken to hospital after a gas leak at the leisure centre, "
        "the ambulance service said.",
        "By 6pm, 12 people had been taken to hospital after a gas leak at the leisure centre, "
        "the ambulance service said.",
    )


def test_a_count_by_an_hour_against_another_count_of_no_hour_is_flagged() -> None:
    assert_flagged(
        "By 11am, nine people had been taken to hospital after a gas leak at the leisure "
        "centre, the ambulance service said.",
        "Twenty-two people were taken to hospital after a gas leak at the leisure centre, the "
        "ambulance service said.",
    )


# --- an election's result does not run on by its tense ---------------------------------------


def test_a_winners_votes_told_in_the_perfect_are_compared() -> None:
    assert_flagged(
        "Independent candidate Rosa Telford has won the Marsh ward by-election with 1,482 "
        "votes, the council said.",
        "Rosa Telford won the Marsh ward by-election on Thursday night, polling 1,163 votes, "
        "the council said.",
    )


@pytest.mark.parametrize(
    ("earlier", "flags", "tallies"),
    [
        # "so far" says the count still runs: a rise the next day is a tally
        (
            "The Dawn Party has won 120 seats so far, the commission said.",
            [],
            ["seat of dawn party"],
        ),
        # the perfect alone does not: a result and another result are compared
        ("The Dawn Party has won 120 seats, the commission said.", [["120", "180"]], []),
    ],
)
def test_a_result_runs_on_only_where_its_sentence_says_so(
    earlier: str, flags: list[list[str]], tallies: list[str]
) -> None:
    found = compare_figures(
        [
            make_brief("a.txt", earlier, dated="14 June 2026"),
            make_brief(
                "b.txt",
                "The Dawn Party has won 180 seats, the commission said.",
                dated="15 June 2026",
            ),
        ]
    )
    assert [sorted(c.number for c in f.claims) for f in found.conflicts] == flags
    assert [t.measure for t in found.tallies] == tallies


def test_a_share_while_ballots_were_still_being_counted_is_a_partial_count() -> None:
    flags, rules = compared(
        "Former judge Ilse Marek was leading the presidential runoff late on Saturday, with "
        "46.1% of the vote after 55% of ballots had been counted, the election office said.",
        "Ilse Marek has won the presidential runoff with 52.4% of the vote, according to final "
        "results published by the election office on Sunday.",
    )
    assert flags == []
    assert "partial-count" in rules


def test_a_rejected_offer_is_an_offer() -> None:
    assert_flagged(
        "Refuse workers at the council have rejected a pay offer of 4.5 per cent, their union "
        "said.",
        "Refuse workers at the council have rejected a 3 per cent pay offer, their union said.",
    )


# --- a delay's length ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "hours"),
    [
        ("Passengers were delayed by four hours on Saturday.", "four hours", 4.0),
        ("The flight departed nine hours late.", "nine hours", 9.0),
        ("The train arrived about 40 minutes late.", "about 40 minutes", 40 / 60),
    ],
)
def test_a_delay_told_by_its_verb_or_late_is_its_length(
    sentence: str, number: str, hours: float
) -> None:
    [(q, event, _)] = find_event_lengths(sentence, sentences(sentence))
    assert (q.number, event) == (number, "delay")
    assert q.value == pytest.approx(hours)


def test_a_trial_delayed_for_years_is_no_delay_length() -> None:
    # the trial's delay (test_flag_classes_43), never a flight's delay nor the trial's length
    brief = make_brief("a.txt", "The trial was delayed for two years.", dated="14 June 2026")
    assert [f.counted for f in brief.figures] == ["delay of trial"]


def test_one_flights_delay_told_by_its_day_as_a_modifier_is_compared() -> None:
    assert_flagged(
        "Passengers on a flight from Leeds to Faro were delayed by four hours on Saturday "
        "after a fault was found on the aircraft.",
        "The airline has apologised after its Saturday morning flight from Leeds to Faro "
        "departed nine hours late.",
    )


def test_two_days_delays_are_still_two_events() -> None:
    flags, _ = compared(
        "Passengers on the Leeds to Faro flight were delayed by four hours on Saturday.",
        "The airline said its Sunday morning flight from Leeds to Faro departed nine hours late.",
    )
    assert flags == []


def test_offers_counted_are_things_not_an_offer_made() -> None:
    flags, _ = compared(
        "The universities made 12,300 offers for teaching degrees, the admissions service said.",
        "The universities made 9,800 offers for teaching degrees, the admissions service said.",
    )
    assert flags != []


# --- a count in dozens ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "value", "low", "high"),
    [
        ("A dozen buildings collapsed in the quake.", "A dozen", 12, 10, 14),
        ("Some two dozen homes were damaged.", "Some two dozen", 24, 20, 28),
        ("Half a dozen boats sank in the harbour.", "Half a dozen", 6, 5, 7),
        ("More than a dozen people were hurt.", "More than a dozen", 12, 12, None),
    ],
)
def test_a_count_in_dozens(
    sentence: str, number: str, value: float, low: float, high: float | None
) -> None:
    [(q, _)] = find_quantities(sentence)
    assert (q.number, q.value, q.low, q.high) == (number, value, low, high)


@pytest.mark.parametrize(
    "sentence", ["Several dozen people came to the meeting.", "Dozens of homes were damaged."]
)
def test_several_dozen_and_dozens_are_no_dozen(sentence: str) -> None:
    assert [q.value for q, _ in find_quantities(sentence)] in ([], [None])


def test_a_dozen_against_thirty_one_is_flagged() -> None:
    assert_flagged(
        "A dozen buildings collapsed in the old town after the quake, the mayor said on Tuesday.",
        "Thirty-one buildings collapsed in the old town after the quake, the mayor said on "
        "Tuesday.",
    )


def test_a_dozen_against_thirteen_is_quiet() -> None:
    assert quiet(
        "A dozen buildings collapsed in the old town after the quake, the mayor said on Tuesday.",
        "Thirteen buildings collapsed in the old town after the quake, the mayor said on Tuesday.",
    )
