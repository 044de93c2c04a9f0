"""The conversation service: one person's turn, from their words to a stored reply.

Order matters and is the point of this module:
  1. screen the message locally (before any model sees it) and decide what the tier changes;
  2. store the message, its idempotency claim and any escalation event, atomically;
  3. reply: a pre-approved crisis reply, or the model (guarded, with one stricter retry), or the
     offline listener when the model fails;
  4. store the reply and the session's new safety state, then return the card and disclosure.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from hearth.domain import disclosure as disclosures
from hearth.domain.conversation import (
    Disclosure,
    Message,
    Page,
    Preferences,
    ReplyMeta,
    Responder,
    RiskLabel,
    Role,
    Session,
    SessionStart,
    Turn,
    TurnRecord,
    Usage,
    parse_message_text,
)
from hearth.domain.emotions import EmotionAnalyzer
from hearth.domain.errors import (
    IdempotencyKeyReusedError,
    InvalidMessageError,
    LanguageModelError,
    SessionNotFoundError,
    TurnAlreadyClaimedError,
    TurnInProgressError,
)
from hearth.domain.escalation import REASON_CURRENT, REASON_TOLD_AS_PAST, EscalationEvent
from hearth.domain.ids import new_id
from hearth.domain.patterns import InsightStatus, describes_conflict, people_mentioned
from hearth.domain.prompts import (
    ModelReply,
    ModelRequest,
    analysis_context,
    build_prompt,
    memory_context,
)
from hearth.domain.safety import SCREEN_VERSION, RiskTier, is_safety_affirmation, screen
from hearth.domain.safety import messages as safety_words
from hearth.domain.safety.card import CrisisCard, build_card
from hearth.domain.safety.guard import check_reply
from hearth.domain.safety.policy import PROTOCOL_VERSION, SafetyDecision, decide
from hearth.domain.safety.presentations import detect as detect_presentation
from hearth.domain.safety.resources import directory, resolve_country
from hearth.ports import (
    Clock,
    ConversationStore,
    LanguageModel,
    PatternStore,
    ProfileStore,
    Telemetry,
)

log = logging.getLogger(__name__)

MAX_PAGE = 100
SCREEN_CONTEXT_MESSAGES = 6
GUARD_CONTEXT_CHARS = 2000


@dataclass(frozen=True)
class ChatPolicy:
    history_token_budget: int = 3000
    history_max_messages: int = 40
    max_reply_tokens: int = 400
    memory_token_budget: int = 200  # the "what I've noticed" block of active insights
    # A retry that finds a claimed but unanswered turn older than this resumes it: the first
    # attempt's Lambda has certainly timed out (28 s) by then.
    turn_lease: timedelta = timedelta(seconds=35)


@dataclass(frozen=True)
class _Reply:
    text: str
    responder: Responder
    model_id: str
    usage: Usage
    latency_ms: int
    degraded: bool = False
    guard_reasons: tuple[str, ...] = ()


class ChatService:
    def __init__(
        self,
        *,
        store: ConversationStore,
        profiles: ProfileStore,
        model: LanguageModel,
        fallback: LanguageModel,
        clock: Clock,
        telemetry: Telemetry,
        analyzer: EmotionAnalyzer | None = None,
        patterns: PatternStore | None = None,
        policy: ChatPolicy | None = None,
    ) -> None:
        self._analyzer = analyzer or EmotionAnalyzer.load()
        self._patterns = patterns
        self._store = store
        self._profiles = profiles
        self._model = model
        self._fallback = fallback
        self._clock = clock
        self._telemetry = telemetry
        self._policy = policy or ChatPolicy()

    @property
    def responder(self) -> Responder:
        """Who answers when the model is healthy."""
        return self._model.responder

    def start_session(self, user_id: str) -> SessionStart:
        now = self._clock.now()
        session = Session(user_id, new_id(now), created_at=now, last_activity_at=now)
        self._store.create_session(session)
        self._telemetry.count("SessionStarted")
        return SessionStart(session=session, disclosure=disclosures.session_start())

    def list_sessions(self, user_id: str, limit: int, cursor: str | None) -> Page[Session]:
        return self._store.list_sessions(user_id, _clamp(limit), cursor)

    def list_messages(
        self, user_id: str, session_id: str, limit: int, cursor: str | None
    ) -> Page[Message]:
        self._session(user_id, session_id)
        return self._store.list_messages(user_id, session_id, _clamp(limit), cursor)

    def take_turn(
        self,
        user_id: str,
        session_id: str,
        raw_text: str,
        idempotency_key: str | None = None,
        accept_language: str | None = None,
    ) -> Turn:
        text = parse_message_text(raw_text)
        session = self._session(user_id, session_id)
        claim: TurnRecord | None = None
        if idempotency_key:
            replay = self._replay_or_resume(session, idempotency_key, text)
            if isinstance(replay, Turn):
                return replay
            if replay is not None:
                return self._answer(session, replay[0], replay[1])
            claim = TurnRecord(
                user_id=user_id,
                session_id=session_id,
                key=idempotency_key,
                fingerprint=_fingerprint(text),
                user_message_id="",
                started_at=self._clock.now(),
            )

        history = self._history(session)
        decision = self._screen(session, text, history)
        preferences = self._profiles.get_preferences(user_id)  # read once per turn
        country = resolve_country(preferences.country, accept_language)
        now = self._clock.now()
        user_message = Message(
            user_id,
            session_id,
            new_id(now),
            Role.USER,
            text,
            created_at=now,
            risk=_label(decision, country),
            # Local, never waiting on the model; only labels and numbers are kept.
            analysis=self._analyze(text),
        )
        escalation = self._escalation(user_message, decision, country)
        if claim is not None:
            claim = replace(claim, user_message_id=user_message.message_id)
        # Stored before the model is called: whatever happens next, the person's words are kept,
        # and a crisis reaches on-call staff even if everything after this line fails.
        try:
            self._store.save_user_message(user_message, claim, escalation)
        except TurnAlreadyClaimedError:
            # A concurrent retry won the race for this key; let it finish the turn.
            raise TurnInProgressError() from None
        self._count_risk(decision)
        return self._answer(
            session,
            user_message,
            claim,
            history=history,
            decision=decision,
            preferences=preferences,
        )

    def import_history(
        self, user_id: str, entries: Sequence[tuple[str, datetime]]
    ) -> tuple[Session, list[Message]]:
        """A journal or another app's export, kept as one session of the person's own words.

        Every entry goes through the same checks, screen labels and analysis as a live message;
        no reply is written and nobody is paged for history (its dates are in the past).
        Validation happens first: one bad entry rejects the file and nothing is written.
        """
        parsed = sorted(
            ((parse_message_text(text), _aware(at)) for text, at in entries), key=lambda e: e[1]
        )
        if not parsed:
            raise InvalidMessageError("The history is empty.")
        first, last = parsed[0][1], parsed[-1][1]
        session = Session(user_id, new_id(first), created_at=first, last_activity_at=last)
        messages = [
            Message(
                user_id,
                session.session_id,
                new_id(at),
                Role.USER,
                text,
                created_at=at,
                risk=_label(decide(screen(text), in_safety_mode=False, says_safe=False), "INTL"),
                analysis=self._analyze(text),
            )
            for text, at in parsed
        ]
        self._store.create_session(replace(session, message_count=len(messages)))
        for message in messages:
            self._store.save_user_message(message, None)
        self._telemetry.count("HistoryImported", len(messages))
        return session, messages

    # The reply

    def _answer(
        self,
        session: Session,
        user_message: Message,
        claim: TurnRecord | None,
        *,
        history: list[Message] | None = None,
        decision: SafetyDecision | None = None,
        preferences: Preferences | None = None,
    ) -> Turn:
        if history is None:  # resuming a turn whose first attempt died after storing the message
            history = [m for m in self._history(session) if m.message_id != user_message.message_id]
        if decision is None:
            decision = self._screen(session, user_message.text, history)
        label = user_message.risk or _label(decision, "INTL")
        now = self._clock.now()
        due = disclosures.due(user_message.text, last_disclosed_at=session.disclosed_at, now=now)
        previous = next((m.text for m in reversed(history) if m.role is Role.ASSISTANT), None)
        turn_index = session.message_count // 2

        presentation = detect_presentation(user_message.text)
        if decision.rule.model_replies and presentation is not None:
            # Agreeing, or even helping, can harm here: the model does not improvise.
            self._telemetry.count(f"Presentation.{presentation.value}")
            reply = _Reply(
                text=safety_words.grounding_reply(
                    presentation.value, user_message.text, turn_index
                ),
                responder=Responder.SAFETY,
                model_id=f"protocol-{PROTOCOL_VERSION}",
                usage=Usage(),
                latency_ms=0,
            )
        elif decision.rule.model_replies:
            if preferences is None:
                preferences = self._profiles.get_preferences(session.user_id)
            reply = self._model_reply(
                session, [*history, user_message], decision, user_message, preferences
            )
            if decision.rule.check_in:
                reply = replace(reply, text=f"{reply.text} {safety_words.check_in(turn_index)}")
        else:
            emergency = directory().for_country(label.country).emergency_number
            reply = _Reply(
                text=safety_words.crisis_reply(
                    decision.tier,
                    decision.screen.categories,
                    third_party=decision.screen.third_party,
                    emergency_number=emergency,
                    turn=turn_index,
                    previous=previous,
                    history=decision.told_as_past,
                ),
                responder=Responder.SAFETY,
                model_id=f"protocol-{PROTOCOL_VERSION}",
                usage=Usage(),
                latency_ms=0,
            )
        if due is not None and due.reason == "asked":
            # Truthful whatever the model wrote, and said first.
            reply = replace(reply, text=f"{disclosures.ASKED_TEXT} {reply.text}")

        at = max(self._clock.now(), user_message.created_at + timedelta(milliseconds=1))
        stored = Message(
            session.user_id,
            session.session_id,
            new_id(at),
            Role.ASSISTANT,
            reply.text,
            created_at=at,
            reply_meta=ReplyMeta(
                responder=reply.responder,
                model_id=reply.model_id,
                usage=reply.usage,
                latency_ms=reply.latency_ms,
                degraded=reply.degraded,
                disclosure_reason=due.reason if due else None,
                guard_reasons=reply.guard_reasons,
            ),
        )
        updated = replace(
            session,
            last_activity_at=at,
            message_count=session.message_count + 2,
            safety_mode=decision.safety_mode,
            last_disclosed_at=at if due is not None else session.last_disclosed_at,
        )
        if claim is not None:
            claim = replace(claim, reply_message_id=stored.message_id)
        self._store.save_reply(stored, updated, claim)
        if decision.left_safety_mode:
            self._telemetry.count("SafetyModeCleared")
        return Turn(
            user_message=user_message,
            reply=stored,
            crisis=self._card(session.user_id, label),
            disclosure=due,
        )

    def _model_reply(
        self,
        session: Session,
        history: list[Message],
        decision: SafetyDecision,
        user_message: Message,
        preferences: Preferences,
    ) -> _Reply:
        guidance = ""
        if decision.rule.safety_prompt:
            guidance = (
                safety_words.SAFETY_MODE_INSTRUCTION
                if decision.rule.check_in
                else safety_words.CONCERN_INSTRUCTION
            )
        analysis = user_message.analysis or {}
        states = tuple(str(s) for s in analysis.get("states", ()))
        context = "\n\n".join(
            part
            for part in (
                guidance,
                # In safety mode the conversation is about now, not about patterns.
                "" if decision.rule.check_in else self._memory(session.user_id, preferences),
            )
            if part
        )
        turn_note = analysis_context(
            states,
            [str(e["label"]) for e in analysis.get("emotions", ())],
            [str(t) for t in analysis.get("themes", ())],
        )
        request = build_prompt(
            history,
            history_token_budget=self._policy.history_token_budget,
            max_reply_tokens=self._policy.max_reply_tokens,
            session_id=session.session_id,
            context=context,
            turn_note=turn_note,
            named_states=states,
        )
        at_risk = decision.guard_risk_context
        # The guard reads the last few things the person said: a belief stated two turns ago
        # still makes agreeing with it collusion now.
        user_text = "\n".join(m.text for m in history if m.role is Role.USER)[-GUARD_CONTEXT_CHARS:]
        blocked: list[str] = []
        for attempt in range(2):
            if attempt == 1:
                request = replace(
                    request, context=f"{request.context}\n\n{safety_words.STRICT_INSTRUCTION}"
                )
            generated, responder, degraded = self._generate(request)
            verdict = check_reply(generated.text, user_text=user_text, risk_context=at_risk)
            if verdict.allowed:
                return _Reply(
                    generated.text,
                    responder,
                    generated.model_id,
                    generated.usage,
                    generated.latency_ms,
                    degraded,
                    tuple(blocked),
                )
            # The draft is dropped here: never stored, logged or returned. Only codes survive.
            blocked.extend(verdict.reasons)
            self._telemetry.count("OutputBlocked")
            for reason in verdict.reasons:
                self._telemetry.count(f"OutputBlocked.{reason}")
        self._telemetry.count("OutputFallback")
        text = (
            safety_words.FALLBACK_REPLY_AT_RISK
            if decision.rule.offers_resources
            else safety_words.FALLBACK_REPLY
        )
        return _Reply(
            text,
            Responder.SAFETY,
            f"protocol-{PROTOCOL_VERSION}",
            Usage(),
            0,
            guard_reasons=tuple(sorted(set(blocked))),
        )

    def _generate(self, request: ModelRequest) -> tuple[ModelReply, Responder, bool]:
        try:
            generated = self._model.reply(request)
            responder, degraded = self._model.responder, False
        except LanguageModelError as exc:
            # The person still gets a warm reply; operators see why in the metric.
            log.warning("model call failed; using offline responder", extra={"kind": exc.kind})
            self._telemetry.count("LlmFallback")
            generated = self._fallback.reply(request)
            responder, degraded = self._fallback.responder, True
        self._telemetry.count("LlmTokensIn", generated.usage.input_tokens)
        self._telemetry.count("LlmTokensOut", generated.usage.output_tokens)
        self._telemetry.count("LlmCacheReadTokens", generated.usage.cache_read_input_tokens)
        return generated, responder, degraded

    # Understanding

    def _analyze(self, text: str) -> dict[str, Any]:
        analysis: dict[str, Any] = self._analyzer.analyze(text).to_dict()
        analysis["people"] = list(people_mentioned(text))
        analysis["conflict"] = describes_conflict(text)
        return analysis

    def _memory(self, user_id: str, preferences: Preferences) -> str:
        """Only insights the person kept, and only while pattern memory is on."""
        if self._patterns is None or not preferences.pattern_memory:
            return ""
        kept = [
            insight.description
            for insight in sorted(
                self._patterns.list_insights(user_id), key=lambda i: i.strength, reverse=True
            )
            if insight.status is InsightStatus.ACTIVE
        ]
        return memory_context(kept, self._policy.memory_token_budget)

    # Safety

    def _history(self, session: Session) -> list[Message]:
        return self._store.recent_messages(
            session.user_id, session.session_id, self._policy.history_max_messages
        )

    def _screen(self, session: Session, text: str, history: list[Message]) -> SafetyDecision:
        context = [m.text for m in history if m.role is Role.USER][-SCREEN_CONTEXT_MESSAGES:]
        return decide(
            screen(text, context),
            in_safety_mode=session.safety_mode,
            says_safe=is_safety_affirmation(text),
        )

    def _escalation(
        self, message: Message, decision: SafetyDecision, country: str
    ) -> EscalationEvent | None:
        if not decision.rule.escalates:
            return None
        return EscalationEvent(
            event_id=new_id(message.created_at),
            user_id=message.user_id,
            session_id=message.session_id,
            message_id=message.message_id,
            tier=decision.tier.value,
            categories=tuple(c.value for c in decision.screen.categories),
            occurred_at=message.created_at,
            country=country,
            protocol_version=PROTOCOL_VERSION,
            screen_version=SCREEN_VERSION,
            reason=REASON_TOLD_AS_PAST if decision.told_as_past else REASON_CURRENT,
        )

    def _card(self, user_id: str, label: RiskLabel) -> CrisisCard | None:
        if not label.resources_offered:
            return None
        plan = self._profiles.get_safety_plan(user_id) if label.referral else None
        return build_card(label, plan)

    def _count_risk(self, decision: SafetyDecision) -> None:
        if decision.screen.tier >= RiskTier.HIGH:
            self._telemetry.count("CrisisDetected")
        if decision.rule.escalates:
            self._telemetry.count("EscalationQueued")

    # Idempotency

    def _replay_or_resume(
        self, session: Session, key: str, text: str
    ) -> Turn | tuple[Message, TurnRecord] | None:
        """A retry with a known key returns the stored turn, or resumes one whose attempt died."""
        record = self._store.get_turn_record(session.user_id, session.session_id, key)
        if record is None:
            return None
        if record.fingerprint != _fingerprint(text):
            raise IdempotencyKeyReusedError()
        user_message = self._store.get_message(
            session.user_id, session.session_id, record.user_message_id
        )
        if record.reply_message_id and user_message is not None:
            reply = self._store.get_message(
                session.user_id, session.session_id, record.reply_message_id
            )
            if reply is not None:
                self._telemetry.count("TurnReplayed")
                return self._replayed(user_message, reply)
        if self._clock.now() - record.started_at < self._policy.turn_lease:
            raise TurnInProgressError()
        if user_message is None:  # the claim outlived its message: start the turn afresh
            return None
        return user_message, record

    def _replayed(self, user_message: Message, reply: Message) -> Turn:
        meta = reply.reply_meta
        due = _disclosure_for(meta.disclosure_reason if meta else None)
        label = user_message.risk
        return Turn(
            user_message=user_message,
            reply=reply,
            crisis=self._card(user_message.user_id, label) if label else None,
            disclosure=due,
            replayed=True,
        )

    def _session(self, user_id: str, session_id: str) -> Session:
        session = self._store.get_session(user_id, session_id)
        if session is None:
            # The same answer whether the session is someone else's or doesn't exist at all.
            raise SessionNotFoundError()
        return session


def _label(decision: SafetyDecision, country: str) -> RiskLabel:
    result = decision.screen
    return RiskLabel(
        screened_tier=result.tier.value,
        tier=decision.tier.value,
        categories=tuple(c.value for c in result.categories),
        evidence=result.evidence,
        third_party=result.third_party,
        resources_offered=decision.rule.offers_resources,
        referral=decision.referral,
        country=country,
        screen_version=SCREEN_VERSION,
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _disclosure_for(reason: str | None) -> Disclosure | None:
    texts = {"asked": disclosures.ASKED_TEXT, "periodic": disclosures.REMINDER_TEXT}
    return Disclosure(text=texts[reason], reason=reason) if reason in texts else None


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _clamp(limit: int) -> int:
    return max(1, min(limit, MAX_PAGE))
