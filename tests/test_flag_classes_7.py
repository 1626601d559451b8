"""Classes of structure read from the ninth held-out battery: a currency named in words after
the number, a span of days, "so far in May", a season against a career. Each with what it
must do and a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures, measure
from summarise.corpus.reconcile import reconcile
from summarise.find.periods import find_period, is_window
from summarise.find.quantities import parse_quantity
from tests.synthetic import make_brief


def flags(*briefs):
    found = compare_figures(list(briefs))
    return [(c.measure, sorted(cl.number for cl in c.claims)) for c in found.conflicts]


def brief(source: str, text: str):
    return make_brief(source, text, dated="14 June 2026")


# --- a currency named in words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("2.1 million Canadian dollars", "CAD"),
        ("40,000 US dollars", "USD"),
        ("3 billion yen", "JPY"),
        ("450,000 Kenyan shillings", "KES"),
        ("90 million Swiss francs", "CHF"),
        ("1.5 million dollars", "USD"),  # a dollar without a country is the US one, as "$"
        ("12,000 pesos", "pesos"),  # which peso, the words do not say: no code is guessed
    ],
)
def test_a_currency_named_after_the_number(phrase: str, unit: str) -> None:
    q = parse_quantity(phrase)
    assert q is not None and q.unit == unit


def test_dollars_of_two_countries_are_two_currencies() -> None:
    a = parse_quantity("2.1 million Canadian dollars")
    b = parse_quantity("2.1 million Australian dollars")
    assert a is not None and b is not None and a.unit != b.unit


# --- a span of days ------------------------------------------------------------------------


def test_a_span_of_days_is_a_window() -> None:
    text = "Some 700 flights were cancelled at Lisbon airport between Monday and Wednesday."
    period = find_period(text, text.index("700"))
    assert period == "between Monday and Wednesday" and is_window(period)
    a = brief("a.txt", "A strike forced Lisbon airport to cancel 260 flights on Tuesday.")
    b = brief("b.txt", text)
    assert flags(a, b) == []


def test_one_day_named_is_still_the_date_of_the_event() -> None:
    a = brief("a.txt", "A strike forced Lisbon airport to cancel 260 flights on Tuesday.")
    b = brief("b.txt", "Lisbon airport cancelled 410 flights on Tuesday because of the strike.")
    assert [n for _, n in flags(a, b)] == [["260", "410"]]


# --- "so far in June" ----------------------------------------------------------------------


def test_so_far_in_another_month_is_another_window() -> None:
    text = "Bayside recorded nine drownings so far in May, health officials said."
    assert find_period(text, text.index("nine")) == "so far in May"
    a = brief(
        "a.txt", "Health officials said 14 drownings had been recorded in Bayside this month."
    )
    b = brief("b.txt", text)
    assert flags(a, b) == []


# --- a season against a career -------------------------------------------------------------


def test_a_seasons_tally_and_a_career_tally_are_two_windows() -> None:
    a = brief("a.txt", "The striker Obi Mensah now has 24 goals this season for Kestrel Town.")
    b = brief("b.txt", "Obi Mensah's double took his career tally to 131 goals for Kestrel Town.")
    assert flags(a, b) == []


def test_two_tallies_of_one_season_disagree() -> None:
    a = brief("a.txt", "The striker Obi Mensah now has 24 goals this season for Kestrel Town.")
    b = brief("b.txt", "Obi Mensah has scored 29 goals this season for Kestrel Town.")
    assert [n for _, n in flags(a, b)] == [["24", "29"]]


def test_a_monthly_change_is_not_this_month() -> None:
    # "monthly" is any month's change: April's, in an article of June, is not June's
    a = brief("a.txt", "Norland's consumer prices rose 0.4% in June, the statistics office said.")
    b = brief("b.txt", "Norland's monthly inflation was 0.2% in April, the statistics office said.")
    assert flags(a, b) == []


# --- a time taken in words ---------------------------------------------------------------


def test_a_time_taken_written_in_words_is_a_result() -> None:
    a = brief("a.txt", "Ethiopia's Tesfaye Bekele won the Oslo marathon on Sunday in 2:09:15.")
    b = brief(
        "b.txt",
        "Tesfaye Bekele won the Oslo marathon on Sunday in 2 hours 7 minutes 3 seconds.",
    )
    assert [n for _, n in flags(a, b)] == [["2 hours 7 minutes 3 seconds", "2:09:15"]]


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Oslo lasted 3 hours 20 minutes on Sunday.",  # how long, not a result
        "Paramedics arrived in 12 minutes, the ambulance service said.",  # one part only
    ],
)
def test_a_duration_is_not_a_time_taken(text: str) -> None:
    assert [f for f in brief("a.txt", text).figures if f.unit == "h:m:s"] == []


# --- an age in millions of years ---------------------------------------------------------


def test_two_ages_of_one_fossil_disagree() -> None:
    a = brief(
        "a.txt", "The Chubut fossil of the new flying reptile is about 240 million years old."
    )
    b = brief(
        "b.txt",
        "Ash layers date the Chubut fossil of the reptile to roughly 180 million years ago.",
    )
    assert [n for _, n in flags(a, b)] == [["about 240 million", "roughly 180 million"]]


def test_digits_that_make_no_number_before_million_years_lose_nothing() -> None:
    # a scraped caption's stray punctuation must not stop the article's brief
    b = brief("a.txt", "The rock formed ., million years ago, the survey said. It has 40 layers.")
    assert [f.number for f in b.figures] == ["40"]


def test_two_ages_of_one_fossil_within_their_rounding_agree() -> None:
    a = brief(
        "a.txt", "The Chubut fossil of the new flying reptile is about 240 million years old."
    )
    b = brief("b.txt", "The Chubut fossil of the reptile dates back some 235 million years.")
    assert flags(a, b) == []


# --- where people come from ----------------------------------------------


def test_a_list_of_where_people_come_from_is_not_the_place() -> None:
    text = "The tanker had 21 crew members, from the Philippines, Ukraine and Greece."
    figure = brief("a.txt", text).figures[0]
    assert figure.place is None
    text = "Troops evacuated 500 people from Gaza and Rafah on Monday."
    assert brief("a.txt", text).figures[0].place is not None  # where the event was


# --- a prison term: the part before parole, the term asked for ------------------------------


def test_a_non_parole_period_is_part_of_the_term() -> None:
    a = brief(
        "a.txt", "Dale Furness was jailed for 11 years in the Perth District Court on Monday."
    )
    b = brief(
        "b.txt",
        "Dale Furness must serve a non-parole period of seven years, Judge Mary Olsen ruled in "
        "the Perth District Court.",
    )
    assert flags(a, b) == []


def test_a_term_asked_for_is_not_the_term_given() -> None:
    a = brief(
        "a.txt", "Prosecutors asked the Lyon court to jail banker Paul Girard for eight years."
    )
    b = brief("b.txt", "The Lyon court sentenced banker Paul Girard to five years on Monday.")
    assert flags(a, b) == []


def test_two_terms_given_disagree_even_after_what_was_asked() -> None:
    a = brief(
        "a.txt",
        "Prosecutors had sought nine years, but the Lyon court jailed banker Paul Girard for "
        "five years.",
    )
    b = brief("b.txt", "The Lyon court sentenced banker Paul Girard to seven years on Monday.")
    assert [n for _, n in flags(a, b)] == [["five years", "seven years"]]


# --- a share's price on the market against the price of a company ---------------------------


def test_a_closing_share_price_is_a_price_per_share() -> None:
    a = brief("a.txt", "Halden Group bid for Norvik Tools, valuing the company at about €1.2bn.")
    b = brief("b.txt", "The bid is a 31% premium to Norvik Tools' closing price of €21.40.")
    assert flags(a, b) == []


# --- the tenth battery's classes (read after its blind score) -------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The bridge cost DKK 2.6bn to build.", "DKK"),
        ("The fund holds USD 40 million.", "USD"),
        ("The minimum wage rises to R30.20 an hour.", "ZAR"),  # rand and cents
        ("Petrol now costs ₦897 a litre.", "NGN"),
    ],
)
def test_a_currency_by_its_code_symbol_or_cents(text: str, unit: str) -> None:
    assert [f.unit for f in brief("a.txt", text).figures] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "The crash closed the R2 near Hermanus on Monday.",  # a road, not rand
        "Calls to the NHS 111 line rose on Monday.",  # no currency code before a number
    ],
)
def test_a_road_or_a_code_is_no_currency(text: str) -> None:
    assert all(f.unit is None for f in brief("a.txt", text).figures)


def test_a_reading_in_degrees_celsius_is_kept() -> None:
    # "degrees Celsius" is the reading's unit, not a label like "Game Seven"
    a = brief("a.txt", "The station at Córdoba airport recorded 47.1C on Wednesday.")
    b = brief(
        "b.txt",
        "The thermometer at Córdoba airport reached 45.8 degrees Celsius on Wednesday.",
    )
    assert [n for _, n in flags(a, b)] == [["45.8 degrees Celsius", "47.1C"]]


def test_a_time_taken_by_the_runner_the_sentence_before_names() -> None:
    a = brief("a.txt", "Kenya's Moses Tanui won the Valencia marathon on Sunday in 2:05:41.")
    b = brief(
        "b.txt",
        "Moses Tanui won the Valencia marathon on Sunday.\nThe 24-year-old stopped the clock at "
        "2 hours 7 minutes 12 seconds, ahead of Tesfaye Alemu.",
    )
    assert [n for _, n in flags(a, b)] == [["2 hours 7 minutes 12 seconds", "2:05:41"]]


def test_a_time_taken_with_no_runner_named_before_is_nobodys() -> None:
    b = brief("b.txt", "The winner stopped the clock at 2 hours 7 minutes 12 seconds.")
    assert [f.counted for f in b.figures if f.unit == "h:m:s"] == [None]


def test_a_participle_after_what_is_weighed_ends_it() -> None:
    # "of cocaine hidden among crates": cocaine is weighed, not "hidden"
    a = brief(
        "a.txt",
        "Customs officers found 1.2 tonnes of cocaine hidden among crates of pineapples at the "
        "port of Rotterdam on Tuesday.",
    )
    b = brief(
        "b.txt",
        "Officers at the port of Rotterdam seized about 700 kilograms of cocaine concealed in "
        "a pineapple shipment on Tuesday.",
    )
    assert [n for _, n in flags(a, b)] == [["1.2 tonnes", "about 700 kilograms"]]


def test_a_noun_that_only_looks_like_a_participle_is_kept() -> None:
    seed = brief("a.txt", "Farmers in Mbeya received 40 tonnes of maize seed on Monday.")
    water = brief("a.txt", "The town stored 300 tonnes of treated water in its tanks.")
    assert measure(seed.figures[0]).name == "size of seed"
    assert measure(water.figures[0]).name == "size of water"


# --- how long an event lasts ----------------------------------------------------------------


def test_two_lengths_of_one_strike_disagree() -> None:
    a = brief(
        "a.txt", "Port workers in Antwerp began a 48-hour strike on Thursday, the union said."
    )
    b = brief(
        "b.txt", "Antwerp's port workers began a 72-hour stoppage on Thursday, the union said."
    )
    assert flags(a, b) == [("length of strike", ["48-hour", "72-hour"])]


def test_two_strikes_on_two_days_are_two_events() -> None:
    a = brief("a.txt", "Port workers in Antwerp will stage a 24-hour strike on Monday.")
    b = brief("b.txt", "Antwerp's port workers will hold a 48-hour strike next week.")
    found = compare_figures([a, b])
    assert found.conflicts == []
    assert [s.rule for s in found.set_aside] == ["different-windows"]
    # and corpus.json says so
    assert [s.rule for s in reconcile([a, b]).set_aside] == ["different-windows"]


@pytest.mark.parametrize(
    "text",
    [
        "The striker was given a 14-day suspension by the league.",  # a ban: a term, once
    ],
)
def test_no_event_length_where_none_is_told(text: str) -> None:
    figures = brief("a.txt", text).figures
    assert [f for f in figures if f.unit == "hours"] == []


# --- a change in points ---------------------------------------------------------------------


def test_basis_points_and_percentage_points_are_one_scale() -> None:
    a = brief(
        "a.txt", "The central bank of Peru cut its benchmark rate by 50 basis points on Thursday."
    )
    b = brief(
        "b.txt",
        "Peru's central bank cut its benchmark rate by a quarter of a percentage point on Thursday.",
    )
    assert flags(a, b) == [
        ("change of interest rate (points)", ["50 basis points", "a quarter of a percentage point"])
    ]


def test_the_same_change_in_basis_points_and_in_points_agrees() -> None:
    a = brief(
        "a.txt", "The central bank of Peru cut its benchmark rate by 25 basis points on Thursday."
    )
    b = brief(
        "b.txt", "Peru's central bank cut its benchmark rate by 0.25 percentage point on Thursday."
    )
    assert flags(a, b) == []  # 25 basis points are 0.25 points, not 25 against 0.25


def test_a_change_in_points_then_a_level_are_two_figures() -> None:
    text = "Peru's jobless rate rose 0.3 percentage points to 6.1% in March."
    figures = brief("a.txt", text).figures
    assert [(f.number, f.unit) for f in figures] == [
        ("0.3 percentage points", "pp"),
        ("6.1%", "%"),
    ]


def test_a_name_with_a_number_is_still_a_label() -> None:
    # the counter-example of "degrees Celsius": "Game Seven" names a game, it counts nothing
    assert brief("a.txt", "Kestrel Rovers won Game Seven at home on Sunday.").figures == []
