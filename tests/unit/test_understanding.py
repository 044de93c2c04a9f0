"""Emotional understanding in the turn, and the insights a person can see, correct and delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from hearth.adapters.offline_responder import OfflineResponder
from hearth.domain.patterns import Evidence, Insight, InsightStatus
from tests.support.fakes import ScriptedLanguageModel
from tests.support.harness import Hearth, auth
from tests.support.pattern_fakes import InMemoryPatternStore

pytestmark = pytest.mark.unit

SUNDAYS = "Sunday evenings have come up a few times as a harder moment in your week."
DISMISSED = "Work has come up in most of the last few weeks."


def _insight(user: str, insight_id: str, description: str, status: InsightStatus) -> Insight:
    return Insight(
        insight_id=insight_id,
        user_id=user,
        kind="weekly_rhythm",
        title="Sunday evenings",
        description=description,
        evidence=(Evidence("worry on Sunday evenings in 3 weeks", ("2026-W45", "2026-W46"), 3),),
        first_seen=date(2026, 11, 2),
        last_seen=date(2026, 11, 23),
        strength=0.8,
        status=status,
    )


@pytest.fixture
def hearth() -> Hearth:
    store = InMemoryPatternStore()
    store.save_insight(_insight("ana", "ins-sundays", SUNDAYS, InsightStatus.ACTIVE))
    store.save_insight(_insight("ana", "ins-work", DISMISSED, InsightStatus.DISMISSED))
    store.save_insight(_insight("ben", "ins-bens", "Ben's own pattern.", InsightStatus.ACTIVE))
    return Hearth(patterns=store)


@pytest.fixture
def client(hearth: Hearth) -> Iterator[TestClient]:
    with hearth.client() as c:
        yield c


def _say(client: TestClient, text: str, user: str = "ana") -> dict[str, object]:
    sid = client.post("/v1/sessions", headers=auth(user)).json()["sessionId"]
    response = client.post(f"/v1/sessions/{sid}/messages", json={"text": text}, headers=auth(user))
    assert response.status_code == 201
    body: dict[str, object] = response.json()
    return body


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("I'm tired but not sleepy", "emotional fatigue"),
        ("I feel empty even when things are fine", "emotional numbness"),
        ("I don't know what I'm feeling", "emotional confusion"),
    ],
)
def test_turn_names_the_seeds_states(client: TestClient, text: str, state: str) -> None:
    analysis = _say(client, text)["analysis"]
    assert isinstance(analysis, dict) and state in analysis["states"]
    assert set(analysis) == {"emotions", "intensity", "valence", "themes", "states"}
    assert -1 <= analysis["valence"] <= 1 and 0 <= analysis["intensity"] <= 1


def test_the_model_is_offered_the_state_and_only_kept_insights(hearth: Hearth) -> None:
    chat = hearth.container().chat
    sid = chat.start_session("ana").session.session_id
    chat.take_turn("ana", sid, "I'm tired but not sleepy")
    request = hearth.model.requests[-1]  # type: ignore[attr-defined]
    context = request.context
    assert "emotional fatigue" in request.turn_note
    assert SUNDAYS in context and DISMISSED not in context
    assert "Ben's own pattern" not in context


def test_pattern_memory_off_keeps_insights_out_of_the_prompt(hearth: Hearth) -> None:
    profile = hearth.container().profile
    profile.update_preferences("ana", pattern_memory=False)
    chat = hearth.container().chat
    sid = chat.start_session("ana").session.session_id
    chat.take_turn("ana", sid, "long week")
    assert SUNDAYS not in hearth.model.requests[-1].context  # type: ignore[attr-defined]


def test_offline_listener_names_emotional_fatigue() -> None:
    hearth = Hearth(model=OfflineResponder())
    chat = hearth.container().chat
    sid = chat.start_session("ana").session.session_id
    turn = chat.take_turn("ana", sid, "I'm tired but not sleepy")
    assert "sleep doesn't quite reach" in turn.reply.text


def test_insights_are_listed_per_person_with_evidence(client: TestClient) -> None:
    items = client.get("/v1/insights", headers=auth("ana")).json()["items"]
    assert {i["id"] for i in items} == {"ins-sundays", "ins-work"}
    sundays = next(i for i in items if i["id"] == "ins-sundays")
    assert sundays["evidence"][0]["periods"] == ["2026-W45", "2026-W46"]
    assert set(sundays) >= {
        "id",
        "kind",
        "title",
        "description",
        "evidence",
        "firstSeen",
        "lastSeen",
        "strength",
        "status",
    }


def test_dismiss_correct_and_delete_an_insight(hearth: Hearth, client: TestClient) -> None:
    mine = auth("ana")
    dismissed = client.patch("/v1/insights/ins-sundays", json={"status": "dismissed"}, headers=mine)
    assert dismissed.status_code == 200 and dismissed.json()["status"] == "dismissed"
    corrected = client.patch(
        "/v1/insights/ins-work", json={"description": "Work, mostly Mondays."}, headers=mine
    )
    assert corrected.json()["description"] == "Work, mostly Mondays."
    assert corrected.json()["corrected"] is True
    assert client.delete("/v1/insights/ins-work", headers=mine).status_code == 204
    assert [i["id"] for i in client.get("/v1/insights", headers=mine).json()["items"]] == [
        "ins-sundays"
    ]


def test_someone_elses_insight_is_not_found(client: TestClient) -> None:
    for response in (
        client.patch("/v1/insights/ins-bens", json={"status": "dismissed"}, headers=auth("ana")),
        client.delete("/v1/insights/ins-bens", headers=auth("ana")),
    ):
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "body", [{}, {"status": "active"}, {"description": ""}, {"description": "x" * 301}]
)
def test_bad_insight_patch_is_422(client: TestClient, body: dict[str, object]) -> None:
    response = client.patch("/v1/insights/ins-sundays", json=body, headers=auth("ana"))
    assert response.status_code == 422


def test_turning_memory_off_with_erase_forgets_everything(client: TestClient) -> None:
    response = client.patch(
        "/v1/me/preferences",
        json={"patternMemory": False, "eraseMemory": True},
        headers=auth("ana"),
    )
    assert response.json()["patternMemory"] is False
    assert client.get("/v1/insights", headers=auth("ana")).json()["items"] == []
    assert client.get("/v1/insights", headers=auth("ben")).json()["items"] != []


def test_erase_without_turning_memory_off_changes_nothing(client: TestClient) -> None:
    response = client.patch("/v1/me/preferences", json={"eraseMemory": True}, headers=auth("ana"))
    assert response.status_code == 422
    assert len(client.get("/v1/insights", headers=auth("ana")).json()["items"]) == 2


def test_model_is_not_needed_for_understanding(hearth: Hearth) -> None:
    hearth.model = ScriptedLanguageModel()
    chat = hearth.container().chat
    sid = chat.start_session("ana").session.session_id
    turn = chat.take_turn("ana", sid, "I feel empty even when things are fine")
    assert turn.user_message.analysis is not None
    assert "emotional numbness" in turn.user_message.analysis["states"]
