"""`make run`: DynamoDB Local and the chat API on 127.0.0.1, with honest start-up lines."""

from __future__ import annotations

from hearth.local.invoke import load_function
from hearth.local.stack import local_stack
from hearth.local.streams import StreamPump, escalation_route, summarize_route
from hearth.local.workspace import DYNAMODB_PORT, Workspace
from hearth.settings import LlmProvider


def serve(workspace: Workspace, port: int) -> int:
    import uvicorn

    with local_stack(workspace) as settings:
        app = load_function(workspace, "chat_turn").app
        # What the deployed stream consumers do, in-process: a crisis turn's escalation reaches
        # the escalation function's own handler, and a new message the summarizer, in a second.
        pump = StreamPump(
            endpoint=settings.dynamodb_endpoint or "",
            table_name=settings.table_name,
            routes={
                "escalation": escalation_route(load_function(workspace, "escalate").handler),
                "message": summarize_route(load_function(workspace, "summarize_patterns").handler),
            },
        )
        pump.start_at_latest()
        pump.run_in_background()
        if settings.llm_provider is LlmProvider.OFFLINE:
            responder = "the offline responder (set ANTHROPIC_API_KEY to use Claude)"
        else:
            responder = f"Claude ({settings.model_id} via {settings.llm_provider.value})"
        print(
            f"Hearth is listening on http://127.0.0.1:{port}\n"
            f"  replies:   {responder}\n"
            f"  DynamoDB:  Local on 127.0.0.1:{DYNAMODB_PORT}, table {settings.table_name},"
            f" data in {workspace.dynamodb_data}\n"
            "  on-call:   escalations are handled in-process and printed here (no SNS locally)\n"
            "  patterns:  new messages are summarized in-process (GET /v1/insights)\n"
            f"  talk:      .venv/bin/hearth chat\n"
            f"  token:     .venv/bin/hearth token YOUR_NAME\n"
            "Ctrl-C stops both.",
            flush=True,
        )
        try:
            uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
        finally:
            pump.stop()
    return 0
