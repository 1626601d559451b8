"""The live batch display: one row per article with its state, time and tokens, under a line
saying how many are done and about how long the rest will take."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable
from types import TracebackType

from rich.console import Console
from rich.live import Live
from rich.table import Table

from summarise.corpus.batch import DONE, ArticleRun
from summarise.output import one_line

_STYLE = {
    "queued": "dim",
    "running": "cyan",
    "labelled": "cyan",  # figures labelled; its prose waits for the rest of its window
    "ok": "green",
    "reused": "blue",
    "failed": "red",
    "pending": "yellow",  # waits for answers of a later Batch API round
}


def spent(run: ArticleRun, now: float) -> float:
    """Seconds of the article's own model calls so far, the one running now included."""
    running = now - run.started if run.state == "running" and run.started is not None else 0.0
    return run.seconds + running


def time_left(runs: Iterable[ArticleRun], now: float, workers: int = 1) -> float | None:
    """Seconds until every article is done, from what the articles briefed so far took each:
    what each unfinished article still needs of that, shared among `workers`. None until one
    has been briefed (articles from the cache say nothing of the model's speed)."""
    runs = list(runs)
    briefed = [r.seconds for r in runs if r.state == "ok"]
    if not briefed:
        return None
    each = sum(briefed) / len(briefed)
    left = sum(max(each - spent(r, now), 0.0) for r in runs if r.state not in DONE)
    return left / max(workers, 1)


def progress_line(runs: Iterable[ArticleRun], now: float, workers: int = 1) -> str:
    """ "3/12 done · about 4 min left": how far the batch is and how long the rest will take."""
    runs = list(runs)
    done = sum(1 for r in runs if r.state in DONE)
    line = f"{done}/{len(runs)} done"
    if done == len(runs):
        return line
    left = time_left(runs, now, workers)
    return f"{line} · " + (
        "time left known after the first article" if left is None else f"about {_span(left)} left"
    )


def _span(seconds: float) -> str:
    if seconds < 60:
        return f"{max(round(seconds), 1)} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min"


class BatchProgress:
    """A rich Live table on a terminal; one plain line per finished article otherwise."""

    def __init__(self, enabled: bool, workers: int = 1) -> None:
        self.enabled = enabled
        self.workers = workers
        self.runs: dict[str, ArticleRun] = {}
        self._lock = threading.Lock()
        self._console = Console(stderr=True)
        self._live: Live | None = None

    def __enter__(self) -> BatchProgress:
        if self.enabled:
            self._live = Live(
                self._table(),
                console=self._console,
                refresh_per_second=2,
                get_renderable=self._table,
            )
            self._live.__enter__()
        return self

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live.__exit__(et, e, tb)

    def show(self, run: ArticleRun) -> None:
        """Only the live table (on a terminal): `brief` prints its briefs themselves."""
        if self._live is not None:
            self.update(run)

    def update(self, run: ArticleRun) -> None:
        with self._lock:
            self.runs[str(run.path)] = run
            runs = list(self.runs.values())
        # Plain mode: one line per finished article. Failures are printed once, by the
        # caller's closing summary, with their cause.
        if self._live is None and run.state in ("ok", "reused"):
            u = run.usage
            if run.state == "ok":
                detail = f"{run.seconds:.1f} s, {u.prompt_tokens}+{u.completion_tokens} tokens"
            else:
                same = f" (same text as {run.duplicate_of})" if run.duplicate_of else ""
                detail = f"from cache{same}"
            where = progress_line(runs, time.monotonic(), self.workers)
            line = one_line(f"{run.path}: {run.state} ({detail}) · {where}")
            print(f"summarise: {line}", file=sys.stderr, flush=True)

    def _table(self) -> Table:
        with self._lock:
            runs = list(self.runs.values())
        now = time.monotonic()
        table = Table(title=progress_line(runs, now, self.workers), expand=False)
        for col in ("article", "state", "elapsed", "tokens"):
            table.add_column(col)
        for run in runs:
            elapsed = spent(run, now)
            tokens = run.usage.prompt_tokens + run.usage.completion_tokens
            table.add_row(
                one_line(run.path.name),
                f"[{_STYLE[run.state]}]{run.state}",
                f"{elapsed:.0f} s" if elapsed else "",
                str(tokens or ""),
            )
        return table
