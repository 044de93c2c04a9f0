"""On-call staff through an HMAC-signed webhook (a paging service, a case system, a chat bot).

The request, for a receiver to implement against:

    POST <url>
    Content-Type: application/json
    Idempotency-Key: <eventId>             the same for every retry of one case: drop repeats
    X-Hearth-Timestamp: <unix seconds>
    X-Hearth-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>

    {"type": "hearth.escalation", "case": {"eventId": ..., "userId": ..., "sessionId": ...,
     "messageId": ..., "tier": ..., "categories": [...], "occurredAt": ..., "openedAt": ...,
     "country": ..., "protocolVersion": ..., "screenVersion": ...}}

Receivers check the signature with `verify_signature` (or its few lines in any language) and
refuse a timestamp older than five minutes, so a captured request can't be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from hearth.domain.errors import NotificationError
from hearth.domain.escalation import EscalationCase

SIGNATURE_VERSION = "v1"
EVENT_TYPE = "hearth.escalation"
DEFAULT_TOLERANCE_SECONDS = 300


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Hearth-Signature value for one request."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"{SIGNATURE_VERSION}={digest.hexdigest()}"


def verify_signature(
    secret: str,
    timestamp: str,
    body: bytes,
    signature: str,
    *,
    now: float,
    tolerance: float = DEFAULT_TOLERANCE_SECONDS,
) -> bool:
    """Whether a request came from this deployment's Hearth, recently.

    `timestamp` and `signature` are the X-Hearth-Timestamp and X-Hearth-Signature headers,
    `body` the raw request body (before any JSON parsing), `now` the receiver's unix time.
    """
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    if abs(now - sent) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature.strip())


def webhook_payload(case: EscalationCase) -> dict[str, Any]:
    """Ids, labels and times: the same facts as the SNS notice, never message text."""
    event = case.event
    return {
        "type": EVENT_TYPE,
        "case": {
            "eventId": event.event_id,
            "userId": event.user_id,
            "sessionId": event.session_id,
            "messageId": event.message_id,
            "tier": event.tier,
            "categories": list(event.categories),
            "occurredAt": event.occurred_at.isoformat(),
            "openedAt": case.opened_at.isoformat(),
            "country": event.country,
            "protocolVersion": event.protocol_version,
            "screenVersion": event.screen_version,
            "reason": event.reason,
        },
    }


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # urllib turns a redirected POST into a GET without the body; a 200 from there would look
    # like a delivered case. A redirect is a misconfigured URL: fail and let the retry report it.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class WebhookOnCallNotifier:
    """The `OnCallNotifier` port on an HTTP endpoint (channel "webhook").

    Any answer other than 2xx, a redirect, a timeout or a network error raises NotificationError
    (naming the status or error type only), and the record is retried with the same
    Idempotency-Key.

    `secret` is the signing secret, or a function that returns it: deployed, it reads Secrets
    Manager through Powertools' cache on every delivery, so a rotated secret signs requests
    within the cache's lifetime instead of when the function is next recycled.
    """

    channel = "webhook"

    def __init__(
        self,
        url: str,
        secret: str | Callable[[], str],
        *,
        timeout: float = 5,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if urlsplit(url).scheme not in {"https", "http"}:
            raise ValueError("the webhook URL must be http(s)")
        if isinstance(secret, str) and not secret:
            raise ValueError("the webhook needs a signing secret")
        self._url = url
        self._secret = secret
        self._timeout = timeout
        self._clock = clock
        self._opener = urllib.request.build_opener(_NoRedirects())

    def notify(self, case: EscalationCase) -> None:
        body = json.dumps(webhook_payload(case), separators=(",", ":"), sort_keys=True).encode()
        timestamp = str(int(self._clock()))
        request = urllib.request.Request(  # noqa: S310 - scheme checked in __init__
            self._url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "User-Agent": "hearth-escalation/1",
                "Idempotency-Key": case.event.event_id,
                "X-Hearth-Timestamp": timestamp,
                "X-Hearth-Signature": sign(self._signing_secret(), timestamp, body),
            },
        )
        try:
            with self._opener.open(request, timeout=self._timeout) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            exc.close()
            raise NotificationError(f"webhook: HTTP {exc.code}") from exc
        except (urllib.error.URLError, OSError) as exc:
            # TimeoutError and connection errors are OSErrors; URLError wraps the rest.
            raise NotificationError(f"webhook: {type(exc).__name__}") from exc
        if not 200 <= status < 300:
            raise NotificationError(f"webhook: HTTP {status}")

    def _signing_secret(self) -> str:
        if isinstance(self._secret, str):
            return self._secret
        try:
            secret = self._secret()
        except Exception as exc:
            # Unsigned is never an option: fail this delivery, the record is retried.
            raise NotificationError("webhook: signing secret unavailable") from exc
        if not secret:
            raise NotificationError("webhook: signing secret is empty")
        return secret
