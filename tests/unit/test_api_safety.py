"""Safety through the HTTP API: the card the app renders, the person's plan, the protocol."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.support.harness import Hearth, auth

pytestmark = pytest.mark.unit

PLAN = {
    "warningSigns": ["can't sleep", "pulling away from friends"],
    "internalCoping": ["walk the dog"],
    "distractions": ["the library"],
    "peopleToAsk": [{"name": "Sam", "phone": "555 0101"}],
    "professionals": [{"name": "Dr Okafor", "phone": "555 0199"}],
    "makingSafe": ["keep medicines at my sister's"],
    "reasonsToLive": ["my nephew"],
}


@pytest.fixture
def client() -> Iterator[TestClient]:
    with Hearth().client() as c:
        yield c


def _say(client: TestClient, text: str, user: str = "ana", **headers: str) -> dict[str, object]:
    sid = client.post("/v1/sessions", headers=auth(user)).json()["sessionId"]
    response = client.post(
        f"/v1/sessions/{sid}/messages", json={"text": text}, headers={**auth(user), **headers}
    )
    assert response.status_code == 201
    body: dict[str, object] = response.json()
    return body


def test_crisis_turn_carries_the_structured_card(client: TestClient) -> None:
    body = _say(client, "I want to kill myself", **{"Accept-Language": "en-US"})
    crisis = body["crisis"]
    assert isinstance(crisis, dict)
    assert set(crisis) == {
        "tier",
        "categories",
        "referral",
        "thirdParty",
        "resources",
        "emergencyNumber",
        "country",
        "safetyPlan",
        "protocolVersion",
    }
    assert crisis["tier"] == "high" and crisis["emergencyNumber"] == "911"
    first = crisis["resources"][0]
    assert set(first) == {"name", "phone", "sms", "chatUrl", "hours", "languages"}
    assert first["phone"] == "988" and first["sms"] == "988"
    assert body["reply"]["responder"] == "safety"  # type: ignore[index]


def test_ordinary_turn_has_null_crisis_and_disclosure(client: TestClient) -> None:
    body = _say(client, "long day at work")
    assert body["crisis"] is None and body["disclosure"] is None


def test_safety_plan_round_trip_and_appears_in_the_card(client: TestClient) -> None:
    assert client.get("/v1/me/safety-plan", headers=auth("ana")).status_code == 404
    saved = client.put("/v1/me/safety-plan", json=PLAN, headers=auth("ana"))
    assert saved.status_code == 200 and saved.json()["reasonsToLive"] == ["my nephew"]
    assert client.get("/v1/me/safety-plan", headers=auth("ben")).status_code == 404
    crisis = _say(client, "I want to kill myself")["crisis"]
    assert isinstance(crisis, dict) and crisis["safetyPlan"]["peopleToAsk"][0]["name"] == "Sam"
    assert client.delete("/v1/me/safety-plan", headers=auth("ana")).status_code == 204
    assert client.delete("/v1/me/safety-plan", headers=auth("ana")).status_code == 404
    crisis = _say(client, "I want to kill myself")["crisis"]
    assert isinstance(crisis, dict) and crisis["safetyPlan"] is None


@pytest.mark.parametrize(
    "plan",
    [
        {"warningSigns": "not a list"},
        {"warningSigns": ["x" * 301]},
        {"reasonsToLive": ["ok"] * 13},
        {"peopleToAsk": [{"phone": "555"}]},
    ],
)
def test_bad_safety_plan_is_422_and_keeps_the_old_one(
    client: TestClient, plan: dict[str, object]
) -> None:
    client.put("/v1/me/safety-plan", json=PLAN, headers=auth("ana"))
    response = client.put("/v1/me/safety-plan", json=plan, headers=auth("ana"))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert (
        client.get("/v1/me/safety-plan", headers=auth("ana")).json()["warningSigns"]
        == PLAN["warningSigns"]
    )


def test_country_preference_overrides_the_device_language(client: TestClient) -> None:
    assert client.get("/v1/me/preferences", headers=auth("ana")).json()["country"] is None
    assert client.patch(
        "/v1/me/preferences", json={"country": "nz"}, headers=auth("ana")
    ).json()["country"] == "NZ"
    crisis = _say(client, "I want to kill myself", **{"Accept-Language": "en-US"})["crisis"]
    assert isinstance(crisis, dict) and crisis["emergencyNumber"] == "111"
    bad = client.patch("/v1/me/preferences", json={"country": "ZZ"}, headers=auth("ana"))
    assert bad.status_code == 422
    cleared = client.patch("/v1/me/preferences", json={"country": None}, headers=auth("ana"))
    assert cleared.json()["country"] is None


def test_protocol_is_published_without_a_token(client: TestClient) -> None:
    response = client.get("/v1/protocol")
    assert response.status_code == 200
    body = response.json()
    assert body["version"] and body["screenVersion"] and body["guardVersion"]
    assert "988 Suicide & Crisis Lifeline" in body["text"]
    assert "imminent" in body["text"] and "on-call" in body["text"]


def test_no_api_text_calls_hearth_a_therapist(client: TestClient) -> None:
    texts = [
        client.get("/v1/protocol").json()["text"],
        client.post("/v1/sessions", headers=auth("ana")).json()["disclosure"]["text"],
    ]
    for text in texts:
        for word in ("therapy", "therapist", "counselor", "counsellor", "counselling"):
            assert word not in text.lower()
