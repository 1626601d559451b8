"""A real HTTP server on 127.0.0.1 that answers chat completions from a script of faults.

Real model servers do not produce 429s, 5xx, hangs or garbage on demand; this one does, so the
retry and re-ask paths are tested over real sockets rather than by patching functions.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (a hang past the client timeout)
    drop: bool = False  # close the connection without answering
    trickle: float = 0.0  # seconds between single bytes of the body, after prompt headers


def completion(content: str, finish_reason: str = "stop") -> str:
    """An OpenAI chat.completion body carrying `content` as the assistant's message."""
    return json.dumps(
        {
            "id": "chatcmpl-fault",
            "object": "chat.completion",
            "created": 0,
            "model": "qwen2.5-coder-1.5b-instruct-q4_k_m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": finish_reason,
                    "message": {"role": "assistant", "content": content},
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }
    )


@dataclass
class FaultServer:
    url: str
    script: list[Reply]
    requests: list[dict[str, object]] = field(default_factory=list)
    answer: Callable[[dict[str, Any]], Reply] | None = None


@contextmanager
def fault_server(
    script: list[Reply] | Callable[[dict[str, Any]], Reply],
) -> Iterator[FaultServer]:
    """Serve `script` in order, one reply per request (the last repeats), or, given a
    function, the reply it makes for each request body."""
    if callable(script):
        state = FaultServer(url="", script=[], answer=script)
    else:
        state = FaultServer(url="", script=list(script))

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            state.requests.append(
                {
                    "path": self.path,
                    "body": body,
                    "authorization": self.headers.get("authorization"),
                }
            )
            if state.answer is not None:
                reply = state.answer(body)
            else:
                reply = state.script.pop(0) if len(state.script) > 1 else state.script[0]
            if reply.delay:
                time.sleep(reply.delay)
            if reply.drop:
                self.close_connection = True
                self.connection.shutdown(2)
                return
            data = reply.body.encode()
            self.send_response(reply.status)
            if "content-type" not in {k.lower() for k in reply.headers}:
                self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for k, v in reply.headers.items():
                self.send_header(k, v)
            self.end_headers()
            if reply.trickle:
                for i in range(len(data)):
                    try:
                        self.wfile.write(data[i : i + 1])
                        self.wfile.flush()
                    except OSError:
                        return  # the client gave up, as it should
                    time.sleep(reply.trickle)
                return
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
