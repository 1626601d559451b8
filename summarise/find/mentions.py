"""Mentions of actors in an article: the parse's named entities, cleaned of what scraped pages
run into them, placed by their article offsets, with a person's role as the article gives it.

spaCy's small English pipeline tags people, organisations, places and nationalities in every
sentence the brief reads (`parse`); this module keeps the tags that name someone who can
act, corrected where the article itself says otherwise:
- a name after Mr/Ms/Dr, or beside a noun only a person is, is a person's;
- a rank or role the tagger ran into a name is the person's role ("Con Ann Pike");
- a nationality names its state only before a government noun ("the Syrian regime");
  capitals and seats only where they act ("Moscow will…"), other places never;
- photo credits, news agencies, the press and page furniture are never names.
Whether each mention acts is `acting`'s; which mentions are one actor, `actors`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from summarise.find import lexicon
from summarise.find.acting import BACKED, OFFICES, acts_here, of_government
from summarise.find.lexicon import is_press
from summarise.find.names import AGENCY, TITLE_WORDS, fold, is_credit
from summarise.find.places import country_of, is_demonym, is_seat
from summarise.find.text import Sentence

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
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:'s|’s|'|’)$")
MAX_ROLE_WORDS = 8


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
    acts = acts_here(root, text, p.sentence.start)
    country = country_of(words)
    if label == "PERSON" and _is_place_name(root):
        return None  # "the village of As-Susah", tagged a person
    if label == "NORP":
        # a nationality names its state only as the government: "the Syrian regime acts"
        if country is None or not is_demonym(words):
            return None
        if of_government(root) or BACKED.match(text[end : end + 12]):
            return Mention(start, end, words, "COUNTRY", True, token=root.i, sentence=p.index)
        return None
    if label in ("GPE", "FAC") or (
        label == "ORG" and country is not None and len(words.split()) <= 3
    ):
        if country is None:
            # a city or province (where things happen, not who acts), unless it is a person's
            # name the pipeline took for a place ("De Mistura"): `group_mentions` decides
            return Mention(start, end, words, "PLACE", acts, token=root.i, sentence=p.index)
        if of_government(root):
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
    titles = (TITLE_WORDS | OFFICES) - {"the", "by", "former", "acting"}
    return any(t.lower_ in titles for t in tokens)


def _span_text(words: Any, p: Parsed, text: str) -> str:
    a = p.sentence.start + words[0].idx
    b = p.sentence.start + words[-1].idx + len(words[-1].text)
    return text[a:b].strip(" ,")
