"""Model calls as a Batch API file: requests written instead of sent, answers read back.

The OpenAI Batch API and vLLM's `run_batch` read the same JSON Lines request format (one
`{"custom_id", "method", "url", "body"}` a line) and write one result line a request
(`{"custom_id", "response": {"status_code", "body"}, "error"}`). `BatchFile` plugs into
`ModelClient` as its HTTP transport, so a request body is byte for byte the one the live path
would send (the same client, instructor mode and schema build it):

- a request whose answer is in the results read so far gets that answer, and the article's
  brief goes on exactly as it would live;
- any other request is written to the next request file, and gets a placeholder answer
  (an empty but valid one for its schema) so the article's other independent calls are made
  too; the article is then *pending*, its brief discarded;
- a request that embeds a placeholder (a long article's merge call, built from its parts'
  summaries) depends on answers not yet known: it is not written, it comes in a later round.

A `custom_id` names the article (file name and text digest), the call (its schema) and the
prompt version, and ends with a digest of the body: a result answers a request only if the
body matches, and results of another corpus or prompt version are refused.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2

from summarise.errors import InputError

URL = "/v1/chat/completions"
#: Marks a placeholder answer: a request whose body holds it depends on a pending answer.
PLACEHOLDER = "[pending answer 7f3a9c]"
_SEP = "/"

#: The article whose calls are being made, set by the batch around each article's brief.
current_article: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "current_article", default=None
)


class AnswerPending(Exception):
    """Raised by the batch for an article whose brief waits for answers of a later round."""


def custom_id(article: str, body: dict[str, Any], prompt_version: str) -> str:
    """`<article>/<call>/<prompt version>/<body digest>`: the article as `name#key`, the call
    as its schema's title."""
    call = _call_kind(body)
    digest = hashlib.sha256(_canonical(body)).hexdigest()[:16]
    return _SEP.join([article, call, prompt_version, digest])


def _call_kind(body: dict[str, Any]) -> str:
    fmt = body.get("response_format") or {}
    schema = fmt.get("schema") or (fmt.get("json_schema") or {}).get("schema") or {}
    title = schema.get("title")
    if title:
        return str(title)
    tools = body.get("tools") or []
    if tools:
        return str(tools[0].get("function", {}).get("name", "call"))
    # json mode: the schema is only in the prompt, as JSON naming its title
    prompt = " ".join(str(m.get("content") or "") for m in body.get("messages") or [])
    found = [k for k in _EMPTY_ANSWERS if f'"title": "{k}"' in prompt]
    return found[0] if len(found) == 1 else "call"


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class Result:
    """One line of a results file: the answer's body, or why there is none."""

    custom_id: str
    body: dict[str, Any] | None
    error: str | None
    where: str  # "results.jsonl line 7"


@dataclass
class BatchFile:
    """Answers known so far, and the requests still to be made, for one corpus."""

    prompt_version: str
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # custom_id -> why it failed
    requests: dict[str, dict[str, Any]] = field(default_factory=dict)  # to write, in order
    waiting: dict[str, int] = field(default_factory=dict)  # article -> pending requests
    used: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add_results(self, results: list[Result]) -> None:
        for r in results:
            if r.body is not None:
                self.answers[r.custom_id] = r.body
                self.failures.pop(r.custom_id, None)
            elif r.custom_id not in self.answers:
                self.failures[r.custom_id] = r.error or "no answer"

    def transport(self) -> httpx2.BaseTransport:
        return _BatchTransport(self)

    def pending(self, article: str) -> int:
        return self.waiting.get(article, 0)

    def answer(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        if not path.endswith("/chat/completions"):
            # token counting and the like: no server to ask; the caller falls back
            return httpx2.Response(404, json={"error": "not available in a batch file"})
        article = current_article.get()
        if article is None:
            raise RuntimeError("a batch-file request outside an article")
        body = json.loads(request.content)
        cid = custom_id(article, body, self.prompt_version)
        with self._lock:
            self.used.add(cid)
            if cid in self.answers:
                return httpx2.Response(200, json=self.answers[cid], request=request)
            self.waiting[article] = self.waiting.get(article, 0) + 1
            if PLACEHOLDER not in request.content.decode("utf-8", "replace"):
                self.requests[cid] = {"custom_id": cid, "method": "POST", "url": URL, "body": body}
        return httpx2.Response(200, json=_placeholder(body), request=request)

    def write_requests(self, path: Path) -> int:
        """Write the requests still to be made as JSON Lines; the number written."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for line in self.requests.values():
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        tmp.replace(path)
        return len(self.requests)


class _BatchTransport(httpx2.BaseTransport):
    def __init__(self, batch: BatchFile) -> None:
        self._batch = batch

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        return self._batch.answer(request)


#: Empty but valid answers, by the schema asked for.
_EMPTY_ANSWERS: dict[str, dict[str, Any]] = {
    "FigureLabels": {"figures": []},
    "BriefDraft": {
        "title": PLACEHOLDER,
        "date": None,
        "summary": PLACEHOLDER,
        "positions": [],
        "open_questions": [],
    },
    "MergedSummary": {"title": PLACEHOLDER, "summary": PLACEHOLDER},
    "SameMeasure": {"same": True, "reason": PLACEHOLDER},
}


def _placeholder(body: dict[str, Any]) -> dict[str, Any]:
    kind = _call_kind(body)
    content = json.dumps(_EMPTY_ANSWERS.get(kind, {}))
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if body.get("tools"):
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "placeholder",
                    "type": "function",
                    "function": {"name": kind, "arguments": content},
                }
            ],
        }
    return {
        "id": "placeholder",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", ""),
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def read_results(path: Path) -> tuple[list[Result], list[str]]:
    """The result lines of a Batch API output file, and a warning for each line that is not
    one (not JSON, no custom_id): those requests are simply made again next round."""
    results: list[Result] = []
    problems: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read the results file ({err})") from err
    seen: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        where = f"{path.name} line {n}"
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: not JSON ({err.msg}); its request is asked again")
            continue
        cid = item.get("custom_id") if isinstance(item, dict) else None
        if not isinstance(cid, str):
            problems.append(f"{where}: no custom_id; ignored")
            continue
        if cid in seen:
            first = seen[cid]
            problems.append(f"{where}: custom_id {cid} again (first at line {first}); last kept")
        seen[cid] = n
        results.append(_result(item, cid, where))
    return results, problems


def _well_formed(body: Any) -> bool:
    """A chat completion's shape: a list of choices, each with a message object."""
    choices = body.get("choices") if isinstance(body, dict) else None
    return (
        isinstance(choices, list)
        and bool(choices)
        and all(isinstance(c, dict) and isinstance(c.get("message"), dict) for c in choices)
    )


def _result(item: dict[str, Any], cid: str, where: str) -> Result:
    error = item.get("error")
    response = item.get("response")
    if not isinstance(response, dict):  # '"response": "x"': no answer, asked again
        response = {}
    status = response.get("status_code")
    body = response.get("body")
    if error:
        why = error.get("message") if isinstance(error, dict) else str(error)
        return Result(cid, None, f"the batch reported an error: {why}", where)
    if status == 200 and isinstance(body, dict) and body.get("choices") and not _well_formed(body):
        return Result(cid, None, "the answer is not a chat completion (malformed choices)", where)
    if status != 200 or not isinstance(body, dict) or not body.get("choices"):
        detail = (body or {}).get("error") if isinstance(body, dict) else None
        message = detail.get("message") if isinstance(detail, dict) else detail
        return Result(cid, None, f"HTTP {status}: {message or 'no answer in the body'}", where)
    return Result(cid, body, None, where)


def check_results(results: list[Result], articles: set[str], prompt_version: str) -> None:
    """Refuse results that do not belong to this corpus or to these prompts."""
    foreign = []
    for r in results:
        parts = r.custom_id.split(_SEP)
        if len(parts) != 4:
            foreign.append(f"{r.where}: custom_id {r.custom_id!r} is not one of ours")
        elif parts[2] != prompt_version:
            foreign.append(f"{r.where}: made with prompt version {parts[2]}, not {prompt_version}")
        elif parts[0] not in articles:
            foreign.append(f"{r.where}: article {parts[0]!r} is not in this corpus")
    if foreign:
        shown = "; ".join(foreign[:3]) + (
            f"; and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        )
        raise InputError(Path(results[0].where.split(" line ")[0]), f"results refused: {shown}")


def article_label(path: Path, text: str) -> str:
    """How a custom_id names an article: its file name and a digest of its text."""
    return f"{path.name}#{hashlib.sha256(text.encode()).hexdigest()[:12]}"


def rounds(out: Path) -> Iterator[Path]:
    """The results files imported so far into `out`, in order."""
    folder = out / "batch" / "results"
    if folder.is_dir():
        yield from sorted(folder.glob("round-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
