"""Classes of structure read from the eighteenth held-out battery (the seventeenth, written at
the same time, is kept unread): who a verb of reading makes a place ("Stavanger received
41mm" but not "Mokoena received 2,968 votes"), a capitalised common noun ("The State
recorded a turnout of"), and distances told in light years and parsecs. Each with what it
must do and a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.find.grammar import what_is_counted
from summarise.find.quantities import find_event_lengths, find_quantities, sentences
from tests.test_flag_classes_9 import (
    assert_flagged,
    assert_recorded,
    assert_set_aside,
    compared,
)


def localities(sentence: str) -> list[tuple[str, str | None]]:
    """Each number of the sentence with the place its parse gives it."""
    found = [q for q, _ in find_quantities(sentence)]
    counted = what_is_counted(sentence, [q.number_span for q in found])
    return [(q.number, c.locality) for q, c in zip(found, counted, strict=True)]


# --- who a verb of reading places -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Mokoena received 2,968 votes, the electoral commission said on Friday.",
        "Dlamini got 3,200 votes in the ward.",
        "Okonkwo received N12 million in damages from the company.",
    ],
)
def test_a_person_receiving_votes_or_money_is_no_place(sentence: str) -> None:
    assert [place for _, place in localities(sentence)] == [None]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Kvinesdal received 64mm of rain on Tuesday.", "Kvinesdal"),
        ("Ballarat recorded 12 new cases on Monday.", "Ballarat"),
        ("Sydney recorded a clearance rate of 68.4 per cent at the weekend.", "Sydney"),
        ("Karasor recorded a low of -33.8C on Wednesday.", "Karasor"),
    ],
)
def test_a_town_that_reads_or_records_is_still_a_place(sentence: str, place: str) -> None:
    assert [p for _, p in localities(sentence)] == [place]


def test_one_candidates_votes_told_two_ways_are_compared() -> None:
    assert_flagged(
        "Civic League candidate Thandiwe Mokoena won the Ward 12 by-election in Soshanguve "
        "with 3,412 votes, the electoral commission said on Friday.",
        "Mokoena received 2,968 votes, the electoral commission said on Friday.",
    )


def test_two_towns_rainfall_is_still_two_places() -> None:
    assert_set_aside(
        "Kvinesdal received 64mm of rain on Tuesday, the weather service said.",
        "Flekkefjord received 31mm of rain on Tuesday, the weather service said.",
        "different-places",
    )


# --- a capitalised common noun is no name ----------------------------------------------------


def test_the_state_capitalised_is_no_town() -> None:
    assert localities("The State recorded a final voter turnout of 74.2 per cent on Tuesday.") == [
        ("74.2 per cent", None)
    ]
    assert_flagged(
        "The State recorded a final voter turnout of 74.2 per cent in Tuesday's election, the "
        "chief electoral officer said.",
        "Kerala recorded a final voter turnout of 70.6 per cent in Tuesday's election, the "
        "chief electoral officer said.",
    )


def test_a_named_state_is_still_a_place() -> None:
    assert localities("Victoria State recorded 41 cases on Monday.") == [("41", "Victoria State")]


# --- distances in light years and parsecs ----------------------------------------------------


def test_light_years_and_parsecs_are_one_distance() -> None:
    # 37 parsecs is about 120.7 light years: both hold
    flags, _ = compared(
        "The planet orbits a red dwarf about 120 light years from Earth, astronomers said.",
        "The planet orbits a red dwarf 37 parsecs from Earth, astronomers said.",
    )
    assert flags == []


def test_two_distances_in_light_years_are_compared() -> None:
    assert_flagged(
        "The planet orbits a red dwarf about 120 light years from Earth, astronomers said.",
        "The planet orbits a red dwarf about 210 light years from Earth, astronomers said.",
    )


def test_pc_after_a_number_is_still_no_parsec() -> None:
    assert [q.unit for q, _ in find_quantities("Shares rose 3pc on Monday.")] != ["pc"]


# --- a quake's magnitude by "measured at" ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The quake, which the geological survey measured at 5.7, was centred offshore.",
        "A tremor the seismic agency put at 4.9 shook the valley on Sunday.",
    ],
)
def test_a_quake_measured_at_a_number_is_its_magnitude(sentence: str) -> None:
    assert [q.unit for q, _ in find_quantities(sentence)] == ["magnitude"]


def test_a_quake_that_damaged_homes_is_no_magnitude() -> None:
    found = find_quantities("The quake killed 40 people and the agency put the toll at 52.")
    assert all(q.unit != "magnitude" for q, _ in found)


def test_two_magnitudes_told_two_ways_are_compared() -> None:
    assert_flagged(
        "A magnitude 6.2 earthquake struck the district late on Monday, the seismic centre said.",
        "The quake, which the seismic centre measured at 5.3, struck the district late on Monday.",
    )


# --- a year that says when a thing was made ---------------------------------------------------


def test_a_year_a_thing_was_made_is_no_background_year() -> None:
    assert_flagged(
        "Halden's harbour scene sold for £4.1m including fees at the Thursday evening sale.",
        "A 1932 painting of the harbour by Halden fetched £2.8m including fees at the Thursday "
        "evening sale.",
    )


def test_a_year_the_figure_happened_is_still_background() -> None:
    assert_set_aside(
        "The airline carried 12.4 million passengers, the company said on Monday.",
        "The airline carried 9.1 million passengers in 2019, the company said on Monday.",
        "background-year",
    )


# --- a window told by the event that began it -------------------------------------------------


def test_since_the_outbreak_began_in_a_month_is_since_that_month() -> None:
    assert_flagged(
        "Measles has killed 34 children in the province since the outbreak began in March, the "
        "health department said on Tuesday.",
        "The province has lost 52 children to measles since March, the health department said "
        "on Tuesday.",
    )


def test_since_another_month_is_still_another_window() -> None:
    assert_set_aside(
        "Measles has killed 34 children in the province since the outbreak began in March, the "
        "health department said on Tuesday.",
        "The province has lost 52 children to measles since January, the health department "
        "said on Tuesday.",
        "different-windows",
    )


# --- how long an event lasted, told by the verb ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "low", "high"),
    [
        (
            "The blackout, which lasted about 20 hours, hit three provinces.",
            "about 20 hours",
            19,
            21,
        ),
        ("The strike, lasting three days, closed every school.", "three days", 72, 72),
        ("The stoppage lasted more than 6 hours.", "more than 6 hours", 6, None),
    ],
)
def test_an_event_that_lasted_so_long_is_its_length(
    sentence: str, number: str, low: float, high: float | None
) -> None:
    (found,) = find_event_lengths(sentence, sentences(sentence))
    q = found[0]
    assert (q.number, q.low, q.high) == (number, low, high)


def test_a_meeting_that_lasted_hours_is_the_meetings_length() -> None:
    # (no length before the durations of test_flag_classes_43: a meeting is an event too)
    sentence = "The meeting lasted three hours, the mayor said."
    assert [(q.value, e) for q, e, _ in find_event_lengths(sentence, sentences(sentence))] == [
        (3.0, "meeting")
    ]


def test_one_outage_told_by_its_day_on_two_days_is_compared() -> None:
    assert_flagged(
        "Nimbara said on Friday that a faulty update caused Thursday's outage, which lasted "
        "about 11 hours.",
        "Nimbara on Saturday blamed Thursday's four-hour outage on a faulty update.",
    )


def test_two_days_outages_are_two_events() -> None:
    assert_set_aside(
        "Nimbara said on Friday that a faulty update caused Thursday's outage, which lasted "
        "about 11 hours.",
        "Nimbara on Saturday blamed Monday's four-hour outage on a faulty update.",
        "different-windows",
    )


def test_about_so_many_hours_agrees_with_one_hour_less() -> None:
    flags, _ = compared(
        "Nimbara said a faulty update caused Thursday's outage, which lasted about 11 hours.",
        "Nimbara blamed Thursday's 10-hour outage on a faulty update.",
    )
    assert flags == []


# --- a statistic's definitions and a service's kinds are variants ------------------------------


def test_two_definitions_of_a_statistic_are_set_aside() -> None:
    assert_set_aside(
        "Namibia's official unemployment rate rose to 28.4% in the third quarter, the "
        "statistics agency said on Tuesday.",
        "Unemployment on the expanded definition, which counts discouraged job seekers, rose "
        "to 37.9% in the third quarter, the statistics agency said on Tuesday.",
        "different-variants",
    )


def test_two_kinds_of_a_service_are_not_paired() -> None:
    flags, _ = compared(
        "Kenya posted a median fixed broadband download speed of 61.2 Mbps in May, the "
        "index released on Thursday showed.",
        "Kenyan mobile users got median download speeds of 24.8 Mbps in May, the index "
        "released on Thursday showed.",
    )
    assert flags == []


def test_a_plain_rate_is_still_compared_with_the_official_one() -> None:
    assert_flagged(
        "Namibia's official unemployment rate rose to 28.4% in the third quarter, the "
        "statistics agency said on Tuesday.",
        "Namibia's unemployment rate rose to 31.2% in the third quarter, the statistics agency "
        "said on Tuesday.",
    )


def test_an_economy_that_expanded_names_no_definition() -> None:
    assert_flagged(
        "Chile's economy grew 0.5% in the second quarter, the central bank said on Monday.",
        "The Chilean economy expanded by 1.4% in the second quarter, the central bank said on "
        "Monday.",
    )


# --- one party's part of a cost --------------------------------------------------------------


def test_a_contribution_to_a_project_is_not_its_cost() -> None:
    flags, _ = compared(
        "Work began on Monday on the $3.1 billion upgrade of the Ridgeway rail line, the "
        "transport minister said.",
        "The national government's $1.4 billion contribution to the Ridgeway line upgrade began "
        "flowing on Monday, the transport minister said.",
    )
    assert flags == []


def test_two_contributions_to_one_project_are_compared() -> None:
    assert_flagged(
        "The national government's $1.4 billion contribution to the Ridgeway line upgrade began "
        "flowing on Monday, the transport minister said.",
        "The national government's contribution of $900 million to the Ridgeway line upgrade "
        "began flowing on Monday, the transport minister said.",
    )


# --- "one in five" is a share --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("One in five patients waited more than four hours in June, the report said.", 20.0),
        ("Nearly one in four adults in the region smokes, the survey found.", 25.0),
    ],
)
def test_one_in_n_is_a_share(sentence: str, value: float) -> None:
    shares = [q for q, _ in find_quantities(sentence) if q.unit == "%"]
    assert [round(q.value or 0) for q in shares] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "No one in ten years has built a bridge there.",
        "One of the five men was freed on Monday.",
    ],
)
def test_one_as_a_pronoun_is_no_share(sentence: str) -> None:
    assert all(q.unit != "%" for q, _ in find_quantities(sentence))


# --- what corpus.json carries ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "one", "other"),
    [
        (
            "different-variants",
            "Namibia's official unemployment rate rose to 28.4% in the third quarter, the "
            "statistics agency said on Tuesday.",
            "Unemployment on the expanded definition, which counts discouraged job seekers, "
            "rose to 37.9% in the third quarter, the statistics agency said on Tuesday.",
        ),
        (
            "different-windows",
            "Measles has killed 34 children in the province since the outbreak began in March, "
            "the health department said on Tuesday.",
            "The province has lost 52 children to measles since January, the health department "
            "said on Tuesday.",
        ),
        (
            "different-places",
            "Kvinesdal received 64mm of rain on Tuesday, the weather service said.",
            "Flekkefjord received 31mm of rain on Tuesday, the weather service said.",
        ),
    ],
)
def test_the_reconciled_corpus_records_the_new_classes_set_aside(
    rule: str, one: str, other: str
) -> None:
    assert_recorded(rule, one, other)
