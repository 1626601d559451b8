"""One quantity two articles count under different words (`corpus/pairing.py`): paired by
the words their sentences share, and never where code has told the two measures apart, where
the statistic differs, or where a figure is accounted for by an equal one. Every sentence is
invented."""

from __future__ import annotations

from summarise.corpus.compare import compare_figures
from summarise.corpus.pairing import context_words, variant_words
from tests.synthetic import make_brief


def brief(source: str, text: str):
    return make_brief(source, text, dated="3 March 2026")


def flags(*briefs):
    found = compare_figures(list(briefs))
    return [sorted(cl.number for cl in c.claims) for c in found.conflicts]


def test_one_recall_counted_as_cars_and_as_vehicles_is_one_measure() -> None:
    a = brief("a.txt", "Ferrand Motors recalled 84,000 cars over faulty brakes, the company said.")
    b = brief("b.txt", "Ferrand Motors has recalled 120,000 vehicles over faulty brakes.")
    found = compare_figures([a, b])
    assert [sorted(cl.number for cl in c.claims) for c in found.conflicts] == [
        ["120,000", "84,000"]
    ]
    # the flag says how the two were paired, and on which words
    assert "Paired across words" in found.conflicts[0].explanation
    assert "brakes" in found.conflicts[0].explanation


def test_figures_whose_sentences_share_little_are_not_paired() -> None:
    a = brief("a.txt", "The Ferrand plant at Dunmore employs 900 people.")
    b = brief("b.txt", "Ferrand Motors has recalled 120,000 vehicles over faulty brakes.")
    assert flags(a, b) == []


def test_a_figure_equal_to_one_of_the_other_article_is_accounted_for() -> None:
    a = brief("a.txt", "Ferrand Motors will recall 84,000 cars over faulty brakes.")
    b = brief(
        "b.txt",
        "Ferrand Motors is recalling 84,000 vehicles over faulty brakes and will write to "
        "120,000 owners.",
    )
    assert flags(a, b) == []


def test_two_categories_are_never_paired() -> None:
    a = brief("a.txt", "The Kelso bridge collapse killed 12 people on Monday, police said.")
    b = brief("b.txt", "The Kelso bridge collapse injured 40 people on Monday, police said.")
    assert flags(a, b) == []


def test_two_variants_of_a_statistic_are_never_paired() -> None:
    a = brief("a.txt", "Regular pay in Norland rose 5.6% in the three months to October.")
    b = brief("b.txt", "Real wages in Norland rose 1.9% in the three months to October.")
    assert flags(a, b) == []
    assert variant_words(_claim(b)) == {"real"}


def test_the_yes_and_the_no_share_are_never_paired() -> None:
    a = brief("a.txt", "Voters backed the Kelso tunnel plan, with 63 per cent voting in favour.")
    b = brief("b.txt", "In the Kelso tunnel referendum, 37% voted against the plan.")
    assert flags(a, b) == []


def test_the_words_around_a_number_are_stemmed_and_lose_the_commonest() -> None:
    c = _claim(brief("a.txt", "Police arrested 14 workers at the depot."))
    assert {"polic", "arrest", "worker", "depot"} <= context_words(c)
    assert "the" not in context_words(c)


def _claim(b):
    from summarise.corpus.compare import claim

    return claim(b.provenance.source, b.figures[0])


def test_a_variant_word_counts_only_next_to_the_number() -> None:
    # "gross domestic product" names the economy, and a median of another number is not
    # this one's statistic; "seasonally" is no "season"
    gdp = _claim(
        brief("a.txt", "Norland's gross domestic product expanded by 1.3% in the quarter.")
    )
    assert variant_words(gdp) == set()
    other = _claim(
        brief(
            "a.txt", "The shot cut heart attack risk by 19% over a median 3.4 years of follow-up."
        )
    )
    assert "median" not in variant_words(other)
    season = _claim(brief("a.txt", "The hurricane season will bring 14 named storms."))
    assert variant_words(season) == set()
    # a statistic without a word is the seasonally adjusted one: saying so makes no other
    adjusted = _claim(brief("a.txt", "The seasonally adjusted rate was 5.2%."))
    assert variant_words(adjusted) == set()
    raw = _claim(brief("a.txt", "The unadjusted rate was 5.9%."))
    assert variant_words(raw) == {"unadjusted"}


def test_a_figure_whose_measure_the_other_article_names_is_not_unpaired() -> None:
    # 47.3% is the count-in-progress share; 51.2% is named as that share in its article, so
    # it is not unpaired, and the 60% of ballots counted never meets it
    a = brief(
        "a.txt",
        "Former judge Ines Marlow was leading Norland's presidential runoff late on Saturday, "
        "with 47.3% of the vote after 60% of ballots had been counted, the election office said.",
    )
    b = brief(
        "b.txt",
        "Ines Marlow has won Norland's presidential runoff with 51.2% of the vote, according to "
        "final results published by the election office on Sunday.",
    )
    found = compare_figures([a, b])
    assert [c for c in found.conflicts if "60%" in {cl.number for cl in c.claims}] == []
    assert "Paired across words" not in " ".join(
        c.explanation for c in found.conflicts + found.worth_a_look
    )


def test_a_pair_whose_verbs_name_different_doings_is_worth_a_look_not_a_flag() -> None:
    a = brief("a.txt", "Norland universities received 48,000 applications for teaching degrees.")
    b = brief("b.txt", "Norland universities made 12,300 offers for teaching degrees.")
    found = compare_figures([a, b])
    assert found.conflicts == []
    assert [sorted(cl.number for cl in c.claims) for c in found.worth_a_look] == [
        ["12,300", "48,000"]
    ]
