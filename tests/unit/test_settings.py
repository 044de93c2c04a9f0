"""Settings fail loudly at cold start rather than misbehave at 2 AM."""

from __future__ import annotations

import pytest

from hearth.domain.errors import SettingsError
from hearth.settings import LlmProvider, Settings

pytestmark = pytest.mark.unit


def test_no_key_locally_means_the_offline_listener() -> None:
    assert Settings.from_env({}).llm_provider is LlmProvider.OFFLINE


def test_a_key_locally_means_claude() -> None:
    settings = Settings.from_env({"ANTHROPIC_API_KEY": "sk-test"})
    assert settings.llm_provider is LlmProvider.ANTHROPIC and settings.uses_model


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"HEARTH_LLM_PROVIDER": "gpt"}, "anthropic, bedrock, offline"),
        ({"HEARTH_LLM_PROVIDER": "anthropic"}, "ANTHROPIC_API_KEY"),
        ({"HEARTH_LLM_TIMEOUT_SECONDS": "abc"}, "must be a number"),
        ({"HEARTH_LLM_TIMEOUT_SECONDS": "12", "HEARTH_LLM_MAX_RETRIES": "1"}, "24 s"),
        ({"HEARTH_LLM_MAX_RETRIES": "5"}, "between 0 and 3"),
        ({"AWS_LAMBDA_FUNCTION_NAME": "f", "HEARTH_LOCAL_AUTH_KEY": "k"}, "never be set"),
        (
            {"AWS_LAMBDA_FUNCTION_NAME": "f", "HEARTH_WEBHOOK_URL": "http://example.org/hook"},
            "https://",
        ),
    ],
)
def test_bad_configuration_is_refused_with_a_clear_message(
    env: dict[str, str], message: str
) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(")):
        Settings.from_env(env)


def test_deployed_settings_read_the_secret_name_not_a_key() -> None:
    settings = Settings.from_env(
        {
            "AWS_LAMBDA_FUNCTION_NAME": "chat",
            "HEARTH_LLM_PROVIDER": "anthropic",
            "HEARTH_ANTHROPIC_SECRET_NAME": "hearth/anthropic-api-key",
            "HEARTH_TABLE_NAME": "t",
        }
    )
    assert settings.running_in_lambda and settings.anthropic_api_key is None
    assert settings.anthropic_secret_name == "hearth/anthropic-api-key"
