"""`make run`: DynamoDB Local and the chat API on 127.0.0.1, with honest start-up lines."""

from __future__ import annotations

from hearth.local.invoke import load_function
from hearth.local.stack import local_stack
from hearth.local.workspace import DYNAMODB_PORT, Workspace
from hearth.settings import LlmProvider


def serve(workspace: Workspace, port: int) -> int:
    import uvicorn

    with local_stack(workspace) as settings:
        app = load_function(workspace, "chat_turn").app
        if settings.llm_provider is LlmProvider.OFFLINE:
            responder = "the offline responder (set ANTHROPIC_API_KEY to use Claude)"
        else:
            responder = f"Claude ({settings.model_id} via {settings.llm_provider.value})"
        print(
            f"Hearth is listening on http://127.0.0.1:{port}\n"
            f"  replies:   {responder}\n"
            f"  DynamoDB:  Local on 127.0.0.1:{DYNAMODB_PORT}, table {settings.table_name},"
            f" data in {workspace.dynamodb_data}\n"
            f"  talk:      .venv/bin/hearth chat\n"
            f"  token:     .venv/bin/hearth token YOUR_NAME\n"
            "Ctrl-C stops both.",
            flush=True,
        )
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
    return 0
