"""Never log message text or model output: checked on the paths most likely to leak."""

from __future__ import annotations

import logging

import pytest

from hearth.domain.errors import LanguageModelError
from tests.support.fakes import InMemoryConversationStore, ScriptedLanguageModel
from tests.support.harness import Hearth, auth

pytestmark = pytest.mark.unit

SECRET_WORDS = "my neighbour Tamsin knows about the blue notebook"
MODEL_WORDS = "Tamsin sounds like she matters to you"


def test_turns_errors_and_crises_log_no_words(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    store = InMemoryConversationStore()
    hearth = Hearth(
        store=store,
        model=ScriptedLanguageModel(
            script=[
                LanguageModelError("overloaded"),
                MODEL_WORDS,
                "As your therapist: " + MODEL_WORDS,
            ]
        ),
    )
    with hearth.client() as client:
        sid = client.post("/v1/sessions", headers=auth("ana")).json()["sessionId"]
        path = f"/v1/sessions/{sid}/messages"
        for text in (
            SECRET_WORDS,
            SECRET_WORDS + " again",
            "I want to kill myself, " + SECRET_WORDS,
        ):
            assert client.post(path, json={"text": text}, headers=auth("ana")).status_code == 201
        client.post(path, json={"text": "x" * 5000}, headers=auth("ana"))
        store.fail_writes = True
        client.post(path, json={"text": SECRET_WORDS}, headers=auth("ana"))

    logged = caplog.text + capsys.readouterr().out + capsys.readouterr().err
    assert "Tamsin" not in logged and "notebook" not in logged
    assert "x" * 100 not in logged
