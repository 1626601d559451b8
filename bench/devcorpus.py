"""Flags on coverage nobody tuned for: the dev corpus against an editor's expectations.

    python bench/devcorpus.py record [CLUSTER ...]  # live, embedded model: records each cluster
    python bench/devcorpus.py score [CLUSTER ...]   # replays them; precision/recall of flags
    python bench/devcorpus.py rules [CLUSTER ...]   # no model, no recording: the records
        (../shared/devcorpus-records, with outlet and date) briefed by code alone
        (`brief_by_code`), which is all flags depend on; every cluster, in seconds

The articles (../shared/devcorpus, or SUMMARISE_DEVCORPUS) and everything made from them
(recordings, briefs) stay out of git, under bench/devcorpus/. `record` keeps what a cassette
already answers and calls the model only for new requests; `score` needs no model.
Expectations are in bench/devcorpus_expect.yaml: flags an editor would raise, tallies, and
what to leave alone. A raised flag that matches no expected flag is a false flag; an expected
flag no raised flag matches is a miss.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from summarise.find.quantities import UNIT_BASE, in_base_unit

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SUMMARISE_DEVCORPUS") or ROOT.parent / "shared" / "devcorpus")
RECORDS = Path(
    os.environ.get("SUMMARISE_DEVCORPUS_RECORDS") or ROOT.parent / "shared" / "devcorpus-records"
)
WORK = ROOT / "bench" / "devcorpus"
EXPECT = ROOT / "bench" / "devcorpus_expect.yaml"
TOLERANCE = 0.05


def clusters(names: list[str]) -> list[str]:
    found = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
    return [n for n in found if not names or n in names]


def record(name: str) -> int:
    """Brief one cluster live (embedded model unless SUMMARISE_BASE_URL), recording it."""
    cmd = [
        "summarise", "batch", str(CORPUS / name), "--out", str(WORK / "out" / name),
        "--record", str(WORK / "cassettes" / f"{name}.yaml"), "--no-judge",
    ]  # fmt: skip
    return subprocess.call(cmd)


@dataclass
class Score:
    cluster: str
    raised: list[dict[str, Any]] = field(default_factory=list)
    matched: dict[str, list[int]] = field(default_factory=dict)  # expected id -> raised indices
    false: list[int] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    tallies_found: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    worth_a_look: int = 0
    articles: int = 0
    longest: tuple[float, str] = (0.0, "")


def _values(claim: dict[str, Any], unit: str | None) -> float | None:
    value = claim["value"] if claim["value"] is not None else claim["low"]
    if value is None:
        return None
    if unit in UNIT_BASE and claim["unit"] in UNIT_BASE:
        return (in_base_unit(value, claim["unit"]) or 0.0) / UNIT_BASE[unit][1]
    return float(value)


def _hits(claims: list[dict[str, Any]], expected: dict[str, Any]) -> set[float]:
    """Which expected values the claims carry (within TOLERANCE)."""
    hit = set()
    for c in claims:
        v = _values(c, expected.get("unit"))
        for want in expected["values"]:
            if v is not None and abs(v - want) <= TOLERANCE * max(abs(want), 1.0):
                hit.add(want)
    return hit


def _strict_match(conflict: dict[str, Any], expected: dict[str, Any]) -> bool:
    """The raised flag is the expected one: its measure, one article of each side, and the
    two expected values, each carried by its own side's claim."""
    if not re.search(expected.get("measure", "."), conflict.get("measure") or "", re.I):
        return False
    sides = expected.get("articles")
    claims = conflict["claims"]
    if len(claims) != 2:
        return False
    for a, b in (claims, claims[::-1]):
        stem_a, stem_b = Path(a["source"]).stem, Path(b["source"]).stem
        if sides and not (stem_a in sides[0] and stem_b in sides[1]):
            continue
        if len(_hits([a], expected) | _hits([b], expected)) >= 2:
            return True
    return False


def by_code(name: str) -> dict[str, Any]:
    """The cluster's corpus from its records briefed by code alone (no model): the flags."""
    from summarise.article.brief import brief_by_code
    from summarise.corpus.reconcile import reconcile
    from summarise.find.sources import read_articles, with_provenance

    briefs = []
    for path in sorted((RECORDS / name).glob("*.json")):
        for article in read_articles(path):
            if isinstance(article, Exception):
                sys.exit(f"{path}: {article}")
            brief = brief_by_code(article.text, path.stem)
            briefs.append(with_provenance(brief, article))
    corpus: dict[str, Any] = reconcile(briefs).model_dump(mode="json")
    return corpus


def score(name: str, expect: dict[str, Any], rules: bool = False) -> Score:
    """Replay the cluster's recording through `summarise batch` (or, with `rules`, brief its
    records by code alone) and match its flags."""
    if rules:
        corpus = by_code(name)
    else:
        out = WORK / "score" / name
        shutil.rmtree(out, ignore_errors=True)
        cassette = WORK / "cassettes" / f"{name}.yaml"
        cmd = [
            "summarise", "batch", str(CORPUS / name), "--out", str(out), "--replay",
            str(cassette), "--no-judge",
        ]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode not in (0, 1):
            sys.exit(f"{name}: batch failed ({done.returncode}): {done.stderr.strip()[-400:]}")
        corpus = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    s = Score(name, raised=corpus["conflicts"], failed=corpus["failed"])
    s.articles = len(corpus["articles"]) + len(corpus["failed"])
    flags = expect.get("flags") or []
    s.worth_a_look = len(corpus.get("worth_a_look") or [])
    for i, conflict in enumerate(s.raised):
        ids = [f["id"] for f in flags if _strict_match(conflict, f)]
        for fid in ids[:1]:
            s.matched.setdefault(fid, []).append(i)
        if not ids:
            s.false.append(i)
        elif len(s.matched[ids[0]]) > 1:
            s.duplicates.append(i)  # the same expected flag raised again: counted once
    s.missed = [f for f in flags if f["id"] not in s.matched]
    for t in expect.get("tallies") or []:
        if any(len(_hits(x["claims"], t)) >= min(2, len(t["values"])) for x in corpus["tallies"]):
            s.tallies_found.append(t["id"])
    live = WORK / "out" / name / "briefs"  # the recording run: live seconds per article
    for path in sorted(live.glob("*.json")) if live.is_dir() else []:
        brief = json.loads(path.read_text(encoding="utf-8"))
        seconds = brief["provenance"]["usage"]["seconds"]
        s.longest = max(s.longest, (seconds, Path(brief["provenance"]["source"]).name))
    return s


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def report(scores: list[Score], expect: dict[str, Any]) -> str:
    lines = [
        "| cluster | articles | failed | expected flags | raised | right | false | missed "
        "| precision | recall | tallies shown | longest article (live) | worth a look |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    tot = {"exp": 0, "raised": 0, "right": 0, "false": 0, "missed": 0}
    for s in scores:
        exp = len(expect[s.cluster].get("flags") or [])
        right = len(s.matched)  # distinct expected flags found; duplicates count once
        tallies = len(expect[s.cluster].get("tallies") or [])
        lines.append(
            f"| {s.cluster} | {s.articles} | {len(s.failed)} | {exp} "
            f"| {len(s.raised) - len(s.duplicates)} | {right} "
            f"| {len(s.false)} | {len(s.missed)} | {_ratio(right, len(s.raised))} "
            f"| {_ratio(exp - len(s.missed), exp)} | {len(s.tallies_found)}/{tallies} "
            f"| {s.longest[0]:.0f} s {s.longest[1]} | {s.worth_a_look} |"
        )
        for k, v in (("exp", exp), ("raised", len(s.raised) - len(s.duplicates)), ("right", right),
                     ("false", len(s.false)), ("missed", len(s.missed))):  # fmt: skip
            tot[k] += v
    lines.append(
        f"| **all** | | | {tot['exp']} | {tot['raised']} | {tot['right']} | {tot['false']} "
        f"| {tot['missed']} | **{_ratio(tot['right'], tot['raised'])}** "
        f"| **{_ratio(tot['exp'] - tot['missed'], tot['exp'])}** | | | |"
    )
    for s in scores:
        for i in s.false:
            c = s.raised[i]
            claims = "; ".join(
                f"{Path(x['source']).name}: '{x['number']}' in \"{x['quote'][:90]}\""
                for x in c["claims"]
            )
            lines.append(f"\nFALSE {s.cluster}: {c['kind']} {c['measure']!r}: {claims}")
        for f in s.missed:
            lines.append(f"\nMISSED {s.cluster}: {f['id']}: {' '.join(f['about'].split())}")
        for f in s.failed:
            lines.append(f"\nFAILED {s.cluster}: {f['source']}: {f['error']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["record", "score", "rules"])
    parser.add_argument("clusters", nargs="*")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no dev corpus at {CORPUS} (set SUMMARISE_DEVCORPUS)")
    names = clusters(args.clusters)
    if args.action == "record":
        for name in names:
            print(f"== {name}", flush=True)
            record(name)
        return
    expect = yaml.safe_load(EXPECT.read_text(encoding="utf-8"))
    if args.action == "rules":
        print(report([score(n, expect[n], rules=True) for n in names], expect))
        return
    recorded = [n for n in names if (WORK / "cassettes" / f"{n}.yaml").exists()]
    missing = sorted(set(names) - set(recorded))
    if missing:
        print(f"not recorded yet (run record): {', '.join(missing)}", file=sys.stderr)
    print(report([score(n, expect[n]) for n in recorded], expect))


if __name__ == "__main__":
    main()
