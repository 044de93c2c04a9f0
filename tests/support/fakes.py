"""In-memory fakes of Hearth's ports, named for how they behave. No mocks of our own code."""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from hearth.domain.conversation import (
    Message,
    Page,
    Preferences,
    Responder,
    Session,
    TurnRecord,
    Usage,
)
from hearth.domain.errors import (
    InvalidCursorError,
    LanguageModelError,
    StoreUnavailableError,
    TurnAlreadyClaimedError,
)
from hearth.domain.escalation import EscalationEvent
from hearth.domain.prompts import ModelReply, ModelRequest
from hearth.domain.safety.plan import SafetyPlan


class InMemoryConversationStore:
    """Keeps everything in dicts, keyed like the DynamoDB adapter, with the same contract."""

    def __init__(self) -> None:
        self.sessions: dict[tuple[str, str], Session] = {}
        self.messages: dict[tuple[str, str], dict[str, Message]] = {}
        self.turns: dict[tuple[str, str, str], TurnRecord] = {}
        self.outbox: list[EscalationEvent] = []
        self.preferences: dict[str, Preferences] = {}
        self.plans: dict[str, SafetyPlan] = {}
        self.fail_writes = False  # simulate DynamoDB being unreachable

    def create_session(self, session: Session) -> None:
        self._check()
        self.sessions[(session.user_id, session.session_id)] = session

    def get_session(self, user_id: str, session_id: str) -> Session | None:
        return self.sessions.get((user_id, session_id))

    def list_sessions(self, user_id: str, limit: int, cursor: str | None) -> Page[Session]:
        mine = sorted(
            (s for (uid, _), s in self.sessions.items() if uid == user_id),
            key=lambda s: s.session_id,
            reverse=True,
        )
        return _page(mine, limit, cursor, key=lambda s: s.session_id, scope=f"S#{user_id}")

    def save_user_message(
        self,
        message: Message,
        claim: TurnRecord | None,
        escalation: EscalationEvent | None = None,
    ) -> None:
        self._check()
        if claim is not None:
            turn_key = (claim.user_id, claim.session_id, claim.key)
            if turn_key in self.turns:
                raise TurnAlreadyClaimedError()
            self.turns[turn_key] = claim
        if escalation is not None:
            self.outbox.append(escalation)
        self._put(message)

    def save_reply(self, reply: Message, session: Session, claim: TurnRecord | None) -> None:
        self._check()
        self._put(reply)
        self.sessions[(session.user_id, session.session_id)] = session
        if claim is not None:
            self.turns[(claim.user_id, claim.session_id, claim.key)] = claim

    def get_turn_record(self, user_id: str, session_id: str, key: str) -> TurnRecord | None:
        return self.turns.get((user_id, session_id, key))

    def get_message(self, user_id: str, session_id: str, message_id: str) -> Message | None:
        return self.messages.get((user_id, session_id), {}).get(message_id)

    def list_messages(
        self, user_id: str, session_id: str, limit: int, cursor: str | None
    ) -> Page[Message]:
        ordered = sorted(
            self.messages.get((user_id, session_id), {}).values(), key=lambda m: m.message_id
        )
        return _page(
            ordered, limit, cursor, key=lambda m: m.message_id, scope=f"M#{user_id}#{session_id}"
        )

    def recent_messages(self, user_id: str, session_id: str, limit: int) -> list[Message]:
        ordered = sorted(
            self.messages.get((user_id, session_id), {}).values(), key=lambda m: m.message_id
        )
        return ordered[-limit:]

    def get_preferences(self, user_id: str) -> Preferences:
        return self.preferences.get(user_id, Preferences())

    def save_preferences(self, user_id: str, preferences: Preferences) -> None:
        self._check()
        self.preferences[user_id] = preferences

    def get_safety_plan(self, user_id: str) -> SafetyPlan | None:
        return self.plans.get(user_id)

    def save_safety_plan(self, user_id: str, plan: SafetyPlan) -> None:
        self._check()
        self.plans[user_id] = plan

    def delete_safety_plan(self, user_id: str) -> bool:
        self._check()
        return self.plans.pop(user_id, None) is not None

    def forget_user(self, user_id: str) -> int:
        self._check()
        before = len(self.sessions) + sum(len(b) for b in self.messages.values())
        self.sessions = {k: v for k, v in self.sessions.items() if k[0] != user_id}
        self.messages = {k: v for k, v in self.messages.items() if k[0] != user_id}
        self.turns = {k: v for k, v in self.turns.items() if k[0] != user_id}
        self.preferences.pop(user_id, None)
        self.plans.pop(user_id, None)
        return before - len(self.sessions) - sum(len(b) for b in self.messages.values())

    def all_messages(self) -> list[Message]:
        return [m for bucket in self.messages.values() for m in bucket.values()]

    def _put(self, message: Message) -> None:
        self.messages.setdefault((message.user_id, message.session_id), {})[message.message_id] = (
            message
        )

    def _check(self) -> None:
        if self.fail_writes:
            raise StoreUnavailableError("in-memory store is set to fail")


def _page[T](
    ordered: list[T], limit: int, cursor: str | None, *, key: Callable[[T], str], scope: str
) -> Page[T]:
    start = 0
    if cursor is not None:
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor.encode()))
            if data["scope"] != scope:
                raise ValueError
            start = next(i + 1 for i, item in enumerate(ordered) if key(item) == data["after"])
        except (ValueError, KeyError, TypeError, StopIteration) as exc:
            raise InvalidCursorError() from exc
    chunk = ordered[start : start + limit]
    more = start + limit < len(ordered)
    next_cursor = (
        base64.urlsafe_b64encode(
            json.dumps({"scope": scope, "after": key(chunk[-1])}).encode()
        ).decode()
        if more and chunk
        else None
    )
    return Page(items=chunk, next_cursor=next_cursor)


@dataclass
class ScriptedLanguageModel:
    """Answers from a script: each entry is reply text, or a LanguageModelError to raise.

    When the script runs out it keeps giving `default`. Records every request it saw.
    """

    script: list[str | LanguageModelError] = field(default_factory=list)
    default: str = "It sounds like today has asked a lot of you. What stands out most?"
    model_id: str = "scripted-model"
    usage: Usage = field(default_factory=lambda: Usage(input_tokens=120, output_tokens=30))
    requests: list[ModelRequest] = field(default_factory=list)

    @property
    def responder(self) -> Responder:
        return Responder.CLAUDE

    def reply(self, request: ModelRequest) -> ModelReply:
        self.requests.append(request)
        step = self.script.pop(0) if self.script else self.default
        if isinstance(step, LanguageModelError):
            raise step
        return ModelReply(text=step, model_id=self.model_id, usage=self.usage, latency_ms=5)


class SteppingClock:
    """A clock that moves forward a little on every reading, like time does."""

    def __init__(self, start: datetime | None = None, step: timedelta = timedelta(seconds=1)):
        self.current = start or datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
        self.step = step

    def now(self) -> datetime:
        self.current += self.step
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta


class RecordingTelemetry:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def count(self, name: str, value: float = 1.0) -> None:
        self.counts[name] += value

    def names(self) -> Iterable[str]:
        return self.counts.keys()
