"""Who an article is about, found by code: one actor per real-world actor, from its mentions
(`mentions`, and whether each acts: `acting`).

- one actor per real-world person across spellings ("Sergey Lavrov", "Sergei Lavrov",
  "Lavrov": the one rule of `identity`), per organisation across its acronym ("Syrian
  Democratic Forces", "SDF"), and per state across its names ("Russia", "Moscow will…",
  "the Kremlin", "the Syrian regime");
- every mention counted, with its span, and the person's role in the article's words;
- a place is an actor only where the text has it act or speak; a name mentioned once in
  passing is none; the byline and text aimed at a model are never actors.
The small pipeline's slips are corrected by the article itself: a one-word "organisation" that
is the surname of a person the article names is that person ("Lavrov said" tagged ORG).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from summarise.find import lexicon
from summarise.find.identity import names_alone, same_given_names
from summarise.find.mentions import Mention
from summarise.find.mentions import Parsed as Parsed  # where `questions` reads it
from summarise.find.names import TITLE_WORDS, fold, initials, is_credit, strip_titles
from summarise.find.places import country_of, places_in
from summarise.schemas import Actor, ActorKind

#: "his German counterpart": the role is "German counterpart" (whose, the sentence says).
_ROLE_LEAD = re.compile(r"^(?:his|her|their|its|a|an|the)\s+", re.IGNORECASE)
#: A person named by one word at most this often may be one named in full elsewhere.
LONE_NAME_MENTIONS = 2
#: Words of a role that say nothing of which office: two roles that share none of the others
#: are two people's ("President" and "first lady").
_NOT_ROLES = frozenset("mr mrs ms miss dr sir dame the a an his her their of former".split())


@dataclass
class _Entity:
    key: str
    label: str
    mentions: list[Mention] = field(default_factory=list)


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
