"""`make run`'s stream pump: a crisis turn's outbox item reaches the real escalation handler."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from hearth import escalation_bootstrap
from hearth.adapters.dynamodb_cases import DynamoEscalationCases
from hearth.adapters.dynamodb_store import DynamoConversationStore
from hearth.escalation_bootstrap import build_escalation
from hearth.local.dynamodb_local import ensure_tables
from hearth.local.streams import StreamPump, escalation_route
from hearth.settings import Settings
from tests.support.escalation_fakes import RecordingNotifier
from tests.support.fakes import RecordingTelemetry
from tests.support.harness import REPO, Hearth, load_function

pytestmark = pytest.mark.integration


@pytest.fixture
def tables(dynamodb_endpoint: str) -> dict[str, str]:
    names = {
        "HearthTable": f"hearth-pump-{uuid.uuid4().hex[:8]}",
        "EscalationTable": f"hearth-pump-cases-{uuid.uuid4().hex[:8]}",
    }
    ensure_tables(dynamodb_endpoint, REPO / "template.yaml", names)
    return names


@pytest.fixture
def notifier(dynamodb_endpoint: str, tables: dict[str, str]) -> Iterator[RecordingNotifier]:
    recording = RecordingNotifier("sns")
    settings = Settings(
        escalation_table_name=tables["EscalationTable"], dynamodb_endpoint=dynamodb_endpoint
    )
    escalation_bootstrap.override(
        build_escalation(settings, notifiers=[recording], telemetry=RecordingTelemetry())
    )
    yield recording
    escalation_bootstrap.override(None)


def test_crisis_turn_reaches_on_call_once_through_the_stream(
    dynamodb_endpoint: str, tables: dict[str, str], notifier: RecordingNotifier
) -> None:
    store = DynamoConversationStore(
        tables["HearthTable"], region="us-east-1", host=dynamodb_endpoint
    )
    chat = Hearth(store=store).container().chat
    pump = StreamPump(
        endpoint=dynamodb_endpoint,
        table_name=tables["HearthTable"],
        routes={"escalation": escalation_route(load_function("escalate").handler)},
    )
    pump.start_at_latest()

    sid = chat.start_session("ivy").session.session_id
    chat.take_turn("ivy", sid, "this homework is killing me")
    turn = chat.take_turn("ivy", sid, "I want to kill myself tonight")

    assert pump.pump_once() == 1
    assert pump.pump_once() == 0
    (case,) = notifier.sent
    assert case.event.message_id == turn.user_message.message_id
    assert case.event.user_id == "ivy" and case.event.tier in {"high", "imminent"}
    cases = DynamoEscalationCases(
        tables["EscalationTable"], region="us-east-1", host=dynamodb_endpoint
    )
    counts = cases.yearly_referrals(case.opened_at.year)
    assert counts["total"] == 1
    assert not any("ivy" in key for key in counts)
