"""Classes read from the fiftieth battery (explainers: key-number boxes, lists, Q&A and
timelines): a key-numbers line counts what its label names. Each with what it must do and a
counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

from summarise.corpus.compare import measure_of
from summarise.find.grammar import what_is_counted
from summarise.find.quantities import parse_quantity
from tests.synthetic import make_brief
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


# --- the won; cases of an outbreak; a quarter named without "the" ------------------------


def test_the_won_after_an_amount_is_a_currency() -> None:
    assert parse_quantity("9,860 won").unit == "KRW"
    assert measures("The minimum wage will rise to 9,860 won an hour next year.") == {
        "9,860 won": "wage (an hour)"
    }
    assert measures("The regulator fined the carrier 4 billion won.") == {
        "4 billion won": "penalty"
    }


def test_won_as_a_verb_is_no_currency() -> None:
    # counter-examples: a record of games, a count that won something
    assert parse_quantity("7 won").unit is None
    assert measures("Over 5,000 won prizes in the spring draw.") == {"Over 5,000": "(win)"}


def test_suspected_or_confirmed_cases_are_a_count_of_the_ill() -> None:
    assert measures("Confirmed cases: 318") == {"318": "ill"}
    assert measures("Officials are tracing 21 suspected cases in the valley.") == {"21": "ill"}
    # counter-example: cases of a crime are no illness
    assert measures("Detectives are reviewing 21 suspected cases of fraud.") == {"21": "case"}


def test_a_change_on_the_previous_quarter_without_the_article() -> None:
    flags, _ = compared(
        "Key figures:\n- Growth on previous quarter: 0.3%\n- Growth over the year: 1.9%",
        "The economy grew 0.6 per cent on the previous quarter, official data showed.",
    )
    assert flags == [["0.3%", "0.6 per cent"]]
    # counter-example: the year's growth is another window
    flags, _ = compared(
        "Key figures:\n- Growth over the year: 1.9%",
        "The economy grew 0.6 per cent on previous quarter, official data showed.",
    )
    assert flags == []


# --- a competition is no place; a box's lines are siblings --------------------------------


def test_a_competition_is_no_place() -> None:
    brief = make_brief("x.txt", "Castlebar Celtic won 3-0 in the Western Shield final on Sunday.")
    assert all(f.place is None for f in brief.figures)
    # counter-example: a town before a final is still where it was played
    brief = make_brief("x.txt", "A crowd of 21,500 watched the final in Limerick on Sunday.")
    assert [f.place for f in brief.figures] == ["Limerick"]


def test_a_key_numbers_line_takes_no_place_from_the_line_before() -> None:
    text = "Final: key facts\nScorers: Pereira 12, Montgomery 71\nAttendance: 31,906"
    brief = make_brief("x.txt", text)
    assert {f.number: f.place for f in brief.figures}["31,906"] is None
    # counter-example: prose before a figure still places it
    text = "The final was played in Limerick.\nThe attendance was 31,906."
    brief = make_brief("x.txt", text)
    assert {f.number: f.place for f in brief.figures}["31,906"] == "Limerick"


# --- a margin told by its unit before the result -----------------------------------------


def test_a_win_by_so_many_runs_or_goals_is_a_margin() -> None:
    assert measures("The Falcons completed a 44-run win at the Oval.") == {"44": "margin"}
    assert measures("United ground out a two-goal victory.") == {"two": "margin"}
    flags, _ = compared(
        "Opener Tessa Mbeki's 112 led the Falcons to a 44-run win.",
        "Tessa Mbeki's 97-run innings set up the Falcons' victory.",
    )
    assert flags == [["112", "97"]]  # the innings; never the margin against the innings
    flags, _ = compared(
        "The Falcons won by 44 runs, Tessa Mbeki making 112.",
        "The Falcons sealed a 61-run win.",
    )
    assert flags == [["44", "61"]]  # one margin told two ways


def test_runs_scored_are_no_margin() -> None:
    # counter-example: an innings told by its runs
    assert measures("Her 97-run innings set up the victory.") == {"97": "run"}


# --- a length of time in a clause joined after the number's ------------------------------


def test_a_length_of_time_in_a_joined_clause_dates_its_own_verb() -> None:
    brief = make_brief(
        "x.txt", "The tribunal fined Corrin Haulage £2.4 million and banned it for three years."
    )
    assert {f.number: f.period for f in brief.figures}["£2.4 million"] is None
    # counter-example: a day there may date both
    brief = make_brief("x.txt", "Officers detained 14 people and seized two vans on Friday.")
    assert {f.number: f.period for f in brief.figures}["14"] == "on Friday"


# --- an explainer's question and its answer ----------------------------------------------


def test_an_answer_is_read_with_its_question() -> None:
    text = "Rail crash: what we know\nHow many people were on the train?\nAbout 340, the operator said."
    brief = make_brief("x.txt", text)
    assert [(f.number, measure_of(f)) for f in brief.figures] == [("About 340", "people")]
    assert brief.figures[0].quote.startswith("How many people were on the train?")
    text = "How many jobs will go?\nAround 900 by 2029, out of a staff of 6,100."
    assert measures(text) == {"Around 900": "job", "6,100": "staff"}
    flags, _ = compared(
        "Merger: your questions answered\nHow many jobs will go?\nAround 900 by 2029.",
        "The two lenders said on Monday that 1,600 jobs would go by 2029.",
    )
    assert flags == [["1,600", "Around 900"]]


def test_an_answer_that_names_its_own_thing_keeps_it() -> None:
    # counter-examples: the answer's own noun; a question asked inside a paragraph
    assert measures("How many came?\nNearly 70 lorries and 12 vans, the port said.") == {
        "Nearly 70": "lorry",
        "12": "van",
    }
    brief = make_brief("x.txt", "So what went wrong? 38 per cent of members stayed away.")
    assert not brief.figures[0].quote.startswith("So what went wrong?")


def test_by_how_much_asks_for_a_margin() -> None:
    assert measures("By how much did he win?\n2,906 votes, the county said.") == {"2,906": "margin"}
    # counter-example: how many votes a candidate won is the total, not the margin
    assert measures("How many votes did he win?\n2,906 votes, the county said.") == {
        "2,906": "vote"
    }


# --- visitors are a crowd; the visitors are a side --------------------------------------


def test_visitors_to_an_event_are_its_crowd() -> None:
    flags, _ = compared(
        "The Riverbank Festival drew 182,000 visitors over four days, organisers said.",
        "A crowd of 151,000 attended the Riverbank Festival over four days, organisers said.",
    )
    assert flags == [["151,000", "182,000"]]


def test_the_visitors_of_a_match_are_a_side() -> None:
    # counter-example: "the visitors" of a match are the away team, not its crowd
    assert measures("The visitors were bowled out for 164 at Kingsmead.") == {"164": "visitor"}


def test_an_answer_may_open_with_by_before_its_number() -> None:
    assert measures("How much will the water charge rise?\nBy 6.2% from April.") == {
        "6.2%": "charge"
    }
    # counter-example: a year that opens a sentence is no answer's number
    brief = make_brief("x.txt", "Why does it matter?\nBy 2030, 40% of homes will need new boilers.")
    assert {f.number: measure_of(f) for f in brief.figures} == {"40%": "home"}


# --- a decimal reading in C is a temperature; the old high; the first months of a year ---


def test_a_decimal_reading_in_c_is_a_temperature_without_weather_words() -> None:
    assert parse_quantity("41.7C").unit == "°C"
    assert measures("Granada airport: 41.7C") == {"41.7C": "temperature"}
    # counter-example: a code in whole numbers stays a code
    assert measures("The meeting is in Room 4C.") == {}


def test_the_previous_highest_reading_is_the_record_that_stood() -> None:
    assert measures("The previous highest reading at Kastrup was 31.2C.") == {
        "31.2C": "temperature (record that stood)"
    }
    # counter-example: the day before is no record
    assert measures("The previous day the thermometer showed 29.8C.") == {"29.8C": "temperature"}


def test_the_first_months_of_a_year_as_a_subject_are_a_window() -> None:
    brief = make_brief("x.txt", "The first five months of 2027 averaged 1.1C above normal.")
    assert [f.period for f in brief.figures] == ["The first five months of 2027"]
    # counter-example: the base of a change is no window of it
    brief = make_brief(
        "x.txt",
        "Output grew 0.5% in the second quarter compared with the first three months of the year.",
    )
    # (the quarter is read by `compare`'s window words, not as a period phrase)
    assert [f.period for f in brief.figures if f.number == "0.5%"] == [None]


def test_a_number_in_the_question_is_read_as_the_question_s_own() -> None:
    # counter-example: only the answer's opening number is read as the statement asked for
    question = "What is 40 per cent of the total?"
    alone = what_is_counted(question, [(8, 10)])
    with_answer = what_is_counted(question + "\n12.", [(8, 10)])
    assert with_answer == alone
