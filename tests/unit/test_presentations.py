"""Presentations that get a grounding reply instead of the model: narrow on purpose."""

from __future__ import annotations

import pytest

from hearth.domain.safety.presentations import Presentation, detect
from tests.support.harness import Hearth

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I know the neighbours are watching me through the walls, everywhere i go",
            Presentation.PERSECUTORY,
        ),
        ("I'm being followed, I'm sure of it, even at the gym", Presentation.PERSECUTORY),
        ("honestly I think I'm actually dead and nobody has noticed", Presentation.NIHILISTIC),
        ("the voices keep telling me I have to leave", Presentation.VOICES),
        ("I can hear god's voice telling me to give everything away", Presentation.VOICES),
        ("in my head they keep telling me I have to leave", Presentation.VOICES),
        (
            "haven't slept in four nights and I feel invincible, starting 3 companies",
            Presentation.MANIA,
        ),
        (
            "I checked the stove 40 times before leaving and I still can't stop",
            Presentation.COMPULSION,
        ),
    ],
)
def test_recognises_presentations_in_everyday_words(text: str, expected: Presentation) -> None:
    assert detect(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm dead 😂 that video",
        "I'm dead tired after the shift",
        "I feel dead inside lately",
        "my boss is after me about the report",
        "the voices in the choir were lovely",
        "my kids' voices are so loud today",
        "I haven't slept well, work is a lot",
        "I keep checking my phone for his text",
        "I washed the car and cleaned the kitchen",
        "best day ever, my sister had her baby",
        "I can't stop thinking about the breakup",
        "they told me the pain is permanent and I should rest",
    ],
)
def test_leaves_ordinary_talk_to_the_model(text: str) -> None:
    assert detect(text) is None


def test_a_grounding_reply_takes_the_place_of_the_model() -> None:
    hearth = Hearth()
    chat = hearth.container().chat
    sid = chat.start_session("ana").session.session_id
    turn = chat.take_turn("ana", sid, "the voices keep telling me I have to leave the city tonight")
    assert hearth.model.requests == []  # type: ignore[attr-defined]
    assert "doctor" in turn.reply.text and turn.reply.text.count("?") == 1
    assert hearth.telemetry.counts["Presentation.voices"] == 1
