"""Classes read from the forty-sixth battery (places and geography): a body's bare count that
repeats its headline's number counts what the headline names; what a measurement is of, past
a name's word ("of the Breton coast") or a place after it ("of coast near Brest"); an object
that names the dimension ("reached a depth of") leaves the subject as what has it; a headline
repeat, never compared, accounts for no other article's figure; and a count of the dead is
never paired by words with a count whose sentence names no death. Each with what it must do
and a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures
from tests.synthetic import make_brief
from tests.test_flag_classes import measures
from tests.test_flag_classes_9 import compared

# --- a body's bare count named by its headline ---------------------------------------------


def test_the_headline_names_a_bare_count_its_body_repeats() -> None:
    flags, _ = compared(
        "Police said 19 people were injured when the bus overturned near Plymouth on Sunday "
        "evening.",
        "BUS HORROR: 34 HURT IN MOTORWAY CRASH\nA bus overturned near Plymouth on Sunday "
        "evening, leaving 34 injured, police said.",
    )
    assert flags == [["19", "34"]]


def test_a_body_count_with_a_noun_of_its_own_keeps_it() -> None:
    # the body names its own thing: the headline's word does not replace it
    flags, _ = compared(
        "Police said 19 people were injured when the bus overturned near Plymouth on Sunday.",
        "BUS HORROR: 34 HURT IN CRASH\nThe bus was carrying 34 pupils when it overturned "
        "near Plymouth on Sunday, police said.",
    )
    assert flags == []


def test_a_sum_in_a_headline_names_nothing_in_the_body() -> None:
    # a price's headline word ("deal") says less than the body's sentence, which tells the
    # sum apart ("including debt"): only counts are named by their headline
    flags, _ = compared(
        "Harlow Foods agreed to buy the bakery chain Crumbly for £310m in cash on Monday.",
        "Harlow seals £420m Crumbly deal\nThe bakery chain Crumbly will cost Harlow Foods "
        "£420m including debt, the company said on Monday.",
    )
    assert flags == []


# --- what a measurement is of ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (  # a name's word between "the" and the noun; a shore by two names
            "Oil from the stricken tanker has fouled 23 kilometres of coastline west of Brest, "
            "the prefecture said on Friday.",
            "Oil from the stricken tanker has reached about 60 kilometres of the Breton "
            "coast, the prefecture said on Friday.",
            ["23 kilometres", "about 60 kilometres"],
        ),
        (  # a place right after the noun
            "Floodwater covered 14 kilometres of road near Carlisle on Tuesday, the council said.",
            "Floodwater covered 31 kilometres of the Cumbrian road network on Tuesday, the "
            "council said.",
            ["14 kilometres", "31 kilometres"],
        ),
        (  # the object names the dimension; the subject has it
            "A research submersible with two pilots reached a depth of 5,400 metres in the "
            "Cayman Trough on Thursday.",
            "The research submersible dived to 7,100 metres in the Cayman Trough on Thursday, "
            "its operator said.",
            ["5,400 metres", "7,100 metres"],
        ),
    ],
)
def test_what_a_measurement_is_of(one: str, other: str, pair: list[str]) -> None:
    flags, _ = compared(one, other)
    assert flags == [sorted(pair)]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (  # a road's length is not the coast's, though a name's word stands before each
            "Crews reopened 23 kilometres of the Atlantic highway after the storm on Friday.",
            "Oil from the tanker has reached about 60 kilometres of the Breton coast, "
            "officials said on Friday.",
        ),
        (  # two things at one depth: a well and a submersible
            "Engineers said the well reached a depth of 400 metres at the Galloway site.",
            "The submersible dived to 7,100 metres in the Cayman Trough on Thursday.",
        ),
        (  # a city after "of" is no noun of what is measured
            "The ring road runs for 42 kilometres around the outskirts of Leeds.",
            "The tram line will run for 9 kilometres of Leeds city centre streets.",
        ),
    ],
)
def test_what_a_measurement_is_of_counter_examples(one: str, other: str) -> None:
    flags, _ = compared(one, other)
    assert flags == []


# --- a headline repeat accounts for nothing --------------------------------------------------


def test_a_headline_repeat_leaves_the_others_figure_unpaired() -> None:
    # the headline's figure is set aside for its body's; the other article's figure, which
    # only the headline named alike, is still paired with the body's
    flags, _ = compared(
        "Pipeline spills 260,000 litres of oil near the Peace River\nA ruptured pipeline "
        "spilled 260,000 litres of crude oil onto farmland near the Peace River, its operator "
        "said on Tuesday.",
        "The operator said on Tuesday that about 90,000 litres of crude leaked from its line "
        "near the Peace River.",
    )
    assert flags == [["260,000 litres", "about 90,000 litres"]]


# --- a count of the dead is not paired with a count that names no death ----------------------


def test_the_dead_are_not_paired_with_a_count_that_names_no_death() -> None:
    flags, _ = compared(
        "A pod of 31 pilot whales stranded on a beach on Stewart Island on Wednesday, "
        "rangers said.",
        "Twenty-two pilot whales died on a beach on Stewart Island on Wednesday despite the "
        "efforts of volunteers, rangers said.",
    )
    assert flags == []


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (  # deaths told by a verb of loss
            "Dengue has killed 44 people in Sylhet since the outbreak began in June, the "
            "health director said on Monday.",
            '"We have lost 63 people to this outbreak since June," the health director in '
            "Sylhet said on Monday.",
            ["44", "63"],
        ),
        (  # both name the deaths, in other words
            "The ferry sinking off Cebu left 41 passengers dead, the coast guard said.",
            "The coast guard said 58 passengers drowned when the ferry sank off Cebu.",
            ["41", "58"],
        ),
    ],
)
def test_the_dead_are_still_paired_when_both_name_deaths(
    one: str, other: str, pair: list[str]
) -> None:
    flags, _ = compared(one, other)
    assert flags == [sorted(pair)]


@pytest.mark.parametrize(
    ("text", "number", "name"),
    [
        (
            "Oil has reached about 60 kilometres of the Breton coast.",
            "about 60 kilometres",
            "size of coast",
        ),
        ("Oil has fouled 23 kilometres of coastline near Brest.", "23 kilometres", "size of coast"),
        ("Crews spread 40 tonnes of grit onto the roads.", "40 tonnes", "size of grit"),
        (
            "A submersible reached a depth of 5,400 metres in the trench.",
            "5,400 metres",
            "depth of submersible",
        ),
    ],
)
def test_the_name_of_what_a_measurement_is_of(text: str, number: str, name: str) -> None:
    assert measures(text)[number] == name


@pytest.mark.parametrize(
    ("text", "number", "not_of"),
    [
        # a compass word or a name after "of" is no noun of what is measured
        ("Crews closed 12 kilometres of the A9 north of Perth.", "12 kilometres", "north"),
        ("The marathon runs for 42 kilometres of Boston streets.", "42 kilometres", "boston"),
        ("Oil reached 8 kilometres of the Loire.", "8 kilometres", "the"),
        (
            "The state allocated Rs 1.9 lakh crore for the Health Ministry.",
            "Rs 1.9 lakh crore",
            "the",
        ),
    ],
)
def test_the_name_of_what_a_measurement_is_of_counter_examples(
    text: str, number: str, not_of: str
) -> None:
    assert not measures(text)[number].endswith((f" of {not_of}", f" for {not_of}"))


# --- a dateline that names the other article's place ----------------------------------------


def test_a_dateline_links_the_other_articles_place() -> None:
    # filed from the other's place, of a place the gazetteer does not know: may be one
    flags, _ = compared(
        "Fiona Laird won Kelty and Cowdenbeath by 1,420 votes at the count in Kelty early "
        "on Friday, the returning officer said.",
        "KELTY, May 7 - The Lowland Party gained the Fife seat of Kelty and Cowdenbeath "
        "early on Friday, with Fiona Laird winning by 960 votes.",
    )
    assert flags == [["1,420", "960"]]


def test_a_dateline_alone_links_no_two_known_places() -> None:
    # filed from Leeds, of a count in Bradford: two places the gazetteer knows stay apart
    flags, _ = compared(
        "About 3,200 homes lost power in Leeds on Tuesday, the network operator said.",
        "LEEDS, Jan 4 - About 5,100 homes lost power in Bradford on Tuesday, the network "
        "operator said.",
    )
    assert flags == []


# --- a total across several parts, though one of them is named ------------------------------


def test_a_total_across_both_parts_is_not_one_parts_count() -> None:
    flags, rules = compared(
        "Police made 41 arrests in Hartley during the two-week operation, officers said on Friday.",
        "The two-week operation, which also covered neighbouring Hartley, made 96 arrests "
        "across both boroughs, officers said on Friday.",
    )
    assert flags == []
    assert "different-places" in rules


def test_both_parts_named_before_the_number_leave_its_own_place() -> None:
    # the scope belongs to another clause: the count is still Hartley's
    flags, _ = compared(
        "Police made 41 arrests in Hartley during the two-week operation, officers said on Friday.",
        "With patrols stepped up across both boroughs, police made 58 arrests in Hartley "
        "during the two-week operation, officers said on Friday.",
    )
    assert flags == [["41", "58"]]


# --- people brought to hospital; money taken named by who took it ---------------------------


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (
            "Nine people were taken to hospital with smoke inhalation after a fire at a "
            "tower block in Lyon on Saturday night, the fire service said.",
            "A fire at a tower block in Lyon on Saturday night sent 23 people to hospital, "
            "the fire service said.",
            ["23", "Nine"],
        ),
        (
            "Thieves stole watches worth about €14 million from a bonded store at Frankfurt "
            "airport on Monday night, police said.",
            "A gang of three men stole watches worth an estimated €6 million from a bonded "
            "store at Frankfurt airport on Monday night, police said.",
            ["about €14 million", "an estimated €6 million"],
        ),
    ],
)
def test_one_count_by_two_verbs_or_two_doers(one: str, other: str, pair: list[str]) -> None:
    flags, _ = compared(one, other)
    assert flags == [sorted(pair)]


@pytest.mark.parametrize(
    ("text", "number", "name"),
    [
        ("The fire sent 23 people to hospital overnight.", "23", "hospitalised"),
        ("Nine people were rushed to a local hospital.", "Nine", "hospitalised"),
        # counter-examples: not to hospital, or not people brought there
        ("The coach took 40 people to the airport.", "40", "people (take)"),
        ("The charity sent 12 doctors to the hospital in Gaza.", "12", "doctor"),
    ],
)
def test_brought_to_hospital(text: str, number: str, name: str) -> None:
    assert measures(text)[number] == name


# --- a country's ground by its nationality ---------------------------------------------------


def test_two_coasts_named_by_nationality_are_two_places() -> None:
    flags, rules = compared(
        "Oil from the tanker has reached 23 kilometres of the Spanish coast, officials said "
        "on Friday.",
        "Oil from the tanker has reached about 60 kilometres of the French coast, officials "
        "said on Friday.",
    )
    assert flags == []
    assert "different-places" in rules


@pytest.mark.parametrize(
    ("one", "other", "pair"),
    [
        (  # one coast by one nationality: still compared
            "Oil from the tanker has reached 23 kilometres of the Spanish coast, officials "
            "said on Friday.",
            "Oil from the tanker has reached about 60 kilometres of the Spanish coast, "
            "officials said on Friday.",
            ["23 kilometres", "about 60 kilometres"],
        ),
        (  # a nationality of goods names no ground
            "Exports of Spanish wine rose 12% in March, the trade agency said.",
            "Exports of Spanish wine rose 19% in March, the trade agency said.",
            ["12%", "19%"],
        ),
    ],
)
def test_one_ground_or_none_is_still_compared(one: str, other: str, pair: list[str]) -> None:
    flags, _ = compared(one, other)
    assert flags == [sorted(pair)]


# --- whose age: a place before it is no name -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "name"),
    [
        # a place right before the age: the name that opens the sentence is the person's
        (
            "Ewan Pryce has died at his home in Aberdaron aged 77, his family said.",
            "aged 77",
            "age of pryce",
        ),
        # counter-examples: the name right before the age is the person's
        ("Marta Oyelaran, aged 58, was charged on Monday.", "aged 58", "age of oyelaran"),
        ("Colm Doherty, 44, from Letterkenny, was arrested.", "44", "age of doherty"),
        # a place before the age and no name opening the sentence: no place for a name
        (
            "Police said on Friday that they held in Letterkenny aged 44 a suspect.",
            "aged 44",
            "age of someone",
        ),
    ],
)
def test_whose_age(text: str, number: str, name: str) -> None:
    assert measures(text)[number] == name


# --- counter-examples added at review ------------------------------------------------------


def test_a_headline_repeat_still_leaves_an_agreeing_figure_agreed() -> None:
    # the body gives the headline's number again: the other article's equal figure agrees
    flags, _ = compared(
        "Pipeline spills 260,000 litres of oil near the Peace River\nA ruptured pipeline "
        "spilled 260,000 litres of crude oil onto farmland near the Peace River, its operator "
        "said on Tuesday.",
        "The operator said on Tuesday that 260,000 litres of crude leaked from its line near "
        "the Peace River.",
    )
    assert flags == []


def test_two_kinds_of_the_dead_are_still_only_worth_a_look() -> None:
    # who stole a sum does not name a kind of it; soldiers and people killed are two kinds
    found = compare_figures(
        [
            make_brief(
                "a.txt",
                "Twelve soldiers were killed in the attack on Tuesday.",
                dated="14 June 2026",
            ),
            make_brief(
                "b.txt", "Forty people were killed in the attack on Tuesday.", dated="14 June 2026"
            ),
        ]
    )
    assert found.conflicts == []
    assert [sorted(c.number for c in f.claims) for f in found.worth_a_look] == [["Forty", "Twelve"]]


def test_a_budget_for_a_thing_keeps_its_noun() -> None:
    assert measures("The council will spend £40m on flood defences next year.")["£40m"] == (
        "budget for defence"
    )
