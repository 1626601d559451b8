"""Classes found in the 2027-01-06 session. Two of a kind (the ninety-fourth battery, read):
stories that set two similar things side by side (two films, two bids, two reserves, two
states' dengue counts). A sentence that gives the other article's number beside its own
tells the two apart, and so does another sentence of the other article that repeats this
one's number; a whole told for two things together is the sum of one and a third figure; a
figure whose only rival of its name in the other article is a figure both articles share is
still unpaired, so words may pair it; "3,400m" is metres; two of a kind with one agreed
leave the other to compare. Each with what it must do and a counter-example where it must
not. Every sentence is invented."""

from __future__ import annotations

from summarise.find.quantities import find_quantities
from tests.test_flag_classes_9 import compared

# --- the other article's number told beside this one's, in one sentence -----------------------


def test_a_sentence_that_gives_both_films_takings_sets_the_pair_aside() -> None:
    flags, rules = compared(
        "Harbour Lights took $27.4m at the box office over the weekend, studio figures showed.",
        "The animated comedy Tin Parade opened to $19.6m this weekend, second only to Harbour "
        "Lights, which took $27.4m.",
    )
    assert flags == []
    assert "told-beside" in rules


def test_a_rival_bid_told_beside_the_first_sets_the_pair_aside() -> None:
    flags, rules = compared(
        "Drayford Foods has made a £1.3bn offer for Pelham Dairies, the two companies said on "
        "Monday.",
        "Ostmark has entered the race for Pelham Dairies with a £1.7bn offer, topping the £1.3bn "
        "bid made by Drayford Foods on Monday.",
    )
    assert flags == []
    assert "told-beside" in rules


def test_a_part_of_the_count_equal_to_the_other_count_is_still_a_flag() -> None:
    # counter-examples: the second number is a part of the first ("40 of them", "including")
    flags, rules = compared(
        "The bus crash killed 40 people, police said on Monday.",
        "The bus crash killed 55 people, 40 of them children, police said on Monday.",
    )
    assert flags == [["40", "55"]]
    assert "told-beside" not in rules
    flags, rules = compared(
        "The fire destroyed 30 homes on Monday, the fire service said.",
        "The fire destroyed 85 homes on Monday, including 30 holiday chalets, the fire service "
        "said.",
    )
    assert flags == [["30", "85"]]
    assert "told-beside" not in rules


def test_a_forecast_told_beside_a_result_is_still_a_flag() -> None:
    # counter-example: the other article's number is this sentence's forecast, not a rival
    flags, rules = compared(
        "Harbour Lights took $27.4m at the box office over the weekend, studio figures showed.",
        "Harbour Lights took $19.6m at the box office over the weekend, well short of the "
        "$27.4m its studio had forecast.",
    )
    assert flags == [["$19.6m", "$27.4m"]]
    assert "told-beside" not in rules


# --- the other article's number told in another of its sentences ----------------------------


def test_an_album_repeated_in_the_other_article_sets_the_pair_aside() -> None:
    flags, rules = compared(
        "Harbour Drift have scored their first number one album, selling 84,000 copies in its "
        "first week, the chart company said.",
        "Mara Quinn's new album entered the chart at number two after selling 57,000 copies in "
        "its first week. It was beaten by the new album from Harbour Drift, which sold 84,000.",
    )
    assert flags == []
    assert "told-elsewhere" in rules


def test_a_repeat_of_another_thing_a_bound_or_a_share_is_still_a_flag() -> None:
    # counter-examples: "12 ambulances" count another thing; "wages rose 6.1%" names its
    # own noun; "up to 140mm" is a bound, not the rain that fell
    for one, other in [
        (
            "The bus crash killed 12 people on Monday, police said.",
            "The bus crash killed 15 people on Monday, police said. Some 12 ambulances were "
            "sent to the scene.",
        ),
        (
            "Unemployment in the region rose to 6.1% in March, the statistics office said.",
            "Unemployment in the region rose to 6.8% in March, the statistics office said. "
            "Wages rose 6.1% over the year.",
        ),
        (
            "Storm Edda dumped 140mm of rain on Keswick on Monday, forecasters said.",
            "Storm Edda dumped 95mm of rain on Keswick on Monday, forecasters said. Forecasters "
            "had warned of up to 140mm.",
        ),
    ]:
        flags, rules = compared(one, other)
        assert len(flags) == 1
        assert "told-elsewhere" not in rules


def test_a_number_the_article_marks_as_wrong_repeats_nothing() -> None:
    # counter-example: the correction's 31 is no figure the article gives
    flags, rules = compared(
        "Rescuers searched on Friday for 13 people still missing after the landslide. "
        "Correction: An earlier version of this article said 31 people were missing.",
        "Rescuers searched on Friday for 31 people missing after the landslide.",
    )
    assert flags == [["13", "31"]]
    assert "told-elsewhere" not in rules


# --- a whole told for two things together ---------------------------------------------------


def test_a_count_for_two_reserves_together_is_one_plus_the_other() -> None:
    flags, rules = compared(
        "The Ardmore reserve now holds 186 red deer, the annual count found. The neighbouring "
        "Glenlee reserve counted 97.",
        "The Ardmore and Glenlee reserves together now hold 283 red deer, the annual count "
        "found. Glenlee holds 97 of them.",
    )
    assert flags == []
    assert "sum-of-two" in rules


def test_a_sum_the_sentence_does_not_tell_as_together_is_still_a_flag() -> None:
    # counter-example: 186 + 97 = 283, but the sentence gives 283 for Ardmore alone
    flags, rules = compared(
        "The Ardmore reserve now holds 186 red deer, the annual count found. The neighbouring "
        "Glenlee reserve counted 97.",
        "The Ardmore reserve now holds 283 red deer, the annual count found. Glenlee holds 97.",
    )
    assert flags == [["186", "283"]]
    assert "sum-of-two" not in rules


def test_a_sum_with_a_count_of_another_thing_is_still_a_flag() -> None:
    # counter-examples: 12 + 2 = 14, but the 2 counts hospitals, and "the two quakes" counts
    # the parties of the whole's own sentence, not a part
    flags, rules = compared(
        "The two quakes together killed 14 people on Monday, officials said.",
        "The quakes killed 12 people on Monday, officials said. They also damaged 2 hospitals.",
    )
    assert flags == [["12", "14"]]
    assert "sum-of-two" not in rules


# --- a figure whose only rival of its name is shared ----------------------------------------


def test_a_count_beside_a_shared_one_is_paired_across_words() -> None:
    # both give Selangor's 11,300; Johor's "4,120 cases" and "has recorded 2,870" are one count
    flags, _ = compared(
        "Selangor has recorded 11,300 dengue cases since January. Johor followed with 4,120 cases.",
        "Selangor has had 11,300 cases since January. Johor has recorded 2,870, the ministry said.",
    )
    assert ["2,870", "4,120"] in flags


def test_a_count_beside_a_rival_not_shared_is_not_paired() -> None:
    # counter-example: the other article's "cases" disagree too (12,900), so which of its
    # figures answers "4,120 cases" is not for words to say
    flags, _ = compared(
        "Selangor has recorded 11,300 dengue cases since January. Johor followed with 4,120 cases.",
        "Selangor has had 12,900 cases since January. Johor has recorded 2,870, the ministry said.",
    )
    assert ["2,870", "4,120"] not in flags


# --- a bare "m" after whole thousands grouped by a comma is metres ----------------------------


def _read(sentence: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q, _ in find_quantities(sentence)]


def test_whole_thousands_of_m_are_metres() -> None:
    assert _read("A snailfish was filmed at 3,400m in the trench.") == [(3400.0, "m")]
    assert _read("The climbers reached 8,000m on Monday.") == [(8000.0, "m")]


def test_millions_with_a_decimal_a_noun_or_a_currency_stay_millions() -> None:
    # counter-examples: "7.6m" alone, "1,200m customers", "£3,400m"
    assert _read("The waiting list hit 7.6m in January.") == [(7_600_000.0, None)]
    assert _read("The firm has 1,200m customers.") == [(1_200_000_000.0, None)]
    assert _read("Revenue rose to £3,400m.") == [(3_400_000_000.0, "GBP")]


# --- two of a kind, one of them agreed -----------------------------------------------------

_DUNMORE = "Dunmore council voted for a 4.99% rise in council tax on Monday."
_KELBURN = "In Kelburn, councillors agreed a 2.99% increase in council tax on Monday."


def test_what_is_left_of_two_of_a_kind_once_one_is_agreed_is_compared() -> None:
    flags, _ = compared(
        f"{_DUNMORE} {_KELBURN}",
        "Kelburn council approved a council tax increase of 7.5% on Monday. Next door, Dunmore "
        "council agreed a 4.99% rise in council tax on Monday.",
    )
    assert flags == [["2.99%", "7.5%"]]


def test_two_of_a_kind_against_one_value_or_with_two_left_stay_set_aside() -> None:
    # counter-examples: nothing agreed, so "7.5%" may answer either; or two values left
    kelburn = "Kelburn council approved a council tax increase of 7.5% on Monday."
    flags, rules = compared(f"{_DUNMORE} {_KELBURN}", kelburn)
    assert flags == []
    assert "several-values" in rules
    flags, rules = compared(
        f"{_DUNMORE} {_KELBURN} Ardle agreed a 1.5% rise in council tax on Monday.",
        f"{kelburn} Next door, Dunmore council agreed a 4.99% rise in council tax on Monday.",
    )
    assert flags == []
    assert "several-values" in rules
