"""Who said what on the dev corpus, by code only (no model): coverage, samples to check by
hand, and the hand labels scored.

    python bench/attribution.py                  # coverage by how the speaker was found
    python bench/attribution.py --dump a.tsv     # every statement and its speaker, to diff
    python bench/attribution.py --sample 30 --shown --seed 2026
    python bench/attribution.py --sample 20 --how pronoun --seed 2026
    python bench/attribution.py --sample 30 --seed 2026
    python bench/attribution.py --sample 20 --how none --seed 2026
                                                 # a random sample with its context, to
                                                 # check by hand: statements shown to the
                                                 # model, pronoun attributions, all
                                                 # statements, or those with no speaker
    python bench/attribution.py --labels bench/attribution/labels-2026.tsv
                                                 # the counts of a stored hand check, and
                                                 # which of its rows the code now answers
                                                 # differently (to label again)

Reads `../shared/devcorpus/*/*.txt` (or --corpus DIR). Prints measured counts only.

A labels file (`bench/attribution/labels-<seed>.tsv`) has one row a statement: sample
(shown, pronoun or all), article, offset, speaker given, right speaker, class ("ok" or the
class of the mistake), and a note. "Right speaker" is what a careful reader of the article
says; "-" where the statement is nobody's (narrative, a headline) or the article does not
say who; "unnamed" where the speaker is described but not named ("a source").
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarise.find.analysis import analyse  # noqa: E402
from summarise.find.text import read_article  # noqa: E402

#: Where the dev corpus is: beside the project (`../shared`), or beside a worktree of it.
CORPUS_DIRS = [ROOT.parent / "shared" / "devcorpus", ROOT.parents[1] / "shared" / "devcorpus"]
LABEL_COLUMNS = ["sample", "article", "at", "given", "right", "class", "note"]


def rows(corpus: Path) -> list[dict[str, str]]:
    out = []
    seconds = 0.0
    files = sorted(corpus.glob("*/*.txt"))
    for path in files:
        text = read_article(path)
        t0 = time.perf_counter()
        a = analyse(text)
        seconds += time.perf_counter() - t0
        persons = {x.canonical for x in a.actors}
        shown = {st.span for st in a.statements()}
        for s, e, _ctx in a.statement_spans:
            sp = a.speakers.of_span(s, e)
            before = text[max(0, s - 400) : s].replace("\n", " ¶ ")
            out.append(
                {
                    "article": f"{path.parent.name}/{path.name}",
                    "at": str(s),
                    "statement": text[s:e].replace("\n", " ")[:160],
                    "speaker": "" if sp is None else sp.name,
                    "how": "" if sp is None else sp.how,
                    "kind": (
                        "none"
                        if sp is None
                        else "actor"
                        if sp.actor in persons
                        else "named"
                        if sp.named
                        else "description"
                    ),
                    "before": before,
                    "shown": "yes" if (s, e) in shown else "",
                }
            )
    print(
        f"{len(files)} articles, analysed in {seconds:.1f} s "
        f"({seconds / max(1, len(files)):.2f} s an article)",
        file=sys.stderr,
    )
    return out


def score(labels: Path, found: list[dict[str, str]]) -> None:
    """The counts of a stored hand check, and the rows the code now answers differently."""
    now = {(r["article"], r["at"]): r["speaker"] or "-" for r in found}
    with labels.open(encoding="utf-8") as f:
        rows_ = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for sample in dict.fromkeys(r["sample"] for r in rows_):
        these = [r for r in rows_ if r["sample"] == sample]
        ok = sum(r["class"] == "ok" for r in these)
        print(f"{sample}: {ok} of {len(these)} right")
        wrong = Counter(r["class"] for r in these if r["class"] != "ok")
        for cls, n in wrong.most_common():
            print(f"  {n} {cls}")
        if sample in ("all", "none"):
            # no speaker found, or only a description, where the article names who it is
            lost = [r for r in these if r["given"] == "-" and r["right"] != "-"]
            vague = [r for r in these if r["class"] == "description not resolved"]
            print(
                f"  unresolved although the article names the speaker: {len(lost)} of "
                f"{len(these)}, and {len(vague)} left as a description"
            )
    changed = [r for r in rows_ if now.get((r["article"], r["at"]), "?") != r["given"]]
    print(f"rows the code now answers differently (label them again): {len(changed)}")
    for r in changed:
        print(
            f"  {r['article']} @{r['at']}: {r['given']} -> {now.get((r['article'], r['at']), '?')}"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--corpus", type=Path, default=next((d for d in CORPUS_DIRS if d.is_dir()), CORPUS_DIRS[0])
    )
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--how", default="")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--shown", action="store_true", help="sample only statements the model is shown"
    )
    ap.add_argument("--labels", type=Path, help="score a stored hand check")
    args = ap.parse_args()
    found = rows(args.corpus)
    kinds = Counter(r["kind"] for r in found)
    hows = Counter(r["how"] for r in found if r["how"])
    n = len(found)
    print(f"statements: {n}")
    for k in ("actor", "named", "description", "none"):
        print(f"  speaker {k:12} {kinds[k]:4} ({kinds[k] / max(1, n):.0%})")
    print("  by how: " + ", ".join(f"{h} {c}" for h, c in hows.most_common()))
    if args.dump:
        cols = ["article", "at", "speaker", "how", "kind", "statement"]
        with args.dump.open("w", encoding="utf-8") as f:
            f.write("\t".join(cols) + "\n")
            for r in found:
                f.write("\t".join(r[c] for c in cols) + "\n")
    if args.labels:
        score(args.labels, found)
    if args.sample:
        pool = [
            r
            for r in found
            if (not args.how or (r["how"] or "none") == args.how) and (not args.shown or r["shown"])
        ]
        for r in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
            print(f"\n== {r['article']} @{r['at']}  →  {r['speaker'] or '-'} ({r['how']})")
            print(f"   …{r['before'][-300:]}")
            print(f"   >> {r['statement']}")


if __name__ == "__main__":
    main()
