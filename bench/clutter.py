"""Page clutter on the dev corpus, by code only (no model): what the clutter step marks, and
the actors and statements it takes away, against hand labels.

    python bench/clutter.py                  # counts before and after the step, by label
    python bench/clutter.py --dropped        # actors the step takes away, each mention in
                                             # context (label them in the labels file)
    python bench/clutter.py --left           # actors labelled clutter that are still actors
    python bench/clutter.py --marks          # every mark, its rule and its words

"Before" is the article read with only the old rule (paragraphs that are links as a whole,
`find.clutter.link_lines`); "after" with every rule (`find.clutter.page_clutter`).

Reads `../shared/devcorpus/*/*.txt` (or --corpus DIR) and `bench/clutter/labels.tsv`: one row
an actor of the "before" reading, judged by reading every mention of it: article, actor
(canonical name), verdict ("clutter" where every mention stands in a caption, gallery,
credit, video title or link; else "real"), kind (caption, gallery, video, link, credit or
"-") and a note. Prints measured counts only.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarise.find.analysis import Analysis, analyse  # noqa: E402
from summarise.find.clutter import link_lines, page_clutter  # noqa: E402
from summarise.find.text import read_article, sentences  # noqa: E402

CORPUS_DIRS = [ROOT.parent / "shared" / "devcorpus", ROOT.parents[1] / "shared" / "devcorpus"]
LABELS = ROOT / "bench" / "clutter" / "labels.tsv"
LABEL_COLUMNS = ["article", "at", "actor", "verdict", "kind", "note"]


def read(corpus: Path) -> list[tuple[str, str, Analysis, Analysis]]:
    """(article, text, before, after) for every article of the corpus."""
    out = []
    t0 = time.perf_counter()
    for path in sorted(corpus.glob("*/*.txt")):
        text = read_article(path)
        before = analyse(text, sentences(text, link_lines))
        after = analyse(text)
        out.append((f"{path.parent.name}/{path.name}", text, before, after))
    print(f"{len(out)} articles read twice in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return out


def load_labels(path: Path) -> dict[tuple[str, str, int], dict[str, str]]:
    """Labels by (article, actor, offset of the actor's first mention)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {(r["article"], r["actor"], int(r["at"])): r for r in rows}


def in_context(text: str, start: int, end: int, width: int = 90) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ¶ ")
    after = text[end : end + width // 2].replace("\n", " ¶ ")
    return f"…{before}[[{text[start:end]}]]{after}…"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--corpus", type=Path, default=next((d for d in CORPUS_DIRS if d.is_dir()), CORPUS_DIRS[0])
    )
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--dropped", action="store_true", help="show the actors the step drops")
    ap.add_argument("--left", action="store_true", help="show clutter actors left")
    ap.add_argument("--marks", action="store_true", help="show every mark")
    args = ap.parse_args()
    labels = load_labels(args.labels)
    found = read(args.corpus)

    rules: Counter[str] = Counter()
    marked_words = 0
    actors_before = actors_after = 0
    spans_before = spans_after = shown_before = shown_after = 0
    clutter_before: list[tuple[str, str, int]] = []
    clutter_left: list[tuple[str, str, int]] = []
    real_dropped: list[tuple[str, str, int]] = []
    unlabelled: list[tuple[str, str, int]] = []
    for article, text, before, after in found:
        marks = page_clutter(text)
        rules.update(f"{c.kind} ({c.rule})" for c in marks)
        marked_words += sum(len(text[c.start : c.end].split()) for c in marks)
        if args.marks:
            print(f"\n== {article}")
            for c in marks:
                print(f"  [{c.kind}/{c.rule}] {text[c.start : c.end]!r}")
        # an actor is the same after the step if it keeps a mention (its canonical name may
        # change: "Hillary Clinton" named in full only in a gallery is "Clinton" after)
        spans_after_ = {tuple(m) for a in after.actors for m in a.mentions}
        kept = {
            (a.canonical, a.mentions[0][0])
            for a in before.actors
            if spans_after_ & {tuple(m) for m in a.mentions}
        }
        actors_before += len(before.actors)
        actors_after += len(after.actors)
        spans_before += len(before.statement_spans)
        spans_after += len(after.statement_spans)
        shown_before += len(before.statements())
        shown_after += len(after.statements())
        for actor in before.actors:
            key = (article, actor.canonical, actor.mentions[0][0])
            label = labels.get(key)
            verdict = label["verdict"] if label else ""
            still = (actor.canonical, actor.mentions[0][0]) in kept
            if verdict == "clutter":
                clutter_before.append(key)
                if still:
                    clutter_left.append(key)
            if still:
                continue
            if verdict == "real":
                real_dropped.append(key)
            elif not verdict:
                unlabelled.append(key)
            if args.dropped and verdict != "clutter":
                print(f"\n-- {article} | {actor.canonical} ({verdict or 'not labelled'})")
                for s, e in actor.mentions:
                    print(f"   {in_context(text, s, e)}")
        if args.left:
            for actor in before.actors:
                label = labels.get((article, actor.canonical, actor.mentions[0][0]), {})
                if (
                    label.get("verdict") == "clutter"
                    and (actor.canonical, actor.mentions[0][0]) in kept
                ):
                    print(f"\n-- {article} | {actor.canonical} (clutter, left: {label['kind']})")
                    for s, e in actor.mentions:
                        print(f"   {in_context(text, s, e)}")

    n = len(found)
    print(f"\nDev corpus: {n} articles. Marks: {sum(rules.values())} ({marked_words} words)")
    for rule, count in rules.most_common():
        print(f"  {count:4} {rule}")
    print(f"actors: {actors_before} before, {actors_after} after")
    print(
        f"actors from clutter alone (labelled): {len(clutter_before)} before, "
        f"{len(clutter_left)} left after"
    )
    kinds = Counter(labels[k]["kind"] for k in clutter_left)
    if kinds:
        print("  left, by kind: " + ", ".join(f"{k} {c}" for k, c in kinds.most_common()))
    print(
        f"real actors no longer actors (labelled real: a name their other mentions were "
        f"clutter leaves named once, in passing): {len(real_dropped)}"
    )
    for article, name, _ in real_dropped:
        print(f"  {article} | {name}")
    if unlabelled:
        print(f"dropped actors not labelled yet: {len(unlabelled)} (see --dropped)")
    print(f"statements: {spans_before} before, {spans_after} after")
    print(f"statements shown to the model: {shown_before} before, {shown_after} after")


if __name__ == "__main__":
    main()
