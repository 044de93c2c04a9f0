"""Experiment: would a learned backup improve the crisis screen? (Result: not enough; not shipped.)

    cd /work/main && PYTHONPATH=shared python bench/train_crisis_model.py

Trains a hashed word 1-2 gram (+ optional char 4-gram) logistic regression, seeded, on the
training split carved in bench/eval_crisis.py only (70 % of rallypoint_train.csv, stratified by
source and label); the held-out 30 % is never read here. 5-fold cross-validation on the training
split estimates what the model would add on top of the rules: positives the rules leave below
MODERATE that the model catches, against negatives it would newly flag. The design was: the
model may only lift NONE/LOW to MODERATE (never the card), inference in plain Python.

Measured (see docs/safety-screen.md): at thresholds that keep added false alarms under ~1 %,
the model recovers only a handful of the posts the rules miss, so the screen ships rules-only.
Re-run this when more labelled data arrives; if the gain becomes material, ship the weights as
shared/hearth/domain/safety/crisis_model.json with a stdlib scorer.
"""

from __future__ import annotations

import math
import re
import sys
import warnings
import zlib
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "shared"))

from eval_crisis import CRISIS_CSV, load_rows, split_rows
from hearth.domain.safety import RiskTier, screen
from hearth.domain.safety.screen import normalise

SEED = 7
BUCKETS = 1 << 16
MIN_TOKENS = 8  # the backup would not judge one-liners: idioms are the rules' job
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
_WORD = re.compile(r"[a-z0-9]+")


def features(norm: str, char_ngrams: bool) -> dict[int, float]:
    """Hashed word unigrams/bigrams (+ char 4-grams), l2-normalised; crc32 keeps it stdlib."""
    counts: dict[int, float] = {}
    prev = "<s>"
    for tok in _WORD.findall(norm)[:400]:
        feats = [tok, f"{prev} {tok}"]
        if char_ngrams:
            padded = f" {tok} "
            feats += [padded[i : i + 4] for i in range(len(padded) - 3)]
        for feat in feats:
            idx = zlib.crc32(feat.encode()) % BUCKETS
            counts[idx] = counts.get(idx, 0.0) + 1.0
        prev = tok
    norm2 = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm2 for k, v in counts.items()}


def _matrix(norms: list[str], char_ngrams: bool) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, norm in enumerate(norms):
        for k, v in features(norm, char_ngrams).items():
            rows.append(i)
            cols.append(k)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(norms), BUCKETS))


def main() -> int:
    if not CRISIS_CSV.exists():
        print("skipped: eval data absent")
        return 0
    warnings.filterwarnings("ignore")
    rows, skipped = load_rows()
    train, _heldout = split_rows(rows)  # the held-out part is deliberately unused
    norms = [normalise(r.doc) for r in train]
    y = np.array([r.label for r in train])
    eligible = np.array(
        [
            len(n.split()) >= MIN_TOKENS and screen(r.doc).tier < RiskTier.MODERATE
            for n, r in zip(norms, train, strict=True)
        ]
    )
    missed = int((eligible & (y == 1)).sum())
    print(f"training split: {len(train)} rows ({int(y.sum())} positive); {skipped} skipped overall")
    print(f"positives the rules leave below MODERATE (>= {MIN_TOKENS} words): {missed}")
    print("| features | C | CV AUC | " + " | ".join(f"t={t}: +TP/+FP" for t in THRESHOLDS) + " |")
    for char_ngrams in (False, True):
        x = _matrix(norms, char_ngrams)
        for c_value in (1.0, 4.0):
            oof = np.zeros(len(train))
            folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
            for fit_idx, val_idx in folds.split(x, y):
                clf = LogisticRegression(
                    C=c_value,
                    solver="liblinear",
                    class_weight="balanced",
                    random_state=SEED,
                    max_iter=2000,
                )
                clf.fit(x[fit_idx], y[fit_idx])
                oof[val_idx] = clf.predict_proba(x[val_idx])[:, 1]
            cells = []
            for t in THRESHOLDS:
                tp = int(((oof >= t) & eligible & (y == 1)).sum())
                fp = int(((oof >= t) & eligible & (y == 0)).sum())
                cells.append(f"+{tp}/+{fp}")
            name = "words 1-2 + char 4" if char_ngrams else "words 1-2"
            auc = roc_auc_score(y, oof)
            print(f"| {name} | {c_value} | {auc:.3f} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
