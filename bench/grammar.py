"""How to constrain the model's output: same requests, four ways, time and validity.

    python bench/grammar.py [--cassette cassettes/seeds.yaml] [--modes lazy,eager,json,free]
                            [--out FILE]

Sends every request recorded in the cassette to the embedded server, in the order the
pipeline makes them (an article's actor and brief calls back to back, so the server reuses
their shared prefix as it does in a real run), once per mode, each mode on a fresh server:

- `lazy`:  as summarise sends it, json_object + schema (grammar-enforced), the grammar checked
           on the greedy pick first (`summarise/llm/engine.py`);
- `eager`: the same request, llama-cpp-python's own sampler (grammar run over the whole
           vocabulary at every step, `SUMMARISE_EAGER_GRAMMAR=1`);
- `json`:  json_object without the schema (any JSON; the shape only from the prompt's words);
- `free`:  no response_format at all: no grammar, the prompt's words only.

For each mode: seconds, completion tokens, answers that are valid (JSON, after stripping a
Markdown fence as instructor does, that validates against the request's pydantic model) and
answers identical to `lazy`. Exits 1 if a `lazy` answer differs from the `eager` one (the
lazy check must not change answers).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from summarise import schemas
from summarise.config import resolve_settings
from summarise.llm.embedded import embedded_server

ROOT = Path(__file__).resolve().parent.parent
MODES = ("lazy", "eager", "json", "free")


def pipeline_order(bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """As the pipeline sends them: per article its figure calls and its brief call, then what
    is left (merges, re-asks, the judge), each kind in recorded order."""
    title = [b["response_format"]["schema"]["title"] for b in bodies]
    ordered: list[dict[str, Any]] = []
    for body, t in zip(bodies, title, strict=True):
        if t != "BriefDraft":
            continue
        article = body["messages"][1]["content"]
        for b, kind in zip(bodies, title, strict=True):
            if kind == "FigureLabels":
                item = b["messages"][-1]["content"].split('sentence: "', 1)[1]
                if item.replace("<<", "").replace(">>", "")[:60] in article:
                    ordered.append(b)
        ordered.append(body)
        ordered += [
            b
            for b in bodies
            if b is not body and len(b["messages"]) > 1 and b["messages"][1]["content"] == article
        ]
    ordered += [b for b in bodies if all(b is not o for o in ordered)]
    assert len(ordered) == len(bodies)
    return ordered


def as_mode(body: dict[str, Any], mode: str) -> dict[str, Any]:
    body = dict(body)
    if mode == "json":
        body["response_format"] = {"type": "json_object"}
    elif mode == "free":
        body.pop("response_format", None)
    return body


def valid(content: str, model: type[BaseModel]) -> bool:
    """The answer parses as the request's model (a ```json fence stripped first, as
    instructor's JSON mode does)."""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.DOTALL)
    try:
        model.model_validate_json(fenced.group(1) if fenced else content)
    except ValidationError:
        return False
    return True


def replay(url: str, bodies: list[dict[str, Any]]) -> list[tuple[float, int, str]]:
    """(seconds, completion tokens, content) for each request body, sent in order."""
    results = []
    for body in bodies:
        request = urllib.request.Request(
            f"{url}/chat/completions",
            data=json.dumps(body).encode("utf-8"),
            headers={"content-type": "application/json"},
        )
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=900) as response:
            answer = json.loads(response.read())
        seconds = time.perf_counter() - started
        content = answer["choices"][0]["message"]["content"]
        tokens = answer["usage"]["completion_tokens"]
        results.append((seconds, tokens, content))
        print(f"  {seconds:6.1f} s  {tokens:4d} tokens", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cassette", default=str(ROOT / "cassettes" / "seeds.yaml"))
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--out", default=None, help="also write the tables to this file")
    args = parser.parse_args()
    modes = [m for m in args.modes.split(",") if m]
    assert modes and modes[0] == "lazy" and set(modes) <= set(MODES), "modes: lazy first"
    recorded = yaml.safe_load(Path(args.cassette).read_text(encoding="utf-8"))["interactions"]
    bodies = pipeline_order([json.loads(x["request"]["body"]) for x in recorded])
    models: list[type[BaseModel]] = [
        getattr(schemas, b["response_format"]["schema"]["title"]) for b in bodies
    ]
    settings = resolve_settings()
    runs: dict[str, list[tuple[float, int, str]]] = {}
    for mode in modes:
        os.environ["SUMMARISE_EAGER_GRAMMAR"] = "1" if mode == "eager" else "0"
        print(f"{mode}:", flush=True)
        with embedded_server(settings) as url:
            runs[mode] = replay(url, [as_mode(b, mode) for b in bodies])
    os.environ.pop("SUMMARISE_EAGER_GRAMMAR", None)

    n = len(bodies)
    cassette = Path(args.cassette).resolve().relative_to(ROOT)
    lines = [
        f"`python bench/grammar.py --cassette {cassette} --modes {','.join(modes)}`: {n} "
        "recorded requests, in pipeline order, on a fresh server per mode.",
        "",
        "| mode | seconds | completion tokens | tokens/s | valid answers | same as lazy |",
        "|---|---|---|---|---|---|",
    ]
    lazy = runs["lazy"]
    ok = {m: [valid(r[2], model) for r, model in zip(runs[m], models, strict=True)] for m in modes}
    for mode in modes:
        run = runs[mode]
        seconds, tokens = sum(r[0] for r in run), sum(r[1] for r in run)
        same = sum(r[2] == x[2] for r, x in zip(run, lazy, strict=True))
        lines.append(
            f"| {mode} | {seconds:.1f} | {tokens} | {tokens / seconds:.1f} | "
            f"{sum(ok[mode])} of {n} | {same} of {n} |"
        )
    lines += [
        "",
        "| request | schema | " + " | ".join(f"{m} s (tokens)" for m in modes) + " |",
        "|---|---|" + "---|" * len(modes),
    ]
    for i, model in enumerate(models):
        cells = []
        for mode in modes:
            s, t, _ = runs[mode][i]
            mark = "" if ok[mode][i] else " **invalid**"
            cells.append(f"{s:.1f} ({t}){mark}")
        lines.append(f"| {i + 1} | {model.__name__} | " + " | ".join(cells) + " |")
    table = "\n".join(lines) + "\n"
    print(table)
    if args.out:
        Path(args.out).write_text(table, encoding="utf-8")
    if "eager" in runs:
        differ = sum(a[2] != b[2] for a, b in zip(runs["eager"], lazy, strict=True))
        if differ:
            print(f"{differ} lazy answer(s) differ from the eager ones", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
