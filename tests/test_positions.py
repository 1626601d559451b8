"""Positions: held by an actor of the article, backed by a statement code found, said once."""

from summarise.brief import _positions
from summarise.schemas import Actor, BriefDraft, PositionDraft
from summarise.statements import find_statements
from summarise.text import sentences

TEXT = (
    "Turkish Foreign Minister Mevlüt Çavuşoğlu said there had been no consensus with Moscow.\n"
    "Delegations said they discussed steps to boost the political process.\n"
    "The Syrian FM said the regime would try to avoid civilian deaths.\n"
    "Çavuşoğlu said again there had been no consensus so far.\n"
)
ACTORS = [
    Actor(name="Mevlüt Çavuşoğlu", canonical="Mevlüt Çavuşoğlu", kind="person", mentions=[(25, 41)])
]


def position(statement: int, actor: str, stance: str) -> PositionDraft:
    return PositionDraft(statement=statement, actor=actor, stance=stance)


def test_positions_of_non_actors_and_repeats_are_dropped_with_a_warning():
    statements = find_statements(TEXT, sentences(TEXT))
    assert len(statements) == 4
    draft = BriefDraft.model_construct(  # five positions: one more than the model may give
        title="t",
        date=None,
        summary="s",
        positions=[
            position(1, "Turkish Foreign Minister Mevlüt Çavuşoğlu", "no consensus with Russia"),
            position(2, "delegations", "boost the political process"),
            position(3, "Syrian FM", "avoid civilian deaths"),
            position(4, "Mevlut Cavusoglu", "No consensus with Russia"),
            position(9, "Moscow", "a statement that does not exist"),
        ],
        open_questions=[],
    )
    warnings: list[str] = []
    kept = _positions(TEXT, draft, statements, ACTORS, warnings)
    assert [(p.actor, p.quote) for p in kept] == [
        ("Turkish Foreign Minister Mevlüt Çavuşoğlu", statements[0].quote),
        ("Syrian FM", statements[2].quote),  # a proper name the article uses
    ]
    assert any("'delegations': not one of the article's actors" in w for w in warnings)
    assert any("no statement [9]" in w for w in warnings)
