"""Evaluate the shipped emotion analyzer on GoEmotions's test split; print a markdown block.

    cd /work/main && PYTHONPATH=shared python bench/eval_emotions.py
    cd /work/main && PYTHONPATH=shared python bench/eval_emotions.py --split dev   # tuning split

Scores the shipped weights (shared/hearth/domain/emotions/emotion_model.*) through the pure-Python
analyzer itself, exactly as Lambda runs it. Reports macro-F1 over the 28 labels and over the
Ekman grouping (predicted and gold labels mapped to anger/disgust/fear/joy/sadness/surprise/
neutral, macro-F1 over the 7 groups), per-message latency in process (median and p99), load time
and weights size. Only figures are printed, never the data's text.
Data: ../shared/eval/goemotions/ beside the repository; exits 0 with "skipped: eval data absent"
when it is not there. The test split is for the final figure only: tune on dev (and on
out-of-fold train predictions, as bench/train_emotions.py does).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = REPO_ROOT.parent / "shared" / "eval" / "goemotions"
sys.path.insert(0, str(REPO_ROOT / "shared"))

COMMAND = "PYTHONPATH=shared python bench/eval_emotions.py"


def data_present() -> bool:
    return all((DATA_DIR / f).is_file() for f in ("train.tsv", "dev.tsv", "test.tsv", "labels.txt"))


def load_labels() -> list[str]:
    return (DATA_DIR / "labels.txt").read_text(encoding="utf-8").split()


def load_split(split: str) -> tuple[list[str], list[set[int]]]:
    """(texts, gold label-id sets) of train/dev/test; the files are TSV without quoting."""
    texts: list[str] = []
    gold: list[set[int]] = []
    with (DATA_DIR / f"{split}.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(row[0])
            gold.append({int(i) for i in row[1].split(",")})
    return texts, gold


def ekman_groups(labels: Sequence[str]) -> tuple[list[str], list[int]]:
    """(group names, group index of each label id); neutral is its own group."""
    mapping: dict[str, list[str]] = json.loads(
        (DATA_DIR / "ekman_mapping.json").read_text(encoding="utf-8")
    )
    groups = [*sorted(mapping), "neutral"]
    of_label = {lb: groups.index(g) for g, members in mapping.items() for lb in members}
    of_label["neutral"] = groups.index("neutral")
    return groups, [of_label[lb] for lb in labels]


def macro_f1(
    pred: Sequence[set[int]], gold: Sequence[set[int]], n: int
) -> tuple[float, list[float]]:
    tp, fp, fn = [0] * n, [0] * n, [0] * n
    for p, g in zip(pred, gold, strict=True):
        for i in p & g:
            tp[i] += 1
        for i in p - g:
            fp[i] += 1
        for i in g - p:
            fn[i] += 1
    f1 = [
        2 * tp[i] / (2 * tp[i] + fp[i] + fn[i]) if tp[i] + fp[i] + fn[i] else 0.0 for i in range(n)
    ]
    return sum(f1) / n, f1


def to_groups(sets: Sequence[set[int]], group_of: Sequence[int]) -> list[set[int]]:
    return [{group_of[i] for i in s} for s in sets]


def percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    args = parser.parse_args(argv)
    if not data_present():
        print(f"skipped: eval data absent ({DATA_DIR})")
        return 0

    from hearth.domain.emotions import analyzer as emo

    started = time.perf_counter()
    engine = emo.EmotionAnalyzer.load()
    load_ms = (time.perf_counter() - started) * 1000
    labels = load_labels()
    if tuple(labels) != emo.LABELS:
        raise SystemExit("labels.txt does not match the analyzer's labels")
    index = {lb: i for i, lb in enumerate(labels)}
    texts, gold = load_split(args.split)

    # Warm the per-word n-gram cache as a running Lambda would be, with other text (train).
    for text in load_split("train")[0][:500]:
        engine.analyze(text)
    pred: list[set[int]] = []
    model_ms: list[float] = []
    for text in texts:  # the model's labels alone (what the F1 is about)
        t0 = time.perf_counter()
        chosen = engine.predict(engine.label_scores(text))
        model_ms.append((time.perf_counter() - t0) * 1000)
        pred.append({index[lb] for lb in chosen})
    full_ms: list[float] = []
    for text in texts:  # the whole analysis: model + themes, states, intensity, valence
        t0 = time.perf_counter()
        engine.analyze(text)
        full_ms.append((time.perf_counter() - t0) * 1000)
    long_text = " ".join(texts[:400])  # far longer than a chat message: clipped, the worst case
    long_runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        engine.analyze(long_text)
        long_runs.append((time.perf_counter() - t0) * 1000)
    long_ms = statistics.median(long_runs)

    f28, per_label = macro_f1(pred, gold, len(labels))
    groups, group_of = ekman_groups(labels)
    f_ek, _ = macro_f1(to_groups(pred, group_of), to_groups(gold, group_of), len(groups))
    size_bin = emo.MODEL_BIN.stat().st_size
    size_meta = emo.MODEL_META.stat().st_size
    meta = engine.model.meta

    print(f"### Emotion analyzer on GoEmotions {args.split} ({len(texts)} messages)\n")
    print(f"Command: `{COMMAND}" + (" --split dev`" if args.split == "dev" else "`") + "\n")
    print("| measure | value |\n| --- | --- |")
    print(f"| macro-F1, 28 labels | {f28:.4f} |")
    print(f"| macro-F1, Ekman 7 groups | {f_ek:.4f} |")
    print(
        f"| dev macro-F1 at training (28 / Ekman; dev is in the threshold pool) | "
        f"{meta.get('dev_macro_f1', 'n/a')} / {meta.get('dev_ekman_macro_f1', 'n/a')} |"
    )
    print(
        f"| dev macro-F1, honest (thresholds on out-of-fold train + half of dev, scored on the "
        f"other half, 30 draws) | {meta.get('dev_macro_f1_honest', 'n/a')} |"
    )
    print(
        f"| model only, per message: median / p99 | {statistics.median(model_ms):.3f} ms / "
        f"{percentile(model_ms, 0.99):.3f} ms |"
    )
    print(
        f"| full analyze(), per message: median / p99 | {statistics.median(full_ms):.3f} ms / "
        f"{percentile(full_ms, 0.99):.3f} ms |"
    )
    print(
        f"| full analyze() of one {len(long_text):,}-char text (clipped to "
        f"{2 * emo.MAX_HALF:,}), median of 5 | {long_ms:.2f} ms |"
    )
    print(f"| load time (first `EmotionAnalyzer.load()`) | {load_ms:.0f} ms |")
    print(f"| weights size | {size_bin / 1e6:.2f} MB bin + {size_meta / 1e3:.1f} kB json |")
    print(f"| features / labels | {meta.get('n_features')} / {len(labels)} |")
    print(f"| Python | {sys.version.split()[0]} |")
    print("\nPer-label F1:\n")
    print("| label | F1 | label | F1 |\n| --- | --- | --- | --- |")
    half = (len(labels) + 1) // 2
    for i in range(half):
        j = i + half
        right = f"| {labels[j]} | {per_label[j]:.3f} |" if j < len(labels) else "| | |"
        print(f"| {labels[i]} | {per_label[i]:.3f} {right}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
