"""The output guard: a deterministic check of every model reply before it is stored or shown.

The rules, with their rationale and examples, live in guard_rules.py; this module only
normalises text, works out the conversational context, and applies the rules. Pure standard
library, no I/O, no randomness: the same reply, user text and risk flag always give the same
verdict, and a verdict carries reason codes only, never text from the reply.

Why a guard at all, when the system prompt already forbids all of this: prompts are followed
most of the time, and the failures that matter (a bridge list to someone who just lost their
job, "you're right, you are dead") are exactly the ones a model produces when it is being most
"helpful". The guard is the last line, so it errs towards blocking in risk contexts and towards
allowing ordinary warmth everywhere else: a guard that withholds "that sounds exhausting" makes
Hearth useless to the people it is for.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from hearth.domain.safety import guard_rules
from hearth.domain.safety.guard_rules import Context, Rule

__all__ = ["GUARD_VERSION", "REASONS", "GuardVerdict", "check_reply", "matched_rules"]

REASONS: Final[Mapping[str, str]] = guard_rules.REASONS


@dataclass(frozen=True)
class GuardVerdict:
    allowed: bool
    reasons: tuple[str, ...]  # stable reason codes, sorted; never text from the reply


ALLOWED: Final = GuardVerdict(allowed=True, reasons=())


# ------------------------------------------------------------------------------------------
# Normalisation. Replies and the person's text go through the same steps, so a rule written
# as "i am a therapist" also catches "I\u2019m a **therapist**" (curly apostrophe, markdown).
# ------------------------------------------------------------------------------------------

_CHAR_MAP: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": " - ",
        "\u2014": " - ",
        "\u2015": " - ",
        "\u2212": "-",
        "\u2022": "\n",
        "\u25cf": "\n",
        "\u00b7": " ",
        # Markdown emphasis and headings carry no meaning here and could split a phrase.
        "*": None,
        "_": None,
        "#": None,
        # Invisible characters are a known way to slip a word past a pattern.
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00ad": None,
    }
)

# Contractions expanded, so every pattern is written once ("i am", "do not").
_CONTRACTIONS: Final[Mapping[str, str]] = {
    "i'm": "i am",
    "im": "i am",
    "you're": "you are",
    "youre": "you are",
    "we're": "we are",
    "they're": "they are",
    "theyre": "they are",
    "it's": "it is",
    "that's": "that is",
    "thats": "that is",
    "what's": "what is",
    "there's": "there is",
    "here's": "here is",
    "who's": "who is",
    "he's": "he is",
    "she's": "she is",
    "i've": "i have",
    "ive": "i have",
    "you've": "you have",
    "we've": "we have",
    "they've": "they have",
    "i'll": "i will",
    "you'll": "you will",
    "we'll": "we will",
    "they'll": "they will",
    "it'll": "it will",
    "that'll": "that will",
    "i'd": "i would",
    "you'd": "you would",
    "we'd": "we would",
    "they'd": "they would",
    "let's": "let us",
    "can't": "cannot",
    "cant": "cannot",
    "won't": "will not",
    "shan't": "shall not",
    "ain't": "is not",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "couldnt": "could not",
}
_NT: Final = re.compile(r"\b(\w+)n't\b")
_SPACES: Final = re.compile(r"[ \t\r\f\v]+")
_QUOTED: Final = re.compile(r"\"[^\"\n]{1,300}\"|(?<!\w)'[^'\n]{1,300}'(?!\w)")
# Sentences end at . ! ? ; : followed by a space, at a new line, or at a dash between spaces.
_SENTENCE_BREAK: Final = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+-\s+")


def _base(text: str) -> str:
    """NFKC, straight quotes, no markup or invisible characters, single spaces. Case kept."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP)
    return _SPACES.sub(" ", text)


def _lower(base: str) -> str:
    text = base.lower()
    text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(0)], text)
    return _NT.sub(r"\1 not", text)


def normalise(text: str) -> str:
    """The text every pattern in guard_rules.py is written against."""
    return _lower(_base(text))


def _sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in (p.strip() for p in _SENTENCE_BREAK.split(text)) if s)


# ------------------------------------------------------------------------------------------
# Compilation: every regular expression is built once, at import.
# ------------------------------------------------------------------------------------------

_PLACEHOLDER: Final = re.compile(r"\{([A-Z_]+)\}")


_LITERAL: Final = re.compile(r"[a-z0-9 '&-]+")


class _Node:
    __slots__ = ("children", "ends")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.ends = False


def _trie(words: list[str]) -> str:
    """Plain words as a prefix tree: "sertraline|seroquel" -> "ser(?:traline|oquel)".

    Python's regex engine tries alternatives one by one at every position; sharing prefixes
    lets it give up after a character or two, which keeps the long word lists cheap.
    """
    root = _Node()
    for word in words:
        node = root
        for char in word:
            node = node.children.setdefault(char, _Node())
        node.ends = True

    def emit(node: _Node) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.children.items())]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if node.ends else body

    return emit(root)


def _alternatives(words: tuple[str, ...]) -> str:
    literal = [w for w in words if _LITERAL.fullmatch(w)]
    pattern = [w for w in words if not _LITERAL.fullmatch(w)]
    parts = ([_trie(literal)] if literal else []) + sorted(pattern, key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


_CONTRACTION: Final = re.compile(r"\b" + _trie(sorted(_CONTRACTIONS)) + r"\b")


def _expand(pattern: str) -> str:
    return _PLACEHOLDER.sub(lambda m: _alternatives(guard_rules.VOCABULARY[m.group(1)]), pattern)


def _compile(pattern: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    # Replies and user text are lower-cased before matching, so most patterns compile without
    # IGNORECASE, which also makes them several times faster.
    return re.compile(_expand(pattern), re.IGNORECASE if ignore_case else 0)


class _CompiledRule:
    """One rule, compiled. All patterns are joined into one expression, which decides most
    replies in a single search. Only when a match is exempted (a negation before it, a
    condition the person named) are the patterns tried one by one, to find any other match;
    those are compiled on first use, which keeps start-up (a Lambda cold start) short."""

    def __init__(self, rule: Rule) -> None:
        # Case-sensitive rules see the reply with its capitals; their exemptions must not care.
        cased = rule.case_sensitive
        ends = [f"(?:{p})\\s*$" for p in rule.not_after]
        if rule.negatable:
            ends.append(guard_rules.NEGATION_BEFORE)
        self.rule = rule
        self.any_pattern = _compile(
            "|".join(f"(?:{p})" for p in rule.patterns).replace("(?P<term>", "(?:")
        )
        self.unless = tuple(_compile(p, ignore_case=cased) for p in rule.unless)
        self.not_after = (
            _compile("|".join(f"(?:{e})" for e in ends), ignore_case=cased) if ends else None
        )

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_compile(p) for p in self.rule.patterns)


def _validate(rules: tuple[Rule, ...]) -> None:
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate guard rule id")
    for rule in rules:
        if rule.reason not in guard_rules.REASONS:
            raise ValueError(f"guard rule {rule.id} has unknown reason {rule.reason}")
        if rule.skip_self_named and not all("?P<term>" in p for p in rule.patterns):
            raise ValueError(f"guard rule {rule.id} needs a (?P<term>...) group")


_validate(guard_rules.RULES)
_RULES: Final = tuple(_CompiledRule(r) for r in guard_rules.RULES)
_CUES: Final = tuple(
    (context, tuple(tuple(_compile(p) for p in cue.all_of) for cue in cues))
    for context, cues in guard_rules.CONTEXT_CUES.items()
)
_REPLY_RISK: Final = _compile(guard_rules.REPLY_RISK_CUES)
_SELF_NAMED: Final = _compile(guard_rules.SELF_NAMED)


def _rules_digest() -> str:
    """Changes whenever any rule, word list or cue changes, so a stored version is honest.

    Built from a canonical JSON form (sets sorted), so it is the same in every process;
    `repr` of a frozenset would depend on string hash randomisation.
    """

    def canonical(value: object) -> object:
        if isinstance(value, frozenset | set):
            return sorted(str(v) for v in value)
        if isinstance(value, Rule | guard_rules.Cue):
            return {k: canonical(v) for k, v in sorted(vars(value).items())}
        if isinstance(value, tuple | list):
            return [canonical(v) for v in value]
        if isinstance(value, Mapping):
            return {str(k): canonical(v) for k, v in sorted(value.items())}
        return value

    state = {
        "rules": canonical(guard_rules.RULES),
        "vocabulary": canonical(guard_rules.VOCABULARY),
        "cues": canonical(guard_rules.CONTEXT_CUES),
        "reply_risk": guard_rules.REPLY_RISK_CUES,
        "self_named": guard_rules.SELF_NAMED,
        "negation": guard_rules.NEGATION_BEFORE,
        "reasons": canonical(guard_rules.REASONS),
    }
    encoded = json.dumps(state, sort_keys=True, ensure_ascii=True).encode()
    return hashlib.sha256(encoded).hexdigest()[:8]


# The dated part is bumped by hand with a reviewed change; the digest moves on its own, so two
# deployments that report the same GUARD_VERSION apply exactly the same rules.
GUARD_VERSION: Final = f"2026-11-25.1+{_rules_digest()}"


# ------------------------------------------------------------------------------------------
# Checking.
# ------------------------------------------------------------------------------------------


def _contexts(user: str, reply: str, risk_context: bool) -> frozenset[Context]:
    found = {
        context
        for context, cues in _CUES
        if user and any(all(p.search(user) for p in cue) for cue in cues)
    }
    # The caller's crisis screen, or a reply that itself talks about suicide or crisis lines,
    # makes the turn a risk context whatever the person's last message said.
    if risk_context or _REPLY_RISK.search(reply):
        found.add(Context.RISK)
    return frozenset(found)


def _term_key(term: str) -> str:
    words = term.split()
    if words and words[0] in ("a", "an"):
        words = words[1:]
    return words[0] if words else term


def _self_named(user: str) -> frozenset[str]:
    return frozenset(_term_key(m.group("term")) for m in _SELF_NAMED.finditer(user))


def _hits_sentence(compiled: _CompiledRule, sentence: str, self_named: frozenset[str]) -> bool:
    rule = compiled.rule
    if any(u.search(sentence) for u in compiled.unless):
        return False
    first = compiled.any_pattern.search(sentence)
    if first is None:
        return False
    exempt_before = compiled.not_after is not None and compiled.not_after.search(
        sentence, 0, first.start()
    )
    if not exempt_before and not rule.skip_self_named:
        return True
    for pattern in compiled.patterns:
        for match in pattern.finditer(sentence):
            if compiled.not_after and compiled.not_after.search(sentence, 0, match.start()):
                continue
            if rule.skip_self_named and _term_key(match.group("term")) in self_named:
                continue
            return True
    return False


class _Texts:
    """The reply in the forms the rules need; the rarer forms are built only when asked for."""

    def __init__(self, reply: str) -> None:
        self.base = _base(reply)
        self.full = _lower(self.base)
        self.sentences = _sentences(self.full)

    @cached_property
    def unquoted(self) -> tuple[str, ...]:
        return _sentences(_QUOTED.sub(" ", self.full))

    @cached_property
    def cased(self) -> tuple[str, ...]:
        return _sentences(self.base)


def _matches(reply: str, user_text: str, risk_context: bool) -> tuple[Rule, ...]:
    if not reply or not reply.strip():
        return ()
    texts = _Texts(reply)
    user = normalise(user_text) if user_text else ""
    contexts = _contexts(user, texts.full, risk_context)
    self_named = _self_named(user) if user else frozenset()
    fired: list[Rule] = []
    for compiled in _RULES:
        rule = compiled.rule
        if rule.when and not (rule.when & contexts):
            continue
        if not compiled.any_pattern.search(texts.base if rule.case_sensitive else texts.full):
            continue
        if rule.case_sensitive:
            sentences = texts.cased
        elif rule.skip_quoted:
            sentences = texts.unquoted
        else:
            sentences = texts.sentences
        if any(_hits_sentence(compiled, s, self_named) for s in sentences):
            fired.append(rule)
    return tuple(fired)


def check_reply(reply: str, *, user_text: str = "", risk_context: bool = False) -> GuardVerdict:
    """Allow or withhold one model reply.

    `user_text` is the person's message being answered (recent user messages may be joined);
    it sets the context (delusion, mania, compulsion, a means question). `risk_context` is True
    when the crisis screen put the turn or session at moderate risk or above, or the person
    mentioned suicide or self-harm; method and means rules then apply more broadly.
    """
    reasons = sorted({rule.reason for rule in _matches(reply, user_text, risk_context)})
    if not reasons:
        return ALLOWED
    return GuardVerdict(allowed=False, reasons=tuple(reasons))


def matched_rules(
    reply: str, *, user_text: str = "", risk_context: bool = False
) -> tuple[str, ...]:
    """The ids of the rules a reply trips, for logs and review (ids only, never reply text)."""
    return tuple(sorted(rule.id for rule in _matches(reply, user_text, risk_context)))
