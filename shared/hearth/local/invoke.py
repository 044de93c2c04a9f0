"""`hearth invoke FUNCTION EVENT_FILE`: the Docker-free twin of `sam local invoke`."""

from __future__ import annotations

import importlib
import json
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from hearth.local.workspace import Workspace


@dataclass
class LocalLambdaContext:
    """The attributes Powertools reads from a Lambda context."""

    function_name: str
    memory_limit_in_mb: int = 1024
    aws_request_id: str = ""
    invoked_function_arn: str = ""
    log_group_name: str = "local"
    log_stream_name: str = "local"

    def __post_init__(self) -> None:
        self.aws_request_id = self.aws_request_id or str(uuid.uuid4())
        self.invoked_function_arn = (
            f"arn:aws:lambda:us-east-1:000000000000:function:{self.function_name}"
        )

    def get_remaining_time_in_millis(self) -> int:
        return 28_000


def load_function(workspace: Workspace, function: str) -> ModuleType:
    """Import functions/<name>/<name>.py as Lambda does, with its folder on sys.path."""
    folder = workspace.root / "functions" / function
    if not (folder / f"{function}.py").is_file():
        known = sorted(p.name for p in (workspace.root / "functions").iterdir() if p.is_dir())
        raise SystemExit(f"hearth: no function {function!r}; known: {', '.join(known)}")
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    return importlib.import_module(function)


def invoke(workspace: Workspace, function: str, event_file: Path) -> dict[str, Any]:
    event = json.loads(event_file.read_text())
    handler = load_function(workspace, function).handler
    result: dict[str, Any] = handler(event, LocalLambdaContext(function_name=function))
    return result


def seed_example_session(event: dict[str, Any]) -> None:
    """Example events name a fixed session id; make sure it exists for the event's user locally."""
    from hearth import bootstrap
    from hearth.domain.conversation import Session

    claims = event.get("requestContext", {}).get("authorizer", {}).get("jwt", {}).get("claims", {})
    session_id = (event.get("pathParameters") or {}).get("sessionId") or _session_from_path(event)
    user = claims.get("sub")
    if not (user and session_id):
        return
    store = bootstrap.container().store
    if store.get_session(user, session_id) is None:
        now = datetime.now(UTC)
        store.create_session(Session(user, session_id, created_at=now, last_activity_at=now))


def _session_from_path(event: dict[str, Any]) -> str | None:
    parts = str(event.get("rawPath", "")).strip("/").split("/")
    return parts[2] if len(parts) >= 3 and parts[1] == "sessions" else None
