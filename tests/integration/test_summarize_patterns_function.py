"""SummarizePatternsFunction's real handler on DynamoDB Local.

Stream records are built the way DynamoDB Streams builds them: the chat turn's own store writes
the message, the stored item is read back in DynamoDB JSON, and that becomes the NewImage.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from hearth import patterns_bootstrap
from hearth.adapters.dynamodb_patterns import DynamoPatternStore
from hearth.adapters.dynamodb_store import DynamoConversationStore
from hearth.domain.conversation import Message, Preferences, Role
from hearth.domain.patterns import Observation, PatternService, iso_week
from hearth.local.dynamodb_local import local_client
from hearth.local.invoke import LocalLambdaContext
from hearth.patterns_bootstrap import build_patterns
from hearth.settings import Settings
from tests.support.fakes import RecordingTelemetry
from tests.support.harness import load_function
from tests.support.pattern_fakes import InMemoryPatternStore, SettableClock

pytestmark = [
    pytest.mark.integration,
    pytest.mark.filterwarnings("ignore:No application metrics to publish"),
]

SUNDAY = datetime(2026, 11, 22, 19, 40, tzinfo=UTC)  # in ISO week 2026-W47


@dataclass
class Deployment:
    endpoint: str
    table: str
    store: DynamoPatternStore
    conversations: DynamoConversationStore
    service: PatternService
    clock: SettableClock

    def invoke(self, event: dict[str, Any]) -> dict[str, Any]:
        handler = load_function("summarize_patterns").handler
        result: dict[str, Any] = handler(event, LocalLambdaContext("summarize_patterns"))
        return result

    def stored_message(
        self, user: str, n: int, at: datetime, analysis: dict[str, Any] | None
    ) -> dict[str, Any]:
        """Store a user message through the chat turn's store; return its stream record."""
        message = Message(
            user_id=user, session_id="s1", message_id=f"msg{n:06d}", role=Role.USER,
            text="(synthetic words, never read by pattern work)", created_at=at,
            analysis=analysis,
        )
        self.conversations.save_user_message(message, None)
        key = {"pk": {"S": f"USER#{user}"}, "sk": {"S": f"MSG#s1#{message.message_id}"}}
        image = local_client(self.endpoint).get_item(TableName=self.table, Key=key)["Item"]
        return {
            "eventID": uuid.uuid4().hex,
            "eventName": "INSERT",
            "eventVersion": "1.1",
            "eventSource": "aws:dynamodb",
            "awsRegion": "us-east-1",
            "dynamodb": {
                "ApproximateCreationDateTime": int(at.timestamp()),
                "Keys": key,
                "NewImage": image,
                "SequenceNumber": f"{100000000000000000000 + n}",
                "SizeBytes": 400,
                "StreamViewType": "NEW_IMAGE",
            },
            "eventSourceARN": f"arn:aws:dynamodb:us-east-1:000000000000:table/{self.table}/"
            "stream/2026-11-01T00:00:00.000",
        }


def analysis(**overrides: Any) -> dict[str, Any]:
    return {
        "emotions": [{"label": "nervousness", "score": 0.7}],
        "intensity": 0.6,
        "valence": -0.4,
        "themes": ["work_burnout"],
        "states": [],
        "people": [],
        "conflict": False,
        **overrides,
    }


def batch(*records: dict[str, Any]) -> dict[str, Any]:
    return {"Records": list(records)}


@pytest.fixture
def deployment(dynamodb_endpoint: str, hearth_table_name: str) -> Iterator[Deployment]:
    settings = Settings(table_name=hearth_table_name, dynamodb_endpoint=dynamodb_endpoint)
    store = DynamoPatternStore(hearth_table_name, region="us-east-1", host=dynamodb_endpoint)
    conversations = DynamoConversationStore(
        hearth_table_name, region="us-east-1", host=dynamodb_endpoint
    )
    clock = SettableClock(SUNDAY + timedelta(minutes=5))
    # Real adapters throughout: the store, and preferences read from the PROFILE# item.
    service = build_patterns(settings, store=store, clock=clock, telemetry=RecordingTelemetry())
    patterns_bootstrap.override(service)
    try:
        yield Deployment(dynamodb_endpoint, hearth_table_name, store, conversations, service,
                         clock)
    finally:
        patterns_bootstrap.override(None)


def user() -> str:
    return f"user-{uuid.uuid4().hex[:8]}"


def test_new_user_message_is_counted_into_its_week(deployment: Deployment) -> None:
    ana = user()
    result = deployment.invoke(batch(deployment.stored_message(ana, 1, SUNDAY, analysis())))
    assert result == {"batchItemFailures": []}
    [week] = deployment.store.aggregates(ana, 12).weeks
    assert (week.week, week.messages, week.themes) == ("2026-W47", 1, {"work_burnout": 1})
    assert week.slot_themes == {"sun-evening": {"anxiety": 1}}
    assert deployment.store.active_users("2026-W47").count(ana) == 1


def test_malformed_record_fails_alone(deployment: Deployment) -> None:
    ana = user()
    good = deployment.stored_message(ana, 1, SUNDAY, analysis())
    bad = deployment.stored_message(ana, 2, SUNDAY, analysis(intensity="very"))
    later = deployment.stored_message(ana, 3, SUNDAY + timedelta(minutes=1), analysis())
    result = deployment.invoke(batch(good, bad, later))
    assert result["batchItemFailures"] == [
        {"itemIdentifier": bad["dynamodb"]["SequenceNumber"]}
    ]
    assert deployment.store.aggregates(ana, 12).weeks[0].messages == 2


def test_redelivered_batch_counts_nothing_twice(deployment: Deployment) -> None:
    ana = user()
    event = batch(
        deployment.stored_message(ana, 1, SUNDAY, analysis()),
        deployment.stored_message(ana, 2, SUNDAY + timedelta(minutes=2), analysis()),
    )
    assert deployment.invoke(event) == {"batchItemFailures": []}
    assert deployment.invoke(event) == {"batchItemFailures": []}
    assert deployment.store.aggregates(ana, 12).weeks[0].messages == 2


def test_replies_sessions_and_unanalysed_messages_are_skipped(deployment: Deployment) -> None:
    ana = user()
    unanalysed = deployment.stored_message(ana, 1, SUNDAY, None)
    reply = deployment.stored_message(ana, 2, SUNDAY, analysis())
    reply["dynamodb"]["NewImage"]["role"] = {"S": "assistant"}
    result = deployment.invoke(batch(unanalysed, reply))
    assert result == {"batchItemFailures": []}
    assert deployment.store.aggregates(ana, 12).weeks == ()


def test_pattern_memory_off_aggregates_nothing(deployment: Deployment) -> None:
    ana = user()
    deployment.conversations.save_preferences(ana, Preferences(pattern_memory=False))
    result = deployment.invoke(batch(deployment.stored_message(ana, 1, SUNDAY, analysis())))
    assert result == {"batchItemFailures": []}
    assert deployment.store.aggregates(ana, 12).weeks == ()
    keys = local_client(deployment.endpoint).query(
        TableName=deployment.table,
        KeyConditionExpression="pk = :pk AND begins_with(sk, :agg)",
        ExpressionAttributeValues={":pk": {"S": f"USER#{ana}"}, ":agg": {"S": "AGG"}},
    )["Items"]
    assert keys == []


def burnout_weeks(weeks: int, end: date) -> list[Observation]:
    """Work in half of eight messages a week, for `weeks` weeks ending the week before `end`."""
    out = []
    for w in range(weeks):
        monday = end - timedelta(weeks=weeks - w)
        for i in range(8):
            out.append(
                Observation(
                    message_id=f"b{w:02d}{i}",
                    created_at=datetime.combine(monday + timedelta(days=i % 7),
                                                datetime.min.time(), UTC) + timedelta(hours=10),
                    themes=("work_burnout",) if i % 2 == 0 else (),
                    emotions=(), states=(), intensity=0.4, valence=-0.1,
                )
            )
    return out


def test_weekly_schedule_summarizes_last_weeks_people(deployment: Deployment) -> None:
    ana = user()
    monday = date(2026, 11, 30)
    for o in burnout_weeks(5, monday):
        deployment.store.record(ana, o)
    deployment.clock.current = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
    event = {
        "version": "0", "id": str(uuid.uuid4()), "detail-type": "Scheduled Event",
        "source": "aws.events", "account": "000000000000", "time": "2026-11-30T03:00:00Z",
        "region": "us-east-1", "resources": [], "detail": {},
    }
    result = deployment.invoke(event)
    assert result["week"] == "2026-W48" and result["failedUsers"] == 0
    assert result["users"] >= 1
    [insight] = deployment.service.list(ana)
    assert (insight.kind, insight.subject) == ("recurring_theme", "work_burnout")
    assert deployment.store.get_insight(ana, insight.insight_id) == insight


def test_reads_stay_bounded_with_a_long_history(deployment: Deployment) -> None:
    ana = user()
    start = datetime(2026, 1, 5, 12, tzinfo=UTC)
    for n in range(200):  # 200 earlier messages over 40 weeks
        deployment.store.record(
            ana,
            Observation(f"old{n:04d}", start + timedelta(days=n * 7 // 5), ("work_burnout",),
                        (), (), 0.4, 0.0),
        )
    deployment.store.io.reset()
    new = [
        deployment.stored_message(ana, 900 + i, SUNDAY + timedelta(minutes=i), analysis())
        for i in range(5)
    ]
    assert deployment.invoke(batch(*new)) == {"batchItemFailures": []}
    io = deployment.store.io
    assert io.read_items <= 12 + 5  # a window of weekly aggregates, and the person's insights
    assert io.read_requests <= 2
    assert io.write_items <= 5 * 3 + 5


def test_erase_removes_every_pattern_item(deployment: Deployment) -> None:
    ana = user()
    for o in burnout_weeks(5, date(2026, 11, 30)):
        deployment.store.record(ana, o)
    deployment.clock.current = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
    assert deployment.service.summarize_user(ana)
    deployment.service.erase(ana)
    items = local_client(deployment.endpoint).query(
        TableName=deployment.table,
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": f"USER#{ana}"}},
    )["Items"]
    assert [i["sk"]["S"] for i in items if not i["sk"]["S"].startswith("MSG#")] == []
    for week in {iso_week(o.created_at) for o in burnout_weeks(5, date(2026, 11, 30))}:
        assert ana not in deployment.store.active_users(week)


def test_store_outage_reports_that_persons_records_for_retry(deployment: Deployment) -> None:
    ana, ben = user(), user()
    failing = InMemoryPatternStore()
    failing.fail_writes = True
    patterns_bootstrap.override(
        build_patterns(
            Settings(table_name=deployment.table, dynamodb_endpoint=deployment.endpoint),
            store=failing, clock=deployment.clock, telemetry=RecordingTelemetry(),
            memory_enabled=lambda uid: uid != ben,
        )
    )
    records = [
        deployment.stored_message(ana, 1, SUNDAY, analysis()),
        deployment.stored_message(ben, 2, SUNDAY, analysis()),
    ]
    result = deployment.invoke(batch(*records))
    # Ana's record is retried; Ben has pattern memory off, so nothing was attempted for him.
    assert result["batchItemFailures"] == [
        {"itemIdentifier": records[0]["dynamodb"]["SequenceNumber"]}
    ]
