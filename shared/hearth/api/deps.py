"""FastAPI dependencies as typed aliases, so a route's signature says what it needs."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Depends, Header, Request

from hearth import bootstrap
from hearth.api.identity import user_from_request
from hearth.domain.account import AccountService
from hearth.domain.chat import ChatService
from hearth.domain.errors import InvalidInputError, SessionNotFoundError
from hearth.domain.ids import is_id
from hearth.domain.patterns import PatternService
from hearth.domain.profile import ProfileService
from hearth.settings import Settings

_IDEMPOTENCY_KEY = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


def settings() -> Settings:
    return bootstrap.container().settings


def chat_service() -> ChatService:
    return bootstrap.container().chat


def profile_service() -> ProfileService:
    return bootstrap.container().profile


def account_service() -> AccountService:
    return bootstrap.container().account


def pattern_service() -> PatternService:
    return bootstrap.container().patterns


def current_user(request: Request, config: Annotated[Settings, Depends(settings)]) -> str:
    event: Any = request.scope.get("aws.event")
    return user_from_request(event, request.headers.get("authorization"), config)


def session_id(session_id: str) -> str:
    # Anything that isn't one of our ids can't be a session of yours: the same 404 as any other.
    if not is_id(session_id):
        raise SessionNotFoundError()
    return session_id


def idempotency_key(
    key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> str | None:
    if key is not None and not _IDEMPOTENCY_KEY.match(key):
        raise InvalidInputError("Idempotency-Key must be 8-128 characters of A-Z a-z 0-9 . _ : -")
    return key


CurrentUser = Annotated[str, Depends(current_user)]
ChatServiceDep = Annotated[ChatService, Depends(chat_service)]
ProfileServiceDep = Annotated[ProfileService, Depends(profile_service)]
PatternServiceDep = Annotated[PatternService, Depends(pattern_service)]
AccountServiceDep = Annotated[AccountService, Depends(account_service)]
AcceptLanguage = Annotated[str | None, Header(alias="Accept-Language")]
SessionId = Annotated[str, Depends(session_id)]
IdempotencyKey = Annotated[str | None, Depends(idempotency_key)]
