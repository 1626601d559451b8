"""Who says what, by the parse: the speaker of every quotation and reported-speech sentence.

A speaker is found, in this order, as:
- "according to X";
- the subject of a speech verb (said, told, added, warned…), before or after the quotation
  ('"…," said Lavrov', 'Lavrov said: "…"'); for a quotation inside reported speech, the
  speech verb nearest above the quotation ('Lavrov said Erdogan told him "…"': Erdogan);
- the agent of a passive ("it was announced by the ministry");
- a pronoun ("he said") or a title ("the minister told") resolved to the most recent person
  named before it outside quotation marks (a title: the most recent whose role has it);
- for a quotation with no speech verb in its sentences, the speaker of the paragraph before,
  when that paragraph ends by introducing it or is itself that speaker's.
The speaker is then matched to the article's actors; one that matches none keeps its words
("a source", "aid agencies") and no actor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from summarise.find import lexicon
from summarise.find.acting import GOVERNMENT_NOUNS
from summarise.find.identity import same_person
from summarise.find.mentions import Parsed
from summarise.find.names import fold, is_nationality
from summarise.find.statements import quotations, without_clutter
from summarise.schemas import Actor

#: Verbs of saying (data/speech_verbs.tsv); the "quoting" ones only where they introduce
#: words ("posted on Instagram: '…'", "It read: '…'"), not "posted a loss".
SPEECH_VERBS = lexicon.words("speech_verbs", "verb")
QUOTING_VERBS = lexicon.words("speech_verbs", "quoting")
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
_GROUP_PRONOUNS = frozenset(["they", "it"])
#: How far back a pronoun or title may reach for its person, in sentences.
PRONOUN_REACH = 4
#: How far after a quotation, in words, a speech verb the parse did not attach to it may be.
QUOTE_REACH = 10


@dataclass(frozen=True)
class Speaker:
    """Who says a statement: the words that name them, where, and the actor they are."""

    start: int
    end: int
    words: str
    actor: str | None  # canonical name of the article's actor, if it is one
    how: str  # "according to", "subject", "agent", "pronoun", "title", "paragraph"
    named: bool = True  # an actor or a proper name ("Syrian FM"), not "a source"

    @property
    def name(self) -> str:
        return self.actor or self.words


class Speakers:
    """The speakers of one article's sentences and quotations."""

    def __init__(
        self,
        text: str,
        parsed: Sequence[Parsed],
        actors: list[Actor],
        clutter: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.parsed = sorted(parsed, key=lambda p: p.sentence.start)
        self._starts = [p.sentence.start for p in self.parsed]
        self._clutter = sorted(clutter)  # page clutter (`find.clutter`): as if not there
        self._quoted = [
            (line.start() + a - 1, line.start() + b + 1)
            for line in re.finditer(r"[^\n]+", text)
            for a, b in quotations(without_clutter(line.group(), self._marks_in(line)))
        ]  # each with its marks, paired as if the page's clutter were not there
        self._mentions = sorted(
            ((s, e, a) for a in actors for s, e in a.mentions), key=lambda m: (m[0], m[1])
        )  # (start, end, actor) in text order
        self._mention_starts = [m[0] for m in self._mentions]
        votes = self._pronoun_votes()
        self._gender = {
            a.canonical: _agreed(_gender(text, a), _by_votes(votes.get(a.canonical)))
            for a in actors
            if a.kind == "person"
        }
        self._by_sentence: dict[int, Speaker | None] = {}
        self._titled: list[tuple[int, Actor]] | None = None

    def _pronoun_votes(self) -> dict[str, dict[str, int]]:
        """What the article's own pronouns say of its people's sex: a his/her/he/she outside
        quotation marks is counted for the person named as the subject of the nearest clause
        above it that has another subject ("Clinton blamed Comey's decision to revive the
        inquiry into her emails": Clinton, she; "Comey released his letter": Comey, he)."""
        votes: dict[str, dict[str, int]] = {}
        for p in self.parsed:
            base = p.sentence.start
            for t in p.doc:
                sex = _PRONOUN_SEX.get(t.lower_)
                if sex is None or t.pos_ != "PRON" or self._inside_quotation(base + t.idx):
                    continue
                for node in _ancestors(t):
                    subject = next(
                        (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None
                    )
                    if subject is None or subject.left_edge.i <= t.i <= subject.right_edge.i:
                        continue  # no subject, or the pronoun is in it: the clause above
                    if subject.pos_ != "PRON":
                        actor = self._actor_within(at := base + subject.idx, at + 1, at)
                        if actor is not None and actor.kind == "person":
                            count = votes.setdefault(actor.canonical, {"m": 0, "f": 0})
                            count[sex] += 1
                    break
        return votes

    # ------------------------------------------------------------------ public
    def of_sentence(self, index: int) -> Speaker | None:
        """The speaker of the parsed sentence at `index` (position in the article order of
        parsed sentences), from its main speech verb."""
        if index not in self._by_sentence:
            p = self.parsed[index]
            self._by_sentence[index] = self._speaker(p, self._speech_verb(p.doc, None))
        return self._by_sentence[index]

    def of_span(self, start: int, end: int) -> Speaker | None:
        """The speaker of the statement at [start, end): a quotation, or a sentence of
        reported speech. Words of a quotation that page clutter runs through are the whole
        quotation's."""
        around = self._quotation_around(start)
        if around is not None and self._clutter_in(*around):
            start, end = around[0] + 1, around[1] - 1
        inside = self._overlapping(start, end)
        quotation = self._inside_quotation(start)
        for i in inside:
            p = self.parsed[i]
            tokens = [t for t in p.doc if start <= p.sentence.start + t.idx < end]
            verb = self._speech_verb(p.doc, tokens, quotation, self._quoted_token(p))
            if verb is not None or self._according_to(p) is not None:
                found = self._speaker(p, verb)
                if found is not None:
                    return found
        if not inside:
            return None
        return self._from_paragraph_before(inside[0], start)

    # ----------------------------------------------------------------- finding
    def _overlapping(self, start: int, end: int) -> list[int]:
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        while i < len(self.parsed) and self.parsed[i].sentence.start < end:
            if self.parsed[i].sentence.end > start:
                out.append(i)
            i += 1
        return out

    def _according_to(self, p: Parsed) -> Any | None:
        """The source of "according to X" in `p`, outside quotation marks."""
        quoted = self._quoted_token(p)
        for t in p.doc:
            if t.lower_ == "according" and not quoted(t):
                for to in t.children:
                    if to.lower_ == "to":
                        obj = next((o for o in to.children if o.dep_ == "pobj"), None)
                        if obj is not None:
                            return obj
        return None

    def _quoted_token(self, p: Parsed) -> Callable[[Any], bool]:
        """Whether a token of `p` stands inside quotation marks."""
        return lambda t: self._inside_quotation(p.sentence.start + t.idx)

    def _quotation_before(self, mark: int) -> tuple[int, int] | None:
        """The quotation that ends just before the opening mark at `mark` (words between the
        marks), with nothing but space between them."""
        i = bisect.bisect_left(self._quoted, (mark, -1)) - 1
        if i < 0:
            return None
        a, b = self._quoted[i]
        if self._gap(min(b, mark), mark).strip() or b > mark + 1:
            return None
        return a + 1, b - 1

    @staticmethod
    def _speech_verb(
        doc: Any,
        tokens: list[Any] | None,
        quotation: bool = False,
        quoted: Callable[[Any], bool] | None = None,
    ) -> Any | None:
        """The speech verb of the sentence: for `tokens` (a statement) the nearest one above
        them in the parse, else (or failing that) the one nearest the root; never one inside
        quotation marks ('"…as he begins speaking…," she said': she)."""
        inside = {t.i for t in tokens} if tokens else set()
        if quotation and tokens:
            # 'the driver joked: "…"': the verb that opens the quotation is its attribution,
            # wherever the parse hangs the quotation's words
            j = min(inside) - 1
            while j >= 0 and doc[j].is_punct and min(inside) - j <= 3:
                j -= 1
            if j >= 0 and _is_speech(doc[j]) and not _press_subject(doc[j]):
                return doc[j]
        if tokens:
            for t in tokens:
                if t.is_punct or t.is_space:
                    continue
                for node in _ancestors(t):
                    if node.i not in inside and _is_speech(node):
                        if not _press_subject(node):
                            return node
                        break  # an agency passing the words on: look for who said them
                break
        verbs = [t for t in doc if _is_speech(t)]
        verbs = [t for t in verbs if not _press_subject(t)] or verbs
        if quotation and inside:
            # a quotation's own words are not its attribution; one the parse did not attach
            # to it introduces it ('Obama said on Thursday: "…"') or follows it closely
            # ('"…," Obama said'), not a clause further on
            first, last = min(inside), max(inside)
            verbs = [t for t in verbs if t.i < first or last < t.i <= last + QUOTE_REACH]
        if verbs and quoted is not None:
            verbs = [t for t in verbs if not quoted(t)]  # "…what does that say…"
        if not verbs:
            return None
        return min(verbs, key=_depth)

    def _speaker(self, p: Parsed, verb: Any | None) -> Speaker | None:
        according = self._according_to(p)
        subject = _subject(verb) if verb is not None else None
        if (
            according is not None
            and (verb is None or _depth(according) <= _depth(verb) + 2)
            and not _a_person(subject)
        ):
            # "According to the New York Times, she said: …" is hers; the paper reports it
            return self._resolve(p, according, "according to")
        if verb is None:
            return None
        if subject is not None and subject.lower_ == "it" and _agent(verb) is not None:
            subject = None  # "it was announced by the ministry"
        if subject is None:
            agent = _agent(verb)
            return self._resolve(p, agent, "agent") if agent is not None else None
        return self._resolve(p, subject, "subject")

    def _resolve(self, p: Parsed, head: Any, how: str) -> Speaker | None:
        base = p.sentence.start
        if head.pos_ == "PRON":
            named = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
            if named is not None:
                head = named  # "she and Lady Gaga told": the one the sentence names
        if head.pos_ == "PRON":
            at = base + head.idx
            if head.lower_ in _REFLEXIVE:
                # "the driver himself joked": the phrase it stands beside, else as "he"
                before = head.doc[head.i - 1] if head.i > 0 else None
                if before is not None and before.pos_ in ("NOUN", "PROPN"):
                    found = self._noun_phrase(p, before, how)
                    if found is not None and (found.actor or found.named):
                        return found
            if head.lower_ in _GROUP_PRONOUNS:
                referent = self._group_referent(p, head)
                if referent is not None:
                    return referent
            actor = self._antecedent(at, _REFLEXIVE.get(head.lower_, head.lower_))
            if actor is None:
                return None
            return Speaker(at, at + len(head.text), head.text, actor.canonical, "pronoun")
        return self._noun_phrase(p, head, how)

    def _noun_phrase(self, p: Parsed, head: Any, how: str, depth: int = 0) -> Speaker | None:
        """Who the noun phrase headed by `head` is: the person in apposition; the body a
        spokesman speaks for; the person a definite title or role refers back to; the
        description itself where it only holds a name ("Mr Avery's family"); else the actor
        it names, or its words."""
        base = p.sentence.start
        start, end = _phrase(head)
        a, b = base + start, base + end
        while a < b and not self.text[a].isalnum() and self.text[a] not in "@#":
            a += 1  # '" organisers of…': the quotation mark before the phrase
        words = self.text[a:b]
        # a proper name: an entity, or a proper noun that is not just capitalised by
        # opening the sentence ("Delegations said"); not a description built on a common
        # noun or a plural ("a Republican source", "the New York businessman", "both
        # Republicans"), whatever names it holds
        proper = _names_someone(head) and any(
            t.ent_type_ in ("PERSON", "GPE", "NORP", "FAC")
            or (t.pos_ == "PROPN" and (t.i > 0 or t.ent_type_ == "ORG"))
            for t in head.subtree
            if start <= t.idx < end
        )
        actor = self._appositive(p, head)
        lemma = head.lemma_.lower()
        if actor is None and _elect(head) and _definite(head):
            # "the president-elect said": the person whose role is that office
            holder = self._holder(a, head, fallback=False)
            if holder is not None:
                return Speaker(a, b, words, holder.canonical, "title")
        if actor is None and _common_noun(head):
            if lemma in _speaks_for() and depth < 2:
                body = _body(head)
                if body is not None:
                    # "a spokesman for the regional fire service", "a Harbour Authority
                    # spokeswoman": the body speaks, not another body's spokesman named
                    # earlier; "the White House spokesman" may be the one named earlier
                    if lemma in _titles() and _definite(head):
                        holder = self._holder(a, head, fallback=False)
                        if holder is not None and _role_names(holder, body):
                            return Speaker(a, b, words, holder.canonical, "title")
                    found = self._noun_phrase(p, body, how, depth + 1)
                    if found is not None:
                        return found
            if lemma in _titles() | _roles() and _definite(head):
                holder = self._holder(a, head, fallback=False)
                if holder is not None:
                    return Speaker(a, b, words, holder.canonical, "title")
            if lemma not in _speaks_for() | GOVERNMENT_NOUNS:
                inner = self._actor_within(a, b, base + head.idx)
                if inner is not None and self._modifies(p, inner, head, a, b):
                    # "Mr Avery's family said he was…": the family speaks of him; "the
                    # family of a City Hospital porter": the hospital names the porter
                    return Speaker(a, b, words, None, how, named=inner.kind == "person")
        actor = actor or self._actor_within(a, b, base + head.idx)
        actor = actor or self._actor_named(words)
        if actor is None and lemma in _titles() and _definite(head):
            actor = self._holder(a, head, fallback=True)
            if actor is not None:
                return Speaker(a, b, words, actor.canonical, "title")
        if actor is not None:
            return Speaker(a, b, words, actor.canonical, how)
        # the press reports what others say; what it says itself is nobody's position
        return Speaker(a, b, words, None, how, named=proper and not lexicon.is_press(words))

    def _modifies(self, p: Parsed, actor: Actor, head: Any, a: int, b: int) -> bool:
        """The actor is named in [a, b) only as what qualifies the phrase's head, not as it:
        a person ("Mr Avery's family", "friends of Tom Avery"), or a body named inside
        another noun ("the family of a City Hospital porter"); a body that qualifies the
        head directly ("Russia's foreign ministry", "a senior Turkish diplomat", "the UN
        refugee agency") speaks through it."""
        for s, _, other in self._mentions:
            if other is not actor or not a <= s < b:
                continue
            token = self._token_at(p, s)
            if token is None or token.i == head.i:
                return False
            if actor.kind == "person":
                return True
            node = token
            while node.head is not node and node.head.i != head.i:
                node = node.head
                if node.pos_ == "NOUN":
                    return True  # "porter" between "City Hospital" and "family"
            return False
        return False

    @staticmethod
    def _token_at(p: Parsed, at: int) -> Any | None:
        """The token of `p` that starts at article offset `at`, or covers it."""
        for t in p.doc:
            if p.sentence.start + t.idx <= at < p.sentence.start + t.idx + len(t.text):
                return t
        return None

    def _group_referent(self, p: Parsed, pronoun: Any) -> Speaker | None:
        """ "They" or "it" as the subject of a speech verb: the subject of the main clause of
        a sentence before (the nearest that has one outside quotation marks and is not
        itself "they" or "it"), where it is a body or an organisation ("The family of a
        porter paid tribute. They added…": the family; "Human Rights Watch accused Russia…
        It said…": the organisation, not Russia). A person there is passed over; nothing
        found leaves the pronoun to the most recent body named (`_antecedent`). "It read:"
        is the words of whoever the sentence before has issue them, person or body."""
        word = pronoun.lower_
        at = p.sentence.start + pronoun.idx
        reads = pronoun.head.lemma_.lower() == "read"
        i = bisect.bisect_right(self._starts, p.sentence.start) - 1
        for j in range(i - 1, max(-1, i - 1 - PRONOUN_REACH), -1):
            q = self.parsed[j]
            subject = _main_subject(q.doc)
            if subject is None or self._inside_quotation(q.sentence.start + subject.idx):
                continue
            if subject.pos_ == "PRON":
                if reads and subject.lower_ in _PERSON_PRONOUNS:
                    return self._resolve(q, subject, "pronoun")
                continue
            found = self._noun_phrase(q, subject, "pronoun")
            if found is None:
                continue
            if reads:
                return Speaker(found.start, found.end, found.words, found.actor, "pronoun",
                               found.named)  # fmt: skip
            if found.actor is not None:
                if self._kind(found.actor) == "person":
                    continue
                return Speaker(at, at + len(pronoun.text), pronoun.text, found.actor, "pronoun")
            if subject.pos_ == "NOUN" and _agrees(subject, word):
                return Speaker(found.start, found.end, found.words, None, "pronoun",
                               found.named)  # fmt: skip
        return None

    def _kind(self, canonical: str) -> str:
        return next((a.kind for _, _, a in self._mentions if a.canonical == canonical), "")

    def _appositive(self, p: Parsed, head: Any) -> Actor | None:
        """The person named in apposition to the speaker: "Trump's campaign manager,
        Kellyanne Conway, said" is Conway, not Trump."""
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                if any(x.dep_ == "conj" for x in c.children):
                    return None  # "Trump's adult children, Ivanka, Eric and Don Jr., said"
                a = p.sentence.start + c.left_edge.idx
                b = p.sentence.start + c.right_edge.idx + len(c.right_edge.text)
                found = self._actor_within(a, b, p.sentence.start + c.idx)
                if found is not None and found.kind == "person":
                    return found
        return None

    def _actor_within(self, a: int, b: int, head_at: int) -> Actor | None:
        """The actor named inside [a, b): the one at the phrase's head, else a person, else
        any ("Kremlin spokesman Dmitry Peskov" is Peskov; "Russia's foreign ministry"
        Russia)."""
        i = max(0, bisect.bisect_left(self._mention_starts, a) - 1)
        inside = []
        while i < len(self._mentions) and self._mentions[i][0] < b:
            if self._mentions[i][1] > a:
                inside.append(self._mentions[i])
            i += 1
        if not inside:
            return None
        for s, e, actor in inside:
            if s <= head_at < e:
                return actor
        people = [m for m in inside if m[2].kind == "person"]
        return (people or inside)[-1][2]

    def _actor_named(self, words: str) -> Actor | None:
        """The actor one of whose forms `words` is, or a person `words` name (`same_person`:
        "Lavrov", "S. Lavrov"), where the tagger missed this mention."""
        key = fold(words)
        if not key:
            return None
        for _, _, actor in self._mentions:
            forms = [*actor.forms, actor.canonical]
            if key in {fold(f) for f in forms} or (
                actor.kind == "person" and any(same_person(words, f) for f in forms)
            ):
                return actor
        return None

    def _antecedent(self, at: int, word: str) -> Actor | None:
        """The most recent actor named before `at`, outside quotation marks and within
        PRONOUN_REACH sentences: a person for he/she, a state or organisation for it/they
        that is not named only to qualify something else ("a City Hospital porter")."""
        first = max(0, bisect.bisect_right(self._starts, at) - 1 - PRONOUN_REACH)
        floor = self.parsed[first].sentence.start if self.parsed else 0
        i = bisect.bisect_left(self._mention_starts, at) - 1
        fallback = embedded = possessor = None
        # a person a title names as the subject of a main clause ("But the president added
        # that…. He said…") is as near as one named there by name
        titled = next(
            (
                (s, actor)
                for s, actor in reversed(self._titled_subjects())
                if floor <= s < at
                and not self._in_quote(s, at)
                and word in _PERSON_PRONOUNS
                and self._gender.get(actor.canonical) in (None, _PRONOUN_GENDER[word])
            ),
            None,
        )
        while i >= 0 and self._mentions[i][0] >= floor:
            s, _, actor = self._mentions[i]
            i -= 1
            if self._in_quote(s, at):
                continue
            if word in _PERSON_PRONOUNS and actor.kind == "person":
                if self._gender.get(actor.canonical) not in (None, _PRONOUN_GENDER[word]):
                    continue  # "he" is not a person the article calls Mrs or spokeswoman
                # the most recent person named as the subject of a main clause: "he" is
                # usually them ("Obama said Trump was unfit. In the campaign, he told…":
                # Obama); else of a clause inside one; else the most recent person
                subject = self._is_subject(s)
                if subject == "main":
                    return titled[1] if titled is not None and titled[0] > s else actor
                if subject == "embedded":
                    embedded = embedded or actor
                if self._qualifies(s):
                    # "Having promised to scrap Obama's law, he now says": a possessor is
                    # the least likely one
                    possessor = possessor or actor
                else:
                    fallback = fallback or actor
            elif word in _GROUP_PRONOUNS and actor.kind != "person" and not self._qualifies(s):
                return actor
        return (titled[1] if titled is not None else None) or embedded or fallback or possessor

    def _titled_subjects(self) -> list[tuple[int, Actor]]:
        """(offset, person) of every main clause whose subject is a definite title or role
        that refers back to a person ("the president added"), in text order."""
        if self._titled is None:
            self._titled = []
            for p in self.parsed:
                subject = _main_subject(p.doc)
                if subject is None or not (
                    _elect(subject)
                    or (_common_noun(subject) and subject.lemma_.lower() in _titles() | _roles())
                ):
                    continue
                found = self._noun_phrase(p, subject, "subject")
                if found is not None and found.how == "title" and found.actor is not None:
                    actor = next(a for _, _, a in self._mentions if a.canonical == found.actor)
                    self._titled.append((found.start, actor))
        return self._titled

    def _holder(self, at: int, head: Any, fallback: bool) -> Actor | None:
        """The person a definite title or role before `at` refers back to ("the foreign
        minister said"): the most recent one whose role has the word and every name that
        qualifies it ("the Breaking Bad actor" is not "Big Bang Theory actor Kunal
        Nayyar"). A title reaches back however far, a role (an occupation) PRONOUN_REACH
        sentences. With `fallback`, a title no role has is the most recent person within
        reach."""
        word = _elect(head) or head.lemma_.lower()
        role_only = word in _roles() and word not in _titles()
        qualifiers = {
            fold(t.text)
            for c in head.children
            if c.dep_ in ("compound", "amod", "nmod", "poss")
            and c.i < head.i
            and not (word.endswith("-elect") and c.i >= head.i - 2)
            for t in c.subtree
            if t.pos_ == "PROPN" and not is_nationality(t.text)
        }
        first = max(0, bisect.bisect_right(self._starts, at) - 1 - PRONOUN_REACH)
        floor = self.parsed[first].sentence.start if self.parsed else 0
        i = bisect.bisect_left(self._mention_starts, at) - 1
        found = None
        while i >= 0:
            s, _, actor = self._mentions[i]
            i -= 1
            if role_only and s < floor:
                break
            if self._in_quote(s, at) or actor.kind != "person":
                continue
            if _role_has(actor.role, word, qualifiers, head):
                return actor
            if word in fold(actor.role or "").split():
                continue  # "Vice President X" for "the president": another office
            if fallback and not role_only and s >= floor:
                found = found or actor
        return found

    def _qualifies(self, at: int) -> bool:
        """The name at offset `at` qualifies a noun that is no subject ("a City Hospital
        porter", "to scrap Obama's healthcare law"): it is the least likely one a later
        pronoun refers to. A state before its government ("the Syrian regime") is that
        government; the possessor of a subject ("the council's budget was cut") is as much
        the topic as the subject."""
        i = bisect.bisect_right(self._starts, at) - 1
        if i < 0:
            return False
        token = self._token_at(self.parsed[i], at)
        if token is None:
            return False
        while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
            token = token.head  # "City" of "City Hospital"
        return (
            token.dep_ in ("compound", "poss", "amod", "nmod")
            and token.head.pos_ == "NOUN"
            and token.head.lemma_.lower() not in GOVERNMENT_NOUNS
            and token.head.dep_ not in ("nsubj", "nsubjpass")
        )

    def _is_subject(self, at: int) -> str | None:
        """Whether the name at offset `at` is (in) the subject of its clause (the parse's
        nsubj): "main" of the sentence's main clause (or one joined to it by "and"),
        "embedded" of a clause inside it; None if it is not a subject."""
        i = bisect.bisect_right(self._starts, at) - 1
        if i < 0:
            return None
        p = self.parsed[i]
        for t in p.doc:
            if p.sentence.start + t.idx == at:
                node = t
                for _ in range(3):
                    if node.dep_ in ("nsubj", "nsubjpass"):
                        verb = node.head
                        while verb.dep_ == "conj" and verb.head is not verb:
                            verb = verb.head
                        return "main" if verb.dep_ == "ROOT" else "embedded"
                    # "Mr. Comey's letters went against…, but he told aides": the possessor
                    # of a subject is as much the topic as the subject
                    if node.dep_ not in ("compound", "flat", "appos", "poss"):
                        return None
                    if node.head is node:
                        return None
                    node = node.head
                return None
        return None

    def _quotation_around(self, at: int) -> tuple[int, int] | None:
        """The quotation (with its marks) that offset `at` stands inside, if any."""
        i = bisect.bisect_right(self._quoted, (at, len(self.text))) - 1
        if i >= 0 and self._quoted[i][0] < at < self._quoted[i][1]:
            return self._quoted[i]
        return None

    def _inside_quotation(self, at: int) -> bool:
        return self._quotation_around(at) is not None

    # ----------------------------------------------------------------- clutter
    def _marks_in(self, line: re.Match[str]) -> list[tuple[int, int]]:
        """The clutter spans of a paragraph, in its own offsets."""
        return [(a - line.start(), b - line.start()) for a, b in self._clutter_in(*line.span())]

    def _clutter_in(self, a: int, b: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self._clutter, (a, a))
        out = []
        while i < len(self._clutter) and self._clutter[i][0] < b:
            out.append(self._clutter[i])
            i += 1
        return out

    def _gap(self, a: int, b: int) -> str:
        """text[a:b] as if its page clutter were not there: the clutter left out, and a
        paragraph that was only clutter with it (unchanged where it holds none)."""
        marks = self._clutter_in(a, b)
        if not marks:
            return self.text[a:b]
        kept, at = [], a
        for m, n in marks:
            kept.append(self.text[at:m])
            at = max(at, n)
        kept.append(self.text[at:b])
        return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", "".join(kept))

    def _in_quote(self, s: int, at: int) -> bool:
        """Offset `s` is inside a quotation that offset `at` is not inside."""
        q = self._quotation_around(s)
        return q is not None and not (q[0] < at < q[1])

    def _from_paragraph_before(self, index: int, start: int) -> Speaker | None:
        """A quotation with no speech verb of its own: opening its paragraph, the speaker of
        the paragraph just before it ('Lavrov said:' then the quotation; or a second
        paragraph of the same speaker's words); opening its sentence, the speaker of the
        sentence just before it."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        if index == 0 or start == 0 or text[start - 1] not in _OPENING_MARKS:
            return None  # not a quotation: a sentence is not said by the paragraph before
        if self._gap(line_start, start - 1).strip():
            # not opening its paragraph: the speaker of the sentence just before, where the
            # quotation opens its own sentence ('…," Ms Wood said. "Trump holds…"')
            before = self._quotation_before(start - 1)
            if before is not None:
                # '…: "It's unbelievable. "Every guy…"': a quotation's next paragraph, run
                # into one line by the page
                return self.of_span(*before)
            prev = index - 1
            if prev < 0 or self._gap(self.parsed[prev].sentence.end, start - 1).strip():
                return None
            if not quotations(self.parsed[prev].sentence.text):
                return None  # a sentence of reported speech before it is no introduction
        else:
            prev = index - 1
            while prev >= 0 and self.parsed[prev].sentence.start >= line_start:
                prev -= 1
            if prev < 0 or self._gap(self.parsed[prev].sentence.end, line_start).count("\n") > 3:
                return None
        p = self.parsed[prev]
        found = self.of_span(p.sentence.start, p.sentence.end)
        if found is None:
            return None
        return Speaker(found.start, found.end, found.words, found.actor, "paragraph", found.named)


_OPENING_MARKS = frozenset("“\"‘'")
_REFLEXIVE = {"himself": "he", "herself": "she", "themselves": "they", "itself": "it"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PRONOUN_SEX = {
    **_PRONOUN_GENDER,
    **{"his": "m", "himself": "m", "hers": "f", "herself": "f"},
}


def _agreed(by_title: str | None, by_pronouns: str | None) -> str | None:
    """The sex the article's titles and its pronouns say, where they do not disagree: a
    "Mrs. Obama" merged into the story's Obama, whom the pronouns call "he", says nothing."""
    if by_title and by_pronouns and by_title != by_pronouns:
        return None
    return by_title or by_pronouns


def _by_votes(count: dict[str, int] | None) -> str | None:
    """The sex the pronouns agree on: all of them, or three to one and more."""
    if not count:
        return None
    m, f = count["m"], count["f"]
    if m > f and (f == 0 or m >= 3 * f):
        return "m"
    if f > m and (m == 0 or f >= 3 * m):
        return "f"
    return None


_FEMALE_TITLES = r"Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|First\s+Lady"
_MALE_TITLES = r"Mr|Mister|Sir|Lord|King|Prince"
_FEMALE_ROLES = frozenset(
    """spokeswoman chairwoman wife mother daughter sister actress businesswoman congresswoman
    queen princess woman girl grandmother widow lady""".split()
)
_MALE_ROLES = frozenset(
    """spokesman chairman husband father son brother actor businessman congressman king
    prince man boy grandfather widower""".split()
)


def _gender(text: str, actor: Actor) -> str | None:
    """What the article itself says of a person's sex, if anything: a title before one of
    their mentions ("Mrs Clinton", "Mr Obama") or their role ("spokeswoman"); None if it
    says nothing or both. Only their own mentions count: "Mrs. Trump" elsewhere in the
    text may be his wife."""
    found: set[str] = set()
    for form in {actor.canonical, *actor.forms}:
        if re.match(rf"(?:{_FEMALE_TITLES})\.?\s", form):
            found.add("f")  # "Lady Michelle Obama" as the article writes her
        if re.match(rf"(?:{_MALE_TITLES})\.?\s", form):
            found.add("m")
    for s, _ in actor.mentions:
        before = text[max(0, s - 16) : s]
        if re.search(rf"\b(?:{_FEMALE_TITLES})\.?\s+$", before):
            found.add("f")
        if re.search(rf"\b(?:{_MALE_TITLES})\.?\s+$", before):
            found.add("m")
    role = set(fold(actor.role or "").split())
    if role & _FEMALE_ROLES:
        found.add("f")
    if role & _MALE_ROLES:
        found.add("m")
    return found.pop() if len(found) == 1 else None


def _common_noun(head: Any) -> bool:
    """A common noun heads the phrase ("family", "spokesman"), not a name."""
    return bool(head.pos_ == "NOUN" and head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"))


def _speaks_for() -> frozenset[str]:
    """Nouns for someone or something that speaks for another (data/speaks_for.tsv)."""
    return lexicon.words("speaks_for")


def _body(head: Any) -> Any | None:
    """The head of what a spokesman (or statement, lawyer…) speaks for: "a spokesman for
    the fire service", "a statement from the club", "the hospital's spokeswoman", "a
    Harbour Authority spokeswoman"."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from") and c.i == head.i + 1:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
    before = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i]
    return before[-1] if before else None


#: Words that make a title another office: "Vice President" is not "the president".
_OTHER_OFFICE = frozenset(["vice", "deputy", "former", "ex", "assistant", "acting"])


def _role_has(role: str | None, word: str, qualifiers: set[str], head: Any) -> bool:
    """The role has the title `word` as that office ("President" for "the president", not
    "Vice President" or "President-elect" unless the description says so too) and every
    name qualifying the description."""
    if not role:
        return False
    tokens = re.findall(r"[\w'’-]+", role.casefold())
    mine = {c.lower_ for c in head.children if c.i < head.i}
    for i, token in enumerate(tokens):
        if token != word and token.split("-")[0] != word:
            continue
        if "-" in token and token != word and token.split("-", 1)[1] not in mine:
            continue  # "President-elect" for "the president"
        if i > 0 and tokens[i - 1] in _OTHER_OFFICE and tokens[i - 1] not in mine:
            continue
        return qualifiers <= set(fold(role).split())
    return False


def _elect(head: Any) -> str | None:
    """ "president-elect" for the head of "the President-elect" (which the parse splits into
    "President", "-", "elect"), a title of its own."""
    doc = head.doc
    if head.lower_ != "elect" or head.i < 2 or doc[head.i - 1].text not in ("-", "‑"):
        return None
    title = doc[head.i - 2].lower_
    return f"{title}-elect" if title in _titles() else None


def _role_names(person: Actor, body: Any) -> bool:
    """The person's role names the body: "White House spokesman" for the White House."""
    role = set(fold(person.role or "").split())
    words = set(fold(" ".join(t.text for t in body.subtree)).split()) - {"the", "a", "an"}
    return bool(words) and words <= role


def _main_subject(doc: Any) -> Any | None:
    """The subject of the sentence's main clause; a noun the parse makes the root (its verb
    taken for a modifier of it: "The family of a porter who died paid tribute") is it."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _agrees(noun: Any, pronoun: str) -> bool:
    """A noun "it" or "they" can stand for as a speaker: a body that speaks as one
    (data/bodies.tsv: "the council" for both, "the police" for "they"), or, for "they",
    any plural."""
    pronouns = _bodies().get(noun.lemma_.lower())
    if pronouns is not None:
        return pronoun in pronouns
    return pronoun == "they" and noun.tag_ in ("NNS", "NNPS")


@cache
def _bodies() -> dict[str, frozenset[str]]:
    return {
        fold(r[0]): frozenset(["it", "they"] if r[1] == "both" else [r[1]])
        for r in lexicon.rows("bodies")
    }


def _is_speech(t: Any) -> bool:
    if t.pos_ not in ("VERB", "AUX"):
        return False
    lemma = t.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    # "posted on Twitter: '…'", "It read: '…'": a verb that says only where words follow it
    return lemma in QUOTING_VERBS and any(
        w.text in (":", '"', "“", "‘", "'") for w in t.doc[t.i + 1 : t.i + 5]
    )


def _press_subject(verb: Any) -> bool:
    """The verb's subject is a news outlet or agency: "…," Smith said, the Associated Press
    reported' is Smith's quotation, which the agency only passes on."""
    subject = _subject(verb)
    if subject is None:
        return False
    start, end = _phrase(subject)
    return lexicon.is_press(subject.doc.text[start:end])


def _names_someone(head: Any) -> bool:
    """The phrase headed by `head` is a name, not a description: its head is a proper noun
    (or an entity), and not a plural ("Republicans")."""
    if head.tag_ in ("NNS", "NNPS"):
        return False
    return bool(head.pos_ == "PROPN" or head.ent_type_)


def _ancestors(t: Any, limit: int = 12) -> Iterator[Any]:
    """The heads above token `t` in the parse, nearest first (at most `limit`)."""
    for _ in range(limit):
        if t.head is t:
            return
        t = t.head
        yield t


def _depth(t: Any) -> int:
    d = 0
    while t.head is not t and d < 50:
        t, d = t.head, d + 1
    return d


def _subject(verb: Any) -> Any | None:
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.dep_ == "nsubjpass" and verb.lemma_.lower() not in ("quote", "report"):
                # "he was asked to…", "she was told", "it was announced": the one spoken to
                # or of, not the speaker (who is the agent, if any: `_agent`)
                return None
            return subject
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            return None
        verb = verb.head  # "…, he said and added that…": the subject of the first verb
    return None


def _a_person(t: Any | None) -> bool:
    """The token is a personal pronoun or (the head of) a person's name."""
    return t is not None and (t.lower_ in _PERSON_PRONOUNS or t.ent_type_ == "PERSON")


def _agent(verb: Any) -> Any | None:
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and verb.tag_ == "VBN"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _phrase(head: Any) -> tuple[int, int]:
    """[start, end) in the sentence of the noun phrase `head` heads, without a relative
    clause or apposition after it."""
    left = head.left_edge
    end = head.idx + len(head.text)
    for c in head.children:
        if c.i > head.i and c.dep_ in ("compound", "flat"):
            end = max(end, c.right_edge.idx + len(c.right_edge.text))
        elif c.i == head.i + 1 and c.dep_ == "prep" and c.lower_ in ("for", "of"):
            # "spokesman for the fire service", "family of a porter": not a clause on it
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            last = c.right_edge if obj is None else _name_end(obj)
            end = max(end, last.idx + len(last.text))
    if left.dep_ == "det" and left.lower_ == "the" and left.i < head.i:
        left = left.nbor(1)
    return left.idx, end


_DEFINITE = frozenset(["the", "this", "that", "these", "those"])


def _name_end(head: Any) -> Any:
    """The last token of the noun phrase `head` heads, without a clause or phrase after it:
    "a City Hospital porter" of "a City Hospital porter who died…"."""
    last = head
    for c in head.children:
        if c.i > last.i and c.dep_ in ("compound", "flat"):
            last = c.right_edge
    return last


def _definite(head: Any) -> bool:
    """The noun phrase refers back to someone ("the minister", "his spokesman", "former
    president"), not to someone new ("a spokesman", "an official")."""
    dets = [c for c in head.children if c.dep_ == "det"]
    if any(c.dep_ == "poss" for c in head.children):
        return True
    if dets:
        return any(d.lower_ in _DEFINITE for d in dets)
    return any(c.dep_ == "amod" for c in head.children)


def _titles() -> frozenset[str]:
    """Titles and ranks (data/titles.tsv): "the minister said" is the person whose role has
    the word, or failing that the person named last."""
    return lexicon.words("titles", "title") | lexicon.words("titles", "rank")


def _roles() -> frozenset[str]:
    """Occupations (data/titles.tsv): "the comedian said" is only the person whose role has
    the word (an unnamed driver or nurse is common)."""
    return lexicon.words("titles", "role")
