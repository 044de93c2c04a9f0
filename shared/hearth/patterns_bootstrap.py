"""The patterns composition root: SummarizePatternsFunction's adapters, wired once per cold start.

Mirrors hearth.bootstrap: real adapters by default, anything passed in replaces them, and tests
and local tooling install their own service with `override`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from hearth.adapters.clock import SystemClock
from hearth.domain.patterns import InsightWriter, PatternService
from hearth.ports import Clock, LanguageModel, PatternStore, ProfileStore, Telemetry
from hearth.settings import Settings


def build_patterns(
    settings: Settings,
    *,
    store: PatternStore | None = None,
    profiles: ProfileStore | None = None,
    memory_enabled: Callable[[str], bool] | None = None,
    model: LanguageModel | None = None,
    clock: Clock | None = None,
    telemetry: Telemetry | None = None,
) -> PatternService:
    """Wire the pattern service. Anything passed in replaces the real adapter.

    Descriptions come from the model when one is configured (or passed in), else templates.
    """
    if store is None:
        from hearth.adapters.dynamodb_patterns import DynamoPatternStore

        store = DynamoPatternStore(
            settings.table_name, region=settings.aws_region, host=settings.dynamodb_endpoint
        )
    if memory_enabled is None:
        memory_enabled = _memory_setting(profiles or _profiles(settings))
    if telemetry is None:
        from hearth.observability import PowertoolsTelemetry

        telemetry = PowertoolsTelemetry()
    writer: InsightWriter | None = None
    if model is None and settings.uses_model:
        from hearth.bootstrap import language_model

        model = language_model(settings)
    if model is not None:
        from hearth.adapters.insight_writer import ModelInsightWriter

        writer = ModelInsightWriter(model)
    return PatternService(
        store=store,
        memory_enabled=memory_enabled,
        clock=clock or SystemClock(),
        telemetry=telemetry,
        writer=writer,
    )


def _profiles(settings: Settings) -> ProfileStore:
    from hearth.adapters.dynamodb_store import DynamoConversationStore

    return DynamoConversationStore(
        settings.table_name, region=settings.aws_region, host=settings.dynamodb_endpoint
    )


def _memory_setting(profiles: ProfileStore) -> Callable[[str], bool]:
    def memory_enabled(user_id: str) -> bool:
        # Pattern memory is on unless the person turned it off.
        return bool(getattr(profiles.get_preferences(user_id), "pattern_memory", True))

    return memory_enabled


_override: PatternService | None = None


@cache
def _default() -> PatternService:
    return build_patterns(Settings.from_env())


def pattern_service() -> PatternService:
    """The service for this process: built on first use, reused while the Lambda stays warm."""
    return _override if _override is not None else _default()


def override(replacement: PatternService | None) -> None:
    """Tests and local tooling install their own service (None restores the default)."""
    global _override
    _override = replacement
