"""Train the crisis screen's learned backup and tune its thresholds (`make train`).

    cd /work/main && PYTHONPATH=shared .venv/bin/python bench/train_crisis_model.py

Writes shared/hearth/domain/safety/crisis_model.bin (chat-length messages) and
crisis_model.long.bin (posts of more than 40 words; see `_train_long`), int16 weights + JSON
header, scored in pure Python by hearth.domain.safety.learned. Seeded and deterministic;
scikit-learn and numpy are needed here only, never at runtime.

Data discipline
---------------
- Public posts: `rallypoint_train.csv` is split exactly as in bench/eval_crisis.py (70 %
  training / 30 % held out, seeded, stratified by source and label). The held-out 30 % is never
  read here. The 70 % is split again (seeded, stratified): 75 % to fit, 25 % as the dev split
  on which the thresholds are tuned.
- Clinician lexicon: the prototypical examples of passive/active ideation and self-injury are
  positives; the suicide-exposure examples (someone else's suicide) are negatives.
- Chat style: the case tables in tests/unit/crisis_cases.py (needs-the-card and concern cases
  about the writer's own suicide/self-harm risk are positives; idioms, venting, grief, news,
  trivia and negated ideation are negatives) plus the extra examples below. FRESH_DEV_* and
  (since the fourth pass, when its misses were read) FRESH_HELDOUT_* are the chat dev set for
  threshold tuning (not fitted on); FRESH2_HELDOUT_* is never read here.

The model only ever sees text the rules left below MODERATE, through the gates in screen.py
(first person, no negation, no third party, no grief/news/fiction/joke frame, no means trivia).
Thresholds are therefore tuned on what the *combined* screen does on the dev sets: for long
posts, the MODERATE threshold is the highest one reaching the ≥MODERATE recall target on the
dev posts, the HIGH threshold the highest one keeping newly referred dev negatives within
budget; for chat-length messages both must keep false alarms on the chat dev negatives within
the budget.
"""

from __future__ import annotations

import json
import random
import sys
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "shared"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_crisis import CRISIS_CSV, EVAL_DIR, Row, load_rows, split_rows, stratified_split
from hearth.domain.safety import RiskTier, learned
from hearth.domain.safety.screen import model_view

SEED = 20261126
BUCKETS = 1 << 18
DEV_FRACTION = 0.25
CHAT_WEIGHT = 3.0  # chat-style rows are few; weight them up against the posts
C_VALUES = (2.0, 4.0, 8.0, 16.0)
POST_RECALL_TARGET = 0.90  # >= MODERATE on dev posts the combined screen should reach
POST_REFER_FPR_BUDGET = 0.05  # dev-post negatives the model alone would refer
CHAT_FA_BUDGET = 0.02  # chat dev negatives raised to >= MODERATE by the model
# Long-post model (crisis_model.long.bin): decides the learned referral for forum-length posts.
LONG_C_VALUES = (0.125, 0.25, 0.5, 1.0)
LONG_FOLDS = 5
# Long-post thresholds aim at the combined screen (rules + model) on long training posts,
# out of fold: since screen 2026-11-26.1 the rules refer told history themselves, so the model
# only has to cover what they miss, and a model-only recall target would buy false alarms.
LONG_REFER_RECALL = 0.92  # long training positives the combined screen must refer
LONG_PLAIN_FPR_BUDGET = 0.05  # long negatives without risk language the model may refer
LONG_CONCERN_RECALL = 0.97  # ... and raise to >= MODERATE (rules MODERATE counts)
# Chat referral model (crisis_model.chat.bin and its category heads).
CHAT_DATA = Path(__file__).resolve().parent / "data"
CHAT_C_VALUES = (16.0, 32.0, 64.0)  # out-of-fold AUC rose up to 32 on the old grid (4-32)
# Chat model folds are authors, not random rows: each corpus file, the case tables and each
# FRESH batch is one fold (posts are spread over the folds at random). A random split puts one
# author's near-paraphrases on both sides and flatters the scores; independent authors (FRESH4,
# FRESH5) scored like the leave-one-author-out figures, not like the random-fold ones.
CHAT_CARD_FA_BUDGET = 0.025  # chat (and short-post) negatives the combined screen may refer,
# scored leave-one-author-out; under the 3 % false-alarm target with some margin
CHAT_CATEGORY_BUCKETS = 1 << 16
POSTS = "public posts"  # the author tag of short public posts in the chat corpus
LEXICON = EVAL_DIR / "crisis" / "suicide_risk_lexicon"
LEXICON_POSITIVE = ("Passive suicidal ideation", "Active suicidal ideation", "Types of self-injury")
LEXICON_NEGATIVE = ("Suicide exposure",)

# Extra chat-style training examples written for Hearth (not taken from any dataset).
CHAT_POSITIVE = (
    "i just want to be gone",
    "i cant see myself making it to next year",
    "i dont want to be here",
    "everything would be easier if i just stopped existing",
    "its too much, i want out of this life",
    "i feel like i'm at the end of my rope",
    "i keep thinking about how to do it",
    "i looked at the bridge today and thought about it",
    "what's the point of me anymore",
    "i'm so tired i just want to sleep and not come back",
    "i'm ready to let go of everything",
    "i don't belong in this world",
    "i feel like the world would move on fine without me",
    "i want to fade away",
    "i hate being alive",
    "i dont care if i live or die anymore",
    "sometimes i think about not being here at all",
    "i've been thinking about death a lot and it doesnt scare me",
    "im tired of fighting to stay alive",
    "i'm a burden and everyone would be relieved if i was gone",
    "i cant take this pain anymore i want it over",
    "i've been hurting myself again",
    "i want to feel the pain on my skin again",
    "i keep scratching my arms until they bleed",
    "i burned my arm on purpose",
    "the urge to cut is so strong tonight",
    "i hid razors in my room",
    "i could just take all the pills in the cabinet",
    "i know where my dad keeps his gun",
    "nothing matters, i'm done trying to live",
    "i'm counting down my days",
    "this is the last time i'll talk to anyone",
    "goodbye, thanks for trying",
    "please just let me die",
    "i want to vanish and never come back",
    "i think my family would be better without me around",
    "i really don't want to live like this anymore",
    "i want to end my suffering for good",
    "i feel like dying every single day",
    "there's no future for me",
    "i feel empty and i think about dying",
    "i've been planning my death",
    "thinking of ways to not exist",
    "i wish i could stop existing tonight",
    "i'm not scared of dying anymore",
    "i told my therapist i was fine but i want to die",
    "i cant stop thinking about jumping",
    "im going to walk into the ocean",
    "if tomorrow doesnt come for me thats fine",
    "i dont plan on being alive by summer",
)
CHAT_NEGATIVE = (
    # Negated ideation in other languages (the rules' multilingual patterns exclude negation;
    # the model must not re-raise it).
    "yo no quiero morir, solo estoy cansado",
    "no me quiero morir",
    "je ne veux pas mourir, je veux juste dormir",
    "eu nao quero morrer, so estou triste",
    "ich mochte nicht sterben, mir geht es nur schlecht",
    "non voglio morire",
    "this meeting is killing me slowly",
    "i'm dead serious about getting that promotion",
    "we're going to crush it tomorrow",
    "i'm so done with this group project",
    "i want out of this lease",
    "my car died on the highway",
    "that movie was so sad i cried for an hour",
    "i feel lonely since moving to a new city",
    "i'm stressed about exams but i'll manage",
    "my ex and i ended things last month",
    "i'm over this rain",
    "can you explain how antidepressants work",
    "what's the best way to fall asleep faster",
    "i want to disappear from social media for a while",
    "i'm tired of cooking every night",
    "life is hard sometimes but i'm hanging in there",
    "i'd die for my kids",
    "i'm dying to try that new ramen place",
    "my grandfather passed away peacefully",
    "how do i help a friend who is grieving",
    "i think i bombed my driving test",
    "i'm going to kill this workout",
    "i feel like a failure at work today",
    "what time does the pharmacy close",
    "i hate my haircut",
    "my cat scratched my arm",
    "i cut my hair short",
    "i burned the toast again",
    "i hurt my back lifting boxes",
    "i'm on the roof fixing the gutter",
    "stop, you're killing me with these memes",
    "ugh i want to scream",
    "i'm so bored i could die",
    "the season finale killed me",
    "my battery is at 1 percent, i'm dying here",
    "i'm sick of my roommate leaving dishes",
    "our team got destroyed in the finals",
    "i'm fine, just tired",
    "i just want this week to be over",
    "i need a break from everything",
    "i feel anxious about my presentation",
    "my friend is going through a hard time, how can i support her",
    "i read that suicide rates went up last year",
    "my uncle took his own life when i was little",
    "i used to struggle a lot but i'm doing better now",
    "i wouldn't ever hurt myself",
    "i don't want to die, i want things to change",
    "what's the tallest building in the world",
    "how many mg of ibuprofen can i take for a headache",
    "i'm writing a poem about loss",
)


def _balanced_lr(c_value: float) -> LogisticRegression:
    """The one classifier every crisis model here uses: class-balanced, seeded liblinear."""
    return LogisticRegression(
        C=c_value, solver="liblinear", class_weight="balanced", random_state=SEED, max_iter=5000
    )


def _best_c_out_of_fold(
    name: str,
    c_values: tuple[float, ...],
    folds: np.ndarray,
    n_folds: int,
    x_all: csr_matrix,
    y_all: np.ndarray,
    auc_mask: np.ndarray,
) -> tuple[float, np.ndarray]:
    """(C with the best out-of-fold AUC, its out-of-fold scores) for the first len(folds) rows.

    Rows past len(folds) (lexicon examples) are always in the fitted part, never scored."""
    n = len(folds)
    extra = np.arange(n, len(y_all))
    x, y = x_all[:n], y_all[:n]
    best: tuple[float, float, np.ndarray] | None = None
    for c_value in c_values:
        oof = np.zeros(n)
        for k in range(n_folds):
            inside = np.concatenate([np.flatnonzero(folds != k), extra])
            out = np.flatnonzero(folds == k)
            clf = _balanced_lr(c_value).fit(x_all[inside], y_all[inside])
            oof[out] = clf.predict_proba(x[out])[:, 1]
        auc = roc_auc_score(y[auc_mask], oof[auc_mask])
        print(f"{name} C={c_value}: out-of-fold AUC {auc:.3f}")
        if best is None or auc > best[0] + 1e-9:
            best = (auc, c_value, oof)
    assert best is not None
    return best[1], best[2]


def _stratified_dev(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    return stratified_split(rows, DEV_FRACTION, SEED)


def _lexicon() -> tuple[list[str], list[str]]:
    pos: list[str] = []
    neg: list[str] = []
    path = LEXICON / "suicide_risk_lexicon_codebook_prototypical_examples.txt"
    if not path.exists():
        return pos, neg
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        name, _, rest = line.partition(":")
        if "Examples:" not in rest:
            continue
        examples = [e.strip() for e in rest.split("Examples:", 1)[1].split(";") if e.strip()]
        if name.strip() in LEXICON_POSITIVE:
            pos += examples
        elif name.strip().startswith(LEXICON_NEGATIVE):
            neg += examples
    return pos, neg


def _chat_cases() -> tuple[list[str], list[str], list[str], list[str]]:
    """(train positives, train negatives, dev positives, dev negatives) in chat style."""
    from tests.unit import crisis_cases as cc

    self_cats = {cc.SUI, cc.SH, None}
    pos = [
        c.text
        for c in cc.REFER + cc.CONCERN
        if c.category in self_cats and not c.context and c.third_party is not True
    ]
    neg = [c.text for c in cc.HARD_NEGATIVES + cc.CONTEXT_NEGATIVES + cc.NEGATED]
    neg += [c.text for c in cc.REFER if c.third_party is True and not c.context]
    pos += list(CHAT_POSITIVE)
    neg += list(CHAT_NEGATIVE)
    # FRESH_HELDOUT became development data in the fourth pass (its misses were read); it joins
    # FRESH_DEV for threshold tuning. FRESH2_HELDOUT_* is never read here.
    dev_pos = [c.text for c in cc.FRESH_DEV_REFER + cc.FRESH_HELDOUT_REFER]
    dev_neg = [c.text for c in cc.FRESH_DEV_NEGATIVES + cc.FRESH_HELDOUT_NEGATIVES]
    return pos, neg, dev_pos, dev_neg


def _matrix(texts: list[str]) -> csr_matrix:
    return _matrix_buckets(texts, BUCKETS)


def _gates(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(rules tier rank, whether the model may raise) for each text."""
    from hearth.domain.safety.screen import rules_and_gate

    out = [rules_and_gate(t) for t in texts]
    return (
        np.array([r.tier.rank for r, _ in out]),
        np.array([gate not in ("closed", "chat", "chat_strong") for _, gate in out]),  # short model
    )


def _tune_long(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Thresholds for long posts, from the model's own scores on the dev posts.

    The rules were written while reading the training split, so their dev recall is inflated
    (they miss far fewer dev posts than held-out ones); tuning on the combined screen would
    leave the model almost nothing to do. So the MODERATE threshold is the highest at which
    the model *alone* reaches the recall target on dev posts, and the HIGH threshold the
    lowest at which the model alone would refer at most the budgeted share of dev negatives."""
    grid = np.round(np.arange(0.02, 0.99, 0.01), 2)
    pos, neg = y == 1, y == 0
    t_mod = float(grid[0])
    for t in grid:
        if (scores[pos] >= t).mean() >= POST_RECALL_TARGET:
            t_mod = float(t)
    t_high = float(grid[-1])
    for t in grid[::-1]:
        if (scores[neg] >= t).mean() <= POST_REFER_FPR_BUDGET:
            t_high = float(t)
    return t_mod, max(t_high, t_mod)


def _tune_short(
    dev_scores: np.ndarray, dev_y: np.ndarray, rank: np.ndarray, gate: np.ndarray
) -> tuple[float, float]:
    grid = np.round(np.arange(0.05, 0.99, 0.01), 2)
    neg = dev_y == 0
    t_mod = 0.99
    for t in grid[::-1]:  # lowest threshold whose chat false alarms stay in budget
        fa = ((rank >= RiskTier.MODERATE.rank) | (gate & (dev_scores >= t))) & neg
        if fa.sum() / max(1, neg.sum()) <= CHAT_FA_BUDGET:
            t_mod = float(t)
        else:
            break
    t_high = t_mod
    for t in grid[::-1]:  # no chat negative may get the card from the model
        card = gate & (dev_scores >= t) & neg & (rank < RiskTier.MODERATE.rank)
        if card.sum() == 0:
            t_high = float(t)
        else:
            break
    return t_mod, max(t_high, t_mod)


def _report_dev(
    name: str, texts: list[str], y: np.ndarray, scores: np.ndarray, thresholds: dict[str, float]
) -> None:
    from hearth.domain.safety.screen import combine_with_model

    tiers = []
    for text, score in zip(texts, scores, strict=True):
        prefix = "long" if learned.is_long(model_view(text)) else "short"
        t_mod, t_high = thresholds[f"{prefix}_moderate"], thresholds[f"{prefix}_high"]
        tiers.append(combine_with_model(text, float(score), t_mod, t_high).tier)
    conc = np.array([t >= RiskTier.MODERATE for t in tiers])
    card = np.array([t >= RiskTier.HIGH for t in tiers])
    pos, neg = y == 1, y == 0
    print(
        f"{name}: recall card {card[pos].mean():.3f}, >=MODERATE {conc[pos].mean():.3f}; "
        f"FPR card {card[neg].mean():.3f}, >=MODERATE {conc[neg].mean():.3f}"
    )


def _kind_category(kind: str) -> str:
    """Map a corpus's free-form kind tag to a screen category (heads' training labels)."""
    k = kind.lower()
    if "self" in k or k.startswith("sh") or "relapse" in k or "cutting" in k:
        return "self_harm"
    if "abuse" in k or "domestic" in k or "sexual" in k or "danger_now" in k:
        return "abuse"
    if "other" in k or "homicid" in k or "violence" in k or "hurt" in k:
        return "violence"
    if "medical" in k or "overdose" in k or "poison" in k or "emergency" in k:
        return "medical"
    return "suicide"


def _chat_corpus(
    short_posts: list[Row],
) -> tuple[list[str], list[int], list[str | None], list[str]]:
    """Chat-style messages for the chat referral model: (texts, needs-card labels, categories,
    authors).

    Our case tables (development batches included), the FRESH batches that are development data
    now (tests/unit/crisis_batches.py: DEVELOPMENT), and the corpora in bench/data written by
    authors who had not read the rules. The held-out batches (crisis_batches.HELD_OUT) are kept
    out: they are the honest figures reported in docs/safety-screen.md. Short public posts of the
    training split (never the held-out 30 %) join too: the screen reads forum phrases as well,
    and without them the model took everyday forum replies for risk. Last list: who wrote each
    row (POSTS for a public post)."""
    from tests.unit import crisis_batches
    from tests.unit import crisis_cases as cc

    texts: list[str] = []
    labels: list[int] = []
    cats: list[str | None] = []
    authors: list[str] = []

    def add(text: str, label: int, cat: str | None, author: str) -> None:
        texts.append(text)
        labels.append(label)
        cats.append(cat if label else None)
        authors.append(author)

    refer = cc.REFER + cc.FRESH_DEV_REFER + cc.FRESH_HELDOUT_REFER + cc.FRESH2_HELDOUT_REFER
    for c in refer:
        if not c.context:
            add(c.text, 1, c.category.value if c.category is not None else "suicide", "cases")
    for c in (
        cc.HARD_NEGATIVES
        + cc.CONTEXT_NEGATIVES
        + cc.NEGATED
        + cc.CONCERN
        + cc.FRESH_DEV_NEGATIVES
        + cc.FRESH_HELDOUT_NEGATIVES
        + cc.FRESH2_HELDOUT_NEGATIVES
    ):
        add(c.text, 0, None, "cases")
    for number in crisis_batches.DEVELOPMENT:
        refer_texts, negative_texts = crisis_batches.batch(number)
        name = f"fresh{number}"
        for t in refer_texts:
            add(t, 1, None, name)
        for t in negative_texts:
            add(t, 0, None, name)
    for path in sorted(CHAT_DATA.glob("crisis_chat_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                label = int(row["label"])
                add(str(row["text"]), label, _kind_category(str(row.get("kind", ""))), path.stem)
    for r in short_posts:
        add(r.doc, r.label, "suicide", POSTS)
    seen: set[str] = set()
    keep = []
    for i, t in enumerate(texts):
        if t not in seen:
            seen.add(t)
            keep.append(i)
    return (
        [texts[i] for i in keep],
        [labels[i] for i in keep],
        [cats[i] for i in keep],
        [authors[i] for i in keep],
    )


def _train_chat(train: list[Row]) -> None:
    """Train the chat referral model and its category heads; tune its threshold out of fold.

    The threshold is the lowest score at which the combined screen (rules, then this model
    where its gate is open) refers at most CHAT_CARD_FA_BUDGET of the chat negatives and of the
    short-post negatives, scored leave-one-author-out (each author's rows by a model fitted on
    everyone else's; posts spread over the folds at random, seeded)."""
    from hearth.domain.safety.screen import rules_and_chat_gate

    short_posts = [r for r in train if not learned.is_long(model_view(r.doc))]
    texts, labels, cats, authors = _chat_corpus(short_posts)
    y = np.array(labels)
    is_post = np.array([a == POSTS for a in authors])
    x = _matrix(texts)
    gates = [rules_and_chat_gate(t) for t in texts]
    rules_card = np.array([r.referral for r, _ in gates])
    # where the chat model may speak: short chat messages and chat-length paragraphs alike
    may_raise = np.array([chat_ok for _, chat_ok in gates])
    names = sorted(set(authors) - {POSTS})
    rng = random.Random(SEED)
    folds = np.array(
        [names.index(a) if a != POSTS else rng.randrange(len(names)) for a in authors]
    )
    c_value, oof = _best_c_out_of_fold(
        "chat", CHAT_C_VALUES, folds, len(names), x, y, np.ones(len(texts), bool)
    )
    pos, neg = y == 1, y == 0
    grid = np.round(np.arange(0.30, 0.995, 0.005), 3)
    t_high = float(grid[-1])
    chat_neg, post_neg = neg & ~is_post, neg & is_post
    for t in grid[::-1]:
        card = rules_card | (may_raise & (oof >= t))
        if (
            card[chat_neg].mean() <= CHAT_CARD_FA_BUDGET
            and card[post_neg].mean() <= CHAT_CARD_FA_BUDGET
        ):
            t_high = float(t)
        else:
            break
    card = rules_card | (may_raise & (oof >= t_high))
    for name, rows in (("chat messages", ~is_post), ("short training posts", is_post)):
        p_, n_ = pos & rows, neg & rows
        print(
            f"chat model, {name} ({p_.sum()}+/{n_.sum()}-), out of fold: rules alone refer "
            f"{rules_card[p_].mean():.3f} (FA {rules_card[n_].mean():.3f}), with the model "
            f"{card[p_].mean():.3f} (FA {card[n_].mean():.3f})"
        )
    print(f"chat model: C={c_value}, threshold {t_high} ({len(names)} author folds)")
    clf = _balanced_lr(c_value).fit(x, y)
    meta: dict[str, object] = {
        "thresholds": {"chat_high": t_high},
        "c": c_value,
        "seed": SEED,
        "features": learned.CHAT_FEATURES,
        "feature_desc": "word 1-2 + char_wb 3-5, crc32 hashed, binary, l2 (as the short model)",
        "fit_rows": len(texts),
        "folds": f"leave-one-author-out ({len(names)} authors)",
        "card_fa_budget": CHAT_CARD_FA_BUDGET,
    }
    learned.save(
        learned.CHAT_MODEL_PATH, [float(w) for w in clf.coef_[0]], float(clf.intercept_[0]), meta
    )
    # Category heads, on the positives only: which kind of crisis a chat referral is.
    pos_idx = np.flatnonzero(pos)
    xh = _matrix_buckets([texts[i] for i in pos_idx], CHAT_CATEGORY_BUCKETS)
    for name, path in learned.CHAT_CATEGORY_PATHS.items():
        yh = np.array([1 if cats[i] == name else 0 for i in pos_idx])
        head = _balanced_lr(4.0).fit(xh, yh)
        learned.save(
            path,
            [float(w) for w in head.coef_[0]],
            float(head.intercept_[0]),
            {
                "features": f"{learned.CHAT_FEATURES}-category",
                "category": name,
                "seed": SEED,
                "fit_rows": len(pos_idx),
                "positives": int(yh.sum()),
            },
        )
    learned.chat_model.cache_clear()
    learned.chat_category_models.cache_clear()
    size = sum(
        p.stat().st_size for p in (learned.CHAT_MODEL_PATH, *learned.CHAT_CATEGORY_PATHS.values())
    )
    print(f"wrote crisis_model.chat*.bin: {size / 1024:.0f} KiB")


def _matrix_buckets(texts: list[str], buckets: int) -> csr_matrix:
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, text in enumerate(texts):
        feats = learned.features(model_view(text), buckets)
        v = 1.0 / np.sqrt(len(feats)) if feats else 0.0
        for k in feats:
            rows.append(i)
            cols.append(k)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), buckets))


def _long_matrix(texts: list[str]) -> csr_matrix:
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, text in enumerate(texts):
        for k, v in learned.features_long(model_view(text), BUCKETS).items():
            rows.append(i)
            cols.append(k)
            vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), BUCKETS))


def _train_long(train: list[Row], lex_pos: list[str], lex_neg: list[str]) -> None:
    """Train and tune the long-post model; write crisis_model.long.bin.

    Data: every post of the 70 % training split (short posts help: same vocabulary, more
    positives) plus the lexicon examples; the held-out 30 % is never read. A single 25 % dev
    carve holds only ~40 long positives, too few to place a 0.92-recall threshold, so C and the
    thresholds are chosen on out-of-fold scores: LONG_FOLDS seeded, stratified dev carves of
    the training split, each scored by a model fitted on the rest. Tuning population: the long
    dev posts the rules do not already refer (rules below HIGH, not third party); a positive
    whose long-post gate (screen._long_gate) is closed counts as a miss. HIGH is the highest
    threshold at which the gated model refers at least LONG_REFER_RECALL of those positives,
    MODERATE likewise for LONG_CONCERN_RECALL. The final model is fitted on the whole training
    split with the chosen C."""
    from hearth.domain.safety.screen import combine_with_model, rules_and_gate

    texts = [r.doc for r in train]
    y = np.array([r.label for r in train])
    x_all = _long_matrix(texts + lex_pos + lex_neg)
    y_all = np.concatenate([y, np.ones(len(lex_pos), int), np.zeros(len(lex_neg), int)])
    long_mask = np.array([learned.is_long(model_view(t)) for t in texts])
    gates = [rules_and_gate(t) for t in texts]
    model_job = np.array([g[0].tier < RiskTier.HIGH and not g[0].third_party for g in gates])
    gated = np.array([g[1] in ("long", "long_plain", "long_capped") for g in gates])
    plain = np.array([g[1] == "long_plain" for g in gates])
    # a grief paragraph or a recovery story: the model may make it a concern, never refer it
    capped = np.array([g[1] == "long_capped" for g in gates])
    folds = np.zeros(len(texts), int)
    strata: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, row in enumerate(train):
        strata[(row.source, row.label)].append(i)
    rng = random.Random(SEED)
    for key in sorted(strata):
        idx = strata[key]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            folds[i] = j % LONG_FOLDS
    c_value, oof = _best_c_out_of_fold(
        "long", LONG_C_VALUES, folds, LONG_FOLDS, x_all, y_all, long_mask
    )
    pos = long_mask & (y == 1) & model_job
    grid = np.round(np.arange(0.01, 0.99, 0.005), 3)

    all_pos = long_mask & (y == 1)
    rules_refer = ~model_job
    rules_concern = np.array([g[0].tier >= RiskTier.MODERATE for g in gates])

    def highest(
        target: float, covered: np.ndarray, raisable: np.ndarray, among: np.ndarray
    ) -> float:
        ok = [t for t in grid if (covered | (raisable & (oof >= t)))[among].mean() >= target]
        return float(max(ok)) if ok else float(grid[0])

    # The threshold is placed as if the model could refer every gated long post; grief
    # paragraphs and recovery stories ("long_capped") then lose only their own referrals (a
    # check-in by design) instead of dragging the threshold down for every other post (with
    # them counted, the target became unreachable and the search fell to its floor, 0.01).
    t_high = highest(LONG_REFER_RECALL, rules_refer, gated & ~plain, all_pos)
    t_mod = min(
        highest(LONG_CONCERN_RECALL, rules_refer | rules_concern, gated, all_pos), t_high
    )
    # Without any risk language the rules recognise (mania, voices, compulsions, long venting),
    # a referral needs a stricter threshold: the lowest keeping such long negatives referred
    # within LONG_PLAIN_FPR_BUDGET.
    plain_neg = long_mask & plain & (y == 0)
    ok = [t for t in grid if t >= t_high and (oof[plain_neg] >= t).mean() <= LONG_PLAIN_FPR_BUDGET]
    t_plain = float(min(ok)) if ok else float(grid[-1])
    for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        print(
            f"  t={t}: refer {(gated[pos] & (oof[pos] >= t)).mean():.3f} of model-job positives,"
            f" {(gated & (oof >= t))[long_mask & (y == 0)].mean():.3f} of long negatives"
        )
    tiers = np.array(
        [
            combine_with_model(t, float(s), t_mod, t_high, t_plain).tier.rank if m else -1
            for t, s, m in zip(texts, oof, long_mask, strict=True)
        ]
    )
    lp, ln = long_mask & (y == 1), long_mask & (y == 0)
    card, conc = tiers >= RiskTier.HIGH.rank, tiers >= RiskTier.MODERATE.rank
    print(
        f"long model: C={c_value}, thresholds moderate {t_mod}, high {t_high}, high without "
        f"risk language {t_plain} (plain positives {(lp & plain).sum()}, referred "
        f"{(oof[lp & plain] >= t_plain).mean():.3f}). Out-of-fold, "
        f"long training posts ({lp.sum()}+/{ln.sum()}-; {pos.sum()} positives left to the "
        f"model, gate open on {gated[pos].mean():.3f}): combined recall card "
        f"{card[lp].mean():.3f}, >=MODERATE {conc[lp].mean():.3f}; FPR card "
        f"{card[ln].mean():.3f}, >=MODERATE {conc[ln].mean():.3f}; grief paragraphs and "
        f"recovery stories capped at a check-in: {capped[lp].sum()}+/{capped[ln].sum()}-"
    )
    clf = _balanced_lr(c_value).fit(x_all, y_all)
    meta: dict[str, object] = {
        "thresholds": {"long_moderate": t_mod, "long_high": t_high, "long_high_plain": t_plain},
        "c": c_value,
        "seed": SEED,
        "features": learned.LONG_FEATURES,
        "feature_desc": "word 1-3 + char_wb 3-5 (once per distinct word), crc32 hashed, "
        "sublinear tf, l2",
        "fit_rows": len(y_all),
    }
    weights = [float(w) for w in clf.coef_[0]]
    learned.save(learned.LONG_MODEL_PATH, weights, float(clf.intercept_[0]), meta)
    learned.long_model.cache_clear()
    size = learned.LONG_MODEL_PATH.stat().st_size
    print(f"wrote {learned.LONG_MODEL_PATH.name}: {size / 1024:.0f} KiB")


def main() -> int:
    if not CRISIS_CSV.exists():
        print("skipped: eval data absent")
        return 0
    warnings.filterwarnings("ignore")
    rows, _skipped = load_rows()
    train, _heldout = split_rows(rows)  # the held-out 30 % is never used here
    fit_rows, dev_rows = _stratified_dev(train)
    lex_pos, lex_neg = _lexicon()
    chat_pos, chat_neg, dev_chat_pos, dev_chat_neg = _chat_cases()

    texts = [r.doc for r in fit_rows] + lex_pos + lex_neg + chat_pos + chat_neg
    y = np.array(
        [r.label for r in fit_rows]
        + [1] * len(lex_pos)
        + [0] * len(lex_neg)
        + [1] * len(chat_pos)
        + [0] * len(chat_neg)
    )
    weight = np.array([1.0] * len(fit_rows) + [CHAT_WEIGHT] * (len(texts) - len(fit_rows)))
    print(
        f"fit: {len(fit_rows)} posts ({sum(r.label for r in fit_rows)} positive), lexicon "
        f"{len(lex_pos)}+/{len(lex_neg)}-, chat {len(chat_pos)}+/{len(chat_neg)}-; dev: "
        f"{len(dev_rows)} posts ({sum(r.label for r in dev_rows)} positive), chat "
        f"{len(dev_chat_pos)}+/{len(dev_chat_neg)}-"
    )
    x = _matrix(texts)
    dev_texts = [r.doc for r in dev_rows]
    dev_y = np.array([r.label for r in dev_rows])
    x_dev = _matrix(dev_texts)
    chat_dev_texts = dev_chat_pos + dev_chat_neg
    chat_dev_y = np.array([1] * len(dev_chat_pos) + [0] * len(dev_chat_neg))
    x_chat_dev = _matrix(chat_dev_texts)

    best: tuple[float, float, LogisticRegression] | None = None
    for c_value in C_VALUES:
        clf = _balanced_lr(c_value)
        clf.fit(x, y, sample_weight=weight)
        auc = roc_auc_score(dev_y, clf.predict_proba(x_dev)[:, 1])
        chat_auc = roc_auc_score(chat_dev_y, clf.predict_proba(x_chat_dev)[:, 1])
        print(f"C={c_value}: dev-post AUC {auc:.3f}, chat-dev AUC {chat_auc:.3f}")
        if best is None or auc + chat_auc > best[0]:
            best = (auc + chat_auc, c_value, clf)
    assert best is not None
    _, c_value, clf = best

    # Thresholds, tuned on the dev splits through the combined screen's gates.
    post_scores = clf.predict_proba(x_dev)[:, 1]
    chat_scores = clf.predict_proba(x_chat_dev)[:, 1]
    long_mask = np.array([learned.is_long(model_view(t)) for t in dev_texts])
    rank, gate = _gates(dev_texts)
    t_mod_long, t_high_long = _tune_long(post_scores[long_mask], dev_y[long_mask])
    short_scores = np.concatenate([chat_scores, post_scores[~long_mask]])
    short_y = np.concatenate([chat_dev_y, dev_y[~long_mask]])
    c_rank, c_gate = _gates(chat_dev_texts)
    short_rank = np.concatenate([c_rank, rank[~long_mask]])
    short_gate = np.concatenate([c_gate, gate[~long_mask]])
    t_mod_short, _ = _tune_short(short_scores, short_y, short_rank, short_gate)
    # Chat-length referrals belong to the chat referral model (crisis_model.chat.bin, trained on
    # chat messages of every category); this model only makes a chat reply careful (LOW).
    t_high_short = 1.0
    thresholds = {
        "long_moderate": t_mod_long,
        "long_high": t_high_long,
        "short_moderate": t_mod_short,
        "short_high": t_high_short,
    }
    print(f"chosen C={c_value}; thresholds {thresholds}")
    _report_dev("dev posts", dev_texts, dev_y, post_scores, thresholds)
    _report_dev(
        "chat dev (FRESH_DEV + FRESH_HELDOUT)", chat_dev_texts, chat_dev_y, chat_scores, thresholds
    )

    weights = [float(w) for w in clf.coef_[0]]
    bias = float(clf.intercept_[0])
    meta: dict[str, object] = {
        "thresholds": thresholds,
        "c": c_value,
        "seed": SEED,
        "features": "word 1-2 + char_wb 3-5, crc32 hashed, binary, l2",
        "fit_rows": len(texts),
    }
    learned.save(learned.MODEL_PATH, weights, bias, meta)
    learned.model.cache_clear()
    size = learned.MODEL_PATH.stat().st_size
    print(f"wrote {learned.MODEL_PATH.name}: {size / 1024:.0f} KiB")
    _train_long(train, lex_pos, lex_neg)
    _train_chat(train)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
