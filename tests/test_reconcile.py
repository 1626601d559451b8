"""Reconciliation on synthetic briefs: each conflict kind, and each case that is not one."""

from __future__ import annotations

from summarise.corpus.compare import measure_of
from summarise.corpus.reconcile import reconcile, reconcile_actors, reconcile_figures
from summarise.schemas import Claim
from tests.synthetic import make_brief


def kinds(conflicts):
    return sorted((c.kind, c.measure, c.place) for c in conflicts)


def test_disjoint_intervals_for_the_same_count_are_a_value_conflict():
    a = make_brief(
        "a.txt",
        "Korvath now shelters nearly two million displaced people.",
        {"nearly two million": "displaced people"},
        {"nearly two million": "Korvath"},
    )
    b = make_brief(
        "b.txt",
        "Some three million people now live in Korvath, about half of them displaced.",
        {"Some three million": "people living", "about half of them": "people displaced"},
        {"Some three million": "Korvath", "about half of them": "Korvath"},
    )
    _, conflicts = reconcile_figures([a, b])
    assert kinds(conflicts) == [("value", "displaced", "Korvath")]
    c = conflicts[0]
    assert {cl.source for cl in c.claims} == {"a.txt", "b.txt"}
    assert {cl.number for cl in c.claims} == {"nearly two million", "about half of them"}
    assert "1,650,000" in c.explanation and "1,800,000" in c.explanation
    for cl in c.claims:  # each claim carries its quote and where it is
        assert (
            cl.quote[cl.number_span[0] - cl.span[0] : cl.number_span[1] - cl.span[0]] == cl.number
        )


def test_overlapping_intervals_are_not_a_conflict():
    a = make_brief("a.txt", "Korvath is now home to more than 3 million residents.")
    b = make_brief("b.txt", "Some three million people now live in Korvath.")
    groups, conflicts = reconcile_figures([a, b])
    assert conflicts == []
    (group,) = [g for g in groups if g.measure == "population"]
    assert {c.number for c in group.claims} == {"more than 3 million", "Some three million"}


def test_same_count_for_different_windows_is_a_period_conflict():
    a = make_brief(
        "a.txt",
        "The siege has dragged on for months in Varnsk. "
        "More than 2,300 villagers have been killed in Varnsk since then.",
    )
    b = make_brief(
        "b.txt",
        "In March 2021, a ceasefire was signed for Varnsk. "
        "But more than 2,300 villagers have been killed in Varnsk since then.",
    )
    _, conflicts = reconcile_figures([a, b])
    assert kinds(conflicts) == [("period", "killed", "Varnsk")]
    anchors = {cl.period_anchor for cl in conflicts[0].claims}
    assert anchors == {"for months", "March 2021"}


def test_different_windows_with_different_counts_are_not_flagged():
    a = make_brief(
        "a.txt",
        "More than half a million people were displaced in Korvath in the past eight months.",
    )
    b = make_brief(
        "b.txt", "Flooding displaced more than 41,200 people in Korvath in less than three weeks."
    )
    groups, conflicts = reconcile_figures([a, b])
    assert conflicts == []
    assert any(g.measure == "displaced" and len(g.claims) == 2 for g in groups)


def test_different_things_are_never_compared():
    a = make_brief("a.txt", "In Idlib, 46 jihadists were killed.")
    b = make_brief("b.txt", "In Idlib, 4,600 people were injured.")
    _, conflicts = reconcile_figures([a, b])
    assert conflicts == []
    assert measure_of(a.figures[0]) == "killed" and measure_of(b.figures[0]) == "injured"


def test_different_places_are_never_compared():
    a = make_brief("a.txt", "In Idlib, 46 civilians were killed on Monday.")
    b = make_brief(
        "b.txt", "In Aleppo, 400 civilians were killed on Monday.", places={"400": "Aleppo"}
    )
    _, conflicts = reconcile_figures([a, b])
    assert conflicts == []


def test_forecasts_are_not_flagged():
    a = make_brief("a.txt", "Some 2 million more people could flee Idlib.")
    b = make_brief("b.txt", "About 500,000 people could flee Idlib.")
    assert reconcile_figures([a, b])[1] == []


def test_one_article_disagreeing_with_itself_is_not_a_corpus_conflict():
    a = make_brief("a.txt", "Idlib has 3,000 fighters. Idlib has 9,000 fighters.")
    assert reconcile_figures([a])[1] == []


def test_a_judges_doubt_is_shown_on_the_flag_never_acted_on():
    """The model's "no" is recorded with its reason; the flag stays (bench/RESULTS.md: the
    embedded model's "no" was wrong on every real disagreement of the battery)."""
    a = make_brief("a.txt", "Korvath now shelters nearly two million displaced people.")
    b = make_brief("b.txt", "About 900,000 people are displaced in Korvath.")
    seen: list[tuple[Claim, Claim]] = []

    def doubtful(x: Claim, y: Claim) -> tuple[bool, str]:
        seen.append((x, y))
        return False, "one counts a stock, the other new arrivals"

    corpus = reconcile([a, b], judge=doubtful)
    assert len(seen) == 1 and corpus.worth_a_look == []
    (flag,) = corpus.conflicts
    assert flag.verdict == "different" and "stock" in (flag.judgement or "")
    assert {c.source for c in flag.claims} == {"a.txt", "b.txt"}
    _, conflicts = reconcile_figures([a, b], judge=lambda x, y: (True, "both are IDPs"))
    assert (
        conflicts[0].severity == "high"
        and conflicts[0].judgement == "same quantity: both are IDPs"
        and conflicts[0].verdict == "same"
    )
    (unjudged,) = reconcile([a, b]).conflicts
    assert unjudged.verdict == "unjudged" and unjudged.judgement is None


def test_actors_merge_across_spellings_titles_capitals_and_surnames():
    a = make_brief(
        "a.txt",
        "Mevlüt Çavuşoğlu met Sergey Lavrov. Ankara and Moscow agreed. Lavrov spoke.",
        actors=[
            ("Mevlüt Çavuşoğlu", "Mevlüt Çavuşoğlu", "person"),
            ("Sergey Lavrov", "Sergey Lavrov", "person"),
            ("Ankara", "Ankara", "country"),
            ("Moscow", "Moscow", "organisation"),
        ],
        positions=[("Lavrov", "Russia wants talks", "Lavrov spoke")],
    )
    b = make_brief(
        "b.txt",
        "Mevlut Cavusoglu said Turkey and Russia talk. Foreign Minister Sergei Lavrov agreed.",
        actors=[
            ("Mevlut Cavusoglu", "Mevlut Cavusoglu", "person"),
            ("Sergei Lavrov", "Foreign Minister Sergei Lavrov", "person"),
            ("Turkey", "Turkey", "country"),
            ("Russia", "Russian Federation", "country"),
        ],
    )
    c = make_brief("c.txt", "Lavrov repeated it.", actors=[("Lavrov", "Lavrov", "person")])
    actors = {x.canonical: x for x in reconcile_actors([a, b, c])}
    assert set(actors) == {"Sergey Lavrov", "Mevlüt Çavuşoğlu", "Turkey", "Russia"}
    lavrov = actors["Sergey Lavrov"]
    assert lavrov.articles == ["a.txt", "b.txt", "c.txt"]
    assert {"Sergei Lavrov", "Lavrov"} <= set(lavrov.aliases)
    assert [p.quote for p in lavrov.positions] == ["Lavrov spoke"]
    assert set(actors["Turkey"].aliases) >= {"Ankara", "Turkey"}
    assert set(actors["Russia"].aliases) >= {"Moscow", "Russian Federation"}


def test_distinct_people_sharing_a_surname_stay_apart():
    a = make_brief(
        "a.txt", "Bashar Assad spoke.", actors=[("Bashar Assad", "Bashar Assad", "person")]
    )
    b = make_brief("b.txt", "Hafez Assad ruled.", actors=[("Hafez Assad", "Hafez Assad", "person")])
    c = make_brief("c.txt", "Assad spoke.", actors=[("Assad", "Assad", "person")])
    d = make_brief(
        "d.txt",
        "Bashar Assad met aides. Assad left.",
        actors=[("Bashar Assad", "Bashar Assad", "person"), ("Assad", "Assad", "person")],
    )
    actors = {x.canonical: x for x in reconcile_actors([a, b, c, d])}
    assert actors["Bashar Assad"].articles == ["a.txt", "d.txt"]  # d's text ties its "Assad"
    assert actors["Hafez Assad"].articles == ["b.txt"]
    assert actors["Assad"].articles == ["c.txt"]  # ambiguous: left on its own


def test_reconcile_scales_without_pairwise_comparison():
    """Many articles in one bucket: found by sorting, so this stays fast (not a timing test)."""
    briefs = [
        make_brief(f"{i}.txt", f"In Idlib, {1001 + i} fighters were counted.") for i in range(300)
    ]
    corpus = reconcile(briefs)
    assert len(corpus.figure_groups) == 1 and len(corpus.figure_groups[0].claims) == 300
    # exact counts 1001..1300 are pairwise disjoint, none of them rounded: one conflict,
    # naming the closest clash (the likeliest to be one quantity told two ways)
    (c,) = corpus.conflicts
    assert {cl.number for cl in c.claims} == {"1298", "1299"}


def test_meetings_of_the_same_parties_in_different_places_are_a_fact_conflict():
    from summarise.corpus.reconcile import reconcile_events

    a = make_brief(
        "a.txt",
        "The leaders of Peru, Chile and Bolivia will meet next month in the "
        "Chilean city of Porvanta, officials said on Tuesday.",
    )
    b = make_brief(
        "b.txt", "Peru, Chile and Bolivia met in Selbrek to discuss lithium, diplomats said."
    )
    c = make_brief("c.txt", "Peru, Chile and Bolivia met in Selbrek on Thursday, diplomats said.")
    d = make_brief("d.txt", "Peru and Chile will meet in Dunmarra, officials said on Tuesday.")
    assert [e.place for e in a.events] == ["Porvanta"]
    (conflict,) = reconcile_events([a, b, c, d])
    assert conflict.kind == "fact" and conflict.measure == "meeting of Bolivia, Chile, Peru"
    assert [cl.number for cl in conflict.claims] == ["Porvanta", "Selbrek"]
    assert reconcile_events([b, c, d]) == []  # the same place twice is agreement


def test_claims_carry_their_articles_outlet_and_publication_date():
    """A page's or record's outlet and date (provenance) name both sides of a flag and order
    a tally in time, before any date the text states (issue 25)."""

    def published(brief, outlet, day):
        prov = brief.provenance.model_copy(update={"outlet": outlet, "published": day})
        return brief.model_copy(update={"provenance": prov})

    a = published(
        make_brief("a.txt", "The floods killed 45 people in Peru on Monday."),
        "Lima Post",
        "2026-03-02T08:00:00",
    )
    b = published(
        make_brief("b.txt", "The floods killed 80 people in Peru on Monday."),
        "Andes Daily",
        "2026-03-02",
    )
    corpus = reconcile([a, b])
    (flag,) = corpus.conflicts
    assert {(c.outlet, c.article_date) for c in flag.claims} == {
        ("Lima Post", "2026-03-02"),
        ("Andes Daily", "2026-03-02"),
    }
    c = published(
        make_brief("c.txt", "At least 12 people have been killed so far."),
        "Lima Post",
        "2026-03-05",
    )
    d = published(
        make_brief("d.txt", "At least 4 people have been killed so far."),
        "Andes Daily",
        "2026-03-03",
    )
    (tally,) = reconcile([c, d]).tallies
    assert tally.ordered_by == "article date"
    assert [cl.outlet for cl in tally.claims] == ["Andes Daily", "Lima Post"]


def test_markdown_shows_markup_from_articles_models_and_file_names_as_text():
    """report.md and `brief --format md` never carry live HTML or a broken table: text from
    an article, a model or a file name is escaped (issue 23, item 9)."""
    from summarise.article.render import brief_markdown
    from summarise.corpus.report import corpus_markdown

    hostile = "evil`name\n## Injected <img src=x onerror=alert(1)>.txt"
    a = make_brief(
        hostile, "In Idlib, <script>alert(1)</script> 46 civilians were killed on Monday."
    )
    b = make_brief("b|x.txt", "In Idlib, 400 civilians were killed on Monday.")
    a = a.model_copy(update={"title": "<iframe src=javascript:alert(1)>", "summary": "A | B <b>"})
    import re

    for text in (corpus_markdown(reconcile([a, b])), brief_markdown(a)):
        # inside a code span Markdown shows HTML as text; outside, none may be left
        outside = re.sub(r"`[^`\n]*`", "", text)
        assert "<script>" not in outside and "<iframe" not in outside and "<img" not in outside
        assert all(line.count("`") % 2 == 0 for line in text.splitlines())
        assert "&lt;script&gt;" in text or "&lt;iframe" in text
        assert "\n## Injected" not in text  # a file name cannot start a heading
