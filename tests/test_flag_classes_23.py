"""Classes read from the forty-fourth battery (totals and their parts): an article that gives
a total and its parts, when the other article tells the same parts, is compared by its
total; a count or rate of an age bracket is a part of the population. Each with what it must
do and a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import compared, compared_on

# --- a total beside parts the other article also tells ------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (  # health: both give the nationwide total and one region's part
            "Nurses gave 1.2 million doses of measles vaccine in the first week of the "
            "campaign, the ministry said. In the northern region, 310,000 doses were given.",
            "Nurses gave 1.5 million doses of measles vaccine in the first week of the "
            "campaign, the ministry said. In the northern region, 310,000 doses were given.",
            ["1.2 million", "1.5 million"],
        ),
        (  # sport: the away end told under another name in each article
            "The official attendance at Dunmore Park was 31,460 on Saturday. About 2,500 "
            "visiting supporters filled the south stand.",
            "A crowd of 27,900 watched the final at Dunmore Park on Saturday. About 2,500 "
            "visiting fans filled the south stand.",
            ["27,900", "31,460"],
        ),
        (  # labour: strikers at all plants and at one plant
            "About 12,400 workers walked out at Corvel's three plants on Monday. At the "
            "Brasov plant, 4,100 workers joined the strike.",
            "Some 16,000 workers walked out at Corvel's three plants on Monday. At the Brasov "
            "plant, 4,100 workers joined the strike.",
            ["About 12,400", "Some 16,000"],
        ),
        (  # a small part tells a part under the same measure
            "Hollin Mills employs 480 staff, the company said. Its smallest office has 6 staff.",
            "Hollin Mills employs 620 staff, the company said. Its smallest office has 6 staff.",
            ["480", "620"],
        ),
    ],
)
def test_a_total_beside_told_parts_is_compared(one: str, other: str, pair: list[str]) -> None:
    flags, _ = compared(one, other)
    assert pair in flags


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (  # a part no other article tells: the other's number may be of that part
            "Nurses gave 1.2 million doses of measles vaccine in the first week of the "
            "campaign, the ministry said. In the northern region, 250,000 doses were given.",
            "Nurses gave 310,000 doses of measles vaccine in the northern region in the first "
            "week of the campaign, the ministry said.",
        ),
        (  # the other article gives only parts, one of them below the told part
            "Nurses gave 1.2 million doses of measles vaccine in the first week of the "
            "campaign, the ministry said. In the northern region, 310,000 doses were given.",
            "In the northern region, 310,000 doses were given in the first week of the "
            "campaign, the ministry said. In the southern region, 95,000 doses were given.",
        ),
        (  # values that add up to more than the largest are no total and parts
            "Hollin Mills employs 480 staff, the company said. Its Leeds office has 300 "
            "staff and its York office 250 staff.",
            "Hollin Mills employs 620 staff, the company said. Its Leeds office has 300 staff.",
        ),
    ],
)
def test_a_total_beside_untold_parts_stays_set_aside(one: str, other: str) -> None:
    flags, rules = compared(one, other)
    assert flags == []
    assert "several-values" in rules


# --- an age bracket is a part of the population ---------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (  # economy: the young unemployed against all the unemployed
            "Some 52,000 people aged 16 to 24 were out of work in March, the statistics "
            "office said.",
            "About 210,000 people were out of work in March, the statistics office said.",
        ),
        (  # health: a rate among the over-65s against all adults
            "Only 41% of adults over 65 in Tarragona had a booster this autumn, the regional "
            "health agency said.",
            "Only 58% of adults in Tarragona had a booster this autumn, the regional health "
            "agency said.",
        ),
        (  # a bracket written as a noun
            "Around 8,300 under-25s in Lodz claimed jobless benefit in May, the labour office "
            "said.",
            "Around 31,000 people in Lodz claimed jobless benefit in May, the labour office said.",
        ),
    ],
)
def test_an_age_bracket_is_a_subgroup(one: str, other: str) -> None:
    flags, rules = compared(one, other)
    assert flags == []
    assert "subgroup" in rules


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (  # one bracket in both articles: compared
            "Some 52,000 people aged 16 to 24 were out of work in March, the statistics "
            "office said.",
            "Some 61,000 people aged 16 to 24 were unemployed in March, the statistics office "
            "said.",
            ["Some 52,000", "Some 61,000"],
        ),
        (  # a whole described by its members' ages is no part of it
            "The Vesna Youth Choir, a 60-strong choir of singers aged 12 to 18, sang at the "
            "Lviv Opera on Friday.",
            "The Vesna Youth Choir sang at the Lviv Opera on Friday with 45 singers.",
            ["45", "60"],
        ),
    ],
)
def test_no_bracket_or_one_bracket_is_compared(one: str, other: str, pair: list[str]) -> None:
    flags, _ = compared(one, other)
    assert pair in flags


# --- things asked for and things decided on --------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (  # science: proposals received against proposals approved
            "The Orvel telescope received 1,640 proposals for its next observing cycle, the "
            "operator said on Monday.",
            "The Orvel telescope approved 214 proposals for its next observing cycle, the "
            "operator said on Monday.",
        ),
        (  # migration: applications received against applications granted
            "The home office received 8,900 asylum applications in March, figures showed on "
            "Thursday.",
            "The home office granted 2,300 asylum applications in March, figures showed on "
            "Thursday.",
        ),
    ],
)
def test_asked_and_decided_are_set_aside(one: str, other: str) -> None:
    flags, rules = compared(one, other)
    assert flags == []
    assert "asked-and-granted" in rules


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (  # both decided: compared
            "The Orvel telescope approved 214 proposals for its next observing cycle, the "
            "operator said on Monday.",
            "The Orvel telescope approved 260 proposals for its next observing cycle, the "
            "operator said on Monday.",
            ["214", "260"],
        ),
        (  # both asked: compared
            "Insurers received 4,100 claims after the hailstorm in Graz, the industry body said.",
            "Insurers received 5,600 claims after the hailstorm in Graz, the industry body said.",
            ["4,100", "5,600"],
        ),
    ],
)
def test_asked_against_asked_is_compared(one: str, other: str, pair: list[str]) -> None:
    flags, _ = compared(one, other)
    assert pair in flags


# --- a span of days told by its length --------------------------------------------------------


def test_a_span_of_nights_is_another_window_than_one_night() -> None:
    flags, rules = compared(
        "Police arrested 47 people during a night of rioting in Lyon on Saturday, the "
        "prefecture said on Sunday.",
        "Police made 112 arrests in Lyon over three nights of unrest, the prefect said on Monday.",
    )
    assert flags == []
    assert "different-windows" in rules


@pytest.mark.parametrize(
    "one",
    [
        # the same span: compared
        "Police made 98 arrests in Lyon over three nights of unrest, the prefect said on Monday.",
        # no window stated: the one the other article states
        "Police made 98 arrests in Lyon during the unrest, the prefect said on Monday.",
    ],
)
def test_a_span_against_the_same_span_or_none_is_compared(one: str) -> None:
    flags, _ = compared(
        one,
        "Police made 112 arrests in Lyon over three nights of unrest, the prefect said on Monday.",
    )
    assert ["112", "98"] in flags


def test_a_measurement_over_a_span_keeps_its_period() -> None:
    # "in the past week" and "over seven days": one window of a reading, no flag of periods
    flags, _ = compared(
        "The district of Palakkad has received more than 310 millimetres of rain in the past week.",
        "Palakkad has had more than 310 mm of rain over seven days, the weather office said.",
    )
    assert flags == []


# --- cases a test confirmed, told by the verb ------------------------------------------------


def test_cases_confirmed_by_the_verb_are_not_the_suspected_ones() -> None:
    flags, rules = compared(
        "Laboratory tests have confirmed 312 cases of cholera in Zambia's Copperbelt province "
        "since the outbreak began, the health office said on Saturday.",
        "There have been 1,140 suspected cases of cholera in the Copperbelt province since the "
        "outbreak began, the health office said on Saturday.",
    )
    assert flags == []
    assert "different-variants" in rules


@pytest.mark.parametrize(
    "other",
    [
        # cases named by no certainty: compared with all
        "There have been 1,140 cases of cholera in the Copperbelt province since the outbreak "
        "began, the health office said on Saturday.",
        # confirmed against confirmed: compared
        "Laboratory tests have confirmed 1,140 cases of cholera in Zambia's Copperbelt "
        "province since the outbreak began, the health office said on Saturday.",
    ],
)
def test_confirmed_cases_against_plain_or_confirmed_are_compared(other: str) -> None:
    flags, _ = compared(
        "Laboratory tests have confirmed 312 cases of cholera in Zambia's Copperbelt province "
        "since the outbreak began, the health office said on Saturday.",
        other,
    )
    assert ["1,140", "312"] in flags


# --- a vote told as its two counts is one result ----------------------------------------------


def test_a_vote_that_differs_on_both_counts_is_one_flag() -> None:
    found = compare_figures(
        [
            make_brief(
                "a.txt",
                "Councillors in Ennis approved the plan by nine votes to three on Tuesday.",
                dated="14 June 2026",
            ),
            make_brief(
                "b.txt",
                "Councillors in Ennis approved the plan by seven votes to five on Tuesday.",
                dated="14 June 2026",
            ),
        ]
    )
    assert [sorted(x.number for x in c.claims) for c in found.conflicts] == [["nine", "seven"]]
    assert "'three' / 'five'" in found.conflicts[0].explanation  # the other count, not lost


def test_a_vote_that_differs_on_one_count_is_flagged_on_that_count() -> None:
    flags, _ = compared(
        "Councillors in Ennis approved the plan by nine votes to three on Tuesday.",
        "Councillors in Ennis approved the plan by nine votes to five on Tuesday.",
    )
    assert flags == [["five", "three"]]


# --- the whole of one operator: "across its network" -----------------------------------------


def test_across_its_network_is_not_one_airport() -> None:
    flags, rules = compared(
        "Heavy snow forced Lufthavn Airways to cancel 140 flights in Frankfurt on Wednesday.",
        "Lufthavn Airways cancelled 312 flights across its network on Wednesday as snow "
        "disrupted operations.",
    )
    assert flags == []
    assert "different-places" in rules


def test_across_its_network_against_across_its_network_is_compared() -> None:
    flags, _ = compared(
        "Lufthavn Airways cancelled 260 flights across its network on Wednesday.",
        "Lufthavn Airways cancelled 312 flights across its network on Wednesday as snow "
        "disrupted operations.",
    )
    assert ["260", "312"] in flags


# --- words of time that name no window -----------------------------------------------------


def test_from_a_month_ahead_is_when_a_rise_takes_effect() -> None:
    flags, _ = compared_on(
        "Wrexham Council voted on Thursday to raise council tax by 2.99% from April.",
        "Wrexham Council voted on Thursday to raise council tax by 4.99 per cent from April, "
        "the maximum allowed.",
        "14 February 2026",
    )
    assert ["2.99%", "4.99 per cent"] in flags


def test_from_a_month_past_is_the_base_of_a_change() -> None:
    flags, rules = compared_on(
        "Shop prices in Wales rose 0.4% from January, the consortium said.",
        "Shop prices in Wales rose 0.9% in the year to January, the consortium said.",
        "14 February 2026",
    )
    assert flags == []
    assert "different-windows" in rules


def test_a_monthly_record_names_no_window() -> None:
    flags, _ = compared_on(
        "Korea posted a trade surplus of $5.6bn in January, the ministry said on Sunday.",
        "Korea recorded a trade surplus of $8.1 billion in January, a monthly record, the trade "
        "ministry said on Sunday.",
        "14 February 2026",
    )
    assert ["$5.6bn", "$8.1 billion"] in flags


def test_monthly_sales_are_still_a_month() -> None:
    flags, _ = compared_on(
        "Corvan sold 41,000 cars in January, the company said on Monday.",
        "Corvan's monthly sales reached 12,000 cars, the company said on Monday.",
        "14 February 2026",
    )
    assert ["12,000", "41,000"] not in flags


# --- a place the gazetteer does not know, named beside the other's ---------------------------


def test_a_place_named_beside_the_other_is_not_another_place() -> None:
    flags, _ = compared(
        "The strongest gust during Storm Edda on Friday was 71mph at Malin Head, Co Donegal, "
        "the forecaster said.",
        "Storm Edda brought gusts of 131km/h to Malin Head in Co Donegal on Friday, the "
        "strongest in the country.",
    )
    assert ["131km/h", "71mph"] in flags


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (  # two towns, neither named in the other's sentence
            "About 4,300 homes were listed for rent in Braga on 1 May, the agency said.",
            "Only 1,100 homes were listed for rent in Guimaraes on 1 May, the agency said.",
        ),
        (  # the other town named for another figure of the sentence
            "About 4,300 homes were listed for rent in Braga on 1 May, against 1,100 in "
            "Guimaraes, the agency said.",
            "Only 900 homes were listed for rent in Guimaraes on 1 May, the agency said.",
        ),
        (  # the other town named only to set this one against it
            "About 4,300 homes were listed for rent in Braga on 1 May, more than in Guimaraes, "
            "the agency said.",
            "Only 1,100 homes were listed for rent in Guimaraes on 1 May, the agency said.",
        ),
    ],
)
def test_two_towns_set_against_each_other_stay_apart(one: str, other: str) -> None:
    flags, rules = compared(one, other)
    assert ["900", "About 4,300"] not in flags and ["1,100", "About 4,300"] not in flags
    assert "different-places" in rules


def test_a_scope_is_not_linked_by_a_place_its_sentence_names() -> None:
    # "worldwide, including its debut in North America": the world, whatever else it names
    flags, rules = compared(
        "Studio Corvina's film Harrowgate took $40m in North America over its opening weekend.",
        "Corvina's film Harrowgate earned $95m worldwide in its opening weekend, including its "
        "debut in North America.",
    )
    assert flags == []
    assert "different-places" in rules


def test_a_word_that_begins_with_under_is_no_age_band() -> None:
    # "undersea" forty characters before the number: no band, so no subgroup
    flags, _ = compared(
        "Researchers exploring undersea mountains off Mozambique found 12 previously unknown "
        "species, they said on Monday.",
        "Scientists on an expedition off Mozambique discovered 27 previously unknown species, "
        "they said on Monday.",
    )
    assert ["12", "27"] in flags
