"""EscalateFunction's handler on real parts: DynamoDB Local, a signed webhook to a receiver on
127.0.0.1, and the AWS SDK's SNS client answered by botocore's Stubber (AWS has no local SNS).

Each test gets its own escalation table, so cases and yearly counts start from zero.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from hearth import escalation_bootstrap
from hearth.adapters.dynamodb_cases import DynamoEscalationCases
from hearth.adapters.log_notifier import LogOnCallNotifier
from hearth.adapters.sns_notifier import SnsOnCallNotifier
from hearth.adapters.webhook_notifier import WebhookOnCallNotifier, verify_signature
from hearth.domain.errors import StoreUnavailableError
from hearth.domain.escalation import EscalationCase, EscalationEvent, format_notification
from hearth.local.dynamodb_local import ensure_tables, load_table_definitions, local_client
from hearth.local.invoke import LocalLambdaContext, load_function
from hearth.local.workspace import Workspace
from hearth.ports import OnCallNotifier
from hearth.settings import Settings
from tests.support.escalation_fakes import make_event
from tests.support.fakes import RecordingTelemetry

pytestmark = [
    pytest.mark.integration,
    # The service counts through a recording fake, so Powertools has no metrics to flush.
    pytest.mark.filterwarnings("ignore:No application metrics to publish"),
]

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "template.yaml"
TOPIC = "arn:aws:sns:us-east-1:123456789012:hearth-oncall"
SECRET = "test-webhook-signing-secret"


# --- the parts ------------------------------------------------------------------------------


@pytest.fixture
def escalation_table(dynamodb_endpoint: str) -> str:
    """EscalationTable from template.yaml once it is there; until then HearthTable's key schema
    (the one EscalationTable is defined with), read from the template rather than restated."""
    name = f"hearth-escalations-test-{uuid.uuid4().hex[:8]}"
    definitions = load_table_definitions(TEMPLATE)
    if "EscalationTable" in definitions:
        ensure_tables(dynamodb_endpoint, TEMPLATE, {"EscalationTable": name})
        return name
    properties = definitions["HearthTable"]["Properties"]
    client = local_client(dynamodb_endpoint)
    client.create_table(
        TableName=name,
        KeySchema=properties["KeySchema"],
        AttributeDefinitions=properties["AttributeDefinitions"],
        BillingMode=properties["BillingMode"],
    )
    client.get_waiter("table_exists").wait(
        TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30}
    )
    return name


@dataclass
class Receiver:
    """A webhook receiver as a deployment would write one: it checks every signature."""

    statuses: list[int] = field(default_factory=list)  # answers to give, then 200s
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    secret: str = SECRET  # the signing secret it accepts (a rotation changes it)

    def delivered(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["status"] < 300]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            valid = verify_signature(
                state.secret,
                self.headers.get("X-Hearth-Timestamp", ""),
                body,
                self.headers.get("X-Hearth-Signature", ""),
                now=time.time(),
            )
            with lock:
                status = state.statuses.pop(0) if state.statuses else 200
                if not valid:
                    status = 401
                state.requests.append(
                    {"status": status, "valid": valid, "headers": dict(self.headers),
                     "json": json.loads(body)}
                )
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hearth/escalations"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@dataclass
class Sns:
    client: Any
    stubber: Stubber
    published: list[dict[str, Any]]

    def expect_publishes(self, count: int) -> None:
        for n in range(count):
            self.stubber.add_response("publish", {"MessageId": f"sns-{n}"})


@pytest.fixture
def sns() -> Iterator[Sns]:
    client = boto3.client("sns", region_name="us-east-1")
    published: list[dict[str, Any]] = []

    def record(params: dict[str, Any], **_: Any) -> None:
        published.append(dict(params))

    client.meta.events.register("before-parameter-build.sns.Publish", record)
    with Stubber(client) as stubber:
        yield Sns(client, stubber, published)


@dataclass
class Deployment:
    cases: DynamoEscalationCases
    telemetry: RecordingTelemetry
    handler: Callable[[dict[str, Any], Any], dict[str, Any]]

    def deliver(self, event: dict[str, Any]) -> list[str]:
        """One Lambda invocation; returns the message ids SQS is told to retry."""
        result = self.handler(event, LocalLambdaContext("escalate"))
        return [failure["itemIdentifier"] for failure in result["batchItemFailures"]]


def _deploy(
    table: str, endpoint: str, notifiers: list[OnCallNotifier]
) -> Iterator[Deployment]:
    settings = Settings(escalation_table_name=table, dynamodb_endpoint=endpoint)
    telemetry = RecordingTelemetry()
    # Real adapters throughout: build_escalation puts the DynamoDB cases on this table.
    service = escalation_bootstrap.build_escalation(
        settings, notifiers=notifiers, telemetry=telemetry
    )
    handler = load_function(Workspace(REPO), "escalate").handler
    escalation_bootstrap.override(service)
    try:
        yield Deployment(
            DynamoEscalationCases(table, region="us-east-1", host=endpoint), telemetry, handler
        )
    finally:
        escalation_bootstrap.override(None)


@pytest.fixture
def deployment(
    escalation_table: str, dynamodb_endpoint: str, sns: Sns, receiver: Receiver
) -> Iterator[Deployment]:
    notifiers: list[OnCallNotifier] = [
        SnsOnCallNotifier(TOPIC, sns.client),
        WebhookOnCallNotifier(receiver.url, SECRET, timeout=5),
    ]
    yield from _deploy(escalation_table, dynamodb_endpoint, notifiers)


def _record(body: str) -> dict[str, Any]:
    return {
        "messageId": str(uuid.uuid4()),
        "receiptHandle": f"AQEB{uuid.uuid4().hex}",
        "body": body,
        "attributes": {
            "ApproximateReceiveCount": "1",
            "SentTimestamp": str(int(time.time() * 1000)),
            "SenderId": "AROAEXAMPLEPIPEROLE:hearth-escalation-pipe",
            "ApproximateFirstReceiveTimestamp": str(int(time.time() * 1000)),
        },
        "messageAttributes": {},
        "md5OfBody": hashlib.md5(body.encode()).hexdigest(),
        "eventSource": "aws:sqs",
        "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:hearth-EscalationQueue",
        "awsRegion": "us-east-1",
    }


def _sqs(*records: dict[str, Any]) -> dict[str, Any]:
    return {"Records": list(records)}


def _body(event: EscalationEvent) -> str:
    return json.dumps(event.to_dict())


# --- behaviour ------------------------------------------------------------------------------


def test_only_the_malformed_record_is_reported_for_retry(
    deployment: Deployment, sns: Sns, receiver: Receiver
) -> None:
    sns.expect_publishes(1)
    event = make_event("01KAXK2V1RZ6S6Q9M8F3B7C2D5", tier="imminent")
    good, bad = _record(_body(event)), _record('{"eventId": "01KAXK3C", "tier": ')

    assert deployment.deliver(_sqs(good, bad)) == [bad["messageId"]]

    case = deployment.cases.get_case(event.event_id)
    assert case is not None and case.notified == {"sns", "webhook"}
    assert len(receiver.delivered()) == 1 and len(sns.published) == 1
    assert deployment.telemetry.counts["EscalationFailed"] == 1


def test_duplicate_delivery_opens_one_case_tells_each_channel_once_and_counts_once(
    deployment: Deployment, sns: Sns, receiver: Receiver
) -> None:
    sns.expect_publishes(1)
    event = make_event(categories=("suicide", "self_harm"))
    body = _body(event)

    # SQS may hand the same event over twice in one batch, and again later.
    assert deployment.deliver(_sqs(_record(body), _record(body))) == []
    assert deployment.deliver(_sqs(_record(body))) == []

    assert [r["headers"]["Idempotency-Key"] for r in receiver.requests] == [event.event_id]
    request = receiver.requests[0]
    assert request["valid"] and request["json"]["type"] == "hearth.escalation"
    sent = request["json"]["case"]
    assert {name: sent[name] for name in event.to_dict()} == event.to_dict()
    assert set(sent) - set(event.to_dict()) == {"openedAt"}
    case = deployment.cases.get_case(event.event_id)
    assert case is not None
    subject, text = format_notification(case)
    assert sns.published == [{"TopicArn": TOPIC, "Subject": subject, "Message": text}]
    assert deployment.cases.yearly_referrals(2026) == {
        "total": 1, "tier:high": 1, "category:suicide": 1, "category:self_harm": 1,
    }
    assert deployment.telemetry.counts["EscalationDuplicate"] == 2


def test_webhook_outage_retries_that_record_and_tells_only_the_webhook_again(
    deployment: Deployment, sns: Sns, receiver: Receiver
) -> None:
    sns.expect_publishes(2)  # one per event, whatever the retries
    receiver.statuses = [500]
    event = make_event("01KAXK2V1RZ6S6Q9M8F3B7C2D6", tier="imminent")
    other = make_event("01KAXK2V1RZ6S6Q9M8F3B7C2D7")
    failing, fine = _record(_body(event)), _record(_body(other))

    assert deployment.deliver(_sqs(failing, fine)) == [failing["messageId"]]
    case = deployment.cases.get_case(event.event_id)
    assert case is not None and case.notified == {"sns"}

    # The receiver is back; SQS redelivers the failed record after its visibility timeout.
    assert deployment.deliver(_sqs(_record(_body(event)))) == []

    told = [r["headers"]["Idempotency-Key"] for r in receiver.delivered()]
    assert sorted(told) == sorted([event.event_id, other.event_id])
    attempts = [r for r in receiver.requests if r["json"]["case"]["eventId"] == event.event_id]
    assert [r["status"] for r in attempts] == [500, 200]
    assert [p["Subject"].rsplit(" ", 1)[-1] for p in sns.published] == [
        event.event_id, other.event_id,
    ]
    sns.stubber.assert_no_pending_responses()
    assert deployment.cases.yearly_referrals(2026)["total"] == 2


def test_a_redirecting_webhook_is_a_failure_not_a_delivery(
    deployment: Deployment, sns: Sns, receiver: Receiver
) -> None:
    sns.expect_publishes(1)
    receiver.statuses = [302]
    record = _record(_body(make_event()))
    assert deployment.deliver(_sqs(record)) == [record["messageId"]]
    assert len(receiver.requests) == 1  # the redirect was not followed with a GET


def test_yearly_counts_hold_numbers_only_never_a_user_id(
    deployment: Deployment, sns: Sns, dynamodb_endpoint: str, escalation_table: str
) -> None:
    events = [
        make_event("01KAXK2V1RZ6S6Q9M8F3B7C2E1", user_id="user-ana", categories=("suicide",)),
        make_event("01KAXK2V1RZ6S6Q9M8F3B7C2E2", user_id="user-ben", tier="imminent",
                   categories=("suicide", "medical")),
        make_event("01KAXK2V1RZ6S6Q9M8F3B7C2E3", user_id="user-ana", categories=("abuse",),
                   occurred_at=datetime(2027, 1, 1, 0, 0, 5, tzinfo=UTC)),
    ]
    sns.expect_publishes(len(events))
    assert deployment.deliver(_sqs(*(_record(_body(e)) for e in events))) == []

    assert deployment.cases.yearly_referrals(2026) == {
        "total": 2, "tier:high": 1, "tier:imminent": 1,
        "category:suicide": 2, "category:medical": 1,
    }
    assert deployment.cases.yearly_referrals(2027) == {
        "total": 1, "tier:high": 1, "category:abuse": 1,
    }
    items = local_client(dynamodb_endpoint).scan(TableName=escalation_table)["Items"]
    counters = [item for item in items if item["pk"]["S"].startswith("REFERRALS#")]
    assert len(counters) == 8
    for item in counters:
        assert set(item) == {"pk", "sk", "count"}
        assert "user-" not in json.dumps(item)


def test_store_outage_fails_every_record_without_telling_anyone(
    dynamodb_endpoint: str, sns: Sns, receiver: Receiver
) -> None:
    notifiers: list[OnCallNotifier] = [
        SnsOnCallNotifier(TOPIC, sns.client), WebhookOnCallNotifier(receiver.url, SECRET),
    ]
    for deployment in _deploy("no-such-table", dynamodb_endpoint, notifiers):
        record = _record(_body(make_event()))
        assert deployment.deliver(_sqs(record)) == [record["messageId"]]
    assert receiver.requests == [] and sns.published == []


@pytest.mark.parametrize(
    ("name", "failures"),
    [("sqs_high.json", 0), ("sqs_batch_with_malformed.json", 1)],
)
def test_event_files_run_through_the_handler_with_the_local_notifier(
    name: str, failures: int, escalation_table: str, dynamodb_endpoint: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    event = json.loads((REPO / "events" / "escalate" / name).read_text())
    for deployment in _deploy(escalation_table, dynamodb_endpoint, [LogOnCallNotifier()]):
        failed = deployment.deliver(event)
    assert len(failed) == failures
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("[on-call]")]
    assert len(lines) == 1 and "(local: no SNS configured)" in lines[0]


# --- the DynamoDB adapter's contract --------------------------------------------------------


def test_racing_deliveries_of_one_event_count_it_once(
    escalation_table: str, dynamodb_endpoint: str
) -> None:
    cases = DynamoEscalationCases(escalation_table, region="us-east-1", host=dynamodb_endpoint)
    event = make_event("01KAXK2V1RZ6S6Q9M8F3B7C2F1", categories=("violence",))
    start = threading.Barrier(4)
    opened: list[Any] = []

    def deliver() -> None:
        start.wait()
        opened.append(cases.open_case(event))

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(opened) == 4 and len({case.opened_at for case in opened}) == 1
    assert cases.yearly_referrals(2026) == {"total": 1, "tier:high": 1, "category:violence": 1}


def test_marking_a_case_that_was_never_opened_fails_and_creates_nothing(
    escalation_table: str, dynamodb_endpoint: str
) -> None:
    cases = DynamoEscalationCases(escalation_table, region="us-east-1", host=dynamodb_endpoint)
    with pytest.raises(StoreUnavailableError):
        cases.mark_notified("01KAXK2V1RZ6S6Q9M8F3B7C2F2", "sns")
    assert cases.get_case("01KAXK2V1RZ6S6Q9M8F3B7C2F2") is None
    assert local_client(dynamodb_endpoint).scan(TableName=escalation_table)["Items"] == []


def test_a_rotated_webhook_secret_signs_the_next_delivery(receiver: Receiver) -> None:
    # Deployed, the secret is read through Powertools' cache on every delivery: after a
    # rotation, warm functions sign with the new secret once the cache turns over, instead of
    # being refused by the receiver until they are recycled.
    current = ["signing-secret-2025"]
    receiver.secret = "signing-secret-2025"
    notifier = WebhookOnCallNotifier(receiver.url, lambda: current[0], timeout=5)
    case = EscalationCase(event=make_event(), opened_at=datetime.now(UTC))
    notifier.notify(case)
    current[0] = receiver.secret = "signing-secret-2026"
    notifier.notify(case)
    assert [r["valid"] for r in receiver.requests] == [True, True]
