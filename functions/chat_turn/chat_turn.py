"""Chat turns: the HTTP API the mobile app talks to (FastAPI on Lambda through Mangum).

Each route parses, calls one service method and maps the result. Rules live in hearth.domain.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext
from fastapi import FastAPI, Query, Response
from mangum import Mangum

import hearth
from hearth import bootstrap
from hearth.api import problems
from hearth.api.deps import (
    AcceptLanguage,
    AccountServiceDep,
    ChatServiceDep,
    CurrentUser,
    IdempotencyKey,
    PatternServiceDep,
    ProfileServiceDep,
    SessionId,
)
from hearth.api.schemas import (
    AccountExportPublic,
    Health,
    InsightList,
    InsightPatch,
    InsightPublic,
    MessageCreate,
    MessageList,
    PreferencesPatch,
    PreferencesPublic,
    ProtocolPublic,
    SafetyPlanBody,
    SafetyPlanPublic,
    SessionCreated,
    SessionList,
    TurnPublic,
)
from hearth.domain.errors import InvalidInputError
from hearth.domain.profile import UNSET
from hearth.domain.safety.protocol import published_protocol
from hearth.observability import logger, metrics, tracer

app = FastAPI(
    title="Hearth",
    version=hearth.__version__,
    docs_url="/v1/docs",
    redoc_url=None,
    openapi_url="/v1/openapi.json",
)
problems.install(app)

Limit = Query(default=20, ge=1, le=100)


@app.get("/v1/health")
def health() -> Health:
    model = bootstrap.container().chat.responder
    return Health(status="ok", version=hearth.__version__, responder=model.value)


@app.post("/v1/sessions", status_code=201)
def start_session(user: CurrentUser, chat: ChatServiceDep) -> SessionCreated:
    return SessionCreated.from_domain(chat.start_session(user))


@app.get("/v1/sessions")
def list_sessions(
    user: CurrentUser, chat: ChatServiceDep, limit: int = Limit, cursor: str | None = None
) -> SessionList:
    return SessionList.from_domain(chat.list_sessions(user, limit, cursor))


@app.post("/v1/sessions/{session_id}/messages", status_code=201)
def post_message(
    session_id: SessionId,
    body: MessageCreate,
    user: CurrentUser,
    chat: ChatServiceDep,
    key: IdempotencyKey,
    accept_language: AcceptLanguage = None,
) -> TurnPublic:
    turn = chat.take_turn(user, session_id, body.text, key, accept_language)
    return TurnPublic.from_domain(turn)


@app.get("/v1/sessions/{session_id}/messages")
def list_messages(
    session_id: SessionId,
    user: CurrentUser,
    chat: ChatServiceDep,
    limit: int = Limit,
    cursor: str | None = None,
) -> MessageList:
    return MessageList.from_domain(chat.list_messages(user, session_id, limit, cursor))


@app.get("/v1/me/preferences")
def get_preferences(user: CurrentUser, profile: ProfileServiceDep) -> PreferencesPublic:
    return PreferencesPublic.from_domain(profile.preferences(user))


@app.patch("/v1/me/preferences")
def patch_preferences(
    body: PreferencesPatch, user: CurrentUser, profile: ProfileServiceDep
) -> PreferencesPublic:
    updated = profile.update_preferences(
        user,
        country=body.country if "country" in body.model_fields_set else UNSET,
        pattern_memory=body.pattern_memory,
        erase_memory=body.erase_memory,
    )
    return PreferencesPublic.from_domain(updated)


@app.get("/v1/me/safety-plan")
def get_safety_plan(user: CurrentUser, profile: ProfileServiceDep) -> SafetyPlanPublic:
    return SafetyPlanPublic.from_domain(profile.safety_plan(user))


@app.put("/v1/me/safety-plan")
def put_safety_plan(
    body: SafetyPlanBody, user: CurrentUser, profile: ProfileServiceDep
) -> SafetyPlanPublic:
    return SafetyPlanPublic.from_domain(profile.save_safety_plan(user, body.to_domain()))


@app.delete("/v1/me/safety-plan", status_code=204)
def delete_safety_plan(user: CurrentUser, profile: ProfileServiceDep) -> Response:
    profile.delete_safety_plan(user)
    return Response(status_code=204)


@app.get("/v1/me/export")
def export_account(user: CurrentUser, account: AccountServiceDep) -> AccountExportPublic:
    return AccountExportPublic.from_domain(account.export(user))


@app.delete("/v1/me", status_code=204)
def forget_account(user: CurrentUser, account: AccountServiceDep) -> Response:
    account.forget(user)
    return Response(status_code=204)


@app.get("/v1/insights")
def list_insights(user: CurrentUser, patterns: PatternServiceDep) -> InsightList:
    return InsightList(items=[InsightPublic.from_domain(i) for i in patterns.list(user)])


@app.patch("/v1/insights/{insight_id}")
def patch_insight(
    insight_id: str, body: InsightPatch, user: CurrentUser, patterns: PatternServiceDep
) -> InsightPublic:
    if body.description is None and body.status is None:
        raise InvalidInputError("Send a corrected description, or status 'dismissed'.")
    if body.description is not None:
        insight = patterns.correct(user, insight_id, body.description)
    if body.status == "dismissed":
        insight = patterns.dismiss(user, insight_id)
    return InsightPublic.from_domain(insight)


@app.delete("/v1/insights/{insight_id}", status_code=204)
def delete_insight(insight_id: str, user: CurrentUser, patterns: PatternServiceDep) -> Response:
    patterns.delete(user, insight_id)
    return Response(status_code=204)


@app.get("/v1/protocol")
def protocol() -> ProtocolPublic:
    return ProtocolPublic.from_domain(published_protocol())


_asgi = Mangum(app, lifespan="off")
bootstrap.prewarm()


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
# Responses carry what the person wrote: never let the tracer copy them into X-Ray.
@tracer.capture_lambda_handler(capture_response=False, capture_error=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return _asgi(event, context)
