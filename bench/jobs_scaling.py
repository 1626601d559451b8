"""Throughput of `batch --jobs N` against an OpenAI-compatible server with K parallel slots.

The server here is a stand-in on 127.0.0.1: it answers each chat completion after a fixed
service time, serving at most K requests at once (like vLLM or llama.cpp with --parallel K),
so the measurement is of summarise's own concurrency, not of a model. Usage:
    python bench/jobs_scaling.py [--slots 4] [--service 0.5] [--articles 24]
Prints a Markdown table: jobs, wall seconds, articles per minute, speed-up over --jobs 1.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from summarise.batch import run_batch
from summarise.config import resolve_settings
from summarise.model import ModelClient

ANSWERS = {
    "FigureLabels": {
        "figures": [{"id": 1, "number": "40,000", "measure": "people displaced", "source": None}]
    },
    "ActorList": {"actors": [{"name": "Sara Khan", "kind": "person", "role": None}]},
    "BriefDraft": {
        "title": "Floods",
        "date": None,
        "summary": "Floods in Sindh.",
        "positions": [],
        "open_questions": [],
    },
}


def serve(slots: int, service: float) -> tuple[ThreadingHTTPServer, str]:
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
    return server, f"http://127.0.0.1:{server.server_address[1]}/v1"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slots", type=int, default=4)
    parser.add_argument("--service", type=float, default=0.5)
    parser.add_argument("--articles", type=int, default=24)
    args = parser.parse_args()
    server, url = serve(args.slots, args.service)
    settings = resolve_settings(base_url=url, model="m", mode="llamacpp")
    client = ModelClient(settings, url)
    print(f"{args.articles} articles × 3 calls, {args.service} s a call, {args.slots} slots\n")
    print("| --jobs | wall s | articles/min | speed-up |")
    print("|---|---|---|---|")
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in"
        corpus.mkdir()
        for i in range(args.articles):
            (corpus / f"{i:03d}.txt").write_text(
                f"Report {i}. Minister Sara Khan said on Tuesday that 40,000 people were "
                "displaced by the floods in the south of the province this month, and that "
                "the relief camps near the city were already full.\n",
                encoding="utf-8",
            )
        for jobs in (1, 2, 4, 8):
            out = Path(tmp) / f"out{jobs}"  # a fresh cache each time: every article is sent
            started = time.perf_counter()
            result = run_batch([corpus], out, settings, lambda: client, jobs=jobs)
            wall = time.perf_counter() - started
            assert result.count("ok") == args.articles
            base = base or wall
            print(
                f"| {jobs} | {wall:.1f} | {args.articles / wall * 60:.0f} | {base / wall:.2f}× |",
                flush=True,
            )
    server.shutdown()


if __name__ == "__main__":
    main()
