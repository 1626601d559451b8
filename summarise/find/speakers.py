"""Who says what, by the parse: the speaker of every quotation and reported-speech sentence.

A speaker is found, in this order, as:
- for a quotation, the name right after it, verb first ('"…," joked Lee Brand');
- "according to X" (not "according to legend": data/no_source.tsv);
- the subject of a speech verb (said, told, added, warned…), before or after the quotation
  ('"…," said Lavrov', 'Lavrov said: "…"'); for a quotation inside reported speech, the
  speech verb nearest above the quotation ('Lavrov said Erdogan told him "…"': Erdogan);
- the agent of a passive ("it was announced by the ministry");
- a pronoun ("he said") resolved along the article's chain of references to people outside
  quotation marks: the nearest person named, called "he"/"she" or described ("the
  president") before it, the subject of a main clause first; a description the article
  does not resolve stops it (`_person_antecedent`);
- a title or role ("the minister told") resolved to the most recent person whose role has
  it, or, qualified by a word of its own ("the Williams driver"), to the one person the
  sentence before is about (`_epithet`);
- for a quotation with no speech verb in its sentences, the speaker of the quotation just
  before it in its paragraph, when only that quotation's attribution stands between them
  ('"…," Jacobs said. "…"'); else the speaker of the paragraph before, when that paragraph
  ends by introducing it or is itself that speaker's.
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
class _Reference:
    """A person referred to, outside quotation marks, as the subject of a clause by a pronoun
    ("he", "she") or a definite description ("the president", "The Williams driver", "the
    43-year-old"): a link of the article's chain of references to people."""

    at: int  # offset of the pronoun, or of the description's head word
    start: int  # where its words start ("The" of "The Williams driver")
    index: int  # the parsed sentence it is in
    head: int  # its head's token index in that sentence
    pronoun: bool
    sex: str | None  # what its words say: "m" for "he" or "the spokesman", else None


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
        self._references: list[_Reference] | None = None
        self._reference_starts: list[int] = []
        self._referents: list[Actor | None] = []  # of the references, resolved in text order
        self._whole_quotes: list[bool] | None = None

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
        if around is not None:
            named = self._named_after(around)
            if named is not None:
                return named
        inside = self._overlapping(start, end)
        quotation = self._inside_quotation(start)
        for i in inside:
            p = self.parsed[i]
            tokens = [t for t in p.doc if start <= p.sentence.start + t.idx < end]
            elsewhere = self._not_attributing(p, around) if around is not None else None
            verb = self._speech_verb(p.doc, tokens, quotation, self._quoted_token(p), elsewhere)
            if verb is not None or self._according_to(p) is not None:
                found = self._speaker(p, verb)
                if found is not None:
                    return found
        if not inside:
            return None
        return self._from_paragraph_before(inside[0], start)

    # ----------------------------------------------------------------- finding
    def _named_after(self, quotation: tuple[int, int]) -> Speaker | None:
        """The speaker named right after a quotation (with its marks), verb first:
        '"…," joked Lee Brand, referring to…', '"…," wrote Kesha on Instagram'. The name
        is the speaker whatever the parse made of the inverted words (it often takes the
        verb for an adjective of the name), before any rule of pronoun or paragraph."""
        after = _INVERTED.match(self.text, quotation[1])
        if after is None:
            return None
        inside = self._overlapping(after.start(1), after.end(1))
        if not inside:
            return None
        p = self.parsed[inside[0]]
        verb = self._token_at(p, after.start(1))
        if verb is None or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        # the noun phrase after the verb, roles before the name included ("said White House
        # press secretary Josh Earnest"); it must end on a name, not on a common noun
        # ("said White House officials"), and not be a possessor ("said Webb's lawyer")
        doc, j = p.doc, verb.i + 1
        while j < len(doc) and doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
            j += 1
        if j == verb.i + 1 or doc[j - 1].pos_ != "PROPN":
            return None
        if j < len(doc) and doc[j].tag_ == "POS":
            return None
        base = p.sentence.start
        a, b = base + doc[verb.i + 1].idx, base + doc[j - 1].idx + len(doc[j - 1].text)
        words = self.text[a:b]
        if lexicon.is_press(words):
            return None  # '"…," reported CNN': the channel passes the words on
        actor = self._actor_within(a, b, base + doc[j - 1].idx) or self._actor_named(words)
        return Speaker(a, b, words, None if actor is None else actor.canonical, "subject")

    def _not_attributing(self, p: Parsed, quotation: tuple[int, int]) -> Callable[[Any], bool]:
        """Whether a token of `p` is a verb that cannot attribute `quotation`."""
        return lambda t: self._not_its_attribution(p.sentence.start + t.idx, quotation)

    def _not_its_attribution(self, at: int, quotation: tuple[int, int]) -> bool:
        """Whether a speech verb at `at`, before `quotation` (with its marks), cannot be that
        quotation's attribution: it stands inside another quotation ('"…nobody asked for"
        and "…"'), or is another's attribution, one ending right before the verb ('"…,"
        said Doe') or standing between the verb and it with a sentence of the article's own
        ('Doe said: "…." Roe nodded. "…"'; not 'Doe called it "a" and "b"', nor 'Doe said:
        "…. "…"', a quotation's next paragraph). The sentence splitter may run several
        paragraphs of quotations into one sentence, whose parse then hangs a later
        quotation from an earlier one's verb."""
        if at >= quotation[0]:
            return False
        around = self._quotation_around(at)
        if around is not None and around != quotation:
            return True
        i = bisect.bisect_left(self._quoted, (at, -1)) - 1
        before = self._quoted[i] if i >= 0 else None
        if (
            before is not None
            and before != quotation
            and before[1] <= at
            and not self._gap(before[1], at).strip(" \t,;:-–—")
        ):
            return True  # '"…," said Doe': that quotation's
        between = [
            q
            for q in self._quoted[i + 1 : bisect.bisect_left(self._quoted, quotation)]
            if q != quotation and at < q[0] and q[1] <= quotation[0]
        ]
        narrative, last = [], at
        for a, b in between:
            narrative.append(self._gap(last, a))
            last = b
        narrative.append(self._gap(last, quotation[0]))
        return bool(between) and bool(_SENTENCE_END.search(" ".join(narrative) + " ."))

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
                        if obj is not None and obj.lemma_.lower() not in _no_source():
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
        elsewhere: Callable[[Any], bool] | None = None,
    ) -> Any | None:
        """The speech verb of the sentence: for `tokens` (a statement) the nearest one above
        them in the parse, else (or failing that) the one nearest the root; never one inside
        quotation marks ('"…as he begins speaking…," she said': she), nor one `elsewhere`
        says is not the statement's attribution, nor, for a sentence of reported speech, one
        the sentence only mentions in a clause of its own (`_aside`)."""
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
                        if not _press_subject(node) and not (elsewhere and elsewhere(node)):
                            return node
                        break  # an agency passing the words on: look for who said them
                break
        verbs = [t for t in doc if _is_speech(t) and not (elsewhere and elsewhere(t))]
        verbs = [t for t in verbs if not _press_subject(t)] or verbs
        if quotation and inside:
            # a quotation's own words are not its attribution; one the parse did not attach
            # to it introduces it ('Obama said on Thursday: "…"') or follows it closely
            # ('"…," Obama said'), not a clause further on
            first, last = min(inside), max(inside)
            verbs = [t for t in verbs if t.i < first or last < t.i <= last + QUOTE_REACH]
        if verbs and quoted is not None:
            verbs = [t for t in verbs if not quoted(t)]  # "…what does that say…"
        if tokens:
            verbs = [t for t in verbs if not _aside(t)]
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
            word = _REFLEXIVE.get(head.lower_, head.lower_)
            actor = (
                self._speaker_before(p, at, _PRONOUN_GENDER[word])
                if word in ("he", "she")
                else None
            )
            actor = actor or self._antecedent(at, word)
            if actor is None:
                return self._described_speaker(at, head.lower_)
            return Speaker(at, at + len(head.text), head.text, actor.canonical, "pronoun")
        return self._noun_phrase(p, head, how)

    def _speaker_before(self, p: Parsed, at: int, sex: str) -> Actor | None:
        """The person whose words the sentence just before `p` gives, for "he"/"she" at `at`
        saying something: that speaker keeps the floor ("Turnout fell, according to Jo Doe.
        'Voters stayed home,' she explained": Doe, not a person the sentence is about;
        "'…,' said Al Roe, who…. '…,' he said": Roe). Not one of the other sex (the article's
        titles or pronouns, or the pronoun that sentence was said by), and not where a person
        is named or referred to in `p` before the pronoun (they are nearer)."""
        own = self._quotation_before_word(at)  # '"…," he said': the words it attributes
        start = own[0] if own is not None else p.sentence.start
        if self._person_between(start, at):
            return None
        index = bisect.bisect_right(self._starts, start) - 1
        sentence = self.parsed[index - 1] if index >= 1 else None
        i = bisect.bisect_left(self._quoted, (start, -1)) - 1
        quoted = self._quoted[i] if i >= 0 and self._quoted[i][1] <= start else None
        if quoted is not None and (sentence is None or quoted[1] > sentence.sentence.end):
            # the sentence splitter ran the quotation before into this one's sentence: the
            # quotation is the nearer
            end, found = quoted[1], self.of_span(quoted[0] + 1, quoted[1] - 1)
        elif sentence is not None:
            end, found = sentence.sentence.end, self.of_sentence(index - 1)
        else:
            return None
        if found is None or found.actor is None:
            return None
        actor = self._actor_of(found.actor)
        if actor is None or actor.kind != "person":
            return None
        possessor = self.text[found.end : found.end + 2] in ("'s", "’s")
        if possessor or (found.how != "pronoun" and self._actor_named(found.words) is not actor):
            return None  # "Mr Avery's lawyer spoke…": a description, the chain's (`_referent`)
        # just before: only its own attribution between, no other sentence, no other person
        gap = self._gap(end, start).strip()
        if _SENTENCE_BREAK.search(gap) or self._other_person(end, start, actor):
            return None
        said = _PRONOUN_GENDER.get(found.words.lower()) if found.how == "pronoun" else None
        if (said or self._gender.get(actor.canonical)) not in (None, sex):
            return None
        return actor

    def _quotation_before_word(self, at: int) -> tuple[int, int] | None:
        """The quotation (with its marks) that ends just before the word at `at`, only a
        comma or space between ('"…," he said')."""
        i = bisect.bisect_left(self._quoted, (at, -1)) - 1
        if i < 0 or self._quoted[i][1] > at:
            return None
        q = self._quoted[i]
        return q if not self._gap(q[1], at).strip(" \t,") else None

    def _other_person(self, a: int, b: int, actor: Actor) -> bool:
        """Whether a person other than `actor` is named in [a, b) outside quotation marks."""
        i = bisect.bisect_left(self._mention_starts, a)
        while i < len(self._mentions) and self._mentions[i][0] < b:
            s, _, other = self._mentions[i]
            if other.kind == "person" and other is not actor and not self._inside_quotation(s):
                return True
            i += 1
        return False

    def _person_between(self, a: int, b: int) -> bool:
        """Whether a person is named, or referred to (`_chain`), in [a, b) outside quotation
        marks."""
        refs = self._chain()
        if any(a <= r.at < b and not self._inside_quotation(r.at) for r in refs):
            return True
        i = bisect.bisect_left(self._mention_starts, a)
        while i < len(self._mentions) and self._mentions[i][0] < b:
            s, _, actor = self._mentions[i]
            if actor.kind == "person" and not self._inside_quotation(s):
                return True
            i += 1
        return False

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
            holder = self._holder(a, head)
            if holder is not None:
                return Speaker(a, b, words, holder.canonical, "title")
        if actor is None and _common_noun(head):
            if _possessed(head) and depth < 2:
                # "the president's spokesman said": the person the article names in that
                # role for the president ("White House press secretary Josh Earnest")
                poss = next(c for c in head.children if c.dep_ == "poss")
                named_for = self._role_for(_possessed(head) or "", None, poss, a)
                if named_for is not None:
                    return Speaker(a, b, words, named_for.canonical, "title")
            if lemma in _speaks_for() and depth < 2:
                body = _body(head)
                if body is not None:
                    # "a spokesman for the regional fire service", "a Harbour Authority
                    # spokeswoman": the body speaks, not another body's spokesman named
                    # earlier; "the White House spokesman" may be the one named earlier
                    if lemma in _titles() and _definite(head):
                        holder = self._holder(a, head)
                        if holder is not None and _role_names(holder, body):
                            return Speaker(a, b, words, holder.canonical, "title")
                    found = self._noun_phrase(p, body, how, depth + 1)
                    if found is not None:
                        return found
            if lemma in _titles() | _roles() and _definite(head):
                holder = self._holder(a, head) or self._epithet(p, head, a)
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
        if actor is None and _description(head) is not None:
            # "The President said", "The 43-year-old said": the person whose role has the
            # title, or whom the article is about (`_epithet`); else no one it names
            if lemma in _titles():
                actor = self._holder(a, head)
            actor = actor or self._epithet(p, head, a)
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

    def _actor_of(self, canonical: str) -> Actor | None:
        return next((a for _, _, a in self._mentions if a.canonical == canonical), None)

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
        """The actor a pronoun at `at` stands for: a person for he/she (`_person_antecedent`);
        for it/they the most recent state or organisation named before it outside quotation
        marks, within PRONOUN_REACH sentences, that is not named only to qualify something
        else ("a City Hospital porter")."""
        if word in _PERSON_PRONOUNS:
            return self._person_antecedent(at, _PRONOUN_GENDER[word])
        if word not in _GROUP_PRONOUNS:
            return None
        floor = self._floor(at)
        i = bisect.bisect_left(self._mention_starts, at) - 1
        while i >= 0 and self._mentions[i][0] >= floor:
            s, _, actor = self._mentions[i]
            i -= 1
            if not self._in_quote(s, at) and actor.kind != "person" and not self._qualifies(s):
                return actor
        return None

    def _person_antecedent(self, at: int, sex: str) -> Actor | None:
        """The person "he" or "she" at `at` stands for: the nearest reference to a person
        before it, outside quotation marks and within PRONOUN_REACH sentences, that can be
        them (not one the article calls the other sex). A person named, called "he"/"she"
        or described ("the president") as the subject of a main clause is taken at once
        ("Obama said Trump was unfit. In the campaign, he told…": Obama); a "he" there is
        whoever that "he" is, so a chain of them reaches as far back as the story stays on
        one person. A description the article does not resolve stops the search: "The
        President said…. He added" is not the person named before; who, the article does
        not say (only a person referred to in a later sentence is nearer). Failing a main
        clause's subject: the subject of a clause inside one, else the person named most
        recently, else a possessor ("Having promised to scrap Obama's law, he now says")."""
        embedded = fallback = possessor = None
        nearest: tuple[Actor, int] | None = None  # the first of those, and its sentence
        for s, named, k in self._nearest_first(at, self._floor(at)):
            if self._in_quote(s, at):
                continue
            if k is not None:
                ref = self._chain()[k]
                if ref.pronoun and ref.sex != sex:
                    continue  # "she" is not the "he" of this chain
                actor = self._referent(k)
                said = ref.sex or (self._gender.get(actor.canonical) if actor else None)
                if said not in (None, sex):
                    continue  # "the spokeswoman said…. He added": not her
                if self._is_subject(s) == "main":
                    if actor is None and nearest is not None and nearest[1] > ref.index:
                        return nearest[0]
                    return actor
                if actor is not None:
                    embedded = embedded or actor
                    nearest = nearest or (actor, ref.index)
                continue
            if named is None or named.kind != "person":
                continue
            if self._gender.get(named.canonical) not in (None, sex):
                continue  # "he" is not a person the article calls Mrs or spokeswoman
            subject = self._is_subject(s)
            if subject == "main":
                return named
            if subject == "embedded":
                embedded = embedded or named
            if self._qualifies(s):
                possessor = possessor or named
            else:
                fallback = fallback or named
                nearest = nearest or (named, bisect.bisect_right(self._starts, s) - 1)
        return embedded or fallback or possessor

    def _described_speaker(self, at: int, word: str) -> Speaker | None:
        """The description "he"/"she" at `at` stands for where the article names no one:
        "The president's spokesman denied it. 'That's not true,' he said." is the
        spokesman's, not the president's. Only a possessive description (`_possessed`)."""
        sex = _PRONOUN_GENDER.get(_REFLEXIVE.get(word, word))
        if sex is None:
            return None
        for _ in range(20):  # a chain of "he", a link at a time
            for s, _named, k in self._nearest_first(at, self._floor(at)):
                if k is None or self._in_quote(s, at) or self._is_subject(s) != "main":
                    continue
                ref = self._chain()[k]
                if ref.sex not in (None, sex) or self._referent(k) is not None:
                    return None
                if ref.pronoun:
                    at = ref.at
                    break
                p = self.parsed[ref.index]
                head = p.doc[ref.head]
                if not _possessed(head):
                    return None
                a, b = _phrase(head)
                a, b = p.sentence.start + a, p.sentence.start + b
                return Speaker(a, b, self.text[a:b], None, "pronoun", named=False)
            else:
                return None
        return None

    def _nearest_first(self, at: int, floor: int) -> Iterator[tuple[int, Actor | None, int | None]]:
        """The actors named and the references to people (`_chain`) in [floor, at), nearest
        first: (offset, actor, None) for a name, (offset, None, index) for a reference."""
        refs = self._chain()
        i = bisect.bisect_left(self._mention_starts, at) - 1
        j = bisect.bisect_left(self._reference_starts, at) - 1
        while True:
            s = self._mentions[i][0] if i >= 0 else -1
            r = refs[j].at if j >= 0 else -1
            if max(s, r) < max(floor, 0):
                return
            if r > s:
                yield r, None, j
                j -= 1
            else:
                yield s, self._mentions[i][2], None
                i -= 1

    def _chain(self) -> list[_Reference]:
        """Every reference to a person by "he"/"she" or a definite description (`_description`)
        as the subject of a clause outside quotation marks, in text order."""
        if self._references is None:
            refs = []
            for index, p in enumerate(self.parsed):
                quoted = self._quoted_token(p)
                for t in p.doc:
                    if t.dep_ not in ("nsubj", "nsubjpass") or quoted(t):
                        continue
                    at = p.sentence.start + t.idx
                    if t.pos_ == "PRON" and t.lower_ in ("he", "she"):
                        refs.append(_Reference(at, at, index, t.i, True, _PRONOUN_GENDER[t.lower_]))
                        continue
                    word = _description(t) or _possessed(t)
                    if word is not None:
                        start = p.sentence.start + _phrase(t)[0]
                        refs.append(_Reference(at, start, index, t.i, False, _sex_of(word)))
            self._references = refs
            self._reference_starts = [r.at for r in refs]
        return self._references

    def _referent(self, k: int) -> Actor | None:
        """The person reference `k` of `_chain` is, or None where the article does not say.
        References are resolved in text order, each from those before it (so a long chain
        of "he" needs no deep recursion)."""
        refs = self._chain()
        while len(self._referents) <= k:
            ref = refs[len(self._referents)]
            p = self.parsed[ref.index]
            head = p.doc[ref.head]
            if ref.pronoun and ref.sex is not None:
                actor = self._person_antecedent(ref.at, ref.sex)
            elif _possessed(head):
                # "the president's spokesman", "her sister": the person the phrase denotes,
                # never the possessor
                actor = self._possessed_person(p, head, ref.start)
            else:
                actor = self._described_person(p, head, ref.start)
            self._referents.append(actor)
        return self._referents[k]

    def _possessed_person(self, p: Parsed, head: Any, a: int) -> Actor | None:
        """The person a possessive description at `a` denotes ("the president's spokesman",
        "Mr Avery's lawyer", "her sister"): one named beside it ("Trump's lawyer, Jay
        Sekulow,"), or one the article names elsewhere in that role for that possessor
        (`_role_for`); for a body's title ("the company's chief executive") the person
        whose role has it. Never the possessor: "the president's spokesman said…. He
        added" is the spokesman, whom the article may leave unnamed (None)."""
        actor = self._appositive(p, head)
        if actor is not None:
            return actor
        owner_token = next(c for c in head.children if c.dep_ == "poss")
        base = p.sentence.start
        if owner_token.pos_ == "PRON":
            sex = _PRONOUN_SEX.get(owner_token.lower_)
            owner = self._person_antecedent(base + owner_token.idx, sex) if sex else None
            personal = True
        else:
            found = self._noun_phrase(p, owner_token, "subject")
            owner = self._actor_of(found.actor) if found and found.actor else None
            personal = (owner is not None and owner.kind == "person") or (
                owner is None and _personal(owner_token)
            )
        word = _possessed(head) or ""
        found_person = self._role_for(word, owner, owner_token, a)
        if found_person is not None or personal:
            return found_person
        # a body's title: whoever's role has it ("Chief executive Sara Lind"), as for "the
        # chief executive"; a body's spokesman, only one whose role names the body
        if word in _titles() | _roles() and word not in _speaks_for():
            holder = self._holder(a, head)
            if holder is not None and holder is not owner:
                return holder
        return None

    def _role_for(self, word: str, owner: Actor | None, owner_token: Any, a: int) -> Actor | None:
        """The person the article names, anywhere, in the role `word` (or one of its other
        words: spokesman, spokeswoman, press secretary) for the possessor: their role names
        it ("Avery's lawyer", "Marsh spokesman") or the office it holds ("White House press
        secretary" for the president, data/seats.tsv). Of several, the one named nearest
        before `a`, else first after it."""
        role = _same_role().get(word, word)
        names = {
            w
            for t in owner_token.subtree
            if t.pos_ in ("PROPN", "NOUN") and not _is_honorific(t.text)
            for w in fold(t.text).split()
        }
        if owner is not None:
            names |= {w for w in fold(owner.canonical).split() if w}
        # what the possessor is called or holds: "president" of "the president's", or the
        # role of the person it is ("President"), to find the office's own staff by
        said_of = " ".join([*sorted(names), fold(owner.role or "") if owner else ""])
        seats = {body for body, title in _seats() if f" {title} " in f" {said_of} "}
        before: Actor | None = None
        after: Actor | None = None
        for s, _, actor in self._mentions:
            if actor.kind != "person" or actor is owner or not actor.role:
                continue
            folded = f" {fold(actor.role)} "
            if not any(f" {w} " in folded for w, r in _same_role().items() if r == role) and (
                f" {word} " not in folded
            ):
                continue
            if not (
                any(f" {n} " in folded for n in names) or any(f" {b} " in folded for b in seats)
            ):
                continue
            said, known = _sex_of(word), self._gender.get(actor.canonical)
            if said and known and said != known:
                continue
            if s < a:
                before = actor
            elif after is None:
                after = actor
        return before or after

    def _described_person(self, p: Parsed, head: Any, a: int) -> Actor | None:
        """The person a definite description at `a` refers to: one named beside it ("The
        President, Barack Obama,"), the most recent whose role has its title or role, or the
        one the sentence before is about (`_epithet`)."""
        actor = self._appositive(p, head)
        if actor is None and (_elect(head) or head.lemma_.lower() in _titles() | _roles()):
            actor = self._holder(a, head)
        return actor or self._epithet(p, head, a)

    def _epithet(self, p: Parsed, head: Any, a: int) -> Actor | None:
        """The person a definite description at `a` is another name for, where no role the
        article gives has its word: news names a person, then calls them by what they are
        ("Massa crashed out on lap 48. The Williams driver said…", "Ines Marlow won. The
        19-year-old…"). That is the one person the narrative sentence before (and this one,
        up to the description) refers to: the subject of a main clause with no one else
        named after it, or the only person named. Only a description with a word of its own
        (an age, "Williams", "disgraced"): "The President" is whoever the article says holds
        the office, or no one it names. Never a relation ("the Russian counterpart", "the
        spokesman"), a person of the other sex, one whose stated age is another, or one
        whose role is another office."""
        word = _description(head)
        if word is None or word in _relations() | _speaks_for():
            return None
        age = _age(head)
        if age is None and not _qualified(head, office=word in _titles()):
            return None
        i = bisect.bisect_right(self._starts, a) - 1
        if i < 0:
            return None
        k = i - 1
        while k >= 0 and self._whole_quote(k):
            k -= 1
        floor = self.parsed[k if k >= 0 else i].sentence.start
        # nearest first: (person, subject of a main clause, named only to qualify a noun)
        found: list[tuple[Actor | None, bool, bool]] = []
        for s, named, r in self._nearest_first(a, floor):
            if self._in_quote(s, a):
                continue
            if r is not None:
                found.append((self._referent(r), self._is_subject(s) == "main", False))
            elif named is not None and named.kind == "person":
                found.append((named, self._is_subject(s) == "main", self._qualifies(s)))
        main = next((n for n, f in enumerate(found) if f[1]), None)
        if main is not None:
            found = found[: main + 1]
        person = found[-1][0] if main is not None else next((x for x, _, q in found if not q), None)
        if person is None or any(x is not person and not q for x, _, q in found):
            # no one, or someone else named after them ("Hamilton beat Massa. The Williams
            # driver…"): which one, the words do not say; one named only to qualify a noun
            # ("she protested Trump's victory") is no one else
            return None
        said, known = _sex_of(word), self._gender.get(person.canonical)
        if said and known and said != known:
            return None
        if age is not None:
            ages = self._stated_ages(person)
            return person if not ages or age in ages else None
        # a role that has the word with other qualifiers, or another office: someone else
        # ("Harbour Lights actor Sam Webb" is not "the Night Shift actor"; "Ohio Governor
        # John Kasich" is not "the Republican senator")
        role = set(fold(person.role or "").split())
        offices = lexicon.words("titles", "title")
        if word in role or (word in offices and role & offices):
            return None
        return person

    def _stated_ages(self, person: Actor) -> set[int]:
        """The ages the article gives a person beside their name: "Tom Avery, 54,", "the
        54-year-old Tom Avery"."""
        ages: set[int] = set()
        for s, e in person.mentions:
            after = re.match(r",\s*(\d{1,3})\s*[,.;)]", self.text[e : e + 8])
            before = re.search(_AGE_BEFORE, self.text[max(0, s - 40) : s])
            ages.update(int(m[1]) for m in (after, before) if m is not None)
        return ages

    def _floor(self, at: int) -> int:
        """How far back a pronoun at `at` may look for a name: the start of the sentence
        PRONOUN_REACH sentences before its own. A chain of "he" reaches further, a link at
        a time (`_person_antecedent`); a person named further back with no "he" between is
        no longer the one the story is about."""
        i = bisect.bisect_right(self._starts, at) - 1
        return self.parsed[max(0, i - PRONOUN_REACH)].sentence.start if i >= 0 else 0

    def _whole_quote(self, i: int) -> bool:
        """The parsed sentence at `i` is wholly inside one quotation: a speaker's words, no
        step of the story."""
        if self._whole_quotes is None:
            self._whole_quotes = []
            for p in self.parsed:
                text = p.sentence.text
                first = re.search(r"\w", text)
                last = re.search(r"\w(?=\W*$)", text)
                around = (
                    self._quotation_around(p.sentence.start + first.start())
                    if first is not None and last is not None
                    else None
                )
                self._whole_quotes.append(
                    around is not None
                    and last is not None
                    and around == self._quotation_around(p.sentence.start + last.start())
                )
        return self._whole_quotes[i]

    def _holder(self, at: int, head: Any) -> Actor | None:
        """The person a definite title or role before `at` refers back to ("the foreign
        minister said"): the most recent one whose role has the word and every name that
        qualifies it ("the Breaking Bad actor" is not "Big Bang Theory actor Kunal
        Nayyar"). A title reaches back however far, a role (an occupation) PRONOUN_REACH
        sentences. A title no role has is not the person named last ("Victor Lund opened
        the bridge. The President said…"): at most the one the article is about, where a
        word of its own says so (`_epithet`)."""
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
        floor = self._floor(at)
        i = bisect.bisect_left(self._mention_starts, at) - 1
        while i >= 0:
            s, _, actor = self._mentions[i]
            i -= 1
            if role_only and s < floor:
                break
            if self._in_quote(s, at) or actor.kind != "person":
                continue
            if _role_has(actor.role, word, qualifiers, head):
                return actor
        return None

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
                if _lost_verb(t):
                    return "main"
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
            continued = self._continued(line_start, start - 1)
            if continued is not None:
                return continued
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

    def _continued(self, line_start: int, mark: int) -> Speaker | None:
        """'"First part," Jacobs said. "Second part."': a quotation opening its sentence
        right after the attribution of the paragraph's quotation before it goes on with that
        speaker's words, whatever else the sentence splitter ran into that sentence (an
        earlier subject, "Donors conceded…"). Only where the attribution is all that stands
        between them: not after a sentence of narrative ("Brand disagreed.")."""
        i = bisect.bisect_left(self._quoted, (mark, -1)) - 1
        if i < 0 or self._quoted[i][0] < line_start or self._quoted[i][1] > mark:
            return None
        a, b = self._quoted[i]
        if _SENTENCE_BREAK.search(self._gap(b, mark).strip()):
            return None  # another sentence between them
        if any(b < s < mark for s in self._starts[bisect.bisect_right(self._starts, b) :]):
            return None
        found = self.of_span(a + 1, b - 1)
        if found is None or not b <= found.start < mark:
            return None  # the quotation before is not attributed between the two
        return Speaker(found.start, found.end, found.words, found.actor, "paragraph", found.named)


_OPENING_MARKS = frozenset("“\"‘'")
#: After a quotation's closing mark: a comma, then a word (a verb of saying, checked by the
#: parse) and a capitalised word ('"…," joked Lee Brand').
#: A sentence ending inside a stretch of text, told apart from an abbreviation or an initial
#: ("Mrs. Clinton", "Jay S. Jacobs") by the lower-case word it ends on.
_SENTENCE_BREAK = re.compile(r"\b[a-z]{2,}[.!?]['’\"”)]?\s+\S")
#: The same, closing marks before the full stop allowed ('…the result". Then…').
_SENTENCE_END = re.compile(r"\b[a-z]{2,}['’\"”)]?[.!?]['’\"”)]?\s+\S")
_INVERTED = re.compile(r"[ \t]*,?[ \t]*([a-z]+)[ \t]+(?=[A-Z])")
#: An age written before a name: "the 54-year-old Tom Avery", "a 54-year-old nurse, Jo Kerr".
_AGE_BEFORE = r"\b(\d{1,3})-year-old\s+(?:[\w'’-]+\s+)?$"
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


def _no_source() -> frozenset[str]:
    """Nouns after "according to" that name nobody ("according to legend"; data/no_source.tsv)."""
    return lexicon.words("no_source")


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


def _lost_verb(name: Any) -> bool:
    """Whether a name is the subject whose verb the parse lost: the parse makes it its
    sentence's root, a finite verb following ("Jo Doe - who grew up in Leeds - called for
    calm": the name with a relative clause, "called" hung elsewhere)."""
    node = name
    while node.dep_ in ("compound", "flat") and node.head is not node:
        node = node.head  # "Jo" of "Jo Doe"
    if node.dep_ != "ROOT" or node.pos_ != "PROPN":
        return False
    return any(t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") for t in name.doc[node.i + 1 :])


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


#: Conjunctions that open a clause set beside the sentence's own news, what is said there
#: only its background ("While Doe said…, the story has dominated…"). Not "after" and the
#: like, whose clause gives what was said ("…was furious after the council announced the
#: bridge would close": the council's), nor "as" ("As Doe said, …"), nor "though", which
#: concedes a position ("…has been unclear, though he says he will…").
_SUBORDINATORS = frozenset(["while", "whilst"])


def _aside(verb: Any) -> bool:
    """Whether a speech verb is only mentioned by a sentence of the article's own: in a
    clause beside its news (`_SUBORDINATORS`: "While Doe said…, the story has dominated the
    news"), or saying what is not given ("…echoes what her aides have said"). The sentence is
    nobody's statement then, its news the writer's."""
    node = verb
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in node.children
    ):
        return True
    return any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


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
            if subject.dep_ == "nsubjpass" and (
                verb.lemma_.lower() not in ("quote", "report") or subject.lower_ == "it"
            ):
                # "he was asked to…", "she was told", "it was announced": the one spoken to
                # or of, not the speaker (who is the agent, if any: `_agent`); "Doe was
                # quoted as saying" is Doe's words, "it was reported that" nobody's
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
    """Occupations (data/titles.tsv): "the comedian said" is the person whose role has the
    word (an unnamed driver or nurse is common)."""
    return lexicon.words("titles", "role")


def _relations() -> frozenset[str]:
    """Titles that name a person by their relation to another (data/relations.tsv)."""
    return lexicon.words("relations")


def _description(head: Any) -> str | None:
    """The title, role or age a definite description of one person is built on: "president"
    for "The President" or "the US president", "president-elect", "driver" for "the
    Williams driver", "43-year-old" for "the 43-year-old"; None for a name, a plural, an
    indefinite ("a driver") or a possessive ("his spokesman": whose it is says who)."""
    if head.tag_ in ("NNS", "NNPS") or head.ent_type_ == "PERSON":
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None
    first = head.left_edge
    if not (first.dep_ == "det" and first.lower_ in _DEFINITE and first.head.i == head.i):
        return None  # "REV AL SHARPTON The civil rights activist": a name run into it
    elect = _elect(head)
    if elect is not None:
        return elect
    age = _age(head)
    if age is not None:
        return f"{age}-year-old"
    lemma = head.lemma_.lower()
    if head.pos_ in ("NOUN", "PROPN") and lemma in _titles() | _roles():
        return str(lemma)
    return None


def _possessed(head: Any) -> str | None:
    """The title, role or relation of a person described by whose they are: "spokesman" for
    "the president's spokesman" or "his spokesman", "lawyer" for "Mr Avery's lawyer",
    "sister" for "her sister"; None for a thing or a group ("Obama's remarks", "Mr
    Avery's family")."""
    lemma = head.lemma_.lower()
    words = _titles() | _roles() | _relations() | frozenset(_same_role())
    if head.tag_ in ("NNS", "NNPS") or head.pos_ != "NOUN" or lemma not in words:
        return None
    return str(lemma) if any(c.dep_ == "poss" for c in head.children) else None


def _age(head: Any) -> int | None:
    """The age a description headed by `head` is: 43 for "the 43-year-old"."""
    if head.lower_ != "old":
        return None
    words = head.doc[head.left_edge.i : head.i + 1].text
    m = re.search(r"\b(\d{1,3})\s*-?\s*years?\s*-?\s*old$", words)
    return int(m[1]) if m is not None else None


def _qualified(head: Any, office: bool) -> bool:
    """A word of the description's own qualifies its title or role, beyond the title's own
    words: "the Williams driver", "the disgraced former congressman", not "the President",
    "the former foreign minister". A nationality qualifies an occupation ("the Brazilian
    star") but not an office: "the Russian president" is Russia's, whoever was named."""
    for c in head.children:
        if c.i > head.i or c.dep_ not in ("compound", "amod", "nmod", "npadvmod", "nummod"):
            continue
        if fold(c.text) in lexicon.words("titles") or (office and is_nationality(c.text)):
            continue
        return True
    return False


def _sex_of(word: str) -> str | None:
    """What a description's word says of sex: "f" for "the spokeswoman", "m" for "the
    chairman", None for "the president"."""
    if word in _FEMALE_ROLES:
        return "f"
    if word in _MALE_ROLES:
        return "m"
    return None


@cache
def _same_role() -> dict[str, str]:
    """Each word for a role and the role it is (data/same_role.tsv): "press secretary" is a
    spokesperson."""
    return {fold(r[0]): fold(r[1]) for r in lexicon.rows("same_role")}


@cache
def _seats() -> tuple[tuple[str, str], ...]:
    """(body, title): the bodies that are an office-holder's own staff (data/seats.tsv)."""
    return tuple((fold(r[0]), fold(r[1])) for r in lexicon.rows("seats"))


def _is_honorific(word: str) -> bool:
    """ "Mr", "Ms", "Dr": a word before a name that says nothing of whose a role is."""
    return bool(re.fullmatch(rf"(?:{_FEMALE_TITLES}|{_MALE_TITLES}|Dr)\.?", word))


def _personal(token: Any) -> bool:
    """The possessor is a person: a name ("Mr Avery's") or a title or role ("the
    president's"), not a body ("the company's")."""
    return bool(
        token.ent_type_ == "PERSON" or token.lemma_.lower() in _titles() | _roles() | _relations()
    )
