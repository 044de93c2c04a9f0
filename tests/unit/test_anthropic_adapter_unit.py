"""AnthropicLanguageModel's error translation, the client factories and the API key lookup.

No sockets: the real SDK talks to an `httpx2.MockTransport`, and Secrets Manager is a botocore
Stubber behind the real Powertools provider.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import anthropic
import boto3
import httpx2
import pytest
from aws_lambda_powertools.utilities.parameters.constants import DEFAULT_PROVIDERS
from aws_lambda_powertools.utilities.parameters.secrets import SecretsProvider
from botocore.stub import Stubber

from hearth.adapters.anthropic_model import (
    AnthropicLanguageModel,
    make_anthropic_client,
    make_bedrock_client,
)
from hearth.adapters.secrets import resolve_anthropic_api_key
from hearth.domain.conversation import Role
from hearth.domain.errors import LanguageModelError, SettingsError
from hearth.domain.prompts import ModelRequest, PromptMessage
from hearth.settings import Settings

pytestmark = pytest.mark.unit

MODEL = "claude-test-5"
PRIVATE_WORDS = "the lighthouse keeper's letters I never sent"
Handler = Callable[[httpx2.Request], httpx2.Response]


def request(context: str = "") -> ModelRequest:
    return ModelRequest(
        system="Listen well.",
        messages=(PromptMessage(Role.USER, PRIVATE_WORDS),),
        max_tokens=300,
        context=context,
    )


def claude(
    handler: Handler, *, streaming: bool = False, max_retries: int = 0
) -> AnthropicLanguageModel:
    # The factory's client (timeouts, retry budget, retry-wait cap), on a socket-free transport.
    client = make_anthropic_client(
        api_key="sk-ant-unit",
        base_url="http://claude.invalid",
        timeout_seconds=2.0,
        max_retries=max_retries,
    ).with_options(http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))
    return AnthropicLanguageModel(client, MODEL, streaming=streaming)


def message(text: str = "That sounds heavy.", **overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "id": "msg_unit",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [{"type": "text", "text": text}] if text else [],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 5},
    }
    body.update(overrides)
    return body


def api_error(status: int, error_type: str, message_text: str = "nope") -> httpx2.Response:
    return httpx2.Response(
        status,
        json={"type": "error", "error": {"type": error_type, "message": message_text}},
        headers={"request-id": "req_unit", "retry-after": "0.01"},
    )


def replying(status: int = 200, **response: Any) -> Handler:
    return lambda _: httpx2.Response(status, **response)


def sse(*events: tuple[str, Mapping[str, object]]) -> bytes:
    return b"".join(f"event: {e}\ndata: {json.dumps(d)}\n\n".encode() for e, d in events)


def stream_opening(text: str) -> list[tuple[str, dict[str, object]]]:
    start = message("", usage={"input_tokens": 10, "output_tokens": 1}, stop_reason=None)
    return [
        ("message_start", {"type": "message_start", "message": start}),
        (
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ),
        (
            "content_block_delta",
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": text},
            },
        ),
    ]


def stream_ending(stop_reason: str = "end_turn") -> list[tuple[str, dict[str, object]]]:
    return [
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                "usage": {"output_tokens": 7},
            },
        ),
        ("message_stop", {"type": "message_stop"}),
    ]


def sse_response(body: bytes | httpx2.SyncByteStream) -> httpx2.Response:
    headers = {"content-type": "text/event-stream", "request-id": "req_unit"}
    if isinstance(body, bytes):
        return httpx2.Response(200, headers=headers, content=body)
    return httpx2.Response(200, headers=headers, stream=body)


def kind_of(model: AnthropicLanguageModel) -> LanguageModelError:
    with pytest.raises(LanguageModelError) as caught:
        model.reply(request(context=f"Remembered: {PRIVATE_WORDS}"))
    assert PRIVATE_WORDS not in str(caught.value)
    return caught.value


# --- replies ----------------------------------------------------------------------------------


def test_reply_sends_cached_system_then_context_and_reads_usage_with_null_cache_counts() -> None:
    seen: list[dict[str, object]] = []

    def handler(req: httpx2.Request) -> httpx2.Response:
        seen.append(json.loads(req.content))
        return httpx2.Response(
            200,
            json=message(
                usage={
                    "input_tokens": 12,
                    "output_tokens": 4,
                    "cache_creation_input_tokens": None,
                    "cache_read_input_tokens": None,
                }
            ),
        )

    reply = claude(handler).reply(request(context="Emotion: grief"))

    assert (reply.text, reply.model_id) == ("That sounds heavy.", MODEL)
    assert (reply.usage.input_tokens, reply.usage.output_tokens) == (12, 4)
    assert (reply.usage.cache_creation_input_tokens, reply.usage.cache_read_input_tokens) == (0, 0)
    assert seen[0]["system"] == [
        {"type": "text", "text": "Listen well.", "cache_control": {"type": "ephemeral"}},
        {"type": "text", "text": "Emotion: grief"},
    ]
    assert seen[0]["max_tokens"] == 300
    assert seen[0]["model"] == MODEL


def test_streaming_reply_keeps_input_usage_from_message_start() -> None:
    body = sse(*stream_opening("That sounds heavy."), *stream_ending())
    reply = claude(lambda _: sse_response(body), streaming=True).reply(request())
    assert reply.text == "That sounds heavy."
    assert (reply.usage.input_tokens, reply.usage.output_tokens) == (10, 7)


# --- error translation ------------------------------------------------------------------------


def test_overloaded_is_retried_then_raises_overloaded() -> None:
    calls: list[int] = []

    def handler(req: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        return api_error(529, "overloaded_error", PRIVATE_WORDS)

    error = kind_of(claude(handler, max_retries=1))

    assert error.kind == "overloaded"
    assert isinstance(error.__cause__, anthropic.OverloadedError)
    assert len(calls) == 2
    assert "status=529" in str(error) and "req_unit" in str(error)


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "20"},
        {"retry-after-ms": "5000"},
        {"retry-after": "Wed, 21 Oct 2099 07:28:00 GMT"},
    ],
)
def test_error_asking_for_a_long_wait_is_raised_at_once(headers: dict[str, str]) -> None:
    calls: list[int] = []

    def handler(req: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        body = {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}
        return httpx2.Response(429, json=body, headers=headers)

    assert kind_of(claude(handler, max_retries=2)).kind == "rate_limited"
    assert len(calls) == 1


def test_sdk_timeout_raises_timeout() -> None:
    def handler(req: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("timed out", request=req)

    error = kind_of(claude(handler))
    assert error.kind == "timeout"
    assert isinstance(error.__cause__, anthropic.APITimeoutError)


def test_connect_failure_raises_connection() -> None:
    def handler(req: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("refused", request=req)

    assert kind_of(claude(handler)).kind == "connection"


@pytest.mark.parametrize(
    ("status", "error_type", "kind"),
    [
        (400, "invalid_request_error", "bad_request"),
        (401, "authentication_error", "auth"),
        (403, "permission_error", "auth"),
        (404, "not_found_error", "bad_request"),
        (408, "timeout_error", "timeout"),
        (413, "request_too_large", "bad_request"),
        (422, "invalid_request_error", "bad_request"),
        (429, "rate_limit_error", "rate_limited"),
        (500, "api_error", "server_error"),
        (503, "api_error", "server_error"),
        (504, "timeout_error", "server_error"),
        (529, "overloaded_error", "overloaded"),
        (402, "billing_error", "unknown"),
        (409, "conflict_error", "unknown"),
    ],
)
def test_status_codes_map_to_stable_kinds(status: int, error_type: str, kind: str) -> None:
    assert kind_of(claude(lambda _: api_error(status, error_type, PRIVATE_WORDS))).kind == kind


@pytest.mark.parametrize(
    ("error_type", "kind"),
    [
        ("overloaded_error", "overloaded"),
        ("rate_limit_error", "rate_limited"),
        ("api_error", "server_error"),
        ("something_new", "unknown"),
    ],
)
def test_error_event_inside_a_stream_maps_by_its_error_type(error_type: str, kind: str) -> None:
    error_event = ("error", {"type": "error", "error": {"type": error_type, "message": "x"}})
    body = sse(*stream_opening("I hear"), error_event)
    assert kind_of(claude(lambda _: sse_response(body), streaming=True)).kind == kind


class _BreaksMidway(httpx2.SyncByteStream):
    def __init__(self, error: Exception) -> None:
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield sse(*stream_opening("I hear"))
        raise self.error


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (httpx2.ReadTimeout("stalled"), "timeout"),
        (httpx2.RemoteProtocolError("peer closed connection"), "connection"),
    ],
)
def test_stream_that_breaks_after_200_maps_the_raw_httpx2_error(
    error: Exception, kind: str
) -> None:
    model = claude(lambda _: sse_response(_BreaksMidway(error)), streaming=True)
    assert kind_of(model).kind == kind


def test_refusal_raises_refusal() -> None:
    assert kind_of(claude(replying(json=message("", stop_reason="refusal")))).kind == "refusal"


def test_refusal_after_streamed_text_raises_refusal() -> None:
    body = sse(*stream_opening(PRIVATE_WORDS), *stream_ending("refusal"))
    assert kind_of(claude(lambda _: sse_response(body), streaming=True)).kind == "refusal"


@pytest.mark.parametrize("text", ["", "  \n "])
def test_blank_reply_raises_empty_reply(text: str) -> None:
    assert kind_of(claude(replying(json=message(text)))).kind == "empty_reply"


@pytest.mark.parametrize(
    "response",
    [
        {"content": b"<html>captive portal</html>", "headers": {"content-type": "text/html"}},
        {"json": {"unexpected": "shape"}},
    ],
)
def test_malformed_200_raises_unknown_not_an_attribute_error(response: dict[str, Any]) -> None:
    assert kind_of(claude(replying(**response))).kind == "unknown"


def test_bedrock_without_aws_credentials_raises_unknown_not_a_raw_exception(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # SigV4 signing fails outside the SDK's error types (botocore's ProfileNotFound here).
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    monkeypatch.delenv("AWS_BEARER_TOKEN_BEDROCK", raising=False)
    client = anthropic.AnthropicBedrock(
        aws_region="us-east-1",
        aws_profile="hearth-no-such-profile",
        base_url="http://bedrock.invalid",
        http_client=httpx2.Client(transport=httpx2.MockTransport(lambda _: httpx2.Response(500))),
        max_retries=0,
    )
    assert (
        kind_of(AnthropicLanguageModel(client, "us.anthropic.claude-test-5-v1:0")).kind == "unknown"
    )


# --- client factories -------------------------------------------------------------------------


def test_anthropic_client_gets_an_explicit_timeout_and_retry_budget() -> None:
    client = make_anthropic_client(
        api_key="sk-ant-unit", base_url="http://claude.invalid", timeout_seconds=9, max_retries=1
    )
    assert isinstance(client.timeout, httpx2.Timeout)
    assert (client.timeout.read, client.timeout.connect) == (9, 2)
    assert client.max_retries == 1
    assert str(client.base_url).startswith("http://claude.invalid")


def test_anthropic_client_without_a_key_is_a_settings_error() -> None:
    with pytest.raises(SettingsError):
        make_anthropic_client(api_key=None, base_url=None, timeout_seconds=9, max_retries=1)


def test_bedrock_client_gets_the_region_timeout_and_retry_budget() -> None:
    client = make_bedrock_client(
        aws_region="eu-central-1", base_url=None, timeout_seconds=8, max_retries=2
    )
    assert client.aws_region == "eu-central-1"
    assert "bedrock-runtime.eu-central-1.amazonaws.com" in str(client.base_url)
    assert isinstance(client.timeout, httpx2.Timeout)
    assert client.timeout.read == 8
    assert client.max_retries == 2


# --- the API key ------------------------------------------------------------------------------

SECRET_NAME = "hearth/anthropic"


def fetcher(value: object) -> Callable[[str], object]:
    def fetch(name: str) -> object:
        assert name == SECRET_NAME
        return value

    return fetch


def deployed() -> Settings:
    return Settings(anthropic_secret_name=SECRET_NAME)


def test_local_key_wins_and_secrets_manager_is_not_asked() -> None:
    def unreachable(name: str) -> object:
        raise AssertionError("Secrets Manager must not be called")

    settings = Settings(anthropic_api_key="sk-local", anthropic_secret_name=SECRET_NAME)
    assert resolve_anthropic_api_key(settings, fetch_secret=unreachable) == "sk-local"


def test_no_key_and_no_secret_name_is_none() -> None:
    assert resolve_anthropic_api_key(Settings()) is None


@pytest.mark.parametrize(
    "raw",
    [
        "sk-ant-from-secret\n",
        b"sk-ant-from-secret",
        '{"ANTHROPIC_API_KEY": "sk-ant-from-secret"}',
        '{"api_key": "sk-ant-from-secret", "note": "rotated monthly"}',
    ],
)
def test_secret_may_be_the_bare_key_or_json(raw: object) -> None:
    assert resolve_anthropic_api_key(deployed(), fetch_secret=fetcher(raw)) == "sk-ant-from-secret"


@pytest.mark.parametrize(
    "raw", ['{"token": "sk-ant-hidden"}', "   ", '{"api_key": "sk-ant-hidden"']
)
def test_secret_without_a_usable_key_is_a_settings_error_that_hides_the_value(raw: str) -> None:
    with pytest.raises(SettingsError) as caught:
        resolve_anthropic_api_key(deployed(), fetch_secret=fetcher(raw))
    assert "sk-ant-hidden" not in str(caught.value)
    assert caught.value.__cause__ is None


def test_unreadable_secret_is_a_settings_error_naming_the_secret() -> None:
    def denied(name: str) -> object:
        raise RuntimeError("AccessDeniedException")

    with pytest.raises(SettingsError, match=SECRET_NAME):
        resolve_anthropic_api_key(deployed(), fetch_secret=denied)


@pytest.fixture
def stubbed_secrets_manager(monkeypatch: pytest.MonkeyPatch) -> Iterator[Stubber]:
    client = boto3.client(
        "secretsmanager",
        region_name="us-east-1",
        aws_access_key_id="unit",
        aws_secret_access_key="unit",
    )
    # The provider `parameters.get_secret` uses; a real one, over a stubbed client.
    monkeypatch.setitem(DEFAULT_PROVIDERS, "secrets", SecretsProvider(boto3_client=client))
    with Stubber(client) as stubber:
        yield stubber
        stubber.assert_no_pending_responses()


def test_secret_is_read_once_through_powertools_and_cached(
    stubbed_secrets_manager: Stubber,
) -> None:
    stubbed_secrets_manager.add_response(
        "get_secret_value",
        {"Name": SECRET_NAME, "SecretString": '{"ANTHROPIC_API_KEY": "sk-ant-deployed"}'},
        {"SecretId": SECRET_NAME},
    )

    first = resolve_anthropic_api_key(deployed())
    second = resolve_anthropic_api_key(deployed())  # a second AWS call would fail the Stubber

    assert first == second == "sk-ant-deployed"


def test_missing_secret_through_powertools_is_a_settings_error(
    stubbed_secrets_manager: Stubber,
) -> None:
    stubbed_secrets_manager.add_client_error(
        "get_secret_value", service_error_code="ResourceNotFoundException", http_status_code=400
    )
    with pytest.raises(SettingsError, match="Could not read"):
        resolve_anthropic_api_key(deployed())


def test_default_model_is_not_one_the_sdk_says_is_being_retired() -> None:
    from anthropic._data import DEPRECATED_MODELS

    from hearth.settings import Settings

    assert Settings().model_id not in DEPRECATED_MODELS
