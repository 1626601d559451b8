"""Statements an article reports: direct quotations and reported speech, found by code.

Positions are built on these: code finds each statement's speaker (`speakers`), the model is
shown the numbered statements with their speakers (their opening words: it has just read them
whole in the article) and says what stance each shows, so the quote of a position is the
article's own text and its holder the statement's speaker by construction.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summarise.find import lexicon
from summarise.find.text import Sentence

MAX_STATEMENTS = 8
#: Statements of one speaker offered to the model: the positions it picks (at most four) then
#: come from different speakers, as the task asks, instead of four from the first one.
MAX_PER_SPEAKER = 2
MIN_WORDS = 5
#: Words of a statement shown to the model: enough to find it in the article it has just read
#: (the whole statement would send most of the article twice).
OPENING_WORDS = 8
_MARK = re.compile(r"[\"“”]")
#: Characters after which a straight quotation mark opens a quotation, and before which one
#: closes it.
_OPENS_AFTER = frozenset(" \t([{—–-/")
_CLOSES_BEFORE = frozenset(" \t.,;:!?)]}—–-'’…")
_SENTENCE_END = re.compile(r"[.!?…]['’)]?(?=\s|$)")


def _speech_pattern() -> re.Pattern[str]:
    """The words that make a sentence a statement: the written forms of the verbs of saying
    (`data/speech_verbs.tsv`, column "opens"; a "quoting" verb only where a colon follows
    soon: "posted on Instagram: …", not "posted a loss"), and phrases that attribute words
    ("according to", "called on", "quoted as saying")."""
    plain: list[str] = []
    quoting: list[str] = []
    for row in lexicon.rows("speech_verbs"):
        forms = [f for f in (row[2] if len(row) > 2 else "-").split() if f != "-"]
        (quoting if row[1] == "quoting" else plain).extend(forms)
    phrases = [r"according\s+to", r"called\s+on", r"quoted\s+as\s+saying"]
    opening = "|".join(sorted(plain, key=len, reverse=True) + phrases)
    colon = "|".join(sorted(quoting, key=len, reverse=True))
    return re.compile(rf"\b(?:{opening}|(?:{colon})(?=[^.\n]{{0,40}}:))\b", re.IGNORECASE)


_SPEECH = _speech_pattern()


@dataclass(frozen=True)
class Statement:
    id: int
    quote: str
    span: tuple[int, int]
    context: str  # the sentence (or paragraph) it stands in
    speaker: str = ""  # who says it, found by the parse (`speakers`)
    speaker_span: tuple[int, int] | None = None  # where the article names them

    @property
    def opening(self) -> str:
        """The statement's first words, "…" where it goes on."""
        words = self.quote.split()
        if len(words) <= OPENING_WORDS + 2:
            return self.quote
        return " ".join(words[:OPENING_WORDS]) + " …"


def find_statements(
    text: str, sents: list[Sentence], within: tuple[int, int] | None = None
) -> list[Statement]:
    """Direct quotations of at least five words, and sentences of reported speech, in text
    order, numbered from 1; only those inside `within` (a part of a long article) if given."""
    return number_statements(text, statement_spans(text, sents), within)


def statement_spans(text: str, sents: list[Sentence]) -> list[tuple[int, int, str]]:
    """Every statement of `text` as (start, end, context), in text order: one scan of the
    article, which a long article's parts then share (`number_statements`).

    Page clutter (a caption, a credit, a link run into a paragraph) is never part of a
    statement, and does not cut a quotation off: quotation marks are paired as if it were
    not there, and a quotation that runs across it is its words on either side."""
    found: list[tuple[int, int, str]] = []
    quoted: list[tuple[int, int]] = []  # quotation statements with their marks, in order
    fenced_starts = [s.start for s in sents if s.instructions]  # sorted, as sentences are
    clutter = [(s.start, s.end) for s in sents if s.boilerplate]
    clutter_starts = [a for a, _ in clutter]
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        at = bisect.bisect_left(fenced_starts, start)
        if at < len(fenced_starts) and fenced_starts[at] < line.end():
            continue  # text aimed at a model in this paragraph: none of it is quoted
        first = bisect.bisect_left(clutter_starts, start)
        last = bisect.bisect_left(clutter_starts, line.end())
        marks = [(a - start, b - start) for a, b in clutter[first:last]]
        para = without_clutter(line.group(), marks)
        context = " ".join(para.split()) if marks else para.strip()
        for a, b in quotations(para):
            pieces = [
                (pa + (len(para[pa:pb]) - len(para[pa:pb].lstrip())), para[pa:pb].strip())
                for pa, pb in _between(a, b, marks)
            ]
            pieces = [(pa, x.rstrip(",.;: ")) for pa, x in pieces]
            pieces = [(pa, x) for pa, x in pieces if len(x.split()) >= MIN_WORDS]
            for pa, x in pieces:
                found.append((start + pa, start + pa + len(x), context))
            if pieces:
                quoted.append((start + a - 1, start + b + 1))  # with its marks
    quoted_starts = [a for a, _ in quoted]
    for sent in sents:
        if sent.skipped or not _SPEECH.search(sent.text) or len(sent.text.split()) < MIN_WORDS:
            continue
        at = bisect.bisect_left(quoted_starts, sent.end)
        if at > 0 and quoted[at - 1][1] > sent.start:  # quotations never overlap
            # it holds (or stands in) a quotation that is already a statement; a scraped
            # page that runs the article into one paragraph keeps its other sentences
            continue
        found.append((sent.start, sent.end, sent.text))
    return sorted(found)


def without_clutter(paragraph: str, marks: Sequence[tuple[int, int]]) -> str:
    """The paragraph with its clutter spans (paragraph offsets) blanked out, offsets kept:
    what quotation marks are paired in."""
    if not marks:
        return paragraph
    chars = list(paragraph)
    for a, b in marks:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _between(a: int, b: int, marks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """[a, b) less the clutter spans inside it, as the spans left."""
    out, at = [], a
    for m, n in sorted(marks):
        if n <= at or m >= b:
            continue
        if m > at:
            out.append((at, m))
        at = max(at, n)
    if at < b:
        out.append((at, b))
    return out


def quotations(line: str) -> list[tuple[int, int]]:
    """The quotations of one paragraph, as [start, end) of the words between the marks:
    double marks (`double_quotations`), and single marks used as quotation marks, as
    British outlets use them (`single_quotations`). A single-mark quotation inside a
    double-mark one is part of it, and the other way round."""
    double = double_quotations(line)
    single = [
        q for q in single_quotations(line, double) if not any(a <= q[0] < b for a, b in double)
    ]
    double = [q for q in double if not any(a <= q[0] < b for a, b in single)]
    return sorted(double + single)


#: Characters before which a single mark closes a quotation.
_SINGLE_CLOSES_BEFORE = frozenset(' \t.,;:!?)]}—–-"”…')


def single_quotations(line: str, double: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Quotations between single marks ('…' or ‘…’), told apart from apostrophes: a mark
    between two letters is one ("don't", "Avery's", "O'Brien"), and so is one after an "s"
    before a word in lower case ("the players' union"). A mark opens after a space or the
    paragraph's start and before a word, and closes after a word or punctuation and before
    a space, punctuation or the paragraph's end; an opening mark with no closing one (an
    elision: "the '90s") quotes nothing, unless it opens the paragraph (a quotation that
    goes on into the next paragraph, as news writes it). Marks inside `double` (quotations
    in double marks) are left to them."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for m in re.finditer(r"['‘’]", line):
        at = m.start()
        if any(a <= at < b for a, b in double):
            continue
        mark = m.group()
        before = line[at - 1] if at > 0 else " "
        after = line[at + 1] if at + 1 < len(line) else " "
        if before.isalnum() and after.isalnum():
            continue  # "don't", "Avery's"
        if before in "sS" and after == " " and line[at + 2 : at + 3].islower():
            continue  # "the players' union"
        may_open = mark != "’" and before in _OPENS_AFTER and (after.isalnum() or after == "…")
        may_close = (
            mark != "‘"
            and not before.isspace()
            and at > 0
            and (after in _SINGLE_CLOSES_BEFORE or at + 1 == len(line))
        )
        if opened is not None and may_close:
            found.append((opened, at))
            opened = None
        elif may_open:
            opened = at + 1  # an opening mark never closed before it was an elision
    if opened is not None and not line[: opened - 1].strip():
        found.extend(_left_open(line, opened, len(line)))
    return found


def double_quotations(line: str) -> list[tuple[int, int]]:
    """The quotations of one paragraph between double marks, as [start, end) of the words
    between the marks.

    Curly marks say which way they face. A straight mark opens where it follows a space or
    the paragraph's start and comes before a word, and closes where it follows a word and
    comes before a space or punctuation; pairing them in order alone goes out of step at
    the first quotation left open, and then takes the narrative between two quotations for
    one. A quotation left open (a quotation that goes on into the next paragraph, as news
    writes it; a page that lost its closing mark) ends at its last full sentence before the
    next opening mark or the paragraph's end."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _MARK.finditer(line):
        at = m.start()
        before = line[at - 1] if at > 0 else " "
        after = line[at + 1] if at + 1 < len(line) else " "
        if m.group() == "“":
            opens = True
        elif m.group() == "”":
            opens = False
        else:
            may_open = before in _OPENS_AFTER and not after.isspace()
            may_close = not before.isspace() and (after in _CLOSES_BEFORE or after.isspace())
            opens = may_open if may_open != may_close else opened is None
        if opens:
            if opened is not None:
                found.extend(_left_open(line, opened, at))
            opened = at + 1
        elif opened is not None:
            found.append((opened, at))
            opened = None
    if opened is not None:
        found.extend(_left_open(line, opened, len(line)))
    return found


def _left_open(line: str, start: int, stop: int) -> list[tuple[int, int]]:
    ends = [m.end() for m in _SENTENCE_END.finditer(line, start, stop)]
    return [(start, ends[-1])] if ends else []


def number_statements(
    text: str,
    spans: list[tuple[int, int, str]],
    within: tuple[int, int] | None = None,
    speaker_of: Callable[[int, int], tuple[str, tuple[int, int]] | None] | None = None,
) -> list[Statement]:
    """The statements inside `within` (all without it), numbered from 1, at most
    MAX_STATEMENTS. With `speaker_of`, only those it names a speaker for, each with its
    speaker (a statement nobody can be found to say backs no position), at most
    MAX_PER_SPEAKER of each speaker."""
    if within is not None:
        spans = [f for f in spans if within[0] <= f[0] and f[1] <= within[1]]
    found: list[Statement] = []
    said: dict[str, int] = {}
    for s, e, ctx in spans:
        if len(found) == MAX_STATEMENTS:
            break
        if speaker_of is None:
            found.append(Statement(len(found) + 1, text[s:e], (s, e), ctx))
            continue
        speaker = speaker_of(s, e)
        if speaker is None or said.get(speaker[0], 0) == MAX_PER_SPEAKER:
            continue
        name, at = speaker
        said[name] = said.get(name, 0) + 1
        found.append(Statement(len(found) + 1, text[s:e], (s, e), ctx, name, at))
    return found
