"""Classes found in the 2027-01-03 session. Prices, fares and fees (the eighty-eighth battery,
read): a sum charged, billed or named by what is bought is a price; a price set from a day is a
decision when another article sets it from that day; a thing bought that "will cost" a sum
states its price; a promise to set a price is a pledge; a frequency beside a price names what
is bought; tiers (adult, concession, standard, peak) and the ends of a range ("from", "the
dearest") are variants; a price with taxes in is not the fare alone. A stay told by the past
of "serve" ("who served 31
years on the bench", "after serving nine years in prison", "served two years as mayor") is a
length: of an office, a detention, or the office "as" names; a time hung on another verb of
its sentence ("…, retired on Friday") is not its window; two people's stays are two figures.
Each with what it must do and a counter-example where it must not. Every sentence is
invented."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import measure
from summarise.find.grammar import dateline, named_subject_at
from summarise.find.quantities import EVENT_LENGTH_UNIT, find_quantities
from tests.synthetic import make_brief
from tests.test_flag_classes_9 import assert_flagged, assert_quiet, compared


def _lengths(text: str) -> dict[str, tuple[str | None, str | None]]:
    """The lengths code finds in `text`: number phrase -> (what lasted, its window)."""
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return {f.number: (f.counted, f.period) for f in brief.figures if f.unit == EVENT_LENGTH_UNIT}


# --- a stay told by "served" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "what"),
    [
        (
            "Captain Ilse Marek, who served 22 years in the coastguard, retired on Monday.",
            "22 years",
            "tenure",
        ),
        (
            "The former treasurer walked free on Tuesday after serving six years in prison for "
            "embezzlement.",
            "six years",
            "in detention",
        ),
        (
            "Arno Kessel has served 14 months of a four-year term for arson.",
            "14 months",
            "in detention",
        ),
        (
            "Rita Fenn served eight years as mayor before she ran for parliament in 2019.",
            "eight years",
            "as mayor",
        ),
    ],
)
def test_a_served_length_is_a_stay(text: str, number: str, what: str) -> None:
    assert _lengths(text)[number][0] == what


@pytest.mark.parametrize(
    "text",
    [
        # a term imposed, not served: a sentence's figure, read elsewhere
        "The judge said Kessel must serve 12 years before he can seek parole.",
        # served is no stay here: a count of meals, no unit of time
        "Volunteers served 400 meals on Christmas Day.",
        # a time ago, not a length
        "Ward served two years ago as an interim chair.",
    ],
)
def test_serving_that_is_no_stay_gives_no_length(text: str) -> None:
    assert not [w for w, _ in _lengths(text).values() if w in ("tenure", "in detention")]


def test_a_time_hung_on_another_verb_is_not_a_stays_window() -> None:
    found = _lengths(
        "Judge Nora Vell, who served 19 years on the appeals bench, retired on Friday."
    )
    assert found["19 years"] == ("tenure", None)
    # counter-example: a time of the stay's own verb stays its window
    found = _lengths("Vell served 19 years on the bench between 2001 and 2020.")
    assert found["19 years"][1] is not None


def test_two_accounts_of_one_persons_stay_are_flagged() -> None:
    assert_flagged(
        "Judge Nora Vell, who served 19 years on the appeals bench, retired on Friday.",
        "Vell, 64, served 16 years on the appeals bench and retired on Friday.",
    )
    assert_flagged(
        "Former minister Oskar Brandt, who had served seven years in prison, was freed.",
        "Oskar Brandt was freed on Monday after serving five years in prison.",
    )


def test_two_peoples_stays_are_set_aside_not_flagged() -> None:
    flags, rules = compared(
        "Judge Nora Vell, who served 19 years on the appeals bench, retired on Friday.",
        "The court's registrar, Tomas Okoye, retired too. Okoye served 11 years in the post.",
    )
    assert flags == []
    assert "different-people" in rules


def test_two_offices_held_are_two_figures() -> None:
    assert_quiet(
        "Rita Fenn, who served eight years as mayor, will stand for parliament.",
        "Rita Fenn served three years as governor before her time at city hall.",
    )
    # counter-example: one office, two lengths
    assert_flagged(
        "Rita Fenn, who served eight years as mayor, will stand for parliament.",
        "Rita Fenn served five years as mayor and will now stand for parliament.",
    )


@pytest.mark.parametrize(
    ("sentence", "word", "who"),
    [
        ("Okoye served 11 years in the post.", "11", "okoye"),
        ("Judge Nora Vell, who served 19 years, retired.", "19", "vell"),
        # no name: a pronoun, a body
        ("She served 19 years on the bench.", "19", None),
        ("Germany served 40 years as host.", "40", None),
    ],
)
def test_the_named_subject_of_a_stay(sentence: str, word: str, who: str | None) -> None:
    assert named_subject_at(sentence, sentence.index(word)) == who


# --- prices, fares and fees --------------------------------------------------------------------


def _measure(text: str) -> str:
    brief = make_brief("a.txt", text, dated="14 June 2026")
    return measure(brief.figures[0]).name


@pytest.mark.parametrize(
    "text",
    [
        "Holidaymakers were charged $4,500 for the week, the board said.",
        "The clinic billed the insurer $420 for each scan.",
        "Supermarkets charged an average of ¥3,826 for a 5kg bag of rice.",
        "The monthly pass will go to $156 under the plan approved on Tuesday.",
        "The toll for cars on the new bridge will be $7.50 per crossing.",
    ],
)
def test_a_sum_told_as_charged_billed_or_named_by_what_is_bought_is_a_price(text: str) -> None:
    assert _measure(text).startswith("price")


def test_a_sum_taken_is_not_a_price() -> None:
    # counter-example: a theft is told by its own verb, whatever it was worth
    assert _measure("The gang stole $4,500 from the till, police said.") != "price"


def test_a_price_set_from_a_day_is_compared_with_another_set_from_that_day() -> None:
    assert_flagged(
        "Adults applying for citizenship will pay $630 from 1 June, the department said.",
        "The fee for an adult citizenship application will rise to $530 on 1 June, the "
        "department said.",
    )
    # counter-example: a price now and a price from a day to come can both hold
    flags, rules = compared(
        "A single adult bus fare in the city costs $2.50, the transit agency said on Friday.",
        "A single adult bus fare will rise to $2.75 from 1 July, the transit agency said on "
        "Friday.",
    )
    assert flags == []
    assert "forecast" in rules
    # nor is a guess about a day a decision
    flags, _ = compared(
        "Adults applying for citizenship will pay $630 from 1 June, the department said.",
        "Analysts expect the adult citizenship fee to rise to $530 from 1 June.",
    )
    assert flags == []


def test_a_price_of_a_thing_bought_that_will_cost_is_stated_not_forecast() -> None:
    assert_flagged(
        "Parking at the hospital will cost €3.40 an hour, the trust said on Monday.",
        "Visitors to the hospital pay €2.40 an hour to park, the trust said on Monday.",
    )
    # counter-example: what a work will cost is an estimate, kept from a reported cost
    flags, rules = compared(
        "Rebuilding the harbour wall will cost $70m, the council said on Monday.",
        "The council said on Monday that the harbour wall's repair had cost $52m.",
    )
    assert flags == []
    assert "forecast" in rules


def test_a_promise_to_set_a_price_is_a_pledge() -> None:
    assert_flagged(
        "The candidate launched her campaign with a promise to cap the bus fare at $1.50.",
        "At her launch the candidate pledged to cap the bus fare at $2.",
    )
    # counter-examples: a plan approved is decided, and a decision to cap a fare is taken now
    assert_flagged(
        "The cabinet on Wednesday approved a plan to close no more than three libraries.",
        "The cabinet voted on Wednesday to close seven libraries.",
    )
    flags, rules = compared(
        "The council took a decision to cap the bus fare at $1.50 on Monday.",
        "The candidate pledged to cap the bus fare at $2.",
    )
    assert flags == []
    assert "forecast" in rules


def test_two_tiers_of_one_price_are_two_prices() -> None:
    flags, rules = compared(
        "Adult tickets will cost £45 for the final, the club said on Monday.",
        "Concession tickets will cost £15 for the final, the club said on Monday.",
    )
    assert flags == []
    assert "different-variants" in rules
    # who pays, named at the sentence's start, past a year
    flags, rules = compared(
        "International students starting degrees in 2027 will pay A$48,000 a year.",
        "Domestic students starting degrees in 2027 will pay A$9,800 a year.",
    )
    assert flags == []
    assert "different-variants" in rules
    # counter-example: a price naming fewer tiers is any of them
    assert_flagged(
        "Patients will pay $59 for a standard adult appointment, the practice said.",
        "The fee for an adult appointment at the practice will be $49, the practice said.",
    )


def test_the_lowest_tier_is_compared_only_with_the_lowest() -> None:
    flags, rules = compared(
        "Tickets go on sale on Thursday, with prices starting at $89.",
        "Tickets go on sale on Thursday; the dearest seats cost $420.",
    )
    assert flags == []
    assert "different-variants" in rules
    assert_flagged(
        "The base model is priced at $799 in the US, the company said on Thursday.",
        "The phone will start at $899 in the US, the company said on Thursday.",
    )


def test_a_price_with_taxes_in_is_not_the_fare_alone() -> None:
    flags, rules = compared(
        "One-way fares on the new route start from €49, the airline said.",
        "The cheapest one-way ticket on the route cost €87 once taxes and a booking fee were "
        "included.",
    )
    assert flags == []
    assert "different-variants" in rules


@pytest.mark.parametrize(
    ("sentence", "number", "qualifier"),
    [
        ("The fee will go up to $49 from July.", "$49", "exact"),
        ("They put fares up to $3 in May.", "$3", "exact"),
        # counter-examples: a ceiling
        ("The hotel could put up to 400 people in rooms.", "up to 400", "at_most"),
        ("Repairs are going to cost up to $50m.", "up to $50m", "at_most"),
    ],
)
def test_up_to_after_a_verb_of_moving_is_no_ceiling(
    sentence: str, number: str, qualifier: str
) -> None:
    found = {q.number: q.qualifier for q, _ in find_quantities(sentence)}
    assert found[number] == qualifier


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        (
            "NORFOLK, Va., April 24 (VTW) - The toll will be $7.50.",
            "NORFOLK, Va., April 24 (VTW) - ",
        ),
        ("LAS CRUCES, N.M., May 12 (OW) - Seats sold out.", "LAS CRUCES, N.M., May 12 (OW) - "),
        ("AUSTIN, Texas, March 3 - The vote failed.", "AUSTIN, Texas, March 3 - "),
        # counter-example: a sentence opening with capitals is no dateline without its dash
        ("NASA, the US agency, said on Monday it would wait.", ""),
    ],
)
def test_a_dateline_with_a_state_before_its_day(sentence: str, line: str) -> None:
    assert dateline(sentence) == line


def test_a_record_since_a_season_of_a_year_is_no_background() -> None:
    assert_flagged(
        "The average pump price of diesel reached €1.87 a litre in May, the highest since the "
        "autumn of 2022.",
        "Diesel cost an average of €1.78 a litre in May, the statistics office said.",
    )
    # counter-example: a price told for that earlier season is background
    flags, rules = compared(
        "In the autumn of 2022 the average pump price of diesel was €1.87 a litre.",
        "Diesel cost an average of €1.78 a litre in May, the statistics office said.",
    )
    assert flags == []
    assert "background-year" in rules


def test_a_price_naming_no_tier_is_not_compared_with_one_end_of_a_range() -> None:
    flags, rules = compared(
        "The band will play the stadium in July, with tickets starting at £35.",
        "The band will play the stadium in July, with packages priced at £120.",
    )
    assert flags == []
    assert "different-variants" in rules


def test_a_list_price_and_one_after_discounts_are_two_prices() -> None:
    flags, rules = compared(
        "The airline ordered 40 jets in a deal worth about $5bn once discounts are counted.",
        "The airline ordered 40 jets valued at $9bn at catalogue prices.",
    )
    assert flags == []
    assert "different-variants" in rules


def test_a_tier_beside_another_variant_still_meets_the_tier_alone() -> None:
    # "league" is a variant of the deal, "domestic" a tier: the other article names the tier
    assert_flagged(
        "The league sold its domestic broadcast rights for A$1.5 billion on Monday.",
        "Its domestic broadcast rights were sold for A$2.1 billion on Monday.",
    )


def test_an_auctions_premium_is_no_tier() -> None:
    # counter-example to the tiers: "premium" at an auction is the buyer's fee, its own measure
    assert_flagged(
        "The painting sold for €8.4 million including the buyer's premium on Tuesday.",
        "With premium, the painting fetched €4.8 million at the sale on Tuesday.",
    )


def test_a_sum_in_cents_is_a_hundredth_of_the_currency_the_story_names() -> None:
    assert_flagged(
        "Households were paying 89.5 cents a litre for heating oil on Wednesday.",
        "Heating oil was selling for €1.12 a litre on Wednesday, the supplier said.",
    )
    # counter-example: the same price told in cents and in euros is one price
    assert_quiet(
        "Households were paying 112 cents a litre for heating oil on Wednesday.",
        "Heating oil was selling for €1.12 a litre on Wednesday, the supplier said.",
    )
    # and "per cent" is no cent
    found = {q.number: q.unit for q, _ in find_quantities("Fares rose 4.5 per cent.")}
    assert found == {"4.5 per cent": "%"}


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Riders demanded pay of at least R60 an hour.", {"at least R60": "ZAR"}),
        ("Each rider earns R80 per shift.", {"R80": "ZAR"}),
        # counter-examples: a road's number is no sum
        ("Traffic on the R60 was backed up for hours.", {}),
        ("Take the R5 towards Paarl.", {}),
    ],
)
def test_rand_before_a_rate_or_after_a_word_of_money_is_no_road(
    sentence: str, numbers: dict[str, str]
) -> None:
    assert {q.number: q.unit for q, _ in find_quantities(sentence)} == numbers


def test_a_price_told_by_the_sale_it_was_asked_in() -> None:
    assert_flagged(
        "A tout who sold seats for the final at £350 each was jailed on Friday.",
        "A man who resold tickets for the final at £530 each has been jailed.",
    )


def test_a_count_of_a_groups_part_in_a_state_is_a_subgroup() -> None:
    flags, rules = compared(
        "About 1.1 million adults in Ohio have asthma, the department estimates.",
        "About 90,000 uninsured Ohio adults have asthma, the department estimates.",
    )
    assert flags == []
    assert "subgroup" in rules
    # counter-example: the whole against the whole is a flag
    assert_flagged(
        "About 1.1 million adults in Ohio have asthma, the department estimates.",
        "About 900,000 Ohio adults have asthma, the department estimates.",
    )


def test_a_salary_paid_is_the_salary_earned_not_a_price() -> None:
    paid = _measure("The governor was paid a salary of R6.1 million last year.")
    earned = _measure("The governor earned a salary of R8.1 million last year.")
    assert paid == earned == "salary"
    # counter-example: a sum paid with no noun of pay is a price
    assert _measure("The club paid R6.1 million for the striker last year.") == "price"


def test_an_annual_and_a_monthly_pass_are_two_prices() -> None:
    flags, rules = compared(
        "An annual pass to the gardens costs £48, the trust said on Monday.",
        "A monthly pass to the gardens costs £6, the trust said on Monday.",
    )
    assert flags == []
    assert "different-windows" in rules


def test_two_fuels_prices_are_two_prices() -> None:
    flags, rules = compared(
        "The price of diesel will rise by 31 cents a litre on Wednesday, the ministry said.",
        "The price of petrol will rise by 47 cents a litre on Wednesday, the ministry said.",
    )
    assert flags == []
    assert "different-variants" in rules


def test_a_part_named_by_of_them_is_not_set_apart_from_the_same_part() -> None:
    # counter-example to the subgroup of a state: "of them" names the part the other
    # article counts too
    assert_flagged(
        "The retailer said hackers had accessed data of 4.2 million customers, and that payment "
        "card details of 1.1 million of them had been exposed.",
        "The retailer said a cyberattack had exposed the data of 4.2 million customers, "
        "including partly masked payment card details for 2.3 million.",
    )


def test_a_price_naming_no_window_joins_the_one_the_other_states() -> None:
    assert_flagged(
        "Entry to next year's marathon will cost $95, the director said on Wednesday.",
        "The marathon will take 12,000 runners next year, with entry priced at $125.",
    )
    # counter-example: two windows stated, a price then and a price now
    flags, rules = compared(
        "Entry to the marathon cost $80 last year, the director said on Wednesday.",
        "Entry to the marathon costs $95 this year, the director said on Wednesday.",
    )
    assert flags == []
    assert "different-windows" in rules


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sale before a fine does not make the fine a price
        ("A dealer who sold fake watches for years was fined $50,000.", "penalty"),
        # "start at" a sum after no word of a thing sold is no price
        ("Funding for the programme starts at $2m a year.", "funding (a year)"),
        # an average spent is no price: spending is not a price's verb
        ("Households spent an average of £80 a week on food.", "average (average) (a week)"),
    ],
)
def test_the_price_forms_do_not_fire_without_a_price(text: str, name: str) -> None:
    assert _measure(text) == name
