"""On-call cases and yearly referral counts on DynamoDB, through pynamodb.

A table of its own (EscalationTable, the same pk/sk key schema as the main table), so cases and
counts never share a partition with anyone's conversation, and hold no message text:

    pk = CASE#<eventId>     sk = CASE                 a case: ids, tier, categories, channels told
    pk = REFERRALS#<year>   sk = TOTAL                referrals that year (California SB 243)
                            sk = TIER#<tier>          ... by tier
                            sk = CATEGORY#<category>  ... by category

Counter items hold a `count` and nothing else, so the annual report reads no personal data. The
case and its counters are written in one transaction, conditional on the case being new, so a
redelivered event can never count twice.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, timedelta
from typing import Any

from pynamodb.attributes import (
    ListAttribute,
    NumberAttribute,
    TTLAttribute,
    UnicodeAttribute,
    UnicodeSetAttribute,
    UTCDateTimeAttribute,
)
from pynamodb.connection import Connection
from pynamodb.models import Model
from pynamodb.transactions import TransactWrite

from hearth.adapters.clock import SystemClock
from hearth.adapters.dynamodb_common import (
    ConditionFailedError,
    TransactionConflictError,
    store_errors,
)
from hearth.domain.errors import StoreUnavailableError
from hearth.domain.escalation import EscalationCase, EscalationEvent
from hearth.ports import Clock

CASE_SK = "CASE"
# Long past any redelivery (SQS keeps a message 14 days at most), long enough for staff to look a
# case up afterwards; the yearly counts never expire.
CASE_RETENTION = timedelta(days=365)
# Every case in a year updates the same TOTAL item, so concurrent transactions can collide
# (TransactionConflict). A collision is retried here, with jittered backoff (under 1.6 s in all),
# rather than costing on-call staff a whole queue visibility timeout.
_TRANSACTION_ATTEMPTS = 5
_CONFLICT_BACKOFF_SECONDS = 0.05


def _case_pk(event_id: str) -> str:
    return f"CASE#{event_id}"


def _referrals_pk(year: int) -> str:
    return f"REFERRALS#{year}"


class _Items:
    """pynamodb model classes bound to one table; built per adapter so tests can use many tables."""

    def __init__(self, table_name: str, region: str, host: str | None) -> None:
        meta: Any = type(
            "Meta",
            (),
            {
                "table_name": table_name,
                "region": region,
                "host": host,
                # Off the request path, but a slow store still delays the page to on-call staff.
                "connect_timeout_seconds": 2,
                "read_timeout_seconds": 5,
                "max_retry_attempts": 3,
            },
        )

        class CaseItem(Model):
            Meta = meta
            pk = UnicodeAttribute(hash_key=True)
            sk = UnicodeAttribute(range_key=True)
            event_id = UnicodeAttribute(attr_name="eventId")
            user_id = UnicodeAttribute(attr_name="userId")
            session_id = UnicodeAttribute(attr_name="sessionId")
            message_id = UnicodeAttribute(attr_name="messageId")
            tier = UnicodeAttribute()
            categories = ListAttribute(of=UnicodeAttribute, default=list)
            occurred_at = UTCDateTimeAttribute(attr_name="occurredAt")
            country = UnicodeAttribute()
            protocol_version = UnicodeAttribute(attr_name="protocolVersion", null=True)
            screen_version = UnicodeAttribute(attr_name="screenVersion", null=True)
            reason = UnicodeAttribute(null=True)
            opened_at = UTCDateTimeAttribute(attr_name="openedAt")
            notified = UnicodeSetAttribute(null=True)
            expires_at = TTLAttribute(attr_name="expiresAt", null=True)

        class CounterItem(Model):
            Meta = meta
            pk = UnicodeAttribute(hash_key=True)
            sk = UnicodeAttribute(range_key=True)
            # `count` is a Model classmethod, hence the Python name.
            value = NumberAttribute(attr_name="count", default=0)

        self.case = CaseItem
        self.counter = CounterItem
        self.connection = Connection(
            region=region, host=host, connect_timeout_seconds=2, read_timeout_seconds=5,
            max_retry_attempts=3,
        )


class DynamoEscalationCases:
    """The `EscalationCases` port on DynamoDB.

    `open_case` is idempotent by event id and counts a referral exactly once; `mark_notified`
    records a channel in the case's `notified` set (adding twice is harmless). Every DynamoDB
    failure becomes StoreUnavailableError, whose message never carries item contents.
    """

    def __init__(
        self,
        table_name: str,
        *,
        region: str,
        host: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._items = _Items(table_name, region, host)
        self._clock = clock or SystemClock()

    def open_case(self, event: EscalationEvent) -> EscalationCase:
        opened_at = self._clock.now()
        case_item = self._case_item(event, opened_at)
        year = event.occurred_at.astimezone(UTC).year
        counter_sks = [
            "TOTAL",
            f"TIER#{event.tier}",
            *(f"CATEGORY#{category}" for category in dict.fromkeys(event.categories)),
        ]
        counter, connection = self._items.counter, self._items.connection
        for attempt in range(1, _TRANSACTION_ATTEMPTS + 1):
            try:
                with store_errors(), TransactWrite(connection=connection) as tx:
                    tx.save(case_item, condition=self._items.case.pk.does_not_exist())
                    for sk in counter_sks:
                        tx.update(counter(_referrals_pk(year), sk), actions=[counter.value.add(1)])
            except ConditionFailedError:  # only the case put carries a condition: opened before
                existing = self._get_case(event.event_id)
                if existing is None:  # deleted between the write and this read
                    raise StoreUnavailableError("case vanished while opening it") from None
                return existing
            except TransactionConflictError as exc:
                if attempt == _TRANSACTION_ATTEMPTS:
                    raise StoreUnavailableError("referral counters stayed contended") from exc
                time.sleep(random.uniform(0, _CONFLICT_BACKOFF_SECONDS * 2**attempt))
                continue
            return EscalationCase(event=event, opened_at=opened_at)
        raise AssertionError("unreachable")  # pragma: no cover

    def mark_notified(self, event_id: str, channel: str) -> None:
        model = self._items.case
        item = model(_case_pk(event_id), CASE_SK)
        try:
            with store_errors():
                # The condition keeps a stray update from creating a half-empty case item.
                item.update(actions=[model.notified.add({channel})], condition=model.pk.exists())
        except ConditionFailedError as exc:
            raise StoreUnavailableError("no case to mark as notified") from exc

    def yearly_referrals(self, year: int) -> dict[str, int]:
        counts: dict[str, int] = {}
        with store_errors():
            for item in self._items.counter.query(_referrals_pk(year), consistent_read=True):
                counts[_count_key(item.sk)] = int(item.value or 0)
        return counts

    def get_case(self, event_id: str) -> EscalationCase | None:
        """The case for one event, if it was opened (for staff tooling and tests)."""
        return self._get_case(event_id)

    def _get_case(self, event_id: str) -> EscalationCase | None:
        with store_errors():
            try:
                item = self._items.case.get(_case_pk(event_id), CASE_SK, consistent_read=True)
            except self._items.case.DoesNotExist:
                return None
        return _to_case(item)

    def _case_item(self, event: EscalationEvent, opened_at: Any) -> Any:
        return self._items.case(
            _case_pk(event.event_id),
            CASE_SK,
            event_id=event.event_id,
            user_id=event.user_id,
            session_id=event.session_id,
            message_id=event.message_id,
            tier=event.tier,
            categories=list(event.categories),
            occurred_at=event.occurred_at,
            country=event.country,
            protocol_version=event.protocol_version or None,
            screen_version=event.screen_version or None,
            reason=event.reason,
            opened_at=opened_at,
            expires_at=opened_at + CASE_RETENTION,
        )


def _count_key(sk: str) -> str:
    if sk == "TOTAL":
        return "total"
    kind, _, label = sk.partition("#")
    return f"{kind.lower()}:{label}"


def _to_case(item: Any) -> EscalationCase:
    return EscalationCase(
        event=EscalationEvent(
            event_id=item.event_id,
            user_id=item.user_id,
            session_id=item.session_id,
            message_id=item.message_id,
            tier=item.tier,
            categories=tuple(item.categories or ()),
            occurred_at=item.occurred_at,
            country=item.country,
            protocol_version=item.protocol_version or "",
            screen_version=item.screen_version or "",
            reason=item.reason or "current",
        ),
        opened_at=item.opened_at,
        notified=frozenset(item.notified or ()),
    )
