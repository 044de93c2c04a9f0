"""One error hierarchy for everything Hearth means to raise.

The HTTP layer maps these to problem+json in exactly one place (hearth.api.problems); each class
carries the stable slug that becomes the problem `type`, so a client can branch on it.
"""

from __future__ import annotations


class HearthError(Exception):
    """Base of every error Hearth raises on purpose."""

    slug = "hearth-error"
    title = "Something went wrong"


class InvalidInputError(HearthError):
    slug = "invalid-input"
    title = "The request is not valid"


class InvalidMessageError(InvalidInputError):
    slug = "invalid-message"
    title = "The message text is not valid"


class InvalidCursorError(InvalidInputError):
    slug = "invalid-cursor"
    title = "The page cursor is not valid"


class IdempotencyKeyReusedError(InvalidInputError):
    slug = "idempotency-key-reused"
    title = "This idempotency key was already used for a different message"


class NotAuthenticatedError(HearthError):
    slug = "not-authenticated"
    title = "A valid bearer token is required"


class NotFoundError(HearthError):
    slug = "not-found"
    title = "Not found"


class SessionNotFoundError(NotFoundError):
    slug = "session-not-found"
    title = "No such session"


class TurnInProgressError(HearthError):
    slug = "turn-in-progress"
    title = "This message is still being answered; retry shortly with the same idempotency key"


class LanguageModelError(HearthError):
    """The hosted model failed (timeout, rate limit, overload, server or client error).

    `kind` is a short, stable reason used for metrics; it never carries prompt or reply text.
    """

    slug = "language-model-unavailable"
    title = "The language model is unavailable"

    def __init__(self, kind: str, message: str = "") -> None:
        super().__init__(message or kind)
        self.kind = kind


class StoreUnavailableError(HearthError):
    slug = "store-unavailable"
    title = "Storage is temporarily unavailable"


class SettingsError(HearthError):
    slug = "misconfigured"
    title = "The service is misconfigured"


class TurnAlreadyClaimedError(HearthError):
    """Raised by a store when two requests race for the same idempotency key."""

    slug = "turn-in-progress"
    title = TurnInProgressError.title


class InvalidEscalationEventError(HearthError):
    """An escalation message that can never be processed (it goes to the dead-letter queue)."""

    slug = "invalid-escalation-event"
    title = "Malformed escalation event"


class NotificationError(HearthError):
    """An on-call channel could not be reached; the event is retried, then dead-lettered."""

    slug = "notification-failed"
    title = "On-call notification failed"
