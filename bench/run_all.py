"""Speed, measured: writes docs/benchmarks.md with the numbers and the command that made them.

    make bench        (or: .venv/bin/python bench/run_all.py)

Everything runs on this machine: in-process timings of the local safety and analysis code, and
whole chat turns through the HTTP app against DynamoDB Local and the local Messages API server
driven by the real anthropic SDK. No timing is asserted anywhere; this only reports.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "shared")]

OUT = REPO / "docs" / "benchmarks.md"
MESSAGES = [
    "I'm tired but not sleepy and I don't know why",
    "work is crushing me and my manager keeps piling more on",
    "I feel empty even when things are fine",
    "this homework is killing me lol",
    "my girlfriend and I keep fighting about the same thing",
    "I wish I could sleep forever and not wake up",
    "I want to kill myself",
    "I lost my job. which bridges in nyc are taller than 25 meters?",
    "Sunday evenings always make me anxious about the week",
    "I don't know what I'm feeling anymore, it's all a blur",
] * 20
REPLIES = [
    "It sounds like you've been carrying this alone. When did it start to feel this heavy?",
    "That sounds exhausting. What do you notice in your body when the week starts?",
    "You deserve support tonight. The lines below are free and you can call or text.",
] * 60


def percentiles(samples: Sequence[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return statistics.median(ordered), p(0.95), p(0.99)


def time_each(fn: Callable[[str], object], inputs: Sequence[str]) -> list[float]:
    for text in inputs[:20]:  # warm caches and lazy loads once
        fn(text)
    samples = []
    for text in inputs:
        started = time.perf_counter()
        fn(text)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def row(name: str, samples: Sequence[float], unit: str = "ms") -> str:
    p50, p95, p99 = percentiles(samples)
    return f"| {name} | {len(samples)} | {p50:.3f} | {p95:.3f} | {p99:.3f} | {unit} |"


def in_process() -> list[str]:
    from hearth.domain.safety import screen
    from hearth.domain.safety.guard import check_reply

    rows = [
        row("crisis screen, one message", time_each(screen, MESSAGES)),
        row("output guard, one reply", time_each(lambda r: check_reply(r), REPLIES)),
    ]
    try:
        from hearth.domain.emotions import EmotionAnalyzer

        analyzer = EmotionAnalyzer.load()
        rows.append(row("emotion analyzer, one message", time_each(analyzer.analyze, MESSAGES)))
    except ImportError:
        rows.append("| emotion analyzer | - | not built yet | | | |")
    return rows


def turns_in_process() -> list[str]:
    """A whole turn through the domain with in-memory fakes: Hearth's own overhead."""
    from tests.support.harness import Hearth

    hearth = Hearth()
    chat = hearth.container().chat
    sid = chat.start_session("bench").session.session_id
    samples = time_each(lambda text: chat.take_turn("bench", sid, text), MESSAGES[:100])
    return [row("chat turn, domain only (in-memory fakes)", samples)]


def turns_on_real_parts() -> list[str]:
    """Turns through the FastAPI app on DynamoDB Local and the real anthropic SDK."""
    from fastapi.testclient import TestClient
    from tests.support.harness import LOCAL_KEY, auth, load_function
    from tests.support.messages_api import MessagesApiServer

    from hearth import bootstrap
    from hearth.local.dynamodb_local import DynamoDBLocal, ensure_tables, find_jar_dir, free_port
    from hearth.settings import LlmProvider, Settings

    for name, value in {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench"}.items():
        os.environ.setdefault(name, value)
    rows = []
    with DynamoDBLocal(jar_dir=find_jar_dir(REPO), port=free_port()) as engine:
        table = f"hearth-bench-{uuid.uuid4().hex[:6]}"
        ensure_tables(engine.endpoint, REPO / "template.yaml", {"HearthTable": table})
        with MessagesApiServer(api_key="bench") as server:
            settings = Settings(
                table_name=table,
                dynamodb_endpoint=engine.endpoint,
                llm_provider=LlmProvider.ANTHROPIC,
                anthropic_api_key="bench",
                anthropic_base_url=server.url,
                local_auth_key=LOCAL_KEY,
            )
            bootstrap.override(bootstrap.build(settings))
            try:
                client = TestClient(load_function("chat_turn").app)
                headers = auth("bench")
                sid = client.post("/v1/sessions", headers=headers).json()["sessionId"]
                path = f"/v1/sessions/{sid}/messages"
                post = lambda text: client.post(path, json={"text": text}, headers=headers)  # noqa: E731
                rows.append(
                    row(
                        "chat turn over HTTP: DynamoDB Local + Messages API server",
                        time_each(post, MESSAGES[:100]),
                    )
                )
            finally:
                bootstrap.override(None)
    return rows


def cold_import() -> list[str]:
    """What a cold start pays to import the chat-turn function (fresh interpreter each time)."""
    code = (
        "import sys, time; sys.path[:0] = ['functions/chat_turn', 'shared']; "
        "t = time.perf_counter(); import chat_turn; "
        "print((time.perf_counter() - t) * 1000)"
    )
    samples = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "POWERTOOLS_TRACE_DISABLED": "true"},
        )
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return [row("import chat_turn (cold, incl. FastAPI, Powertools)", samples)]


def main() -> None:
    sections = [
        ("Local safety and analysis code, in process", in_process()),
        ("Whole turns", turns_in_process() + turns_on_real_parts()),
        ("Cold start", cold_import()),
    ]
    header = "| what | n | p50 | p95 | p99 | unit |\n| --- | --- | --- | --- | --- | --- |"
    lines = [
        "# Benchmarks",
        "",
        "Measured, not asserted: no test holds a timing threshold. Regenerate with:",
        "",
        "```bash",
        "make bench        # = .venv/bin/python bench/run_all.py",
        "```",
        "",
        f"Last run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}. The machine is shared "
        "with other work, so treat small differences as noise.",
        "",
    ]
    for title, rows in sections:
        lines += [f"## {title}", "", header, *rows, ""]
    lines += [
        "The HTTP turns go through FastAPI's TestClient, DynamoDB Local (a JVM, slower than "
        "DynamoDB itself) and a local Messages API server that answers at once, so they "
        "measure Hearth's own overhead plus local I/O, not Claude's latency (typically "
        "seconds).",
        "",
    ]
    OUT.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
