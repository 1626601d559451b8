"""Open questions worth asking: code rejects a question that would fit any article.

The model writes open questions; the 1.5B model often writes ones that fit any article ("What
is the current situation in Idlib?", "What will happen next?"). A question is kept only if,
once names are set aside, it still says something of its own: a content word (noun, verb or
adjective) that is not in the vocabulary every story shares and that this article uses. A
question made only of names and generic words ("situation", "happen", "impact", "future")
is a template with a name put in; one whose words are not in the article is not about it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.find.actors import Parsed
from summarise.find.grammar import parse
from summarise.find.names import fold
from summarise.find.text import Sentence
from summarise.schemas import Actor

#: Words that fit any story: a question built only from these (and names) asks nothing.
GENERIC_WORDS = frozenset(
    """situation current currently happen next future impact outcome status development
    implication consequence effect result event thing issue matter state latest go do be
    have will would new ongoing affect mean article story news information detail update
    progress likely possible expect long term short plan reason cause change lead way time
    get make take know see include involve relate regard concern overall main key specific
    exact exactly further more other people country region area world case point question
    answer effort approach strategy response reaction role measure step action""".split()
)
_CONTENT = ("NOUN", "VERB", "ADJ", "ADV")


def specific_words(question: str, text: str) -> list[str]:
    """The question's content words, names aside, that are not generic and that the
    article uses (as written, or as their lemma)."""
    lowered = text.casefold()
    words = []
    for t in parse(question):
        if t.pos_ not in _CONTENT or t.is_stop or t.ent_type_ or not t.is_alpha:
            continue
        lemma = t.lemma_.casefold()
        if lemma in GENERIC_WORDS or t.lower_ in GENERIC_WORDS:
            continue
        if t.lower_ in lowered or lemma in lowered:
            words.append(t.text)
    return words


def is_generic(question: str, text: str) -> bool:
    """Whether `question` would fit any article: nothing in it but names and words every
    story shares, or nothing this article says."""
    return not specific_words(question, text)


#: A question about the article itself, or asking what something signifies: commentary the
#: reader is invited to write, not a point the article leaves open.
_COMMENTARY = re.compile(
    r"\b(?:this|the)\s+(?:article|story|report|news|piece)\b"
    r"|^\s*(?:what|why|how)\b.*\b(?:significan(?:ce|t)|importan(?:ce|t)|implications?)\b",
    re.IGNORECASE,
)
_WHO_IS = re.compile(r"^\s*who\s+(?:is|are|was|were)\s+(.+?)(?:\?|\s+and\b|,|$)", re.IGNORECASE)
#: "Who is the FBI director?", "What is the name of the FBI director in question?"
_WHO_HOLDS = re.compile(
    r"^\s*(?:who|what)\s+(?:is|was)\s+(?:the\s+name\s+of\s+)?the\s+(.+?)"
    r"(?:\s+in\s+question)?\s*\?\s*$",
    re.IGNORECASE,
)
#: "What did Patti Wood conclude about…?"
_WHAT_DID_SAY = re.compile(
    r"^\s*what\s+did\s+(.+?)\s+(?:say|conclude|tell|tweet|write|claim|argue|think|reveal)\b",
    re.IGNORECASE,
)


def not_open(
    question: str, actors: Sequence[Actor], speakers: frozenset[str] = frozenset()
) -> str | None:
    """Why `question` asks nothing the article leaves open, or None: it asks for
    commentary ("What is the significance of…", "Why is it important…", "How does this story
    affect…"); who someone is whom the article introduces with a role ("Who is Paul
    Ryan…?"), or who holds a role the article gives someone ("Who is the FBI director?");
    or what someone said whose statements the article reports (`speakers`: their canonical
    names)."""
    if _COMMENTARY.search(question):
        return "asks for commentary, not for something the article leaves open"
    who = _WHO_IS.match(question)
    if who:
        asked = fold(who.group(1))
        for a in actors:
            if a.role and asked in _names(a):
                return f"the article says who {a.canonical} is ({a.role})"
    holds = _WHO_HOLDS.match(question)
    if holds:
        wanted = set(fold(holds.group(1)).split())
        for a in actors:
            if a.role and wanted and wanted <= set(fold(a.role).split()):
                return f"the article names the {holds.group(1)}: {a.canonical}"
    did = _WHAT_DID_SAY.match(question)
    if did:
        asked = fold(did.group(1))
        for a in actors:
            if a.canonical in speakers and asked in _names(a):
                return f"the article reports what {a.canonical} said"
    return None


def _names(actor: Actor) -> set[str]:
    return {fold(f) for f in (actor.canonical, *actor.forms)}


def supporting_sentence(
    question: str, parsed: Sequence[Parsed], within: tuple[int, int] | None = None
) -> Sentence | None:
    """The sentence a question arises from: the one (inside `within`) that uses most of the
    question's specific words (as written or as lemmas), a name counting twice (a question
    about Paul Ryan arises where the article names him), the earliest on a tie; None where
    no sentence uses any. Code finds it: the model is not asked to copy a quote."""
    wanted = _content_lemmas(question)
    if not wanted:
        return None
    best: tuple[int, Sentence] | None = None
    for p in parsed:
        s = p.sentence
        if within is not None and not (within[0] <= s.start and s.end <= within[1]):
            continue
        have = {t.lemma_.casefold() for t in p.doc} | {t.lower_ for t in p.doc}
        score = sum(weight for word, weight in wanted.items() if word in have)
        if score and (best is None or score > best[0]):
            best = (score, s)
    return best[1] if best else None


def _content_lemmas(question: str) -> dict[str, int]:
    """The question's specific words (folded lemmas), each with its weight: 2 for a name."""
    return {
        t.lemma_.casefold(): 2 if t.pos_ == "PROPN" else 1
        for t in parse(question)
        if t.pos_ in (*_CONTENT, "PROPN")
        and not t.is_stop
        and t.is_alpha
        and t.lemma_.casefold() not in GENERIC_WORDS
    }
