"""Flags on pairs written for the purpose: precision and recall by class and by kind of news.

    python bench/battery.py record   # live, embedded model (or SUMMARISE_BASE_URL): records
                                     # every pair's briefs and judgement calls in one cassette
    python bench/battery.py score    # replays cassettes/battery.yaml: no model
    python bench/battery.py score --no-judge   # the rules alone: every candidate a flag
    python bench/battery.py rules    # no model and no cassette: briefs by code alone
                                     # (`brief_by_code`), which is what flags depend on
    python bench/battery.py rules --pairs bench/battery/eighth.yaml  # a held-out battery
                                     # (fresh, third ... eighth: written blind; the eighth
                                     # has never been read, see bench/RESULTS.md)
    python bench/battery.py wide --pairs bench/battery/sixth.yaml    # how many expected
                                     # flags a wide candidate set (same unit, values that
                                     # cannot both hold, whatever is counted) would hold

`bench/battery/pairs.yaml` holds invented two-article pairs (never adapted from the
development corpus): half give one plain disagreement (`expect: flag`, with the two number
phrases as written), half are traps whose numbers differ but can both hold or count
different things (`expect: none`). Each pair is its own corpus, run through the same
`brief_corpus` as `summarise batch`, the model judging each candidate flag. A raised flag
matches only when its two claims come one from each article and hold the expected number
phrases; any other flag in a pair is false. Articles are written under bench/battery/work/
(kept out of git); the recording is committed (the text is ours).
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from summarise.article.brief import brief_by_code
from summarise.config import resolve_settings
from summarise.corpus.compare import _low, _overlap, _rounding_explains, article_date, claim
from summarise.corpus.pipeline import brief_corpus
from summarise.corpus.reconcile import reconcile
from summarise.find.quantities import parse_quantity
from summarise.llm.api import connect
from summarise.schemas import Claim, Conflict, Corpus

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "bench" / "battery" / "pairs.yaml"
WORK = ROOT / "bench" / "battery" / "work"
CASSETTE = ROOT / "cassettes" / "battery.yaml"


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    pairs: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return pairs


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def write_articles(pair: dict[str, Any], work: Path = WORK) -> list[Path]:
    folder = work / "articles" / pair["id"]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    paths = []
    for side in ("a", "b"):
        path = folder / f"{side}_{_slug(pair[side]['outlet'])}.txt"
        path.write_text(pair[side]["text"], encoding="utf-8")
        paths.append(path)
    return paths


def run(
    mode: str,
    only: list[str],
    judge: bool = True,
    cassette: Path = CASSETTE,
    pairs_file: Path = PAIRS,
) -> list[tuple[dict[str, Any], Corpus]]:
    pairs = [p for p in load_pairs(pairs_file) if not only or p["id"] in only]
    if mode == "rules":
        return [(pair, _by_code(pair)) for pair in pairs]
    settings = resolve_settings()
    kwargs = {"replay": cassette} if mode == "score" else {"record": cassette}
    results = []
    with connect(settings, **kwargs) as client:  # type: ignore[arg-type]
        for i, pair in enumerate(pairs, 1):
            work = WORK if pairs_file == PAIRS else WORK / pairs_file.stem
            paths = write_articles(pair, work)
            out = work / "out" / pair["id"]
            shutil.rmtree(out, ignore_errors=True)
            with contextlib.redirect_stdout(sys.stderr):
                _, corpus = brief_corpus(paths, out, settings, lambda: client, judge=judge)
            done = f"[{i}/{len(pairs)}] {pair['id']}: {len(corpus.conflicts)} flags"
            print(done, file=sys.stderr)
            results.append((pair, corpus))
    return results


_PUBLISHED = re.compile(r"^Published (.+)$", re.MULTILINE)


def _by_code(pair: dict[str, Any]) -> Corpus:
    """The pair's corpus from briefs code alone makes: the date each article states for
    itself (its "Published" line, which a full brief has the model copy), no judge."""
    briefs = []
    for side in ("a", "b"):
        text = pair[side]["text"]
        dated = _PUBLISHED.search(text)
        name = f"{side}_{_slug(pair[side]['outlet'])}.txt"
        briefs.append(brief_by_code(text, name, dated.group(1) if dated else None))
    return reconcile(briefs)


def _side(source: str) -> str:
    return Path(source).name[0]


def matches(flag: Conflict, pair: dict[str, Any]) -> bool:
    """The flag sets a's expected number against b's, one claim from each article."""
    if pair["expect"] != "flag" or len(flag.claims) != 2:
        return False
    by_side = {_side(c.source): c for c in flag.claims}
    if set(by_side) != {"a", "b"}:
        return False
    want_a, want_b = (str(v) for v in pair["values"])
    return _same_phrase(want_a, by_side["a"], pair["a"]["text"]) and _same_phrase(
        want_b, by_side["b"], pair["b"]["text"]
    )


#: A number in digits or words, for telling that two phrases overlap in one.
_NUMBER_WORD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b",
    re.IGNORECASE,
)


def _same_phrase(want: str, claim: Any, text: str) -> bool:
    """The expected phrase stands where the claim's number does in the article, and names it:
    the claim's number holds the phrase ("seven" in "about seven"), or the phrase holds it
    ("148" in "148 of the 290 seats"), or the phrase's first number is the claim's value
    ("1.6 million children were immunised" for "About 1.6 million"). A battery's author may
    write the noun or the qualifier too, or leave them out."""
    a, b = claim.number_span
    # a phrase the author copied from a headline may open a sentence in the body: "more
    # than 180 flights" is "More than 180 flights"
    where = [m.start() for m in re.finditer(re.escape(want), text, re.IGNORECASE)]
    if not any(w < b and a < w + len(want) for w in where):
        return False
    if want.lower() in claim.number.lower() or claim.number.lower() in want.lower():
        return True
    # the two overlap in the claim's number ("nearly three weeks" for "three weeks in
    # hospital"): the phrase names it, whatever scale its value was put on
    for w in where:
        shared = text[max(a, w) : min(b, w + len(want))]
        if _NUMBER_WORD.search(shared):
            return True
    try:
        value = parse_quantity(want).value
    except ValueError:
        return False
    return value is not None and claim.value is not None and abs(value - claim.value) < 1e-9


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    false: int = 0
    missed: list[str] = field(default_factory=list)
    false_ids: list[str] = field(default_factory=list)

    def precision(self) -> str:
        raised = self.found + self.false
        return f"{self.found / raised:.2f}" if raised else "n/a"

    def recall(self) -> str:
        return f"{self.found / self.expected:.2f}" if self.expected else "n/a"


def score(results: list[tuple[dict[str, Any], Corpus]]) -> str:
    by_class: dict[str, Tally] = defaultdict(Tally)
    by_kind: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    lines = []
    for pair, corpus in results:
        flags = [c for c in corpus.conflicts if c.kind in ("value", "period")]
        hit = [f for f in flags if matches(f, pair)]
        found = 1 if hit else 0
        false = len(flags) - len(hit[:1])
        for t in (by_class[pair["class"]], by_kind[pair["kind"]], total):
            t.expected += pair["expect"] == "flag"
            t.found += found
            t.false += false
            if pair["expect"] == "flag" and not found:
                t.missed.append(pair["id"])
            if false:
                t.false_ids.append(pair["id"])
        looks = len(corpus.worth_a_look)
        aside = sorted({s.rule for s in corpus.set_aside})
        shown = "; ".join(
            f"{f.measure}: {' / '.join(c.number for c in f.claims)} ({f.verdict})" for f in flags
        )
        lines.append(
            f"- {pair['id']} ({pair['class']}, expect {pair['expect']}): "
            f"{'HIT ' if found else ''}{len(flags)} flag(s) {shown}; worth a look {looks}; "
            f"set aside {', '.join(aside) or '-'}"
            + ("" if not corpus.failed else f"; FAILED {len(corpus.failed)}")
        )

    def table(title: str, rows: dict[str, Tally]) -> list[str]:
        out = [
            f"| {title} | pairs expecting a flag | found | false flags | precision | recall |"
            " missed | false in |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for name, t in sorted(rows.items()):
            out.append(
                f"| {name} | {t.expected} | {t.found} | {t.false} | {t.precision()} | "
                f"{t.recall()} | {', '.join(t.missed) or '-'} | {', '.join(t.false_ids) or '-'} |"
            )
        return out

    report = [
        *table("class", by_class),
        "",
        *table("kind", by_kind),
        "",
        f"**All {len(results)} pairs: precision {total.precision()}, recall {total.recall()}** "
        f"({total.found} of {total.expected} expected flags found, {total.false} false flags).",
        "",
        *lines,
    ]
    return "\n".join(report)


def clash(x: Claim, y: Claim) -> bool:
    """Two figures of one unit (or none) whose values cannot both hold, beyond rounding."""
    return (
        (x.unit or "") == (y.unit or "")
        and x.value is not None
        and y.value is not None
        and not _overlap(x, y)
        and not _rounding_explains(*sorted((x, y), key=_low))
    )


def wide_candidates(pair: dict[str, Any]) -> list[tuple[Claim, Claim]]:
    """Every pair of figures, one from each article (briefs by code), that clash: the wide
    candidate set, whatever the parse says each counts."""
    sides = []
    for side in ("a", "b"):
        text = pair[side]["text"]
        dated = _PUBLISHED.search(text)
        brief = brief_by_code(text, f"{side}_x.txt", dated.group(1) if dated else None)
        sides.append([claim(f"{side}_x.txt", f, article_date(brief)) for f in brief.figures])
    return [(x, y) for x in sides[0] for y in sides[1] if clash(x, y)]


def is_expected(pair: dict[str, Any], x: Claim, y: Claim) -> bool:
    """`x` (of article a) and `y` (of b) are the pair's expected disagreement."""
    return pair["expect"] == "flag" and (
        _same_phrase(str(pair["values"][0]), x, pair["a"]["text"])
        and _same_phrase(str(pair["values"][1]), y, pair["b"]["text"])
    )


def wide(pairs: list[dict[str, Any]]) -> str:
    """The expected flags a candidate set by unit alone would hold (`wide_candidates`). An
    upper bound for a design where the model judges each such pair ("the same quantity?"),
    and the judging it would cost."""
    expected = found = held = flag_pairs = trap_pairs = flag_cands = trap_cands = 0
    for pair in pairs:
        cands = wide_candidates(pair)
        if pair["expect"] == "flag":
            expected += 1
            flag_pairs += 1
            flag_cands += len(cands)
            held += any(is_expected(pair, x, y) for x, y in cands)
            found += any(matches(f, pair) for f in _by_code(pair).conflicts)
        else:
            trap_pairs += 1
            trap_cands += len(cands)
    return (
        f"expected flags {expected}: raised by the rules {found}, held by the wide candidate "
        f"set {held}; wide candidates a pair: {flag_cands / max(flag_pairs, 1):.1f} where a "
        f"flag is expected, {trap_cands / max(trap_pairs, 1):.1f} in traps"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["record", "score", "rules", "wide"])
    parser.add_argument("ids", nargs="*", help="only these pairs")
    parser.add_argument(
        "--no-judge", action="store_true", help="rules only: every candidate flag stands"
    )
    parser.add_argument("--cassette", type=Path, default=CASSETTE)
    parser.add_argument(
        "--pairs", type=Path, default=PAIRS, help="another battery (e.g. bench/battery/fresh.yaml)"
    )
    args = parser.parse_args()
    if args.mode == "wide":
        print(wide(load_pairs(args.pairs)))
        return 0
    results = run(
        args.mode, args.ids, judge=not args.no_judge, cassette=args.cassette, pairs_file=args.pairs
    )
    print(score(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
