"""Lazy vs eager grammar sampling on the embedded model, on the recorded seed requests.

    python bench/lazy_grammar.py [--cassette cassettes/seeds.yaml] [--out FILE]

Sends every request recorded in the cassette, byte for byte, to the embedded server twice:
once as summarise runs it (grammar checked lazily, `summarise/engine.py`) and once with
llama-cpp-python's eager grammar (`SUMMARISE_EAGER_GRAMMAR=1`). Reports the seconds and
completion tokens of each, whether the two answers are identical, and whether the eager one
is the recorded one. Exits 1 if a lazy answer differs from the eager one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.request
from pathlib import Path

import yaml

from summarise.config import resolve_settings
from summarise.embedded import embedded_server

ROOT = Path(__file__).resolve().parent.parent


def replay(url: str, bodies: list[str]) -> list[tuple[float, int, str]]:
    """(seconds, completion tokens, content) for each request body, sent in order."""
    results = []
    for body in bodies:
        request = urllib.request.Request(
            f"{url}/chat/completions",
            data=body.encode("utf-8"),
            headers={"content-type": "application/json"},
        )
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=600) as response:
            answer = json.loads(response.read())
        seconds = time.perf_counter() - started
        content = answer["choices"][0]["message"]["content"]
        results.append((seconds, answer["usage"]["completion_tokens"], content))
        print(f"  {seconds:6.1f} s  {answer['usage']['completion_tokens']:4d} tokens", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cassette", default=str(ROOT / "cassettes" / "seeds.yaml"))
    parser.add_argument("--out", default=None, help="also write the table to this file")
    args = parser.parse_args()
    recorded = yaml.safe_load(Path(args.cassette).read_text(encoding="utf-8"))["interactions"]
    bodies = [x["request"]["body"] for x in recorded]
    expected = [
        json.loads(x["response"]["body"]["string"])["choices"][0]["message"]["content"]
        for x in recorded
    ]
    settings = resolve_settings()
    runs = {}
    for mode in ("lazy", "eager"):
        os.environ["SUMMARISE_EAGER_GRAMMAR"] = "1" if mode == "eager" else "0"
        print(f"{mode} grammar:", flush=True)
        with embedded_server(settings) as url:
            runs[mode] = replay(url, bodies)
    os.environ.pop("SUMMARISE_EAGER_GRAMMAR", None)

    lines = [
        f"`python bench/lazy_grammar.py --cassette {Path(args.cassette).relative_to(ROOT)}`: "
        f"{len(bodies)} recorded requests, sent in order to a fresh server per mode.",
        "",
        "| request | completion tokens | eager s | lazy s | lazy = eager | eager = recorded |",
        "|---|---|---|---|---|---|",
    ]
    differ = 0
    for i, want in enumerate(expected):
        eager, lazy = runs["eager"][i], runs["lazy"][i]
        # The test is lazy against eager in the same conditions. A recording can differ from
        # both: the server's reuse of the previous request's prefix changes evaluation
        # batches, hence rounding, hence now and then a greedy pick.
        same_lazy, same_eager = lazy[2] == eager[2], eager[2] == want
        differ += not same_lazy
        lines.append(
            f"| {i + 1} | {lazy[1]} | {eager[0]:.1f} | {lazy[0]:.1f} | "
            f"{'yes' if same_lazy else 'NO'} | {'yes' if same_eager else 'NO'} |"
        )
    eager_total = sum(r[0] for r in runs["eager"])
    lazy_total = sum(r[0] for r in runs["lazy"])
    lines += [
        f"| **total** | {sum(r[1] for r in runs['lazy'])} | **{eager_total:.1f}** | "
        f"**{lazy_total:.1f}** | {len(bodies) - differ} of {len(bodies)} | |",
        "",
    ]
    table = "\n".join(lines)
    print(table)
    if args.out:
        Path(args.out).write_text(table, encoding="utf-8")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
