"""Classes of flag shapes read from the third to fifth held-out batteries: counts told by an
ordinal, money taken under any verb of taking, a year named two ways, and a lower bound far
below another article's count. Each with the disagreement it must flag and the
counter-example it must not. Every sentence is invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures, measure_of
from summarise.find.quantities import MINUTE_UNIT, ORDINAL_UNIT, find_ordinals
from summarise.find.text import sentences
from tests.synthetic import make_brief


def flags(*briefs):
    found = compare_figures(list(briefs))
    return [(c.measure, sorted(cl.number for cl in c.claims)) for c in found.conflicts]


def looks(*briefs):
    found = compare_figures(list(briefs))
    return [(c.measure, sorted(cl.number for cl in c.claims)) for c in found.worth_a_look]


def ordinals(text: str) -> list[tuple[str, float, str | None, str]]:
    return [
        (q.number, q.value or 0, q.unit, noun)
        for q, _, noun in find_ordinals(text, sentences(text))
    ]


# --- counts told by an ordinal --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Kestrel Air bought Fenwick Jets, its fourth purchase this year.",
            [("fourth", 4, ORDINAL_UNIT, "purchase")],
        ),
        (
            "Larkfield earned their 9th win of the season at Dunmore.",
            [("9th", 9, ORDINAL_UNIT, "win")],
        ),
        (
            "It is the sixth closure the council has announced in 2025.",
            [("sixth", 6, ORDINAL_UNIT, "closure")],
        ),
        (
            "Okoye's Twenty-Second title of her career came in Rome.",
            [("Twenty-Second", 22, ORDINAL_UNIT, "title")],
        ),
        ("Mills scored in the 64th minute.", [("64th minute", 64, MINUTE_UNIT, "minute")]),
        ("Mills hit a 90th-minute winner.", [("90th-minute", 90, MINUTE_UNIT, "minute")]),
    ],
)
def test_a_count_so_far_and_a_match_minute_are_found(text: str, found: list) -> None:
    assert ordinals(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Rovers reached the third round of the cup this season.",  # a stage, not a count
        "Sales fell in the second half of the year.",  # a part of a window
        "The club won its first title since 1998.",  # "first": a rank, "the first since"
        "Bramley is the third-largest lender this year.",  # a rank
        "It was the third richest haul of the season.",  # a superlative: a rank
        "Grey won three of the first five races this season.",  # "the first five"
        "She finished second in 2024.",  # a place in a race
        "The town marks its 150th anniversary this year.",  # an anniversary is a date
        "Prices on the second floor of the market rose in 2025.",  # a floor
    ],
)
def test_an_ordinal_of_a_rank_a_part_or_a_moment_is_no_count(text: str) -> None:
    assert [o for o in ordinals(text) if o[2] == ORDINAL_UNIT] == []


def test_two_reports_of_one_deal_as_its_nth_disagree_and_a_later_deal_does_not() -> None:
    a = make_brief(
        "a.txt",
        "Kestrel Air bought Fenwick Jets, its fourth purchase this year.",
        dated="3 March 2026",
    )
    b = make_brief(
        "b.txt",
        "The deal is the seventh purchase Kestrel Air has made in 2026.",
        dated="3 March 2026",
    )
    assert flags(a, b) == [("purchase so far", ["fourth", "seventh"])]
    # a month later, the next deal is a later count, not a disagreement
    c = make_brief(
        "c.txt",
        "Kestrel Air bought Orme Cargo, its seventh purchase this year.",
        dated="9 April 2026",
    )
    assert flags(a, c) == []


def test_a_win_and_a_victory_of_one_match_are_one_count() -> None:
    a = make_brief(
        "a.txt",
        "Larkfield's 9th win of the season came on Saturday at Dunmore.",
        dated="2 May 2026",
    )
    b = make_brief(
        "b.txt", "Larkfield sealed their 11th victory of the season at Dunmore.", dated="2 May 2026"
    )
    assert flags(a, b) == [("win so far", ["11th", "9th"])]


def test_one_players_goal_minute_disagrees_and_two_players_do_not() -> None:
    a = make_brief("a.txt", "Tomas Vidal's header in the 64th minute won it for Ashby.")
    b = make_brief("b.txt", "Substitute Tomas Vidal's 71st-minute header won it for Ashby.")
    assert flags(a, b) == [("minute of vidal", ["64th minute", "71st-minute"])]
    c = make_brief("c.txt", "Kofi Mensah equalised in the 71st minute for the visitors.")
    assert flags(a, c) == []
    # a minute without a person is no figure: "a red card in the 30th minute"
    d = make_brief("d.txt", "There was a red card in the 30th minute.")
    assert [f for f in d.figures if f.unit == MINUTE_UNIT] == []


# --- money taken ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("The treasurer embezzled $1.8m from the union.", "$1.8m", "money taken"),
        ("He siphoned off £900,000 over six years.", "£900,000", "money taken"),
        ("The clerk took €2.2m from the parish fund.", "€2.2m", "money taken"),
        ("The gang stole £3m in the raid.", "£3m", "money taken"),
    ],
)
def test_a_sum_taken_under_any_verb_of_taking(sentence: str, number: str, measure: str) -> None:
    got = {f.number: measure_of(f) for f in make_brief("x.txt", sentence).figures}
    assert got[number] == measure


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The shop took £5m in sales last year.", "£5m"),  # takings, not money taken
        ("The council paid £2m for the site.", "£2m"),  # a price
    ],
)
def test_takings_and_prices_are_not_money_taken(sentence: str, number: str) -> None:
    got = {f.number: measure_of(f) for f in make_brief("x.txt", sentence).figures}
    assert got[number] != "money taken"


def test_two_reports_of_one_fraud_disagree() -> None:
    a = make_brief("a.txt", "The treasurer embezzled $1.8m from the union, a jury found.")
    b = make_brief(
        "b.txt", "Over nine years the treasurer siphoned off $3.1 million, jurors heard."
    )
    assert flags(a, b) == [("money taken", ["$1.8m", "$3.1 million"])]


# --- a year named two ways -----------------------------------------------------------------


def test_this_year_and_the_articles_own_year_are_one_window() -> None:
    a = make_brief("a.txt", "Rennet Foods cut 240 jobs this year.", dated="5 June 2026")
    b = make_brief("b.txt", "Rennet Foods cut 410 jobs in 2026.", dated="5 June 2026")
    assert flags(a, b) == [("job", ["240", "410"])]
    # another year is another window
    c = make_brief("c.txt", "Rennet Foods cut 410 jobs in 2025.", dated="5 June 2026")
    assert flags(a, c) == []


# --- a lower bound far below a count --------------------------------------------------------


def test_a_lower_bound_far_below_a_count_of_the_same_day_is_worth_a_look() -> None:
    a = make_brief(
        "a.txt", "At least 12 people were killed in the blast, police said.", dated="4 May 2026"
    )
    b = make_brief(
        "b.txt", "Nineteen people were killed in the blast, police said.", dated="4 May 2026"
    )
    assert flags(a, b) == []  # both can hold
    assert looks(a, b) == [("killed", ["At least 12", "Nineteen"])]
    # near the bound, nothing to ask
    c = make_brief(
        "c.txt", "Fourteen people were killed in the blast, police said.", dated="4 May 2026"
    )
    assert looks(a, c) == []
    # a later day: the count may have grown
    d = make_brief(
        "d.txt", "Nineteen people were killed in the blast, police said.", dated="6 May 2026"
    )
    assert looks(a, d) == []


# --- what a figure measures: classes of the fifth battery -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        # a distance from a named place: where a thing is
        (
            "The coach left the road near Tarvin, about 30 km from Chester.",
            "about 30 km",
            "distance from Chester",
        ),
        (
            "Shelling hit Dovzhyk, a village some 45km north-east of Kharkiv.",
            "some 45km",
            "distance from Kharkiv",
        ),
        # turnout by its word, or set off by dashes after the voters
        (
            "Turnout in Sunday's vote was 58 per cent, the commission said.",
            "58 per cent",
            "turnout",
        ),
        (
            "Fewer than half of members – 44 per cent – took part in the ballot.",
            "44 per cent",
            "turnout",
        ),
        ("Some 71% of members voted in the ballot.", "Some 71%", "turnout"),
        # a central bank's rate after an apposition and a long change
        (
            "The bank raised its main rate, the refinancing rate, by 25 basis points to 4.5 per cent.",
            "4.5 per cent",
            "interest rate",
        ),
        (
            "The bank lifted its base rate by a quarter of a percentage point to 5.25%.",
            "5.25%",
            "interest rate",
        ),
        # lives taken, cases recorded, children immunised
        ("The floods have claimed 23 lives since Friday.", "23", "killed"),
        ("The clinic has recorded 640 cases since May, a spokesman said.", "640", "ill"),
        (
            "About 900,000 children were immunised in the drive.",
            "About 900,000",
            "child (vaccinate)",
        ),
        # a film's takings; tickets counted by their sales
        (
            "The film took $41 million in its opening weekend at the box office.",
            "$41 million",
            "box-office takings",
        ),
        ("The sequel opened to $38m in 3,900 cinemas.", "$38m", "box-office takings"),
        ("Ticket sales for the fair reached 64,000, organisers said.", "64,000", "ticket"),
        # a price per share written "each", an auction price with the buyer's premium
        ("The company sold 12 million shares at $18 each.", "$18", "price per share"),
        (
            "The vase sold for £2.3m including buyer's premium.",
            "£2.3m",
            "price (including premium)",
        ),
        # a first round is another vote than the run-off
        (
            "Ana Ruiz won 38% of the vote and will face Luis Paz in a run-off.",
            "38%",
            "vote share of ana ruiz (first round)",
        ),
        ("Ana Ruiz won the run-off with 52% of the vote.", "52%", "vote share of ana ruiz"),
        # a wire dateline does not hide what is counted
        (
            "OSLO, May 4 (Newswire) - Norwegian consumer prices rose 2.9 percent in the year to April.",
            "2.9 percent",
            "inflation",
        ),
    ],
)
def test_what_a_figure_measures(sentence: str, number: str, measure: str) -> None:
    got = {f.number: measure_of(f) for f in make_brief("x.txt", sentence).figures}
    assert got[number] == measure


@pytest.mark.parametrize(
    ("sentence", "number", "not_measure"),
    [
        ("He walked 30 km to Chester.", "30 km", "distance from Chester"),  # a walk's length
        ("Turnout rose, and 40% of voters backed the mayor.", "40%", "turnout"),  # a share
        ("Lifeguards saved 40 lives this summer.", "40", "killed"),  # lives saved
        ("Police recorded 1,200 cases of fraud last year.", "1,200", "ill"),  # crimes
        ("The shop took £5m in sales last year.", "£5m", "box-office takings"),
        (
            "The painting sold for £4.1m, a hammer price above its estimate.",
            "£4.1m",
            "price (including premium)",
        ),
    ],
)
def test_what_a_figure_does_not_measure(sentence: str, number: str, not_measure: str) -> None:
    got = {f.number: measure_of(f) for f in make_brief("x.txt", sentence).figures}
    assert got[number] != not_measure


def test_rand_with_a_scale_is_money_and_a_bare_r_number_is_a_code() -> None:
    from summarise.find.quantities import find_quantities, parse_quantity

    assert (parse_quantity("R4.8 billion").value, parse_quantity("R4.8 billion").unit) == (
        4.8e9,
        "ZAR",
    )
    assert parse_quantity("R250,000").unit == "ZAR"
    text = "Take the R2 north to the R5 junction. An AR15 was found."
    assert [q.number for q, _ in find_quantities(text, sentences(text))] == []


def test_two_readings_at_two_cities_of_one_country_are_two_places() -> None:
    a = make_brief("a.txt", "Temperatures in Valencia reached 39.5C on Monday, the agency said.")
    b = make_brief("b.txt", "The thermometer at Madrid's Retiro park hit 36.1C on Monday.")
    assert flags(a, b) == []
    c = make_brief("c.txt", "Temperatures in Madrid reached 38.2C on Monday, the agency said.")
    assert flags(b, c) == [("temperature", ["36.1C", "38.2C"])]


def test_a_country_named_like_a_province_elsewhere_is_the_country() -> None:
    from summarise.find.places import compatible, place_levels

    assert place_levels("Niger")[0] == "Niger"  # not Nigeria's Niger State
    assert place_levels("Mali")[0] == "Mali"
    assert place_levels("Georgia")[0] == "United States"  # English news' Georgia: the state
    # a region after its country's possessive is that region
    a = make_brief("a.txt", "Cholera in Niger's Maradi region has killed 31 people since June.")
    assert a.figures[0].place == "Maradi"
    assert compatible(place_levels("Maradi"), place_levels("Niger"))


def test_an_age_written_after_a_name_and_commas_is_that_persons() -> None:
    brief = make_brief("x.txt", "Ines Calder, aged 23, won the final on Sunday.")
    assert [measure_of(f) for f in brief.figures] == ["age of calder"]


def test_two_people_of_one_surname_are_two_ages_and_one_person_is_one() -> None:
    a = make_brief("a.txt", "Pavel Orlov, 41, was jailed on Friday.")
    b = make_brief("b.txt", "His brother Dmitri Orlov, 36, was also jailed.")
    assert flags(a, b) == []  # brothers
    c = make_brief("c.txt", "Mr Orlov, 44, was jailed on Friday.")  # no first name: either
    assert flags(a, b, c) == []
    d = make_brief("d.txt", "Pavel Orlov, 44, a builder, was jailed on Friday.")
    assert flags(a, d) == [("age of orlov", ["41", "44"])]


def test_a_budget_for_one_thing_is_compared_whatever_its_verb_and_tense() -> None:
    a = make_brief(
        "a.txt",
        "The province will spend R2.1 billion on road repairs in the 2026/27 financial year.",
        dated="4 March 2026",
    )
    b = make_brief(
        "b.txt", "The MEC has set aside R3.4bn for road repairs in 2026/27.", dated="4 March 2026"
    )
    assert flags(a, b) == [("budget for repair", ["R2.1 billion", "R3.4bn"])]
    # another thing, or another financial year, is another budget
    c = make_brief("c.txt", "The MEC has set aside R3.4bn for school repairs in 2027/28.")
    assert flags(a, c) == []
    d = make_brief("d.txt", "The MEC has set aside R3.4bn for clinics in 2026/27.")
    assert flags(a, d) == []


def test_a_batters_score_by_a_verb_of_scoring_or_a_possessive_is_theirs() -> None:
    a = make_brief("a.txt", "Opener Kiran Joshi struck a brisk 87 as Pune won by six wickets.")
    b = make_brief("b.txt", "Kiran Joshi's 79 set up the chase for Pune.")
    assert flags(a, b) == [("tally of kiran joshi", ["79", "87"])]
    # another batter's score is another tally
    c = make_brief("c.txt", "Sunil Rao's 79 set up the chase for Pune.")
    assert flags(a, c) == []
    # a country's possessive is no player's: "Britain's 40" are people
    d = make_brief("d.txt", "Britain's 40 were all killed in the crash.")
    assert [measure_of(f) for f in d.figures] == ["killed"]


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        (
            "The strongest gust of Storm Ada, 161 km/h, was recorded at Malin Head.",
            "161 km/h",
            "speed of gust",
        ),
        ("Storm Ada brings 100mph gusts to the west coast", "100mph", "speed of gust"),
        ("Sustained winds of 75mph battered the islands.", "75mph", "speed of wind"),
        ("The lorry was travelling at 70mph when it left the road.", "70mph", "speed of vehicle"),
        ("The road is limited to 40mph.", "40mph", "speed limit"),
        ("The bus was travelling at 60mph on the bend.", "60mph", "speed of vehicle"),
        ("It entered a bend with a 50 km/h speed limit.", "50 km/h", "speed limit"),
    ],
)
def test_what_a_speed_is_of(sentence: str, number: str, measure: str) -> None:
    got = {f.number: measure_of(f) for f in make_brief("x.txt", sentence).figures}
    assert got[number] == measure


def test_two_speeds_of_one_crash_disagree_and_a_limit_is_no_speed() -> None:
    a = make_brief("a.txt", "The coach was travelling at 68mph on a road limited to 50mph.")
    b = make_brief("b.txt", "Police said the coach was doing 82mph when it crashed.")
    assert flags(a, b) == [("speed of vehicle", ["68mph", "82mph"])]
    c = make_brief("c.txt", "The road where the coach crashed has a 60mph speed limit.")
    assert flags(a, c) == [("speed limit", ["50mph", "60mph"])]


def test_a_side_beaten_read_as_two_objects_is_one_name() -> None:
    from summarise.find.grammar import result_sides

    # the tagger reads "Dunmore" and "Town" as two objects of "beat"
    sentence = (
        "Sam Pike scored twice as Kelso Athletic beat Dunmore Town 3-1 at Mill Lane on Sunday."
    )
    at = sentence.index("3-1")
    assert result_sides(sentence, at, at + 3) == "dunmore town v kelso athletic"


@pytest.mark.parametrize(
    ("sentence", "holders"),
    [
        # the second of two shares joined by "to" is the side named before the first
        (
            "Senator Ana Prieto leads Mayor Luis Ortega 47% to 42%, a Brightline poll found.",
            {"47%": "senator ana prieto", "42%": "mayor luis ortega"},
        ),
        # a share "for" a side, and of voters "backing" one
        (
            "A Brightline survey found 45 per cent of likely voters backing Ana Prieto "
            "against 40% for Luis Ortega.",
            {"45 per cent": "ana prieto", "40%": "luis ortega"},
        ),
        # a change from one level to another names no side
        ("Support for the plan rose from 40% to 46% over the year, the poll found.", {}),
    ],
)
def test_whose_each_of_two_shares_is(sentence: str, holders: dict[str, str]) -> None:
    got = {f.number: f.holder for f in make_brief("x.txt", sentence).figures if f.holder}
    assert got == holders


def test_two_polls_of_one_race_told_as_a_lead_and_as_backing_disagree() -> None:
    a = make_brief("a.txt", "Ana Prieto leads Luis Ortega 47% to 42%, a Brightline poll found.")
    b = make_brief(
        "b.txt",
        "A Brightline survey found 44 per cent of likely voters backing Ana Prieto "
        "against 42% for Luis Ortega.",
    )
    assert flags(a, b) == [("poll share of ana prieto", ["44 per cent", "47%"])]


def test_a_countrys_possessive_before_a_company_places_nothing() -> None:
    from summarise.find.places import places_in

    assert places_in("The firm is being bought by Sweden's Norrvik in a cash deal.") == []
    assert places_in("The reading at Lisbon's Belem station was 41C.") == [(15, "Lisbon")]


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        (
            "The grass fire had burnt through 8,400 hectares by Sunday evening.",
            "8,400 hectares",
            "area burned",
        ),
        ("The blaze scorched about 950 acres of forest.", "about 950 acres", "area burned"),
        (
            "Sixty guests were admitted to the district hospital after the meal.",
            "Sixty",
            "hospitalised",
        ),
        ("About 620 workers will lose their jobs when the mill shuts.", "About 620", "job"),
    ],
)
def test_fires_hospital_admissions_and_jobs_lost(sentence: str, number: str, measure: str) -> None:
    got = {f.number: measure_of(f) for f in make_brief("x.txt", sentence).figures}
    assert got[number] == measure


@pytest.mark.parametrize(
    ("sentence", "number", "not_measure"),
    [
        ("The estate covers 8,400 hectares of farmland.", "8,400 hectares", "area burned"),
        ("The college admitted 300 students this autumn.", "300", "hospitalised"),
        ("The mill employs 620 workers.", "620", "job"),
    ],
)
def test_an_estate_a_college_intake_and_a_workforce_are_none_of_those(
    sentence: str, number: str, not_measure: str
) -> None:
    got = {f.number: measure_of(f) for f in make_brief("x.txt", sentence).figures}
    assert got[number] != not_measure


@pytest.mark.parametrize(
    ("sentence", "number", "not_measure"),
    [
        # a rate's words far before a share that is no rate
        ("As bank rates rose the share of firms in trouble climbed to 8%.", "8%", "interest rate"),
        # "each" after a price of something other than shares
        ("The two directors paid $40 each for the dinner.", "$40", "price per share"),
        # sales as a share are no count of things sold
        ("Car sales rose 4% last year.", "4%", "car"),
    ],
)
def test_counter_examples_of_the_fifth_batterys_classes(
    sentence: str, number: str, not_measure: str
) -> None:
    got = {f.number: measure_of(f) for f in make_brief("x.txt", sentence).figures}
    assert got[number] != not_measure


def test_a_capitalised_opening_with_a_dash_that_is_no_dateline_is_read_whole() -> None:
    from summarise.find.grammar import _DATELINE, what_is_counted

    assert _DATELINE.match("OSLO, May 4 (Newswire) - Norwegian prices rose.") is not None
    # a heading's words before a dash, then lower case: no dateline
    assert _DATELINE.match("UK - where 40 people were hurt - braces for more.") is None
    sentence = "US and EU officials met - and 40 people were arrested."
    at = sentence.index("40")
    assert what_is_counted(sentence, [(at, at + 2)])[0].verb == "arrest"
