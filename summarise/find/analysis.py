"""What code reads in one article, in one pass, before any model call.

Sentences (with page boilerplate and text aimed at a model marked), the parse of every
sentence the brief reads, the byline, the actors and the speakers of its statements. The
model calls and the assembly of the brief read this; none of them goes back to the text for
these again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from summarise.find.actors import build_actors
from summarise.find.grammar import parse
from summarise.find.mentions import Parsed, entity_mentions
from summarise.find.names import find_author
from summarise.find.speakers import Speaker, Speakers
from summarise.find.statements import Statement, number_statements, statement_spans
from summarise.find.text import Sentence, sentences
from summarise.schemas import Actor


@dataclass(frozen=True)
class Analysis:
    text: str
    sents: list[Sentence]
    parsed: list[Parsed]  # the sentences briefed, parsed
    fenced: list[tuple[int, int]]  # text aimed at a model: never sent, never briefed
    author: tuple[int, int] | None
    actors: list[Actor]
    speakers: Speakers
    statement_spans: list[tuple[int, int, str]]

    def statements(self, within: tuple[int, int] | None = None) -> list[Statement]:
        """The statements inside `within` that code finds a named speaker for (an actor, or a
        proper name the article uses: not "a source" or "delegations"), numbered from 1."""

        def speaker_of(start: int, end: int) -> tuple[str, tuple[int, int]] | None:
            s = self.speakers.of_span(start, end)
            if s is None or not s.named:
                return None
            return (s.name, (s.start, s.end))

        return number_statements(self.text, self.statement_spans, within, speaker_of)

    @cached_property
    def speaking_actors(self) -> frozenset[str]:
        """The canonical names of the actors whose words the article reports: the speakers
        of its statements (once an article, whatever the number of parts)."""
        return frozenset(
            s.actor
            for a, b, _ in self.statement_spans
            if (s := self.speakers.of_span(a, b)) is not None and s.actor
        )

    def speaker_of(self, sentence: Sentence) -> Speaker | None:
        """Who gives what `sentence` reports: its "according to" source or the subject of
        its speech verb, resolved to an actor where it is one."""
        return self.speakers.of_span(sentence.start, sentence.end)


def analyse(text: str, sents: list[Sentence] | None = None) -> Analysis:
    """Read `text` once: its sentences, their parse, its byline, actors and speakers."""
    sents = sents if sents is not None else sentences(text)
    parsed = [Parsed(i, s, parse(s.text)) for i, s in enumerate(sents) if not s.skipped]
    fenced = [(x.start, x.end) for x in sents if x.instructions]
    author = find_author(text)
    regions = [(p.sentence.start, p.sentence.end) for p in parsed]
    actors = build_actors(text, entity_mentions(parsed, text), author, fenced, regions)
    return Analysis(
        text=text,
        sents=sents,
        parsed=parsed,
        fenced=fenced,
        author=author,
        actors=actors,
        speakers=Speakers(text, parsed, actors, [(x.start, x.end) for x in sents if x.boilerplate]),
        statement_spans=statement_spans(text, sents),
    )
