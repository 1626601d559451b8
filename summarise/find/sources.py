"""Reading the articles analysts hold: plain text, saved web pages and scraper records.

An `Article` is one article's text (what every brief cites offsets into) and what is known of
it: outlet, publication date, address, authors, title. One loader, `read_articles`, reads
every kind, and `brief`, `batch` and the Batch API rounds all read through it:

- plain text (`.txt`, `.md`, `.text`, standard input): the file as `text.read_article` reads
  it, byte for byte (recordings replay on exact requests);
- a saved web page (`.html`, `.htm`): its main text, title and metadata by trafilatura, dates
  by htmldate; comments and tables are left out, and so are captions, related links and
  newsletter boxes (trafilatura's own rules) and photo galleries (`PRUNED`);
- an article record (`.json`, one a file; `.jsonl`, one a line, named `FILE.jsonl#N`) in the
  shape news-please writes and the research datasets built with it hold.

The text of a page or record is its title, a line break, then its body unchanged, so its
first line is the headline, as in a text file (a record made from a text file gives that
file's text exactly). The checks of a text file then apply to that text: size, prose,
English. Whatever cannot be read fails alone, with its reason, as an `InputError`.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import IO, Literal

from summarise.config import MAX_ARTICLE_BYTES
from summarise.errors import InputError
from summarise.find.text import (
    MIN_WORDS,
    check_regular_file,
    prose_words,
    read_article,
    read_article_text,
    read_file,
    text_sha256,
)
from summarise.schemas import Brief

Kind = Literal["text", "html", "record"]
TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".json", ".jsonl")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES

#: A page or record file may be this many times --max-bytes: around its text a saved page
#: carries markup, scripts, styles and often inline images. Its text is held to --max-bytes.
SOURCE_FACTOR = 20

#: Parts of a page trafilatura keeps that are not the article, each with its reason.
#: Captions, related links and newsletter boxes it drops itself; a photo gallery it drops only
#: when its container is named "slide…", else the gallery's heading reaches the text.
PRUNED = [
    # a photo gallery or carousel: a heading and captions, never the article's prose
    # (translate() lower-cases the letters of both words: XPath 1.0 has no lower-case())
    "//*[contains(translate(@class, 'GALERYCOUS', 'galerycous'), 'gallery')"
    " or contains(translate(@id, 'GALERYCOUS', 'galerycous'), 'gallery')"
    " or contains(translate(@class, 'GALERYCOUS', 'galerycous'), 'carousel')"
    " or contains(translate(@id, 'GALERYCOUS', 'galerycous'), 'carousel')]",
]

#: htmldate's settings as trafilatura sets them, with the time of day where the page gives it.
_DATE_PARAMS = {
    "original_date": True,
    "extensive_search": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S",
}


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known of it.

    `source` names it in messages, outputs and provenance: its file, or `FILE.jsonl#N` for
    line N of a record file. `notes` says what of its metadata was set aside, and why (added
    to its brief's warnings)."""

    source: Path
    text: str
    kind: Kind = "text"
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    description: str | None = None
    notes: tuple[str, ...] = ()


def collect_articles(inputs: Iterable[Path]) -> list[Path]:
    """Article files named directly or found (non-recursively, sorted) in named directories:
    text, web pages and record files (`read_articles` reads a `.jsonl` as one article a line).

    A named path that does not exist is kept, so it fails with a clear message like any
    other unreadable article instead of vanishing.
    """
    paths: list[Path] = []
    for item in inputs:
        if item.is_dir():
            # Every entry named like an article but a folder: a broken link or a file that
            # cannot be read then fails with its reason instead of vanishing.
            paths += sorted(
                p for p in item.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and not p.is_dir()
            )
        else:
            paths.append(item)
    return paths


def load_corpus(
    inputs: Iterable[Path], max_bytes: int = MAX_ARTICLE_BYTES
) -> list[Article | InputError]:
    """Every article of `collect_articles(inputs)`, or why it cannot be read, in order."""
    return [item for path in collect_articles(inputs) for item in read_articles(path, max_bytes)]


def unique_articles(
    items: Iterable[Article | InputError],
) -> tuple[list[Article | InputError], list[str]]:
    """`items` with each article once, and a note for every other copy left out.

    An article given twice (a file and standard input, two paths, a link) is one article:
    one text (by SHA-256) with the same outlet, date, address and authors. The same text
    from two outlets (a wire story) is two articles, each with its own metadata."""
    kept: list[Article | InputError] = []
    first: dict[tuple[object, ...], Article] = {}
    notes: list[str] = []
    for item in items:
        if isinstance(item, Article):
            key = (text_sha256(item.text), item.outlet, item.published, item.url, item.authors)
            if key in first:
                notes.append(_same_as(str(item.source), str(first[key].source), key[0]))
                continue
            first[key] = item
        kept.append(item)
    return kept, notes


def unique_briefs(briefs: Iterable[Brief]) -> tuple[list[Brief], list[str]]:
    """`briefs` with each article's once (as `unique_articles` tells articles apart), and a
    note for every other copy left out."""
    kept: list[Brief] = []
    first: dict[tuple[object, ...], Brief] = {}
    notes: list[str] = []
    for brief in briefs:
        p = brief.provenance
        key = (p.sha256, p.outlet, p.published, p.url, tuple(p.authors))
        if key in first:
            notes.append(_same_as(p.source, first[key].provenance.source, p.sha256))
            continue
        first[key] = brief
        kept.append(brief)
    return kept, notes


def _same_as(source: str, first: str, sha256: str) -> str:
    return f"{source}: the same article as {first} (SHA-256 {sha256[:12]}…); taken once"


def read_articles(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> list[Article | InputError]:
    """The articles of one file: one, or one a line of a `.jsonl`. An article that cannot be
    read is its InputError in the list (a line's named `FILE.jsonl#N`): it fails alone."""
    if path.suffix.lower() == ".jsonl":
        return list(_record_lines(path, max_bytes))
    try:
        return [read_source(path, max_bytes)]
    except InputError as err:
        return [err]


def read_source(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """One article file, read by its kind (a `.jsonl` is read by `read_articles`); an
    InputError saying what is wrong with it."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return _page(path, read_file(path, *_source_limit(max_bytes)), max_bytes)
    if suffix == ".json":
        raw = read_file(path, *_source_limit(max_bytes))
        return _record(path, _decoded(path, raw), max_bytes)
    return Article(path, read_article(path, max_bytes))


def with_provenance(brief: Brief, article: Article) -> Brief:
    """`brief` as the brief of `article`: its source, and what is known of the article in its
    provenance. Applied to every brief, a cached one too: the cache is keyed on the text, and
    two files with one text are two articles."""
    p = brief.provenance
    update = {
        "source": str(article.source),
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "authors": list(article.authors),
        "warnings": [*p.warnings, *article.notes],
    }
    return brief.model_copy(update={"provenance": p.model_copy(update=update)})


def texts_on_disk(
    sources: Iterable[tuple[str, str]], max_bytes: int = MAX_ARTICLE_BYTES
) -> dict[str, str]:
    """Texts of articles still on disk unchanged, by `(source, sha256)` as briefs give them:
    a file of any kind, or `FILE.jsonl#N` (each file read once)."""
    read: dict[Path, dict[str, str]] = {}
    texts: dict[str, str] = {}
    for source, sha256 in sources:
        line = re.fullmatch(r"(.*\.jsonl)#\d+", source, re.IGNORECASE)
        path = Path(line.group(1) if line else source)
        if path not in read:
            found = read_articles(path, max_bytes) if path.is_file() else []
            read[path] = {str(a.source): a.text for a in found if isinstance(a, Article)}
        text = read[path].get(source)
        if text is not None and text_sha256(text) == sha256:
            texts[source] = text
    return texts


def _source_limit(max_bytes: int) -> tuple[int, str]:
    return max_bytes * SOURCE_FACTOR, (
        f"{SOURCE_FACTOR} × --max-bytes for a web page or record file; raise it with --max-bytes"
    )


def _checked(source: Path, title: str | None, body: str, max_bytes: int) -> str:
    """The article text of a page or record: title, a line break, its body unchanged; then
    the checks of a text file (size, NUL, prose, English)."""
    text = f"{title}\n{body}" if title else body
    return read_article_text(source, text.encode("utf-8"), max_bytes)


def _decoded(source: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"is not UTF-8 text (invalid byte at offset {exc.start}); convert it first"
        ) from exc


# --- web pages -------------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _page(path: Path, raw: bytes, max_bytes: int) -> Article:
    """A saved web page's main text and metadata, by trafilatura."""
    # here, not at the top: trafilatura loads lxml and date parsers that text never needs
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    if b"\x00" in raw:
        raise InputError(path, "looks binary (contains NUL bytes), not a web page")
    doc = bare_extraction(
        _page_text(path, raw),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        prune_xpath=PRUNED,
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(doc, Document):
        doc = Document()  # nothing found: no text, no metadata
    title = _line(doc.title)
    body = doc.text or ""
    lines = body.split("\n")
    if title and _line(lines[0]) == title:
        body = "\n".join(lines[1:])  # the headline opens the main text too: once is enough
    if prose_words(body) < MIN_WORDS:
        found = f"only {prose_words(body)} words found" if body.strip() else "no text found"
        raise InputError(
            path,
            f"is a web page with no main text ({found}: an index, a gallery or an empty page?)",
        )
    notes: list[str] = []
    return Article(
        path,
        _checked(path, title, body, max_bytes),
        "html",
        title,
        outlet=_line(doc.sitename) or _line(doc.hostname),
        published=_published(doc.date, notes),
        url=_line(doc.url),
        authors=_authors((doc.author or "").split(";")),  # trafilatura joins them with ";"
        description=_line(doc.description),
        notes=tuple(notes),
    )


def _page_text(path: Path, raw: bytes) -> str:
    """A page as text: UTF-8, else the charset the page declares, else refused (a guess
    could turn every quotation mark and currency sign into something else)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    declared = _CHARSET.search(raw[:4096])
    if declared is not None:
        charset = declared.group(1).decode("ascii")
        try:
            codecs.lookup(charset)
        except LookupError:
            raise InputError(
                path, f"declares the charset {charset!r}, which is unknown; convert it to UTF-8"
            ) from None
        try:
            return raw.decode(charset)
        except UnicodeDecodeError as exc:
            raise InputError(
                path,
                f"is not {charset} text as it declares (invalid byte at offset {exc.start}); "
                "convert it to UTF-8",
            ) from exc
    raise InputError(
        path,
        f"is not UTF-8 (invalid byte at offset {bad}) and declares no charset; convert it first",
    )


# --- article records -------------------------------------------------------------------


def _record_lines(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    """One article a line of a `.jsonl` file, each named `FILE.jsonl#N` (N its line number,
    from 1); blank lines are skipped, a bad line fails alone."""
    limit, hint = _source_limit(max_bytes)
    try:
        check_regular_file(path)
        f = path.open("rb")
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield InputError(path, f"cannot be read ({err.strerror or err})")
        return
    n, records = 0, 0
    with f:
        while True:
            try:
                line = f.readline(limit + 1)  # bounded: a line with no end is not read whole
            except OSError as err:
                yield InputError(path, f"cannot be read after line {n} ({err.strerror or err})")
                return
            if not line:
                break
            n += 1
            name = path.with_name(f"{path.name}#{n}")
            if len(line) > limit and not line.endswith(b"\n"):
                _skip_line(f)
                yield InputError(name, f"is a line over the limit of {limit:,} bytes ({hint})")
                records += 1
                continue
            if not line.strip():
                continue
            records += 1
            try:
                yield _record(name, _decoded(name, line), max_bytes)
            except InputError as err:
                yield err
    if not records:
        yield InputError(path, "holds no records (a .jsonl file holds one article record a line)")


def _skip_line(f: IO[bytes]) -> None:
    while (chunk := f.readline(1 << 16)) and not chunk.endswith(b"\n"):
        pass


def _record(source: Path, raw: str, max_bytes: int) -> Article:
    """An article record: `title`, `maintext` or `text`, `date_publish`, `publisher` or
    `source_domain`, `url`, `authors`, `description` (news-please's fields and the datasets'
    that follow it)."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError(
            source,
            f"is not a JSON article record ({err.msg} at line {err.lineno} column {err.colno})",
        ) from err
    if isinstance(record, list):
        raise InputError(
            source,
            "holds a JSON list: a .json file holds one article record (a .jsonl file one a line)",
        )
    if not isinstance(record, dict):
        raise InputError(source, "is not an article record (a JSON object with a title and text)")
    body = next(
        (v for k in ("maintext", "text") if isinstance(v := record.get(k), str) and v.strip()),
        None,
    )
    if body is None:
        raise InputError(source, "is a record with no text (no 'maintext' or 'text' holds any)")
    title = _line(record.get("title"))
    notes: list[str] = []
    return Article(
        source,
        _checked(source, title, body, max_bytes),
        "record",
        title,
        # a publisher's name ("bbc") says more than its domain ("www.bbc.com")
        outlet=_line(record.get("publisher")) or _line(record.get("source_domain")),
        published=_published(record.get("date_publish"), notes),
        url=_line(record.get("url")),
        authors=_authors(record.get("authors")),
        description=_line(record.get("description")),
        notes=tuple(notes),
    )


# --- metadata fields -------------------------------------------------------------------


def _line(value: object) -> str | None:
    """A metadata string on one line, or None for anything else or nothing."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _authors(value: object) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    names = (_line(item) for item in items)
    return tuple(dict.fromkeys(name for name in names if name))


#: What scrapers write for a date they did not find.
_NO_DATE = frozenset({"", "none", "null", "nan", "nat"})


def _published(value: object, notes: list[str]) -> str | None:
    """An ISO 8601 publication date: a day, or a day and time (with its UTC offset where one
    was given); midnight with no offset is the day alone, as scrapers write a page's bare
    day. One that does not parse is set aside with a note."""
    if value is None or (isinstance(value, str) and value.strip().lower() in _NO_DATE):
        return None
    try:
        when = datetime.fromisoformat(str(value).strip())
    except ValueError:
        notes.append(f"publication date {value!r} is not an ISO 8601 date; not kept")
        return None
    if when.tzinfo is None and when.time() == time(0):
        return when.date().isoformat()
    return when.isoformat()
