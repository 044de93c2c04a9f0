"""AnthropicLanguageModel through the real SDK, against the local Messages API server."""

from __future__ import annotations

import time
from collections.abc import Iterator

import anthropic
import pytest

from hearth.adapters.anthropic_model import (
    AnthropicLanguageModel,
    make_anthropic_client,
    make_bedrock_client,
)
from hearth.domain.conversation import Responder, Role, Usage
from hearth.domain.errors import LanguageModelError, SettingsError
from hearth.domain.prompts import SYSTEM_PROMPT, ModelRequest, PromptMessage
from tests.support.messages_api import (
    Disconnect,
    Failure,
    MessagesApiServer,
    Reply,
    Slow,
    StreamError,
)

pytestmark = pytest.mark.integration

API_KEY = "sk-ant-test-local"
MODEL = "claude-test-5"  # any id: the server echoes it (and it is not on the SDK's deprecated list)
BEDROCK_MODEL = "us.anthropic.claude-test-5-v1:0"
PRIVATE_WORDS = "the lighthouse keeper's letters I never sent"
LONG_SYSTEM = "You listen closely and reflect feelings back gently. " * 100  # > 1024 tokens


@pytest.fixture(scope="module")
def server() -> Iterator[MessagesApiServer]:
    with MessagesApiServer(api_key=API_KEY) as running:
        yield running


@pytest.fixture(autouse=True)
def fresh(server: MessagesApiServer) -> None:
    server.reset()


def claude(
    server: MessagesApiServer,
    *,
    streaming: bool = False,
    timeout: float = 2.0,
    max_retries: int = 0,
    api_key: str = API_KEY,
) -> AnthropicLanguageModel:
    client = make_anthropic_client(
        api_key=api_key, base_url=server.url, timeout_seconds=timeout, max_retries=max_retries
    )
    return AnthropicLanguageModel(client, MODEL, streaming=streaming)


def request(
    text: str = "I can't sleep and my chest feels tight.",
    *,
    system: str = SYSTEM_PROMPT,
    context: str = "",
) -> ModelRequest:
    return ModelRequest(
        system=system,
        messages=(
            PromptMessage(Role.USER, "Hi. Rough week."),
            PromptMessage(Role.ASSISTANT, "I'm glad you wrote. What has made it rough?"),
            PromptMessage(Role.USER, text),
        ),
        max_tokens=400,
        context=context,
    )


def failure_of(model: AnthropicLanguageModel, req: ModelRequest) -> LanguageModelError:
    with pytest.raises(LanguageModelError) as caught:
        model.reply(req)
    return caught.value


# --- replies ----------------------------------------------------------------------------------


def test_reply_returns_text_model_id_and_usage_with_cache_fields(server: MessagesApiServer) -> None:
    server.enqueue(
        Reply(
            text="  That sounds exhausting. When did the tightness start?  ",
            model="claude-test-5-20261101",
            usage={"input_tokens": 812, "output_tokens": 17, "cache_read_input_tokens": 1500},
        )
    )

    reply = claude(server).reply(request())

    assert reply.text == "That sounds exhausting. When did the tightness start?"
    assert reply.model_id == "claude-test-5-20261101"  # from the response, not the request
    assert reply.usage.input_tokens == 812
    assert reply.usage.output_tokens == 17
    assert reply.usage.cache_read_input_tokens == 1500
    assert reply.usage.cache_creation_input_tokens == 0
    assert reply.latency_ms >= 0
    assert claude(server).responder is Responder.CLAUDE


def test_input_tokens_grow_with_the_text_sent(server: MessagesApiServer) -> None:
    model = claude(server)
    short = model.reply(request("Tired."))
    long = model.reply(request("Tired. " * 300))

    def sent(usage: Usage) -> int:  # the API splits input into uncached, written and read
        return (
            usage.input_tokens + usage.cache_creation_input_tokens + usage.cache_read_input_tokens
        )

    assert sent(long.usage) > sent(short.usage) + 400


def test_streaming_reply_assembles_the_same_text_and_usage(server: MessagesApiServer) -> None:
    plain = claude(server).reply(request())
    streamed = claude(server, streaming=True).reply(request())

    assert streamed.text == plain.text
    assert streamed.usage == plain.usage
    assert server.requests[-1].streaming
    assert not server.requests[0].streaming


def test_request_carries_cached_system_block_context_max_tokens_and_model(
    server: MessagesApiServer,
) -> None:
    claude(server).reply(request(context="Safety mode: gentle. Emotion: fear."))

    body = server.requests[-1].body
    assert body["model"] == MODEL
    assert body["max_tokens"] == 400
    assert body["system"] == [
        {"type": "text", "text": SYSTEM_PROMPT, "cache_control": {"type": "ephemeral"}},
        {"type": "text", "text": "Safety mode: gentle. Emotion: fear."},
    ]
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user"]
    assert body["messages"][-1]["content"] == [
        {
            "type": "text",
            "text": "I can't sleep and my chest feels tight.",
            "cache_control": {"type": "ephemeral"},
        }
    ]
    assert server.requests[-1].headers["authorization"] == "<redacted>"


def test_request_without_context_sends_only_the_cached_system_block(
    server: MessagesApiServer,
) -> None:
    claude(server, streaming=True).reply(request())

    system = server.requests[-1].body["system"]
    assert len(system) == 1
    assert system[0]["cache_control"] == {"type": "ephemeral"}


def test_second_call_with_the_same_system_prompt_reads_the_cache(server: MessagesApiServer) -> None:
    model = claude(server)

    first = model.reply(request("First message.", system=LONG_SYSTEM, context="Emotion: sadness"))
    second = model.reply(request("Second message.", system=LONG_SYSTEM, context="Emotion: anger"))

    assert first.usage.cache_creation_input_tokens > 1000
    assert first.usage.cache_read_input_tokens == 0
    # The system prompt is read back; the context changed, so the conversation is written anew.
    assert 1000 < second.usage.cache_read_input_tokens < first.usage.cache_creation_input_tokens
    assert 0 < second.usage.cache_creation_input_tokens < 100
    assert second.usage.input_tokens < 100


def test_next_turn_reads_the_conversation_so_far_from_the_cache(
    server: MessagesApiServer,
) -> None:
    model = claude(server)
    history = [PromptMessage(Role.USER, "I can't switch off at night. " * 150)]
    first = model.reply(ModelRequest(system=SYSTEM_PROMPT, messages=tuple(history), max_tokens=50))
    history += [
        PromptMessage(Role.ASSISTANT, first.text),
        PromptMessage(Role.USER, "It's worse on Sundays."),
    ]
    second = model.reply(ModelRequest(system=SYSTEM_PROMPT, messages=tuple(history), max_tokens=50))

    assert first.usage.cache_creation_input_tokens > 1000
    # Everything up to the previous turn's message comes back from the cache.
    assert second.usage.cache_read_input_tokens == first.usage.cache_creation_input_tokens


def test_streaming_reports_cache_reads_too(server: MessagesApiServer) -> None:
    claude(server, streaming=True).reply(request(system=LONG_SYSTEM))
    again = claude(server, streaming=True).reply(request(system=LONG_SYSTEM))
    assert again.usage.cache_read_input_tokens > 1000


def test_system_prompt_below_the_minimum_cacheable_length_is_not_cached(
    server: MessagesApiServer,
) -> None:
    model = claude(server)
    model.reply(request(system="Be kind and brief."))
    again = model.reply(request(system="Be kind and brief."))
    assert again.usage.cache_read_input_tokens == 0
    assert again.usage.cache_creation_input_tokens == 0


def test_latency_includes_the_time_the_api_took(server: MessagesApiServer) -> None:
    server.enqueue(Slow(seconds=0.3))
    reply = claude(server).reply(request())
    assert reply.latency_ms >= 300


# --- retries and failures ---------------------------------------------------------------------


def test_rate_limit_then_success_succeeds_after_one_retry(server: MessagesApiServer) -> None:
    server.enqueue(Failure(status=429))  # sends retry-after: 0

    reply = claude(server, max_retries=1).reply(request())

    assert reply.text
    assert len(server.requests) == 2
    assert server.requests[1].headers["x-stainless-retry-count"] == "1"


def test_short_retry_after_is_waited_for_then_retried(server: MessagesApiServer) -> None:
    server.enqueue(Failure(status=529, retry_after=1))
    started = time.monotonic()

    claude(server, max_retries=1).reply(request())

    assert time.monotonic() - started >= 0.9
    assert len(server.requests) == 2


def test_long_retry_after_fails_fast_instead_of_sleeping(server: MessagesApiServer) -> None:
    # The SDK would sleep the full 20 s; the turn's budget is 30 s in all.
    server.enqueue(Failure(status=429, retry_after=20))
    started = time.monotonic()

    error = failure_of(claude(server, max_retries=1), request())

    assert error.kind == "rate_limited"
    assert time.monotonic() - started < 1
    assert len(server.requests) == 1


def test_timeout_then_fast_reply_succeeds_after_one_retry(server: MessagesApiServer) -> None:
    server.enqueue(Slow(seconds=2))
    reply = claude(server, timeout=0.5, max_retries=1).reply(request())
    assert reply.text
    assert len(server.requests) == 2


def test_overloaded_twice_raises_overloaded(server: MessagesApiServer) -> None:
    server.enqueue(Failure(status=529), Failure(status=529))

    error = failure_of(claude(server, max_retries=1), request())

    assert error.kind == "overloaded"
    assert isinstance(error.__cause__, anthropic.OverloadedError)
    assert len(server.requests) == 2
    assert "req_local" in str(error)  # the request id, for support tickets


def test_overloaded_before_a_stream_starts_raises_overloaded(server: MessagesApiServer) -> None:
    server.enqueue(Failure(status=529))
    assert failure_of(claude(server, streaming=True), request()).kind == "overloaded"


def test_overloaded_in_the_middle_of_a_stream_raises_overloaded(server: MessagesApiServer) -> None:
    server.enqueue(StreamError(error_type="overloaded_error", after_deltas=2))

    error = failure_of(claude(server, streaming=True, max_retries=1), request())

    assert error.kind == "overloaded"
    assert len(server.requests) == 1  # the SDK does not retry once a stream has begun


def test_server_error_raises_server_error(server: MessagesApiServer) -> None:
    server.enqueue(Failure(status=500))
    error = failure_of(claude(server), request())
    assert error.kind == "server_error"
    assert isinstance(error.__cause__, anthropic.InternalServerError)


def test_slow_response_beyond_the_timeout_raises_timeout(server: MessagesApiServer) -> None:
    server.enqueue(Slow(seconds=3))
    started = time.monotonic()

    error = failure_of(claude(server, timeout=0.5), request())

    assert error.kind == "timeout"
    assert isinstance(error.__cause__, anthropic.APITimeoutError)
    assert time.monotonic() - started < 2


def test_stream_that_stalls_midway_raises_timeout(server: MessagesApiServer) -> None:
    # The SDK does not wrap errors raised while reading an open stream: httpx2's ReadTimeout.
    server.enqueue(Reply(text="It sounds like a lot. " * 5, delta_delay=2))
    error = failure_of(claude(server, streaming=True, timeout=0.5), request())
    assert error.kind == "timeout"


def test_stream_that_trickles_past_the_budget_raises_timeout(server: MessagesApiServer) -> None:
    # Every gap (0.2 s) is within the 1 s read timeout; the whole body (about 2 s) is not.
    server.enqueue(Reply(text="It sounds like a lot to hold. " * 6, delta_delay=0.2))
    started = time.monotonic()

    error = failure_of(claude(server, streaming=True, timeout=1.0), request())

    assert error.kind == "timeout"
    assert time.monotonic() - started < 1.6


def test_wrong_api_key_raises_auth(server: MessagesApiServer) -> None:
    error = failure_of(claude(server, api_key="sk-ant-wrong"), request())
    assert error.kind == "auth"
    assert isinstance(error.__cause__, anthropic.AuthenticationError)


@pytest.mark.parametrize(
    ("status", "kind"),
    [(400, "bad_request"), (403, "auth"), (404, "bad_request"), (413, "bad_request")],
)
def test_client_errors_map_to_stable_kinds(
    server: MessagesApiServer, status: int, kind: str
) -> None:
    server.enqueue(Failure(status=status))
    assert failure_of(claude(server, max_retries=1), request()).kind == kind
    assert len(server.requests) == 1  # 4xx other than 408/409/429 are not retried


def test_dropped_connection_raises_connection(server: MessagesApiServer) -> None:
    server.enqueue(Disconnect())
    error = failure_of(claude(server), request())
    assert error.kind == "connection"
    assert isinstance(error.__cause__, anthropic.APIConnectionError)


def test_nothing_listening_raises_connection() -> None:
    client = make_anthropic_client(
        api_key=API_KEY, base_url="http://127.0.0.1:9", timeout_seconds=0.5, max_retries=0
    )
    error = failure_of(AnthropicLanguageModel(client, MODEL), request())
    assert error.kind == "connection"


def test_refusal_raises_refusal_even_with_partial_text(server: MessagesApiServer) -> None:
    server.enqueue(Reply(text="I hear", stop_reason="refusal"))
    assert failure_of(claude(server, streaming=True), request()).kind == "refusal"


def test_empty_reply_raises_empty_reply(server: MessagesApiServer) -> None:
    server.enqueue(Reply(text=""))
    assert failure_of(claude(server), request()).kind == "empty_reply"


def test_error_messages_never_contain_prompt_text(server: MessagesApiServer) -> None:
    server.enqueue(
        Failure(status=400, message=f"messages.2: could not process '{PRIVATE_WORDS}'"),
        Failure(status=529),
        StreamError(),
        Reply(text=PRIVATE_WORDS, stop_reason="refusal"),
        Slow(seconds=2),
    )
    req = request(PRIVATE_WORDS, context=f"Remembered: {PRIVATE_WORDS}")
    errors = [
        failure_of(claude(server), req),
        failure_of(claude(server), req),
        failure_of(claude(server, streaming=True), req),
        failure_of(claude(server), req),
        failure_of(claude(server, timeout=0.5), req),
    ]

    assert [e.kind for e in errors] == [
        "bad_request",
        "overloaded",
        "overloaded",
        "refusal",
        "timeout",
    ]
    for error in errors:
        assert PRIVATE_WORDS not in str(error)
        assert PRIVATE_WORDS not in repr(error.args)


# --- Bedrock ----------------------------------------------------------------------------------


@pytest.fixture
def aws_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    # Fake keys only sign the request; the local server checks that a signature is present.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDLOCALTESTONLY")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "local-test-secret")
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    monkeypatch.delenv("AWS_BEARER_TOKEN_BEDROCK", raising=False)


def bedrock(server: MessagesApiServer, *, max_retries: int = 0) -> AnthropicLanguageModel:
    client = make_bedrock_client(
        aws_region="eu-west-1", base_url=server.url, timeout_seconds=2, max_retries=max_retries
    )
    return AnthropicLanguageModel(client, BEDROCK_MODEL)


@pytest.mark.usefixtures("aws_credentials")
def test_bedrock_client_replies_through_the_invoke_path(server: MessagesApiServer) -> None:
    reply = bedrock(server).reply(request(context="Emotion: fear"))

    assert reply.text
    assert reply.model_id == BEDROCK_MODEL
    recorded = server.requests[-1]
    assert recorded.path == f"/model/{BEDROCK_MODEL}/invoke"
    assert "model" not in recorded.body
    assert recorded.body["anthropic_version"]
    assert recorded.body["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert recorded.body["max_tokens"] == 400
    assert recorded.headers["authorization"] == "<redacted>"  # SigV4-signed
    assert "x-amz-date" in recorded.headers


@pytest.mark.usefixtures("aws_credentials")
def test_bedrock_throttling_raises_rate_limited(server: MessagesApiServer) -> None:
    server.enqueue(Failure(status=429))
    error = failure_of(bedrock(server), request())
    assert error.kind == "rate_limited"
    assert "request_id=00000000-0000-4000-8000-" in str(error)  # x-amzn-requestid


def test_a_key_rotated_while_warm_is_read_again_after_the_first_401(
    server: MessagesApiServer,
) -> None:
    # Deployed, the key sits in Secrets Manager and the client is built at cold start. After a
    # rotation the old key gets 401: the adapter reads the key again and retries once, so the
    # person gets a real reply instead of the fallback until the function is recycled.
    reads: list[str] = []

    def read_rotated_key() -> anthropic.Anthropic:
        reads.append("new")
        return make_anthropic_client(
            api_key="sk-ant-rotated", base_url=server.url, timeout_seconds=2.0, max_retries=0
        )

    server.api_key = "sk-ant-rotated"
    try:
        stale = make_anthropic_client(
            api_key=API_KEY, base_url=server.url, timeout_seconds=2.0, max_retries=0
        )
        model = AnthropicLanguageModel(stale, MODEL, refresh_client=read_rotated_key)
        server.enqueue(Reply("It sounds like today asked a lot of you."))
        reply = model.reply(request())
        assert reply.text == "It sounds like today asked a lot of you."
        assert len(server.requests) == 2  # the 401, then the retry with the new key
        server.enqueue(Reply("I'm here."))
        assert model.reply(request()).text == "I'm here."
        assert reads == ["new"]  # the new client is kept: one secret read in all
    finally:
        server.api_key = API_KEY


def test_a_key_that_stays_wrong_is_read_again_at_most_once_a_minute(
    server: MessagesApiServer,
) -> None:
    clock = [1000.0]
    reads: list[float] = []

    def read_wrong_key_again() -> anthropic.Anthropic:
        reads.append(clock[0])
        return make_anthropic_client(
            api_key="sk-ant-still-wrong", base_url=server.url, timeout_seconds=2.0, max_retries=0
        )

    stale = make_anthropic_client(
        api_key="sk-ant-wrong", base_url=server.url, timeout_seconds=2.0, max_retries=0
    )
    model = AnthropicLanguageModel(
        stale, MODEL, refresh_client=read_wrong_key_again, monotonic=lambda: clock[0]
    )
    for _ in range(3):
        with pytest.raises(LanguageModelError) as raised:
            model.reply(request())
        assert raised.value.kind == "auth"
    assert reads == [1000.0]
    clock[0] += 61
    with pytest.raises(LanguageModelError):
        model.reply(request())
    assert reads == [1000.0, 1061.0]


def test_a_key_that_cannot_be_read_again_leaves_the_auth_error(server: MessagesApiServer) -> None:
    def secret_unreadable() -> anthropic.Anthropic:
        raise SettingsError("Could not read the Anthropic API key from secret 'hearth/anthropic'")

    stale = make_anthropic_client(
        api_key="sk-ant-wrong", base_url=server.url, timeout_seconds=2.0, max_retries=0
    )
    model = AnthropicLanguageModel(stale, MODEL, refresh_client=secret_unreadable)
    with pytest.raises(LanguageModelError) as raised:
        model.reply(request())
    assert raised.value.kind == "auth"
