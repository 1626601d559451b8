"""Classes read from misses and false flags on the read batteries (the twenty-first,
twenty-third and twenty-fourth are kept unread): a rate of inflation by its several names,
the rate of a part ("food inflation") against the headline rate, a product of one term ("the
two-year fixed rate"), a bound by position ("below 5%"), and an open bound that agrees only
as the same doing. Each with what it must do and a counter-example where it must not. Every
sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import Comparison, compare_figures
from summarise.find.grammar import without_dateline
from summarise.find.quantities import parse_quantity
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import (
    assert_flagged,
    assert_quiet,
    assert_recorded,
    assert_set_aside,
    compared,
)

# --- a rate of inflation, whatever it is called ------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # the headline rate beside its previous value and the rate of food: one flag, the
        # headline's
        (
            "Annual inflation in Zambia eased to 11.2 per cent in June from 12.4 per cent in "
            "May, the statistics agency said on Thursday. Food inflation stood at 14.8 per cent.",
            "Zambia's annual inflation rate slowed to 9.7% in June, the statistics agency said "
            "on Thursday. Food inflation was 14.8%.",
        ),
        # prices "year on year" and a rate of inflation: a change on a year either way
        (
            "Consumer prices in Uruguay rose 5.8% year on year in June, the statistics office "
            "said on Thursday.",
            "Inflation in Uruguay eased to 4.6 per cent in June, the statistics office said on "
            "Thursday.",
        ),
        # the index, "CPI", and a nationality for the country
        (
            "The consumer price index in Chile rose 3.9% in June, the statistics office said.",
            "Chilean CPI inflation slowed to 4.8 per cent in June, the statistics office said.",
        ),
        (
            "Consumer price growth in Hungary slowed to 4.1% in June, the statistics office said.",
            "Hungarian inflation was 4.9 per cent in June, the statistics office said.",
        ),
        # last year's average is the past, not another value of now
        (
            "Consumer prices in Ghana rose 4.1% year on year in June, the agency said on Thursday.",
            "Ghana recorded annual consumer inflation of 5.3% in June, the agency said on "
            "Thursday. Inflation averaged 5.6% last year.",
        ),
    ],
)
def test_one_rate_of_inflation_by_its_names_is_compared(one: str, other: str) -> None:
    flags, _ = compared(one, other)
    assert flags != []
    # only the headline rates are set against each other
    assert all(
        {n.split("%")[0].split(" per")[0] for n in flag}
        <= {"11.2", "9.7", "5.8", "4.6", "3.9", "4.8", "4.1", "4.9", "5.3"}
        for flag in flags
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # the rate of a part against the headline rate
        (
            "Annual inflation in Peru was 3.1 per cent in June, the central bank said.",
            "Food inflation in Peru was 5.4% in June, the central bank said.",
        ),
        (
            "UK consumer price inflation rose to 3.4 per cent in June, the statistics office said.",
            "Core inflation in the UK was 2.8% in June, the statistics office said.",
        ),
        (
            "Inflation in Poland eased to 4.1% in June, the statistics office said.",
            "Fuel prices in Poland fell 2.3 per cent in June, the statistics office said.",
        ),
    ],
)
def test_the_rate_of_a_part_is_not_the_headline_rate(one: str, other: str) -> None:
    assert_set_aside(one, other, "different-variants")


def test_a_month_on_month_change_is_another_window() -> None:
    assert_set_aside(
        "Prices in Serbia rose 0.4 per cent on the month in June, the statistics office said.",
        "Inflation in Serbia was 4.6% in June, the statistics office said.",
        "different-windows",
    )


# --- a product of one term ---------------------------------------------------------------------


def test_two_terms_of_one_product_are_set_aside() -> None:
    assert_set_aside(
        "The average two-year fixed mortgage rate stood at 5.21% on Tuesday, Ratewise said.",
        "The average five-year fixed mortgage rate fell to 4.97 per cent on Tuesday, Ratewise "
        "said.",
        "different-variants",
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # one term, two rates
        (
            "The average two-year fixed mortgage rate stood at 5.21% on Tuesday, Ratewise said.",
            "The average two-year fixed mortgage rate was 4.62 per cent on Tuesday, Ratewise said.",
        ),
        # "a 10-year high" dates the value; it names no product
        (
            "The jobless rate in Tarnow rose to a 10-year high of 7.9% in June, the labour "
            "office said.",
            "The jobless rate in Tarnow was 6.1 per cent in June, the labour office said.",
        ),
    ],
)
def test_one_term_and_a_high_of_some_years_are_compared(one: str, other: str) -> None:
    assert_flagged(one, other)


# --- a bound by position -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "qualifier", "low", "high"),
    [
        ("below 5%", "at_most", 0.0, 5.0),
        ("above 40 per cent", "at_least", 40.0, None),
        ("just below 5%", "approx", 4.5, 5.0),
        # a number before "below" is no bound
        ("3 metres below sea level", "exact", 3.0, 3.0),
    ],
)
def test_below_and_above_bound_the_number_after_them(
    phrase: str, qualifier: str, low: float, high: float | None
) -> None:
    q = parse_quantity(phrase)
    assert (q.qualifier, q.low, q.high) == (qualifier, low, high)


def test_a_rate_below_a_mark_agrees_with_a_rate_under_it() -> None:
    assert_quiet(
        "Two-year fixed mortgage rates dipped below 5% on Tuesday, Ratewise said.",
        "The average two-year fixed mortgage rate fell to 4.8 per cent on Tuesday, Ratewise said.",
    )


# --- an open bound agrees as the same doing ----------------------------------------------------


def test_an_open_bound_of_another_doing_does_not_agree_with_a_reading() -> None:
    flags, _ = compared(
        "Monteira station recorded 48.2C on Wednesday, a national record, the weather agency "
        "said. The heat pushed temperatures above 44C across the province.",
        "The thermometer at Monteira station reached 46.9C on Wednesday, a national record, "
        "the weather agency said.",
    )
    assert flags == [["46.9C", "48.2C"]]


def test_an_open_bound_of_the_same_doing_agrees() -> None:
    assert_quiet(
        "At least 20 pupils fell ill after lunch at a school in Lier on Wednesday. The school "
        "has about 400 pupils.",
        "A total of 35 pupils fell ill after lunch at a school in Lier on Wednesday.",
    )


# --- a count of those in a state falls as they leave it ------------------------------------------


def _on_two_days(one: str, day_one: str, other: str, day_other: str) -> Comparison:
    """Two one-sentence articles, dated on two days."""
    return compare_figures(
        [make_brief("a.txt", one, dated=day_one), make_brief("b.txt", other, dated=day_other)]
    )


def test_a_later_lower_count_of_those_still_without_power_is_no_flag() -> None:
    found = _on_two_days(
        "As of 6 a.m. on Saturday, about 280,000 customers in Daejeon were without "
        "electricity after the storm, Hanbit Power said.",
        "5 September 2026",
        "By 8 p.m. on Sunday, 41,000 customers in Daejeon were still without "
        "electricity, Hanbit Power said.",
        "6 September 2026",
    )
    assert found.conflicts == []


def test_a_later_lower_death_toll_is_still_a_flag() -> None:
    found = _on_two_days(
        "The death toll from the landslide in Kerewan has risen to 46, officials said on Saturday.",
        "5 September 2026",
        "The death toll from the landslide in Kerewan has risen to 31, officials said on Sunday.",
        "6 September 2026",
    )
    assert found.conflicts != []


def test_a_count_now_linked_rises_over_days() -> None:
    found = _on_two_days(
        "Officials linked the cheese to 19 confirmed cases of listeria, the dairy said on Monday.",
        "7 September 2026",
        "Officials said on Wednesday that 33 confirmed cases of listeria are now linked "
        "to the cheese.",
        "9 September 2026",
    )
    assert found.conflicts == []
    assert found.tallies != []


# --- prices: a valued company, a rejected bid -------------------------------------------------


def test_a_stake_and_a_company_valued_by_a_possessive_are_set_aside() -> None:
    assert_set_aside(
        "Fjordline Energi has agreed to pay €900 million for a 25% stake in Vester Nett, the "
        "companies said.",
        "The deal, for a minority stake, values the Danish grid operator's equity at €3.6 "
        "billion, the companies said.",
        "stake-and-whole",
    )


def test_a_rejected_bid_is_not_the_agreed_price() -> None:
    assert_quiet(
        "Alder Mills' board has rejected an unsolicited approach from Kestrel Foods worth $31 "
        "a share in cash.",
        "Alder Mills has agreed to be acquired by Kestrel Foods for $36.50 a share in cash.",
    )


def test_two_agreed_prices_are_compared() -> None:
    assert_flagged(
        "Alder Mills has agreed to be acquired by Kestrel Foods for $31 a share in cash.",
        "Alder Mills has agreed to be acquired by Kestrel Foods for $36.50 a share in cash.",
    )


# --- people who moved, and people moved -------------------------------------------------------


def test_people_who_moved_to_a_country_are_not_displaced() -> None:
    assert_quiet(
        "About 640,000 people moved to Austria in 2026, the statistics office said.",
        "Officials evacuated 12,000 people from villages in Austria in 2026 as floods rose.",
    )


def test_people_moved_out_by_officials_are_displaced() -> None:
    assert_flagged(
        "Officials have moved 5,800 people out of riverside villages in Tabasco, the governor "
        "said on Friday.",
        "Some 11,000 people were evacuated from riverside villages in Tabasco, the governor "
        "said on Friday.",
    )


# --- a number standing for a group named before -----------------------------------------------


def test_the_size_of_a_group_named_before_is_not_a_count() -> None:
    assert_quiet(
        "Kinross Oil evacuated 1,400 workers from its site on Tuesday, the company said.",
        "Kinross Oil, the largest of the three to curtail output, evacuated its site on Tuesday.",
    )


# --- real and nominal ------------------------------------------------------------------------


def test_a_change_in_real_terms_and_a_nominal_one_are_set_aside() -> None:
    assert_set_aside(
        "After adjusting for inflation, box office takings in Ireland rose 2.1 per cent in "
        "2026, the association said.",
        "Box office takings in Ireland rose 6.4% in nominal terms in 2026, the association said.",
        "different-variants",
    )


# --- a cut by a share, of what the verb's object names -----------------------------------------


def test_one_cut_of_one_thing_is_compared() -> None:
    flags, _ = compared(
        "A twice-yearly injection reduced heart attacks by 31% compared with placebo, "
        "researchers said.",
        "The injection cut heart attack risk by 19% versus placebo, researchers said.",
    )
    assert flags == [["19%", "31%"]]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # cuts of two things
        (
            "The antiviral reduced hospitalisations by 38% compared with placebo, Velmor said.",
            "The antiviral reduced deaths by 58 per cent compared with placebo, Velmor said.",
        ),
        # a fall without an object is no cut of anything named
        (
            "Hospitalisations fell by 12% in 2025, the agency said.",
            "The clinic cut its costs by 30% in 2025, the agency said.",
        ),
    ],
)
def test_cuts_of_two_things_are_not_compared(one: str, other: str) -> None:
    assert_quiet(one, other)


# --- barrels a day in one word, a spill by its names, a dateline in marked capitals ------------


def test_bpd_is_barrels_a_day() -> None:
    q = parse_quantity("90,000 bpd")
    assert (q.unit, q.low) == ("bbl", 90000.0)
    flags, _ = compared(
        "The Mandara field was pumping 250,000 barrels a day before the pipeline was shut, the "
        "ministry said.",
        "The Mandara field was pumping 90,000 bpd before the pipeline was shut, the ministry said.",
    )
    assert flags != []


def test_a_daily_rate_and_a_total_in_barrels_are_not_compared() -> None:
    assert_quiet(
        "The Mandara field was pumping 90,000 bpd before the pipeline was shut, the ministry said.",
        "The Mandara field has pumped 2.1 million barrels since it opened, the ministry said.",
    )


def test_fuel_oil_and_bunker_fuel_are_one_spill() -> None:
    assert_flagged(
        "About 3,000 tonnes of heavy fuel oil leaked from the tanker Orla off Hiiumaa on "
        "Thursday, the coastguard said.",
        "About 300 tonnes of bunker fuel leaked from the tanker Orla off Hiiumaa on Thursday, "
        "the coastguard said.",
    )


def test_a_dateline_in_marked_capitals_is_not_a_place() -> None:
    assert_flagged(
        "Colombia's central bank lowered its benchmark interest rate to 8.75% on Friday, it said.",
        "BOGOTÁ - Colombia's central bank cut its benchmark rate to 9.25 per cent on Friday, it "
        "said.",
    )


# --- an offer named after its figure; a pay offer is a rise offered ----------------------------


def test_a_rise_offered_by_employers_and_a_pay_offer_are_compared() -> None:
    flags, _ = compared(
        "The dockers' union on Friday rejected a 6.5% pay rise offered by port employers in Ghent.",
        "The dockers' union rejected a pay offer of 4.5 per cent from port employers in Ghent "
        "on Friday.",
    )
    assert flags == [["4.5 per cent", "6.5%"]]


def test_a_rise_offered_is_not_the_rise_demanded() -> None:
    assert_quiet(
        "The dockers' union on Friday rejected a 6.5% pay rise offered by port employers in Ghent.",
        "The dockers' union is demanding a pay rise of 9 per cent from port employers in Ghent.",
    )


# --- Fahrenheit on the Celsius scale -------------------------------------------------------------


def test_celsius_and_fahrenheit_that_cannot_both_hold_are_flagged() -> None:
    flags, _ = compared(
        "The thermometer in Sibi reached 51 degrees Celsius on Friday, the met office said.",
        "Sibi recorded 118 degrees Fahrenheit on Friday, the met office said.",
    )
    assert flags == [["118 degrees Fahrenheit", "51 degrees Celsius"]]


def test_one_reading_in_two_scales_is_rounding() -> None:
    assert_set_aside(
        "The thermometer in Sibi reached 48 degrees Celsius on Friday, the met office said.",
        "Sibi recorded 118 degrees Fahrenheit on Friday, the met office said.",
        "rounding",
    )


def test_a_record_that_stood_is_not_the_days_reading() -> None:
    assert_quiet(
        "Temperatures in Ourense climbed to 109F on Monday, the weather agency said. The "
        "city's highest temperature on record is 46.6C.",
        "Ourense reached 43C on Monday, the weather agency said.",
    )
    flags, _ = compared(
        "Monteira station reached 48.2C on Wednesday, beating the previous national record of "
        "45.1C, the agency said.",
        "Monteira station reached 46.9C on Wednesday, a new national record, the agency said.",
    )
    assert flags == [["46.9C", "48.2C"]]


# --- lakh and crore are the number's own words ----------------------------------------------------


def test_crore_and_lakh_of_one_count_are_compared() -> None:
    flags, _ = compared(
        "Volunteers planted 2.5 crore saplings across Bihar on Sunday, the minister said.",
        "Officials said 25 lakh saplings were planted across Bihar on Sunday in the drive.",
    )
    assert flags == [["2.5 crore", "25 lakh"]]


def test_crore_and_digits_that_agree_are_not_flagged() -> None:
    assert_quiet(
        "Volunteers planted 2.5 crore saplings across Bihar on Sunday, the minister said.",
        "Officials said 25 million saplings were planted across Bihar on Sunday in the drive.",
    )


# --- one thing under its other names: homes and houses, pupils and students -------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The fire near Bodalla destroyed 340 homes on Thursday, the fire service said.",
            "Some 520 houses were destroyed by the fire near Bodalla on Thursday, the fire "
            "service said.",
        ),
        (
            "Eighty-seven pupils abducted from a school in Zamfara have been freed, the governor "
            "said on Wednesday.",
            "The governor said on Wednesday that 53 students abducted from a school in Zamfara "
            "had been freed.",
        ),
        (
            "Some 17,000 mineworkers at Tshepo Platinum went on strike on Monday, the union said.",
            "About 9,500 workers at Tshepo Platinum went on strike on Monday, the union said.",
        ),
    ],
)
def test_one_thing_under_its_other_names_is_compared(one: str, other: str) -> None:
    assert_flagged(one, other)


def test_homes_destroyed_and_houses_damaged_are_set_aside() -> None:
    assert_set_aside(
        "The fire near Bodalla destroyed 340 homes on Thursday, the fire service said.",
        "Some 520 houses were damaged by the fire near Bodalla on Thursday, the fire service said.",
        "destroyed-and-damaged",
    )


def test_homes_destroyed_are_a_part_of_those_damaged_or_destroyed() -> None:
    assert_set_aside(
        "The fire near Bodalla destroyed 340 homes on Thursday, the fire service said.",
        "Some 520 houses were damaged or destroyed by the fire near Bodalla on Thursday, the "
        "fire service said.",
        "destroyed-and-damaged",
    )


def test_two_counts_of_homes_destroyed_are_compared() -> None:
    assert_flagged(
        "The fire near Bodalla destroyed 340 homes on Thursday, the fire service said.",
        "The fire near Bodalla destroyed 520 houses on Thursday, the fire service said.",
    )


def test_corpus_json_records_destroyed_and_damaged_with_its_reason() -> None:
    assert_recorded(
        "destroyed-and-damaged",
        "The cyclone destroyed 1,200 homes in Toliara, the disaster agency said on Monday.",
        "About 4,800 homes were damaged by the cyclone in Toliara, the disaster agency said on "
        "Monday.",
    )


# --- a day's new cases are an addition ---------------------------------------------------------


def test_a_days_new_cases_and_the_outbreaks_total_are_set_aside() -> None:
    assert_set_aside(
        "Health officials reported 32 new cholera cases in Kasese on Tuesday, the ministry said.",
        "The cholera outbreak in Kasese has reached 411 cases, the ministry said on Tuesday.",
        "increment",
    )


def test_two_days_new_cases_of_one_day_are_compared() -> None:
    assert_flagged(
        "Health officials reported 32 new cholera cases in Kasese on Tuesday, the ministry said.",
        "Health officials reported 51 new cholera cases in Kasese on Tuesday, the ministry said.",
    )


# --- a nationality names a country's scope -------------------------------------------------------


def test_takings_in_a_nations_cinemas_are_not_worldwide_takings() -> None:
    assert_set_aside(
        "The film took $1.2 million in Nigerian cinemas in its first ten days, its distributor "
        "said.",
        "The film has taken $14 million at the box office worldwide in its first ten days, its "
        "distributor said.",
        "different-places",
    )


def test_takings_in_a_nations_cinemas_are_the_countrys() -> None:
    assert_flagged(
        "The film took $1.2 million in Nigerian cinemas in its first ten days, its distributor "
        "said.",
        "The film took $2.9 million at the box office in Nigeria in its first ten days, its "
        "distributor said.",
    )


def test_a_definite_count_with_its_noun_is_still_a_count() -> None:
    # "all 33 miners": the noun says what is counted; only a bare "the four to…" stands for a
    # group named before
    assert_flagged(
        "All 33 miners trapped in the Korvel shaft were rescued on Tuesday, the company said.",
        "Rescuers brought 21 miners out of the Korvel shaft on Tuesday, the company said.",
    )


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("BOGOTÁ - Colombia's central bank cut", "Colombia's central bank cut"),
        ("SÃO PAULO, May 3 (BRW) - Brazil's jobless rate", "Brazil's jobless rate"),
        # a sentence opening on a marked capital is no dateline
        (
            "Écija - a town near Seville - reached 46C.",
            "Écija - a town near Seville - reached 46C.",
        ),
    ],
)
def test_a_dateline_in_marked_capitals_is_blanked(sentence: str, kept: str) -> None:
    blanked = without_dateline(sentence)
    assert len(blanked) == len(sentence)
    assert blanked.strip() == kept
