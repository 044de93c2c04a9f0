"""Patterns over weeks: what keeps coming back for a person, shown to them as insights they can
see, correct and delete. Labels, counts and dates only: an insight never quotes the person.

How it works, in order:
  1. the chat turn stores each user message with the analyzer's labels, plus `people_mentioned`
     and `describes_conflict` from this module (roles and a flag, never names or words);
  2. the table's stream hands each new user message to `PatternService.ingest`, which adds its
     labels to one aggregate per ISO week (idempotent by message id) and re-detects;
  3. `detect` applies deterministic rules to the last few weeks' aggregates; each rule says
     why in weeks and counts (`Evidence`), and an insight is upserted per (kind, subject):
     what the person dismissed, deleted or rewrote stays that way.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final, Protocol

from hearth.domain.conversation import Role
from hearth.domain.errors import HearthError, InvalidInputError, NotFoundError
from hearth.domain.prompts import ModelRequest, PromptMessage
from hearth.domain.safety.guard import check_reply

if TYPE_CHECKING:
    # ports.py imports this module's dataclasses; the service only needs the port types.
    from hearth.ports import Clock, PatternStore, Telemetry

log = logging.getLogger(__name__)


class InsightStatus(StrEnum):
    ACTIVE = "active"
    DISMISSED = "dismissed"  # never shown in the chat's memory again, never resurrected
    # The person deleted it: title, description and evidence are gone; only this marker stays,
    # so the same pattern isn't announced again. `erase` removes the markers too.
    DELETED = "deleted"


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
    kind: str  # recurring_theme, weekly_rhythm, relationship_conflict, self_worth, ...
    title: str
    description: str  # short, compassionate, non-clinical; by the model (guarded) or a template
    evidence: tuple[Evidence, ...]
    first_seen: date
    last_seen: date
    strength: float  # 0..1
    status: InsightStatus = InsightStatus.ACTIVE
    corrected: bool = False  # the person rewrote the description: never overwrite it
    updated_at: datetime | None = field(default=None, compare=False)
    subject: str = ""  # theme, person role, slot ("sun-evening") or "intensity"


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
    # roles mentioned at all (conflict or not)
    people: dict[str, int] = field(default_factory=dict)
    # messages carrying a derived signal (`SIGNALS`), each message counted once per signal
    signals: dict[str, int] = field(default_factory=dict)
    intensity_sq_sum: float = 0.0  # for the spread of intensity within the week

    @property
    def mean_intensity(self) -> float:
        return self.intensity_sum / self.messages if self.messages else 0.0


@dataclass(frozen=True)
class WeeklyAggregates:
    user_id: str
    weeks: tuple[WeekAggregate, ...]  # oldest first, only weeks with messages
    first_seen: date | None = None


class InvalidObservationError(InvalidInputError):
    """A stored user message whose analysis can't be read: the stream record is reported as
    failed (and dead-lettered after its retries), never silently counted."""

    slug = "invalid-observation"
    title = "The message's analysis is malformed"


class InsightNotFoundError(NotFoundError):
    slug = "insight-not-found"
    title = "No such insight"


# ------------------------------------------------------------------------------------------
# Vocabulary: the analyzer's themes, and the signals and roles this module derives.
# ------------------------------------------------------------------------------------------

THEMES: Final = (
    "work_burnout", "loneliness", "relationships", "family", "self_worth", "grief_loss",
    "anxiety_worry", "sleep_fatigue", "identity", "health", "school",
)
# self_worth has its own kind (a narrative, not a topic), so it isn't a "recurring theme" too.
RECURRING_THEMES: Final = tuple(t for t in THEMES if t != "self_worth")
ANXIETY_EMOTIONS: Final = frozenset({"fear", "nervousness", "anxiety", "worry"})
SHAME_STATES: Final = frozenset(
    {"shame", "self_criticism", "self_blame", "worthlessness", "inadequacy"}
)
# An emotion counts when its score reaches the analyzer's tuned threshold (0.5 on its calibrated
# scale; hearth.domain.emotions stores only labels at or above it). A missing score counts.
EMOTION_MIN_SCORE: Final = 0.5


class Signal(StrEnum):
    """A message-level flag derived from several labels, counted once per message."""

    ANXIETY = "anxiety"  # anxiety_worry theme, or fear/nervousness
    LONELINESS = "loneliness"  # loneliness theme or state
    SELF_WORTH = "self_worth"  # self_worth theme, or a shame-like state
    CONFLICT = "conflict"  # conflict with anyone (or no one named)


RHYTHM_SIGNALS: Final = (Signal.ANXIETY, Signal.LONELINESS)

WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NAMES: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
PARTS_OF_DAY: Final = ("night", "morning", "afternoon", "evening")  # 0-5, 6-11, 12-17, 18-23

# Roles, never names. Matched as whole words, so "exam" isn't an ex and "Jason" isn't a son.
_ROLE_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("mother", r"mom|mommy|mum|mummy|mother|mama|stepmom|stepmum|stepmother"),
    ("father", r"dad|daddy|father|papa|stepdad|stepfather"),
    ("parents", r"parents"),
    (
        "partner",
        r"boyfriend|girlfriend|husband|wife|partner|fianc[eé]e?|spouse|bf|gf",
    ),
    ("ex", r"my ex(?!-)|ex-?(?:boyfriend|girlfriend|husband|wife|partner)"),
    ("boss", r"boss|manager|supervisor|line manager"),
    ("sister", r"sisters?|sis|stepsister"),
    ("brother", r"brothers?|stepbrother"),
    ("friend", r"best friend|bestie|bff|friends?"),
    ("roommate", r"roommates?|room-mates?|flatmates?|housemates?"),
    ("coworker", r"co-?workers?|colleagues?|teammates?"),
    ("son", r"sons?|stepson"),
    ("daughter", r"daughters?|stepdaughter"),
)
_ROLES: Final = tuple(
    (role, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for role, words in _ROLE_PATTERNS
)
ROLES: Final = tuple(role for role, _ in _ROLE_PATTERNS)

_CONFLICT: Final = re.compile(
    r"\b(?:"
    r"(?:keep|kept|always|constantly|still) (?:fighting|arguing|bickering|clashing)"
    r"|(?:fight|fights|fighting|fought|argue|argues|argued|arguing|bicker\w*|clash\w*"
    r"|fell out|falling out|fall out|row|rowed|rowing) with"
    r"|(?:a|another|the|big|huge|stupid|massive|same|bad|our|this) (?:fight|argument|row)"
    r"|(?:we|they|he|she) (?:fight|fought|argue|argued|bicker|bickered|clash|clashed)"
    r"|argument|arguments|screaming match|shouting match|a falling out"
    r"|(?:yell|yells|yelled|yelling|scream|screams|screamed|screaming|shout|shouts|shouted"
    r"|shouting|snap|snaps|snapped|snapping|lash\w* out) at"
    r"|(?:blame|blames|blamed|blaming) (?:me|us|each other)"
    r"|critici[sz](?:e|es|ed|ing) (?:me|us|everything i)|critical of me"
    r"|puts? me down|putting me down|belittl\w*|insult(?:s|ed|ing)? me"
    r"|cold shoulder|silent treatment|(?:ignore|ignores|ignored|ignoring) me"
    r"|(?:won't|wont|doesn't|didn't|stopped|not) (?:talk|talking|speak|speaking) to me"
    r"|hung up on me|slammed the door|walked out on me|(?:got|get|getting) into it"
    r")\b",
    re.IGNORECASE,
)
_NEGATION: Final = re.compile(
    r"\b(?:not|never|no longer|don't|dont|didn't|didnt|doesn't|won't|haven't|hardly|stopped)"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)


def people_mentioned(text: str) -> tuple[str, ...]:
    """The relationship roles a message mentions, normalised ("my mum" -> "mother"), in the
    order they first appear. Roles only: names and other words are never kept."""
    found: list[tuple[int, str]] = []
    for role, pattern in _ROLES:
        match = pattern.search(text)
        if match is not None:
            found.append((match.start(), role))
    return tuple(role for _, role in sorted(found))


def describes_conflict(text: str) -> bool:
    """True when the message describes conflict with someone (fighting, arguing, being yelled
    at, blamed, criticised or frozen out), and the words aren't negated ("we don't fight")."""
    for match in _CONFLICT.finditer(text):
        # Only the words before the cue can negate it: "stopped talking to me" is conflict,
        # "she stopped ignoring me" is not.
        before = text[max(0, match.start() - 30) : match.start()]
        if not _NEGATION.search(before):
            return True
    return False


# ------------------------------------------------------------------------------------------
# Time: ISO weeks and slots of the week.
# ------------------------------------------------------------------------------------------


def iso_week(moment: date | datetime) -> str:
    """The ISO year and week, e.g. "2026-W47" (weeks start on Monday; zero-padded, so they
    sort as text)."""
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def week_start(week: str) -> date:
    """The Monday of an ISO week string."""
    try:
        year, number = week.split("-W")
        return date.fromisocalendar(int(year), int(number), 1)
    except ValueError as exc:
        raise InvalidInputError(f"not an ISO week: {week!r}") from exc


def previous_week(today: date) -> str:
    return iso_week(today - timedelta(days=7))


def slot(moment: datetime) -> str:
    """Weekday and part of the day in the moment's own timezone: "sun-evening", "mon-night"."""
    return f"{WEEKDAYS[moment.weekday()]}-{PARTS_OF_DAY[moment.hour // 6]}"


def slot_label(name: str) -> str:
    """How a person says a slot: "sun-evening" -> "Sunday evenings"; the small hours belong
    to the night before ("mon-night" -> "Late Sunday nights")."""
    day, _, part = name.partition("-")
    index = WEEKDAYS.index(day) if day in WEEKDAYS else 0
    if part == "night":
        return f"Late {_WEEKDAY_NAMES[index - 1]} nights"
    return f"{_WEEKDAY_NAMES[index]} {part}s"


# ------------------------------------------------------------------------------------------
# Observations from stored messages, and their weekly counters.
# ------------------------------------------------------------------------------------------

_LABEL: Final = re.compile(r"[^a-z0-9_-]+")


def _label(raw: object) -> str | None:
    """Labels become attribute names downstream: lower-case, [a-z0-9_-], bounded."""
    if not isinstance(raw, str):
        return None
    label = _LABEL.sub("_", raw.strip().lower()).strip("_")
    label = re.sub(r"_{2,}", "_", label)[:40]
    return label or None


def _labels(raw: object) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str) or not isinstance(raw, Iterable):
        raise InvalidObservationError("expected a list of labels")
    return tuple(dict.fromkeys(label for item in raw if (label := _label(item)) is not None))


def _number(raw: object, name: str, low: float, high: float) -> float:
    try:
        value = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise InvalidObservationError(f"{name} is not a number") from exc
    if math.isnan(value):
        raise InvalidObservationError(f"{name} is not a number")
    return min(high, max(low, value))


def observation_from_item(image: Mapping[str, Any]) -> Observation | None:
    """The observation in a deserialized stream NewImage, or None when the item isn't a user
    message with an analysis (assistant replies, sessions, older messages). Raises
    InvalidObservationError when it is one but can't be read."""
    if image.get("kind") != "message" or image.get("role") != Role.USER.value:
        return None
    analysis = image.get("analysis")
    if analysis is None:
        return None
    if not isinstance(analysis, Mapping):
        raise InvalidObservationError("analysis is not a map")
    message_id = image.get("messageId")
    if not isinstance(message_id, str) or not message_id:
        raise InvalidObservationError("messageId is missing")
    created_at = _created_at(image.get("createdAt"))
    # Slots are about the person's week, so use their offset when the turn recorded one.
    offset = analysis.get("utcOffsetMinutes", image.get("utcOffsetMinutes"))
    if offset is not None:
        minutes = int(_number(offset, "utcOffsetMinutes", -14 * 60, 14 * 60))
        created_at = created_at.astimezone(timezone(timedelta(minutes=minutes)))
    emotions: list[str] = []
    for entry in analysis.get("emotions") or ():
        if isinstance(entry, Mapping):
            score = entry.get("score")
            if score is not None and _number(score, "score", 0, 1) < EMOTION_MIN_SCORE:
                continue
            label = _label(entry.get("label"))
        else:
            label = _label(entry)
        if label is not None and label not in emotions:
            emotions.append(label)
    return Observation(
        message_id=message_id,
        created_at=created_at,
        themes=_labels(analysis.get("themes")),
        emotions=tuple(emotions),
        states=_labels(analysis.get("states")),
        intensity=_number(analysis.get("intensity", 0), "intensity", 0, 1),
        valence=_number(analysis.get("valence", 0), "valence", -1, 1),
        people=_labels(analysis.get("people")),
        conflict=bool(analysis.get("conflict", False)),
    )


def user_of_item(image: Mapping[str, Any]) -> str:
    user = image.get("userId")
    if isinstance(user, str) and user:
        return user
    pk = image.get("pk")
    if isinstance(pk, str) and pk.startswith("USER#") and len(pk) > 5:
        return pk[5:]
    raise InvalidObservationError("userId is missing")


def _created_at(raw: object) -> datetime:
    if not isinstance(raw, str):
        raise InvalidObservationError("createdAt is missing")
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise InvalidObservationError("createdAt is not an ISO timestamp") from exc
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def signals_of(observation: Observation) -> tuple[Signal, ...]:
    found: list[Signal] = []
    if "anxiety_worry" in observation.themes or ANXIETY_EMOTIONS & set(observation.emotions):
        found.append(Signal.ANXIETY)
    if "loneliness" in observation.themes or "loneliness" in observation.states:
        found.append(Signal.LONELINESS)
    if "self_worth" in observation.themes or SHAME_STATES & set(observation.states):
        found.append(Signal.SELF_WORTH)
    if observation.conflict:
        found.append(Signal.CONFLICT)
    return tuple(found)


# A week's aggregate as flat counters: one name per counter, so a store can add a message with
# one atomic increment per name (DynamoDB's ADD works on top-level attributes only). Both stores
# use this one layout, so they agree by construction.
#   messages, intensity_sum, intensity_sq_sum
#   t__<theme>  e__<emotion>  s__<state>  p__<role>  pc__<role> (conflict)  g__<signal>
#   sl__<slot>  st__<slot>__<signal>
_FAMILIES: Final = {
    "t": "themes", "e": "emotions", "s": "states", "p": "people", "pc": "people_conflict",
    "g": "signals", "sl": "slots",
}
SCALARS: Final = ("messages", "intensity_sum", "intensity_sq_sum")


def observation_counters(observation: Observation) -> dict[str, float]:
    """What one message adds to its week, as flat counter names."""
    where = slot(observation.created_at)
    counters: dict[str, float] = {
        "messages": 1,
        "intensity_sum": round(observation.intensity, 4),
        "intensity_sq_sum": round(observation.intensity**2, 4),
        f"sl__{where}": 1,
    }
    for prefix, labels in (
        ("t", observation.themes),
        ("e", observation.emotions),
        ("s", observation.states),
        ("p", observation.people),
    ):
        for label in labels:
            counters[f"{prefix}__{label}"] = 1
    if observation.conflict:
        for person in observation.people:
            counters[f"pc__{person}"] = 1
    for signal in signals_of(observation):
        counters[f"g__{signal.value}"] = 1
        if signal in RHYTHM_SIGNALS:
            counters[f"st__{where}__{signal.value}"] = 1
    return counters


def week_from_counters(week: str, counters: Mapping[str, float]) -> WeekAggregate:
    """The aggregate a store's counters describe (unknown names are ignored)."""
    families: dict[str, dict[str, int]] = {name: {} for name in _FAMILIES.values()}
    slot_signals: dict[str, dict[str, int]] = {}
    for name, value in counters.items():
        prefix, _, rest = name.partition("__")
        if prefix == "st":
            where, _, signal = rest.partition("__")
            slot_signals.setdefault(where, {})[signal] = int(value)
        elif prefix in _FAMILIES and rest:
            families[_FAMILIES[prefix]][rest] = int(value)
    return WeekAggregate(
        week=week,
        messages=int(counters.get("messages", 0)),
        intensity_sum=float(counters.get("intensity_sum", 0.0)),
        intensity_sq_sum=float(counters.get("intensity_sq_sum", 0.0)),
        slot_themes=slot_signals,
        **families,  # type: ignore[arg-type]
    )


def add_counters(into: dict[str, float], counters: Mapping[str, float]) -> None:
    for name, value in counters.items():
        into[name] = into.get(name, 0) + value


# ------------------------------------------------------------------------------------------
# Detection: deterministic rules over the last weeks' aggregates.
# ------------------------------------------------------------------------------------------


class PatternKind(StrEnum):
    RECURRING_THEME = "recurring_theme"
    WEEKLY_RHYTHM = "weekly_rhythm"
    RELATIONSHIP_CONFLICT = "relationship_conflict"
    SELF_WORTH = "self_worth"
    RISING_INTENSITY = "rising_intensity"


@dataclass(frozen=True)
class DetectionPolicy:
    """The rules' thresholds. Tuned on the synthetic generator's development seeds and reported
    on a seed not used for tuning (bench/eval_patterns.py); see docs/patterns.md. Only complete
    weeks count, and only those in the `window_weeks` before today's week."""

    window_weeks: int = 12
    # recurring theme: over the last L active weeks (L = 4, 5 or 6; the first that qualifies),
    # in >= 60 % of them (3 of 4, 3 of 5, 4 of 6) it is in >= 2 messages and >= 25 % of that
    # week's messages, it is in >= 35 % of all their messages, and that many is unlikely if the
    # theme were in only 20 % of messages (one-sided binomial test, p <= 0.02 divided by the
    # number of tests: 10 themes x 3 windows, Bonferroni). Few messages give little evidence,
    # so a quiet month needs a larger share than a busy one.
    theme_windows: tuple[int, ...] = (4, 5, 6)
    theme_min_week_fraction: float = 0.6
    theme_min_per_week: int = 2
    theme_min_week_share: float = 0.25
    theme_min_share: float = 0.35
    theme_null_share: float = 0.2
    theme_alpha: float = 0.02
    # self-worth narrative (self_worth theme or a shame-like state): the same shape with lower
    # shares (it is rarely the topic of a whole week, and it matters when it returns): in
    # >= 60 % of the last 4-6 active weeks, >= 2 messages and >= 20 % of the week, >= 20 % of
    # all their messages, and unlikely at a 10 % share (binomial, p <= 0.003 / 3 windows).
    worth_windows: tuple[int, ...] = (4, 5, 6)
    worth_min_week_fraction: float = 0.6
    worth_min_per_week: int = 2
    worth_min_week_share: float = 0.2
    worth_min_share: float = 0.2
    worth_null_share: float = 0.1
    worth_alpha: float = 0.003
    # relationship conflict: with the same role in >= 3 of the last 6 active weeks, >= 5 times,
    # and that role is in >= 40 % of the conflict described then (a message names everyone in
    # it, so someone merely present in conflict with another person doesn't qualify).
    conflict_recent_weeks: int = 6
    conflict_min_weeks: int = 3
    conflict_min_messages: int = 5
    conflict_min_share: float = 0.4
    # weekly rhythm (anxious or lonely moments): over the last 8 active weeks, one slot holds
    # >= 5 and >= 45 % of the signal's messages, in >= 5 distinct weeks, far beyond the
    # person's usual share of writing in that slot (one-sided Fisher exact test, p <= 3e-4,
    # strict because every slot of every week is a chance for coincidence).
    rhythm_recent_weeks: int = 8
    rhythm_min_signal_messages: int = 6
    rhythm_min_slot_messages: int = 5
    rhythm_min_share: float = 0.45
    rhythm_min_weeks: int = 5
    rhythm_max_p_value: float = 3e-4
    # rising intensity (0..1): over the last 4-6 active weeks with >= 3 messages each, a
    # weighted least-squares line rising >= 0.04 a week and >= 0.2 in all, fitting the weeks
    # (R^2 >= 0.5); the last two weeks' mean >= the first two's + 0.15 and >= the mean of the
    # weeks before the climb (>= 3 of them) + 0.24; each of the last two weeks >= that + 0.1.
    rise_min_weeks: int = 4
    rise_max_weeks: int = 6
    rise_min_messages_per_week: int = 3
    rise_min_slope: float = 0.04
    rise_min_fitted: float = 0.2
    rise_min_fit: float = 0.5
    rise_min_delta: float = 0.15
    rise_min_above_baseline: float = 0.24
    rise_last_week_delta: float = 0.10
    rise_min_baseline_weeks: int = 3


DEFAULT_POLICY: Final = DetectionPolicy()


@dataclass(frozen=True)
class DetectedPattern:
    kind: PatternKind
    subject: str  # theme, role, slot, or "intensity"
    strength: float  # 0..1
    first_seen: date
    last_seen: date
    evidence: tuple[Evidence, ...]
    # Labels and counts for a describer (the model prompt); never anything the person wrote.
    facts: Mapping[str, str] = field(default_factory=dict)


THEME_WORDS: Final[Mapping[str, tuple[str, str]]] = {
    # theme: (title, how it reads inside a sentence)
    "work_burnout": ("Work pressure", "work and how draining it has been"),
    "loneliness": ("Feeling alone", "feeling alone or disconnected"),
    "relationships": ("Relationships", "your relationships"),
    "family": ("Family", "family"),
    "self_worth": ("Being hard on yourself", "feeling you're not enough"),
    "grief_loss": ("Loss", "loss and missing someone"),
    "anxiety_worry": ("Worry", "worry about what's ahead"),
    "sleep_fatigue": ("Rest and tiredness", "tiredness and sleep"),
    "identity": ("Who you are", "questions about who you are"),
    "health": ("Health", "your health"),
    "school": ("School", "school and studying"),
}
PERSON_WORDS: Final[Mapping[str, str]] = {
    "mother": "your mother", "father": "your father", "parents": "your parents",
    "partner": "your partner", "ex": "your ex", "boss": "your boss", "sister": "your sister",
    "brother": "your brother", "friend": "a friend", "roommate": "a roommate",
    "coworker": "people at work", "son": "your son", "daughter": "your daughter",
}
SIGNAL_WORDS: Final[Mapping[str, str]] = {
    Signal.ANXIETY.value: "a more anxious time",
    Signal.LONELINESS.value: "a lonelier time",
}


def detect(
    aggregates: WeeklyAggregates, *, today: date, policy: DetectionPolicy = DEFAULT_POLICY
) -> list[DetectedPattern]:
    """Every pattern the rules find in the weeks that ended before `today`, strongest first.

    Only complete weeks count: two anxious messages on a Monday say little about a week.
    """
    this_week = week_start(iso_week(today))
    cutoff = this_week - timedelta(weeks=policy.window_weeks)
    weeks = [
        w
        for w in sorted(aggregates.weeks, key=lambda w: w.week)
        if w.messages > 0 and cutoff <= week_start(w.week) < this_week
    ]
    if not weeks:
        return []
    found = [
        *_recurring_themes(weeks, today, policy),
        *_self_worth(weeks, today, policy),
        *_conflicts(weeks, today, policy),
        *_rhythms(weeks, today, policy),
        *_rising_intensity(weeks, today, policy),
    ]
    return sorted(found, key=lambda p: (-p.strength, p.kind.value, p.subject))


def _span(weeks: Sequence[WeekAggregate], today: date) -> tuple[date, date]:
    first = week_start(weeks[0].week)
    last = min(week_start(weeks[-1].week) + timedelta(days=6), today)
    return first, last


def _clamp(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 2)


def _returning(
    recent: Sequence[WeekAggregate],
    count: Callable[[WeekAggregate], int],
    *,
    min_per_week: int,
    min_week_share: float,
) -> list[WeekAggregate]:
    return [
        w
        for w in recent
        if count(w) >= min_per_week and count(w) / w.messages >= min_week_share
    ]


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p): how often a label that is in a share `p` of messages
    turns up in k or more of n of them by chance alone."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    return min(1.0, sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1)))


@dataclass(frozen=True)
class _Returning:
    """A label that kept coming back over the last `len(recent)` active weeks."""

    recent: tuple[WeekAggregate, ...]
    hits: tuple[WeekAggregate, ...]  # the weeks it filled
    count: int  # messages with it across `recent`
    share: float  # of all messages in `recent`


def _returning_label(
    weeks: Sequence[WeekAggregate],
    count: Callable[[WeekAggregate], int],
    *,
    windows: Sequence[int],
    min_week_fraction: float,
    min_per_week: int,
    min_week_share: float,
    min_share: float,
    null_share: float,
    max_p_value: float,
) -> _Returning | None:
    """The shortest of the last-`windows` stretches of active weeks in which the label filled
    most weeks, made up a large share of messages, and that share is unlikely by chance (a
    one-sided binomial test against `null_share`; `max_p_value` already divided by the number
    of tests). None when no window qualifies."""
    for length in windows:
        recent = tuple(weeks[-length:])
        if len(recent) < length:
            break
        hits = _returning(recent, count, min_per_week=min_per_week, min_week_share=min_week_share)
        total = sum(count(w) for w in recent)
        messages = sum(w.messages for w in recent)
        share = total / messages
        if (
            len(hits) >= math.ceil(min_week_fraction * length - 1e-9)
            and share >= min_share
            and binomial_tail(total, messages, null_share) <= max_p_value
        ):
            return _Returning(recent, tuple(hits), total, share)
    return None


def _recurring_themes(
    weeks: Sequence[WeekAggregate], today: date, policy: DetectionPolicy
) -> list[DetectedPattern]:
    # Bonferroni: every theme in every window is a chance for a coincidence.
    tests = len(RECURRING_THEMES) * len(policy.theme_windows)
    found = []
    for theme in RECURRING_THEMES:
        def count(w: WeekAggregate, theme: str = theme) -> int:
            return w.themes.get(theme, 0)

        returning = _returning_label(
            weeks,
            count,
            windows=policy.theme_windows,
            min_week_fraction=policy.theme_min_week_fraction,
            min_per_week=policy.theme_min_per_week,
            min_week_share=policy.theme_min_week_share,
            min_share=policy.theme_min_share,
            null_share=policy.theme_null_share,
            max_p_value=policy.theme_alpha / tests,
        )
        if returning is None:
            continue
        hits, recent = returning.hits, returning.recent
        first, last = _span(hits, today)
        label = THEME_WORDS[theme][1]
        found.append(
            DetectedPattern(
                kind=PatternKind.RECURRING_THEME,
                subject=theme,
                strength=_clamp(0.5 * len(hits) / len(recent) + 0.5 * returning.share / 0.6),
                first_seen=first,
                last_seen=last,
                evidence=(
                    Evidence(
                        summary=f"{label.capitalize()} came up in {len(hits)} of your last "
                        f"{len(recent)} active weeks",
                        periods=tuple(w.week for w in hits),
                        count=sum(count(w) for w in hits),
                    ),
                ),
                facts={
                    "subject": label,
                    "weeks": f"{len(hits)} of the last {len(recent)} active weeks",
                },
            )
        )
    return found


def _self_worth(
    weeks: Sequence[WeekAggregate], today: date, policy: DetectionPolicy
) -> list[DetectedPattern]:
    def count(w: WeekAggregate) -> int:
        return w.signals.get(Signal.SELF_WORTH.value, 0)

    returning = _returning_label(
        weeks,
        count,
        windows=policy.worth_windows,
        min_week_fraction=policy.worth_min_week_fraction,
        min_per_week=policy.worth_min_per_week,
        min_week_share=policy.worth_min_week_share,
        min_share=policy.worth_min_share,
        null_share=policy.worth_null_share,
        max_p_value=policy.worth_alpha / len(policy.worth_windows),
    )
    if returning is None:
        return []
    hits, recent = returning.hits, returning.recent
    first, last = _span(hits, today)
    return [
        DetectedPattern(
            kind=PatternKind.SELF_WORTH,
            subject="self_worth",
            strength=_clamp(0.5 * len(hits) / len(recent) + 0.5 * returning.share / 0.5),
            first_seen=first,
            last_seen=last,
            evidence=(
                Evidence(
                    summary=f"Feeling you're not enough came up in {len(hits)} of your last "
                    f"{len(recent)} active weeks",
                    periods=tuple(w.week for w in hits),
                    count=sum(count(w) for w in hits),
                ),
            ),
            facts={
                "subject": "feeling not good enough",
                "weeks": f"{len(hits)} of the last {len(recent)} active weeks",
            },
        )
    ]


def _conflicts(
    weeks: Sequence[WeekAggregate], today: date, policy: DetectionPolicy
) -> list[DetectedPattern]:
    recent = weeks[-policy.conflict_recent_weeks :]
    people = sorted({person for w in recent for person in w.people_conflict})
    conflicts = sum(w.signals.get(Signal.CONFLICT.value, 0) for w in recent)
    found = []
    for person in people:
        hits = [w for w in recent if w.people_conflict.get(person, 0) > 0]
        total = sum(w.people_conflict.get(person, 0) for w in hits)
        if (
            len(hits) < policy.conflict_min_weeks
            or total < policy.conflict_min_messages
            or total < policy.conflict_min_share * conflicts
        ):
            continue
        first, last = _span(hits, today)
        who = PERSON_WORDS.get(person, f"your {person.replace('_', ' ')}")
        found.append(
            DetectedPattern(
                kind=PatternKind.RELATIONSHIP_CONFLICT,
                subject=person,
                strength=_clamp(0.6 * len(hits) / len(recent) + 0.4 * min(1.0, total / 10)),
                first_seen=first,
                last_seen=last,
                evidence=(
                    Evidence(
                        summary=f"Tension with {who} came up in {len(hits)} of your last "
                        f"{len(recent)} active weeks",
                        periods=tuple(w.week for w in hits),
                        count=total,
                    ),
                ),
                facts={
                    "subject": f"tension or arguments with {who}",
                    "weeks": f"{len(hits)} of the last {len(recent)} active weeks",
                },
            )
        )
    return found


def hypergeometric_tail(k: int, population: int, marked: int, drawn: int) -> float:
    """P(X >= k) when `drawn` of `population` items are picked at random and `marked` of them
    are special: how often chance alone puts k or more of a week's anxious messages into a
    slot that holds `marked` of all `population` messages (Fisher's exact test, one-sided)."""
    marked, drawn = min(marked, population), min(drawn, population)
    top = min(marked, drawn)
    if k > top:
        return 0.0
    ways = math.comb(population, drawn)
    hits = sum(
        math.comb(marked, i) * math.comb(population - marked, drawn - i)
        for i in range(max(k, 0), top + 1)
    )
    return hits / ways


def _rhythms(
    weeks: Sequence[WeekAggregate], today: date, policy: DetectionPolicy
) -> list[DetectedPattern]:
    weeks = weeks[-policy.rhythm_recent_weeks :]
    all_messages = sum(w.messages for w in weeks)
    writing: Counter[str] = Counter()
    for w in weeks:
        writing.update(w.slots)
    best: dict[str, DetectedPattern] = {}
    for signal in RHYTHM_SIGNALS:
        total = sum(w.signals.get(signal.value, 0) for w in weeks)
        if total < policy.rhythm_min_signal_messages:
            continue
        in_slot: Counter[str] = Counter()
        for w in weeks:
            for where, signals in w.slot_themes.items():
                in_slot[where] += signals.get(signal.value, 0)
        for where, k in in_slot.items():
            share = k / total
            hits = [w for w in weeks if w.slot_themes.get(where, {}).get(signal.value, 0) > 0]
            if (
                k < policy.rhythm_min_slot_messages
                or share < policy.rhythm_min_share
                or len(hits) < policy.rhythm_min_weeks
            ):
                continue
            # How surprising is it that this many of the signal's messages fall in this slot,
            # given how much the person writes there anyway? (Someone who writes mostly on
            # Sunday evenings is not anxious *on Sunday evenings* in particular.)
            if hypergeometric_tail(k, all_messages, writing[where], total) > (
                policy.rhythm_max_p_value
            ):
                continue
            first, last = _span(hits, today)
            label = slot_label(where)
            pattern = DetectedPattern(
                kind=PatternKind.WEEKLY_RHYTHM,
                subject=where,
                strength=_clamp(0.5 * share + 0.5 * min(1.0, len(hits) / 6)),
                first_seen=first,
                last_seen=last,
                evidence=(
                    Evidence(
                        summary=f"{k} of {total} {signal.value} moments fell on "
                        f"{label.lower()}, across {len(hits)} weeks",
                        periods=tuple(w.week for w in hits),
                        count=k,
                    ),
                ),
                facts={
                    "subject": label,
                    "feeling": SIGNAL_WORDS[signal.value],
                    "weeks": f"{len(hits)} different weeks",
                },
            )
            if where not in best or pattern.strength > best[where].strength:
                best[where] = pattern
    return list(best.values())


def _rising_intensity(
    weeks: Sequence[WeekAggregate], today: date, policy: DetectionPolicy
) -> list[DetectedPattern]:
    usable = [w for w in weeks if w.messages >= policy.rise_min_messages_per_week]
    recent = usable[-policy.rise_max_weeks :]
    if len(recent) < policy.rise_min_weeks:
        return []
    means = [w.mean_intensity for w in recent]
    slope, fit = _trend(means, [min(w.messages, 10) for w in recent])
    before, after = _pooled(recent[:2]), _pooled(recent[-2:])
    # The weeks before the climb (the first two of the recent ones and any older ones in the
    # window): a steadier yardstick than two weeks alone.
    earlier = usable[: len(usable) - len(recent) + 2]
    baseline = _pooled(earlier)
    delta = after[0] - before[0]
    if (
        len(earlier) < policy.rise_min_baseline_weeks
        or slope < policy.rise_min_slope
        or slope * (len(means) - 1) < policy.rise_min_fitted
        or fit < policy.rise_min_fit
        or delta < policy.rise_min_delta
        or after[0] - baseline[0] < policy.rise_min_above_baseline
        # Both of the last two weeks are heavier, not one bad week.
        or min(means[-2:]) < baseline[0] + policy.rise_last_week_delta
    ):
        return []
    first, last = _span(recent, today)
    return [
        DetectedPattern(
            kind=PatternKind.RISING_INTENSITY,
            subject="intensity",
            strength=_clamp(delta / 0.4),
            first_seen=first,
            last_seen=last,
            evidence=(
                Evidence(
                    summary=f"How strongly feelings came through rose from about "
                    f"{round(before[0] * 10)}/10 to {round(after[0] * 10)}/10 over your last "
                    f"{len(recent)} active weeks",
                    periods=tuple(w.week for w in recent),
                    count=sum(w.messages for w in recent),
                ),
            ),
            facts={"subject": "how heavy things have felt", "weeks": f"{len(recent)} weeks"},
        )
    ]


def _trend(values: Sequence[float], weights: Sequence[float]) -> tuple[float, float]:
    """Weighted least-squares slope per step, and the share of the weighted variance the line
    explains (R^2). A week of three messages pulls the line less than a week of ten."""
    total = sum(weights)
    x_mean = sum(w * x for x, w in enumerate(weights)) / total
    y_mean = sum(w * y for y, w in zip(values, weights, strict=True)) / total
    sxx = sum(w * (x - x_mean) ** 2 for x, w in enumerate(weights))
    sxy = sum(
        w * (x - x_mean) * (y - y_mean)
        for x, (y, w) in enumerate(zip(values, weights, strict=True))
    )
    syy = sum(w * (y - y_mean) ** 2 for y, w in zip(values, weights, strict=True))
    slope = sxy / sxx
    return slope, (sxy * sxy / (sxx * syy) if syy > 0 else 0.0)


def _pooled(weeks: Sequence[WeekAggregate]) -> tuple[float, float, int]:
    """Mean, variance and count of intensity across these weeks' messages."""
    n = sum(w.messages for w in weeks)
    total = sum(w.intensity_sum for w in weeks)
    squares = sum(w.intensity_sq_sum for w in weeks)
    mean = total / n
    variance = max(0.0, squares / n - mean**2) * n / max(1, n - 1)
    return mean, variance, n


# ------------------------------------------------------------------------------------------
# Words for an insight: a template, or a model sentence that passed every check.
# ------------------------------------------------------------------------------------------

INSIGHT_PROMPT_VERSION: Final = "2026-11-26.1"
INSIGHT_PROMPT: Final = """\
You write one short sentence for a person who uses Hearth, an AI companion for emotional \
support. The sentence describes a pattern Hearth noticed across their own recent conversations. \
You are given only labels and counts, never their words.

Write it in the second person, warm, plain and tentative ("seems", "has come up"), in at most \
30 words. Do not diagnose or name any condition, do not use clinical words, do not give advice, \
do not mention numbers of messages, and do not invent or quote details. Reply with the sentence \
only."""
INSIGHT_MAX_CHARS: Final = 200
CORRECTION_MAX_CHARS: Final = 300
CLINICAL_WORDS: Final = re.compile(
    r"depress|disorder|diagnos|therap|symptom|patholog|clinical|syndrome|illness|condition"
    r"|treatment|medicat|psychiatr|patient|adhd|ptsd|bipolar|ocd\b|pills?\b|dos(?:e|age)"
    r"|prescri",
    re.IGNORECASE,
)


def insight_id(user_id: str, kind: str, subject: str) -> str:
    """Stable per (user, kind, subject); reveals none of them."""
    digest = hashlib.sha256(f"{user_id}\x1f{kind}\x1f{subject}".encode()).hexdigest()
    return f"ins_{digest[:24]}"


def template_description(pattern: DetectedPattern) -> tuple[str, str]:
    """(title, description): plain, tentative, inviting correction; no clinical words."""
    kind, subject = pattern.kind, pattern.subject
    if kind is PatternKind.RECURRING_THEME:
        title, words = THEME_WORDS.get(subject, (subject.replace("_", " ").capitalize(),) * 2)
        return title, (
            f"{words[0].upper()}{words[1:]} has come up in several of your recent weeks. "
            "It may be something that has been sitting with you. Does that feel right?"
        )
    if kind is PatternKind.WEEKLY_RHYTHM:
        label = slot_label(subject)
        feeling = pattern.facts.get("feeling", "a harder moment")
        return label, (
            f"{label} have come up a few times as {feeling} in your week. "
            "Does that match how it feels for you?"
        )
    if kind is PatternKind.RELATIONSHIP_CONFLICT:
        who = PERSON_WORDS.get(subject, f"your {subject.replace('_', ' ')}")
        return f"Tension with {who}", (
            f"Moments of tension with {who} have come up in a few different weeks lately. "
            "That can be a lot to carry. Does this fit how things are?"
        )
    if kind is PatternKind.SELF_WORTH:
        return "Being hard on yourself", (
            "Feeling that you're not enough seems to have come back a few times lately. "
            "If that doesn't fit, you can change or remove this."
        )
    return "A heavier few weeks", (
        "The last few weeks seem to have felt heavier than the ones before. "
        "Does that match your sense of it?"
    )


def insight_request(pattern: DetectedPattern) -> ModelRequest:
    """The model request for one description: kind, subject and counts; no user text."""
    facts = "\n".join(f"{key}: {value}" for key, value in sorted(pattern.facts.items()))
    kind = pattern.kind.value.replace("_", " ")
    return ModelRequest(
        system=INSIGHT_PROMPT,
        messages=(PromptMessage(Role.USER, f"pattern: {kind}\n{facts}"),),
        max_tokens=120,
    )


def acceptable_description(text: str) -> str | None:
    """The model's sentence, cleaned, when it is short, plain and passes the output guard;
    otherwise None (the template is used)."""
    cleaned = " ".join(text.strip().strip('"\u201c\u201d').split())
    if not cleaned or len(cleaned) > INSIGHT_MAX_CHARS or CLINICAL_WORDS.search(cleaned):
        return None
    if not check_reply(cleaned).allowed:
        return None
    return cleaned


class InsightWriter(Protocol):
    """Writes one description for a detected pattern, or None to fall back to the template.

    Never raises; never sees anything the person wrote."""

    def write(self, pattern: DetectedPattern) -> str | None: ...


# ------------------------------------------------------------------------------------------
# The service.
# ------------------------------------------------------------------------------------------


@dataclass
class IngestReport:
    recorded: int = 0
    duplicates: int = 0
    memory_off: int = 0  # observations dropped because the person turned pattern memory off
    users_detected: int = 0
    created: int = 0
    updated: int = 0
    failed_users: list[str] = field(default_factory=list)


class PatternService:
    """Aggregates observations, detects patterns and keeps each person's insights."""

    def __init__(
        self,
        *,
        store: PatternStore,
        memory_enabled: Callable[[str], bool],
        clock: Clock,
        telemetry: Telemetry,
        writer: InsightWriter | None = None,
        policy: DetectionPolicy = DEFAULT_POLICY,
        weeks_read: int | None = None,
    ) -> None:
        self._store = store
        self._memory_enabled = memory_enabled
        self._clock = clock
        self._telemetry = telemetry
        self._writer = writer
        self._policy = policy
        # Active weeks read per detection: the window can hold at most this many.
        self._weeks_read = weeks_read or policy.window_weeks

    def ingest(self, observations_by_user: Mapping[str, Sequence[Observation]]) -> IngestReport:
        """Record each observation once, then re-detect each user that gained one.

        A user whose store calls fail is listed in `failed_users` (the caller retries their
        records; recording is idempotent); the others are unaffected.
        """
        report = IngestReport()
        for user_id, observations in observations_by_user.items():
            try:
                self._ingest_user(user_id, observations, report)
            except HearthError as exc:
                log.warning(
                    "pattern ingest failed", extra={"error": type(exc).__name__}
                )
                self._telemetry.count("PatternIngestFailed")
                report.failed_users.append(user_id)
        return report

    def _ingest_user(
        self, user_id: str, observations: Sequence[Observation], report: IngestReport
    ) -> None:
        if not observations:
            return
        if not self._memory_enabled(user_id):
            report.memory_off += len(observations)
            self._telemetry.count("PatternMemoryOff", len(observations))
            return
        fresh = sum(1 for o in observations if self._store.record(user_id, o))
        report.recorded += fresh
        report.duplicates += len(observations) - fresh
        if fresh:
            self._telemetry.count("PatternObserved", fresh)
        if fresh < len(observations):
            self._telemetry.count("PatternDuplicate", len(observations) - fresh)
        if fresh:
            # A redelivered batch changes no counts, so it needn't cost a detection either.
            self._redetect(user_id, report)

    def summarize_user(self, user_id: str) -> list[Insight]:
        """Re-detect one person now and return their insights (CLI, weekly run)."""
        if self._memory_enabled(user_id):
            self._redetect(user_id, IngestReport())
        return self.list(user_id)

    def weekly(self, week: str) -> IngestReport:
        """Re-detect everyone who wrote in `week`: patterns that need time (a rhythm, a rise)
        show up even for people who haven't written since."""
        week_start(week)  # validates
        report = IngestReport()
        for user_id in self._store.active_users(week):
            try:
                if self._memory_enabled(user_id):
                    self._redetect(user_id, report)
            except HearthError as exc:
                log.warning("weekly pattern run failed", extra={"error": type(exc).__name__})
                self._telemetry.count("PatternIngestFailed")
                report.failed_users.append(user_id)
        return report

    def list(self, user_id: str, *, include_dismissed: bool = True) -> list[Insight]:
        """The person's insights, most recently seen first (deletion markers never shown)."""
        shown = {InsightStatus.ACTIVE, InsightStatus.DISMISSED} if include_dismissed else {
            InsightStatus.ACTIVE
        }
        insights = [i for i in self._store.list_insights(user_id) if i.status in shown]
        return sorted(insights, key=lambda i: (i.last_seen, i.strength), reverse=True)

    def dismiss(self, user_id: str, insight_id: str) -> Insight:
        insight = self._existing(user_id, insight_id)
        dismissed = replace(insight, status=InsightStatus.DISMISSED, updated_at=self._clock.now())
        self._store.save_insight(dismissed)
        self._telemetry.count("InsightDismissed")
        return dismissed

    def correct(self, user_id: str, insight_id: str, description: str) -> Insight:
        """The person's own words about themselves replace Hearth's, for good."""
        text = " ".join(description.split())
        if not 1 <= len(text) <= CORRECTION_MAX_CHARS:
            raise InvalidInputError(
                f"description must be 1-{CORRECTION_MAX_CHARS} characters after trimming"
            )
        insight = self._existing(user_id, insight_id)
        corrected = replace(
            insight, description=text, corrected=True, updated_at=self._clock.now()
        )
        self._store.save_insight(corrected)
        self._telemetry.count("InsightCorrected")
        return corrected

    def delete(self, user_id: str, insight_id: str) -> None:
        """Forget the insight's words and evidence; a bare marker keeps it from coming back."""
        insight = self._existing(user_id, insight_id)
        today = self._clock.now().date()
        self._store.save_insight(
            Insight(
                insight_id=insight.insight_id,
                user_id=user_id,
                kind=insight.kind,
                title="",
                description="",
                evidence=(),
                first_seen=today,
                last_seen=today,
                strength=0.0,
                status=InsightStatus.DELETED,
                updated_at=self._clock.now(),
            )
        )
        self._telemetry.count("InsightDeleted")

    def erase(self, user_id: str) -> None:
        """Forget every aggregate and insight kept for this person."""
        self._store.erase(user_id)
        self._telemetry.count("PatternMemoryErased")

    def _existing(self, user_id: str, insight_id: str) -> Insight:
        insight = self._store.get_insight(user_id, insight_id)
        if insight is None or insight.status is InsightStatus.DELETED:
            raise InsightNotFoundError()
        return insight

    def _redetect(self, user_id: str, report: IngestReport) -> None:
        now = self._clock.now()
        patterns = detect(
            self._store.aggregates(user_id, self._weeks_read), today=now.date(),
            policy=self._policy,
        )
        report.users_detected += 1
        if not patterns:
            return
        existing = {i.insight_id: i for i in self._store.list_insights(user_id)}
        for pattern in patterns:
            key = insight_id(user_id, pattern.kind.value, pattern.subject)
            old = existing.get(key)
            if old is None:
                self._store.save_insight(self._new_insight(user_id, key, pattern, now))
                report.created += 1
                self._telemetry.count("InsightCreated")
            elif old.status is not InsightStatus.DELETED:
                merged = replace(
                    old,
                    evidence=pattern.evidence,
                    strength=pattern.strength,
                    first_seen=min(old.first_seen, pattern.first_seen),
                    last_seen=max(old.last_seen, pattern.last_seen),
                    subject=old.subject or pattern.subject,
                )
                if merged != old:  # `updated_at` isn't compared: unchanged means no write
                    self._store.save_insight(replace(merged, updated_at=now))
                    report.updated += 1
                    self._telemetry.count("InsightUpdated")

    def _new_insight(
        self, user_id: str, key: str, pattern: DetectedPattern, now: datetime
    ) -> Insight:
        title, description = template_description(pattern)
        written = self._writer.write(pattern) if self._writer is not None else None
        if written is not None:
            description = written
            self._telemetry.count("InsightModelWritten")
        return Insight(
            insight_id=key,
            user_id=user_id,
            kind=pattern.kind.value,
            title=title,
            description=description,
            evidence=pattern.evidence,
            first_seen=pattern.first_seen,
            last_seen=pattern.last_seen,
            strength=pattern.strength,
            updated_at=now,
            subject=pattern.subject,
        )
