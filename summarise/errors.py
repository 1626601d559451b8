"""Every error summarise raises on purpose, each with what a user needs to act on it."""

from __future__ import annotations

from pathlib import Path


class SummariseError(Exception):
    """Base of the tool's own errors. `exit_code` is what the CLI exits with."""

    exit_code = 1


class ConfigError(SummariseError):
    """A setting is missing or wrong; the message says how to fix it."""

    exit_code = 2


class OutputError(ConfigError):
    """An output cannot be written where it was asked to go (a device, an unwritable folder);
    a bad `-o`, so a setting error."""


class InputError(SummariseError):
    """An article cannot be read as text."""

    exit_code = 3

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ModelError(SummariseError):
    """The model endpoint failed for good: after retries, or with an answer we cannot use."""

    exit_code = 4

    def __init__(self, endpoint: str, cause: str, attempts: int | None) -> None:
        """`attempts`: requests sent (retries of transport faults); None where they are not
        the point (an answer that did not fit the schema is counted in `cause`)."""
        self.endpoint = endpoint
        self.cause = cause
        self.attempts = attempts
        after = f" after {attempts} attempt(s)" if attempts is not None else ""
        super().__init__(f"model at {endpoint} failed{after}: {cause}")


class ContextOverflowError(ModelError):
    """The server refused a request as longer than its context: the caller can split it."""


class ReplayMissError(SummariseError):
    """Replaying a cassette, the pipeline made a request the cassette does not hold."""

    exit_code = 5

    def __init__(self, cassette: str, detail: str) -> None:
        self.cassette = cassette
        super().__init__(
            f"request not found in cassette {cassette} ({detail}); the article, prompt, model "
            "or settings differ from the recording — re-record it or drop --replay"
        )


class EmbeddedModelError(SummariseError):
    """The embedded model cannot be assembled or its server cannot start."""

    exit_code = 6
