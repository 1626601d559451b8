"""The live display's state machine and its estimate of the time left (not the terminal)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from summarise.config import resolve_settings
from summarise.corpus.batch import MOVES, ArticleRun, run_batch
from summarise.llm.api import REPLAY_BASE_URL
from summarise.llm.model import ModelClient
from summarise.llm.replay import cassette
from summarise.progress import progress_line, time_left

ROOT = Path(__file__).parent.parent
CASSETTE = ROOT / "cassettes" / "seeds.yaml"


@pytest.mark.parametrize("jobs", [1, 3])
def test_an_article_only_moves_forward_and_never_back_to_queued(tmp_path: Path, jobs: int):
    settings = resolve_settings()
    seen: dict[str, list[str]] = {}
    done_counts: list[int] = []
    with cassette(CASSETTE):
        client = ModelClient(settings, REPLAY_BASE_URL, replay_label=str(CASSETTE))
        runs: dict[str, ArticleRun] = {}

        def on_change(run: ArticleRun) -> None:
            seen.setdefault(run.path.name, []).append(run.state)
            runs[run.path.name] = run
            done_counts.append(sum(r.state in ("ok", "reused") for r in runs.values()))

        result = run_batch(
            [ROOT / "seeds"], tmp_path, settings, lambda: client, jobs=jobs, on_change=on_change
        )
    assert [r.state for r in result.runs] == ["ok"] * 5
    assert len(seen) == 5
    for name, states in seen.items():
        assert states[0] == "queued", name  # shown from the start: N is known at once
        assert "queued" not in states[1:], (name, states)
        for before, after in itertools.pairwise(states):
            assert after in MOVES[before], (name, before, after)
        assert states[-1] == "ok"
    if jobs == 1:  # labelled back to back, then each article's prose
        first = sorted(seen)[0]
        assert seen[first] == ["queued", "running", "labelled", "running", "ok"]
    assert done_counts == sorted(done_counts)  # n/N done never goes down


@pytest.mark.parametrize(
    ("start", "to"),
    [("running", "queued"), ("labelled", "queued"), ("ok", "running"), ("failed", "ok")],
)
def test_a_backward_move_is_refused(start: str, to: str):
    run = ArticleRun(Path("a.txt"), Path("a.json"), state=start)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=f"does not go from {start} to {to}"):
        run.move(to)  # type: ignore[arg-type]


def test_an_articles_seconds_are_its_running_time_not_its_wait():
    run = ArticleRun(Path("a.txt"), Path("a.json"))
    run.move("running")
    assert run.started is not None
    run.started -= 4.0  # as if its figure call took four seconds
    run.move("labelled")
    waited = run.seconds
    assert 4.0 <= waited < 5.0
    run.move("running")
    run.started -= 2.0
    run.move("ok")
    assert 6.0 <= run.seconds < 7.0


def at(
    state: str, seconds: float = 0.0, running_for: float = 0.0, now: float = 100.0
) -> ArticleRun:
    """An article in `state` that has run `seconds` (and, running, `running_for` more)."""
    run = ArticleRun(Path(f"{state}.txt"), Path("x.json"), seconds=seconds)
    run.state = state  # type: ignore[assignment]  # set, not moved: a snapshot to estimate
    if state == "running":
        run.started = now - running_for
    return run


def test_time_left_is_what_the_unfinished_still_need_of_an_articles_time():
    now = 100.0
    runs = [
        at("ok", 10.0),
        at("ok", 20.0),  # an article takes 15 s
        at("running", running_for=5.0, now=now),  # needs 10 s more
        at("labelled", seconds=12.0),  # needs 3 s more
        at("queued"),  # 15 s
        at("queued"),  # 15 s
        at("reused"),  # done: nothing
        at("failed", 3.0),  # done: nothing
    ]
    assert time_left(runs, now) == pytest.approx(43.0)
    assert time_left(runs, now, workers=2) == pytest.approx(21.5)
    # an article already over the average needs nothing more, not a negative time
    assert time_left([at("ok", 10.0), at("running", running_for=30.0, now=now)], now) == 0.0


def test_time_left_is_unknown_until_one_article_is_briefed():
    assert time_left([at("reused"), at("running", running_for=50.0), at("queued")], 100.0) is None


@pytest.mark.parametrize(
    ("runs", "line"),
    [
        ([at("ok", 30.0), at("queued"), at("queued")], "1/3 done · about 1 min left"),
        ([at("ok", 8.0), at("failed"), at("queued")], "2/3 done · about 8 s left"),
        (
            [at("ok", 1800.0)] + [at("queued")] * 3,
            "1/4 done · about 1 h 30 min left",
        ),
        ([at("reused"), at("queued")], "1/2 done · time left known after the first article"),
        ([at("ok", 5.0), at("reused"), at("pending")], "3/3 done"),
    ],
)
def test_the_progress_line_says_n_of_n_done_and_the_time_left(runs: list[ArticleRun], line: str):
    assert progress_line(runs, 100.0) == line
