"""The roles Hearth's domain depends on. Adapters implement them; tests use in-memory fakes."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from hearth.domain.conversation import (
    Message,
    Page,
    Preferences,
    Responder,
    Session,
    TurnRecord,
)
from hearth.domain.escalation import EscalationCase, EscalationEvent
from hearth.domain.patterns import Insight, Observation, WeeklyAggregates
from hearth.domain.prompts import ModelReply, ModelRequest
from hearth.domain.safety.plan import SafetyPlan


class ConversationStore(Protocol):
    """Per-user sessions and messages. Every read is scoped to one user's id.

    Implementations raise StoreUnavailableError when the backing store cannot be reached, and
    InvalidCursorError for a cursor they did not issue.
    """

    def create_session(self, session: Session) -> None: ...

    def get_session(self, user_id: str, session_id: str) -> Session | None: ...

    def list_sessions(self, user_id: str, limit: int, cursor: str | None) -> Page[Session]:
        """Newest first."""
        ...

    def save_user_message(
        self,
        message: Message,
        claim: TurnRecord | None,
        escalation: EscalationEvent | None = None,
    ) -> None:
        """Store the message with its idempotency claim and escalation event, atomically.

        The escalation event is an outbox item: storing it is publishing it (the table's stream
        carries it to on-call staff), so it can't be lost between two writes.
        Raises TurnAlreadyClaimedError when `claim.key` is already taken for this session.
        """
        ...

    def save_reply(self, reply: Message, session: Session, claim: TurnRecord | None) -> None:
        """Store the reply, the updated session and the completed claim, atomically."""
        ...

    def get_turn_record(self, user_id: str, session_id: str, key: str) -> TurnRecord | None: ...

    def get_message(self, user_id: str, session_id: str, message_id: str) -> Message | None: ...

    def list_messages(
        self, user_id: str, session_id: str, limit: int, cursor: str | None
    ) -> Page[Message]:
        """Oldest first."""
        ...

    def recent_messages(self, user_id: str, session_id: str, limit: int) -> list[Message]:
        """The newest `limit` messages, returned oldest first."""
        ...

    def forget_user(self, user_id: str) -> int:
        """Delete every item kept for this person (sessions, messages, profile, claims, pattern
        memory); returns how many were deleted. Escalation cases live elsewhere."""
        ...


class ProfileStore(Protocol):
    """What a person keeps about themselves: preferences and their safety plan."""

    def get_preferences(self, user_id: str) -> Preferences: ...

    def save_preferences(self, user_id: str, preferences: Preferences) -> None: ...

    def get_safety_plan(self, user_id: str) -> SafetyPlan | None: ...

    def save_safety_plan(self, user_id: str, plan: SafetyPlan) -> None: ...

    def delete_safety_plan(self, user_id: str) -> bool:
        """True when there was a plan to delete."""
        ...


class LanguageModel(Protocol):
    """Writes one reply. Raises LanguageModelError for every failure, never an SDK exception."""

    @property
    def responder(self) -> Responder: ...

    def reply(self, request: ModelRequest) -> ModelReply: ...


class Clock(Protocol):
    def now(self) -> datetime:
        """Timezone-aware UTC."""
        ...


class Telemetry(Protocol):
    """Business metrics (CloudWatch EMF when deployed). Names only, never user text."""

    def count(self, name: str, value: float = 1.0) -> None: ...


class EscalationCases(Protocol):
    """On-call cases, one per escalation event, plus yearly referral counts without user ids.

    `open_case` is idempotent by event id: it returns the existing case when there is one, and
    counts a referral only the first time.
    """

    def open_case(self, event: EscalationEvent) -> EscalationCase: ...

    def mark_notified(self, event_id: str, channel: str) -> None: ...

    def yearly_referrals(self, year: int) -> dict[str, int]: ...


class OnCallNotifier(Protocol):
    """Tells the deployment's on-call humans about a case. Raises NotificationError on failure.

    The notification carries ids, tier and categories, never message text.
    """

    @property
    def channel(self) -> str: ...

    def notify(self, case: EscalationCase) -> None: ...


class PatternStore(Protocol):
    """Per-user aggregates and insights. Aggregation is incremental and idempotent by message
    id; reading what detection needs costs a bounded number of items, whatever the history."""

    def record(self, user_id: str, observation: Observation) -> bool:
        """Add one message to the user's aggregates; False when it was already counted."""
        ...

    def aggregates(self, user_id: str, weeks: int) -> WeeklyAggregates: ...

    def active_users(self, week: str) -> list[str]:
        """Users who had a recorded message in that ISO week (for the weekly run)."""
        ...

    def list_insights(self, user_id: str) -> list[Insight]: ...

    def get_insight(self, user_id: str, insight_id: str) -> Insight | None: ...

    def save_insight(self, insight: Insight) -> None: ...

    def delete_insight(self, user_id: str, insight_id: str) -> bool: ...

    def erase(self, user_id: str) -> None:
        """Forget every aggregate and insight kept for this user."""
        ...
