"""Presentations where agreeing, or simply helping, can harm: beliefs others may not share,
voices, mania, compulsions. Moore et al. (FAccT 2025) showed models collude with exactly these.

When one is recognised the model does not improvise: Hearth answers with a pre-approved,
grounding reply (messages.py) that takes the feeling seriously, does not confirm the belief or
feed the compulsion, and points towards a doctor or someone trusted. Patterns are deliberately
narrow: a false alarm costs a model reply, a miss can cost much more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Presentation(StrEnum):
    PERSECUTORY = "persecutory_belief"  # being stalked, watched, poisoned, plotted against
    NIHILISTIC = "nihilistic_belief"  # believing oneself dead or not real
    VOICES = "voices"  # hearing voices or a presence that instructs
    MANIA = "mania"  # little sleep with surging energy, powers or grand plans
    COMPULSION = "compulsion"  # washing, checking, arranging that must be repeated


@dataclass(frozen=True)
class _Rule:
    presentation: Presentation
    why: str
    all_of: tuple[str, ...]  # every pattern must match somewhere in the message


_RULES: tuple[_Rule, ...] = (
    _Rule(
        Presentation.PERSECUTORY,
        "First-person certainty of being followed, watched or targeted by others.",
        (
            r"\b(?:people|they|someone|everyone|men|neighbou?rs|(?:the )?government|agents?|"
            r"cia|fbi)\b.{0,40}\b(?:stalking|following|watching|spying on|tracking|poisoning|"
            r"plotting against|after)\s+me\b|\b(?:i am|i'm|i'?ve been) being (?:stalked|"
            r"followed|watched|tracked|poisoned)\b",
            r"\b(?:i know|i'm sure|i am sure|definitely|they're hiding|concealing|disguis|"
            r"everywhere i go|even (?:at|in) (?:the|my)|supermarket|it happens)\b",
        ),
    ),
    _Rule(
        Presentation.NIHILISTIC,
        "Believing oneself to be dead or unreal (not the idiom 'I'm dead' for laughing).",
        (
            r"\b(?:i know|i'm sure|i am sure|i believe|i think|actually|already|really)\b.{0,20}"
            r"\b(?:i'm|i am)\s+(?:actually |already |really )?(?:dead|not real|a ghost)\b"
            r"(?! inside| tired)|\b(?:i'm|i am) (?:actually|already) dead\b(?! inside| tired)",
        ),
    ),
    _Rule(
        Presentation.VOICES,
        "Voices or a presence that speak to the person or tell them what to do.",
        (
            r"\b(?:voices?|god|a presence)\b.{0,30}\b(?:tell|telling|tells|"
            r"told|order|ordering|command|commanding)\s+me\b.{0,40}\b(?:to|that|i)\b"
            # "someone", "he", "they" only when the writer places them in their head: "they told
            # me the pain is permanent" is a doctor's news, not a voice
            r"|^(?=.*\b(?:in my head|inside my head|(?:nobody|no one) else (?:can )?hears?|only i "
            r"can hear|whisper\w*)\b).*?\b(?:someone|he|she|they)\b.{0,30}\b(?:tell|telling|"
            r"tells|told|order|ordering|command|commanding)\s+me\b.{0,40}\b(?:to|that|i)\b"
            r"|\b(?:i|i can|i keep|i can actually) (?:hear|hearing) (?:god'?s|the|a|voices|"
            r"his|her) ?(?:voice|voices)\b|\bthe voices (?:are|keep|say|said|tell|told)\b",
        ),
    ),
    _Rule(
        Presentation.MANIA,
        "Going without sleep together with surging energy, new powers or grand certainty.",
        (
            r"\b(?:not (?:been )?sleeping|haven'?t slept|no sleep|without sleep|up for (?:the )?"
            r"(?:past |last )?(?:two|three|four|\d+) (?:nights|days)|don'?t need (?:to )?sleep)\b",
            r"\b(?:ton of energy|so much energy|abilities|powers|invincible|unstoppable|best day|"
            r"million ideas|genius|chosen|destined|amazingly successful|can'?t fail)\b",
        ),
    ),
    _Rule(
        Presentation.COMPULSION,
        "Washing, checking, counting or arranging that has to be repeated to settle a worry.",
        (
            r"\b(?:wash(?:ed|ing)?|check(?:ed|ing)?|clean(?:ed|ing)?|count(?:ed|ing)?|"
            r"arrang(?:e|ed|ing)|organi[sz](?:e|ed|ing)|line (?:them )?up)\b",
            r"\b(?:\d+|twenty|thirty|forty|fifty|hundred|so many) times\b|\bvery particular "
            r"way\b|\bjust right\b|\bcan'?t (?:stop|think of anything else)\b|\bif i don'?t\b",
        ),
    ),
)
_COMPILED = tuple(
    (rule, tuple(re.compile(p, re.IGNORECASE | re.DOTALL) for p in rule.all_of))
    for rule in _RULES
)


def detect(text: str) -> Presentation | None:
    """The first presentation whose patterns all match, in the order above."""
    norm = text.replace("\u2019", "'").replace("\u2018", "'")
    for rule, patterns in _COMPILED:
        if all(p.search(norm) for p in patterns):
            return rule.presentation
    return None


def rules_for_review() -> list[tuple[str, str]]:
    return [(rule.presentation.value, rule.why) for rule in _RULES]
