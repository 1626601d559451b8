"""A corpus from start to finish: brief every article, reconcile the briefs, write the report.

The library function behind `summarise batch`; the command only parses and prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from summarise.config import MAX_ARTICLE_BYTES, Settings
from summarise.corpus.batch import ArticleRun, BatchResult, run_batch
from summarise.corpus.judge import model_judge
from summarise.corpus.reconcile import reconcile
from summarise.corpus.report import write_corpus
from summarise.llm.model import ModelClient
from summarise.schemas import Corpus


def brief_corpus(
    inputs: Iterable[Path],
    out: Path,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    *,
    jobs: int = 1,
    judge: bool = True,
    on_change: Callable[[ArticleRun], None] | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> tuple[BatchResult, Corpus]:
    """Brief `inputs` into `out/briefs` (cached), reconcile them (with the model's judgement
    of flagged values unless `judge` is False) and write `out/corpus.json`, `report.md` and
    `report.html`. Per-article failures are in the result and the corpus, never raised."""
    result = run_batch(
        inputs, out, settings, client_factory, jobs=jobs, on_change=on_change, max_bytes=max_bytes
    )
    corpus = reconcile(
        result.briefs, judge=model_judge(client_factory) if judge else None, failed=result.failed
    )
    write_corpus(corpus, out, result.texts, result.briefs)
    return result, corpus
