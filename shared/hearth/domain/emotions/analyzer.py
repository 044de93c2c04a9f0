"""Local emotion analyzer: a linear model over TF-IDF n-grams, scored in plain Python.

Why this shape: it runs on every user message inside Lambda, so it must be fast (a few
hundred dict look-ups and multiply-adds per message), small (a few MB of int16 weights) and
free of numpy/torch (the runtime package set is fixed). It is trained by
`bench/train_emotions.py` with scikit-learn, and this module reproduces sklearn's feature
pipeline exactly (`TfidfVectorizer` word 1-2 grams + `char_wb` 2-5 grams, lower-casing,
sublinear tf, idf, l2 norm per block) so the scores match (tests/unit/test_emotion_analyzer.py).

Labels are GoEmotions's 28 (27 emotions + neutral). Each label has a probability threshold
(tuned on out-of-fold train and dev probabilities pooled); an emotion is asserted when its
probability reaches its threshold, at most MAX_LABELS of them.
Themes and named states come from readable rules in `vocabulary.py`, combined with a few model
scores as documented there and in docs/emotions.md.
"""

from __future__ import annotations

import json
import math
import re
import struct
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from hearth.domain.emotions import vocabulary

ANALYZER_VERSION = "1.0.0"
MODEL_FORMAT = 1
MODEL_DIR = Path(__file__).resolve().parent
MODEL_BIN = MODEL_DIR / "emotion_model.bin"
MODEL_META = MODEL_DIR / "emotion_model.json"
_MAGIC = b"HEMO"

# GoEmotions's label names in id order (labels.txt); the shipped metadata must agree.
LABELS: tuple[str, ...] = (
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion",
    "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
    "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
    "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral",
)
NEUTRAL = "neutral"
# At most this many emotions are asserted (the highest calibrated scores). GoEmotions texts
# carry one label (83%) or two (15%) and rarely more; on dev, capping at two raised macro-F1
# (fewer false positives from labels that pass their threshold alongside a stronger one).
MAX_LABELS = 2

# Long messages are analysed on their first and last MAX_HALF characters: the cost grows with
# the text (~5 ms per 1,000 characters, against ~0.5 ms for a typical message), and where
# feelings are named (openings, conclusions) survives the cut.
MAX_HALF = 1000

# sklearn's tokenizer and whitespace normaliser, verbatim (feature_extraction/text.py).
_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")
_WHITE_SPACES = re.compile(r"\s\s+")


# ------------------------------------------------------------------------------------------
# Features: sklearn's analyzers, re-implemented line for line.
# ------------------------------------------------------------------------------------------


def word_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """`TfidfVectorizer(analyzer="word", lowercase=True, ngram_range=(lo, hi))` analyzer."""
    tokens = _TOKEN_RE.findall(text.lower())
    if hi == 1:
        return tokens if lo == 1 else []
    grams = list(tokens) if lo == 1 else []
    n_tokens = len(tokens)
    for n in range(max(lo, 2), min(hi + 1, n_tokens + 1)):
        for i in range(n_tokens - n + 1):
            grams.append(" ".join(tokens[i : i + n]))
    return grams


def char_wb_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """`TfidfVectorizer(analyzer="char_wb", lowercase=True, ngram_range=(lo, hi))` analyzer."""
    grams: list[str] = []
    for w in _WHITE_SPACES.sub(" ", text.lower()).split():
        grams.extend(_word_char_grams(w, lo, hi))
    return grams


@lru_cache(maxsize=8192)
def _word_char_grams(word: str, lo: int, hi: int) -> tuple[str, ...]:
    """One word's padded char n-grams, as sklearn's `_char_wb_ngrams` loop yields them.
    Cached: most words of a message are common ones (8,192 words hold a few MB at most)."""
    w = " " + word + " "
    w_len = len(w)
    grams: list[str] = []
    for n in range(lo, hi + 1):
        if w_len <= n:  # a short word counts once, whole, and longer n are skipped
            grams.append(w)
            break
        grams.extend([w[i : i + n] for i in range(w_len - n + 1)])
    return tuple(grams)


def _tfidf_block(
    grams: Iterable[str], index: Mapping[str, int], idf: Sequence[float]
) -> tuple[list[int], list[float]]:
    """Sublinear tf * idf over known grams, l2-normalised within the block (as sklearn).
    `index` maps a gram to its column in the whole model; returns (columns, values)."""
    counts = Counter(grams)  # counting everything is C-fast; filter the distinct ones after
    known = [(i, c) for i, c in zip(map(index.get, counts), counts.values(), strict=True)
             if i is not None]
    cols = [i for i, _ in known]
    # count 1 (most grams) gives 1 + log(1) = 1: skip the log for those
    values = [idf[i] if c == 1 else (1.0 + math.log(c)) * idf[i] for i, c in known]
    norm = math.sqrt(math.sumprod(values, values)) if values else 0.0
    if norm == 0.0:
        return [], []
    return cols, [v / norm for v in values]


# ------------------------------------------------------------------------------------------
# The weights file: vocabularies, idf and a feature-major weight matrix (int codes or float32).
# ------------------------------------------------------------------------------------------


def encode_weights(
    word_vocab: Sequence[str],
    char_vocab: Sequence[str],
    idf: Sequence[float],
    codes: Sequence[float],
    typecode: str,
    n_labels: int,
) -> bytes:
    """Serialise the model's arrays (zlib-compressed). `codes` is feature-major: row f holds
    the n_labels weights of feature f (word features first, then char), as integer codes
    ("b" int8, "h" int16; weight = code * scale) or as float32 ("f")."""
    n_feat = len(word_vocab) + len(char_vocab)
    if typecode not in ("b", "h", "f") or len(idf) != n_feat or len(codes) != n_feat * n_labels:
        raise ValueError("inconsistent model arrays")
    if any("\n" in g for g in (*word_vocab, *char_vocab)):
        raise ValueError("a vocabulary entry contains a newline")
    words = "\n".join(word_vocab).encode("utf-8")
    chars = "\n".join(char_vocab).encode("utf-8")
    idf_arr = array("f", idf)
    w_arr = array(typecode, codes if typecode == "f" else [round(c) for c in codes])
    if sys.byteorder == "big":  # the file is little-endian everywhere
        idf_arr.byteswap()
        w_arr.byteswap()
    head = struct.pack(
        "<4sIIIIcII", _MAGIC, MODEL_FORMAT, len(word_vocab), len(char_vocab), n_labels,
        typecode.encode(), len(words), len(chars),
    )
    return zlib.compress(head + words + chars + idf_arr.tobytes() + w_arr.tobytes(), 9)


@dataclass(frozen=True)
class _Arrays:
    word_vocab: list[str]
    char_vocab: list[str]
    idf: array[float]
    weights: array[Any]  # int8/int16 codes ("b"/"h") or float32 ("f"), feature-major
    n_labels: int


def decode_weights(blob: bytes) -> _Arrays:
    raw = zlib.decompress(blob)
    head = struct.Struct("<4sIIIIcII")
    magic, fmt, n_word, n_char, n_labels, tc, len_w, len_c = head.unpack_from(raw)
    if magic != _MAGIC or fmt != MODEL_FORMAT:
        raise ValueError("not an emotion model of this format")
    typecode = tc.decode()
    pos = head.size
    words = raw[pos : pos + len_w].decode("utf-8").split("\n") if n_word else []
    pos += len_w
    chars = raw[pos : pos + len_c].decode("utf-8").split("\n") if n_char else []
    pos += len_c
    n_feat = n_word + n_char
    idf = array("f")
    idf.frombytes(raw[pos : pos + 4 * n_feat])
    pos += 4 * n_feat
    weights = array(typecode)
    weights.frombytes(raw[pos : pos + weights.itemsize * n_feat * n_labels])
    if sys.byteorder == "big":
        idf.byteswap()
        weights.byteswap()
    if len(words) != n_word or len(chars) != n_char or len(weights) != n_feat * n_labels:
        raise ValueError("truncated emotion model")
    return _Arrays(words, chars, idf, weights, n_labels)


@dataclass(frozen=True)
class LinearTextModel:
    """One-vs-rest logistic regression over [word tf-idf | char_wb tf-idf]."""

    labels: tuple[str, ...]
    word_index: dict[str, int]
    char_index: dict[str, int]
    word_range: tuple[int, int]
    char_range: tuple[int, int]
    idf: list[float]  # per column; a list, since indexing it is the hot path
    weights: array[Any]
    scales: tuple[float, ...]  # per label: weight = code * scale (1.0 for float32 weights)
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]  # per label, on the probability (see bench/train_emotions.py)
    meta: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_files(cls, bin_path: Path, meta_path: Path) -> LinearTextModel:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return cls.from_parts(bin_path.read_bytes(), meta)

    @classmethod
    def from_parts(cls, blob: bytes, meta: dict[str, Any]) -> LinearTextModel:
        arrays = decode_weights(blob)
        labels = tuple(meta["labels"])
        n = len(labels)
        if arrays.n_labels != n or not (
            len(meta["scales"]) == len(meta["bias"]) == len(meta["thresholds"]) == n
        ):
            raise ValueError("model metadata does not match the weights")
        return cls(
            labels=labels,
            word_index={g: i for i, g in enumerate(arrays.word_vocab)},
            # char columns follow the word columns (sklearn's hstack order)
            char_index={g: i for i, g in enumerate(arrays.char_vocab, len(arrays.word_vocab))},
            word_range=(int(meta["word_ngram_range"][0]), int(meta["word_ngram_range"][1])),
            char_range=(int(meta["char_ngram_range"][0]), int(meta["char_ngram_range"][1])),
            idf=arrays.idf.tolist(),
            weights=arrays.weights,
            scales=tuple(float(s) for s in meta["scales"]),
            bias=tuple(float(b) for b in meta["bias"]),
            thresholds=tuple(float(t) for t in meta["thresholds"]),
            meta=meta,
        )

    def features(self, text: str) -> tuple[list[int], list[float]]:
        """The sparse row (columns, values) sklearn's hstack([word, char_wb]) would produce."""
        w_cols, w_vals = _tfidf_block(word_ngrams(text, *self.word_range), self.word_index,
                                      self.idf)
        c_cols, c_vals = _tfidf_block(char_wb_ngrams(text, *self.char_range), self.char_index,
                                      self.idf)
        return w_cols + c_cols, w_vals + c_vals

    def decision(self, text: str) -> list[float]:
        """Per-label logits (sklearn's `decision_function`, up to weight quantisation)."""
        n = len(self.labels)
        weights = self.weights
        cols, xs = self.features(text)
        # Gather the rows of the features present (C-level copies), then one strided
        # dot product per label: ~3x faster than a Python loop over rows.
        rows = array(weights.typecode)
        for f in cols:
            rows += weights[f * n : f * n + n]
        return [
            math.sumprod(xs, rows[j::n]) * scale + bias
            for j, scale, bias in zip(range(n), self.scales, self.bias, strict=True)
        ]

    def probabilities(self, text: str) -> list[float]:
        return [_sigmoid(z) for z in self.decision(text)]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


# ------------------------------------------------------------------------------------------
# Public API
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmotionScore:
    label: str  # one of GoEmotions's 28 names
    # Confidence on a per-label scale where 0.5 is the label's tuned threshold (0 -> 0.5 ->
    # 1 piecewise-linear in the model's probability), so scores compare across labels.
    score: float


@dataclass(frozen=True)
class Analysis:
    emotions: tuple[EmotionScore, ...]  # asserted labels, highest score first; never empty
    intensity: float  # 0..1
    valence: float  # -1..1
    themes: tuple[str, ...]  # from THEMES
    states: tuple[str, ...]  # from STATES

    def to_dict(self) -> dict[str, Any]:
        return {
            "emotions": [{"label": e.label, "score": round(e.score, 3)} for e in self.emotions],
            "intensity": round(self.intensity, 3),
            "valence": round(self.valence, 3),
            "themes": list(self.themes),
            "states": list(self.states),
        }


def calibrated(probability: float, threshold: float) -> float:
    """Map a probability onto 0..1 with the label's threshold at 0.5."""
    if probability < threshold:
        return 0.5 * probability / threshold
    return 0.5 + 0.5 * (probability - threshold) / (1.0 - threshold)


def clip_text(text: str) -> str:
    if len(text) <= 2 * MAX_HALF:
        return text
    return text[:MAX_HALF] + "\n" + text[-MAX_HALF:]


class EmotionAnalyzer:
    def __init__(self, model: LinearTextModel) -> None:
        if model.labels != LABELS:
            raise ValueError("the emotion model's labels are not GoEmotions's 28")
        self.model = model

    @classmethod
    def load(cls) -> EmotionAnalyzer:
        """The shipped model, read once per process (Lambda keeps it across invocations)."""
        return _shipped()

    def label_scores(self, text: str) -> dict[str, float]:
        """Calibrated scores for all 28 labels (0.5 = the label's threshold)."""
        probs = self.model.probabilities(clip_text(text))
        return {
            label: calibrated(p, t)
            for label, p, t in zip(LABELS, probs, self.model.thresholds, strict=True)
        }

    def predict(self, scores: Mapping[str, float]) -> list[str]:
        """Asserted labels from calibrated scores. Emotions at or above their threshold win,
        the MAX_LABELS highest of them; "neutral" only when no emotion passes (the two disagree
        by definition); when nothing passes at all, the label closest to its threshold (every
        GoEmotions text carries at least one label, and on dev this beats returning a bare
        "neutral")."""
        emotions = [lb for lb in LABELS if lb != NEUTRAL and scores[lb] >= 0.5]
        if emotions:
            return sorted(emotions, key=lambda lb: -scores[lb])[:MAX_LABELS]
        if scores[NEUTRAL] >= 0.5:
            return [NEUTRAL]
        return [max(LABELS, key=lambda lb: scores[lb])]

    def analyze(self, text: str) -> Analysis:
        text = clip_text(text)
        scores = self.label_scores(text)
        chosen = sorted(self.predict(scores), key=lambda lb: -scores[lb])
        emotions = tuple(EmotionScore(lb, scores[lb]) for lb in chosen)
        # model-backed states look at every label past its threshold, not only the capped list
        passing = {lb: s for lb, s in scores.items() if s >= 0.5}
        passing.update((e.label, e.score) for e in emotions)
        states = vocabulary.find_states(text, passing)
        return Analysis(
            emotions=emotions,
            intensity=_intensity(text, scores, states),
            valence=_valence(text, scores, states),
            themes=vocabulary.find_themes(text),
            states=states,
        )


@cache
def _shipped() -> EmotionAnalyzer:
    return EmotionAnalyzer(LinearTextModel.from_files(MODEL_BIN, MODEL_META))


def _intensity(text: str, scores: Mapping[str, float], states: Sequence[str]) -> float:
    """How strongly the message is felt: the model's evidence (the label's arousal, scaled by
    its score from 0 at 0.3 to full at 0.7, i.e. once clearly asserted), raised by surface cues
    (intensifiers, "!", shouting, elongation, strong words) and by named states. Combined as
    1 - (1 - a)(1 - b) so each part can only raise it, and it stays within 0..1. The model part
    saturates so that the cues decide between two clear angers ("I'm angry" < "I'm SO
    angry!!!") instead of small swings in the model's confidence."""
    model_part = max(
        vocabulary.LABEL_AROUSAL[lb] * min(1.0, max(0.0, s - 0.3) / 0.4)
        for lb, s in scores.items()
    )
    cue_part = min(1.0, vocabulary.intensity_cues(text) + 0.1 * min(len(states), 2))
    return round(1.0 - (1.0 - model_part) * (1.0 - cue_part), 4)


def _valence(text: str, scores: Mapping[str, float], states: Sequence[str]) -> float:
    """Pleasant (+) vs unpleasant (-). The model's part: each emotion's conventional valence,
    weighted by how far its score is above 0.3, divided by max(total weight, 1) so weak
    evidence stays near 0. When the text has plainly valenced words (vocabulary.VALENCE_WORDS),
    their mean counts as much as the model's part. Named states are all unpleasant: each (up
    to two) pulls 0.25 towards -1."""
    weights = {lb: max(0.0, s - 0.3) / 0.7 for lb, s in scores.items() if lb != NEUTRAL}
    total = sum(weights.values())
    value = sum(w * vocabulary.LABEL_VALENCE[lb] for lb, w in weights.items()) / max(total, 1.0)
    lexical = vocabulary.lexicon_valence(text)
    if lexical is not None:
        value = 0.5 * value + 0.5 * lexical
    value -= 0.25 * min(len(states), 2)
    return round(max(-1.0, min(1.0, value)), 4)
