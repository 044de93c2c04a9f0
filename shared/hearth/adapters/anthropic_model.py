"""Claude through the Anthropic SDK, on the Anthropic API or Amazon Bedrock.

With its two client factories this is the only module that imports `anthropic`: it owns the wire
format (system blocks, cache_control, messages) and turns every SDK failure into one
`LanguageModelError` with a stable `kind`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final

import anthropic
import httpx2
from anthropic import APIResponse
from anthropic.types import Message, MessageParam, TextBlock, TextBlockParam

from hearth.domain.conversation import Responder, Role, Usage
from hearth.domain.errors import LanguageModelError, SettingsError
from hearth.domain.prompts import ModelReply, ModelRequest, PromptMessage

type AnthropicClient = anthropic.Anthropic | anthropic.AnthropicBedrock

# The stable kinds (metrics and fallbacks branch on these; never add text from the prompt).
TIMEOUT: Final = "timeout"
RATE_LIMITED: Final = "rate_limited"
OVERLOADED: Final = "overloaded"
SERVER_ERROR: Final = "server_error"
CONNECTION: Final = "connection"
AUTH: Final = "auth"
BAD_REQUEST: Final = "bad_request"
UNKNOWN: Final = "unknown"
EMPTY_REPLY: Final = "empty_reply"
REFUSAL: Final = "refusal"

_KIND_BY_STATUS: Final[Mapping[int, str]] = {
    400: BAD_REQUEST,
    401: AUTH,
    403: AUTH,
    404: BAD_REQUEST,
    408: TIMEOUT,  # Bedrock's ModelTimeoutException
    413: BAD_REQUEST,
    422: BAD_REQUEST,
    429: RATE_LIMITED,
    529: OVERLOADED,
}
# An error event inside a streamed 200 response carries only the body's `error.type`.
_KIND_BY_ERROR_TYPE: Final[Mapping[str, str]] = {
    "invalid_request_error": BAD_REQUEST,
    "not_found_error": BAD_REQUEST,
    "request_too_large": BAD_REQUEST,
    "authentication_error": AUTH,
    "permission_error": AUTH,
    "rate_limit_error": RATE_LIMITED,
    "overloaded_error": OVERLOADED,
    "api_error": SERVER_ERROR,
    "timeout_error": TIMEOUT,
}

# Only `connect` is tighter than the budget: a healthy connect takes milliseconds, so a slow one
# means a dead path, and failing it early leaves the retry room to work.
_CONNECT_TIMEOUT_SECONDS: Final = 2.0
# The SDK sleeps for whatever `retry-after` says, uncapped. Past this we answer with the error at
# once: the whole turn has 30 s, and a fallback reply now beats a late one.
MAX_RETRY_WAIT_SECONDS: Final = 2.0
# After a 401 the key may have been rotated under a warm function: read it again and rebuild the
# client, at most this often (a key that is simply wrong must not turn every turn into a secret
# read).
KEY_REFRESH_MIN_INTERVAL_SECONDS: Final = 60.0


class AnthropicLanguageModel:
    """`LanguageModel` on Claude, through an `anthropic.Anthropic` or `AnthropicBedrock` client.

    Contract:
    - Sends `request.system` as one text block marked `cache_control: ephemeral` (stable across
      turns and users, so the provider can cache it) and `request.context`, when non-empty, as
      a second, uncached block after it; `request.messages` in order, the newest marked
      `cache_control` too so the next turn reads the conversation from the cache, then
      `request.turn_note` (when set) as a last, uncached block of the newest message;
      `max_tokens` and the model id explicitly.
    - One `reply()` makes at most `1 + client.max_retries` attempts; the SDK retries 408, 409,
      429, 5xx, 529, connection errors and timeouts, honouring `retry-after`. Each attempt is
      bounded by the client's timeout. With clients from this module's factories, an error that
      asks to wait more than MAX_RETRY_WAIT_SECONDS is raised at once instead. With
      `streaming=True` the body of an opened stream must also finish within the client's read
      timeout (httpx2 alone would only bound each gap between chunks).
    - Returns the reply text (text blocks joined, stripped), the model id the API reports,
      usage with absent cache counts as 0, and wall-clock latency including retries.
    - Raises `LanguageModelError` for every failure, chained `from` the underlying exception
      when there is one, with `kind` one of: timeout, rate_limited, overloaded, server_error,
      connection, auth, bad_request, unknown, empty_reply, refusal. Messages carry the status,
      request id and error type only, never prompt or reply text.
    - Holds no per-request state: one instance serves every warm invocation.
    - With `refresh_client`, a 401 (the key was rotated since cold start) rebuilds the client
      from a fresh read of the key and retries the request once; at most once every
      KEY_REFRESH_MIN_INTERVAL_SECONDS, so a key that is simply wrong stays an `auth` error.
    """

    def __init__(
        self,
        client: AnthropicClient,
        model_id: str,
        streaming: bool = False,
        *,
        refresh_client: Callable[[], AnthropicClient] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._model_id = model_id
        self._streaming = streaming
        self._refresh_client = refresh_client
        self._monotonic = monotonic
        self._refreshed_at: float | None = None

    @property
    def responder(self) -> Responder:
        return Responder.CLAUDE

    def reply(self, request: ModelRequest) -> ModelReply:
        system: list[TextBlockParam] = [
            {"type": "text", "text": request.system, "cache_control": {"type": "ephemeral"}}
        ]
        if request.context:
            system.append({"type": "text", "text": request.context})
        messages = [_message_param(m) for m in request.messages]
        if messages:
            # A second breakpoint at the newest message caches the conversation so far: the next
            # turn reads it back. The system prompt alone is below the API's minimum cacheable
            # length (1,024 tokens on Sonnet), so this is where long chats save most.
            newest = request.messages[-1]
            block: TextBlockParam = {
                "type": "text",
                "text": newest.text,
                "cache_control": {"type": "ephemeral"},
            }
            blocks: list[TextBlockParam] = [block]
            if request.turn_note:
                # After the breakpoint: this turn's hint never breaks the cached conversation.
                blocks.append(
                    {
                        "type": "text",
                        "text": f"[Note from Hearth, not from the person: {request.turn_note}]",
                    }
                )
            messages[-1] = (
                {"role": "user", "content": blocks}
                if newest.role is Role.USER
                else {"role": "assistant", "content": blocks}
            )
        try:
            return self._call(system, messages, request.max_tokens)
        except LanguageModelError as error:
            rotated = isinstance(error.__cause__, anthropic.AuthenticationError)
            if not rotated or self._refresh_client is None or not self._may_refresh():
                raise
            try:
                self._client = self._refresh_client()
            except Exception as exc:
                # The secret could not be read again: the turn gets the same auth error.
                raise error from exc
            return self._call(system, messages, request.max_tokens)

    def _may_refresh(self) -> bool:
        now = self._monotonic()
        last = self._refreshed_at
        if last is not None and now - last < KEY_REFRESH_MIN_INTERVAL_SECONDS:
            return False
        self._refreshed_at = now
        return True

    def _call(
        self, system: list[TextBlockParam], messages: list[MessageParam], max_tokens: int
    ) -> ModelReply:
        started = time.monotonic()
        try:
            if self._streaming:
                with self._client.messages.stream(
                    model=self._model_id,
                    max_tokens=max_tokens,
                    system=system,
                    messages=messages,
                ) as stream:
                    # httpx2's read timeout restarts with every chunk, so a trickling stream could
                    # outlive the turn; hold the body to the same budget as one plain response.
                    budget = _read_timeout(self._client)
                    deadline = time.monotonic() + budget if budget is not None else None
                    for _event in stream:
                        if deadline is not None and time.monotonic() > deadline:
                            raise LanguageModelError(
                                TIMEOUT,
                                f"Claude request failed: {TIMEOUT} (stream ran past {budget:g} s)",
                            )
                    message: Message = stream.get_final_message()
            else:
                message = self._client.messages.create(
                    model=self._model_id,
                    max_tokens=max_tokens,
                    system=system,
                    messages=messages,
                )
            return _to_reply(message, int((time.monotonic() - started) * 1000))
        except LanguageModelError:
            raise
        except Exception as exc:
            raise _translate(exc) from exc


def _message_param(message: PromptMessage) -> MessageParam:
    if message.role is Role.USER:
        return {"role": "user", "content": message.text}
    return {"role": "assistant", "content": message.text}


def _to_reply(message: Message, latency_ms: int) -> ModelReply:
    if not isinstance(message, Message):
        # Without strict validation the SDK hands back whatever a non-JSON 200 contained (a
        # proxy's HTML page, say) instead of raising; a JSON body of the wrong shape surfaces as
        # AttributeError below. Both end up as `unknown`.
        raise LanguageModelError(UNKNOWN, f"Claude returned no message ({type(message).__name__})")
    where = f"message_id={message.id}, stop_reason={message.stop_reason}"
    # Checked before emptiness: a refusal may arrive after some text has already streamed.
    if message.stop_reason == "refusal":
        raise LanguageModelError(REFUSAL, f"Claude declined to answer ({where})")
    text = "".join(b.text for b in message.content if isinstance(b, TextBlock)).strip()
    if not text:
        raise LanguageModelError(EMPTY_REPLY, f"Claude returned no text ({where})")
    usage = message.usage
    return ModelReply(
        text=text,
        model_id=str(message.model),
        usage=Usage(
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            cache_creation_input_tokens=usage.cache_creation_input_tokens or 0,
            cache_read_input_tokens=usage.cache_read_input_tokens or 0,
        ),
        latency_ms=latency_ms,
    )


def _translate(exc: Exception) -> LanguageModelError:
    """One domain error per failure. Never uses `str(exc)`: SDK messages embed response bodies."""
    name = type(exc).__name__
    if isinstance(exc, anthropic.APIStatusError):
        error_type = _error_type(exc.body)
        kind = _KIND_BY_STATUS.get(exc.status_code) or (
            SERVER_ERROR if exc.status_code >= 500 else _KIND_BY_ERROR_TYPE.get(error_type, UNKNOWN)
        )
        # Bedrock names its request id differently; either one is what a support ticket needs.
        request_id = exc.request_id or exc.response.headers.get("x-amzn-requestid") or "-"
        detail = (
            f"status={exc.status_code}, error_type={error_type or '-'}, "
            f"request_id={request_id}, exception={name}"
        )
    else:
        if isinstance(exc, anthropic.APITimeoutError | httpx2.TimeoutException):
            # httpx2 errors escape the SDK when a stream stalls or drops after its 200 arrived.
            kind = TIMEOUT
        elif isinstance(exc, anthropic.APIConnectionError | httpx2.TransportError):
            kind = CONNECTION
        else:
            # Other AnthropicErrors, and what the SDK lets through unwrapped: Bedrock's SigV4
            # signing raises RuntimeError or botocore errors when AWS credentials can't be found.
            kind = UNKNOWN
        detail = f"exception={name}"
    return LanguageModelError(kind, f"Claude request failed: {kind} ({detail})")


def _error_type(body: object) -> str:
    # Read from the body rather than `APIStatusError.type`, which older 2.x SDKs lack.
    error = body.get("error") if isinstance(body, dict) else None
    value = error.get("type") if isinstance(error, dict) else None
    return value if isinstance(value, str) else ""


class _NoLongRetryWaits(anthropic.Middleware):
    """Marks an error response not retryable when it asks for a wait beyond the budget.

    Runs once per attempt inside the SDK's retry loop, before the loop reads `x-should-retry`.
    """

    def handle(
        self, request: anthropic.APIRequest, call_next: anthropic.CallNext
    ) -> APIResponse[Any]:
        response = call_next(request)
        headers = response.http_response.headers
        wait = _retry_after_seconds(headers)
        if (
            not response.http_response.is_success
            and wait is not None
            and wait > MAX_RETRY_WAIT_SECONDS
        ):
            headers["x-should-retry"] = "false"
        return response


def _retry_after_seconds(headers: httpx2.Headers) -> float | None:
    """The wait a response asks for, read the way the SDK reads it (ms, seconds or a date)."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        with contextlib.suppress(ValueError):
            return float(raw_ms) / 1000
    raw = headers.get("retry-after")
    if raw is None:
        return None
    with contextlib.suppress(ValueError):
        return float(raw)
    with contextlib.suppress(TypeError, ValueError):
        return (parsedate_to_datetime(raw) - datetime.now(UTC)).total_seconds()
    return None


def _read_timeout(client: AnthropicClient) -> float | None:
    timeout = client.timeout
    return timeout.read if isinstance(timeout, httpx2.Timeout) else timeout


def _timeout(timeout_seconds: float) -> anthropic.Timeout:
    return anthropic.Timeout(
        timeout_seconds, connect=min(timeout_seconds, _CONNECT_TIMEOUT_SECONDS)
    )


def make_anthropic_client(
    *, api_key: str | None, base_url: str | None, timeout_seconds: float, max_retries: int
) -> anthropic.Anthropic:
    """A client for the Anthropic API with an explicit timeout and retry budget.

    The SDK defaults (10 minutes, 2 retries) would outlive API Gateway's 30 s limit; callers pass
    Settings.llm_timeout_seconds and llm_max_retries, validated to fit, and a `retry-after` longer
    than MAX_RETRY_WAIT_SECONDS is not waited for. `base_url=None` means the
    SDK's default (or ANTHROPIC_BASE_URL). Raises SettingsError when there is no key, rather than
    letting the SDK go looking for credentials in the environment or on disk.
    """
    if not api_key:
        raise SettingsError(
            "No Anthropic API key: set ANTHROPIC_API_KEY (local) or HEARTH_ANTHROPIC_SECRET_NAME"
        )
    return anthropic.Anthropic(
        api_key=api_key,
        base_url=base_url,
        timeout=_timeout(timeout_seconds),
        max_retries=max_retries,
        middleware=[_NoLongRetryWaits()],
    )


def make_bedrock_client(
    *, aws_region: str, base_url: str | None, timeout_seconds: float, max_retries: int
) -> anthropic.AnthropicBedrock:
    """A client for Claude on Amazon Bedrock, signed with the default AWS credential chain.

    In Lambda that is the function role's credentials from the environment. Same explicit
    timeout, retry budget and retry-wait cap as `make_anthropic_client`. The model id must then
    be a Bedrock model or inference-profile id (`us.anthropic.claude-...-v1:0`), not an alias.
    """
    return anthropic.AnthropicBedrock(
        aws_region=aws_region,
        base_url=base_url,
        timeout=_timeout(timeout_seconds),
        max_retries=max_retries,
        middleware=[_NoLongRetryWaits()],
    )
