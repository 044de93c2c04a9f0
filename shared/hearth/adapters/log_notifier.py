"""On-call staff on a laptop: one line on stderr where a deployment would page someone."""

from __future__ import annotations

import sys
from typing import TextIO

from hearth.domain.escalation import EscalationCase


class LogOnCallNotifier:
    """The `OnCallNotifier` port for local runs (channel "log"). Ids and labels only."""

    channel = "log"

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def notify(self, case: EscalationCase) -> None:
        event = case.event
        categories = ",".join(event.categories) or "none"
        # Looked up at call time, so pytest's capture and redirected stderr both see the line.
        stream = self._stream or sys.stderr
        print(
            f"[on-call] case {event.event_id} tier={event.tier} categories={categories} "
            f"session={event.session_id} (local: no SNS configured)",
            file=stream,
            flush=True,
        )
