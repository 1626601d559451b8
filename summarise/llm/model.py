"""The one boundary for model calls: client, structured-output mode, retries, usage.

Nothing else in the package imports `openai` or `instructor`.

Two kinds of failure are handled differently, on purpose:
- transport faults (refused or dropped connection, timeout, 429, 5xx) are retried by
  tenacity with the *same* request: the model never sees them;
- answers that do not validate against the schema are re-asked by instructor, which shows
  the model its answer and the validation error (`Settings.reasks` times at most).
"""

from __future__ import annotations

import datetime
import email.utils
import json
import logging
import re
import time
from collections.abc import Iterator
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx2
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from summarise.config import Settings, redact
from summarise.errors import ContextOverflowError, ModelError, ReplayMissError
from summarise.llm.replay import replay_miss_in
from summarise.schemas import Usage

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

_INSTRUCTOR_MODE = {
    # llama.cpp: instructor's JSON_SCHEMA handling (no schema pasted into the prompt, which
    # would cost ~1,000 prompt tokens a call), with the request's response_format replaced
    # below by the json_object+schema form that llama.cpp's server enforces by grammar.
    "llamacpp": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "tools": instructor.Mode.TOOLS,
}
_RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 120.0
#: No answer of ours needs more; a model that runs past it is rambling, not answering.
MAX_TOKENS_CEILING = 3000
#: Qwen's tokenizer reads English news at ~4.2 characters a token; below 3, a prompt of
#: digits, names and punctuation is still not under-counted.
CAUTIOUS_CHARS_PER_TOKEN = 3.0
#: Chat-template tokens around each message.
TEMPLATE_TOKENS = 8
CONTEXT_MARGIN = 32


def _first_error(exc: InstructorRetryException) -> str:
    """The validation error in one line, whole words, not instructor's XML dump."""
    cause = exc.__cause__
    if isinstance(cause, ValidationError):
        first = cause.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "answer"
        return f"{where}: {first['msg']}"
    text = " ".join(str(cause or exc).split())
    return text if len(text) <= 160 else text[:160].rsplit(" ", 1)[0] + " …"


def _root(exc: BaseException) -> BaseException:
    """The transport error behind instructor's wrapper, if there is one."""
    if isinstance(exc, InstructorRetryException) and exc.__cause__ is not None:
        return exc.__cause__
    return exc


def _unreadable_reply(exc: BaseException) -> bool:
    """The HTTP body itself was not JSON (a proxy's error page): a transport fault, not an
    answer of the model's (there is no completion to show it)."""
    return (
        isinstance(exc, InstructorRetryException)
        and isinstance(exc.__cause__, json.JSONDecodeError)
        and exc.last_completion is None
    )


def is_transient(exc: BaseException) -> bool:
    """True for faults worth sending the same request again."""
    if replay_miss_in(exc) is not None:
        return False
    if _unreadable_reply(exc):
        return True
    root = _root(exc)
    if isinstance(root, openai.APIStatusError):
        return root.status_code in _RETRY_STATUS
    return isinstance(root, openai.APIConnectionError | openai.APITimeoutError)


def _retry_after(exc: BaseException) -> float | None:
    """Seconds the server asks us to wait: `Retry-After` in seconds or as an HTTP date."""
    root = _root(exc)
    if not isinstance(root, openai.APIStatusError):
        return None
    raw = root.response.headers.get("retry-after")
    if not raw:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)
        seconds = (when - datetime.datetime.now(datetime.UTC)).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


#: Characters of a server's own error message kept in ours.
REASON_CHARS = 300
_CONTEXT_OVERFLOW = re.compile(
    r"context (?:length|window|size)|maximum context|too many tokens|exceeds? the context"
    r"|n_ctx|prompt is too long",
    re.IGNORECASE,
)


def _server_reason(root: openai.APIStatusError) -> str:
    """The server's own words on why it refused: its JSON error message, else its body."""
    try:
        body = root.response.json()
    except ValueError:
        body = None
    message: object = None
    if isinstance(body, dict):
        error = body.get("error", body)
        message = error.get("message") if isinstance(error, dict) else error
        message = message or body.get("detail") or body.get("message")
    if not isinstance(message, str) or not message.strip():
        message = root.response.text
    return " ".join(str(message).split())[:REASON_CHARS]


_HINTS = {
    401: ": bad or missing API key; set OPENAI_API_KEY or SUMMARISE_API_KEY",
    403: ": the key may not use this model or endpoint",
    404: ": unknown model or wrong base URL; check --model and --base-url",
}


def _is_context_overflow(exc: BaseException) -> bool:
    root = _root(exc)
    return (
        isinstance(root, openai.APIStatusError)
        and root.status_code in (400, 413)
        and bool(_CONTEXT_OVERFLOW.search(_server_reason(root)))
    )


def _describe(exc: BaseException) -> str:
    if _unreadable_reply(exc):
        return "the endpoint's reply was not JSON"
    root = _root(exc)
    if isinstance(root, openai.APIStatusError):
        reason = _server_reason(root)
        said = f"HTTP {root.status_code}" + (f" ({reason})" if reason else "")
        return said + _HINTS.get(root.status_code, "")
    if isinstance(root, openai.APITimeoutError):
        return "timed out"
    if isinstance(root, openai.APIConnectionError):
        cause = root.__cause__
        if isinstance(cause, httpx2.RemoteProtocolError) and "not JSON" in str(cause):
            return str(cause)
        return f"connection failed ({cause or root})"
    return f"{type(root).__name__}: {root}"


class _Deadline(httpx2.SyncByteStream):
    """A response body that must arrive by `deadline`: a server trickling one byte at a time
    resets every read timeout, so the whole request is bounded here."""

    def __init__(self, stream: httpx2.SyncByteStream, deadline: float, seconds: float) -> None:
        self._stream, self._deadline, self._seconds = stream, deadline, seconds

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise httpx2.ReadTimeout(f"no whole answer within {self._seconds:g} s")
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _DeadlineTransport(httpx2.HTTPTransport):
    """`--timeout` bounds a whole request, headers and body, not each read; a 200 reply
    that is not JSON is a transport fault."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self._seconds = seconds

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        deadline = time.monotonic() + self._seconds
        response = super().handle_request(request)
        if time.monotonic() > deadline:
            response.close()
            raise httpx2.ReadTimeout(f"no answer within {self._seconds:g} s", request=request)
        kind = response.headers.get("content-type", "")
        if response.status_code == 200 and kind and "json" not in kind.lower():
            # A proxy's page, not an answer: a transport fault, retried with the same
            # request; never shown to the model as its own words.
            response.close()
            raise httpx2.RemoteProtocolError(
                f"the endpoint's reply was {kind.split(';')[0]}, not JSON", request=request
            )
        assert isinstance(response.stream, httpx2.SyncByteStream)
        response.stream = _Deadline(response.stream, deadline, self._seconds)
        return response


class ModelClient:
    """Structured calls to one OpenAI-compatible endpoint, with bounded retries."""

    def __init__(
        self,
        settings: Settings,
        base_url: str,
        replay_label: str | None = None,
        transport: httpx2.BaseTransport | None = None,
    ):
        """`transport`: where requests go instead of the network (`llm.batchfile`)."""
        self.settings = settings
        # A query in the base URL ("/v1?api-version=x") is sent with every request, never
        # pasted before the path ("/v1?api-version=x/chat/completions").
        parts = urlsplit(base_url)
        self.base_url = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        query = dict(parse_qsl(parts.query)) or None
        self.endpoint = settings.endpoint_label if replay_label is None else replay_label
        self._replay_label = replay_label
        # openai's own retries are off: tenacity below owns them, so they are bounded,
        # logged and counted in one place.
        self._openai = openai.OpenAI(
            base_url=self.base_url,
            default_query=query,
            api_key=settings.api_key,
            timeout=settings.timeout,
            max_retries=0,
            http_client=openai.DefaultHttpx2Client(
                transport=transport or _DeadlineTransport(settings.timeout),
                timeout=settings.timeout,
            ),
        )
        self._wait_backoff = wait_random_exponential(multiplier=1, max=30)

    def _describe(self, exc: BaseException) -> str:
        """`_describe`, with the API key blanked: a server may echo it in its error body."""
        return redact(_describe(exc), self.settings)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        after = _retry_after(exc) if exc else None
        return after if after is not None else float(self._wait_backoff(state))

    def _log_retry(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        sleep = state.next_action.sleep if state.next_action else 0.0
        log.warning(
            "%s: %s; retry %d of %d in %.1f s",
            self.endpoint,
            self._describe(exc) if exc else "?",
            state.attempt_number,
            self.settings.retries,
            sleep,
        )

    def fits(self, messages: list[dict[str, str]], max_tokens: int) -> bool:
        """Whether `messages` and an answer of `max_tokens` fit the model's context.

        A cautious estimate first (no request); only when it says no is the server asked to
        count exactly (llama.cpp's tokenizer endpoint), so short prompts cost nothing extra.
        """
        room = self.settings.context - max_tokens - CONTEXT_MARGIN
        chars = sum(len(m["content"]) for m in messages)
        overhead = TEMPLATE_TOKENS * len(messages)
        if chars / CAUTIOUS_CHARS_PER_TOKEN + overhead <= room:
            return True
        exact = self.count_tokens("\n".join(m["content"] for m in messages))
        return exact is not None and exact + overhead <= room

    def count_tokens(self, text: str) -> int | None:
        """Tokens in `text` by the server's own tokenizer, or None if it cannot say."""
        if self.settings.mode != "llamacpp":
            return None
        root = self.base_url.rstrip("/").removesuffix("/v1")
        try:
            reply = self._openai._client.post(  # the openai client's HTTP session
                f"{root}/extras/tokenize/count",
                json={"input": text},
                timeout=min(self.settings.timeout, 60.0),
            )
            reply.raise_for_status()
            count = reply.json().get("count")
        except Exception as exc:  # any failure: fall back to the estimate's verdict
            if replay_miss_in(exc) is not None:
                raise ReplayMissError(self._replay_label or "?", str(exc)[:200]) from exc
            log.info("%s: cannot count tokens (%s)", self.endpoint, exc)
            return None
        return int(count) if isinstance(count, int) else None

    def structured(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        *,
        max_tokens: int,
        _retried_longer: bool = False,
    ) -> tuple[T, Usage]:
        """One structured answer of type `response_model`, and the usage it cost.

        An answer cut off at `max_tokens` is asked for once more with twice the budget.
        """
        usage = Usage()
        started = time.monotonic()

        def count(response: Any) -> None:
            nonlocal usage
            u = getattr(response, "usage", None)
            usage = usage.add(
                Usage(
                    prompt_tokens=getattr(u, "prompt_tokens", 0) or 0,
                    completion_tokens=getattr(u, "completion_tokens", 0) or 0,
                    calls=1,
                )
            )

        client = instructor.from_openai(self._openai, mode=_INSTRUCTOR_MODE[self.settings.mode])
        client.on("completion:response", count)
        extra: dict[str, Any] = {}
        if self.settings.mode == "llamacpp":
            # llama.cpp's server enforces this schema with a grammar; it rejects `json_schema`.
            extra["extra_body"] = {
                "response_format": {
                    "type": "json_object",
                    "schema": response_model.model_json_schema(),
                }
            }

        retrying = Retrying(
            retry=retry_if_exception(is_transient),
            stop=stop_after_attempt(self.settings.retries + 1),
            wait=self._wait,
            before_sleep=self._log_retry,
            reraise=True,
        )
        attempts = 0
        try:
            for attempt in retrying:
                with attempt:
                    attempts += 1
                    result = client.chat.completions.create(
                        model=self.settings.model,
                        messages=messages,  # type: ignore[arg-type]
                        response_model=response_model,
                        max_retries=self.settings.reasks,  # re-asks after the first answer
                        max_tokens=max_tokens,
                        temperature=0.0,
                        **extra,
                    )
        except IncompleteOutputException as exc:
            # Cut at the token budget: ask once more with twice the budget, then give up.
            if max_tokens < MAX_TOKENS_CEILING and not _retried_longer:
                log.warning(
                    "%s: answer cut off at max_tokens=%d; asking again with %d",
                    self.endpoint,
                    max_tokens,
                    min(2 * max_tokens, MAX_TOKENS_CEILING),
                )
                result, more = self.structured(
                    response_model,
                    messages,
                    max_tokens=min(2 * max_tokens, MAX_TOKENS_CEILING),
                    _retried_longer=True,
                )
                return result, usage.add(more)
            raise ModelError(
                self.endpoint, f"answer cut off at max_tokens={max_tokens}", attempts
            ) from exc
        except Exception as exc:
            miss = replay_miss_in(exc)
            if miss is not None:
                raise ReplayMissError(self._replay_label or "?", miss) from exc
            root = _root(exc)
            if _is_context_overflow(exc):
                raise ContextOverflowError(self.endpoint, self._describe(exc), attempts) from exc
            if is_transient(exc) or isinstance(root, openai.APIError):
                raise ModelError(self.endpoint, self._describe(exc), attempts) from exc
            if isinstance(exc, InstructorRetryException):
                raise ModelError(
                    self.endpoint,
                    f"{exc.n_attempts} answers did not match the {response_model.__name__} "
                    f"schema (the last after being shown the error): {_first_error(exc)}",
                    None,
                ) from exc
            raise
        # model time spent here; none when the answer was recorded or came in a batch file
        spent = round(time.monotonic() - started, 2) if self._replay_label is None else 0.0
        usage = usage.model_copy(update={"seconds": spent})
        log.info(
            "%s: %s in %.1f s (%d calls, %d prompt + %d completion tokens)",
            self.endpoint,
            response_model.__name__,
            usage.seconds,
            usage.calls,
            usage.prompt_tokens,
            usage.completion_tokens,
        )
        return result, usage
