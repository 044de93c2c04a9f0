"""Escalations on in-memory fakes: what on-call staff, an operator and an auditor would notice."""

from __future__ import annotations

import io
import json
import traceback
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from hearth import escalation_bootstrap
from hearth.adapters.log_notifier import LogOnCallNotifier
from hearth.adapters.sns_notifier import SnsOnCallNotifier
from hearth.adapters.webhook_notifier import (
    WebhookOnCallNotifier,
    sign,
    verify_signature,
    webhook_payload,
)
from hearth.domain.errors import (
    InvalidEscalationEventError,
    NotificationError,
    SettingsError,
    StoreUnavailableError,
)
from hearth.domain.escalation import (
    STAFF_GUIDANCE,
    EscalationCase,
    EscalationService,
    format_notification,
    parse_event,
)
from hearth.local.invoke import LocalLambdaContext, load_function
from hearth.local.workspace import Workspace
from hearth.settings import Settings
from tests.support.escalation_fakes import (
    FailingNotifier,
    InMemoryEscalationCases,
    RecordingNotifier,
    make_event,
)
from tests.support.fakes import RecordingTelemetry

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[2]

# What a person might have written. It is put into nothing, so nothing may ever show it.
PERSON_WROTE = "I can't do this anymore, I have the pills ready tonight"


class World:
    def __init__(self, *notifiers: RecordingNotifier) -> None:
        self.cases = InMemoryEscalationCases()
        self.notifiers = notifiers or (RecordingNotifier("sns"), RecordingNotifier("webhook"))
        self.telemetry = RecordingTelemetry()
        self.service = EscalationService(self.cases, self.notifiers, self.telemetry)


def _case(event_id: str = "01KAXK2V1RZ6S6Q9M8F3B7C2D4", **kwargs: Any) -> EscalationCase:
    return EscalationCase(
        event=make_event(event_id, **kwargs),
        opened_at=datetime(2026, 11, 25, 2, 0, 3, tzinfo=UTC),
    )


# --- handling -------------------------------------------------------------------------------


def test_case_is_opened_and_counted_once_per_event_id() -> None:
    world = World()
    event = make_event(categories=("suicide", "self_harm"))

    first = world.service.handle(event)
    again = world.service.handle(event)

    assert world.cases.opened == 1
    assert first.event == again.event == event
    assert world.cases.yearly_referrals(2026) == {
        "total": 1, "tier:high": 1, "category:suicide": 1, "category:self_harm": 1,
    }


def test_redelivered_event_notifies_no_channel_twice() -> None:
    sns, webhook = RecordingNotifier("sns"), RecordingNotifier("webhook")
    world = World(sns, webhook)
    event = make_event()

    case = world.service.handle(event)
    world.service.handle(event)
    world.service.handle(event)

    assert case.notified == {"sns", "webhook"}
    assert sns.event_ids() == webhook.event_ids() == [event.event_id]
    assert world.cases.cases[event.event_id].notified == {"sns", "webhook"}
    assert world.telemetry.counts["EscalationDuplicate"] == 2


def test_failing_channel_fails_the_record_and_the_retry_tells_only_that_channel() -> None:
    webhook = FailingNotifier("webhook", failures=1)
    sns = RecordingNotifier("sns")
    # The failing channel goes first: the others must still be told on this delivery.
    world = World(webhook, sns)
    event = make_event()

    with pytest.raises(NotificationError, match="webhook"):
        world.service.handle(event)
    assert sns.event_ids() == [event.event_id]
    assert world.cases.cases[event.event_id].notified == {"sns"}

    retried = world.service.handle(event)

    assert retried.notified == {"sns", "webhook"}
    assert webhook.event_ids() == [event.event_id] and webhook.attempts == 2
    assert sns.event_ids() == [event.event_id]
    assert world.cases.opened == 1
    assert world.telemetry.counts["EscalationFailed"] == 1
    assert world.telemetry.counts["EscalationSent"] == 2


def test_channel_that_never_recovers_keeps_failing_so_the_record_dead_letters() -> None:
    world = World(FailingNotifier("webhook"), RecordingNotifier("sns"))
    event = make_event()
    for _ in range(3):
        with pytest.raises(NotificationError):
            world.service.handle(event)
    assert world.telemetry.counts["EscalationFailed"] == 3
    assert world.cases.opened == 1


def test_store_failure_after_a_send_repeats_only_that_channel_on_retry() -> None:
    # The documented limit: a send that can't be recorded is repeated once the store is back.
    sns, webhook = RecordingNotifier("sns"), RecordingNotifier("webhook")
    world = World(sns, webhook)
    event = make_event()
    world.cases.fail_marks = True

    with pytest.raises(StoreUnavailableError):
        world.service.handle(event)
    world.cases.fail_marks = False
    world.service.handle(event)

    assert sns.event_ids() == [event.event_id, event.event_id]
    assert webhook.event_ids() == [event.event_id]


def test_every_outcome_is_counted() -> None:
    world = World(FailingNotifier("webhook", failures=1), RecordingNotifier("sns"))
    event = make_event()
    with pytest.raises(NotificationError):
        world.service.handle(event)
    world.service.handle(event)
    world.service.handle(event)
    with pytest.raises(InvalidEscalationEventError):
        world.service.handle_body("not json")

    assert dict(world.telemetry.counts) == {
        "EscalationReceived": 4,
        "EscalationSent": 2,
        "EscalationFailed": 2,
        "EscalationDuplicate": 1,
    }


def test_two_notifiers_on_one_channel_are_refused() -> None:
    with pytest.raises(ValueError, match="share a channel"):
        World(RecordingNotifier("sns"), RecordingNotifier("sns"))


# --- parsing --------------------------------------------------------------------------------


def test_event_survives_the_queue_round_trip() -> None:
    event = make_event(tier="imminent", categories=("suicide", "medical"))
    assert parse_event(json.dumps(event.to_dict())) == event


def test_event_without_categories_has_none() -> None:
    # A DynamoDB string set can't be empty, so the outbox may omit the attribute.
    body = make_event().to_dict()
    del body["categories"]
    assert parse_event(json.dumps(body)).categories == ()


def test_repeated_categories_count_once() -> None:
    body = make_event().to_dict() | {"categories": ["suicide", "self_harm", "suicide"]}
    assert parse_event(json.dumps(body)).categories == ("suicide", "self_harm")


def _body(**changes: object) -> str:
    data: dict[str, object] = make_event().to_dict()
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(PERSON_WROTE, id="not-json"),
        pytest.param('{"eventId": "01KAXK2V1RZ6S6Q9M8F3B7C2D4", "tier": ', id="truncated"),
        pytest.param("[1, 2]", id="not-an-object"),
        pytest.param(_body(eventId=None), id="no-event-id"),
        pytest.param(_body(userId=None), id="no-user-id"),
        pytest.param(_body(tier="severe"), id="unknown-tier"),
        pytest.param(_body(tier="moderate"), id="tier-that-does-not-escalate"),
        pytest.param(_body(categories=["suicide", PERSON_WROTE]), id="unknown-category"),
        pytest.param(_body(categories="suicide"), id="categories-not-a-list"),
        pytest.param(_body(occurredAt="2026-11-25T02:00:01"), id="naive-time"),
        pytest.param(_body(occurredAt="yesterday"), id="bad-time"),
        pytest.param(_body(eventId="01KAX\r\nX-Injected: 1"), id="header-injection"),
        pytest.param(_body(eventId="x" * 129), id="event-id-too-long"),
        pytest.param(_body(sessionId=PERSON_WROTE), id="id-with-spaces"),
    ],
)
def test_malformed_event_is_rejected_without_echoing_it(body: str) -> None:
    world = World()
    with pytest.raises(InvalidEscalationEventError) as caught:
        world.service.handle_body(body)
    # What a log line with the traceback would show: never the body.
    assert PERSON_WROTE not in "".join(traceback.format_exception(caught.value))
    assert world.cases.cases == {}
    assert world.telemetry.counts["EscalationFailed"] == 1


# --- what on-call staff read ----------------------------------------------------------------


def test_event_has_no_field_that_could_carry_what_the_person_wrote() -> None:
    assert {f.name for f in fields(make_event())} == {
        "event_id", "user_id", "session_id", "message_id", "tier", "categories",
        "occurred_at", "country", "protocol_version", "screen_version", "reason",
    }


def test_reason_is_a_label_from_a_closed_list() -> None:
    body = json.loads(json.dumps(make_event().to_dict()))
    assert parse_event(json.dumps(body)).reason == "current"
    body["reason"] = "told_as_past"
    assert parse_event(json.dumps(body)).reason == "told_as_past"
    body["reason"] = ""  # an outbox item written before the field existed
    assert parse_event(json.dumps(body)).reason == "current"
    body["reason"] = "she said she took pills in 2019"
    with pytest.raises(InvalidEscalationEventError):
        parse_event(json.dumps(body))


def test_staff_can_tell_a_past_attempt_from_current_risk() -> None:
    case = _case()
    past = replace(case, event=replace(case.event, reason="told_as_past"))
    _, now_text = format_notification(case)
    _, past_text = format_notification(past)
    assert "Reason: risk described as current" in now_text
    assert "Reason: told as past" in past_text and "asked how they are now" in past_text


def test_notice_names_the_case_and_what_to_do_and_nothing_else() -> None:
    case = _case(tier="imminent", categories=("suicide", "self_harm"))
    event = case.event

    subject, text = format_notification(case)

    assert subject == f"Hearth escalation: IMMINENT risk, case {event.event_id}"
    for expected in (
        event.event_id, event.user_id, event.session_id, event.message_id, "imminent",
        "suicide, self_harm", "2026-11-25 02:00:01 UTC", "US", event.protocol_version,
        STAFF_GUIDANCE["imminent"],
    ):
        assert expected in text
    assert PERSON_WROTE not in text and PERSON_WROTE not in subject
    # Every line is a labelled id or label, the guidance, or fixed wording.
    fixed = {
        "", "Hearth escalation: IMMINENT risk", "What to do:", STAFF_GUIDANCE["imminent"],
        "This notice carries ids and labels only, never what the person wrote.",
    }
    labels = (
        "Case: ", "Tier: ", "Categories: ", "Reason: ", "Occurred at: ", "Case opened at: ",
        "Country: ",
        "Protocol version: ", "User id (pseudonymous): ", "Session id: ", "Message id: ",
        f"Record what you do against case {event.event_id}.",
    )
    assert all(line in fixed or line.startswith(labels) for line in text.splitlines())


def test_notice_follows_a_deployments_own_guidance() -> None:
    _, text = format_notification(_case(), guidance={"high": "Call the duty clinician."})
    assert "Call the duty clinician." in text


def test_subject_fits_sns_even_for_the_longest_event_id() -> None:
    subject, _ = format_notification(_case("E" * 128))
    assert len(subject) <= 100


def test_webhook_payload_has_ids_and_labels_but_no_text_field() -> None:
    case = _case()
    payload = webhook_payload(case)
    assert payload["type"] == "hearth.escalation"
    assert set(payload["case"]) == {
        "eventId", "userId", "sessionId", "messageId", "tier", "categories", "occurredAt",
        "openedAt", "country", "protocolVersion", "screenVersion", "reason",
    }
    assert "text" not in json.dumps(payload)
    assert PERSON_WROTE not in json.dumps(payload)


def test_log_notifier_prints_one_line_of_ids() -> None:
    stream = io.StringIO()
    LogOnCallNotifier(stream).notify(_case())
    line = stream.getvalue()
    assert line.count("\n") == 1
    assert line.startswith("[on-call] case 01KAXK2V1RZ6S6Q9M8F3B7C2D4 tier=high categories=suicide")
    assert "(local: no SNS configured)" in line


# --- wire formats ---------------------------------------------------------------------------


def test_signature_verifies_only_the_exact_recent_body() -> None:
    body = b'{"type":"hearth.escalation"}'
    signature = sign("s3cret", "1795572001", body)
    assert signature.startswith("v1=") and len(signature) == 3 + 64

    assert verify_signature("s3cret", "1795572001", body, signature, now=1795572100)
    assert not verify_signature("s3cret", "1795572001", body + b" ", signature, now=1795572100)
    assert not verify_signature("other", "1795572001", body, signature, now=1795572100)
    assert not verify_signature("s3cret", "1795572002", body, signature, now=1795572100)
    assert not verify_signature("s3cret", "1795572001", body, signature, now=1795572302)
    assert not verify_signature("s3cret", "soon", body, signature, now=1795572100)


def test_webhook_refuses_a_url_that_is_not_http() -> None:
    with pytest.raises(ValueError, match="http"):
        WebhookOnCallNotifier("file:///etc/passwd", "s3cret")
    with pytest.raises(ValueError, match="secret"):
        WebhookOnCallNotifier("https://example.org/hook", "")


@pytest.fixture
def sns() -> Iterator[tuple[Any, Stubber]]:
    client = boto3.client(
        "sns", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


TOPIC = "arn:aws:sns:us-east-1:123456789012:hearth-oncall"


def test_sns_publishes_the_notice(sns: tuple[Any, Stubber]) -> None:
    client, stubber = sns
    case = _case()
    subject, text = format_notification(case)
    stubber.add_response(
        "publish", {"MessageId": "m-1"},
        expected_params={"TopicArn": TOPIC, "Subject": subject, "Message": text},
    )
    SnsOnCallNotifier(TOPIC, client).notify(case)


def test_sns_failure_becomes_a_notification_error(sns: tuple[Any, Stubber]) -> None:
    client, stubber = sns
    stubber.add_client_error("publish", "AuthorizationError", "not allowed")
    with pytest.raises(NotificationError, match="sns: AuthorizationError"):
        SnsOnCallNotifier(TOPIC, client).notify(_case())


# --- wiring ---------------------------------------------------------------------------------


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dummy credentials, so building an SNS client never searches for real ones."""
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")


@pytest.mark.parametrize(
    ("settings", "channels"),
    [
        (Settings(), ["log"]),
        (Settings(webhook_url="http://127.0.0.1:9/hook", webhook_secret="s"), ["webhook", "log"]),
        (Settings(oncall_topic_arn=TOPIC), ["sns"]),
        (
            Settings(
                oncall_topic_arn=TOPIC, webhook_url="https://example.org/hook",
                webhook_secret="s", running_in_lambda=True,
            ),
            ["sns", "webhook"],
        ),
    ],
)
@pytest.mark.usefixtures("aws_env")
def test_channels_follow_the_settings(settings: Settings, channels: list[str]) -> None:
    service = escalation_bootstrap.build_escalation(settings, telemetry=RecordingTelemetry())
    assert list(service.channels) == channels


@pytest.mark.parametrize(
    "settings",
    [
        Settings(running_in_lambda=True),
        Settings(oncall_topic_arn=TOPIC, webhook_url="https://example.org/h",
                 running_in_lambda=True),
    ],
    ids=["deployed-without-a-channel", "webhook-without-a-secret"],
)
@pytest.mark.usefixtures("aws_env")
def test_wiring_refuses_to_tell_nobody_or_to_send_unsigned(settings: Settings) -> None:
    with pytest.raises(SettingsError):
        escalation_bootstrap.build_escalation(settings, telemetry=RecordingTelemetry())


@pytest.mark.filterwarnings("ignore:No application metrics to publish")
def test_handler_reports_only_the_malformed_record_as_failed() -> None:
    event = json.loads((REPO / "events/escalate/sqs_batch_with_malformed.json").read_text())
    world = World()
    handler = load_function(Workspace(REPO), "escalate").handler
    escalation_bootstrap.override(world.service)
    try:
        result = handler(event, LocalLambdaContext("escalate"))
    finally:
        escalation_bootstrap.override(None)

    malformed = event["Records"][1]["messageId"]
    assert result == {"batchItemFailures": [{"itemIdentifier": malformed}]}
    assert world.cases.opened == 1


def test_every_escalate_event_file_is_a_real_sqs_event() -> None:
    paths = sorted((REPO / "events" / "escalate").glob("*.json"))
    assert paths
    for path in paths:
        for record in json.loads(path.read_text())["Records"]:
            assert record["eventSource"] == "aws:sqs"
            assert {"messageId", "receiptHandle", "body", "attributes", "messageAttributes",
                    "md5OfBody", "eventSourceARN", "awsRegion"} <= set(record)


def _secret_store_unreachable() -> str:
    raise OSError("secret store unreachable")


@pytest.mark.parametrize("read_secret", [lambda: "", _secret_store_unreachable])
def test_a_webhook_whose_secret_cannot_be_read_fails_the_delivery_and_never_sends_unsigned(
    read_secret: Any,
) -> None:
    # The URL is never contacted: the secret is read before the request is built.
    notifier = WebhookOnCallNotifier("http://127.0.0.1:9/never-contacted", read_secret)
    with pytest.raises(NotificationError, match="signing secret"):
        notifier.notify(_case())
