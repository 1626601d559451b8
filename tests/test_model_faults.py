"""Transport faults are retried with the same request; bad answers are re-asked; bounds hold."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from summarise.config import resolve_settings
from summarise.errors import ModelError
from summarise.llm.model import ModelClient
from summarise.schemas import FigureLabels
from tests.faultserver import Reply, completion, fault_server

GOOD = completion('{"figures": [{"id": 1, "number": "two", "measure": "people killed"}]}')
MESSAGES = [{"role": "user", "content": "Label the figures."}]


def client(url: str, *, retries: int = 3, timeout: float = 5.0) -> ModelClient:
    settings = resolve_settings(
        base_url=url, model="m", mode="llamacpp", retries=retries, timeout=timeout
    )
    return ModelClient(settings, url)


def ask(c: ModelClient) -> FigureLabels:
    result, _ = c.structured(FigureLabels, MESSAGES, max_tokens=50)
    return result


def test_429_with_retry_after_then_500_then_success(caplog):
    script = [
        Reply(429, '{"error": "slow down"}', {"retry-after": "1"}),
        Reply(500, '{"error": "boom"}'),
        Reply(200, GOOD),
    ]
    with fault_server(script) as srv, caplog.at_level(logging.WARNING):
        started = time.monotonic()
        result, usage = client(srv.url).structured(FigureLabels, MESSAGES, max_tokens=50)
        elapsed = time.monotonic() - started
    assert result.figures[0].measure == "people killed"
    assert len(srv.requests) == 3
    assert elapsed >= 1.0  # Retry-After was honoured
    # the retried requests are the same request: no "failed attempt" reaches the model
    assert srv.requests[0]["body"] == srv.requests[1]["body"] == srv.requests[2]["body"]
    assert "HTTP 429 (slow down); retry 1 of 3" in caplog.text
    assert "HTTP 500 (boom); retry 2 of 3" in caplog.text
    assert usage.calls == 1 and usage.prompt_tokens == 10


@pytest.mark.parametrize("status", [502, 503])
def test_persistent_5xx_fails_after_the_bound(status):
    with fault_server([Reply(status, "{}")]) as srv, pytest.raises(ModelError) as info:
        ask(client(srv.url, retries=2))
    assert len(srv.requests) == 3
    assert info.value.attempts == 3 and f"HTTP {status}" in str(info.value)


def test_429_without_retry_after_backs_off_and_succeeds():
    with fault_server([Reply(429, "{}"), Reply(200, GOOD)]) as srv:
        assert ask(client(srv.url)).figures[0].number == "two"
    assert len(srv.requests) == 2


def test_hang_past_the_timeout_is_retried():
    with fault_server([Reply(200, GOOD, delay=3), Reply(200, GOOD)]) as srv:
        assert ask(client(srv.url, timeout=1)).figures[0].measure == "people killed"
    assert len(srv.requests) == 2


def test_dropped_connection_is_retried():
    with fault_server([Reply(drop=True), Reply(200, GOOD)]) as srv:
        assert ask(client(srv.url)).figures
    assert len(srv.requests) == 2


def test_refused_connection_fails_with_the_endpoint_and_attempts():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    with pytest.raises(ModelError) as info:
        ask(client(url, retries=1))
    assert info.value.attempts == 2
    assert url in str(info.value) and "connection failed" in str(info.value)


def test_garbage_json_is_reasked_then_accepted():
    with fault_server([Reply(200, completion("this is not json")), Reply(200, GOOD)]) as srv:
        assert ask(client(srv.url)).figures[0].measure == "people killed"
    assert len(srv.requests) == 2
    # the re-ask shows the model its answer and the error, unlike a transport retry
    reask = srv.requests[1]["body"]["messages"]
    assert len(reask) > len(MESSAGES) and "this is not json" in str(reask)


def test_answer_failing_the_schema_twice_fails_clearly():
    bad = completion('{"figures": [{"id": "first", "number": "two", "measure": "x"}]}')
    with fault_server([Reply(200, bad)]) as srv:
        with pytest.raises(ModelError, match="answers did not match the FigureLabels schema"):
            ask(client(srv.url))
    assert len(srv.requests) == 2  # one answer, one re-ask


def test_output_cut_at_max_tokens_is_asked_again_with_twice_the_budget():
    cut = completion('{"figures": [{"id": 1, "num', finish_reason="length")
    with fault_server([Reply(200, cut), Reply(200, GOOD)]) as srv:
        result, usage = client(srv.url).structured(FigureLabels, MESSAGES, max_tokens=50)
    assert result.figures[0].measure == "people killed"
    assert [r["body"]["max_tokens"] for r in srv.requests] == [50, 100]
    assert usage.calls == 2


def test_output_cut_twice_fails_clearly():
    cut = completion('{"figures": [{"id": 1, "num', finish_reason="length")
    with fault_server([Reply(200, cut)]) as srv:
        with pytest.raises(ModelError, match="cut off at max_tokens=100"):
            ask(client(srv.url))
    assert len(srv.requests) == 2


def test_llamacpp_mode_sends_the_schema_as_a_grammar():
    with fault_server([Reply(200, GOOD)]) as srv:
        ask(client(srv.url))
    fmt = srv.requests[0]["body"]["response_format"]
    assert fmt["type"] == "json_object" and fmt["schema"]["title"] == "FigureLabels"


def test_non_json_http_body_is_retried_then_fails_clearly():
    page = "<html><body>502 Bad Gateway (proxy)</body></html>"
    with fault_server([Reply(200, page), Reply(200, GOOD)]) as srv:
        assert ask(client(srv.url)).figures[0].measure == "people killed"
    assert len(srv.requests) == 2
    with fault_server([Reply(200, page)]) as srv:
        with pytest.raises(ModelError) as info:
            ask(client(srv.url, retries=1))
    assert info.value.attempts == 2 and "not JSON" in str(info.value)


def test_timeout_bounds_the_whole_request_not_each_read():
    """Headers at once, then one byte every 2 s: each read is quick, the answer never
    whole. --timeout 3 must give up about 3 s in (within one trickle step), not accept it."""
    with fault_server([Reply(200, GOOD, trickle=2.0)]) as srv:
        started = time.monotonic()
        with pytest.raises(ModelError) as failed:
            client(srv.url, retries=0, timeout=3.0).structured(
                FigureLabels, MESSAGES, max_tokens=50
            )
        elapsed = time.monotonic() - started
    assert 3.0 <= elapsed < 5.0, elapsed
    assert "timed out" in str(failed.value)


def test_retry_after_as_an_http_date_is_honoured():
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    when = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    with fault_server(
        [Reply(503, '{"error": "busy"}', {"retry-after": when}), Reply(200, GOOD)]
    ) as srv:
        started = time.monotonic()
        client(srv.url).structured(FigureLabels, MESSAGES, max_tokens=50)
        elapsed = time.monotonic() - started
    assert 1.5 <= elapsed < 6.0, elapsed  # waited for the date (whole seconds), not backoff


@pytest.mark.parametrize(
    ("status", "hint"),
    [(401, "bad or missing API key"), (404, "unknown model or wrong base URL")],
)
def test_401_and_404_say_what_to_fix(status: int, hint: str):
    with fault_server([Reply(status, '{"error": {"message": "nope"}}')]) as srv:
        with pytest.raises(ModelError) as failed:
            client(srv.url).structured(FigureLabels, MESSAGES, max_tokens=50)
    assert f"HTTP {status} (nope): {hint}" in str(failed.value)
    assert failed.value.attempts == 1  # not retried


def test_a_200_html_page_is_a_transport_fault_not_an_answer():
    """A proxy's error page with status 200: retried with the same request (the model is
    never shown it as its own answer), then reported as such."""
    page = Reply(200, "<html><body>502 Bad Gateway</body></html>", {"content-type": "text/html"})
    with fault_server([page, Reply(200, GOOD)]) as srv:
        result, _ = client(srv.url).structured(FigureLabels, MESSAGES, max_tokens=50)
    assert result.figures[0].measure == "people killed"
    assert srv.requests[0]["body"] == srv.requests[1]["body"]
    with fault_server([page]) as srv:
        with pytest.raises(ModelError, match="reply was text/html, not JSON") as failed:
            client(srv.url, retries=1).structured(FigureLabels, MESSAGES, max_tokens=50)
    assert failed.value.attempts == 2
    assert all(r["body"] == srv.requests[0]["body"] for r in srv.requests)


def test_a_recording_that_fails_after_some_answers_keeps_them(tmp_path):
    """Model time is never thrown away: a run that breaks after its calls (a report it cannot
    write, Ctrl-C) still leaves the exchanges it made in the cassette, to replay next time."""
    import yaml

    from summarise.config import resolve_settings
    from summarise.llm.api import connect

    cassette = tmp_path / "rec.yaml"
    with fault_server([Reply(200, GOOD)]) as srv:
        settings = resolve_settings(base_url=srv.url, model="m", mode="json")
        with pytest.raises(RuntimeError, match="report"), connect(settings, record=cassette) as c:
            c.structured(FigureLabels, MESSAGES, max_tokens=50)
            raise RuntimeError("could not write the report")
    recorded = yaml.safe_load(cassette.read_text())["interactions"]
    assert len(recorded) == 1 and "people killed" in recorded[0]["response"]["body"]["string"]
    assert [p.name for p in tmp_path.iterdir()] == ["rec.yaml"]  # no temporary copy left
