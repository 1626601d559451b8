"""Recording model traffic to cassettes, and replaying it with no model and no network.

Requests match on method, path and body (JSON compared as data), never on host or port:
the embedded server listens on a random port, and a changed prompt, article or model name
changes the body, so an old answer can never be replayed for a new question.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import vcr
import yaml
from vcr.errors import CannotOverwriteExistingCassetteException

from summarise.config import redact_url

MATCH_ON = ("method", "path", "body")

#: Headers that may identify or authenticate someone: dropped in both directions.
REQUEST_HEADERS_DROPPED = (
    "authorization",
    "api-key",
    "x-api-key",
    "openai-organization",
    "openai-project",
    "cookie",
)
RESPONSE_HEADERS_DROPPED = {
    "set-cookie",
    "openai-organization",
    "openai-project",
    "x-request-id",
    "cf-ray",
    "server",
    "date",
}


def _blank(data: Any, secrets: list[str]) -> Any:
    if isinstance(data, bytes):
        for secret in secrets:
            data = data.replace(secret.encode(), b"[REDACTED]")
    elif isinstance(data, str):
        for secret in secrets:
            data = data.replace(secret, "[REDACTED]")
    return data


def _vcr(record_mode: str, secrets: list[str]) -> vcr.VCR:
    def scrub_request(request: Any) -> Any:
        request.uri = _blank(redact_url(request.uri), secrets)
        request.body = _blank(request.body, secrets)
        return request

    def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
        headers = response.get("headers", {})
        for name in list(headers):
            if name.lower() in RESPONSE_HEADERS_DROPPED:
                del headers[name]
        body = response.get("body")
        if isinstance(body, dict) and "string" in body:
            body["string"] = _blank(body["string"], secrets)  # a server may echo the key
        return response

    return vcr.VCR(
        record_mode=record_mode,
        match_on=MATCH_ON,
        filter_headers=list(REQUEST_HEADERS_DROPPED),
        before_record_request=scrub_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )


@contextlib.contextmanager
def cassette(
    path: Path, *, record: bool = False, secrets: list[str] | None = None
) -> Iterator[Any]:
    """Replay `path` (record=False: any request not in it fails), or, with record=True, replay
    what it holds and record what it does not (vcrpy's "new_episodes"). `secrets` are blanked
    wherever they would be written: URLs, request and response bodies."""
    if not record and not path.exists():
        from summarise.errors import ReplayMissError

        raise ReplayMissError(str(path), "the cassette file does not exist")
    _check_cassette(path)
    with _vcr("new_episodes" if record else "none", secrets or []).use_cassette(
        str(path), allow_playback_repeats=False
    ) as cass:
        yield cass


def _check_cassette(path: Path) -> None:
    """A recording that exists must be one: a YAML mapping with a list of interactions, each
    a request and a response. Anything else is a setting error, said in one line."""
    from summarise.errors import ConfigError

    if not path.exists():
        return  # --record starts a new one
    what = f"{path}: not a recording of model traffic"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise ConfigError(f"{what} ({first})") from None
    items = data.get("interactions") if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(
        isinstance(i, dict) and "request" in i and "response" in i for i in items
    ):
        raise ConfigError(f"{what} (expected a mapping with a list of 'interactions')")


def keep_only(path: Path, indices: list[int]) -> None:
    """Rewrite the cassette at `path` keeping only the interactions at `indices`."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["interactions"] = [data["interactions"][i] for i in indices]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def replay_miss_in(exc: BaseException | None) -> str | None:
    """If `exc` was caused by a request missing from the cassette, a short description of it."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, CannotOverwriteExistingCassetteException):
            first = str(exc).splitlines()[0] if str(exc) else "unmatched request"
            return first[:200]
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None
