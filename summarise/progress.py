"""The live batch display: one row per article with its state, time and tokens."""

from __future__ import annotations

import sys
import threading
import time
from types import TracebackType

from rich.console import Console
from rich.live import Live
from rich.table import Table

from summarise.corpus.batch import ArticleRun
from summarise.output import one_line

_STYLE = {
    "queued": "dim",
    "running": "cyan",
    "ok": "green",
    "reused": "blue",
    "failed": "red",
    "pending": "yellow",  # waits for answers of a later Batch API round
}


class BatchProgress:
    """A rich Live table on a terminal; one plain line per finished article otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
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
        # Plain mode: one line per finished article. Failures are printed once, by the
        # caller's closing summary, with their cause.
        if self._live is None and run.state in ("ok", "reused"):
            u = run.usage
            if run.state == "ok":
                detail = f"{run.seconds:.1f} s, {u.prompt_tokens}+{u.completion_tokens} tokens"
            else:
                same = f" (same text as {run.duplicate_of})" if run.duplicate_of else ""
                detail = f"from cache{same}"
            line = one_line(f"{run.path}: {run.state} ({detail})")
            print(f"summarise: {line}", file=sys.stderr, flush=True)

    def _table(self) -> Table:
        table = Table(expand=False)
        for col in ("article", "state", "elapsed", "tokens"):
            table.add_column(col)
        with self._lock:
            runs = list(self.runs.values())
        for run in runs:
            elapsed = run.seconds + (  # seconds of its calls so far, this one included
                time.monotonic() - run.started if run.state == "running" and run.started else 0.0
            )
            tokens = run.usage.prompt_tokens + run.usage.completion_tokens
            table.add_row(
                one_line(run.path.name),
                f"[{_STYLE[run.state]}]{run.state}",
                f"{elapsed:.0f} s" if elapsed else "",
                str(tokens or ""),
            )
        return table
