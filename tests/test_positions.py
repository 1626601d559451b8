"""Positions: held by the speaker code found for their statement, said once."""

from summarise.article.prose import positions_of
from summarise.find.analysis import analyse
from summarise.schemas import BriefDraft, PositionDraft

TEXT = (
    "Chilean Foreign Minister Álvaro Ibáñez said there had been no agreement with Lima.\n"
    "Delegations said they discussed ways to revive the border talks.\n"
    "The Peruvian FM said the government would try to reopen the crossings.\n"
    "Ibáñez said again there had been no agreement so far.\n"
)


def test_statements_carry_their_speakers_and_only_named_speakers_back_positions():
    statements = analyse(TEXT).statements()
    assert [(s.speaker, TEXT[s.speaker_span[0] : s.speaker_span[1]]) for s in statements] == [
        ("Álvaro Ibáñez", "Chilean Foreign Minister Álvaro Ibáñez"),
        ("Peruvian FM", "Peruvian FM"),  # a proper name the article uses, though not an actor
        ("Álvaro Ibáñez", "Ibáñez"),
    ]  # "Delegations said…": a description, no one to hold a position


def test_the_holder_is_the_speaker_and_repeats_are_dropped():
    statements = analyse(TEXT).statements()
    draft = BriefDraft.model_construct(  # five stances: one more than the model may give
        title="t",
        date=None,
        summary="s",
        positions=[
            PositionDraft(statement=1, stance="no agreement with Peru"),
            PositionDraft(statement=2, stance="reopen the crossings"),
            PositionDraft(statement=3, stance="No agreement with Peru"),
            PositionDraft(statement=9, stance="a statement that does not exist"),
            PositionDraft(statement=1, stance="said twice"),
        ],
        open_questions=[],
    )
    step = positions_of(draft, statements)
    kept, warnings = step.items, step.warnings
    assert [(p.actor, p.quote) for p in kept] == [
        ("Álvaro Ibáñez", statements[0].quote),
        ("Peruvian FM", statements[1].quote),
    ]
    assert kept[0].speaker is not None
    assert TEXT[kept[0].speaker[0] : kept[0].speaker[1]].endswith("Álvaro Ibáñez")
    assert any("no such statement" in w for w in warnings)


def test_a_stance_about_another_body_is_not_the_speakers():
    """On 003 the model wrote "The UN is concerned about civilians' welfare" as the stance of
    a statement of Lavrov's: it lost its place in the list. A state is not counted: a
    minister speaks for it ("Russia is ready to continue talks")."""
    text = (
        "Sergei Lavrov said Russia was ready to continue the talks in Ankara next week.\n"
        "The UN said the fighting had displaced 38,500 people in two weeks.\n"
    )
    analysis = analyse(text)
    statements = analysis.statements()
    draft = BriefDraft.model_construct(
        title="t",
        date=None,
        summary="s",
        positions=[
            PositionDraft(statement=1, stance="The UN is concerned about the displaced"),
            PositionDraft(statement=1, stance="Russia is ready to continue talks"),
            PositionDraft(statement=2, stance="The fighting displaced many people"),
        ],
        open_questions=[],
    )
    step = positions_of(draft, statements, analysis.actors)
    assert [(p.actor, p.stance) for p in step.items] == [
        ("Sergei Lavrov", "Russia is ready to continue talks"),
        ("UN", "The fighting displaced many people"),
    ]
    assert any("it is about UN" in w for w in step.warnings)
