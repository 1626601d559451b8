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
    from summarise.api import connect
    from summarise.brief import brief_file, brief_json, brief_text
    from summarise.config import Settings, resolve_settings
    from summarise.corpus import brief_corpus
    from summarise.errors import SummariseError
    from summarise.render import brief_markdown

#: Public name -> module: imported on first use, so `summarise --help` does not load the
#: model client (openai) or the NLP pipeline.
_EXPORTS = {
    "Settings": "summarise.config",
    "SummariseError": "summarise.errors",
    "brief_corpus": "summarise.corpus",
    "brief_file": "summarise.brief",
    "brief_json": "summarise.brief",
    "brief_markdown": "summarise.render",
    "brief_text": "summarise.brief",
    "connect": "summarise.api",
    "resolve_settings": "summarise.config",
}
__all__ = [
    "Settings",
    "SummariseError",
    "brief_corpus",
    "brief_file",
    "brief_json",
    "brief_markdown",
    "brief_text",
    "connect",
    "resolve_settings",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'summarise' has no attribute {name!r}")
