"""No article is lost to the model's context: every call is sized against it, split where it
does not fit, and a server's refusal carries the server's own reason.

The server here is a real HTTP server on 127.0.0.1 that refuses, as llama.cpp's does, any
request longer than its context (counted here at 3.5 characters a token).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from summarise.cli import main
from tests.faultserver import Reply, completion, fault_server

CONTEXT = 4096
WORDS = "north south east west central upper lower new old great".split()


def _article(numbers: int) -> str:
    """A live-blog page of `numbers` figures, each in its own sentence."""
    lines = ["Flood live: the count so far", ""]
    for i in range(numbers):
        lines.append(
            f"Officials in the {WORDS[i % 10]} river valley said {1000 + 37 * i:,} families "
            f"had registered for shelter by the morning of the flood's {WORDS[(i // 10) % 10]} "
            "crest, and that more help was on its way."
        )
    return "\n".join(lines) + "\n"


def _serve(limit_chars_per_token: float) -> Any:
    """A chat server with a 4096-token context that labels every figure it is sent."""

    def answer(body: dict[str, Any]) -> Reply:
        messages = body["messages"]
        tokens = sum(len(m["content"]) for m in messages) / limit_chars_per_token
        wanted = body.get("max_tokens") or 0
        if tokens + wanted > CONTEXT:
            return Reply(
                400,
                json.dumps(
                    {
                        "error": {
                            "message": f"Requested tokens ({int(tokens + wanted)}) exceed "
                            f"context window of {CONTEXT}",
                            "type": "invalid_request_error",
                        }
                    }
                ),
            )
        title = body["response_format"]["schema"]["title"]
        if title == "FigureLabels":
            items = re.findall(r'\[(\d+)\] number: "([^"]+)"', messages[-1]["content"])
            figures = [
                {"id": int(i), "number": n, "measure": "families registered"} for i, n in items
            ]
            return Reply(200, completion(json.dumps({"figures": figures})))
        if title == "MergedSummary":
            return Reply(200, completion('{"title": "Flood", "summary": "Families registered."}'))
        return Reply(
            200,
            completion(
                '{"title": "Flood", "date": null, "summary": "Families registered.", '
                '"positions": [], "open_questions": []}'
            ),
        )

    return fault_server(answer)


def _brief(tmp_path: Path, server_chars_per_token: float) -> tuple[Any, Any, list[Any]]:
    article = tmp_path / "live.txt"
    article.write_text(_article(150), encoding="utf-8")
    with _serve(server_chars_per_token) as srv:
        result = CliRunner().invoke(
            main,
            ["brief", str(article), "--base-url", srv.url, "--model", "m", "--mode", "llamacpp"],
        )
    return result, srv, srv.requests


def test_an_article_of_150_numbers_is_labelled_in_calls_that_fit(tmp_path: Path):
    result, _, requests = _brief(tmp_path, server_chars_per_token=3.5)
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert len(brief["figures"]) == 150
    assert all(f["measure"] == "families registered" for f in brief["figures"])
    chat = [r for r in requests if r["path"].endswith("/chat/completions")]
    figure_calls = [
        r for r in chat if r["body"]["response_format"]["schema"]["title"] == "FigureLabels"
    ]
    assert len(figure_calls) >= 150 // 12  # at most 12 figures a call, each call fits
    for r in chat:  # nothing was refused
        size = sum(len(m["content"]) for m in r["body"]["messages"]) / 3.5
        assert size + r["body"]["max_tokens"] <= CONTEXT


def test_a_server_that_counts_more_tokens_than_we_do_gets_smaller_calls(tmp_path: Path):
    """Where the server refuses a call as over its context, the call is halved and sent again:
    the article is still briefed whole."""
    result, _, requests = _brief(tmp_path, server_chars_per_token=1.6)
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert len(brief["figures"]) == 150
    assert all(f["measure"] == "families registered" for f in brief["figures"])
    refused = [
        r for r in requests
        if sum(len(m["content"]) for m in r["body"]["messages"]) / 1.6 + r["body"]["max_tokens"]
        > CONTEXT
    ]  # fmt: skip
    assert refused  # the halving path was taken


def test_a_refusal_that_cannot_be_split_names_the_servers_reason(tmp_path: Path):
    article = tmp_path / "one.txt"
    article.write_text(_article(3), encoding="utf-8")
    with _serve(limit_chars_per_token=0.2) as srv:  # nothing fits this server
        result = CliRunner().invoke(
            main,
            ["brief", str(article), "--base-url", srv.url, "--model", "m", "--mode", "llamacpp"],
        )
    assert result.exit_code == 4
    assert "HTTP 400 (Requested tokens (" in result.stderr
    assert f"exceed context window of {CONTEXT})" in result.stderr
    assert str(article) in result.stderr


def test_the_servers_own_token_count_decides_when_the_estimate_says_no():
    """Replays cassettes/tokenize.yaml, recorded from the embedded llama-cpp-python server:
    its tokenizer endpoint counts exactly where our cautious estimate is over the budget."""
    from summarise.config import resolve_settings
    from summarise.llm.api import REPLAY_BASE_URL
    from summarise.llm.model import ModelClient
    from summarise.llm.replay import cassette

    text = "Floods displaced 40,000 people in Sindh province. " * 400
    with cassette(Path(__file__).parent.parent / "cassettes" / "tokenize.yaml") as cass:
        client = ModelClient(resolve_settings(), REPLAY_BASE_URL)
        assert client.count_tokens(text) == 6402  # 20,000 characters: 3.1 a token
        assert not client.fits([{"role": "user", "content": text}], 900)
        assert cass.all_played
    short = [{"role": "user", "content": "Floods displaced 40,000 people."}]
    assert client.fits(short, 900)  # the estimate says yes: no request at all
