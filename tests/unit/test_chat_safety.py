"""The safety layer inside a turn: what a person in crisis, and on-call staff, would notice.

The model is scripted to misbehave where it matters: safety must not depend on it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from hearth.domain import disclosure
from hearth.domain.conversation import Preferences, Responder, Role, Turn
from hearth.domain.errors import LanguageModelError
from hearth.domain.safety import messages as safety_words
from hearth.domain.safety.plan import Contact, SafetyPlan
from tests.support.fakes import InMemoryConversationStore, ScriptedLanguageModel
from tests.support.harness import Hearth

pytestmark = pytest.mark.unit


@pytest.fixture
def hearth() -> Hearth:
    return Hearth()


def _store(hearth: Hearth) -> InMemoryConversationStore:
    assert isinstance(hearth.store, InMemoryConversationStore)
    return hearth.store


def _model(hearth: Hearth) -> ScriptedLanguageModel:
    assert isinstance(hearth.model, ScriptedLanguageModel)
    return hearth.model


def _turns(hearth: Hearth, *texts: str, accept_language: str | None = "en-US") -> list[Turn]:
    chat = hearth.container().chat
    sid = chat.start_session("ana").session.session_id
    return [chat.take_turn("ana", sid, t, accept_language=accept_language) for t in texts]


def test_high_risk_gets_a_preapproved_reply_and_card_without_the_model(hearth: Hearth) -> None:
    (turn,) = _turns(hearth, "I want to kill myself")

    assert _model(hearth).requests == []
    meta = turn.reply.reply_meta
    assert meta is not None and meta.responder is Responder.SAFETY
    assert turn.reply.text.count("?") == 1
    card = turn.crisis
    assert card is not None and card.referral and card.tier == "high"
    assert card.categories == ("suicide",)
    assert any(line.phone for line in card.resources) and any(line.sms for line in card.resources)
    assert hearth.telemetry.counts["CrisisDetected"] == 1


def test_a_past_attempt_gets_the_card_with_words_about_then_and_now(hearth: Hearth) -> None:
    # Told as history, it is still referred (people rarely mention it when it's far away),
    # but the reply must not assume a crisis tonight: it acknowledges the past, asks about now.
    past, current = _turns(hearth, "I tried to kill myself a few years ago", "I want to die")

    assert past.crisis is not None and past.crisis.referral and past.crisis.tier == "high"
    assert any(line.phone for line in past.crisis.resources)
    assert past.reply.text.count("?") == 1
    assert "these days" in past.reply.text or "around for you now" in past.reply.text
    assert "right now" not in past.reply.text.lower()
    assert current.reply.text != past.reply.text
    assert "these days" not in current.reply.text and "around for you now" not in current.reply.text
    # On-call staff are told which is which, so they can triage.
    first, second = _store(hearth).outbox
    assert (first.reason, second.reason) == ("told_as_past", "current")


def test_high_risk_queues_one_escalation_with_ids_and_labels_only(hearth: Hearth) -> None:
    (turn,) = _turns(hearth, "I want to kill myself")
    (event,) = _store(hearth).outbox
    assert event.message_id == turn.user_message.message_id
    assert (event.tier, event.categories) == ("high", ("suicide",))
    assert "kill" not in str(event.to_dict())


def test_imminent_risk_puts_the_emergency_number_first(hearth: Hearth) -> None:
    (turn,) = _turns(hearth, "I have the pills counted out and tonight is the night")
    card = turn.crisis
    assert card is not None and card.tier == "imminent"
    assert card.resources[0].name == "Emergency services"
    assert card.resources[0].phone == card.emergency_number == "911"
    assert "911" in turn.reply.text


def test_crisis_card_works_when_the_model_is_down(hearth: Hearth) -> None:
    hearth.model = ScriptedLanguageModel(script=[LanguageModelError("overloaded")] * 5)
    (turn,) = _turns(hearth, "kms")
    assert turn.crisis is not None and turn.crisis.referral
    assert len(_store(hearth).outbox) == 1


def test_moderate_risk_uses_the_safety_prompt_ends_with_check_in_and_offers_lines(
    hearth: Hearth,
) -> None:
    # Passive wishes to be dead now get the card; a joke-wrapped wish stays MODERATE.
    (turn,) = _turns(hearth, "I want to die. jk")
    request = _model(hearth).requests[-1]
    assert safety_words.SAFETY_MODE_INSTRUCTION in request.context
    assert turn.reply.text.endswith(safety_words.CHECK_INS[0])
    assert turn.crisis is not None and not turn.crisis.referral
    assert _store(hearth).outbox == []


def test_ordinary_venting_has_no_card_and_no_safety_prompt(hearth: Hearth) -> None:
    (turn,) = _turns(hearth, "this homework is killing me lol")
    context = _model(hearth).requests[-1].context
    assert turn.crisis is None
    assert safety_words.SAFETY_MODE_INSTRUCTION not in context
    assert safety_words.CONCERN_INSTRUCTION not in context


def test_safety_mode_survives_a_lol_and_ends_when_the_person_says_they_are_safe(
    hearth: Hearth,
) -> None:
    crisis, joke, safe, later = _turns(
        hearth, "I want to end my life", "lol", "I'm safe now, I won't do anything", "ok thanks"
    )
    assert crisis.crisis is not None
    assert joke.crisis is not None and joke.crisis.tier == "moderate"
    assert safety_words.SAFETY_MODE_INSTRUCTION in _model(hearth).requests[0].context
    assert safe.crisis is None
    assert later.crisis is None
    assert hearth.telemetry.counts["SafetyModeCleared"] == 1


def test_third_party_concern_supports_the_helper_without_paging_staff(hearth: Hearth) -> None:
    (turn,) = _turns(hearth, "my friend says she wants to die")
    assert turn.crisis is not None and turn.crisis.third_party
    assert "looking out for them" in turn.reply.text
    assert _store(hearth).outbox == []


def test_abuse_card_leads_with_a_domestic_violence_line(hearth: Hearth) -> None:
    (turn,) = _turns(hearth, "my husband hits me and I am scared to go home")
    assert turn.crisis is not None
    assert "Domestic Violence" in turn.crisis.resources[0].name


def test_country_comes_from_accept_language_then_preference(hearth: Hearth) -> None:
    (uk,) = _turns(hearth, "I want to kill myself", accept_language="en-GB,en;q=0.8")
    assert uk.crisis is not None and uk.crisis.emergency_number == "999"
    assert uk.crisis.resources[0].name == "Samaritans"
    _store(hearth).preferences["ana"] = Preferences(country="AU")
    (au,) = _turns(hearth, "I want to kill myself", accept_language="en-GB")
    assert au.crisis is not None and au.crisis.emergency_number == "000"
    for header in ("xx-ZZ", None):
        (unknown,) = _turns(Hearth(), "I want to kill myself", accept_language=header)
        assert unknown.crisis is not None and unknown.crisis.country == "INTL"


def test_card_carries_the_persons_own_safety_plan(hearth: Hearth) -> None:
    plan = SafetyPlan(reasons_to_live=("my dog Biscuit",), people_to_ask=(Contact("Sam", "555"),))
    _store(hearth).plans["ana"] = plan
    (turn,) = _turns(hearth, "I want to kill myself")
    assert turn.crisis is not None and turn.crisis.safety_plan == plan


def test_unsafe_model_draft_is_regenerated_and_never_stored(hearth: Hearth) -> None:
    unsafe = "You clearly have bipolar disorder; you should double your lithium."
    hearth.model = ScriptedLanguageModel(script=[unsafe, "That sounds like a hard week."])
    (turn,) = _turns(hearth, "my moods swing so much lately")
    assert turn.reply.text == "That sounds like a hard week."
    assert all("lithium" not in m.text for m in _store(hearth).all_messages())
    assert safety_words.STRICT_INSTRUCTION in _model(hearth).requests[-1].context
    assert hearth.telemetry.counts["OutputBlocked"] == 1
    meta = turn.reply.reply_meta
    assert meta is not None and "medication_advice" in meta.guard_reasons


def test_model_that_keeps_misbehaving_gets_the_fixed_safe_reply(hearth: Hearth) -> None:
    hearth.model = ScriptedLanguageModel(default="As your therapist, I diagnose you with PTSD.")
    (turn,) = _turns(hearth, "I keep having flashbacks")
    assert turn.reply.text == safety_words.FALLBACK_REPLY
    assert hearth.telemetry.counts["OutputFallback"] == 1


def test_asking_if_human_is_answered_truthfully_whatever_the_model_says(hearth: Hearth) -> None:
    hearth.model = ScriptedLanguageModel(default="Yes, I'm a real person, not a bot.")
    (turn,) = _turns(hearth, "wait, are you a real person?")
    assert turn.disclosure is not None and turn.disclosure.reason == "asked"
    assert turn.reply.text.startswith(disclosure.ASKED_TEXT)
    assert "real person, not a bot" not in turn.reply.text


def test_disclosure_is_repeated_after_three_hours_of_conversation(hearth: Hearth) -> None:
    chat = hearth.container().chat
    sid = chat.start_session("ana").session.session_id
    assert chat.take_turn("ana", sid, "hello").disclosure is None
    hearth.clock.advance(timedelta(hours=3))
    reminded = chat.take_turn("ana", sid, "still here")
    assert reminded.disclosure is not None and reminded.disclosure.reason == "periodic"
    assert chat.take_turn("ana", sid, "and again").disclosure is None


def test_replayed_crisis_turn_shows_the_same_card_and_escalates_once(hearth: Hearth) -> None:
    chat = hearth.container().chat
    sid = chat.start_session("ana").session.session_id
    first = chat.take_turn("ana", sid, "I want to kill myself", "retry-key-001")
    again = chat.take_turn("ana", sid, "I want to kill myself", "retry-key-001")
    assert again.replayed and again.crisis == first.crisis
    assert len(_store(hearth).outbox) == 1


def test_screen_labels_are_stored_with_the_message_without_its_words(hearth: Hearth) -> None:
    (turn,) = _turns(hearth, "I want to kill myself")
    stored = next(m for m in _store(hearth).all_messages() if m.role is Role.USER)
    assert stored.risk is not None and stored.risk.tier == "high"
    assert all("kill" not in e for e in stored.risk.evidence)
    assert turn.user_message.risk == stored.risk


@pytest.mark.parametrize(
    "text",
    [
        "I'm tired but not sleepy",
        "I feel empty even when things are fine",
        "I don't know what I'm feeling",
        "nobody ever texts me back, I'm always alone",
        "everything is too much and I can't keep up",
        "work is crushing me and I'm burnt out",
        "I miss my mom so much since she died",
    ],
)
def test_everyday_feelings_get_listening_not_crisis_lines(hearth: Hearth, text: str) -> None:
    (turn,) = _turns(hearth, text)
    assert turn.crisis is None
    assert not turn.reply.text.endswith(tuple(safety_words.CHECK_INS))
    assert _model(hearth).requests, "the model answers ordinary feelings"
