"""Every error becomes application/problem+json (RFC 9457) here, and only here.

The `type` is stable (`urn:hearth:problem:<slug>`), so the app can branch on it. Responses never
echo the request body, never carry a stack trace, and never include message text.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from hearth.domain.errors import (
    HearthError,
    InvalidInputError,
    LanguageModelError,
    NotAuthenticatedError,
    NotFoundError,
    SettingsError,
    StoreUnavailableError,
    TurnInProgressError,
)

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

# Most specific first: the first matching class decides the status.
_STATUS: tuple[tuple[type[HearthError], int], ...] = (
    (InvalidInputError, 422),
    (NotAuthenticatedError, 401),
    (NotFoundError, 404),
    (TurnInProgressError, 409),
    (StoreUnavailableError, 503),
    (LanguageModelError, 503),
    (SettingsError, 500),
)


def problem_type(slug: str) -> str:
    return f"urn:hearth:problem:{slug}"


def problem(
    status: int, slug: str, title: str, detail: str | None = None, **extra: Any
) -> JSONResponse:
    body: dict[str, Any] = {"type": problem_type(slug), "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extra)
    headers = {}
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    if status in (409, 503):
        headers["Retry-After"] = "2"
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def status_for(error: HearthError) -> int:
    return next((status for cls, status in _STATUS if isinstance(error, cls)), 500)


async def _hearth_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HearthError)
    status = status_for(exc)
    if status >= 500:
        log.error("request failed", extra={"error": type(exc).__name__, "status": status})
    # Domain messages are written for people and never contain user text, so they may be shown.
    detail = str(exc) if str(exc) and str(exc) != getattr(exc, "kind", None) else None
    return problem(status, exc.slug, exc.title, detail if status < 500 else None)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Field locations and reasons only: pydantic's `input` would echo what the person wrote.
    errors = [
        {"field": ".".join(str(part) for part in err.get("loc", ())), "reason": err.get("msg", "")}
        for err in exc.errors()
    ]
    return problem(422, "validation-error", "The request is not valid", errors=errors)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    slugs = {404: "not-found", 405: "method-not-allowed", 413: "payload-too-large"}
    slug = slugs.get(exc.status_code, "http-error")
    return problem(exc.status_code, slug, str(exc.detail) if exc.detail else slug)


async def _catch_all(request: Request, call_next: Any) -> Any:
    # A middleware rather than an Exception handler: Starlette re-raises from the latter, which
    # would reach Mangum as a bare 500. The exception type is enough to find the bug; its
    # message might quote user data, so it is not logged.
    try:
        return await call_next(request)
    except Exception as exc:
        log.error("unhandled error", extra={"error": type(exc).__name__})
        return problem(500, "internal-error", "Something went wrong on our side")


def install(app: FastAPI) -> None:
    app.add_exception_handler(HearthError, _hearth_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.middleware("http")(_catch_all)
