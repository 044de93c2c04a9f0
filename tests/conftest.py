"""Test tiers and the network guard.

Every test belongs to one tier: `unit` (no network at all), `integration` (loopback only:
DynamoDB Local, the local Messages API server) or `e2e` (a deployed stack, opt-in). A test
without a tier marker gets the one its folder implies, `unit` outside tests/integration and
tests/e2e, so a forgotten marker can only make a test stricter.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
TIERS = ("unit", "integration", "e2e")

# The editable install already provides `hearth`; these cover a bare checkout and the handler
# module, which lives outside any package on purpose (Lambda imports it as `chat_turn`).
for path in (REPO, REPO / "shared", REPO / "functions" / "chat_turn"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))


class NetworkBlockedError(RuntimeError):
    """A test reached for the network its tier forbids. Not an OSError, so no client retries it."""


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # tryfirst: the tier must be set before `-m` selects on it.
    for item in items:
        if any(item.get_closest_marker(tier) for tier in TIERS):
            continue
        parts = Path(str(item.fspath)).relative_to(REPO).parts
        tier = parts[1] if len(parts) > 2 and parts[1] in ("integration", "e2e") else "unit"
        item.add_marker(getattr(pytest.mark, tier))


def _is_loopback(address: Any) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _network_guard(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    if request.node.get_closest_marker("e2e"):
        yield
        return
    loopback_allowed = request.node.get_closest_marker("integration") is not None
    tier = "integration" if loopback_allowed else "unit"

    def allowed(family: int, address: Any) -> bool:
        if family == getattr(socket, "AF_UNIX", object()):
            return True
        return loopback_allowed and _is_loopback(address)

    def refuse(address: Any) -> NetworkBlockedError:
        where = "only loopback is allowed" if loopback_allowed else "no network at all"
        return NetworkBlockedError(f"{tier} test tried to connect to {address!r}: {where}")

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_create_connection = socket.create_connection

    def connect(self: socket.socket, address: Any) -> None:
        if not allowed(self.family, address):
            raise refuse(address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not allowed(self.family, address):
            raise refuse(address)
        return real_connect_ex(self, address)

    # Checked before name resolution, so a blocked host never costs a DNS query either.
    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not allowed(socket.AF_INET, address):
            raise refuse(address)
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    yield
