"""The crisis screen's learned backup: pure-Python scoring, gates, caps and the model file."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth.domain.safety import RiskCategory, RiskTier, learned, rules, screen
from hearth.domain.safety.screen import (
    CHAT_STRONG_SCORE,
    LEARNED_EVIDENCE,
    combine_with_model,
    model_view,
    rules_and_chat_gate,
    rules_and_gate,
)

pytestmark = pytest.mark.unit

H, M, L, N, IM = RiskTier.HIGH, RiskTier.MODERATE, RiskTier.LOW, RiskTier.NONE, RiskTier.IMMINENT


def _model() -> learned.Model:
    m = learned.model()
    assert m is not None, "crisis_model.bin missing: run `make train`"
    return m


def test_model_file_is_small_and_complete() -> None:
    assert learned.MODEL_PATH.stat().st_size <= 2 * 1024 * 1024
    m = _model()
    for prefix in ("short", "long"):
        lo, hi = m.thresholds[f"{prefix}_moderate"], m.thresholds[f"{prefix}_high"]
        assert 0.0 < lo <= hi <= 1.0
    assert LEARNED_EVIDENCE in rules.DERIVED_EVIDENCE


def test_scores_are_deterministic_probabilities() -> None:
    m = _model()
    for text in ("", "hello there", "i dont want to be alive", "x" * 5000):
        s = m.score(model_view(text))
        assert 0.0 <= s <= 1.0 and s == m.score(model_view(text))


def test_model_alone_never_reaches_imminent() -> None:
    result = combine_with_model("i feel like everything is pointless for me", 1.0, 0.5, 0.9)
    assert result.tier == H and LEARNED_EVIDENCE in result.evidence
    assert RiskCategory.SUICIDE in result.categories and not result.third_party


def test_model_raises_to_moderate_between_thresholds() -> None:
    result = combine_with_model("i feel like everything is pointless for me", 0.6, 0.5, 0.9)
    assert result.tier == M and LEARNED_EVIDENCE in result.evidence


@pytest.mark.parametrize(
    "text",
    [
        "this homework is killing me",  # idiom: blanked before scoring
        "I would never hurt myself, I just feel awful",  # negation
        "my friend has been really down and talks about being a burden",  # third person
        "the article said veteran suicide rates are rising",  # news
        "my uncle died by suicide last year and I miss him",  # grief (short message)
        "lol I'm so done with everything",  # joke frame
        "which bridges are taller than 25 meters?",  # means trivia stays with the rules
        "the weather has been grey and cold for weeks and the trains keep running late every "
        "single morning which makes the whole commute miserable for everyone on the line",
    ],
)
def test_rule_guards_keep_the_model_out(text: str) -> None:
    result = combine_with_model(text, 1.0, 0.01, 0.02)
    assert LEARNED_EVIDENCE not in result.evidence, text
    assert result.tier < M or not result.referral


@pytest.mark.parametrize(
    "text", ["I wish I could sleep forever", "I want to die. jk", "I attempted suicide years ago"]
)
def test_model_never_changes_a_rules_decision_at_moderate_or_above(text: str) -> None:
    before = screen(text)
    assert before.tier >= M
    assert combine_with_model(text, 1.0, 0.01, 0.02) == before


def test_broken_or_missing_model_file_means_rules_only(tmp_path: Path) -> None:
    assert learned.load(tmp_path / "absent.bin") is None
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"not a model")
    assert learned.load(bad) is None


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "m.bin"
    weights = [0.0] * 64
    weights[3] = 2.5
    weights[7] = -1.25
    learned.save(path, weights, -0.5, {"thresholds": {"short_moderate": 0.5}})
    m = learned.load(path)
    assert m is not None and m.buckets == 64
    assert abs(m.weights[3] * m.scale - 2.5) < 1e-3
    assert abs(m.weights[7] * m.scale + 1.25) < 1e-3
    assert m.bias == -0.5 and m.thresholds == {"short_moderate": 0.5}


# ---------------------------------------------------------------- long posts (forum length)
_LONG_FILLER = (
    " We moved twice that year, the kids changed schools, and work kept me on the road most"
    " weeks, so the evenings were the only time the house felt quiet enough to think."
)


def _long(text: str) -> str:
    out = text + _LONG_FILLER
    assert learned.is_long(model_view(out))
    return out


def test_long_model_file_is_small_and_complete() -> None:
    assert learned.LONG_MODEL_PATH.stat().st_size <= 2 * 1024 * 1024
    m = learned.long_model()
    assert m is not None, "crisis_model.long.bin missing: run `make train`"
    t = m.thresholds
    assert 0.0 < t["long_moderate"] <= t["long_high"] <= t["long_high_plain"] <= 1.0


def test_long_gate_stays_open_for_own_story_with_others_and_grief() -> None:
    text = _long("My brother killed himself last spring and since then I feel so hopeless.")
    assert rules_and_gate(text)[1] == "long"
    result = combine_with_model(text, 0.99, 0.2, 0.3)
    assert result.referral and LEARNED_EVIDENCE in result.evidence and not result.third_party


def test_long_model_can_refer_a_rules_moderate_history() -> None:
    text = _long("I attempted suicide years ago and lately those old thoughts are back again.")
    before = rules_and_gate(text)[0]
    if before.tier >= H:
        pytest.skip("rules already refer this text")
    assert combine_with_model(text, 0.99, 0.2, 0.3).tier == H
    assert combine_with_model(text, 0.25, 0.2, 0.3).tier == before.tier  # never lowered


@pytest.mark.parametrize(
    "text",
    [
        # no first person at all: a third-person account / news
        "The report says veteran suicide rates rose again last year and that many who died had"
        " left the service within three years. Advocates say the transition is the hardest part"
        " and that families often notice warning signs long before anyone else does at all.",
        # the writer negates their own ideation
        _long("I would never kill myself, I just feel worn out by all of it."),
    ],
)
def test_long_gate_closed_for_non_first_person_and_negation(text: str) -> None:
    assert learned.is_long(model_view(text))
    assert rules_and_gate(text)[1] == "closed"
    assert LEARNED_EVIDENCE not in combine_with_model(text, 1.0, 0.01, 0.02).evidence


def test_long_post_without_risk_language_is_a_concern_never_a_referral() -> None:
    # A long journal entry with no risk language: the model may make the reply careful or
    # offer lines, but never shows the card or pages on-call staff.
    text = _long("I have been up for three nights planning a new business and feel amazing.")
    assert rules_and_gate(text)[1] == "long_plain"
    assert combine_with_model(text, 0.6, 0.2, 0.3, 0.7).tier == RiskTier.NONE
    assert combine_with_model(text, 0.99, 0.2, 0.3, 0.7).tier == M


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        (
            "Ten years ago I tried to end my life after my business failed. I woke up in "
            "hospital, got help, and rebuilt things slowly with my wife and a good doctor. Now "
            "I teach woodwork at the college, we have two grandchildren, and I am doing well. I "
            "wanted to say that out loud to someone today.",
            "guard.recovered",
        ),
        (
            "My best friend had suicidal thoughts last month and we went to her doctor "
            "together. She has a therapist now and a safety plan and says she feels more "
            "stable. I still worry when she goes quiet for a day, and I would like some ideas "
            "for looking after my own nerves while she recovers, if you have any for me.",
            "guard.third_party_in_care",
        ),
    ],
)
def test_a_rule_guard_stands_over_the_long_post_model(text: str, guard: str) -> None:
    # The long-post model read recovery stories and friends in care as crises; where a rule
    # guard explained the risk words, even a certain score stays a check-in without the card.
    result, gate = rules_and_gate(text)
    assert gate in ("long", "long_plain", "long_capped") and guard in result.evidence, result
    combined = combine_with_model(text, 0.999, 0.2, 0.3)
    assert not combined.referral and combined.tier == M


def test_a_grief_paragraph_is_a_check_in_not_a_referral() -> None:
    # Grief after someone's suicide, typed as a paragraph, with no risk language of the
    # writer's own: the long-post model may offer lines (MODERATE), never the card.
    text = (
        "My best friend died by suicide in March and I keep replaying our last conversation, "
        "looking for signs I missed. Her mum asked me to speak at the memorial next month and I "
        "said yes, but I have no idea what to say. I miss her laugh most. How do people do this?"
    )
    result, gate = rules_and_gate(text)
    assert gate == "long_capped" and not result.referral
    combined = combine_with_model(text, 0.999, 0.2, 0.3)
    assert not combined.referral and combined.tier == M
    # ... but grief with the writer's own hopelessness stays the long-post model's to refer
    hopeless = text + " Since then I feel completely hopeless."
    assert rules_and_gate(hopeless)[1] == "long"


def test_chat_paragraphs_may_be_read_by_the_chat_model() -> None:
    # A chat paragraph (over 40 words) about a day, with the risk only at the end: the chat
    # model's kind of text, so its gate is open there as well as the long-post model's.
    text = (
        "Work was long again, my manager moved the deadline and blamed me for the delay. Came "
        "home, fed the dog, ate toast over the sink and answered my sister's messages about the "
        "holidays with a thumbs up. Anyway, I keep thinking they would all get along without me."
    )
    assert learned.is_long(model_view(text))
    assert rules_and_chat_gate(text)[1] is True
    # ... but not past the guards: a joke, an idiom or the writer's own negation closes it
    joking = text + " lol jk"
    assert rules_and_chat_gate(joking)[1] is False


def test_short_messages_still_use_the_short_gate() -> None:
    text = "my friend has been really down and talks about being a burden"
    assert not learned.is_long(model_view(text))
    # Closed to the short model (a third person); only the chat referral model may read it.
    assert rules_and_gate(text)[1] == "chat"
    assert LEARNED_EVIDENCE not in combine_with_model(text, 1.0, 0.01, 0.02).evidence




# ---------------------------------------------------------------------------------------------
# Chat referral model (crisis_model.chat.bin and its category heads)
# ---------------------------------------------------------------------------------------------
CHAT_EVIDENCE = "learned.chat_referral"


@pytest.mark.parametrize(
    ("text", "category", "third_party"),
    [
        # none of these has a phrase the rules know; the model trained on chat messages does
        (
            "i met a guy on insta who sent me money and now he's asking for videos. he says he "
            "knows my address and will come if i stop",
            "abuse",
            False,
        ),
        ("he reads all my texts and took my car keys, says I'm not going anywhere", "abuse", False),
        (
            "plz my bf fell off the roof hes not moving and theres blood coming from his ear",
            "medical",
            True,
        ),
        ("bought the razor blades today. tonight", "self_harm", False),
    ],
)
def test_chat_model_refers_what_the_rules_miss_with_the_right_lines(
    text: str, category: str, third_party: bool
) -> None:
    result = screen(text)
    assert result.referral and CHAT_EVIDENCE in result.evidence, result
    assert category in {c.value for c in result.categories}
    assert result.third_party is third_party


@pytest.mark.parametrize(
    "text",
    [
        "ich will nicht sterben",  # negated, in another language
        "nobody ever texts me back, I'm always alone",  # venting is listened to
        "everything is too much and I can't keep up",
        "this homework is killing me",  # idiom
        "which bridges are taller than 25 meters?",  # trivia stays the rules' call
        "I'm not suicidal, just exhausted",
    ],
)
def test_chat_model_never_speaks_past_a_guard_or_over_venting(text: str) -> None:
    result = screen(text)
    assert not result.referral and CHAT_EVIDENCE not in result.evidence, result


@pytest.mark.parametrize(
    "text",
    [
        # a laugh or an emoji beside a means at hand
        "lol the rope in my bedroom is for a 'project' 💀 idk why im telling you",
        # a vague follow-up after a means arrived
        "the rope arrived in the post today. i know where i'm gonna do it",
        # a laugh over nothing risky: the model's score decides, and it stays low
        "lmao my cat knocked my plant off the shelf 💀",
    ],
)
def test_a_laugh_or_a_follow_up_leaves_the_chat_model_only_its_strongest_word(text: str) -> None:
    assert rules_and_gate(text)[1] == "chat_strong"
    cm = learned.chat_model()
    assert cm is not None
    threshold = max(cm.thresholds["chat_high"], CHAT_STRONG_SCORE)
    expected = cm.score(model_view(text)) >= threshold
    result = screen(text)
    assert result.referral is expected, result
    assert (CHAT_EVIDENCE in result.evidence) is expected


@pytest.mark.parametrize(
    "text",
    [
        "I won't kill myself lol",  # the writer's own denial
        "this homework is killing me lol",  # an idiom
        "i used to want to die, doing well now lol",  # recovery
        "my uncle died by suicide, i know where he did it",  # grief
    ],
)
def test_the_strong_word_never_speaks_past_a_hard_guard(text: str) -> None:
    assert rules_and_gate(text)[1] == "closed"


def test_chat_model_files_ship_with_every_category_head() -> None:
    assert learned.chat_model() is not None
    assert set(learned.chat_category_models()) == {
        "suicide",
        "self_harm",
        "violence",
        "abuse",
        "medical",
    }
