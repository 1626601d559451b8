"""Classes read from misses and false flags on the read batteries (the twenty-fourth,
twenty-fifth and twenty-sixth are kept unread): a phrasal verb named by its one-word doing
("turned down" is "rejected"), and final scores told in more shapes (a moment of the game in
another clause, a dateline, the side given a win, a result's noun naming both sides, a
headline naming one side). Each with what it must do and a counter-example where it must
not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import measure
from summarise.find.analysis import analyse
from summarise.find.grammar import result_sides, what_is_counted
from summarise.find.periods import HOUR_STAMP
from summarise.find.quantities import find_event_lengths, find_results, parse_quantity
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import (
    assert_flagged,
    assert_quiet,
    assert_recorded,
    assert_set_aside,
)

# --- a phrasal verb is its one-word doing -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "verb"),
    [
        ("The nurses' union turned down a 4% pay offer on Monday.", "4%", "reject"),
        ("Councillors voted down a 3.5% rise in parking charges.", "3.5%", "reject"),
        ("Police rounded up 40 suspects in dawn raids.", "40", "arrest"),
        ("The grocer took over 120 stores from its rival.", "120", "acquire"),
        # a particle with no one-word doing keeps the verb's own lemma
        ("Some 4,000 fans turned out for the parade.", "4,000", "turn"),
    ],
)
def test_a_phrasal_verb_is_named_by_its_doing(sentence: str, number: str, verb: str) -> None:
    at = sentence.index(number)
    (counted,) = what_is_counted(sentence, [(at, at + len(number))])
    assert counted.verb == verb


def test_an_offer_turned_down_and_one_rejected_are_one_offer() -> None:
    assert_flagged(
        "The dockers' union on Friday rejected a 6.5% pay rise over two years offered by "
        "port employers in Ghent.",
        "The dockers' union turned down a two-year pay offer of 4.5 per cent from port "
        "employers in Ghent on Friday.",
    )


def test_an_offer_rejected_and_one_accepted_are_two_offers() -> None:
    # counter-example: two doings of two offers (the first turned down, the next taken)
    assert_quiet(
        "The dockers' union on Friday rejected a 6.5% pay rise over two years offered by "
        "port employers in Ghent.",
        "The dockers' union accepted a two-year pay offer of 4.5 per cent from port "
        "employers in Ghent on Friday.",
    )


# --- final scores in more shapes ---------------------------------------------------------------


def _scores(sentence: str) -> list[float]:
    return [q.value for q, _ in find_results(sentence, analyse(sentence).sents)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a moment of the game in another clause is not this score's
        ("Okoro struck twice in the first half as Lions secured a 2-0 victory over Emirs.", 2000),
        ("Harbour won 3-1 after trailing at the break.", 3001),
        # a quarter-final is a round, not a quarter of the game
        ("Esporte beat Verde 2-1 in the Copa Sul quarter-final on Sunday.", 2001),
    ],
)
def test_a_final_score_beside_another_clause_is_found(sentence: str, value: float) -> None:
    assert _scores(sentence) == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        # counter-examples: a moment of the game in the score's own clause
        "Lions led 2-0 at half-time before Emirs rallied.",
        "Harbour were 1-0 down at the break.",
        "The Hawks trailed 58-61 after the third quarter.",
    ],
)
def test_a_moment_of_the_game_is_no_result(sentence: str) -> None:
    assert _scores(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "number", "sides"),
    [
        # a wire dateline is no side
        (
            "GLENDALE (CPA) - Ross Baird's goals gave Inverkip a 2-1 victory over Perth Rovers.",
            "2-1",
            "inverkip v perth rovers",
        ),
        # the result's noun names both sides; the sentence's subject is a player
        (
            "Flyhalf Jan Botha was the star of the Rhinos' 27-22 victory over the Corsairs.",
            "27-22",
            "corsairs v rhinos",
        ),
        # a win "for" a side names it
        ("Kinsella double seals 2-1 win for Rovers", "2-1", "rovers"),
    ],
)
def test_the_sides_of_a_result(sentence: str, number: str, sides: str) -> None:
    at = sentence.index(number)
    assert result_sides(sentence, at, at + len(number)) == sides


def test_a_score_beside_a_first_half_in_another_clause_is_the_match_result() -> None:
    assert_flagged(
        "Harbour Lions won 3-1 against Kano Emirs on Saturday.",
        "Ayo Okoro struck twice before half-time as Harbour Lions secured a 2-0 win over Kano "
        "Emirs on Saturday.",
    )


def test_a_wait_back_to_a_year_is_no_background_year() -> None:
    assert_flagged(
        "Inverkip won 3-1 against Perth Rovers in the cup final on Saturday.",
        "Two goals from Ross Baird gave Inverkip a 2-1 victory over Perth Rovers in "
        "Saturday's cup final, ending a wait that stretched back to 1987.",
    )


def test_a_headline_naming_one_side_is_of_the_one_match_of_that_side() -> None:
    assert_flagged(
        "Ballymore Rovers beat Corrib Celtic 3-1 at Duggan Park on Friday night.",
        "Kinsella double seals 2-1 win for Rovers\n\nDara Kinsella scored twice on Friday.",
    )


def test_one_side_named_is_not_matched_where_that_side_played_twice() -> None:
    # counter-example: Rovers' league match and their cup match; a one-sided 2-1 could be
    # either
    assert_quiet(
        "Ballymore Rovers beat Corrib Celtic 3-1 on Friday. Ballymore Rovers lost 0-2 to "
        "Galway Town in the cup last week.",
        "Kinsella double seals 2-1 win for Rovers\n\nDara Kinsella scored twice on Friday.",
    )


def test_a_score_named_by_its_two_sides_still_keeps_two_matches_apart() -> None:
    # counter-example: one side, two opponents: two matches, never compared
    assert_quiet(
        "Ballymore Rovers beat Corrib Celtic 3-1 on Friday.",
        "Ballymore Rovers beat Galway Town 2-1 on Friday.",
    )


# --- official phrasing and measures of the twenty-fifth battery's classes ----------------------


@pytest.mark.parametrize(
    ("text", "qualifier", "low"),
    [
        ("not fewer than 58 dolphins", "at_least", 58.0),
        ("no less than 40%", "at_least", 40.0),
        # counter-example: without the negation, a ceiling
        ("fewer than 58 dolphins", "at_most", 0.0),
    ],
)
def test_a_negated_ceiling_is_a_floor(text: str, qualifier: str, low: float) -> None:
    q = parse_quantity(text)
    assert q is not None and (q.qualifier, q.low) == (qualifier, low)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Growth was 2.1% in 2026, and the top 10 exporters grew faster.", "size of a ranked list"),
        ("Umlazi was among the ten stations with the most murders.", "size of a ranked list"),
        ("The five worst-hit districts asked for help.", "size of a ranked list"),
        ("The merger gives a total consideration of $2.1bn.", "price"),
        ("The satellites reached an altitude of 550 km.", "altitude"),
        ("The probe now flies 850 kilometres above Earth.", "altitude"),
        ("The summer's mean maximum was 2.3C above the average.", "temperature (difference)"),
        (
            "Adelaide sweated through 14 days of 35C or more, the weather bureau said.",
            "temperature (mark of days counted)",
        ),
        ("The offer is a 34% premium to the closing price of 158 pence.", "share price (market)"),
        # counter-examples: a plain count, a reading, an offer's price per share
        ("Police closed 10 stations in the district.", "station"),
        ("The mercury reached 41C in the city.", "temperature"),
        ("Castellan will pay 212 pence per share.", "price per share"),
    ],
)
def test_measures_named_by_the_words_at_the_number(text: str, name: str) -> None:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    names = {measure(f).name for f in brief.figures}
    assert name in names


def test_a_part_told_after_of_which_is_no_total() -> None:
    assert_quiet(
        "In the week to Sunday, 47 new cases of the virus were reported in Italy, of which 29 "
        "with severe disease.",
        "Italy has recorded 212 cases of the virus so far this summer.",
    )


def test_a_count_to_now_told_two_ways_is_one_window() -> None:
    assert_quiet(
        "Since the start of the season on 1 June, a total of 212 cases have been confirmed in "
        "Italy.",
        "Italy has recorded 212 cases of the virus so far this summer.",
    )


def test_a_quarter_said_with_for_the_is_the_same_quarter() -> None:
    assert_quiet(
        "Growth for the first quarter was unchanged at 2.1 per cent in Chile.",
        "Growth in the first quarter was 2.1% in Chile.",
    )


def test_a_fiscal_quarter_named_by_its_end_is_that_calendar_quarter() -> None:
    assert_flagged(
        "Kaveri Motors reported a net profit of Rs 842 crore for the July-September quarter, "
        "the company said on Friday.",
        "Kaveri Motors on Friday posted a net profit of Rs 1,248 crore for the second quarter "
        "ended September 30.",
    )


def test_an_ordinal_quarter_is_not_another_ordinal_quarter() -> None:
    # counter-example: the first and the second quarter are two windows
    assert_quiet(
        "Growth for the first quarter was 2.1 per cent in Chile.",
        "Growth in the second quarter was 1.4% in Chile.",
    )


@pytest.mark.parametrize(
    "other",
    [
        "Severnside Borough Council has approved a 2.99% increase in council tax from April, "
        "after a meeting on Wednesday.",
        "Severnside councillors voted on Wednesday to raise council tax by 2.99 per cent from "
        "April.",
    ],
)
def test_a_rise_by_a_share_is_named_by_what_rises(other: str) -> None:
    assert_flagged(
        "Council tax in Severnside will rise by 4.99 per cent from April after councillors "
        "voted through the budget on Wednesday.",
        other,
    )


def test_a_rise_for_one_group_of_customers_is_not_everyones() -> None:
    # counter-example: households' prices and business customers' prices
    assert_quiet(
        "Household electricity prices will rise by 12.7 per cent from 1 October, Lumenor said "
        "on Tuesday.",
        "Lumenor will increase electricity prices for its business customers by 8.9% from 1 "
        "October, the company said on Tuesday.",
    )


def test_a_forecast_rise_is_still_a_forecast() -> None:
    # counter-example: no decision in the sentence, so "will rise" stays a forecast
    assert_set_aside(
        "Analysts expect council tax in Severnside will rise by 4.99 per cent next year.",
        "Council tax in Severnside rose by 2.99% this year, the council said.",
        "forecast",
    )


@pytest.mark.parametrize(
    ("sentence", "stamped"),
    [
        ("Council tax will rise by 4.99% from April.", False),
        ("Fares will rise by 4.50 per cent.", False),
        # counter-examples: hours a count stood at
        ("The toll had reached 40 by 14.30 on Tuesday.", True),
        ("The toll had reached 40 by 9.45pm.", True),
    ],
)
def test_a_share_after_by_is_no_hour(sentence: str, stamped: bool) -> None:
    assert (HOUR_STAMP.search(sentence) is not None) == stamped


# --- counts of those in a state, and the size of one facility ---------------------------------


def test_a_count_plunged_into_a_state_is_no_change() -> None:
    assert_flagged(
        "A fault left 410,000 households without electricity in the Maule region at the peak "
        "of Tuesday's blackout, the grid operator said.",
        "A blackout on Tuesday evening plunged some 260,000 homes in the Maule region into "
        "darkness at its height, the grid operator said.",
    )


def test_a_sum_that_plunged_by_an_amount_is_a_change() -> None:
    # counter-example: "plunged by" is still a change, set aside against a level
    assert_set_aside(
        "Profits at Harlow Foods plunged by £40 million, the company said on Tuesday.",
        "Harlow Foods made profits of £12 million, the company said on Tuesday.",
        "change-and-level",
    )


@pytest.mark.parametrize(
    ("sentence", "number", "place"),
    [
        (
            "About 12,000 households in parts of Soweto have been without water since Monday "
            "after a pipe burst near Orlando.",
            "12,000",
            "Soweto",
        ),
        # counter-example: a plain locative still places the count
        ("About 12,000 households near Orlando have no water.", "12,000", "Orlando"),
    ],
)
def test_parts_of_a_place_place_the_count(sentence: str, number: str, place: str) -> None:
    at = sentence.index(number)
    (counted,) = what_is_counted(sentence, [(at, at + len(number))])
    assert counted.locality == place


def test_those_without_water_since_a_day_are_those_without_it_now() -> None:
    assert_flagged(
        "More than 40,000 households in Protea Glen have been without running water since "
        "Monday, the city's water utility said on Thursday.",
        "Residents of about 18,000 homes in Protea Glen remain without water after a pipeline "
        "burst on Monday, the city's water utility said on Thursday.",
    )


def test_a_count_killed_since_a_day_is_still_a_window() -> None:
    # counter-example: a toll since Monday is a window; one day's toll is another
    assert_set_aside(
        "At least 40 people have been killed in Protea Glen since Monday, police said on Thursday.",
        "Twelve people were killed in Protea Glen on Monday, police said on Thursday.",
        "different-windows",
    )


def test_the_size_of_one_facility_is_no_instance_among_several() -> None:
    assert_flagged(
        "A 450-bed referral hospital was opened in Kisumu on Thursday, officials said.",
        "The 320-bed referral hospital in Kisumu was opened on Thursday, officials said.",
    )


def test_a_two_run_homer_is_still_one_instance() -> None:
    # counter-example: a game holds several homers
    assert_set_aside(
        "Ortiz hit a two-run homer in the sixth inning at Fenway on Thursday.",
        "Ortiz hit a three-run homer at Fenway on Thursday.",
        "one-moment",
    )


def test_a_part_of_the_facility_sized_by_what_it_holds_is_an_instance() -> None:
    # counter-example: "a 20-bed intensive care unit" is one unit of the hospital
    assert_flagged(
        "Uganda opened a referral hospital in Gulu with three hundred beds and a 20-bed "
        "intensive care unit on Wednesday.",
        "The new 450-bed referral hospital was opened in Gulu on Wednesday.",
    )


@pytest.mark.parametrize(
    ("sentence", "number", "place"),
    [
        # a title in quotation marks and a firm are no places
        ("Edith Carrow's 'Harbour at Dusk' sold for £6.8 million on Monday.", "£6.8 million", None),
        (
            "The landscape fetched £1.9 million at Whitcombe & Vane in London.",
            "£1.9 million",
            "London",
        ),
        (
            "The landscape sold for £18.2 million at Hartwell's in London.",
            "£18.2 million",
            "London",
        ),
        # counter-examples: a place after "at" and a place's possessive
        ("The landscape sold for £2 million at auction in Leeds.", "£2 million", "Leeds"),
        ("Twelve people died in Leeds's old town on Tuesday.", "Twelve", "Leeds"),
    ],
)
def test_titles_and_firms_are_no_places(sentence: str, number: str, place: str | None) -> None:
    at = sentence.index(number)
    (counted,) = what_is_counted(sentence, [(at, at + len(number))])
    assert counted.locality == place


# --- two parts in one crime --------------------------------------------------------------------


def test_a_gangs_leader_and_its_driver_are_two_people() -> None:
    assert_recorded(
        "different-people",
        "The ringleader of an armed robbery on a jewellery store in Perth was jailed for 11 "
        "years on Thursday.",
        "A man who drove the getaway car in the jewellery store robbery in Perth has been "
        "jailed for four years.",
    )


@pytest.mark.parametrize(
    "other",
    [
        # counter-examples: one defendant told twice without parts, and the same part twice
        "A Perth man who robbed a jewellery store has been jailed for four years.",
        "The leader of the gang that robbed a jewellery store in Perth has been jailed for four "
        "years.",
    ],
)
def test_a_term_without_two_parts_is_compared(other: str) -> None:
    assert_flagged(
        "The ringleader of an armed robbery on a jewellery store in Perth was jailed for 11 "
        "years on Thursday.",
        other,
    )


def test_an_asking_price_is_not_a_price_paid() -> None:
    assert_quiet(
        "The average asking price of homes listed in Toronto rose to C$812,000 in May, the "
        "realty association said on Wednesday.",
        "Homes in Toronto sold for an average of C$745,000 in May, the realty association said "
        "on Wednesday.",
    )


def test_two_asking_prices_are_compared() -> None:
    # counter-example: an asking price against an asking price
    assert_flagged(
        "The average asking price of homes listed in Toronto rose to C$812,000 in May, the "
        "realty association said on Wednesday.",
        "The average asking price in Toronto was C$745,000 in May, the realty association said "
        "on Wednesday.",
    )


@pytest.mark.parametrize(
    ("sentence", "number", "place"),
    [
        ("Oodnadatta tops 47C as heatwave grips the state", "47C", "Oodnadatta"),
        ("Kurram hit 46.2C on Friday afternoon.", "46.2C", "Kurram"),
        # counter-example: a side reaching a tally is no place reading
        ("Liverpool reached 90 points on Sunday.", "90", None),
    ],
)
def test_a_place_reaching_a_reading_places_it(sentence: str, number: str, place: str) -> None:
    at = sentence.index(number)
    (counted,) = what_is_counted(sentence, [(at, at + len(number))])
    assert counted.locality == place


# --- how long an outage lasted --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        ("The fault knocked thousands of websites offline for about three hours.", [3.0]),
        ("The storm left 40,000 homes without power for two days.", [48.0]),
        ("In total, the disruption lasted 14 hours.", [14.0]),
        # hours of work: a length, of the work (`what_lasted`: "rescuer"), never an outage's
        ("Rescuers worked for 14 hours to free the driver.", [14.0]),
    ],
)
def test_an_outage_told_by_the_state_it_left(sentence: str, hours: list[float]) -> None:
    found = find_event_lengths(sentence, analyse(sentence).sents)
    assert [q.value for q, _, _ in found] == hours


def test_an_outage_dated_in_one_article_only_is_one_outage() -> None:
    assert_flagged(
        "Customers of Nimbus Cloud in Frankfurt saw failed requests. In total, the disruption "
        "lasted 14 hours.",
        "A configuration change knocked Nimbus Cloud's Frankfurt services offline for about "
        "three hours on Tuesday, the company said.",
    )


# --- a vote's tally ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "name"),
    [
        ("The plans were approved by nine votes to three on Tuesday.", "nine", "votes for"),
        ("The plans were approved by nine votes to three on Tuesday.", "three", "votes against"),
        ("The motion was carried. For: 9, Against: 3, Abstentions: 0.", "9", "votes for"),
        ("The motion was carried. For: 9, Against: 3, Abstentions: 0.", "3", "votes against"),
    ],
)
def test_a_votes_tally_by_its_sides(text: str, number: str, name: str) -> None:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    (figure,) = [f for f in brief.figures if f.number == number]
    assert measure(figure).name == name


def test_a_minutes_tally_and_a_reports_tally_are_one_vote() -> None:
    assert_flagged(
        "On being put to the vote, the recommendation was carried. For: 9, Against: 3.",
        "Plans for 186 homes in Derby were approved on Tuesday night by six votes to five.",
    )


def test_a_candidates_votes_to_a_rivals_are_the_candidates() -> None:
    # counter-example: "votes to her rival's 900" is a candidate's vote, not a tally's side
    brief = make_brief(
        "a.txt", "Mwale received 1,200 votes to her rival's 900 in Lilongwe.", dated="14 June 2026"
    )
    (figure,) = [f for f in brief.figures if f.number == "1,200"]
    assert measure(figure).name == "vote of mwale"


def test_two_provinces_named_together_are_one_scope() -> None:
    assert_flagged(
        "A total of 146 confirmed cases of measles have been reported in the outbreak in the "
        "provinces of Gelderland and Overijssel.",
        "The number of confirmed measles cases in the outbreak in Gelderland and Overijssel has "
        "risen to 86, the health institute said on Sunday.",
    )


def test_one_province_and_the_other_are_two_places() -> None:
    # counter-example: each sentence names one province only
    assert_set_aside(
        "A total of 146 confirmed cases of measles have been reported in Gelderland.",
        "The number of confirmed measles cases in Overijssel has risen to 86.",
        "different-places",
    )
