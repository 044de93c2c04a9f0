"""The local stack: DynamoDB Local with the template's tables, and Hearth wired to it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

from hearth import bootstrap, escalation_bootstrap, patterns_bootstrap
from hearth.local.dynamodb_local import DynamoDBLocal, ensure_tables, find_jar_dir
from hearth.local.workspace import DYNAMODB_PORT, Workspace
from hearth.settings import Settings, local_settings


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.3)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def local_stack(workspace: Workspace, port: int = DYNAMODB_PORT) -> Iterator[Settings]:
    """Start DynamoDB Local (persistent, -sharedDb) unless one already answers on `port`."""
    endpoint = f"http://127.0.0.1:{port}"
    engine: DynamoDBLocal | None = None
    if not _port_open(port):
        engine = DynamoDBLocal(
            jar_dir=find_jar_dir(workspace.root),
            port=port,
            data_dir=workspace.dynamodb_data,
            shared_db=True,
        )
        engine.start()
    try:
        settings = local_settings(dynamodb_endpoint=endpoint, auth_key=workspace.auth_key())
        ensure_tables(
            endpoint,
            workspace.template,
            {
                "HearthTable": settings.table_name,
                "EscalationTable": settings.escalation_table_name,
            },
        )
        bootstrap.override(bootstrap.build(settings))
        escalation_bootstrap.override(escalation_bootstrap.build_escalation(settings))
        patterns_bootstrap.override(patterns_bootstrap.build_patterns(settings))
        yield settings
    finally:
        bootstrap.override(None)
        escalation_bootstrap.override(None)
        patterns_bootstrap.override(None)
        if engine is not None:
            engine.stop()
