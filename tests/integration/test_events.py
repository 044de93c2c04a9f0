"""Every events/ file goes through its real handler, on DynamoDB Local, as Lambda would run it.

The same files serve `sam local invoke` and `hearth invoke`, so they can never go stale.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hearth import escalation_bootstrap, patterns_bootstrap
from hearth.adapters.dynamodb_store import DynamoConversationStore
from hearth.adapters.log_notifier import LogOnCallNotifier
from hearth.domain.conversation import Session
from hearth.escalation_bootstrap import build_escalation
from hearth.local.dynamodb_local import ensure_tables
from hearth.local.invoke import LocalLambdaContext
from hearth.patterns_bootstrap import build_patterns
from hearth.settings import Settings
from tests.support.fakes import RecordingTelemetry, ScriptedLanguageModel
from tests.support.harness import REPO, Hearth, load_function

pytestmark = pytest.mark.integration

EVENTS = sorted((REPO / "events").glob("*/*.json"))

# What the person (or operator) would see for each example. A new event file must be listed.
EXPECTED_STATUS = {
    "chat_turn/health.json": 200,
    "chat_turn/start_session.json": 201,
    "chat_turn/list_sessions.json": 200,
    "chat_turn/post_message.json": 201,
    "chat_turn/list_messages.json": 200,
    "chat_turn/post_message_too_long.json": 422,
    "chat_turn/post_message_no_identity.json": 401,
}
# Stream- and schedule-fed pattern summarization: what the handler reports.
EXPECTED_PATTERNS = {
    "summarize_patterns/stream_new_user_message.json": {"batchItemFailures": []},
    "summarize_patterns/weekly_schedule.json": {"week": "2026-W48", "users": 1, "failedUsers": 0},
}
# Queue-fed functions answer with the records to retry (partial batch failures).
EXPECTED_FAILED_RECORDS = {
    "escalate/sqs_high.json": 0,
    "escalate/sqs_batch_with_malformed.json": 1,
}


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def test_every_event_file_has_an_expectation() -> None:
    expected = set(EXPECTED_STATUS) | set(EXPECTED_FAILED_RECORDS) | set(EXPECTED_PATTERNS)
    assert {_name(p) for p in EVENTS} <= expected


@pytest.fixture(scope="module")
def escalation_table(dynamodb_endpoint: str) -> str:
    name = f"hearth-escalations-{uuid.uuid4().hex[:8]}"
    ensure_tables(dynamodb_endpoint, REPO / "template.yaml", {"EscalationTable": name})
    return name


@pytest.mark.parametrize("path", EVENTS, ids=_name)
def test_event_through_handler(
    path: Path, dynamodb_endpoint: str, hearth_table_name: str, escalation_table: str
) -> None:
    event = json.loads(path.read_text())
    if path.parent.name == "summarize_patterns":
        settings = Settings(table_name=hearth_table_name, dynamodb_endpoint=dynamodb_endpoint)
        patterns_bootstrap.override(build_patterns(settings, telemetry=RecordingTelemetry()))
        try:
            function = load_function("summarize_patterns")
            result = function.handler(event, LocalLambdaContext("summarize_patterns"))
        finally:
            patterns_bootstrap.override(None)
        assert result == EXPECTED_PATTERNS[_name(path)]
        return
    if path.parent.name == "escalate":
        settings = Settings(
            escalation_table_name=escalation_table, dynamodb_endpoint=dynamodb_endpoint
        )
        escalation_bootstrap.override(
            build_escalation(
                settings, notifiers=[LogOnCallNotifier()], telemetry=RecordingTelemetry()
            )
        )
        try:
            result = load_function("escalate").handler(event, LocalLambdaContext("escalate"))
        finally:
            escalation_bootstrap.override(None)
        assert len(result["batchItemFailures"]) == EXPECTED_FAILED_RECORDS[_name(path)]
        return

    store = DynamoConversationStore(hearth_table_name, region="us-east-1", host=dynamodb_endpoint)
    hearth = Hearth(
        store=store,
        model=ScriptedLanguageModel(),
        telemetry=RecordingTelemetry(),
        settings=Settings(table_name=hearth_table_name, running_in_lambda=True),
    )
    _seed_session(store, event)
    function = load_function(path.parent.name)
    with hearth.installed():
        result: dict[str, Any] = function.handler(event, LocalLambdaContext(path.parent.name))

    if _name(path) in EXPECTED_STATUS:
        assert result["statusCode"] == EXPECTED_STATUS[_name(path)], result.get("body")
        if result["statusCode"] >= 400:
            assert result["headers"]["content-type"] == "application/problem+json"
            assert "Traceback" not in result["body"]


def _seed_session(store: DynamoConversationStore, event: dict[str, Any]) -> None:
    claims = event.get("requestContext", {}).get("authorizer", {}).get("jwt", {}).get("claims", {})
    parts = event.get("rawPath", "").strip("/").split("/")
    if claims.get("sub") and len(parts) >= 3 and parts[1] == "sessions":
        now = datetime.now(UTC)
        if store.get_session(claims["sub"], parts[2]) is None:
            store.create_session(Session(claims["sub"], parts[2], now, now))
