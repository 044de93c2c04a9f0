"""Themes and named states as readable rules, plus the small word lists intensity uses.

How to read this file
---------------------
Rules are regular expressions over *normalised* text: lower-case, curly apostrophes made
straight, runs of whitespace made one space. Apostrophes are optional in patterns
("i'?m", "don'?t") because people type "im" and "dont". Each rule says why it exists.

A rule marked `negatable` is dropped when the clause says "not / never / no / ...n't" in the
three words before the match ("I don't feel lonely anymore" is not loneliness). The clause
starts after the last , ; . ! ? or "but", so "I'm fine, but so lonely" still counts.

Themes are topics (what the message is about) and come from these rules only.
Named states are how the person is, in plain words; most come from rules only, and two also
accept the emotion model's evidence (see STATE_FROM_MODEL): "grief" (the model's grief
label) and "shame" (embarrassment in a first-person message); no others, because the
GoEmotions labels are about the *comment's* emotion, which for the other states is too loose.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

THEMES: Final = (
    "work_burnout", "loneliness", "relationships", "family", "self_worth", "grief_loss",
    "anxiety_worry", "sleep_fatigue", "identity", "health", "school",
)
STATES: Final = (
    "emotional fatigue", "emotional numbness", "emotional confusion", "overwhelm",
    "loneliness", "shame", "grief", "guilt", "hopelessness",
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    why: str
    negatable: bool = True
    also: re.Pattern[str] | None = None  # when set, must match somewhere in the text too


def _rule(name: str, why: str, *alternatives: str, negatable: bool = True,
          also: str | None = None) -> Rule:
    return Rule(
        name=name,
        pattern=re.compile("|".join(f"(?:{a})" for a in alternatives)),
        why=why,
        negatable=negatable,
        also=re.compile(also) if also else None,
    )


# Building blocks.
_I_AM = r"\b(?:i'?m|i am|i feel|i'?ve been|i have been|feeling|i get|i keep feeling)"
_KIN = (
    r"(?:mom|mum|mother|mama|dad|father|papa|parents?|sister|brother|son|daughter|child|baby|"
    r"wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|friend|best friend|grandma|"
    r"grandmother|grandpa|grandfather|granny|nan|aunt|uncle|cousin|dog|cat|pet)"
)

THEME_RULES: Final = (
    _rule(
        "work_burnout",
        "Job stress and burnout: the job words themselves, or 'work' used as a place/duty "
        "(bare 'work' is mostly 'it doesn't work').",
        r"\bburn(?:ed|t)?[ -]?out\b", r"\bburnout\b",
        r"\b(?:my|the|a|new|old|this|at|from|after|before|for|to) (?:job|work)\b",
        r"\bwork (?:is|has been|was|keeps|makes|stress|load|week|days?)\b", r"\bworkload\b",
        r"\b(?:boss|manager|supervisor|co-?workers?|colleagues?|overtime|deadlines?)\b",
        r"\b(?:laid off|layoffs?|got fired|fired me|my shifts?|workplace|office job)\b",
        negatable=False,
    ),
    _rule(
        "loneliness",
        "Being or feeling alone, unseen or left out.",
        r"\blonel(?:y|iness)\b", r"(?<!leave me )(?<!leave us )\balone\b", r"\bisolated\b",
        r"\b(?:nobody|no one|no-one) (?:ever )?(?:texts|calls|messages|talks to|cares|"
        r"checks on|reaches out|invites|listens|understands|to talk to)\b",
        r"\b(?:no|don'?t have (?:any)?) friends\b", r"\bleft out\b",
    ),
    _rule(
        "relationships",
        "Romantic partners, dating and break-ups (family has its own theme).",
        r"\b(?:girlfriend|boyfriend|gf|bf|husband|wife|spouse|fianc[eé]e?|partner)\b",
        r"\b(?:my ex|ex-?(?:girlfriend|boyfriend|husband|wife))\b",
        r"\bbr(?:eak|oke)(?:ing)? up\b", r"\bbreak-?up\b", r"\bdivorc", r"\brelationship\b",
        r"\bdating\b", r"\bcheat(?:ed|ing) on\b", r"\bmy marriage\b", r"\bcrush\b",
        negatable=False,
    ),
    _rule(
        "family",
        "Parents, siblings, children and the wider family.",
        r"\b(?:mom|mum|mother|mama|dad|father|papa|parents?|sister|brother|siblings?|"
        r"family|son|daughter|kids|children|grandma|grandmother|grandpa|grandfather|"
        r"granny|aunt|uncle|cousins?|in-?laws|step-?(?:mom|dad|mother|father))\b",
        negatable=False,
    ),
    _rule(
        "self_worth",
        "How the person judges themself: worthless, not enough, a failure, a burden.",
        r"\bworthless\b", r"\bnot (?:good|smart|pretty|strong) enough\b",
        r"\bi'?m not enough\b",
        r"\b(?:i'?m|i am|i feel like|feel like) (?:such |a total |a complete |)"
        r"(?:a )?(?:failure|loser|disappointment|burden|waste of space)\b",
        r"\bhate myself\b", r"\b(?:i'?m|i am) (?:so )?(?:useless|pathetic|stupid|ugly)\b",
        r"\bself[- ]?(?:worth|esteem|hatred|loathing)\b", r"\bdon'?t deserve\b",
        r"\b(?:nobody|no one) (?:likes|loves|wants) me\b",
    ),
    _rule(
        "grief_loss",
        "A death or a loss being mourned.",
        r"\b(?:died|passed away|passed on)\b(?! laughing)", r"\bfuneral\b",
        r"\bgriev(?:e|ing)\b", r"\bgrief\b", r"\bmourn(?:ing)?\b", r"\bmiscarriage\b",
        rf"\blost (?:my|our) {_KIN}\b", r"\bdeath of\b",
        negatable=False,
    ),
    _rule(
        "anxiety_worry",
        "Worry, nerves, panic and dread.",
        r"\banxi(?:ous|ety)\b", r"\bworr(?:y|ied|ying|ies)\b", r"\bpanic", r"\bnervous\b",
        r"\bscared\b", r"\bafraid\b", r"\bterrified\b", r"\bdread", r"\bon edge\b",
        r"\bwhat if\b", r"\boverthink", r"\bracing thoughts\b", r"\bfreaking out\b",
        r"\bstressed\b",
    ),
    _rule(
        "sleep_fatigue",
        "Sleep and tiredness, whatever the cause.",
        r"\b(?:sleep|sleeping|slept|asleep|sleepless|insomnia|nightmares?|sleepy)\b",
        r"\b(?:tired|exhausted|exhaustion|fatigued?|drained|worn out|wiped out)\b",
        r"\bno energy\b", r"\b(?:up|awake) all night\b",
        negatable=False,
    ),
    _rule(
        "identity",
        "Who the person is: gender, sexuality, belonging, culture.",
        r"\bwho i (?:really )?am\b", r"\bidentity\b", r"\bgender\b", r"\btrans(?:gender)?\b",
        r"\bnon-?binary\b", r"\b(?:queer|gay|lesbian|bisexual|bi|asexual)\b", r"\bsexuality\b",
        r"\bcom(?:e|ing) out\b(?! of)", r"\bcame out\b(?! of)", r"\bin the closet\b",
        r"\bpronouns\b", r"\b(?:don'?t|never) (?:fit in|belong)\b",
        negatable=False,
    ),
    _rule(
        "health",
        "Physical or mental health, illness and care.",
        r"\b(?:sick|illness|disease|diagnos(?:is|ed)|doctors?|hospital|surgery|chronic|"
        r"cancer|medications?|meds|symptoms?|injur(?:y|ed)|therap(?:y|ist)|psychiatrist|"
        r"depression|my health|mental health|pain)\b",
        negatable=False,
    ),
    _rule(
        "school",
        "School, college and studying.",
        r"\b(?:school|college|university|uni|class(?:es|mates?)?|exams?|finals|midterms?|"
        r"homework|assignments?|essays?|thesis|dissertation|teachers?|professors?|grades?|"
        r"gpa|semester|lectures?|studying)\b",
        negatable=False,
    ),
)

STATE_RULES: Final = (
    _rule(
        "emotional fatigue",
        "Tiredness that sleep doesn't fix: 'tired but not sleepy', drained, burnt out, tired "
        "of it all (plain 'tired'/'exhausted' is only the sleep_fatigue theme).",
        r"\btired,? but (?:not|never) (?:sleepy|tired)\b",
        r"\b(?:emotionally|mentally) (?:tired|exhausted|drained|spent|worn out|done)\b",
        r"\bdrained\b", r"\brunning on empty\b", r"\bburn(?:ed|t)?[ -]?out\b", r"\bburnout\b",
        r"\b(?:tired|sick and tired) of (?:everything|it all|trying|pretending|fighting|being|"
        r"feeling|life|people)\b",
        r"\bexhausted all the time\b", r"\bso (?:tired|exhausted) of\b",
        r"\bno energy (?:left|for anything)\b", r"\bworn (?:out|down)\b", r"\bweary\b",
    ),
    _rule(
        "emotional numbness",
        "Feeling nothing, empty or hollow, going through the motions.",
        r"\bnumb\b",
        r"\bfeel(?:s|ing)? (?:so |completely |totally |just |kind of |kinda )?"
        r"(?:empty|hollow|nothing|dead inside|flat|blank)\b",
        r"\b(?:empty|dead) inside\b",
        r"\b(?:can'?t|cannot|don'?t|do not) (?:really )?feel (?:anything|a thing)\b",
        r"\bgoing through the motions\b", r"\bon autopilot\b",
        r"\bdisconnected from (?:myself|everything|everyone|my feelings)\b",
        r"\bcan'?t (?:even )?cry\b",
    ),
    _rule(
        "emotional confusion",
        "Not knowing, or not being able to name, what one feels.",
        r"\b(?:don'?t|do not|dont) (?:even )?know (?:what|how) (?:i'?m |i am |i )?"
        r"(?:feel|feeling|to feel)\b",
        r"\bnot sure (?:what|how) (?:i'?m |i am |i )?(?:feel|feeling|to feel)\b",
        r"\bcan'?t (?:tell|figure out|make sense of|name|explain) (?:what|how) (?:i'?m |i am |i )?"
        r"(?:feel|feeling)\b",
        r"\bmixed (?:up )?(?:feelings|emotions)\b",
        r"\bconfused (?:about|by) (?:how|what) i (?:feel|want)\b", r"\bconflicted\b",
        r"\b(?:my )?(?:feelings|emotions) are (?:all over the place|a mess|a blur)\b",
    ),
    _rule(
        "overwhelm",
        "More than one can handle: 'too much', can't keep up or cope, drowning, swamped.",
        r"\boverwhelm(?:ed|ing)?\b",
        r"\b(?:everything|it|this|that|life|all of (?:it|this))(?:'s| is| feels| has been| gets)"
        r" (?:just |all |way |so |kind of )?too much\b",
        r"\btoo much (?:for me|to handle|to bear|to deal with|going on)\b",
        r"\bcan'?t (?:keep up|cope|handle (?:it|this|everything|anything|any ?more)|"
        r"take (?:it|this|any ?more))\b",
        r"\bdrowning\b", r"\bswamped\b", r"\bfalling apart\b",
        r"\b(?:so|too) much (?:to do|going on|on my plate)\b", r"\bbarely keeping\b",
    ),
    _rule(
        "loneliness",
        "Feeling alone or unreached, not merely being by oneself.",
        r"\blonel(?:y|iness)\b",
        r"\b(?:i'?m|i am|i feel|feel|feeling|always|so|all) alone\b",
        r"\b(?:nobody|no one|no-one) (?:ever )?(?:texts|calls|messages|talks to|cares|"
        r"checks on|reaches out|invites|listens|understands|to talk to)\b",
        r"\b(?:have no|don'?t have (?:any)?) (?:friends|one to talk to)\b",
        r"\bisolated\b", r"\bleft out\b",
    ),
    _rule(
        "shame",
        "Feeling bad about who one is ('what a shame' is pity, not shame, and is excluded).",
        r"\bashamed\b", r"(?<!a )(?<!such a )\bshame(?:ful)?\b", r"\bhumiliat(?:ed|ing)\b",
        r"\bmortified\b", r"\bdisgusted (?:with|by|at) myself\b", r"\bhate myself\b",
        r"\bembarrassed (?:of|by) myself\b",
        r"\bcan'?t (?:look|face) (?:anyone|people|them|anybody|myself)\b",
    ),
    _rule(
        "grief",
        "Mourning someone or something lost.",
        r"\bgriev(?:e|ing)\b", r"\bgrief\b", r"\bmourn(?:ing)?\b",
        rf"\blost (?:my|our) {_KIN}\b",
        r"\bsince (?:she|he|they) (?:died|passed)\b",
    ),
    _rule(
        "grief",
        "Missing someone, in a message that also speaks of a death.",
        r"\bmiss(?:ing|ed)? (?:my|him|her|them|you)\b",
        also=r"\b(?:died|passed away|passed|death|funeral|gone forever|killed)\b(?! laughing)",
    ),
    _rule(
        "guilt",
        "Feeling bad about something one did (shame is about who one is).",
        r"\bguilt(?:y)?\b", r"\bmy fault\b", r"\bblame myself\b", r"\bcan'?t forgive myself\b",
        r"\bi (?:really )?(?:shouldn'?t|should not) have\b", r"\bi regret\b",
        r"\bi let (?:him|her|them|everyone|you|my \w+) down\b",
    ),
    _rule(
        "hopelessness",
        "No expectation that things can get better.",
        r"\bhopeless\b", r"\bno hope\b", r"\bwhat'?s the point\b",
        r"\bno point (?:in|anymore|any more|trying)\b",
        r"\bnothing (?:will|is going to|ever) (?:change|get better|gets better|matters)\b",
        r"\bnever (?:going to|gonna) get better\b", r"\bnothing matters\b", r"\bno future\b",
        r"\bgiven up on (?:everything|myself|life)\b",
    ),
)

# Model evidence that can raise a state on its own, as (state, label, needs first person,
# labels that veto it), when the label's calibrated score reaches MODEL_STATE_MIN (well above
# its threshold, 0.5: the rare labels' thresholds are low) and no veto label passes its own.
# Why these two: the model's grief label is specific (it fires on mourning, and on "died");
# embarrassment is shame's close cousin but in GoEmotions is often about someone else, hence
# "first person". Grief is vetoed by amusement: "I almost died laughing" scores 0.83 on grief
# (as high as "I miss my mom since she died") but also 0.97 on amusement.
STATE_FROM_MODEL: Final = (
    ("grief", "grief", False, ("amusement",)),
    ("shame", "embarrassment", True, ()),
)
MODEL_STATE_MIN: Final = 0.7
_FIRST_PERSON = re.compile(r"\b(?:i|i'?m|me|my|myself)\b")

_NEGATORS: Final = frozenset({
    "not", "never", "no", "nor", "without", "hardly", "dont", "didnt", "doesnt", "isnt", "wasnt",
    "arent", "werent", "aint", "cant", "couldnt", "wont", "wouldnt", "havent", "hasnt",
})
_CLAUSE_BREAK = re.compile(r"[,;.!?]|\bbut\b")


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


# "can't stop worrying", "couldn't help crying": a negator before these is not a negation.
_HEDGED = frozenset({"stop", "help", "quit"})


def _negated(text: str, start: int) -> bool:
    before = _CLAUSE_BREAK.split(text[:start])[-1].split()[-3:]
    return any(
        (w in _NEGATORS or w.endswith("n't")) and (k + 1 == len(before) or before[k + 1]
                                                   not in _HEDGED)
        for k, w in enumerate(before)
    )


def _matches(rule: Rule, text: str) -> bool:
    if rule.also is not None and not rule.also.search(text):
        return False
    for m in rule.pattern.finditer(text):
        if not (rule.negatable and _negated(text, m.start())):
            return True
    return False


def find_themes(text: str) -> tuple[str, ...]:
    norm = normalise(text)
    return tuple(r.name for r in THEME_RULES if _matches(r, norm))


def find_states(text: str, asserted: Mapping[str, float]) -> tuple[str, ...]:
    """Named states from the rules, plus STATE_FROM_MODEL given the labels that pass their
    thresholds (calibrated scores, 0.5 = threshold)."""
    norm = normalise(text)
    found = {r.name for r in STATE_RULES if _matches(r, norm)}
    for state, label, first_person, vetoes in STATE_FROM_MODEL:
        if (
            asserted.get(label, 0.0) >= MODEL_STATE_MIN
            and (not first_person or _FIRST_PERSON.search(norm))
            and not any(asserted.get(v, 0.0) >= 0.5 for v in vetoes)
        ):
            found.add(state)
    return tuple(s for s in STATES if s in found)


# ------------------------------------------------------------------------------------------
# Intensity and valence
# ------------------------------------------------------------------------------------------

# Words that turn the volume up ("so", "really") and words that are loud by themselves.
INTENSIFIERS: Final = frozenset({
    "so", "very", "really", "extremely", "incredibly", "totally", "completely", "absolutely",
    "utterly", "super", "too", "deeply", "terribly", "awfully", "insanely", "seriously",
    "literally", "truly", "sooo", "soooo", "ever", "always", "constantly",
})
STRONG_WORDS: Final = frozenset({
    "hate", "furious", "devastated", "terrified", "destroyed", "unbearable", "worst", "horrible",
    "awful", "desperate", "hopeless", "heartbroken", "miserable", "ecstatic", "thrilled",
    "amazing", "panic", "rage", "livid", "sobbing", "crying", "screaming", "broken", "agony",
    "unbelievable", "incredible", "fantastic", "despise", "disgusting", "petrified", "shattered",
})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ELONGATED = re.compile(r"([^\W\d_])\1\1")
_ACRONYMS: Final = frozenset({"I", "OK", "TV", "US", "UK", "USA", "EU", "AI", "ID", "PM", "AM"})


def intensity_cues(text: str) -> float:
    """0..1 from surface cues: each intensifier 0.12, strong word 0.2 (both capped at two),
    '!' 0.1 (up to three), a shouted word 0.15 (up to two), an elongated word 0.1 (up to two)."""
    words: list[str] = _WORD.findall(text)
    lower = [w.lower() for w in words]
    intensifiers = sum(w in INTENSIFIERS for w in lower)
    strong = sum(w in STRONG_WORDS for w in lower)
    shouted = sum(len(w) >= 2 and w.isupper() and w not in _ACRONYMS for w in words)
    elongated = sum(bool(_ELONGATED.search(w)) for w in lower)
    cue = (
        0.12 * min(intensifiers, 2) + 0.2 * min(strong, 2) + 0.1 * min(text.count("!"), 3)
        + 0.15 * min(shouted, 2) + 0.1 * min(elongated, 2)
    )
    return min(1.0, cue)


# Conventional valence of each GoEmotions label (-1 unpleasant .. +1 pleasant), following the
# positive/negative/ambiguous grouping of the GoEmotions paper (Demszky et al., 2020).
LABEL_VALENCE: Final[dict[str, float]] = {
    "admiration": 0.6, "amusement": 0.6, "anger": -0.8, "annoyance": -0.5, "approval": 0.4,
    "caring": 0.4, "confusion": -0.2, "curiosity": 0.1, "desire": 0.3, "disappointment": -0.6,
    "disapproval": -0.5, "disgust": -0.8, "embarrassment": -0.5, "excitement": 0.7,
    "fear": -0.8, "gratitude": 0.8, "grief": -0.9, "joy": 0.9, "love": 0.8, "nervousness": -0.6,
    "optimism": 0.6, "pride": 0.7, "realization": 0.0, "relief": 0.5, "remorse": -0.7,
    "sadness": -0.9, "surprise": 0.1, "neutral": 0.0,
}

# How loud each label is by nature (arousal, 0..1): intensity weighs the model's evidence by it,
# so a confident "approval" ("ok") reads as calm and a confident "anger" as intense. A
# convention chosen by hand (high-arousal emotions high), not learned from data.
LABEL_AROUSAL: Final[dict[str, float]] = {
    "admiration": 0.5, "amusement": 0.6, "anger": 0.9, "annoyance": 0.5, "approval": 0.3,
    "caring": 0.4, "confusion": 0.4, "curiosity": 0.3, "desire": 0.6, "disappointment": 0.5,
    "disapproval": 0.4, "disgust": 0.8, "embarrassment": 0.6, "excitement": 0.9, "fear": 0.9,
    "gratitude": 0.6, "grief": 0.9, "joy": 0.7, "love": 0.7, "nervousness": 0.7,
    "optimism": 0.4, "pride": 0.6, "realization": 0.2, "relief": 0.5, "remorse": 0.6,
    "sadness": 0.7, "surprise": 0.7, "neutral": 0.0,
}

# Plainly valenced feeling words (-1 unpleasant .. +1 pleasant). Why: the model learned from
# Reddit comments and misses some plain words ("furious", "grateful" are rare there), so
# valence also reads these; a negator in the three words before flips and halves the word
# ("not happy" -> -0.4). Only valence uses this list; the emotions are the model's alone.
VALENCE_WORDS: Final[dict[str, float]] = {
    **dict.fromkeys(
        ("sad", "depressed", "miserable", "heartbroken", "devastated", "furious", "livid",
         "enraged", "terrified", "petrified", "hopeless", "worthless", "hate", "hated",
         "despise", "awful", "horrible", "terrible", "worst", "grieving", "ashamed",
         "humiliated", "disgusted", "panicking", "suicidal", "broken", "shattered", "agony"),
        -0.9,
    ),
    **dict.fromkeys(
        ("unhappy", "lonely", "angry", "mad", "pissed", "scared", "afraid", "frightened",
         "anxious", "nervous", "worried", "upset", "hurt", "hurting", "crying", "cried",
         "guilty", "embarrassed", "helpless", "empty", "numb", "frustrated", "resentful",
         "bitter", "jealous", "stressed", "overwhelmed", "disappointed", "betrayed",
         "rejected", "abandoned", "insecure", "dread", "miss", "regret", "pain", "sick"),
        -0.6,
    ),
    **dict.fromkeys(
        ("annoyed", "irritated", "tired", "exhausted", "drained", "bored", "lost", "confused",
         "bad", "meh", "uneasy"),
        -0.35,
    ),
    **dict.fromkeys(
        ("happy", "joy", "joyful", "grateful", "thankful", "blessed", "thrilled", "ecstatic",
         "delighted", "wonderful", "amazing", "fantastic", "awesome", "love", "loved", "proud"),
        0.8,
    ),
    **dict.fromkeys(
        ("glad", "thanks", "thank", "excited", "relieved", "hopeful", "optimistic", "cheerful",
         "loving", "content", "peaceful", "calm", "safe", "confident", "inspired",
         "appreciated", "supported", "relaxed", "fun", "great", "beautiful", "lucky"),
        0.6,
    ),
    **dict.fromkeys(("good", "better", "fine", "okay", "nice", "ok"), 0.3),
}


def lexicon_valence(text: str) -> float | None:
    """Mean valence of the VALENCE_WORDS present (negation-aware), or None when there are none."""
    norm = normalise(text)
    values = []
    for m in _WORD.finditer(norm):
        value = VALENCE_WORDS.get(m.group())
        if value is not None:
            values.append(-0.5 * value if _negated(norm, m.start()) else value)
    return sum(values) / len(values) if values else None
