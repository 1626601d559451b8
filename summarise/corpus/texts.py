"""Finding the texts of briefed articles, for a report made away from where they were briefed.

A brief names its article (`provenance.source`, as the path was given: often relative to the
folder `batch` ran in) and fingerprints its text (`provenance.sha256`). A text is taken only
if its SHA-256 is the brief's, so a guess can miss but never show another article's text.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from summarise.config import MAX_ARTICLE_BYTES
from summarise.find.sources import Article, load_corpus, texts_on_disk
from summarise.find.text import text_sha256
from summarise.schemas import Brief


def find_texts(
    briefs: Iterable[tuple[Brief, Path | None]],
    folders: Iterable[Path] = (),
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> dict[str, str]:
    """The text of each brief's article, by source, where it can be found unchanged:
    1. where its source names it, from here;
    2. from each folder above its brief file, where it sits in OUT/briefs/ beside the
       folder `batch` read, so a report made from another folder still finds it;
    3. among the articles in `folders` (read as `batch` reads them), by SHA-256 alone: the
       articles copied to another machine, under any name.
    `briefs` pairs each brief with the file it was read from (None if none)."""
    briefs = list(briefs)
    texts = texts_on_disk(
        ((b.provenance.source, b.provenance.sha256) for b, _ in briefs), max_bytes
    )
    near: dict[str, list[str]] = {}  # source -> where it might be, nearest first
    for brief, path in briefs:
        source = brief.provenance.source
        if source in texts or path is None or source == "-" or Path(source).is_absolute():
            continue  # found, or nowhere else to look
        near[source] = [str(above / source) for above in path.resolve().parents]
    sha256 = {b.provenance.source: b.provenance.sha256 for b, _ in briefs}
    # one call: a record file is read once, however many of its lines are wanted
    found = texts_on_disk(
        ((place, sha256[source]) for source, places in near.items() for place in places),
        max_bytes,
    )
    for source, places in near.items():
        text = next((found[p] for p in places if p in found), None)
        if text is not None:
            texts[source] = text
    wanted = {b.provenance.sha256 for b, _ in briefs if b.provenance.source not in texts}
    if wanted and folders:
        by_sha: dict[str, str] = {}
        for item in load_corpus(folders, max_bytes):
            if isinstance(item, Article) and (sha := text_sha256(item.text)) in wanted:
                by_sha.setdefault(sha, item.text)
        for brief, _ in briefs:
            text = by_sha.get(brief.provenance.sha256)
            if brief.provenance.source not in texts and text is not None:
                texts[brief.provenance.source] = text
    return texts
