"""Where the Anthropic API key comes from: the environment locally, Secrets Manager deployed."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Final

from aws_lambda_powertools.utilities import parameters

from hearth.domain.errors import SettingsError
from hearth.settings import Settings

# Powertools caches the value in the process for this long, so warm invocations skip the call.
# The key is read at cold start; after a rotation the model adapter's first 401 reads it again
# with `fresh=True`, past the cache (see anthropic_model.KEY_REFRESH_MIN_INTERVAL_SECONDS).
SECRET_MAX_AGE_SECONDS: Final = 300
_JSON_KEYS: Final = ("ANTHROPIC_API_KEY", "api_key")

type SecretFetcher = Callable[[str], object]


def resolve_anthropic_api_key(
    settings: Settings, *, fetch_secret: SecretFetcher | None = None, fresh: bool = False
) -> str | None:
    """The API key, or None when neither a key nor a secret name is configured.

    `settings.anthropic_api_key` wins (local development); otherwise the secret named by
    `settings.anthropic_secret_name` is read through Powertools parameters (cached, see
    SECRET_MAX_AGE_SECONDS; `fresh=True` skips the cache, for a key rotated since it was
    read). The secret may be the bare key or a JSON object with
    `ANTHROPIC_API_KEY` or `api_key`. `fetch_secret` replaces the Secrets Manager read in tests.

    Raises SettingsError when the secret can't be read or holds no key; the message names the
    secret, never its value. Nothing here logs.
    """
    if settings.anthropic_api_key:
        return settings.anthropic_api_key
    name = settings.anthropic_secret_name
    if not name:
        return None
    fetch = fetch_secret or (_get_fresh_secret if fresh else _get_secret)
    try:
        raw = fetch(name)
    except Exception as exc:
        # Powertools wraps every failure (access denied, not found, throttling) in one
        # GetParameterError whose message is the AWS error, which carries no secret value.
        raise SettingsError(f"Could not read the Anthropic API key from secret {name!r}") from exc
    key = _key_from(raw)
    if not key:
        raise SettingsError(
            f"Secret {name!r} holds no Anthropic API key: expected the bare key or a JSON object "
            f"with {' or '.join(_JSON_KEYS)}"
        )
    return key


def _get_secret(name: str) -> object:
    return parameters.get_secret(name, max_age=SECRET_MAX_AGE_SECONDS)


def _get_fresh_secret(name: str) -> object:
    return parameters.get_secret(name, max_age=SECRET_MAX_AGE_SECONDS, force_fetch=True)


def _key_from(raw: object) -> str | None:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    if isinstance(text, str) and text.lstrip().startswith("{"):
        try:
            text = json.loads(text)
        except ValueError:
            # `from None`: a JSONDecodeError keeps the whole document (the secret) in `.doc`.
            raise SettingsError("The Anthropic API key secret is not valid JSON") from None
    if isinstance(text, dict):
        text = next((text[k] for k in _JSON_KEYS if isinstance(text.get(k), str)), None)
    if isinstance(text, str) and text.strip():
        return text.strip()
    return None
