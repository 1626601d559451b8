"""Classes read from the thirty-seventh battery (rolling coverage: hours, updates and
revisions): a count of those in a state read at two moments, a figure told as a revision of
an earlier one, a count that takes in suspected cases, a live blog's entry time, pounds of a
weight, a start in the middle of a month, a clock's zone ("UK time") that is no place, the
water's temperature beside the air's, and a job cut counted by its people. Each with what it
must do and a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

from summarise.article.brief import brief_by_code
from summarise.corpus.compare import claim as compare_claim
from summarise.corpus.reconcile import reconcile
from summarise.find.periods import find_period, hour_span, stamped_hour
from summarise.find.quantities import find_quantities, find_results
from summarise.find.text import sentences
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside, compared


def _units(text: str) -> dict[str, str | None]:
    found = find_quantities(text, sentences(text)) + find_results(text, sentences(text))
    return {q.number: q.unit for q, _ in found}


# --- a count of those in a state is a reading of a moment ---------------------------------------


def test_a_state_read_on_two_days_is_two_moments() -> None:
    flags, rules = compared(
        "Fire crews shut 22 schools in Lindmoor on Monday after the blaze.",
        "Nine schools remained closed in Lindmoor on Wednesday, the council said.",
        one_day="2 March 2026",
        other_day="4 March 2026",
    )
    assert flags == []
    assert "different-moments" in rules


def test_a_state_read_at_two_hours_however_said_is_two_moments() -> None:
    assert_set_aside(
        "About 61,000 homes in Corvale were without power at 7am on Sunday after the gale, "
        "the network operator said.",
        "Some 14,500 homes in Corvale were still without electricity at 8pm on Sunday, the "
        "network operator said.",
        "different-moments",
    )


def test_one_moment_said_two_ways_is_still_a_flag() -> None:
    # "this morning" may be 9am: the same reading, and the counts differ
    assert_flagged(
        "Some 61,000 homes in Corvale were without power this morning after the gale, the "
        "network operator said.",
        "As of 9am, 24,000 homes in Corvale were without electricity, the network operator said.",
    )


def test_a_state_on_the_same_day_without_hours_is_still_a_flag() -> None:
    flags, _ = compared(
        "Nine schools remained closed in Lindmoor on Wednesday, the council said.",
        "Some 17 schools remained closed in Lindmoor on Wednesday, officials said.",
        one_day="4 March 2026",
        other_day="4 March 2026",
    )
    assert flags != []


def test_a_state_told_at_an_hour_on_a_day_is_of_that_day() -> None:
    # told on Monday at 7pm, and told "on Monday evening" in an article of Tuesday: one moment
    flags, _ = compared(
        '"Fifteen people are still missing," the mayor said at around 7 pm on Monday.',
        "Six people remained missing on Monday evening, the mayor said.",
        one_day="7 July 2026",
        other_day="7 July 2026",
    )
    assert flags != []


def test_a_toll_cannot_fall_from_one_hour_to_a_later_one() -> None:
    # a toll is no state: 33 at 9am and 26 at 3pm of one day cannot both be the toll
    assert_flagged(
        "The death toll from the ferry fire rose to 33 on Friday morning, the coastguard said in a "
        "statement issued at 9am.",
        "Rescuers were still searching the ferry, where 26 people had died as of 3pm on "
        "Friday, the coastguard said.",
    )


def test_a_part_of_the_day_is_a_span_of_hours() -> None:
    assert hour_span("As of 9am, 300 were missing.") == (9.0, 9.0)
    assert hour_span("By Friday evening, 300 were missing.") == (17.0, 23.0)
    assert hour_span("300 were without power at 6am.") is None
    assert hour_span("300 were without power at 6am.", loose=True) == (6.0, 6.0)
    assert hour_span("Rates rose at 4.50 per cent.", loose=True) is None


# --- a figure told as a revision of an earlier one ----------------------------------------------


def test_a_figure_revised_up_from_the_other_is_set_aside() -> None:
    assert_set_aside(
        "Police said in a first estimate that 25 shops had been looted in Varnholt overnight.",
        "A total of 38 shops were looted in Varnholt overnight, police said, revising up "
        "their first count after daylight checks.",
        "revised",
    )


def test_a_raised_offer_is_set_aside() -> None:
    assert_set_aside(
        "Brenlow Group made a cash offer of 310 pence per share for Quarry Lane on Monday morning.",
        "Brenlow Group raised its offer for Quarry Lane to 345 pence per share on Monday evening.",
        "revised",
    )


def test_two_reports_of_one_revised_figure_are_a_flag() -> None:
    # both report the forecast as it now stands: neither is the earlier one
    assert_flagged(
        "The central bank on Tuesday cut its forecast for growth in 2027 to 1.4%.",
        "The central bank now expects the economy to grow 2.2% in 2027, it said on Tuesday.",
    )


def test_a_revision_of_another_figure_leaves_the_count_compared() -> None:
    assert_flagged(
        "Fenwick Mills reported sales of $2.1 billion in the second quarter on Thursday.",
        "Fenwick Mills said on Thursday it had sales of $2.6 billion in the second quarter, "
        "and raised its forecast for the year.",
    )


def test_a_revision_the_other_way_is_still_a_flag() -> None:
    # revised up to 38, but the other says 52: not the figure it was revised from
    assert_flagged(
        "Police said in a first estimate that 52 shops had been looted in Varnholt overnight.",
        "A total of 38 shops were looted in Varnholt overnight, police said, revising up "
        "their first count after daylight checks.",
    )


def test_two_plain_counts_without_a_revision_are_a_flag() -> None:
    assert_flagged(
        "Police said 25 shops had been looted in Varnholt overnight.",
        "A total of 38 shops were looted in Varnholt overnight, police said.",
    )


# --- a count that takes in suspected cases -----------------------------------------------------


def test_confirmed_cases_and_cases_with_suspected_ones_are_two_statistics() -> None:
    assert_set_aside(
        "The health office said on Friday it had recorded 18 confirmed cases of mumps in Ostrava.",
        "Ostrava has recorded 41 cases of mumps, including suspected cases awaiting tests, "
        "the health office said on Friday.",
        "different-variants",
    )


def test_confirmed_cases_against_cases_without_a_word_are_a_flag() -> None:
    assert_flagged(
        "The health office said on Friday it had recorded 18 confirmed cases of mumps in Ostrava.",
        "Ostrava has recorded 41 cases of mumps, the health office said on Friday.",
    )


# --- a live blog's entry time ------------------------------------------------------------------


def test_a_live_blog_entry_time_is_no_race_time() -> None:
    text = "11:45 - Okafor opens a gap of ten seconds on the leaders near the harbour."
    assert all(u != "h:m:s" for u in _units(text).values())


def test_a_race_time_is_still_found() -> None:
    text = "Okafor won the race in 2:11:05, the organisers said."
    assert "h:m:s" in _units(text).values()


def test_a_live_blog_entry_time_stamps_its_count() -> None:
    assert stamped_hour("14:30 - Paramedics have now treated 210 fans, the club says.") == 14.5
    assert stamped_hour("The club says 14 of its 30 stewards were hurt.") is None


def test_a_tally_told_lower_at_a_later_entry_is_a_flag() -> None:
    assert_flagged(
        "14:30 - Paramedics have now treated 210 fans at the stadium, the club says.",
        "Paramedics had treated 150 fans at the stadium by 5pm, the club said.",
    )


# --- pounds of a weight ------------------------------------------------------------------------


def test_pounds_of_a_thing_weighed_are_a_weight() -> None:
    assert _units("Crews collected 3,400 pounds of litter from the river.")["3,400 pounds"] == "lb"
    assert _units("The bull, weighing 1,900 pounds, was sold.")["1,900 pounds"] == "lb"


def test_pounds_of_money_are_money() -> None:
    assert _units("The trust spent 3,400 pounds of public money.")["3,400 pounds"] == "GBP"
    assert _units("He was fined 900 pounds on Monday.")["900 pounds"] == "GBP"


def test_tonnes_and_pounds_of_one_catch_agree() -> None:
    assert_quiet(
        "Fishers landed 5 tonnes of herring at Port Elm on Monday.",
        "Fishers landed about 11,000 pounds of herring at Port Elm on Monday.",
    )


# --- a start in the middle of a month ----------------------------------------------------------


def test_since_it_began_in_mid_month_is_a_start() -> None:
    sentence = "Some 70 people have died across the country since the rains began in mid-July."
    assert find_period(sentence, sentence.index("70")) == "since the rains began in mid-July"


# --- places: one of another clause's number, a clock's zone -----------------------------------


_DAY = "14 June 2026"


def _by_code(one: str, other: str) -> tuple[list[list[str]], set[str]]:
    """Flags and set-aside rules of two articles briefed by code alone (places as the parse
    finds them, as the battery's rules-only run does)."""
    corpus = reconcile(
        [
            brief_by_code(f"Headline one\nPublished {_DAY}\n\n{one}\n", "a.txt", _DAY),
            brief_by_code(f"Headline two\nPublished {_DAY}\n\n{other}\n", "b.txt", _DAY),
        ]
    )
    flags = [sorted(c.number for c in f.claims) for f in corpus.conflicts]
    return flags, {s.rule for s in corpus.set_aside}


def test_a_place_of_another_clause_number_stays_apart_by_code() -> None:
    flags, rules = _by_code(
        "In Kirkby, police arrested 40 people on Saturday while officers in Tarbock held 120.",
        "Police in Tarbock arrested 120 people on Saturday.",
    )
    assert flags == []
    assert "different-places" in rules


def test_a_place_before_another_number_of_its_clause_is_that_numbers() -> None:
    assert_set_aside(
        "In Kirkby, police arrested 40 people on Saturday while officers in Tarbock held 120.",
        "Police in Tarbock arrested 120 people on Saturday.",
        "different-places",
    )


def test_a_clocks_zone_is_no_place() -> None:
    from summarise.find.places import places_in

    found = places_in("The jet landed in the Polish capital at 4.10pm UK time, said LOT in Warsaw.")
    assert [p for _, p in found] == ["Warsaw"]


def test_a_place_before_a_word_that_starts_with_time_is_still_a_place() -> None:
    from summarise.find.places import places_in

    found = places_in("Flights on the UK timetable were cut for a third time, said LOT in Warsaw.")
    assert [p for _, p in found] == ["UK", "Warsaw"]


# --- the water's temperature is not the air's --------------------------------------------------


def test_a_water_temperature_and_an_air_temperature_are_two_variants() -> None:
    assert_set_aside(
        "Water temperatures near the shore reached 81 degrees Fahrenheit on Monday, a buoy showed.",
        "Swimmers flocked to the lake as temperatures passed 33C on Monday.",
        "different-variants",
    )


def test_two_water_temperatures_are_compared() -> None:
    assert_flagged(
        "Sea surface temperatures off Fremantle reached 27C on Monday, the bureau said.",
        "The sea temperature off Fremantle was 22C on Monday, the bureau said.",
    )


# --- a job cut counted by its people ------------------------------------------------------------


def test_workers_laid_off_and_jobs_cut_are_one_count() -> None:
    assert_flagged(
        "Corran Bank will lay off about 450 workers in Cork this year, it said on Monday.",
        "Corran Bank will cut 1,300 jobs in Cork this year, it said on Monday.",
    )


def test_workers_on_strike_are_no_jobs_cut() -> None:
    assert_set_aside(
        "About 7,000 workers at Corran Steel walked out in Cork on Monday, the union said.",
        "Corran Steel will cut 1,300 jobs in Cork, it said on Monday.",
        "forecast",
    )


# --- a year a figure is set against -----------------------------------------------------------


def test_a_year_the_figure_is_set_against_is_not_its_own() -> None:
    flags, _ = _by_code(
        "Turnout in Slovenia's municipal elections stood at 24.1% at 11:00 on Sunday, the "
        "state electoral commission said, well above the figure at the same time in 2022.",
        "Some 19.8% of eligible voters had cast their ballots in Slovenia's municipal "
        "elections by 11am on Sunday, according to the state electoral commission.",
    )
    assert flags == [["24.1%", "Some 19.8%"]]


def test_a_figure_of_an_earlier_year_is_still_background() -> None:
    flags, rules = _by_code(
        "Turnout in Slovenia's municipal elections stood at 24.1% in 2022, the state electoral "
        "commission said.",
        "Some 19.8% of eligible voters had cast their ballots in Slovenia's municipal "
        "elections by 11am on Sunday, according to the state electoral commission.",
    )
    assert flags == []
    assert "background-year" in rules


# --- a dateline with a colon -------------------------------------------------------------------


def test_a_dateline_with_a_colon_is_no_part_of_the_sentence() -> None:
    from summarise.find.grammar import what_is_counted, without_dateline

    sentence = "PUNE: Retail inflation eased to 4.2 per cent in May, data showed on Friday."
    at = sentence.index("4.2 per cent")
    assert what_is_counted(sentence, [(at, at + 12)])[0].noun == "inflation"
    assert without_dateline(sentence).startswith("      Retail")


def test_a_label_with_a_colon_inside_a_sentence_stays() -> None:
    from summarise.find.grammar import without_dateline

    sentence = "Officials said: Retail inflation eased to 4.2 per cent."
    assert without_dateline(sentence) == sentence


def test_a_change_against_a_year_keeps_its_year() -> None:
    # "2.4% higher ..., well above the same quarter of 2025": a change over a year, not
    # the quarter's growth
    flags, _ = _by_code(
        "Portugal's output was 2.4% higher in the first quarter, the institute said on "
        "Thursday, well above the same quarter of 2025.",
        "Portugal's economy grew by 0.6% in the first quarter of the year, the institute said "
        "on Thursday.",
    )
    assert flags == []


# --- an outage's length: "down for", "a 90-minute outage" --------------------------------------


def test_an_outage_told_as_down_for_and_in_minutes_is_a_flag() -> None:
    flags, _ = _by_code(
        "Tembo Pay's mobile money service was down for nearly seven hours on Friday, leaving "
        "traders unable to take payments.",
        "Tembo Pay has apologised to customers for Friday's 45-minute outage, which it blamed "
        "on a software upgrade.",
    )
    assert flags == [["45-minute", "nearly seven hours"]]


def test_a_price_down_for_a_day_is_no_outage() -> None:
    text = "Shares in Tembo Pay were down for a third day, and the index was down for two weeks."
    assert [f for f in make_brief("a.txt", text).figures if f.unit == "hours"] == []


# --- a profit after tax is the net profit -------------------------------------------------------


def test_an_after_tax_profit_and_a_net_profit_are_one_variant() -> None:
    assert_flagged(
        "Malabar Bank reported a net profit of ₹2,140 crore for the quarter, it said on Monday.",
        "Malabar Bank reported an after-tax profit of ₹1,610 crore for the quarter, it said on "
        "Monday.",
    )


def test_a_pre_tax_profit_and_a_net_profit_stay_two_variants() -> None:
    assert_set_aside(
        "Malabar Bank reported a net profit of ₹2,140 crore for the quarter, it said on Monday.",
        "Malabar Bank reported a pre-tax profit of ₹2,910 crore for the quarter, it said on "
        "Monday.",
        "different-variants",
    )


# --- GDP growth is the economy's growth ---------------------------------------------------------


def test_gdp_growth_and_the_economys_growth_are_one_rate() -> None:
    flags, _ = _by_code(
        "Kenya's economy expanded 5.1% in the April-June quarter, the statistics office said on "
        "Friday.",
        "Kenya's GDP growth slowed to 4.4 per cent in the April-June quarter, the statistics "
        "office said on Friday.",
    )
    assert flags == [["4.4 per cent", "5.1%"]]


def test_a_sectors_growth_is_still_a_part() -> None:
    flags, _ = _by_code(
        "Kenya's economy expanded 5.1% in the April-June quarter, the statistics office said on "
        "Friday.",
        "Kenya's manufacturing growth slowed to 2.4 per cent in the April-June quarter, the "
        "statistics office said on Friday.",
    )
    assert flags == []


# --- a currency name several currencies share ---------------------------------------------------


def test_bare_francs_are_the_swiss_francs_another_article_names() -> None:
    assert_flagged(
        "Alpvia Group agreed to buy Renggli Instruments for 2.8 billion Swiss francs in cash, "
        "the companies said on Monday.",
        "Alpvia Group will pay 3.9 billion francs in cash for Renggli Instruments, it said on "
        "Monday.",
    )


def test_bare_pesos_stay_unread_where_two_pesos_are_named() -> None:
    from summarise.corpus.compare import _shared_unit_named

    briefs = [
        make_brief("a.txt", "Grupo Lerma paid 900 million Mexican pesos for the mill."),
        make_brief("b.txt", "Grupo Lerma paid 40 billion Argentine pesos for a port."),
        make_brief("c.txt", "Grupo Lerma paid 1.2 billion pesos for the mill."),
    ]
    found = [[(f, compare_claim(b.provenance.source, f)) for f in b.figures] for b in briefs]
    units = {c.number: c.unit for pairs in _shared_unit_named(found) for _, c in pairs}
    assert units["1.2 billion pesos"] == "pesos"
