"""A corpus through the Batch API: export the model requests, import the results, in rounds.

    summarise batch DIR --out OUT --export-requests requests.jsonl   # round 1, no model
    (run requests.jsonl on the OpenAI Batch API or vLLM's run_batch)
    summarise batch DIR --out OUT --import-results results.jsonl     # finishes what it can
    (run OUT/requests-round2.jsonl the same way, import its results, and so on)

Both runs are the live pipeline (`corpus.batch.run_batch`) with the model client's transport
replaced by a `BatchFile`: requests are those the live path would send, and an article whose
answers are all in is briefed, cached and written exactly as live. Every imported results
file is kept under OUT/batch/results/, so each round answers from all rounds before it.
Once every article is briefed, the judge's questions about candidate flags are a round of
their own: an export or import writes them as requests (named after the first article of
each pair), and the import after them reconciles with the answers. Until they are in, the
flags stand, marked unjudged.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from summarise.config import MAX_ARTICLE_BYTES, Settings
from summarise.corpus.batch import ArticleRun, BatchResult, run_batch
from summarise.corpus.compare import Judge
from summarise.corpus.judge import model_judge
from summarise.corpus.reconcile import reconcile
from summarise.corpus.report import write_corpus
from summarise.find.sources import Article, load_corpus
from summarise.llm.batchfile import (
    PLACEHOLDER,
    BatchFile,
    article_label,
    check_results,
    current_article,
    read_results,
    rounds,
)
from summarise.llm.model import ModelClient
from summarise.llm.prompts import load_prompts
from summarise.schemas import Claim, Corpus, FailedArticle

#: Where requests would go: never contacted, it only shapes the requests' paths.
BATCH_BASE_URL = "http://batch.invalid/v1"


@dataclass
class BatchRound:
    """What an export or an import did."""

    result: BatchResult
    requests: Path | None  # the requests still to run (None: nothing left)
    requested: int
    warnings: list[str] = field(default_factory=list)
    corpus: Corpus | None = None


def export_requests(
    inputs: Iterable[Path],
    out: Path,
    settings: Settings,
    requests: Path,
    *,
    on_change: Callable[[ArticleRun], None] | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> BatchRound:
    """Write every model request the corpus still needs (articles not cached, answers not
    imported) to `requests`. Nothing is sent; no model is needed."""
    batch, warnings = _answers_so_far(out)
    result = _run(inputs, out, settings, batch, on_change, max_bytes)
    if not any(r.state == "pending" for r in result.runs):
        # every brief is in: the judge's questions are this round's requests
        reconcile(result.briefs, judge=_batch_judge(batch, settings, out, result))
    count = batch.write_requests(requests)
    return BatchRound(result, requests if count else None, count, warnings)


def import_results(
    inputs: Iterable[Path],
    out: Path,
    settings: Settings,
    results: Path,
    *,
    on_change: Callable[[ArticleRun], None] | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> BatchRound:
    """Read a Batch API results file, finish every article whose answers are all in, write
    the next round's requests to OUT/requests-round<N+1>.jsonl (none when nothing is left),
    and reconcile. Results of another corpus or prompt version are refused (InputError),
    before anything is written."""
    inputs = list(inputs)
    prompt_version = load_prompts().version
    new, problems = read_results(results)
    if new:
        check_results(new, _article_labels(inputs, max_bytes), prompt_version)
    kept = out / "batch" / "results"
    kept.mkdir(parents=True, exist_ok=True)
    n = len(list(rounds(out))) + 1
    shutil.copyfile(results, kept / f"round-{n}.jsonl")
    batch, warnings = _answers_so_far(out)
    warnings = problems + warnings
    result = _run(inputs, out, settings, batch, on_change, max_bytes)
    following = out / f"requests-round{n + 1}.jsonl"
    waiting = [
        FailedArticle(source=str(r.path), error=f"{r.error}: {following}")
        for r in result.runs
        if r.state == "pending"
    ]
    judge = None if waiting else _batch_judge(batch, settings, out, result)
    corpus = reconcile(result.briefs, judge=judge, failed=result.failed + waiting)
    count = len(batch.requests)  # briefs still waiting, or the judge's questions
    if count:
        batch.write_requests(following)
    else:
        following.unlink(missing_ok=True)
    unused = [cid for cid in batch.answers if cid not in batch.used]
    if unused:
        warnings.append(
            f"{len(unused)} answer(s) matched no request of this run (made by other code, "
            f"or for articles already briefed), e.g. {unused[0]}"
        )
    write_corpus(corpus, out, result.texts, result.briefs)
    return BatchRound(result, following if count else None, count, warnings, corpus)


def _batch_judge(batch: BatchFile, settings: Settings, out: Path, result: BatchResult) -> Judge:
    """The model judge, answering from the batch's results; a question not answered yet
    becomes a request of the next round and leaves its flag unjudged."""
    client = ModelClient(
        settings,
        settings.base_url or BATCH_BASE_URL,
        replay_label=f"batch results ({out / 'batch'})",
        transport=batch.transport(),
    )
    labels = {source: article_label(Path(source), text) for source, text in result.texts.items()}
    asked = model_judge(lambda: client)

    def judge(a: Claim, b: Claim) -> tuple[bool, str] | None:
        token = current_article.set(labels.get(a.source))
        try:
            verdict = asked(a, b) if labels.get(a.source) else None
        finally:
            current_article.reset(token)
        if verdict is None or PLACEHOLDER in verdict[1]:
            return None  # asked in the next round
        return verdict

    return judge


def _answers_so_far(out: Path) -> tuple[BatchFile, list[str]]:
    batch = BatchFile(load_prompts().version)
    warnings: list[str] = []
    for path in rounds(out):
        results, _ = read_results(path)
        batch.add_results(results)
    for cid, why in batch.failures.items():
        warnings.append(f"{cid}: {why}; asked again")
    return batch, warnings


def _run(
    inputs: Iterable[Path],
    out: Path,
    settings: Settings,
    batch: BatchFile,
    on_change: Callable[[ArticleRun], None] | None,
    max_bytes: int,
) -> BatchResult:
    client = ModelClient(
        settings,
        settings.base_url or BATCH_BASE_URL,
        replay_label=f"batch results ({out / 'batch'})",
        transport=batch.transport(),
    )
    return run_batch(
        inputs, out, settings, lambda: client, on_change=on_change, max_bytes=max_bytes,
        batch=batch,
    )  # fmt: skip


def _article_labels(inputs: list[Path], max_bytes: int) -> set[str]:
    """How this corpus's readable articles are named in custom_ids."""
    return {
        article_label(a.source, a.text)
        for a in load_corpus(inputs, max_bytes)
        if isinstance(a, Article)
    }
