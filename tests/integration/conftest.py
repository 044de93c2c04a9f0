"""Integration fixtures: one in-memory DynamoDB Local per session, tables from template.yaml."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth.local.dynamodb_local import (
    DynamoDBLocal,
    DynamoDBLocalError,
    ensure_tables,
    find_jar_dir,
    free_port,
)

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "template.yaml"


@pytest.fixture(autouse=True)
def _offline_aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dummy credentials and region, and no profile or instance metadata to fall back on."""
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")


@pytest.fixture(scope="session")
def dynamodb_local() -> Iterator[DynamoDBLocal]:
    # `make test` installs the engine, so a missing one is a broken setup, not a reason to skip.
    try:
        engine = DynamoDBLocal(jar_dir=find_jar_dir(REPO), port=free_port())
        engine.start()
    except DynamoDBLocalError as exc:
        pytest.fail(f"DynamoDB Local could not start: {exc}", pytrace=False)
    yield engine
    engine.stop()


@pytest.fixture(scope="session")
def dynamodb_endpoint(dynamodb_local: DynamoDBLocal) -> str:
    return dynamodb_local.endpoint


@pytest.fixture(scope="session")
def hearth_table_name(dynamodb_endpoint: str) -> str:
    """HearthTable as template.yaml defines it, under a name unique to this test session."""
    name = f"hearth-test-{uuid.uuid4().hex[:8]}"
    ensure_tables(dynamodb_endpoint, TEMPLATE, {"HearthTable": name})
    return name
