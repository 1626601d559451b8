"""Each false-flag shape found on real coverage (issue 13), as short synthetic sentences, and
the real disagreements next to them that must still be flagged."""

from __future__ import annotations

import pytest

from summarise.corpus.compare import compare_figures, measure_of
from summarise.find.quantities import find_quantities
from tests.synthetic import make_brief


def flags(*briefs):
    found = compare_figures(list(briefs))
    return [(c.kind, c.measure, sorted(cl.number for cl in c.claims)) for c in found.conflicts]


def test_an_events_day_is_not_a_counting_window():
    a = make_brief("a.txt", "At least 12 people were killed on Sunday in the blast.")
    b = make_brief("b.txt", "At least 12 people were killed in the blast.")
    c = make_brief("c.txt", "More than 30 people were injured on Wednesday.")
    d = make_brief("d.txt", "More than 30 people were injured.")
    e = make_brief("e.txt", "At least 12 people were killed last night in the blast.")
    assert flags(a, b, c, d, e) == []


def test_the_same_count_over_two_windows_is_still_a_period_conflict():
    a = make_brief("a.txt", "More than 500 people have been killed in the past week.")
    b = make_brief("b.txt", "More than 500 people have been killed since 2011.")
    assert flags(a, b) == [("period", "killed", ["More than 500", "More than 500"])]


def test_a_background_figure_from_another_year_is_not_the_events():
    a = make_brief(
        "a.txt",
        "Seven miners died on Tuesday in 2016. Three miners died in a similar collapse in 1998.",
    )
    b = make_brief("b.txt", "Seven miners died in the collapse on Tuesday.")
    found = compare_figures([a, b])
    assert found.conflicts == []
    assert {g.measure for g in found.groups} >= {"killed", "killed (1998)"}


def test_killed_is_never_compared_with_killed_and_injured():
    a = make_brief("a.txt", "Twenty people were killed and injured in the attack.")
    b = make_brief("b.txt", "Six people were killed in the attack.")
    c = make_brief("c.txt", "The attack left 20 people dead or wounded.")
    assert [measure_of(f) for f in a.figures + c.figures] == ["killed or injured"] * 2
    assert measure_of(b.figures[0]) == "killed"
    assert flags(a, b, c) == []


def test_a_part_of_a_count_is_not_its_total():
    a = make_brief(
        "a.txt", "Thirty people were injured. Of the injured, 1 is in critical condition."
    )
    b = make_brief("b.txt", "The crash injured 30 people.")
    c = make_brief("c.txt", "The crash injured 31 people.")
    assert flags(a, b) == []  # the 1 in critical condition is not set against 30
    assert flags(b, c) == [("value", "injured", ["30", "31"])]  # 30 and 31 are


def test_a_state_held_for_hours_is_not_a_window():
    a = make_brief("a.txt", "Five miners are trapped underground.")
    b = make_brief("b.txt", "Five miners have been trapped underground for hours.")
    assert flags(a, b) == []


def test_one_figure_in_two_units_is_one_figure_and_units_are_compared_as_quantities():
    (q,) = [q for q, _ in find_quantities("The shaft is 25 m (82 feet) deep.")]
    assert (q.number, q.value, q.unit) == ("25 m", 25.0, "m")
    a = make_brief("a.txt", "The calf slid into a 25-metre-deep shaft at the quarry.")
    b = make_brief("b.txt", "The calf slid into an 82ft-deep shaft at the quarry.")
    c = make_brief("c.txt", "The calf slid into a 60m-deep shaft at the quarry.")
    assert flags(a, b) == []  # 25 m and 82 ft are the same depth
    ((kind, what, numbers),) = flags(a, b, c)
    assert (kind, what, numbers[1]) == ("value", "depth of shaft", "60m")
    assert numbers[0] in ("25-metre", "82ft")


def test_a_width_is_never_compared_with_a_depth():
    a = make_brief("a.txt", "The calf slid into a 25-metre-deep shaft.")
    b = make_brief("b.txt", "The calf slid into a 90cm-wide shaft.")
    assert flags(a, b) == []


def test_different_things_counted_are_not_compared():
    a = make_brief("a.txt", "Some 60 excavators were used in the rescue.")
    b = make_brief("b.txt", "Some 500 rescuers were sent to the scene.")
    assert flags(a, b) == []


def test_a_rising_tally_is_shown_in_sequence_not_flagged():
    a = make_brief("a.txt", "At least two people have died so far.", dated="November 1, 2016")
    b = make_brief("b.txt", "At least four people have died so far.", dated="November 2, 2016")
    c = make_brief("c.txt", "At least six people have died so far.", dated="November 3, 2016")
    found = compare_figures([c, a, b])
    assert found.conflicts == []
    (tally,) = found.tallies
    assert tally.ordered_by == "article date"
    assert [cl.number for cl in tally.claims] == ["At least two", "At least four", "At least six"]


def test_a_tally_that_falls_below_an_earlier_floor_is_flagged():
    a = make_brief("a.txt", "At least six people have died so far.", dated="November 1, 2016")
    b = make_brief("b.txt", "Two people have died so far.", dated="November 3, 2016")
    assert flags(a, b) == [("value", "killed", ["At least six", "Two"])]


def test_a_moving_count_with_different_values_on_the_same_day_is_flagged_not_tallied():
    a = make_brief("a.txt", "Ten people have died so far.", dated="November 1, 2016")
    b = make_brief("b.txt", "Twenty people have died so far.", dated="1 November 2016")
    found = compare_figures([a, b])
    (flag,) = found.conflicts
    assert flag.severity == "high" and "both articles are dated 2016-11-01" in flag.explanation
    assert found.tallies == []  # a pair is a flag or a tally, never both


def test_a_tally_that_falls_is_a_flag_and_not_also_a_tally():
    a = make_brief("a.txt", "At least six people have died so far.", dated="November 1, 2016")
    b = make_brief("b.txt", "Two people have died so far.", dated="November 3, 2016")
    found = compare_figures([a, b])
    assert len(found.conflicts) == 1 and found.tallies == []


def test_undated_moving_counts_are_a_tally_by_value():
    a = make_brief("a.txt", "Some 60 excavators are being used in the search.")
    b = make_brief("b.txt", "Around 80 excavators have been dispatched to the scene.")
    found = compare_figures([b, a])
    assert found.conflicts == []
    (tally,) = found.tallies
    assert tally.ordered_by == "value" and [c.number for c in tally.claims] == [
        "Some 60",
        "Around 80",
    ]


def test_finished_counts_that_disagree_are_flagged_surest_first():
    a = make_brief("a.txt", "The race was halted after 20 of 71 laps.")
    b = make_brief("b.txt", "The race was halted after 21 of 71 laps.")
    c = make_brief("c.txt", "Some 500 rescuers were involved.")
    d = make_brief("d.txt", "Some 900 rescuers were involved.")
    found = compare_figures([a, b, c, d])
    assert sorted((x.measure, x.severity) for x in found.conflicts) == [
        ("lap (part)", "high"),
        ("rescuer", "high"),
    ]
    laps, rescuers = sorted(found.conflicts, key=lambda x: x.measure or "")
    assert "two exact small numbers" in laps.explanation
    assert "1.47 times apart, beyond rounding" in rescuers.explanation


def test_ages_are_figures_and_two_ages_of_the_same_person_disagree():
    a = make_brief("a.txt", "A four-year-old girl slipped into the canal on Monday.")
    b = make_brief("b.txt", "A five-year-old girl slipped into the canal, local radio said.")
    c = make_brief(
        "c.txt", "The 19-year-old Dutchman finished third; a 37-year-old driver crashed."
    )
    (age,) = a.figures
    assert (age.number, age.value, age.unit, age.counted) == (
        "four-year-old",
        4.0,
        "years old",
        "girl",
    )
    assert flags(a, b, c) == [("value", "age of girl", ["five-year-old", "four-year-old"])]


def test_a_round_number_is_read_as_rounded():
    a = make_brief("a.txt", "Police found 600,000 emails on the laptop.")
    b = make_brief("b.txt", "Police found 650,000 emails on the laptop.")
    c = make_brief("c.txt", "Police found 2,000 emails on the laptop.")
    d = make_brief("d.txt", "Police found 3,000 emails on the laptop.")
    assert flags(a, b) == []  # 600,000 is 550,000 to 650,000, rounded
    assert flags(c, d) == [("value", "email", ["2,000", "3,000"])]


def test_results_and_page_furniture_are_not_figures():
    text = (
        "The Cubs won 8-7 after a 3-1 lead. She lost by 290 votes to 228. "
        "Getty Images 5 Massa cries. 1 of 26 Full Screen. In pictures 3/29 London. "
        "He is a four-time world champion. Between 10-20 people died."
    )
    # a vote's tally is two counts of votes, for and against (`tally_side`), not a result
    assert [q.number for q, _ in find_quantities(text)] == ["290", "228", "Between 10-20"]


def test_a_number_that_names_a_lap_is_not_a_count():
    a = make_brief("a.txt", "Okonkwo spun off on lap 52 at the hairpin.")
    b = make_brief("b.txt", "Okonkwo spun off in the 52nd of 66 laps.")
    assert a.figures == [] and flags(a, b) == []


def test_reports_show_tallies_in_sequence_and_doubts_apart_from_flags():
    from summarise.corpus.reconcile import reconcile
    from summarise.corpus.report import corpus_html, corpus_markdown

    a = make_brief("a.txt", "Some 60 excavators are being used in the search.")
    b = make_brief("b.txt", "Around 100 excavators have been dispatched to the scene.")
    c = make_brief("c.txt", "Thirty soldiers were killed in the attack.")
    d = make_brief("d.txt", "Ninety people were killed in the attack.")
    corpus = reconcile([a, b, c, d])
    assert corpus.conflicts == [] and len(corpus.tallies) == 1 and len(corpus.worth_a_look) == 1
    md = corpus_markdown(corpus)
    assert (
        "- excavator, by value: **Some 60** (a.txt · undated) → **Around 100** (b.txt · undated)"
        in md
    )
    assert "## Worth a look" in md and "they count different things (people / soldier)" in md
    html = corpus_html(corpus, {})
    assert '<h2 id="tallies">' in html and '<h2 id="worth-a-look">' in html and "<main>" in html


def test_a_clash_explained_by_a_count_another_article_shows_moving_is_a_tally():
    before = make_brief("a.txt", "Okafor trails Lindqvist by 23 points with one race remaining.")
    moved = make_brief("b.txt", "Okafor won to cut the gap to just 15 points.")
    after = make_brief("c.txt", "Second place leaves Lindqvist with a 15 point lead.")
    found = compare_figures([before, moved, after])
    assert found.conflicts == []
    (tally,) = found.tallies
    assert sorted(c.number for c in tally.claims) == ["15", "15", "23"]
    # without the article that shows the move, the two standings contradict each other
    assert flags(before, after) == [("value", "point", ["15", "23"])]


def test_lower_bounds_a_thousand_times_apart_are_worth_a_look_not_a_flag():
    a = make_brief("a.txt", "The backers each gave $50 million or more to his party.")
    b = make_brief("b.txt", "The backers each gave more than $50,000 to his party.")
    found = compare_figures([a, b])
    assert found.conflicts == []
    (look,) = found.worth_a_look
    assert "1,000 times apart" in look.explanation


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("More than 40,000 people have fled, aid agencies said on Tuesday.", "aid agencies"),
        # the actor's name where the speaker is one of the article's actors
        ("Fighting displaced 38,500 people, said the UN, which has warned of worse.", "UN"),
        ("About 1,200 were displaced, according to local officials.", "local officials"),
        ("He said 12 people were hurt.", None),  # a pronoun with no one before it
        ("Twelve people were hurt in the storm.", None),
    ],
)
def test_who_gives_a_figure_is_read_from_its_sentence(sentence: str, source: str | None):
    (figure,) = make_brief("a.txt", sentence).figures
    assert figure.attributed_to == source


@pytest.mark.parametrize(
    ("period", "published", "day"),
    [
        ("yesterday", "2026-03-04", "2026-03-03"),
        ("last night", "2026-03-04T08:00:00", "2026-03-03"),
        ("today", "2026-03-04", "2026-03-04"),
        ("on Tuesday", "2026-03-04", "2026-03-03"),  # 4 March 2026 is a Wednesday
        ("on Wednesday", "2026-03-04", "2026-03-04"),
        ("on Thursday", "2026-03-04", "2026-02-26"),  # the last Thursday before
        ("in the past week", "2026-03-04", None),  # a window, not a day
        ("yesterday", None, None),  # undated: nothing to anchor to
    ],
)
def test_a_relative_day_is_anchored_to_the_articles_date(period, published, day) -> None:
    from summarise.find.periods import anchor_day

    assert anchor_day(period, published) == day


def test_a_tally_is_ordered_by_the_day_its_sentences_name() -> None:
    # one article date; by the days they name, 4 then 9 is a rise, not two values of one day
    a = make_brief("a.txt", "The death toll rose to 9 today, officials said.", dated="6 March 2026")
    b = make_brief(
        "b.txt", "The death toll had risen to 4 yesterday, officials said.", dated="6 March 2026"
    )
    found = compare_figures([a, b])
    assert found.conflicts == []
    (tally,) = found.tallies
    assert [(c.number, c.event_date) for c in tally.claims] == [
        ("4", "2026-03-05"),
        ("9", "2026-03-06"),
    ]
