"""The one reader of the environment. Validated once per cold start; a bad value fails loudly."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from hearth.domain.errors import SettingsError


class LlmProvider(StrEnum):
    ANTHROPIC = "anthropic"
    BEDROCK = "bedrock"
    OFFLINE = "offline"


@dataclass(frozen=True)
class Settings:
    table_name: str = "hearth-local"
    aws_region: str = "us-east-1"
    # Set only for DynamoDB Local; deployed functions use the regional endpoint.
    dynamodb_endpoint: str | None = None

    llm_provider: LlmProvider = LlmProvider.OFFLINE
    model_id: str = "claude-sonnet-4-6"
    # Deployed: the name of the Secrets Manager secret holding the key (read via Powertools
    # parameters, cached). Local: ANTHROPIC_API_KEY. The key itself is never logged.
    anthropic_secret_name: str | None = None
    anthropic_api_key: str | None = None
    anthropic_base_url: str | None = None

    # Two attempts of 9 s plus backoff stay under the function's 28 s timeout, which itself stays
    # under API Gateway's 30 s hard limit, leaving room for DynamoDB writes and a fallback reply.
    llm_timeout_seconds: float = 9.0
    llm_max_retries: int = 1
    llm_streaming: bool = False
    max_reply_tokens: int = 400
    history_token_budget: int = 3000
    history_max_messages: int = 40
    memory_token_budget: int = 200  # the chat prompt's "what I've noticed" block

    # Escalation: cases live in their own table (no message text); on-call humans are reached
    # through an SNS topic and, when configured, an HMAC-signed webhook.
    escalation_table_name: str = "hearth-escalations-local"
    oncall_topic_arn: str | None = None
    webhook_url: str | None = None
    webhook_secret_name: str | None = None
    webhook_secret: str | None = None  # local only; deployed, read from Secrets Manager

    # Local development only: the key that signs `hearth token` bearer tokens.
    local_auth_key: str | None = None
    running_in_lambda: bool = False

    @property
    def uses_model(self) -> bool:
        return self.llm_provider is not LlmProvider.OFFLINE

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        defaults = cls()
        try:
            provider = LlmProvider(
                env.get("HEARTH_LLM_PROVIDER", "").strip() or _default_provider(env)
            )
        except ValueError as exc:
            raise SettingsError(
                "HEARTH_LLM_PROVIDER must be one of: anthropic, bedrock, offline"
            ) from exc
        settings = cls(
            table_name=env.get("HEARTH_TABLE_NAME", defaults.table_name),
            aws_region=env.get("AWS_REGION")
            or env.get("AWS_DEFAULT_REGION")
            or defaults.aws_region,
            dynamodb_endpoint=env.get("AWS_ENDPOINT_URL_DYNAMODB") or None,
            llm_provider=provider,
            model_id=env.get("HEARTH_MODEL_ID", defaults.model_id),
            anthropic_secret_name=env.get("HEARTH_ANTHROPIC_SECRET_NAME") or None,
            anthropic_api_key=env.get("ANTHROPIC_API_KEY") or None,
            anthropic_base_url=env.get("ANTHROPIC_BASE_URL") or None,
            llm_timeout_seconds=_number(
                env, "HEARTH_LLM_TIMEOUT_SECONDS", defaults.llm_timeout_seconds
            ),
            llm_max_retries=int(_number(env, "HEARTH_LLM_MAX_RETRIES", defaults.llm_max_retries)),
            llm_streaming=env.get("HEARTH_LLM_STREAMING", "false").lower() in {"1", "true", "yes"},
            max_reply_tokens=int(
                _number(env, "HEARTH_MAX_REPLY_TOKENS", defaults.max_reply_tokens)
            ),
            history_token_budget=int(
                _number(env, "HEARTH_HISTORY_TOKEN_BUDGET", defaults.history_token_budget)
            ),
            escalation_table_name=env.get(
                "HEARTH_ESCALATION_TABLE_NAME", defaults.escalation_table_name
            ),
            oncall_topic_arn=env.get("HEARTH_ONCALL_TOPIC_ARN") or None,
            webhook_url=env.get("HEARTH_WEBHOOK_URL") or None,
            webhook_secret_name=env.get("HEARTH_WEBHOOK_SECRET_NAME") or None,
            webhook_secret=env.get("HEARTH_WEBHOOK_SECRET") or None,
            memory_token_budget=int(
                _number(env, "HEARTH_MEMORY_TOKEN_BUDGET", defaults.memory_token_budget)
            ),
            local_auth_key=env.get("HEARTH_LOCAL_AUTH_KEY") or None,
            running_in_lambda=bool(env.get("AWS_LAMBDA_FUNCTION_NAME")),
        )
        settings.validate()
        return settings

    def validate(self) -> None:
        if not self.table_name:
            raise SettingsError("HEARTH_TABLE_NAME is required")
        if not 1 <= self.llm_timeout_seconds <= 25:
            raise SettingsError("HEARTH_LLM_TIMEOUT_SECONDS must be between 1 and 25")
        if not 0 <= self.llm_max_retries <= 3:
            raise SettingsError("HEARTH_LLM_MAX_RETRIES must be between 0 and 3")
        # Each attempt may spend the 2 s connect timeout plus the read timeout; all attempts
        # must leave the 28 s function time for DynamoDB writes and a fallback reply.
        if (self.llm_timeout_seconds + 2) * (self.llm_max_retries + 1) > 24:
            raise SettingsError(
                "(HEARTH_LLM_TIMEOUT_SECONDS + 2) x attempts must stay within 24 s "
                "(the function has 28 s, API Gateway 30 s)"
            )
        if self.llm_provider is LlmProvider.ANTHROPIC and not (
            self.anthropic_api_key or self.anthropic_secret_name
        ):
            raise SettingsError(
                "provider 'anthropic' needs ANTHROPIC_API_KEY or HEARTH_ANTHROPIC_SECRET_NAME"
            )
        if (
            self.webhook_url
            and not self.webhook_url.startswith("https://")
            and (self.running_in_lambda)
        ):
            raise SettingsError("HEARTH_WEBHOOK_URL must be https:// when deployed")
        if self.running_in_lambda and self.local_auth_key:
            raise SettingsError("HEARTH_LOCAL_AUTH_KEY must never be set in Lambda")


def _default_provider(env: Mapping[str, str]) -> str:
    # Locally, a key in the environment means "use Claude"; without one Hearth still runs offline.
    return "anthropic" if env.get("ANTHROPIC_API_KEY") else "offline"


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a number") from exc


# Local development: DynamoDB Local and the offline responder unless a key is set. Explicit
# environment variables still win, so `HEARTH_LLM_PROVIDER=offline make run` works with a key set.
LOCAL_DEFAULTS = {
    "HEARTH_TABLE_NAME": "hearth-local",
    "HEARTH_ESCALATION_TABLE_NAME": "hearth-escalations-local",
    "AWS_REGION": "us-east-1",
    # DynamoDB Local accepts any credentials; boto3 still wants some to sign with.
    "AWS_ACCESS_KEY_ID": "local",
    "AWS_SECRET_ACCESS_KEY": "local",
    # No CloudWatch or X-Ray on a laptop: keep metrics and traces out of the terminal.
    "POWERTOOLS_METRICS_DISABLED": "true",
    "POWERTOOLS_TRACE_DISABLED": "true",
}


def local_settings(*, dynamodb_endpoint: str, auth_key: str) -> Settings:
    """Settings for `make run` and `hearth invoke`, and the process environment they need."""
    if os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        raise SettingsError("local settings are never used inside Lambda")
    for name, value in LOCAL_DEFAULTS.items():
        os.environ.setdefault(name, value)
    os.environ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamodb_endpoint
    os.environ["HEARTH_LOCAL_AUTH_KEY"] = auth_key
    return Settings.from_env(os.environ)
