"""Classes found this session (joining a collective doing; a word in lower case the tagger
calls a name), each with what it must do and a counter-example where it must not. Every
sentence is invented."""

from __future__ import annotations

from tests.synthetic import measures_of, one_sentence
from tests.test_flag_classes_9 import (
    assert_flagged,
    assert_period_look,
    assert_quiet,
    assert_set_aside,
)

# --- joining a collective doing is doing it: "took part in the march" is marching ----------


def test_taking_part_in_a_march_is_marching() -> None:
    assert measures_of("Police said 12,000 people took part in the march in Ghent.") == {
        "12,000": "people (march)"
    }
    assert measures_of("Some 900 people joined the protest in Ghent on Friday.") == {
        "Some 900": "people (protest)"
    }


def test_a_crowd_marching_and_taking_part_in_the_march_is_one_count() -> None:
    assert_flagged(
        "About 18,000 people marched through Porto on Saturday, police said.",
        "Police said 9,500 people took part in Saturday's march in Porto.",
    )
    assert_flagged(
        "Some 700 people joined the protest outside the ministry in Tirana on Monday.",
        "Some 1,400 people protested outside the ministry in Tirana on Monday.",
    )


def test_joining_what_is_no_doing_keeps_the_verb() -> None:
    # counter-example: a union or a club joined is no collective doing
    assert measures_of("Some 900 people joined the union in Ghent last year.") == {
        "Some 900": "people (join)"
    }
    assert_quiet(
        "Some 900 people joined the club in Ghent last year, it said.",
        "Some 1,400 people played at the club in Ghent last year, it said.",
    )


def test_a_march_in_another_town_is_another_march() -> None:
    # counter-example: the doing is one, the places are two
    assert_set_aside(
        "About 18,000 people marched through Porto on Saturday, police said.",
        "Police said 9,500 people took part in a march in Braga on Saturday.",
        "different-places",
    )


# --- a word in lower case is no place, even where the tagger calls it a name -----------------


def test_a_lower_case_word_is_no_place() -> None:
    brief = one_sentence("Police said 9,500 people took part in Saturday's march in Porto.")
    assert [f.place for f in brief.figures] == ["Porto"]


# --- the sides of a match are teams, not places; two matches are two crowds -----------------


def test_a_crowd_is_not_placed_in_a_side_of_the_match() -> None:
    brief = one_sentence("A crowd of 38,000 saw Uruguay beat Paraguay 3-1 in Montevideo on Sunday.")
    crowd = next(f for f in brief.figures if f.number == "38,000")
    assert crowd.place != "Paraguay"


def test_one_match_crowds_told_from_either_side_are_a_flag() -> None:
    assert_flagged(
        "A crowd of 38,000 watched Uruguay beat Paraguay 3-1 on Sunday.",
        "Some 61,000 fans saw Paraguay lose 3-1 to Uruguay on Sunday.",
    )


def test_two_matches_crowds_are_set_aside() -> None:
    # counter-example: no side in common, two matches
    assert_set_aside(
        "A crowd of 38,000 watched Uruguay beat Paraguay 3-1 on Sunday.",
        "Some 61,000 fans saw Ecuador beat Bolivia 2-0 on Sunday.",
        "different-matches",
    )


# --- a source that is the other sentence's speaker is one source ----------------------------


def test_a_body_and_its_minister_speaking_are_one_source() -> None:
    assert_flagged(
        "Chile's government estimates that rebuilding the port will cost $700m, public works "
        "minister Tomas Arce said on Monday.",
        "Public works minister Tomas Arce said on Monday that rebuilding the port would cost "
        "$1.3bn.",
    )


def test_two_bodies_forecasts_stay_apart() -> None:
    # counter-example: the other source is not the sentence's speaker
    assert_set_aside(
        "Chile's government estimates that rebuilding the port will cost $700m.",
        "Public works minister Tomas Arce said on Monday that rebuilding the port would cost "
        "$1.3bn.",
        "different-sources",
    )


# --- a scaled sum's currency as an adjective: "a 1.5 billion euro deal" ---------------------


def test_a_currency_adjective_after_a_scale_is_the_sum_s_currency() -> None:
    brief = one_sentence("Both governments signed a 2.2 billion euro gas deal on Friday.")
    assert [(f.number, f.unit) for f in brief.figures] == [("2.2 billion euro", "EUR")]
    brief = one_sentence("The club agreed a 35 million pound transfer on Friday.")
    assert [(f.number, f.unit) for f in brief.figures] == [("35 million pound", "GBP")]


def test_coins_are_counted_not_a_sum() -> None:
    # counter-example: "2 million euro coins" counts coins
    brief = one_sentence("The mint struck 2 million euro coins last year.")
    assert [(f.number, f.unit) for f in brief.figures] == [("2 million", None)]


# --- a number written with its scale ("12k") is no part of what it counts ------------------


def test_a_scaled_number_is_not_part_of_the_counted_noun() -> None:
    brief = one_sentence("About 14k nurses walked out on Tuesday, the union said.")
    assert [f.counted for f in brief.figures] == ["nurse"]
    assert_flagged(
        "About 14k nurses in Lagos walked out on Tuesday, the union said.",
        "Some nine thousand nurses in Lagos went on strike on Tuesday, the union said.",
    )


def test_a_code_before_a_noun_still_names_it() -> None:
    # counter-example: a model's code before a noun is no scale ("A320": not "12k")
    brief = one_sentence("The airline ordered 30 A320 jets on Tuesday.")
    assert [f.counted for f in brief.figures] == ["a320 jet"]


# --- "this season" runs to now, as "since October" does -----------------------------------


def test_this_season_and_since_a_month_may_be_one_window() -> None:
    assert_quiet(
        "Flu has killed 23 people in Norway this season, health officials said.",
        "Flu has killed 23 people in Norway since November, health officials said.",
    )


def test_last_season_and_since_a_month_are_two_windows() -> None:
    # counter-example: last season is over; one count cannot be both (worth a look since the
    # 2026-12-31 session: one window does not run to now)
    assert_period_look(
        "Flu killed 23 people in Norway last season, health officials said.",
        "Flu has killed 23 people in Norway since November, health officials said.",
    )


# --- seats gained or lost are a change, not the seats held --------------------------------


def test_seats_gained_are_a_change_of_seats_won() -> None:
    assert_set_aside(
        "The Farmers' League won 41 seats in Sunday's election, results showed.",
        "The Farmers' League gained nine seats in Sunday's election, results showed.",
        "change-and-level",
    )


def test_two_counts_of_seats_won_are_a_flag() -> None:
    # counter-example: two levels
    assert_flagged(
        "The Farmers' League won 41 seats in Sunday's election, results showed.",
        "The Farmers' League won 47 seats in Sunday's election, results showed.",
    )
    assert_flagged(
        "The Farmers' League lost nine seats in Sunday's election, results showed.",
        "The Farmers' League lost 14 seats in Sunday's election, results showed.",
    )


# --- "five and a half per cent", "two and a half years": a whole number and a half --------


def test_a_whole_number_and_a_half_of_a_share_or_a_term() -> None:
    brief = one_sentence("The nurses rejected a four and a half per cent offer on Monday.")
    assert [(f.value, f.unit) for f in brief.figures] == [(4.5, "%")]
    brief = one_sentence("The judge jailed him for three and a half years on Monday.")
    assert [(f.value, f.unit) for f in brief.figures] == [(3.5, "years")]


def test_a_half_that_is_no_number_s_part_stays_apart() -> None:
    # counter-example: "and a half" of something else ("a half of the budget") is no 4.5
    brief = one_sentence(
        "The nurses rejected four offers and a half-day strike followed on Monday."
    )
    assert [f.value for f in brief.figures] == [4.0]


# --- a pollster named after a descriptor: "a poll by the Lisbon research firm Sondar" -----


def test_a_pollster_after_its_descriptor_is_the_firm() -> None:
    assert_flagged(
        "About 1 in 4 voters are undecided, according to a poll by the Lisbon research firm "
        "Sondar Analytics published on Friday.",
        "Some 41% of voters remain undecided, a Sondar Analytics poll published on Friday showed.",
    )


def test_two_firms_polls_stay_apart() -> None:
    # counter-example: two firms, each its own finding
    assert_set_aside(
        "About 1 in 4 voters are undecided, according to a poll by the Lisbon research firm "
        "Sondar Analytics published on Friday.",
        "Some 41% of voters remain undecided, a Vox Data poll published on Friday showed.",
        "different-sources",
    )


# --- the day that ends a span of days is no count: "between June 10 and 17" ---------------


def test_the_last_day_of_a_span_is_no_figure() -> None:
    brief = one_sentence("Some 2,000 adults were surveyed between May 4 and 11, the firm said.")
    assert [f.number for f in brief.figures] == ["Some 2,000"]
    brief = one_sentence("The festival ran from July 3-9 and drew 40,000 people, organisers said.")
    assert [f.number for f in brief.figures] == ["40,000"]


def test_a_count_after_and_is_still_a_figure() -> None:
    # counter-example: no month before, a count
    brief = one_sentence("Police arrested 4 men and 11 women on Saturday.")
    assert [f.number for f in brief.figures] == ["4", "11"]


# --- "for decades" is no window of a price --------------------------------------------------


def test_a_loose_length_of_years_bounds_no_count() -> None:
    assert_flagged(
        "A landscape that hung in a Norfolk vicarage for decades sold for £6m in London on "
        "Thursday, the auction house said.",
        "The landscape sold for nine million pounds in London on Thursday, the auction house said.",
    )


def test_a_told_length_of_years_is_still_a_window() -> None:
    # counter-example: "for three years" names a span, the count's window
    brief = one_sentence(
        "The charity has raised £6m for three years, its director said on Thursday."
    )
    assert [f.period for f in brief.figures] == ["for three years"]


# --- people counted by what they did and by the noun of those who do it -------------------


def _looks(one: str, other: str) -> int:
    from summarise.corpus.compare import compare_figures

    return len(
        compare_figures([one_sentence(one, "a.txt"), one_sentence(other, "b.txt")]).worth_a_look
    )


def test_people_who_protested_are_the_protesters() -> None:
    assert_flagged(
        "Some 6,000 people protested outside the court in Nairobi on Sunday, police said.",
        "Police said 11,000 protesters gathered outside the court in Nairobi on Sunday.",
    )
    assert_flagged(
        "Some 6,000 people voted in the Kisumu by-election on Sunday, officials said.",
        "Officials said 11,000 voters cast ballots in the Kisumu by-election on Sunday.",
    )


def test_people_who_voted_are_not_the_volunteers() -> None:
    # counter-example: another noun of people is a doubt, not a flag
    one = "Some 6,000 people voted in the Kisumu by-election on Sunday, officials said."
    other = "Officials said 11,000 volunteers staffed the Kisumu by-election on Sunday."
    assert_quiet(one, other)
    assert _looks(one, other) == 1
