"""Evaluate the deterministic crisis screen and write the figures into docs/safety-screen.md.

    cd /work/main && PYTHONPATH=shared python bench/eval_crisis.py            # print + write docs
    cd /work/main && PYTHONPATH=shared python bench/eval_crisis.py --no-write # print only

Data: ../shared/eval/crisis/ next to the repository (never copied into it). Only counts and
rates are printed or written, never the posts' text. The public posts are split with a fixed
seed, stratified by (source, label): 70 % training (rules may be developed by reading it; the
learned-backup experiment trains on it), 30 % held out (reported here, never read to tune).
Exits 0 with "skipped: eval data absent" when the data is not there.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"
CRISIS_CSV = EVAL_DIR / "crisis" / "rallypoint_train.csv"
MOORE_JSON = EVAL_DIR / "crisis" / "moore2025_stimuli.json"
DOC = REPO_ROOT / "docs" / "safety-screen.md"
START, END = "<!-- crisis-eval:start -->", "<!-- crisis-eval:end -->"

SPLIT_SEED = 20261125
HELDOUT_FRACTION = 0.30

sys.path.insert(0, str(REPO_ROOT / "shared"))
sys.path.insert(0, str(REPO_ROOT))


@dataclass(frozen=True)
class Row:
    doc: str
    label: int
    source: str


def load_rows(path: Path = CRISIS_CSV) -> tuple[list[Row], int]:
    """Parse with the csv module; return (rows, skipped) where skipped rows had no 0/1 label."""
    csv.field_size_limit(sys.maxsize)
    rows: list[Row] = []
    skipped = 0
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        for rec in csv.DictReader(fh):
            label = (rec.get("label") or "").strip()
            doc = rec.get("doc") or ""
            if label not in ("0", "1") or not doc.strip():
                skipped += 1
                continue
            rows.append(Row(doc=doc, label=int(label), source=(rec.get("source") or "").strip()))
    return rows, skipped


def split_rows(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    """The fixed evaluation split: returns (train, heldout)."""
    return stratified_split(rows, HELDOUT_FRACTION, SPLIT_SEED)


def stratified_split(rows: list[Row], fraction: float, seed: int) -> tuple[list[Row], list[Row]]:
    """Seeded split stratified by (source, label): returns (rest, the `fraction` carved out)."""
    strata: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        strata[(row.source, row.label)].append(i)
    rng = random.Random(seed)
    carved: set[int] = set()
    for key in sorted(strata):
        idx = strata[key]
        rng.shuffle(idx)
        carved.update(idx[: round(len(idx) * fraction)])
    rest = [r for i, r in enumerate(rows) if i not in carved]
    return rest, [r for i, r in enumerate(rows) if i in carved]


def _rate(num: int, den: int) -> str:
    return f"{num / den:.3f} ({num}/{den})" if den else "n/a (0/0)"


def _public_posts(lines: list[str]) -> None:
    from hearth.domain.safety import RiskCategory, RiskTier, ScreenResult, screen
    from hearth.domain.safety.screen import LEARNED_EVIDENCE, rules_and_gate

    rows, skipped = load_rows()
    _train, held = split_rows(rows)
    t0 = time.perf_counter()
    results: list[tuple[Row, ScreenResult]] = [(row, screen(row.doc)) for row in held]
    per_post_ms = (time.perf_counter() - t0) * 1000 / max(1, len(held))
    rules_only = [rules_and_gate(row.doc)[0] for row in held]
    pos = [s for r, s in results if r.label == 1]
    neg = [s for r, s in results if r.label == 0]
    r_pos = [s for r, s in zip(held, rules_only, strict=True) if r.label == 1]
    r_neg = [s for r, s in zip(held, rules_only, strict=True) if r.label == 0]
    self_cats = {RiskCategory.SUICIDE, RiskCategory.SELF_HARM}

    def recall(items: list[ScreenResult], any_concern: bool) -> str:
        hits = sum((s.tier >= RiskTier.MODERATE) if any_concern else s.referral for s in items)
        return _rate(hits, len(items))

    def block(name: str, p: list[ScreenResult], n: list[ScreenResult]) -> list[str]:
        ref_fp = [s for s in n if s.referral]
        any_fp = [s for s in n if s.tier >= RiskTier.MODERATE]
        return [
            f"| {name}: recall on label 1 | {recall(p, False)} | {recall(p, True)} |",
            f"| {name}: false-positive rate on label 0 | {recall(n, False)} | {recall(n, True)} |",
            f"| {name}: ... of those false positives, third_party=True | "
            f"{_rate(sum(s.third_party for s in ref_fp), len(ref_fp))} | "
            f"{_rate(sum(s.third_party for s in any_fp), len(any_fp))} |",
            f"| {name}: ... of those, no suicide/self-harm category | "
            f"{sum(not (set(s.categories) & self_cats) for s in ref_fp)} | "
            f"{sum(not (set(s.categories) & self_cats) for s in any_fp)} |",
        ]

    raised = sum(LEARNED_EVIDENCE in s.evidence for _, s in results)
    lines += [
        "### Public posts (rallypoint_train.csv, held-out 30 %)",
        "",
        f"Rows parsed: {len(rows)}; malformed/blank rows skipped (label not 0/1): {skipped}. "
        f"Held-out: {len(held)} ({len(pos)} positive, {len(neg)} negative), split seed "
        f"{SPLIT_SEED}, stratified by source and label.",
        "",
        "| measure | referral (HIGH/IMMINENT) | any concern (>= MODERATE) |",
        "| --- | --- | --- |",
        *block("rules only", r_pos, r_neg),
        *block("shipped screen (rules + learned backup)", pos, neg),
        "",
        f"The learned backup raised {raised} of {len(held)} held-out posts "
        f"(evidence `{LEARNED_EVIDENCE}`).",
        "",
        "Label 0 includes third-person posts; Hearth refers concerned third persons on purpose, "
        "so those count as false positives here. Label 1 includes past attempts and recovered "
        "ideation, which the rules rate MODERATE (history), not a referral; in long posts the "
        "long-post model may raise them to HIGH. Label 0 includes long posts about someone "
        "else's suicide, grief and news, which the long-post model refers when the writer also "
        "writes in the first person (see 'Long posts' above).",
        "",
        "Per source (held-out, shipped screen):",
        "",
        "| source | n | label 1 | referral recall | concern recall | referral FPR | concern FPR |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    by_source: dict[str, list[tuple[Row, ScreenResult]]] = defaultdict(list)
    for r, s in results:
        by_source[r.source].append((r, s))
    for source in sorted(by_source):
        sp = [s for r, s in by_source[source] if r.label == 1]
        sn = [s for r, s in by_source[source] if r.label == 0]
        lines.append(
            f"| {source} | {len(sp) + len(sn)} | {len(sp)} | {recall(sp, False)} | "
            f"{recall(sp, True)} | {recall(sn, False)} | {recall(sn, True)} |"
        )
    lines += ["", f"Mean time per held-out post (median 227 characters): {per_post_ms:.2f} ms.", ""]


def _chat_cases(lines: list[str]) -> None:
    from tests.unit.crisis_cases import (
        CONCERN,
        CONTEXT_NEGATIVES,
        FRESH2_HELDOUT_NEGATIVES,
        FRESH2_HELDOUT_REFER,
        FRESH_DEV_NEGATIVES,
        FRESH_DEV_REFER,
        FRESH_HELDOUT_NEGATIVES,
        FRESH_HELDOUT_REFER,
        HARD_NEGATIVES,
        NEGATED,
        REFER,
        Case,
    )

    from hearth.domain.safety import RiskTier, ScreenResult, learned, screen
    from hearth.domain.safety.screen import rules_and_gate

    def run(cases: Sequence[Case]) -> list[tuple[Case, ScreenResult]]:
        return [(c, screen(c.text, c.context)) for c in cases]

    refer, concern, negated = run(REFER), run(CONCERN), run(NEGATED)
    hard = run(HARD_NEGATIVES + CONTEXT_NEGATIVES)
    card = sum(s.referral for _, s in refer)
    band = sum(c.lo <= s.tier <= c.hi for c, s in refer)
    conc_ok = sum(c.lo <= s.tier <= c.hi for c, s in concern)
    conc_any = sum(s.tier >= RiskTier.MODERATE for _, s in concern)
    neg_ok = sum(s.tier == RiskTier.LOW for _, s in negated)
    fa_any = sum(s.tier >= RiskTier.MODERATE for _, s in hard)
    fa_ref = sum(s.referral for _, s in hard)
    everything = [c for c, _ in refer + concern + negated + hard]
    t0 = time.perf_counter()
    for _ in range(5):
        for c in everything:
            screen(c.text, c.context)
    per_msg_ms = (time.perf_counter() - t0) * 1000 / (5 * len(everything))
    model = learned.model()
    t0 = time.perf_counter()
    if model is not None:
        for _ in range(5):
            for c in everything:
                model.score(c.text.lower())
    score_ms = (time.perf_counter() - t0) * 1000 / (5 * len(everything))
    size_kib = learned.MODEL_PATH.stat().st_size / 1024 if learned.MODEL_PATH.exists() else 0.0

    from tests.unit import crisis_batches

    def fresh(name: str, pos: Sequence[Case | str], neg: Sequence[Case | str]) -> list[str]:
        def text(c: Case | str) -> str:
            return c if isinstance(c, str) else c.text

        rp = [rules_and_gate(text(c))[0] for c in pos]
        rn = [rules_and_gate(text(c))[0] for c in neg]
        sp = [screen(text(c)) for c in pos]
        sn = [screen(text(c)) for c in neg]
        out = []
        for label, p, n in (("rules only", rp, rn), ("shipped screen", sp, sn)):
            out.append(
                f"| {name}, {label} | {len(p)} / {len(n)} | "
                f"{_rate(sum(s.referral for s in p), len(p))} | "
                f"{_rate(sum(s.tier >= RiskTier.MODERATE for s in p), len(p))} | "
                f"{_rate(sum(s.tier >= RiskTier.MODERATE for s in n), len(n))} | "
                f"{_rate(sum(s.referral for s in n), len(n))} |"
            )
        return out

    lines += [
        "### Chat-style cases (tests/unit/crisis_cases.py, written for Hearth)",
        "",
        "| set | n | result |",
        "| --- | --- | --- |",
        f"| need the card (HIGH/IMMINENT expected) | {len(refer)} | recall "
        f"{_rate(card, len(refer))}; exact tier band {_rate(band, len(refer))} |",
        f"| concern, no card (MODERATE expected) | {len(concern)} | >= MODERATE "
        f"{_rate(conc_any, len(concern))}; exact band {_rate(conc_ok, len(concern))} |",
        f"| negated ideation (LOW expected) | {len(negated)} | LOW {_rate(neg_ok, len(negated))} |",
        f"| hard negatives: idioms, venting, grief, news, trivia, context | {len(hard)} | "
        f"false alarm (>= MODERATE) {_rate(fa_any, len(hard))}; card shown "
        f"{_rate(fa_ref, len(hard))} |",
        "",
        f"Mean time per chat message (incl. context, rules + learned backup): "
        f"{per_msg_ms:.3f} ms; of which scoring by the learned backup alone: {score_ms:.3f} ms. "
        f"Model file: {size_kib:.0f} KiB.",
        "",
        "### Fresh chat batches",
        "",
        "`FRESH_DEV_*` guided rule fixes and tunes the model's chat thresholds (development "
        "figures). `FRESH_HELDOUT_*` was the held-out batch of the third pass; its misses were "
        "read in the fourth pass and it now tunes thresholds too (development figures). "
        "`FRESH2_HELDOUT_*` was written before the fourth-pass changes and stayed unread until "
        "the fifth pass, when its misses were read (development figures now). `FRESH3` to "
        "`FRESH36` were written by authors who had not read the rules or any case "
        "(tests/unit/crisis_fresh3.py ... crisis_fresh36.py; which are development data and "
        "which are held out is set in tests/unit/crisis_batches.py). Each was scored as "
        "aggregates only for at least one pass and read once a newer batch existed: FRESH3 (0.50 "
        "card recall at first contact), FRESH4 (0.31 at first contact, 0.683 at the end of its "
        "pass), FRESH5 (0.633, 0.817), FRESH6 (0.858, 0.875), FRESH7 (0.833, 0.833), FRESH8 "
        "(0.875, 0.892), FRESH9 (0.883, 0.875), FRESH10 (0.900, 0.900), FRESH11 (0.858, "
        "0.875), FRESH12 (0.933, 0.933), FRESH13 (0.867, 0.867), FRESH14 (0.867, 0.858), "
        "FRESH15 (0.833, 0.833), FRESH16 (0.825, 0.842), FRESH17 (0.908, 0.917), FRESH18 "
        "(0.817, 0.833), FRESH19 (0.917, 0.925), FRESH20 (0.892, 0.883; its opening lines "
        "were printed by mistake in the twenty-first pass, so it became development data with "
        "FRESH19), FRESH21 (0.867, 0.900), FRESH22 (0.950, 0.958; read in the twenty-fifth "
        "pass), FRESH23 (0.925, 0.933; read in the twenty-sixth pass), FRESH24 (0.917, 0.942; "
        "read at the end of the twenty-sixth pass), FRESH25 (0.925, 0.942; also read then), "
        "FRESH26 (0.900, 0.908; also read then), FRESH27 (0.892, 0.900; also read then), "
        "FRESH28 (0.933, 0.933; read in the twenty-seventh pass), FRESH29 (0.917, 0.917; read "
        "later in that pass), FRESH30 (0.967, 0.975; read at its end), FRESH31 (0.892, 0.892; "
        "also read then). These twenty-nine are "
        "development data now: the rules were written from them, and the trainer reads them (the "
        "chat model in use was trained on FRESH3 to FRESH22; retrainings with the later ones "
        "were tried and not kept). FRESH32 to FRESH36 are "
        "never trained or tuned on: **the honest figures** (first contact: "
        "FRESH32, written in the twenty-sixth pass, with screen "
        "2026-11-27.32: 0.908, 109/120, 2/120; FRESH33, written at the start of the "
        "twenty-seventh pass, with the committed screen of the end of the twenty-sixth "
        "(2026-11-27.33 in the docs; its code still carried the version string .30, as did .31 "
        "and .32): 0.925, 111/120, 3/120; FRESH34, written at the end of the twenty-seventh "
        "pass, with that pass's screen 2026-11-27.36: 0.933, 112/120, 2/120; FRESH35, written "
        "after it, with screen 2026-11-27.39: 0.933, 112/120, 5/120; FRESH36, written after that, "
        "with screen 2026-11-27.41: 0.917, 110/120, 2/120). Independent "
        "authors converge on some sentences word for word, so the pooled figure is also given "
        "without the held-out messages that are training texts too. "
        "Note: in the "
        "twelfth pass a lint run printed one FRESH12 negative (a psychiatry resident's "
        "question); nothing was changed for it.",
        "",
        "| batch | needs card / hard negatives | card recall | >= MODERATE recall | "
        "false alarm (>= MODERATE) | card on negatives |",
        "| --- | --- | --- | --- | --- | --- |",
        *fresh("FRESH_DEV", FRESH_DEV_REFER, FRESH_DEV_NEGATIVES),
        *fresh("FRESH_HELDOUT (now dev)", FRESH_HELDOUT_REFER, FRESH_HELDOUT_NEGATIVES),
        *fresh("FRESH2_HELDOUT (now dev)", FRESH2_HELDOUT_REFER, FRESH2_HELDOUT_NEGATIVES),
        *(
            row
            for n in crisis_batches.DEVELOPMENT
            for row in fresh(f"FRESH{n}, independent author (now dev)", *crisis_batches.batch(n))
        ),
        *(
            row
            for n in crisis_batches.HELD_OUT
            for row in fresh(f"FRESH{n}, independent author (held out)", *crisis_batches.batch(n))
        ),
        *fresh(
            " + ".join(f"FRESH{n}" for n in crisis_batches.HELD_OUT) + " (held out, pooled)",
            *crisis_batches.pooled(crisis_batches.HELD_OUT),
        ),
        *fresh(
            " + ".join(f"FRESH{n}" for n in crisis_batches.HELD_OUT)
            + " (held out, pooled, without messages also found word for word in training data)",
            *crisis_batches.unseen(crisis_batches.HELD_OUT),
        ),
        "",
    ]


def _moore(lines: list[str]) -> None:
    from hearth.domain.safety import screen

    stimuli = json.loads(MOORE_JSON.read_text(encoding="utf-8"))
    lines += [
        "### Moore et al. 2025 stimuli (must-pass set)",
        "",
        "| id | condition | tier | referral |",
        "| --- | --- | --- | --- |",
    ]
    for st in stimuli:
        msgs = st["messages"]
        users = msgs[0::2]  # user, assistant, user, ... : user turns are the even positions
        res = screen(st["final_user_message"], tuple(users[:-1]))
        lines.append(f"| {st['id']} | {st['condition']} | {res.tier.value} | {res.referral} |")
    lines += [
        "",
        "The suicidal-ideation stimuli (bridge, pesticides) must be HIGH or above; the others "
        "(delusions, mania, hallucinations, OCD) carry no risk language and are out of scope "
        "for this screen by design.",
        "",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-write", action="store_true", help="print only, leave docs alone")
    args = parser.parse_args(argv)
    if not CRISIS_CSV.exists():
        print("skipped: eval data absent")
        return 0
    from hearth.domain.safety import SCREEN_VERSION

    lines = [
        f"Screen version `{SCREEN_VERSION}`. Produced by "
        "`cd /work/main && PYTHONPATH=shared python bench/eval_crisis.py`.",
        "",
    ]
    _public_posts(lines)
    _chat_cases(lines)
    if MOORE_JSON.exists():
        _moore(lines)
    section = "\n".join(lines).rstrip() + "\n"
    print(section)
    if not args.no_write and DOC.exists():
        text = DOC.read_text(encoding="utf-8")
        if START in text and END in text:
            head, rest = text.split(START, 1)
            _, tail = rest.split(END, 1)
            DOC.write_text(f"{head}{START}\n{section}{END}{tail}", encoding="utf-8")
            print(f"wrote figures into {DOC.relative_to(REPO_ROOT)}")
    counts = Counter(r.label for r in load_rows()[0])
    print(f"(label counts in the full file: {dict(counts)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
