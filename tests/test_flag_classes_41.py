"""Classes found this session on measures two outlets name in different words ("lives lost"
and a death toll, "homes and businesses without power" and customers, "a daily ridership" and
passengers a day, "the share of registered voters who cast a ballot" and turnout, "31.4% of
the labour force was without work" and the jobless rate, "redundancies" and jobs cut), on
what an article's own figures say of each other (a sum listed as two parts in one sentence
against the other article's total), and on what a figure is (a bracket of children's ages is
no count; a mark "passed" is a floor; a premium to the last close is not one to an average;
a doing told by its noun, "the cancellation of 312 flights"). Each with what it must do and a
counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

from summarise.corpus.compare import (
    _destroyed_or_damaged,
    _holder,
    _kind_of,
    article_date,
    claim,
)
from summarise.find.places import place_levels
from summarise.find.quantities import find_quantities
from summarise.schemas import Claim
from tests.synthetic import make_brief, measures_of
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside, compared


def _claim(text: str, number: str) -> Claim:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    figure = next(f for f in brief.figures if f.number == number)
    return claim("a.txt", figure, article_date(brief))


def _numbers(text: str) -> list[tuple[str, str | None]]:
    return [(q.number, q.qualifier) for q, _ in find_quantities(text)]


# --- one measure under two names ------------------------------------------------------------


def test_lives_lost_are_the_dead() -> None:
    assert_flagged(
        "The mudslide in Dolakha killed 29 people, the district office said on Monday.",
        "In all, 41 lives were lost in the Dolakha mudslide, the district office said on Monday.",
    )
    # counter-example: lives saved are no death toll
    assert measures_of("Lifeguards saved 40 lives this summer.")["40"] != "killed"


def test_survivors_brought_ashore_are_the_people_rescued() -> None:
    assert_flagged(
        "The coastguard rescued 118 people from the sinking fishing boat on Tuesday.",
        "The coastguard brought 74 survivors ashore from the sinking fishing boat on Tuesday.",
    )


def test_account_holders_are_a_firms_customers() -> None:
    assert_flagged(
        "Hackers stole the data of 3.1 million account holders at Pinecrest Bank, the bank "
        "said on Wednesday.",
        "Pinecrest Bank said on Wednesday that the records of 1.7 million customers were stolen "
        "by hackers.",
    )


def test_premises_without_power_are_a_utilitys_customers() -> None:
    assert_flagged(
        "About 64,000 customers lost power in Halifax during Sunday's storm, Seaboard Power said.",
        "Some 98,000 homes and businesses in Halifax were without electricity during Sunday's "
        "storm, Seaboard Power said.",
    )


def test_homes_without_a_supply_word_stay_homes() -> None:
    # counter-example: homes that lost nothing supplied are homes, not a utility's customers
    assert (
        _kind_of(
            _claim("The storm damaged 98,000 homes and businesses in Halifax.", "98,000"),
            "home",
        )
        == "home"
    )


def test_a_ridership_is_a_count_of_passengers_and_its_average_one() -> None:
    assert measures_of("The tram network had an average daily ridership of 410,000 in 2025.") == {
        "410,000": "passenger (average)"
    }
    # counter-example: a ridership with no average before it is the plain count
    assert measures_of("Tram ridership rose to 410,000 on Friday.") == {"410,000": "passenger"}


def test_footfall_is_a_crowd() -> None:
    assert measures_of("The gallery recorded footfall of 880,000 last year.") == {
        "880,000": "crowd"
    }


def test_the_share_of_voters_who_cast_a_ballot_is_the_turnout() -> None:
    assert measures_of(
        "The share of registered voters who cast a ballot in Goa's municipal election was "
        "58.2 per cent."
    ) == {"58.2 per cent": "turnout"}
    # counter-example: the share of voters who backed a party is its vote share
    assert (
        measures_of("The share of voters who backed the Harbour Party was 41 per cent.")[
            "41 per cent"
        ]
        != "turnout"
    )


def test_a_share_of_the_labour_force_without_work_is_the_jobless_rate() -> None:
    assert measures_of("About 27.9 per cent of the labour force was without work in June.") == {
        "About 27.9 per cent": "unemployment"
    }
    # counter-example: a share of the labour force that is something else
    assert (
        measures_of("About 27.9 per cent of the labour force was female in June.")[
            "About 27.9 per cent"
        ]
        != "unemployment"
    )


def test_two_named_definitions_of_the_jobless_rate_stay_apart() -> None:
    # counter-example: two variants both named are two statistics
    assert_set_aside(
        "Namibia's official unemployment rate rose to 19.2% in the second quarter.",
        "On the expanded definition, Namibia's unemployment rate was 31.5% in the second quarter.",
        "different-variants",
    )


def test_receiving_a_vaccine_is_being_vaccinated() -> None:
    assert measures_of("Some 940,000 children received the measles vaccine in Sokoto.") == {
        "Some 940,000": "child (vaccinate)"
    }
    # counter-example: receiving something else is not
    assert measures_of("Some 940,000 children received free school meals in Sokoto.") != {
        "Some 940,000": "child (vaccinate)"
    }


def test_a_count_on_a_waiting_list_is_of_those_waiting() -> None:
    assert measures_of(
        "There are 6,300 households on Limerick City Council's social housing waiting list."
    ) == {"6,300": "waiting"}
    assert_flagged(
        "There are 6,300 households on Limerick City Council's social housing waiting list.",
        "Some 9,100 families are waiting for a council home in Limerick city.",
    )
    # counter-example: households of an area are not waiting for anything
    assert measures_of("There are 6,300 households in the Limerick City Council area.") != {
        "6,300": "waiting"
    }


def test_redundancies_are_jobs_cut() -> None:
    assert_flagged(
        "Corran Steel has cut 900 jobs at its Newport mill.",
        "Corran Steel has made 640 redundancies at its Newport mill.",
    )
    # counter-example: jobs created and redundancies are two doings, whatever the verb
    assert_set_aside(
        "Corran Steel has created 900 jobs at its Newport mill.",
        "Corran Steel has made 640 redundancies at its Newport mill.",
        "different-doings",
    )


def test_survivors_are_no_death_toll() -> None:
    # counter-example: survivors are people only beside another count of those rescued
    assert_quiet(
        "The ferry fire killed 12 people on Monday.",
        "Rescuers pulled 40 survivors from the burning ferry on Monday.",
    )


def test_a_sum_is_not_a_count_of_people_its_noun_names() -> None:
    assert measures_of("Prosecutors say the scheme cost victims N3.2 billion.") != {
        "N3.2 billion": "killed"
    }
    # counter-example: a count of victims is
    assert measures_of("Police found 12 victims in the building.") == {"12": "killed"}


# --- what an article's own figures say of each other ----------------------------------------


def test_damage_told_by_its_noun() -> None:
    assert _destroyed_or_damaged("home", _claim("6,100 houses had partial damage.", "6,100")) == (
        "damaged"
    )
    assert _destroyed_or_damaged(
        "home", _claim("6,100 houses were partly destroyed.", "6,100")
    ) == ("damaged")
    # counter-example: houses destroyed whole stay destroyed
    assert _destroyed_or_damaged("home", _claim("The storm destroyed 6,100 houses.", "6,100")) == (
        "destroyed"
    )


def test_a_sum_made_up_of_two_sums_an_article_lists() -> None:
    assert_set_aside(
        "Corvane has agreed to buy Lakeside Mills in a deal worth £275 million including debt, "
        "the firms said on Monday.",
        "Corvane will pay £190m for the shares of Lakeside Mills and take on £85m of its debt, "
        "the firms said on Monday.",
        "sum-of-parts",
    )


def test_a_sum_beside_an_earlier_one_is_no_part() -> None:
    # counter-example: two sums side by side but not listed as parts ("three times the ...
    # first alleged") make no total
    assert_flagged(
        "The fraud at the clinic reached €1.8 million, three times the €600,000 first alleged, "
        "the prosecutor said on Tuesday.",
        "Prosecutors put the fraud at the clinic at €2.4 million on Tuesday, up from the "
        "€600,000 first alleged.",
    )


def test_counts_that_differ_by_a_third_count_still_disagree() -> None:
    # counter-example: only sums are added up; "12 killed" and "15 killed" still disagree
    # though the story's "3 missing" makes up the gap
    assert_flagged(
        "The ferry fire in Cebu killed 12 people on Monday. Three people are missing.",
        "The ferry fire in Cebu killed 15 people on Monday.",
    )


def test_a_doing_told_by_its_noun_before_the_count() -> None:
    assert_set_aside(
        "Freezing rain forced the cancellation of 240 flights at Ottawa airport on Monday.",
        "More than 700 flights were delayed at Ottawa airport on Monday.",
        "different-doings",
    )
    # counter-example: the same doing told by a noun and by a verb is one count
    assert_flagged(
        "Freezing rain forced the cancellation of 240 flights at Ottawa airport on Monday.",
        "The airline cancelled 410 flights at Ottawa airport on Monday.",
    )


# --- what a figure is -----------------------------------------------------------------------


def test_children_under_five_is_an_age_bracket_not_a_count() -> None:
    assert _numbers("About 2.4 million children under five were immunised in Kaduna.") == [
        ("About 2.4 million", "approx")
    ]
    # the count beside a bracket in digits stays
    assert [n for n, _ in _numbers("The state has 2,000 children under 18 in care.")] == ["2,000"]
    # counter-example: a distance after "children under" is no age
    assert [
        n for n, _ in _numbers("Some 40 children under 600 metres from the blast were hurt.")
    ] == [
        "Some 40",
        "under 600 metres",
    ]


def test_a_mark_passed_is_a_floor() -> None:
    assert _numbers("The cholera outbreak passes 3,000 cases.") == [("passes 3,000", "at_least")]
    assert _numbers("The toll has passed the 1,000 mark.") == [("has passed the 1,000", "at_least")]
    # counter-example: what a parliament passed is a count of it
    assert _numbers("Parliament passed 12 bills in the session.") == [("12", "exact")]


def test_a_premium_to_the_close_and_to_an_average_are_two_premiums() -> None:
    assert_set_aside(
        "The A$3.10 offer is a 28% premium to Friday's closing price.",
        "The A$3.10 offer is a 41 per cent premium to the stock's six-month average.",
        "different-variants",
    )
    # counter-example: two premiums to the close disagree
    assert_flagged(
        "The A$3.10 offer is a 28% premium to Friday's closing price.",
        "The A$3.10 offer is a 41 per cent premium to the last closing price.",
    )


# --- when and where ---------------------------------------------------------------------------


def test_the_year_a_place_opened_is_a_yardstick() -> None:
    assert_flagged(
        "The Harbourside Museum had 1.1 million visitors in 2025, its best year since opening "
        "in 1987.",
        "The Harbourside Museum recorded footfall of 1.6 million in 2025, a record since it "
        "opened in 1987.",
    )


def test_a_figure_of_the_opening_year_is_still_background() -> None:
    # counter-example: the year the number itself is of
    _, rules = compared(
        "The Harbourside Museum had 210,000 visitors in 1987, the year it opened.",
        "The Harbourside Museum had 1.6 million visitors in 2025.",
    )
    assert "background-year" in rules


def test_a_study_tracked_over_years_is_of_all_its_people() -> None:
    assert_flagged(
        "The study followed 9,800 adults for 14 years.",
        "A study involving 6,300 participants tracked over 14 years found the same link.",
    )


def test_those_waiting_over_a_time_are_a_subgroup() -> None:
    # counter-example: "waiting over 52 weeks" is a threshold, a part of all waiting
    assert_set_aside(
        "Some 2,100 patients in Fife have been waiting over 52 weeks for surgery.",
        "Some 7,400 patients in Fife are waiting for surgery.",
        "subgroup",
    )


def test_every_county_is_the_whole_country() -> None:
    assert_flagged(
        "Volunteers planted 800,000 trees across all 47 counties on Saturday, the ministry said.",
        "Some 1.5 million saplings went into the ground across Kenya's 47 counties on "
        "Saturday, the ministry said.",
    )


def test_every_district_of_a_city_is_not_the_country() -> None:
    # counter-example: all the districts of one city are that city
    assert_quiet(
        "Volunteers planted 800,000 trees across all 12 districts of Mombasa on Saturday.",
        "Some 1.5 million saplings went into the ground across Kenya on Saturday.",
    )


def test_a_province_by_its_usual_short_form() -> None:
    assert place_levels("NSW") == ("Australia", "new south wales", None)
    assert place_levels("KZN") == ("South Africa", "kwazulu natal", None)
    # counter-example: a short form that names several places is left unread
    assert place_levels("WA")[0] is None


def test_a_name_after_a_preposition_of_place_is_no_holder() -> None:
    c = _claim(
        "The head of a gang that ran heroin to towns across South Yorkshire has been jailed "
        "for 11 years.",
        "11 years",
    )
    assert _holder(c) is None
    # counter-example: a person named before the verb holds the term
    c = _claim("Darren Kettley was jailed for 11 years at Sheffield Crown Court.", "11 years")
    assert _holder(c) == "kettley"
