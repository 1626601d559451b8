"""Classes of flag shapes found on the third held-out battery (written by someone who read no
rule), each with the plain disagreement it must flag and the counter-example it must not.
Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures, measure_of
from summarise.find.grammar import what_is_counted
from summarise.find.places import place_levels, places_in
from summarise.find.quantities import parse_quantity
from tests.synthetic import make_brief


def flags(*briefs):
    found = compare_figures(list(briefs))
    return [(c.measure, sorted(cl.number for cl in c.claims)) for c in found.conflicts]


def aside(*briefs) -> set[str]:
    return {s.rule for s in compare_figures(list(briefs)).set_aside}


def outlook(sentence: str, number: str) -> str | None:
    at = sentence.index(number)
    return what_is_counted(sentence, [(at, at + len(number))])[0].outlook


def measures(text: str) -> dict[str, str]:
    return {f.number: measure_of(f) for f in make_brief("x.txt", text).figures}


# --- what a clause states --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        # "would" of a past report is the report's future: the terms of a deal are stated
        ("Corvel said on Friday it would pay $2.6bn for the mill.", "2.6bn", None),
        # …and a plan of an act is a plan
        ("The airline said on Monday it would cut 700 jobs.", "700", "expected"),
        # a "would" under a condition stays a possibility, said or not
        (
            "Analysts said the merger would be worth up to $4bn if targets were met.",
            "4bn",
            "possible",
        ),
        # a "would" no one reports is a hedge
        ("The new line would carry 9,000 passengers a day.", "9,000", "possible"),
        # a plan by "to" alone: "be to", a headline's bare infinitive
        ("Brackwell is to close 31 of its depots.", "31", "expected"),
        ("Brackwell to close 31 depots", "31", "expected"),
        # bracing for a figure: a forecast
        ("Seville braces for 44C as the heatwave peaks", "44C", "expected"),
        # a report of what was done stays a report
        ("Brackwell closed 31 depots last year.", "31", None),
    ],
)
def test_what_a_clause_states(sentence: str, number: str, expected: str | None) -> None:
    assert outlook(sentence, number) == expected


def test_two_reports_of_one_deal_said_with_would_disagree() -> None:
    a = make_brief("a.txt", "Corvel said on Friday it would pay $2.6bn for the Ostend mill.")
    b = make_brief("b.txt", "Corvel has agreed to buy the Ostend mill for $3.1bn.")
    assert flags(a, b) == [("price", ["$2.6bn", "$3.1bn"])]


# --- what a figure measures ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("Corvel offered 286p a share for the brewer.", "286p", "price per share"),
        ("Corvel agrees £3.40-a-share takeover of Tamsin", "£3.40", "price per share"),
        ("The deal values Tamsin at $5.2bn including debt.", "$5.2bn", "price (including debt)"),
        ("Corvel will buy Tamsin for $4.1bn.", "$4.1bn", "price"),
        ("The Liberal candidate won with a majority of 2,306.", "2,306", "margin"),
        ("Ada Morrow won the seat by 1,180 votes.", "1,180", "margin"),
        (
            "The central bank cut its main interest rate to 4.25% on Thursday.",
            "4.25%",
            "interest rate",
        ),
        ("The bank lowered its reference rate to 2.5%.", "2.5%", "interest rate"),
        ("Okafor is averaging 21.4 points a game this season.", "21.4", "point (average)"),
        ("Sixty people drowned when the ferry capsized.", "Sixty", "killed"),
        ("Thirty-one people fell ill after the dinner.", "Thirty-one", "ill"),
        ("Nine people remain trapped under the rubble.", "Nine", "trapped"),
        (
            "Some 4,100 people were moved from their homes as the river rose.",
            "Some 4,100",
            "displaced",
        ),
        ("The tremor struck at a depth of 12km.", "12km", "depth of quake"),
    ],
)
def test_what_a_figure_measures(sentence: str, number: str, measure: str) -> None:
    assert measures(sentence)[number] == measure


@pytest.mark.parametrize(
    ("sentence", "number", "not_measure"),
    [
        # a whole deal's value is no price per share; the same deal without debt is its price
        (
            "Corvel will buy Tamsin for $4.1bn in cash and shares.",
            "$4.1bn",
            "price (including debt)",
        ),
        # a rate's change is no rate level
        ("The bank cut its main interest rate by 0.25 points.", "0.25", "interest rate"),
        # a win by a score is no margin of votes
        ("Kelso won the final 3-1.", "3-1", "margin"),
        # one game's points are no average
        ("Okafor scored 21 points on Friday.", "21", "point (average)"),
    ],
)
def test_what_a_figure_does_not_measure(sentence: str, number: str, not_measure: str) -> None:
    assert measures(sentence).get(number) != not_measure


def test_a_price_per_share_and_a_deals_value_with_debt_are_not_its_price() -> None:
    a = make_brief("a.txt", "Pendle agreed to buy Ashby Homes at £4.10 a share.")
    b = make_brief("b.txt", "Pendle agreed to buy Ashby Homes for £1.9bn.")
    c = make_brief(
        "c.txt", "Pendle will buy Ashby Homes in a deal valued at £2.6bn including debt."
    )
    d = make_brief("d.txt", "Pendle agreed to buy Ashby Homes for £2.2bn.")
    assert flags(a, b, c) == []
    assert flags(b, d) == [("price", ["£1.9bn", "£2.2bn"])]


def test_one_thing_counted_under_two_names_is_compared() -> None:
    a = make_brief("a.txt", "Tolland Bank will cut 800 jobs over the next year.")
    b = make_brief("b.txt", "About 1,500 roles will go at Tolland Bank over the next year.")
    assert flags(a, b) == [("job (forecast or pledge)", ["800", "About 1,500"])]
    c = make_brief("c.txt", "A crowd of 31,200 watched the final at Elmfield on Sunday.")
    d = make_brief(
        "d.txt", "The final was played in front of 27,900 spectators at Elmfield on Sunday."
    )
    assert flags(c, d) == [("crowd", ["27,900", "31,200"])]


def test_two_sources_of_a_plan_must_be_named_to_differ() -> None:
    a = make_brief("a.txt", "Hollins will shut 22 of its 140 stores, the company said.")
    b = make_brief("b.txt", "Hollins will shut 35 of its 140 shops, the retailer said.")
    assert flags(a, b) == [("store (part) (forecast or pledge)", ["22", "35"])]


# --- moments, runs and standings --------------------------------------------------------


def test_a_distance_in_laps_and_a_run_of_games_are_no_totals() -> None:
    a = make_brief("a.txt", "Just four laps later, Moreau spun off at the hairpin.")
    b = make_brief("b.txt", "The race ran its full 58 laps on Sunday.")
    assert flags(a, b) == []
    assert "one-moment" in aside(a, b)
    c = make_brief("c.txt", "The Rangers won four straight games to reach the final.")
    d = make_brief("d.txt", "The Rangers reached the final after eleven games.")
    assert flags(c, d) == []
    assert "streak" in aside(c, d)


def test_a_championship_standing_changes_with_every_race() -> None:
    a = make_brief("a.txt", "Vidal goes into Sunday's race 14 points clear in the title race.")
    b = make_brief("b.txt", "Vidal won on Sunday and is now 21 points clear in the championship.")
    e = make_brief("e.txt", "Vidal won on Sunday to lead the championship by 21 points.")
    assert flags(a, b) == flags(a, e) == []
    assert "standing" in aside(a, b)
    # one race's points are no standing
    c = make_brief("c.txt", "Vidal scored 14 points in the sprint race on Saturday.")
    d = make_brief("d.txt", "Vidal scored 21 points in the sprint race on Saturday.")
    assert flags(c, d) != []


# --- places ---------------------------------------------------------------------------------


def test_a_nation_of_a_state_is_its_province_and_a_name_holding_a_place_is_no_place() -> None:
    assert place_levels("Wales") == ("United Kingdom", "wales", None)
    assert places_in("the treasurer of Marrow Creek County said") == []
    assert [p for _, p in places_in("In Idlib, officials said")] == ["Idlib"]
    assert [p for _, p in places_in("Northern Kenya was hit hardest")] == ["Kenya"]


def test_a_countrys_whole_toll_is_not_set_against_one_provinces() -> None:
    a = make_brief("a.txt", "Floods killed 140 people across Pakistan last week.")
    b = make_brief("b.txt", "In Sindh, 52 people died in the floods last week.")
    assert flags(a, b) == []
    c = make_brief("c.txt", "Floods killed 170 people in Pakistan last week.")
    assert flags(a, c) == [("killed", ["140", "170"])]


# --- money in hundredths ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("512p a share", 5.12), ("388 pence", 3.88), ("a 4p rise", 0.04)],
)
def test_pence_are_hundredths_of_a_pound(phrase: str, value: float) -> None:
    q = parse_quantity(phrase)
    assert (q.unit, q.value) == ("GBP", pytest.approx(value))


@pytest.mark.parametrize("phrase", ["at 5pm", "5 p.m.", "page 4"])
def test_a_clock_time_or_a_page_is_no_pence(phrase: str) -> None:
    try:
        q = parse_quantity(phrase)
    except ValueError:
        return
    assert q.unit != "GBP"


# --- repeats, players, rates, samples ------------------------------------------------------


def test_a_headline_repeating_the_bodys_number_is_set_aside_for_the_body() -> None:
    a = make_brief(
        "a.txt",
        "Tarn Energy strikes $7.2bn deal for Ostler Pipelines\n\n"
        "Tarn Energy will buy Ostler Pipelines in a deal valued at $7.2bn including debt.",
    )
    b = make_brief("b.txt", "Tarn Energy agreed to buy Ostler Pipelines for $5.5bn in cash.")
    found = compare_figures([a, b])
    assert found.conflicts == []  # the value with debt is not the price
    assert "headline-repeat" in {s.rule for s in found.set_aside}
    # a number only the headline gives is compared
    c = make_brief(
        "c.txt", "Tarn Energy pays $6.3bn for Ostler Pipelines\n\nThe deal closes in May."
    )
    assert flags(b, c) == [("price", ["$5.5bn", "$6.3bn"])]


def test_a_players_count_is_theirs_and_two_players_are_never_compared() -> None:
    a = make_brief(
        "a.txt",
        "Dion Clarke scored 28 points and grabbed nine rebounds. Teammate Ray Osei added 14 points.",
    )
    b = make_brief("b.txt", "Dion Clarke finished with 33 points and nine rebounds.")
    assert flags(a, b) == [("point of dion clarke", ["28", "33"])]
    c = make_brief("c.txt", "Ray Osei scored 14 points on Friday.")
    assert flags(b, c) == []


def test_the_seriously_injured_are_a_part_of_the_injured() -> None:
    a = make_brief(
        "a.txt", "Nine people were critically injured when the bus overturned on Friday."
    )
    b = make_brief("b.txt", "The bus overturned on Friday, injuring 31 people.")
    assert flags(a, b) == []
    c = make_brief(
        "c.txt", "Fourteen people were critically injured when the bus overturned on Friday."
    )
    assert flags(a, c) == [("injured (seriously)", ["Fourteen", "Nine"])]


def test_a_majority_and_a_win_by_votes_are_one_margin() -> None:
    a = make_brief("a.txt", "The Green candidate took the seat with a majority of 3,010.")
    b = make_brief("b.txt", "Lena Voss won the seat by 1,930 votes.")
    assert flags(a, b) == [("margin", ["1,930", "3,010"])]


def test_two_pollsters_samples_differ_and_one_pollsters_do_not() -> None:
    a = make_brief(
        "a.txt",
        "Labour is on 33% in a new Fenner Research poll. The poll of 1,800 adults was carried out online.",
    )
    b = make_brief(
        "b.txt",
        "Labour is on 30% in a Quill Polling survey. Quill interviewed 1,100 adults by phone.",
    )
    assert flags(a, b) == []
    assert "different-sources" in aside(a, b)
    c = make_brief(
        "c.txt",
        "Labour is on 33% in a new Fenner Research poll. The survey of 2,400 adults was carried out online.",
    )
    assert ("sample size", ["1,800", "2,400"]) in flags(a, c)


def test_a_rate_per_so_many_people_is_compared_and_its_base_is_no_count() -> None:
    a = make_brief(
        "a.txt", "Measles cases in the region reached 41 per 100,000 people in the week to 9 March."
    )
    b = make_brief(
        "b.txt", "The measles rate in the region rose to 57 per 100,000 in the week to 9 March."
    )
    assert measures("Measles cases reached 41 per 100,000 people.")["100,000"] == "base of a rate"
    assert flags(a, b) == [("measles rate per 100,000", ["41", "57"])]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The survey questioned adults between 12 and 18 May.", []),
        ("Between 12 and 18 people were hurt.", ["Between 12 and 18"]),
    ],
)
def test_a_range_of_days_is_a_date_not_a_figure(text: str, numbers: list[str]) -> None:
    assert [f.number for f in make_brief("x.txt", text).figures] == numbers


def test_a_batters_bare_score_and_an_illness_counted_two_ways() -> None:
    a = make_brief(
        "a.txt", "Opener Ravi Senan made 118 as the hosts reached 290 for five on Friday."
    )
    b = make_brief("b.txt", "Ravi Senan scored 96 to lead the hosts to 290 for five on Friday.")
    assert flags(a, b) == [("tally of ravi senan", ["118", "96"])]
    c = make_brief(
        "c.txt", "Officials said 19 people had fallen ill with measles in Orrin by Friday."
    )
    d = make_brief("d.txt", "Officials confirmed 33 cases of measles in Orrin by Friday.")
    assert flags(c, d) == [("ill", ["19", "33"])]
    # court cases are no illness
    assert measures("The court heard 33 cases on Friday.")["33"] != "ill"


def test_people_waiting_for_treatment_counted_two_ways() -> None:
    a = make_brief(
        "a.txt", "A record 61,300 people were waiting for surgery in Tarland as at 1 May."
    )
    b = make_brief("b.txt", "The waiting list for surgery in Tarland stood at 48,900 on 1 May.")
    assert flags(a, b) == [("waiting", ["48,900", "61,300"])]


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        # the nearest person: a noun in the sentence before, nearer than a name further back
        (
            "Crews searched for Lin Tao overnight. Rescuers are trying to reach a little girl "
            "who fell into a ravine. The seven-year-old was spotted at dawn.",
            "age of girl",
        ),
        # a named subject of the sentence before comes first
        ("Mayor Ana Ruiz visited the site. The 54-year-old said it was a miracle.", "age of ruiz"),
    ],
)
def test_whose_is_a_bare_age(text: str, whose: str) -> None:
    ages = [m for m in measures(text).values() if m.startswith("age of")]
    assert ages == [whose]


def test_residents_moved_and_evacuated_are_one_count_and_sandbags_moved_are_not() -> None:
    a = make_brief(
        "a.txt", "About 2,100 residents were evacuated from three villages on Monday night."
    )
    b = make_brief(
        "b.txt", '"We moved 4,300 people out of the villages," the fire chief said on Monday.'
    )
    assert flags(a, b) == [("displaced", ["4,300", "About 2,100"])]
    assert measures("Crews moved 4,300 sandbags into place on Monday.")["4,300"] != "displaced"


def test_a_quakes_depth_by_any_name_is_one_kind() -> None:
    a = make_brief("a.txt", "The earthquake struck at a depth of 12km near Merv on Sunday.")
    b = make_brief("b.txt", "The tremor struck at a depth of 40km near Merv on Sunday.")
    assert flags(a, b) == [("depth of quake", ["12km", "40km"])]


def test_a_quarter_named_by_its_months_with_and_is_that_quarter() -> None:
    a = make_brief("a.txt", "Economy grows 0.2% in first quarter")
    b = make_brief(
        "b.txt",
        "The economy expanded by 0.9% between January and March, the statistics office said.",
    )
    assert flags(a, b) == [("economy", ["0.2%", "0.9%"])]
    c = make_brief("c.txt", "The economy expanded by 0.9% between April and June, the office said.")
    assert flags(a, c) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Sunday's earthquake near Tolva measured 6.3, the observatory said.", "magnitude"),
        ("A quake measuring 5.4 shook the coast.", "magnitude"),
        # a thing measured with no quake is no magnitude
        ("The new bridge measured 640 metres.", "m"),
    ],
)
def test_a_quakes_reading_by_its_verb_is_a_magnitude(text: str, unit: str) -> None:
    assert [f.unit for f in make_brief("x.txt", text).figures] == [unit]


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("₹16.5 lakh crore", 16.5e12, "INR"),
        ("Rs 450 crore", 4.5e9, "INR"),
        ("1.1 lakh", 1.1e5, None),
    ],
)
def test_south_asian_scales_and_rupees(phrase: str, value: float, unit: str | None) -> None:
    q = parse_quantity(phrase)
    assert (q.unit, q.value) == (unit, pytest.approx(value))


def test_a_precise_number_said_to_be_about_is_near_it_and_a_round_one_is_not() -> None:
    # "about" reaches one step of the last digit written, and never more than a tenth
    some = parse_quantity("some 67.2 per cent")
    assert (some.low, some.high) == (pytest.approx(67.1), pytest.approx(67.3))
    about = parse_quantity("about 2,100")
    assert (about.low, about.high) == (pytest.approx(2000), pytest.approx(2200))
    round_one = parse_quantity("about 3,000")
    assert (round_one.low, round_one.high) == (pytest.approx(2700), pytest.approx(3300))


def test_a_financial_year_is_no_figure_and_a_term_named_by_its_noun_is_a_term() -> None:
    assert measures("The deficit for 2026-27 is 4.4% of GDP.").keys() == {"4.4%"}
    assert measures("Okoro was handed a nine-year sentence on Friday.") == {"nine-year": "term"}
    a = make_brief("a.txt", "Okoro was jailed for 12 years at Leeds Crown Court on Friday.")
    b = make_brief("b.txt", "Okoro was handed a nine-year sentence at Leeds Crown Court on Friday.")
    assert flags(a, b) == [("term", ["12 years", "nine-year"])]


def test_people_out_of_work_and_the_unemployed_are_one_count() -> None:
    # one release, one day: a count that rose to a value and the same count, which disagree
    a = make_brief(
        "a.txt",
        "The number of people out of work rose to 1.48 million in the three months to May.",
        dated="10 June 2026",
    )
    b = make_brief(
        "b.txt",
        "Some 1.71 million people were unemployed in the three months to May.",
        dated="10 June 2026",
    )
    assert flags(a, b) == [("unemployed", ["1.48 million", "Some 1.71 million"])]


def test_the_mercury_and_the_hottest_place_name_a_temperature() -> None:
    text = "Kelso was the hottest town in the country on Monday, with the mercury touching 41.6C."
    assert [f.unit for f in make_brief("x.txt", text).figures] == ["°C"]
    assert [f.unit for f in make_brief("x.txt", "Flat 4C was let on Monday.").figures] != ["°C"]


def test_a_stake_by_any_name_a_hyphenated_crore_and_a_trials_size() -> None:
    assert parse_quantity("₹1,400-crore").value == pytest.approx(1.4e10)
    a = make_brief("a.txt", "Tarvo Group bought a 30% stake in Kelp Mobility on Monday.")
    b = make_brief("b.txt", "Tarvo Group bought a 40 per cent holding in Kelp Mobility on Monday.")
    assert flags(a, b) == [("stake", ["30%", "40 per cent"])]
    c = make_brief("c.txt", "The pill cut relapses by a third in a trial involving 1,200 patients.")
    d = make_brief("d.txt", "A study of 2,900 volunteers found the pill cut relapses by a third.")
    assert flags(c, d) == [("sample size", ["1,200", "2,900"])]
    # a government's plan to recruit nurses is no sample
    assert measures("The minister vowed to recruit 9,000 nurses.")["9,000"] != "sample size"


def test_counter_examples_a_series_length_is_no_streak_and_a_jobless_rate_is_no_count() -> None:
    # games in a series, with no "straight" or "in a row", are compared
    a = make_brief("a.txt", "The Rangers won the final series in six games on Sunday.")
    b = make_brief("b.txt", "The Rangers won the final series in seven games on Sunday.")
    assert "streak" not in aside(a, b)
    assert flags(a, b) != []
    # the unemployment rate stays a rate, never the count of the unemployed
    assert measures("The unemployment rate rose to 5.1% in May.")["5.1%"] == "unemployment"
