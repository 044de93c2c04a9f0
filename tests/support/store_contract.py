"""One behavioural contract for every ConversationStore: the fake and DynamoDB must agree.

Unit tests run it on InMemoryConversationStore; integration tests on DynamoConversationStore.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from hearth.domain.conversation import (
    Message,
    ReplyMeta,
    Responder,
    Role,
    Session,
    TurnRecord,
    Usage,
)
from hearth.domain.errors import InvalidCursorError, TurnAlreadyClaimedError
from hearth.domain.ids import new_id
from hearth.ports import ConversationStore

T0 = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


def _session(user: str, at: datetime) -> Session:
    return Session(user, new_id(at), created_at=at, last_activity_at=at)


def _message(session: Session, role: Role, text: str, at: datetime) -> Message:
    meta = None
    if role is Role.ASSISTANT:
        meta = ReplyMeta(Responder.CLAUDE, "m", Usage(10, 5, 2, 1), latency_ms=42, degraded=True)
    return Message(session.user_id, session.session_id, new_id(at), role, text, at, meta)


class StoreContract:
    """Subclass and provide a `store` fixture."""

    def test_session_round_trips_and_is_scoped_to_its_user(self, store: ConversationStore) -> None:
        user = f"u-{new_id(T0)}"
        session = _session(user, T0)
        store.create_session(session)
        assert store.get_session(user, session.session_id) == session
        assert store.get_session(user + "-other", session.session_id) is None

    def test_messages_round_trip_with_reply_accounting(self, store: ConversationStore) -> None:
        user = f"u-{new_id(T0)}"
        session = _session(user, T0)
        store.create_session(session)
        question = _message(session, Role.USER, "Ich bin müde 😔", T0 + timedelta(seconds=1))
        answer = _message(session, Role.ASSISTANT, "That sounds heavy.", T0 + timedelta(seconds=2))
        store.save_user_message(question, None)
        store.save_reply(answer, replace(session, message_count=2), None)
        assert store.get_message(user, session.session_id, answer.message_id) == answer
        assert store.recent_messages(user, session.session_id, 10) == [question, answer]
        assert store.recent_messages(user, session.session_id, 1) == [answer]
        stored = store.get_session(user, session.session_id)
        assert stored is not None and stored.message_count == 2

    def test_messages_page_oldest_first_without_a_trailing_empty_page(
        self, store: ConversationStore
    ) -> None:
        user = f"u-{new_id(T0)}"
        session = _session(user, T0)
        store.create_session(session)
        sent = [_message(session, Role.USER, f"m{i}", T0 + timedelta(seconds=i)) for i in range(5)]
        for message in sent:
            store.save_user_message(message, None)
        first = store.list_messages(user, session.session_id, 2, None)
        second = store.list_messages(user, session.session_id, 2, first.next_cursor)
        third = store.list_messages(user, session.session_id, 2, second.next_cursor)
        assert [m.text for m in first.items + second.items + third.items] == [
            "m0",
            "m1",
            "m2",
            "m3",
            "m4",
        ]
        assert third.next_cursor is None
        exact = store.list_messages(user, session.session_id, 5, None)
        assert len(exact.items) == 5 and exact.next_cursor is None

    def test_sessions_list_newest_first_per_user(self, store: ConversationStore) -> None:
        user = f"u-{new_id(T0)}"
        sessions = [_session(user, T0 + timedelta(minutes=i)) for i in range(3)]
        for s in sessions:
            store.create_session(s)
        store.create_session(_session(user + "-other", T0))
        page = store.list_sessions(user, 10, None)
        assert [s.session_id for s in page.items] == [s.session_id for s in reversed(sessions)]

    def test_garbage_cursor_is_refused(self, store: ConversationStore) -> None:
        user = f"u-{new_id(T0)}"
        session = _session(user, T0)
        store.create_session(session)
        with pytest.raises(InvalidCursorError):
            store.list_messages(user, session.session_id, 2, "bm90LWEtY3Vyc29y")

    def test_an_idempotency_key_can_be_claimed_once(self, store: ConversationStore) -> None:
        user = f"u-{new_id(T0)}"
        session = _session(user, T0)
        store.create_session(session)
        first = _message(session, Role.USER, "hello", T0 + timedelta(seconds=1))
        claim = TurnRecord(user, session.session_id, "key-1", "fp", first.message_id, T0)
        store.save_user_message(first, claim)
        second = _message(session, Role.USER, "hello", T0 + timedelta(seconds=2))
        with pytest.raises(TurnAlreadyClaimedError):
            store.save_user_message(second, replace(claim, user_message_id=second.message_id))
        # The losing write left nothing behind.
        assert [m.message_id for m in store.recent_messages(user, session.session_id, 10)] == [
            first.message_id
        ]
        reply = _message(session, Role.ASSISTANT, "hi", T0 + timedelta(seconds=3))
        store.save_reply(reply, session, replace(claim, reply_message_id=reply.message_id))
        record = store.get_turn_record(user, session.session_id, "key-1")
        assert record is not None and record.reply_message_id == reply.message_id
        assert record.started_at == T0

    def test_forgetting_a_user_deletes_their_partition_only(self, store: ConversationStore) -> None:
        user = f"u-{new_id(T0)}"
        other = user + "-other"
        for who in (user, other):
            session = _session(who, T0)
            store.create_session(session)
            store.save_user_message(_message(session, Role.USER, "words", T0), None)
        assert store.forget_user(user) >= 2
        assert store.list_sessions(user, 10, None).items == []
        assert len(store.list_sessions(other, 10, None).items) == 1
