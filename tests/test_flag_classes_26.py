"""Classes read from the fiftieth battery (explainers: key-number boxes, lists, Q&A and
timelines): a key-numbers line counts what its label names. Each with what it must do and a
counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

from tests.test_flag_classes import measures
from tests.test_flag_classes_9 import compared

# --- a key-numbers line: the label names what the number counts ---------------------------


def test_a_key_numbers_line_counts_what_its_label_names() -> None:
    assert measures("- Barns flattened: 37") == {"37": "barn"}
    assert measures("- Rescue boats: 12") == {"12": "boat"}
    assert measures("- Cabins booked for the weekend of 4 May: 260") == {"260": "cabin"}
    flags, _ = compared(
        "Storm over Lundby: the figures\n- Barns flattened: 37\n- Roads closed: 5",
        "The storm flattened 52 barns across Lundby overnight, the county said.",
    )
    assert flags == [["37", "52 barns"]] or flags == [["37", "52"]]


def test_a_speaker_s_line_is_no_label() -> None:
    # counter-examples: a transcript's speaker names no thing counted; a label the parse
    # already reads is kept as it is
    assert measures("Edda Lindqvist: 40, perhaps a few more.") == {}
    assert measures("PRESENTER: 40.") == {}
    assert measures("- Regional average asking price: €298,000") == {"€298,000": "price (asking)"}


def test_a_label_in_title_case_is_read_as_words() -> None:
    assert measures("Barns Flattened: 37") == {"37": "barn"}
    assert measures("Lorries Overturned: 19") == {"19": "lorry"}
    assert measures("Fishing-Boat Crews: 8") == {"8": "crew"}


# --- a category beside a number whose verb names none -----------------------------------


def test_a_category_beside_the_number_names_what_a_verb_does_not() -> None:
    assert measures("Missing: 23") == {"23": "missing"}
    assert measures("By dusk, 23 were still unaccounted for.") == {"23": "missing"}
    assert measures("Confirmed dead: 9") == {"9": "killed"}
    flags, _ = compared(
        "Mudslide in Ferrol: the numbers\n- Confirmed dead: 9\n- Missing: 23",
        "Nine people died in the mudslide in Ferrol and 6 remain missing, the mayor said.",
    )
    assert flags == [["23", "6"]]


def test_a_category_far_from_the_number_names_nothing() -> None:
    # counter-examples: a category word three words or more away, or past another number,
    # is no label of this one
    assert measures("The keeper saved 4 penalties before the shooting stopped.") == {"4": "penalty"}
    assert measures("Rangers scored 3 late on, two days after the killing of a fan.") == {
        "3": "(score)"
    }
