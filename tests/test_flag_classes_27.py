"""Classes read from the fifty-second battery (digests and roundups: briefings, "five things
to know" lists, news in brief), each with what it must do and a counter-example where it
must not. Every sentence is invented."""

from __future__ import annotations

from summarise.corpus.compare import compare_figures
from summarise.find.places import places_in
from tests.synthetic import make_brief
from tests.test_flag_classes import measures
from tests.test_flag_classes_9 import compared

# --- a list's numbers are no figures --------------------------------------------------------


def test_an_item_number_and_a_list_size_are_no_figures() -> None:
    assert measures("3. Harbour tolls.") == {}
    assert measures("- 2) Bridge repairs.") == {}
    assert measures("Four things to know this Friday") == {}
    assert measures("3 takeaways from the budget") == {}


def test_a_number_ending_a_sentence_is_still_a_figure() -> None:
    # counter-examples: a count that ends its sentence, and a count of real things that
    # opens a line
    assert measures("The toll rose to 14. Rescuers kept digging.") == {"14": "toll"}
    assert measures("12 ferries were cancelled on Friday.") == {"12": "ferry"}


# --- a change on a year of a named quarter is the quarter's ---------------------------------


def test_a_year_on_year_change_of_a_named_quarter_is_the_quarter_s() -> None:
    flags, _ = compared(
        "Vardia's economy grew 1.9 per cent in the third quarter compared with the same "
        "period a year earlier, the statistics office said on Monday.",
        "Vardia's GDP expanded 2.7 per cent year on year in the third quarter, official "
        "data released on Monday showed.",
    )
    assert flags == [["1.9 per cent", "2.7 per cent"]]


def test_a_year_on_year_change_of_another_quarter_is_apart() -> None:
    # counter-example: two quarters, each on a year before
    flags, rules = compared(
        "Vardia's economy grew 1.9 per cent in the third quarter compared with the same "
        "period a year earlier, the statistics office said on Monday.",
        "Vardia's GDP expanded 2.7 per cent year on year in the second quarter, official "
        "data showed.",
    )
    assert flags == []
    assert "different-windows" in rules


# --- a stoppage's length is no window of who stopped ----------------------------------------


def test_a_strike_s_length_is_no_window_of_the_strikers() -> None:
    flags, _ = compared(
        "About 4,000 porters walked off the job across the port on Thursday in a 48-hour "
        "strike over pay, their union said.",
        "About 9,000 porters went on strike for 48 hours on Thursday over pay, according "
        "to their union.",
    )
    assert flags == [["About 4,000", "About 9,000"]]


def test_a_count_over_a_span_keeps_its_window() -> None:
    # counter-example: arrests made over a span are a count of that span
    flags, rules = compared(
        "Police made 40 arrests on Thursday at the port protest.",
        "Police made 95 arrests over the past two weeks at the port protests.",
    )
    assert flags == []
    assert "different-windows" in rules


# --- cases of two illnesses -----------------------------------------------------------------


def _looks(one: str, other: str) -> list[str]:
    found = compare_figures(
        [
            make_brief("a.txt", one, dated="14 June 2026"),
            make_brief("b.txt", other, dated="14 June 2026"),
        ]
    )
    return [f.explanation for f in found.conflicts + found.worth_a_look]


def test_cases_of_two_illnesses_are_no_flag() -> None:
    flags, _ = compared(
        "Officials said 96 cases of Legionnaires' disease had been linked to the outbreak.",
        "Across the region, 2,800 measles cases were reported this spring.",
    )
    assert flags == []
    assert any(
        "different illnesses" in e
        for e in _looks(
            "Officials said 96 cases of Legionnaires' disease had been linked to the outbreak.",
            "Across the region, 2,800 measles cases were reported this spring.",
        )
    )


def test_cases_of_one_illness_named_once_are_compared() -> None:
    # counter-examples: one side names the illness, the other does not; both name the same
    flags, _ = compared(
        "The county has recorded 71 confirmed cases of measles in the outbreak.",
        "The county has recorded 17 confirmed cases in the outbreak.",
    )
    assert flags == [["17", "71"]]
    flags, _ = compared(
        "The county has recorded 71 confirmed cases of measles in the outbreak.",
        "The county has recorded 17 measles cases in the outbreak.",
    )
    assert flags == [["17", "71"]]


# --- an average named as the subject; people who attend are a crowd --------------------------


def test_an_average_named_as_the_subject_is_an_average() -> None:
    assert measures("Average gates in the top division rose to 3,100 this season.") == {
        "3,100": "gate (average)"
    }
    assert measures("The average number of riders was 412.") == {"412": "rider (average)"}


def test_a_subject_without_average_is_a_count() -> None:
    # counter-examples: "average" in another clause names no average of this number; a
    # price named as an average is the price the market is measured by
    assert measures("The average home in Tarrow now costs £212,000.") == {"£212,000": "price"}
    assert measures("A crowd of 8,700 watched, above the league's average.") == {"8,700": "crowd"}


def test_people_who_attend_are_the_crowd() -> None:
    assert measures("About 36,000 people attended the final.") == {"About 36,000": "crowd"}
    assert measures(
        "And 24,410 people were at Mill Lane to see it, according to the official attendance."
    ) == {"24,410": "crowd"}


def test_people_who_watch_a_screen_or_are_somewhere_are_no_crowd() -> None:
    # counter-examples: viewers of a broadcast; people at a place with no crowd named
    assert measures("About 3 million people watched the broadcast.") == {
        "About 3 million": "people (watch)"
    }
    assert measures("Four people were at home when the roof fell in.") == {"Four": "people"}


# --- a body's size -------------------------------------------------------------------------


def test_a_body_s_size_is_not_a_party_s_seats() -> None:
    assert measures("The Harbour party won 19 seats on the 61-seat council.") == {
        "19": "seat",
        "61": "seat (all)",
    }
    flags, _ = compared(
        "The Harbour party won 19 seats on the 61-seat council, the final count showed.",
        "The Harbour party won 23 seats on the 61-member council, the final count showed.",
    )
    assert flags == [["19", "23"]]


def test_a_seat_count_before_another_noun_is_a_party_s() -> None:
    # counter-example: seats won are seats, whatever follows them
    assert measures("The party won 19 seats on Sunday.") == {"19": "seat"}


def test_a_time_of_an_event_before_the_number_is_no_partitive() -> None:
    assert measures("On the first day of the strike, 410 flights were cancelled.") == {
        "410": "flight"
    }
    # counter-example: a group before the number is one
    assert measures("Of the injured, 6 are in a critical condition.") == {"6": "part of injured"}


# --- a town told as lying in the region another figure is placed in -----------------------


def test_a_town_told_as_in_a_region_is_the_region_s() -> None:
    flags, _ = compared(
        "A wildfire in the hills above Tavirela in the Algarve had burned about 6,200 "
        "hectares by Sunday morning, the civil protection commander said.",
        "The blaze near Tavirela has now burned through some 2,700 hectares, the civil "
        "protection commander said on Sunday morning.",
    )
    assert flags == [["about 6,200 hectares", "some 2,700 hectares"]]


def test_another_town_of_the_region_stays_apart() -> None:
    # counter-example: the region's figure names another town, not the other article's
    flags, rules = compared(
        "A wildfire near Corvela had burned about 6,200 hectares in the Algarve by Sunday "
        "morning, the civil protection commander said.",
        "The blaze near Tavirela has now burned through some 2,700 hectares, the civil "
        "protection commander said on Sunday morning.",
    )
    assert flags == []
    assert "different-places" in rules


# --- a count in an outbreak that began when another's count runs from -------------------------


def test_a_count_in_the_outbreak_that_began_then_is_the_count_since() -> None:
    flags, _ = compared(
        "Vesta county's health directorate said on Friday that it had recorded 58 confirmed "
        "cases of measles since the outbreak began in early March.",
        "The county health directorate said on Friday there were now 85 confirmed cases of "
        "measles in Vesta county in the outbreak that began in early March.",
    )
    assert flags == [["58", "85"]]


def test_a_count_of_the_month_the_outbreak_began_is_the_month_s() -> None:
    # counter-example: the month's own count, with the start told in another clause
    flags, rules = compared(
        "Vesta county's health directorate said on Friday that it had recorded 58 confirmed "
        "cases of measles since the outbreak began in early March.",
        "The county health directorate said on Friday there were 85 confirmed cases of "
        "measles in Vesta county in March, when the outbreak began.",
    )
    assert flags == []
    assert "different-windows" in rules


# --- a craft named after a place -------------------------------------------------------------


def test_a_craft_named_after_a_place_is_no_place() -> None:
    assert places_in("The company's Victoria rocket lifted off from French Guiana.") == [
        (46, "French Guiana")
    ]
    flags, _ = compared(
        "The company's Victoria rocket lifted off from Andøya in Norway on Thursday and "
        "placed 36 satellites in orbit, the company said.",
        "A rocket carried 63 satellites into orbit on Thursday after lifting off from Andøya "
        "in Norway, the company said.",
    )
    assert flags == [["36", "63"]]


def test_a_place_s_name_before_other_words_is_still_a_place() -> None:
    # counter-example: the place itself, and a feature of it
    assert places_in("Floods hit Victoria on Monday.") == [(11, "Victoria")]


# --- two confirmed counts of one day, each told as a lower bound ----------------------------

_QUAKE_A = (
    "A magnitude 6.1 earthquake struck near Tarsel on Tuesday afternoon, killing at least 31 "
    "people, the national disaster agency said in its evening update."
)
_QUAKE_B = (
    "At least 54 people were killed when a magnitude 6.1 earthquake hit near Tarsel on "
    "Tuesday afternoon, according to the evening update from the national disaster agency."
)


def test_two_confirmed_counts_of_one_day_are_a_flag() -> None:
    flags, _ = compared(_QUAKE_A, _QUAKE_B)
    assert flags == [["At least 54", "at least 31"]]


def test_close_or_round_lower_bounds_are_no_flag() -> None:
    # counter-examples: a gap rounding explains; a round floor is an estimate's; two days
    assert compared(_QUAKE_A, _QUAKE_B.replace("54", "33"))[0] == []
    assert compared(_QUAKE_A.replace("31", "30"), _QUAKE_B)[0] == []
    found = compare_figures(
        [
            make_brief("a.txt", _QUAKE_A, dated="14 June 2026"),
            make_brief("b.txt", _QUAKE_B.replace("Tuesday", "Wednesday"), dated="18 June 2026"),
        ]
    )
    assert found.conflicts == []


# --- sales of two products ------------------------------------------------------------------


def test_sales_of_two_products_are_no_flag() -> None:
    one = "A folk duo's new album sold 180,000 copies in its first week."
    other = "A racing game sold 4 million copies in its first week."
    assert compared(one, other)[0] == []
    assert any("different products" in e for e in _looks(one, other))


def test_sales_of_one_product_named_two_ways_are_compared() -> None:
    # counter-example: a memoir is a book
    flags, _ = compared(
        "Her memoir sold 180,000 copies in its first week.",
        "The book sold 390,000 copies in its first week.",
    )
    assert flags == [["180,000", "390,000"]]


# --- one thing under a change noun or a crowd's word ----------------------------------------


def test_a_rise_of_a_thing_is_the_thing() -> None:
    flags, _ = compared(
        "Tarrow District Council voted on Thursday evening to raise council tax by 4.99 per cent.",
        "Councillors approved a 2.99 per cent council tax rise on Thursday night.",
    )
    assert flags == [["2.99 per cent", "4.99 per cent"]]


def test_a_crowd_and_the_people_at_the_match_are_one_count() -> None:
    flags, _ = compared(
        "Rivermouth beat Calder 2-0 at Harbour Road in front of an official crowd of 31,402.",
        "And 28,940 people were at Harbour Road to see it, according to the official attendance.",
    )
    assert flags == [["28,940", "31,402"]]


def test_every_seat_of_a_body_is_its_size() -> None:
    assert measures("The officer declared the results for all 70 seats on the city council.") == {
        "70": "seat (all)"
    }
    # counter-example: a party that won every seat won them
    assert measures("The party won all 12 seats on the council.") == {"12": "seat"}


def test_a_rise_offered_and_an_offer_of_a_share_are_one_thing() -> None:
    # a marker after the change noun stays ("pay rise" offered, "pay offer of 4.5 per cent")
    flags, _ = compared(
        "The union on Friday rejected a 6.5% pay rise over two years offered by port employers.",
        "The union turned down a two-year pay offer of 4.5 per cent from port employers on Friday.",
    )
    assert flags == [["4.5 per cent", "6.5%"]]


def test_a_deciding_verb_is_no_other_doing() -> None:
    # "approved" a rise and "raise" by a share: one change; counter-example: two different
    # things changed stay two kinds
    flags, _ = compared(
        "Councillors approved a 2.99 per cent council tax rise on Thursday night.",
        "The council voted on Thursday to raise parking charges by 12 per cent.",
    )
    assert flags == []


# --- a price of one measure of a thing ------------------------------------------------------


def test_prices_per_two_measures_are_two_things() -> None:
    assert measures("Oil prices slid below $66 a barrel.") == {"below $66": "price (a barrel)"}
    assert measures("Scrap steel fetched $410 per tonne.") == {"$410": "price (a tonne)"}
    flags, _ = compared(
        "Oil prices slid below $66 a barrel.", "Scrap prices fell to $410 per tonne."
    )
    assert flags == []


def test_prices_per_one_measure_are_compared() -> None:
    # counter-example: one measure written two ways
    flags, _ = compared(
        "Growers were paid $2.60 a kilogram for cocoa at the Tema auction on Tuesday.",
        "Cocoa sold for US$1.70 per kg at the Tema auction on Tuesday.",
    )
    assert flags == [["$2.60", "US$1.70"]]


def test_rises_of_two_things_stay_two() -> None:
    # counter-example to the change noun: a rise of council tax and one of parking charges
    flags, _ = compared(
        "Councillors approved a 2.99 per cent council tax rise on Thursday night.",
        "Councillors approved a 12 per cent parking charge rise on Thursday night.",
    )
    assert flags == []
