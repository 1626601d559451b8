"""Classes read from the thirty-fifth battery (analysis and opinion set against plain news):
a prison term after a long description of the convict, a rate called "national", the day a
figure is told against the window it counts, a start told by a pronoun ("since it began in
May"), a record beaten with its year, rates that are no running tallies, one pair flagged
once, and a league's table. Each with what it must do and a counter-example where it must
not. Every sentence is invented."""

from __future__ import annotations

from summarise.corpus.compare import compare_figures
from summarise.find.periods import find_period
from summarise.find.quantities import find_quantities
from summarise.find.text import sentences
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside, compared


def _period(sentence: str, number: str) -> str | None:
    return find_period(sentence, sentence.index(number))


# --- a term after a long description of the convict -----------------------------------------


def test_a_term_after_a_long_apposition_is_found() -> None:
    text = (
        "The regional court on Friday sentenced Ana Lobo, the province's former director of "
        "public works and transport, to eight years in prison."
    )
    found = {q.number: q for q, _ in find_quantities(text, sentences(text))}
    assert found["eight years"].unit == "years"


def test_two_terms_after_long_appositions_are_a_flag() -> None:
    assert_flagged(
        "The regional court on Friday sentenced Ana Lobo, the province's former director of "
        "public works and transport, to eight years in prison for fraud.",
        "A court on Friday sentenced Ana Lobo, the former public works director, to six years "
        "in prison for fraud.",
    )


def test_a_length_far_from_any_sentence_is_no_term() -> None:
    text = "The prison, which opened in the 1990s, will be rebuilt within four years."
    assert all(q.unit != "years" for q, _ in find_quantities(text, sentences(text)))


# --- the national rate is the rate ------------------------------------------------------------


def test_the_national_rate_is_the_rate() -> None:
    assert_flagged(
        "Peru's unemployment rate stood at 7.9 per cent in the March-May quarter, the "
        "institute said on Thursday.",
        "Peru's national unemployment rate was 7.2 per cent in the March-May quarter, the "
        "institute said on Thursday.",
    )


def test_a_part_of_the_population_is_still_another_rate() -> None:
    assert_quiet(
        "Peru's youth unemployment rate stood at 17.9 per cent in the March-May quarter.",
        "Peru's national unemployment rate was 7.2 per cent in the March-May quarter.",
    )


# --- the day a figure is told is not its window -----------------------------------------------


def test_the_day_a_figure_is_published_gives_way_to_its_window() -> None:
    sentence = (
        "The survey, published on Thursday, found that 41 per cent of renters were behind on "
        "their bills in 2026."
    )
    assert _period(sentence, "41 per cent") == "in 2026"
    sentence = (
        "Ministry figures released on Friday showed that 930 people were rescued at sea on "
        "Wednesday."
    )
    assert _period(sentence, "930") == "on Wednesday"
    sentence = "Tickets sold 18,000 over its opening weekend, according to the estimate on Sunday."
    assert _period(sentence, "18,000") == "on Sunday"  # nothing else dates it


def test_the_day_told_stays_where_it_is_the_only_one() -> None:
    sentence = "Police said on Monday that 14 people had been arrested."
    assert _period(sentence, "14") == "on Monday"


def test_a_count_published_a_day_later_is_compared_with_its_day() -> None:
    assert_flagged(
        "Ministry figures released on Friday showed that 930 people were rescued at sea on "
        "Wednesday.",
        "A total of 780 people were rescued at sea on Wednesday, according to ministry "
        "figures released on Friday.",
    )


def test_an_estimate_on_a_day_joins_the_window_the_other_states() -> None:
    assert_flagged(
        "The Quiet Orchard took $31.4 million in North America over its opening weekend, "
        "according to the distributor's estimate on Sunday.",
        "The Quiet Orchard opened with $26.9 million in North America from Friday to Sunday, "
        "the distributor estimated on Sunday.",
    )


def test_a_window_against_another_window_is_still_apart() -> None:
    assert_set_aside(
        "The survey, published on Thursday, found that 41 per cent of renters were behind on "
        "their bills in 2026.",
        "About 33 per cent of renters were behind on their bills in the first half of 2025, "
        "the survey found.",
        "background-year",
    )


# --- a start told by a pronoun ----------------------------------------------------------------


def test_a_start_told_by_a_pronoun_is_a_window() -> None:
    sentence = "The outbreak has reached 212 cases since it began in May, the agency said."
    assert _period(sentence, "212") == "since it began in May"
    assert_flagged(
        "The mumps outbreak in Leeds has reached 212 confirmed cases since it began in May.",
        "The mumps outbreak in Leeds stands at 187 confirmed cases since May.",
    )


def test_a_start_told_by_a_pronoun_is_not_another_start() -> None:
    assert_set_aside(
        "The mumps outbreak in Leeds has reached 212 confirmed cases since it began in May.",
        "The mumps outbreak in Leeds stands at 87 confirmed cases since August.",
        "different-windows",
    )


# --- a record beaten, with its year -----------------------------------------------------------


def test_the_year_of_a_beaten_record_dates_the_record() -> None:
    sentence = "The thermometer at Lleida reached 41.9C on Monday, beating the 40.7C set in 2015."
    assert _period(sentence, "41.9C") == "on Monday"
    assert_flagged(
        "The thermometer at Lleida reached 41.9C on Monday, beating the 40.7C set in 2015.",
        "The thermometer at Lleida recorded a high of 40.2C on Monday, the weather agency said.",
    )


def test_a_reading_of_an_earlier_year_is_still_background() -> None:
    assert_set_aside(
        "The thermometer at Lleida reached 41.9C in 2015, the weather agency said.",
        "The thermometer at Lleida recorded a high of 40.2C on Monday, the weather agency said.",
        "background-year",
    )


# --- a rate is no running tally ---------------------------------------------------------------


def test_a_rate_told_lower_later_is_no_tally_going_back() -> None:
    flags, _ = compared(
        "Mortgage arrears in Ulster rose to 4.1%, the lenders' body said.",
        "Mortgage arrears in Ulster rose to 3.2%, the lenders' body said.",
        one_day="10 June 2026",
        other_day="16 June 2026",
    )
    assert not any("cannot" in str(f) for f in flags)
    assert flags == []


def test_a_count_told_lower_later_is_still_a_tally_going_back() -> None:
    flags, _ = compared(
        "The death toll from the floods in Ulster rose to 40 on Monday.",
        "The death toll from the floods in Ulster rose to 25.",
        one_day="10 June 2026",
        other_day="16 June 2026",
    )
    assert flags == [["25", "40"]]


def test_one_pair_is_flagged_once() -> None:
    # a value's flag and a same-day tally's flag of the same two claims are one flag; the
    # euro area's rate, told lower, is no tally of Slovakia's going back
    flags, _ = compared(
        "Consumer prices in Slovakia rose 3.4% in March from a year earlier, the office "
        "said on Monday, up from 3.1% in February. Across the euro area, inflation is "
        "running at about 2.1%.",
        "Slovak consumer price inflation rose to 3.7% year on year in March from 3.1% in "
        "February, the office said on Monday.",
        one_day="13 April 2027",
        other_day="12 April 2027",
    )
    assert flags == [["3.4%", "3.7%"]]


# --- a league's table -------------------------------------------------------------------------


def test_a_lead_at_the_top_of_a_table_is_a_standing() -> None:
    assert_set_aside(
        "Kelso Rovers moved nine points clear at the top of the Border League on Saturday.",
        "Kelso Rovers went into the weekend six points clear at the top of the Border League.",
        "standing",
    )


def test_points_scored_in_a_game_are_no_standing() -> None:
    assert_flagged(
        "Kelso Rovers scored 31 points against Hawick on Saturday.",
        "Kelso Rovers scored 24 points against Hawick on Saturday.",
    )


def test_a_period_far_from_the_number_does_not_outrank_the_day_told() -> None:
    # "last month" dates the attack, not the count of customers
    sentence = (
        "Insurer Harbour Mutual said on Tuesday that the details of 410,000 customers, "
        "including names and bank details, had been stolen in a cyberattack last month."
    )
    assert _period(sentence, "410,000") == "on Tuesday"


# --- a long-term average is a climate normal ---------------------------------------------------


def test_a_long_term_average_is_no_reading_of_the_year() -> None:
    assert_quiet(
        "The year's mean temperature at Uccle was 12.9C, the institute said on Monday.",
        "The year's mean of 12.9C at Uccle was 1.7 degrees above the long-term average of "
        "11.2C, the institute said on Monday.",
    )


def test_two_readings_of_the_year_are_still_a_flag() -> None:
    assert_flagged(
        "The year's mean temperature at Uccle was 12.9C, the institute said on Monday.",
        "The year's mean temperature at Uccle was 11.2C, the institute said on Monday.",
    )


# --- a count stands on the day it is told -------------------------------------------------------


def test_a_count_told_on_one_day_by_two_articles_is_a_flag() -> None:
    # 14 January 2027 is a Thursday; the opinion piece runs a day later
    flags, _ = compared(
        "The agency's weekly update on Thursday put the mumps outbreak in Leeds at 186 "
        "confirmed cases since October.",
        "The mumps outbreak in Leeds has reached 164 confirmed cases since it began in "
        "October, the agency said in its weekly update on Thursday.",
        one_day="15 January 2027",
        other_day="14 January 2027",
    )
    assert flags == [["164", "186"]]


def test_a_count_told_later_and_higher_is_a_rise() -> None:
    flags, _ = compared(
        "The agency's weekly update on Monday put the mumps outbreak in Leeds at 164 "
        "confirmed cases since October.",
        "The mumps outbreak in Leeds has reached 186 confirmed cases since it began in "
        "October, the agency said on Thursday.",
        one_day="15 January 2027",
        other_day="15 January 2027",
    )
    assert flags == []


# --- years back from the article's ----------------------------------------------------------


def test_years_ago_before_the_number_are_background() -> None:
    found = compare_figures(
        [
            make_brief(
                "a.txt",
                "The storm dropped 96 millimetres of rain on Gandia on Tuesday.",
                dated="30 October 2026",
            ),
            make_brief(
                "b.txt",
                "Three years ago, the gauge at Gandia logged more than 400 millimetres of rain in "
                "a day.",
                dated="30 October 2026",
            ),
        ]
    )
    assert found.conflicts == []
    assert "background-year" in {s.rule for s in found.set_aside}


def test_years_ago_that_date_another_thing_do_not_make_a_figure_background() -> None:
    flags, _ = compared(
        "A pod of 61 pilot whales stranded at Ocean Beach on Wednesday, in a grim echo of "
        "the stranding at the same spot six years ago, rangers said.",
        "Rangers said 38 pilot whales stranded at Ocean Beach on Wednesday.",
        one_day="24 September 2026",
        other_day="24 September 2026",
    )
    assert flags == [["38", "61"]]


# --- a time in a clause that tells of another thing ---------------------------------------------


def _figure_period(text: str, number: str) -> str | None:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return next(f.period for f in brief.figures if f.number == number)


def test_a_year_in_a_clause_about_someone_else_is_not_the_figures() -> None:
    assert_flagged(
        "On Friday a jury ordered Tallis Haulage to pay $3.1 million to Rosa Imrie, a nurse "
        "left with a broken spine after one of its lorries hit her car in 2024.",
        "A jury on Friday awarded $1.9 million to a nurse whose spine was broken when a Tallis "
        "Haulage lorry hit her car.",
    )


def test_a_year_in_a_description_of_the_company_is_not_the_window() -> None:
    text = "Pellworth, founded in Leeds in 2012, sold about 84,000 bicycles last year."
    assert _figure_period(text, "about 84,000") == "last year"


def test_a_clause_of_the_numbers_own_verb_gives_its_window() -> None:
    text = "Dengue has killed 43 people in Sylhet since the outbreak began in June."
    assert _figure_period(text, "43") == "since the outbreak began in June"


def test_a_year_above_the_number_is_still_the_figures() -> None:
    assert_set_aside(
        "In 2019, officials said 40 people had died in the floods in Sylhet.",
        "Officials said 65 people had died in the floods in Sylhet on Tuesday.",
        "background-year",
    )


def test_a_year_of_the_event_a_figure_is_timed_by_is_still_the_figures() -> None:
    assert_set_aside(
        "Thousands of families fled to Armenia after the offensive targeting Stepanakert in 2020.",
        "About 1,200 families fled to Armenia on Tuesday, officials said.",
        "background-year",
    )


# --- an offer told before its terms; a season across two years ---------------------------------


def test_an_offer_told_before_a_colon_is_an_offer() -> None:
    assert_flagged(
        "The operators' federation put its offer on the table on Monday: a 3.5 per cent pay "
        "rise over two years for the ferry crews.",
        "Ferry operators on Monday offered crews a pay rise of 6 per cent over two years.",
    )


def test_what_was_agreed_is_not_an_offer() -> None:
    assert_quiet(
        "The operators' federation put its offer on the table on Monday: a 3.5 per cent pay "
        "rise over two years for the ferry crews.",
        "Ferry crews accepted a pay rise of 6 per cent over two years on Monday.",
    )


def test_a_season_across_two_years_is_a_window() -> None:
    sentence = "About 410 lynx lived in the Jura over the winter of 2025-26, the office said."
    assert _period(sentence, "410") == "over the winter of 2025-26"
    assert_flagged(
        "About 410 lynx lived in the Jura over the winter of 2025-26, the office said on Monday.",
        "An estimated 350 lynx lived in the Jura over the winter of 2025-26, the office said.",
    )


def test_two_seasons_are_two_windows() -> None:
    assert_quiet(
        "About 410 lynx lived in the Jura over the winter of 2025-26, the office said on Monday.",
        "The Jura was home to an estimated 350 lynx over the winter of 2024-25, the office said.",
    )


def test_animals_that_live_somewhere_are_counted_by_their_noun() -> None:
    assert_flagged(
        "About 410 lynx lived in the Jura over the winter of 2025-26, the office said on Monday.",
        "The Jura was home to an estimated 350 lynx over the winter of 2025-26, the office said.",
    )
    assert_flagged(
        "About 41,000 people live in Kendal, the council said.",
        "Kendal is home to 38,000 residents, the council said.",
    )


# --- counts stamped with different hours ---------------------------------------------------------


def test_a_count_of_those_in_a_state_may_fall_through_the_day() -> None:
    assert_quiet(
        "In an update at 15:00 local time, the utility said 2,040 homes were without power.",
        "As of 8am, 5,600 homes were without power, the utility said.",
    )


def test_a_growing_count_stamped_earlier_and_lower_is_a_rise() -> None:
    assert_quiet(
        "The blaze had burned 3,100 hectares as of Wednesday morning, officials said.",
        "The blaze had burned 5,800 hectares by Wednesday evening, officials said.",
    )


def test_a_toll_cannot_fall_through_the_day() -> None:
    assert_flagged(
        "The death toll stood at 31 as of 9am on Tuesday, officials said.",
        "The death toll stood at 24 as of 4pm on Tuesday, officials said.",
    )


def test_one_stamp_two_counts_is_still_a_flag() -> None:
    assert_flagged(
        "As of 8am on Tuesday, 5,600 homes were without power, the utility said.",
        "As of 8am on Tuesday, 3,900 homes were without power, the regulator said.",
    )


def test_two_stamped_readings_are_set_apart() -> None:
    assert_set_aside(
        "As of 9am, the queue of lorries at the Dover crossing was 14 kilometres long, police "
        "said.",
        "As of 5pm, the queue of lorries at the Dover crossing was 6 kilometres long, police said.",
        "different-moments",
    )
