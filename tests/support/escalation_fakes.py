"""In-memory fakes of the escalation ports, named for how they behave. No mocks of our own code."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

from hearth.domain.errors import NotificationError, StoreUnavailableError
from hearth.domain.escalation import EscalationCase, EscalationEvent
from tests.support.fakes import SteppingClock


class InMemoryEscalationCases:
    """Cases by event id and yearly counters, with the DynamoDB adapter's contract."""

    def __init__(self, clock: SteppingClock | None = None) -> None:
        self.cases: dict[str, EscalationCase] = {}
        self.counters: Counter[tuple[int, str]] = Counter()
        self.clock = clock or SteppingClock()
        self.opened = 0  # how many times a case was actually created
        self.fail_marks = False  # simulate DynamoDB failing after a channel was told

    def open_case(self, event: EscalationEvent) -> EscalationCase:
        existing = self.cases.get(event.event_id)
        if existing is not None:
            return existing
        case = EscalationCase(event=event, opened_at=self.clock.now())
        self.cases[event.event_id] = case
        self.opened += 1
        year = event.occurred_at.astimezone(UTC).year
        self.counters[(year, "total")] += 1
        self.counters[(year, f"tier:{event.tier}")] += 1
        for category in dict.fromkeys(event.categories):
            self.counters[(year, f"category:{category}")] += 1
        return case

    def mark_notified(self, event_id: str, channel: str) -> None:
        if self.fail_marks:
            raise StoreUnavailableError("in-memory cases are set to fail")
        case = self.cases.get(event_id)
        if case is None:
            raise StoreUnavailableError("no case to mark as notified")
        self.cases[event_id] = replace(case, notified=case.notified | {channel})

    def yearly_referrals(self, year: int) -> dict[str, int]:
        return {key: n for (y, key), n in self.counters.items() if y == year}


class RecordingNotifier:
    """Tells nobody; remembers every case it was asked to tell, in order."""

    def __init__(self, channel: str) -> None:
        self._channel = channel
        self.sent: list[EscalationCase] = []

    @property
    def channel(self) -> str:
        return self._channel

    def notify(self, case: EscalationCase) -> None:
        self.sent.append(case)

    def event_ids(self) -> list[str]:
        return [case.event.event_id for case in self.sent]


class FailingNotifier(RecordingNotifier):
    """Fails the next `failures` calls (every call while `failures` is None), then records."""

    def __init__(self, channel: str, failures: int | None = None) -> None:
        super().__init__(channel)
        self.failures = failures
        self.attempts = 0

    def notify(self, case: EscalationCase) -> None:
        self.attempts += 1
        if self.failures is None or self.failures > 0:
            if self.failures is not None:
                self.failures -= 1
            raise NotificationError(f"{self.channel}: unreachable")
        super().notify(case)


def make_event(
    event_id: str = "01KAXK2V1RZ6S6Q9M8F3B7C2D4",
    *,
    tier: str = "high",
    categories: tuple[str, ...] = ("suicide",),
    occurred_at: datetime | None = None,
    user_id: str = "user-ana",
) -> EscalationEvent:
    return EscalationEvent(
        event_id=event_id,
        user_id=user_id,
        session_id="01KAXJZZ8C4N2W9Q5T1V3R7B6M",
        message_id="01KAXK2V1QH0D5G8J2K4M6P8R0",
        tier=tier,
        categories=categories,
        occurred_at=occurred_at or datetime(2026, 11, 25, 2, 0, 1, tzinfo=UTC),
        country="US",
        protocol_version="2026-11-25.1",
        screen_version="2026-11-25.1",
    )
