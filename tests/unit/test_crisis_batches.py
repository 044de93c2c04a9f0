"""The FRESH batch registry: a new batch cannot be forgotten, and no batch is both trained on
and reported as held out (the honest figures depend on it)."""

from pathlib import Path

from tests.unit import crisis_batches

HERE = Path(__file__).parent


def test_every_fresh_batch_file_is_either_development_or_held_out() -> None:
    on_disk = {int(p.stem.removeprefix("crisis_fresh")) for p in HERE.glob("crisis_fresh*.py")}
    registered = set(crisis_batches.DEVELOPMENT) | set(crisis_batches.HELD_OUT)
    assert on_disk == registered


def test_no_batch_is_both_trained_on_and_held_out() -> None:
    assert not set(crisis_batches.DEVELOPMENT) & set(crisis_batches.HELD_OUT)
    assert crisis_batches.HELD_OUT, "the evaluation needs at least one held-out batch"


def test_unseen_held_out_messages_exclude_every_training_text() -> None:
    # the honest figure is reported on these: none of them may be a message trained on
    refer, negatives = crisis_batches.unseen(crisis_batches.HELD_OUT)
    seen = crisis_batches.training_texts()
    assert refer and negatives
    assert not {t.casefold() for t in refer + negatives} & seen
    all_refer, all_negatives = crisis_batches.pooled(crisis_batches.HELD_OUT)
    dropped = [t for t in all_refer + all_negatives if t.casefold() in seen]
    assert len(refer) + len(negatives) + len(dropped) == len(all_refer) + len(all_negatives)
