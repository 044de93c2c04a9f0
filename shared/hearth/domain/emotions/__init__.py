"""Emotion analysis of one user message, locally and in plain Python (see docs/emotions.md)."""

from hearth.domain.emotions.analyzer import (
    ANALYZER_VERSION,
    LABELS,
    Analysis,
    EmotionAnalyzer,
    EmotionScore,
)
from hearth.domain.emotions.vocabulary import STATES, THEMES

__all__ = [
    "ANALYZER_VERSION",
    "LABELS",
    "STATES",
    "THEMES",
    "Analysis",
    "EmotionAnalyzer",
    "EmotionScore",
]
