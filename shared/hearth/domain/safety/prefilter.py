"""Which rule patterns could match a message at all: a speed index, never a decision.

Each pattern in rules.py is read once, at cold start, for the literal strings that every match
of it must contain: any match of ``\\b(?:kill|end) myself\\b`` contains "kill myself" or
"end myself". A message that contains none of a pattern's literals cannot match it, so the
screen skips the pattern instead of running it. A pattern with no such literal (one built only
from character classes, say) is always run. Skipping is the only thing this index does, so a
mistake here could only hide a match: the tests run every pattern over every case table and
corpus message and check that the index never skips one that matches.

Reading patterns uses the standard library's own regex parser (``re._parser``). It is not a
public module; if a future Python moves it, the index gives up and every pattern runs, which is
slower and exactly as safe.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

_sre: Any
_sre_parse: Any
try:
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - only on a Python that moved its regex parser
    _sre = _sre_parse = None

# Literals shorter than this are in nearly every message, so they would not prune anything.
_MIN_LEN = 3
# Finite sets of exact strings are multiplied out ("(?:i |ive )?(?:od|overdosed) on") up to
# this size, so a short alternation still yields a selective literal like "od on".
_MAX_STRINGS = 16
# Literals this long are about as rare as longer ones in chat text.
_SELECTIVE_LEN = 6
# Literals are looked up by their first this many characters.
_KEY_LEN = 6

_Set = frozenset[str]


@dataclass(frozen=True)
class _Info:
    exact: _Set | None  # every string the node can match, when that set is small and finite
    need: _Set | None  # every match contains one of these, when such a set is known


_NOTHING = _Info(None, None)
_ZERO_WIDTH_OPS = () if _sre is None else (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


def necessary_literals(pattern: str) -> _Set | None:
    """Strings of which every match of `pattern` contains at least one; None if none are known."""
    if _sre_parse is None:
        return None
    try:
        tree = _sre_parse.parse(pattern)
    except Exception:  # an unreadable pattern just runs every time
        return None
    if tree.state.flags & re.IGNORECASE:
        return None  # the screen's text is lower case already; a case-folding pattern is rare
    return _usable(_best(_sequence(tree.data)))


def _usable(found: _Set | None) -> _Set | None:
    if found is None or min(map(len, found)) < _MIN_LEN:
        return None
    # A literal that contains another of the set adds nothing: any text holding it holds the
    # shorter one too ("want to die so bad" -> "want to die").
    kept: list[str] = []
    for literal in sorted(found, key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)


def _selectivity(literals: _Set) -> tuple[int, int]:
    """How well a set of literals prunes: past _SELECTIVE_LEN characters a literal is rare
    enough, and then fewer literals are cheaper to look for."""
    return min(min(map(len, literals)), _SELECTIVE_LEN), -len(literals)


def _best(info: _Info) -> _Set | None:
    """The more selective of a node's two descriptions: longer shortest literal, then fewer."""
    options = [s for s in (info.need, info.exact) if s is not None and min(map(len, s)) > 0]
    if not options:
        return None
    return max(options, key=_selectivity)


def _product(left: _Set, right: _Set) -> _Set | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _sequence(items: Sequence[tuple[Any, Any]]) -> _Info:
    """A run of nodes one after another: exact strings multiply, the best literal wins."""
    candidates: list[_Set] = []
    run: _Set = frozenset({""})
    chars: list[str] = []  # plain characters not yet multiplied into run (the common case)
    broken = False
    for op, av in items:
        if op is _sre.LITERAL:
            chars.append(chr(av))
            continue
        if op in _ZERO_WIDTH_OPS:
            continue  # consumes nothing, so its neighbours stay adjacent in the match
        if chars:
            run = frozenset(a + "".join(chars) for a in run)
            chars = []
        node = _node(op, av)
        if node.exact is not None:
            joined = _product(run, node.exact)
            if joined is not None:
                run = joined
                continue
            candidates.append(run)
            run, broken = node.exact, True
            continue
        candidates.append(run)
        if node.need is not None:
            candidates.append(node.need)
        run, broken = frozenset({""}), True
    if chars:
        run = frozenset(a + "".join(chars) for a in run)
    candidates.append(run)
    scored = [c for c in candidates if min(map(len, c)) > 0]
    need = max(scored, key=_selectivity) if scored else None
    return _Info(None if broken else run, need)


def _node(op: Any, av: Any) -> _Info:
    """One node other than a plain character or a zero-width one (_sequence handles those)."""
    if op is _sre.IN:
        chars = [chr(v) for o, v in av if o is _sre.LITERAL]
        if len(chars) == len(av) and len(chars) <= _MAX_STRINGS:
            return _Info(frozenset(chars), None)
        return _NOTHING
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return _NOTHING if add_flags & re.IGNORECASE else _sequence(sub.data)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        inner = _sequence(sub.data)
        if low == 0 and high == 1:
            optional = inner.exact | {""} if inner.exact is not None else None
            return _Info(optional, None)
        if low == high == 1:
            return inner
        return _Info(None, _best(inner) if low >= 1 else None)
    if op is _sre.BRANCH:
        alternatives = [_sequence(alt.data) for alt in av[1]]
        exact: set[str] | None = set()
        need: set[str] | None = set()
        for alt in alternatives:
            if exact is not None and alt.exact is not None:
                exact |= alt.exact
            else:
                exact = None
            best = _best(alt)
            if need is not None and best is not None:
                need |= best
            else:
                need = None
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        return _Info(
            frozenset(exact) if exact is not None else None,
            frozenset(need) if need is not None else None,
        )
    return _NOTHING


class LiteralIndex:
    """For a message, the numbers of the patterns that could match it.

    Literals are filed under their first _KEY_LEN characters (shorter ones under their first
    _MIN_LEN), so a message looks up only the literals that begin with one of its own n-grams
    and tests each of those with `in`."""

    def __init__(self, literal_sets: Iterable[_Set | None]) -> None:
        self._always: set[int] = set()
        self._by_prefix: dict[str, list[tuple[str, list[int]]]] = {}
        owners: dict[str, list[int]] = {}
        for number, literals in enumerate(literal_sets):
            if literals is None:
                self._always.add(number)
                continue
            for literal in literals:
                owners.setdefault(literal, []).append(number)
        for literal, numbers in owners.items():
            key = literal[:_KEY_LEN] if len(literal) >= _KEY_LEN else literal[:_MIN_LEN]
            self._by_prefix.setdefault(key, []).append((literal, numbers))
        self.size = len(owners)

    def candidates(self, text: str) -> set[int]:
        found = set(self._always)
        keys = self._by_prefix.keys()
        grams = {text[i : i + _MIN_LEN] for i in range(len(text) - _MIN_LEN + 1)}
        grams.update(text[i : i + _KEY_LEN] for i in range(len(text) - _KEY_LEN + 1))
        for key in grams & keys:
            for literal, numbers in self._by_prefix[key]:
                if literal in text:
                    found.update(numbers)
        return found


def leftmost(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches ``re.finditer("(?:a)|(?:b)|...", text)`` would give, from separate patterns.

    Leftmost first, and at one position the earlier pattern wins, as in an alternation. Only
    for patterns that cannot match the empty string (a test checks every rule pattern).
    """
    if len(patterns) == 1:
        yield from patterns[0].finditer(text)
        return
    upcoming = [p.search(text) for p in patterns]
    while True:
        first: re.Match[str] | None = None
        for m in upcoming:
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is None:
            return
        yield first
        resume = first.end()
        for k, m in enumerate(upcoming):
            if m is not None and m.start() < resume:
                upcoming[k] = patterns[k].search(text, resume)
