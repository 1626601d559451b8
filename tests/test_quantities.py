"""The quantity parser: the shapes of the seeds' number phrases, and the phrases news uses."""

from pathlib import Path

import pytest

from summarise.find.quantities import find_quantities, parse_quantity
from summarise.find.text import read_article

SEEDS = Path(__file__).parent.parent / "seeds"
M = 1_000_000


@pytest.mark.parametrize(
    ("phrase", "number", "value", "low", "high", "unit", "qualifier"),
    [
        # the shape of every number phrase in the seed articles, in invented words
        (
            "home to more than 4 million residents",
            "more than 4 million",
            4 * M,
            4 * M,
            None,
            None,
            "at_least",
        ),
        (
            "home to nearly three million seasonal workers",
            "nearly three million",
            3 * M,
            2.7 * M,
            3 * M,
            None,
            "approx",
        ),
        ("Thousands of volunteers from Dorrin", "Thousands", None, 2_000, 9_999, None, "range"),
        (
            "Hundreds of thousands of commuters",
            "Hundreds of thousands",
            None,
            200_000,
            999_999,
            None,
            "range",
        ),
        ("after two earlier rounds", "two", 2, 2, 2, None, "exact"),
        (
            "with some 400,000 people queuing",
            "some 400,000",
            400_000,
            360_000,
            440_000,
            None,
            "approx",
        ),
        (
            "More than 2,600 homes have also been flooded",
            "More than 2,600",
            2_600,
            2_600,
            None,
            None,
            "at_least",
        ),
        (
            "Some 5 million more voters could turn out",
            "Some 5 million",
            5 * M,
            4.5 * M,
            5.5 * M,
            None,
            "approx",
        ),
        ("the arrival of thousands of pilgrims", "thousands", None, 2_000, 9_999, None, "range"),
        ("Van Rensburg floated two plans", "two", 2, 2, 2, None, "exact"),
        (
            "More than 270,000 people have been vaccinated",
            "More than 270,000",
            270_000,
            270_000,
            None,
            None,
            "at_least",
        ),
        ("and millions stranded since", "millions", None, 2 * M, 9_999_999, None, "range"),
        (
            "evacuation of more than half a million residents",
            "more than half a million",
            0.5 * M,
            0.5 * M,
            None,
            None,
            "at_least",
        ),
        (
            "Some four million people live in the basin",
            "Some four million",
            4 * M,
            3.6 * M,
            4.4 * M,
            None,
            "approx",
        ),
        (
            "evacuated more than 41,200 people in less than three weeks",
            "more than 41,200",
            41_200,
            41_200,
            None,
            None,
            "at_least",
        ),
        ("the three main creditors", "three", 3, 3, 3, None, "exact"),
        ("have since arrested 63 smugglers", "63", 63, 63, 63, None, "exact"),
        ("and 17 KPR guards", "17", 17, 17, 17, None, "exact"),
        ("IS has some 6,000 recruits", "some 6,000", 6_000, 5_400, 6_600, None, "approx"),
        (
            "holds less than four percent of the seats",
            "less than four percent",
            4,
            0,
            4,
            "%",
            "at_most",
        ),
        ("six Kenyan soldiers were martyred", "six", 6, 6, 6, None, "exact"),
        ("martyring nine policemen", "nine", 9, 9, 9, None, "exact"),
        ("hitting scores of depots", "scores", None, 40, 99, None, "range"),
        ("neutralizing over 300 militia fighters", "over 300", 300, 300, None, None, "at_least"),
        # other phrases news uses
        ("at least 12 people died", "at least 12", 12, 12, None, None, "at_least"),
        ("up to 40,000 troops", "up to 40,000", 40_000, 0, 40_000, None, "at_most"),
        ("fewer than 100 families", "fewer than 100", 100, 0, 100, None, "at_most"),
        # "about" reaches one step of the last digit written, never more than a tenth
        (
            "about 1.5 million refugees",
            "about 1.5 million",
            1.5 * M,
            1.4 * M,
            1.6 * M,
            None,
            "approx",
        ),
        ("almost 90% of homes", "almost 90%", 90, 81, 90, "%", "approx"),
        (
            "an estimated 250,000 people",
            "an estimated 250,000",
            250_000,
            240_000,
            260_000,
            None,
            "approx",
        ),
        ("a $2.5bn aid package", "$2.5bn", 2.5e9, 2.5e9, 2.5e9, "USD", "exact"),
        ("€40 million in aid", "€40 million", 40 * M, 40 * M, 40 * M, "EUR", "exact"),
        (
            "between 3,000 and 5,000 fighters",
            "between 3,000 and 5,000",
            None,
            3_000,
            5_000,
            None,
            "range",
        ),
        ("10-15 villages", "10-15", None, 10, 15, None, "range"),
        ("dozens of civilians", "dozens", None, 24, 99, None, "range"),
        (
            "tens of thousands of protesters",
            "tens of thousands",
            None,
            20_000,
            99_999,
            None,
            "range",
        ),
        ("twenty-five people", "twenty-five", 25, 25, 25, None, "exact"),
        (
            "three hundred and twelve soldiers",
            "three hundred and twelve",
            312,
            312,
            312,
            None,
            "exact",
        ),
        ("a million people", "a million", M, M, M, None, "exact"),
        ("roughly 4.2 percent", "roughly 4.2 percent", 4.2, 4.1, 4.3, "%", "approx"),
        ("about 300 homes", "about 300", 300, 270, 330, None, "approx"),  # a tenth, at most
        ("500 people or more", "500 people", 500, 500, 500, None, "exact"),
        ("200 or more homes", "200 or more", 200, 200, None, None, "at_least"),
        ("as many as 600 migrants", "as many as 600", 600, 0, 600, None, "at_most"),
        ("1,200 people", "1,200", 1_200, 1_200, 1_200, None, "exact"),
    ],
)
def test_parse_quantity(phrase, number, value, low, high, unit, qualifier):
    q = parse_quantity(phrase)
    if number != "500 people":
        assert q.number == number
    else:  # "or more" after a noun does not bound the number
        assert q.number == "500"
    assert q.value == (None if value is None else pytest.approx(value))
    assert q.low == (None if low is None else pytest.approx(low))
    assert q.high == (None if high is None else pytest.approx(high))
    assert q.unit == unit
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    "phrase",
    [
        "On Feb. 10 the talks resumed",  # a date
        "on August 30, 2018 in Moscow",  # a date and a year
        "since Syria's war started in 2011",  # a year
        "in September 2018",
        "a three-hour meeting",  # durations are periods, not figures
        "displaced in less than two weeks",
        "in the past six months",
        "the brutal seven-year war",
        "a second meeting two days later",
        "took control over N7 and N9 highways",  # road names
        "one of the last ferries",  # a pronoun
        "no one remembers",
        "the 2nd round",  # an ordinal
        "at 10:30 on Monday",  # a time
        "by 3 pm",
    ],
)
def test_not_figures(phrase):
    with pytest.raises(ValueError):
        parse_quantity(phrase)


def test_boilerplate_lines_are_skipped():
    text = read_article(SEEDS / "002_2de9e591a6f84857.txt")
    numbers = [q.number for q, _ in find_quantities(text)]
    assert "99.3%" not in numbers and "$134M" not in numbers
    assert all("More news" not in sent.text for _, sent in find_quantities(text))
    text = read_article(SEEDS / "003_73afe5bdf0f6d93d.txt")
    assert not any(s.text.startswith("8Previous") for _, s in find_quantities(text))


def test_spans_index_the_article():
    for path in sorted(SEEDS.glob("*.txt")):
        text = read_article(path)
        for q, sent in find_quantities(text):
            assert text[q.number_span[0] : q.number_span[1]] == q.number
            assert text[sent.start : sent.end] == sent.text
            assert sent.start <= q.number_span[0] < q.number_span[1] <= sent.end


def test_seed_001_finds_exactly_its_figures():
    text = read_article(SEEDS / "001_c21b84e8ba4fc628.txt")
    assert [q.number for q, _ in find_quantities(text)] == [
        "Hundreds of thousands",
        "two",
        "some 700,000",
        "More than 1,800",
        "Some 2 million",
        "thousands",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The weather station recorded -18.5C at dawn.", [("-18.5C", -18.5, -18.5, "°C")]),
        ("Frost weather: it fell to −4°F overnight.", [("−4°F", -4.0, -4.0, "°F")]),
        # a hyphen between two numbers is a range, not a minus
        ("Weather: highs of 10-12C are forecast.", [("10-12", 10.0, 12.0, None)]),
        ("The village lay under 74cm of snow.", [("74cm", 74.0, 74.0, "cm")]),
        ("Under 50 people came to the meeting.", [("Under 50", 0.0, 50.0, None)]),
        ("The miner was sold for A$3bn.", [("A$3bn", 3e9, 3e9, "AUD")]),
    ],
)
def test_signs_layers_and_other_dollars(
    text: str, found: list[tuple[str, float, float, str | None]]
) -> None:
    got = [(q.number, q.low, q.high, q.unit) for q, _ in find_quantities(text)]
    assert got == found
