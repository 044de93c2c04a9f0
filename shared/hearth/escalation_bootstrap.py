"""The escalation composition root: EscalateFunction's adapters, wired once per cold start.

Mirrors hearth.bootstrap: real adapters by default, anything passed in replaces them, and tests
and local tooling install their own service with `override`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from aws_lambda_powertools.utilities import parameters

from hearth.domain.errors import SettingsError
from hearth.domain.escalation import EscalationService
from hearth.ports import EscalationCases, OnCallNotifier, Telemetry
from hearth.settings import Settings

# Powertools caches the secret for this long: warm invocations skip Secrets Manager, and, as
# the webhook reads it on every delivery, a rotated secret signs within five minutes.
SECRET_MAX_AGE_SECONDS = 300


def build_escalation(
    settings: Settings,
    *,
    cases: EscalationCases | None = None,
    notifiers: Sequence[OnCallNotifier] | None = None,
    telemetry: Telemetry | None = None,
) -> EscalationService:
    """Wire the escalation service. Anything passed in replaces the real adapter."""
    if cases is None:
        from hearth.adapters.dynamodb_cases import DynamoEscalationCases

        cases = DynamoEscalationCases(
            settings.escalation_table_name,
            region=settings.aws_region,
            host=settings.dynamodb_endpoint,
        )
    if telemetry is None:
        from hearth.observability import PowertoolsTelemetry

        telemetry = PowertoolsTelemetry()
    if notifiers is None:
        notifiers = oncall_notifiers(settings)
    return EscalationService(cases=cases, notifiers=notifiers, telemetry=telemetry)



def oncall_notifiers(settings: Settings) -> list[OnCallNotifier]:
    """SNS when a topic is configured, the webhook when a URL is, a log line when neither runs.

    Raises SettingsError when a deployed function would tell nobody, or the webhook would go out
    unsigned: failing every record sends the events to the dead-letter queue, whose alarm fires.
    """
    notifiers: list[OnCallNotifier] = []
    if settings.oncall_topic_arn:
        from hearth.adapters.sns_notifier import SnsOnCallNotifier, make_sns_client

        notifiers.append(
            SnsOnCallNotifier(settings.oncall_topic_arn, make_sns_client(settings.aws_region))
        )
    if settings.webhook_url:
        from hearth.adapters.webhook_notifier import WebhookOnCallNotifier

        _webhook_secret(settings)  # unreadable or missing: fail at cold start, not per case
        notifiers.append(
            WebhookOnCallNotifier(settings.webhook_url, lambda: _webhook_secret(settings))
        )
    if not settings.running_in_lambda and not settings.oncall_topic_arn:
        from hearth.adapters.log_notifier import LogOnCallNotifier

        notifiers.append(LogOnCallNotifier())
    if not notifiers:
        raise SettingsError("no on-call channel: set HEARTH_ONCALL_TOPIC_ARN or HEARTH_WEBHOOK_URL")
    return notifiers


def _webhook_secret(settings: Settings) -> str:
    if settings.webhook_secret:
        return settings.webhook_secret
    name = settings.webhook_secret_name
    if not name:
        raise SettingsError("HEARTH_WEBHOOK_URL needs HEARTH_WEBHOOK_SECRET_NAME to sign requests")
    try:
        raw = parameters.get_secret(name, max_age=SECRET_MAX_AGE_SECONDS)
    except Exception as exc:
        # Powertools wraps every failure in GetParameterError; its message holds no secret.
        raise SettingsError(f"Could not read the webhook secret {name!r}") from exc
    secret = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    if not secret.strip():
        raise SettingsError(f"Secret {name!r} is empty")
    return secret.strip()


_override: EscalationService | None = None


@cache
def _default() -> EscalationService:
    return build_escalation(Settings.from_env())


def escalation_service() -> EscalationService:
    """The service for this process: built on first use, reused while the Lambda stays warm."""
    return _override if _override is not None else _default()


def override(replacement: EscalationService | None) -> None:
    """Tests and local tooling install their own service (None restores the default)."""
    global _override
    _override = replacement
