"""Classes of structure read from false flags on the read batteries (the twenty-first and
twenty-second, written blind in the same session, are kept unread): a standing total a body
holds against a count of a doing, an amount added to one already told, a limit set on an
amount, how often ("arrested six times") and multiples, and a change of a count against its
level. Each with what it must do and a counter-example where it must not. Every sentence is
invented."""

from __future__ import annotations

import pytest

from summarise.find.quantities import find_quantities
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside, compared

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


# --- an amount added to one already told ----------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Rescuers evacuated 1,400 residents from the valley on Tuesday, the mayor said.",
            "Another 300 residents were evacuated from the valley on Tuesday, the mayor said.",
        ),
        (
            "The government has pledged €40 million to rebuild the bridge, the minister said.",
            "The government pledged a further €12 million to rebuild the bridge, the minister said.",
        ),
        (
            "The hospital hired 85 nurses this month, the trust said.",
            "The hospital hired an additional 20 nurses this month, the trust said.",
        ),
        (
            "Police arrested 64 fans after the match on Saturday, the force said.",
            "Police arrested 15 more fans after the match on Saturday, the force said.",
        ),
    ],
)
def test_an_addition_and_a_whole_are_set_aside(one: str, other: str) -> None:
    assert_set_aside(one, other, "increment")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two additions of one kind
        (
            "Another 300 residents were evacuated from the valley on Tuesday, the mayor said.",
            "Another 750 residents were evacuated from the valley on Tuesday, the mayor said.",
        ),
        # "another" of another phrase, not of the number
        (
            "In another blow to the club, 4,000 fans were turned away on Saturday, police said.",
            "Police said 9,000 fans were turned away on Saturday.",
        ),
    ],
)
def test_additions_of_one_kind_and_a_far_another_are_compared(one: str, other: str) -> None:
    assert_flagged(one, other)


# --- a limit set on an amount ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The average infant class in the county has 27.4 pupils this year, figures showed.",
            "More infants were in classes above the legal limit of 30 pupils this year, figures "
            "showed.",
        ),
        (
            "About 850 marchers joined the rally in the square on Saturday, police said.",
            "Police had set a cap of 500 marchers on the rally in the square on Saturday.",
        ),
        (
            "The ferry was carrying 212 passengers when it ran aground on Friday, officials said.",
            "The ferry, which had a limit of 150 passengers, ran aground on Friday, officials said.",
        ),
    ],
)
def test_a_limit_and_an_amount_are_set_aside(one: str, other: str) -> None:
    assert_set_aside(one, other, "limit")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two limits
        (
            "Police had set a cap of 500 marchers on the rally in the square on Saturday.",
            "Police had set a cap of 2,000 marchers on the rally in the square on Saturday.",
        ),
        # a weather station's maximum is a reading, not a limit
        (
            "The observatory recorded a maximum of 46.8C in Delhi on Tuesday, forecasters said.",
            "The observatory recorded a high of 44.9C in Delhi on Tuesday, forecasters said.",
        ),
    ],
)
def test_limits_and_readings_are_still_compared(one: str, other: str) -> None:
    assert_flagged(one, other)


# --- how often, or how many times over ------------------------------------------------------


def test_a_multiple_of_a_noun_is_no_count_of_it() -> None:
    # neither "38 times the shares" nor "11 times the shares" counts shares
    assert_quiet(
        "Retail investors bid for 11 times the shares on offer, exchange data showed.",
        "The offering drew bids for 38 times the shares on offer, exchange data showed.",
    )


def test_how_often_is_not_a_count_of_the_doing() -> None:
    # six arrests of one woman are not a count of people arrested
    assert_quiet(
        "Police arrested 40 protesters outside the embassy on Monday, the force said.",
        "One protester, who has been arrested six times since 2019, was held again on Monday.",
    )


def test_how_often_one_thing_was_done_is_compared() -> None:
    assert_flagged(
        "The share sale was subscribed 38 times, exchange data showed on Thursday.",
        "The share sale was subscribed 24 times, exchange data showed on Thursday.",
    )


# --- a change of a count or sum against its level -------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Enrolment rose by about 400,000 learners this year, the ministry said.",
            "About 27 million learners are enrolled in public schools this year, the ministry "
            "said.",
        ),
        (
            "The county recorded an increase of 320 homeless families in 2025, the council said.",
            "The county had 2,140 homeless families in 2025, the council said.",
        ),
        (
            "The city's budget grew by £14 million this year, the finance chief said.",
            "The city's budget is £412 million this year, the finance chief said.",
        ),
    ],
)
def test_a_change_and_a_level_are_set_aside(one: str, other: str) -> None:
    assert_set_aside(one, other, "change-and-level")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two changes
        (
            "Unemployment fell by 12,000 in March, the statistics office said.",
            "Unemployment fell by 31,000 in March, the statistics office said.",
        ),
        # "rose to" gives the level reached
        (
            "Unemployment rose to 1.41 million in March, the statistics office said.",
            "Unemployment stood at 1.62 million in March, the statistics office said.",
        ),
        # a change and its level in one sentence: the level is compared
        (
            "The jobless total rose 12,000 to 1.41 million in March, the statistics office said.",
            "The jobless total stood at 1.62 million in March, the statistics office said.",
        ),
        # "turned up sixty new species" is no change
        (
            "The survey turned up sixty new species in the mountains, its leader said.",
            "Scientists found 27 new species in the mountains, the survey's leader said.",
        ),
    ],
)
def test_changes_levels_and_a_particle_up_are_compared(one: str, other: str) -> None:
    assert_flagged(one, other)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The jobless total rose 12,000 to 1.41 million.", ["12,000", "1.41 million"]),
        ("Membership fell 300 to 4,100 last year.", ["300", "4,100"]),
        # a range stays a range where no verb of moving stands before it
        ("Estimates range from 3,000 to 4,000.", ["from 3,000 to 4,000"]),
        ("Some 3,000 to 4,000 people fled.", ["3,000 to 4,000"]),
        # a range of rises in per cent stays a range
        ("Prices rose 20 to 30 per cent.", ["20 to 30"]),
    ],
)
def test_a_change_then_a_level_is_two_numbers_not_a_range(sentence: str, found: list[str]) -> None:
    assert [q.number for q, _ in find_quantities(sentence)] == found


# --- currencies by their own press's prefix, and volumes ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("The fare will rise to KSh 100 in January.", "KSh 100", "KES"),
        ("A ticket costs Ksh80.", "Ksh80", "KES"),
        ("The budget is USh 40 billion.", "USh 40 billion", "UGX"),
        ("The plant cost RM2.5 billion.", "RM2.5 billion", "MYR"),
        ("The bridge will cost Rp 4 trillion.", "Rp 4 trillion", "IDR"),
        ("The scheme costs Tk 500 crore.", "Tk 500 crore", "BDT"),
        ("The flat sold for Dh3 million.", "Dh3 million", "AED"),
        ("Fares rose to ₱35.", "₱35", "PHP"),
        ("The deal is worth AED 3 million.", "AED 3 million", "AED"),
        ("The port cost GH¢ 300 million.", "GH¢ 300 million", "GHS"),
    ],
)
def test_a_currency_by_its_local_prefix(sentence: str, number: str, unit: str) -> None:
    assert [(q.number, q.unit) for q, _ in find_quantities(sentence)] == [(number, unit)]


def test_a_prefix_without_a_number_next_to_it_is_no_currency() -> None:
    assert [q.unit for q, _ in find_quantities("Flat 3 Dh block had 12 rooms.")] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Some 40,000 litres of crude spilled.", "L"),
        ("About 2,500 barrels of oil leaked.", "bbl"),
        ("The dam released 1.5 million cubic metres of water.", "m³"),
        ("The truck lost 300 gallons of fuel.", "gal"),
    ],
)
def test_a_volume_is_a_measurement(sentence: str, unit: str) -> None:
    assert [q.unit for q, _ in find_quantities(sentence)] == [unit]


def test_two_volumes_of_one_liquid_by_two_units_that_cannot_both_hold_are_flagged() -> None:
    # 2,500 barrels are about 397,000 litres
    assert_flagged(
        "Some 40,000 litres of crude spilled from the pipeline, the company said.",
        "About 2,500 barrels of oil leaked from the pipeline, the company said.",
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # the same volume in two units
        (
            "Some 400,000 litres of crude spilled from the pipeline, the company said.",
            "About 2,500 barrels of oil leaked from the pipeline, the company said.",
        ),
        # two liquids
        (
            "Crews pumped 3 million litres of floodwater out of the station, the council said.",
            "About 800 litres of fuel leaked into the river from a flooded depot, the council said.",
        ),
        # a rate of use per distance against a day's use
        (
            "The new bus uses 28 litres of diesel per 100km, the operator said.",
            "The fleet burned 9,000 litres of diesel on Monday, the operator said.",
        ),
        # a rate per day against a total
        (
            "The field produces 250,000 barrels a day, the ministry said.",
            "The field has produced 9 million barrels since it opened, the ministry said.",
        ),
    ],
)
def test_volumes_that_can_both_hold_are_quiet(one: str, other: str) -> None:
    assert_quiet(one, other)


def test_what_a_reservoir_holds_and_what_a_dam_released_are_set_aside() -> None:
    assert_set_aside(
        "The reservoir holds 42 million cubic metres of water, the water board said.",
        "The dam released 1.5 million cubic metres of water, the water board said.",
        "standing-total",
    )


def test_a_tankers_capacity_is_a_limit() -> None:
    assert_set_aside(
        "The tanker, with a capacity of 33,000 litres of petrol, overturned, police said.",
        "About 9,000 litres of petrol spilled onto the road, police said.",
        "limit",
    )


# --- a part of a group told without its number ----------------------------------------------


def test_some_of_the_injured_are_a_part_of_the_injured() -> None:
    assert_set_aside(
        "A bus rolled down a slope near the pass on Tuesday, injuring 38 people, police said.",
        "She said 22 of the injured were in stable condition on Tuesday.",
        "part-of-count",
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a share of the vote is no part of a count
        (
            "Helen Marsh won the leadership with 61% of the members' vote, the party said.",
            "Helen Marsh won the leadership with 54% of the vote, the party said.",
        ),
    ],
)
def test_a_share_of_a_group_is_no_part_of_a_count(one: str, other: str) -> None:
    assert_flagged(one, other)


def test_two_scores_with_the_same_winners_points_are_not_rounding() -> None:
    assert_flagged(
        "The Harbour Rams won 27-20 against the Valley Hawks on Saturday.",
        "The Harbour Rams secured a 27-13 victory over the Valley Hawks on Saturday.",
    )


# --- a goal someone wants, and a stake's price ----------------------------------------------


def test_what_someone_wants_a_thing_to_reach_is_a_goal() -> None:
    assert_set_aside(
        "The department wants 5G networks to cover 60 per cent of the population, its "
        "secretary said.",
        "5G networks cover 38 per cent of the population, the department said.",
        "forecast",
    )


def test_a_number_wanted_as_such_is_no_goal_of_an_infinitive() -> None:
    # "wants a 9% rise" is a side's demand, compared with demands; no forecast
    _, rules = compared(
        "The union wants a 9% rise, its leader said.",
        "The union wants a 12% rise, its leader said.",
    )
    assert "forecast" not in rules
    assert_flagged("The union wants a 9% rise, its leader said.", "The union wants a 12% rise.")


def test_a_stakes_price_and_the_whole_companys_value_are_set_aside() -> None:
    assert_set_aside(
        "Ndaba Capital agreed to acquire a 51 per cent stake in Veld Freight for 2.04 billion "
        "rand, the companies said.",
        "Ndaba Capital's purchase of a controlling stake in Veld Freight values the trucking "
        "group at R4 billion, the companies said.",
        "stake-and-whole",
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two prices of one stake
        (
            "Ndaba Capital agreed to buy a 51 per cent stake in Veld Freight for R2.04 billion.",
            "Ndaba Capital will pay R2.9 billion for a 51 per cent stake in Veld Freight.",
        ),
        # a 100 per cent stake is the whole company
        (
            "Ndaba Capital will acquire Veld Freight for R4.2 billion for a 100 per cent stake.",
            "Ndaba Capital will pay R3.15 billion for the entire equity of Veld Freight.",
        ),
    ],
)
def test_prices_of_one_stake_or_of_the_whole_are_compared(one: str, other: str) -> None:
    assert_flagged(one, other)
