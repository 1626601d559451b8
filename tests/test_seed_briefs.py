"""The five seed articles, briefed by the embedded model, replayed from cassettes/seeds.yaml.

Assertions are about meaning: this figure, with this value and qualifier, counting this; every
quote found where the brief says it is; nothing taken from page boilerplate.
"""

from __future__ import annotations

import re

import pytest

from summarise.corpus.compare import measure_of
from summarise.find.analysis import analyse
from summarise.find.names import fold
from summarise.find.questions import is_generic
from summarise.find.text import read_article, sentences, text_sha256
from summarise.llm.prompts import load_prompts
from summarise.schemas import Brief, Figure
from tests.conftest import SEEDS

TEXTS = {p.name: read_article(p) for p in SEEDS}
M = 1_000_000


def figure(brief: Brief, number: str) -> Figure:
    matches = [f for f in brief.figures if f.number == number]
    assert len(matches) == 1, f"{number!r} in {[f.number for f in brief.figures]}"
    return matches[0]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_quote_is_at_its_span(seed_briefs, name):
    text, brief = TEXTS[name], seed_briefs[name]
    for item in [*brief.positions, *brief.figures]:
        assert text[item.span[0] : item.span[1]] == item.quote
    for q in brief.open_questions:
        if q.span is not None:
            assert text[q.span[0] : q.span[1]] == q.quote
    if brief.date is not None:
        assert text[brief.date.span[0] : brief.date.span[1]] == brief.date.quote
    for f in brief.figures:
        assert text[f.number_span[0] : f.number_span[1]] == f.number
        assert f.span[0] <= f.number_span[0] and f.number_span[1] <= f.span[1]
    for actor in brief.actors:
        assert actor.mentions, actor
        for s, e in actor.mentions:
            assert fold(text[s:e]) in {fold(f) for f in actor.forms}
    for p in brief.positions:
        if p.speaker is not None:
            assert text[p.speaker[0] : p.speaker[1]]


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_nothing_from_boilerplate(seed_briefs, name):
    boiler = [(s.start, s.end) for s in sentences(TEXTS[name]) if s.boilerplate]
    for f in seed_briefs[name].figures:
        assert not any(s <= f.number_span[0] < e for s, e in boiler), f.number


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_provenance(seed_briefs, name):
    p = seed_briefs[name].provenance
    assert p.sha256 == text_sha256(TEXTS[name])
    assert p.model == "qwen2.5-coder-1.5b-instruct-q4_k_m"
    assert p.prompt_version == load_prompts().version
    assert p.usage.calls >= 2 and p.usage.prompt_tokens > 500 and p.usage.completion_tokens > 100


def test_000_population_and_displaced(seed_briefs):
    b = seed_briefs["000_5735a69cd88fe9d6.txt"]
    pop = figure(b, "more than 3 million")
    assert (pop.value, pop.low, pop.high, pop.qualifier) == (3 * M, 3 * M, None, "at_least")
    assert "civilian" in (pop.measure or "")
    idp = figure(b, "nearly two million")
    assert (idp.value, idp.low, idp.high, idp.qualifier) == (2 * M, 1.8 * M, 2 * M, "approx")
    assert "displaced" in (idp.measure or "")
    assert [f.number for f in b.figures] == [
        "more than 3 million",
        "nearly two million",
        "Thousands",
    ]
    canon = {a.canonical for a in b.actors}
    assert {"Sergey Lavrov", "Heiko Maas", "Recep Tayyip Erdogan", "Vladimir Putin"} <= canon


def test_001_displacement_and_deaths(seed_briefs):
    b = seed_briefs["001_c21b84e8ba4fc628.txt"]
    fled = figure(b, "some 700,000")
    assert (fled.value, fled.low, fled.high, fled.qualifier) == (7e5, 6.3e5, 7.7e5, "approx")
    assert re.search(r"flee|fled|displac", fled.measure or "")
    killed = figure(b, "More than 1,800")
    assert (killed.value, killed.low, killed.high, killed.qualifier) == (
        1800,
        1800,
        None,
        "at_least",
    )
    assert "killed" in (killed.measure or "") and "civilian" in (killed.measure or "")
    vague = figure(b, "Hundreds of thousands")
    assert (vague.value, vague.low, vague.high, vague.qualifier) == (None, 2e5, 999_999, "range")
    assert figure(b, "Some 2 million").qualifier == "approx"
    # the name as written keeps its diacritics; the canonical form is the fullest one
    assert any(a.canonical == "Mevlüt Çavuşoğlu" for a in b.actors) or any(
        fold(a.canonical) == "mevlut cavusoglu" for a in b.actors
    )
    assert any(a.canonical == "Kenneth Roth" for a in b.actors)


def test_002_war_deaths_and_displacement(seed_briefs):
    b = seed_briefs["002_2de9e591a6f84857.txt"]
    dead = figure(b, "More than 350,000")
    assert (dead.value, dead.qualifier) == (350_000, "at_least") and "killed" in (
        dead.measure or ""
    )
    moved = figure(b, "more than half a million")
    assert (moved.value, moved.low, moved.high, moved.qualifier) == (5e5, 5e5, None, "at_least")
    assert "displaced" in (moved.measure or "")
    assert "99.3%" not in [f.number for f in b.figures] and "$134M" not in [
        f.number for f in b.figures
    ]


def test_003_population_displaced_and_fighters(seed_briefs):
    b = seed_briefs["003_73afe5bdf0f6d93d.txt"]
    pop = figure(b, "Some three million")
    assert (pop.value, pop.low, pop.high, pop.qualifier) == (3 * M, 2.7 * M, 3.3 * M, "approx")
    assert pop.verb == "live"  # "Some three million people live in the zone", by the parse
    moved = figure(b, "more than 38,500")
    assert (moved.value, moved.qualifier) == (38_500, "at_least")
    assert "displaced" in (moved.measure or "")
    assert (figure(b, "46").value, figure(b, "15").value) == (46, 15)
    assert figure(b, "some 3,000").qualifier == "approx"
    assert figure(b, "less than three percent").unit == "%"
    assert "Sergey Lavrov" in {a.canonical for a in b.actors}


def test_004_casualties(seed_briefs):
    b = seed_briefs["004_9caa164edb51525a.txt"]
    killed = figure(b, "more than 1,800")
    assert (killed.value, killed.qualifier) == (1800, "at_least") and "killed" in (
        killed.measure or ""
    )
    assert figure(b, "over 200").qualifier == "at_least"
    # what each number counts, as reconciliation reads it from the sentence: "five Turkish
    # troops were martyred and five injured ... martyring seven soldiers"
    counted = [(f.number, measure_of(f)) for f in b.figures if f.number in ("five", "seven")]
    assert counted == [("five", "killed"), ("five", "injured"), ("seven", "killed")]
    assert [f.period for f in b.figures if f.number in ("five", "seven")] == [
        "On Feb. 10",
        "On Feb. 10",
        "last week",
    ]
    assert {"Sergey Lavrov", "Ayman Safadi", "Recep Tayyip Erdogan"} <= {
        a.canonical for a in b.actors
    }


def test_labels_are_the_articles_words(seed_briefs):
    """Place and period are read by code from the figure's sentence (or, for "since then"
    and a missing place, the sentence before); who gives it is one of the article's actors
    or words of its sentence."""
    for name, b in seed_briefs.items():
        text = TEXTS[name]
        sents = sentences(text)
        actors = {a.canonical for a in b.actors}
        for f in b.figures:
            i = next(n for n, s in enumerate(sents) if s.start == f.span[0])
            near = f.quote + " " + (sents[i - 1].text if i else "")
            assert f.period is None or f.period in f.quote
            assert f.period_anchor is None or f.period_anchor in near
            assert f.place is None or f.place in near
            assert (
                f.attributed_to is None
                or f.attributed_to in actors
                or (fold(f.attributed_to) in fold(f.quote))
            )
    # who gives a figure is read from its sentence's parse, not guessed by the model
    sources = {
        (name, f.number): f.attributed_to for name, b in seed_briefs.items() for f in b.figures
    }
    assert sources[("003_73afe5bdf0f6d93d.txt", "more than 38,500")] == "UN"
    assert sources[("003_73afe5bdf0f6d93d.txt", "46")] == "Syrian Observatory for Human Rights"
    # "…, the foreign minister added": the title resolved to the person who holds it
    assert sources[("001_c21b84e8ba4fc628.txt", "Some 2 million")] == "Mevlüt Çavuşoğlu"
    assert sources[("004_9caa164edb51525a.txt", "over 200")] is None  # the sentence names no one


def actor_names(brief: Brief) -> set[str]:
    return {a.canonical for a in brief.actors}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_state_person_and_body_shown_acting_is_an_actor(seed_briefs, name):
    """Russia and Turkey wherever named (each seed is about what they do), Assad wherever
    named, the UN where it is quoted; never a place that only hosts events, never the
    author."""
    text, b = TEXTS[name], seed_briefs[name]
    names = actor_names(b)
    assert "Russia" in names
    if re.search(r"Turkey|Turkish|Ankara", text):
        assert "Turkey" in names
    if "Assad" in text:
        assert any(n.endswith("Assad") for n in names), names
    if re.search(r"(?:said|according to) the (?:UN|United Nations)|United Nations said", text):
        assert names & {"UN", "United Nations"}
    hosts = {"Idlib", "Berlin", "Tehran", "Sochi", "Munich", "Deir Ezzor", "Deraa", "Ghouta"}
    assert not names & hosts
    assert all(a.kind != "other" for a in b.actors)
    if b.author is not None:
        assert all(b.author.quote not in a.canonical for a in b.actors)


def test_who_is_quoted_is_an_actor_with_every_mention(seed_briefs):
    b = seed_briefs["001_c21b84e8ba4fc628.txt"]
    by_name = {a.canonical: a for a in b.actors}
    assert "Human Rights Watch" in by_name  # Kenneth Roth speaks for it
    assert by_name["Kenneth Roth"].role == "executive director of Human Rights Watch"
    lavrov = {a.canonical: a for a in seed_briefs["003_73afe5bdf0f6d93d.txt"].actors}[
        "Sergey Lavrov"
    ]
    assert lavrov.role == "Russian Foreign Minister"
    assert lavrov.forms == ["Sergey Lavrov", "Sergei Lavrov", "Lavrov"]
    # every mention outside the page's boilerplate (its first line repeats the headline)
    text = TEXTS["003_73afe5bdf0f6d93d.txt"]
    briefed = [(s.start, s.end) for s in sentences(text) if not s.skipped]
    expected = [
        m.start()
        for m in re.finditer("Lavrov", text)
        if any(a <= m.start() < b for a, b in briefed)
    ]
    assert len(expected) == 5
    assert [e - len("Lavrov") for s, e in lavrov.mentions] == expected


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_every_position_is_held_by_the_speaker_of_its_statement(seed_briefs, name):
    """The parse, not the model, says who holds a position: it is the speaker of the
    statement quoted, so a position can no longer quote someone else."""
    text, b = TEXTS[name], seed_briefs[name]
    analysis = analyse(text)
    assert b.positions
    for p in b.positions:
        speaker = analysis.speakers.of_span(*p.span)
        assert speaker is not None and speaker.name == p.actor, (p.actor, p.quote)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_open_questions_are_this_articles_and_arise_from_its_sentences(seed_briefs, name):
    text, b = TEXTS[name], seed_briefs[name]
    whole = {(s.start, s.end) for s in sentences(text)}
    for q in b.open_questions:
        assert not is_generic(q.question, text), q.question
        assert q.span is None or tuple(q.span) in whole  # a sentence of the article


def test_a_sentence_of_cavusoglu_is_never_a_position_of_maas(seed_briefs):
    """The defect that opened the issue: 001's "Some 2 million more people could head for
    the Turkish-Syrian border…" is Çavuşoğlu's ("the foreign minister added"), so whoever
    holds a position on it, and whoever gives that figure, is Çavuşoğlu."""
    text = TEXTS["001_c21b84e8ba4fc628.txt"]
    at = text.index("Some 2 million")
    analysis = analyse(text)
    ((start, end, _),) = [s for s in analysis.statement_spans if s[0] <= at < s[1]]
    speaker = analysis.speakers.of_span(start, end)
    assert speaker is not None and speaker.name == "Mevlüt Çavuşoğlu"
    for p in seed_briefs["001_c21b84e8ba4fc628.txt"].positions:
        if p.span[0] <= at < p.span[1]:
            assert p.actor == "Mevlüt Çavuşoğlu"
