from __future__ import annotations

import pytest

from hearth.adapters.offline_responder import OfflineResponder, mirror_feelings
from hearth.domain.conversation import Responder, Role
from hearth.domain.prompts import ModelRequest, PromptMessage

pytestmark = pytest.mark.unit


def _request(*texts: str, session: str = "s1") -> ModelRequest:
    roles = [Role.USER, Role.ASSISTANT]
    messages = tuple(PromptMessage(roles[i % 2], t) for i, t in enumerate(texts))
    return ModelRequest(system="", messages=messages, max_tokens=100, session_id=session)


def test_mirrors_the_feeling_words_and_asks_one_question() -> None:
    reply = OfflineResponder().reply(_request("I'm exhausted and so lonely lately"))
    assert "exhausted" in reply.text and "lonely" in reply.text
    assert reply.text.count("?") == 1


def test_is_deterministic() -> None:
    request = _request("I feel stuck")
    assert OfflineResponder().reply(request).text == OfflineResponder().reply(request).text


def test_never_repeats_its_previous_reply_in_a_session() -> None:
    responder = OfflineResponder()
    history: list[str] = []
    for i in range(12):
        history.append("I feel anxious" if i % 2 else "still anxious")
        reply = responder.reply(_request(*history)).text
        if len(history) > 1:
            assert reply != history[-2]
        history.append(reply)


def test_replies_vary_across_sessions() -> None:
    texts = {
        OfflineResponder().reply(_request("I feel anxious", session=f"s{i}")).text
        for i in range(20)
    }
    assert len(texts) > 5


def test_is_honest_about_what_it_is() -> None:
    responder = OfflineResponder(announce=True)
    assert responder.responder is Responder.OFFLINE
    text = responder.reply(_request("hello")).text
    assert "offline" in text
    for claim in ("I'm Claude", "I am human", "therapist", "therapy"):
        assert claim not in text


def test_does_not_mirror_everyday_words_as_feelings() -> None:
    assert mirror_feelings("I sat down and had nothing to eat") == []
