"""The local emotion analyzer: sklearn parity of the pure-Python pipeline, the shipped model,
and the named states / themes / intensity / valence rules.

Parity is checked on a tiny model trained here on sentences written for this test (never on
GoEmotions text), so the test needs scikit-learn (a dev dependency) but no eval data.
"""

from __future__ import annotations

import ast
import random
import sys
from pathlib import Path

import pytest

from hearth.domain.emotions import (
    ANALYZER_VERSION,
    LABELS,
    STATES,
    THEMES,
    Analysis,
    EmotionAnalyzer,
    EmotionScore,
    vocabulary,
)
from hearth.domain.emotions import analyzer as emo

pytestmark = pytest.mark.unit

# Written for this test: punctuation, apostrophes (straight and curly), caps, emoji, digits,
# accents, runs of whitespace, one-letter words, repeated words.
SENTENCES = [
    "I'm so happy today!!! Thank you all :)",
    "This is the worst day ever, I hate it.",
    "why does nobody ever answer my messages?",
    "Honestly? I don't know. Maybe it's fine.",
    "We went to the café and had crème brûlée 🍰",
    "I  can't\tsleep\n\nagain... 3am and wide awake",
    "THANK YOU SO MUCH for the help",
    "ugh, my boss is a nightmare and work never ends",
    "a b c d e f g",
    "I miss her. I really, really miss her.",
    "lol that was hilarious 😂😂",
    "Don\u2019t worry about it, we\u2019ll figure it out together",
    "I'm scared of what the doctor will say tomorrow",
    "so proud of my little sister for graduating",
    "meh.",
    "What time does the store open on Sundays?",
    "grrr I am SO annoyed with this printer",
    "I love you guys so much <3",
    "I feel nothing at all anymore",
    "sorry, that was my mistake, I apologise",
    "It's 42 degrees outside, way too hot!!",
    "The train was late again; I was late again.",
]
# A toy labelling for the parity model (three labels, any rule will do).
TOY_LABELS = ("happy", "upset", "question")


def _toy_targets(text: str) -> tuple[int, int, int]:
    t = text.lower()
    return (
        int(any(w in t for w in ("happy", "love", "thank", "proud", "hilarious", "lol"))),
        int(any(w in t for w in ("hate", "worst", "annoyed", "scared", "nightmare", "miss"))),
        int("?" in t),
    )


def _corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = list(SENTENCES)
    while len(texts) < n:
        k = rng.randint(1, 3)
        texts.append(" ".join(rng.sample(SENTENCES, k)))
    return texts


def _fit_toy(typecode: str) -> tuple[emo.LinearTextModel, object, object, object]:
    """The shipped model's form in miniature: per label a LinearSVC, whose margin a 1-D
    logistic regression (Platt scaling) maps to a probability; the two fold into one
    logistic-linear model (weights * a, bias * a + c), which is what the runtime scores.
    Returns (model, word vectorizer, char vectorizer, [(svm, platt)] per label)."""
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    train = _corpus(120, seed=1)
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    x = hstack([word.fit_transform(train), char.fit_transform(train)]).tocsr()
    y = np.array([_toy_targets(t) for t in train])
    coef = np.zeros((x.shape[1], len(TOY_LABELS)))
    bias = np.zeros(len(TOY_LABELS))
    models = []
    for j in range(len(TOY_LABELS)):
        svm = LinearSVC(C=0.5, random_state=0).fit(x, y[:, j])
        margins = svm.decision_function(x)[:, None]
        platt = LogisticRegression(C=1.0).fit(margins, y[:, j])
        a, c = platt.coef_[0, 0], platt.intercept_[0]
        coef[:, j], bias[j] = svm.coef_[0] * a, svm.intercept_[0] * a + c
        models.append((svm, platt))
    if typecode == "f":
        scales, codes = np.ones(len(TOY_LABELS)), coef
    else:
        scales = np.abs(coef).max(axis=0) / 32767.0
        codes = np.rint(coef / scales)
    blob = emo.encode_weights(
        sorted(word.vocabulary_, key=word.vocabulary_.__getitem__),
        sorted(char.vocabulary_, key=char.vocabulary_.__getitem__),
        np.concatenate([word.idf_, char.idf_]).tolist(),
        codes.ravel().tolist(),
        typecode,
        len(TOY_LABELS),
    )
    meta = {
        "labels": list(TOY_LABELS),
        "word_ngram_range": [1, 2],
        "char_ngram_range": [2, 5],
        "scales": scales.tolist(),
        "bias": bias.tolist(),
        "thresholds": [0.5] * 3,
    }
    return emo.LinearTextModel.from_parts(blob, meta), word, char, models


def test_tokenizers_match_sklearn_analyzers_exactly() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for text in [*_corpus(200, seed=2), "", "   ", "x", "I", "ab", "Ünïcödé ÀÉÎ ß", "a\u00a0b"]:
        assert emo.word_ngrams(text, 1, 2) == word(text)
        assert emo.char_wb_ngrams(text, 2, 5) == char(text)


@pytest.mark.parametrize("typecode", ["f", "h"])
def test_pure_python_scores_match_sklearn(typecode: str) -> None:
    import numpy as np
    from scipy.sparse import hstack

    model, word, char, models = _fit_toy(typecode)
    texts = [*_corpus(300, seed=3), "", "zzz qqq", "!!!", "😂"]  # unseen / empty rows too
    x = hstack([word.transform(texts), char.transform(texts)]).tocsr()  # type: ignore[attr-defined]
    expected = np.column_stack(
        [platt.predict_proba(svm.decision_function(x)[:, None])[:, 1] for svm, platt in models]  # type: ignore[attr-defined]
    )
    assert expected.min() < 0.2 and expected.max() > 0.8  # the toy model is not flat
    got = np.array([model.probabilities(t) for t in texts])
    assert np.abs(got - expected).max() < 1e-3
    # the sparse row itself, not just the outcome
    cols, vals = model.features(texts[5])
    row = x[5].toarray().ravel()
    assert sorted(cols) == sorted(np.flatnonzero(row).tolist())
    assert max(abs(row[c] - v) for c, v in zip(cols, vals, strict=True)) < 1e-6


def test_weights_file_rejects_corruption() -> None:
    blob = emo.encode_weights(["ab"], [" a"], [1.0, 2.0], [1, -2, 3, -4], "h", 2)
    arrays = emo.decode_weights(blob)
    assert arrays.word_vocab == ["ab"] and arrays.char_vocab == [" a"]
    assert list(arrays.weights) == [1, -2, 3, -4]
    with pytest.raises(ValueError):
        emo.encode_weights(["a\nb"], [], [1.0], [1, 2], "h", 2)
    with pytest.raises(ValueError):
        emo.encode_weights(["ab"], [], [1.0], [1], "h", 2)
    import zlib

    truncated = zlib.compress(zlib.decompress(blob)[:-2])
    with pytest.raises(ValueError):
        emo.decode_weights(truncated)


# ------------------------------------------------------------------------------------------
# The shipped model
# ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def analyzer() -> EmotionAnalyzer:
    return EmotionAnalyzer.load()


def test_shipped_model_loads_once_with_goemotions_labels(analyzer: EmotionAnalyzer) -> None:
    assert EmotionAnalyzer.load() is analyzer
    assert analyzer.model.labels == LABELS and len(LABELS) == 28
    assert all(0.0 < t < 1.0 for t in analyzer.model.thresholds)
    assert ANALYZER_VERSION
    assert emo.MODEL_BIN.stat().st_size < 10_000_000


def test_analysis_shape_and_to_dict(analyzer: EmotionAnalyzer) -> None:
    result = analyzer.analyze("thank you so much, this made me really happy")
    assert isinstance(result, Analysis)
    assert result.emotions and all(isinstance(e, EmotionScore) for e in result.emotions)
    assert result.emotions[0].label == "gratitude"
    scores = [e.score for e in result.emotions]
    assert scores == sorted(scores, reverse=True)
    d = result.to_dict()
    assert set(d) == {"emotions", "intensity", "valence", "themes", "states"}
    assert set(d["emotions"][0]) == {"label", "score"}
    assert all(e["score"] == round(e["score"], 3) for e in d["emotions"])
    assert 0.0 <= d["intensity"] <= 1.0 and -1.0 <= d["valence"] <= 1.0


@pytest.mark.parametrize(
    "text",
    ["", "   ", "ok", "The meeting is at 3pm.", "😂😂😂", "a" * 50_000, "word " * 5_000],
)
def test_any_text_gives_a_valid_analysis(analyzer: EmotionAnalyzer, text: str) -> None:
    result = analyzer.analyze(text)
    assert result.emotions, "at least one label (neutral when nothing else)"
    assert all(e.label in LABELS and 0.0 <= e.score <= 1.0 for e in result.emotions)
    assert set(result.themes) <= set(THEMES) and set(result.states) <= set(STATES)
    assert 0.0 <= result.intensity <= 1.0 and -1.0 <= result.valence <= 1.0


def test_neutral_is_never_asserted_with_an_emotion(analyzer: EmotionAnalyzer) -> None:
    for text in _corpus(60, seed=4):
        labels = [e.label for e in analyzer.analyze(text).emotions]
        assert labels == ["neutral"] or "neutral" not in labels


def test_at_most_max_labels_emotions_highest_first(analyzer: EmotionAnalyzer) -> None:
    scores = dict.fromkeys(LABELS, 0.1)
    scores.update({"anger": 0.6, "fear": 0.9, "sadness": 0.7, "neutral": 0.8})
    assert emo.MAX_LABELS == 2
    assert analyzer.predict(scores) == ["fear", "sadness"]  # anger passes too, but is third
    scores.update({"anger": 0.1, "fear": 0.1, "sadness": 0.1})
    assert analyzer.predict(scores) == ["neutral"]
    scores["neutral"] = 0.3
    assert analyzer.predict(scores) == ["neutral"]  # nothing passes: the closest label
    scores["joy"] = 0.45
    assert analyzer.predict(scores) == ["joy"]


def test_model_grief_state_is_vetoed_by_amusement() -> None:
    mourning = {"grief": 0.8, "sadness": 0.9}
    assert "grief" in vocabulary.find_states("my dog is gone", mourning)
    assert "grief" not in vocabulary.find_states("my dog is gone", {**mourning, "amusement": 0.6})


def test_plain_statement_is_calm_and_neutral(analyzer: EmotionAnalyzer) -> None:
    result = analyzer.analyze("The meeting is at 3pm.")
    assert [e.label for e in result.emotions] == ["neutral"]
    assert result.intensity < 0.2 and abs(result.valence) < 0.2


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("I'm tired but not sleepy", "emotional fatigue"),
        ("I feel empty even when things are fine", "emotional numbness"),
        ("I don't know what I'm feeling", "emotional confusion"),
        ("everything is too much and I can't keep up", "overwhelm"),
        ("nobody ever texts me back, I'm always alone", "loneliness"),
        ("I'm so ashamed of what I did", "shame"),
        ("I miss my mom so much since she died", "grief"),
        ("I feel so guilty, it's my fault", "guilt"),
        ("what's the point, nothing will ever change", "hopelessness"),
        ("I\u2019m emotionally drained", "emotional fatigue"),
        ("im numb", "emotional numbness"),
    ],
)
def test_named_states(analyzer: EmotionAnalyzer, text: str, state: str) -> None:
    assert state in analyzer.analyze(text).states


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("I don't feel lonely anymore", "loneliness"),
        ("what a shame about the game", "shame"),
        ("I almost died laughing", "grief"),
        ("leave me alone, I'm busy", "loneliness"),
        ("I'm tired", "emotional fatigue"),
    ],
)
def test_named_states_not_raised(analyzer: EmotionAnalyzer, text: str, state: str) -> None:
    assert state not in analyzer.analyze(text).states


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("work is crushing me and I'm burnt out", "work_burnout"),
        ("my girlfriend and I keep fighting", "relationships"),
        ("my parents keep yelling at each other", "family"),
        ("nobody ever texts me back, I'm always alone", "loneliness"),
        ("I feel worthless, like I'm not good enough", "self_worth"),
        ("my grandfather passed away last week", "grief_loss"),
        ("I can't stop worrying about everything", "anxiety_worry"),
        ("I can't sleep, I'm up all night", "sleep_fatigue"),
        ("I'm not sure who I really am anymore", "identity"),
        ("the doctor wants more tests for my chronic pain", "health"),
        ("my exams are next week and I haven't studied", "school"),
    ],
)
def test_themes(analyzer: EmotionAnalyzer, text: str, theme: str) -> None:
    assert theme in analyzer.analyze(text).themes


def test_no_theme_for_small_talk(analyzer: EmotionAnalyzer) -> None:
    assert analyzer.analyze("that doesn't work, try the other button").themes == ()


def test_intensity_rises_with_cues_and_strong_emotion(analyzer: EmotionAnalyzer) -> None:
    calm = analyzer.analyze("The meeting is at 3pm.").intensity
    angry = analyzer.analyze("I'm angry").intensity
    shouted = analyzer.analyze("I'm SO angry!!!").intensity
    assert calm < angry < shouted
    assert (
        analyzer.analyze("I'm annoyed").intensity
        < analyzer.analyze("I'm really really annoyed!!").intensity
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm so sad and scared", -1),
        ("I'm furious with him", -1),
        ("I'm terrified of losing my job", -1),
        ("thank you so much, this made me really happy", 1),
        ("I'm so grateful for my friends", 1),
    ],
)
def test_valence_sign(analyzer: EmotionAnalyzer, text: str, sign: int) -> None:
    valence = analyzer.analyze(text).valence
    assert valence * sign > 0.2


def test_calibrated_scores_put_the_threshold_at_one_half() -> None:
    assert emo.calibrated(0.2, 0.2) == 0.5
    assert emo.calibrated(0.0, 0.2) == 0.0 and emo.calibrated(1.0, 0.2) == 1.0
    assert emo.calibrated(0.1, 0.2) == pytest.approx(0.25)


def test_vocabulary_rules_explain_themselves() -> None:
    names = {r.name for r in vocabulary.THEME_RULES}
    assert names == set(THEMES)
    assert {r.name for r in vocabulary.STATE_RULES} == set(STATES)
    assert all(len(r.why) > 10 for r in (*vocabulary.THEME_RULES, *vocabulary.STATE_RULES))
    assert set(vocabulary.LABEL_VALENCE) == set(LABELS) == set(vocabulary.LABEL_AROUSAL)


def test_runtime_package_is_stdlib_only() -> None:
    package = Path(emo.__file__).parent
    allowed = set(sys.stdlib_module_names) | {"hearth"}
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] in allowed, f"{path.name} imports {name}"
