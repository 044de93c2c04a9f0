"""Which FRESH batches are development data and which are held out, in one place.

Each `crisis_freshN.py` holds 120 messages that need the crisis card and 120 hard negatives,
written by an author who had not read the screen's rules or any other case. A batch is held
out (scored only as aggregates, never read, trained or tuned on) until a newer batch has been
written; then it is read, fixed against and trained on, and becomes development data.
bench/train_crisis_model.py trains on DEVELOPMENT; bench/eval_crisis.py reports HELD_OUT as the
honest figures (docs/safety-screen.md)."""

import importlib

DEVELOPMENT: tuple[int, ...] = tuple(range(3, 21))
HELD_OUT: tuple[int, ...] = (21, 22)


def batch(number: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(needs the card, hard negatives) of FRESH<number>."""
    module = importlib.import_module(f"tests.unit.crisis_fresh{number}")
    return getattr(module, f"FRESH{number}_REFER"), getattr(module, f"FRESH{number}_NEGATIVES")


def pooled(numbers: tuple[int, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The batches' messages side by side: (all needing the card, all hard negatives)."""
    batches = [batch(n) for n in numbers]
    return tuple(t for r, _ in batches for t in r), tuple(t for _, n in batches for t in n)
