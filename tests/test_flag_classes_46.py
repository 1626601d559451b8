"""Classes found in the 2027-01-04 session. Results and statistics (the ninetieth battery,
read): a vote's tally whose verb stands far back ("approved the plan by 27 to 24") and a jury's
majority, the offence's year no window of the verdict; a spell told as "N days without" a
thing; a series' first instance is a yardstick, not background; a full year named by its
number; a bar to clear ("needed 75 per cent") and a normal ("an average season has seven
hurricanes") are not counts of the event; a level revised ("raised its offer to") a week after
the one first set is superseded; a change on the same months of a named year is a change on a
year; a move within a trading day is not the close; the days a doing with breaks spans are not
the hours it took; a flow of passengers counts passengers, and a finished year's count no
longer moves. From the read batteries: a size told as an attribute of a thing planned ("will
build a 58km railway") is the thing's size; "will see 1,450 posts eliminated" is a plan; a
month named beside a month's record is that month; the poet named beside her noun holds her
age; an accused's age held by a person's noun is the age of the one accused the other article
names. Each with what it must do and a counter-example where it must not. Every sentence is
invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import measure
from summarise.find.grammar import offence_date_apart, offence_year, what_is_counted
from summarise.find.quantities import EVENT_LENGTH_UNIT
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside, compared


def _measure(text: str, number: str) -> str:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return next(measure(f).name for f in brief.figures if f.number == number)


def _outlook(sentence: str, number: str) -> str | None:
    at = sentence.index(number)
    return what_is_counted(sentence, [(at, at + len(number))])[0].outlook


def _counted(sentence: str, number: str) -> str | None:
    at = sentence.index(number)
    return what_is_counted(sentence, [(at, at + len(number))])[0].noun


# --- a vote's tally and a jury's majority -----------------------------------------------------


def test_a_tally_whose_verb_stands_far_back_is_a_tally() -> None:
    assert_flagged(
        "Councillors on Monday approved an extension of the clean-air zone by 27 to 24.",
        "The council voted on Monday by 34 votes to 17 to extend the clean-air zone.",
    )
    # counter-example: a range after a verb of voting is no tally
    brief = make_brief("a.txt", "The board approved a plan to cut fares by 10 to 20 per cent.")
    assert [f.qualifier for f in brief.figures] == ["range"]


def test_a_jurys_majority_is_a_tally_and_the_offences_year_is_not_its_window() -> None:
    assert_flagged(
        "A jury on Wednesday found Lorne Tapper, 31, guilty of robbing a jeweller in March "
        "2024, by a majority of 11 to 1.",
        "Lorne Tapper was convicted of robbery after a jury returned a majority verdict of 10 "
        "to 2 on Wednesday.",
    )
    # counter-example: the same majority in both is no flag
    assert_quiet(
        "A jury on Wednesday found Lorne Tapper guilty by a majority of 10 to 2.",
        "Tapper was convicted after a jury returned a majority verdict of 10 to 2 on Wednesday.",
    )


@pytest.mark.parametrize(
    ("sentence", "number", "year", "judged"),
    [
        # the person found guilty told with an age between "found" and "guilty"
        (
            "A jury on Monday found Ada Kerr, 52, guilty of stealing 19 rings in 2023.",
            "19",
            "2023",
            True,
        ),
        (
            "A jury found the former care-home nurse guilty of stealing 19 rings in 2023.",
            "19",
            "2023",
            True,
        ),
        # counter-examples: "found" without a verdict is no judgment
        ("Police found 14 guns in a raid on a flat in 2024.", "14", "2024", False),
        ("Inspectors found 14 faults at the plant in 2024.", "14", "2024", False),
    ],
)
def test_found_guilty_with_words_between_is_a_judgment(
    sentence: str, number: str, year: str, judged: bool
) -> None:
    assert offence_year(sentence, sentence.index(number), sentence.index(year)) is judged


def test_a_number_inside_the_offences_words_is_dated_by_the_offence() -> None:
    majority = (
        "A jury found Mo Reid guilty of robbing a bank in May 2024, by a majority of 11 to 1."
    )
    assert offence_date_apart(majority, majority.index("11"), majority.index("2024"))
    # counter-example: the businesses are the offence's, which its years date
    inside = "A jury found Mo Reid guilty of taking money from 38 businesses between 2015 and 2024."
    assert not offence_date_apart(inside, inside.index("38"), inside.index("2015"))


# --- a spell without a thing ------------------------------------------------------------------


def test_a_spell_told_as_days_without_a_thing_is_a_length() -> None:
    brief = make_brief(
        "a.txt", "Lerida has gone 143 days without measurable rain, the bureau said on Monday."
    )
    found = {f.number: f.counted for f in brief.figures if f.unit == EVENT_LENGTH_UNIT}
    assert found == {"143 days": "without rain"}
    assert_flagged(
        "Lerida has gone 143 days without measurable rain, the bureau said on Monday.",
        "The town has now had 134 consecutive days without rainfall, the bureau said on Monday.",
    )
    # counter-example: spells without two things are two lengths
    assert_quiet(
        "Lerida has gone 143 days without measurable rain, the bureau said on Monday.",
        "Some villages near Lerida went 40 days without power, the bureau said on Monday.",
    )


# --- windows and years ------------------------------------------------------------------------


def test_a_series_first_instance_is_a_yardstick_not_background() -> None:
    assert_flagged(
        "The census recorded 53,800 birds at the lagoon over the weekend, the fewest since "
        "the first count in 1978.",
        "Volunteers counted 38,600 birds at the lagoon over the weekend.",
    )
    # counter-example: a count of that year is background
    assert_quiet(
        "In 1978 the census recorded 12,000 birds at the lagoon.",
        "Volunteers counted 38,600 birds at the lagoon over the weekend.",
    )


def test_a_full_year_named_by_its_number_is_that_year() -> None:
    flags, _ = compared(
        "A record 32.9 million passengers passed through Corran Airport last year.",
        "Corran Airport has published its full-year figures for 2026 (30.4 million passengers).",
        one_day="14 January 2027",
        other_day="14 January 2027",
    )
    assert flags == [["30.4 million", "32.9 million"]]
    # counter-example: the year before is another window
    flags, _ = compared(
        "A record 32.9 million passengers passed through Corran Airport last year.",
        "Corran Airport has published its full-year figures for 2025 (30.4 million passengers).",
        one_day="14 January 2027",
        other_day="14 January 2027",
    )
    assert flags == []


def test_a_month_named_beside_a_months_record_is_that_month() -> None:
    flags, _ = compared(
        "Corran airport handled 3.9 million passengers in August, its busiest month ever, the "
        "operator said on Monday.",
        "Passenger numbers at Corran airport last month reached 3.4 million, the operator said "
        "on Monday.",
        one_day="14 September 2026",
        other_day="14 September 2026",
    )
    assert flags == [["3.4 million", "3.9 million"]]
    # counter-example: July is not last month in September
    flags, _ = compared(
        "Corran airport handled 3.9 million passengers in July, its busiest month ever, the "
        "operator said on Monday.",
        "Passenger numbers at Corran airport last month reached 3.4 million, the operator said "
        "on Monday.",
        one_day="14 September 2026",
        other_day="14 September 2026",
    )
    assert flags == []


# --- not counts of the event ------------------------------------------------------------------


def test_a_bar_to_clear_is_not_the_result() -> None:
    text = "The scheme needed the support of 75 per cent of votes cast."
    assert _measure(text, "75 per cent") == "vote (threshold)"
    assert_set_aside(
        text,
        "Investors backed the scheme, with 78% of the votes cast in favour.",
        "different-variants",
    )
    # counter-example: two results are compared
    assert_flagged(
        "Investors backed the scheme, with 87 per cent of votes cast in favour.",
        "Investors backed the scheme, with 78% of the votes cast in favour.",
    )


def test_an_average_season_is_a_normal() -> None:
    assert _measure("An average season has 14 named storms and seven hurricanes.", "seven") == (
        "hurricane (normal)"
    )
    assert_quiet(
        "An average season has 14 named storms and seven hurricanes.",
        "The season ended on Monday with 13 named storms, six of which became hurricanes.",
    )
    assert_set_aside(
        "An average season has 14 named storms and seven hurricanes.",
        "The season ended on Monday with 13 named storms and six hurricanes.",
        "different-variants",
    )
    # counter-example: two counts of the season are compared
    assert_flagged(
        "The season ended on Monday with seven hurricanes.",
        "The season ended on Monday with six hurricanes.",
    )


# --- a level revised --------------------------------------------------------------------------


def test_a_level_revised_after_one_told_a_day_before_is_superseded() -> None:
    flags, rules = compared(
        "Norcap Partners has offered NOK 118 a share in cash for Fjordnet.",
        "Norcap Partners has raised its offer for Fjordnet to NOK 131 per share.",
        one_day="3 March 2026",
        other_day="10 March 2026",
    )
    assert flags == []
    assert "revised" in rules
    # counter-example: told the same day, neither is the earlier
    assert_flagged(
        "Norcap Partners has offered NOK 118 a share in cash for Fjordnet.",
        "Norcap Partners has raised its offer for Fjordnet to NOK 131 per share.",
    )


def test_a_move_within_the_trading_day_is_not_the_close() -> None:
    assert_set_aside(
        "Shares in Corrin rose 24% in early trading on Monday.",
        "Shares in Corrin closed 27% higher on Monday.",
        "different-variants",
    )
    # counter-example: two closes are compared
    assert_flagged(
        "Shares in Corrin closed 24% higher on Monday.",
        "Shares in Corrin closed 27% higher on Monday.",
    )


def test_a_change_on_the_same_months_of_a_year_is_a_change_on_a_year() -> None:
    assert_quiet(
        "Chile's economy expanded 0.3% in the third quarter from the second.",
        "Chilean gross domestic product grew 1.9% in the July-September period compared with "
        "the same months of 2025.",
    )
    # counter-example: the base of a change is not its window
    assert_flagged(
        "Output rose 0.7 per cent in April to June from the previous three months.",
        "Output grew 0.4% in the second quarter compared with the first.",
    )


# --- holders and what is counted --------------------------------------------------------------


def test_a_players_score_and_the_teams_are_two_tallies() -> None:
    assert_quiet(
        "Captain Jo Perera hit 142 to lead Sri Lanka's first innings at Galle.",
        "Sri Lanka made 412 all out at Galle on Thursday.",
    )
    # counter-example: one player's two scores are compared
    assert_flagged(
        "Captain Jo Perera hit 142 to lead Sri Lanka's first innings at Galle.",
        "Captain Jo Perera made 124 in Sri Lanka's first innings at Galle.",
    )


@pytest.mark.parametrize(
    ("sentence", "number", "noun"),
    [
        ("The storm pushed the death toll to 41.", "41", "death toll"),
        ("Late filings outpaced rulings, pushing its backlog above 26,000.", "26,000", "backlog"),
        # counter-example: carried people are counted by their own noun
        ("The bus took 40 passengers to the coast.", "40", "passenger"),
    ],
)
def test_what_is_carried_to_a_level_is_counted(sentence: str, number: str, noun: str) -> None:
    assert _counted(sentence, number) == noun


def test_a_hammer_price_is_a_price() -> None:
    assert _measure("A bronze by Lea Morin was hammered down at €2.1 million.", "€2.1 million") == (
        "price"
    )
    # counter-examples: what a storm hammers or an auction sells is counted, not priced
    assert _measure("The storm hammered 40 villages along the coast on Monday.", "40") != "price"
    assert _measure("The council will auction 40 seized cars on Monday.", "40") != "price"


# --- from the read batteries ------------------------------------------------------------------


def test_a_size_told_as_an_attribute_of_a_thing_planned_is_its_size() -> None:
    assert _outlook("A consortium will build a 58km railway from Aldby to Brent.", "58km") is None
    assert_flagged(
        "A consortium will build a 58km railway from Aldby to Brent under a contract signed on "
        "Monday.",
        "The ministry on Monday signed a contract to build a 74-kilometre railway from Aldby to "
        "Brent.",
    )
    # counter-example: a count of things a plan will make is a plan
    assert _outlook("The firm will build 40 trains for the line.", "40") == "expected"


def test_a_deed_a_plan_will_see_done_is_planned() -> None:
    sentence = "The banks unveiled a merger that will see 1,450 posts eliminated by 2029."
    assert _outlook(sentence, "1,450") == "expected"
    # counter-example: what a past year saw done is a fact
    assert _outlook("Last year saw 1,450 posts eliminated.", "1,450") is None


def test_a_person_named_beside_her_noun_holds_her_age() -> None:
    poet = "The poet Anna Lindqvist, whose poems won a wide following, has died aged 81."
    assert _measure(poet, "aged 81") == "age of lindqvist"
    assert_flagged(
        poet,
        "Anna Lindqvist has died at her home in Visby aged 74.",
    )
    # counter-example: two people of one surname are two ages
    assert_quiet(
        poet,
        "Her sister Eva Lindqvist died in 2019 aged 74.",
    )


def test_an_age_held_by_a_persons_noun_is_the_named_persons_under_that_doing() -> None:
    assert_flagged(
        "A 34-year-old woman who attacked a bus driver in Partick has been jailed for ten months.",
        "Maura Quist, aged 29, was jailed for ten months for assaulting a bus driver in Partick.",
    )
    # court verbs are one doing: charged, remanded, appeared
    assert_flagged(
        "A 19-year-old man has appeared in court charged with dangerous driving in Headley.",
        "Liam Oduya, aged 23, has been remanded in custody over the crash in Headley.",
    )
    # counter-examples: a doing that may have several people, another doing, or two people
    # named under it
    assert_quiet(
        "A 34-year-old man died when a bus hit a shelter in Partick on Friday.",
        "Ewan Doyle, 51, died when a bus hit a shelter in Partick on Friday.",
    )
    assert_quiet(
        "A 34-year-old woman was injured when a bus hit a shelter in Partick.",
        "Maura Quist, aged 29, was jailed for ten months for assaulting a bus driver in Partick.",
    )
    assert_quiet(
        "A 34-year-old woman has been jailed for ten months over an attack in Partick.",
        "Maura Quist, aged 29, was jailed for ten months over the attack in Partick. Ena Roy, "
        "41, was jailed for a year over the same attack.",
    )


def test_days_a_doing_with_breaks_spans_are_not_the_hours_it_took() -> None:
    assert_set_aside(
        "A jury on Wednesday found landlord Ivor Dunne guilty of negligence, after "
        "deliberating for just under nine hours.",
        "After three days of deliberations, jurors on Wednesday found Ivor Dunne guilty of "
        "negligence.",
        "different-variants",
    )
    # counter-example: two counts of the days are compared
    assert_flagged(
        "After five days of deliberations, a jury on Wednesday found Ivor Dunne guilty.",
        "After three days of deliberations, jurors on Wednesday found Ivor Dunne guilty.",
    )


def test_a_flow_of_passengers_counts_passengers_and_a_finished_year_does_not_move() -> None:
    flags, _ = compared(
        "Corran airport handled a record 11.7 million passengers in 2025, the operator said.",
        "Passenger traffic at Corran airport rose 14% to a record 9.1 million in 2025, the "
        "operator announced on Thursday.",
        one_day="8 January 2026",
        other_day="8 January 2026",
    )
    assert flags == [["11.7 million", "9.1 million"]]
    # counter-example: a flow of goods is no count of passengers
    flags, _ = compared(
        "Corran airport handled a record 11.7 million passengers in 2025, the operator said.",
        "Cargo traffic at Corran airport rose 14% to a record 9.1 million tonnes in 2025.",
        one_day="8 January 2026",
        other_day="8 January 2026",
    )
    assert flags == []


def test_a_parts_rate_of_inflation_is_compared_only_with_that_part() -> None:
    assert_quiet(
        "Annual inflation in Mexico was 3.6%. Services prices rose 4.1% over the year.",
        "Annual inflation in Mexico was 3.6%. Petrol prices rose 4.8% over the year.",
    )
    # counter-example: one part's two rates are compared
    assert_flagged(
        "Annual inflation in Mexico was 3.6%. Services prices rose 4.1% over the year.",
        "Annual inflation in Mexico was 3.6%. Services prices rose 4.8% over the year.",
    )


def test_a_polls_reading_and_a_result_are_not_paired_across_words() -> None:
    assert_quiet(
        "The final Opinia poll, published on Friday, puts the Civic Alliance at 24%. The "
        "Civic Alliance stands at 24%, with the Greens on 14%.",
        "The Civic Alliance came second with 25.1%, and the Greens took 13.8%.",
    )
    # counter-example: two readings of one poll are compared
    assert_flagged(
        "The final Opinia poll, published on Friday, puts the Civic Alliance at 24%.",
        "The final Opinia poll, published on Friday, puts the Civic Alliance at 29%.",
    )


def test_a_count_after_a_reopening_year_is_not_background() -> None:
    flags, _ = compared(
        "The library drew 412,000 visits in the twelve months after it reopened in 2025.",
        "The library drew 250,000 visits in the twelve months after it reopened.",
        one_day="10 May 2026",
        other_day="10 May 2026",
    )
    assert flags == [["250,000", "412,000"]]
    # counter-example: a count of that year is background
    flags, rules = compared(
        "In 2025 the library drew 41,000 visits, the council said.",
        "The library drew 25,000 visits last month, the council said.",
        one_day="10 May 2026",
        other_day="10 May 2026",
    )
    assert (flags, "background-year" in rules) == ([], True)


def test_a_metropolitan_councils_tally_is_no_wider_area() -> None:
    assert_flagged(
        "Councillors in the Lyon metropolitan area approved the plan by 27 to 24 on Monday.",
        "The council voted by 34 votes to 17 on Monday to approve the plan.",
    )
    # counter-example: a count of the metropolitan area is the wider area's
    assert _measure(
        "The population of the Lyon metropolitan area grew 5.1% in 2025.", "5.1%"
    ).endswith("(wider area)")
