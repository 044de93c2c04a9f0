"""Builds Hearth around fakes (or real adapters) for tests, as bootstrap builds it for Lambda."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from fastapi.testclient import TestClient

from hearth import bootstrap
from hearth.api.identity import issue_local_token
from hearth.local import invoke as local_invoke
from hearth.local.workspace import Workspace
from hearth.ports import ConversationStore, LanguageModel, PatternStore
from hearth.settings import Settings
from tests.support.fakes import (
    InMemoryConversationStore,
    RecordingTelemetry,
    ScriptedLanguageModel,
    SteppingClock,
)
from tests.support.pattern_fakes import InMemoryPatternStore

REPO = Path(__file__).resolve().parents[2]
LOCAL_KEY = "test-local-signing-key"


def load_function(name: str) -> ModuleType:
    return local_invoke.load_function(Workspace(REPO), name)


def auth(user_id: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_local_token(user_id, LOCAL_KEY)}"}


@dataclass
class Hearth:
    """A composed Hearth with handles on its parts, for arranging and asserting."""

    store: ConversationStore = field(default_factory=InMemoryConversationStore)
    model: LanguageModel = field(default_factory=ScriptedLanguageModel)
    clock: SteppingClock = field(default_factory=SteppingClock)
    telemetry: RecordingTelemetry = field(default_factory=RecordingTelemetry)
    patterns: PatternStore = field(default_factory=InMemoryPatternStore)
    settings: Settings = field(default_factory=lambda: Settings(local_auth_key=LOCAL_KEY))

    def container(self) -> bootstrap.Container:
        # Both the fake and the DynamoDB store keep profiles beside conversations.
        profiles = self.store if hasattr(self.store, "get_preferences") else None
        return bootstrap.build(
            self.settings,
            store=self.store,
            profiles=profiles,
            patterns=self.patterns,
            model=self.model,
            clock=self.clock,
            telemetry=self.telemetry,
        )

    @contextmanager
    def installed(self) -> Iterator[bootstrap.Container]:
        built = self.container()
        bootstrap.override(built)
        try:
            yield built
        finally:
            bootstrap.override(None)

    @contextmanager
    def client(self) -> Iterator[TestClient]:
        app = load_function("chat_turn").app
        with self.installed(), TestClient(app, raise_server_exceptions=False) as client:
            yield client
