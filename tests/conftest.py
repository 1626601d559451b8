"""Shared fixtures: replaying the recorded embedded-model traffic, never calling out."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarise import brief_file, resolve_settings
from summarise.corpus.judge import model_judge
from summarise.corpus.reconcile import reconcile
from summarise.llm.api import REPLAY_BASE_URL
from summarise.llm.model import ModelClient
from summarise.llm.replay import cassette
from summarise.schemas import Brief, Corpus

ROOT = Path(__file__).parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEEDS_CASSETTE = ROOT / "cassettes" / "seeds.yaml"


@pytest.fixture(autouse=True, scope="session")
def _at_the_project_root() -> Iterator[None]:
    """Sources are recorded as relative paths (seeds/...), as the README's commands give them."""
    old = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(old)


@pytest.fixture(autouse=True)
def _no_endpoint_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests use the embedded-model defaults the cassettes were recorded with."""
    for name in (
        "SUMMARISE_BASE_URL",
        "SUMMARISE_MODEL",
        "SUMMARISE_MODE",
        "OPENAI_API_KEY",
        "SUMMARISE_API_KEY",
        "SUMMARISE_TIMEOUT",
        "SUMMARISE_RETRIES",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def seed_run() -> Iterator[tuple[dict[str, Brief], Corpus]]:
    """The seeds briefed and reconciled (with model judgement) from cassettes/seeds.yaml."""
    settings = resolve_settings()
    with cassette(SEEDS_CASSETTE) as cass:
        client = ModelClient(settings, REPLAY_BASE_URL, replay_label=str(SEEDS_CASSETTE))
        briefs = {p.name: brief_file(Path("seeds") / p.name, client) for p in SEEDS}
        corpus = reconcile(list(briefs.values()), judge=model_judge(lambda: client))
        # Every recorded exchange must be asked for again: a pipeline that stopped making a
        # call would otherwise leave a stale recording behind, unnoticed.
        assert cass.all_played, f"{len(cass.data) - cass.play_count} recordings never replayed"
    yield briefs, corpus


@pytest.fixture(scope="session")
def seed_briefs(seed_run: tuple[dict[str, Brief], Corpus]) -> dict[str, Brief]:
    return seed_run[0]


@pytest.fixture(scope="session")
def seed_corpus(seed_run: tuple[dict[str, Brief], Corpus]) -> Corpus:
    return seed_run[1]


def replayed_brief(article: Path, cassette: str) -> dict[str, Any]:
    """`summarise brief ARTICLE --replay cassettes/CASSETTE`, run through the CLI, as JSON."""
    from click.testing import CliRunner

    from summarise.cli import main

    result = CliRunner().invoke(
        main, ["brief", str(article), "--replay", str(ROOT / "cassettes" / cassette)]
    )
    assert result.exit_code == 0, result.stderr
    brief: dict[str, Any] = json.loads(result.stdout)
    return brief
