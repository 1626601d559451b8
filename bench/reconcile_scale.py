"""Reconciliation on synthetic corpora of 1k, 10k and 100k briefs: time and peak memory.

Each size runs in its own process so peak RSS is that size's own. Usage:
    python bench/reconcile_scale.py [SIZES...]      (default 1000 10000 100000)
Prints one Markdown table row per size.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time

from summarise.schemas import Actor, Brief, Figure, Position, Provenance, Usage

FIRST = [
    "Sergey",
    "Sergei",
    "Heiko",
    "Mevlüt",
    "Mevlut",
    "Recep",
    "Bashar",
    "Hafez",
    "Maria",
    "Ayman",
]
LAST = ["Lavrov", "Maas", "Çavuşoğlu", "Erdogan", "Assad", "Zakharova", "Safadi", "Roth", "Putin"]
STATES = [
    "Russia",
    "Moscow",
    "Turkey",
    "Ankara",
    "Syria",
    "Damascus",
    "Iran",
    "Tehran",
    "Russian Federation",
]
PLACES = ["Idlib", "Aleppo", "Homs", "Syria", "Raqqa", "Hama", "Deraa", "Latakia"]
MEASURES = ["civilians killed", "people displaced", "people living there", "fighters", "injured"]
#: What the parse gives for each label's sentence: (counted noun, verb).
PARSED = {
    "civilians killed": ("civilian", "kill"),
    "people displaced": ("people", "displace"),
    "people living there": ("people", "live"),
    "fighters": ("fighter", None),
    "injured": (None, "injure"),
}
PERIODS = [None, "since then", "in the past six months", "in less than two weeks", "last week"]


SYLLABLES = "ka lo mi ne ru sa ti vo ze da fi go ha ju be pe ku wa xi yo".split()


def coined(k: int) -> str:
    """A name of its own for every k ("Kalomi", "Lokami"...): the long tail of a real corpus."""
    digits = []
    while True:
        k, d = divmod(k, len(SYLLABLES))
        digits.append(SYLLABLES[d])
        if k == 0 and len(digits) >= 3:
            break
    return "".join(digits).capitalize()


def synthetic(n: int, seed: int = 7) -> list[Brief]:
    """`n` briefs: the same few famous names and places throughout (so groups and conflicts
    form), and a long tail that grows with the corpus (about n/4 people and n/100 towns that
    few articles share), so the number of actors and figure groups grows as in real news."""
    rng = random.Random(seed)
    people, towns = max(50, n // 4), max(8, n // 100)
    usage = Usage()
    briefs = []
    for i in range(n):
        src = f"corpus/{i:06d}.txt"
        figures = []
        for _ in range(5):
            value = float(
                rng.choice([1800, 3_000_000, 2_000_000, 700_000, 38_500, rng.randint(1, 10**6)])
            )
            q = rng.choice(["exact", "at_least", "approx"])
            low, high = (
                (value, value)
                if q == "exact"
                else (value, None)
                if q == "at_least"
                else (value * 0.9, value * 1.1)
            )
            label = rng.choice(MEASURES)
            counted, verb = PARSED[label]
            figures.append(
                Figure.model_construct(
                    number=f"{value:,.0f}",
                    number_span=(0, 5),
                    value=value,
                    low=low,
                    high=high,
                    unit=None,
                    qualifier=q,
                    quote=f"{value:,.0f} people.",
                    span=(0, 12),
                    match="exact",
                    measure=label,
                    counted=counted,
                    verb=verb,
                    moving=False,
                    place=rng.choice(PLACES)
                    if rng.random() < 0.5
                    else coined(rng.randrange(towns)),
                    period=rng.choice(PERIODS),
                    period_anchor=rng.choice([None, "September 2018", "for weeks"]),
                    attributed_to=None,
                )
            )
        actors = []
        for _ in range(5):
            if rng.random() < 0.6:
                last = rng.choice(LAST) if rng.random() < 0.5 else coined(rng.randrange(people))
                name = f"{rng.choice(FIRST)} {last}" if rng.random() < 0.8 else last
                actors.append(
                    Actor.model_construct(
                        name=name, canonical=name, kind="person", role=None, mentions=[(0, 1)]
                    )
                )
            else:
                name = rng.choice(STATES)
                actors.append(
                    Actor.model_construct(
                        name=name, canonical=name, kind="country", role=None, mentions=[(0, 1)]
                    )
                )
        positions = [
            Position.model_construct(
                actor=actors[0].name, stance="s", quote="q", span=(0, 1), match="exact"
            )
        ]
        briefs.append(
            Brief.model_construct(
                title=src,
                date=None,
                summary="",
                actors=actors,
                positions=positions,
                figures=figures,
                open_questions=[],
                provenance=Provenance.model_construct(
                    source=src,
                    sha256="0" * 64,
                    model="synthetic",
                    endpoint="none",
                    prompt_version="none",
                    usage=usage,
                    warnings=[],
                ),
            )
        )
    return briefs


def measure(n: int) -> dict[str, float]:
    from summarise.corpus.reconcile import reconcile

    briefs = synthetic(n)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    corpus = reconcile(briefs)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "briefs": n,
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(peak / 1024),
        "input_rss_mb": round(rss_before / 1024),
        "actors": len(corpus.actors),
        "groups": len(corpus.figure_groups),
        "conflicts": len(corpus.conflicts),
    }


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000, 100000]
    print(
        "| briefs | reconcile s | s per 1k briefs | peak RSS MB (process) | RSS before MB "
        "| actors | figure groups | conflicts |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        r = json.loads(out.stdout)
        print(
            f"| {n:,} | {r['seconds']} | {r['seconds'] / n * 1000:.2f} | {r['peak_rss_mb']} | "
            f"{r['input_rss_mb']} | {r['actors']} | {r['groups']} | {r['conflicts']} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
