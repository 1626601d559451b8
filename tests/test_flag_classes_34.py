"""Classes read from the sixty-fifth and sixty-seventh batteries (small numbers; ranges,
hedges and approximations), each with what it must do and a counter-example where it must
not. Every sentence is invented."""

from __future__ import annotations

from summarise.corpus.compare import compare_figures, measure_of
from summarise.schemas import Brief
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside, compared


def _one(text: str, name: str = "x.txt") -> Brief:
    """A one-sentence article's brief by code, dated (14 June 2026 is a Sunday)."""
    return make_brief(name, text, dated="14 June 2026")


def _figures(text: str) -> dict[str, tuple[float | None, float | None, str | None]]:
    brief = _one(text)
    return {f.number: (f.low, f.high, f.unit) for f in brief.figures}


def _measures(text: str) -> dict[str, str]:
    brief = _one(text)
    return {f.number: measure_of(f) for f in brief.figures}


# --- a noun that names a ratio is held by no one: "Turnout stood at 31%" ---------------------


def test_a_ratio_noun_opening_a_sentence_is_no_holder() -> None:
    assert _measures("Turnout stood at 31% on Sunday, the electoral commission said.") == {
        "31%": "turnout"
    }
    assert _measures("Occupancy stood at 78% in May, the hotel group said.") == {"78%": "occupancy"}


def test_a_party_standing_at_a_share_still_holds_it() -> None:
    # counter-example: a party's name opening the sentence is its holder
    assert _measures("Labour stood at 34% in the poll.") == {"34%": "poll share of labour"}


def test_two_turnouts_of_one_day_are_a_flag_and_two_hours_a_tally() -> None:
    assert_flagged(
        "Turnout stood at 31% on Sunday, the electoral commission said.",
        "Turnout was 48% on Sunday, the electoral commission said.",
    )
    # counter-example: stamped with two hours of the day, the turnout rose
    assert_quiet(
        "Turnout stood at 31% by noon on Sunday, the electoral commission said.",
        "Turnout had reached 48% by 4pm on Sunday, the electoral commission said.",
    )


# --- a value given in two units is shown in the unit of the other article --------------------


def test_a_clash_is_shown_in_one_unit_where_an_article_gives_both() -> None:
    flags, _ = compared(
        "The station at Ecija recorded 46.1C (115.0F) on Saturday, the weather agency said.",
        "The station at Ecija recorded 44.2C on Saturday, the weather agency said.",
    )
    assert flags == [["44.2C", "46.1C"]]


def test_a_conversion_is_kept_where_the_other_article_uses_its_unit() -> None:
    # counter-example: the other article gives Fahrenheit, so the Fahrenheit figure is shown
    flags, _ = compared(
        "The station at Ecija recorded 46.1C (115.0F) on Saturday, the weather agency said.",
        "The station at Ecija recorded 111.6F on Saturday, the weather agency said.",
    )
    assert flags == [["111.6F", "115.0F"]]


# --- counts each sentence dates to a day of its own -----------------------------------------


def test_counts_of_two_named_days_are_two_moments() -> None:
    assert_set_aside(
        "Fog forced the cancellation of six flights at Ostend on Friday.",
        "Eleven flights were cancelled at Ostend on Saturday as the fog returned.",
        "different-moments",
    )


def test_one_day_of_an_event_against_the_day_it_was_told_is_a_flag() -> None:
    # counter-example: "said on Saturday" is the day of telling, not of the quake
    assert_flagged(
        "The earthquake near Kutina on Friday killed 41 people.",
        "Officials said on Saturday that the earthquake near Kutina had killed 57 people.",
    )


def test_a_span_of_two_days_dates_no_one_day() -> None:
    # counter-example: a window from one day to the next names two days, not one
    assert_flagged(
        "Between 8am on Friday and 8am on Saturday, 212 aftershocks were recorded near Kutina.",
        "The observatory recorded 96 aftershocks near Kutina on Friday.",
    )


def test_counts_of_one_named_day_are_a_flag() -> None:
    assert_flagged(
        "Fog forced the cancellation of six flights at Ostend on Friday.",
        "Eleven flights were cancelled at Ostend on Friday as the fog hung over the coast.",
    )


# --- two plain nouns of different things are not paired by the words around them ------------


def test_two_counts_of_different_plain_things_paired_by_words_are_worth_a_look() -> None:
    found = compare_figures(
        [
            _one("Veltra launched its translation app on Tuesday in five languages.", "a.txt"),
            _one("Veltra launched its translation app on Tuesday in 11 countries.", "b.txt"),
        ]
    )
    assert found.conflicts == []
    assert [sorted(c.number for c in w.claims) for w in found.worth_a_look] == [["11", "five"]]


def test_a_count_of_animals_may_be_a_count_of_one_kind() -> None:
    # counter-example: "animals" names every kind, so it may count the caribou
    assert_flagged(
        "The aerial survey released on Monday counted about 6,100 animals in the Bathurst herd.",
        "The aerial survey released on Monday counted an estimated 4,300 caribou in the "
        "Bathurst herd.",
    )


# --- a near bound reaches no further than the next round number ------------------------------


def test_a_near_bound_stops_at_the_next_step_of_its_last_digit() -> None:
    assert _figures("Temperatures reached a little over 38C in Murcia on Monday.") == {
        "a little over 38C": (38.0, 39.0, "°C")
    }
    assert _figures("It fell to just under 1.5 million on Monday.") == {
        "just under 1.5 million": (1_400_000.0, 1_500_000.0, None)
    }


def test_a_round_near_bound_still_reaches_a_tenth() -> None:
    # counter-example: "nearly 500" is not just 400 to 500 nor only 499
    assert _figures("Nearly 500 people attended the meeting on Monday.") == {
        "Nearly 500": (450.0, 500.0, None)
    }


def test_a_reading_beyond_a_near_bound_is_a_flag() -> None:
    assert_flagged(
        "The temperature in Murcia reached a little over 38C on Friday, the agency said.",
        "The temperature in Murcia reached 41.2C on Friday, the agency said.",
    )
    assert_quiet(
        "The temperature in Murcia reached a little over 38C on Friday, the agency said.",
        "The temperature in Murcia reached 38.6C on Friday, the agency said.",
    )


# --- "the coming year" is "the next year" ----------------------------------------------------


def test_the_coming_and_the_next_year_are_one_window() -> None:
    assert_flagged(
        "The council must find savings of around £12 million in the coming financial year, "
        "its cabinet member said.",
        "The council needs to save £31 million in the next financial year, its cabinet member "
        "said.",
    )


def test_this_year_and_the_coming_year_are_two_windows() -> None:
    # counter-example
    assert_quiet(
        "The council must find savings of around £12 million this year, its cabinet member said.",
        "The council needs to save £31 million in the coming year, its cabinet member said.",
    )


# --- a country's count of an outbreak it places in one town is that town's ------------------


def test_a_country_s_count_of_an_outbreak_in_a_town_is_the_town_s() -> None:
    assert_flagged(
        "Health officials in Blantyre reported 2,300 confirmed measles infections on Friday, "
        "three weeks after the first case there.",
        "Malawi has confirmed 5,100 measles infections since the outbreak was first detected "
        "in Blantyre three weeks ago, officials said on Friday.",
    )


def test_a_country_s_own_count_is_not_a_town_s() -> None:
    # counter-example: the country's total and one city's are two places
    assert_quiet(
        "Malawi has confirmed 5,100 measles infections this year, its health ministry said.",
        "Blantyre has confirmed 2,300 measles infections this year, the city council said.",
    )


# --- hedges: "in the region of", "on the order of", "the best part of" -----------------------


def test_more_hedges_bound_a_number() -> None:
    assert _figures("The repairs will cost in the region of £2 million, the council said.") == {
        "in the region of £2 million": (1_800_000.0, 2_200_000.0, "GBP")
    }
    assert _figures("The flood defences cost on the order of £20 million.") == {
        "on the order of £20 million": (18_000_000.0, 22_000_000.0, "GBP")
    }


# --- box-office takings named by a kind of film and by its title -----------------------------


def test_takings_named_by_the_film_s_kind_and_its_title_are_one_film() -> None:
    assert_flagged(
        'The musical drama "Night Harbour" took in the region of $35 million in the United '
        "States and Canada over its opening weekend, according to studio estimates.",
        '"Night Harbour" opened with $92 million at North American cinemas over the weekend, '
        "the studio estimated.",
    )


def test_takings_of_two_kinds_of_film_are_two_films() -> None:
    # counter-example: a comedy and a drama are two films, worth a look at most
    found = compare_figures(
        [
            make_brief(
                "a.txt",
                'The comedy "Salt Road" opened with $92 million at North American cinemas over '
                "the weekend, the studio estimated.",
                dated="14 June 2026",
            ),
            make_brief(
                "b.txt",
                'The drama "Night Harbour" opened with $35 million at North American cinemas '
                "over the weekend, the studio estimated.",
                dated="14 June 2026",
            ),
        ]
    )
    assert found.conflicts == []


# --- prices "higher than a year earlier" are inflation ---------------------------------------


def test_prices_higher_than_a_year_earlier_are_inflation() -> None:
    assert _measures(
        "Consumer prices were 2.7% higher in May than a year earlier, the statistics office said."
    ) == {"2.7%": "inflation"}


def test_prices_higher_than_last_month_are_no_inflation_rate() -> None:
    # counter-example: no year named, so no annual rate
    assert _measures("House prices were 2% higher in May, the lender said.") == {"2%": "price"}


# --- a count of the jobless by the name of their state ---------------------------------------


def test_unemployment_told_as_a_count_is_a_count_of_the_unemployed() -> None:
    found = _measures("Registered unemployment in Chile fell by 9,200 to 1.1 million in May.")
    assert found["1.1 million"] == "unemployed"
    # counter-example: in per cent it is the rate
    assert _measures("Unemployment in Chile fell to 8.1% in May.") == {"8.1%": "unemployment"}


def test_two_counts_of_the_unemployed_by_two_names_are_a_flag() -> None:
    assert_flagged(
        "The number of people registered as unemployed in Chile stood at about 1.4 million "
        "at the end of May, the labour ministry said.",
        "Registered unemployment in Chile stood at 1.1 million at the end of May, the labour "
        "ministry said.",
    )


# --- the age a person whose name opens the sentence died at ---------------------------------


def test_the_age_of_a_death_is_the_age_of_the_name_that_opens_the_sentence() -> None:
    assert _measures(
        "Odile Marchal, the singer who made the song famous, has died aged 71, her family said."
    ) == {"aged 71": "age of marchal"}


def test_an_age_of_a_death_with_no_name_opening_the_sentence_is_no_one_s() -> None:
    # counter-examples: no name opens the sentence; a name is the speaker of another's death
    assert _measures("Police said a woman died aged 71 after the crash.") == {
        "aged 71": "age of woman"
    }
    assert _measures("Odile Marchal said her father died aged 71.") == {"aged 71": "age of father"}


def test_two_ages_of_one_death_are_a_flag() -> None:
    assert_flagged(
        "Odile Marchal, the singer who made the song famous, has died in her late fifties, her "
        "family said on Friday.",
        "Odile Marchal, the French singer, has died aged 71, her family said on Friday.",
    )


# --- a share of a company or project bought or sold is a stake -------------------------------


def test_a_share_bought_of_a_project_is_a_stake() -> None:
    assert _measures("Tarno Metals agreed to buy 45% of the Kalgan copper project.") == {
        "45%": "stake"
    }
    # counter-example: a share of what people buy is no stake
    assert _measures("Shoppers in Leeds buy 40% of their food online.") == {"40%": "food"}


def test_a_share_bought_and_a_stake_are_a_flag() -> None:
    assert_flagged(
        "Tarno Metals agreed on Friday to buy just under half of the Kalgan copper project.",
        "Tarno Metals agreed on Friday to take a 55% stake in the Kalgan copper project.",
    )


# --- a hedge of several words keeps what its number counts ----------------------------------


def test_a_hedge_of_several_words_keeps_the_counted_noun() -> None:
    assert _measures("The fire destroyed in the region of 90 houses, the fire service said.") == {
        "in the region of 90": "home"
    }


# --- a loose length of something else is no window -------------------------------------------


def test_a_loose_length_of_another_doing_is_no_window() -> None:
    assert_flagged(
        "Up to 20 centimetres of snow fell on Tuzla overnight, shutting the main road for "
        "several hours, the weather service said.",
        "Forty-five centimetres of snow fell on Tuzla overnight, the weather service said on "
        "Sunday.",
    )


def test_a_stated_span_is_still_a_window() -> None:
    # counter-example: "for three days" is a span of its own, not a loose length
    assert_set_aside(
        "Heavy snow fell on Tuzla for three days, leaving 30 centimetres on the ground, the "
        "weather service said.",
        "Fifty-five centimetres of snow fell on Tuzla on Saturday, the weather service said.",
        "different-windows",
    )


# --- a count told by how many digits it has ---------------------------------------------------


def test_a_count_told_by_its_digits_is_a_range() -> None:
    assert _figures("Admissions have stayed in single figures, the health board said.") == {
        "single figures": (1.0, 9.0, None)
    }
    assert _figures("The party won seats in double digits on Sunday.") == {
        "double digits": (10.0, 99.0, None)
    }


def test_double_as_a_multiple_is_no_count_of_digits() -> None:
    # counter-example: "double" alone is a multiple, not a number of digits
    assert _figures("The party won double the seats it won in 2022.") == {}


def test_occasions_and_a_plain_count_of_them_may_be_one_count() -> None:
    # counter-example: "times" names occasions of any doing, so it may count the spills
    assert_flagged(
        "Storm overflows run by Tarrow Water discharged sewage 12,600 times in 2026, the "
        "agency's figures show.",
        "Storm overflows run by Tarrow Water recorded 9,800 spills of sewage in 2026, the "
        "agency's figures show.",
    )


def test_the_region_named_before_a_number_is_no_hedge() -> None:
    # counter-example: "in the region of" is a hedge only right before its number
    assert _figures("Flooding in the region of Valencia killed 12 people on Sunday.") == {
        "12": (12.0, 12.0, None)
    }
