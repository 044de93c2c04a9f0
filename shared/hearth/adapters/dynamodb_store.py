"""DynamoDB, through pynamodb: the only module that knows the table's shape.

One table, one partition per person (`pk = USER#<id>`), so every read is scoped to the caller by
construction: there is no query that can reach another person's items. Sort keys are
time-ordered ULIDs, so sessions and messages list in time order without an index.

    SESSION#<sessionId>                 a session
    MSG#<sessionId>#<messageId>         a message (user or assistant) in that session
    TURN#<sessionId>#<idempotencyKey>   the claim an idempotency key makes on one turn (expires)
    ESCALATION#<eventId>                an escalation outbox item (ids and labels, no text);
                                        the table's stream carries it to the escalation queue
    PROFILE#PREFERENCES, PROFILE#SAFETY_PLAN

Every item has a `kind`, which stream consumers filter on.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar

from pynamodb.attributes import (
    BooleanAttribute,
    MapAttribute,
    NumberAttribute,
    UnicodeAttribute,
    UnicodeSetAttribute,
    UTCDateTimeAttribute,
)
from pynamodb.connection import Connection
from pynamodb.transactions import TransactWrite

from hearth.adapters.dynamodb_common import (
    ConditionFailedError,
    key_models,
    store_errors,
    table_meta,
)
from hearth.domain.conversation import (
    Message,
    Page,
    Preferences,
    ReplyMeta,
    Responder,
    RiskLabel,
    Role,
    Session,
    TurnRecord,
    Usage,
)
from hearth.domain.errors import (
    InvalidCursorError,
    TurnAlreadyClaimedError,
)
from hearth.domain.escalation import EscalationEvent
from hearth.domain.safety.plan import Contact, SafetyPlan

TURN_RECORD_TTL = timedelta(days=2)
OUTBOX_TTL = timedelta(days=30)
_T = TypeVar("_T")


def _user_pk(user_id: str) -> str:
    return f"USER#{user_id}"


class _Items:
    """pynamodb model classes bound to one table; built per store so tests can use many tables."""

    def __init__(self, table_name: str, region: str, host: str | None) -> None:
        meta = table_meta(table_name, region, host)

        KeyItem, _Base = key_models(meta)  # noqa: N806 - classes, named as such

        class SessionItem(_Base):  # type: ignore[misc,valid-type]
            Meta = meta  # type: ignore[assignment]
            user_id = UnicodeAttribute(attr_name="userId")
            session_id = UnicodeAttribute(attr_name="sessionId")
            created_at = UTCDateTimeAttribute(attr_name="createdAt")
            last_activity_at = UTCDateTimeAttribute(attr_name="lastActivityAt")
            message_count = NumberAttribute(attr_name="messageCount", default=0)
            safety_mode = BooleanAttribute(attr_name="safetyMode", default=False)
            last_disclosed_at = UTCDateTimeAttribute(attr_name="lastDisclosedAt", null=True)

        class MessageItem(_Base):  # type: ignore[misc,valid-type]
            Meta = meta  # type: ignore[assignment]
            user_id = UnicodeAttribute(attr_name="userId")
            session_id = UnicodeAttribute(attr_name="sessionId")
            message_id = UnicodeAttribute(attr_name="messageId")
            role = UnicodeAttribute()
            text = UnicodeAttribute()
            created_at = UTCDateTimeAttribute(attr_name="createdAt")
            reply_meta = MapAttribute[str, Any](attr_name="replyMeta", null=True)  # type: ignore[no-untyped-call]
            risk = MapAttribute[str, Any](null=True)  # type: ignore[no-untyped-call]
            analysis = MapAttribute[str, Any](null=True)  # type: ignore[no-untyped-call]

        class TurnItem(_Base):  # type: ignore[misc,valid-type]
            Meta = meta  # type: ignore[assignment]
            fingerprint = UnicodeAttribute()
            user_message_id = UnicodeAttribute(attr_name="userMessageId")
            reply_message_id = UnicodeAttribute(attr_name="replyMessageId", null=True)
            started_at = UTCDateTimeAttribute(attr_name="startedAt")

        class EscalationItem(_Base):  # type: ignore[misc,valid-type]
            Meta = meta  # type: ignore[assignment]
            event_id = UnicodeAttribute(attr_name="eventId")
            user_id = UnicodeAttribute(attr_name="userId")
            session_id = UnicodeAttribute(attr_name="sessionId")
            message_id = UnicodeAttribute(attr_name="messageId")
            tier = UnicodeAttribute()
            # A string set: the Pipe's input template passes it through as a JSON array.
            categories = UnicodeSetAttribute(null=True)
            occurred_at = UnicodeAttribute(attr_name="occurredAt")
            country = UnicodeAttribute()
            protocol_version = UnicodeAttribute(attr_name="protocolVersion")
            screen_version = UnicodeAttribute(attr_name="screenVersion")
            reason = UnicodeAttribute(null=True)

        class ProfileItem(_Base):  # type: ignore[misc,valid-type]
            Meta = meta  # type: ignore[assignment]
            data = MapAttribute[str, Any](default=dict)  # type: ignore[no-untyped-call]
            updated_at = UTCDateTimeAttribute(attr_name="updatedAt", null=True)

        self.key = KeyItem
        self.session = SessionItem
        self.message = MessageItem
        self.turn = TurnItem
        self.escalation = EscalationItem
        self.profile = ProfileItem
        self.connection = Connection(
            region=region, host=host, connect_timeout_seconds=2, read_timeout_seconds=4
        )


class DynamoConversationStore:
    """The `ConversationStore` and `ProfileStore` ports on DynamoDB.

    Raises StoreUnavailableError for any DynamoDB failure, InvalidCursorError for a cursor it
    did not issue, TurnAlreadyClaimedError when an idempotency key is already taken.
    """

    def __init__(self, table_name: str, *, region: str, host: str | None = None) -> None:
        self._items = _Items(table_name, region, host)

    # Sessions

    def create_session(self, session: Session) -> None:
        with store_errors():
            self._session_item(session).save()

    def get_session(self, user_id: str, session_id: str) -> Session | None:
        item = self._get(self._items.session, user_id, f"SESSION#{session_id}")
        return None if item is None else _to_session(item)

    def list_sessions(self, user_id: str, limit: int, cursor: str | None) -> Page[Session]:
        return self._page(
            self._items.session,
            user_id,
            "SESSION#",
            limit,
            cursor,
            forward=False,
            convert=_to_session,
        )

    # Messages

    def save_user_message(
        self,
        message: Message,
        claim: TurnRecord | None,
        escalation: EscalationEvent | None = None,
    ) -> None:
        item = self._message_item(message)
        if claim is None and escalation is None:
            with store_errors():
                item.save()
            return
        try:
            with store_errors(), TransactWrite(connection=self._items.connection) as tx:
                tx.save(item)
                if claim is not None:
                    tx.save(self._turn_item(claim), condition=self._items.turn.sk.does_not_exist())
                if escalation is not None:
                    tx.save(self._escalation_item(escalation))
        except ConditionFailedError as exc:
            raise TurnAlreadyClaimedError() from exc

    def save_reply(self, reply: Message, session: Session, claim: TurnRecord | None) -> None:
        with store_errors(), TransactWrite(connection=self._items.connection) as tx:
            tx.save(self._message_item(reply))
            tx.save(self._session_item(session))
            if claim is not None:
                tx.save(self._turn_item(claim))

    def get_message(self, user_id: str, session_id: str, message_id: str) -> Message | None:
        item = self._get(self._items.message, user_id, f"MSG#{session_id}#{message_id}")
        return None if item is None else _to_message(item)

    def list_messages(
        self, user_id: str, session_id: str, limit: int, cursor: str | None
    ) -> Page[Message]:
        return self._page(
            self._items.message,
            user_id,
            f"MSG#{session_id}#",
            limit,
            cursor,
            forward=True,
            convert=_to_message,
        )

    def recent_messages(self, user_id: str, session_id: str, limit: int) -> list[Message]:
        with store_errors():
            items = list(
                self._items.message.query(
                    _user_pk(user_id),
                    self._items.message.sk.startswith(f"MSG#{session_id}#"),
                    scan_index_forward=False,
                    limit=limit,
                )
            )
        return [_to_message(item) for item in reversed(items)]

    def forget_user(self, user_id: str) -> int:
        # The whole partition is the person's: one Query (paged) and batched deletes.
        deleted = 0
        with store_errors():
            keys = [
                (item.pk, item.sk)
                for item in self._items.key.query(_user_pk(user_id), attributes_to_get=["pk", "sk"])
            ]
            with self._items.key.batch_write() as batch:
                for pk, sk in keys:
                    batch.delete(self._items.key(pk, sk))
                    deleted += 1
        return deleted

    # Idempotency

    def get_turn_record(self, user_id: str, session_id: str, key: str) -> TurnRecord | None:
        item = self._get(self._items.turn, user_id, f"TURN#{session_id}#{key}")
        if item is None:
            return None
        return TurnRecord(
            user_id=user_id,
            session_id=session_id,
            key=key,
            fingerprint=item.fingerprint,
            user_message_id=item.user_message_id,
            started_at=item.started_at,
            reply_message_id=item.reply_message_id,
        )

    # Profile: preferences and the safety plan

    def get_preferences(self, user_id: str) -> Preferences:
        item = self._get(self._items.profile, user_id, "PROFILE#PREFERENCES")
        data = {} if item is None else item.data.as_dict()
        return Preferences(
            country=data.get("country"), pattern_memory=bool(data.get("patternMemory", True))
        )

    def save_preferences(self, user_id: str, preferences: Preferences) -> None:
        data: dict[str, Any] = {"patternMemory": preferences.pattern_memory}
        if preferences.country:
            data["country"] = preferences.country
        self._save_profile(user_id, "PROFILE#PREFERENCES", data, None)

    def get_safety_plan(self, user_id: str) -> SafetyPlan | None:
        item = self._get(self._items.profile, user_id, "PROFILE#SAFETY_PLAN")
        return None if item is None else _to_plan(item.data.as_dict(), item.updated_at)

    def save_safety_plan(self, user_id: str, plan: SafetyPlan) -> None:
        self._save_profile(user_id, "PROFILE#SAFETY_PLAN", _plan_data(plan), plan.updated_at)

    def delete_safety_plan(self, user_id: str) -> bool:
        item = self._items.profile(_user_pk(user_id), "PROFILE#SAFETY_PLAN")
        try:
            with store_errors():
                item.delete(condition=self._items.profile.pk.exists())
        except ConditionFailedError:
            return False
        return True

    # Mapping

    def _get(self, model: Any, user_id: str, sk: str) -> Any:
        with store_errors():
            try:
                return model.get(_user_pk(user_id), sk)
            except model.DoesNotExist:
                return None

    def _save_profile(
        self, user_id: str, sk: str, data: dict[str, Any], updated_at: datetime | None
    ) -> None:
        item = self._items.profile(
            _user_pk(user_id), sk, kind="profile", data=data, updated_at=updated_at
        )
        with store_errors():
            item.save()

    def _session_item(self, session: Session) -> Any:
        return self._items.session(
            _user_pk(session.user_id),
            f"SESSION#{session.session_id}",
            kind="session",
            user_id=session.user_id,
            session_id=session.session_id,
            created_at=session.created_at,
            last_activity_at=session.last_activity_at,
            message_count=session.message_count,
            safety_mode=session.safety_mode,
            last_disclosed_at=session.last_disclosed_at,
        )

    def _message_item(self, message: Message) -> Any:
        return self._items.message(
            _user_pk(message.user_id),
            f"MSG#{message.session_id}#{message.message_id}",
            kind="message",
            user_id=message.user_id,
            session_id=message.session_id,
            message_id=message.message_id,
            role=message.role.value,
            text=message.text,
            created_at=message.created_at,
            reply_meta=None if message.reply_meta is None else _meta_data(message.reply_meta),
            risk=None if message.risk is None else _risk_data(message.risk),
            analysis=None if message.analysis is None else dict(message.analysis),
        )

    def _turn_item(self, claim: TurnRecord) -> Any:
        return self._items.turn(
            _user_pk(claim.user_id),
            f"TURN#{claim.session_id}#{claim.key}",
            kind="turn",
            fingerprint=claim.fingerprint,
            user_message_id=claim.user_message_id,
            reply_message_id=claim.reply_message_id,
            started_at=claim.started_at,
            expires_at=claim.started_at + TURN_RECORD_TTL,
        )

    def _escalation_item(self, event: EscalationEvent) -> Any:
        return self._items.escalation(
            _user_pk(event.user_id),
            f"ESCALATION#{event.event_id}",
            kind="escalation",
            event_id=event.event_id,
            user_id=event.user_id,
            session_id=event.session_id,
            message_id=event.message_id,
            tier=event.tier,
            categories=set(event.categories) or None,
            occurred_at=event.occurred_at.isoformat(),
            country=event.country,
            protocol_version=event.protocol_version,
            screen_version=event.screen_version,
            reason=event.reason,
            expires_at=event.occurred_at + OUTBOX_TTL,
        )

    def _page(
        self,
        model: Any,
        user_id: str,
        prefix: str,
        limit: int,
        cursor: str | None,
        *,
        forward: bool,
        convert: Callable[[Any], _T],
    ) -> Page[_T]:
        pk = _user_pk(user_id)
        start = None if cursor is None else _decode_cursor(cursor, pk, prefix)
        with store_errors():
            # One extra item tells whether another page exists, so the last page has no cursor.
            items = list(
                model.query(
                    pk,
                    model.sk.startswith(prefix),
                    scan_index_forward=forward,
                    limit=limit + 1,
                    last_evaluated_key=start,
                )
            )
        next_cursor = _encode_cursor(items[limit - 1].sk) if len(items) > limit else None
        return Page(items=[convert(item) for item in items[:limit]], next_cursor=next_cursor)


def _encode_cursor(sk: str) -> str:
    return base64.urlsafe_b64encode(json.dumps({"sk": sk}).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, pk: str, prefix: str) -> dict[str, dict[str, str]]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        sk = json.loads(base64.urlsafe_b64decode(padded.encode()))["sk"]
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise InvalidCursorError() from exc
    # A cursor only ever continues the listing it came from.
    if not isinstance(sk, str) or not sk.startswith(prefix):
        raise InvalidCursorError()
    return {"pk": {"S": pk}, "sk": {"S": sk}}


def _to_session(item: Any) -> Session:
    return Session(
        user_id=item.user_id,
        session_id=item.session_id,
        created_at=item.created_at,
        last_activity_at=item.last_activity_at,
        message_count=int(item.message_count or 0),
        safety_mode=bool(item.safety_mode),
        last_disclosed_at=item.last_disclosed_at,
    )


def _meta_data(meta: ReplyMeta) -> dict[str, Any]:
    return {
        "responder": meta.responder.value,
        "modelId": meta.model_id,
        "inputTokens": meta.usage.input_tokens,
        "outputTokens": meta.usage.output_tokens,
        "cacheCreationTokens": meta.usage.cache_creation_input_tokens,
        "cacheReadTokens": meta.usage.cache_read_input_tokens,
        "latencyMs": meta.latency_ms,
        "degraded": meta.degraded,
        "disclosureReason": meta.disclosure_reason,
        "guardReasons": list(meta.guard_reasons),
    }


def _risk_data(risk: RiskLabel) -> dict[str, Any]:
    return {
        "screenedTier": risk.screened_tier,
        "tier": risk.tier,
        "categories": list(risk.categories),
        "evidence": list(risk.evidence),
        "thirdParty": risk.third_party,
        "resourcesOffered": risk.resources_offered,
        "referral": risk.referral,
        "country": risk.country,
        "screenVersion": risk.screen_version,
    }


def _to_message(item: Any) -> Message:
    meta = None if item.reply_meta is None else item.reply_meta.as_dict()
    risk = None if item.risk is None else item.risk.as_dict()
    analysis = None if item.analysis is None else item.analysis.as_dict()
    return Message(
        user_id=item.user_id,
        session_id=item.session_id,
        message_id=item.message_id,
        role=Role(item.role),
        text=item.text,
        created_at=item.created_at,
        reply_meta=None
        if meta is None
        else ReplyMeta(
            responder=Responder(meta["responder"]),
            model_id=meta["modelId"],
            usage=Usage(
                input_tokens=int(meta["inputTokens"]),
                output_tokens=int(meta["outputTokens"]),
                cache_creation_input_tokens=int(meta["cacheCreationTokens"]),
                cache_read_input_tokens=int(meta["cacheReadTokens"]),
            ),
            latency_ms=int(meta["latencyMs"]),
            degraded=bool(meta["degraded"]),
            disclosure_reason=meta.get("disclosureReason"),
            guard_reasons=tuple(meta.get("guardReasons") or ()),
        ),
        risk=None
        if risk is None
        else RiskLabel(
            screened_tier=risk["screenedTier"],
            tier=risk["tier"],
            categories=tuple(risk.get("categories") or ()),
            evidence=tuple(risk.get("evidence") or ()),
            third_party=bool(risk.get("thirdParty")),
            resources_offered=bool(risk.get("resourcesOffered")),
            referral=bool(risk.get("referral")),
            country=risk.get("country", "INTL"),
            screen_version=risk.get("screenVersion", ""),
        ),
        analysis=analysis,
    )


_PLAN_TEXT_FIELDS = {
    "warningSigns": "warning_signs",
    "internalCoping": "internal_coping",
    "distractions": "distractions",
    "makingSafe": "making_safe",
    "reasonsToLive": "reasons_to_live",
}
_PLAN_CONTACT_FIELDS = {"peopleToAsk": "people_to_ask", "professionals": "professionals"}


def _plan_data(plan: SafetyPlan) -> dict[str, Any]:
    data: dict[str, Any] = {k: list(getattr(plan, f)) for k, f in _PLAN_TEXT_FIELDS.items()}
    for key, name in _PLAN_CONTACT_FIELDS.items():
        data[key] = [
            {"name": c.name, **({"phone": c.phone} if c.phone else {})} for c in getattr(plan, name)
        ]
    return data


def _to_plan(data: dict[str, Any], updated_at: datetime | None) -> SafetyPlan:
    fields: dict[str, Any] = {f: tuple(data.get(k) or ()) for k, f in _PLAN_TEXT_FIELDS.items()}
    for key, name in _PLAN_CONTACT_FIELDS.items():
        fields[name] = tuple(Contact(c["name"], c.get("phone")) for c in data.get(key) or ())
    return SafetyPlan(**fields, updated_at=updated_at)
