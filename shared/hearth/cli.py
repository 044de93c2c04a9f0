"""`hearth`: local development and evaluation commands. Not used by the deployed functions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hearth.local.workspace import API_PORT, Workspace


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hearth", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="DynamoDB Local + the API on 127.0.0.1 (make run)")
    serve.add_argument("--port", type=int, default=API_PORT)

    token = commands.add_parser("token", help="print a local bearer token for USER_ID")
    token.add_argument("user_id")

    chat = commands.add_parser("chat", help="talk to the local server in the terminal")
    chat.add_argument("--url", default=f"http://127.0.0.1:{API_PORT}")
    chat.add_argument("--user", default="local-user")

    invoke = commands.add_parser("invoke", help="run a function's handler on an events/ file")
    invoke.add_argument("function")
    invoke.add_argument("event_file", type=Path)

    commands.add_parser(
        "screen", help='crisis screen: JSON Lines {"text", "context"?} in, verdicts out'
    )
    commands.add_parser("guard", help='output guard: JSON Lines {"user", "reply"} in, verdicts out')
    commands.add_parser("analyze", help='emotion analyzer: JSON Lines {"text"} in, analyses out')

    import_ = commands.add_parser("import", help="import a JSON Lines history for USER_ID")
    import_.add_argument("user_id")
    import_.add_argument("file", type=Path)

    summarize = commands.add_parser("summarize", help="run pattern summarization for USER_ID")
    summarize.add_argument("user_id")

    args = parser.parse_args(argv)
    if args.command in {"screen", "guard", "analyze"}:
        return _json_lines(args.command)
    workspace = Workspace.find()
    if args.command == "serve":
        from hearth.local.server import serve as run_server

        return run_server(workspace, args.port)
    if args.command == "token":
        from hearth.api.identity import issue_local_token

        print(issue_local_token(args.user_id, workspace.auth_key()))
        return 0
    if args.command == "chat":
        from hearth.api.identity import issue_local_token
        from hearth.local.chat_client import run_chat

        return run_chat(args.url, issue_local_token(args.user, workspace.auth_key()))
    if args.command == "invoke":
        return _invoke(workspace, args.function, args.event_file)
    if args.command == "import":
        return _import(workspace, args.user_id, args.file)
    if args.command == "summarize":
        return _summarize(workspace, args.user_id)
    parser.error(f"unknown command {args.command}")
    return 2


def _json_lines(command: str) -> int:
    """Evaluation entry points: one JSON object per input line, in order, nothing else."""
    from hearth.domain.emotions import EmotionAnalyzer
    from hearth.domain.safety import screen
    from hearth.domain.safety.guard import check_reply
    from hearth.domain.safety.policy import decide

    analyzer = EmotionAnalyzer.load  # loaded on first use only: `screen` needs no weights

    for line in sys.stdin:
        if not line.strip():
            continue
        item = json.loads(line)
        out: dict[str, object]
        if command == "analyze":
            out = analyzer().analyze(str(item.get("text", ""))).to_dict()
        elif command == "screen":
            result = screen(str(item.get("text", "")), [str(c) for c in item.get("context") or []])
            out = {
                "risk": result.tier.value,
                "categories": [c.value for c in result.categories],
                "referral": result.referral,
            }
        else:
            user = str(item.get("user", ""))
            # The same rule the chat turn applies (policy.SafetyDecision.guard_risk_context).
            at_risk = decide(screen(user), in_safety_mode=False, says_safe=False).guard_risk_context
            verdict = check_reply(str(item.get("reply", "")), user_text=user, risk_context=at_risk)
            out = {"allowed": verdict.allowed, "reasons": list(verdict.reasons)}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()
    return 0


def _import(workspace: Workspace, user_id: str, file: Path) -> int:
    """A JSON Lines history into the local store, through the same domain path as a turn."""
    from datetime import datetime

    from hearth import bootstrap, patterns_bootstrap
    from hearth.domain.patterns import observation_from_item
    from hearth.local.stack import local_stack

    entries = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            entries.append((str(item["text"]), datetime.fromisoformat(str(item["createdAt"]))))
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"hearth import: line {number}: {type(exc).__name__}") from None
    with local_stack(workspace):
        session, messages = bootstrap.container().chat.import_history(user_id, entries)
        # What the table's stream does when deployed, done now so `summarize` sees it at once;
        # recording is idempotent, so the stream pump of a running `make run` adds nothing twice.
        observations = [
            observation
            for message in messages
            if (
                observation := observation_from_item(
                    {
                        "kind": "message",
                        "role": "user",
                        "userId": user_id,
                        "messageId": message.message_id,
                        "createdAt": message.created_at.isoformat(),
                        "analysis": message.analysis,
                    }
                )
            )
        ]
        patterns_bootstrap.pattern_service().ingest({user_id: observations})
    print(json.dumps({"sessionId": session.session_id, "imported": len(messages)}))
    return 0


def _summarize(workspace: Workspace, user_id: str) -> int:
    from hearth import patterns_bootstrap
    from hearth.api.schemas import InsightPublic
    from hearth.local.stack import local_stack

    with local_stack(workspace):
        insights = patterns_bootstrap.pattern_service().summarize_user(user_id)
    items = [InsightPublic.from_domain(i).model_dump(mode="json", by_alias=True) for i in insights]
    print(json.dumps({"userId": user_id, "insights": items}, indent=2))
    return 0


def _invoke(workspace: Workspace, function: str, event_file: Path) -> int:
    from hearth.local.invoke import invoke, seed_example_session
    from hearth.local.stack import local_stack

    with local_stack(workspace):
        event = json.loads(event_file.read_text())
        seed_example_session(event)
        result = invoke(workspace, function, event_file)
    json.dump(result, sys.stdout, indent=2)
    print()
    status = result.get("statusCode", 200) if isinstance(result, dict) else 200
    return 0 if int(status) < 500 else 1


if __name__ == "__main__":
    raise SystemExit(main())
