"""Export time and request-file size per 1,000 articles (`batch --export-requests`).

No model is needed: the export runs code's analysis of every article and writes the requests.
The synthetic corpus is the five seeds, each copied N/5 times with every number changed and
a line of its own, so no two articles share a text (or a cache entry) and each has a real
article's length and shape. Usage:
    python bench/export_scale.py [N]        (default 1000)
Prints the articles, seconds, seconds per 1k, requests, and file size per 1k.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

from summarise.config import resolve_settings
from summarise.corpus.batchapi import export_requests

ROOT = Path(__file__).resolve().parent.parent


def synthetic_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for i in range(n):
        text = re.sub(r"\d", lambda m: str(rng.randint(1, 9)), seeds[i % len(seeds)])
        (folder / f"{i:06d}.txt").write_text(f"{text}\n\nFiled as item {i}.\n", encoding="utf-8")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        synthetic_corpus(corpus, n)
        requests = Path(tmp) / "requests.jsonl"
        started = time.perf_counter()
        done = export_requests([corpus], out, resolve_settings(), requests)
        seconds = time.perf_counter() - started
        size = requests.stat().st_size
    per_k = 1000 / n
    print(
        f"| {n:,} | {seconds:.1f} | {seconds * per_k:.1f} | {done.requested:,} | "
        f"{done.requested * per_k:,.0f} | {size / 1e6 * per_k:.1f} MB |"
    )
    print(f"pending articles: {done.result.count('pending')} of {n}", file=sys.stderr)


if __name__ == "__main__":
    main()
