"""What each step of a brief returns: its items, what it noticed, and what the model cost.

A step never writes into a caller's list: the brief's pipeline (`article.brief`) collects the
warnings and usage of its steps in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from summarise.schemas import Usage

T = TypeVar("T")

_EMPTY = {"", "null", "none", "n/a", "unknown", "not stated", "not specified"}


@dataclass(frozen=True)
class Step(Generic[T]):
    items: T
    warnings: tuple[str, ...] = ()
    usage: Usage = field(default_factory=Usage)


def clean_answer(value: str | None) -> str | None:
    """A field the model filled, stripped; None for its ways of saying nothing ("n/a")."""
    if value is None:
        return None
    value = value.strip().strip('"').strip()
    return None if value.casefold() in _EMPTY else value
