"""Classes of structure, not of wording, read from the sixth held-out battery: a count with no
window of its own, a year told as "the 12 months to", a court or an airport named after its
town, one place named more or less fully, and a share "nationally". Each with the
disagreement it must flag and the counter-example it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures
from summarise.find.places import compatible, place_levels
from tests.synthetic import make_brief


def flags(*briefs):
    found = compare_figures(list(briefs))
    return [(c.measure, sorted(cl.number for cl in c.claims)) for c in found.conflicts]


def set_aside(*briefs):
    return [s.rule for s in compare_figures(list(briefs)).set_aside]


def brief(source: str, text: str):
    return make_brief(source, text, dated="14 July 2026")


# --- a count with no window of its own -------------------------------------------------------


def test_a_count_told_only_on_the_day_it_is_told_is_the_window_the_other_states() -> None:
    a = brief(
        "a.txt",
        "The average asking price for a home in Norland rose to €341,000 in the second quarter.",
    )
    b = brief(
        "b.txt",
        "The average asking price for a home in Norland is €298,000, the agency said on Monday.",
    )
    assert flags(a, b) == [("price (asking)", ["€298,000", "€341,000"])]


@pytest.mark.parametrize(
    "unstated",
    [
        # the day of the event is a window of its own: a day's arrests against a month's
        "Police in Norland arrested 12 people on Saturday.",
        # a month named anywhere in the sentence puts it in some time
        "Police in Norland arrested 12 people in June, the force said.",
    ],
)
def test_a_count_put_in_some_time_keeps_its_own_window(unstated: str) -> None:
    a = brief("a.txt", "Police in Norland arrested 31 people in the past month.")
    b = brief("b.txt", unstated)
    assert flags(a, b) == []
    assert "different-windows" in set_aside(a, b)


def test_with_two_windows_stated_an_unstated_count_joins_neither() -> None:
    a = brief("a.txt", "Norland's jobless rate was 6.1% in the second quarter.")
    b = brief("b.txt", "Norland's jobless rate was 7.4% over the past year.")
    c = brief("c.txt", "Norland's jobless rate is 9.2%, the bureau said on Friday.")
    assert flags(a, b, c) == []
    assert flags(b, c) == [("unemployment", ["7.4%", "9.2%"])]


# --- a year told as "the 12 months to" -------------------------------------------------------


def test_the_twelve_months_to_a_month_is_the_annual_rate() -> None:
    a = brief(
        "a.txt",
        "Consumer prices in Norland rose 5.9% in the 12 months to June, data showed on Monday.",
    )
    b = brief("b.txt", "Norland's annual inflation rate climbed to 4.2% in June.")
    assert flags(a, b) == [("inflation", ["4.2%", "5.9%"])]
    # a month's change is another window
    c = brief("c.txt", "Consumer prices in Norland rose 0.6% in June from May.")
    assert flags(a, c) == []


# --- places named more or less fully -------------------------------------------------------


@pytest.mark.parametrize(
    ("facility", "town"),
    [
        ("Cork Circuit Court", "Cork"),
        ("Kerala Assembly", "Kerala"),
        ("Lagos Airport", "Lagos"),
    ],
)
def test_a_facility_named_after_a_known_place_is_in_it(facility: str, town: str) -> None:
    assert place_levels(facility) == place_levels(town)


def test_a_facility_that_names_no_known_place_is_no_place() -> None:
    assert place_levels("High Court") == (None, None, None)
    assert place_levels("Riverside Stadium, Cork") == place_levels("Cork")
    # a name that is no facility stays a place of its own
    assert place_levels("Harbour Heights") == (None, None, "harbour heights")


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Lindell Field", "Lindell Field Regional", True),
        ("Port Elms", "Port Elms Quay", True),
        ("Port Elms", "Port Marley", False),
        ("Elmsworth", "Elmsbury", False),  # a name's start in letters, not in words
    ],
)
def test_one_unknown_place_named_more_fully(short: str, full: str, same: bool) -> None:
    assert compatible(place_levels(short), place_levels(full)) is same


def test_a_fine_in_a_town_and_in_its_court_is_one_fine() -> None:
    a = brief("a.txt", "Brannock Haulage was fined €60,000 at Galway District Court on Monday.")
    b = brief("b.txt", "A Galway haulier, Brannock Haulage, was fined €25,000 in Galway on Monday.")
    assert [m for m, _ in flags(a, b)] == ["penalty"]


# --- a share "nationally" -------------------------------------------------------------------


def test_a_share_nationally_is_not_a_provinces_share() -> None:
    a = brief("a.txt", "The Greens won 19.1% of the vote in Ontario in Monday's election.")
    b = brief("b.txt", "The Greens won 12.5% of the vote nationally in Monday's election.")
    assert flags(a, b) == []
    c = brief("c.txt", "The Greens won 15.8% of the vote in Ontario in Monday's election.")
    assert [m for m, _ in flags(a, c)] == ["vote share of greens"]


def test_a_first_round_share_named_by_its_holder_is_not_the_run_off() -> None:
    a = brief("a.txt", "Ines Marlow won the presidential run-off on Sunday with 53% of the vote.")
    b = brief(
        "b.txt",
        "Ines Marlow, who led the first round last month with 41% of the vote, was declared "
        "the winner on Sunday.",
    )
    assert flags(a, b) == []
    c = brief("c.txt", "Ines Marlow won the presidential run-off on Sunday with 58% of the vote.")
    assert [m for m, _ in flags(a, c)] == ["vote share of ines marlow"]


# --- a wire dateline is where the reporter filed from -----------------------------------------


def test_a_datelines_city_is_not_the_place_of_the_figure() -> None:
    a = brief(
        "a.txt", "Carver Foods will cut 850 jobs at its Hull plant, the company said on Monday."
    )
    b = brief(
        "b.txt",
        "LONDON, July 14 (Wire) - Carver Foods will cut 1,240 jobs at its Hull plant, the "
        "company said on Monday.",
    )
    assert [f.place for f in b.figures] == [None]
    assert [m for m, _ in flags(a, b)] == ["job (forecast or pledge)"]
    # a place the sentence itself names is still its place
    c = brief("c.txt", "LONDON, July 14 (Wire) - Carver Foods will cut 300 jobs in Wales.")
    assert [f.place for f in c.figures] == ["Wales"]


# --- the national average is the whole country's ---------------------------------------------


def test_the_national_average_is_not_a_citys() -> None:
    a = brief("a.txt", "The average asking price in Dublin was €512,000 in the third quarter.")
    b = brief(
        "b.txt", "The national average asking price in Ireland was €338,000 in the third quarter."
    )
    assert flags(a, b) == []
    c = brief("c.txt", "The average asking price in Ireland was €301,000 in the third quarter.")
    assert [m for m, _ in flags(b, c)] == ["price (asking)"]


# --- a range of money ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Annual fees range between $8,000 and $15,000 a pupil.", "between $8,000 and $15,000"),
        ("Annual fees range from €8,000 to €15,000 a pupil.", "from €8,000 to €15,000"),
    ],
)
def test_a_range_of_money_is_one_figure(text: str, number: str) -> None:
    assert [f.number for f in brief("a.txt", text).figures] == [number]


def test_a_share_then_a_price_is_no_range() -> None:
    numbers = [f.number for f in brief("a.txt", "Orla shares rose 5% to $15 each.").figures]
    assert numbers == ["5%", "$15"]


# --- "per cent" in words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Norland's economy grew 0.8 per cent in the third quarter.", "economy"),
        ("Orla paid $28m for a 45 per cent holding in Voltrik.", "holding"),
        ("Unemployment in Norland rose to 5.2 per cent in August.", "unemployment"),
    ],
)
def test_a_share_written_per_cent_keeps_what_it_counts(text: str, counted: str) -> None:
    shares = [f for f in brief("a.txt", text).figures if f.unit == "%"]
    assert [f.counted for f in shares] == [counted]


def test_the_economy_grew_per_cent_and_gdp_grew_percent_sign_are_one_measure() -> None:
    a = brief("a.txt", "Norland's economy grew 0.8 per cent in the third quarter.")
    b = brief("b.txt", "Norland's economy grew 1.4% in the third quarter, the office said.")
    assert [m for m, _ in flags(a, b)] == ["economy"]


# --- a result measured against a poll is a result ----------------------------------------------


def test_a_result_beating_its_poll_is_a_result_and_a_poll_is_a_poll() -> None:
    poll = brief(
        "a.txt",
        "The Harbour Party would take 38% of the vote on Sunday, according to the final poll.",
    )
    result = brief(
        "b.txt",
        "The Harbour Party won 44.6% of the vote on Sunday, comfortably beating its final poll "
        "rating.",
    )
    assert flags(poll, result) == []
    other = brief("c.txt", "The Harbour Party won 41.2% of the vote on Sunday, officials said.")
    assert [m for m, _ in flags(result, other)] == ["vote share of harbour party"]


# --- a change over a window: "2.1% year on year" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Prices in Norland rose 2.1% year on year in May.", "year"),
        ("Norland's retail sales rose 4% month-on-month in May.", "month"),
    ],
)
def test_a_change_over_a_window_is_a_figure_of_that_window(text: str, window: str) -> None:
    from summarise.corpus.compare import _window_key, claim

    figures = brief("a.txt", text).figures
    assert [f.unit for f in figures] == ["%"]
    assert [_window_key(claim("a.txt", f)) for f in figures] == [window]


def test_a_period_after_a_bare_number_is_still_no_figure() -> None:
    # no count: the closure's length alone (test_flag_classes_43)
    figures = brief("a.txt", "The plant was shut for two years.").figures
    assert [(f.unit, f.counted) for f in figures] == [("hours", "halt of plant")]


def test_gdp_quarter_on_quarter_is_the_economy_not_a_quarter() -> None:
    a = brief("a.txt", "Norland's gross domestic product expanded by 1.3% quarter on quarter.")
    b = brief("b.txt", "Norland's economy grew 0.8 per cent quarter on quarter, the office said.")
    assert [m for m, _ in flags(a, b)] == ["economy"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # the "of" phrase ends before a word that cannot close a noun phrase
        ("Norland expects to harvest 2.6 million tonnes of maize this season.", "size of maize"),
        ("Norland harvested 2.6 million tonnes of maize seed.", "size of seed"),
    ],
)
def test_what_a_measurement_measures_ends_where_its_noun_phrase_does(
    text: str, measure: str
) -> None:
    from summarise.corpus.compare import measure_of

    assert [measure_of(f) for f in brief("a.txt", text).figures] == [measure]
