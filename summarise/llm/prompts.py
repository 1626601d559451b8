"""Loading the prompt templates in `prompts/`, strictly, and naming their version.

A missing template variable is an error (StrictUndefined), not an empty string. The version a
brief records is the template set's name plus a hash of every file in it, so any edit to a
prompt changes the version (and so the brief cache key) without anyone remembering to bump it.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2

PROMPT_SET = "brief-v1"
_FILES = (
    "system.j2",
    "article.j2",
    "task.j2",
    "figures.j2",
    "figure_list.j2",
    "figure_examples.json",
    "merge.j2",
)
#: Templates used after briefing (reconciliation): loaded the same way, but not part of the
#: brief prompt version, so editing them does not invalidate cached briefs.
_RECONCILE_FILES = ("judge.j2",)


class PromptError(Exception):
    pass


@dataclass(frozen=True)
class FigureExample:
    sentence: str
    number: str
    measure: str


@dataclass(frozen=True)
class Prompts:
    version: str
    env: jinja2.Environment
    figure_examples: tuple[FigureExample, ...]

    def render(self, name: str, **variables: Any) -> str:
        try:
            return self.env.get_template(name).render(**variables).strip()
        except jinja2.UndefinedError as exc:
            raise PromptError(f"prompt {name}: {exc}") from exc


def _check_examples(raw: list[dict[str, Any]]) -> tuple[FigureExample, ...]:
    """Examples must quote their own sentence verbatim, or the model learns to invent."""
    examples = tuple(FigureExample(**item) for item in raw)
    for ex in examples:
        if ex.number not in ex.sentence:
            raise PromptError(
                f"figure example {ex.number!r} is not in its sentence {ex.sentence!r}"
            )
    return examples


@lru_cache(maxsize=1)
def load_prompts() -> Prompts:
    root = importlib.resources.files("summarise.prompt_templates")
    digest = hashlib.sha256()
    sources: dict[str, str] = {}
    for name in _FILES + _RECONCILE_FILES:
        text = (root / name).read_text(encoding="utf-8")
        sources[name] = text
        if name in _FILES:
            digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    env = jinja2.Environment(
        loader=jinja2.DictLoader(sources),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text to a model, not HTML
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    examples = _check_examples(json.loads(sources["figure_examples.json"]))
    return Prompts(f"{PROMPT_SET}+{digest.hexdigest()[:10]}", env, examples)
