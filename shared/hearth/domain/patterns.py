"""Patterns over weeks: what keeps coming back for a person, shown to them as insights they can
see, correct and delete. Labels, counts and dates only: an insight never quotes the person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class InsightStatus(StrEnum):
    ACTIVE = "active"
    DISMISSED = "dismissed"  # never shown in the chat's memory again, never resurrected


@dataclass(frozen=True)
class Evidence:
    """Why Hearth thinks so, in dates and counts (e.g. "burnout came up in 3 of the last 4
    weeks" with the ISO weeks as `periods`)."""

    summary: str
    periods: tuple[str, ...] = ()  # ISO weeks ("2026-W47"), dates or weekday/time labels
    count: int = 0


@dataclass(frozen=True)
class Insight:
    insight_id: str  # stable per (user, kind, subject), so re-detection updates, not duplicates
    user_id: str
    kind: str  # e.g. recurring_theme, weekly_rhythm, relationship_conflict, self_worth, rising_intensity
    title: str
    description: str  # short, compassionate, non-clinical; written by the model (guarded) or a template
    evidence: tuple[Evidence, ...]
    first_seen: date
    last_seen: date
    strength: float  # 0..1
    status: InsightStatus = InsightStatus.ACTIVE
    corrected: bool = False  # the person rewrote the description: never overwrite it
    updated_at: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Observation:
    """One user message as the pattern work sees it: the analyzer's labels, never the text."""

    message_id: str
    created_at: datetime  # timezone-aware; weekday/hour use the person's UTC offset if known
    themes: tuple[str, ...]
    emotions: tuple[str, ...]
    states: tuple[str, ...]
    intensity: float
    valence: float
    people: tuple[str, ...] = ()  # relationship roles mentioned ("mother", "partner", "boss")
    conflict: bool = False  # the message describes conflict with someone


@dataclass(frozen=True)
class WeekAggregate:
    week: str  # ISO week, "2026-W47"
    messages: int = 0
    themes: dict[str, int] = field(default_factory=dict)
    emotions: dict[str, int] = field(default_factory=dict)
    states: dict[str, int] = field(default_factory=dict)
    people_conflict: dict[str, int] = field(default_factory=dict)
    intensity_sum: float = 0.0
    # "mon-evening" style slots -> count of messages, for rhythms like "Sunday evenings"
    slots: dict[str, int] = field(default_factory=dict)
    # per slot, how many messages carried an anxiety/worry theme or fear/nervousness emotion
    slot_themes: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class WeeklyAggregates:
    user_id: str
    weeks: tuple[WeekAggregate, ...]  # oldest first, only weeks with messages
    first_seen: date | None = None
