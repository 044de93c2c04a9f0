"""Learned backup for the crisis screen: a hashed n-gram logistic regression in pure Python.

The weights (`crisis_model.bin`, next to this file) are trained by
`bench/train_crisis_model.py` on public posts (training split only), the clinician lexicon's
prototypical examples and chat-style cases written for Hearth. This module only scores: the
screen (screen.py) decides whether a score may raise a tier, and the rules' guards always win.

Features, computed on the screen's normalised text with idioms already blanked:
word unigrams and bigrams, and character 3-5-grams inside word boundaries (like scikit-learn's
`char_wb`), each hashed with CRC-32 into a fixed number of buckets, binary, l2-normalised.

Chat messages (up to `LONG_WORDS` words) are also scored by `crisis_model.chat.bin`, a
referral model trained only on chat-style messages (every crisis category against idioms and
venting), and, when it refers, by small one-vs-rest heads `crisis_model.chat.<category>.bin`
that say which kind of crisis it is (same features).

Long posts (more than `LONG_WORDS` words) are scored by a second model,
`crisis_model.long.bin` (same file format, header `"features": "long-v1"`): word 1-3-grams
counted per occurrence and character 3-5-grams counted once per distinct word, sublinear tf
(1 + log tf), l2-normalised. It decides the learned referral for forum-length posts; the
short model is unchanged for chat messages.

File format (little-endian): magic `HCRISK1\\n`, uint32 header length, a JSON header
(buckets, scale, bias, thresholds, provenance), then `buckets` int16 weights; a weight is
`int16 * scale`. Standard library only; no numpy at runtime.
"""

from __future__ import annotations

import json
import math
import re
import struct
import sys
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("crisis_model.bin")
LONG_MODEL_PATH = Path(__file__).with_name("crisis_model.long.bin")
LONG_FEATURES = "long-v1"  # header tag of the long-post model's feature set
CHAT_MODEL_PATH = Path(__file__).with_name("crisis_model.chat.bin")
CHAT_FEATURES = "chat-v1"  # chat referral model: same features as the short model
CHAT_CATEGORY_PATHS = {  # which kind of crisis a chat referral is (one-vs-rest heads)
    name: Path(__file__).with_name(f"crisis_model.chat.{name}.bin")
    for name in ("suicide", "self_harm", "violence", "abuse", "medical")
}
MAGIC = b"HCRISK1\n"
MAX_TOKENS = 1200  # longer input: the first 600 and the last 600 words are read
CHAR_NGRAMS = (3, 4, 5)
LONG_WORDS = 40  # longer texts (forum posts) use the "long_*" thresholds, shorter the "short_*"
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Model:
    buckets: int
    scale: float
    bias: float
    weights: array  # type: ignore[type-arg]  # array('h'), int16
    thresholds: dict[str, float]
    meta: dict[str, object]

    def score(self, norm: str) -> float:
        """Probability-like score in [0, 1] that the text expresses first-person suicide risk."""
        w = self.weights
        if self.meta.get("features") == LONG_FEATURES:
            vec = features_long(norm, self.buckets)
            if not vec:
                return 0.0
            z = self.bias + self.scale * sum(w[i] * v for i, v in vec.items())
        else:
            feats = features(norm, self.buckets)
            if not feats:
                return 0.0
            z = self.bias + self.scale * sum(w[i] for i in feats) / math.sqrt(len(feats))
        return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0


def _hash(feat: str, buckets: int) -> int:
    return zlib.crc32(feat.encode()) % buckets


@lru_cache(maxsize=65536)
def _token_buckets(tok: str, buckets: int) -> tuple[int, ...]:
    out = [_hash("w " + tok, buckets)]
    padded = f" {tok} "
    for n in CHAR_NGRAMS:
        if len(padded) < n:
            continue
        out.extend(_hash("c " + padded[i : i + n], buckets) for i in range(len(padded) - n + 1))
    return tuple(out)


def features(norm: str, buckets: int) -> set[int]:
    """Active buckets (binary features) of one normalised text. Shared with the trainer."""
    toks = _WORD.findall(norm)
    if len(toks) > MAX_TOKENS:
        half = MAX_TOKENS // 2
        toks = toks[:half] + toks[-half:]
    feats: set[int] = set()
    prev = "<s>"
    for tok in toks:
        feats.update(_token_buckets(tok, buckets))
        feats.add(_hash(f"b {prev} {tok}", buckets))
        prev = tok
    if toks:
        feats.add(_hash(f"b {prev} </s>", buckets))
    return feats


@lru_cache(maxsize=65536)
def _char_buckets(tok: str, buckets: int) -> tuple[int, ...]:
    padded = f" {tok} "
    out: list[int] = []
    for n in CHAR_NGRAMS:
        out.extend(_hash("c " + padded[i : i + n], buckets) for i in range(len(padded) - n + 1))
    return tuple(out)


def features_long(norm: str, buckets: int) -> dict[int, float]:
    """Long-post features: bucket -> weight (sublinear tf, l2). Shared with the trainer.

    Word n-grams (n = 1..3, sentence marks `<s>`/`</s>` in 2- and 3-grams) are counted per
    occurrence; character 3-5-grams once per distinct word (so long posts are not dominated by
    frequent short words)."""
    toks = _WORD.findall(norm)
    if len(toks) > MAX_TOKENS:
        half = MAX_TOKENS // 2
        toks = toks[:half] + toks[-half:]
    if not toks:
        return {}
    counts: dict[int, int] = {}
    seq = ["<s>", *toks, "</s>"]
    for i in range(1, len(seq) - 1):
        k = _hash("w1 " + seq[i], buckets)
        counts[k] = counts.get(k, 0) + 1
    for n in (2, 3):
        for i in range(len(seq) - n + 1):
            k = _hash(f"w{n} " + " ".join(seq[i : i + n]), buckets)
            counts[k] = counts.get(k, 0) + 1
    for tok in dict.fromkeys(toks):  # distinct words, in order (deterministic sums)
        for k in _char_buckets(tok, buckets):
            counts[k] = counts.get(k, 0) + 1
    vec = {k: 1.0 + math.log(c) for k, c in counts.items()}
    norm2 = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm2 for k, v in vec.items()}


def is_long(norm: str) -> bool:
    """Whether a text is scored against the long-post thresholds."""
    return len(_WORD.findall(norm)) > LONG_WORDS


def save(path: Path, weights: list[float], bias: float, meta: dict[str, object]) -> None:
    """Quantise to int16 and write the model file (used by the trainer)."""
    top = max((abs(w) for w in weights), default=0.0) or 1.0
    scale = top / 32767.0
    arr = array("h", (round(w / scale) for w in weights))
    if sys.byteorder != "little":
        arr.byteswap()
    header = dict(meta)
    header.update({"buckets": len(weights), "scale": scale, "bias": bias})
    blob = json.dumps(header, sort_keys=True).encode()
    path.write_bytes(MAGIC + struct.pack("<I", len(blob)) + blob + arr.tobytes())


def load(path: Path = MODEL_PATH) -> Model | None:
    """Read a model file; None when it is absent or malformed (the screen then runs rules-only)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        return None
    (hlen,) = struct.unpack_from("<I", data, len(MAGIC))
    start = len(MAGIC) + 4
    try:
        header = json.loads(data[start : start + hlen].decode())
        buckets = int(header["buckets"])
        weights = array("h")
        weights.frombytes(data[start + hlen : start + hlen + 2 * buckets])
    except (ValueError, KeyError, TypeError):
        return None
    if len(weights) != buckets:
        return None
    if sys.byteorder != "little":
        weights.byteswap()
    thresholds = {str(k): float(v) for k, v in dict(header.get("thresholds", {})).items()}
    return Model(
        buckets=buckets,
        scale=float(header["scale"]),
        bias=float(header["bias"]),
        weights=weights,
        thresholds=thresholds,
        meta={k: v for k, v in header.items() if k not in ("buckets", "scale", "bias")},
    )


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped model, loaded once per process."""
    return load()


@lru_cache(maxsize=1)
def chat_model() -> Model | None:
    """The chat referral model (None when absent: chat messages are then rules + short model)."""
    m = load(CHAT_MODEL_PATH)
    return m if m is not None and m.meta.get("features") == CHAT_FEATURES else None


@lru_cache(maxsize=1)
def chat_category_models() -> dict[str, Model]:
    """Category heads for a chat referral; missing files are simply left out."""
    out = {}
    for name, path in CHAT_CATEGORY_PATHS.items():
        m = load(path)
        if m is not None:
            out[name] = m
    return out


@lru_cache(maxsize=1)
def long_model() -> Model | None:
    """The shipped long-post model (None when absent: long posts then use `model()`)."""
    m = load(LONG_MODEL_PATH)
    return m if m is not None and m.meta.get("features") == LONG_FEATURES else None
