"""Embedded-server options compared on the recorded seed requests: time and answers.

    python bench/server_options.py [--requests 6] [--options "" "--cache true" ...]

Sends the first N recorded requests of cassettes/seeds.yaml, in pipeline order (an article's
figure, actor and brief calls, then the next article's), to a fresh embedded server per set
of llama_cpp.server options, and reports the seconds each took and whether each answer is
the one the first set gave. Used to choose the options `summarise/llm/embedded.py` starts the
server with.
"""

from __future__ import annotations

import argparse
import json
import shlex
from pathlib import Path

import yaml
from grammar import pipeline_order, replay

from summarise.config import resolve_settings
from summarise.llm.embedded import embedded_server

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cassette", default=str(ROOT / "cassettes" / "seeds.yaml"))
    parser.add_argument("--requests", type=int, default=6)
    parser.add_argument("--options", nargs="+", default=["", "--cache true"])
    args = parser.parse_args()
    recorded = yaml.safe_load(Path(args.cassette).read_text(encoding="utf-8"))["interactions"]
    bodies = pipeline_order([json.loads(x["request"]["body"]) for x in recorded])
    bodies = bodies[: args.requests]
    titles = [b["response_format"]["schema"]["title"] for b in bodies]
    settings = resolve_settings()
    runs = {}
    for options in args.options:
        print(f"options {options or '(none)'}:", flush=True)
        with embedded_server(settings, extra_args=shlex.split(options)) as url:
            runs[options] = replay(url, bodies)
    first = runs[args.options[0]]
    print(f"\n`python bench/server_options.py --requests {args.requests}`\n")
    print(
        "| options | " + " | ".join(f"{i + 1} {t}" for i, t in enumerate(titles)) + " | total s |"
    )
    print("|---|" + "---|" * (len(titles) + 1))
    for options, run in runs.items():
        cells = [
            f"{s:.1f}" + ("" if c == f[2] else " (differs)")
            for (s, _, c), f in zip(run, first, strict=True)
        ]
        total = sum(r[0] for r in run)
        print(f"| `{options or 'default'}` | " + " | ".join(cells) + f" | {total:.1f} |")


if __name__ == "__main__":
    main()
