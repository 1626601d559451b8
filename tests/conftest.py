"""Shared fixtures: replaying the recorded embedded-model traffic, never calling out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from schemas import Brief
from summarise import brief_file, resolve_settings
from summarise.api import REPLAY_BASE_URL
from summarise.model import ModelClient
from summarise.replay import cassette

ROOT = Path(__file__).parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEEDS_CASSETTE = ROOT / "cassettes" / "seeds.yaml"


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
def seed_briefs() -> Iterator[dict[str, Brief]]:
    """Briefs of the five seeds, replayed from cassettes/seeds.yaml, every recording used."""
    settings = resolve_settings()
    with cassette(SEEDS_CASSETTE) as cass:
        client = ModelClient(settings, REPLAY_BASE_URL, replay_label=str(SEEDS_CASSETTE))
        briefs = {p.name: brief_file(p, client) for p in SEEDS}
        # Every recorded exchange must be asked for again: a pipeline that stopped making a
        # call would otherwise leave a stale recording behind, unnoticed.
        assert cass.all_played, f"{len(cass.data) - cass.play_count} recordings never replayed"
    yield briefs
