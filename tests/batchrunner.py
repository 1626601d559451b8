"""A stand-in for the OpenAI Batch API or vLLM's run_batch: answers a request file from a
recorded cassette, in the Batch API's output format. Requests the cassette does not hold get
an error line (as a batch reports a failed request), or no line at all with `drop`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

#: The Batch API's documented input fields, and the values this project may use.
INPUT_FIELDS = {"custom_id", "method", "url", "body"}
ENDPOINTS = {"/v1/chat/completions"}


def _key(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True)


def recorded_answers(cassette: Path) -> dict[str, dict[str, Any]]:
    """Request body (canonical JSON) -> the recorded chat completion."""
    answers = {}
    for i in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
        if not i["request"]["uri"].endswith("/chat/completions"):
            continue
        answers[_key(json.loads(i["request"]["body"]))] = json.loads(
            i["response"]["body"]["string"]
        )
    return answers


def run_batch_file(
    requests: Path,
    results: Path,
    cassettes: list[Path],
    drop: Callable[[int, dict[str, Any]], bool] = lambda n, line: False,
) -> int:
    """Answer every line of `requests` into `results`; the number answered."""
    answers: dict[str, dict[str, Any]] = {}
    for c in cassettes:
        answers.update(recorded_answers(c))
    answered = 0
    with results.open("w", encoding="utf-8") as out:
        for n, raw in enumerate(requests.read_text(encoding="utf-8").splitlines()):
            line = json.loads(raw)
            assert set(line) == INPUT_FIELDS, line.keys()
            assert line["method"] == "POST" and line["url"] in ENDPOINTS
            if drop(n, line):
                continue
            body = answers.get(_key(line["body"]))
            if body is None:
                result = {
                    "id": f"batch_req_{n}",
                    "custom_id": line["custom_id"],
                    "response": None,
                    "error": {"code": "not_recorded", "message": "no recorded answer"},
                }
            else:
                answered += 1
                result = {
                    "id": f"batch_req_{n}",
                    "custom_id": line["custom_id"],
                    "response": {"status_code": 200, "request_id": f"req_{n}", "body": body},
                    "error": None,
                }
            out.write(json.dumps(result) + "\n")
    return answered
