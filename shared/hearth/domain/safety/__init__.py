"""Deterministic crisis screen (suicide, self-harm, violence, abuse, medical emergencies).

Pure standard library; see rules.py for every signal and docs/safety-screen.md for figures.
"""

from hearth.domain.safety.rules import RiskCategory, RiskTier
from hearth.domain.safety.screen import (
    SCREEN_VERSION,
    ScreenResult,
    is_safety_affirmation,
    screen,
)

__all__ = [
    "SCREEN_VERSION",
    "RiskCategory",
    "RiskTier",
    "ScreenResult",
    "is_safety_affirmation",
    "screen",
]
