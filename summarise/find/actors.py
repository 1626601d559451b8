"""Who an article is about, found by code: actors from the parse's named entities.

spaCy's small English pipeline tags people, organisations, places and nationalities in every
sentence the brief reads (`parse`); this module turns those mentions into actors:
- one actor per real-world person across spellings ("Sergey Lavrov", "Sergei Lavrov",
  "Lavrov"), per organisation across its acronym ("Syrian Democratic Forces", "SDF"), and per
  state across its names ("Russia", "Moscow will…", "the Kremlin", "the Syrian regime");
- every mention counted, with its span;
- a person's role from the title before the name or an apposition, in the article's words;
- a place is an actor only where the text has it act or speak (a subject, "according to",
  "Russia-backed", "Moscow's offensive"); a city that hosts events never is;
- photo credits, news agencies and the byline are never actors.
The small pipeline's slips are corrected by the article itself: a one-word "organisation" that
is the surname of a person the article names is that person ("Lavrov said" tagged ORG).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from summarise.find import lexicon
from summarise.find.identity import names_alone, same_given_names
from summarise.find.lexicon import is_press
from summarise.find.names import AGENCY, TITLE_WORDS, fold, is_credit, strip_titles
from summarise.find.places import country_of, is_demonym, is_seat, places_in
from summarise.find.text import Sentence
from summarise.schemas import Actor, ActorKind

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
_BACKED = re.compile(r"^-?\s*(?:backed|led|sponsored|supported|allied|controlled)\b", re.I)
#: Prepositions that make their object a place: "in Deraa", "along the M4".
_LOCATIVE = frozenset(
    """in near around outside inside into across at towards toward through within along
    throughout""".split()
)
#: Nouns that make a name before them a place: "Idlib province", "the M4 highway".
_PLACE_NOUNS = frozenset(
    """province region city town village district governorate highway highways road motorway
    river valley border airport base camp port""".split()
)
_LABELS = frozenset(["PERSON", "ORG", "GPE", "NORP"])
#: A name after one of these is a person's, whatever the tagger calls it ("Ms Wood" tagged a
#: work of art, "Mr Nayak" an organisation).
_HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
)
#: An honorific just before a name the tagger left it out of ("Mr Avery" tagged "Avery", an
#: organisation).
_AFTER_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?\s+$")
_JOINERS = frozenset(["of", "for", "and", "the", "on", "in", "&"])
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:'s|’s|'|’)$")
MAX_ROLE_WORDS = 8
#: "his German counterpart": the role is "German counterpart" (whose, the sentence says).
_ROLE_LEAD = re.compile(r"^(?:his|her|their|its|a|an|the)\s+", re.IGNORECASE)
#: A person named by one word at most this often may be one named in full elsewhere.
LONE_NAME_MENTIONS = 2
#: Words of a role that say nothing of which office: two roles that share none of the others
#: are two people's ("President" and "first lady").
_NOT_ROLES = frozenset("mr mrs ms miss dr sir dame the a an his her their of former".split())


@dataclass(frozen=True)
class Mention:
    """One place the article names an actor (article offsets)."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG or COUNTRY (a state, however named)
    acts: bool  # the text has it act or speak here
    role: str | None = None  # a person's title or apposition here ("Russian Foreign Minister")
    located: bool = False  # the object of "in", "near", "along"…: where, not who
    token: int = -1  # index of its head token in its sentence's parse
    sentence: int = -1  # index of its sentence


@dataclass
class _Entity:
    key: str
    label: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class Parsed:
    """A sentence the brief reads, with its parse."""

    index: int
    sentence: Sentence
    doc: Any


def entity_mentions(parsed: Iterable[Parsed], text: str) -> list[Mention]:
    """Every mention of a person, organisation or state in the parsed sentences, in text
    order; nationality adjectives count only before a government noun ("the Syrian regime"),
    capitals and seats only where they act ("Moscow will…"), other places never."""
    found: list[Mention] = []
    for p in parsed:
        for ent in p.doc.ents:
            honoured = _AFTER_HONORIFIC.search(
                p.sentence.text[max(0, ent.start_char - 8) : ent.start_char]
            )
            label = "PERSON" if _HONORIFIC.match(ent.text) or honoured else ent.label_
            if label not in _LABELS and not (label == "FAC" and is_seat(ent.text)):
                continue
            mention = _mention(p, ent, text, label)
            if mention is not None:
                found.append(mention)
    return found


def _whole_name(ent: Any) -> Any:
    """A name as the sentence writes it: the tagger cuts "Recep Tayyip Erdogan" to "Tayyip
    Erdogan", "Bashar al-Assad" to "Bashar al" and "the White House" to "House"; take back
    the capitalised words before it that the parse joins to it, and a hyphenated part after
    it."""
    doc, start, end = ent.doc, ent.start, ent.end
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and fold(doc[start - 1].text) not in TITLE_WORDS
        and not is_demonym(doc[start - 1].text)
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‑")
        and not doc[end].whitespace_
        and not doc[end - 1].whitespace_
        and doc[end + 1].text[:1].isupper()
    ):
        end += 2
    return doc[start:end]


def _mention(p: Parsed, ent: Any, text: str, label: str) -> Mention | None:
    if label in ("PERSON", "ORG"):
        ent = _whole_name(ent)  # "Recep Tayyip Erdogan", "White House" as written
    words = _name_words(ent.text)
    if words == "IS" and sum(c.isupper() for c in p.sentence.text) > len(p.sentence.text) / 3:
        return None  # a headline in capitals: "IT IS"
    if not words or not any(c.isupper() for c in words) or _is_page_furniture(words):
        return None
    offset = ent.text.find(words)
    start = p.sentence.start + ent.start_char + max(offset, 0)
    end = start + len(words)
    if text[start:end] != words:
        return None  # the sentence's text is not the article's here (never expected)
    if AGENCY.match(words) or is_press(words) or is_credit(text, start, end):
        return None
    root = ent.root
    acts = _acts(root, text, p.sentence.start)
    country = country_of(words)
    if label == "PERSON" and _is_place_name(root):
        return None  # "the village of As-Susah", tagged a person
    if label == "NORP":
        # a nationality names its state only as the government: "the Syrian regime acts"
        if country is None or not is_demonym(words):
            return None
        if _of_government(root) or _BACKED.match(text[end : end + 12]):
            return Mention(start, end, words, "COUNTRY", True, token=root.i, sentence=p.index)
        return None
    if label in ("GPE", "FAC") or (
        label == "ORG" and country is not None and len(words.split()) <= 3
    ):
        if country is None:
            # a city or province (where things happen, not who acts), unless it is a person's
            # name the pipeline took for a place ("De Mistura"): `group_mentions` decides
            return Mention(start, end, words, "PLACE", acts, token=root.i, sentence=p.index)
        if _of_government(root):
            acts = True  # "Turkey's foreign minister", "Moscow's forces": the state acting
        if is_seat(words) and not acts:
            return None  # "talks in Moscow": a place
        if _own_name(words, country) or acts:
            return Mention(start, end, words, "COUNTRY", acts, token=root.i, sentence=p.index)
        return None
    if label == "ORG" and all(t.pos_ == "NOUN" for t in ent):
        return None  # "Delegations said": a common noun the tagger took for a name
    if label == "ORG" and all(w.casefold() in TITLE_WORDS for w in words.split()):
        return None  # "Defense" of "Defense Secretary James Mattis"
    if label == "ORG" and _named_as_person(root, ent):
        label = "PERSON"  # "Navin Nayak, head of Clinton's research division", tagged an org
    role = None
    if label == "PERSON":
        lead, name = _leading_rank(words)
        if lead:
            # "Con Ann Pike", "Comedian Lee Brand": the rank or role the tagger ran into the
            # name is the person's role, not part of their name
            start, words = start + len(words) - len(name), name
            role = lead
        role = role or _role(root, ent, p, text) or _role_before(text, start)
    located = _located(root)
    return Mention(start, end, words, label, acts, role, located, root.i, p.index)


def _leading_rank(words: str) -> tuple[str, str]:
    """(rank or role, name) of a person's name that opens with ranks or roles the article
    writes before names ("Con Ann Pike", "Comedian Lee Brand"); ("", words) if none. The
    last word is always left as the name."""
    tokens = words.split(" ")
    i = 0
    while i < len(tokens) - 1 and fold(tokens[i]) in _RANKS_AND_ROLES:
        i += 1
    if i == 0:
        return "", words
    return " ".join(tokens[:i]), " ".join(tokens[i:])


_RANKS_AND_ROLES = lexicon.words("titles", "rank") | lexicon.words("titles", "role")
#: Capitalised words just before a name that end in a title: "Eastvale MP Jo Kerr", where
#: the parse left the title out of the name's phrase.
_TITLE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w'’.-]*[ \t]+){1,4})$")


def _role_before(text: str, start: int) -> str | None:
    """The title written just before a name in capitalised words ("Eastvale MP Jo Kerr"),
    where the parse did not join them to it."""
    m = _TITLE_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    words = m.group(1).split()
    last = fold(words[-1])
    if last not in TITLE_WORDS or last in lexicon.words("titles", "word"):
        return None  # "The", "Former": no title alone
    return " ".join(words)


_CREDIT_TOKEN = re.compile(r"^(?:[A-Z]{2,}[*/][A-Z*/]+|[A-Z]{3,})$")


def _name_words(raw: str) -> str:
    """The name in an entity's text as scraped pages run it together: the last line of it;
    without "the", a possessive, a leading agency or credit ("Reuters Assad", "GETTY*EPA
    Donald Trump"), a trailing credit ("Melania GETTY") or a doubled word ("Verstappen
    Verstappen")."""
    line = raw.split("\n")[-1] if "\n" in raw else raw
    words = _TRAILING.sub("", _LEADING.sub("", line)).strip(" ,.;:-–—\"'“”()")
    tokens = words.split(" ")
    while len(tokens) > 1 and (
        AGENCY.match(tokens[0]) or is_press(tokens[0]) or _CREDIT_TOKEN.match(tokens[0])
    ):
        tokens.pop(0)
    while len(tokens) > 1 and (_CREDIT_TOKEN.match(tokens[-1]) or AGENCY.match(tokens[-1])):
        tokens.pop()
    if len(tokens) > 1 and all(t == tokens[0] for t in tokens):
        tokens = tokens[:1]
    return " ".join(tokens).strip(" ,.;:-–—\"'“”()")


def _is_page_furniture(words: str) -> bool:
    """ "Video Loading Video Unavailable Click", "Invalid Email", a headline in capitals."""
    folded = fold(words).split()
    if folded and all(w in lexicon.words("furniture") for w in folded):
        return True
    letters = [c for c in words if c.isalpha()]
    return len(words.split()) > 1 and bool(letters) and all(c.isupper() for c in letters)


def _own_name(words: str, country: str) -> bool:
    """The state's own name or a short form ("Syria", "the US"), not its capital."""
    return not is_seat(words) or fold(words) == fold(country)


def _located(token: Any) -> bool:
    """The parse puts the name where something happens: "in Deraa", "from eastern Ghouta,
    Deraa and other rebel territories", "the M4 highway"."""
    if _listed_with_places(token):
        return True
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE:
            return True
        if token.dep_ == "compound" and token.head.lemma_.lower() in _PLACE_NOUNS:
            return True
        if token.dep_ != "conj" or token.head is token:
            return False
        token = token.head
        if token.ent_type_ in ("LOC", "FAC") or (
            token.ent_type_ == "GPE" and country_of(token.text) is None
        ):
            return True  # "eastern Ghouta, Deraa and…": listed with places
    return False


def _listed_with_places(token: Any) -> bool:
    """One of a list that ends in a kind of place: "Ghouta, Deraa and other rebel
    territories"."""
    first = token
    for _ in range(6):
        if first.dep_ != "conj" or first.head is first:
            break
        first = first.head
    listed = [first, *(t for t in first.subtree if t.dep_ == "conj")]
    return any(t.lemma_.lower() in _PLACE_LIST_NOUNS for t in listed if t is not token)


#: Kinds of place a list of names can end with.
_PLACE_LIST_NOUNS = frozenset(
    """territory area zone region province city town village district stronghold
    neighbourhood neighborhood suburb""".split()
)


def _is_place_name(token: Any) -> bool:
    """A name the sentence calls a village, town or city: "the village of As-Susah"."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in ("village", "town", "city", "district", "province")
    )


def _of_government(token: Any) -> bool:
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
    return _is_government(head) or head.lower_ in _OFFICES


#: Offices a state acts through: a nationality before one names the state.
_OFFICES = frozenset(
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


def _acts(token: Any, text: str, offset: int, depth: int = 0) -> bool:
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
    if _BACKED.match(text[end : end + 12]):
        return True
    if dep == "poss" and head.lemma_.lower() in ACTION_NOUNS | GOVERNMENT_NOUNS:
        return True
    if dep in ("conj", "appos") and head is not token:
        return _acts(head, text, offset, depth + 1)
    if dep == "pobj" and head.lower_ in ("of", "for", "at") and head.head.pos_ in _NOUNISH:
        # "executive director of Human Rights Watch" said: it speaks through its officer
        return _acts(head.head, text, offset, depth + 1)
    if dep in ("compound", "amod") and _is_government(head):
        return _acts(head, text, offset, depth + 1)
    return False


def _role(root: Any, ent: Any, p: Parsed, text: str) -> str | None:
    """A person's role as the article gives it: the title before the name ("Russian Foreign
    Minister Sergei Lavrov") or an apposition ("Heiko Maas, Germany's foreign minister")."""
    doc = ent.doc
    i = ent.start - 1
    start = None
    while i >= 0:
        t = doc[i]
        if t.is_punct or t.dep_ == "det" or t.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            break
        if not (ent.start <= t.head.i < ent.end or (start is not None and start <= t.head.i)):
            break
        start = i
        i -= 1
    if start is not None:
        words = doc[start : ent.start]
        if _is_title(words):
            return _span_text(words, p, text)
    for c in root.children:
        if c.dep_ == "appos" and c.ent_type_ != "PERSON":
            words = doc[c.left_edge.i : c.right_edge.i + 1]
            if _is_title(words):
                return _span_text(words, p, text)
    if root.dep_ == "appos" and root.head.ent_type_ != "PERSON":
        head = root.head
        words = doc[head.left_edge.i : head.i + 1]
        if _is_title(words):
            return _span_text(words, p, text)
    return None


#: Nouns that only a person is: an organisation's name in apposition to one is a person's.
_PERSON_NOUNS = frozenset(
    """head aide adviser advisor spokesman spokeswoman spokesperson director chief manager
    founder expert analyst professor lawyer attorney strategist economist chairman
    chairwoman secretary deputy""".split()
)


def _named_as_person(root: Any, ent: Any) -> bool:
    """A name of two or three capitalised words that the article sets beside a noun only
    a person is ("Navin Nayak, head of…", "campaign manager Robby Mook")."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return False
    for c in root.children:
        if c.dep_ == "appos" and c.lemma_.lower() in _PERSON_NOUNS:
            return True
        if c.dep_ == "compound" and c.i < ent.start and c.lemma_.lower() in _PERSON_NOUNS:
            return True
    return root.dep_ == "appos" and root.head.lemma_.lower() in _PERSON_NOUNS


def _is_title(words: Any) -> bool:
    tokens = [t for t in words if not t.is_punct]
    if not tokens or len(tokens) > MAX_ROLE_WORDS:
        return False
    titles = (TITLE_WORDS | _OFFICES) - {"the", "by", "former", "acting"}
    return any(t.lower_ in titles for t in tokens)


def _span_text(words: Any, p: Parsed, text: str) -> str:
    a = p.sentence.start + words[0].idx
    b = p.sentence.start + words[-1].idx + len(words[-1].text)
    return text[a:b].strip(" ,")


def initials(name: str) -> str:
    """'Syrian Democratic Forces' -> 'SDF' (joining words aside)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _JOINERS]
    return "".join(w[0] for w in words).upper()


def is_acronym(words: str) -> bool:
    """'SDF', 'U.N.': two to six capitals."""
    return bool(re.fullmatch(r"[A-Z]{2,6}", words.replace(".", "")))


def group_mentions(mentions: list[Mention]) -> list[_Entity]:
    """Mentions of one real-world actor together, in order of first mention.

    States by country; people by surname, two full names merged only when their given names
    agree, a lone surname given to the person of that surname named most recently before it;
    organisations by folded name, an acronym joined to the name whose initials it is."""
    people = {fold(m.text).split()[-1] for m in mentions if m.label == "PERSON"}
    full_people = {
        fold(m.text).split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text
    }
    # "De Mistura": a surname of two words, the end of a person's full name
    full_names = {
        " ".join(fold(m.text).split()[i:])
        for m in mentions
        if m.label == "PERSON"
        for i in range(1, len(m.text.split()))
    }
    mentions = _split_run_together(mentions)
    # the role words each full name has anywhere in the article ("first lady Michelle Obama")
    roles: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON":
            name = fold(strip_titles(m.text))
            roles.setdefault(name, set()).update(_identity_words(m))
    places = {fold(m.text) for m in mentions if m.label == "PLACE"}
    entities: dict[str, _Entity] = {}
    recent_person: dict[str, str] = {}  # surname -> key of the person last named by it
    for m in mentions:
        folded = fold(m.text)
        label = m.label
        if label in ("ORG", "PLACE") and (folded in full_people or folded in full_names):
            label = "PERSON"  # "Lavrov said" tagged an organisation, "De Mistura" a place
            m = Mention(m.start, m.end, m.text, "PERSON", m.acts, None, False, m.token, m.sentence)
        if label == "PLACE" or (label == "ORG" and folded in places):
            continue  # a place, here or where the tagger called it one elsewhere
        if label == "COUNTRY":
            key = f"country:{country_of(m.text)}"
        elif label == "PERSON":
            key = _person_key(m, entities, recent_person, people, roles)
        else:
            key = f"org:{folded}"
        entities.setdefault(key, _Entity(key, label)).mentions.append(m)
    # acronyms: "SDF" joins "Syrian Democratic Forces" when those are its initials
    orgs = [e for e in entities.values() if e.label == "ORG"]
    for short in orgs:
        name = short.mentions[0].text
        if not is_acronym(name):
            continue
        long = next(
            (e for e in orgs if e is not short and initials(e.mentions[0].text) == name), None
        )
        if long is not None:
            long.mentions = sorted(long.mentions + short.mentions, key=lambda x: x.start)
            del entities[short.key]
    _join_lone_names(entities)
    return list(entities.values())


def _join_lone_names(entities: dict[str, _Entity]) -> None:
    """A person named by one word only, once or twice ("Hillary" in a headline before the
    article names her in full, "O'Brien"), joins the one person whose full name begins or
    ends with that word; with two such people (Barack and Michelle Obama) it stays apart, and
    a word the article uses often is a person of its own (the story's "Obama")."""
    people = [e for e in entities.values() if e.label == "PERSON"]
    full = {
        e.key: [fold(strip_titles(m.text)) for m in e.mentions if " " in strip_titles(m.text)]
        for e in people
    }
    for lone in people:
        if full[lone.key] or len(lone.mentions) > LONE_NAME_MENTIONS:
            continue
        word = fold(strip_titles(lone.mentions[0].text))
        owners = [
            e
            for e in people
            if e is not lone
            and e.key in entities
            and any(names_alone(word, n) for n in full[e.key])
            and not _other_person(lone, e)
        ]
        if len(owners) == 1:
            owner = owners[0]
            owner.mentions = sorted(owner.mentions + lone.mentions, key=lambda x: x.start)
            del entities[lone.key]


def _split_run_together(mentions: list[Mention]) -> list[Mention]:
    """A person's mention that ends with another person's full name the article uses,
    after words that are no title ("Hillary Clinton Donald Trump", "Virginia Donald Trump",
    a caption run into the next line): that full name."""
    full = {fold(m.text) for m in mentions if m.label == "PERSON" and 2 <= len(m.text.split()) <= 3}
    out = []
    for m in mentions:
        words = m.text.split(" ")
        if m.label == "PERSON" and len(words) >= 3:
            for i in range(1, len(words) - 1):
                tail = " ".join(words[i:])
                head = words[:i]
                if fold(tail) in full and not all(fold(w) in TITLE_WORDS for w in head):
                    start = m.end - len(tail)
                    m = Mention(start, m.end, tail, m.label, m.acts, m.role, m.located,
                                m.token, m.sentence)  # fmt: skip
                    break
        out.append(m)
    return out


def _person_key(
    m: Mention,
    entities: dict[str, _Entity],
    recent: dict[str, str],
    people: set[str],
    roles: dict[str, set[str]],
) -> str:
    words = fold(strip_titles(m.text)).split()
    surname = words[-1]
    if len(words) == 1:
        named = [
            k for k, e in entities.items() if e.label == "PERSON" and k.split(":")[1] == surname
        ]
        if len(named) > 1:
            # "Obama" after both Barack and Michelle Obama: the one the article names most so
            # far (the story's Obama), the most recent on a tie
            latest = recent.get(surname)
            return max(named, key=lambda k: (len(entities[k].mentions), k == latest))
        if surname in recent:
            return recent[surname]
        # "Hillary", "Max": the one person of that given name named in full
        given_of = [
            k
            for k in entities
            if k.startswith("person:")
            and k.count(":") == 2
            and k.split(":")[2].split()[0] == surname
        ]
        return given_of[0] if len(given_of) == 1 else f"person:{surname}"
    given = " ".join(words[:-1])
    for key, e in entities.items():
        if e.label != "PERSON" or key.split(":")[1] != surname:
            continue
        others = [fold(strip_titles(x.text)).split() for x in e.mentions]
        givens = [" ".join(o[:-1]) for o in others if len(o) > 1]
        if not givens:
            theirs = {w for x in e.mentions for w in _identity_words(x)}
            mine = roles.get(" ".join(words), set())
            if theirs and mine and not theirs & mine:
                continue  # "President Obama" or "Mr Obama", then "Lady Michelle Obama"
        if not givens or any(same_given_names(given, g) for g in givens):
            recent[surname] = key
            return key
    key = f"person:{surname}:{given}"
    recent[surname] = key
    return key


def _other_person(a: _Entity, b: _Entity) -> bool:
    """Both have roles (or honorifics) and they share no word: "Mr Obama" is not "Lady
    Michelle Obama"."""
    words_a = {w for m in a.mentions for w in _identity_words(m)}
    words_b = {w for m in b.mentions for w in _identity_words(m)}
    return bool(words_a and words_b and not words_a & words_b)


def _identity_words(m: Mention) -> set[str]:
    """The words of a mention's role and what its honorific says of sex: two people of one
    surname whose words share none are two people."""
    return _role_words(m.role) | _sex_words(m.text, m.role)


def _role_words(role: str | None) -> set[str]:
    return set(fold(role or "").split()) - _NOT_ROLES


_SEX_OF_HONORIFIC = {
    **dict.fromkeys("mr sir lord king prince".split(), "(male)"),
    **dict.fromkeys("mrs ms miss dame lady queen princess".split(), "(female)"),
}


def _sex_words(name: str, role: str | None) -> set[str]:
    """What an honorific says of a person's sex, as a role word: "(male)" for "Mr Obama",
    "(female)" for "Lady Michelle Obama", so a man and a woman of one surname share none."""
    words = fold(name).split()
    found = {_SEX_OF_HONORIFIC.get(w) for w in fold(role or "").split()}
    if len(words) > 1:
        found.add(_SEX_OF_HONORIFIC.get(words[0]))
    return {s for s in found if s}


def _kind(entity: _Entity, name: str) -> ActorKind:
    if entity.label == "PERSON":
        return "person"
    if entity.label == "COUNTRY":
        return "country"
    folded = fold(name)
    if folded in lexicon.words("armed_groups", "name") or any(
        w in lexicon.words("armed_groups", "word") for w in folded.split()
    ):
        return "armed_group"
    return "organisation"


def _all_mentions(
    text: str,
    found: list[Mention],
    forms: list[str],
    regions: list[tuple[int, int]],
    taken: list[Mention],
    byline: tuple[int, int] | None,
    claimed: list[tuple[int, int]],
) -> list[Mention]:
    """`found` and every other place a form of the same name stands in `regions`, as a
    whole word, where no other mention, no credit and nothing another actor `claimed` (a
    sorted list, grown here) is."""
    spans = {(m.start, m.end) for m in found}
    busy = sorted((m.start, m.end) for m in taken)
    starts = [a for a, _ in regions]
    extra: list[Mention] = []
    for form in sorted(forms, key=len, reverse=True):
        if len(form) < 3:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            a, b = m.span()
            i = bisect.bisect_right(starts, a) - 1
            if i < 0 or b > regions[i][1] or (byline and byline[0] <= a < byline[1]):
                continue
            j = bisect.bisect_right(busy, (b, b)) - 1
            if j >= 0 and busy[j][0] < b and a < busy[j][1]:
                continue  # inside a mention the tagger made (of this actor or another)
            if any(a < y and x < b for x, y in spans) or is_credit(text, a, b):
                continue
            if re.search(r"[A-Z][\w'’.-]*[ \t]$", text[max(0, a - 40) : a]) and not (
                form.count(" ")
            ):
                continue  # "House" of "the White House": part of a longer name
            k = bisect.bisect_left(claimed, (a, b))
            near = claimed[max(0, k - 1) : k + 1]
            if any(a < y and x < b for x, y in near):
                continue  # another actor's form found here first ("Zhao" of two people)
            bisect.insort(claimed, (a, b))
            spans.add((a, b))
            extra.append(Mention(a, b, form, found[0].label, False))
    return sorted([*found, *extra], key=lambda m: m.start)


def build_actors(
    text: str,
    mentions: list[Mention],
    byline: tuple[int, int] | None,
    fenced: list[tuple[int, int]],
    regions: list[tuple[int, int]],
) -> list[Actor]:
    """The article's actors from its mentions: each with every mention's span, the forms the
    article uses, its role; states only where some mention acts; nothing named only in the
    byline or in text aimed at a model. Most mentioned first, ties in order of appearance.

    `regions` are the sentences the brief reads: a person's or body's form found there where
    the tagger missed it ("…Idlib: Lavrov" in a headline) is a mention too."""
    kept = [
        m
        for m in mentions
        if not (byline and byline[0] <= m.start and m.end <= byline[1])
        and not any(m.start < b and a < m.end for a, b in fenced)
    ]
    actors: list[tuple[int, int, Actor]] = []
    claimed: list[tuple[int, int]] = []
    entities = group_mentions(kept)
    surnames = Counter(
        fold(strip_titles(m.text)).split()[-1]
        for e in entities
        if e.label == "PERSON"
        for m in e.mentions[:1]
    )
    for e in entities:
        if e.label == "COUNTRY" and not any(m.acts for m in e.mentions):
            continue  # named as a place only
        if len(e.mentions) == 1 and not e.mentions[0].acts:
            continue  # named once in passing, neither acting nor speaking
        if not any(m.acts for m in e.mentions) and (
            all(m.located for m in e.mentions)
            or (e.label != "COUNTRY" and places_in(e.mentions[0].text))
        ):
            continue  # a place the pipeline took for a name: "in Deraa", "along the M4"
        forms = list(dict.fromkeys(m.text for m in e.mentions))
        if e.label != "COUNTRY":
            scan = forms
            if e.label == "PERSON":
                # "Perry - who stripped off…": the surname alone, where the tagger missed it
                # and no other person of the article has it
                full = max((strip_titles(f).split() for f in forms), key=len)
                if len(full) > 1 and surnames[fold(full[-1])] == 1:
                    scan = [*forms, full[-1]]
            e.mentions = _all_mentions(text, e.mentions, scan, regions, kept, byline, claimed)
            forms = list(dict.fromkeys([*forms, *(m.text for m in e.mentions)]))
        if e.label == "COUNTRY":
            canonical = country_of(e.mentions[0].text) or forms[0]
            name = next((f for f in forms if fold(f) == fold(canonical)), forms[0])
        elif e.label == "PERSON":
            bare = [strip_titles(f) for f in forms]
            canonical = max(bare, key=lambda f: (len(f.split()), -bare.index(f)))
            name = forms[bare.index(canonical)]
        else:
            canonical = max(forms, key=lambda f: (not is_acronym(f), len(f)))
            name = forms[0]
        role = next((_ROLE_LEAD.sub("", m.role) for m in e.mentions if m.role), None)
        actors.append(
            (
                -len(e.mentions),
                e.mentions[0].start,
                Actor(
                    name=name,
                    canonical=canonical,
                    kind=_kind(e, canonical),
                    role=role,
                    forms=forms,
                    mentions=[(m.start, m.end) for m in e.mentions],
                ),
            )
        )
    return [a for _, _, a in sorted(actors, key=lambda x: (x[0], x[1]))]
