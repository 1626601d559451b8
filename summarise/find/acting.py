"""Whether a mention acts: the parse has the actor do or say something there (the subject of
a verb, the agent of a passive, "according to" it, "X-backed", the possessor of an action,
a state through its government or an office of it), or only names it (where, of whom).

A place is an actor only where some mention of it acts; a city that hosts events never is
(`actors.build_actors`).
"""

from __future__ import annotations

import re
from typing import Any

#: Nouns that make a nationality or a state's name its government acting: "the Syrian
#: regime", "Russian forces", "Turkey's army".
GOVERNMENT_NOUNS = frozenset(
    """government regime administration authorities authority forces army military troops
    officials ministry leadership navy jets warplanes diplomats embassy delegation
    side""".split()
)
#: Nouns whose possessor acts: "Russia's offensive", "Turkey's warning".
ACTION_NOUNS = frozenset(
    """offensive attack attacks strike strikes operation campaign plan plans decision
    statement warning call proposal demand demands support position bid response offer
    threat invasion intervention move role efforts request""".split()
)
BACKED = re.compile(r"^-?\s*(?:backed|led|sponsored|supported|allied|controlled)\b", re.I)


def of_government(token: Any) -> bool:
    """The name qualifies the state's government or an office of it: "the Syrian regime",
    "Russian and Turkish officials", "Turkish President Erdogan", "Turkey's foreign
    minister". The state acts there through them, whatever the clause does with them."""
    for _ in range(3):
        if token.dep_ != "conj" or token.head is token:
            break
        token = token.head  # "Russian and Turkish presidents"
    if token.dep_ not in ("amod", "compound", "npadvmod", "poss", "nmod"):
        return False
    head = token.head
    return _is_government(head) or head.lower_ in OFFICES


#: Offices a state acts through: a nationality before one names the state.
OFFICES = frozenset(
    """president presidents minister ministers premier chancellor secretary spokesman
    spokeswoman spokesperson ambassador envoy diplomat diplomats officials official
    delegation counterpart leader leaders king foreign defence defense prime lady""".split()
)


def _is_government(token: Any) -> bool:
    return bool(token.lemma_.lower() in GOVERNMENT_NOUNS or token.lower_ in GOVERNMENT_NOUNS)


_NOUNISH = ("NOUN", "PROPN")
#: Meeting someone, or meeting with them, is acting for both sides.
_MEETING_VERBS = frozenset("meet host receive phone call talk speak negotiate agree".split())
_MEETING_NOUNS = frozenset(
    "meeting conference talks call summit negotiations agreement deal interview".split()
)


def acts_here(token: Any, text: str, offset: int, depth: int = 0) -> bool:
    """Whether the parse has `token` act or speak: the subject of a verb, the agent of a
    passive, "according to" it, "X-backed", the possessor of an action ("Russia's
    offensive"), or in apposition or coordination with one that does."""
    if depth > 4:
        return False
    dep, head = token.dep_, token.head
    if dep in ("nsubj", "csubj"):
        return True
    if dep == "nsubjpass" and any(c.dep_ == "xcomp" for c in head.children):
        return True  # "Erdogan and Putin are expected to meet"
    if dep == "dobj" and head.lemma_.lower() in _MEETING_VERBS:
        return True  # "Trump met Obama": both meet
    if (
        dep == "pobj"
        and head.lower_ == "with"
        and (head.head.lemma_.lower() in _MEETING_VERBS | _MEETING_NOUNS)
    ):
        return True  # "a press conference with his Jordanian counterpart Ayman Safadi"
    if dep == "pobj" and head.dep_ == "agent":
        return True
    if dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if dep == "pobj" and head.lower_ == "by" and head.head.tag_ == "VBN":
        return True  # "forces backed by Russia", a passive the parse did not mark
    end = offset + token.idx + len(token.text)
    if BACKED.match(text[end : end + 12]):
        return True
    if dep == "poss" and head.lemma_.lower() in ACTION_NOUNS | GOVERNMENT_NOUNS:
        return True
    if dep in ("conj", "appos") and head is not token:
        return acts_here(head, text, offset, depth + 1)
    if dep == "pobj" and head.lower_ in ("of", "for", "at") and head.head.pos_ in _NOUNISH:
        # "executive director of Human Rights Watch" said: it speaks through its officer
        return acts_here(head.head, text, offset, depth + 1)
    if dep in ("compound", "amod") and _is_government(head):
        return acts_here(head, text, offset, depth + 1)
    return False
