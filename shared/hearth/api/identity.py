"""Who is asking. Deployed, API Gateway's JWT authorizer has verified the token and we read its
`sub` claim; locally, `hearth token USER_ID` mints an HMAC-signed bearer token instead.

Local tokens are refused whenever the code runs in Lambda, whatever the configuration says.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from collections.abc import Mapping
from typing import Any

from hearth.domain.errors import NotAuthenticatedError
from hearth.settings import Settings

_PREFIX = "hl1"
_USER_ID = re.compile(r"^[A-Za-z0-9._:@|+-]{1,128}$")
LOCAL_TOKEN_TTL_SECONDS = 30 * 24 * 3600


def user_from_request(
    event: Mapping[str, Any] | None, authorization: str | None, settings: Settings
) -> str:
    claims = (((event or {}).get("requestContext") or {}).get("authorizer") or {}).get("jwt", {})
    sub = (claims or {}).get("claims", {}).get("sub")
    if sub:
        return _valid_user_id(str(sub))
    if settings.running_in_lambda or not settings.local_auth_key:
        raise NotAuthenticatedError("A valid bearer token is required.")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise NotAuthenticatedError("Send 'Authorization: Bearer <token>'.")
    return verify_local_token(token.strip(), settings.local_auth_key)


def issue_local_token(user_id: str, key: str, ttl_seconds: int = LOCAL_TOKEN_TTL_SECONDS) -> str:
    payload = {"sub": _valid_user_id(user_id), "exp": int(time.time()) + ttl_seconds}
    body = _b64(json.dumps(payload, separators=(",", ":")).encode())
    return f"{_PREFIX}.{body}.{_sign(body, key)}"


def verify_local_token(token: str, key: str, now: float | None = None) -> str:
    try:
        prefix, body, signature = token.split(".")
        if prefix != _PREFIX or not hmac.compare_digest(signature, _sign(body, key)):
            raise ValueError("bad signature")
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        if float(payload["exp"]) < (time.time() if now is None else now):
            raise ValueError("expired")
        return _valid_user_id(str(payload["sub"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise NotAuthenticatedError("The bearer token is not valid.") from exc


def _valid_user_id(user_id: str) -> str:
    if not _USER_ID.match(user_id):
        raise NotAuthenticatedError("The token's subject is not a valid user id.")
    return user_id


def _sign(body: str, key: str) -> str:
    return _b64(hmac.new(key.encode(), body.encode(), hashlib.sha256).digest())


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")
