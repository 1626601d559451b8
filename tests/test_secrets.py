"""The API key never reaches a cassette, a log line, an output file or an error message."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from summarise.cli import main
from tests.faultserver import Reply, completion, fault_server

KEY = "sk-test-DUMMY0123456789abcdefghijklmnop"
FIGURES = completion(
    '{"figures": [{"id": 1, "number": "More than 40,000", "measure": "people '
    'fled flooding", "place": "Sindh province", "period": "since August"}]}'
)
PROSE = completion(
    '{"title": "Floods", "date": null, "summary": "Floods in Sindh.", '
    '"positions": [], "open_questions": []}'
)


HOSTILE = Path(__file__).parent / "fixtures" / "hostile.txt"


def brief_against(url: str, *extra: str) -> Any:
    """`summarise brief` of the hostile fixture against the server at `url`."""
    return CliRunner().invoke(
        main, ["brief", str(HOSTILE), "--base-url", url, "--model", "m", *extra]
    )


def test_key_is_scrubbed_everywhere(tmp_path: Path, monkeypatch, caplog):
    cassette = tmp_path / "recorded.yaml"
    out = tmp_path / "brief.json"
    script = [
        Reply(500, '{"error": "try again"}'),
        Reply(200, FIGURES),
        Reply(200, PROSE),
    ]
    with fault_server(script) as srv, caplog.at_level(logging.DEBUG):
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        result = brief_against(srv.url, "--record", str(cassette), "-o", str(out), "-vv")
        # the key did reach the server, as it must
        assert all(r["authorization"] == f"Bearer {KEY}" for r in srv.requests)
    assert result.exit_code == 0, result.stderr
    assert cassette.exists() and out.exists()
    for text in (cassette.read_text(), out.read_text(), result.stdout, result.stderr, caplog.text):
        assert KEY not in text and KEY[:12] not in text
    assert "authorization" not in cassette.read_text().lower()


def test_key_is_not_in_error_messages(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with fault_server([Reply(401, '{"error": {"message": "Incorrect API key provided"}}')]) as srv:
        result = brief_against(srv.url)
    assert result.exit_code == 4
    assert "HTTP 401" in result.stderr and KEY not in result.stderr + result.stdout


PASSWORD = "hunter2-PASSWORD-9876"


def _all_text(root: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in root.rglob("*") if p.is_file())


def test_credentials_in_the_base_url_reach_no_file_and_no_message(tmp_path: Path, caplog):
    """user:password@ in --base-url: sent to the server, written nowhere (briefs, cache,
    cassette, corpus.json, reports, failure lines, logs)."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    article = (Path(__file__).parent / "fixtures" / "hostile.txt").read_text()
    (corpus / "a.txt").write_text(article)
    (corpus / "b_poison.txt").write_text(article.replace("Sindh", "Punjab") + "\nPOISON.\n")

    def answer(body: dict[str, object]) -> Reply:
        text = str(body)
        if "POISON" in text:
            return Reply(503, '{"error": "down"}')
        title = body["response_format"]["schema"]["title"]  # type: ignore[index]
        return Reply(200, {"FigureLabels": FIGURES}.get(title, PROSE))

    out, cassette = tmp_path / "out", tmp_path / "rec.yaml"
    with fault_server(answer) as srv, caplog.at_level(logging.DEBUG):
        url = srv.url.replace("http://", f"http://alice:{PASSWORD}@")
        result = CliRunner().invoke(
            main,
            [
                "batch",
                str(corpus),
                "--out",
                str(out),
                "--base-url",
                url,
                "--model",
                "m",
                "--mode",
                "llamacpp",
                "--retries",
                "0",
                "--record",
                str(cassette),
                "-vv",
            ],
        )
    assert result.exit_code == 1, result.stderr  # b_poison failed, a was briefed
    assert (out / "briefs" / "a.json").exists() and cassette.exists()
    written = _all_text(out) + cassette.read_text()
    assert "b_poison" in (out / "corpus.json").read_text()
    for text in (written, result.stdout, result.stderr, caplog.text):
        assert PASSWORD not in text and "alice:" not in text
    assert srv.url in (out / "briefs" / "a.json").read_text()  # the endpoint, without userinfo


def test_a_key_echoed_by_the_server_is_not_recorded_or_printed(tmp_path: Path, monkeypatch, caplog):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    cassette = tmp_path / "rec.yaml"
    echo = Reply(401, f'{{"error": {{"message": "Incorrect API key provided: {KEY}"}}}}')
    with fault_server([echo]) as srv, caplog.at_level(logging.DEBUG):
        result = brief_against(srv.url, "--record", str(cassette), "-vv")
    assert result.exit_code == 4
    assert "Incorrect API key provided: [REDACTED]" in result.stderr
    for text in (result.stderr, result.stdout, caplog.text):
        assert KEY not in text and KEY[8:20] not in text
    assert not cassette.exists() or KEY not in cassette.read_text()


def test_a_killed_recordings_leftover_copy_is_removed_by_the_next(tmp_path: Path):
    cassette = tmp_path / "rec.yaml"
    leftover = tmp_path / ".rec.yaml.abc123.tmp"
    leftover.write_text("interactions: []\n")  # what a killed --record leaves behind
    with fault_server([Reply(200, FIGURES), Reply(200, PROSE)]) as srv:
        result = brief_against(srv.url, "--record", str(cassette), "-o", str(tmp_path / "b.json"))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.json", "rec.yaml"]


def test_a_password_sent_as_basic_auth_and_echoed_back_is_written_nowhere(tmp_path: Path, caplog):
    """user:password@ becomes `Authorization: Basic <base64>`; a server that echoes that
    header puts the base64 form in its error, which must be blanked like the password."""
    cassette = tmp_path / "rec.yaml"
    servers = []

    def echo(body: dict[str, object]) -> Reply:
        header = servers[0].requests[-1]["authorization"]
        return Reply(401, f'{{"error": {{"message": "bad credentials: {header}"}}}}')

    with fault_server(echo) as srv, caplog.at_level(logging.DEBUG):
        servers.append(srv)
        url = srv.url.replace("http://", f"http://alice:{PASSWORD}@")
        result = brief_against(url, "--record", str(cassette), "--retries", "0", "-vv")
    sent = str(srv.requests[0]["authorization"])
    assert sent.startswith("Basic ")  # the client did send it, so the test is real
    encoded = sent.removeprefix("Basic ")
    assert result.exit_code == 4
    assert "bad credentials: Basic [REDACTED]" in result.stderr
    for text in (result.stderr, result.stdout, caplog.text):
        assert encoded not in text and PASSWORD not in text
    assert not cassette.exists() or encoded not in cassette.read_text()


def test_a_query_in_the_base_url_is_sent_as_a_query_not_pasted_before_the_path():
    script = [Reply(200, FIGURES), Reply(200, PROSE)]
    with fault_server(script) as srv:
        result = brief_against(srv.url + "?api-version=2026-01", "--mode", "llamacpp")
    assert result.exit_code == 0, result.stderr
    paths = {str(r["path"]) for r in srv.requests}
    assert paths == {"/v1/chat/completions?api-version=2026-01"}


def test_broken_base_urls_and_timeouts_are_setting_errors_not_tracebacks(monkeypatch):
    for url in ("http://[::1", "http://127.0.0.1:99999/v1", "http://127.0.0.1:abc/v1"):
        result = brief_against(url)
        assert result.exit_code == 2, (url, result.output)
        assert "base URL" in result.stderr and "Traceback" not in result.stderr
    for value in ("nan", "inf"):
        result = CliRunner().invoke(main, ["brief", str(HOSTILE), "--timeout", value])
        assert result.exit_code == 2 and "finite" in result.stderr, result.stderr
        monkeypatch.setenv("SUMMARISE_TIMEOUT", value)
        result = CliRunner().invoke(main, ["brief", str(HOSTILE)])
        assert result.exit_code == 2 and "finite" in result.stderr, result.stderr
        monkeypatch.delenv("SUMMARISE_TIMEOUT")
