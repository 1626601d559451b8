"""Classes found this session on interviews and quoted voices (a comeback's score; a count
had over a span; a financial year by its two years; a union's ballot; a stake owned; where a
speaker spoke; a judged clause; doings that cannot be one count), each with what it must do
and a counter-example where it must not. Every sentence is invented."""

from __future__ import annotations

from summarise.find.grammar import _doing, parse
from tests.synthetic import measures_of, one_sentence
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside

# --- a comeback: the moment of the game before the result's verb is another clause's ------


def test_a_comeback_s_final_score_is_a_result() -> None:
    measures = measures_of(
        "Ashby Town came from two goals down to beat Kelso Rovers 3-2 on Saturday."
    )
    assert [m for m in measures.values() if m.startswith("score")], measures
    assert_flagged(
        "Ashby Town came from a goal down to beat Kelso Rovers 3-2 on Saturday.",
        "Ashby Town beat Kelso Rovers 2-1 on Saturday.",
    )


def test_a_moment_after_the_result_s_verb_is_still_a_moment() -> None:
    # counter-example: "won the first half 2-0" and "led 1-0 at the break" give no result
    assert measures_of("Kelso Rovers won the first half 2-0 before fading.") == {}
    assert measures_of("Kelso Rovers led 1-0 at half-time.") == {}


# --- a count had over a span is a count of a doing, not a standing total ------------------


def test_visitors_had_over_the_days_are_the_crowd_drawn() -> None:
    assert_flagged(
        "The Lakeshore festival drew 88,000 visitors over three days, organisers said on Monday.",
        "We had 61,000 visitors across the three days, the festival's director said on Monday.",
    )


def test_shops_a_chain_has_stay_a_standing_total() -> None:
    # counter-example: "has 212 shops across the country" is a place, not a span
    assert_set_aside(
        "The chain closed 48 shops on Monday, it said.",
        "The chain has 212 shops across the country, it said on Monday.",
        "standing-total",
    )


# --- a financial year by its two years, "2026 to 2027" and "2026-27" ----------------------


def test_a_financial_year_in_words_and_in_figures_is_one_window() -> None:
    assert_flagged(
        "The council approved a £410 million budget for 2026 to 2027 on Thursday.",
        "Councillors approved a £455 million budget for 2026-27 on Thursday night.",
    )


def test_two_financial_years_stay_apart() -> None:
    # counter-example: the next year's budget is another budget
    assert_set_aside(
        "The council approved a £410 million budget for 2026-2027 on Thursday.",
        "Councillors approved a £455 million budget for 2027-28 on Thursday night.",
        "different-windows",
    )
    assert_quiet(
        "The council approved a £410 million plan for 2026 to 2030 on Thursday.",
        "Councillors approved a £455 million budget for 2027-28 on Thursday night.",
    )


# --- a union's ballot: the share of members who voted yes is the yes vote ------------------


def test_a_share_of_members_voting_yes_is_the_yes_vote() -> None:
    assert measures_of(
        "Some 74 per cent of our members voted yes, on a turnout of 61 per cent."
    ) == {
        "Some 74 per cent": "vote share of yes",
        "61 per cent": "turnout",
    }
    assert_flagged(
        "Some 74 per cent of our members voted yes, the union's leader said.",
        "Porters backed strike action, with 59 per cent voting in favour, the union said.",
    )


def test_a_share_of_members_who_chose_no_side_is_no_vote() -> None:
    # counter-example: who the members are is no ballot's result
    assert measures_of("Some 74 per cent of members are women, the union said.") == {
        "Some 74 per cent": "member"
    }


# --- a share of a company owned is a stake ---------------------------------------------------


def test_a_share_of_the_company_owned_is_a_stake() -> None:
    assert measures_of("They now own 26 per cent of the company, she said.") == {
        "26 per cent": "stake"
    }
    assert_flagged(
        "They now own 26 per cent of the company, the founder said on Monday.",
        "The fund has taken a 17 per cent stake in the payments firm, it said on Monday.",
    )


def test_a_share_of_a_market_held_is_no_stake() -> None:
    # counter-example: a market is no company
    assert measures_of("The group controls 30 per cent of the market, it said.") == {
        "30 per cent": "market"
    }


# --- where a speaker spoke places nothing ----------------------------------------------------


def test_the_room_a_speaker_spoke_in_places_no_figure() -> None:
    assert_flagged(
        "Portugal's unemployment rate fell to 6.1% in the third quarter, the statistics office "
        "said on Thursday.",
        '"We are at 6.8 per cent unemployment for the third quarter," she said in her office in '
        "Lisbon on Friday.",
    )
    assert_flagged(
        "Floods forced 3,200 people from their homes in Cremona province, officials said.",
        "Floods forced 5,100 people from their homes in Cremona province, the mayor told us by "
        "phone from Milan.",
    )


def test_a_place_the_figure_names_still_places_it() -> None:
    # counter-example: the figure's own place is kept, whatever room the speaker sat in
    assert (
        one_sentence("Unemployment in Porto rose to 9.1%, she said in her office in Lisbon.")
        .figures[0]
        .place
        == "Porto"
    )


# --- a clause a judging verb holds: "we estimate 700 barrels leaked" -------------------------


def test_a_judged_clause_gives_its_own_doing() -> None:
    assert measures_of("We estimate 640 barrels leaked before the valve was shut.") == {
        "640 barrels": "volume (leak)"
    }


def test_a_judged_object_with_no_clause_keeps_its_verb() -> None:
    # counter-example: "estimated the damage at" names the damage
    assert measures_of("Officials estimated the damage at 300 million dollars.") == {
        "300 million dollars": "damage"
    }


# --- doings that cannot be one count: delayed and cancelled, created and cut ---------------


def test_delayed_and_cancelled_trains_are_set_aside() -> None:
    assert_set_aside(
        "More than 300 trains were delayed on Friday after a power failure, the operator said.",
        '"We cancelled 64 trains on Friday, and many more ran late," the operator\'s chief said.',
        "different-doings",
    )
    assert_set_aside(
        "The carmaker will cut 900 jobs at its plant in Tarragona, it said on Monday.",
        "The carmaker will create 300 new jobs at its plant in Tarragona, it said on Monday.",
        "different-doings",
    )


def test_one_doing_told_twice_is_still_a_flag() -> None:
    # counter-example: two counts of trains cancelled on one day
    assert_flagged(
        "The operator cancelled 120 trains on Friday, it said.",
        '"We cancelled 64 trains on Friday," the operator\'s chief said.',
    )
    assert_flagged(
        "The carmaker will cut 900 jobs at its plant in Tarragona, it said on Monday.",
        "The carmaker is to shed 1,300 jobs at its plant in Tarragona, it said on Monday.",
    )


# --- a sum is no one befallen; a haul told by two verbs of taking is one haul ----------------


def test_a_sum_escaped_with_is_a_haul_not_the_displaced() -> None:
    assert measures_of("Robbers blew open a cash van on Monday and escaped with R2.6 million.") == {
        "R2.6 million": "money taken"
    }
    assert_flagged(
        "Robbers blew open a cash van near Brakpan on Monday and escaped with R2.6 million, "
        "police said.",
        '"They got away with R1.1 million from that van on Monday," the security firm\'s chief said.',
    )


def test_people_who_escaped_are_still_the_displaced() -> None:
    # counter-example: people escaping are a count of the displaced, and a sum taken by
    # another verb is no haul
    assert measures_of("About 4,000 people escaped the flames on Monday, police said.") == {
        "About 4,000": "displaced"
    }
    assert measures_of("The fund took R2.6 million in fees on Monday.") != {
        "R2.6 million": "money taken"
    }


# --- "I crossed in 2:08:12," the runner said: the time is the speaker's ----------------------


def test_a_time_told_in_the_first_person_is_the_speaker_s() -> None:
    assert_flagged(
        '"I crossed in 2:08:12. The wind was strong," Daniel Kiprotich said after the race.',
        "Kenya's Daniel Kiprotich won the Lisbon marathon on Sunday in 2:07:31.",
    )


def test_a_time_the_speaker_watched_is_not_the_speaker_s() -> None:
    # counter-example: the speaker saw another runner's time
    brief = one_sentence(
        '"I watched her cross the line in 2:21:40 from the car," coach Daniel Kiprotich said.'
    )
    assert all("kiprotich" not in (f.counted or "") for f in brief.figures if f.unit == "h:m:s"), (
        brief.figures
    )


# --- a search for people counts the missing --------------------------------------------------


def test_people_still_searched_for_are_the_missing() -> None:
    assert measures_of('"We are still looking for 9 people," the district officer said.') == {
        "9": "missing"
    }
    assert_flagged(
        "Seventeen people remain missing after the landslide, police said on Monday.",
        '"We are still searching for 9 people," the district officer said on Monday.',
    )


def test_people_looked_for_to_fill_posts_are_no_missing() -> None:
    # counter-example: a firm looking for staff
    assert measures_of("The firm is looking for 200 people to staff its new plant.") != {
        "200": "missing"
    }


# --- a start told day first, and the year's first days as its start --------------------------


def test_since_the_second_of_january_is_the_year_so_far() -> None:
    assert_flagged(
        "The country has recorded 2,140 cases of cholera since 2 January, the ministry said on "
        "Tuesday.",
        "We have recorded 1,270 cases since the start of January, the minister said on Tuesday.",
    )


def test_since_late_january_is_another_window() -> None:
    # counter-example: a start three weeks into the year is its own window
    assert_set_aside(
        "The country has recorded 2,140 cases of cholera since 20 January, the ministry said on "
        "Tuesday.",
        "We have recorded 1,270 cases since the start of January, the minister said on Tuesday.",
        "different-windows",
    )


# --- a film that "opened to" a sum: its opening takings --------------------------------------


def test_a_film_opening_to_a_sum_is_its_takings() -> None:
    assert measures_of('"We opened to $23 million in North America," the director said.') == {
        "$23 million": "box-office takings"
    }


def test_shares_opening_at_a_price_are_no_takings() -> None:
    # counter-example: a price a share opened at
    assert measures_of("Shares in the studio opened at $23 on Monday.") != {
        "$23": "box-office takings"
    }


def test_a_start_cut_short_or_told_as_the_beginning_is_the_same_start() -> None:
    assert_flagged(
        "The province has recorded 1,410 cases of cholera since 1 Mar, the directorate said on Wed.",
        "The outbreak has reached 2,030 cases since the beginning of March, the director said on "
        "Wednesday.",
    )


def test_a_start_in_another_month_is_another_window() -> None:
    # counter-example: the first days of March and of April are two starts
    assert_set_aside(
        "The province has recorded 1,410 cases of cholera since 1 Mar, the directorate said on Wed.",
        "The outbreak has reached 2,030 cases since 2 April, the director said on Wednesday.",
        "different-windows",
    )


def test_an_adverb_before_a_particle_keeps_the_phrasal_verb() -> None:
    # counter-example to reading an adverb as the particle: "quickly" is no particle, and
    # the "down" after it still makes "turned down" a rejection
    doc = parse("The offer was quickly turned down by the union.")
    assert [_doing(t) for t in doc if t.lower_ == "turned"] == ["reject"]
