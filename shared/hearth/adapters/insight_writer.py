"""Insight descriptions written by the language model, or None for the template.

The model sees only the pattern's kind, subject and counts (`hearth.domain.patterns.
insight_request`), never anything the person wrote. Its sentence is kept only when it passes
`acceptable_description`: at most 200 characters, no clinical words, and the output guard's
`check_reply`. The text is never logged.
"""

from __future__ import annotations

import logging

from hearth.domain.errors import HearthError
from hearth.domain.patterns import DetectedPattern, acceptable_description, insight_request
from hearth.ports import LanguageModel

log = logging.getLogger(__name__)


class ModelInsightWriter:
    """The `InsightWriter` role on the `LanguageModel` port. Never raises."""

    def __init__(self, model: LanguageModel) -> None:
        self._model = model

    def write(self, pattern: DetectedPattern) -> str | None:
        try:
            reply = self._model.reply(insight_request(pattern))
        except HearthError as exc:
            # The template is a fine description; a model outage must not stall aggregation.
            log.warning("insight description fell back", extra={"error": type(exc).__name__})
            return None
        text = acceptable_description(reply.text)
        if text is None:
            log.info("insight description withheld", extra={"kind": pattern.kind.value})
        return text
