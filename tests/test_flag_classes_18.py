"""Classes read from the thirty-fourth battery (quote-heavy reporting): a bound on a length of
time ("up to 90 minutes late"), a ban whose sentence names who is banned, the month of an
earlier value, hopes, people named by their age ("men over 80"), and an event planned for a
later window than the day it was announced. Each with what it must do and a counter-example
where it must not. Every sentence is invented."""

from __future__ import annotations

from summarise.corpus.compare import measure
from summarise.find.periods import event_start, find_period
from summarise.find.places import nearest_place
from summarise.find.quantities import find_event_lengths, find_quantities
from summarise.find.text import sentences
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, assert_set_aside

# --- a length of time keeps the words that bound it --------------------------------------------


def test_a_bound_before_a_length_of_time_is_kept() -> None:
    text = "Ferries were up to 90 minutes late. The outage lasted no more than two hours."
    found = {q.number: q for q, _, _ in find_event_lengths(text, sentences(text))}
    assert found["up to 90 minutes"].qualifier == "at_most"
    assert found["up to 90 minutes"].high == 1.5
    assert found["no more than two hours"].qualifier == "at_most"


def test_the_worst_delay_does_not_contradict_the_average_one() -> None:
    assert_quiet(
        "Commuters said buses on the coastal route were up to 90 minutes late on Monday.",
        "Buses ran an average of 25 minutes late on Monday, the operator said.",
    )


def test_a_length_beyond_a_bound_is_still_a_flag() -> None:
    assert_flagged(
        "The water outage in Harwick lasted no more than two hours on Monday, the utility said.",
        "The water outage in Harwick lasted five hours on Monday, residents said.",
    )


# --- a ban names who is banned ---------------------------------------------------------------


def _measure_of(sentence: str, number: str) -> str:
    brief = make_brief("a.txt", sentence, dated="3 March 2027")
    return next(measure(f).name for f in brief.figures if f.number == number)


def test_a_ban_that_names_who_is_banned_is_a_ban() -> None:
    assert (
        _measure_of("The court also banned her from driving for six years.", "six years") == "ban"
    )
    assert (
        _measure_of("Magistrates banned them from keeping animals for ten years.", "ten years")
        == "ban"
    )


def test_a_term_that_names_the_convict_is_still_a_term() -> None:
    assert _measure_of("The judge jailed him for six years on Friday.", "six years") == "term"


def test_a_driving_ban_is_not_compared_with_a_prison_term() -> None:
    assert_quiet(
        "A driver was jailed for four years on Friday. The judge banned him from driving for "
        "nine years.",
        "A driver was jailed for four years on Friday for causing a crash that killed a cyclist.",
    )


# --- the month of an earlier value -------------------------------------------------------------


def test_a_month_after_an_earlier_value_dates_that_value_only() -> None:
    s = "The jobless rate fell to 5.2 per cent in June, from 5.6 per cent in May, officials said."
    assert find_period(s, s.index("5.6")) == "in May"
    assert find_period(s, s.index("5.2")) != "in May"


def test_the_earlier_value_is_set_aside_and_the_new_one_flagged() -> None:
    one = "Estonia's jobless rate fell to 5.2 per cent in June, from 5.6 per cent in May."
    other = "Estonia's jobless rate was 6.1 per cent in June, the statistics office said."
    assert_flagged(one, other)
    assert_set_aside(
        "Estonia's jobless rate fell to 6.1 per cent in June, from 5.6 per cent in May.",
        other,
        "different-windows",
    )


def test_a_month_after_a_value_that_follows_no_from_dates_nothing() -> None:
    s = "Exports rose to 3.1 billion euros in June, officials said on Friday."
    assert find_period(s, s.index("3.1")) == "on Friday"


# --- a hope is not what happened -----------------------------------------------------------------


def test_a_time_hoped_for_is_not_the_time_run() -> None:
    assert_set_aside(
        '"I was hoping for 2:09, maybe faster," said Amina Kores, 29.',
        "Amina Kores won the Lakeside marathon on Sunday in 2:11:20.",
        "forecast",
    )


def test_a_time_run_as_hoped_is_compared() -> None:
    assert_flagged(
        "Amina Kores won the Lakeside marathon on Sunday in 2:09:30, as she had hoped.",
        "Amina Kores won the Lakeside marathon on Sunday in 2:11:20.",
    )


def test_every_form_of_hope_marks_a_hope() -> None:
    # the tagger reads "hopes", "hoped" and "hoping" as the verb "hop"
    assert_set_aside(
        "The festival hopes to sell 40,000 tickets, its director said on Monday.",
        "The festival sold 35,000 tickets, its director said on Monday.",
        "forecast",
    )


# --- people named by their age -----------------------------------------------------------------


def _numbers(text: str) -> list[str]:
    return [q.number for q, _ in find_quantities(text, sentences(text))]


def test_people_named_by_their_age_are_not_counted() -> None:
    assert "70" not in " ".join(_numbers("Three residents, all women over 70, were treated."))
    assert "65" not in " ".join(_numbers("Bus travel is free for people over 65 in Tarnow."))


def test_a_count_over_a_number_is_still_a_count() -> None:
    assert "Over 70" in _numbers("Over 70 people were treated in hospital.")
    assert _numbers("Delegates from over 80 countries attended.") != []


# --- an event planned for later ------------------------------------------------------------------


def test_an_event_planned_for_a_later_window_is_dated_by_it() -> None:
    s = "Porters rejected the offer on Monday and said a 48-hour walkout planned for next week"
    assert event_start(s, s.index("-hour") + 5) == "next week"
    s = "Nurses will hold a 24-hour strike set for Friday, the union said on Monday."
    assert event_start(s, s.index("-hour") + 5) == "on Friday"


def test_an_event_length_without_its_date_after_it_takes_none() -> None:
    s = "Nurses announced a 24-hour strike, the union said on Monday."
    assert event_start(s, s.index("-hour") + 5) is None


def test_one_planned_strike_announced_on_a_day_is_one_window() -> None:
    assert_quiet(
        "Porters rejected the offer on Monday and warned that a 48-hour walkout planned for "
        "next week would go ahead.",
        "Porters at the Harwick depot rejected the offer, keeping alive a 48-hour strike next "
        "week.",
    )


# --- the whole an untold part is of --------------------------------------------------------------


def test_the_whole_after_most_of_is_all_there_were() -> None:
    brief = make_brief(
        "a.txt",
        "Volunteers refloated most of the 58 dolphins that beached at Tern Bay on Sunday.",
        dated="3 March 2027",
    )
    assert [f.counted for f in brief.figures if f.number == "58"] == ["dolphin (all)"]


def test_all_of_a_count_is_the_count_itself() -> None:
    brief = make_brief(
        "a.txt", "All of the 58 dolphins died at Tern Bay on Sunday.", dated="3 March 2027"
    )
    assert [f.counted for f in brief.figures if f.number == "58"] != ["dolphin (all)"]


# --- degrees whose scale is not said ---------------------------------------------------------------


def test_degrees_in_weather_words_are_a_temperature() -> None:
    text = "The mercury touched 44.8 degrees in Multan on Monday, six degrees above normal."
    found = {q.number: q.unit for q, _ in find_quantities(text, sentences(text))}
    assert found == {"44.8 degrees": "degrees", "six degrees": "degrees"}


def test_degrees_without_weather_words_are_not_a_temperature() -> None:
    text = "The college awarded 1,400 degrees and the car made a 180-degree turn."
    found = {q.number: q.unit for q, _ in find_quantities(text, sentences(text))}
    assert found == {"1,400": None, "180": None}


def test_a_temperature_in_degrees_is_flagged_and_its_distance_from_normal_set_apart() -> None:
    assert_flagged(
        "The mercury touched 44.8 degrees in Multan on Monday, about six degrees above normal.",
        "Multan sweltered at 47.1 degrees on Monday, the weather office said.",
    )
    assert_quiet(
        "The mercury touched 47.1 degrees in Multan on Monday, about six degrees above normal.",
        "Multan sweltered at 47.1 degrees on Monday, the weather office said.",
    )


# --- a vote's tally in digits ------------------------------------------------------------------


def test_a_tally_in_digits_is_two_counts_of_votes() -> None:
    for text in (
        "The assembly approved the cap by 31 votes to 14.",
        "Councillors voted 31 to 14 in favour on Tuesday.",
    ):
        assert _numbers(text) == ["31", "14"]
        assert _measure_of(text, "31") == "votes for"
        assert _measure_of(text, "14") == "votes against"


def test_a_score_and_a_range_told_with_to_are_not_tallies() -> None:
    assert _numbers("Harlow won by 3 goals to 1 on Saturday.") == []
    # a change from one value to another: the old value and the new, no tally (and no range
    # since the 2026-12-26 session: `test_flag_classes_37`)
    text = "Fares rose from 3,000 to 4,000 on Monday."
    assert _numbers(text) == ["3,000", "4,000"]
    assert "votes" not in _measure_of(text, "4,000")


def test_two_tallies_of_one_vote_are_compared() -> None:
    assert_flagged(
        '"It passed 31 to 14 on Thursday. That is a mandate," said councillor Ilse Varga.',
        "Tarnow's city assembly voted by 27 votes to 18 on Thursday to cap rentals at 90 nights "
        "a year, unless the flat is the owner's main home.",
    )


def test_the_tally_of_one_house_is_not_the_whole_bodys() -> None:
    assert_quiet(
        "The synod approved the motion by 212 votes to 91 on Tuesday.",
        "The House of Clergy backed the motion by 88 votes to 41 on Tuesday.",
    )


def test_a_condition_after_an_infinitive_is_the_infinitives() -> None:
    # and a condition on the verb itself still makes the clause a possibility
    assert_set_aside(
        "The dam will flood 3,000 homes if it fails, engineers said on Monday.",
        "The dam flooded 2,000 homes, engineers said on Monday.",
        "forecast",
    )


# --- an event told by its verb and its length ----------------------------------------------------


def test_an_event_told_by_its_verb_has_a_length() -> None:
    text = '"We will strike for 48 hours," the union said. Dockers stopped work for two days.'
    found = {
        q.number: (q.value, event) for q, event, _ in find_event_lengths(text, sentences(text))
    }
    assert found == {"48 hours": (48.0, "strike"), "two days": (48.0, "stoppage")}


def test_a_length_is_not_its_own_window_nor_a_demand() -> None:
    brief = make_brief(
        "a.txt", '"We will strike for 48 hours," the union said on Monday.', dated="3 March 2027"
    )
    (f,) = brief.figures
    assert f.period == "on Monday"
    assert measure(f).name == "length of strike"


def test_a_strike_length_said_two_ways_is_flagged() -> None:
    assert_flagged(
        '"We will strike for 48 hours from Wednesday," union chief Ada Lenz said on Monday.',
        "Train drivers will hold a 72-hour strike from Wednesday, union chief Ada Lenz said on "
        "Monday.",
    )


# --- where a figure is, not where it was said ----------------------------------------------------


def test_where_a_speaker_spoke_is_not_the_figures_place() -> None:
    s = '"Turnout was 58.3 percent," the commission chair told a news conference in Zagreb.'
    assert nearest_place(s, s.index("58.3")) is None
    s = "Speaking to reporters in Geneva, the envoy said 300 people had fled Sudan."
    assert nearest_place(s, s.index("300")) == "Sudan"


def test_a_place_of_the_event_beside_a_speaker_is_kept() -> None:
    s = "At least 12 people were killed in Zagreb, police told reporters on Monday."
    assert nearest_place(s, s.index("12")) == "Zagreb"


def test_the_unit_of_a_place_named_by_of_is_the_place() -> None:
    brief = make_brief(
        "a.txt",
        "Voters in the canton of Lucerne backed the tram line, with 54.1% of the vote.",
        dated="3 March 2027",
    )
    assert [f.place for f in brief.figures] == ["Lucerne"]


# --- a yardstick of years ------------------------------------------------------------------------


def test_a_yardstick_of_years_is_not_a_window() -> None:
    s = "Turnout reached 67.2%, the highest in more than two decades, officials said."
    assert find_period(s, s.index("67.2")) is None
    s = "Turnout was 61.4 percent, a level we have not seen in twenty years."
    assert find_period(s, s.index("61.4")) is None


def test_a_window_of_years_without_a_yardstick_is_a_window() -> None:
    s = "Exports rose 12% in the past two years, officials said."
    assert find_period(s, s.index("12")) == "in the past two years"
