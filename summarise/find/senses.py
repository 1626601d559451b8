"""Words that name one thing: "homes" and "houses", "pay" and "wages", "employees" and
"workers". Read from WordNet (`data/senses.tsv.gz`, built by tools/build_senses.py), by
word stem.

Two stems are *near* when a first sense of one is a first sense of the other ("pay" and
"wage" share one), is one step up from it ("house" is a kind of "dwelling, home";
"employee" a kind of "worker"), or when one is a word of the other's first senses
("household" is also "home"). Only a word's first senses count (WordNet orders them by
use), and never two words that are merely kinds of one thing ("nurse" and "doctor"), so
that a near word says the same thing, not a related one.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import cache
from importlib import resources


@cache
def _table() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    raw = resources.files("summarise.find").joinpath("data", "senses.tsv.gz").read_bytes()
    out = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        stem, own, near = line.split("\t")
        out[stem] = (frozenset(own.split()), frozenset(near.split()))
    return out


def own(stem: str) -> frozenset[str]:
    """The stem's first senses, and the stem itself (as "~stem")."""
    return _table().get(stem, (frozenset(), frozenset()))[0] | {"~" + stem}


@cache
def reach(stem: str) -> frozenset[str]:
    """What the stem is near: its own senses, the senses one step up, its senses' words."""
    senses, up = _table().get(stem, (frozenset(), frozenset()))
    return senses | up | {"~" + stem}


def near(a: str, b: str) -> bool:
    """Whether stems `a` and `b` name one thing (see the module's note)."""
    return a == b or bool(own(a) & reach(b)) or bool(own(b) & reach(a))


def matched(these: Iterable[str], those: Iterable[str]) -> set[str]:
    """The stems of `these` near one of `those`."""
    those = list(those)
    owns = set().union(*map(own, those)) if those else set()
    reaches = set().union(*map(reach, those)) if those else set()
    return {s for s in these if own(s) & reaches or reach(s) & owns}
