"""`hearth chat`: a small terminal client for the local server, to talk to Hearth in a minute."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from typing import Any


class ChatClient:
    def __init__(self, base_url: str, token: str) -> None:
        self._base = base_url.rstrip("/")
        self._token = token

    def call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        request = urllib.request.Request(  # noqa: S310 - the URL is the local server's
            self._base + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={
                "Authorization": f"Bearer {self._token}",
                "Content-Type": "application/json",
                **(headers or {}),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")


def run_chat(base_url: str, token: str) -> int:
    client = ChatClient(base_url, token)
    try:
        status, session = client.call("POST", "/v1/sessions")
    except urllib.error.URLError:
        print(f"Can't reach Hearth at {base_url}. Start it with `make run` in another terminal.")
        return 1
    if status != 201:
        print(f"Could not start a session: {session.get('title', status)}")
        return 1
    print(f"\n{session['disclosure']['text']}\n")
    print("Type how you feel and press Enter. /quit to leave.\n")
    path = f"/v1/sessions/{session['sessionId']}/messages"
    while True:
        try:
            text = input("you > ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text in {"/quit", "/exit"}:
            return 0
        if not text:
            continue
        # One key per message, reused if we retry: the server answers a retry with the same turn.
        key = uuid.uuid4().hex
        status, turn = client.call("POST", path, {"text": text}, {"Idempotency-Key": key})
        if status == 409:
            status, turn = client.call("POST", path, {"text": text}, {"Idempotency-Key": key})
        if status != 201:
            print(f"  ({turn.get('title', 'error')}: {turn.get('detail', status)})")
            continue
        print_turn(turn)


def print_turn(turn: dict[str, Any]) -> None:
    reply = turn["reply"]
    note = " (offline listener)" if reply["responder"] == "offline" else ""
    print(f"\nhearth{note} > {reply['text']}\n")
    disclosure = turn.get("disclosure")
    if disclosure:
        print(f"  [{disclosure['text']}]\n")
    crisis = turn.get("crisis")
    if crisis:
        print("  ── You don't have to go through this alone ──")
        print(f"  Emergency: {crisis.get('emergencyNumber')}")
        for line in crisis.get("resources", []):
            ways = ", ".join(
                f"{label} {line[k]}"
                for k, label in (("phone", "call"), ("sms", "text"), ("chatUrl", "chat"))
                if line.get(k)
            )
            print(f"  • {line['name']}: {ways} ({line.get('hours', '')})")
        print()
