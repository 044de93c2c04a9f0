"""Patterns over weeks: extraction, aggregation, the detectors, and what a person controls."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from hearth.adapters.insight_writer import ModelInsightWriter
from hearth.domain.errors import InvalidInputError, LanguageModelError
from hearth.domain.patterns import (
    CLINICAL_WORDS,
    THEMES,
    WEEKDAYS,
    DetectedPattern,
    Evidence,
    InsightNotFoundError,
    InsightStatus,
    InvalidObservationError,
    Observation,
    PatternKind,
    PatternService,
    WeeklyAggregates,
    binomial_tail,
    describes_conflict,
    detect,
    insight_id,
    insight_request,
    iso_week,
    observation_counters,
    observation_from_item,
    people_mentioned,
    previous_week,
    slot,
    slot_label,
    template_description,
    week_from_counters,
    week_start,
)
from hearth.domain.safety.guard import check_reply
from tests.support.fakes import RecordingTelemetry, ScriptedLanguageModel
from tests.support.pattern_fakes import (
    STRENGTHS,
    InMemoryPatternStore,
    ScriptedInsightWriter,
    SettableClock,
    population,
    synthetic_user,
)

pytestmark = pytest.mark.unit

MONDAY = date(2026, 9, 7)  # ISO 2026-W37
CLINICAL = re.compile(r"depression|disorder|diagnos|therapy|therapist|symptom", re.IGNORECASE)


# --- helpers ----------------------------------------------------------------------------------


def obs(
    n: int,
    at: datetime,
    *,
    themes: tuple[str, ...] = (),
    emotions: tuple[str, ...] = (),
    states: tuple[str, ...] = (),
    intensity: float = 0.4,
    people: tuple[str, ...] = (),
    conflict: bool = False,
) -> Observation:
    return Observation(
        message_id=f"m{n:05d}", created_at=at, themes=themes, emotions=emotions, states=states,
        intensity=intensity, valence=-0.2, people=people, conflict=conflict,
    )


def at(week: int, day: int = 2, hour: int = 13) -> datetime:
    """A moment in the `week`-th week after MONDAY (day 0 = Monday)."""
    return datetime.combine(MONDAY + timedelta(weeks=week, days=day), datetime.min.time(), UTC) + (
        timedelta(hours=hour)
    )


def aggregates(observations: list[Observation], user: str = "ana") -> WeeklyAggregates:
    store = InMemoryPatternStore()
    for o in observations:
        store.record(user, o)
    return store.aggregates(user, 52)


def ordinary_week(week: int, start: int, count: int = 8) -> list[Observation]:
    """A week of varied, unremarkable messages, spread over the week."""
    themes = ("health", "school", "family", "sleep_fatigue", "identity", "relationships")
    return [
        obs(
            start + i, at(week, day=i % 7, hour=(5 * i) % 24),
            themes=(themes[(week + i) % len(themes)],) if i % 3 == 0 else (),
            intensity=0.4 + 0.02 * ((i + week) % 3),
        )
        for i in range(count)
    ]


def today_after(weeks: int) -> date:
    return MONDAY + timedelta(weeks=weeks, days=1)


def kinds(found: list[DetectedPattern]) -> set[tuple[str, str]]:
    return {(p.kind.value, p.subject) for p in found}


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(datetime.combine(today_after(6), datetime.min.time(), UTC))


@pytest.fixture
def store() -> InMemoryPatternStore:
    return InMemoryPatternStore()


def service(
    store: InMemoryPatternStore,
    clock: SettableClock,
    *,
    memory: dict[str, bool] | None = None,
    writer: Any = None,
    telemetry: RecordingTelemetry | None = None,
) -> PatternService:
    memory = memory or {}
    return PatternService(
        store=store, memory_enabled=lambda user: memory.get(user, True), clock=clock,
        telemetry=telemetry or RecordingTelemetry(), writer=writer,
    )


def burnout_history(weeks: int = 6) -> list[Observation]:
    """Work draining the person in most messages, week after week."""
    out: list[Observation] = []
    for w in range(weeks):
        week = ordinary_week(w, w * 100)
        out += [
            replace(o, themes=("work_burnout",)) if i % 2 == 0 else o for i, o in enumerate(week)
        ]
    return out


# --- extraction: roles and conflict ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("my mum called again", ("mother",)),
        ("Mom and Dad were there", ("mother", "father")),
        ("I told my mother", ("mother",)),
        ("my boyfriend and my girlfriend's sister", ("partner", "sister")),
        ("my husband", ("partner",)),
        ("my wife", ("partner",)),
        ("my partner", ("partner",)),
        ("my manager, then my boss", ("boss",)),
        ("my brother", ("brother",)),
        ("friends from school", ("friend",)),
        ("my best friend", ("friend",)),
        ("my roommate keeps the lights on", ("roommate",)),
        ("a coworker and two colleagues", ("coworker",)),
        ("my son and my daughter", ("son", "daughter")),
        ("my ex texted me", ("ex",)),
    ],
)
def test_people_mentioned_normalises_roles(text: str, roles: tuple[str, ...]) -> None:
    assert people_mentioned(text) == roles


@pytest.mark.parametrize(
    "text",
    ["my exam is tomorrow", "Jason said hi", "I manage fine", "I feel exhausted", "so friendly"],
)
def test_people_mentioned_ignores_lookalike_words(text: str) -> None:
    assert people_mentioned(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "we keep fighting about money",
        "my mom yelled at me again",
        "we had a huge argument last night",
        "he blames me for everything",
        "she's giving me the cold shoulder",
        "he ignored me all day",
        "my boss criticised me in front of everyone",
        "my dad criticizes me constantly",
        "my sister screamed at me",
        "we argued until 2am",
        "she stopped talking to me",
        "we had a falling out",
        "I fell out with my best friend",
    ],
)
def test_describes_conflict_catches_conflict(text: str) -> None:
    assert describes_conflict(text)


@pytest.mark.parametrize(
    "text",
    [
        "we don't fight anymore",
        "we never argue, honestly",
        "I'm fighting to stay awake",
        "I feel tired and flat",
        "my partner made dinner and it was nice",
        "she stopped ignoring me",
        "my hair is falling out from stress",
    ],
)
def test_describes_conflict_ignores_calm_or_negated(text: str) -> None:
    assert not describes_conflict(text)


# --- observations from stream images ------------------------------------------------------------


def message_image(**overrides: Any) -> dict[str, Any]:
    image: dict[str, Any] = {
        "pk": "USER#ana",
        "sk": "MSG#s1#m1",
        "kind": "message",
        "role": "user",
        "userId": "ana",
        "sessionId": "s1",
        "messageId": "m1",
        "text": "(not read by pattern work)",
        "createdAt": "2026-11-22T19:40:00.000000+0000",
        "analysis": {
            "emotions": [
                {"label": "nervousness", "score": Decimal("0.71")},
                {"label": "joy", "score": Decimal("0.05")},
            ],
            "intensity": Decimal("0.62"),
            "valence": Decimal("-0.48"),
            "themes": ["anxiety_worry", "work_burnout"],
            "states": ["overwhelm"],
            "people": ["boss"],
            "conflict": True,
        },
    }
    image.update(overrides)
    return image


def test_observation_from_item_reads_labels_only() -> None:
    o = observation_from_item(message_image())
    assert o is not None
    assert o.message_id == "m1"
    assert o.created_at == datetime(2026, 11, 22, 19, 40, tzinfo=UTC)
    assert o.themes == ("anxiety_worry", "work_burnout")
    assert o.emotions == ("nervousness",)  # low-scoring labels don't count
    assert o.states == ("overwhelm",)
    assert (o.intensity, o.valence, o.people, o.conflict) == (0.62, -0.48, ("boss",), True)
    assert "not read" not in repr(o)


@pytest.mark.parametrize(
    "overrides",
    [
        {"role": "assistant"},
        {"kind": "session"},
        {"kind": "escalation"},
        {"analysis": None},
    ],
)
def test_observation_from_item_skips_what_is_not_an_analysed_user_message(
    overrides: dict[str, Any],
) -> None:
    assert observation_from_item(message_image(**overrides)) is None


@pytest.mark.parametrize(
    "overrides",
    [
        {"createdAt": "last tuesday"},
        {"messageId": ""},
        {"analysis": "sad"},
        {"analysis": {"intensity": "very"}},
        {"analysis": {"themes": "work_burnout"}},
    ],
)
def test_observation_from_item_rejects_malformed_analysis(overrides: dict[str, Any]) -> None:
    with pytest.raises(InvalidObservationError):
        observation_from_item(message_image(**overrides))


def test_observation_uses_the_persons_utc_offset_for_slots() -> None:
    image = message_image(createdAt="2026-11-23T01:30:00+00:00")
    image["analysis"] = {**image["analysis"], "utcOffsetMinutes": -300}
    o = observation_from_item(image)
    assert o is not None
    assert slot(o.created_at) == "sun-evening"  # 20:30 on Sunday in UTC-5


# --- time -------------------------------------------------------------------------------------


def test_iso_week_is_zero_padded_and_crosses_years() -> None:
    assert iso_week(date(2026, 1, 5)) == "2026-W02"
    assert iso_week(date(2027, 1, 1)) == "2026-W53"
    assert week_start("2026-W37") == MONDAY
    assert previous_week(date(2026, 9, 14)) == "2026-W37"
    with pytest.raises(InvalidInputError):
        week_start("week 37")


@pytest.mark.parametrize(
    ("hour", "part"),
    [(0, "night"), (5, "night"), (6, "morning"), (11, "morning"), (12, "afternoon"),
     (17, "afternoon"), (18, "evening"), (23, "evening")],
)
def test_slot_parts_of_day(hour: int, part: str) -> None:
    sunday = datetime(2026, 9, 13, hour, 30, tzinfo=UTC)
    assert slot(sunday) == f"sun-{part}"


def test_slot_labels_read_like_a_person_would_say_them() -> None:
    assert slot_label("sun-evening") == "Sunday evenings"
    assert slot_label("mon-night") == "Late Sunday nights"
    assert slot_label("wed-morning") == "Wednesday mornings"


def test_counters_round_trip_into_a_week() -> None:
    o = obs(1, at(0, day=6, hour=19), themes=("anxiety_worry",), emotions=("fear",),
            states=("shame",), intensity=0.5, people=("mother",), conflict=True)
    week = week_from_counters("2026-W37", observation_counters(o))
    assert week.messages == 1
    assert week.themes == {"anxiety_worry": 1}
    assert week.people_conflict == {"mother": 1}
    assert week.slots == {"sun-evening": 1}
    assert week.slot_themes == {"sun-evening": {"anxiety": 1}}
    assert week.signals == {"anxiety": 1, "self_worth": 1, "conflict": 1}
    assert week.intensity_sum == 0.5


# --- detectors: each fires on its planted shape --------------------------------------------------


def test_recurring_theme_fires_when_a_theme_fills_most_weeks() -> None:
    found = detect(aggregates(burnout_history()), today=today_after(6))
    assert ("recurring_theme", "work_burnout") in kinds(found)
    pattern = next(p for p in found if p.subject == "work_burnout")
    assert pattern.evidence[0].periods == ("2026-W39", "2026-W40", "2026-W41", "2026-W42")
    assert pattern.first_seen == week_start("2026-W39")
    assert 0 < pattern.strength <= 1


def test_recurring_theme_ignores_one_mention_a_week() -> None:
    history = []
    for w in range(6):
        week = ordinary_week(w, w * 100)
        history += [replace(week[0], themes=("work_burnout",)), *week[1:]]
    assert not detect(aggregates(history), today=today_after(6))


def test_recurring_theme_ignores_a_single_heavy_week() -> None:
    history = [o for w in range(6) for o in ordinary_week(w, w * 100)]
    history += [obs(900 + i, at(4, day=i % 7), themes=("grief_loss",)) for i in range(8)]
    assert ("recurring_theme", "grief_loss") not in kinds(
        detect(aggregates(history), today=today_after(6))
    )


def test_recurring_theme_needs_more_of_a_quiet_month_than_of_a_busy_one() -> None:
    # The same ~45 % share: 7 of 16 messages could be chance for a theme that is in one message
    # in five; 18 of 40 hardly can (binomial test, with 10 themes x 3 windows tested).
    def month(per_week: int, with_theme: tuple[int, ...]) -> list[Observation]:
        out: list[Observation] = []
        for w in range(4):
            week = ordinary_week(w, w * 100, count=per_week)
            out += [
                replace(o, themes=("grief_loss",)) if i < with_theme[w] else o
                for i, o in enumerate(week)
            ]
        return out

    quiet = month(4, (2, 2, 2, 1))
    busy = month(10, (5, 5, 5, 3))
    assert ("recurring_theme", "grief_loss") not in kinds(
        detect(aggregates(quiet), today=today_after(4))
    )
    assert ("recurring_theme", "grief_loss") in kinds(
        detect(aggregates(busy), today=today_after(4))
    )


def test_binomial_tail() -> None:
    assert binomial_tail(0, 10, 0.2) == 1.0
    assert binomial_tail(11, 10, 0.2) == 0.0
    assert binomial_tail(10, 10, 0.5) == pytest.approx(0.5**10)
    assert binomial_tail(1, 3, 0.5) == pytest.approx(1 - 0.5**3)


def test_incomplete_current_week_is_not_counted() -> None:
    history = burnout_history(weeks=4)  # weeks 0-3; the 4th is still under way on its Tuesday
    assert not detect(aggregates(history), today=today_after(3))
    assert detect(aggregates(history), today=today_after(4))


def test_weekly_rhythm_fires_when_worry_gathers_on_sunday_evenings() -> None:
    history: list[Observation] = []
    for w in range(8):
        history += ordinary_week(w, w * 100)
        history += [
            obs(w * 100 + 50 + i, at(w, day=6, hour=19 + i), themes=("anxiety_worry",),
                emotions=("nervousness",))
            for i in range(2)
        ]
        history.append(obs(w * 100 + 60, at(w, day=2, hour=9), emotions=("fear",)))
    found = detect(aggregates(history), today=today_after(8))
    assert ("weekly_rhythm", "sun-evening") in kinds(found)
    title, description = template_description(
        next(p for p in found if p.kind is PatternKind.WEEKLY_RHYTHM)
    )
    assert title == "Sunday evenings"
    assert description.startswith("Sunday evenings have come up a few times")


def test_weekly_rhythm_ignores_someone_who_simply_writes_on_sunday_evenings() -> None:
    history: list[Observation] = []
    for w in range(8):
        # Every message on Sunday evening; worry in some of them: no *rhythm* to it.
        history += [
            obs(w * 100 + i, at(w, day=6, hour=18 + i % 6),
                themes=("anxiety_worry",) if i % 3 == 0 else ())
            for i in range(9)
        ]
    found = detect(aggregates(history), today=today_after(8))
    assert PatternKind.WEEKLY_RHYTHM not in {p.kind for p in found}


def test_relationship_conflict_fires_for_the_same_person_across_weeks() -> None:
    history: list[Observation] = []
    for w in range(6):
        history += ordinary_week(w, w * 100)
        if w in (1, 2, 4, 5):
            history += [
                obs(w * 100 + 50 + i, at(w, day=3 + i), people=("mother",), conflict=True)
                for i in range(2)
            ]
    found = detect(aggregates(history), today=today_after(6))
    assert ("relationship_conflict", "mother") in kinds(found)
    pattern = next(p for p in found if p.subject == "mother")
    assert pattern.evidence[0].count == 8
    assert template_description(pattern)[0] == "Tension with your mother"


def test_relationship_conflict_ignores_a_bystander_in_someone_elses_conflict() -> None:
    history: list[Observation] = []
    for w in range(6):
        history += ordinary_week(w, w * 100)
        history += [
            obs(w * 100 + 50 + i, at(w, day=3 + i), people=("partner",), conflict=True)
            for i in range(3)
        ]
        history.append(
            obs(w * 100 + 60, at(w, day=1), people=("partner", "friend"), conflict=True)
        )
    found = kinds(detect(aggregates(history), today=today_after(6)))
    assert ("relationship_conflict", "partner") in found
    assert ("relationship_conflict", "friend") not in found


def test_self_worth_fires_when_shame_keeps_returning() -> None:
    history: list[Observation] = []
    for w in range(6):
        week = ordinary_week(w, w * 100)
        history += [
            replace(o, states=("shame",)) if i % 3 == 0 else
            replace(o, themes=("self_worth",)) if i % 3 == 1 else o
            for i, o in enumerate(week)
        ]
    found = detect(aggregates(history), today=today_after(6))
    assert ("self_worth", "self_worth") in kinds(found)


def test_rising_intensity_fires_on_a_climb_and_not_on_a_flat_line() -> None:
    steady = [o for w in range(4) for o in ordinary_week(w, w * 100)]
    climb = [
        replace(o, intensity=min(1.0, 0.4 + 0.1 * (w - 3)))
        for w in range(4, 9)
        for o in ordinary_week(w, w * 100)
    ]
    assert ("rising_intensity", "intensity") in kinds(
        detect(aggregates(steady + climb), today=today_after(9))
    )
    flat = [o for w in range(9) for o in ordinary_week(w, w * 100)]
    assert not detect(aggregates(flat), today=today_after(9))


def test_rising_intensity_ignores_one_bad_week() -> None:
    history = [o for w in range(8) for o in ordinary_week(w, w * 100)]
    history += [obs(990 + i, at(8, day=i), intensity=0.9) for i in range(7)]
    assert ("rising_intensity", "intensity") not in kinds(
        detect(aggregates(history), today=today_after(9))
    )


def test_detectors_stay_silent_on_everyday_variation() -> None:
    # Seeded synthetic people with no planted pattern, streamed as production would.
    users = population(7, noise_users=25, planted_per_strength=0)
    store, clock = InMemoryPatternStore(), SettableClock(datetime(2026, 6, 1, tzinfo=UTC))
    patterns = service(store, clock)
    for user in users:
        for day, observations in user.by_day():
            clock.current = datetime.combine(day, datetime.max.time(), UTC)
            patterns.ingest({user.user_id: observations})
    assert [i for u in users for i in patterns.list(u.user_id)] == []


@pytest.mark.parametrize("kind", list(PatternKind))
def test_each_planted_pattern_is_found_in_a_synthetic_history(kind: PatternKind) -> None:
    rng = random.Random(2026)
    strongest = STRENGTHS[kind][-1]
    found = 0
    for n in range(3):
        user = synthetic_user(rng, f"p{n}", start=date(2026, 6, 1), weeks=12,
                              plant=(kind, strongest))
        store, clock = InMemoryPatternStore(), SettableClock(datetime(2026, 6, 1, tzinfo=UTC))
        patterns = service(store, clock)
        for day, observations in user.by_day():
            clock.current = datetime.combine(day, datetime.max.time(), UTC)
            patterns.ingest({user.user_id: observations})
        plant = user.plants[0]
        found += any(
            (i.kind, i.subject) == (kind.value, plant.subject) for i in patterns.list(user.user_id)
        )
    assert found >= 2


# --- the service --------------------------------------------------------------------------------


def test_ingest_records_each_message_once(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    telemetry = RecordingTelemetry()
    patterns = service(store, clock, telemetry=telemetry)
    first = patterns.ingest({"ana": burnout_history()})
    again = patterns.ingest({"ana": burnout_history()})
    assert first.recorded == 48 and first.duplicates == 0
    assert again.recorded == 0 and again.duplicates == 48
    assert store.aggregates("ana", 12).weeks[0].messages == 8
    assert telemetry.counts["PatternObserved"] == 48
    assert telemetry.counts["PatternDuplicate"] == 48


def test_ingest_creates_an_insight_with_template_words(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    report = service(store, clock).ingest({"ana": burnout_history()})
    [insight] = service(store, clock).list("ana")
    assert report.created == 1
    assert insight.insight_id == insight_id("ana", "recurring_theme", "work_burnout")
    assert insight.status is InsightStatus.ACTIVE
    assert insight.title == "Work pressure"
    assert "weeks" in insight.evidence[0].summary


def test_memory_off_aggregates_nothing(store: InMemoryPatternStore, clock: SettableClock) -> None:
    report = service(store, clock, memory={"ana": False}).ingest({"ana": burnout_history()})
    assert report.memory_off == 48 and report.recorded == 0
    assert store.counters == {} and store.seen == set() and store.insights == {}


def test_store_failure_is_reported_per_person(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    store.fail_writes = True
    report = service(store, clock).ingest({"ana": burnout_history()[:3]})
    assert report.failed_users == ["ana"]


def test_dismissed_insight_stays_dismissed_when_the_pattern_returns(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    patterns = service(store, clock)
    patterns.ingest({"ana": burnout_history(6)})
    [insight] = patterns.list("ana")
    patterns.dismiss("ana", insight.insight_id)
    clock.current += timedelta(weeks=3)
    more = [replace(o, message_id=f"x{o.message_id}", created_at=o.created_at + timedelta(weeks=6))
            for o in burnout_history(3)]
    report = patterns.ingest({"ana": more})
    [again] = patterns.list("ana")
    assert report.created == 0
    assert again.status is InsightStatus.DISMISSED
    assert again.last_seen > insight.last_seen  # evidence still kept up to date
    assert patterns.list("ana", include_dismissed=False) == []


def test_corrected_description_survives_redetection(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    patterns = service(store, clock)
    patterns.ingest({"ana": burnout_history(6)})
    [insight] = patterns.list("ana")
    patterns.correct("ana", insight.insight_id, "  It's the commute more than the job.  ")
    clock.current += timedelta(weeks=3)
    more = [replace(o, message_id=f"x{o.message_id}", created_at=o.created_at + timedelta(weeks=6))
            for o in burnout_history(3)]
    patterns.ingest({"ana": more})
    [again] = patterns.list("ana")
    assert again.description == "It's the commute more than the job."
    assert again.corrected


@pytest.mark.parametrize("text", ["", "   ", "x" * 301])
def test_correction_must_be_1_to_300_characters(
    store: InMemoryPatternStore, clock: SettableClock, text: str
) -> None:
    patterns = service(store, clock)
    patterns.ingest({"ana": burnout_history(6)})
    [insight] = patterns.list("ana")
    with pytest.raises(InvalidInputError):
        patterns.correct("ana", insight.insight_id, text)


def test_deleted_insight_forgets_its_words_and_does_not_come_back(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    patterns = service(store, clock)
    patterns.ingest({"ana": burnout_history(6)})
    [insight] = patterns.list("ana")
    patterns.delete("ana", insight.insight_id)
    clock.current += timedelta(weeks=3)
    more = [replace(o, message_id=f"x{o.message_id}", created_at=o.created_at + timedelta(weeks=6))
            for o in burnout_history(3)]
    patterns.ingest({"ana": more})
    assert patterns.list("ana") == []
    marker = store.insights[("ana", insight.insight_id)]
    assert (marker.title, marker.description, marker.evidence) == ("", "", ())
    with pytest.raises(InsightNotFoundError):
        patterns.dismiss("ana", insight.insight_id)


def test_unknown_or_someone_elses_insight_is_not_found(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    patterns = service(store, clock)
    patterns.ingest({"ana": burnout_history(6)})
    [insight] = patterns.list("ana")
    with pytest.raises(InsightNotFoundError):
        patterns.dismiss("ben", insight.insight_id)
    with pytest.raises(InsightNotFoundError):
        patterns.correct("ana", "ins_nope", "hello")


def test_erase_forgets_everything(store: InMemoryPatternStore, clock: SettableClock) -> None:
    patterns = service(store, clock)
    patterns.ingest({"ana": burnout_history(6), "ben": burnout_history(6)})
    patterns.erase("ana")
    assert patterns.list("ana") == []
    assert store.aggregates("ana", 12).weeks == ()
    assert all(user != "ana" for user, _ in store.seen)
    assert "ana" not in store.active_users("2026-W37")
    assert len(patterns.list("ben")) == 1
    # After erasing, the same messages would be counted afresh (nothing remembers them).
    assert patterns.ingest({"ana": burnout_history(1)}).recorded == 8


def test_weekly_run_redetects_last_weeks_people(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    patterns = service(store, clock)
    for o in burnout_history(6):
        store.record("ana", o)
    report = patterns.weekly("2026-W42")
    assert report.users_detected == 1 and report.created == 1
    assert patterns.weekly("2026-W01").users_detected == 0


def test_summarize_user_returns_current_insights(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    for o in burnout_history(6):
        store.record("ana", o)
    assert [i.subject for i in service(store, clock).summarize_user("ana")] == ["work_burnout"]
    assert service(store, clock, memory={"ana": False}).summarize_user("ben") == []


def test_reads_do_not_grow_with_history(store: InMemoryPatternStore, clock: SettableClock) -> None:
    rng = random.Random(1)
    for n in range(3000):
        moment = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(hours=rng.randrange(2 * 8760))
        store.record("ana", obs(n, moment, themes=(rng.choice(THEMES),)))
    clock.current = datetime(2026, 1, 6, tzinfo=UTC)
    store.read_items = 0
    new = [obs(5000 + i, datetime(2026, 1, 5, 9, i, tzinfo=UTC)) for i in range(20)]
    service(store, clock).ingest({"ana": new})
    assert store.read_items <= 12 + 5  # a window of weekly aggregates, plus any insights


def test_model_description_is_used_when_it_passes_every_check(
    store: InMemoryPatternStore, clock: SettableClock
) -> None:
    writer = ScriptedInsightWriter(["Work seems to have been taking a lot out of you lately."])
    telemetry = RecordingTelemetry()
    service(store, clock, writer=writer, telemetry=telemetry).ingest({"ana": burnout_history()})
    [insight] = service(store, clock).list("ana")
    assert insight.description == "Work seems to have been taking a lot out of you lately."
    assert telemetry.counts["InsightModelWritten"] == 1


# --- words ------------------------------------------------------------------------------------


def every_template() -> list[tuple[str, str]]:
    day = date(2026, 9, 7)
    patterns = [
        DetectedPattern(PatternKind.RECURRING_THEME, t, 0.5, day, day, ()) for t in THEMES
    ]
    patterns += [
        DetectedPattern(PatternKind.WEEKLY_RHYTHM, f"{d}-{p}", 0.5, day, day, (),
                        facts={"feeling": f})
        for d in WEEKDAYS for p in ("night", "evening")
        for f in ("a more anxious time", "a lonelier time")
    ]
    patterns += [
        DetectedPattern(PatternKind.RELATIONSHIP_CONFLICT, r, 0.5, day, day, ())
        for r in ("mother", "partner", "boss", "coworker", "friend", "ex", "stepcousin")
    ]
    patterns += [
        DetectedPattern(PatternKind.SELF_WORTH, "self_worth", 0.5, day, day, ()),
        DetectedPattern(PatternKind.RISING_INTENSITY, "intensity", 0.5, day, day, ()),
    ]
    return [template_description(p) for p in patterns]


@pytest.mark.parametrize(("title", "description"), every_template())
def test_template_wording_is_plain_tentative_and_non_clinical(
    title: str, description: str
) -> None:
    assert not CLINICAL.search(title + " " + description)
    assert not CLINICAL_WORDS.search(description)
    assert check_reply(description).allowed
    assert len(description) <= 200 and len(title) <= 40
    assert "?" in description or "change or remove" in description  # invites correction


def test_insight_ids_are_stable_and_reveal_nothing() -> None:
    first = insight_id("ana", "recurring_theme", "work_burnout")
    assert first == insight_id("ana", "recurring_theme", "work_burnout")
    assert first != insight_id("ben", "recurring_theme", "work_burnout")
    assert first != insight_id("ana", "recurring_theme", "loneliness")
    assert "ana" not in first and "work" not in first


def burnout_pattern() -> DetectedPattern:
    return detect(aggregates(burnout_history()), today=today_after(6))[0]


def test_insight_prompt_carries_labels_and_counts_only() -> None:
    request = insight_request(burnout_pattern())
    [message] = request.messages
    assert "work and how draining it has been" in message.text
    assert "4 of the last 4 active weeks" in message.text
    assert "(not read" not in message.text and request.max_tokens <= 150


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("Work seems to have been weighing on you across several recent weeks.", True),
        ('"Work seems to have come up a lot lately."', True),
        ("This looks like depression; a therapist could help.", False),
        ("It sounds like burnout disorder.", False),
        ("Work has come up. " * 20, False),
        ("", False),
    ],
)
def test_model_insight_writer_keeps_only_acceptable_sentences(reply: str, kept: bool) -> None:
    model = ScriptedLanguageModel(script=[reply])
    written = ModelInsightWriter(model).write(burnout_pattern())
    assert (written is not None) is kept
    [request] = model.requests
    assert request.system.startswith("You write one short sentence")


def test_model_insight_writer_falls_back_when_the_model_fails() -> None:
    model = ScriptedLanguageModel(script=[LanguageModelError("timeout")])
    assert ModelInsightWriter(model).write(burnout_pattern()) is None


def test_model_insight_writer_is_held_to_the_output_guard() -> None:
    blocked = "Sunday evenings seem hard. The tallest bridges nearby are over 25 meters."
    assert not CLINICAL_WORDS.search(blocked) and not check_reply(blocked).allowed
    model = ScriptedLanguageModel(script=[blocked])
    assert ModelInsightWriter(model).write(burnout_pattern()) is None


def test_evidence_never_quotes_text() -> None:
    pattern = burnout_pattern()
    assert all(isinstance(e, Evidence) for e in pattern.evidence)
    assert all(re.fullmatch(r"\d{4}-W\d{2}", p) for e in pattern.evidence for p in e.periods)
