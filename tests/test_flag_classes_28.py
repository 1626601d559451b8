"""Classes read from the fifty-fourth battery (units, conversions and measurement: metric and
imperial, currencies, figures converted in brackets), each with what it must do and a
counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

from summarise.corpus.compare import compare_figures
from summarise.find.places import compatible
from summarise.find.quantities import find_quantities
from tests.synthetic import make_brief
from tests.test_flag_classes import measures
from tests.test_flag_classes_9 import compared


def _found(text: str) -> list[tuple[str, str | None, float | None, float | None]]:
    return [(q.number, q.unit, q.low, q.high) for q, _ in find_quantities(text)]


# --- a measurement's conversion in brackets hides nothing of what it measures -----------------


def test_what_a_converted_measurement_measures_is_past_its_conversion() -> None:
    assert measures(
        "Border officers seized 1.8 tonnes (about 3,970 pounds) of heroin at the crossing "
        "on Friday."
    ) == {"1.8 tonnes": "size of heroin"}
    assert measures("The storm left 31 inches (79 cm) of snow on Lakemont, forecasters said.") == {
        "31 inches": "size of snow"
    }


def test_a_converted_snowfall_meets_the_other_article_s_snowfall() -> None:
    flags, _ = compared(
        "The storm left 31 inches (79 cm) of snow on Lakemont over the weekend, the "
        "weather service said on Monday.",
        "Lakemont received 22 inches of snow over the weekend, the weather service said on Monday.",
    )
    assert flags == [["22 inches", "31 inches"]]


def test_a_conversion_that_agrees_is_no_flag() -> None:
    # counter-example: one snowfall, written in inches by one and centimetres by the other
    flags, _ = compared(
        "The storm left 31 inches (79 cm) of snow on Lakemont over the weekend, the "
        "weather service said on Monday.",
        "Lakemont received 79 centimetres of snow over the weekend, the weather service "
        "said on Monday.",
    )
    assert flags == []


def test_pounds_converting_a_weight_are_a_weight() -> None:
    assert _found("Police seized 1.8 tonnes (about 3,970 pounds) of heroin.") == [
        ("1.8 tonnes", "t", 1.8, 1.8)
    ]
    assert _found("The boat landed 600 pounds (270 kg) of cod.") == [
        ("600 pounds", "lb", 600.0, 600.0)
    ]


def test_pounds_of_money_stay_money() -> None:
    # counter-example: a sum in pounds beside a weight is no conversion of it
    assert ("400 pounds", "GBP", 400.0, 400.0) in _found(
        "He was fined 400 pounds after 2 kg of fish were found, the court heard."
    )


def test_the_yen_sign_is_a_currency() -> None:
    assert _found("The trade deficit was ¥1.8 trillion in May.") == [
        ("¥1.8 trillion", "JPY", 1.8e12, 1.8e12)
    ]
    assert _found("The plant cost CN¥4 billion.") == [("CN¥4 billion", "CNY", 4e9, 4e9)]


# --- "just over" is a little above, "just shy of" a little below ------------------------------


def test_just_over_is_a_little_above() -> None:
    # no further than one step of the last digit: under 18 metres (tests/test_flag_classes_34)
    assert _found("A fin whale just over 17 metres long washed up.") == [
        ("just over 17 metres", "m", 17.0, 18.0)
    ]
    assert _found("Slightly more than 400 runners finished.") == [
        ("Slightly more than 400", None, 400.0, 440.0)
    ]
    assert _found("The vote fell just shy of 300.") == [("just shy of 300", None, 270.0, 300.0)]


def test_just_over_and_a_length_far_above_it_are_a_flag() -> None:
    flags, _ = compared(
        "A fin whale measuring 22.5 metres washed up at Dunmore Strand on Saturday, the "
        "wildlife service said.",
        "A fin whale just over 17 metres long washed up at Dunmore Strand on Saturday, "
        "the wildlife service said.",
    )
    assert flags == [["22.5 metres", "just over 17 metres"]]


def test_over_and_just_over_keep_their_senses() -> None:
    # counter-examples: "well over" and a bare "over" are floors with no ceiling, and a
    # length just above "just over 17" agrees with it
    assert _found("Well over 400 runners finished.") == [("over 400", None, 400.0, None)]
    flags, _ = compared(
        "A fin whale measuring 17.6 metres washed up at Dunmore Strand on Saturday, the "
        "wildlife service said.",
        "A fin whale just over 17 metres long washed up at Dunmore Strand on Saturday, "
        "the wildlife service said.",
    )
    assert flags == []


def _looked(one: str, other: str) -> list[list[str]]:
    found = compare_figures(
        [
            make_brief("a.txt", one, dated="14 June 2026"),
            make_brief("b.txt", other, dated="14 June 2026"),
        ]
    )
    return [sorted(c.number for c in f.claims) for f in found.worth_a_look]


# --- a place and its initials are one place ------------------------------------------------------


def test_a_place_and_its_initials_are_one_place() -> None:
    assert compatible((None, None, "eu"), (None, None, "european union"))
    assert compatible((None, None, "drc"), (None, None, "democratic republic of the congo"))


def test_other_short_names_are_other_places() -> None:
    # counter-examples: initials of other words, and a one-word name
    assert not compatible((None, None, "eu"), (None, None, "eastern region"))
    assert not compatible((None, None, "ea"), (None, None, "east"))


# --- applications lodged, filed or made are one doing ------------------------------------------


def test_applications_lodged_and_made_are_one_count() -> None:
    one = (
        "Students lodged 48,000 applications to Tarvo University this year, its admissions "
        "office said on Monday."
    )
    other = (
        "Students made 61,000 university applications to Tarvo University this year, its "
        "admissions office said on Monday."
    )
    flags, _ = compared(one, other)
    assert flags == [["48,000", "61,000"]]


def test_applications_received_and_offers_made_are_two_doings() -> None:
    # counter-example: what one side did and what the other did to it
    one = (
        "Tarvo University received 48,000 applications this year, its admissions office "
        "said on Monday."
    )
    other = (
        "Tarvo University made 12,300 university offers this year, its admissions office "
        "said on Monday."
    )
    flags, _ = compared(one, other)
    assert flags == []


# --- two earlier years are two background years, and the trace says so ------------------------


def test_two_earlier_years_are_traced_apart() -> None:
    flags, rules = compared(
        "Travellers made 4.6 million trips through Ostrava airport in 2023, the airport "
        "said on Monday.",
        "Travellers made 3.9 million trips through Ostrava airport in 2024, the airport "
        "said on Monday.",
    )
    assert flags == []
    assert "background-year" in rules


def test_one_earlier_year_is_compared() -> None:
    # counter-example: one earlier year in both
    flags, _ = compared(
        "Travellers made 4.6 million trips through Ostrava airport in 2024, the airport "
        "said on Monday.",
        "Travellers made 3.9 million trips through Ostrava airport in 2024, the airport "
        "said on Monday.",
    )
    assert flags == [["3.9 million", "4.6 million"]]


# --- verbs of one sense tell no two doings ------------------------------------------------------


def test_a_river_that_peaked_and_crested_is_one_reading() -> None:
    one = (
        "Floodwaters on the Varna river peaked at 5.2 metres at the Kestrel Bridge gauge "
        "on Sunday, the regional water authority said."
    )
    other = (
        "The Varna river crested at 7.9 metres at the Kestrel Bridge gauge on Sunday, the "
        "regional water authority said."
    )
    flags, _ = compared(one, other)
    assert flags == [["5.2 metres", "7.9 metres"]]


def test_ships_seized_and_ships_sunk_are_two_doings() -> None:
    # counter-example: two verbs of two senses over one kind of thing are worth a look only
    one = "The coastguard seized 12 fishing boats off Kerrin Point on Tuesday, the navy said."
    other = "The coastguard sank 30 boats off Kerrin Point on Tuesday, the navy said."
    flags, _ = compared(one, other)
    assert flags == []
    assert _looked(one, other) == [["12", "30"]]
