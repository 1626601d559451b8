"""Classes found this session on figures in at-a-glance formats (key-facts boxes, bullets,
explainers with question subheads) against running prose: a clause's own verb names its
count, not the clause before it; a count named by its verb alone is of the people another
article counts under that verb; a lead in votes at the count is a winning margin; a data
rate is a measurement, and two stated maximums of one are one value; an explainer's answer
given by its source ("Officials say 41"), with its own period, and a sum asked as taken; a
provisional result is a full count; an emergency line's number counts nothing; how long a
doing lasted, told in hours and minutes, as "N hours of" it, or as its end "after N days".
Each with what it must do and a counter-example where it must not. Every sentence is
invented."""

from __future__ import annotations

from tests.synthetic import measures_of, one_sentence
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside, compared

# --- a clause's own verb names its count, not the clause before it -------------------------


def test_the_rescued_after_the_dead_are_no_death_toll() -> None:
    measures = measures_of("Two hikers died and 35 people were rescued from the gorge on Saturday.")
    assert measures == {"Two": "killed", "35": "people (rescue)"}
    measures = measures_of("Two hikers died and 35 were rescued from the gorge on Saturday.")
    assert measures["35"] != "killed", measures


def test_a_box_label_and_a_category_in_one_clause_still_name_the_count() -> None:
    # counter-examples: a colon is no clause break, and a clause's own category stays
    assert measures_of("Confirmed dead: 12") == {"12": "killed"}
    assert measures_of("Three people were killed and 12 others were hurt.") == {
        "Three": "killed",
        "12": "injured",
    }


# --- a count named by its verb alone is of the people another article counts so --------


def test_rescued_in_a_box_meets_people_rescued_in_prose() -> None:
    assert_flagged(
        "Gorge rescue: key facts\nRescued: 35\nDead: 2",
        "Two hikers died and 22 people were rescued from the gorge on Saturday.",
    )
    assert_flagged(
        "Two hikers died and 35 were rescued from the gorge on Saturday.",
        "Rescuers said 22 people were rescued from the gorge on Saturday.",
    )


def test_rescued_in_a_box_does_not_meet_children_rescued() -> None:
    # counter-example: the children are a part of those rescued
    assert_quiet(
        "Gorge rescue: key facts\nRescued: 35\nDead: 2",
        "Two hikers died and 22 children were rescued from the gorge on Saturday.",
    )


# --- a lead in votes at the count is a winning margin -------------------------------------


def test_ahead_by_votes_is_the_winning_margin() -> None:
    assert measures_of("The final count put Ortiz ahead by 1,284 votes.") == {"1,284": "margin"}
    assert measures_of("Labour finished 300 votes ahead of the Greens.") == {"300": "margin"}
    assert_flagged(
        "The final count put Ortiz ahead by 1,284 votes.",
        "Ortiz beat Hale by a margin of 3,150 votes.",
    )


def test_ahead_by_goals_at_half_time_is_no_winning_margin() -> None:
    # counter-examples: a moment of a game, and a party's votes won
    assert measures_of("Rovers were ahead by two goals at half-time.") == {"two": "goal"}
    assert measures_of("The Greens received 1,284 votes.") == {"1,284": "vote of greens"}
    assert_set_aside(
        "Rovers were ahead by two goals at half-time.", "Rovers won by three goals.", "margin"
    )


# --- a data rate is a measurement; two stated maximums of one are one value ----------------


def test_two_maximum_speeds_of_one_service_are_a_flag() -> None:
    assert measures_of("It reaches speeds of up to 1.2 Gbps.") == {"up to 1.2 Gbps": "data rate"}
    assert_flagged(
        "The service offers speeds of up to 1.2 Gbps, the company says.",
        "Subscribers get download speeds of up to 500 megabits per second, it said.",
    )


def test_download_and_upload_speeds_are_two_measures() -> None:
    # counter-example: an upload speed is no download speed, and rounding explains 900/1,000
    assert measures_of("The plan offers 900Mbps downloads and 110Mbps uploads.") == {
        "900Mbps": "data rate",
        "110Mbps": "data rate (upload)",
    }
    assert_quiet(
        "The plan offers up to 900Mbps downloads and 110Mbps uploads.",
        "The plan offers download speeds of up to 1Gbps.",
    )


def test_two_ceilings_of_a_count_are_no_flag() -> None:
    # counter-example: "up to 200 people" is an estimate's ceiling, not a stated maximum
    flags, _ = compared(
        "Up to 200 people may have been on the ferry.",
        "Up to 120 people may have been on the ferry, police said.",
    )
    assert flags == []


def test_basis_points_stay_basis_points() -> None:
    # counter-example: "bps" after a rate cut is basis points, not bits per second
    assert measures_of("The bank cut rates by 25 bps.") == {
        "25 bps": "change of interest rate (points)"
    }


# --- an explainer's answer given by its source ---------------------------------------------


def test_an_answer_given_by_its_source_is_read_with_its_question() -> None:
    assert_flagged(
        "Quake: what we know\n\nHow many were hurt?\nOfficials say 41, most of them lightly.",
        "At least 58 people were injured in the quake, officials said.",
    )


def test_a_source_s_line_after_no_question_is_read_alone() -> None:
    # counter-example: no question before it, so the line names its own count
    assert measures_of("The storm hit on Monday.\nOfficials say 41 homes were damaged.") == {
        "41": "home"
    }


# --- a provisional result is a full count; results from a share of stations are not -------


def test_a_provisional_result_is_a_full_count() -> None:
    assert_flagged(
        "The North Alliance won 38 seats, according to the provisional result.",
        "The North Alliance won 31 seats, the provisional result showed on Monday.",
    )


def test_a_preliminary_result_is_still_a_partial_count() -> None:
    # counter-examples: "preliminary results" are counted as partial, as before, and so are
    # results from a share of the polling stations, however they are named
    assert_set_aside(
        "The North Alliance won 38 seats, according to preliminary results.",
        "The North Alliance won 31 seats in Sunday's election.",
        "partial-count",
    )
    assert_set_aside(
        "Ana Ruiz led with 47.1% of the vote, provisional results from 64 per cent of polling"
        " stations showed on Monday.",
        "Ana Ruiz won with 52.3% of the vote, the final count showed on Monday.",
        "partial-count",
    )


# --- an explainer's answer: its own period and its sum --------------------------------------


def test_an_answer_s_own_period_outranks_its_question_s() -> None:
    text = "Jabs: what to know\n\nHow many doses have been given so far?\nAbout 90,000 in the first week."
    brief = one_sentence(text)
    assert [f.period for f in brief.figures] == ["in the first week"]
    # counter-example: an answer with no period of its own takes the question's
    text = "Jabs: what to know\n\nHow many doses have been given so far?\nAbout 90,000, officials said."
    assert [f.period for f in one_sentence(text).figures] == ["so far"]


def test_a_sum_asked_as_taken_is_money_taken() -> None:
    assert measures_of("Fraud: the facts\n\nHow much was taken?\nPolice say €2.1 million.") == {
        "€2.1 million": "money taken"
    }
    # counter-example: a film's takings are no theft
    assert measures_of("The film took $84.5 million in its opening weekend.") == {
        "$84.5 million": "box-office takings"
    }


def test_a_speed_in_gigabits_is_a_data_rate_per_second() -> None:
    assert measures_of("Trials showed average speeds of 2.3 gigabits.") == {
        "2.3 gigabits": "data rate"
    }
    # counter-example: a bar a share of homes is measured against is no reading of a speed
    assert measures_of("Some 18% of homes had speeds below 30 Mbps.")["below 30 Mbps"] == (
        "data rate (threshold)"
    )


# --- an emergency line's number is no count --------------------------------------------------


def test_an_emergency_number_names_a_call_and_counts_nothing() -> None:
    assert measures_of("The first 999 call reached the control room at 2.40am.") == {}
    assert measures_of("A neighbour dialled 911 when she saw the smoke.") == {}
    assert measures_of("Dozens of 999 calls were made during the night.") == {"Dozens": "call"}


def test_a_count_that_happens_to_be_999_is_still_a_count() -> None:
    # counter-examples: calls received, and people hurt, numbered as a line might be
    assert measures_of("The control room received 999 calls on Monday.") == {"999": "call"}
    assert measures_of("Some 112 people were hurt in the crush.") == {"Some 112": "injured"}


# --- how long a doing lasted, told in more ways --------------------------------------------


def test_a_length_in_hours_and_minutes_is_one_length() -> None:
    assert measures_of("The spacewalk lasted 5 hours and 48 minutes on Friday.") == {
        "5 hours and 48 minutes": "length of spacewalk"
    }
    assert_flagged(
        "Two astronauts completed a spacewalk lasting 5 hours and 48 minutes on Friday.",
        "The spacewalk on Friday lasted 8 hours 15 minutes, the agency said.",
    )


def test_hours_and_minutes_within_rounding_are_quiet() -> None:
    # counter-example: "about six hours" holds of 5 hours and 48 minutes
    assert_quiet(
        "Two astronauts completed a spacewalk lasting 5 hours and 48 minutes on Friday.",
        "The spacewalk on Friday lasted about six hours, the agency said.",
    )


def test_hours_of_deliberation_and_an_ended_strike_are_lengths() -> None:
    assert_flagged(
        "The jury convicted him after 16 hours of deliberation.",
        "The jury returned its verdict after about six hours of deliberations.",
    )
    assert_flagged(
        "The dock strike ended on Friday after 26 days.",
        "The dock strike, which lasted 41 days, ended on Friday.",
    )
    assert measures_of("Sewage poured into the estuary for 52 hours.") == {
        "52 hours": "length of spill"
    }
    assert measures_of("Shoppers were unable to pay by phone for five hours on Monday.") == {
        "five hours": "length of outage"
    }


def test_hours_of_other_things_and_distances_are_no_lengths_of_a_doing() -> None:
    # counter-examples: time given to a task, a distance a flow covered, a worker off sick
    assert measures_of("The council will spend 12 hours of officer time on the review.") == {}
    assert measures_of("Water flowed for 200 metres down the street.") == {
        "200 metres": "size of water"
    }
    assert measures_of("She was unable to work for three weeks after the fall.") == {
        "three weeks": "length of work"
    }


def test_an_answer_takes_no_place_from_the_answer_before_it() -> None:
    explainer = (
        "Heat: what to know\n\nHow hot did it get?\nThe top reading was 40.8C in Gifu on Tuesday."
        "\n\nHow many records fell?\n11 weather stations set all-time highs, the agency said."
    )
    assert [f.place for f in one_sentence(explainer).figures] == ["Gifu", None]
    assert_flagged(
        explainer, "Six weather stations set all-time highs on Tuesday, the agency said."
    )


def test_prose_still_carries_a_place_to_the_next_sentence() -> None:
    # counter-example: in running prose a place told once stands for the next sentence
    prose = "The top reading was 40.8C in Gifu on Tuesday.\n\n11 stations set all-time highs."
    assert [f.place for f in one_sentence(prose).figures] == ["Gifu", "Gifu"]


# --- a change from one value to another is two figures, not a range ------------------------


def test_a_fee_raised_from_one_sum_to_another_gives_the_new_fee() -> None:
    assert measures_of("The toll rose from 12 to 19 overnight.")["19"] == "toll"
    assert_flagged(
        "The fee for a fishing licence will rise from €40 to €75 in May.",
        "The fee for a fishing licence will rise from €40 to €60 in May.",
    )


def test_a_range_told_from_one_value_to_another_stays_a_range() -> None:
    # counter-example: no verb of change before "from": a range, never two figures
    assert list(measures_of("Tickets range from €90 to €120.")) == ["from €90 to €120"]
    assert list(measures_of("Between 3,000 and 4,000 people attend each year.")) == [
        "Between 3,000 and 4,000"
    ]


def test_a_passive_question_gives_its_answer_s_doing_and_no_other_question_does() -> None:
    from summarise.find.grammar import _as_statement

    assert _as_statement("How many were hurt", "41", ".") == ("41 were hurt.", 0)
    # counter-example: "were there" is no passive, and no statement is made of it
    assert _as_statement("How many were there", "About 40", ".") is None
