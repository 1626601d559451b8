"""Benchmark the real pipeline on the embedded model over seeds/, against the engine floor.

    python bench/run_embedded.py [--out bench/RESULTS.md] [--skip-scale]

1. Starts the embedded llama.cpp server (as `summarise` does) and measures, on it, the
   engine's prompt-evaluation and generation speeds (tokens/s).
2. Runs `summarise batch` logic over seeds/ with an empty cache, timing each article, with
   its prompt/completion tokens and model calls. The engine floor of an article is
   prompt_tokens / prompt_speed + completion_tokens / generation_speed; the headline is
   wall time / engine floor. (The server reports every prompt token, including those its
   prompt cache reuses, so the floor is an upper bound on what the engine must do.)
3. Runs the same batch again: every brief comes from the cache.
4. Runs bench/reconcile_scale.py for 1k, 10k and 100k synthetic briefs.
Writes the results, the machine and the command to RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import openai

from summarise.batch import run_batch
from summarise.config import resolve_settings
from summarise.embedded import embedded_server
from summarise.model import ModelClient

ROOT = Path(__file__).resolve().parent.parent


def engine_speeds(client: openai.OpenAI, model: str) -> tuple[float, float, float]:
    """(prompt tokens/s, generation tokens/s unconstrained, generation tokens/s with grammar)."""
    article = (ROOT / "seeds" / "001_c21b84e8ba4fc628.txt").read_text(encoding="utf-8")
    prompt_rates = []
    for _ in range(2):
        # a fresh nonce first, so no cached prefix is reused
        content = f"[{uuid.uuid4()}]\n{article}\nSay OK."
        t = time.perf_counter()
        r = client.chat.completions.create(
            model=model,
            max_tokens=1,
            temperature=0,
            messages=[{"role": "user", "content": content}],
        )
        prompt_rates.append(r.usage.prompt_tokens / (time.perf_counter() - t))
    prompt_speed = statistics.median(prompt_rates)

    def generation(extra: dict[str, object]) -> float:
        content = f"[{uuid.uuid4()}] List the integers from 1 to 400, one per line, nothing else."
        t = time.perf_counter()
        r = client.chat.completions.create(
            model=model,
            max_tokens=160,
            temperature=0,
            messages=[{"role": "user", "content": content}],
            **extra,
        )
        elapsed = time.perf_counter() - t - r.usage.prompt_tokens / prompt_speed
        return r.usage.completion_tokens / elapsed

    free = generation({})
    schema = {
        "type": "object",
        "properties": {"numbers": {"type": "array", "items": {"type": "integer"}}},
        "required": ["numbers"],
    }
    grammar = generation(
        {"extra_body": {"response_format": {"type": "json_object", "schema": schema}}}
    )
    return prompt_speed, free, grammar


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import llama_cpp

    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"llama-cpp-python {llama_cpp.__version__}, no GPU"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    settings = resolve_settings()
    lines: list[str] = []
    with embedded_server(settings) as url:
        raw = openai.OpenAI(base_url=url, api_key="not-needed", timeout=600, max_retries=0)
        prompt_speed, gen_speed, grammar_speed = engine_speeds(raw, settings.model)
        client = ModelClient(settings, url)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            first = run_batch([ROOT / "seeds"], out, settings, lambda: client)
            again = run_batch([ROOT / "seeds"], out, settings, lambda: client)

    rows, ratios, walls = [], [], []
    for run in first.runs:
        assert run.state == "ok", (run.path, run.error)
        u = run.usage
        floor = u.prompt_tokens / prompt_speed + u.completion_tokens / gen_speed
        ratios.append(run.seconds / floor)
        walls.append(run.seconds)
        rows.append(
            f"| {run.path.name} | {run.seconds:.1f} | {u.calls} | {u.prompt_tokens} | "
            f"{u.completion_tokens} | {floor:.1f} | {run.seconds / floor:.2f} |"
        )
    total = first.usage
    total_floor = total.prompt_tokens / prompt_speed + total.completion_tokens / gen_speed
    wall_sum = sum(walls)
    lines += [
        "# Benchmark results",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {machine()}.",
        "",
        "Command: `python bench/run_embedded.py` (embedded Qwen2.5-Coder-1.5B-Instruct Q4_K_M, "
        f"{settings.threads} threads, llama.cpp built with GGML_NATIVE=OFF, AVX2/FMA/F16C and "
        "AVX-512/VNNI/BF16).",
        "",
        "## Engine speed (same server, same run)",
        "",
        f"- prompt evaluation: **{prompt_speed:.1f} tokens/s**",
        f"- generation, unconstrained: **{gen_speed:.1f} tokens/s**",
        f"- generation, grammar-constrained (json_object + schema, grammar checked lazily by "
        f"`summarise/engine.py`): {grammar_speed:.1f} tokens/s",
        "",
        "## Seeds, empty cache",
        "",
        "Engine floor = prompt tokens ÷ prompt speed + completion tokens ÷ unconstrained "
        "generation speed.",
        "",
        "| article | wall s | calls | prompt tokens | completion tokens | engine floor s "
        "| wall ÷ floor |",
        "|---|---|---|---|---|---|---|",
        *rows,
        f"| **total** | **{wall_sum:.1f}** | {total.calls} | {total.prompt_tokens} | "
        f"{total.completion_tokens} | {total_floor:.1f} | **{wall_sum / total_floor:.2f}** |",
        "",
        f"- median seconds per article: **{statistics.median(walls):.1f} s**",
        f"- median wall ÷ engine floor: **{statistics.median(ratios):.2f}**",
        f"- mean tokens per article: {total.prompt_tokens / len(walls):.0f} prompt + "
        f"{total.completion_tokens / len(walls):.0f} completion",
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
            "and 5 actors per brief):",
            "",
            scale.stdout.strip(),
            "",
        ]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
