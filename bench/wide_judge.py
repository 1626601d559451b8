"""The model as the judge of a wide candidate set: how many of a battery's disagreements it
keeps, and how many of the other candidates it turns away.

    python bench/wide_judge.py --pairs bench/battery/sixth.yaml --limit 10
        # live on the embedded model (or SUMMARISE_BASE_URL), recording every judgement in
        # cassettes/wide-judge.yaml; add --replay to read that cassette instead
    python bench/wide_judge.py --pairs bench/battery/sixth.yaml \
        --labels cassettes/battery-sixth.yaml
        # no judge: keep a candidate where the model's labels of the two figures (the
        # brief's figure call, replayed from the cassette `battery.py record` made) share a
        # content word or a category

The candidates are those of `battery.py wide`: every pair of figures of the two articles
with one unit (or none) whose values cannot both hold, whatever each is said to count. The
judge is the one reconciliation uses (`corpus/judge.py`: the two sentences, numbers masked,
"the same quantity?"). The first `--limit` pairs that expect a flag and the first `--limit`
traps are judged. Prints measured counts only.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from battery import (  # noqa: E402
    PAIRS,
    WORK,
    clash,
    is_expected,
    load_pairs,
    wide_candidates,
)
from battery import run as battery_run  # noqa: E402

from summarise.config import resolve_settings  # noqa: E402
from summarise.corpus.compare import _category, article_date, claim  # noqa: E402
from summarise.corpus.judge import model_judge  # noqa: E402
from summarise.llm.api import connect  # noqa: E402
from summarise.schemas import Brief  # noqa: E402

CASSETTE = ROOT / "cassettes" / "wide-judge.yaml"


_STOP = frozenset(
    "the a an of in on at for to and or by from with people number total new more than over "
    "since who were was is are".split()
)


def _label_words(label: str | None) -> set[str]:
    words = set()
    for w in re.findall(r"[a-z]+", (label or "").lower()):
        if w not in _STOP:
            words.add(w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return words


def label_agreement(pairs_file: Path, cassette: Path) -> str:
    """Wide candidates kept where the model's labels agree: a shared content word ("jobs
    lost" / "workers losing jobs") or one category (`compare._category`)."""
    held = kept = false = false_kept = 0
    for pair, _ in battery_run("score", [], judge=False, cassette=cassette, pairs_file=pairs_file):
        work = WORK if pairs_file.resolve() == PAIRS.resolve() else WORK / pairs_file.stem
        folder = work / "out" / pair["id"] / "briefs"
        briefs = [Brief.model_validate_json(f.read_text()) for f in sorted(folder.glob("*.json"))]
        sides = [
            [claim(b.provenance.source, f, article_date(b)) for f in b.figures] for b in briefs
        ]
        for x, y in ((x, y) for x in sides[0] for y in sides[1] if clash(x, y)):
            true = is_expected(pair, x, y)
            named = _category(x.measure or "")
            agree = bool(_label_words(x.measure) & _label_words(y.measure)) or (
                named is not None and named == _category(y.measure or "")
            )
            held += true
            kept += true and agree
            false += not true
            false_kept += (not true) and agree
    return (
        f"true candidates {held}: labels agree on {kept}; other candidates {false}: labels "
        f"agree on {false_kept}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=10)
    ap.add_argument("--replay", action="store_true")
    ap.add_argument("--labels", type=Path, help="a battery cassette: compare model labels")
    args = ap.parse_args()
    if args.labels is not None:
        print(label_agreement(args.pairs, args.labels))
        return 0
    pairs = load_pairs(args.pairs)
    chosen = [p for p in pairs if p["expect"] == "flag"][: args.limit]
    chosen += [p for p in pairs if p["expect"] != "flag"][: args.limit]
    settings = resolve_settings()
    kwargs = {"replay": CASSETTE} if args.replay else {"record": CASSETTE}
    kept = rejected_true = held = 0
    false_kept = false_rejected = unanswered = 0
    started = time.monotonic()
    with connect(settings, **kwargs) as client:
        judge = model_judge(lambda: client)
        for i, pair in enumerate(chosen, 1):
            for x, y in wide_candidates(pair):
                true = is_expected(pair, x, y)
                held += true
                verdict = judge(x, y)
                if verdict is None:
                    unanswered += 1
                elif true:
                    kept += verdict[0]
                    rejected_true += not verdict[0]
                else:
                    false_kept += verdict[0]
                    false_rejected += not verdict[0]
            print(f"[{i}/{len(chosen)}] {pair['id']}", file=sys.stderr)
    total = kept + rejected_true + false_kept + false_rejected
    print(
        f"{len(chosen)} pairs ({args.limit} expecting a flag, {args.limit} traps), "
        f"{total + unanswered} candidates judged in {time.monotonic() - started:.0f} s\n"
        f"disagreements held by the candidates: {held}; the judge kept {kept}, turned away "
        f"{rejected_true}\nother candidates: the judge kept {false_kept} (false flags), turned "
        f"away {false_rejected}; unanswered {unanswered}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
