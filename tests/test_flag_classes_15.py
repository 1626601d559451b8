"""Classes read from the twenty-sixth battery's misses (read this session; the eighth,
eleventh, twelfth, sixteenth, seventeenth, nineteenth, twenty-first, twenty-fourth and
twenty-eighth are kept unread): one doing under two verbs of one sense, livestock counted by
the head, a place a thing ranks in, the article's own year named far from the number, and a
prison term that is no window. Each with what it must do and a counter-example where it must
not. Every sentence is invented (articles dated 14 June 2026)."""

from __future__ import annotations

import pytest

from summarise.find.grammar import what_is_counted
from summarise.find.quantities import find_quantities
from summarise.find.text import sentences
from tests.test_flag_classes_9 import assert_flagged, assert_quiet

# --- one doing under two verbs of one sense -----------------------------------------------------


def test_people_rescued_and_people_saved_are_one_count() -> None:
    assert_flagged(
        "A navy frigate rescued 212 people from a burning ferry off Crete on Sunday.",
        "The navy saved 95 people from a burning ferry off Crete on Sunday.",
    )


def test_people_rescued_and_people_treated_are_two_counts() -> None:
    # counter-example: two doings of two senses (pulled from the ferry, then treated)
    assert_quiet(
        "A navy frigate rescued 212 people from a burning ferry off Crete on Sunday.",
        "Medics treated 95 people from a burning ferry off Crete on Sunday.",
    )


# --- livestock counted by the head ---------------------------------------------------------------


def _counted(sentence: str, number: str) -> str | None:
    at = sentence.index(number)
    (counted,) = what_is_counted(sentence, [(at, at + len(number))])
    return counted.noun


def test_head_of_cattle_counts_the_cattle() -> None:
    sentence = "Thieves drove off 640 head of sheep from a farm near Dubbo."
    assert _counted(sentence, "640") == "sheep"
    assert_flagged(
        "Thieves drove off 640 head of sheep from a farm near Dubbo on Tuesday.",
        "Thieves drove off 280 sheep from a farm near Dubbo on Tuesday.",
    )


def test_a_head_of_state_is_no_herd() -> None:
    # counter-example: "head" as a person keeps its own noun
    assert _counted("The summit drew 14 heads of state to Nairobi.", "14") != "state"


# --- a place a thing ranks in places nothing -------------------------------------------------------


def test_the_region_a_port_ranks_in_is_not_where_the_count_is() -> None:
    assert_flagged(
        "About 2,400 crane operators walked off the job at the port of Durban on Monday.",
        "Some 900 crane operators walked out on Monday at Africa's busiest port, the union said.",
    )


def test_one_port_of_a_country_is_not_the_whole_country() -> None:
    # counter-example: the thing ranked is one place within the country, never all of it
    assert_quiet(
        "About 1,100 crane operators walked out on Monday at Kenya's busiest port.",
        "About 7,000 port workers went on strike across Kenya on Monday.",
    )


def test_a_places_own_statistic_keeps_the_place() -> None:
    # counter-example: "Melbourne's highest temperature" is Melbourne's, not another city's
    assert_quiet(
        "Melbourne's highest temperature on Monday was 41C, the bureau said.",
        "Sydney's highest temperature on Monday was 36C, the bureau said.",
    )


# --- the article's own year, named far from the number ---------------------------------------------


def test_a_quota_for_this_year_named_far_off_is_this_years() -> None:
    assert_flagged(
        "The interior ministry will grant 7,200 visas under the seasonal fruit-picking "
        "programme for 2026, the minister announced on Tuesday.",
        "The government will allow 3,100 visas for seasonal fruit pickers this year, the "
        "interior minister announced on Tuesday.",
    )


def test_a_quota_for_next_year_is_not_this_years() -> None:
    # counter-example: another year named in the sentence keeps its own window
    assert_quiet(
        "The interior ministry will grant 7,200 visas under the seasonal fruit-picking "
        "programme for 2027, the minister announced on Tuesday.",
        "The government will allow 3,100 visas for seasonal fruit pickers this year, the "
        "interior minister announced on Tuesday.",
    )


# --- a prison term is no window of the count ------------------------------------------------------


def test_a_term_is_not_the_window_of_what_was_stolen() -> None:
    assert_flagged(
        "A courier has been jailed for four years and three months for stealing 86 parcels "
        "from a depot in Leeds.",
        "LEEDS - A courier who stole 31 parcels from a depot in the city was jailed on Friday.",
    )


def test_two_terms_of_one_sentence_still_disagree() -> None:
    # counter-example: the term's own number is compared, not set aside as a window
    assert_flagged(
        "A courier was jailed for four years for stealing parcels from a depot in Leeds.",
        "A courier was jailed for seven years for stealing parcels from a depot in Leeds.",
    )


# --- numbers in words: half a unit, "a hundred", a change by a fraction ---------------------------


def _found(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [(q.number, q.value, q.unit) for q, _ in find_quantities(sentence, sentences(sentence))]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Up to half a metre of snow fell on the pass.", ("Up to half a metre", 0.5, "m")),
        ("Output grew by half a per cent in the spring.", ("half a per cent", 0.5, "%")),
        ("Gusts touched a hundred miles an hour.", ("a hundred miles an hour", 100.0, "mph")),
        ("Exports rose by a quarter last year.", ("a quarter", 25.0, "%")),
        ("The mill cut its staff by a third in March.", ("a third", 100 / 3, "%")),
    ],
)
def test_numbers_in_words_are_found(sentence: str, found: tuple[str, float, str]) -> None:
    ((number, value, unit),) = _found(sentence)
    assert (number, unit) == (found[0], found[2])
    assert value == pytest.approx(found[1], abs=1e-4)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # counter-examples: the words after "a hundred" are its own; "half an hour" is a
        # length of time, not a measure; "by a third of the vote" is a share, not a change
        ("A ferry carrying a hundred and twelve people docked.", [("hundred and twelve", 112.0)]),
        ("The meeting lasted half an hour.", []),
        ("She won by a third of the vote.", [("a third", 100 / 3)]),
    ],
)
def test_numbers_in_words_keep_their_limits(sentence: str, found: list[tuple[str, float]]) -> None:
    got = [(n, pytest.approx(v, abs=1e-4)) for n, v, _ in _found(sentence)]
    assert got == found


def test_a_rise_by_a_quarter_and_one_by_eight_per_cent_disagree() -> None:
    assert_flagged(
        "Asylum applications in Norway rose by a quarter last year, the ministry said.",
        "Asylum applications in Norway rose by 8% last year, the ministry said.",
    )


def test_a_rise_by_a_quarter_and_one_by_twenty_five_per_cent_agree() -> None:
    # counter-example: "a quarter" is 25%, give or take a writer's rounding
    assert_quiet(
        "Asylum applications in Norway rose by a quarter last year, the ministry said.",
        "Asylum applications in Norway rose by 24% last year, the ministry said.",
    )


@pytest.mark.parametrize(
    ("sentence", "number", "value"),
    [
        (
            "The gale left a quarter of a million homes without power.",
            "a quarter of a million",
            250e3,
        ),
        ("Some three-quarters of a million people fled.", "three-quarters of a million", 750e3),
        ("The vase sold for one and a half million pounds.", "one and a half million", 1.5e6),
        ("Two and a half million tonnes of grain were lost.", "Two and a half million", 2.5e6),
    ],
)
def test_a_part_of_a_scale_is_read_whole(sentence: str, number: str, value: float) -> None:
    ((written, got, _),) = _found(sentence)
    assert number in written
    assert got == pytest.approx(value)


def test_a_quarter_of_a_million_and_250000_agree() -> None:
    assert_quiet(
        "The gale left a quarter of a million homes in Kerry without power on Friday.",
        "About 250,000 homes in Kerry were without power on Friday after the gale.",
    )


def test_a_quarter_of_a_million_and_400000_disagree() -> None:
    # counter-example: the whole of the phrase is read, and it still disagrees
    assert_flagged(
        "The gale left a quarter of a million homes in Kerry without power on Friday.",
        "About 400,000 homes in Kerry were without power on Friday after the gale.",
    )


# --- the whole a fraction is of, and a place named only in a part ---------------------------------


def test_the_whole_a_fraction_is_of_is_not_the_count() -> None:
    assert_quiet(
        "Hackers stole the details of a quarter of its 8 million customers, Telco said on Monday.",
        "Telco said on Monday that the details of two million customers had been stolen.",
    )


def test_the_whole_count_stated_alone_still_disagrees() -> None:
    # counter-example: no fraction before it, the count is the count
    assert_flagged(
        "Hackers stole the details of 8 million customers, Telco said on Monday.",
        "Telco said on Monday that the details of two million customers had been stolen.",
    )


def test_a_place_named_only_in_a_part_does_not_place_the_count() -> None:
    assert_quiet(
        "The film took $40m in North America over its opening weekend, studio estimates "
        "showed on Sunday.",
        "The film earned $95m worldwide in its opening weekend, including its debut in North "
        "America, estimates showed on Sunday.",
    )


def test_a_place_named_before_the_part_places_the_count() -> None:
    # counter-example: the place is the count's own, named before the part
    assert_flagged(
        "The film took $40m in North America over its opening weekend, studio estimates "
        "showed on Sunday.",
        "The film earned $95m in North America in its opening weekend, including $12m from "
        "Imax screens, estimates showed on Sunday.",
    )


# --- a group's size, a subject's own measure, a loose "couple of hundred" ------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "noun"),
    [
        ("A 30-strong crew of divers searched the wreck.", "30", "diver"),
        ("The 120-strong choir of pupils sang at the abbey.", "120", "pupil"),
        ("The new probe weighs 310 kilograms.", "310 kilograms", "probe"),
        ("Ministers will raise the state pension by a fifth.", "a fifth", "pension"),
    ],
)
def test_what_a_number_in_these_shapes_counts(sentence: str, number: str, noun: str) -> None:
    assert (_counted(sentence, number) or "").endswith(noun)


def test_what_someone_weighed_is_not_the_weigher() -> None:
    # counter-example: "officers weighed 310 kilograms of ivory": the officers are no weight
    assert _counted("Customs officers weighed 310 kilograms of seized ivory.", "310 kilograms") != (
        "custom officer"
    )


def test_a_fraction_of_a_group_is_no_change() -> None:
    # counter-example: "a fifth of the staff" is a share of the staff, not a change by a fifth
    assert _counted("A fifth of the staff left the bank in March.", "A fifth") == "staff"


def test_a_group_of_forty_and_sixty_five_members_disagree() -> None:
    assert_flagged(
        "A 40-strong crew of divers searched the wreck off Malta on Sunday.",
        "The search of the wreck off Malta on Sunday involved 65 divers.",
    )


def test_a_two_run_homer_is_still_one_moment() -> None:
    # counter-example: a hyphened count of one instance is no size of a group
    assert_quiet(
        "Diaz hit a two-run homer as the Hawks beat the Owls on Sunday.",
        "Diaz drove in five runs as the Hawks beat the Owls on Sunday.",
    )


def test_a_couple_of_hundred_is_loose_but_not_limitless() -> None:
    ((written, value, _),) = _found("Crews filled a couple of hundred potholes.")
    assert (written, value) == ("a couple of hundred", None)
    assert_flagged(
        "Road crews in Derby filled a couple of hundred potholes in January.",
        "Road crews in Derby filled 1,400 potholes in January.",
    )
    # counter-example: 240 is a couple of hundred
    assert_quiet(
        "Road crews in Derby filled a couple of hundred potholes in January.",
        "Road crews in Derby filled 240 potholes in January.",
    )


# --- "one in 15" is a share; "the county recorded" is one part ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("About one in 15 patients stopped the drug early.", 100 / 15),
        ("One in eight adults in the town smokes.", 12.5),
        ("Roughly one in 2,000 vaccine doses caused a rash.", 0.05),
    ],
)
def test_one_in_n_is_a_share(sentence: str, share: float) -> None:
    ((_, value, unit),) = _found(sentence)
    assert unit == "%"
    assert value == pytest.approx(share, abs=1e-3)


def test_one_in_n_of_a_time_is_no_share() -> None:
    # counter-example: "one in 12 months" is no share of the months
    assert _found("The river flooded once, one in 12 months of rain.") == []


def test_one_in_fifteen_is_no_count_of_fifteen() -> None:
    assert_quiet(
        "About one in 15 patients in the Oslo trial stopped the drug because of nausea.",
        "The Oslo trial enrolled 2,400 patients.",
    )


def test_a_county_that_counts_is_one_part_of_the_country() -> None:
    assert_quiet(
        "The county recorded 1,300 burglaries of farm sheds last year, the farmers' union said.",
        "Police recorded about 9,100 burglaries of farm sheds nationally last year.",
    )


def test_two_counts_of_the_whole_country_still_disagree() -> None:
    # counter-example: both counts are national
    assert_flagged(
        "Police recorded 1,300 burglaries of farm sheds nationally last year, the union said.",
        "Police recorded about 9,100 burglaries of farm sheds nationally last year.",
    )


def test_tenths_are_shares() -> None:
    ((written, value, unit),) = _found("Floodwater reached nine-tenths of the homes in Lunca.")
    assert (written, unit) == ("nine-tenths", "%")
    assert value == pytest.approx(90.0)
    # counter-example: a tenth of a mile is a length, no share
    assert all(u != "%" for _, _, u in _found("The river rose over a tenth of a mile of road."))


def test_nine_tenths_and_forty_per_cent_of_homes_disagree() -> None:
    assert_flagged(
        "Floodwater entered nine-tenths of the homes in the village of Lunca on Sunday, the "
        "mayor said.",
        "The river flooded about 40 per cent of homes in the village of Lunca on Sunday, the "
        "mayor said.",
    )
