"""The conversation service, on in-memory fakes: what a person and an operator would notice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hearth.domain.conversation import MAX_MESSAGE_CHARS, Responder, Role
from hearth.domain.errors import (
    IdempotencyKeyReusedError,
    InvalidMessageError,
    LanguageModelError,
    SessionNotFoundError,
    TurnInProgressError,
)
from hearth.domain.prompts import SYSTEM_PROMPT
from tests.support.fakes import InMemoryConversationStore, ScriptedLanguageModel
from tests.support.harness import Hearth

pytestmark = pytest.mark.unit


@pytest.fixture
def hearth() -> Hearth:
    return Hearth()


def test_new_session_opens_with_ai_disclosure(hearth: Hearth) -> None:
    start = hearth.container().chat.start_session("ana")
    assert start.disclosure.reason == "session_start"
    assert "AI" in start.disclosure.text and "not a human" in start.disclosure.text
    assert "emergency" in start.disclosure.text


def test_turn_stores_message_then_reply_with_accounting(hearth: Hearth) -> None:
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    turn = chat.take_turn("ana", session.session_id, "  I'm so tired of everything at work  ")

    assert turn.user_message.text == "I'm so tired of everything at work"
    assert turn.reply.text == ScriptedLanguageModel().default
    meta = turn.reply.reply_meta
    assert meta is not None and meta.responder is Responder.CLAUDE and not meta.degraded
    assert meta.model_id == "scripted-model" and meta.usage.input_tokens == 120
    stored = hearth.store.list_messages("ana", session.session_id, 10, None).items
    assert [m.role for m in stored] == [Role.USER, Role.ASSISTANT]
    assert hearth.telemetry.counts["LlmTokensIn"] == 120


def test_user_message_is_stored_before_the_model_is_called(hearth: Hearth) -> None:
    store = hearth.store
    assert isinstance(store, InMemoryConversationStore)
    seen_before_call: list[int] = []

    class WatchingModel(ScriptedLanguageModel):
        def reply(self, request):  # type: ignore[no-untyped-def]
            seen_before_call.append(len(store.all_messages()))
            return super().reply(request)

    hearth.model = WatchingModel()
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    chat.take_turn("ana", session.session_id, "hello")
    assert seen_before_call == [1]


def test_model_failure_still_gets_a_warm_degraded_reply(hearth: Hearth) -> None:
    hearth.model = ScriptedLanguageModel(script=[LanguageModelError("overloaded")])
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    turn = chat.take_turn("ana", session.session_id, "I feel lonely tonight")

    meta = turn.reply.reply_meta
    assert meta is not None and meta.degraded and meta.responder is Responder.OFFLINE
    assert "lonely" in turn.reply.text and "?" in turn.reply.text
    assert hearth.telemetry.counts["LlmFallback"] == 1
    assert len(hearth.store.list_messages("ana", session.session_id, 10, None).items) == 2


@pytest.mark.parametrize("text", ["", "   \n\t ", "x" * (MAX_MESSAGE_CHARS + 1)])
def test_invalid_text_is_rejected_and_nothing_is_written(hearth: Hearth, text: str) -> None:
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    with pytest.raises(InvalidMessageError):
        chat.take_turn("ana", session.session_id, text)
    assert hearth.store.list_messages("ana", session.session_id, 10, None).items == []


def test_exactly_the_limit_after_trimming_is_accepted(hearth: Hearth) -> None:
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    turn = chat.take_turn("ana", session.session_id, "  " + "a" * MAX_MESSAGE_CHARS + "  ")
    assert len(turn.user_message.text) == MAX_MESSAGE_CHARS


def test_someone_elses_session_is_not_found(hearth: Hearth) -> None:
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    with pytest.raises(SessionNotFoundError):
        chat.take_turn("ben", session.session_id, "hi")
    with pytest.raises(SessionNotFoundError):
        chat.list_messages("ben", session.session_id, 10, None)
    assert hearth.store.list_messages("ana", session.session_id, 10, None).items == []


def test_retry_with_same_idempotency_key_gives_one_turn(hearth: Hearth) -> None:
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    first = chat.take_turn("ana", session.session_id, "hello there", "key-00000001")
    again = chat.take_turn("ana", session.session_id, "hello there", "key-00000001")

    assert again.replayed and again.reply.message_id == first.reply.message_id
    assert len(hearth.store.list_messages("ana", session.session_id, 10, None).items) == 2
    assert len(hearth.model.requests) == 1  # type: ignore[attr-defined]


def test_idempotency_key_reused_for_different_text_is_rejected(hearth: Hearth) -> None:
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    chat.take_turn("ana", session.session_id, "hello there", "key-00000001")
    with pytest.raises(IdempotencyKeyReusedError):
        chat.take_turn("ana", session.session_id, "something else", "key-00000001")


def test_retry_while_first_attempt_is_still_running_is_told_to_wait(hearth: Hearth) -> None:
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    store = hearth.store
    assert isinstance(store, InMemoryConversationStore)
    store.fail_writes = False
    # The first attempt stored the message and its claim, then its reply write failed.
    hearth.model = ScriptedLanguageModel()
    original_save_reply = store.save_reply

    def crash(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("lambda timed out")

    store.save_reply = crash  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        chat.take_turn("ana", session.session_id, "are you there?", "key-00000002")
    store.save_reply = original_save_reply  # type: ignore[method-assign]

    with pytest.raises(TurnInProgressError):
        chat.take_turn("ana", session.session_id, "are you there?", "key-00000002")

    # Once the first attempt must be dead, the retry resumes it: one message, one reply.
    hearth.clock.advance(timedelta(minutes=1))
    turn = chat.take_turn("ana", session.session_id, "are you there?", "key-00000002")
    items = hearth.store.list_messages("ana", session.session_id, 10, None).items
    assert [m.role for m in items] == [Role.USER, Role.ASSISTANT]
    assert turn.user_message.message_id == items[0].message_id


def test_prompt_keeps_newest_turns_within_budget(hearth: Hearth) -> None:
    hearth.settings = hearth.settings.__class__(
        local_auth_key="k", history_token_budget=60, max_reply_tokens=111
    )
    chat = hearth.container().chat
    session = chat.start_session("ana").session
    for i in range(6):
        chat.take_turn("ana", session.session_id, f"message number {i} " + "word " * 20)
    request = hearth.model.requests[-1]  # type: ignore[attr-defined]
    assert request.system == SYSTEM_PROMPT and request.max_tokens == 111
    assert request.messages[0].role is Role.USER
    assert request.messages[-1].text.startswith("message number 5")
    assert all("message number 0" not in m.text for m in request.messages)


def test_sessions_list_newest_first_and_page(hearth: Hearth) -> None:
    chat = hearth.container().chat
    ids = [chat.start_session("ana").session.session_id for _ in range(3)]
    first = chat.list_sessions("ana", 2, None)
    assert [s.session_id for s in first.items] == [ids[2], ids[1]]
    assert first.next_cursor
    rest = chat.list_sessions("ana", 2, first.next_cursor)
    assert [s.session_id for s in rest.items] == [ids[0]] and rest.next_cursor is None
    assert chat.list_sessions("ben", 10, None).items == []
