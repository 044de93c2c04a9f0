"""Stepping aside for humans: the escalation event a crisis turn emits, and the on-call case.

An event carries ids, tier and categories only, never what the person wrote. The chat turn
stores it atomically with the user message (a transactional outbox), so an escalation can't be
lost between "stored" and "published"; the table's stream carries it to the escalation queue.
There `EscalationService` opens one case per event and tells each on-call channel once.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from hearth.domain.errors import InvalidEscalationEventError, NotificationError
from hearth.domain.safety.policy import TIER_RULES
from hearth.domain.safety.rules import RiskCategory, RiskTier

if TYPE_CHECKING:
    # ports.py imports this module's dataclasses; the service only needs the port types.
    from hearth.ports import EscalationCases, OnCallNotifier, Telemetry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EscalationEvent:
    event_id: str  # idempotency key for everything downstream
    user_id: str
    session_id: str
    message_id: str
    tier: str
    categories: tuple[str, ...]
    occurred_at: datetime
    country: str
    protocol_version: str
    screen_version: str
    # Why the card was shown: "current" risk, or "told_as_past" (the person described a past
    # attempt or past suicidal thoughts and nothing current), so staff can triage.
    reason: str = "current"

    def to_dict(self) -> dict[str, object]:
        return {
            "eventId": self.event_id,
            "userId": self.user_id,
            "sessionId": self.session_id,
            "messageId": self.message_id,
            "tier": self.tier,
            "categories": list(self.categories),
            "occurredAt": self.occurred_at.isoformat(),
            "country": self.country,
            "protocolVersion": self.protocol_version,
            "screenVersion": self.screen_version,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> EscalationEvent:
        categories = data.get("categories") or []
        assert isinstance(categories, list)
        return cls(
            event_id=str(data["eventId"]),
            user_id=str(data["userId"]),
            session_id=str(data["sessionId"]),
            message_id=str(data["messageId"]),
            tier=str(data["tier"]),
            categories=tuple(str(c) for c in categories),
            occurred_at=datetime.fromisoformat(str(data["occurredAt"])),
            country=str(data.get("country", "INTL")),
            protocol_version=str(data.get("protocolVersion", "")),
            screen_version=str(data.get("screenVersion", "")),
            reason=str(data.get("reason") or REASON_CURRENT),
        )


REASON_CURRENT = "current"
REASON_TOLD_AS_PAST = "told_as_past"
_REASONS = frozenset({REASON_CURRENT, REASON_TOLD_AS_PAST})


@dataclass(frozen=True)
class EscalationCase:
    """What on-call staff see. `notified` lists the channels already told, so a retry of the
    same event never tells a channel twice."""

    event: EscalationEvent
    opened_at: datetime
    notified: frozenset[str] = frozenset()


# --- parsing: what the queue delivers ---------------------------------------------------------

# The event id becomes a DynamoDB key and the webhook's Idempotency-Key header: keep it to the
# characters the API accepts for idempotency keys, so it can never inject a header or a key.
_EVENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
# Other ids are identity-provider subjects and ULIDs: printable ASCII without spaces.
_TOKEN = re.compile(r"[\x21-\x7e]{1,256}")
_LABEL = re.compile(r"[\x21-\x7e]{0,64}")


def parse_event(body: str) -> EscalationEvent:
    """The event in one SQS message body (the JSON of `EscalationEvent.to_dict()`).

    Raises InvalidEscalationEventError for anything else: not JSON, a missing or malformed field,
    a tier that does not escalate, an unknown category. The error names the field, never the
    value, so it can be logged.
    """
    try:
        data = json.loads(body)
    except (TypeError, ValueError):
        # `from None`: a JSONDecodeError keeps the whole body in `.doc`.
        raise InvalidEscalationEventError("body is not JSON") from None
    if not isinstance(data, dict):
        raise InvalidEscalationEventError("body is not a JSON object")
    tier = _text(data, "tier", _TOKEN)
    if tier not in _ESCALATING_TIERS:
        raise InvalidEscalationEventError("tier is not one that escalates")
    return EscalationEvent(
        event_id=_text(data, "eventId", _EVENT_ID),
        user_id=_text(data, "userId", _TOKEN),
        session_id=_text(data, "sessionId", _TOKEN),
        message_id=_text(data, "messageId", _TOKEN),
        tier=tier,
        categories=_categories(data.get("categories")),
        occurred_at=_instant(data.get("occurredAt")),
        country=_text(data, "country", _TOKEN, default="INTL"),
        protocol_version=_text(data, "protocolVersion", _LABEL, default=""),
        screen_version=_text(data, "screenVersion", _LABEL, default=""),
        reason=_reason(data.get("reason")),
    )


def _reason(value: object) -> str:
    # Older events (and an outbox item written before the field existed) carry none.
    if value is None or value == "":
        return REASON_CURRENT
    if not isinstance(value, str) or value not in _REASONS:
        raise InvalidEscalationEventError("reason is not a known reason")
    return value


_ESCALATING_TIERS = frozenset(tier.value for tier, rule in TIER_RULES.items() if rule.escalates)
_CATEGORIES = frozenset(category.value for category in RiskCategory)


def _text(
    data: dict[str, object], name: str, pattern: re.Pattern[str], default: str | None = None
) -> str:
    value = data.get(name)
    if value is None and default is not None:
        return default
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise InvalidEscalationEventError(f"{name} is missing or malformed")
    return value


def _categories(value: object) -> tuple[str, ...]:
    # A DynamoDB string set can't be empty, so an outbox item without categories has none.
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise InvalidEscalationEventError("categories must be a list of strings")
    if not set(value) <= _CATEGORIES:
        raise InvalidEscalationEventError("categories holds an unknown category")
    # A string set arrives in no particular order; keep first occurrences, drop repeats.
    return tuple(dict.fromkeys(value))


def _instant(value: object) -> datetime:
    if not isinstance(value, str):
        raise InvalidEscalationEventError("occurredAt is missing or malformed")
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidEscalationEventError("occurredAt is missing or malformed") from None
    if instant.tzinfo is None:
        raise InvalidEscalationEventError("occurredAt has no time zone")
    return instant.astimezone(UTC)


# --- what on-call staff read ------------------------------------------------------------------

SUBJECT_MAX_CHARS = 100  # SNS's limit for an email subject

# Per tier, what staff do. Facts about what Hearth already did come from safety/policy.py; the
# deployment's own on-call protocol decides the rest, so the text points to it rather than
# inventing clinical steps.
STAFF_GUIDANCE: dict[str, str] = {
    RiskTier.IMMINENT.value: (
        "IMMINENT risk: act now under your organisation's on-call protocol for imminent risk. "
        "Hearth has shown the person the emergency number first, crisis lines and their safety "
        "plan, and keeps the session in safety mode. Hearth has contacted no one else."
    ),
    RiskTier.HIGH.value: (
        "HIGH risk: respond promptly under your organisation's on-call protocol for high risk. "
        "Hearth has shown the person crisis lines and their safety plan, and keeps the session "
        "in safety mode. Hearth has contacted no one else."
    ),
}
_DEFAULT_GUIDANCE = "Follow your organisation's on-call protocol for this tier."
_REASON_TEXT = {
    "current": "risk described as current",
    "told_as_past": (
        "told as past: the person described a past attempt or past suicidal thoughts and "
        "nothing current; Hearth asked how they are now"
    ),
}


def format_notification(
    case: EscalationCase, *, guidance: Mapping[str, str] | None = None
) -> tuple[str, str]:
    """(subject, plain text) for email and SMS. Ids, labels and times only: never message text.

    `guidance` replaces STAFF_GUIDANCE (tier -> what staff should do) for a deployment whose
    protocol says something more specific.
    """
    event = case.event
    subject = f"Hearth escalation: {event.tier.upper()} risk, case {event.event_id}"
    categories = ", ".join(event.categories) or "none recorded"
    steps = (guidance or STAFF_GUIDANCE).get(event.tier, _DEFAULT_GUIDANCE)
    lines = [
        f"Hearth escalation: {event.tier.upper()} risk",
        "",
        f"Case: {event.event_id}",
        f"Tier: {event.tier}",
        f"Categories: {categories}",
        f"Reason: {_REASON_TEXT.get(event.reason, event.reason)}",
        f"Occurred at: {_utc(event.occurred_at)}",
        f"Case opened at: {_utc(case.opened_at)}",
        f"Country: {event.country}",
        f"Protocol version: {event.protocol_version or 'unknown'}"
        f" (screen {event.screen_version or 'unknown'})",
        f"User id (pseudonymous): {event.user_id}",
        f"Session id: {event.session_id}",
        f"Message id: {event.message_id}",
        "",
        "What to do:",
        steps,
        f"Record what you do against case {event.event_id}. Identify the person only through "
        "your organisation's approved process.",
        "",
        "This notice carries ids and labels only, never what the person wrote.",
    ]
    return subject[:SUBJECT_MAX_CHARS], "\n".join(lines)


def _utc(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


# --- the service ------------------------------------------------------------------------------


class EscalationService:
    """Opens the case for each escalation event and tells every on-call channel exactly once.

    Delivery is at least once: a redelivered event finds its case and skips the channels already
    recorded in `case.notified`. A channel that fails is retried with the whole record, which is
    why every channel is attempted before the failure is raised.
    """

    def __init__(
        self,
        cases: EscalationCases,
        notifiers: Sequence[OnCallNotifier],
        telemetry: Telemetry,
    ) -> None:
        channels = [n.channel for n in notifiers]
        if len(set(channels)) != len(channels):
            raise ValueError(f"two notifiers share a channel: {channels}")
        self._cases = cases
        self._notifiers = tuple(notifiers)
        self._telemetry = telemetry

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(n.channel for n in self._notifiers)

    def handle_body(self, body: str) -> EscalationCase:
        """Parse one queue message, then handle it. Raises InvalidEscalationEventError if it
        is malformed."""
        try:
            event = parse_event(body)
        except InvalidEscalationEventError:
            self._telemetry.count("EscalationReceived")
            self._telemetry.count("EscalationFailed")
            raise
        return self.handle(event)

    def handle(self, event: EscalationEvent) -> EscalationCase:
        """Raises NotificationError when a channel failed (the others were still told), or
        StoreUnavailableError; either way a retry of the same event finishes the job."""
        self._telemetry.count("EscalationReceived")
        try:
            return self._handle(event)
        except Exception:
            self._telemetry.count("EscalationFailed")
            raise

    def _handle(self, event: EscalationEvent) -> EscalationCase:
        case = self._cases.open_case(event)
        pending = [n for n in self._notifiers if n.channel not in case.notified]
        if not pending:
            # A redelivery of an event whose every channel was already told.
            self._telemetry.count("EscalationDuplicate")
            return case
        told: set[str] = set()
        failed: list[str] = []
        for notifier in pending:
            try:
                notifier.notify(case)
            except NotificationError as exc:
                failed.append(notifier.channel)
                # The adapters' messages name a status or an error type, never case contents.
                log.warning(
                    "on-call channel failed",
                    extra={"channel": notifier.channel, "eventId": event.event_id,
                           "reason": str(exc)},
                )
                continue
            self._cases.mark_notified(event.event_id, notifier.channel)
            told.add(notifier.channel)
            self._telemetry.count("EscalationSent")
        if told:
            log.info("on-call told", extra={"eventId": event.event_id, "channels": sorted(told)})
        if failed:
            raise NotificationError(f"on-call channels failed: {', '.join(failed)}")
        return replace(case, notified=case.notified | told)
