"""Classes found this session on round-ups (one article telling several items: a week's rate
decisions, several airports, several towns): a wire dateline with the day before the month
("OSLO, 15 Sept (NPW) -") places nothing; "it" carried to a level ("cut its key rate ...,
taking it to 8.75%") is what the verb before acted on; a level a verb sets ("lowered its
benchmark rate to 9.25%") is of the verb's object, not its subject; a bank named by its
country ("the Bank of Mexico") places its figure there and borrows no place from the
sentence before, which in a round-up is often about another country; a central bank's rate
by any of its names ("key rate", "benchmark rate") is one rate; a pollster's sample ("which
interviewed 1,012 adults") makes a poll's reading; an article's several values of one place
leave its other places comparable. And two rules measured on every battery: one value over two
windows is a flag only where both windows run to now ("since then" from two starts), else worth
a look; near values (within a factor of two) are paired across words on 15% shared words, not
20%. Each with what it must do and a counter-example where it must not. Every sentence is
invented."""

from __future__ import annotations

from summarise.corpus.compare import compare_figures
from summarise.corpus.pairing import MIN_SHARED, NEAR_MIN_SHARED, _least_share
from summarise.find.grammar import is_poll_reading, without_dateline
from summarise.find.places import bank_home
from summarise.schemas import Figure
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_period_look, assert_set_aside, compared
from tests.test_flag_classes_41 import _claim


def _figure(text: str, number: str) -> Figure:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return next(f for f in brief.figures if f.number == number)


# --- datelines ------------------------------------------------------------------------------


def test_a_dateline_with_the_day_before_the_month_is_blanked() -> None:
    for line in (
        "OSLO, 15 Sept (NPW) - Turnout in the election was 63.8%.",
        "STOCKHOLM, 3 Oct (SER) - A consortium paid €1.1 billion.",
        "LONDON, Feb 26 (Reuters) - Shares fell 3%.",
    ):
        assert without_dateline(line).split()[0] not in ("OSLO,", "STOCKHOLM,", "LONDON,")
    # counter-example: an acronym and a count opening a sentence is no dateline
    plain = "UNICEF, 40 aid groups and the Red Cross - all of them - called for a truce."
    assert without_dateline(plain) == plain


def test_a_dateline_does_not_place_a_national_figure() -> None:
    text = (
        "Norway votes\n\nOSLO, 15 Sept (NPW) - Turnout in Monday's parliamentary election was "
        "63.8%, the electoral directorate said."
    )
    assert _figure(text, "63.8%").place == "Norway"  # the headline's, not the dateline's


# --- what a number without a noun counts ----------------------------------------------------


def test_it_carried_to_a_level_is_what_the_verb_before_acted_on() -> None:
    text = "On Thursday, the Bank of Mexico cut its key rate again, taking it to 8.75%."
    assert _figure(text, "8.75%").counted == "key rate"
    text = "Halden Foods raised its interim dividend, bringing it to 42p a share."
    assert _figure(text, "42p").counted == "dividend"
    # an intransitive verb's subject: "sales rose ..., pushing them to"
    text = "Car sales rose 4% in May, pushing them to 2.1 million."
    assert _figure(text, "2.1 million").counted == "car sale"
    # counter-example: "it" is not carried to a level by "with": "leaving it with 12%" is
    # what the fund holds, not its stake
    text = "The fund sold half its stake in Ardley, leaving it with 12% of the shares."
    assert _figure(text, "12%").counted != "stake"
    # counter-example: a number with a noun of its own counts that noun
    text = "The firm won the contract and took it to 40 countries."
    assert _figure(text, "40").counted == "country"


def test_a_level_a_verb_sets_is_of_its_object() -> None:
    text = "Mexico's central bank lowered its benchmark rate to 9.25% on Thursday."
    assert _figure(text, "9.25%").counted == "benchmark rate"
    text = "Arden Mining raised its stake in the Kowhai mine to 60% on Monday."
    assert _figure(text, "60%").counted == "stake"
    # counter-example: a level a thing rose to by itself is the subject's
    assert _figure("Inflation rose to 3.1% in May.", "3.1%").counted == "inflation"


# --- a bank named by its country ------------------------------------------------------------

_ROUND_UP = (
    "Chile's central bank left its policy rate unchanged at 5% on Tuesday. On Thursday, the "
    "Bank of Mexico cut its key rate for the fourth meeting in a row, taking it to 8.75%."
)


def test_a_bank_named_by_its_country_places_its_figure_there() -> None:
    assert _figure(_ROUND_UP, "8.75%").place == "Mexico"
    # counter-example: a bank named by no known place stands for no place
    assert bank_home("The Bank of Lorimer Street lent 12% more in May.") is None


def test_a_company_named_by_its_home_borrows_no_place_from_the_sentence_before() -> None:
    text = (
        "Kenya's grid operator reported 400 faults in May. Qamar Holdings of Abu Dhabi paid "
        "$2 billion for the grid stake."
    )
    assert _figure(text, "$2 billion").place is None
    # counter-example: a sentence naming no place borrows the one before
    text = "Kenya's grid operator reported 400 faults in May. The repairs cost $2 billion."
    assert _figure(text, "$2 billion").place == "Kenya"


def test_a_central_banks_rate_by_any_name_is_one_rate() -> None:
    assert_flagged(
        "Mexico's central bank lowered its benchmark rate to 9.25% on Thursday, its fourth "
        "cut in a row. Chile's central bank left its policy rate unchanged at 5% on Tuesday.",
        _ROUND_UP,
    )
    # counter-example: two countries' rates are two rates
    assert_set_aside(
        "Chile's central bank left its policy rate unchanged at 5.5% on Tuesday.",
        "Peru's central bank left its policy rate unchanged at 4.25% on Tuesday.",
        "different-places",
    )


# --- a poll by its sample -------------------------------------------------------------------


def test_a_pollster_that_interviewed_a_sample_gives_a_polls_reading() -> None:
    assert_flagged(
        "Prism Research, which interviewed 1,012 adults from 12 to 15 October, put the Civic "
        "Platform Union on 24%, two points behind the National Renewal Bloc on 26%.",
        "Prism Research's latest poll, based on 1,012 interviews conducted between 12 and 15 "
        "October, showed the Civic Platform Union on 28%, with the National Renewal Bloc on 26%.",
    )
    # counter-example: people interviewed with no share given are no poll
    assert not is_poll_reading("Police interviewed 40 people after the riot on Saturday.")
    assert is_poll_reading("Hartley Polling, which interviewed 2,040 voters, put Ms Oduya on 41%.")


# --- one value over two windows ----------------------------------------------------------


def _period_kinds(one: str, other: str) -> tuple[list[str], list[str]]:
    found = compare_figures(
        [
            make_brief("a.txt", one, dated="14 June 2026"),
            make_brief("b.txt", other, dated="14 June 2026"),
        ]
    )
    return [c.kind for c in found.conflicts], [c.kind for c in found.worth_a_look]


def test_one_value_over_another_clauses_window_is_worth_a_look() -> None:
    assert_period_look(
        "Ticket sales for the Lakeside festival in Tampere were down 18% on last year at 41,000.",
        "Lakeside sold 41,000 tickets for this year's festival in Tampere.",
    )
    # counter-example: the same count over two windows that run to now from two starts
    flags, _ = _period_kinds(
        "More than 500 people have been killed in the Varnsk fighting in the past week.",
        "More than 500 people have been killed in the Varnsk fighting since 2011.",
    )
    assert flags == ["period"]


def test_the_past_year_and_the_last_year_are_one_window() -> None:
    flags, looks = _period_kinds(
        "Eleven people were killed by tigers in Bardiya in the past year.",
        "Eleven people were killed by tigers in Bardiya over the last year.",
    )
    assert flags == [] and looks == []


# --- a round-up's several values ----------------------------------------------------------


def test_several_values_of_one_place_leave_a_round_ups_other_places_comparable() -> None:
    one = (
        "In Germany, consumer prices rose 2.2% from a year earlier, down from 2.5% in March. "
        "Italy was unchanged at 1.9%. Spain was the outlier: prices there rose 3.1% on the year."
    )
    other = (
        "German inflation fell to 2.2% in April from 2.5% a month earlier. In Spain, annual "
        "inflation was 2.4% in April, the national statistics office said."
    )
    flags, _ = compared(one, other)
    assert ["2.4%", "3.1%"] in flags
    # a wire round-up whose dateline no longer places its first item: several values for
    # one country there, one for Portugal
    flags, _ = compared(
        "Portugal was the outlier. Prices there rose 3.3% on the year in May, driven by fuel.",
        "VIENNA, 31 May (CEW) - Austria's annual inflation held at 2.1% in May, while Hungary "
        "slowed to 3.8%, according to flash figures published on Friday. Czech inflation fell "
        "to 2.4% from 2.7% a month earlier. In Portugal, annual inflation was 2.6% in May, the "
        "statistics office said.",
    )
    assert ["2.6%", "3.3%"] in flags
    # counter-example: values an article places nowhere may be of any place, so they stay
    # set aside
    assert_set_aside(
        "Harlow: about 240 homes were damaged by the storm on Monday. Ware: 58 homes were "
        "damaged by the storm on Monday.",
        "More than 400 homes were damaged by the storm in Harlow on Monday.",
        "several-values",
    )


# --- pairing across words: near values need fewer shared words ------------------------------


def test_near_values_are_paired_on_fewer_shared_words() -> None:
    about_160 = _claim("About 160 pilot whales stranded on the beach on Sunday.", "About 160")
    near = _claim("Rescuers counted 230 animals on the sand on Sunday.", "230")
    far = _claim("Rescuers counted 410 animals on the sand on Sunday.", "410")
    assert _least_share(about_160, near) == NEAR_MIN_SHARED < MIN_SHARED
    # counter-example: values more than twice apart need the usual share
    assert _least_share(about_160, far) == MIN_SHARED
    # and metres against kilometres are read on one scale: 1,500 m and 2 km are near
    metres = _claim("The landslide buried 1,500 metres of the road.", "1,500 metres")
    kilometres = _claim("The slide covered 2 km of the highway.", "2 km")
    assert _least_share(metres, kilometres) == NEAR_MIN_SHARED
