"""SIGKILL a batch at random points: no truncated file is ever on disk, and a re-run
finishes with the outputs an uninterrupted run gives."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
CMD = [
    sys.executable,
    "-m",
    "summarise.cli",
    "batch",
    str(ROOT / "seeds"),
    "--replay",
    str(ROOT / "cassettes" / "seeds.yaml"),
]


def outputs(out: Path) -> dict[str, object]:
    """Every output file's content; briefs without the wall-clock `seconds` they measured."""
    result: dict[str, object] = {}
    for path in sorted(out.rglob("*")):
        if not path.is_file() or path.parent.name == "cache":
            continue
        rel = str(path.relative_to(out))
        if path.suffix == ".json" and path.parent.name == "briefs":
            data = json.loads(path.read_text(encoding="utf-8"))
            data["provenance"]["usage"].pop("seconds")
            result[rel] = data
        elif path.name in ("corpus.json", "report.md"):
            result[rel] = path.read_text(encoding="utf-8")
    return result


def _written_since(out: Path, since: float) -> int:
    briefs = out / "briefs"
    if not briefs.is_dir():
        return 0
    return sum(1 for p in briefs.glob("*.json") if p.stat().st_mtime >= since)


def test_sigkill_then_rerun_matches_an_uninterrupted_run(tmp_path: Path):
    reference = tmp_path / "reference"
    subprocess.run([*CMD, "--out", str(reference)], check=True, capture_output=True, timeout=300)
    out = tmp_path / "killed"
    rng = random.Random(20261122)
    kills = 0
    for _ in range(5):
        started = time.time()
        proc = subprocess.Popen(
            [*CMD, "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        # Kill while it writes: once a random number (0-4) of this run's briefs are on disk,
        # after a random few milliseconds more.
        target = rng.randint(0, 4)
        while proc.poll() is None and _written_since(out, started) < target:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.05))
        if proc.poll() is None:
            proc.kill()
            kills += 1
        proc.wait()
        for f in out.rglob("*.json"):  # never a truncated JSON file, whenever the kill came
            json.loads(f.read_text(encoding="utf-8"))
    assert kills >= 3, "runs finished before they could be killed"
    done = subprocess.run([*CMD, "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert outputs(out) == outputs(reference)
    assert not list(out.rglob("*.tmp")), "a killed run's temporary files were left behind"
