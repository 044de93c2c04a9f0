"""Request and response bodies, named by role. camelCase on the wire, domain objects inside."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr
from pydantic.alias_generators import to_camel

from hearth.domain.account import AccountExport
from hearth.domain.conversation import (
    Disclosure,
    Message,
    Page,
    Preferences,
    Role,
    Session,
    SessionStart,
    Turn,
)
from hearth.domain.patterns import Insight
from hearth.domain.safety.card import CrisisCard
from hearth.domain.safety.plan import Contact, SafetyPlan
from hearth.domain.safety.protocol import PublishedProtocol
from hearth.domain.safety.resources import CrisisLine


class _Body(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)


class DisclosurePublic(_Body):
    text: str
    reason: str

    @classmethod
    def from_domain(cls, disclosure: Disclosure) -> Self:
        return cls(text=disclosure.text, reason=disclosure.reason)


class SessionPublic(_Body):
    session_id: str
    created_at: datetime
    last_activity_at: datetime
    message_count: int

    @classmethod
    def from_domain(cls, session: Session) -> Self:
        return cls(
            session_id=session.session_id,
            created_at=session.created_at,
            last_activity_at=session.last_activity_at,
            message_count=session.message_count,
        )


class SessionCreated(_Body):
    session_id: str
    created_at: datetime
    disclosure: DisclosurePublic

    @classmethod
    def from_domain(cls, start: SessionStart) -> Self:
        return cls(
            session_id=start.session.session_id,
            created_at=start.session.created_at,
            disclosure=DisclosurePublic.from_domain(start.disclosure),
        )


class SessionList(_Body):
    items: list[SessionPublic]
    next_cursor: str | None

    @classmethod
    def from_domain(cls, page: Page[Session]) -> Self:
        return cls(
            items=[SessionPublic.from_domain(s) for s in page.items], next_cursor=page.next_cursor
        )


class MessageCreate(_Body):
    # Strict: a number or a list is a 422, not silently coerced. Length rules live in the domain.
    text: StrictStr = Field(description="1 to 4,000 characters after trimming")


class UserMessagePublic(_Body):
    id: str
    text: str
    created_at: datetime


class ReplyPublic(_Body):
    id: str
    text: str
    created_at: datetime
    responder: str
    degraded: bool


class MessagePublic(_Body):
    id: str
    role: str
    text: str
    created_at: datetime
    responder: str | None = None
    degraded: bool | None = None

    @classmethod
    def from_domain(cls, message: Message) -> Self:
        meta = message.reply_meta
        return cls(
            id=message.message_id,
            role=message.role.value,
            text=message.text,
            created_at=message.created_at,
            responder=meta.responder.value if meta and message.role is Role.ASSISTANT else None,
            degraded=meta.degraded if meta and message.role is Role.ASSISTANT else None,
        )


class MessageList(_Body):
    items: list[MessagePublic]
    next_cursor: str | None

    @classmethod
    def from_domain(cls, page: Page[Message]) -> Self:
        return cls(
            items=[MessagePublic.from_domain(m) for m in page.items], next_cursor=page.next_cursor
        )


class ContactBody(_Body):
    name: StrictStr = Field(max_length=300)
    phone: StrictStr | None = Field(default=None, max_length=300)


class SafetyPlanBody(_Body):
    """The Stanley-Brown safety plan, in the person's own words."""

    warning_signs: list[StrictStr] = Field(default_factory=list, max_length=12)
    internal_coping: list[StrictStr] = Field(default_factory=list, max_length=12)
    distractions: list[StrictStr] = Field(default_factory=list, max_length=12)
    people_to_ask: list[ContactBody] = Field(default_factory=list, max_length=12)
    professionals: list[ContactBody] = Field(default_factory=list, max_length=12)
    making_safe: list[StrictStr] = Field(default_factory=list, max_length=12)
    reasons_to_live: list[StrictStr] = Field(default_factory=list, max_length=12)

    def to_domain(self) -> SafetyPlan:
        return SafetyPlan(
            warning_signs=tuple(self.warning_signs),
            internal_coping=tuple(self.internal_coping),
            distractions=tuple(self.distractions),
            people_to_ask=tuple(Contact(c.name, c.phone) for c in self.people_to_ask),
            professionals=tuple(Contact(c.name, c.phone) for c in self.professionals),
            making_safe=tuple(self.making_safe),
            reasons_to_live=tuple(self.reasons_to_live),
        )


class SafetyPlanPublic(SafetyPlanBody):
    updated_at: datetime | None = None

    @classmethod
    def from_domain(cls, plan: SafetyPlan) -> Self:
        return cls(
            warning_signs=list(plan.warning_signs),
            internal_coping=list(plan.internal_coping),
            distractions=list(plan.distractions),
            people_to_ask=[ContactBody(name=c.name, phone=c.phone) for c in plan.people_to_ask],
            professionals=[ContactBody(name=c.name, phone=c.phone) for c in plan.professionals],
            making_safe=list(plan.making_safe),
            reasons_to_live=list(plan.reasons_to_live),
            updated_at=plan.updated_at,
        )


class ResourcePublic(_Body):
    name: str
    phone: str | None
    sms: str | None
    chat_url: str | None
    hours: str
    languages: list[str]

    @classmethod
    def from_domain(cls, line: CrisisLine) -> Self:
        return cls(
            name=line.name,
            phone=line.phone,
            sms=line.sms,
            chat_url=line.chat_url,
            hours=line.hours,
            languages=list(line.languages),
        )


class CrisisPublic(_Body):
    """Structured data the app renders as the crisis card (or, for moderate, lines at hand)."""

    tier: str
    categories: list[str]
    referral: bool
    third_party: bool
    resources: list[ResourcePublic]
    emergency_number: str
    country: str
    safety_plan: SafetyPlanPublic | None
    protocol_version: str

    @classmethod
    def from_domain(cls, card: CrisisCard) -> Self:
        return cls(
            tier=card.tier,
            categories=list(card.categories),
            referral=card.referral,
            third_party=card.third_party,
            resources=[ResourcePublic.from_domain(line) for line in card.resources],
            emergency_number=card.emergency_number,
            country=card.country,
            safety_plan=None
            if card.safety_plan is None
            else SafetyPlanPublic.from_domain(card.safety_plan),
            protocol_version=card.protocol_version,
        )


class EmotionPublic(_Body):
    label: str
    score: float


class AnalysisPublic(_Body):
    """What the local analyzer heard in the person's message: labels and numbers."""

    emotions: list[EmotionPublic]
    intensity: float
    valence: float
    themes: list[str]
    states: list[str]

    @classmethod
    def from_domain(cls, analysis: Mapping[str, Any]) -> Self:
        return cls(
            emotions=[
                EmotionPublic(label=str(e["label"]), score=float(e["score"]))
                for e in analysis.get("emotions", ())
            ],
            intensity=float(analysis.get("intensity", 0.0)),
            valence=float(analysis.get("valence", 0.0)),
            themes=[str(t) for t in analysis.get("themes", ())],
            states=[str(s) for s in analysis.get("states", ())],
        )


class TurnPublic(_Body):
    user_message: UserMessagePublic
    reply: ReplyPublic
    analysis: AnalysisPublic | None
    crisis: CrisisPublic | None
    disclosure: DisclosurePublic | None

    @classmethod
    def from_domain(cls, turn: Turn) -> Self:
        user, reply = turn.user_message, turn.reply
        meta = reply.reply_meta
        return cls(
            analysis=None
            if user.analysis is None
            else AnalysisPublic.from_domain(user.analysis),
            crisis=None if turn.crisis is None else CrisisPublic.from_domain(turn.crisis),
            disclosure=None
            if turn.disclosure is None
            else DisclosurePublic.from_domain(turn.disclosure),
            user_message=UserMessagePublic(
                id=user.message_id, text=user.text, created_at=user.created_at
            ),
            reply=ReplyPublic(
                id=reply.message_id,
                text=reply.text,
                created_at=reply.created_at,
                responder=meta.responder.value if meta else "offline",
                degraded=meta.degraded if meta else False,
            ),
        )


class PreferencesPublic(_Body):
    country: str | None
    pattern_memory: bool

    @classmethod
    def from_domain(cls, preferences: Preferences) -> Self:
        return cls(country=preferences.country, pattern_memory=preferences.pattern_memory)


class PreferencesPatch(_Body):
    country: StrictStr | None = Field(
        default=None, description="ISO 3166 alpha-2 code for crisis lines, or null for automatic"
    )
    pattern_memory: StrictBool | None = Field(
        default=None, description="false stops Hearth noticing patterns over weeks"
    )
    erase_memory: StrictBool = Field(
        default=False, description="with patternMemory false: forget every pattern kept so far"
    )


class ProtocolPublic(_Body):
    version: str
    screen_version: str
    guard_version: str
    resources_version: str
    text: str

    @classmethod
    def from_domain(cls, protocol: PublishedProtocol) -> Self:
        return cls(
            version=protocol.version,
            screen_version=protocol.screen_version,
            guard_version=protocol.guard_version,
            resources_version=protocol.resources_version,
            text=protocol.text,
        )


class EvidencePublic(_Body):
    summary: str
    periods: list[str]
    count: int


class InsightPublic(_Body):
    id: str
    kind: str
    title: str
    description: str
    evidence: list[EvidencePublic]
    first_seen: date
    last_seen: date
    strength: float
    status: str
    corrected: bool

    @classmethod
    def from_domain(cls, insight: Insight) -> Self:
        return cls(
            id=insight.insight_id,
            kind=insight.kind,
            title=insight.title,
            description=insight.description,
            evidence=[
                EvidencePublic(summary=e.summary, periods=list(e.periods), count=e.count)
                for e in insight.evidence
            ],
            first_seen=insight.first_seen,
            last_seen=insight.last_seen,
            strength=round(insight.strength, 3),
            status=insight.status.value,
            corrected=insight.corrected,
        )


class InsightList(_Body):
    items: list[InsightPublic]


class InsightPatch(_Body):
    """Dismiss an insight, or correct its wording in your own words."""

    status: Literal["dismissed"] | None = None
    description: StrictStr | None = Field(default=None, min_length=1, max_length=300)


class SessionExportPublic(_Body):
    session: SessionPublic
    messages: list[MessagePublic]


class AccountExportPublic(_Body):
    """Everything Hearth keeps about the person, in one document they can take with them."""

    exported_at: datetime
    preferences: PreferencesPublic
    safety_plan: SafetyPlanPublic | None
    sessions: list[SessionExportPublic]
    insights: list[InsightPublic]

    @classmethod
    def from_domain(cls, export: AccountExport) -> Self:
        return cls(
            exported_at=export.exported_at,
            preferences=PreferencesPublic.from_domain(export.preferences),
            safety_plan=None
            if export.safety_plan is None
            else SafetyPlanPublic.from_domain(export.safety_plan),
            sessions=[
                SessionExportPublic(
                    session=SessionPublic.from_domain(s.session),
                    messages=[MessagePublic.from_domain(m) for m in s.messages],
                )
                for s in export.sessions
            ],
            insights=[InsightPublic.from_domain(i) for i in export.insights],
        )


class Health(_Body):
    status: str
    version: str
    responder: str
