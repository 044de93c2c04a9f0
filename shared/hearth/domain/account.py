"""A person's words are theirs: everything Hearth keeps about them, to take away or to erase."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from hearth.domain.conversation import Message, Page, Preferences, Session
from hearth.domain.patterns import Insight, InsightStatus
from hearth.domain.safety.plan import SafetyPlan
from hearth.ports import Clock, ConversationStore, PatternStore, ProfileStore, Telemetry

_PAGE = 100


@dataclass(frozen=True)
class SessionExport:
    session: Session
    messages: tuple[Message, ...]


@dataclass(frozen=True)
class AccountExport:
    exported_at: datetime
    preferences: Preferences
    safety_plan: SafetyPlan | None
    sessions: tuple[SessionExport, ...]
    insights: tuple[Insight, ...]


class AccountService:
    def __init__(
        self,
        *,
        store: ConversationStore,
        profiles: ProfileStore,
        patterns: PatternStore,
        clock: Clock,
        telemetry: Telemetry,
    ) -> None:
        self._store = store
        self._profiles = profiles
        self._patterns = patterns
        self._clock = clock
        self._telemetry = telemetry

    def export(self, user_id: str) -> AccountExport:
        """Every session with every message, the preferences, the safety plan and insights."""
        def sessions_page(cursor: str | None) -> Page[Session]:
            return self._store.list_sessions(user_id, _PAGE, cursor)

        def messages_of(session_id: str) -> Callable[[str | None], Page[Message]]:
            def page(cursor: str | None) -> Page[Message]:
                return self._store.list_messages(user_id, session_id, _PAGE, cursor)

            return page

        sessions = [
            SessionExport(session, tuple(self._all(messages_of(session.session_id))))
            for session in self._all(sessions_page)
        ]
        kept = self._patterns.list_insights(user_id)
        insights = tuple(i for i in kept if i.status is not InsightStatus.DELETED)
        self._telemetry.count("AccountExported")
        return AccountExport(
            exported_at=self._clock.now(),
            preferences=self._profiles.get_preferences(user_id),
            safety_plan=self._profiles.get_safety_plan(user_id),
            sessions=tuple(sessions),
            insights=insights,
        )

    def forget(self, user_id: str) -> None:
        """Erase the person: pattern memory first, then every item in their partition.

        On-call escalation cases (ids and labels, never words) are kept by the deploying
        organisation under its own retention, as docs/escalation.md says.
        """
        self._patterns.erase(user_id)
        self._store.forget_user(user_id)
        self._telemetry.count("AccountForgotten")

    @staticmethod
    def _all[T](page: Callable[[str | None], Page[T]]) -> list[T]:
        items: list[T] = []
        cursor: str | None = None
        while True:
            result = page(cursor)
            items.extend(result.items)
            if not result.next_cursor:
                return items
            cursor = result.next_cursor
