"""Which FRESH batches are development data and which are held out, in one place.

Each `crisis_freshN.py` holds 120 messages that need the crisis card and 120 hard negatives,
written by an author who had not read the screen's rules or any other case. A batch is held
out (scored only as aggregates, never read, trained or tuned on) until a newer batch has been
written; then it is read, fixed against and trained on, and becomes development data.
bench/train_crisis_model.py trains on DEVELOPMENT; bench/eval_crisis.py reports HELD_OUT as the
honest figures (docs/safety-screen.md)."""

import importlib

DEVELOPMENT: tuple[int, ...] = tuple(range(3, 32))
HELD_OUT: tuple[int, ...] = (32, 33, 34, 35, 36)


def batch(number: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(needs the card, hard negatives) of FRESH<number>."""
    module = importlib.import_module(f"tests.unit.crisis_fresh{number}")
    return getattr(module, f"FRESH{number}_REFER"), getattr(module, f"FRESH{number}_NEGATIVES")


def pooled(numbers: tuple[int, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The batches' messages side by side: (all needing the card, all hard negatives)."""
    batches = [batch(n) for n in numbers]
    return tuple(t for r, _ in batches for t in r), tuple(t for _, n in batches for t in n)


def training_texts() -> frozenset[str]:
    """Every message the screen's rules were written from or its model trained on, case-folded:
    the development batches, the case tables and the chat corpora in bench/data."""
    import json
    from pathlib import Path

    from tests.unit import crisis_cases

    texts: set[str] = set()
    refer, negatives = pooled(DEVELOPMENT)
    texts.update(t.casefold() for t in refer + negatives)
    for value in vars(crisis_cases).values():
        if isinstance(value, tuple):
            for item in value:
                text = item if isinstance(item, str) else getattr(item, "text", None)
                if isinstance(text, str):
                    texts.add(text.casefold())
    data = Path(__file__).resolve().parents[2] / "bench" / "data"
    for path in data.glob("crisis_chat_*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(str(json.loads(line)["text"]).casefold())
    return frozenset(texts)


def unseen(numbers: tuple[int, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The batches' messages without those found word for word in the training texts.

    Independent authors (AI helpers, so far) converge on the same short sentences: "how many of
    my sertraline would it take to not wake up" was written in thirteen batches. A held-out
    message that is also a training message measures memory, not the screen."""
    seen = training_texts()
    refer, negatives = pooled(numbers)
    return (
        tuple(t for t in refer if t.casefold() not in seen),
        tuple(t for t in negatives if t.casefold() not in seen),
    )
