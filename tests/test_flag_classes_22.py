"""Classes read from the forty-third battery (figures told as changes): two sentences of a
change that share one figure (the level reached, the value it started from, or the change)
tell one quantity, so their other figures of that role must agree (`anchors`). Each with what
it must do and a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.anchors import anchored, role, years_named
from summarise.corpus.compare import article_date
from summarise.corpus.compare import claim as compare_claim
from summarise.schemas import Claim
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_quiet, compared


def _flagged_pair(one: str, other: str) -> list[list[str]]:
    flags, _ = compared(one, other)
    return flags


# --- the same level reached by two different changes ---------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (  # health: a count's change told by "by" and by "an increase of"
            "Flu admissions in Trondelag rose by 620 in January to 4,870, the health "
            "directorate said.",
            "Flu admissions in Trondelag reached 4,870 in January, an increase of 260, the "
            "health directorate said.",
            ["260", "620"],
        ),
        (  # economy: a per cent change with three significant digits' level
            "Exports from the port of Arvika fell 12% last year to 3.46 million tonnes, the "
            "port authority said.",
            "Exports from the port of Arvika dropped to 3.46 million tonnes last year, down 7% "
            "on the year before, the port authority said.",
            ["12%", "7%"],
        ),
        (  # local government: a sum raised by two different amounts to one total
            "The council will raise the average rent for its flats by £11 a week to £138 from "
            "April, after a vote on Tuesday.",
            "Council tenants will pay an average of £138 a week from April, a rise of £16, "
            "after councillors voted on Tuesday.",
            ["£11", "£16"],
        ),
    ],
)
def test_one_level_two_changes_is_a_flag(one: str, other: str, pair: list[str]) -> None:
    assert pair in _flagged_pair(one, other)


# --- the same level from two different starting values -------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (  # transport: a year's passengers against the year before
            "Linhavia carried 61.3 million passengers in 2025, up from 54.2 million a year "
            "earlier, the airline said on Monday.",
            "Linhavia flew 61.3 million passengers in 2025, up from 57.8 million the year "
            "before, the airline said on Monday.",
            ["54.2 million", "57.8 million"],
        ),
        (  # science: a rocket's capacity against its predecessor's, told as a multiple
            "The new Vela rocket can lift 31 tonnes to orbit, three times the 10 tonnes its "
            "predecessor could carry.",
            "The Vela rocket is rated to carry 31 tonnes to orbit, up from the 14 tonnes of "
            "the earlier model.",
            ["10 tonnes", "14 tonnes"],
        ),
    ],
)
def test_one_level_two_starting_values_is_a_flag(one: str, other: str, pair: list[str]) -> None:
    assert pair in _flagged_pair(one, other)


# --- the same starting value, two levels ---------------------------------------------------


def test_one_starting_value_two_levels_is_a_flag() -> None:
    # disaster: a bare starting number read in its sentence's unit (hectares)
    flags = _flagged_pair(
        "The forest fire near Olvena has burned 23,400 hectares, more than double the 9,100 "
        "hectares counted on Monday, the regional fire service said on Wednesday.",
        "The forest fire near Olvena has scorched 17,800 hectares, up from 9,100 on Monday, "
        "the regional fire service said on Wednesday.",
    )
    assert ["17,800 hectares", "23,400 hectares"] in flags


# --- counter-examples -----------------------------------------------------------------------


def test_two_base_years_are_two_windows_not_a_flag() -> None:
    flags, rules = compared(
        "Burglaries in Havlick rose 5% on 2025 to 4,210, police said on Thursday.",
        "Burglaries in Havlick rose 11% on 2024 to 4,210, police said on Thursday.",
    )
    assert flags == []
    assert "different-windows" in rules


def test_an_anchor_in_another_clause_pairs_nothing() -> None:
    # the level (£840m) is the sales'; the other changes are of other things
    assert_quiet(
        "Sales at Morvane rose 4% to £840m, and operating profit climbed 12%, the company said.",
        "Sales at Morvane rose 4% to £840m while costs climbed 9%, the company said.",
    )


def _anchored(*texts: str) -> list[tuple[str, str]]:
    claims = []
    for i, text in enumerate(texts):
        brief = make_brief(f"{'ab'[i]}.txt", text, dated="14 June 2026")
        claims += [compare_claim(f"{'ab'[i]}.txt", f, article_date(brief)) for f in brief.figures]
    return [
        (x.one.number, x.other.number) for x in anchored(claims, lambda x, y: x.value == y.value)
    ]


def test_a_common_change_is_no_anchor() -> None:
    # "7%" is shared by chance: revenue and costs are two things
    assert (
        _anchored(
            "Revenue at Pellucid rose 7% to $4.1bn in the quarter, the company said.",
            "Costs at Pellucid rose 7% to $3.6bn in the quarter, the company said.",
        )
        == []
    )
    # "7.25%" is not
    assert _anchored(
        "Revenue at Pellucid rose 7.25% to $4.1bn in the quarter, the company said.",
        "Revenue at Pellucid grew 7.25% to $3.6bn in the quarter, the company said.",
    ) == [("$4.1bn", "$3.6bn")]


def test_a_small_count_is_no_anchor() -> None:
    # "six" is shared by chance far more often than "3,640"
    assert_quiet(
        "Four of the ferries were cancelled on Monday, up from six on Sunday, the operator said.",
        "Nine sailings were delayed on Monday, up from six on Sunday, the operator said.",
    )


# --- the roles and the years, read by code ---------------------------------------------------


def _roles(text: str) -> dict[str, str | None]:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return {f.number: role(compare_claim("a.txt", f)) for f in brief.figures}


def test_roles_are_read_from_the_words_at_each_number() -> None:
    roles = _roles(
        "Road deaths in Tavria fell by 410 last year to 3,640, up from a low of 2,950 in "
        "2019, the agency said."
    )
    assert roles["410"] == "change"
    assert roles["3,640"] == "level"
    assert roles["2,950"] == "from"


def test_a_bound_is_no_starting_value() -> None:
    # "more than 500" is a bound; "more than the 500" a comparison
    roles = _roles("More than 500 people were evacuated, up from 300 on Monday.")
    assert roles["More than 500"] == "level"
    assert roles["300"] == "from"


def test_years_named_read_last_year_from_the_article_date() -> None:
    brief = make_brief(
        "a.txt", "Road deaths in Tavria fell by 410 last year to 3,640.", dated="3 March 2027"
    )
    by_number = {f.number: compare_claim("a.txt", f, article_date(brief)) for f in brief.figures}
    assert years_named(by_number["410"]) == {2026}


# --- an open bound accounts for no figure; a place beneath is no bound -----------------------


def _claims(text: str) -> dict[str, Claim]:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return {f.number: compare_claim("a.txt", f, article_date(brief)) for f in brief.figures}


def test_an_open_bound_accounts_for_no_other_figure() -> None:
    from summarise.corpus.compare import accounts_for

    one = _claims("Support for the toll stood at 61 per cent in Kelvar.")["61 per cent"]
    bound = _claims("Fares will rise by at least 6% in Kelvar.")["at least 6%"]
    near = _claims("About 60% of Kelvar voters backed the toll.")["About 60%"]
    assert not accounts_for(one, bound)
    assert accounts_for(one, near)


def test_trapped_under_buildings_is_no_bound() -> None:
    figures = _claims("Rescuers reached 14 people trapped under 19 collapsed homes in Varda.")
    assert "19" in figures
    # a bound where nothing lies beneath: "under 40 dollars"
    assert "under 40 dollars" in _claims("Tickets sold for under 40 dollars in Varda.")
    assert_quiet(
        "Rescuers reached 14 people trapped under 19 collapsed homes in Varda on Sunday.",
        "At least 38 people were killed in Varda when the homes collapsed on Sunday.",
    )


# --- "by X to Y" after a change is a change and a level, not a range -------------------------


def _numbers(text: str) -> list[str]:
    from summarise.find.quantities import find_quantities
    from summarise.find.text import sentences

    return [q.number for q, _ in find_quantities(text, sentences(text))]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Ferry fares in Ostra rise 14% to £31", ["14%", "£31"]),  # a headline's present
        ("Hospital waiting lists fall by 410 to 3,640", ["410", "3,640"]),
        (
            "The board voted to raise the average water bill for a family of four by £23 to "
            "£512 from April.",
            ["£23", "£512"],
        ),
    ],
)
def test_by_and_to_after_a_change_are_two_figures(text: str, numbers: list[str]) -> None:
    found = _numbers(text)
    assert all(n in found for n in numbers)
    assert not any(" to " in n for n in found)


def test_a_range_of_changes_stays_a_range() -> None:
    assert _numbers("Rents rose 20 to 30 per cent across the region.") == ["20 to 30"]


# --- a value a figure is set against is no value of now --------------------------------------


def test_a_multiple_of_an_earlier_value_sets_the_earlier_value_aside() -> None:
    flags, rules = compared(
        "The heath fire near Lomwick has burned 2,750 hectares, more than double the 1,240 "
        "hectares mapped on Friday, the fire service said on Sunday.",
        "The heath fire near Lomwick has burned 1,960 hectares, the fire service said on Sunday.",
    )
    assert flags == [["1,960 hectares", "2,750 hectares"]]
    assert "previous-value" in rules


def test_half_a_point_is_a_change_not_a_comparison() -> None:
    roles = _roles("The central bank raised its main rate by half a percentage point to 6.25%.")
    assert roles["6.25%"] == "level"


# --- several values of one article, read place by place ---------------------------------------


def test_two_readings_in_one_article_are_still_several_values() -> None:
    flags, _ = compared(
        "A crowd of 31,406 watched Harlow Vale beat Tenby 3-1 on Saturday, and a crowd of "
        "12,250 watched the reserves on Sunday.",
        "Harlow Vale beat Tenby 3-1 on Saturday in front of 34,106 fans.",
    )
    assert ["31,406", "34,106"] not in flags


def test_two_places_in_one_article_are_two_things_not_several_values() -> None:
    flags, _ = compared(
        "In Kelso, the general hospital had 79 patients waiting on trolleys on Tuesday. "
        "Across Scotland, 512 patients were on trolleys, the nurses' union said.",
        "In Kelso, the general hospital had 97 patients waiting on trolleys on Tuesday, the "
        "nurses' union said.",
    )
    assert ["79", "97"] in flags


def test_a_round_anchor_in_two_places_is_set_aside() -> None:
    # "48%" has two significant digits: the places the sentences name still part them
    flags, rules = compared(
        "In Lisbon, turnout was 51%, up from 48% in 2022, the election commission said.",
        "In Porto, turnout reached 55%, up from 48% in 2022, the election commission said.",
    )
    assert flags == []
    assert "different-places" in rules
