"""Briefing articles: one function briefs one article; a cache and a scheduler decide when.

`brief_article` is the only way an article is briefed: `summarise brief`, `summarise batch`
and the Batch API rounds all reach it through `schedule`, which says when it runs and what is
done with its brief. `run_batch` adds what a corpus needs: articles read by `find.sources`
(text, web pages, records; a `.jsonl` file is one article a line), a cache under
`OUT/cache/` (`BriefCache`: keyed on the article text and everything else that can change its
brief, `brief_fingerprint`, so an unchanged article is never sent twice: a re-run of an
unchanged corpus makes no model call, and an interrupted batch resumes where it stopped) and
one brief per article in `OUT/briefs/`, each written atomically (`output.write_atomic`).
Every brief, cached or not, carries its own article's source and metadata (`with_provenance`).

With one worker, articles are briefed in windows of `WINDOW`: first the figures of every
article in the window are labelled, back to back, then each article's prose.
Consecutive figure calls share their fixed opening, so the server (which reuses the prefix a
request shares with the one before) reads fewer prompt tokens (bench/RESULTS.md) for the
same requests in another order. A window bounds what an interrupted batch loses to its
labelled figures.

With a `BatchFile` (`llm.batchfile`), the model's answers come from Batch API results and
the requests still unanswered are collected instead of sent: an article they belong to is
"pending", its brief neither cached nor written.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import logging
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from summarise.article.brief import brief_json, brief_text
from summarise.article.figures import LabelledFigures, label_figures
from summarise.config import MAX_ARTICLE_BYTES, Settings
from summarise.errors import ConfigError, EmbeddedModelError, InputError, SummariseError
from summarise.find.grammar import PIPELINE_META
from summarise.find.sources import Article, load_corpus, unique_articles, with_provenance
from summarise.find.sources import collect_articles as collect_articles  # its former home
from summarise.find.text import text_sha256
from summarise.llm.batchfile import BatchFile, article_label, current_article
from summarise.llm.model import ModelClient
from summarise.llm.prompts import Prompts, load_prompts
from summarise.output import output_paths, write_atomic
from summarise.schemas import DRAFT_SCHEMAS, Brief, FailedArticle, Usage

log = logging.getLogger(__name__)

State = Literal["queued", "running", "labelled", "ok", "reused", "failed", "pending"]
#: The moves an article makes: forward only. "labelled": its figures are labelled and it
#: waits for the rest of its window before its prose; it never goes back to "queued".
MOVES: dict[State, frozenset[State]] = {
    "queued": frozenset({"running", "reused", "failed", "pending"}),
    "running": frozenset({"labelled", "ok", "failed", "pending"}),
    "labelled": frozenset({"running"}),
    "ok": frozenset(),
    "reused": frozenset(),
    "failed": frozenset(),
    "pending": frozenset(),
}
#: States an article ends in, this run.
DONE: frozenset[State] = frozenset({"ok", "reused", "failed", "pending"})
#: Articles whose figures are labelled back to back before they are briefed (one worker).
WINDOW = 8


@dataclass
class ArticleRun:
    """One article's progress: its state, the time its own model calls took, its brief."""

    path: Path
    output: Path
    state: State = "queued"
    article: Article | None = None
    key: str | None = None
    brief: Brief | None = None
    error: str | None = None
    exit_code: int = 0  # of its failure (`SummariseError.exit_code`)
    started: float | None = None
    seconds: float = 0.0
    usage: Usage = field(default_factory=Usage)
    duplicate_of: Path | None = None

    def move(self, state: State) -> None:
        """Enter `state` (one of `MOVES[self.state]`, else ValueError); the seconds spent
        running are added to the article's own time."""
        if state not in MOVES[self.state]:
            raise ValueError(f"{self.path}: an article does not go from {self.state} to {state}")
        now = time.monotonic()
        if self.state == "running" and self.started is not None:
            self.seconds += now - self.started
        if state == "running":
            self.started = now
        self.state = state

    def fail(self, err: SummariseError) -> None:
        self.error, self.exit_code = _reason(err), err.exit_code
        self.move("failed")


@dataclass
class BatchResult:
    runs: list[ArticleRun]
    seconds: float
    texts: dict[str, str] = field(default_factory=dict)  # source -> article text

    def count(self, state: State) -> int:
        return sum(1 for r in self.runs if r.state == state)

    @property
    def usage(self) -> Usage:
        total = Usage()
        for r in self.runs:
            total = total.add(r.usage)
        return total

    @property
    def briefs(self) -> list[Brief]:
        return [r.brief for r in self.runs if r.brief is not None]

    @property
    def exit_code(self) -> int:
        """0 when every article was briefed; 1 when some failed and others were briefed (or
        wait for a later round); when none was, why: the first failure of the model's side
        (6 no model, 5 not in the replay, 4 the model failed, 2 a setting), else 3 (nothing
        could be read)."""
        failed = [r for r in self.runs if r.state == "failed"]
        if not failed:
            return 0
        if len(failed) < len(self.runs):
            return 1
        unread = InputError.exit_code
        return next((r.exit_code for r in failed if r.exit_code != unread), unread)

    @property
    def failed(self) -> list[FailedArticle]:
        return [
            FailedArticle(source=str(r.path), error=r.error or "")
            for r in self.runs
            if r.state == "failed"
        ]


#: Every package whose code can change a brief (the CLI's and the corpus's alike: one digest).
CODE_PACKAGES = (
    "summarise",
    "summarise.find",
    "summarise.llm",
    "summarise.article",
    "summarise.corpus",
    "summarise.schemas",
)


def brief_fingerprint(settings: Settings, prompt_version: str) -> str:
    """Everything besides the article that can change its brief: the model and how it is
    asked (mode, context), the prompts, the draft schemas (they are the grammar), the
    package's version and code, and the NLP pipeline. A change to any re-makes the briefs."""
    digest = hashlib.sha256()
    parts = [
        settings.model,
        settings.mode,
        str(settings.context),
        prompt_version,
        package_version("summarise"),
        json.dumps(PIPELINE_META, sort_keys=True),
        *(json.dumps(m.model_json_schema(), sort_keys=True) for m in DRAFT_SCHEMAS),
    ]
    for part in parts:
        digest.update(part.encode() + b"\0")
    for package in CODE_PACKAGES:
        for name, content in code_files(importlib.resources.files(package)):
            digest.update(name.encode() + b"\0" + content + b"\0")
    return digest.hexdigest()


def code_files(root: Any) -> Iterator[tuple[str, bytes]]:
    """A package folder's code, for the cache key: its modules and the word lists in its
    `data/` folder (a changed list changes what code finds)."""
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".py"):
            yield entry.name, entry.read_bytes()
        elif entry.name == "data" and entry.is_dir():
            for item in sorted(entry.iterdir(), key=lambda e: e.name):
                if item.is_file():
                    yield f"data/{item.name}", item.read_bytes()


def cache_key(text: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{text_sha256(text)}\0{fingerprint}".encode()).hexdigest()


# --- one article -----------------------------------------------------------------------


def brief_article(
    article: Article,
    client: ModelClient,
    prompts: Prompts | None = None,
    labelled: LabelledFigures | None = None,
) -> Brief:
    """The brief of one article's text, citing its source. `labelled`: its figures, already
    labelled by `label_article` (else labelled here).

    What else is known of the article (outlet, date, address, authors) joins its brief when
    it is delivered (`with_provenance`): a cached brief is a brief of a text, and serves
    every article that holds that text."""
    token = current_article.set(article_label(article.source, article.text))
    try:
        return brief_text(article.text, str(article.source), client, prompts, labelled)
    finally:
        current_article.reset(token)


def label_article(
    article: Article, client: ModelClient, prompts: Prompts | None = None
) -> LabelledFigures:
    """The first step of `brief_article` alone: the article's figures labelled, so a window
    of articles can make these calls back to back."""
    token = current_article.set(article_label(article.source, article.text))
    try:
        return label_figures(article.text, client, prompts or load_prompts())
    finally:
        current_article.reset(token)


# --- the cache -------------------------------------------------------------------------


class BriefCache:
    """Briefs of article texts in a folder, one file each, keyed on the text and on
    everything else that can change its brief (`brief_fingerprint`)."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint

    def path(self, text: str) -> Path:
        return self.folder / f"{cache_key(text, self.fingerprint)}.json"

    def get(self, text: str) -> Brief | None:
        """The cached brief of `text`, if a sound one is there: a damaged entry or another
        article's brief (copied in, or a collision) is never trusted, only warned of."""
        path = self.path(text)
        if not path.exists():
            return None
        try:
            brief = Brief.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValidationError, ValueError, OSError) as err:
            # Damaged (not UTF-8, not a brief, a directory...): re-made, never trusted.
            log.warning("cache entry %s is unreadable (%s); briefing again", path, _first(err))
            return None
        if brief.provenance.sha256 != text_sha256(text):
            log.warning("cache entry %s holds another article's brief; briefing again", path)
            return None
        return brief

    def put(self, text: str, brief: Brief) -> None:
        """Cache a finished brief. A cache that cannot be written (a directory squatting on
        the entry's name, a full disk) costs only the saving on the next run, never this
        brief."""
        path = self.path(text)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)  # inside OUT/cache, which summarise owns
        try:
            write_atomic(path, brief_json(brief))
        except OSError as err:
            log.warning(
                "cannot cache %s (%s); the brief is kept, the next run re-makes it", path, err
            )


# --- the scheduler ---------------------------------------------------------------------


def same_text(runs: Iterable[ArticleRun]) -> list[list[ArticleRun]]:
    """The runs of readable articles grouped by text, in order: a text is briefed once, for
    every article that holds it (one wire story from two outlets)."""
    groups: dict[str, list[ArticleRun]] = {}
    for run in runs:
        if run.article is not None and run.state == "queued":
            groups.setdefault(text_sha256(run.article.text), []).append(run)
    return list(groups.values())


@dataclass
class _Steps:
    """What `schedule` does to one group of runs (one text): each step moves their states and
    tells `notify`; a finished brief goes to `deliver`, once per article."""

    client: Callable[[], ModelClient]
    prompts: Prompts
    notify: Callable[[ArticleRun], None]
    deliver: Callable[[ArticleRun], None]
    cache: BriefCache | None
    batch: BatchFile | None

    def cached(self, group: list[ArticleRun]) -> bool:
        brief = self.cache.get(_article(group[0]).text) if self.cache is not None else None
        if brief is not None:
            self.finish(group, brief, "reused")
        return brief is not None

    def label(self, group: list[ArticleRun]) -> LabelledFigures | None:
        """Call 1 for the text of `group`; None (and its articles failed) if it failed."""
        first = group[0]
        first.move("running")
        self.notify(first)
        try:
            labelled = label_article(_article(first), self.client(), self.prompts)
        except SummariseError as err:
            self.fail(group, err)
            return None
        first.move("labelled")  # waits for the rest of its window
        self.notify(first)
        return labelled

    def brief(self, group: list[ArticleRun], labelled: LabelledFigures | None = None) -> None:
        """The rest of the brief of `group`'s text (all of it without `labelled`), cached and
        delivered. An article's seconds are its own calls' time, not its window's."""
        first = group[0]
        article = _article(first)
        first.move("running")
        self.notify(first)
        try:
            made = brief_article(article, self.client(), self.prompts, labelled)
        except SummariseError as err:
            self.fail(group, err)
            return
        label = article_label(article.source, article.text)
        if self.batch is not None and self.batch.pending(label):
            for run in group:
                run.move("pending")
                run.error = f"waits for {self.batch.pending(label)} answer(s) of a later round"
                self.notify(run)
            return
        first.usage = made.provenance.usage
        if self.cache is not None:
            self.cache.put(article.text, made)
        self.finish(group, made, "ok")

    def finish(self, group: list[ArticleRun], brief: Brief, state: State) -> None:
        """Each article of `group` gets the brief as its own: its source and metadata."""
        for n, run in enumerate(group):
            run.brief = with_provenance(brief, _article(run))
            if n:
                run.duplicate_of = group[0].path
            run.move(state if n == 0 else "reused")
            self.deliver(run)
            self.notify(run)

    def fail(self, group: list[ArticleRun], err: SummariseError) -> None:
        for run in group:
            run.fail(err)
            self.notify(run)


def schedule(
    groups: list[list[ArticleRun]],
    client: Callable[[], ModelClient],
    *,
    prompts: Prompts | None = None,
    workers: int = 1,
    window: int = WINDOW,
    cache: BriefCache | None = None,
    deliver: Callable[[ArticleRun], None] = lambda run: None,
    notify: Callable[[ArticleRun], None] = lambda run: None,
    batch: BatchFile | None = None,
) -> None:
    """Brief each group's text once (`brief_article`), from `cache` where it holds it, and
    give each article its brief (`deliver`) as soon as it is made; never raises per article.

    One worker works in this thread (so Ctrl-C stops at once), in windows of `window`
    articles whose figures are labelled back to back; several work in threads, each
    briefing one article at a time. `client` is called only when an article needs the model;
    a model that cannot start (or a bad setting it finds) is not tried again for every
    article: they all fail with its error at once."""
    steps = _Steps(
        _first_failure_sticks(client), prompts or load_prompts(), notify, deliver, cache, batch
    )
    if workers <= 1:
        todo = [group for group in groups if not steps.cached(group)]
        for at in range(0, len(todo), window):
            part = todo[at : at + window]
            if window == 1:
                steps.brief(part[0])
                continue
            labelled = [steps.label(group) for group in part]
            for group, figures in zip(part, labelled, strict=True):
                if figures is not None:
                    steps.brief(group, figures)
    else:

        def work(group: list[ArticleRun]) -> None:
            if not steps.cached(group):
                steps.brief(group)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(work, group) for group in groups]:
                future.result()


def _first_failure_sticks(client: Callable[[], ModelClient]) -> Callable[[], ModelClient]:
    """`client`, but once it fails to start a model or finds a setting wrong, that error is
    raised again at once (starting the embedded model can take minutes to fail)."""
    lock = threading.Lock()
    failure: list[SummariseError] = []

    def get() -> ModelClient:
        with lock:
            if failure:
                raise failure[0]
            try:
                return client()
            except (EmbeddedModelError, ConfigError) as err:
                failure.append(err)
                raise

    return get


def _article(run: ArticleRun) -> Article:
    assert run.article is not None, "only readable articles are scheduled"
    return run.article


# --- a corpus --------------------------------------------------------------------------


def read_corpus(
    inputs: Iterable[Path], max_bytes: int = MAX_ARTICLE_BYTES
) -> list[Article | InputError]:
    """Every article of `inputs` (files, and folders read for article files), or why it
    cannot be read, each article once (another path to the same text and metadata is
    warned of and left out). InputError if there is none at all: an empty folder is a
    mistake to report, not an empty corpus to reconcile."""
    inputs = list(inputs)
    # a .jsonl file is one article a line
    loaded, duplicates = unique_articles(load_corpus(inputs, max_bytes))
    for note in duplicates:
        log.warning("%s", note)
    if not loaded:
        named = ", ".join(map(str, inputs)) or "nothing"
        raise InputError(named, f"no articles found ({_KINDS})")
    for folder in inputs:
        if folder.is_dir() and not collect_articles([folder]):
            log.warning("%s holds no article files (%s)", folder, _KINDS)
    return loaded


_KINDS = "looked for .txt, .md, .text, .html, .htm, .json and .jsonl files"


def run_batch(
    inputs: Iterable[Path],
    out: Path,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    *,
    jobs: int = 1,
    on_change: Callable[[ArticleRun], None] | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
    batch: BatchFile | None = None,
) -> BatchResult:
    """Brief every article into `out/briefs/`, reusing cached briefs; never raises per
    article (InputError when `inputs` hold no article at all).

    `client_factory` is called only when an article needs the model (see `api.lazy_client`),
    so a fully cached re-run does not even start the embedded server. With `batch`, the
    client answers from it (`llm.batchfile`): articles with unanswered requests end
    "pending".
    """
    started = time.monotonic()
    loaded = read_corpus(inputs, max_bytes)
    _remove_stale_temporaries(out)
    paths = [a.source if isinstance(a, Article) else Path(a.path) for a in loaded]
    outputs = output_paths(paths, out / "briefs", ".json")
    runs = [ArticleRun(p, o) for p, o in zip(paths, outputs, strict=True)]
    notify = on_change or (lambda run: None)
    for run, item in zip(runs, loaded, strict=True):
        if isinstance(item, InputError):
            run.error, run.exit_code = item.reason, item.exit_code
            run.move("failed")
        else:
            run.article = item
        notify(run)  # every article is shown from the start, queued or failed
    prompts = load_prompts()
    cache = BriefCache(out / "cache", brief_fingerprint(settings, prompts.version))
    for run in runs:
        if run.article is not None:
            # the model name is part of the key; replay and live runs of one model share it
            run.key = cache_key(run.article.text, cache.fingerprint)

    def write(run: ArticleRun) -> None:
        assert run.brief is not None
        write_atomic(run.output, brief_json(run.brief))

    schedule(
        same_text(runs),
        client_factory,
        prompts=prompts,
        workers=jobs,
        cache=cache,
        deliver=write,
        notify=notify,
        batch=batch,
    )
    texts = {str(r.path): r.article.text for r in runs if r.article is not None}
    return BatchResult(runs, time.monotonic() - started, texts)


def _reason(err: SummariseError) -> str:
    """An error as a run records it: an InputError's reason (the run names the file)."""
    return err.reason if isinstance(err, InputError) else str(err)


def _first(err: BaseException) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0][:200]


#: `write_atomic`'s temporaries: "." + an output's name + "." + mkstemp's 8 characters + ".tmp".
_OUR_TEMPORARY = re.compile(r"^\..+\.(?:json|md|html)\.[A-Za-z0-9_]{8}\.tmp$")


def _remove_stale_temporaries(out: Path) -> None:
    """Half-written files a killed run left (`write_atomic` temporaries): never outputs."""
    for folder in (out, out / "briefs", out / "cache"):
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                if _OUR_TEMPORARY.match(tmp.name):  # never a user's own ".notes.tmp"
                    tmp.unlink(missing_ok=True)
