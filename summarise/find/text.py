"""Reading articles and cutting them into lines and sentences with their offsets."""

from __future__ import annotations

import bisect
import hashlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pysbd

from summarise.config import MAX_ARTICLE_BYTES
from summarise.errors import InputError
from summarise.find.clutter import Clutter, page_clutter
from summarise.find.instructions import follows_an_order, is_instruction, split_orders


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    boilerplate: bool  # the web page's, not the article's (`find.clutter`): never briefed
    instructions: bool = False  # text aimed at a model: never sent to it, never briefed

    @property
    def skipped(self) -> bool:
        return self.boilerplate or self.instructions


def read_article(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """Read an article as UTF-8 text, or raise an InputError saying what is wrong with it."""
    return read_article_text(path, read_file(path, max_bytes), max_bytes)


def read_file(
    path: Path, max_bytes: int = MAX_ARTICLE_BYTES, hint: str = "raise it with --max-bytes"
) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, or an InputError saying why not
    (`hint`: how to raise the limit)."""
    check_regular_file(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(path, f"is {size:,} bytes, over the limit of {max_bytes:,} ({hint})")
    try:
        with path.open("rb") as f:
            return f.read(max_bytes + 1)  # bounded, even if the file grows while we read
    except OSError as err:  # no read permission, an I/O error: this article only
        raise InputError(path, f"cannot be read ({err.strerror or err})") from err


def check_regular_file(path: Path) -> None:
    """Refuse, before reading, what is not a regular file: a device such as /dev/zero or a
    FIFO would never end, a directory or a broken link is not an article."""
    if not path.exists():
        if path.is_symlink():
            raise InputError(path, "is a symbolic link to nothing (broken, or a loop)")
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not an article")
    if not path.is_file():
        raise InputError(path, "is not a regular file (a pipe, socket or device), not an article")


def read_article_text(path: Path, raw: bytes, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """The checks of `read_article` on bytes already read (standard input is named "-")."""
    if len(raw) > max_bytes:
        raise InputError(
            path, f"is over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
        )
    if not raw.strip():
        raise InputError(path, "file is empty")
    if b"\x00" in raw:
        raise InputError(path, "looks binary (contains NUL bytes), not a text article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"is not UTF-8 text (invalid byte at offset {exc.start}); convert it first"
        ) from exc
    # Normalise line endings only: offsets are into this string, which is what briefs cite.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_prose(path, text)
    _check_plain_english(path, text)
    return text


_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?>")
#: English function words: at least this share of an English article's words (seen: 0.23
#: to 0.45 on the seeds and the dev corpus; German 0.03, French 0.09).
_ENGLISH_WORDS = frozenset(
    """the of and to a in is that for on was with he it as at by said his be from are have
    has were an this not but they who which their had been will she her its we i you""".split()
)
MIN_ENGLISH_SHARE = 0.12


def _check_plain_english(path: Path, text: str) -> None:
    """Refuse what the pipeline would misread: an HTML page (its title a doctype, its figures
    script constants), or a language other than English (whose numbers it parses wrong:
    German "12.000" is twelve thousand)."""
    if _HTML_START.match(text) or len(_TAG.findall(text[:20_000])) > 20:
        raise InputError(
            path,
            "is an HTML page, not an article's text: name it .html to read its main text, "
            "or extract the text first",
        )
    words = re.findall(r"[^\W\d_]+", text.lower())
    share = sum(w in _ENGLISH_WORDS for w in words) / max(len(words), 1)
    if share < MIN_ENGLISH_SHARE:
        raise InputError(
            path,
            "does not read as English (summarise reads English news; numbers in other "
            "languages would be parsed wrong, e.g. German 12.000): translate it first",
        )


#: Below these, a file is not an article: spending model time on it would only invent.
MIN_WORDS = 20
MIN_LETTER_SHARE = 0.55


def prose_words(text: str) -> int:
    """Words of two letters or more: what makes a text long enough to be an article."""
    return len(re.findall(r"[^\W\d_]{2,}", text))


def _check_prose(path: Path, text: str) -> None:
    words = prose_words(text)
    if words < MIN_WORDS:
        raise InputError(path, f"too short to be a news article ({words} words)")
    visible = sum(not c.isspace() for c in text)
    share = sum(c.isalpha() for c in text) / max(visible, 1)
    if share < MIN_LETTER_SHARE:
        raise InputError(
            path,
            f"does not read as prose (only {share:.0%} of its characters are letters): "
            "a data or code file, not a news article?",
        )


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_local = threading.local()


def _segmenter() -> pysbd.Segmenter:
    """This thread's own segmenter: a pysbd Segmenter keeps the text it is splitting on
    itself, so one shared by `batch --jobs N` threads splits one article with another's
    state (briefs lost figures that way)."""
    seg: pysbd.Segmenter | None = getattr(_local, "segmenter", None)
    if seg is None:
        seg = _local.segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return seg


def sentences(
    text: str, clutter_of: Callable[[str], list[Clutter]] = page_clutter
) -> list[Sentence]:
    """Split text into sentences with `[start, end)` offsets; a line break always ends one,
    and so do the edges of page clutter (`clutter_of`, `find.clutter`), which is a sentence
    of its own marked boilerplate."""
    out: list[Sentence] = []
    raw_lines = text.split("\n")
    split = split_orders(raw_lines)  # by line number, blank lines included
    clutter = [(c.start, c.end) for c in clutter_of(text)]  # in text order
    starts = [a for a, _ in clutter]
    line_start = 0
    for n, line_text in enumerate(raw_lines):
        at, line_start = line_start, line_start + len(line_text) + 1
        if not line_text.strip():
            continue
        first, last = bisect.bisect_left(starts, at), bisect.bisect_left(starts, line_start)
        marks = [(a - at, b - at) for a, b in clutter[first:last]]
        ordered = False  # the sentence before, in this paragraph, was an instruction
        for piece_at, raw, boilerplate in _pieces(line_text, marks):
            stripped = raw.strip()
            if not stripped:
                continue
            # Sentence by sentence: a paragraph's news around an injection is still news.
            ordered = (
                n in split or is_instruction(stripped) or (ordered and follows_an_order(stripped))
            )
            start = at + piece_at + (len(raw) - len(raw.lstrip()))
            out.append(Sentence(start, start + len(stripped), stripped, boilerplate, ordered))
    return out


def _pieces(line: str, marks: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """The line's sentences as (offset in the line, text, page clutter): a line that is
    clutter as a whole sentence by sentence, else each clutter span one piece and the
    article's words between them split into sentences."""
    if not marks:
        return [(at, s, False) for at, s in _segments(line)]
    if len(marks) == 1 and not line[: marks[0][0]].strip() and not line[marks[0][1] :].strip():
        return [(at, s, True) for at, s in _segments(line)]
    out: list[tuple[int, str, bool]] = []
    at = 0
    for a, b in marks:
        if line[at:a].strip():
            out += [(at + o, s, False) for o, s in _segments(line[at:a])]
        out.append((a, line[a:b], True))
        at = b
    if line[at:].strip():
        out += [(at + o, s, False) for o, s in _segments(line[at:])]
    return out


#: Lines longer than this are cut into pieces before sentence splitting: pysbd's
#: abbreviation pass rescans the whole line for each abbreviation it finds, so its time
#: grows with the square of a line's length (a scraped page run into one line; a 1 MB file).
LINE_CHUNK = 4000
#: A safe place to cut a long line: a full stop after a lower-case word of three letters
#: or more (not "Mr." or "Gen."), before a capital.
_SAFE_CUT = re.compile(r"(?<=[a-z]{3}[.!?])[\"”’)]?\s+(?=[A-Z\"“])")


def _segments(line: str) -> list[tuple[int, str]]:
    """The line's sentences as (offset in the line, text), by pysbd, a long line piece by
    piece (cut only where a sentence surely ends)."""
    pieces: list[tuple[int, str]] = []
    at = 0
    while len(line) - at > LINE_CHUNK:
        cuts = [m.end() for m in _SAFE_CUT.finditer(line, at, at + LINE_CHUNK)]
        if not cuts:
            break
        pieces.append((at, line[at : cuts[-1]]))
        at = cuts[-1]
    pieces.append((at, line[at:]))
    return [
        (offset + s.start, s.sent) for offset, chunk in pieces for s in _segmenter().segment(chunk)
    ]


def sentence_at(sents: list[Sentence], offset: int) -> int:
    """Index of the sentence holding `offset`."""
    for i, s in enumerate(sents):
        if s.start <= offset < s.end:
            return i
    raise ValueError(f"offset {offset} is in no sentence")


def without_instructions(text: str, sents: list[Sentence]) -> str:
    """`text` with sentences aimed at a model replaced by a marker: what the model reads."""
    out, at = [], 0
    for s in sents:
        if s.instructions:
            out += [text[at : s.start], "[text addressed to an AI model removed]"]
            at = s.end
    return "".join(out) + text[at:]
