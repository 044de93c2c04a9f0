"""Sessions, messages and turns: the entities every capability attaches to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from hearth.domain.errors import InvalidMessageError

if TYPE_CHECKING:
    from hearth.domain.safety.card import CrisisCard

MAX_MESSAGE_CHARS = 4000

class Role(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"


class Responder(StrEnum):
    """Who wrote a reply. The app shows it; operators count it."""

    CLAUDE = "claude"
    OFFLINE = "offline"
    SAFETY = "safety"  # a pre-approved crisis reply: the model was deliberately not called


def parse_message_text(raw: str) -> str:
    """The text the person meant to send: trimmed, 1 to 4,000 characters."""
    text = raw.strip()
    if not text:
        raise InvalidMessageError("Message text is empty.")
    if len(text) > MAX_MESSAGE_CHARS:
        raise InvalidMessageError(f"Message text is longer than {MAX_MESSAGE_CHARS} characters.")
    return text


@dataclass(frozen=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0


@dataclass(frozen=True)
class ReplyMeta:
    """What an operator needs to account for a reply; never the prompt."""

    responder: Responder
    model_id: str
    usage: Usage
    latency_ms: int
    degraded: bool = False
    disclosure_reason: str | None = None  # the disclosure this reply carried, if any
    guard_reasons: tuple[str, ...] = ()  # why a model draft was withheld (codes, never text)


@dataclass(frozen=True)
class RiskLabel:
    """The crisis screen's verdict on one user message, and what the turn did about it.

    Labels only: the evidence is signal ids, never words from the message.
    """

    screened_tier: str
    tier: str  # effective tier, after the session's safety mode
    categories: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    third_party: bool = False
    resources_offered: bool = False
    referral: bool = False
    country: str = "INTL"
    screen_version: str = ""


@dataclass(frozen=True)
class Session:
    user_id: str
    session_id: str
    created_at: datetime
    last_activity_at: datetime
    message_count: int = 0
    safety_mode: bool = False  # set by a high/imminent turn; cleared when the person says safe
    last_disclosed_at: datetime | None = None  # None means "at creation"

    @property
    def disclosed_at(self) -> datetime:
        return self.last_disclosed_at or self.created_at


@dataclass(frozen=True)
class Preferences:
    country: str | None = None  # ISO 3166 alpha-2; None: from Accept-Language, else fallback
    pattern_memory: bool = True  # off: nothing is aggregated and the chat remembers no patterns


@dataclass(frozen=True)
class Message:
    user_id: str
    session_id: str
    message_id: str
    role: Role
    text: str
    created_at: datetime
    reply_meta: ReplyMeta | None = None
    risk: RiskLabel | None = None
    # The emotion analyzer's labels and numbers for a user message (never words from it).
    analysis: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Disclosure:
    """The honest statement that Hearth is an AI, shown when one is due."""

    text: str
    reason: str


@dataclass(frozen=True)
class SessionStart:
    session: Session
    disclosure: Disclosure


@dataclass(frozen=True)
class Turn:
    user_message: Message
    reply: Message
    crisis: CrisisCard | None = None
    disclosure: Disclosure | None = None
    replayed: bool = False  # True when an idempotent retry returned the stored turn


@dataclass(frozen=True)
class TurnRecord:
    """The claim an idempotency key makes on one turn."""

    user_id: str
    session_id: str
    key: str
    fingerprint: str
    user_message_id: str
    started_at: datetime
    reply_message_id: str | None = None


@dataclass(frozen=True)
class Page[T]:
    items: list[T] = field(default_factory=list)
    next_cursor: str | None = None
