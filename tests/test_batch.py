"""`summarise batch` over the seeds, replayed: outputs, cache, failures, and what it finds."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summarise.cli import main
from summarise.config import resolve_settings
from summarise.corpus.batch import run_batch
from summarise.llm.api import REPLAY_BASE_URL
from summarise.llm.model import ModelClient
from summarise.llm.replay import cassette
from summarise.schemas import Brief, Corpus

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
CASSETTE = ROOT / "cassettes" / "seeds.yaml"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("batch")
    code, err = run("batch", str(SEEDS), "--out", str(out), "--replay", str(CASSETTE))
    assert code == 0, err
    assert "5 briefed, 0 reused, 0 failed" in err
    return out


def corpus(out: Path) -> Corpus:
    return Corpus.model_validate_json((out / "corpus.json").read_text(encoding="utf-8"))


def test_outputs(seeds_out: Path):
    briefs = sorted(p.name for p in (seeds_out / "briefs").iterdir())
    assert briefs == sorted(p.stem + ".json" for p in SEEDS.glob("*.txt"))
    for p in (seeds_out / "briefs").iterdir():
        Brief.model_validate_json(p.read_text(encoding="utf-8"))
    assert len(list((seeds_out / "cache").glob("*.json"))) == 5
    html = (seeds_out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html and "https://" not in html
    md = (seeds_out / "report.md").read_text(encoding="utf-8")
    assert md.startswith("# Corpus report") and "## Conflicts" in md


def test_rerun_reuses_every_brief_without_any_model(seeds_out: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "again"
    shutil.copytree(seeds_out, out)
    before = {p.name: p.read_text() for p in (out / "briefs").iterdir()}
    # No cassette and an endpoint that refuses connections: any model call would fail.
    monkeypatch.setenv("SUMMARISE_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("SUMMARISE_MODEL", "qwen2.5-coder-1.5b-instruct-q4_k_m")
    monkeypatch.setenv("SUMMARISE_RETRIES", "0")
    monkeypatch.setenv("SUMMARISE_MODE", "llamacpp")  # as recorded: the mode is in the key
    code, err = run("batch", str(SEEDS), "--out", str(out), "--no-judge")
    assert code == 0, err
    assert "0 briefed, 5 reused, 0 failed · 0 model calls" in err
    assert {p.name: p.read_text() for p in (out / "briefs").iterdir()} == before


def test_bad_and_duplicate_articles_do_not_disturb_the_others(
    seeds_out: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    corpus_dir = tmp_path / "in"
    shutil.copytree(SEEDS, corpus_dir)
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    shutil.copy(SEEDS / "000_5735a69cd88fe9d6.txt", corpus_dir / "zz_copy_of_000.txt")
    out = tmp_path / "out"
    shutil.copytree(seeds_out / "cache", out / "cache")  # resume from the seeds' cache
    with caplog.at_level(logging.WARNING):
        code, err = run("batch", str(corpus_dir), "--out", str(out), "--no-judge")
    assert code == 1
    assert f"{corpus_dir / 'empty.txt'}: file is empty" in err
    assert "binary.txt: looks binary" in err
    assert "0 briefed, 5 reused, 2 failed" in err
    # the copy is the same article (one text, nothing else known of it): taken once, said once
    assert caplog.text.count("zz_copy_of_000.txt: the same article as") == 1
    assert not (out / "briefs" / "zz_copy_of_000.json").exists()
    c = corpus(out)
    assert len(c.articles) == 5
    assert sorted(Path(f.source).name for f in c.failed) == ["binary.txt", "empty.txt"]


def test_output_names_cannot_escape_out(tmp_path: Path):
    from summarise.output import output_paths

    out = tmp_path / "out"
    paths = output_paths(
        [Path("../../etc/passwd"), Path("/x/..hidden.txt"), Path("a/b.txt"), Path("c/b.txt")],
        out,
        ".json",
    )
    for p in paths:
        assert p.resolve().is_relative_to(out.resolve())
    assert [p.name for p in paths] == ["passwd.json", "hidden.json", "b.json", "b-2.json"]


class CallLog:
    """A replaying client that notes which kind of answer each call asked for, in order."""

    def __init__(self, inner: ModelClient) -> None:
        self.inner = inner
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def structured(self, response_model: type, messages: list, **kwargs: Any) -> Any:
        self.calls.append(response_model.__name__)
        return self.inner.structured(response_model, messages, **kwargs)


def test_one_job_labels_a_windows_figures_back_to_back_and_briefs_the_same(
    seed_briefs: dict[str, Brief], tmp_path: Path
):
    """With --jobs 1 the five seeds' figure calls go first (their shared opening is read once),
    then each article's brief call; the briefs equal those made one at a time."""
    settings = resolve_settings()
    with cassette(CASSETTE):
        log = CallLog(ModelClient(settings, REPLAY_BASE_URL, replay_label=str(CASSETTE)))
        seen: list[tuple[str, str]] = []
        result = run_batch(
            [Path("seeds")],
            tmp_path,
            settings,
            lambda: log,  # type: ignore[arg-type, return-value]
            jobs=1,
            on_change=lambda run: seen.append((run.path.name, run.state)),
        )
    assert [r.state for r in result.runs] == ["ok"] * 5
    assert log.calls[:5] == ["FigureLabels"] * 5
    assert "FigureLabels" not in log.calls[5:]
    assert log.calls[5:10] == ["BriefDraft"] * 5  # no actor call: code finds the actors
    assert sum(r.usage.calls for r in result.runs) == len(log.calls)
    assert all(r.seconds > 0 for r in result.runs)
    # the live display: shown queued, labelling, then waiting for its window, then the rest
    first = result.runs[0].path.name
    assert [state for name, state in seen if name == first] == [
        "queued",
        "running",
        "labelled",
        "running",
        "ok",
    ]
    for run in result.runs:
        assert run.brief is not None
        got, alone = run.brief.model_dump(), seed_briefs[run.path.name].model_dump()
        for b in (got, alone):  # the replay's own timing, not part of the answer
            del b["provenance"]["usage"]["seconds"]
        assert got == alone, {k for k in got if got[k] != alone[k]}


def _tree(out: Path) -> dict[str, bytes]:
    """Every output's bytes, with measured wall time (`"seconds": 0.42`) masked: the one
    field two runs cannot share."""
    return {
        str(p.relative_to(out)): re.sub(rb'"seconds": [0-9.]+', b'"seconds": _', p.read_bytes())
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.suffix in (".json", ".md", ".html")
    }


def test_four_jobs_give_the_same_outputs_as_one_byte_for_byte(seeds_out: Path, tmp_path: Path):
    out = tmp_path / "jobs4"
    code, err = run(
        "batch", str(SEEDS), "--out", str(out), "--jobs", "4", "--replay", str(CASSETTE)
    )
    assert code == 0, err
    assert "5 briefed, 0 reused, 0 failed" in err
    assert _tree(out) == _tree(seeds_out)


def test_sentences_split_the_same_in_concurrent_threads():
    """pysbd's Segmenter keeps the text it splits on itself; shared by threads (as it was,
    behind an lru_cache), splits came out mixed between articles."""
    from concurrent.futures import ThreadPoolExecutor

    from summarise.find.text import sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    alone = [sentences(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(5):
            assert list(pool.map(sentences, texts * 4)) == alone * 4


@pytest.mark.parametrize("damage", ["not utf-8", "directory", "not a brief"])
def test_a_damaged_cache_entry_is_briefed_again_not_fatal(
    seeds_out: Path, tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
):
    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    entry = sorted((out / "cache").glob("*.json"))[0]
    entry.unlink()
    if damage == "directory":
        entry.mkdir()
        (entry / "x").write_text("x")
    else:
        entry.write_bytes(b"\xff\xfe\x00bad" if damage == "not utf-8" else b'{"title": 1}')
    with caplog.at_level(logging.WARNING):
        code, err = run("batch", str(SEEDS), "--out", str(out), "--replay", str(CASSETTE))
    assert code == 0, err
    assert "1 briefed, 4 reused, 0 failed" in err
    assert f"cache entry {entry} is unreadable" in caplog.text
    assert entry.is_file() and Brief.model_validate_json(entry.read_text(encoding="utf-8"))
    assert _tree(out) == _tree(seeds_out)


def test_a_changed_context_or_draft_schema_re_makes_cached_briefs(
    seeds_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from summarise.corpus.batch import brief_fingerprint
    from summarise.schemas import FigureLabels

    out = tmp_path / "out"
    shutil.copytree(seeds_out, out)
    code, err = run("batch", str(SEEDS), "--out", str(out), "--replay", str(CASSETTE))
    assert code == 0 and "0 briefed, 5 reused" in err  # nothing changed: all from the cache
    monkeypatch.setenv("SUMMARISE_CONTEXT", "8192")  # the seeds fit either way: same requests
    code, err = run("batch", str(SEEDS), "--out", str(out), "--replay", str(CASSETTE))
    assert code == 0 and "5 briefed, 0 reused" in err
    settings = resolve_settings()
    before = brief_fingerprint(settings, "v")
    schema = FigureLabels.model_json_schema()
    schema["properties"]["figures"]["description"] += " Changed."
    monkeypatch.setattr(FigureLabels, "model_json_schema", classmethod(lambda cls, **kw: schema))
    assert brief_fingerprint(settings, "v") != before


def test_the_cache_key_reads_word_lists_as_code(tmp_path: Path):
    from summarise.corpus.batch import code_files

    (tmp_path / "mod.py").write_text("x = 1\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "press.tsv").write_text("Reuters\tan agency\n")
    before = dict(code_files(tmp_path))
    assert set(before) == {"mod.py", "data/press.tsv"}
    (tmp_path / "data" / "press.tsv").write_text("Reuters\tan agency\nAFP\tan agency\n")
    assert dict(code_files(tmp_path))["data/press.tsv"] != before["data/press.tsv"]
    import importlib.resources

    shipped = dict(code_files(importlib.resources.files("summarise.find")))
    assert any(name.startswith("data/") for name in shipped)  # the real package's lists count
