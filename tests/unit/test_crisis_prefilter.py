"""The crisis screen's speed index skips rule patterns that cannot match, and only those.

If the index ever skipped a pattern that matches, the screen would miss a crisis it was written
to catch, so these tests hold it to the same matches as running every pattern of every signal.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from hearth.domain.safety import prefilter, rules
from hearth.domain.safety.screen import normalise
from tests.unit.crisis_cases import ALL_CASES, FRESH_DEV_NEGATIVES, FRESH_DEV_REFER

# the package re-exports the screen() function under the module's name
screen_module = importlib.import_module("hearth.domain.safety.screen")
CORPORA = Path(__file__).resolve().parents[2] / "bench" / "data"

pytestmark = pytest.mark.unit

SIGNALS = (*rules.SIGNALS, *rules.MULTILINGUAL_SIGNALS)


def _full_alternation(signal: rules.Signal) -> re.Pattern[str]:
    """What the screen ran before the index: one regex with all of the signal's patterns."""
    return re.compile("|".join(f"(?:{rules.expand(p)})" for p in signal.patterns))


def _messages() -> list[str]:
    """Every case table message, and every eighth message of the chat corpora."""
    cases = (*ALL_CASES, *FRESH_DEV_REFER, *FRESH_DEV_NEGATIVES)
    texts = [c.text for c in cases] + [t for c in cases for t in c.context]
    for corpus in sorted(CORPORA.glob("crisis_chat_*.jsonl")):
        lines = corpus.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines[::8]]
    return list(dict.fromkeys(normalise(t) for t in texts))


def test_the_index_finds_every_match_running_all_patterns_would_find() -> None:
    alternations = [_full_alternation(s) for s in SIGNALS]
    messages = _messages()
    assert len(messages) > 2500
    checked = 0
    for text in messages:
        possible = screen_module._INDEX.candidates(text)
        for rule, everything in zip(screen_module._RULES, alternations, strict=True):
            expected = [m.span() for m in everything.finditer(text)]
            kept = [screen_module._pattern(n) for n in rule.alternatives if n in possible]
            found = [m.span() for m in prefilter.leftmost(kept, text)] if kept else []
            assert found == expected, (rule.signal.id, text)
            checked += bool(expected)
    assert checked > 1500  # the messages really exercise the rules


def test_an_ordinary_message_runs_only_a_few_of_the_rule_patterns() -> None:
    # The point of the index: a venting message should not pay for a thousand regexes.
    text = normalise("work is crushing me and my manager keeps piling more on")
    possible = screen_module._INDEX.candidates(text)
    assert len(possible) < len(screen_module._PATTERNS) // 20


def test_no_rule_pattern_can_match_the_empty_string() -> None:
    # prefilter.leftmost relies on it (an empty match would be resumed differently by finditer)
    for number, pattern in enumerate(screen_module._PATTERNS):
        assert importlib.import_module("re._parser").parse(pattern).getwidth()[0] > 0, number


def test_literals_are_multiplied_out_across_short_alternations() -> None:
    found = prefilter.necessary_literals(r"\b(?:i )?(?:od|overdosed) on\b")
    assert found is not None
    assert "od on" in found and "overdosed on" in found
    assert all(lit.endswith(" on") for lit in found)


def test_a_pattern_without_a_usable_literal_is_always_run() -> None:
    assert prefilter.necessary_literals(r"\b\w+ \d{2,}\b") is None
    assert prefilter.necessary_literals(r"\b(?:a|an) [a-z]+") is None  # "a " is too short
    index = prefilter.LiteralIndex([None, frozenset({"bridge"})])
    assert index.candidates("nothing here") == {0}
    assert index.candidates("which bridge") == {0, 1}


def test_leftmost_gives_the_alternations_order_at_a_shared_start() -> None:
    patterns = [re.compile(r"ab"), re.compile(r"a+b+"), re.compile(r"b+")]
    text = "xaabbb ab b"
    combined = re.compile(r"(?:ab)|(?:a+b+)|(?:b+)")
    assert [m.span() for m in prefilter.leftmost(patterns, text)] == [
        m.span() for m in combined.finditer(text)
    ]
