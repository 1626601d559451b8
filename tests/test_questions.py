"""Open questions: code rejects one that would fit any article."""

from __future__ import annotations

import pytest

from summarise.find.questions import is_generic, not_open
from summarise.find.text import read_article
from tests.conftest import SEEDS

IDLIB = read_article(next(p for p in SEEDS if p.name.startswith("003")))

GENERIC = [
    "What is the current situation in Idlib?",
    "What will happen next?",
    "What is the impact on the region?",
    "What are the implications for Russia?",
    "What is the future of Syria?",
    "How will the situation develop?",
    "What is the latest news on Lavrov?",
]
SPECIFIC = [
    "Will the UN's warning of a humanitarian catastrophe prove right?",
    "Who staged the chemical attack that Russia blames on the rebels?",
    "Will the humanitarian corridors Lavrov promised be opened?",
    "How many fighters does IS still have in its besieged holdout?",
]


@pytest.mark.parametrize("question", GENERIC)
def test_a_question_that_fits_any_article_is_rejected(question: str):
    assert is_generic(question, IDLIB)
    for seed in SEEDS:  # and it would fit every other article as well: names aside
        assert is_generic(question, read_article(seed))


@pytest.mark.parametrize("question", SPECIFIC)
def test_a_question_about_what_this_article_leaves_open_is_kept(question: str):
    assert not is_generic(question, IDLIB)


def test_a_question_about_another_story_is_rejected():
    assert is_generic("Will the well rescue reach the trapped boy in time?", IDLIB)


COMMENTARY = [
    "What is the significance of the FBI's decision not to charge Clinton?",
    "Why is it important to establish a cease-fire in Syria's Idlib province?",
    "How does this story affect the political landscape in the US?",
    "What are the implications of the humanitarian corridors for Idlib?",
]


@pytest.mark.parametrize("question", COMMENTARY)
def test_a_question_asking_for_commentary_is_not_open(question: str):
    assert not_open(question, []) is not None


def test_asking_who_someone_is_whom_the_article_introduces_is_not_open():
    from summarise.find.analysis import analyse

    text = (
        "Republican House speaker Paul Ryan said the finding did not change anything. "
        "Ryan urged voters to back the nominee on Tuesday."
    )
    actors = analyse(text).actors
    assert "Paul Ryan" in (not_open("Who is Paul Ryan and what does he say?", actors) or "")
    # a person the article names without saying who they are may be asked about
    assert not_open("Who is Ryan's source inside the bureau?", actors) is None


@pytest.mark.parametrize("question", SPECIFIC)
def test_a_question_about_what_this_article_leaves_open_is_open(question: str):
    assert not_open(question, []) is None


def test_asking_who_holds_a_role_the_article_gives_or_what_a_quoted_person_said_is_not_open():
    from summarise.find.analysis import analyse

    text = (
        "FBI director James Comey said the review had not changed his conclusion. "
        'Patti Wood, a body language expert, watched the meeting. "Both men sat in the alpha '
        'position," Ms Wood said.'
    )
    analysis = analyse(text)
    said = analysis.speaking_actors
    actors = analysis.actors
    assert "James Comey" in (not_open("Who is the FBI director?", actors, said) or "")
    assert not_open("What is the name of the FBI director in question?", actors, said)
    assert "Patti Wood" in (
        not_open("What did Patti Wood conclude about the two men?", actors, said) or ""
    )
    # still open: what the article does not say
    assert not_open("Who will the FBI director brief next?", actors, said) is None
    assert not_open("What did the review find in the deleted emails?", actors, said) is None


def test_a_question_arises_where_the_article_names_whom_it_asks_about():
    from summarise.find.analysis import analyse
    from summarise.find.questions import supporting_sentence

    text = (
        "The regulator said its review of the leaked files turned up no sign of fraud. "
        "Nadia Brook said the agency had been sloppy."
    )
    found = supporting_sentence(
        "Will Nadia Brook press for a review of the leaked files?", analyse(text).parsed
    )
    assert found is not None and found.text.startswith("Nadia Brook")
