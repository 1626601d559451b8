"""The API key never reaches a cassette, a log line, an output file or an error message."""

from __future__ import annotations

import logging
from pathlib import Path

from click.testing import CliRunner

from summarise.cli import main
from tests.faultserver import Reply, completion, fault_server

KEY = "sk-test-DUMMY0123456789abcdefghijklmnop"
ACTORS = completion('{"actors": [{"name": "Sara Khan", "kind": "person", "role": null}]}')
FIGURES = completion(
    '{"figures": [{"id": 1, "number": "More than 40,000", "measure": "people '
    'fled flooding", "place": "Sindh province", "period": "since August", '
    '"source": "aid agencies"}]}'
)
PROSE = completion(
    '{"title": "Floods", "date": null, "summary": "Floods in Sindh.", '
    '"positions": [], "open_questions": []}'
)


def test_key_is_scrubbed_everywhere(tmp_path: Path, monkeypatch, caplog):
    article = Path(__file__).parent / "fixtures" / "hostile.txt"
    cassette = tmp_path / "recorded.yaml"
    out = tmp_path / "brief.json"
    script = [
        Reply(500, '{"error": "try again"}'),
        Reply(200, FIGURES),
        Reply(200, ACTORS),
        Reply(200, PROSE),
    ]
    with fault_server(script) as srv, caplog.at_level(logging.DEBUG):
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        result = CliRunner().invoke(
            main,
            [
                "brief",
                str(article),
                "--base-url",
                srv.url,
                "--model",
                "m",
                "--record",
                str(cassette),
                "-o",
                str(out),
                "-vv",
            ],
        )
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
        article = Path(__file__).parent / "fixtures" / "hostile.txt"
        result = CliRunner().invoke(
            main, ["brief", str(article), "--base-url", srv.url, "--model", "m"]
        )
    assert result.exit_code == 4
    assert "HTTP 401" in result.stderr and KEY not in result.stderr + result.stdout
