"""Throughput of `batch --jobs N` against an OpenAI-compatible server with K parallel slots.

Two servers, both on 127.0.0.1:

- `--llama-server PATH` (the real measurement): llama.cpp's own `llama-server` (built from
  the llama.cpp that llama-cpp-python vendors: see bench/README.md) serving the embedded
  model with `--parallel K` slots and continuous batching, briefing the seed articles. On 2
  CPU cores the model itself is the bottleneck early: batching several answers' tokens into
  one forward pass is what buys throughput, and only up to what the cores can compute.
- otherwise, a stand-in that answers each chat completion after a fixed service time, at most
  K at once, so the measurement is of summarise's own concurrency with no model cost.

    python bench/jobs_scaling.py --llama-server PATH [--slots 4] [--articles 4] [--jobs 1,2,4]
    python bench/jobs_scaling.py [--slots 4] [--service 0.5] [--articles 24] [--jobs 1,2,4,8]

Prints a Markdown table: jobs, wall seconds, briefs made, briefs per minute, speed-up (per
brief) over the first, and any article that failed, with why.
One untimed article first warms the server and the client up.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from summarise.config import EMBEDDED_MODEL, resolve_settings
from summarise.corpus.batch import run_batch
from summarise.llm.embedded import ensure_model, free_port, stop_server, wait_until_ready
from summarise.llm.model import ModelClient

ROOT = Path(__file__).resolve().parent.parent

ANSWERS = {
    "FigureLabels": {"figures": [{"id": 1, "number": "40,000", "measure": "people displaced"}]},
    "BriefDraft": {
        "title": "Floods",
        "date": None,
        "summary": "Floods in Sindh.",
        "positions": [],
        "open_questions": [],
    },
}


@contextlib.contextmanager
def stand_in(slots: int, service: float) -> Iterator[str]:
    gate = threading.BoundedSemaphore(slots)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            title = body["response_format"]["schema"]["title"]
            with gate:  # K slots: a request waits for a free one, then takes `service` s
                time.sleep(service)
            data = json.dumps(
                {
                    "id": "x",
                    "object": "chat.completion",
                    "created": 0,
                    "model": "m",
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": json.dumps(ANSWERS[title])},
                        }
                    ],
                    "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
                }
            ).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()


@contextlib.contextmanager
def llama_server(binary: str, slots: int, context: int, threads: int) -> Iterator[str]:
    """llama.cpp's server on the embedded model, K slots of `context` tokens each."""
    port = free_port()
    log = Path(tempfile.gettempdir()) / f"llama-server-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                binary,
                "--model", str(ensure_model()),
                "--alias", EMBEDDED_MODEL,
                "--host", "127.0.0.1",
                "--port", str(port),
                "--parallel", str(slots),
                "--ctx-size", str(context * slots),  # split evenly between the slots
                "--threads", str(threads),
                "--threads-batch", str(threads),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # stop_server stops its process group
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_until_ready(proc, url, log)
        yield url
    finally:
        stop_server(proc)


def corpus(folder: Path, articles: int, real: bool) -> Path:
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(articles):
        if real:
            shutil.copy(seeds[i], folder / seeds[i].name)
            continue
        (folder / f"{i:03d}.txt").write_text(
            f"Report {i}. Minister Sara Khan said on Tuesday that 40,000 people were "
            "displaced by the floods in the south of the province this month, and that "
            "the relief camps near the city were already full.\n",
            encoding="utf-8",
        )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--llama-server", default=None, help="path of llama.cpp's llama-server")
    parser.add_argument("--slots", type=int, default=4)
    parser.add_argument("--service", type=float, default=0.5, help="stand-in seconds a call")
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--jobs", default=None, help="comma-separated, e.g. 1,2,4")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    real = args.llama_server is not None
    articles = args.articles or (4 if real else 24)
    jobs_list = [int(j) for j in (args.jobs or ("1,2,4" if real else "1,2,4,8")).split(",")]
    if real:
        assert articles <= len(list((ROOT / "seeds").glob("*.txt"))), "distinct seeds only"
        server = llama_server(args.llama_server, args.slots, 4096, args.threads)
        about = (
            f"llama.cpp `llama-server` (the llama.cpp llama-cpp-python 0.3.36 vendors), the "
            f"embedded model, {args.slots} slots of 4096 tokens, {args.threads} threads; "
            f"{articles} seed articles, a fresh cache for each run"
        )
    else:
        server = stand_in(args.slots, args.service)
        about = f"stand-in server, {args.service} s a call, {args.slots} slots, {articles} articles"
    with server as url, tempfile.TemporaryDirectory() as tmp:
        settings = resolve_settings(base_url=url, model=EMBEDDED_MODEL, mode="llamacpp")
        client = ModelClient(settings, url)
        folder = corpus(Path(tmp) / "in", articles, real)
        print(f"`python bench/jobs_scaling.py {'--llama-server PATH ' if real else ''}"
              f"--slots {args.slots}`: {about}.\n")  # fmt: skip
        print(
            "| --jobs | wall s | briefed | briefs/min | speed-up | calls | completion tokens "
            "| failed |"
        )
        print("|---|---|---|---|---|---|---|---|")
        # Untimed warm-up on one article (its own folder and cache): the first run would
        # otherwise also pay for loading the model and first-call set-up, and the speed-up of
        # later runs over it would look better than it is.
        warm = corpus(Path(tmp) / "warm", 1, real)  # the corpus's first article
        run_batch([warm], Path(tmp) / "out-warm", settings, lambda: client, jobs=1)
        base = None
        for jobs in jobs_list:
            out = Path(tmp) / f"out{jobs}"  # a fresh cache each time: every article is sent
            started = time.perf_counter()
            result = run_batch([folder], out, settings, lambda: client, jobs=jobs)
            wall = time.perf_counter() - started
            # A failed article is reported, not hidden: batched decoding on a real server
            # can change an answer (e.g. one that runs past max_tokens).
            ok = result.count("ok")
            failed = "; ".join(r.error for r in result.runs if r.error) or "none"
            per_brief = wall / max(ok, 1)
            base = base or per_brief
            print(
                f"| {jobs} | {wall:.1f} | {ok}/{articles} | {ok / wall * 60:.2f} | "
                f"{base / per_brief:.2f}× | {result.usage.calls} | "
                f"{result.usage.completion_tokens} | {failed} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
