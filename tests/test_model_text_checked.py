"""Code checks the model's own words (issue 23, item 6): a summary sentence, title, stance or
question that states a number the article does not give, or names someone it does not name,
is dropped with a warning. The model's answer here is a fault (a steered or slipping model),
served by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from summarise.cli import main
from summarise.find.claims import unsupported
from tests.faultserver import Reply, completion, fault_server

ARTICLE = (
    "Floods force thousands from homes in Sindh\n\n"
    "More than 12,000 people have left their homes in Pakistan's Sindh province after a week "
    "of heavy rain, officials said on Tuesday. Provincial relief minister Sara Khan said 200 "
    "tents had reached the camps near Hyderabad and asked the federal government for more. "
    '"We need shelter for every family before the winter," Khan said.\n'
)
SUMMARY = (
    "Floods have forced more than 12,000 people from their homes in Sindh. "
    "1,000,000 people were killed, said Vladimir Putin. "
    "Sara Khan said 200 tents had reached the camps. "
    "Emmanuel Macron praised the relief effort."
)


def answer(body: dict[str, Any]) -> Reply:
    title = body["response_format"]["schema"]["title"]
    if title == "FigureLabels":
        return Reply(200, completion('{"figures": []}'))
    draft = {
        "title": "Floods kill 5,000 in Sindh",
        "date": None,
        "summary": SUMMARY,
        "positions": [],
        "open_questions": [
            "Will the 500,000 tents promised by Joe Biden arrive?",
            "When will the rain stop?",
        ],
    }
    return Reply(200, completion(json.dumps(draft)))


def test_sentences_with_numbers_or_names_the_article_lacks_are_dropped(tmp_path: Path):
    article = tmp_path / "floods.txt"
    article.write_text(ARTICLE)
    with fault_server(answer) as srv:
        result = CliRunner().invoke(
            main,
            ["brief", str(article), "--base-url", srv.url, "--model", "m", "--mode", "llamacpp"],
        )
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["summary"] == (
        "Floods have forced more than 12,000 people from their homes in Sindh. "
        "Sara Khan said 200 tents had reached the camps."
    )
    assert brief["title"] == "Floods force thousands from homes in Sindh"  # the first line
    assert [q["question"] for q in brief["open_questions"]] == ["When will the rain stop?"]
    warnings = "\n".join(brief["provenance"]["warnings"])
    assert "'1,000,000', a number the article does not give" in warnings
    assert "names 'Emmanuel Macron'" in warnings
    assert "5,000" in warnings and "500,000" in warnings


def test_numbers_and_names_the_article_gives_pass_in_any_spelling():
    values, words = (
        [12000.0, 200.0, 2_000_000.0],
        {"sara", "khan", "sindh", "pakistan", "hyderabad"},
    )
    assert unsupported("Some 12,000 people fled Sindh, Sara Khan said.", values, words) is None
    assert unsupported("Two million people live in Sindh.", values, words) is None  # 2m
    assert unsupported("Khan asked for help in Pakistan.", values, words) is None
    assert unsupported("About 13,000 people fled.", values, words) is not None
    assert unsupported("Imran Malik asked for help.", values, words) is not None
