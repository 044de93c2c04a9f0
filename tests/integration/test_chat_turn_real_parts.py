"""A chat turn on real parts: DynamoDB Local, the anthropic SDK, a local Messages API server.

Wired by bootstrap exactly as in Lambda; only the endpoints point at this machine.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from hearth import bootstrap
from hearth.adapters.dynamodb_store import DynamoConversationStore
from hearth.settings import LlmProvider, Settings
from tests.support.fakes import RecordingTelemetry
from tests.support.harness import LOCAL_KEY, auth, load_function
from tests.support.messages_api import Failure, MessagesApiServer, Reply, Slow

pytestmark = pytest.mark.integration


@pytest.fixture
def messages_api() -> Iterator[MessagesApiServer]:
    with MessagesApiServer(api_key="sk-test") as server:
        yield server


@pytest.fixture
def telemetry() -> RecordingTelemetry:
    return RecordingTelemetry()


@pytest.fixture
def client(
    dynamodb_endpoint: str,
    hearth_table_name: str,
    messages_api: MessagesApiServer,
    telemetry: RecordingTelemetry,
) -> Iterator[TestClient]:
    settings = Settings(
        table_name=hearth_table_name,
        dynamodb_endpoint=dynamodb_endpoint,
        llm_provider=LlmProvider.ANTHROPIC,
        anthropic_api_key="sk-test",
        anthropic_base_url=messages_api.url,
        llm_timeout_seconds=1.0,
        llm_max_retries=1,
        local_auth_key=LOCAL_KEY,
    )
    bootstrap.override(bootstrap.build(settings, telemetry=telemetry))
    try:
        with TestClient(load_function("chat_turn").app, raise_server_exceptions=False) as c:
            yield c
    finally:
        bootstrap.override(None)


@pytest.fixture
def store(dynamodb_endpoint: str, hearth_table_name: str) -> DynamoConversationStore:
    return DynamoConversationStore(hearth_table_name, region="us-east-1", host=dynamodb_endpoint)


def _start(client: TestClient, user: str) -> str:
    response = client.post("/v1/sessions", headers=auth(user))
    assert response.status_code == 201
    return str(response.json()["sessionId"])


def test_turn_is_answered_by_claude_and_kept_in_dynamodb(
    client: TestClient, messages_api: MessagesApiServer, store: DynamoConversationStore
) -> None:
    messages_api.enqueue(Reply(text="It sounds like you've been carrying this alone."))
    sid = _start(client, "dora")
    response = client.post(
        f"/v1/sessions/{sid}/messages",
        json={"text": "Nobody at home notices"},
        headers=auth("dora"),
    )
    assert response.status_code == 201
    body = response.json()
    assert body["reply"] == {
        **body["reply"],
        "text": "It sounds like you've been carrying this alone.",
        "responder": "claude",
        "degraded": False,
    }
    stored = store.recent_messages("dora", sid, 10)
    assert [m.text for m in stored] == ["Nobody at home notices", body["reply"]["text"]]
    meta = stored[1].reply_meta
    assert meta is not None and meta.model_id == "claude-sonnet-4-6"
    assert meta.usage.input_tokens > 0 and meta.usage.output_tokens > 0
    sent = messages_api.requests[-1].body
    assert sent["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert sent["messages"][-1]["content"][0]["text"] == "Nobody at home notices"


def test_a_long_conversation_is_read_back_from_the_prompt_cache(
    client: TestClient, store: DynamoConversationStore
) -> None:
    sid = _start(client, "eli")
    opening = "Let me tell you about the garden project and every plant we put in this week. " * 45
    for text in (opening, "It's worse on Sundays."):
        client.post(f"/v1/sessions/{sid}/messages", json={"text": text}, headers=auth("eli"))
    first, last = (m.reply_meta for m in store.recent_messages("eli", sid, 4)[1::2])
    assert first is not None and first.usage.cache_creation_input_tokens > 0
    assert last is not None and last.usage.cache_read_input_tokens > 0


@pytest.mark.parametrize(
    "failures",
    [
        [Failure(status=529), Failure(status=529)],
        [Failure(status=500), Failure(status=500)],
        [Failure(status=429), Failure(status=429)],
        [Slow(seconds=2.5), Slow(seconds=2.5)],
    ],
    ids=["overloaded", "server-error", "rate-limited", "too-slow"],
)
def test_model_errors_still_give_a_reply_and_keep_both_messages(
    client: TestClient,
    messages_api: MessagesApiServer,
    store: DynamoConversationStore,
    telemetry: RecordingTelemetry,
    failures: list[Failure | Slow],
) -> None:
    messages_api.enqueue(*failures)
    sid = _start(client, "fay")
    response = client.post(
        f"/v1/sessions/{sid}/messages", json={"text": "I feel overwhelmed"}, headers=auth("fay")
    )
    assert response.status_code == 201
    reply = response.json()["reply"]
    assert reply["degraded"] is True and reply["responder"] == "offline"
    assert "overwhelm" in reply["text"] or "piling up" in reply["text"]
    assert len(store.recent_messages("fay", sid, 10)) == 2
    assert telemetry.counts["LlmFallback"] == 1


def test_a_retry_after_a_lost_response_is_the_same_turn(
    client: TestClient, messages_api: MessagesApiServer, store: DynamoConversationStore
) -> None:
    sid = _start(client, "gus")
    headers = {**auth("gus"), "Idempotency-Key": "phone-retry-0001"}
    first = client.post(f"/v1/sessions/{sid}/messages", json={"text": "hi"}, headers=headers)
    second = client.post(f"/v1/sessions/{sid}/messages", json={"text": "hi"}, headers=headers)
    assert first.json() == second.json()
    assert len(store.recent_messages("gus", sid, 10)) == 2
    assert len(messages_api.requests) == 1


def test_bad_input_writes_nothing(client: TestClient, store: DynamoConversationStore) -> None:
    sid = _start(client, "hal")
    for payload in ({}, {"text": ""}, {"text": "x" * 10_000}, {"text": 7}):
        response = client.post(f"/v1/sessions/{sid}/messages", json=payload, headers=auth("hal"))
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
    assert (
        client.post(
            "/v1/sessions/01JDQ8Z5X3M4N5P6Q7R8S9T0VW/messages",
            json={"text": "hi"},
            headers=auth("hal"),
        ).status_code
        == 404
    )
    assert client.post(f"/v1/sessions/{sid}/messages", json={"text": "hi"}).status_code == 401
    assert store.recent_messages("hal", sid, 10) == []
