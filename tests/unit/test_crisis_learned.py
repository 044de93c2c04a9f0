"""The crisis screen's learned backup: pure-Python scoring, gates, caps and the model file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hearth.domain.safety import RiskCategory, RiskTier, learned, rules, screen
from hearth.domain.safety.screen import LEARNED_EVIDENCE, combine_with_model, model_view

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


def test_scoring_is_fast_in_pure_python() -> None:
    m = _model()
    texts = [f"i have been feeling really low lately and nothing helps {i}" for i in range(200)]
    t0 = time.perf_counter()
    for text in texts:
        m.score(model_view(text))
    assert (time.perf_counter() - t0) / len(texts) < 0.002  # < 1 ms typical; loose for CI


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
