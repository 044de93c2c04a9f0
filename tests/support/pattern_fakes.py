"""In-memory fakes for pattern work, and a seeded generator of synthetic multi-week histories.

The generator is what the detection thresholds are designed against (bench/eval_patterns.py
reports precision and recall on it). Its noise model, in brief: each person has their own
writing habits (favourite slots of the week), a baseline intensity with week-to-week drift,
everyday themes drawn from a shared distribution tilted by a personal one, an inner circle of
people they mention now and then (sometimes with friction), and analyzer label noise. Planted
patterns add a signal of a stated strength over a run of weeks. Labels only: no text anywhere.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from hearth.domain.errors import StoreUnavailableError
from hearth.domain.patterns import (
    RECURRING_THEMES,
    RHYTHM_SIGNALS,
    ROLES,
    THEMES,
    WEEKDAYS,
    Insight,
    Observation,
    PatternKind,
    WeeklyAggregates,
    add_counters,
    iso_week,
    observation_counters,
    signals_of,
    week_from_counters,
    week_start,
)


class InMemoryPatternStore:
    """The `PatternStore` port in dicts, with the DynamoDB adapter's layout and contract.

    `read_items` counts the items a read returns (aggregate weeks and insights), as the DynamoDB
    adapter does, so tests can hold reads to a bound.
    """

    def __init__(self) -> None:
        self.counters: dict[tuple[str, str], dict[str, float]] = {}
        self.seen: set[tuple[str, str]] = set()
        self.active: dict[str, set[str]] = {}
        self.insights: dict[tuple[str, str], Insight] = {}
        self.read_items = 0
        self.fail_writes = False

    def record(self, user_id: str, observation: Observation) -> bool:
        self._check()
        if (user_id, observation.message_id) in self.seen:
            return False
        self.seen.add((user_id, observation.message_id))
        week = iso_week(observation.created_at)
        add_counters(
            self.counters.setdefault((user_id, week), {}), observation_counters(observation)
        )
        self.active.setdefault(week, set()).add(user_id)
        return True

    def aggregates(self, user_id: str, weeks: int) -> WeeklyAggregates:
        mine = sorted((w for (u, w) in self.counters if u == user_id), reverse=True)[:weeks]
        self.read_items += len(mine)
        aggregates = tuple(
            week_from_counters(w, self.counters[(user_id, w)]) for w in reversed(mine)
        )
        return WeeklyAggregates(
            user_id=user_id,
            weeks=aggregates,
            first_seen=week_start(aggregates[0].week) if aggregates else None,
        )

    def active_users(self, week: str) -> list[str]:
        return sorted(self.active.get(week, set()))

    def list_insights(self, user_id: str) -> list[Insight]:
        mine = [i for (u, _), i in self.insights.items() if u == user_id]
        self.read_items += len(mine)
        return mine

    def get_insight(self, user_id: str, insight_id: str) -> Insight | None:
        return self.insights.get((user_id, insight_id))

    def save_insight(self, insight: Insight) -> None:
        self._check()
        self.insights[(insight.user_id, insight.insight_id)] = insight

    def delete_insight(self, user_id: str, insight_id: str) -> bool:
        self._check()
        return self.insights.pop((user_id, insight_id), None) is not None

    def erase(self, user_id: str) -> None:
        self._check()
        for key in [k for k in self.counters if k[0] == user_id]:
            del self.counters[key]
        self.seen = {s for s in self.seen if s[0] != user_id}
        for users in self.active.values():
            users.discard(user_id)
        for key in [k for k in self.insights if k[0] == user_id]:
            del self.insights[key]

    def _check(self) -> None:
        if self.fail_writes:
            raise StoreUnavailableError("in-memory pattern store is set to fail")


@dataclass
class ScriptedInsightWriter:
    """Answers from a script (None means "fall back to the template"); records each pattern."""

    script: list[str | None] = field(default_factory=list)
    seen: list[object] = field(default_factory=list)

    def write(self, pattern: object) -> str | None:
        self.seen.append(pattern)
        return self.script.pop(0) if self.script else None


class SettableClock:
    """A clock the test (or the simulation) sets."""

    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


# ------------------------------------------------------------------------------------------
# Synthetic histories
# ------------------------------------------------------------------------------------------

# How common each theme is in everyday messages (relative weights): work and worry are
# everywhere, grief much rarer.
THEME_WEIGHTS = {
    "work_burnout": 1.6, "anxiety_worry": 1.4, "relationships": 1.3, "sleep_fatigue": 1.2,
    "family": 1.0, "self_worth": 0.6, "loneliness": 0.8, "school": 0.7, "health": 0.6,
    "identity": 0.4, "grief_loss": 0.3,
}
EMOTIONS = {
    "sadness": 1.4, "nervousness": 0.25, "fear": 0.15, "annoyance": 1.0, "disappointment": 1.0,
    "neutral": 1.2, "joy": 0.5, "gratitude": 0.5, "confusion": 0.7, "remorse": 0.4,
    "embarrassment": 0.3, "anger": 0.5, "grief": 0.2, "caring": 0.4, "optimism": 0.4,
}
STATES = {
    "overwhelm": 1.0, "exhaustion": 1.0, "guilt": 0.5, "shame": 0.25, "hopelessness": 0.3,
    "numbness": 0.3, "restlessness": 0.5,
}
THEME_OF_PERSON = {
    "mother": "family", "father": "family", "parents": "family", "sister": "family",
    "brother": "family", "son": "family", "daughter": "family", "partner": "relationships",
    "ex": "relationships", "friend": "relationships", "roommate": "relationships",
    "boss": "work_burnout", "coworker": "work_burnout",
}
SLOTS = tuple(f"{d}-{p}" for d in WEEKDAYS for p in ("night", "morning", "afternoon", "evening"))
_PART_HOURS = {"night": (0, 5), "morning": (6, 11), "afternoon": (12, 17), "evening": (18, 23)}

# Planted strengths, weakest first (what "strength" means differs by kind; see `Plant`).
STRENGTHS: dict[PatternKind, tuple[float, ...]] = {
    PatternKind.RECURRING_THEME: (0.45, 0.6, 0.75),  # extra chance per message of the theme
    PatternKind.SELF_WORTH: (0.3, 0.45, 0.6),  # chance per message of self-worth/shame
    PatternKind.RELATIONSHIP_CONFLICT: (0.2, 0.3, 0.45),  # chance per message of conflict
    PatternKind.WEEKLY_RHYTHM: (0.6, 0.75, 0.9),  # chance an anxious message is in the slot
    PatternKind.RISING_INTENSITY: (0.35, 0.45, 0.55),  # total rise in mean intensity
}


@dataclass(frozen=True)
class Plant:
    """A pattern planted into a history over `weeks` (indexes into the history's weeks)."""

    kind: PatternKind
    subject: str
    strength: float
    weeks: tuple[int, ...]


@dataclass
class SyntheticUser:
    user_id: str
    start: date  # Monday of week 0
    weeks: int
    observations: list[Observation]
    plants: list[Plant]

    def by_day(self) -> list[tuple[date, list[Observation]]]:
        days: dict[date, list[Observation]] = {}
        for o in sorted(self.observations, key=lambda o: o.created_at):
            days.setdefault(o.created_at.date(), []).append(o)
        return sorted(days.items())


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _personal(
    rng: random.Random, weights: dict[str, float], concentration: float
) -> dict[str, float]:
    """The shared distribution tilted by a personal one (a Dirichlet draw)."""
    return {k: v * rng.gammavariate(concentration, 1.0) for k, v in weights.items()}


@dataclass
class _Person:
    themes: dict[str, float]
    slots: list[str]
    circle: dict[str, float]
    base: float


def _person(rng: random.Random) -> _Person:
    favourite = rng.sample(SLOTS, 3)
    circle_roles = rng.sample([r for r in ROLES if r != "parents"], rng.randint(3, 5))
    return _Person(
        themes=_personal(rng, THEME_WEIGHTS, 15.0),
        slots=favourite,
        circle={r: rng.uniform(0.5, 2.0) for r in circle_roles},
        base=rng.uniform(0.3, 0.6),
    )


def _moment(rng: random.Random, monday: date, where: str | None) -> datetime:
    if where is None:
        day, hour = rng.randrange(7), rng.randrange(24)
    else:
        weekday, part = where.split("-")
        low, high = _PART_HOURS[part]
        day, hour = WEEKDAYS.index(weekday), rng.randint(low, high)
    return datetime.combine(monday + timedelta(days=day), time(hour, rng.randrange(60)), UTC)


def synthetic_user(
    rng: random.Random,
    user_id: str,
    *,
    start: date,
    weeks: int,
    plant: tuple[PatternKind, float] | None = None,
) -> SyntheticUser:
    """A person's labelled history over `weeks` weeks from the Monday `start`, with at most one
    planted pattern of the given kind and strength (its subject and weeks chosen at random)."""
    person = _person(rng)
    run = 0
    if plant is not None:
        # A rhythm needs more weeks to show than a theme does. Two ordinary weeks come first.
        run = rng.randint(6, 8) if plant[0] is PatternKind.WEEKLY_RHYTHM else rng.randint(4, 6)
        weeks = max(weeks, run + 2)
    active = [rng.random() < 0.85 for _ in range(weeks)]
    plants: list[Plant] = []
    if plant is not None:
        kind, strength = plant
        end = rng.randint(max(run + 2, weeks - 3), weeks)  # the run ends in the last weeks
        span = tuple(range(end - run, end))
        for i in span:
            active[i] = True
        plants.append(Plant(kind, _subject(rng, kind, person), strength, span))
    observations: list[Observation] = []
    week_drift = [rng.gauss(0, 0.06) for _ in range(weeks)]
    for i in range(weeks):
        if not active[i]:
            continue
        monday = start + timedelta(weeks=i)
        count = rng.randint(3, 15)
        for n in range(count):
            where = rng.choice(person.slots) if rng.random() < 0.6 else None
            observations.append(
                _message(rng, person, f"{user_id}-{i}-{n}", _moment(rng, monday, where),
                         person.base + week_drift[i])
            )
    week_of = {iso_week(start + timedelta(weeks=i)): i for i in range(weeks)}
    for p in plants:
        observations = _plant(rng, p, observations, week_of, start, user_id)
    return SyntheticUser(user_id, start, weeks, observations, plants)


def _subject(rng: random.Random, kind: PatternKind, person: _Person) -> str:
    if kind is PatternKind.RECURRING_THEME:
        return rng.choice(RECURRING_THEMES)
    if kind is PatternKind.RELATIONSHIP_CONFLICT:
        return rng.choice(list(person.circle))
    if kind is PatternKind.WEEKLY_RHYTHM:
        return rng.choice(SLOTS)
    if kind is PatternKind.SELF_WORTH:
        return "self_worth"
    return "intensity"


def _message(
    rng: random.Random, person: _Person, message_id: str, at: datetime, mean: float
) -> Observation:
    themes: list[str] = []
    for _ in range(rng.choices((0, 1, 2), weights=(40, 45, 15))[0]):
        theme = _weighted(rng, person.themes)
        if theme not in themes:
            themes.append(theme)
    if rng.random() < 0.05:  # the analyzer's false positives
        themes.append(rng.choice(THEMES))
    emotions = [_weighted(rng, EMOTIONS) for _ in range(rng.randint(1, 2))]
    if "anxiety_worry" in themes and rng.random() < 0.6:
        emotions.append("nervousness")
    states = [_weighted(rng, STATES)] if rng.random() < 0.3 else []
    people: list[str] = []
    conflict = False
    if rng.random() < 0.3:
        people.append(_weighted(rng, person.circle))
        conflict = rng.random() < 0.05
        if rng.random() < 0.25:
            themes.append(THEME_OF_PERSON[people[0]])
    elif rng.random() < 0.02:
        conflict = True
    intensity = min(1.0, max(0.0, rng.gauss(mean, 0.15)))
    return Observation(
        message_id=message_id,
        created_at=at,
        themes=tuple(dict.fromkeys(themes)),
        emotions=tuple(dict.fromkeys(emotions)),
        states=tuple(states),
        intensity=round(intensity, 3),
        valence=round(max(-1.0, min(1.0, -0.8 * intensity + rng.gauss(0.2, 0.2))), 3),
        people=tuple(people),
        conflict=conflict,
    )


def _plant(
    rng: random.Random,
    plant: Plant,
    observations: list[Observation],
    week_of: dict[str, int],
    start: date,
    user_id: str,
) -> list[Observation]:
    weeks = set(plant.weeks)
    out: list[Observation] = []
    for o in observations:
        index = week_of.get(iso_week(o.created_at))
        if index not in weeks:
            out.append(o)
            continue
        out.append(_planted_message(rng, plant, o, index, min(weeks), max(weeks)))
    if plant.kind is PatternKind.RISING_INTENSITY:
        # After the climb, things stay heavier.
        after = max(weeks)
        out = [
            replace(o, intensity=round(min(1.0, o.intensity + plant.strength), 3))
            if (week_of.get(iso_week(o.created_at)) or 0) > after
            else o
            for o in out
        ]
    if plant.kind is PatternKind.WEEKLY_RHYTHM:
        # The rhythm: in most planted weeks one more message in the slot, a worried one.
        for i in plant.weeks:
            if rng.random() < 0.8:
                at = _moment(rng, start + timedelta(weeks=i), plant.subject)
                out.append(
                    Observation(
                        message_id=f"{user_id}-{i}-r", created_at=at, themes=("anxiety_worry",),
                        emotions=(rng.choice(("nervousness", "fear")),), states=(),
                        intensity=round(rng.uniform(0.5, 0.8), 3), valence=-0.4,
                    )
                )
    return out


def _rhythm_signal(o: Observation) -> bool:
    """An anxious or lonely message: what a planted rhythm gathers into its slot. (Until
    2026-11-28 any signal moved, self-worth and conflict too, which the comment never meant.)"""
    return any(signal in RHYTHM_SIGNALS for signal in signals_of(o))


def _planted_message(
    rng: random.Random, plant: Plant, o: Observation, index: int, first: int, last: int
) -> Observation:
    kind, s = plant.kind, plant.strength
    if kind is PatternKind.RECURRING_THEME and rng.random() < s:
        return replace(o, themes=tuple(dict.fromkeys((*o.themes, plant.subject))))
    if kind is PatternKind.SELF_WORTH and rng.random() < s:
        roll = rng.random()
        themes = (*o.themes, "self_worth") if roll < 0.8 else o.themes
        states = (*o.states, "shame") if roll > 0.6 else o.states
        return replace(o, themes=tuple(dict.fromkeys(themes)), states=tuple(dict.fromkeys(states)))
    if kind is PatternKind.RELATIONSHIP_CONFLICT and rng.random() < s:
        extra_theme = THEME_OF_PERSON.get(plant.subject)
        themes = (*o.themes, extra_theme) if extra_theme and rng.random() < 0.6 else o.themes
        return replace(
            o,
            people=tuple(dict.fromkeys((plant.subject, *o.people))),
            conflict=True,
            themes=tuple(dict.fromkeys(themes)),
        )
    if kind is PatternKind.WEEKLY_RHYTHM and _rhythm_signal(o) and rng.random() < s:
        # Worry gathers in the slot: this anxious message moves there, within its week.
        monday = o.created_at.date() - timedelta(days=o.created_at.weekday())
        return replace(o, created_at=_moment(rng, monday, plant.subject))
    if kind is PatternKind.RISING_INTENSITY:
        # A linear climb across the planted run: +0 in its first week, +strength in its last.
        step = (index - first) / max(1, last - first)
        lifted = min(1.0, o.intensity + s * step)
        return replace(o, intensity=round(lifted, 3))
    return o


def population(
    seed: int,
    *,
    noise_users: int,
    planted_per_strength: int,
    kinds: Sequence[PatternKind] = tuple(PatternKind),
    start: date = date(2026, 6, 1),
) -> list[SyntheticUser]:
    """Users with no pattern, and users with one planted pattern per (kind, strength)."""
    rng = random.Random(seed)
    users = []
    for n in range(noise_users):
        users.append(
            synthetic_user(rng, f"noise-{seed}-{n}", start=start, weeks=rng.randint(8, 12))
        )
    for kind in kinds:
        for strength in STRENGTHS[kind]:
            for n in range(planted_per_strength):
                users.append(
                    synthetic_user(
                        rng,
                        f"{kind.value}-{strength}-{seed}-{n}",
                        start=start,
                        weeks=rng.randint(8, 12),
                        plant=(kind, strength),
                    )
                )
    return users

