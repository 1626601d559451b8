"""Briefing a corpus: bounded concurrency, a content-hash cache, and nothing half-written.

Each brief is cached under `OUT/cache/` as soon as it is done, keyed on the article text and
everything else that can change its brief (`brief_fingerprint`), so an unchanged article is
never sent twice: a re-run of an
unchanged corpus makes no model call, and an interrupted batch resumes where it stopped.
Every file is written atomically (`output.write_atomic`). Articles are read by
`find.sources` (text, web pages, records; a `.jsonl` file is one article a line), and each
brief, cached or not, carries its own article's source and metadata (`with_provenance`).

With one job, articles are briefed in windows of `WINDOW`: first the figures of every
article in the window are labelled, back to back, then each article's prose.

With a `BatchFile` (`llm.batchfile`), the model's answers come from Batch API results and
the requests still unanswered are collected instead of sent: an article they belong to is
"pending", its brief neither cached nor written.
Consecutive figure calls share their fixed opening, so the server (which reuses the prefix a
request shares with the one before) reads fewer prompt tokens (bench/RESULTS.md) for the
same requests in another order. A window bounds what an
interrupted batch loses to its labelled figures.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import logging
import re
import shutil
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from summarise.article.brief import brief_json, brief_text
from summarise.article.figures import LabelledFigures, label_figures
from summarise.config import MAX_ARTICLE_BYTES, Settings
from summarise.errors import InputError, SummariseError
from summarise.find.grammar import PIPELINE_META
from summarise.find.sources import Article, load_corpus, with_provenance
from summarise.find.sources import collect_articles as collect_articles  # its former home
from summarise.find.text import text_sha256
from summarise.llm.batchfile import BatchFile, article_label, current_article
from summarise.llm.model import ModelClient
from summarise.llm.prompts import load_prompts
from summarise.output import output_paths, write_atomic
from summarise.schemas import DRAFT_SCHEMAS, Brief, FailedArticle, Usage

log = logging.getLogger(__name__)

State = Literal["queued", "running", "ok", "reused", "failed", "pending"]
#: Articles whose figures are labelled back to back before they are briefed (one job).
WINDOW = 8


@dataclass
class ArticleRun:
    """One article's progress through a batch."""

    path: Path
    output: Path
    state: State = "queued"
    key: str | None = None
    brief: Brief | None = None
    error: str | None = None
    started: float | None = None
    seconds: float = 0.0
    usage: Usage = field(default_factory=Usage)
    duplicate_of: Path | None = None


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
        root = importlib.resources.files(package)
        for entry in sorted(root.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".py"):
                digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(text: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{text_sha256(text)}\0{fingerprint}".encode()).hexdigest()


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
    """Brief every article into `out/briefs/`, reusing cached briefs; never raises per article.

    `client_factory` is called only when an article needs the model (see `api.lazy_client`),
    so a fully cached re-run does not even start the embedded server. With `batch`, the
    client answers from it (`llm.batchfile`): articles with unanswered requests end
    "pending".
    """
    started = time.monotonic()
    _remove_stale_temporaries(out)
    loaded = load_corpus(inputs, max_bytes)  # a .jsonl file is one article a line
    paths = [a.source if isinstance(a, Article) else Path(a.path) for a in loaded]
    outputs = output_paths(paths, out / "briefs", ".json")
    runs = [ArticleRun(p, o) for p, o in zip(paths, outputs, strict=True)]
    notify = on_change or (lambda run: None)
    prompts = load_prompts()
    fingerprint = brief_fingerprint(settings, prompts.version)
    cache_dir = out / "cache"
    articles: dict[int, Article] = {}
    texts: dict[int, str] = {}
    pending: dict[str, list[int]] = {}
    for i, (run, article) in enumerate(zip(runs, loaded, strict=True)):
        if isinstance(article, InputError):
            run.state, run.error = "failed", article.reason
            notify(run)
            continue
        articles[i], texts[i] = article, article.text
        # the model name is part of the key; replay and live runs of one model share it
        run.key = cache_key(texts[i], fingerprint)
        pending.setdefault(run.key, []).append(i)

    def finish(indices: list[int], brief: Brief, state: State, first: ArticleRun) -> None:
        for n, i in enumerate(indices):
            run = runs[i]
            own = with_provenance(brief, articles[i])  # its own source and metadata, cached or not
            write_atomic(run.output, brief_json(own))
            run.brief = own
            if n == 0:
                run.state = state
            else:
                run.state, run.duplicate_of = "reused", first.path
            notify(run)

    def cached(key: str) -> bool:
        """Finish the articles of `key` from the cache if a sound entry is there."""
        path = cache_dir / f"{key}.json"
        if not path.exists():
            return False
        try:
            brief = Brief.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValidationError, ValueError, OSError) as err:
            # Damaged (not UTF-8, not a brief, a directory...): re-made, never trusted.
            log.warning("cache entry %s is unreadable (%s); briefing again", path, _first(err))
            return False
        indices = pending[key]
        if brief.provenance.sha256 != text_sha256(texts[indices[0]]):
            # another article's brief under this key (copied in, or a collision): not trusted
            log.warning("cache entry %s holds another article's brief; briefing again", path)
            return False
        finish(indices, brief, "reused", runs[indices[0]])
        return True

    def fail(key: str, err: SummariseError, since: float) -> None:
        for i in pending[key]:
            run = runs[i]
            run.state, run.error = "failed", str(err)
            run.seconds += time.monotonic() - since
            notify(run)

    def label(key: str) -> LabelledFigures | None:
        """Call 1 for the articles of `key`; None (and the articles failed) if it failed."""
        first = runs[pending[key][0]]
        first.state, first.started = "running", time.monotonic()
        notify(first)
        token = current_article.set(article_label(first.path, texts[pending[key][0]]))
        try:
            labelled = label_figures(texts[pending[key][0]], client_factory(), prompts)
        except SummariseError as err:
            fail(key, err, first.started)
            return None
        finally:
            current_article.reset(token)
        first.seconds += time.monotonic() - first.started
        first.state = "queued"  # figures labelled; waits for the rest of its window
        notify(first)
        return labelled

    def brief(key: str, labelled: LabelledFigures | None = None) -> None:
        """The rest of the brief of `key` (all of it without `labelled`), cached and written.
        An article's seconds are its own calls' time, not its window's."""
        indices = pending[key]
        first = runs[indices[0]]
        since = time.monotonic()
        first.state, first.started = "running", since
        notify(first)
        label = article_label(first.path, texts[indices[0]])
        token = current_article.set(label)
        try:
            made = brief_text(
                texts[indices[0]], str(first.path), client_factory(), prompts, labelled
            )
        except SummariseError as err:
            fail(key, err, since)
            return
        finally:
            current_article.reset(token)
        first.seconds += time.monotonic() - since
        if batch is not None and batch.pending(label):
            for i in indices:
                runs[i].state = "pending"
                runs[i].error = f"waits for {batch.pending(label)} answer(s) of a later round"
                notify(runs[i])
            return
        first.usage = made.provenance.usage
        _store(cache_dir / f"{key}.json", made)
        finish(indices, made, "ok", first)

    def work(key: str) -> None:
        if not cached(key):
            brief(key)

    keys = list(pending)
    if jobs <= 1:  # in this thread, so Ctrl-C stops the batch at once
        to_brief = [key for key in keys if not cached(key)]
        for at in range(0, len(to_brief), WINDOW):
            window = to_brief[at : at + WINDOW]
            labelled = {key: label(key) for key in window}
            for key in window:
                if labelled[key] is not None:
                    brief(key, labelled[key])
    else:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            for future in [pool.submit(work, key) for key in keys]:
                future.result()
    return BatchResult(
        runs, time.monotonic() - started, {str(runs[i].path): t for i, t in texts.items()}
    )


def _first(err: BaseException) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0][:200]


def _store(path: Path, brief: Brief) -> None:
    """Cache a finished brief. A cache that cannot be written (a directory squatting on the
    entry's name, a full disk) costs only the saving on the next run, never this brief."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)  # inside OUT/cache, which summarise owns
    try:
        write_atomic(path, brief_json(brief))
    except OSError as err:
        log.warning("cannot cache %s (%s); the brief is kept, the next run re-makes it", path, err)


#: `write_atomic`'s temporaries: "." + an output's name + "." + mkstemp's 8 characters + ".tmp".
_OUR_TEMPORARY = re.compile(r"^\..+\.(?:json|md|html)\.[A-Za-z0-9_]{8}\.tmp$")


def _remove_stale_temporaries(out: Path) -> None:
    """Half-written files a killed run left (`write_atomic` temporaries): never outputs."""
    for folder in (out, out / "briefs", out / "cache"):
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                if _OUR_TEMPORARY.match(tmp.name):  # never a user's own ".notes.tmp"
                    tmp.unlink(missing_ok=True)
