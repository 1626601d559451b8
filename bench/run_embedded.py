"""Benchmark the real pipeline on the embedded model over seeds/, against the engine floor.

    python bench/run_embedded.py [--out bench/RESULTS.md] [--skip-scale]

1. Starts the embedded llama.cpp server (as `summarise` does) and measures, on it, the
   engine's prompt-evaluation and generation speeds (tokens/s).
2. Runs `summarise batch` logic over seeds/ with an empty cache, timing each article, with
   its prompt/completion tokens and model calls. The engine floor of an article is
   prompt_tokens / prompt_speed + completion_tokens / generation_speed. The server counts
   every prompt token, including those it reused from the previous request (an article's
   actor and brief calls share the system prompt and the article; consecutive figure
   calls share their instructions and example), so the headline,
   wall time / engine floor, counts only the prompt tokens it evaluated: its verbose log
   says, per request, how many it reused.
3. Runs the same batch again: every brief comes from the cache.
4. Runs bench/reconcile_scale.py for 1k, 10k and 100k synthetic briefs.
Writes the results, the machine and the command to RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import openai

from summarise.config import resolve_settings
from summarise.corpus.batch import run_batch
from summarise.llm.embedded import embedded_server, server_log
from summarise.llm.model import ModelClient

ROOT = Path(__file__).resolve().parent.parent
#: Each engine speed is the median of this many measurements: one pair of requests on this
#: VM has read generation anywhere from 11 to 20 tokens/s.
REPEATS = 3


def engine_speeds(client: openai.OpenAI, model: str) -> tuple[float, float, float, float]:
    """(prompt tokens/s, generation tokens/s unconstrained, generation tokens/s with grammar,
    seconds a request costs beyond its tokens), each speed measured as a difference between
    two requests (a longer prompt, a longer answer), so per-request costs do not dilute it,
    and the median of REPEATS such differences."""
    article = (ROOT / "seeds" / "001_c21b84e8ba4fc628.txt").read_text(encoding="utf-8")

    def timed(content: str, max_tokens: int, **extra: object) -> tuple[float, int, int]:
        started = time.perf_counter()
        r = client.chat.completions.create(
            model=model,
            max_tokens=max_tokens,
            temperature=0,
            messages=[{"role": "user", "content": content}],
            **extra,
        )
        seconds = time.perf_counter() - started
        return seconds, r.usage.prompt_tokens, r.usage.completion_tokens

    prompt_rates, overheads = [], []
    for _ in range(REPEATS):
        # a fresh nonce first, so no cached prefix is reused
        t1, p1, _ = timed(f"[{uuid.uuid4()}]\n{article}\nSay OK.", 1)
        t2, p2, _ = timed(f"[{uuid.uuid4()}]\n{article}\n\n{article}\nSay OK.", 1)
        rate = (p2 - p1) / (t2 - t1)
        prompt_rates.append(rate)
        overheads.append(t1 - p1 / rate)
    prompt_speed = statistics.median(prompt_rates)

    def generation(**extra: object) -> float:
        ask = "List the integers from 1 to 400, one per line, nothing else."
        rates = []
        for _ in range(REPEATS):
            t1, _, c1 = timed(f"[{uuid.uuid4()}] {ask}", 40, **extra)
            t2, _, c2 = timed(f"[{uuid.uuid4()}] {ask}", 200, **extra)
            rates.append((c2 - c1) / (t2 - t1))
        return statistics.median(rates)

    free = generation()
    schema = {
        "type": "object",
        "properties": {"numbers": {"type": "array", "items": {"type": "integer"}}},
        "required": ["numbers"],
    }
    grammar = generation(extra_body={"response_format": {"type": "json_object", "schema": schema}})
    return prompt_speed, free, grammar, statistics.median(overheads)


def reused_prefixes(log: str) -> list[int]:
    """Per chat request in the server's verbose log, in order: prompt tokens it reused."""
    reused, pending = [], 0
    for line in log.splitlines():
        hit = re.search(r"Llama\.generate: (\d+) prefix-match hit", line)
        if hit:
            pending = int(hit.group(1))
        elif "POST /v1/chat/completions" in line:
            reused.append(pending)
            pending = 0
    return reused


class CallOwners:
    """A client that notes, for every request it sends, which seed article it is for, so
    the server log's per-request reuse counts can be charged to the right article whatever
    order the batch sends its calls in (with one job it labels a window's figures first)."""

    def __init__(self, inner: ModelClient, texts: dict[str, str]) -> None:
        self.inner, self.texts = inner, texts
        self.owners: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def _owner(self, messages: list[dict[str, str]]) -> str:
        article = [m["content"] for m in messages if m["content"].startswith("ARTICLE:\n")]
        if article:  # actor, brief and re-ask calls carry the article itself
            probes = [article[0].removeprefix("ARTICLE:\n")[:300]]
        else:  # a figure call: its numbered sentences, markers removed, are the article's
            items = re.findall(r'sentence: "(.*)"', messages[-1]["content"])
            plain = [x.replace("<<", "").replace(">>", "") for x in items]
            probes = [piece for x in plain for piece in x.split(". ") if len(piece) >= 20]
        scores = {name: sum(p in text for p in probes) for name, text in self.texts.items()}
        best = max(scores, key=lambda name: scores[name])
        if not scores[best]:
            raise ValueError(f"no seed article matches request: {messages[-1]['content'][:80]!r}")
        return best

    def structured(self, response_model: Any, messages: Any, **kwargs: Any) -> Any:
        result, usage = self.inner.structured(response_model, messages, **kwargs)
        self.owners += [self._owner(messages)] * usage.calls
        return result, usage


def machine() -> str:
    cpu, cpu_flags = "unknown CPU", set()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
            elif line.startswith("flags"):
                cpu_flags = set(line.split(":", 1)[1].split())
                break
    except OSError:
        pass
    import llama_cpp

    flags = set(
        re.findall(r"(?:^|[\s|])([A-Z0-9_]+) = 1", llama_cpp.llama_print_system_info().decode())
    )
    has = [
        f
        for f in ("avx2", "fma", "f16c", "avx512f", "avx512_vnni", "avx512_bf16", "amx_tile")
        if f in cpu_flags
    ]
    return (
        f"{cpu} ({' '.join(has)}), {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"llama-cpp-python {llama_cpp.__version__} built with {' '.join(sorted(flags))}, no GPU"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    settings = resolve_settings()
    lines: list[str] = []
    os.environ["PYTHONUNBUFFERED"] = "1"  # the server's log lines in the order they happen
    with embedded_server(settings, verbose=True) as url:
        log = server_log(int(url.rsplit(":", 1)[1].split("/")[0]))
        raw = openai.OpenAI(base_url=url, api_key="not-needed", timeout=600, max_retries=0)
        prompt_speed, gen_speed, grammar_speed, overhead = engine_speeds(raw, settings.model)
        texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
        client = CallOwners(ModelClient(settings, url), texts)
        start = log.stat().st_size
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            first = run_batch([ROOT / "seeds"], out, settings, lambda: client)  # type: ignore[arg-type, return-value]
            again = run_batch([ROOT / "seeds"], out, settings, lambda: client)  # type: ignore[arg-type, return-value]
        reused = reused_prefixes(log.read_bytes()[start:].decode("utf-8", "replace"))

    rows, ratios, walls = [], [], []
    evaluated_total = 0
    assert len(client.owners) <= len(reused), (len(client.owners), len(reused))
    for run in first.runs:
        assert run.state == "ok", (run.path, run.error)
        u = run.usage
        charged = zip(reused[: len(client.owners)], client.owners, strict=True)
        mine = [r for r, owner in charged if owner == run.path.name]
        assert len(mine) == u.calls, (run.path.name, len(mine), u.calls)
        evaluated = u.prompt_tokens - sum(mine)
        evaluated_total += evaluated
        floor = evaluated / prompt_speed + u.completion_tokens / gen_speed
        ratios.append(run.seconds / floor)
        walls.append(run.seconds)
        rows.append(
            f"| {run.path.name} | {run.seconds:.1f} | {u.calls} | {u.prompt_tokens} | "
            f"{evaluated} | {u.completion_tokens} | {floor:.1f} | {run.seconds / floor:.2f} |"
        )
    article_prompt = sum(r.usage.prompt_tokens for r in first.runs)
    article_completion = sum(r.usage.completion_tokens for r in first.runs)
    total_floor = evaluated_total / prompt_speed + article_completion / gen_speed
    wall_sum = sum(walls)
    lines += [
        "# Benchmark results",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {machine()}.",
        "",
        "Command: `python bench/run_embedded.py` (embedded Qwen2.5-Coder-1.5B-Instruct Q4_K_M, "
        f"{settings.threads} threads, llama.cpp built with GGML_NATIVE=OFF and the flags above).",
        "",
        "## Engine speed (same server, same run)",
        "",
        f"Each speed is the median of {REPEATS} differences between two requests (twice the "
        "prompt; five times the answer), so what a request costs beyond its tokens is not in "
        "it; that cost is "
        f"measured separately: **{overhead:+.2f} s** a request (the time of the shorter "
        "prompt request less its tokens at the measured speed; near zero means none).",
        "",
        f"- prompt evaluation: **{prompt_speed:.1f} tokens/s**",
        f"- generation, unconstrained: **{gen_speed:.1f} tokens/s**",
        f"- generation, grammar-constrained (json_object + schema, grammar checked lazily by "
        f"`summarise/llm/engine.py`): {grammar_speed:.1f} tokens/s",
        "",
        "## Seeds, empty cache",
        "",
        "Engine floor = prompt tokens evaluated ÷ prompt speed + completion tokens ÷ "
        'unconstrained generation speed. "Prompt tokens" is what the server reports; '
        '"evaluated" leaves out those it reused from the previous request (its verbose log '
        "gives the count per request).",
        "",
        "| article | wall s | calls | prompt tokens | evaluated | completion tokens "
        "| engine floor s | wall ÷ floor |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
        f"| **total** | **{wall_sum:.1f}** | {sum(r.usage.calls for r in first.runs)} | "
        f"{article_prompt} | {evaluated_total} | {article_completion} | {total_floor:.1f} | "
        f"**{wall_sum / total_floor:.2f}** |",
        "",
        f"- median seconds per article: **{statistics.median(walls):.1f} s**",
        f"- median wall ÷ engine floor: **{statistics.median(ratios):.2f}**",
        f"- mean tokens per article: {article_prompt / len(walls):.0f} prompt "
        f"({evaluated_total / len(walls):.0f} evaluated) + "
        f"{article_completion / len(walls):.0f} completion",
        "",
        "## Re-run of the unchanged corpus",
        "",
        f"- {again.count('reused')} of {len(again.runs)} briefs reused, "
        f"{again.usage.calls} model calls, **{again.seconds:.2f} s** for the whole batch "
        f"({again.seconds / len(again.runs) * 1000:.0f} ms per article)",
        "",
    ]
    if not args.skip_scale:
        scale = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "reconcile_scale.py")],
            capture_output=True,
            text=True,
            check=True,
        )
        lines += [
            "## Reconciliation on synthetic corpora",
            "",
            "`python bench/reconcile_scale.py` (each size in its own process; 5 figures "
            "and 5 actors per brief; famous names and places throughout, plus a long tail of "
            "about n/4 people and n/100 towns, so actors and groups grow with the corpus):",
            "",
            scale.stdout.strip(),
            "",
        ]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
