"""Classes read from the fifty-ninth battery (public money: budgets, pledges, targets and what
they fund), each with what it must do and a counter-example where it must not. Every sentence
is invented."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from summarise.corpus.compare import _stance
from summarise.find.quantities import is_money
from tests.synthetic import make_brief
from tests.test_flag_classes import measures
from tests.test_flag_classes_9 import (
    assert_flagged,
    assert_period_look,
    assert_quiet,
    assert_set_aside,
    compared,
)


def _outlooks(text: str) -> dict[str, str | None]:
    return {f.number: f.outlook for f in make_brief("x.txt", text, dated="14 June 2026").figures}


# --- a deal's verb states its terms in money, not a plan of what money buys ------------------


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The new fund will pay for 120 all-weather pitches, the minister said.", "120"),
        ("The airline will buy 40 new jets over five years, it said on Monday.", "40"),
        ("The health board will purchase 300 ambulances, its chair announced.", "300"),
    ],
)
def test_what_a_deal_s_verb_will_buy_is_a_plan(sentence: str, number: str) -> None:
    assert _outlooks(sentence)[number] == "expected"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # counter-examples: a sum a deal will pay is its term, and what a thing will have is
        # a fact to come
        ("Corvane will pay $36 a share for the group, it said on Monday.", "$36"),
        ("Brightwell will buy the mill for £45m, the company said.", "£45m"),
        ("Brightwell will buy a 35% stake in the mill, the company said.", "35%"),
        ("Brightwell will buy a quarter of the mill, the company said.", "a quarter"),
        ("The new stadium will have 60,000 seats, the club said.", "60,000"),
    ],
)
def test_a_sum_a_deal_will_pay_is_a_term_not_a_plan(sentence: str, number: str) -> None:
    assert _outlooks(sentence)[number] is None


def test_two_plans_of_one_budget_told_by_two_verbs_are_a_flag() -> None:
    assert_flagged(
        "The health budget for next year will fund 90 new midwives, the minister said on Monday.",
        "Next year's health budget of €1.1 billion will pay for 40 new midwives, the minister "
        "said on Monday.",
    )


def test_a_plan_of_what_a_fund_will_buy_is_not_what_was_bought() -> None:
    # counter-example: what the council has bought is a fact, what it will pay for a plan
    assert_set_aside(
        "The city council will pay for 40 new electric buses next year, the mayor said.",
        "The city council has bought 90 new electric buses, the mayor said.",
        "forecast",
    )


# --- a promise on being elected is a pledge, not a possibility -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The party would build 300,000 new homes a year if elected, its leader said on Saturday.",
        "The party would build 300,000 new homes a year if it wins the election, she said.",
        "Labour would hire 8,000 teachers if returned to power, its leader said.",
    ],
)
def test_what_a_party_would_do_if_elected_is_a_pledge(sentence: str) -> None:
    assert set(_outlooks(sentence).values()) == {"expected"}


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # counter-examples: conditions of other things are possibilities
        ("About 3,000 homes would be flooded if the dam fails, engineers said.", "About 3,000"),
        ("The club would earn £5m if it wins the cup, its chairman said.", "£5m"),
    ],
)
def test_what_would_follow_another_condition_is_a_possibility(sentence: str, number: str) -> None:
    assert _outlooks(sentence)[number] == "possible"


def test_two_pledges_of_one_leader_are_a_flag() -> None:
    assert_flagged(
        "The Green Alliance would plant 40 million trees a year if elected, leader Ines Barros "
        "said on Saturday.",
        "Green Alliance leader Ines Barros promised on Saturday to plant 15 million trees a year.",
    )


# --- a figure reached by a later year's end is a target --------------------------------------


def test_two_cuts_by_the_end_of_a_later_year_are_a_flag() -> None:
    assert_flagged(
        "The government will cut 10,000 posts in the civil service by the end of 2027, the "
        "finance minister said.",
        "The cabinet approved a package that includes the loss of 6,000 posts in the civil "
        "service by the end of 2027.",
    )


def test_a_cut_made_by_the_end_of_an_earlier_year_is_not_the_target() -> None:
    # counter-example: posts cut by the end of 2025 are done, set against a plan
    assert_quiet(
        "The government will cut 10,000 posts in the civil service by the end of 2027, the "
        "finance minister said.",
        "The government cut 6,000 posts in the civil service by the end of 2025, the finance "
        "minister said.",
    )


# --- an estimated cost is an estimate wherever the sentence puts it --------------------------


def test_an_estimated_cost_as_the_subject_is_an_estimate() -> None:
    assert _outlooks("The estimated cost of the new bridge has risen to £2.3bn, the council said.")[
        "£2.3bn"
    ] == ("expected")
    # counter-example: a final cost is known
    assert _outlooks("The final cost of the new bridge rose to £2.3bn, the council said.")[
        "£2.3bn"
    ] is (None)


def test_two_estimates_of_one_cost_are_a_flag() -> None:
    assert_flagged(
        "The estimated cost of the Porto metro extension has risen to €3.1 billion, the "
        "minister told parliament on Tuesday.",
        "The ministry now estimates the Porto metro extension will cost €1.9 billion, the "
        "minister told parliament on Tuesday.",
    )


# --- a forecast told as the new level of an estimate, outlook or guidance ---------------------


@pytest.mark.parametrize("noun", ["outlook", "guidance", "forecast"])
def test_a_level_an_outlook_is_cut_to_is_a_forecast(noun: str) -> None:
    sentence = f"The central bank cut its growth {noun} to 1.8% on Thursday."
    assert _outlooks(sentence)["1.8%"] == "expected"
    assert measures(sentence)["1.8%"] == "economy"


def test_a_level_a_rate_is_cut_to_is_no_forecast() -> None:
    # counter-example: a rate set is a fact, not a forecast of it
    assert _outlooks("The central bank cut its main rate to 1.8% on Thursday.")["1.8%"] is None


def test_no_module_names_one_constant_twice() -> None:
    # a second assignment to a module's name silently replaces the first for every function
    # that reads it (two lists of forecast nouns once did so in grammar.py)
    twice = []
    for path in sorted(Path("summarise").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = []
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            twice += [f"{path}:{node.lineno} {n}" for n in names if n in seen]
            seen.update(names)
    assert twice == []


# --- what is money ---------------------------------------------------------------------------


def test_currencies_are_money_and_other_units_are_not() -> None:
    assert all(is_money(u) for u in ("USD", "EUR", "NOK", "KRW", "francs", "rupees"))
    assert not any(
        is_money(u) for u in (None, "%", "°C", "degrees", "magnitude", "years old", "km", "pp")
    )


# --- a plan's span told with and without "the next" -----------------------------------------


def test_a_plan_over_five_years_is_the_plan_over_the_next_five_years() -> None:
    assert_flagged(
        "The government will fund 1,200 nursing bursaries over the next five years, the "
        "minister announced on Wednesday.",
        "A scheme announced on Wednesday will fund 400 nursing bursaries over five years.",
    )


def test_a_plan_over_three_years_is_not_one_over_the_next_five() -> None:
    # counter-example: two spans of two lengths are two windows
    assert_set_aside(
        "The government will fund 1,200 nursing bursaries over the next five years, the "
        "minister announced on Wednesday.",
        "A scheme announced on Wednesday will fund 400 nursing bursaries over three years.",
        "different-windows",
    )


# --- a figure after inflation is not the cash figure ----------------------------------------


def test_a_rise_in_real_terms_is_not_the_cash_rise() -> None:
    assert_set_aside(
        "Day-to-day spending by ministries will rise by 4.4 per cent next year, the finance "
        "minister said on Wednesday.",
        "Once inflation is taken into account, day-to-day spending by ministries will grow by "
        "1.6 per cent in real terms next year, analysts said.",
        "real-terms",
    )


def test_two_real_rises_are_a_flag_and_the_cash_one_beside_them_is_not() -> None:
    # counter-example inside: the sentence names both, and only the one "in real terms"
    # follows is the real one
    flags, rules = compared(
        "Spending on schools will rise by 5.2 per cent in cash terms next year, or 2.9 per cent "
        "in real terms, the minister said.",
        "Spending on schools will grow by 1.1 per cent in real terms next year, analysts said.",
    )
    assert flags == [["1.1 per cent", "2.9 per cent"]]
    assert "real-terms" in rules


def test_two_cash_sums_are_still_a_flag() -> None:
    # counter-example: nothing said of inflation
    assert_flagged(
        "The council will spend £42 million on road repairs next year, its leader said.",
        "The council will spend £24 million on road repairs next year, its leader said.",
    )


# --- a sum applied for is a demand -----------------------------------------------------------


def _stance_of(sentence: str) -> str | None:
    (figure,) = make_brief("x.txt", sentence, dated="14 June 2026").figures
    return _stance(figure)


def test_a_sum_applied_for_is_a_demand() -> None:
    assert _stance_of("The museum has applied for €6 million in lottery funding.") == "demanded"
    # counter-example: a sum granted is no demand
    assert _stance_of("The museum was granted €4 million in lottery funding.") is None


def test_a_sum_applied_for_is_not_the_sum_awarded() -> None:
    assert_quiet(
        "The museum has applied for €6 million in lottery funding for its new wing, its "
        "director said on Monday.",
        "The lottery fund on Monday granted the museum €4 million in lottery funding for its "
        "new wing.",
    )


# --- "next year" is the year after the story's ----------------------------------------------


def test_next_year_in_a_story_of_2026_is_2027() -> None:
    assert_quiet(
        "The cuts are expected to save 1.4 billion zloty next year, the minister said.",
        "The minister said the cuts would save 1.4 billion zloty in 2027.",
    )


def test_next_year_is_not_the_year_after_it() -> None:
    # counter-example: one sum given for two different years is a period conflict (worth a
    # look since the 2026-12-31 session: neither window runs to now)
    assert_period_look(
        "The cuts are expected to save 1.4 billion zloty next year, the minister said.",
        "The minister said the cuts would save 1.4 billion zloty in 2028.",
    )
