"""The composition root: real adapters wired once per cold start; tests compose fakes instead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from hearth.adapters.clock import SystemClock
from hearth.adapters.offline_responder import OfflineResponder
from hearth.domain.account import AccountService
from hearth.domain.chat import ChatPolicy, ChatService
from hearth.domain.conversation import Responder
from hearth.domain.emotions import EmotionAnalyzer
from hearth.domain.patterns import PatternService
from hearth.domain.profile import ProfileService
from hearth.ports import (
    Clock,
    ConversationStore,
    LanguageModel,
    PatternStore,
    ProfileStore,
    Telemetry,
)
from hearth.settings import LlmProvider, Settings


@dataclass(frozen=True)
class Container:
    settings: Settings
    store: ConversationStore
    profiles: ProfileStore
    chat: ChatService
    profile: ProfileService
    patterns: PatternService
    account: AccountService


def build(
    settings: Settings,
    *,
    store: ConversationStore | None = None,
    profiles: ProfileStore | None = None,
    patterns: PatternStore | None = None,
    model: LanguageModel | None = None,
    clock: Clock | None = None,
    telemetry: Telemetry | None = None,
) -> Container:
    """Wire Hearth. Anything passed in replaces the real adapter (tests pass fakes)."""
    if patterns is None:
        from hearth.adapters.dynamodb_patterns import DynamoPatternStore

        patterns = DynamoPatternStore(
            settings.table_name, region=settings.aws_region, host=settings.dynamodb_endpoint
        )
    if store is None or profiles is None:
        from hearth.adapters.dynamodb_store import DynamoConversationStore

        dynamo = DynamoConversationStore(
            settings.table_name, region=settings.aws_region, host=settings.dynamodb_endpoint
        )
        store = store or dynamo
        profiles = profiles or dynamo
    if telemetry is None:
        from hearth.observability import PowertoolsTelemetry

        telemetry = PowertoolsTelemetry()
    model = model or language_model(settings)
    clock = clock or SystemClock()
    chat = ChatService(
        store=store,
        profiles=profiles,
        model=model,
        fallback=OfflineResponder(announce=model.responder is not Responder.OFFLINE),
        clock=clock,
        telemetry=telemetry,
        analyzer=EmotionAnalyzer.load(),
        patterns=patterns,
        policy=ChatPolicy(
            history_token_budget=settings.history_token_budget,
            history_max_messages=settings.history_max_messages,
            max_reply_tokens=settings.max_reply_tokens,
            memory_token_budget=settings.memory_token_budget,
        ),
    )
    known_profiles = profiles
    return Container(
        settings=settings,
        store=store,
        profiles=profiles,
        chat=chat,
        profile=ProfileService(profiles=profiles, clock=clock, patterns=patterns),
        # The API only lists, corrects, dismisses and deletes: descriptions are written by the
        # summarization function, so no model is needed here.
        patterns=PatternService(
            store=patterns,
            memory_enabled=lambda user_id: known_profiles.get_preferences(user_id).pattern_memory,
            clock=clock,
            telemetry=telemetry,
        ),
        account=AccountService(
            store=store, profiles=profiles, patterns=patterns, clock=clock, telemetry=telemetry
        ),
    )


def language_model(settings: Settings) -> LanguageModel:
    if settings.llm_provider is LlmProvider.OFFLINE:
        return OfflineResponder()
    # Imported here so an offline deployment never pays the SDK's import time.
    from hearth.adapters import anthropic_model

    client: anthropic_model.AnthropicClient
    refresh: Callable[[], anthropic_model.AnthropicClient] | None = None
    if settings.llm_provider is LlmProvider.BEDROCK:
        client = anthropic_model.make_bedrock_client(
            aws_region=settings.aws_region,
            base_url=settings.anthropic_base_url,
            timeout_seconds=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
        )
    else:
        from hearth.adapters.secrets import resolve_anthropic_api_key

        def anthropic_client(fresh: bool = False) -> anthropic_model.AnthropicClient:
            return anthropic_model.make_anthropic_client(
                api_key=resolve_anthropic_api_key(settings, fresh=fresh),
                base_url=settings.anthropic_base_url,
                timeout_seconds=settings.llm_timeout_seconds,
                max_retries=settings.llm_max_retries,
            )

        client = anthropic_client()
        if settings.anthropic_secret_name and not settings.anthropic_api_key:
            # Deployed, the key lives in Secrets Manager and may be rotated while this function
            # stays warm: a 401 reads it again (past the cache) and rebuilds the client once.
            def refresh() -> anthropic_model.AnthropicClient:
                return anthropic_client(fresh=True)
    return anthropic_model.AnthropicLanguageModel(
        client,
        settings.model_id,
        streaming=settings.llm_streaming,
        refresh_client=refresh,
    )


_override: Container | None = None


@cache
def _default() -> Container:
    return build(Settings.from_env())


def container() -> Container:
    """The container for this process: built on first use, reused while the Lambda stays warm."""
    return _override if _override is not None else _default()


def prewarm() -> None:
    """Build the container during Lambda's init phase (imports and the secret read happen
    before the first request, on init's boosted CPU). Outside Lambda, do nothing."""
    if Settings.from_env().running_in_lambda and _override is None:
        container()


def override(replacement: Container | None) -> None:
    """Tests and local tooling install their own container (None restores the default)."""
    global _override
    _override = replacement
