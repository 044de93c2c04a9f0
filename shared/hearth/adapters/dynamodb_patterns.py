"""The `PatternStore` port on DynamoDB, through pynamodb, in the same table as conversations.

Pattern items live in each person's own partition (`pk = USER#<id>`), beside their messages, so
erasing a person's patterns is a Query and deletes inside one partition:

    AGG#<isoWeek>        one week's counters (kind "aggregate"); expires after 26 weeks
    AGGSEEN#<messageId>  "this message is already counted" (kind "aggregate_seen"); 60 days
    INSIGHT#<insightId>  an insight (kind "insight"), or the bare marker of a deleted one

and the weekly run finds last week's people through marker items in a second key pattern:

    pk = ACTIVE#<isoWeek>#<shard>, sk = USER#<id>   (kind "active_marker"); expires in 5 weeks

A week's counters are flat, top-level number attributes, one per counter, named as
`hearth.domain.patterns.observation_counters` names them: `messages`, `intensity_sum`,
`intensity_sq_sum`, then `t__<theme>`, `e__<emotion>`, `s__<state>`, `p__<role>`,
`pc__<role>` (conflict), `g__<signal>`, `sl__<slot>`, `st__<slot>__<signal>`. Flat because
DynamoDB's ADD, which makes an increment atomic and creates the item on first use, works only on
top-level attributes. Recording a message is one transaction: a conditional put of its
AGGSEEN# item (fails when already counted, so a redelivered stream record adds nothing), the ADD
update of its week, and the week's active marker.

Reads are bounded by design: detection reads the newest N weeks with one Query (begins_with
"AGG#", ScanIndexForward false, Limit N), never the history. `io` counts items read and written.

Labels and numbers only: nothing here holds a word the person wrote.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pynamodb.attributes import (
    BooleanAttribute,
    ListAttribute,
    NumberAttribute,
    UnicodeAttribute,
    UTCDateTimeAttribute,
)
from pynamodb.connection import Connection
from pynamodb.expressions.operand import Path
from pynamodb.expressions.update import Action
from pynamodb.transactions import TransactWrite

from hearth.adapters.dynamodb_common import (
    ConditionFailedError,
    key_models,
    store_errors,
    table_meta,
)
from hearth.domain.patterns import (
    SCALARS,
    Evidence,
    Insight,
    InsightStatus,
    Observation,
    WeekAggregate,
    WeeklyAggregates,
    iso_week,
    observation_counters,
    week_from_counters,
    week_start,
)

SEEN_TTL = timedelta(days=60)  # far beyond the stream's 24 h retention and its retries
AGGREGATE_TTL = timedelta(weeks=26)  # detection reads 12 weeks; keep no more than needed
ACTIVE_TTL = timedelta(weeks=5)  # room to re-run a missed weekly run
# The weekly run's markers are spread over a few partitions so a busy week doesn't make one
# hot partition; reading them is one Query per shard.
ACTIVE_SHARDS = 4
_COUNTER_PREFIXES = ("t__", "e__", "s__", "p__", "pc__", "g__", "sl__", "st__")


def _user_pk(user_id: str) -> str:
    return f"USER#{user_id}"


def active_shard(user_id: str) -> int:
    return int(hashlib.sha256(user_id.encode()).hexdigest()[:8], 16) % ACTIVE_SHARDS


@dataclass
class PatternIo:
    """Items and requests this store has read and written (for the bounded-reads checks)."""

    read_items: int = 0
    read_requests: int = 0
    write_items: int = 0
    write_requests: int = 0

    def reset(self) -> None:
        self.read_items = self.read_requests = self.write_items = self.write_requests = 0


class _Items:
    """pynamodb model classes bound to one table; built per store so tests can use many tables."""

    def __init__(self, table_name: str, region: str, host: str | None) -> None:
        meta = table_meta(table_name, region, host)

        KeyItem, _Base = key_models(meta)  # noqa: N806 - classes, named as such

        class AggregateItem(_Base):  # type: ignore[misc,valid-type]
            """Only the fixed attributes: the counters are read raw (their names are open)."""

            Meta = meta  # type: ignore[assignment]
            week = UnicodeAttribute(null=True)

        class SeenItem(_Base):  # type: ignore[misc,valid-type]
            Meta = meta  # type: ignore[assignment]

        class ActiveItem(_Base):  # type: ignore[misc,valid-type]
            Meta = meta  # type: ignore[assignment]
            user_id = UnicodeAttribute(attr_name="userId")
            week = UnicodeAttribute()

        class InsightItem(_Base):  # type: ignore[misc,valid-type]
            Meta = meta  # type: ignore[assignment]
            insight_id = UnicodeAttribute(attr_name="insightId")
            user_id = UnicodeAttribute(attr_name="userId")
            pattern_kind = UnicodeAttribute(attr_name="patternKind")
            subject = UnicodeAttribute(default="")
            title = UnicodeAttribute(default="")
            description = UnicodeAttribute(default="")
            evidence = ListAttribute[Any](default=list)  # type: ignore[no-untyped-call]
            first_seen = UnicodeAttribute(attr_name="firstSeen")
            last_seen = UnicodeAttribute(attr_name="lastSeen")
            strength = NumberAttribute(default=0)
            status = UnicodeAttribute()
            corrected = BooleanAttribute(default=False)
            updated_at = UTCDateTimeAttribute(attr_name="updatedAt", null=True)

        self.key = KeyItem
        self.aggregate = AggregateItem
        self.seen = SeenItem
        self.active = ActiveItem
        self.insight = InsightItem
        self.connection = Connection(
            region=region, host=host, connect_timeout_seconds=2, read_timeout_seconds=4
        )


class DynamoPatternStore:
    """Per-user weekly aggregates and insights in HearthTable.

    Raises StoreUnavailableError for any DynamoDB failure. `record` is idempotent by message id.
    """

    def __init__(self, table_name: str, *, region: str, host: str | None = None) -> None:
        self._items = _Items(table_name, region, host)
        self.io = PatternIo()

    @property
    def read_items(self) -> int:
        return self.io.read_items

    def record(self, user_id: str, observation: Observation) -> bool:
        pk = _user_pk(user_id)
        week = iso_week(observation.created_at)
        ends = datetime.combine(week_start(week), datetime.min.time(), UTC) + timedelta(weeks=1)
        counters = observation_counters(observation)
        aggregate = self._items.aggregate(pk, f"AGG#{week}")
        actions: list[Action] = [
            Path([name]).add(value) for name, value in sorted(counters.items())
        ]
        actions += [
            self._items.aggregate.kind.set("aggregate"),
            self._items.aggregate.week.set(week),
            self._items.aggregate.expires_at.set(ends + AGGREGATE_TTL),
        ]
        seen = self._items.seen(
            pk,
            f"AGGSEEN#{observation.message_id}",
            kind="aggregate_seen",
            expires_at=datetime.now(UTC) + SEEN_TTL,
        )
        marker = self._items.active(
            f"ACTIVE#{week}#{active_shard(user_id)}",
            pk,
            kind="active_marker",
            user_id=user_id,
            week=week,
            expires_at=ends + ACTIVE_TTL,
        )
        try:
            with store_errors(), TransactWrite(connection=self._items.connection) as tx:
                tx.save(seen, condition=self._items.seen.sk.does_not_exist())
                tx.update(aggregate, actions=actions)
                tx.save(marker)
        except ConditionFailedError:
            self.io.write_requests += 1
            return False
        self.io.write_requests += 1
        self.io.write_items += 3
        return True

    def aggregates(self, user_id: str, weeks: int) -> WeeklyAggregates:
        with store_errors():
            response = self._items.aggregate._get_connection().query(
                _user_pk(user_id),
                range_key_condition=self._items.aggregate.sk.startswith("AGG#"),
                scan_index_forward=False,
                limit=weeks,
            )
        raw = response.get("Items", [])
        self.io.read_requests += 1
        self.io.read_items += len(raw)
        found = [_to_week(item) for item in raw]
        ordered = tuple(sorted(found, key=lambda w: w.week))
        return WeeklyAggregates(
            user_id=user_id,
            weeks=ordered,
            first_seen=week_start(ordered[0].week) if ordered else None,
        )

    def active_users(self, week: str) -> list[str]:
        users: set[str] = set()
        with store_errors():
            for shard in range(ACTIVE_SHARDS):
                for item in self._items.active.query(f"ACTIVE#{week}#{shard}"):
                    users.add(item.user_id)
                    self.io.read_items += 1
                self.io.read_requests += 1
        return sorted(users)

    def list_insights(self, user_id: str) -> list[Insight]:
        with store_errors():
            items = list(
                self._items.insight.query(
                    _user_pk(user_id), self._items.insight.sk.startswith("INSIGHT#")
                )
            )
        self.io.read_requests += 1
        self.io.read_items += len(items)
        return [_to_insight(item) for item in items]

    def get_insight(self, user_id: str, insight_id: str) -> Insight | None:
        self.io.read_requests += 1
        with store_errors():
            try:
                item = self._items.insight.get(_user_pk(user_id), f"INSIGHT#{insight_id}")
            except self._items.insight.DoesNotExist:
                return None
        self.io.read_items += 1
        return _to_insight(item)

    def save_insight(self, insight: Insight) -> None:
        item = self._items.insight(
            _user_pk(insight.user_id),
            f"INSIGHT#{insight.insight_id}",
            kind="insight",
            insight_id=insight.insight_id,
            user_id=insight.user_id,
            pattern_kind=insight.kind,
            subject=insight.subject,
            title=insight.title,
            description=insight.description,
            evidence=[
                {"summary": e.summary, "periods": list(e.periods), "count": e.count}
                for e in insight.evidence
            ],
            first_seen=insight.first_seen.isoformat(),
            last_seen=insight.last_seen.isoformat(),
            strength=round(insight.strength, 3),
            status=insight.status.value,
            corrected=insight.corrected,
            updated_at=insight.updated_at,
        )
        with store_errors():
            item.save()
        self.io.write_requests += 1
        self.io.write_items += 1

    def delete_insight(self, user_id: str, insight_id: str) -> bool:
        item = self._items.insight(_user_pk(user_id), f"INSIGHT#{insight_id}")
        self.io.write_requests += 1
        try:
            with store_errors():
                item.delete(condition=self._items.insight.pk.exists())
        except ConditionFailedError:
            return False
        self.io.write_items += 1
        return True

    def erase(self, user_id: str) -> None:
        pk = _user_pk(user_id)
        key = self._items.key
        doomed: list[Any] = []
        weeks: set[str] = set()
        with store_errors():
            # "AGG" covers both AGG# and AGGSEEN#; keys only, so this reads little.
            for prefix in ("AGG", "INSIGHT#"):
                for item in key.query(pk, key.sk.startswith(prefix), attributes_to_get=["sk"]):
                    doomed.append(key(pk, item.sk))
                    if item.sk.startswith("AGG#"):
                        weeks.add(item.sk.removeprefix("AGG#"))
                self.io.read_requests += 1
            self.io.read_items += len(doomed)
            doomed += [key(f"ACTIVE#{w}#{active_shard(user_id)}", pk) for w in sorted(weeks)]
            with key.batch_write() as batch:
                for item in doomed:
                    batch.delete(item)
        self.io.write_items += len(doomed)
        self.io.write_requests += -(-len(doomed) // 25)


def _to_week(item: dict[str, Any]) -> WeekAggregate:
    week = item["sk"]["S"].removeprefix("AGG#")
    counters: dict[str, float] = {}
    for name, value in item.items():
        if "N" in value and (name in SCALARS or name.startswith(_COUNTER_PREFIXES)):
            counters[name] = float(value["N"])
    return week_from_counters(week, counters)


def _to_insight(item: Any) -> Insight:
    evidence = []
    for raw in item.evidence or []:
        entry = raw.as_dict() if hasattr(raw, "as_dict") else dict(raw)
        evidence.append(
            Evidence(
                summary=str(entry.get("summary", "")),
                periods=tuple(str(p) for p in entry.get("periods") or ()),
                count=int(entry.get("count") or 0),
            )
        )
    return Insight(
        insight_id=item.insight_id,
        user_id=item.user_id,
        kind=item.pattern_kind,
        title=item.title or "",
        description=item.description or "",
        evidence=tuple(evidence),
        first_seen=date.fromisoformat(item.first_seen),
        last_seen=date.fromisoformat(item.last_seen),
        strength=float(item.strength or 0),
        status=InsightStatus(item.status),
        corrected=bool(item.corrected),
        updated_at=item.updated_at,
        subject=item.subject or "",
    )
