"""A local stand-in for the Anthropic Messages API, close enough on the wire for the real SDK.

Speaks `POST /v1/messages` (JSON, or server-sent events when `"stream": true`) and Bedrock's
non-streaming `POST /model/{modelId}/invoke`. Tests script what the next requests get:

    with MessagesApiServer() as server:
        server.enqueue(Failure(status=529), Reply(text="That sounds hard."))
        client = anthropic.Anthropic(api_key="test", base_url=server.url, max_retries=1)
        ...
        assert server.requests[-1].body["max_tokens"] == 400

With nothing queued, every request gets `server.default(body)`: by default a deterministic,
gentle reflective reply, so benchmarks and demos can run against it too. Usage numbers are made
up but shaped like the real thing: input tokens grow with the text sent, and a system prefix
marked with `cache_control` is "written" to a prompt cache on first sight and "read" after.

Run by hand: `python -m tests.support.messages_api --port 8787` (then ANTHROPIC_BASE_URL=...).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import re
import signal
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

# Claude Sonnet 4.x and Opus 4/4.1 ignore cache_control on a prefix shorter than this (silently,
# no error): see the prompt-caching docs. The default keeps the simulation honest about it.
DEFAULT_MIN_CACHEABLE_TOKENS = 1024
LOOKBACK_BLOCKS = 20
CACHE_TTL_SECONDS = 300.0  # "ephemeral" = 5 minutes, refreshed on every hit

_ERROR_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    504: "timeout_error",
    529: "overloaded_error",
}
_STATUS_BY_ERROR_TYPE = {v: k for k, v in _ERROR_TYPE_BY_STATUS.items()}
_DEFAULT_ERROR_MESSAGES = {
    "invalid_request_error": "Invalid request.",
    "authentication_error": "invalid x-api-key",
    "permission_error": "Your API key does not have permission to use the specified resource.",
    "not_found_error": "Not found.",
    "request_too_large": "Request exceeds the maximum allowed number of bytes.",
    "rate_limit_error": "This request would exceed your organization's rate limit.",
    "api_error": "Internal server error",
    "timeout_error": "Request timed out",
    "overloaded_error": "Overloaded",
}
# Bedrock names its errors differently and puts the name in a header, not the body.
_BEDROCK_ERROR_BY_STATUS = {
    400: "ValidationException",
    403: "AccessDeniedException",
    404: "ResourceNotFoundException",
    408: "ModelTimeoutException",
    429: "ThrottlingException",
    500: "InternalServerException",
    503: "ServiceUnavailableException",
}
_SECRET_HEADERS = {"x-api-key", "authorization", "x-amz-security-token", "cookie"}
_BEDROCK_PATH = re.compile(
    r"^/model/(?P<model>[^/]+)/(?P<action>invoke|invoke-with-response-stream)$"
)


# --- the script -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """A successful message. `text=None` lets the server's default responder write it."""

    text: str | None = None
    usage: Mapping[str, int] | None = None  # overrides any of the computed usage fields
    stop_reason: str = "end_turn"
    model: str | None = None  # None echoes the requested model
    delta_delay: float = 0.0  # seconds between streamed text deltas (streaming only)


@dataclass(frozen=True)
class Failure:
    """An error response in the API's format: `{"type":"error","error":{...}}`."""

    status: int = 529
    error_type: str | None = None  # derived from status when None
    message: str | None = None
    retry_after: float | None = None  # seconds; a 429 sends 0 unless told otherwise
    headers: Mapping[str, str] = field(default_factory=dict)  # e.g. {"x-should-retry": "false"}


@dataclass(frozen=True)
class StreamError:
    """Streaming: 200 OK, some text, then an `error` event (the API can overload mid-stream).

    A non-streaming request gets the equivalent `Failure` instead.
    """

    error_type: str = "overloaded_error"
    message: str | None = None
    after_deltas: int = 1
    text: str | None = None


@dataclass(frozen=True)
class Disconnect:
    """Close the connection without answering (a dropped connection)."""


@dataclass(frozen=True)
class Slow:
    """Wait `seconds` before answering with `then` (the default behaviour when None)."""

    seconds: float
    then: Reply | Failure | StreamError | Disconnect | None = None


type Scripted = Reply | Failure | StreamError | Disconnect | Slow
type DefaultBehaviour = Callable[[Mapping[str, Any]], Scripted]


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names; secret values replaced by "<redacted>"
    body: Any  # parsed JSON, or the raw text when it was not JSON

    @property
    def streaming(self) -> bool:
        return isinstance(self.body, dict) and self.body.get("stream") is True


# --- the default behaviour --------------------------------------------------------------------

_REFLECTIONS = (
    "It sounds like you have been carrying a lot, and that it has been wearing on you.",
    "That sounds really hard, and it makes sense that it keeps coming back to you.",
    "I hear how heavy this feels right now, and that is an understandable way to feel.",
    "It sounds like part of you is tired of holding this on your own.",
    "That sounds lonely and exhausting, and your feelings about it make sense.",
)
_QUESTIONS = (
    "When did you first notice this feeling today?",
    "Where do you notice it most, in your thoughts or in your body?",
    "What feels most important for you to have understood about it?",
    "What has it been like to hold this by yourself?",
    "What might this feeling be asking you to notice?",
)


def gentle_reply(body: Mapping[str, Any]) -> Scripted:
    """One validating reflection and one open question, chosen by a hash of the last user text.

    Deterministic across runs and processes (sha256, not `hash()`), so benchmarks repeat.
    """
    digest = hashlib.sha256(_last_user_text(body).encode()).digest()
    text = (
        f"{_REFLECTIONS[digest[0] % len(_REFLECTIONS)]} {_QUESTIONS[digest[1] % len(_QUESTIONS)]}"
    )
    return Reply(text=text)


def _last_user_text(body: Mapping[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            return _content_text(message.get("content"))
    return ""


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(block.get("text", "") for block in content if isinstance(block, dict))
    return ""


def estimate_tokens(text: str) -> int:
    """About four characters a token, like the real tokenizer on English prose."""
    return (len(text) + 3) // 4


# --- the server -------------------------------------------------------------------------------


class MessagesApiServer:
    """A scripted Messages API on 127.0.0.1; thread-safe; a context manager.

    `api_key`: when set, `/v1/messages` answers 401 unless the request carries it (as
    `x-api-key` or `authorization: Bearer ...`).
    `min_cacheable_tokens`: prefixes shorter than this are never cached (as on the real API).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        default: DefaultBehaviour = gentle_reply,
        min_cacheable_tokens: int = DEFAULT_MIN_CACHEABLE_TOKENS,
        verbose: bool = False,
    ) -> None:
        self.default = default
        self.api_key = api_key
        self.min_cacheable_tokens = min_cacheable_tokens
        self.verbose = verbose
        self._host = host
        self._port = port
        self._lock = threading.Lock()
        self._script: deque[Scripted] = deque()
        self._requests: list[RecordedRequest] = []
        self._cache: dict[str, float] = {}  # prefix digest -> expiry (monotonic seconds)
        self._counter = 0
        self._stopping = threading.Event()
        self._httpd: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle

    def start(self) -> MessagesApiServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self._httpd = _HttpServer((self._host, self._port), _Handler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="messages-api-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._stopping.set()  # wakes handlers sleeping in Slow
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> MessagesApiServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("server is not running")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    # scripting and assertions

    def enqueue(self, *items: Scripted) -> None:
        """Queue behaviours; each request takes the next one, first in first out."""
        with self._lock:
            self._script.extend(items)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._script)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def reset(self) -> None:
        """Forget the script, the recorded requests and the prompt cache."""
        with self._lock:
            self._script.clear()
            self._requests.clear()
            self._cache.clear()

    # used by the handler

    def _record(self, request: RecordedRequest) -> int:
        with self._lock:
            self._requests.append(request)
            self._counter += 1
            return self._counter

    def _next(self, body: Mapping[str, Any]) -> Scripted:
        with self._lock:
            if self._script:
                return self._script.popleft()
        return self.default(body)

    def _usage(self, body: Mapping[str, Any], model: str, output_text: str) -> dict[str, int]:
        """Input tokens from the text sent; cache writes and reads as the API reports them.

        Blocks are laid out in the API's prefix order (system, then each message's content).
        Every `cache_control` marks a breakpoint: the longest marked prefix seen before (and
        still fresh) is read from the cache, and the last marked prefix is written, provided it
        is at least `min_cacheable_tokens` long.
        """
        system = body.get("system")
        blocks: list[Any] = list(
            system if isinstance(system, list) else ([{"text": system}] if system else [])
        )
        for message in body.get("messages") or []:
            if not isinstance(message, dict):
                continue
            content = message.get("content")
            blocks.extend(content if isinstance(content, list) else [{"text": content}])
        tokens = [estimate_tokens(_content_text([b])) for b in blocks]
        total = sum(tokens) + 3 * len(body.get("messages") or [])
        breakpoints = [
            i for i, b in enumerate(blocks) if isinstance(b, dict) and b.get("cache_control")
        ]
        created = read = 0
        now = time.monotonic()

        def key(i: int) -> str:
            texts = [_content_text([b]) for b in blocks[: i + 1]]
            return hashlib.sha256(json.dumps([model, texts]).encode()).hexdigest()

        writes = [i for i in breakpoints if sum(tokens[: i + 1]) >= self.min_cacheable_tokens]
        # Like the API, a breakpoint also finds entries written at any of the ~20 block
        # boundaries before it: last turn's breakpoint is read back from this turn's request.
        lookups = (
            range(max(0, max(breakpoints) - LOOKBACK_BLOCKS), max(breakpoints) + 1)
            if breakpoints
            else range(0)
        )
        with self._lock:
            hits = [i for i in lookups if self._cache.get(key(i), 0.0) > now]
            if hits:
                read = sum(tokens[: max(hits) + 1])
            if writes and max(writes) not in hits:
                created = max(sum(tokens[: max(writes) + 1]) - read, 0)
            for i in writes:
                self._cache[key(i)] = now + CACHE_TTL_SECONDS
        return {
            "input_tokens": max(total - created - read, 1),
            "output_tokens": max(estimate_tokens(output_text), 1),
            "cache_creation_input_tokens": created,
            "cache_read_input_tokens": read,
        }


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    # The SDK keeps connections alive; joining their handler threads on close would hang stop().
    block_on_close = False

    def __init__(
        self, address: tuple[str, int], handler: type[_Handler], owner: MessagesApiServer
    ) -> None:
        self.owner = owner
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked SSE, like the real API
    server_version = "hearth-messages-api/1"
    timeout = 60  # idle keep-alive connections give their thread back eventually
    server: _HttpServer

    @property
    def owner(self) -> MessagesApiServer:
        return self.server.owner

    def log_message(self, format: str, *args: Any) -> None:
        if self.owner.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._read_body()
        self._send_error(404, "not_found_error", f"Not found: {self.path}", bedrock=False, n=0)

    def do_POST(self) -> None:
        raw = self._read_body()
        path = self.path.split("?", 1)[0]
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        headers = {
            k.lower(): ("<redacted>" if k.lower() in _SECRET_HEADERS else v)
            for k, v in self.headers.items()
        }
        n = self.owner._record(RecordedRequest("POST", self.path, headers, body))
        try:
            self._route(path, body, n)
        except OSError:
            # The client gave up (its timeout fired) before we answered; nothing to do.
            self.close_connection = True

    def _route(self, path: str, body: Any, n: int) -> None:
        if path == "/v1/messages":
            model = body.get("model") if isinstance(body, dict) else None
            problem = self._auth_problem_anthropic() or _validate(body, bedrock=False)
            if problem:
                status, error_type, message = problem
                self._send_error(status, error_type, message, bedrock=False, n=n)
                return
            self._serve(body, str(model), streaming=body.get("stream") is True, bedrock=False, n=n)
            return
        match = _BEDROCK_PATH.match(path)
        if match is None:
            self._send_error(404, "not_found_error", f"Not found: {path}", bedrock=False, n=n)
            return
        if not self.headers.get("authorization"):
            self._send_error(
                403, "permission_error", "Missing Authentication Token", bedrock=True, n=n
            )
            return
        if match["action"] == "invoke-with-response-stream":
            # Bedrock streams in AWS's binary event-stream framing; this server does not speak it.
            message = "invoke-with-response-stream is not supported by the local server"
            self._send_error(400, "invalid_request_error", message, bedrock=True, n=n)
            return
        problem = _validate(body, bedrock=True)
        if problem:
            self._send_error(problem[0], problem[1], problem[2], bedrock=True, n=n)
            return
        self._serve(body, unquote(match["model"]), streaming=False, bedrock=True, n=n)

    def _auth_problem_anthropic(self) -> tuple[int, str, str] | None:
        expected = self.owner.api_key
        # SDK 2.x sends the key as a bearer token; older clients and curl use x-api-key.
        sent = {self.headers.get("x-api-key"), self.headers.get("authorization")}
        if expected is not None and not {expected, f"Bearer {expected}"} & sent:
            return 401, "authentication_error", "invalid x-api-key"
        if not self.headers.get("anthropic-version"):
            return 400, "invalid_request_error", "anthropic-version: header is required"
        return None

    def _serve(
        self, body: dict[str, Any], model: str, *, streaming: bool, bedrock: bool, n: int
    ) -> None:
        item = self.owner._next(body)
        if isinstance(item, Slow):
            # Interruptible, so stop() never waits for a scripted delay.
            if self.owner._stopping.wait(item.seconds):
                self.close_connection = True
                return
            item = item.then if item.then is not None else self.owner.default(body)
            if isinstance(item, Slow):
                raise TypeError("Slow(then=Slow(...)) is not supported; add the seconds instead")
        if isinstance(item, Disconnect):
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if isinstance(item, Failure):
            error_type = item.error_type or _ERROR_TYPE_BY_STATUS.get(
                item.status, "api_error" if item.status >= 500 else "invalid_request_error"
            )
            extra = dict(item.headers)
            retry_after = (
                item.retry_after
                if item.retry_after is not None
                else (0 if item.status == 429 else None)
            )
            if retry_after is not None:
                extra["retry-after"] = _format_seconds(retry_after)
            self._send_error(
                item.status, error_type, item.message, bedrock=bedrock, n=n, extra=extra
            )
            return
        if isinstance(item, StreamError) and not streaming:
            status = _STATUS_BY_ERROR_TYPE.get(item.error_type, 500)
            self._send_error(status, item.error_type, item.message, bedrock=bedrock, n=n)
            return
        if isinstance(item, Reply | StreamError):
            reply = item if isinstance(item, Reply) else Reply(text=item.text)
            text = reply.text
            if text is None:
                fallback = self.owner.default(body)
                text = fallback.text if isinstance(fallback, Reply) and fallback.text else ""
            message = self._message(body, reply, text, model, n)
            if streaming:
                error = item if isinstance(item, StreamError) else None
                self._send_stream(message, reply.delta_delay, error, n)
            else:
                self._send_json(200, message, self._request_id_headers(n, bedrock))
            return
        raise TypeError(f"unknown scripted item: {item!r}")

    def _message(
        self, body: Mapping[str, Any], reply: Reply, text: str, model: str, n: int
    ) -> dict[str, Any]:
        stop_reason = reply.stop_reason
        max_tokens = int(body.get("max_tokens") or 0)
        if estimate_tokens(text) > max_tokens:
            text, stop_reason = text[: max_tokens * 4], "max_tokens"
        usage = self.owner._usage(body, reply.model or model, text)
        usage.update(reply.usage or {})
        return {
            "id": f"msg_local{n:020d}",
            "type": "message",
            "role": "assistant",
            "model": reply.model or model,
            "content": [{"type": "text", "text": text}] if text else [],
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": usage,
        }

    # wire

    def _read_body(self) -> bytes:
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _request_id_headers(self, n: int, bedrock: bool) -> dict[str, str]:
        if bedrock:
            return {"x-amzn-requestid": f"00000000-0000-4000-8000-{n:012d}"}
        return {"request-id": f"req_local{n:020d}"}

    def _send_json(self, status: int, payload: Any, headers: Mapping[str, str]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _send_error(
        self,
        status: int,
        error_type: str,
        message: str | None,
        bedrock: bool,
        n: int,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        text = message or _DEFAULT_ERROR_MESSAGES.get(error_type, "Error")
        headers = {**self._request_id_headers(n, bedrock), **(extra or {})}
        if bedrock:
            headers["x-amzn-errortype"] = _BEDROCK_ERROR_BY_STATUS.get(status, "UnknownException")
            payload: dict[str, Any] = {"message": text}
        else:
            payload = {"type": "error", "error": {"type": error_type, "message": text}}
        self._send_json(status, payload, headers)

    def _send_stream(
        self, message: dict[str, Any], delay: float, error: StreamError | None, n: int
    ) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream; charset=utf-8")
        self.send_header("cache-control", "no-cache")
        self.send_header("transfer-encoding", "chunked")
        for name, value in self._request_id_headers(n, bedrock=False).items():
            self.send_header(name, value)
        self.end_headers()
        for event, data in _stream_events(message, error):
            if event == "content_block_delta" and delay and self.owner._stopping.wait(delay):
                self.close_connection = True
                return
            self._write_chunk(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode())
        self._write_chunk(b"")  # the zero-length chunk ends the body

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


def _stream_events(
    message: dict[str, Any], error: StreamError | None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The event sequence the API sends for a one-text-block message."""
    usage = message["usage"]
    start_usage = {**usage, "output_tokens": 1}  # the API reports a placeholder here
    yield (
        "message_start",
        {
            "type": "message_start",
            "message": {**message, "content": [], "stop_reason": None, "usage": start_usage},
        },
    )
    yield (
        "content_block_start",
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "text", "text": ""},
        },
    )
    yield "ping", {"type": "ping"}
    text = message["content"][0]["text"] if message["content"] else ""
    for i, piece in enumerate(_pieces(text)):
        if error is not None and i >= error.after_deltas:
            break
        yield (
            "content_block_delta",
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": piece},
            },
        )
    if error is not None:
        message_text = error.message or _DEFAULT_ERROR_MESSAGES.get(error.error_type, "Error")
        yield (
            "error",
            {"type": "error", "error": {"type": error.error_type, "message": message_text}},
        )
        return
    yield "content_block_stop", {"type": "content_block_stop", "index": 0}
    # Usage on message_delta is cumulative; current API versions repeat the input counts here.
    yield (
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
            "usage": usage,
        },
    )
    yield "message_stop", {"type": "message_stop"}


def _pieces(text: str) -> list[str]:
    """Word-ish pieces of a few words each, the way deltas arrive."""
    words = re.findall(r"\S+\s*|\s+", text)
    return ["".join(words[i : i + 3]) for i in range(0, len(words), 3)]


def _validate(body: Any, *, bedrock: bool) -> tuple[int, str, str] | None:
    """The request checks the real API makes that an adapter bug would trip."""
    bad = 400, "invalid_request_error"
    if not isinstance(body, dict):
        return (*bad, "Request body must be a JSON object")
    if bedrock:
        if "anthropic_version" not in body:
            return (*bad, "anthropic_version: field required")
        if "model" in body:
            return (*bad, "model: Extra inputs are not permitted")
    elif not isinstance(body.get("model"), str) or not body["model"]:
        return (*bad, "model: field required")
    max_tokens = body.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        return (*bad, "max_tokens: must be a positive integer")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return (*bad, "messages: at least one message is required")
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in {"user", "assistant"}:
            return (*bad, f"messages.{i}.role: must be 'user' or 'assistant'")
        if not _content_text(m.get("content")).strip():
            return (*bad, f"messages.{i}: text content blocks must be non-empty")
    if messages[0].get("role") != "user":
        return (*bad, "messages: first message must use the 'user' role")
    system = body.get("system")
    if isinstance(system, list):
        for i, block in enumerate(system):
            if not isinstance(block, dict) or block.get("type") != "text":
                return (*bad, f"system.{i}: expected a text block")
            if not str(block.get("text", "")).strip():
                return (*bad, f"system.{i}: text content blocks must be non-empty")
    return None


def _format_seconds(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--api-key", default=None, help="require this x-api-key")
    parser.add_argument("--min-cacheable-tokens", type=int, default=DEFAULT_MIN_CACHEABLE_TOKENS)
    parser.add_argument("--verbose", action="store_true", help="log each request line")
    args = parser.parse_args(argv)
    server = MessagesApiServer(
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        min_cacheable_tokens=args.min_cacheable_tokens,
        verbose=args.verbose,
    ).start()
    # A shell starting us in the background (`make demo &`) ignores SIGINT; take it back, and
    # treat SIGTERM (`kill PID`) the same way so both stop the server cleanly.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    print(f"Messages API listening on {server.url} (Ctrl-C stops)", flush=True)
    print(f"  export ANTHROPIC_BASE_URL={server.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
