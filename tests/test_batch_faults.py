"""A batch against a failing endpoint: the failing article fails clearly, the rest are done."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summarise.cli import main
from tests.faultserver import Reply, completion, fault_server

ANSWERS = {
    "FigureLabels": '{"figures": []}',
    "BriefDraft": '{"title": "Floods", "date": null, "summary": "Floods.", "positions": [], '
    '"open_questions": []}',
}


def answer(body: dict[str, Any]) -> Reply:
    """503 for any request about the poisoned article; a valid answer for anything else."""
    if any("POISON" in str(m.get("content", "")) for m in body["messages"]):
        return Reply(503, '{"error": "overloaded"}')
    title = body["response_format"]["schema"]["title"]
    return Reply(200, completion(ANSWERS[title]))


@pytest.mark.parametrize(
    ("poison_line", "failing_call"),
    [
        (
            "POISON. Sara Khan said 12 people died.\n",
            "BriefDraft",
        ),  # the number's sentence is clean
        ("Sara Khan said 12 POISON people died.\n", "FigureLabels"),  # fails while labelling
    ],
)
def test_one_failing_article_fails_with_one_line_and_the_batch_carries_on(
    tmp_path: Path, poison_line: str, failing_call: str
):
    corpus = tmp_path / "in"
    corpus.mkdir()
    story = (
        "The provincial relief minister spoke to reporters in Karachi on Tuesday about the "
        "floods that have swept across the south of the country this month.\n"
    )
    (corpus / "a_good.txt").write_text(story + "Minister Sara Khan said 40,000 people fled.\n")
    (corpus / "b_poison.txt").write_text(story + poison_line)
    (corpus / "c_good.txt").write_text(story + "Sara Khan said the camps were full.\n")
    out = tmp_path / "out"
    with fault_server(answer) as srv:
        result = CliRunner().invoke(
            main,
            [
                "batch",
                str(corpus),
                "--out",
                str(out),
                "--base-url",
                srv.url,
                "--model",
                "m",
                "--mode",
                "llamacpp",
                "--retries",
                "2",
                "--timeout",
                "5",
            ],
        )
    assert result.exit_code == 1, result.stderr
    failure = [line for line in result.stderr.splitlines() if "b_poison.txt" in line]
    assert failure == [
        f"summarise: {corpus / 'b_poison.txt'}: model at {srv.url} failed after 3 attempt(s): "
        "HTTP 503 (overloaded)"
    ]
    assert "2 briefed, 0 reused, 1 failed" in result.stderr
    assert sorted(p.name for p in (out / "briefs").iterdir()) == ["a_good.json", "c_good.json"]
    poisoned = [r for r in srv.requests if "POISON" in json.dumps(r["body"])]
    assert len(poisoned) == 3  # the first call, retried twice, then given up
    assert {r["body"]["response_format"]["schema"]["title"] for r in poisoned} == {failing_call}
    data = json.loads((out / "corpus.json").read_text())
    assert [Path(f["source"]).name for f in data["failed"]] == ["b_poison.txt"]
    assert "HTTP 503" in data["failed"][0]["error"]
