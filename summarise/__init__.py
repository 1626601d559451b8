"""summarise: grounded, structured briefs of news articles, reconciled across a corpus.

Library first; the `summarise` command is a thin layer over these functions::

    from pathlib import Path
    from summarise import brief_file, connect, resolve_settings

    with connect(resolve_settings()) as client:      # starts the embedded model
        brief = brief_file(Path("seeds/001_c21b84e8ba4fc628.txt"), client)
    print(brief.figures[0].measure, brief.figures[0].value)
"""

from summarise.api import connect
from summarise.brief import brief_file, brief_json, brief_text
from summarise.config import Settings, resolve_settings
from summarise.errors import SummariseError
from summarise.render import brief_markdown

__all__ = [
    "Settings",
    "SummariseError",
    "brief_file",
    "brief_json",
    "brief_markdown",
    "brief_text",
    "connect",
    "resolve_settings",
]
