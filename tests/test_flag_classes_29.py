"""Classes read from the fifty-seventh battery (courts, crime, policing and inquiries: terms,
fines and awards judged today for offences of earlier years), each with what it must do and
a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

from summarise.corpus.compare import compare_figures
from summarise.find.grammar import offence_year, total_of_several
from summarise.find.quantities import find_quantities
from tests.synthetic import make_brief
from tests.test_flag_classes import measures
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside, compared


def _year_of_offence(sentence: str, number: str, year: str) -> bool:
    return offence_year(sentence, sentence.index(number), sentence.index(year))


# --- a year in a judgment's sentence dates what is judged, not the judgment ------------------


def test_the_year_of_the_thing_judged_is_not_the_term_s() -> None:
    crash = "A court on Tuesday jailed pilot Ana Ruiz for six years over the March 2025 crash."
    assert _year_of_offence(crash, "six years", "2025")
    raid = "Three men were convicted on Friday of stealing 14 paintings in a raid in 2023."
    assert _year_of_offence(raid, "14", "2023")
    heard = "Brent Crown Court heard that Patel submitted 390 false claims between 2021 and 2024."
    assert _year_of_offence(heard, "390", "2024")


def test_a_year_the_judgment_itself_takes_stays_its_own() -> None:
    # counter-examples: the jailing of 2019 is an earlier judgment, and a sentence telling
    # no judgment keeps its years
    earlier = "Patel was jailed in 2019 for four years for a similar fraud."
    assert not _year_of_offence(earlier, "four years", "2019")
    relative = "Patel, who was jailed for four years in 2019, was sentenced on Monday to 12 years."
    assert not _year_of_offence(relative, "four years", "2019")
    storm = "A cyclone that struck in 2007 killed 3,200 people, officials said."
    assert not _year_of_offence(storm, "3,200", "2007")


def test_two_terms_for_one_crash_of_an_earlier_year_are_a_flag() -> None:
    assert_flagged(
        "A court in Vigo on Monday jailed Marco Sanz for nine years over the deaths of four "
        "passengers in a crash near Lugo in May 2025.",
        "Marco Sanz was sentenced in Vigo on Monday to five years in prison.",
    )


def test_an_earlier_term_beside_today_s_is_background() -> None:
    # counter-example: the term the man was given in 2019 is not today's
    assert_set_aside(
        "Bus driver Marco Sanz was jailed in 2019 for five years for a similar offence.",
        "Bus driver Marco Sanz was sentenced in Vigo on Monday to nine years in prison.",
        "background-year",
    )


def test_a_judgment_told_on_the_day_takes_no_earlier_year_wherever_the_parse_hangs_it() -> None:
    flags, _ = compared(
        "A judge in Durban on Wednesday handed Bongani Zulu a 22-year jail term for the killing "
        "of a rival at a taxi rank in 2024.",
        "Bongani Zulu was jailed in Durban on Wednesday for 15 years.",
    )
    assert flags == [["15 years", "22-year"]]


# --- a sum before its discount, a total over several parties ----------------------------------


def test_a_sum_before_its_discount_is_another_sum() -> None:
    assert_set_aside(
        "The regulator fined Ormond Bank £28.7 million on Thursday.",
        "The regulator said on Thursday the penalty on Ormond Bank had been set at £41 million "
        "before a 30% discount for settling early.",
        "before-discount",
    )


def test_two_fines_without_a_discount_are_a_flag() -> None:
    # counter-example: nothing is said to come off either sum
    assert_flagged(
        "The regulator fined Ormond Bank £28.7 million on Thursday.",
        "The regulator said on Thursday the penalty on Ormond Bank had been set at £41 million.",
    )


def test_a_total_over_several_parties_is_not_one_party_s() -> None:
    sentence = "Regulators fined five makers of packaging a total of €1.1 billion on Wednesday."
    assert total_of_several(sentence, sentence.index("€"))
    brothers = "The two brothers were jailed for a total of 17 years."
    assert total_of_several(brothers, brothers.index("17"))
    assert_set_aside(
        "Regulators on Wednesday fined five packaging makers a total of €1.1 billion for fixing "
        "prices.",
        "Marlow Packaging was fined €340 million by regulators on Wednesday for fixing prices.",
        "total-of-several",
    )


def test_a_total_that_counts_no_parties_is_the_count() -> None:
    # counter-examples: the places the dead were counted in are no parties; one firm's total
    # is its own sum
    deaths = "A total of 41 people died in five villages."
    assert not total_of_several(deaths, deaths.index("41"))
    one = "The court fined the company a total of £3m for two breaches."
    assert not total_of_several(one, one.index("£"))
    assert_flagged(
        "A total of 41 people died in five villages after the dam burst on Sunday.",
        "Officials said 28 people died after the dam burst on Sunday.",
    )


# --- a suspension's length is not the term's --------------------------------------------------


def test_a_suspension_s_length_is_not_the_term() -> None:
    found = compare_figures(
        [
            make_brief(
                "a.txt",
                "Singer Rhys Calder was sentenced at Leeds Crown Court to 14 months in prison, "
                "suspended, for attacking a driver outside a club in Leeds.",
                dated="14 June 2026",
            ),
            make_brief(
                "b.txt",
                "Rhys Calder walked free from Leeds Crown Court after his prison sentence for "
                "attacking a driver outside a club in Leeds was suspended for two years.",
                dated="14 June 2026",
            ),
        ]
    )
    assert found.conflicts == []


def test_two_terms_of_one_singer_are_a_flag() -> None:
    # counter-example: two lengths of the one term
    assert_flagged(
        "Singer Rhys Calder was jailed at Leeds Crown Court for 14 months for attacking a "
        "driver outside a club in Leeds.",
        "Singer Rhys Calder was jailed at Leeds Crown Court for two years for attacking a "
        "driver outside a club in Leeds.",
    )


def test_two_totals_over_the_same_parties_are_a_flag() -> None:
    # a total told after its number ("in total") is a total too, and meets the other total
    told_after = "Five packaging makers were fined €600 million in total on Wednesday."
    assert total_of_several(told_after, told_after.index("€"))
    flags, _ = compared(
        "Regulators on Wednesday fined five packaging makers a total of €1.1 billion for fixing "
        "prices.",
        "Five packaging makers were fined €600 million in total by regulators on Wednesday for "
        "fixing prices.",
    )
    assert flags == [["€1.1 billion", "€600 million"]]


# --- a penalty asked of a court is not the one it gives ----------------------------------------


def test_a_fine_prosecutors_ask_for_is_a_demand() -> None:
    asked = (
        "Prosecutors in Lyon asked a court on Monday to fine the operator of a ferry €450,000 "
        "after two passengers drowned."
    )
    assert measures(asked)["€450,000"] == "penalty (demanded)"
    damages = "Rhone Ferries on Monday asked the court to order the union to pay €450,000."
    assert measures(damages)["€450,000"].endswith("(demanded)")
    assert_quiet(asked, "A court in Lyon on Friday fined the operator of a ferry €150,000.")


def test_a_fine_given_after_a_demand_is_the_fine() -> None:
    # counter-example: the court's fine, told after what was sought, is the fine given
    assert measures(
        "Prosecutors had asked for a heavier penalty, but the court fined the operator of a "
        "ferry €150,000."
    ) == {"€150,000": "penalty"}
    assert_flagged(
        "A court in Lyon on Friday fined the operator of a ferry €450,000.",
        "A court in Lyon on Friday fined the operator of a ferry €150,000.",
    )


# --- a minimum term, and a term told in two units -----------------------------------------------


def test_two_minimum_terms_of_one_man_are_a_flag() -> None:
    # "will serve" a term imposed today is no forecast; "at least N years before he can apply
    # for release" is the minimum term itself, N years exactly
    flags, _ = compared(
        "Dean Carver was jailed for life and told he will serve a minimum of 24 years before he "
        "can be considered for parole.",
        "Dean Carver must serve at least 19 years before he can apply for release, the judge "
        "ruled at Bristol Crown Court.",
    )
    assert flags == [["24 years", "at least 19 years"]]


def test_a_minimum_term_is_not_the_term() -> None:
    # counter-example: the part served before parole against the whole term
    flags, _ = compared(
        "Dean Carver was jailed for 16 years at Bristol Crown Court on Monday.",
        "Dean Carver must serve at least 10 years before he can apply for release, the judge "
        "ruled at Bristol Crown Court on Monday.",
    )
    assert flags == []


def test_a_term_in_two_units_is_one_term() -> None:
    assert _found_terms("Lena Holt was jailed for two years and nine months on Friday.") == [
        ("two years and nine months", "months", 33.0)
    ]
    # counter-example: a term and then another clause's number
    assert _found_terms("Lena Holt was jailed for two years and ordered to pay £300.") == [
        ("two years", "years", 2.0),
        ("£300", "GBP", 300.0),
    ]
    flags, _ = compared(
        "Lena Holt was jailed for two years and nine months at Hull Crown Court on Friday.",
        "Lena Holt was jailed for 33 months at Hull Crown Court on Friday.",
    )
    assert flags == []


def _found_terms(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(q.number, q.unit, q.value) for q, _ in find_quantities(text)]


def test_a_term_of_the_defendant_s_friend_is_another_defendant_s() -> None:
    assert (
        measures(
            "Carver's friend Ross Lyle, 31, who hid the knife, was jailed for two years and nine "
            "months."
        )["two years and nine months"]
        == "term (another defendant)"
    )
    # counter-example: a name in the possessive that is no relation of the one jailed
    assert measures("Ross Lyle, 31, who hid Carver's knife, was jailed for two years.")[
        "two years"
    ] == ("term")


# --- those arrested by their name ----------------------------------------------------------------


def test_suspects_arrested_are_the_people_arrested() -> None:
    assert_flagged(
        "Police in Mombasa said on Sunday they had arrested 214 people over the riots.",
        "Police in Mombasa said on Sunday that 124 suspects had been arrested over the riots.",
    )


def test_soldiers_killed_are_still_a_kind_of_the_people_killed() -> None:
    # counter-example: a kind of person is no name of those counted
    flags, _ = compared(
        "Officials in Gao said on Sunday that 40 people were killed in the attack.",
        "Officials in Gao said on Sunday that 12 soldiers were killed in the attack.",
    )
    assert flags == []


def test_two_lengths_of_one_trial_are_a_flag() -> None:
    assert_flagged(
        "After a 44-day trial, Judge Tan found Ron Teo guilty of fraud on Monday.",
        "Ron Teo was jailed for six years on Monday at the end of a 21-day trial.",
    )
    # counter-example: a trial's length is not the term
    flags, _ = compared(
        "Ron Teo was jailed for six years on Monday at the end of a 21-day trial.",
        "Ron Teo was jailed on Monday for six years.",
    )
    assert flags == []


def test_a_term_is_found_by_must_serve_but_not_by_a_service_served() -> None:
    assert _found_terms("Dean Carver must serve 17 years.") == [("17 years", "years", 17.0)]
    # counter-example: years of service are no term
    assert _found_terms("She served 12 years as mayor of Bristol.") == []


def test_a_fine_given_after_a_request_with_no_but_is_the_fine() -> None:
    # counter-example: the asking comes first, the fine after it is the one imposed
    assert (
        measures("The regulator, which had asked for more, fined the ferry operator €150,000.")[
            "€150,000"
        ]
        == "penalty"
    )
