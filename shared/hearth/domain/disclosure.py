"""What Hearth says about itself, and when. One place, so a reviewer can read every word.

Due at session start; again once three hours of continuing interaction have passed since the
last one (NY GBL §1702); and whenever the person asks whether they are talking to a human or a
bot, answered truthfully and deterministically whatever the model says (CA SB 243).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from hearth.domain.conversation import Disclosure

DISCLOSURE_VERSION = "2026-11-25.1"
REMINDER_INTERVAL = timedelta(hours=3)

START_TEXT = (
    "Hi, I'm Hearth. I'm an AI, not a human, and not a clinician or a crisis service. "
    "I'm here to listen and help you make sense of how you feel. "
    "Hearth is meant for adults (18+) and may not be suitable for minors. "
    "If you are in danger or thinking about ending your life, please contact your local "
    "emergency number or a crisis line now."
)
REMINDER_TEXT = (
    "A reminder: you're talking with Hearth, an AI, not a human. If you'd like to talk with a "
    "person, a friend, a professional or a crisis line can be there for you."
)
ASKED_TEXT = (
    "You're talking with an AI, not a human. I'm Hearth, a computer program that listens and "
    "reflects; no person is reading or writing these replies as we talk."
)

# Questions about what Hearth is, in the forms people actually type, in five languages.
_ASKS = re.compile(
    r"\b(?:"
    r"(?:are|r)\s+(?:you|u|ya)\s+(?:an?\s+|even\s+|really\s+|actually\s+)*"
    r"(?:real|human|person|people|bot|robot|ai|a\.i\.|machine|computer|program|chatbot|alive)"
    r"|am\s+i\s+(?:talking|chatting|speaking|texting)\s+(?:to|with)\s+(?:an?\s+)?"
    r"(?:real\s+)?(?:human|person|bot|robot|ai|machine|computer|someone real|real one)"
    r"|is\s+(?:this|it)\s+(?:an?\s+)?(?:real\s+)?(?:bot|ai|human|person|robot|chatbot|automated)"
    r"|is\s+there\s+(?:a\s+)?(?:real\s+)?(?:human|person|someone)\s+(?:there|reading|behind)"
    r"|who\s+am\s+i\s+(?:talking|speaking)\s+(?:to|with)"
    r"|what\s+are\s+you\b"
    r"|eres\s+(?:un\s+|una\s+)?(?:humano|humana|persona|robot|bot|ia|real)"
    r"|bist\s+du\s+(?:ein\s+|eine\s+)?(?:mensch|bot|roboter|ki|echt)"
    r"|es[- ]tu\s+(?:un\s+|une\s+)?(?:humain|humaine|robot|bot|ia|vrai|vraie|une personne)"
    r"|(?:você|voce|vc)\s+é\s+(?:um\s+|uma\s+)?(?:humano|humana|pessoa|robô|robo|bot|ia|real)"
    r")",
    re.IGNORECASE,
)


def session_start() -> Disclosure:
    return Disclosure(text=START_TEXT, reason="session_start")


def asks_about_nature(text: str) -> bool:
    return _ASKS.search(text) is not None


def due(text: str, *, last_disclosed_at: datetime, now: datetime) -> Disclosure | None:
    """The disclosure this turn must carry, if any."""
    if asks_about_nature(text):
        return Disclosure(text=ASKED_TEXT, reason="asked")
    if now - last_disclosed_at >= REMINDER_INTERVAL:
        return Disclosure(text=REMINDER_TEXT, reason="periodic")
    return None
