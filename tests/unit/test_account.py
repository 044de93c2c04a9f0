"""A person can take everything Hearth keeps about them, or erase it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.support.harness import Hearth, auth

pytestmark = pytest.mark.unit


@pytest.fixture
def client() -> Iterator[TestClient]:
    with Hearth().client() as c:
        yield c


def _chat(client: TestClient, user: str, *texts: str) -> str:
    sid = str(client.post("/v1/sessions", headers=auth(user)).json()["sessionId"])
    for text in texts:
        client.post(f"/v1/sessions/{sid}/messages", json={"text": text}, headers=auth(user))
    return sid


def test_export_holds_every_message_the_plan_and_preferences(client: TestClient) -> None:
    sid = _chat(client, "ana", "first thing", "second thing")
    client.put("/v1/me/safety-plan", json={"reasonsToLive": ["my cat"]}, headers=auth("ana"))
    client.patch("/v1/me/preferences", json={"country": "IE"}, headers=auth("ana"))
    _chat(client, "ben", "ben's private words")

    export = client.get("/v1/me/export", headers=auth("ana")).json()
    (session,) = export["sessions"]
    assert session["session"]["sessionId"] == sid
    texts = [m["text"] for m in session["messages"]]
    assert texts[0::2] == ["first thing", "second thing"] and len(texts) == 4
    assert export["safetyPlan"]["reasonsToLive"] == ["my cat"]
    assert export["preferences"]["country"] == "IE"
    assert "ben's private words" not in str(export)


def test_forgetting_erases_the_person_and_only_them(client: TestClient) -> None:
    sid = _chat(client, "ana", "please forget this")
    client.put("/v1/me/safety-plan", json={"reasonsToLive": ["my cat"]}, headers=auth("ana"))
    _chat(client, "ben", "keep mine")

    assert client.delete("/v1/me", headers=auth("ana")).status_code == 204

    assert client.get("/v1/sessions", headers=auth("ana")).json()["items"] == []
    assert client.get(f"/v1/sessions/{sid}/messages", headers=auth("ana")).status_code == 404
    assert client.get("/v1/me/safety-plan", headers=auth("ana")).status_code == 404
    assert client.get("/v1/me/export", headers=auth("ana")).json()["sessions"] == []
    assert len(client.get("/v1/sessions", headers=auth("ben")).json()["items"]) == 1


def test_export_and_forget_need_a_token(client: TestClient) -> None:
    assert client.get("/v1/me/export").status_code == 401
    assert client.delete("/v1/me").status_code == 401
