"""summarise: grounded, structured briefs of news articles, reconciled across a corpus.

Library first; the `summarise` command is a thin layer over these functions::

    from pathlib import Path
    from summarise import brief_file, connect, resolve_settings

    with connect(resolve_settings()) as client:      # starts the embedded model
        brief = brief_file(Path("seeds/001_c21b84e8ba4fc628.txt"), client)
    print(brief.figures[0].measure, brief.figures[0].value)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarise.article.brief import brief_file, brief_json, brief_text
    from summarise.article.render import brief_markdown
    from summarise.config import Settings, resolve_settings
    from summarise.corpus.pipeline import brief_corpus
    from summarise.errors import SummariseError
    from summarise.find.sources import Article, read_articles, with_provenance
    from summarise.llm.api import connect

#: Public name -> module: imported on first use, so `summarise --help` does not load the
#: model client (openai) or the NLP pipeline.
_EXPORTS = {
    "Article": "summarise.find.sources",
    "Settings": "summarise.config",
    "SummariseError": "summarise.errors",
    "brief_corpus": "summarise.corpus.pipeline",
    "brief_file": "summarise.article.brief",
    "brief_json": "summarise.article.brief",
    "brief_markdown": "summarise.article.render",
    "brief_text": "summarise.article.brief",
    "connect": "summarise.llm.api",
    "read_articles": "summarise.find.sources",
    "resolve_settings": "summarise.config",
    "with_provenance": "summarise.find.sources",
}
__all__ = [
    "Article",
    "Settings",
    "SummariseError",
    "brief_corpus",
    "brief_file",
    "brief_json",
    "brief_markdown",
    "brief_text",
    "connect",
    "read_articles",
    "resolve_settings",
    "with_provenance",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'summarise' has no attribute {name!r}")
