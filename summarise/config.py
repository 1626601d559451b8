"""Settings and credentials, resolved in one place: flag, then environment, then default."""

from __future__ import annotations

import base64
import math
import os
import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlencode, urlparse, urlsplit, urlunsplit

from summarise.errors import ConfigError

#: Largest article read, in bytes (`--max-bytes`, SUMMARISE_MAX_BYTES): the longest news
#: pages are tens of kilobytes; a file far larger is not one article.
MAX_ARTICLE_BYTES = 1_000_000

#: Name the embedded server gives its model, and the name requests and cassettes carry.
EMBEDDED_MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"

#: How structured output is asked for. "llamacpp": response_format json_object with a
#: `schema` key, enforced by the server's grammar; "json_schema": OpenAI structured outputs;
#: "tools": function calling; "json": json_object with the schema only in the prompt.
OutputMode = Literal["llamacpp", "json_schema", "tools", "json"]
_MODES: tuple[OutputMode, ...] = ("llamacpp", "json_schema", "tools", "json")


@dataclass(frozen=True)
class Settings:
    """Everything that decides which model is called and how hard we try."""

    base_url: str | None = None  # None: start the embedded model
    model: str = EMBEDDED_MODEL
    api_key: str = field(default="", repr=False)
    mode: OutputMode = "llamacpp"
    timeout: float = 600.0
    retries: int = 3
    reasks: int = 1
    threads: int = 2
    context: int = 4096

    @property
    def embedded(self) -> bool:
        return self.base_url is None

    @property
    def endpoint_label(self) -> str:
        """The endpoint as outputs, logs and messages name it: credentials removed."""
        return redact_url(self.base_url) if self.base_url else "embedded"

    @property
    def secrets(self) -> list[str]:
        """Strings that must never be written anywhere: the key, a password in the URL."""
        found = [self.api_key] if self.api_key and self.api_key != NO_KEY else []
        if self.base_url:
            parts = urlsplit(self.base_url)
            found += [p for p in (parts.password,) if p]
            if parts.password:  # the HTTP client sends user:password as Basic auth
                pair = f"{unquote(parts.username or '')}:{unquote(parts.password)}"
                found.append(base64.b64encode(pair.encode()).decode())
            found += [v for k, v in parse_qsl(parts.query) if _SECRET_PARAM.search(k) and v]
        return [s for s in found if len(s) >= 4]


NO_KEY = "not-needed"
_SECRET_PARAM = re.compile(r"key|token|secret|passw|sig|auth", re.IGNORECASE)


def redact_url_safe(url: str) -> str:
    """`redact_url`, or, for a URL too broken to parse, everything before any '@' dropped."""
    try:
        return redact_url(url)
    except ValueError:
        scheme, _, rest = url.partition("://")
        return f"{scheme}://{rest.rpartition('@')[2]}" if rest else url


def redact_url(url: str) -> str:
    """`url` without user:password@ and with secret-looking query values blanked."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    query = urlencode(
        [(k, "REDACTED" if _SECRET_PARAM.search(k) else v) for k, v in parse_qsl(parts.query)]
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _env_number(name: str, kind: type[int] | type[float]) -> int | float | None:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
    if value < 0:
        raise ConfigError(f"{name}={raw!r} must not be negative")
    if value == 0 and name in _POSITIVE:
        raise ConfigError(f"{name}={raw!r} must be more than 0")
    return value


#: Settings for which 0 is not a value (a timeout of 0 s, a context of 0 tokens).
_POSITIVE = frozenset(["SUMMARISE_TIMEOUT", "SUMMARISE_THREADS", "SUMMARISE_CONTEXT"])


def _pick_mode(base_url: str | None) -> OutputMode:
    if base_url is None:
        return "llamacpp"
    host = urlparse(base_url).hostname or ""
    if host.endswith("openai.com"):
        return "json_schema"
    return "json"


def resolve_settings(
    *,
    base_url: str | None = None,
    model: str | None = None,
    mode: str | None = None,
    timeout: float | None = None,
    retries: int | None = None,
) -> Settings:
    """Settings from CLI flags (arguments), else SUMMARISE_* / OPENAI_API_KEY, else defaults.

    Raises ConfigError with the fix when a remote endpoint needs a key and has none.
    """
    base_url = base_url or os.environ.get("SUMMARISE_BASE_URL") or None
    if base_url is not None:
        try:
            parsed = urlparse(base_url)
        except ValueError as err:  # "http://[::1": an unclosed IPv6 address
            raise ConfigError(f"base URL {redact_url_safe(base_url)!r}: {err}") from None
        try:
            parsed.port  # noqa: B018 (raises on a port that is not a number in range)
        except ValueError as err:
            raise ConfigError(f"base URL {redact_url_safe(base_url)!r}: {err}") from None
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigError(
                f"base URL {base_url!r} is not an http(s) URL; "
                "set e.g. SUMMARISE_BASE_URL=http://127.0.0.1:8080/v1"
            )
    chosen_model = model or os.environ.get("SUMMARISE_MODEL") or None
    if chosen_model is None:
        if base_url is not None:
            raise ConfigError(
                "a model name is needed for a remote endpoint: pass --model NAME "
                "or set SUMMARISE_MODEL"
            )
        chosen_model = EMBEDDED_MODEL
    raw_mode = mode or os.environ.get("SUMMARISE_MODE") or "auto"
    if raw_mode == "auto":
        out_mode = _pick_mode(base_url)
    elif raw_mode in _MODES:
        out_mode = raw_mode
    else:
        raise ConfigError(f"unknown output mode {raw_mode!r}; choose auto or one of {_MODES}")
    api_key = os.environ.get("SUMMARISE_API_KEY") or os.environ.get("OPENAI_API_KEY") or ""
    if base_url is not None and not api_key:
        host = urlparse(base_url).hostname or ""
        if host.endswith("openai.com"):
            raise ConfigError(
                f"{base_url} needs an API key: set OPENAI_API_KEY (or SUMMARISE_API_KEY)"
            )
    env_timeout = _env_number("SUMMARISE_TIMEOUT", float)
    for name, value in (("--timeout", timeout), ("SUMMARISE_TIMEOUT", env_timeout)):
        if value is not None and not math.isfinite(value):
            raise ConfigError(f"{name}={value!r} must be a finite number of seconds")
    env_retries = _env_number("SUMMARISE_RETRIES", int)
    env_threads = _env_number("SUMMARISE_THREADS", int)
    env_context = _env_number("SUMMARISE_CONTEXT", int)
    return Settings(
        base_url=base_url.rstrip("/") if base_url else None,
        model=chosen_model,
        api_key=api_key or NO_KEY,
        mode=out_mode,
        timeout=float(
            timeout if timeout is not None else env_timeout if env_timeout is not None else 600.0
        ),
        retries=int(
            retries if retries is not None else env_retries if env_retries is not None else 3
        ),
        threads=int(env_threads or os.cpu_count() or 2),
        context=int(env_context or 4096),
    )


def redact(text: str, settings: Settings) -> str:
    """`text` with the endpoint's credentials blanked: servers echo keys in error bodies and
    transport errors quote the URL."""
    if settings.base_url:
        text = text.replace(settings.base_url, redact_url(settings.base_url))
    for secret in settings.secrets:
        text = text.replace(secret, "[REDACTED]")
    return text
