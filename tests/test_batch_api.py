"""The corpus through a Batch API file: export, answer (from the recorded cassette, by a
stand-in for the Batch API), import, in rounds; outputs as the live path makes them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cli import main
from tests.batchrunner import run_batch_file
from tests.conftest import ROOT

CASSETTES = ROOT / "cassettes"
SEEDS_CASSETTE = CASSETTES / "seeds.yaml"
LONG_CASSETTE = CASSETTES / "long.yaml"
LONG = Path(__file__).parent / "fixtures" / "long.txt"
#: The model and mode the recordings were made with, at an endpoint nothing listens on: an
#: export or import that tried to reach a model would fail.
NOWHERE = [
    "--base-url", "http://127.0.0.1:9/v1", "--model", "qwen2.5-coder-1.5b-instruct-q4_k_m",
    "--mode", "llamacpp",
]  # fmt: skip


def cli(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stderr


def briefs(out: Path) -> dict[str, bytes]:
    """Each brief's bytes, with the line naming where its answers came from masked: a replay
    names its cassette, an import its batch folder (provenance.endpoint); nothing else may
    differ."""
    return {
        p.name: re.sub(rb'"endpoint": "[^"]*"', b'"endpoint": _', p.read_bytes())
        for p in sorted((out / "briefs").glob("*.json"))
    }


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("replay")
    code, err = cli("batch", "seeds", "--out", out, "--replay", SEEDS_CASSETTE, "--no-judge")
    assert code == 0, err
    return briefs(out)


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_export_answer_import_equals_the_live_path(tmp_path: Path, replayed):
    out, requests, results = tmp_path / "out", tmp_path / "requests.jsonl", tmp_path / "r1.jsonl"
    code, err = cli("batch", "seeds", "--out", out, "--export-requests", requests, *NOWHERE)
    assert code == 0, err
    assert "10 requests written" in err
    sent = lines(requests)
    # the Batch API's input format, one request a line, each id unique and telling
    assert all(set(x) == {"custom_id", "method", "url", "body"} for x in sent)
    assert all(x["method"] == "POST" and x["url"] == "/v1/chat/completions" for x in sent)
    assert len({x["custom_id"] for x in sent}) == len(sent)
    first = sent[0]["custom_id"].split("/")
    assert first[0].startswith("000_5735a69cd88fe9d6.txt#") and first[1] == "FigureLabels"
    assert first[2].startswith("brief-v1+")
    assert not (out / "briefs").exists() or not list((out / "briefs").iterdir())
    # the stand-in answers from the recording of the live path: every body must be there
    assert run_batch_file(requests, results, [SEEDS_CASSETTE]) == len(sent)
    code, err = cli("batch", "seeds", "--out", out, "--import-results", results, *NOWHERE)
    assert code == 0, err
    assert "5 briefed" in err
    assert briefs(out) == replayed
    # every brief is in: the judge's question on the one candidate value flag is round 2,
    # and until it is answered the flag stands, unjudged
    round2 = out / "requests-round2.jsonl"
    assert [x["custom_id"].split("/")[1] for x in lines(round2)] == ["SameMeasure"]
    flags = json.loads((out / "corpus.json").read_text())["conflicts"]
    assert [c["verdict"] for c in flags if c["kind"] == "value"] == ["unjudged"]
    run_batch_file(round2, tmp_path / "r2.jsonl", [SEEDS_CASSETTE])
    code, err = cli(
        "batch", "seeds", "--out", out, "--import-results", tmp_path / "r2.jsonl", *NOWHERE
    )
    assert code == 0 and "nothing left to ask" in err, err
    flags = json.loads((out / "corpus.json").read_text())["conflicts"]
    assert [c["verdict"] for c in flags if c["kind"] == "value"] == ["same"]  # as live
    assert not (out / "requests-round3.jsonl").exists()
    assert (out / "corpus.json").exists() and (out / "report.html").exists()
    # a further import of the same answers re-briefs nothing: all cached
    code, err = cli("batch", "seeds", "--out", out, "--import-results", results, *NOWHERE)
    assert code == 0 and "5 reused" in err


def test_missing_answers_come_back_as_round_two(tmp_path: Path, replayed):
    out, requests = tmp_path / "out", tmp_path / "requests.jsonl"
    cli("batch", "seeds", "--out", out, "--export-requests", requests, *NOWHERE)
    dropped = [x["custom_id"] for x in lines(requests) if x["custom_id"].startswith("002_")]
    assert dropped
    run_batch_file(
        requests,
        tmp_path / "r1.jsonl",
        [SEEDS_CASSETTE],
        drop=lambda n, x: x["custom_id"] in dropped,
    )
    code, err = cli(
        "batch", "seeds", "--out", out, "--import-results", tmp_path / "r1.jsonl", *NOWHERE
    )
    assert code == 0, err
    assert "4 briefed" in err and "1 pending" in err
    round2 = out / "requests-round2.jsonl"
    assert [x["custom_id"] for x in lines(round2)] == dropped
    corpus = json.loads((out / "corpus.json").read_text())
    assert [f["source"] for f in corpus["failed"]] == ["seeds/002_2de9e591a6f84857.txt"]
    assert "requests-round2.jsonl" in corpus["failed"][0]["error"]
    run_batch_file(round2, tmp_path / "r2.jsonl", [SEEDS_CASSETTE])
    code, err = cli(
        "batch", "seeds", "--out", out, "--import-results", tmp_path / "r2.jsonl", *NOWHERE
    )
    assert code == 0, err
    assert "1 briefed, 4 reused" in err
    assert briefs(out) == replayed
    # the briefs are done; what is left is the judge's question (round 3)
    assert [x["custom_id"].split("/")[1] for x in lines(out / "requests-round3.jsonl")] == [
        "SameMeasure"
    ]


def test_a_long_articles_merge_call_is_the_second_round(tmp_path: Path):
    """The merge of a long article's parts is built from their answers: it cannot be in the
    first request file; it is the whole of the second."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(LONG, corpus / "long.txt")
    replay = tmp_path / "replay"
    code, err = cli("brief", corpus / "long.txt", "--replay", LONG_CASSETTE, "-o", replay)
    assert code == 0, err
    out, requests = tmp_path / "out", tmp_path / "requests.jsonl"
    cli("batch", corpus, "--out", out, "--export-requests", requests, *NOWHERE)
    kinds = [x["custom_id"].split("/")[1] for x in lines(requests)]
    assert "MergedSummary" not in kinds and kinds.count("BriefDraft") == 2
    run_batch_file(requests, tmp_path / "r1.jsonl", [LONG_CASSETTE])
    code, err = cli(
        "batch", corpus, "--out", out, "--import-results", tmp_path / "r1.jsonl", *NOWHERE
    )
    assert "1 pending" in err, err
    round2 = out / "requests-round2.jsonl"
    assert [x["custom_id"].split("/")[1] for x in lines(round2)] == ["MergedSummary"]
    run_batch_file(round2, tmp_path / "r2.jsonl", [LONG_CASSETTE])
    code, err = cli(
        "batch", corpus, "--out", out, "--import-results", tmp_path / "r2.jsonl", *NOWHERE
    )
    assert code == 0 and "1 briefed" in err, err
    made = json.loads((out / "briefs" / "long.json").read_text())
    live = json.loads(replay.read_text())
    for b in (made, live):
        b["provenance"]["endpoint"] = b["provenance"]["source"] = "_"
    assert made == live


def test_a_corrupt_line_or_an_error_is_asked_again(tmp_path: Path):
    out, requests, results = tmp_path / "out", tmp_path / "requests.jsonl", tmp_path / "r1.jsonl"
    cli("batch", "seeds", "--out", out, "--export-requests", requests, *NOWHERE)
    run_batch_file(requests, results, [SEEDS_CASSETTE])
    answered = results.read_text().splitlines()
    broken = json.loads(answered[1])
    broken_id = broken["custom_id"]
    failed = json.loads(answered[2])
    failed_id = failed["custom_id"]
    answered[1] = answered[1][:80]  # cut mid-line, as a truncated download is
    answered[2] = json.dumps(
        {**failed, "response": {"status_code": 500, "body": {"error": {"message": "overloaded"}}}}
    )
    results.write_text("\n".join(answered) + "\n")
    code, err = cli("batch", "seeds", "--out", out, "--import-results", results, *NOWHERE)
    assert code == 0, err
    assert "r1.jsonl line 2: not JSON" in err
    assert "HTTP 500: overloaded; asked again" in err
    assert "3 briefed" in err and "2 pending" in err
    again = {x["custom_id"] for x in lines(out / "requests-round2.jsonl")}
    assert again == {broken_id, failed_id}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda cid: cid.replace("brief-v1+", "brief-v1+0ld"), "made with prompt version"),
        (lambda cid: "999_other.txt#abc" + cid[cid.index("/") :], "is not in this corpus"),
        (lambda cid: "not-ours", "is not one of ours"),
    ],
)
def test_results_of_another_corpus_or_prompt_are_refused(tmp_path: Path, change, reason):
    out, requests, results = tmp_path / "out", tmp_path / "requests.jsonl", tmp_path / "r1.jsonl"
    cli("batch", "seeds", "--out", out, "--export-requests", requests, *NOWHERE)
    run_batch_file(requests, results, [SEEDS_CASSETTE])
    answered = [json.loads(x) for x in results.read_text().splitlines()]
    answered[0]["custom_id"] = change(answered[0]["custom_id"])
    results.write_text("\n".join(json.dumps(x) for x in answered) + "\n")
    code, err = cli("batch", "seeds", "--out", out, "--import-results", results, *NOWHERE)
    assert code == 3 and "results refused" in err and reason in err, err
    # nothing was briefed, kept or written
    assert not (out / "batch").exists() and not (out / "corpus.json").exists()
    assert not list((out / "briefs").glob("*.json")) if (out / "briefs").exists() else True


def test_export_and_import_are_separate_runs(tmp_path: Path):
    code, err = cli(
        "batch", "seeds", "--out", tmp_path, "--export-requests", tmp_path / "a.jsonl",
        "--import-results", SEEDS_CASSETTE,
    )  # fmt: skip
    assert code == 2 and "separate runs" in err


def test_json_mode_exports_each_articles_calls_not_re_asks(tmp_path: Path):
    """json mode (what `auto` picks for any non-OpenAI endpoint) carries its schema only in
    the prompt: the export must still know each call, wait for its answer and never write a
    "correct your JSON" re-ask of a placeholder (issue 23, item 7)."""
    out, requests = tmp_path / "out", tmp_path / "requests.jsonl"
    code, err = cli(
        "batch", "seeds", "--out", out, "--export-requests", requests,
        "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--mode", "json",
    )  # fmt: skip
    assert code == 0, err
    assert "5 pending, 0 failed" in err
    sent = lines(requests)
    kinds = sorted(x["custom_id"].split("/")[1] for x in sent)
    assert kinds == ["BriefDraft"] * 5 + ["FigureLabels"] * 5
    assert not any("Correct your JSON" in json.dumps(x["body"]) for x in sent)


def test_a_malformed_result_line_is_asked_again_not_fatal(tmp_path: Path):
    """'"choices": "abc"' or '"response": "x"' is no answer: its request goes to the next
    round, the article waits, and the rest is briefed (issue 23, item 8)."""
    out, requests, results = tmp_path / "out", tmp_path / "requests.jsonl", tmp_path / "r1.jsonl"
    code, err = cli("batch", "seeds", "--out", out, "--export-requests", requests, *NOWHERE)
    assert code == 0, err
    run_batch_file(requests, results, [SEEDS_CASSETTE])
    answered = lines(results)
    answered[0]["response"]["body"]["choices"] = "abc"
    answered[1]["response"] = "x"
    results.write_text("".join(json.dumps(x) + "\n" for x in answered), encoding="utf-8")
    code, err = cli("batch", "seeds", "--out", out, "--import-results", results, *NOWHERE)
    assert "Traceback" not in err
    assert "malformed choices" in err or "not a chat completion" in err, err
    again = lines(out / "requests-round2.jsonl")
    asked = {x["custom_id"] for x in again}
    assert {answered[0]["custom_id"], answered[1]["custom_id"]} <= asked
    run_batch_file(out / "requests-round2.jsonl", tmp_path / "r2.jsonl", [SEEDS_CASSETTE])
    code, err = cli(
        "batch", "seeds", "--out", out, "--import-results", tmp_path / "r2.jsonl", *NOWHERE
    )
    assert code == 0, err
    assert len(list((out / "briefs").glob("*.json"))) == 5


def test_a_custom_id_given_twice_is_reported(tmp_path: Path):
    from summarise.llm.batchfile import read_results

    line = {
        "custom_id": "x.txt#0/FigureLabels/v/1",
        "response": {"status_code": 200, "body": {"choices": [{"message": {"content": "{}"}}]}},
    }
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(line) + "\n" + json.dumps(line) + "\n")
    results, problems = read_results(path)
    assert len(results) == 2
    assert problems == [
        "r.jsonl line 2: custom_id x.txt#0/FigureLabels/v/1 again (first at line 1); last kept"
    ]
