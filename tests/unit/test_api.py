"""The HTTP API as the mobile app sees it, composed on in-memory fakes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from hearth.domain.errors import LanguageModelError
from tests.support.fakes import InMemoryConversationStore, ScriptedLanguageModel
from tests.support.harness import Hearth, auth

pytestmark = pytest.mark.unit

PROBLEM = "application/problem+json"


@pytest.fixture
def hearth() -> Hearth:
    return Hearth()


@pytest.fixture
def client(hearth: Hearth) -> Iterator[TestClient]:
    with hearth.client() as c:
        yield c


def _session(client: TestClient, user: str = "ana") -> str:
    response = client.post("/v1/sessions", headers=auth(user))
    assert response.status_code == 201
    return str(response.json()["sessionId"])


def _messages(hearth: Hearth) -> int:
    store = hearth.store
    assert isinstance(store, InMemoryConversationStore)
    return len(store.all_messages())


def test_health_needs_no_token(client: TestClient) -> None:
    response = client.get("/v1/health")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_start_session_returns_disclosure(client: TestClient) -> None:
    body = client.post("/v1/sessions", headers=auth("ana")).json()
    assert set(body) == {"sessionId", "createdAt", "disclosure"}
    assert body["disclosure"]["reason"] == "session_start"
    assert "AI" in body["disclosure"]["text"]


def test_post_message_returns_the_turn_in_camel_case(client: TestClient) -> None:
    sid = _session(client)
    response = client.post(
        f"/v1/sessions/{sid}/messages", json={"text": "I can't switch off"}, headers=auth("ana")
    )
    assert response.status_code == 201
    body = response.json()
    assert body["userMessage"]["text"] == "I can't switch off"
    assert set(body["reply"]) == {"id", "text", "createdAt", "responder", "degraded"}
    assert body["reply"]["responder"] == "claude" and body["reply"]["degraded"] is False


def test_history_lists_oldest_first_with_opaque_cursor(client: TestClient) -> None:
    sid = _session(client)
    for text in ("one", "two", "three"):
        client.post(f"/v1/sessions/{sid}/messages", json={"text": text}, headers=auth("ana"))
    page = client.get(f"/v1/sessions/{sid}/messages?limit=4", headers=auth("ana")).json()
    assert [m["role"] for m in page["items"]] == ["user", "assistant"] * 2
    assert page["items"][0]["text"] == "one" and page["nextCursor"]
    rest = client.get(
        f"/v1/sessions/{sid}/messages",
        params={"limit": 4, "cursor": page["nextCursor"]},
        headers=auth("ana"),
    ).json()
    assert next(m["text"] for m in rest["items"]) == "three" and rest["nextCursor"] is None


def test_sessions_list_is_per_user(client: TestClient) -> None:
    mine = _session(client, "ana")
    _session(client, "ben")
    body = client.get("/v1/sessions", headers=auth("ana")).json()
    assert [s["sessionId"] for s in body["items"]] == [mine]


@pytest.mark.parametrize(
    ("payload", "slug"),
    [
        ({}, "validation-error"),
        ({"text": ""}, "invalid-message"),
        ({"text": "    "}, "invalid-message"),
        ({"text": "x" * 10_000}, "invalid-message"),
        ({"text": 42}, "validation-error"),
        ({"text": ["hi"]}, "validation-error"),
        ({"text": None}, "validation-error"),
    ],
)
def test_bad_message_is_a_422_problem_and_writes_nothing(
    hearth: Hearth, client: TestClient, payload: dict[str, object], slug: str
) -> None:
    sid = _session(client)
    response = client.post(f"/v1/sessions/{sid}/messages", json=payload, headers=auth("ana"))
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["type"] == f"urn:hearth:problem:{slug}"
    assert "x" * 50 not in response.text  # never echoes the input back
    assert _messages(hearth) == 0


def test_malformed_json_is_a_problem_not_a_crash(hearth: Hearth, client: TestClient) -> None:
    sid = _session(client)
    response = client.post(
        f"/v1/sessions/{sid}/messages",
        content=b'{"text": "unterminated',
        headers={**auth("ana"), "content-type": "application/json"},
    )
    assert response.status_code == 422 and response.headers["content-type"] == PROBLEM
    assert _messages(hearth) == 0


@pytest.mark.parametrize("sid", ["01JDOESNOTEXIST0000000000", "not-an-id", "01" + "A" * 24])
def test_unknown_session_is_404(hearth: Hearth, client: TestClient, sid: str) -> None:
    response = client.post(f"/v1/sessions/{sid}/messages", json={"text": "hi"}, headers=auth("ana"))
    assert response.status_code == 404
    assert response.json()["type"] == "urn:hearth:problem:session-not-found"
    assert _messages(hearth) == 0


def test_someone_elses_session_is_404_for_reads_and_writes(client: TestClient) -> None:
    sid = _session(client, "ana")
    client.post(f"/v1/sessions/{sid}/messages", json={"text": "private"}, headers=auth("ana"))
    assert client.get(f"/v1/sessions/{sid}/messages", headers=auth("ben")).status_code == 404
    response = client.post(f"/v1/sessions/{sid}/messages", json={"text": "hi"}, headers=auth("ben"))
    assert response.status_code == 404 and "private" not in response.text


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer nonsense"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer hl1.eyJzdWIiOiJhbmEiLCJleHAiOjk5OTk5OTk5OTl9.forged"},
    ],
)
def test_missing_or_bad_token_is_401(
    hearth: Hearth, client: TestClient, headers: dict[str, str]
) -> None:
    response = client.post("/v1/sessions", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == PROBLEM
    assert response.headers["www-authenticate"] == "Bearer"


def test_local_tokens_are_refused_in_lambda(hearth: Hearth) -> None:
    hearth.settings = hearth.settings.__class__(local_auth_key=None, running_in_lambda=True)
    with hearth.client() as client:
        assert client.post("/v1/sessions", headers=auth("ana")).status_code == 401


def test_model_outage_still_answers_degraded(hearth: Hearth) -> None:
    hearth.model = ScriptedLanguageModel(script=[LanguageModelError("timeout")])
    with hearth.client() as client:
        sid = _session(client)
        body = client.post(
            f"/v1/sessions/{sid}/messages", json={"text": "hello?"}, headers=auth("ana")
        ).json()
    assert body["reply"]["degraded"] is True and body["reply"]["responder"] == "offline"


def test_same_idempotency_key_returns_the_same_turn(hearth: Hearth, client: TestClient) -> None:
    sid = _session(client)
    headers = {**auth("ana"), "Idempotency-Key": "retry-key-123"}
    first = client.post(f"/v1/sessions/{sid}/messages", json={"text": "hi"}, headers=headers)
    second = client.post(f"/v1/sessions/{sid}/messages", json={"text": "hi"}, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert _messages(hearth) == 2


def test_bad_idempotency_key_is_422(client: TestClient) -> None:
    sid = _session(client)
    headers = {**auth("ana"), "Idempotency-Key": "x"}
    response = client.post(f"/v1/sessions/{sid}/messages", json={"text": "hi"}, headers=headers)
    assert response.status_code == 422


def test_store_outage_is_503_problem_without_details(hearth: Hearth, client: TestClient) -> None:
    store = hearth.store
    assert isinstance(store, InMemoryConversationStore)
    store.fail_writes = True
    response = client.post("/v1/sessions", headers=auth("ana"))
    assert response.status_code == 503
    assert response.json()["type"] == "urn:hearth:problem:store-unavailable"
    assert "Traceback" not in response.text


def test_unexpected_bug_is_a_generic_problem(hearth: Hearth, client: TestClient) -> None:
    store = hearth.store

    def boom(*_: object) -> None:
        raise KeyError("secret internals")

    store.create_session = boom  # type: ignore[method-assign]
    response = client.post("/v1/sessions", headers=auth("ana"))
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM
    assert "secret internals" not in response.text


def test_unknown_route_is_a_problem(client: TestClient) -> None:
    response = client.get("/v1/nowhere", headers=auth("ana"))
    assert response.status_code == 404 and response.headers["content-type"] == PROBLEM


@pytest.mark.parametrize("limit", ["0", "101", "abc"])
def test_bad_page_limit_is_422(client: TestClient, limit: str) -> None:
    assert client.get(f"/v1/sessions?limit={limit}", headers=auth("ana")).status_code == 422


def test_tampered_cursor_is_422(client: TestClient) -> None:
    sid = _session(client)
    response = client.get(
        f"/v1/sessions/{sid}/messages", params={"cursor": "!!garbage"}, headers=auth("ana")
    )
    assert response.status_code == 422
    assert response.json()["type"] == "urn:hearth:problem:invalid-cursor"
