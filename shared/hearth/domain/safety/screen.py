"""Deterministic crisis screen: normalise -> guard idioms -> match signals -> weigh -> result.

Pure standard library. All clinical content (patterns, guards, tiers) lives in rules.py; this
module only applies it. The result carries signal ids as evidence, never user text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, cached_property, lru_cache

from hearth.domain.safety import learned, prefilter, presentations, rules
from hearth.domain.safety.rules import Kind, Person, RiskCategory, RiskTier, Signal

SCREEN_VERSION = "2026-11-27.42"

T = RiskTier


@dataclass(frozen=True)
class ScreenResult:
    tier: RiskTier
    categories: tuple[RiskCategory, ...]  # sorted, unique
    evidence: tuple[str, ...]  # signal ids only, never user text
    third_party: bool = False  # a concerned person writing about someone else at risk
    # True when the card rests only on the writer's own past ideation or attempt
    # ("I tried to kill myself years ago"): the reply acknowledges the past and asks about now.
    history: bool = False

    @property
    def referral(self) -> bool:
        """True exactly when the tier calls for the crisis card (HIGH or IMMINENT)."""
        return self.tier in (RiskTier.HIGH, RiskTier.IMMINENT)


NO_RISK = ScreenResult(RiskTier.NONE, (), ())
HISTORY_EVIDENCE = "suicide.history"

# ============================================================================ normalisation
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)
# Chat spellings expanded so a rule is written once ("want to", not also "wanna").
_SLANG: dict[str, str] = {
    "wanna": "want to",
    "wana": "want to",
    "wannna": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "imma": "i am going to",
    "ima": "i am going to",
    "tryna": "trying to",
    "finna": "going to",
    "gotta": "got to",
    "u": "you",
    "ur": "your",
    "urself": "yourself",
    "youself": "yourself",
    "cuz": "because",
    "coz": "because",
    "tonite": "tonight",
    "2nite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "rly": "really",
    "srsly": "seriously",
    "pls": "please",
    "plz": "please",
    "myslef": "myself",
    "mysef": "myself",
    "myselff": "myself",
    "meself": "myself",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "selfharmed": "self harmed",
    "dnt": "dont",
    "cnt": "cant",
    "ded": "dead",
    "killmyself": "kill myself",
    "offmyself": "off myself",
    "im'a": "i am going to",
    "thinkin": "thinking",
    "bout": "about",
    "tryin": "trying",
    "feelin": "feeling",
    "nothin": "nothing",
    "goin": "going",
    "doin": "doing",
    "livin": "living",
    "dyin": "dying",
    "ok": "okay",
    "k": "okay",
    "kk": "okay",
    "okey": "okay",
    "okk": "okay",
    "oki": "okay",
    "alr": "alright",
    "idk": "i dont know",
    "dunno": "dont know",
    "havnt": "havent",
    "doesnt": "doesnt",
    "didnt": "didnt",
    "wouldnt": "wouldnt",
    "shouldnt": "shouldnt",
    # Fourth pass: common typos of the core words (a typo must not hide a disclosure).
    "wnat": "want",
    "wamt": "want",
    "wnt": "want",
    "evry1": "everyone",
    "every1": "everyone",
    "wud": "would",
    "ppl": "people",
    "wabt": "want",
    "whant": "want",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "suicie": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suicidial": "suicidal",
    "suisidal": "suicidal",
    "suicidel": "suicidal",
    "suicidle": "suicidal",
    "kil": "kill",
    "mysefl": "myself",
    "myslf": "myself",
    "anymor": "anymore",
    "anymoree": "anymore",
    "nomore": "no more",
    "abt": "about",
    "alivee": "alive",
}
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\b(my|him|her|your|them|it|one|our) (self|selves)\b", r"\1\2"),
        (r"\bun alive", "unalive"),
        (r"\bi m\b", "im"),
        (r"\bo d\b", "od"),
        (r"\bs h\b", "sh"),
        (r"\bj k\b", "jk"),
        (r"\bk m s\b", "kms"),
        (r"\bsui\b(?= ?(?:thoughts|ideation|urges))", "suicidal"),
    )
)
_LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "$": "s",
    "@": "a",
    "!": "i",
    "|": "l",
}
_LEET_ALT = {"1": "l", "!": "l", "0": "o", "|": "i"}
_STRIP_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co", "Cn", "Mn", "Me", "Cf"})
_LAUGH_EMOJI = frozenset("\U0001f602\U0001f923\U0001f606\U0001f639\U0001f480\u2620\U0001f605")
_ALLOWED = re.compile(r"[^\w\s.,!?;:\"]")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_RUN = re.compile(r"([a-z])\1{2,}")
_FINAL_DOUBLE = re.compile(r"([a-z])\1$")
_LEET_TOKEN = re.compile(r"^[a-z$@][a-z0-9$@!*|]*[a-z0-9$@!*|]$")
_LAUGH_K = re.compile(r"\bk{3,}\b")
_NEEDS_REPAIR = re.compile(r"([a-z])\1\1|([a-z])\2\b|[a-z][0-9$@!*|][a-z0-9]|[$@][a-z]")
_SEPARATORS = re.compile(r"[-_/\\]")
_PUNCT = re.compile(r"([.,!?;:])")
_PUNCT_SPACE = re.compile(r" ([.,!?;:])")
_TONE_TAG = re.compile(r"(?:^|\s)/(?:s|j|jk|lh|hj)\b")


def _vocabulary() -> frozenset[str]:
    words: set[str] = set()
    for sig in (*rules.SIGNALS, *rules.MULTILINGUAL_SIGNALS):
        for pat in sig.patterns:
            words.update(re.findall(r"[a-z]{2,}", rules.expand(pat)))
    words.update(re.findall(r"[a-z]{2,}", " ".join(rules.IDIOM_GUARDS)))
    words.update(
        {
            "so",
            "no",
            "me",
            "my",
            "go",
            "die",
            "kill",
            "please",
            "sleep",
            "help",
            "bad",
            "hate",
            "sad",
            "done",
            "good",
            "okay",
            "safe",
            "now",
            "yes",
            "soon",
            "too",
            "tired",
            "need",
            "want",
            "really",
            "just",
            "ugh",
            "omg",
            "hurt",
            "cut",
        }
    )
    return frozenset(words)


_VOCAB = _vocabulary()


def _repair_token(tok: str) -> str:
    """Undo elongation ("diiiie") and light leetspeak ("k1ll", "s*icide") against the rules'
    vocabulary, so repairs only ever produce words the rules know; anything else is untouched."""
    if _RUN.search(tok):
        runs = list(_RUN.finditer(tok))[:4]
        best = None
        for choice in itertools.product((1, 2), repeat=len(runs)):
            out, last = [], 0
            for run, n in zip(runs, choice, strict=True):
                out.append(tok[last : run.start()] + run.group(1) * n)
                last = run.end()
            cand = "".join(out) + tok[last:]
            if cand in _VOCAB:
                best = cand
                break
        tok = best if best is not None else _RUN.sub(r"\1", tok)
    if tok not in _VOCAB and _FINAL_DOUBLE.search(tok) and tok[:-1] in _VOCAB:
        return tok[:-1]  # "diee" -> "die", "mee" -> "me"
    if tok.isalpha() or not _LEET_TOKEN.match(tok) or sum(c.isalpha() for c in tok) < 2:
        return tok
    if not any(c in _LEET or c == "*" for c in tok):
        return tok
    for table in (_LEET, {**_LEET, **_LEET_ALT}):
        base = "".join(table.get(c, c) for c in tok)
        if "*" not in base:
            if base in _VOCAB:
                return base
            continue
        stars = base.count("*")
        if stars > 3:
            break
        for vowels in itertools.product("aeiou", repeat=stars):
            cand = base
            for v in vowels:
                cand = cand.replace("*", v, 1)
            if cand in _VOCAB:
                return cand
    return tok


def _repair_raw(raw: str) -> str:
    core = raw.strip('.,!?;:"()[]{}<>~*')
    if not core or (
        core == raw and core.isalpha() and not _RUN.search(core) and not _FINAL_DOUBLE.search(core)
    ):
        return raw
    start = raw.find(core)
    return raw[:start] + _repair_token(core) + raw[start + len(core) :]


def normalise(text: str) -> str:
    """Lower-case, NFKC, accents/emoji/apostrophes removed, chat spellings expanded."""
    t = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().replace("'", "")
    if not t.isascii():
        # Accents: "não" -> "nao". NFKD splits base letters from combining marks (dropped),
        # and emoji/symbols are dropped too.
        t = "".join(
            ch
            for ch in unicodedata.normalize("NFKD", t)
            if unicodedata.category(ch) not in _STRIP_CATEGORIES
        )
    t = t.replace("\n", " . ")
    # Portuguese laughter ("kkkkk") before the repairs, which would read it as "kk" = "okay".
    t = _LAUGH_K.sub("haha", t)
    # Per-token repairs before punctuation is split off, so "k!ll" and "$uicide" survive.
    if _NEEDS_REPAIR.search(t):
        t = " ".join(_repair_raw(raw) for raw in t.split())
    t = _SEPARATORS.sub(" ", t)
    t = _ALLOWED.sub(" ", t)
    t = _PUNCT.sub(r" \1 ", t)
    t = " ".join(_SLANG.get(w, w) for w in t.split())
    for pat, rep in _PHRASES:
        t = pat.sub(rep, t)
    return _PUNCT_SPACE.sub(r"\1", t).strip()


# A quoted phrase opening the message and explained in brackets is a meme format ("'ending it
# all' (deleting duolingo after a 400 day streak)"); checked on the raw text, which still has
# the quotes and brackets.
_QUOTED_ASIDE = re.compile(
    r"""^\s*['"\u2018\u201c][^'"\u2018\u2019\u201c\u201d]{1,40}['"\u2019\u201d]\s*"""
    r"""\(\s*(?:\w+ing|aka|when|after|about|re)\b"""
)

# What a whole group says, quoted, is an observation about them, not the writer's wish ("girls
# will say 'i want to die' and then spend 45 minutes choosing a font").
_GENERIC_QUOTE = re.compile(
    r"""\b(?:girls|guys|boys|men|women|people|everyone|everybody|teens|kids|millennials|gen z|"""
    r"""students|my friends|we all|half of (?:twitter|tiktok|the internet)|my \w+|she|he)\b """
    r"""(?:\w+ ){0,2}"""
    r"""(?:say|says|said|be like|go|goes|tweet|post)\s*[:,]?\s*['"\u2018\u201c]"""
    r"""[^'"\u2018\u2019\u201c\u201d]{1,40}['"\u2019\u201d]\s*(?:and then|then|and)\b|"""
    # a quote opening the message, then discussed or captioned ("'if i should die before i
    # wake' wait why did we teach this to kids", "'i want to die' - me every time ...")
    r"""^\s*['"\u2018\u201c][^'"\u2018\u2019\u201c\u201d]{1,60}['"\u2019\u201d]\s*"""
    r"""(?:(?:wait|why|who|lol|lmao)\b|[-\u2013\u2014:]+\s*me\b)|"""
    # a song, a character or a line says it ("a track that just repeats 'I want to die in your
    # arms'", "my fav character keeps saying 'I just want to die already'")
    r"""\b(?:character|track|song|lyrics?|line|chorus|verse|villain|narrator)\b[^.!?]{0,40}"""
    r"""\b(?:says?|saying|repeats?|sings?|goes)\s*[:,]?\s*['"\u2018\u201c]|"""
    # "what is he actually singing about with 'I hurt myself today'?"
    r"""\b(?:singing|rapping|sings|sang|sing) about\b[^.!?]{0,20}['"\u2018\u201c]"""
)


def _fiction(norm: str) -> bool:
    return bool(_FICTION.search(norm)) and not _FICTION_UNMASKED.search(norm)


def _joking(norm: str, raw: str) -> bool:
    """A joke or retraction marker, unless the writer says they mean it ("kms lmao but fr")."""
    return (bool(_JOKE.search(norm)) or _raw_joke_marks(raw)) and not _SERIOUS.search(norm)


def _laugh_about_something_else(norm: str, raw: str, hit: _Hit) -> bool:
    """The only laugh is in an earlier sentence about something else: "How do you fold a fitted
    sheet lol. Small win needed today, the suicidal thoughts are loud again" (corpus zx). A
    laugh wraps what it follows or sits beside ("kms lol", "lol kms"), not what comes after a
    sentence of its own. Emoji cannot be placed in the normalised text, so they still wrap."""
    if _raw_joke_marks(raw):
        return False
    start = _last_end(_SENTENCE_END, norm, hit.start)
    if _JOKE.search(norm, start):
        return False
    laughs = list(_JOKE.finditer(norm, 0, start))
    if not laughs:
        return False
    own = norm[
        _last_end(_SENTENCE_END, norm, laughs[-1].start()) : _next_end(norm, laughs[-1].end())
    ]
    return len(_WORD.findall(own)) >= _OTHER_TOPIC_WORDS


_OTHER_TOPIC_WORDS = 5  # "haha. kms" is one joke; "how do you fold a fitted sheet lol" is not


def _raw_joke_marks(text: str) -> bool:
    """Joke marks normalisation removes: laughing emoji, tone tags, a quoted-and-explained meme."""
    return (
        any(ch in _LAUGH_EMOJI for ch in text)
        or bool(_TONE_TAG.search(text.casefold()))
        or bool(_QUOTED_ASIDE.search(text.casefold()))
    )


# ============================================================================ compiled rules
@dataclass(frozen=True)
class _Rule:
    signal: Signal
    alternatives: tuple[int, ...]  # numbers in _PATTERNS, in the signal's order
    requires: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None  # sentence-level exclusions


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(rules.expand(pattern))


# Every signal pattern, expanded, numbered once. Each is compiled the first time a message could
# match it (see prefilter): most never run for most messages, and cold start stays short.
_PATTERNS: tuple[str, ...] = tuple(
    rules.expand(p) for sig in (*rules.SIGNALS, *rules.MULTILINGUAL_SIGNALS) for p in sig.patterns
)
_INDEX = prefilter.LiteralIndex(prefilter.necessary_literals(p) for p in _PATTERNS)


@cache
def _pattern(number: int) -> re.Pattern[str]:
    return re.compile(_PATTERNS[number])


def _compile_rules() -> tuple[_Rule, ...]:
    out, number = [], 0
    for sig in (*rules.SIGNALS, *rules.MULTILINGUAL_SIGNALS):
        alternatives = tuple(range(number, number + len(sig.patterns)))
        number += len(sig.patterns)
        unless = _compile("|".join(f"(?:{u})" for u in sig.unless)) if sig.unless else None
        out.append(_Rule(sig, alternatives, tuple(_compile(r) for r in sig.requires), unless))
    return tuple(out)


_RULES = _compile_rules()
_PERSON_MENTION = re.compile(rf"\b(?:{rules.MACROS['PERSON']}|he|she|hes|shes)\b")
_IDIOMS = re.compile("|".join(f"(?:{rules.expand(p)})" for p in rules.IDIOM_GUARDS))
_JOKE = re.compile(rules.JOKE_MARKERS)
_SERIOUS = re.compile(rules.SERIOUS_MARKERS)
_FICTION = re.compile(rules.FICTION_FRAMES)
_FICTION_UNMASKED = re.compile(rules.FICTION_UNMASKED)
_NEWS = re.compile(rules.NEWS_FRAMES)
_NEG = re.compile(rules.NEGATION_CUES)
_NEG_EXC = re.compile(rules.NEGATION_EXCEPTIONS)
_PAST = re.compile(rules.PAST_MARKERS)
_PAST_AFTER = re.compile(
    # "I didn't want to live then" (sentence-final "then")
    r"^\W*(?:\w+ ){0,6}?(?:years? ago|months ago|in the past|back then|then(?=\W*(?:$|[.!?,]))|"
    r"last (?:year|summer|spring|winter|autumn|fall)\b(?= but\b)|"
    r"at (?:her|his|their|your|that|a (?:young|younger)) age\b|"
    r"back in|when i was|as a "
    r"(?:kid|teen|teenager|child)|in high school|in (?:19|20)\d\d|before i (?:joined|got|met|"
    r"enlisted)|growing up|long ago|a long time ago|once|twice|"
    # "I've felt this before", not "deal with her before morning" (a time still ahead)
    r"before(?! (?:morning|tonight|tomorrow|dawn|midnight|sunrise|bedtime|lunch|dinner|the (?:"
    r"morning|weekend|night)|he|she|they|it|i|my|her|his|their|anyone|someone|everyone)\b))\b"
)
_LONG_AGO = re.compile(
    r"\b(?:years? ago|(?:a|one|two|three) decades? ago|decades ago|back in|in (?:19|20)\d\d|"
    r"at (?:1\d|[2-9]\d)(?= i\b)|when i was (?:\d+|a|younger|in)|as a (?:kid|teen|"
    r"teenager|child)|in (?:high school|college|my (?:teens|twenties))|growing up|long ago|"
    r"in the (?:19|20)\d0s|(?:between|from) (?:19\d\d|200\d|201\d|202[0-3])|"
    r"(?:19\d\d|200\d|201\d|202[0-3]))\b"
)
_LAST_YEAR = re.compile(r"\b(?:last year|this time last year|a year ago)\b")
_INTENT = re.compile(rules.INTENT_MARKERS)
_FOREIGN_INTENT = re.compile(rules.FOREIGN_INTENT_MARKERS)
# Recovery told by the life lived since ("ten years ago I tried to end my life. Now I teach
# kindergarten"): a present-life statement after a long-ago past, with nothing saying it is back.
_SINCE_THEN = re.compile(
    _LONG_AGO.pattern
    + r"|\b(?:(?:in|at) (?:uni|university|college)|in my (?:thirties|\d0s)|"
    r"through (?:most of )?(?:college|uni|high school|my (?:teens|twenties))|"
    r"at (?:1\d|[2-8]\d)\b(?! ?(?:am|pm|oclock|:|minutes|mins|"
    r"seconds|km|miles|percent))|(?:as a|in my) (?:teenager|teens|twenties|thirties)|(?:\d+|two|"
    r"three|four|five|six|seven|eight|nine|ten|many) years since|used to|my old self|the old me|"
    r"(?:younger|past|teenage) me|after my (?:suicide )?(?:attempt|overdose)|back then|"
    r"(?:a few|some|many|several) years (?:back|ago)|(?:its|it s|it has) been (?:\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|many|several) years|freshman year|"
    r"in (?:\d+th|\d+st) grade|"
    r"from (?:age )?\d+ (?:to|until|till) \d+|through my (?:teens|twenties|thirties)|while inside|"
    r"in prison|with my first (?:baby|child|pregnancy)|before (?:he|she|they) (?:was|were) born|"
    r"(?:during|with|after) my (?:postpartum|postnatal|post natal|perinatal) (?:depression|psychosi"
    r"s|"
    r"anxiety|period|year)|"
    r"(?:in )?my first year (?:of|at) (?:uni|university|college)|"
    r"(?:that|this) was (?:a decade|\w+ years|years|decades) ago|"
    r"(?:that|this) was (?:back )?(?:in )?(?:19\d\d|200\d|201\d|"
    r"202[0-3])|(?:\w+ )?years on|(?:19\d\d|200\d|201\d|202[0-3]))\b"
)
_NOW_LIFE = re.compile(
    r"\b(?:now|today|these days|nowadays|this (?:morning|week|year|summer)|in my (?:forties|fift"
    r"ies|sixties|seventies|\d0s)) (?:i|im|i am|ive|my|we)\b|\b(?:im|i am) now (?:a|an|married|m"
    r"entor\w*)\b|\bbecame an?\b|\b(?:have|got) my own (?:place|flat|home|apartment|business|res"
    r"taurant)\b|\bthriving\b|\b(?:now|today) (?:at \d+ )?(?:im|i am)\b|\b(?:im|i am) (?:a|an) ["
    r"a-z]+ (?:now|with my own)\b|\b(?:im|i am) (?:\d+ now|a (?:senior|junior|graduate|grandmoth"
    r"er|grandfather)(?: now)?)\b(?=[^|]*\b(?:happ\w+|good|well|life|work|job|married|partner|ki"
    r"ds|children|grand\w+|career|business|stable|friends|study\w*|college|uni|volunteer\w*|"
    r"mentor\w*)\b)|\b(?:ive|i ha"
    r"ve) (?:been|stayed) (?:out|clean|sober|stable|well|free|bet free)\b|\bive had a (?:full|go"
    r"od|happy|long)\b|\b(?:i )?rebuilt\b|\bsince release\b|\b(?:im|i am) \d+ now,"
    r"? and (?:(?!struggl|hurt|cut|drink|think|fail|relaps|using|spiral|sink|dying|crying|hiding"
    r"|losing)\w+ing\b|happy|married|retired|a (?:mum|mom|dad|grand\w+|teacher|nurse))|\b(?:im|i"
    r" am) (?:getting married|engaged|expecting|pregnant|graduating)\b|\bfinished my degree\b|\b"
    r"(?:hoy|ahora) tengo\b|\bheute (?:habe|bin) ich\b|\baujourd hui (?:j ai|je suis)\b|\bhoje ("
    r"?:tenho|sou)\b|\b(?:i )?work as an? [a-z]+\b|\b(?:im|i am) (?:happily )?married\b|"
    r"\b(?:ive|i have) got (?:a|my) (?:job|flat|place|partner|dog|cat|terrier|kid|little)\b|"
    r"\b(?:ive|i have) got (?:two|three|four|five|\d+) (?:kids|children|grandkids|grandchildren)\b|"
    r"\b(?:hoy|ahora) me case\b|\bhoje me casei\b|\bheute habe ich geheiratet\b|"
    r"\b(?:im|i am) \d+ and (?:genuinely |truly |really |actually )?(?:happy|"
    r"content|thriving|doing (?:well|great))\b|"
    # a present life with a purpose the past now serves: a memoir, an application, a job in
    # care ("I attempted at 17. I'm 35 now. Want to write a memoir about it")
    r"\b(?:want|wanting|going|planning|trying) to write (?:a |my )?(?:memoir|book|blog|talk)\b|"
    r"\b(?:personal statement|background checks?|applying (?:to|for) (?:the )?(?:police|army|"
    r"navy|nursing|med school|medicine|university|uni|college|jobs?))\b|"
    r"\b(?:wrapping up|finishing|ending) (?:our |my )?(?:sessions|therapy)\b|"
    r"\b(?:im|i am) (?:a|an) (?:paramedic|nurse|doctor|teacher|peer (?:support )?worker|social "
    r"worker|youth worker|police officer|firefighter|counsell?or|psychologist|mentor|coach)\b|"
    r"\b(?:im|i am) \d+\W+progress\b|\bglad of it\b|"
    r"\b(?:that|it|this) was (?:just |only )?(?:the|my) (?:depression|illness|anxiety|ptsd|trauma|"
    r"grief|addiction|postpartum|eating disorder|bipolar|psychosis) talking\b|"
    r"\b(?:we are|were|we re) (?:both |all )?(?:thriving|happy|doing (?:well|great|fine))\b|"
    # twenty-sixth pass (FRESH25): "survived my attempt in uni. now married with a baby"
    r"\bnow (?:happily )?married\b|\bnow (?:a )?(?:mum|mom|dad|father|mother|parent) of\b|"
    # a grandchild born since ("back then I thought my family would be better off without me
    # ... my daughter just had her first baby")
    r"\b(?:(?:im|i am) holding|i held|i met) my (?:first )?(?:grandson|granddaughter|grandbaby|"
    r"grandchild)\b|\bmy (?:daughter|son) (?:just )?had (?:her|his|their) (?:first )?(?:baby|"
    r"child)\b"
)
_BACK_AGAIN = re.compile(
    r"\b(?:(?:thoughts|urges?|it|they|feelings?)(?: are| is| have| has)? (?:come |coming )?back|"
    r"on and off|ever since|since then|now i mean it|i mean it now|(?:ive|i have) been planning "
    r"(?:it|this)|"
    r"(?:hes|shes|he is|she is) back|(?:cut|cutting|attempted|tried|did it|doing it|thinking abo"
    r"ut it|want to die|wanted to die|suicidal) again|same way|coming back|came back|is back|are"
    r" back|(?:its|it s|theyre|they re) back|relaps\w*(?! (?:\w+ ){0,3}(?:(?:years?|months?) ago|la"
    r"st year)|"
    r"[^.!?]{0,30}\bbut not since\b)|"
    r"returned|lately|these (?:past|last) (?:days|weeks)|"
    # "still" only when what is still there is the risk ("I still think about it"), not the
    # care that keeps someone well ("I still see my psychiatrist", "I still have bad days")
    # ... and not the person who helped ("a stranger talked me down. I still think about him")
    r"still (?:think\w*(?! (?:about|of) (?:him|her|them|that (?:man|woman|stranger|day|nurse)))|"
    r"want\w*|get (?:the )?(?:urges?|thoughts)|have (?:the )?(?:urges?|"
    r"thoughts)|feel (?:like|that way|suicidal)|suicidal|struggl\w*|cut\w*|self harm\w*|wish\w*|"
    r"plan\w*|do it|hurt\w*))\b"
)
_RECENT = re.compile(rules.expand(rules.HISTORY_RECENCY))
# A recency word that opens the present told as well ("last year i was suicidal and today im
# genuinely happy"): it dates the recovery, not the past.
_TODAY_WELL = re.compile(
    r"\b(?:today|tonight|this (?:morning|week|month)|these days|now)\W+(?:and )?(?=(?:im|i am|"
    r"i feel|ive been|i have been) (?:\w+ )?(?:happy|well|better|good|great|okay|ok|fine|safe|"
    r"stable|grateful|content|excited|thriving|proud)\b)|"
    # "... wore short sleeves to work today and nobody cared" (twenty-seventh pass, FRESH30)
    r"\b(?:today|this (?:morning|week))\b(?=[^.!?]{0,20}\b(?:nobody|no one|noone) (?:cared|noticed|"
    r"said anything|stared)\b)"
)


def _recent(sentence: str) -> bool:
    return bool(_RECENT.search(_TODAY_WELL.sub(" ", sentence)))
_SENTENCE_END = re.compile(r"[.!?;]")
_CLAUSE_END = re.compile(
    r"[.!?;,:]|\b(?:but|though|although|however|yet|because|cause|and|so|then)\b|"
    # "i dont want to kill myself i just want to stop existing": the denial ends where the
    # writer starts over without a comma
    r"\bi just\b"
)
_WORD = re.compile(r"[a-z0-9]+")
# "is it selfish / wrong / bad / okay / normal if I ..." asks leave or reassurance about
# something meant, and "sorry if I take a while to reply" apologises: neither supposes (used by
# _IF_BEFORE and _HYPOTHETICAL)
_ASKS_LEAVE = r"(?<!selfish )(?<!wrong )(?<!bad )(?<!okay )(?<!ok )(?<!normal )(?<!sorry )"
_IF_BEFORE = re.compile(rf"\b(?:{_ASKS_LEAVE}if|what if|whether|imagine|suppose)\s*$")
_IF_SENTENCE = re.compile(r"\b(?:if|unless|otherwise)\b")
# "my therapist asked if I've ever been suicidal": a question reported, not a disclosure.
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|asks|ask|asking|wondered|wonders|wondering|questioned) (?:me |us |you |(?:my|"
    r"our|her|his|the) \w+ (?:\w+ ){0,2})?(?:if|whether)\b|\b(?:word|phrase|ask|raise) (?:a |the "
    r")?questions? about\b|\bask(?:ing)? (?:a |my |our |the |new )?(?:\w+ )?(?:patients?|clients?|"
    r"students?|residents?|mums|moms|mothers|parents|people|users|teens?|teenagers?|kids?|"
    r"child(?:ren)?|adolescents?|young people|youth|pupils?|veterans|members|callers|texters)"
    r"(?: directly)? about\b|"
    r"\b(?:best way|how) to ask (?:a |my )?(?:friend|someone|somebody|person|patient|student|"
    r"client|partner|colleague) (?:directly )?(?:if|whether|about)\b|"
    # terms compared ("for my psych class: whats the difference between suicidal ideation and
    # self-harm?"), to the end of the comparison: "..., because i want to die" is the writer's
    r"\b(?:whats|what is|what s|explain|explaining) the difference between\b(?:(?!\b(?:because|"
    r"cause|cos|coz|since|but|i|im|me|my|myself)\b)[^,;:])*$"
)
_FIRST_IN_QUESTION = re.compile(
    r"\b(?:(?:do|would|will|should|can|could|must|might) i|i (?:need|would|will|should)|for me|"
    r"kill me|i die|myself|me to|wake up|painless|painlessly|\d+ ?(?:kg|kgs|kilos|lbs|pounds)|"
    r"someone (?:my|like me)|my (?:size|weight))\b"
)
# Dwelling on an unnamed "it" beside a means at hand ("my dad's gun ... been thinking about it").
_RUMINATION = re.compile(
    r"\b(?:(?:been |keep |cant stop )?thinking about (?:it|using it|doing it|that)(?= *(?:$|[.!?,]|"
    r"a lot|all the time|constantly|every day|again|lately|more|so much|this week))|tempted\b|"
    r"keep looking at (?:it|them)|(?:its|theyre) calling (?:to )?me)"
)
# Said together with a past attempt or past ideation, these tell of recovery, not a crisis now.
# The past told as far behind ("feels like a different person now", "those nights feel very far
# away"): the "now" in such a sentence is the distance, not the risk.
_DISTANCED_WORDS = (
    r"(?:feels?|seems?|felt) (?:like )?(?:a |an )?(?:different person|another (?:person|life|"
    r"lifetime)|a lifetime ago|(?:so |very |really )?(?:far away|long ago|distant))(?: now)?"
)
_DISTANCED = re.compile(rf"\b(?:{_DISTANCED_WORDS})\b")
_RECOVERED = re.compile(
    r"\b(?:(?:im|i am|been) (?:genuinely |really |actually )?(?:\d+ now and )?doing (?:well|better|"
    r"great|good|(?:so |very |a lot |way )?much better|a lot better|way better|ok|okay|alright)|"
    r"(?:thats|that is|that s) not (?:me|who i am) (?:anymore|any more)|"
    # gratitude to the people who helped, the self of today, a story told to help others
    r"(?:wish i could|want to|like to|id love to) thank (?:her|him|them|the \w+)|who i am now|"
    r"the (?:woman|man|person) i am(?: now| today)?\b|havent (?:touched|used|had|taken) "
    r"(?:anything|a drink|a drop|drugs|it) since|staying well\W+and i am\b|now (?:\w+ ){0,5}(?:i am"
    r"|"
    r"im) (?:well|better|happy|okay|ok|fine)\b(?! (?:at|with) )|my (?:podcast|blog|talk|book|memoir"
    r"|"
    r"documentary|article|essay) (?:post |video |ep\w* |episode )?about my (?:attempt|story|past|re"
    r"covery)|(?:an"
    r"d|but) (?:im )?doing ("
    r"?:ok|okay|well|fine)|"
    r"(?:like|love|enjoy) my life|(?:im|i am) happy now|in a (?:good|better) place now|"
    # "felt peace, not pull", "we joke about the lockbox now", a talk "to give people hope"
    r"felt peace|(?:with|had) my (?:therapists|counsellors|counselors|doctors) (?:blessing|"
    r"support)|now and (?:genuinely |really |truly )?(?:content|happy|at peace)\b|"
    r"we (?:can )?(?:joke|laugh) about (?:it|the \w+) now|give (?:people|others|someone) hope|"
    r"survivors? (?:group|network|circle)|"
    # "now I'm back at work and doing really well", "that feeling is gone now", "not anymore"
    r"(?:and|but|now|im|i am) (?:(?:back at work|back at school|\w+) and )?doing (?:really |so "
    r"|genuinely |pretty )(?:well|good|great)|(?:that|the) (?:feeling|feelings|thoughts?|urges?) "
    r"(?:is|are|has|have) (?:\w+ )?(?:gone|passed|left)|(?:die|dead|suicidal|myself|harm|cutting|"
    r"that way|like that)\W+(?:but |and )?(?:\w+\W+)?not anymore\b|"
    r"(?:im|i am) in (?:a|such a) (?:much |way |far )?(?:good|better) place\b(?! than)|"
    r"(?:im|i am) (?:\d+ and )?(?:happy|well|doing well) now|(?:speaking|speak|talk|talking) "
    r"(?:at|to) (?:\w+ ){0,3}(?:school|schools|event|conference|students|class)|"
    # the survivors' symbol ("got my semicolon tattoo, 3 years since"), thanks, advocacy
    r"semicolon tattoo|closer than ever|got me through|(?:asking )?as a survivor|glad i was wrong|"
    r"proud of (?:her|him|them|that (?:kid|girl|boy)) for making it|in a good way|as someone who "
    r"survived|(?:its|it is|thats|that is) (?:all )?in the past|"
    r"(?:im|i am) (?:(?!not\b)\w+ )?(?:happy|grateful|content|thriving)(?: now)?|"
    r"so glad i (?:failed|made it|lived|survived|stayed)|glad i (?:failed|made it)|"
    r"still here,? still glad|(?:she|he|i) made it\b|\bgrowth\b|"
    r"(?:urges?|thoughts?) (?:\w+ ){0,4}(?:are|is) (?:gone|over|behind me)|normal sad|"
    r"havent (?:cut|hurt myself|self harmed|relapsed) (?:since|in)|best day of|"
    r"(?:ran|finished|completed|did) (?:a|my first|the) (?:10k|5k|marathon|half marathon)|"
    r"(?:open|honest) about it|doing my (?:degree|masters|phd)|proud it passed|"
    r"(?:look at|thats|that is|this is) me now|(?:^|[.!?] *)me now\b|"
    r"mental health (?:week|day|month|awareness)|(?:this year|these days) (?:im|i am) (?:writing|"
    r"planning|getting|celebrating|studying|working)|"
    r"helped (?:with|in) (?:my )?recovery|"
    r"proud of (?:me|myself)|glad (?:i survived|to be alive|im alive|im still here)|"
    r"grateful (?:to be alive|im alive|to be here)|"
    # ... said by the writer, not what others think of them ("everyone thinks I'm fine now")
    r"(?<!thinks )(?<!think )(?<!says )(?<!assume )(?<!assumes )(?<!believes )"
    r"(?:im|i am) (?:stable|safe|okay|ok|better|good|fine|well|doing good) now|"
    r"got (?:\w+ )?help|(?:been|stayed) (?:well|stable) (?:for|since|ever since)|been well since|"
    r"life is (?:really |so |pretty )?good|"
    r"life is \w+ (?:and|but) (?:good|great|beautiful)\b|happier than (?:i )?ever|"
    r"the darkness (?:did )?lift\w*|"
    r"(?:im|i am) not in that place anymore|(?:thank|thanked) god every day|second birthday|"
    r"(?:genuinely |really )?look forward to things|want to be here for it|(?:had|have) a happy "
    r"life since|(?:grateful|thankful) every day|"
    # sixth pass: recovery told in other words ("now 30, safe and stable", "I tell my story at
    # schools now", "hoy estoy bien")
    r"(?<!not )(?<!nt )(?<!was )(?<!were )(?:doing (?:well|great|so much better)|safe and stable|"
    r"stable and safe)|happily married|(?:wouldnt|would not) trade (?:a single day|it|this)|"
    r"(?:tell|share) my story|alive day|feeling grateful|"
    r"(?:i )?volunteer (?:at|with|for) (?:a|the) crisis|(?:hoy|ahora) (?:estoy bien|soy feliz)|"
    r"geht es mir (?:gut|besser)|je vais bien|"
    r"(?:hoje|agora) estou bem|\d+ (?:years?|yrs) (?:stable|clean|well|safe)|"
    r"(?:im|i am|and) (?:\d+ and )?content|(?:how i|and i|i have|ive) recovered|"
    r"doing (?:heaps|loads|tons|way|a lot|so much|much) better\b|"
    r"(?:was|became) the (?:start|beginning) of (?:everything|my (?:new )?life|a new life|"
    r"something (?:good|better))\b|"
    r"(?:got|made it|came) through it|it passes|(?:hoy|ahora) estoy (?:bien|feliz)|"
    r"volunteer with a (?:\w+ )?(?:prevention|crisis|suicide)|"
    r"(?:married|a (?:dad|mum|mom|father|mother|grandma|grandpa)) now|"
    r"(?:so )?glad i (?:stayed|held on|didnt|did not|am still here|survived)|"
    r"it gets better(?!\W{0,3}(?:it hasnt|it doesnt|it didnt|it never|not for me))|"
    r"(?:im|i am) (?:alive|here),? (?:and )?(?:happy|(?:\w+ )?(?:glad|grateful))|"
    # twenty-sixth pass (FRESH24): a milestone reached today ("last year I was suicidal and in
    # hospital. Today I got engaged")
    r"\b(?:today|this (?:week|month|year)) i (?:got (?:engaged|married|my degree|my (?:licen[cs]e|"
    r"diploma)|promoted|into (?:uni|university|college|nursing|med school))|graduated|had (?:a|"
    r"my|our) (?:baby|son|daughter))\b|"
    r"(?:grateful|thankful) for (?:where i am|my life|"
    r"the life i have|every day)|(?:therapy|treatment|medication|dbt|cbt|rehab) (?:helped|saved|"
    r"worked|changed)|celebrat\w* (?:being alive|life|my life|still being here)|"
    r"(?:i have|ive got|i got) so much "
    r"(?:now|to live for)|(?:its|it is) just a (?:bridge|place|road|building|car park) now|"
    r"proud of (?:her|him|that (?:girl|boy|kid)|my younger self|the old me) for (?:hanging on|"
    r"holding on|surviving|staying)|"
    # eighth pass: "therapy and the right meds changed that", "just wanted to share some hope",
    # "the nights I wanted to die feel very far away", "a great support network"
    r"(?:therapy|treatment|medication|meds|dbt|cbt|rehab)\b[^.!?]{0,30}\b(?:helped|saved|"
    r"(?:actually |really )?worked|works|changed (?:that|it|things|everything|my life))|"
    r"(?:im |i am )?not that (?:person|girl|guy|kid) anymore|"
    r"(?:share|give|offer|spread) (?:some |a little )?hope|"
    r"(?:have|got|ive got|built) (?:a )?(?:great|good|strong|solid) support (?:network|system)|"
    r"how far (?:i|ive|i have) come|turned (?:it|things|my life) (?:a)?round|"
    r"(?:but|and) im (?:okay|ok|alright|fine|well)(?! (?:i guess|i think|ish))|(?:ive|"
    r"i have) worked "
    r"through (?:most of )?(?:it|that)|"
    # twelfth pass (corpus zp): "glad I'm here", "glad it didn't work", "best decision I ever
    # made", "now I see how wrong that was", "now I volunteer on a peer support line"
    r"glad (?:im|i am) (?:still )?here|glad it (?:didnt|did not) work|best decision (?:i|ive) "
    r"ever made|how wrong (?:that|i) was|volunteer (?:at|with|for|on) (?:a|the) (?:\w+ ){0,2}"
    r"(?:crisis|prevention|suicide|support|peer|help) ?(?:line|group|center|centre)?|"
    r"there was a time (?:when )?i\b[^.!?]*\bnow i|"
    # thirteenth pass (FRESH11, corpus zq): "it's part of my story", "feels like reading about
    # someone else", "writing a memoir about recovery"
    r"part of my story|like reading (?:about )?someone else|(?:writing|wrote|published) "
    r"(?:a |my )?(?:memoir|book|blog) about (?:my )?recovery|(?:that|the) (?:feeling|feelings|"
    r"thought|thoughts|urge|urges)(?: is| s| are)? (?:gone|over|behind me)|"
    # fourteenth pass (FRESH12): "I wouldn't be here without my therapist. Grateful today",
    # "one year clean from pills today ... feeling strong"
    r"(?:wouldnt|would not) be here (?:today )?without (?:my|the|her|him)\b|grateful today|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a) (?:years?|months?) clean|"
    r"feeling strong|(?<!dont )(?<!do not )(?<!nt )i want to be here\b(?! anymore)|"
    # fifteenth pass (FRESH13): "haven't had those thoughts in a long time", "wanted to hug
    # that kid" (one's younger self)
    r"(?:havent|have not|hasnt) had (?:those|the|any|suicidal) thoughts (?:in|for) (?:a long "
    r"time|ages|years|months)|hug (?:that|the|my younger) (?:kid|girl|boy|me)|"
    # sixteenth pass (FRESH14): "surviving it was the start of me actually getting help",
    # "took a photo. felt proud, not sad"
    r"(?:was|became|marked) the (?:start|beginning) of (?:me )?(?:actually |finally |really )?"
    r"(?:getting (?:help|better|well)|my recovery|recovering|healing)|"
    r"(?:felt|feel|feeling) proud,? not (?:sad|scared|ashamed)|"
    # seventeenth pass (FRESH15): "we talk about it openly now and it's brought us closer"
    # ("I'm alive and honestly glad about it" joined "I'm alive and happy" above)
    r"brought us closer|"
    r"talk about it (?:openly|now)|"
    # eighteenth pass (FRESH16): "threw my old blades in the bin today. don't need them anymore"
    r"(?:threw|thrown|binned|got rid of|throwing) (?:away |out )?(?:my |the |all my )?(?:old )?"
    r"(?:blades|razors)\b[^|]{0,40}\b(?:dont need them|anymore|for good)|"
    # ... and from corpus zs: "haven't in ages", "I'm good now", "laughing again", "new me",
    # "it got better", "relapsed once ... but not since", "the urges don't really come anymore"
    r"(?:havent|have not) (?:in|for) (?:ages|years|a long time|months|a while)|"
    r"(?:im|i am|and|now) (?:\w+ )?(?:laughing|smiling) again|(?:the )?new me|"
    r"(?:it|things|life) got better|but not since|"
    r"(?:urges?|thoughts?) (?:dont|do not|rarely|never|barely|hardly) (?:really |ever )?come "
    r"(?:anymore|any more)|"
    # corpus zt: "anniversary of my attempt, I bake a cake every year to mark it"
    r"(?:every|each) year to (?:mark|celebrate|remember) it|"
    # nineteenth pass (FRESH17): "I've been doing really well since", "still doing outpatient
    # and feeling steady", "my therapist wants me to write about the time I was suicidal"
    r"(?:im|i am|been|ive been) doing (?:really |so |very |pretty )(?:well|good|great|ok|okay)|"
    r"feeling (?:steady|stable|settled|solid)(?! (?:enough|about))|"
    r"(?:therapist|counsell?or|psychologist|psychiatrist|care team) (?:wants|asked|suggested|told|"
    r"encouraged) me to (?:write|talk|journal|reflect) about (?:the time|when|my (?:past|history|"
    r"old|teens|teenage|younger|childhood))|"
    # twenty-seventh pass (FRESH28): "I used to wish I wouldn't wake up. Haven't felt that in
    # months", "I used to think about suicide but not anymore", "went back to the bridge where I
    # nearly jumped 5 years ago ... cried, but good tears"
    r"(?:havent|have not) (?:felt|thought|had|wanted) (?:that|it|those|this|like that)(?: way)? "
    r"(?:in|for) (?:ages|years|a long time|months|a while|\w+ (?:months|years))|"
    r"used to\b[^.!?|]{0,60}\b(?:suicide|kill myself|die|dead|wake up|end it)\b[^.!?|]{0,20}"
    r"\bbut not (?:anymore|any more|these days|now)|(?:but )?(?:good|happy) tears|"
    # ... and FRESH30: scars shown ("wore short sleeves to work today and nobody cared")
    # ... and FRESH31: "I came in wanting to die and I'm leaving wanting to live"; telling a new
    # partner about an attempt years ago
    r"(?:leaving|now|and now) (?:im |i am )?(?:wanting|want) to live|how (?:do|should|can) i tell "
    r"(?:my|a) (?:new )?(?:partner|boyfriend|girlfriend|husband|wife|date|friends?|boss|employer) "
    r"about my\b|"
    r"(?:wore|wearing|wear|in) (?:short sleeves|a t ?shirt|shorts|a vest)\b[^.!?]{0,40}\b(?:nobody|"
    r"no one|noone) (?:cared|noticed|said anything|stared)|"
    # ... and from corpora zy-zzb: "just wanted to say i'm still here and better", "now ok
    # already", "writing poetry about surviving", "last year I didn't think I'd be around for it"
    r"(?:im|i am) (?:still )?here and (?:better|doing better|ok|okay|good|well|happy)|"
    r"now (?:im |i am )?(?:ok|okay|fine|better|good) (?:already|liao|lah)|"
    r"(?:poetry|poems?|songs?|a book|my blog|a blog) about (?:surviving|survival|recovery|getting "
    r"better)|(?:last year|a year ago|back then) i (?:didnt|did not) think (?:id|i would) (?:be "
    r"(?:around|here|alive)|make it)|"
    + _DISTANCED_WORDS
    + r")\b"
)
# Years ago, in the other languages the screen reads: their first-person phrases carry no tense
# the English past detection can see ("hace 15 años intenté quitarme la vida").
_FOREIGN_YEARS_AGO = re.compile(
    r"\b(?:hace (?:mas de )?\w+ anos?|vor (?:mehr als |uber )?\w+ jahren?|il y a (?:plus de )?"
    r"\w+ ans?|ha (?:mais de )?\w+ anos?|\w+ anni fa|\w+ jaar geleden)\b"
)


# "Ich habe mich früher geritzt": formerly, in the languages whose phrases carry no English tense
_FOREIGN_PAST = re.compile(
    r"\b(?:fruher|frueher|antes|autrefois|dans le passe|prima|in passato|vroeger|em tempos)\b"
)


def _sentence(norm: str, h: _Hit) -> str:
    return norm[_last_end(_SENTENCE_END, norm, h.start) : _next_end(norm, h.end)]


# "again" says it is back ("now I feel that way again"), unless it is life that came back
# ("she's playing with our son again", "laughing again").
_AGAIN = re.compile(r"((?:\w+ ){0,4})again\b")
_AGAIN_GOOD = re.compile(
    r"\b(?:laugh\w*|smil\w*|play\w*|work\w*|driv\w*|dat\w*|eat\w*|sleep\w*|enjoy\w*|happy|"
    r"trust\w*|hop\w*|liv\w*|breath\w*|run\w*|paint\w*|sing\w*|danc\w*|travel\w*|out|friends|"
    r"school|college|training|himself|herself|myself|normal|whole|alive|over and)\b"
)


def _back_again(norm: str) -> bool:
    if _BACK_AGAIN.search(norm):
        return True
    return any(not _AGAIN_GOOD.search(m.group(1)) for m in _AGAIN.finditer(norm))


_NOW_IN_SENTENCE = re.compile(r"\b(?:now|currently|these days|lately|still|again|anymore)\b")
# "my son's 3 now", "I'm 40 now": an age told now is the time passed since, not the risk now
_AGE_NOW = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: years old)? "
    r"now\b"
)


def _past_framed(sentence: str, category: RiskCategory) -> bool:
    """The risk is told in a past sentence. Self-harm and abuse are told in plain past tense
    ("my ex hit me many times"); a suicide or an overdose needs a long-ago marker in the
    sentence itself, so "I used to joke, but now I'm thinking about suicide" stays current."""
    if _recent(sentence):
        return False
    if _DISTANCED.search(sentence):
        return True
    if _NOW_IN_SENTENCE.search(_AGE_NOW.sub(" ", sentence)):
        return False
    if category in (RiskCategory.SELF_HARM, RiskCategory.ABUSE):
        return True
    return bool(_SINCE_THEN.search(sentence) or _FOREIGN_YEARS_AGO.search(sentence))


def _told_as_recovered(norm: str) -> bool:
    """Only the since-then form of recovery (a long-ago past and a present life), not the bare
    phrases: "he hits me but I'm doing ok" must not read as abuse left behind."""
    return (
        bool(_SINCE_THEN.search(norm) or _FOREIGN_YEARS_AGO.search(norm))
        and bool(_NOW_LIFE.search(norm))
        and not _back_again(norm)
        and not _NOW_UNDERSTOOD.search(norm)
    )


# "Father did it this way in 1982 and now I understand him": the present is the writer
# following the past, not a life since it (twenty-seventh pass, corpus zz)
_NOW_UNDERSTOOD = re.compile(r"\bnow i (?:understand|get) (?:him|her|them|why (?:he|she|they))\b")


class _Recovery:
    """Whether a message tells a past attempt, ideation, self-harm or abuse with recovery: in
    words ("I'm doing well now") or by the life lived since a long-ago past ("at 19 ... now I
    teach"), and nothing says it is back. Worked out at most once per message: several hits of
    one message ask, each over the whole text."""

    def __init__(self, norm: str) -> None:
        self._norm = norm

    @cached_property
    def told_since(self) -> bool:  # a long-ago past and the life since
        return _told_as_recovered(self._norm)

    @cached_property
    def any(self) -> bool:  # ... or recovery said in words ("I'm doing well now")
        return bool(_RECOVERED.search(self._norm)) or self.told_since


# "ten years ago tonight I was in hospital": an anniversary, not a recent event
_ANNIVERSARY = re.compile(
    # telling someone about the past tonight is not behaviour tonight
    r"\b(?:told|tell|telling) (?:my |a )?(?:new )?\w+ about my (?:history|past|(?:suicide )?"
    r"attempt|self harm)\b|"
    # "saw my scars in the mirror today and felt proud": seeing them is not cutting today
    r"\b(?:saw|see|seeing|looked at|noticed|showed|covered) my (?:old )?scars\b|"
    r"\b(?:years?|decades?) ago (?:today|tonight|this (?:week|month))\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|decades?) (?:since|"
    r"after)\b|"
    r"\banniversary of my (?:attempt|overdose)\b|"
    r"\b(?:today|tonight) (?:is|marks) (?:\w+ )?(?:years?|decades?) since\b|"
    # "I'd never want to be alive again" is the old thought itself, not a recency word
    r"\bnever (?:want|wanted) to (?:\w+ ){0,3}again\b|"
    # the life lived now, set against a long-ago past ("ten years ago I had the gun in my
    # mouth, today I coach my daughter's softball team"): not a recency word
    r"\b(?:years?|decades?) ago\b[^.!?]*\b(?:today|these days|now) i (?!(?:tried|took|cut|did|"
    r"want|wanted|feel|felt|thought|relapsed|overdosed|attempted|hurt|am thinking|m thinking)\b)"
    r"[a-z]+"
)
# Used the safety plan and the urge passed: a check-in, not the card (with a clean streak).
# An urge that passed or was resisted (counts without a clean streak too; see _decide)
_URGE_PASSED = re.compile(
    r"\b(?:urge|it) (?:passed|went away|faded)\b|\bresisted\b|\bdidnt act on it\b|"
    # "had an urge yesterday but i used my skills, held ice, called my sister"
    r"\bbut (?:i )?(?:used|tried|did|followed) (?:my |some |the )?(?:dbt |coping |tipp |"
    r"grounding )?(?:skills|safety plan|coping plan|distraction list)\b|"
    r"\bwhen they (?:do|come)\b[^.!?]{0,40}\b(?:they|it) pass(?:es)?\b|"
    # "the urge to cut used to hit me daily. now its rare and when it does i hold ice and call
    # my sister": rarer now, and met with coping
    r"\bnow (?:its|it s|they are|theyre) (?:rare|rarer|less often|much less)\b[^.!?]{0,40}\bwhen "
    r"(?:it|they) (?:does|do|comes?|hits?|shows? up|happens?|starts?)\b"
)
# ... and, with a clean streak, the coping that was used
_RESISTED = re.compile(
    _URGE_PASSED.pattern + r"|\bknow what to do with (?:it|them)\b|\bhandled it\b|"
    r"\b(?:distraction|coping) (?:list|skills|plan)\b|\bsafety plan\b"
)
# A trivial condition in an if-sentence ("if this wifi drops again", "if I have to sit through
# one more review deck"). Serious conditions (a partner leaving, a result, a diagnosis) are not
# listed and keep their tier.
_TRIVIAL_IF = re.compile(
    r"\bif\b[^.!?]{0,60}\b(?:song|songs|wifi|wi fi|internet|dj|playlist|macarena|karaoke|meeting|"
    r"meetings|deck|slides|powerpoint|spreadsheet|email|emails|reply all|ads?|autocorrect|printer|"
    r"traffic|queue|commercials?|episode|spoilers?|group chat|zoom|podcast|tiktok|alarm|baby shark|"
    r"emoji|buffering|lag|update|microwave|leaf blower|jingle|christmas music|small talk|"
    r"icebreaker|team building|standup|stand up|sales pitch|quarterly|review deck|one more "
    r"(?:person|time|question|comment)|anyone else asks|(?:someone|anybody|anyone) asks|salad|"
    r"salads|leftovers|meal prep|pizza|"
    # a team losing ("if Arsenal bottle it again tonight I'm walking into the sea")
    r"bottle it|bottles it|get relegated|go down|lose (?:again|tonight|the (?:final|derby|match|"
    r"game|cup))|penalties)\b"
)
# The same hyperbole told as caused by a trivial thing ("that movie was so boring I wanted to end
# it all halfway through", "tax forms make me want to throw myself off a cliff every april")
_TRIVIAL_CAUSE = re.compile(
    r"\b(?:movie|film|lecture|meeting|tax forms?|taxes|paperwork|spreadsheet|homework|commute|"
    r"traffic|queue|playlist|printer|group chat|small talk|sermon|webinar|dad jokes?|puns?)\b"
    r"[^.!?]{0,40}\b(?:so boring|makes? (?:me|her|him|them|us) want to|made (?:me|her|him|them|"
    r"us) want to)\b|\b(?:so boring|makes? me want to|made me want "
    r"to)\b[^.!?]{0,60}\b(?:halfway through|every (?:single )?(?:april|monday|morning|time))\b|"
    # "that exam was brutal, I wanted to die halfway through section B"
    # an old post found ("my mum just liked my tweet from 2014, i'm going to walk into the sea")
    r"\b(?:liked|found|saw|commented on|reshared) my (?:old |first )?(?:tweet|post|photo|pic|"
    r"status|selfie|video)s?\b|"
    # a sports moment ("that penalty miss made me want to die 😭 worst final ever")
    r"\b(?:penalty|penalty miss|own goal|the ref|referee|that miss|that loss|that result|the "
    r"final)\b[^.!?]{0,30}\b(?:makes? me want to|made me want to)\b|"
    r"\bwanted to (?:die|end it all|kms|curl up and die)\b[^.!?]{0,20}\b(?:halfway through|during "
    r"(?:the|that|my) (?:exam|test|quiz|lecture|meeting|movie|film|sermon|class|presentation|"
    r"workout|run|match|game|speech|interview))\b|"
    r"\bkms\b[^.!?]{0,20}\b(?:group project|slides|assignment|homework|exam|wifi|essay|printer|"
    r"autocorrect|alarm|laptop|password|spoiler|charger|phone died)\b|"
    r"\b(?:want to die|dying)\b[^.!?]{0,30}\b(?:jalape\w+|peppers?|spicy|hot sauce|wasabi|curry|"
    r"chill?i)\b|"
    # "brb walking into the sea bc they cancelled my favourite show"
    r"\b(?:bc|because|cause|cuz|coz|since) (?:they|netflix|hbo|the network|\w+) (?:cancell?ed|"
    r"ended|killed off|spoiled)\b[^.!?]{0,30}\b(?:show|series|season|character|ship)\b"
)
# ... and a game lost, said with a laugh ("im gonna kill myself because i lost at mario kart
# lol", "my team lost again 😂"); without one, "i lost my job and my team lost" keeps its tier
_GAME_LOST = re.compile(
    r"\b(?:lost|losing|lose|loses) (?:again )?(?:at|in) (?:"
    + rules.MACROS["VIDEO_GAMES"]
    + r"|chess|monopoly|uno|cards|poker|scrabble|league|(?:a|the|every) (?:game|match|round))\b|"
    r"\b(?:my|his|her|their|our|the) (?:team|side|club|"
    r"fantasy team) (?:lost|got (?:knocked out|relegated|thrashed|hammered|beat\w*))\b"
)
# ... or a score ("we lost 4-0 to city. i want to die. see you all next week for more pain";
# twenty-seventh pass, FRESH30): a check-in, not the card
_SCORE_LOST = re.compile(
    r"\b(?:lost|losing|beaten|beat us|thrashed|hammered|smashed) (?:\d{1,2} (?:nil|\d{1,2})|by \d"
    r"{1,2} (?:goals|points|runs))\b"
)
# An embarrassing moment told with "I want to die": the idiom, not a wish (LOW; MODERATE with
# distress). Feelings of shame about oneself are not listed: they are a risk, not an idiom.
_EMBARRASSED = re.compile(
    r"\b(?:cringe\w*|embarrass\w*|mortif\w*|humiliation achieved|the shame|replied all|reply all|"
    r"saw my typo|typo|"
    r"tripped|waved back|voice cracked|karaoke|wrong (?:chat|group|person|name)|autocorrect|"
    r"same dress|wedding speech|on stage|my crush saw|spotify wrapped|front camera|"
    r"called (?:my|the) (?:teacher|professor|boss|lecturer) "
    r"(?:mom|mum|dad|mommy|mummy))\b"
)
# Preparations with their ordinary reason given ("rehoming my cat because of the landlord's
# no-pets clause", "passwords in an envelope before a six-month placement", "picked a date,
# booked the registry office"), and no despair or ideation in the message: a check-in at most.
# The reason may be anywhere in the message for these ...
_ORDINARY_REASON = re.compile(
    r"\b(?:landlord|no pets? (?:clause|policy|rule)|placement|volunteering|off grid|expedition|"
    r"sabbatical|gap year|surgery|operation|in case of an accident|(?:like|love) having things "
    r"organi[sz]ed|consultant|registry office|register office|honeymoon|"
    r"new baby|maternity|paternity|estate plan\w*|solicitor|lawyer|attorney|guests|rsvp|"
    r"invitations|(?:doesnt|dont|does not|wont) allow (?:pets|cats|dogs)|"
    # twenty-seventh pass (corpora zy-zzb): a will or passwords before an operation, after a
    # friend's sudden death, or as being a grown-up ("feels very grown up", "I'm very much alive")
    r"hysterectomy|c ?section|caesarean|chemo\w*|transplant|biopsy|an(?:a)?esthetic|going in for "
    r"(?:my|an|a|the) \w+|grown up|adulting|very much alive|sudden death|peace of mind|"
    r"inheritance|(?:set up|setting up|a) trust(?: fund)?|group home|guardianship|special needs)\b"
)
# ... unless the writer says the reason is a cover ("told her it's for a trip. It isn't.")
_REASON_DENIED = re.compile(
    r"\b(?:told|telling|tell|said|saying) (?:her|him|them|everyone|people|my \w+|the \w+)\b"
    r"[^.!?]{0,50}[.!?,]+ *(?:it|that|i) (?:isnt|is not|wasnt|was not|wont be|am not|aint)\b|"
    # ... or a reason given to the shop (rules.py COVER_TOLD): a purchase explained to a stranger
    # is the cover
    r"\b" + rules.MACROS["COVER_TOLD"] + r"\b"
)
# ... and in the same sentence for these ("picked the date for the wedding")
_ORDINARY_REASON_HERE = re.compile(
    r"\b(?:wedding|venue|moving (?:house|abroad|to)|relocat\w*|deploy\w*|procedure|trip|"
    r"holiday|vacation|pregnan\w*)\b"
)
# Only preparations of affairs take an ordinary reason, not "tonight would be a good night".
_AFFAIRS_WORDS = re.compile(
    r"\b(?:date|passwords?|will|letters?|envelope|rehom\w*|gave|giving|given|cat|dog|pets?|(?:when|"
    r"after) im gone)\b"
)
# "My friend collapsed at training and died": a death told, not an emergency in progress.
_DEATH_TOLD = re.compile(
    r"\b(?:and died|died|passed away|funeral|his grave|her grave|(?:he|she) was \d+(?: years old"
    r")?)\b"
)
# A means question that cannot wait ("highest bridge near downtown, need to know tonight"):
# trivia and homework are not asked against the clock of tonight.
_MEANS_URGENT = re.compile(
    r"\bneed (?:to know|it|an answer|the answer|this) (?:before tonight|by tonight|tonight|right "
    r"now|rn|asap|now|today|in "
    r"the next hour)\b(?![^.!?]*\b(?:quiz|trivia|homework|assignment|essay|deadline|due|class|"
    r"exam|test|pub)\b)|"
    # the reason kept back ("whats the highest bridge in brisbane. wont say why")
    r"\b(?:wont|will not|not gonna|not going to|cant|rather not) (?:say|tell you|explain) why\b|"
    r"\bdont ask (?:me )?why\b|\bneed (?:it|them) to be (?:high|tall|deep|strong|fast) enough\b"
)
# Abuse left behind, told with safety now: lines offered, not the card.
_ABUSE_LEFT = re.compile(
    r"\b(?:left|leaving|escaped|got away from|divorced|fled|moved out)\b(?=[^.!?]*\b(?:abus\w*|"
    r"violent|"
    r"hit|beat|him|her|ex|them)\b)|\bi (?:left|escaped|got out|got away|ran away|fled|moved out)\b|"
    r"\bsurvivor of (?:domestic|abuse|an abusive)|\bmoved (?:somewhere|to a) safe\b|"
    r"\b(?:were|we are) (?:all )?out (?:now|of there)\b|"
    r"\b(?:been|im|i am|finally|got) out of (?:my|an|the|that|her|his|their) (?:abusive|violent|"
    r"toxic)\b|"
    r"\b(?:is|s) (?:in prison|locked up|behind bars)\b|"
    # abuse long past: in childhood, by a first husband, a parent not spoken to
    r"\bgrowing up\b|\bwhen (?:we|i) (?:were|was) (?:kids|little|young|children|a (?:kid|child|"
    r"teen\w*))\b|\b(?:first|previous|former) (?:husband|wife|partner|boyfriend|girlfriend)\b|"
    r"\bhavent (?:spoken|talked) to (?:her|him|them) (?:in|for)\b|"
    # twenty-seventh pass (corpora zy-zzb): a present age told after it ("raped at 19. I'm 42
    # now"), the abuser in jail
    r"\b(?:im|i am) \d\d now\b|\bnow (?:im|i am) \d\d\b|"
    r"\b(?:is|s|hes|shes|theyre) in (?:jail|prison)\b"
)
# ... or the abuser dead or out of the writer's life for years: left and safe at once
_ABUSER_GONE = re.compile(
    r"\b(?:he|she) (?:died|passed away)\b|"
    r"\bhavent (?:spoken|talked) to (?:her|him|them) (?:in|for) (?:\d+|years|months|"
    r"a (?:year|decade))\b|"
    # twenty-seventh pass (corpora zy-zzb): "he's been dead 10 yrs", "long gone", "in jail for 6
    # years now"
    r"\b(?:hes|shes|he has|she has|theyve|they have) been (?:dead|gone) (?:for )?(?:\d+|a few|"
    r"many|ten|two|three|five) (?:years?|yrs|decades?)\b|\b(?:hes|shes|he is|she is) long gone\b|"
    r"\b(?:is|s|hes|shes|theyre) in (?:jail|prison) for (?:\d+|another|a few|many|two|three|five|"
    r"six|ten) (?:more "
    r")?(?:years?|yrs)\b"
)
# ... but not when it is happening again ("she died in march. my boyfriend hit me again tonight",
# "he used to hit me, now he hits the kids", "... came home. tonight he pinned me down")
_HURT_VERBS = (
    r"(?:pinned|hit|hits|hurt|hurts|grabbed|choked|strangled|punched|kicked|slapped|shoved|pushed|"
    r"threatened|beat|beats|raped|touched|locked|dragged)"
)
_NOW_TIMES = r"(?:tonight|last night|this morning|today|yesterday|just now|right now|again)"
_ABUSE_GOES_ON = re.compile(
    r"\b(?:still (?:does|do|is|hits|beats|hurts)|(?:hits|beats|hurts|kicks|chokes|slaps|punches|"
    r"locks|touches) (?:me|us|the kids|my|her|him|them)|started (?:again|up)|does it again|again "
    r"(?:tonight|last night|today|this week))\b|\b"
    + _NOW_TIMES
    + r"\b[^.!?]{0,40}\b"
    + _HURT_VERBS
    + r"\b|\b"
    + _HURT_VERBS
    + r" (?:me|us|her|him|them)\b[^.!?]{0,30}\b"
    + _NOW_TIMES
    + r"\b"
)
# A third person who is already in care and steady: lines for the helper, not the card.
_THIRD_IN_CARE = re.compile(
    # "he's stable now", "she's 400 days clean"
    r"\b(?:hes|shes|theyre) (?:stable|safe|doing (?:better|well))(?: now)?\b|"
    r"\b(?:shes|hes|theyre|she is|he is) \d+ (?:days|weeks|months|years) clean\b|"
    # "she is staying at her sister's now, safe"
    r"\b(?:staying|living) (?:at|with) (?:her|his|their) \w+s?\b[^.!?]{0,15}\b(?:now|safe)\b|"
    # said of the other person ("she has a therapist now", "got him into treatment")
    r"\b(?:she|he|they|her|him|them|shes|hes|theyre|my \w+)\b(?:\W+\w+){0,10}?\W+(?:(?:has|got|se"
    r"eing|sees|with|to|into|in with|see|go to|goes to) (?:a|an|the|her|his|their)? ?(?:\w+ )?(?"
    r":therapist|counsell?or|psychiatrist|psychologist|care team|mental health team|support "
    r"worker|doctor|gp|day pr"
    r"ogram|vet center|counseling|counselling|therapy|treatment|program)|in (?:therapy|treatment"
    r"|recovery|counsell?ing)|recovering|on meds now|crisis team|(?:feeling|seems|is|sounding|so"
    r"unds) (?:much |a lot |so much )?(?:more stable|better|calmer|calm|safe|brighter|more like "
    r"(?:herself|himself|themselves)|much more (?:herself|himself))|(?:doing|getting) (?:really "
    r"|much )?(?:better|well|okay|ok)|a lot better|better spot|safe now|in (?:a |the )?(?:refuge|"
    r"unit|ward|hospital) now|(?<!not )(?<!isnt )(?<!never )getting (?:good |proper |the right )"
    r"?care|"
    r"back (?:at work|to (?:full )?training|at school)|dbt|cbt|safety pla"
    r"n|(?:had|has) a happy life since|safeguarding|(?:shes|hes|theyre) (?:safe|stable|doing (?:"
    r"well|better|ok|okay))|getting (?:treatment|help|therapy)|doing the (?:therapy|work)|on meds|"
    r"seeing someone|(?:\d+|a few|two|three|six) (?:weeks?|months?) into (?:rehab|treatment|"
    r"recovery)|(?:completely |totally )?(?:herself|himself|themselves) again|restraining order|"
    r"the refuge|safe house|(?:shes|hes|theyre) (?:okay|ok|home) now|recovered|lived to \d+|got "
    r"help|(?:been|is|was) fine since|(?:her|his|their) (?:doctor|gp|care team|psychiatrist|nurse|"
    r"therapist|consultant) (?:knows|is involved|is aware)|"
    # twenty-seventh pass (corpora zy-zzb): "she's in hospital and the psych team's looking after
    # her", "been in a psych hospital ... discharged next week with a care plan", "he's in prison
    # and she lives with me now"
    r"(?:psych|mental health|crisis|care) team ?s? (?:is |are )?(?:looking after|with|seeing) "
    r"(?:her|him|them)|discharged (?:\w+ ){0,3}with (?:a )?(?:care|safety) plan|(?:shes|hes|"
    r"theyre|she is|he is) (?:been )?in (?:a )?(?:psych|psychiatric) (?:hospital|unit|ward)|"
    r"(?:she|he|they) (?:lives?|is living|s living) with (?:me|us) now|in (?:hospital|the icu|"
    r"intensive care) since\b[^.!?]{0,40}\bstable)\b"
)
_THIRD_ACUTE = re.compile(
    r"\b(?:right now|(?:she|he|they)(?:s| is| are)? (?:missing|not answering|gone quiet)|wont an"
    r"swer|not answering|cant reach|goodbye|(?:has|have|got) (?:pills|a gun|a rope)|(?:said|says"
    r"|texted) (?:\w+ ){0,3}(?:tonight|again)|(?:cutting|tried|attempted|doing it|wants to die) "
    r"again|(?:tonight|today) (?:she|he|they) (?:said|told|texted|tried|took))\b"
)
# An emergency already in hospital hands ("I called an ambulance and she's in hospital now,
# they say she'll be fine")
_CARE_ARRIVED = re.compile(
    r"\b(?:called|rang|phoned) (?:an |the )?(?:ambulance|999|911|112|000)\b[^|]*\b(?:in hospital|"
    r"at the hospital|in a ?and ?e|in the er)\b|\b(?:they|doctors|the doctors|nurses) (?:say|said) "
    r"(?:she|he|they)(?:ll| will) be (?:fine|ok|okay)\b|"
    # ... or there for days already ("has been in hospital since the car crash ... stable")
    r"\b(?:been|is|s|hes|shes) in (?:hospital|the icu|icu|intensive care) since\b"
)
# An emergency told as weeks or months ago ("last month my roommate took an overdose")
_WEEKS_AGO = re.compile(
    r"\b(?:last (?:week|month|year|spring|summer|autumn|fall|winter)|in (?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)|(?:\d+|a few|two|three|"
    r"several|some) (?:weeks|months|years) ago)\b"
)
_SAFE_NOW = re.compile(
    r"\b(?:moved|living|staying) somewhere safe\b|"
    r"\b(?:were|we are|im|i am|feel|feeling) (?:finally |so much |really |completely |home and "
    r")?safe"
    r"(?: now| at last)?\b(?! (?:to|from|enough|yet)\b)|\b(?:feels like|finally) i can breathe\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) free\b|"
    r"\b(?:i have|ive got|got|have) (?:a|my) (?:restraining|protective|protection) order\b|"
    r"\bfinally sleep(?:ing)? through the night\b|"
    r"\b(?:is|s) a (?:gentle|kind|good) (?:man|woman|person|soul)\b|"
    # ... and of someone the writer took in: "she's home with us", "he's on bail conditions"
    r"\b(?:shes|hes|theyre) (?:home |living |staying )?with (?:us|me)\b|\bbail conditions\b|"
    r"\b(?:now )?(?:living|staying) with (?:friends|a friend|my (?:gran|nan|aunt|grandparents|"
    r"partner))\b|\b(?:he|she) is in a care home\b"
)
# Something said earlier, taken back in words (not only with a laugh)
_RETRACTED = re.compile(
    r"\b(?:jk|just kidding|just joking|i was (?:just |only )?(?:joking|kidding)|"
    rf"{rules.RETRACTIONS}|i (?:only )?said (?:i wanted to die|that|it) because)\b"
)
# An overdose is presumed intentional unless told as an accident or as party drugs gone wrong
# ("did a bunch of lines and my chest is so tight"): then it is a medical emergency only.
_ACCIDENT = re.compile(
    r"\b(?:accident\w*|by mistake|didnt mean|forgot i (?:already )?took|snorted|railed|lines|"
    r"coke|cocaine|molly|mdma|ecstasy|bumps|pingers|at a (?:party|festival|rave|club))\b"
)
_VIOLENCE_PLAN = re.compile(
    r"\b(?:gun|knife|weapon|rifle|pistol|bought|planned|planning it|my plan|the plan|tonight|"
    r"tomorrow|when (?:he|she|they) (?:gets|comes|get|come)|"
    r"(?:im|i am|sitting|standing|parked|waiting) (?:right )?(?:outside|at|by) (?:her|his|their) "
    r"(?:\w+ ){0,2}(?:flat|house|place|apartment|door|work|office|school|building|street|gym|pub|"
    r"bar)|writing down (?:his|her|their) (?:routine|schedule|movements|address)|"
    r"how (?:id|i would) do it|know where (?:he|she|they) "
    r"(?:lives|live|parks|works)|waiting for (?:him|her|them)|im serious|i am serious|"
    r"not joking|i mean it|i swear(?! i could\b)|(?:its|it is|thats|that is|my mind is) (?:just |"
    r"already )?"
    r"(?:decided|made up)|not even angry|"
    # twenty-fifth pass: weapons in the plural, a weapon at hand, a routine tracked, a time set
    r"guns|knives|weapons|access to (?:a |his |her |my (?:\w+ s |\w+s )?)?guns?|"
    r"(?:a|the|my) (?:bat|hammer|crowbar|machete|axe|blade) (?:is )?(?:in (?:the|my) car|by the "
    r"door|in my bag|with me)|"
    # twenty-seventh pass (FRESH29): "i think i actually might. he's asleep in the next room"
    r"i (?:think i )?(?:actually|really|genuinely) might|(?:hes|shes|theyre) asleep (?:in the next "
    r"room|next door|down the hall|upstairs|downstairs)|"
    r"(?:been )?watching (?:his|her|their) (?:shop|house|place|flat|work|car|office) (?:all week|"
    r"every day|for days|for weeks)|"
    r"keeping track of when|(?:his|her|their) (?:shift|class|practice) (?:ends|finishes|starts)|"
    r"know (?:his|her|their) (?:bus stop|routine|schedule|route|address)|"
    r"(?:i|ill|i will) be (?:there|waiting) at \d+|in the car outside (?:his|her|their)|"
    r"wasnt joking|was not joking|looked up where (?:he|she|they) (?:all )?lives?)\b"
)
# "I keep imagining pushing him down the stairs. it's getting really detailed"
_VIOLENCE_REHEARSED = re.compile(
    r"\b(?:getting|more and more|so|really|very) (?:really |more |very |so )?(?:detailed|specific|"
    r"vivid|real)\b|\bin (?:great |such )?detail\b|\brehears\w*\b|"
    r"\bworked out (?:how|when|where)\b|\b(?:dont|do not) trust myself\b|"
    r"\bkeep (?:looking at|eyeing|touching|holding) the "
    r"(?:knife|letter opener|scissors|gun|hammer|blade)\b|\b(?:locked|hid|moved|put) (?:away )?"
    r"(?:the |all the )?(?:knives|everything sharp|scissors|sharp things)\b|\bhad to leave the "
    r"room\b|\bwithout meaning to\b|\b(?:arm|hands?) (?:was|were) shaking\b|"
    # the writer afraid of acting, or the fantasy turning into a plan
    r"\b(?:scared|afraid|terrified) (?:of what )?(?:i(?:ll| will| might| could)|im going to) "
    r"(?:do|actually do|act on)\b|\bget away from (?:them|him|her|the kids|the baby) before i "
    r"(?:do something|do it|hurt|snap|lose it)\b|\bscared of (?:myself|my own head)\b|"
    r"\b(?:stopped|stops) "
    r"feeling like a fantasy\b|\b(?:never been|im|i am|i was) (?:this|so) close to (?:doing it|"
    r"hurting|hitting|actually doing)\b|\b(?:feels?|felt) like an? (?:actual|real) plan\b|"
    r"\bstarted planning\b|\bhow easy it would be\b|\b(?:came|come|got) so close\b|"
    r"\bpart of me (?:wants|want|really wants) to\b|\b(?:id|i would) feel nothing\b|"
    r"\bthinking about it (?:a lot|every (?:day|night)|all the time|constantly)\b"
)
# Voices that command harm to someone are not hyperbole ("voices keep telling me to kill my mom")
_VOICES_COMMAND = re.compile(
    r"\b(?:voices?|a voice)\b[^|]{0,40}\b(?:tell\w*|say\w*|command\w*|order\w*|want\w*)\b"
)
_WEAPON = re.compile(  # "the knife's under my bed" loses its apostrophe: knifes
    r"\b(?:(?:gun|rifle|pistol|revolver|shotgun|knife|axe|machete)s?|knives|gasoline|petrol)\b|"
    r"\bsomething (?:ready|waiting) (?:by|behind|at|near) the (?:door|bed)\b"
)
_VIOLENCE_TRIVIAL = re.compile(
    r"\b(?:forgot|ate|eating|late|borrowed|spoil\w*|anniversary|dishes|charger|fries|leftovers|s"
    r"nack|game|match|score|lol|haha\w*|lmao|if (?:he|she|they) (?:eats|takes|forgets|spoils|"
    r"touches)|one more time|socks|bins|laundry|parking (?:spot|space)|"
    r"parcheggio|aparcamiento|estacionamiento|estacionamento|hot water|dented|dessert|postre|"
    r"rehearsal|meetings?|lanyard|who invented|body shop|"
    # a group chat's small annoyances, not one that mocks the writer or shared their pictures
    r"group chats?(?![^|]*\b(?:mock\w*|bull\w*|shared my|laugh\w* at me|humiliat\w*|the list|a "
    r"list)\b)|"
    # "he took my charger" is trivial; "he took everything from me" is not
    r"(?:he|she|they) (?:used|ate|took(?! (?:everything|it all|my (?:kids|children|life|son|"
    r"daughter|home|house|job)))|dented|scratched|missed|"
    r"forgot|scheduled|spoiled|spoilt|finished|drank|borrowed|deleted)|se comio|no jury|would co"
    r"nvict|on trial|in jail|my alibi|lovingly|same energy|with (?:his|her|their) own \w+)\b"
)
# "if he touches my sister again", "if he lays a hand on my sister one more time": protecting
# someone from harm is not a trivial trigger, whatever words ("touches", "one more time") it
# shares with one
_PROTECTING = re.compile(
    r"\b(?:(?:lays?|laid|puts?|put) (?:a |one )?(?:hand|finger) on|touches|hits?|hurts?|beats?) "
    r"(?:my|her|his|our) (?:little )?(?:sister|brother|daughter|son|kids?|child|children|mum|mom|"
    r"mother|wife|girlfriend|baby|nan|gran|grandma)\b"
)
_DISTRESS_FOR_PASSIVE = frozenset(
    {"distress.hopelessness", "distress.burdensomeness", "distress.entrapment"}
)
_SELF_CATEGORIES = frozenset({RiskCategory.SUICIDE, RiskCategory.SELF_HARM})
_IDEATION_KINDS = frozenset({Kind.IDEATION, Kind.METHOD})
_MEANS_KINDS = frozenset({Kind.MEANS_QUESTION, Kind.MEANS_PLACE, Kind.MEANS_ACCESS})
# A height asked about for a visit ("how high are the cliffs of moher? going in june and im scared
# of heights"): the "how high" is the tourist's, not a follow-up of its own.
_SIGHTSEEING = re.compile(
    r"\b(?:(?:scared|afraid|terrified) of heights|fear of heights|vertigo|sightseeing|bucket list|"
    r"(?:going|visiting|travel\w*|flying) (?:there )?(?:in|next|this) (?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|"
    r"winter|year|month)|on (?:our|my|the) (?:trip|holiday|vacation|honeymoon|tour))\b"
)
# A recent loss is context for a means question even though it is not distress language.
_LOSS = frozenset({"distress.loss", "distress.loss_left"})
_MAX_CHARS = 20_000  # longer input: the first and last 10,000 characters are read


def _bounded(text: str) -> str:
    """Bound the work on pathological input while still reading how a message ends."""
    if len(text) <= _MAX_CHARS:
        return text
    half = _MAX_CHARS // 2
    return f"{text[:half]}\n{text[-half:]}"


# ============================================================================ analysis
class _Who(Enum):
    FIRST = "first"
    SECOND = "second"
    THIRD = "third"  # a specific other person (my friend, he, she)
    GENERIC = "generic"  # people in general
    UNKNOWN = "unknown"


_MATCH_PERSON: dict[str, _Who] = {
    "myself": _Who.FIRST,
    "my": _Who.FIRST,
    "me": _Who.FIRST,
    "i": _Who.FIRST,
    "im": _Who.FIRST,
    "id": _Who.FIRST,  # "I'd" and "I've" lose their apostrophe: "... but I'd rather not be here"
    "ive": _Who.FIRST,
    "mine": _Who.FIRST,
    "ich": _Who.FIRST,  # German phrases carry their own "I" ("jetzt bin ich seit 3 jahren clean")
    "himself": _Who.THIRD,
    "herself": _Who.THIRD,
    "his": _Who.THIRD,
    "her": _Who.THIRD,
    "he": _Who.THIRD,
    "she": _Who.THIRD,
    "themselves": _Who.THIRD,
    "themself": _Who.THIRD,
    "their": _Who.THIRD,
    "yourself": _Who.SECOND,
    "your": _Who.SECOND,
    "you": _Who.SECOND,
    "ourselves": _Who.GENERIC,
}
_PERSON_NOUNS = frozenset(re.findall(r"[a-z]+", rules.MACROS["PERSON"])) - {"best", "ex"}
# Family words of the other languages the screen reads, as subjects ("mein Mann hat einen
# Abschiedsbrief hinterlassen" is about him). Words that are also English ("mere") are left out.
_FOREIGN_KIN = frozenset(
    {
        "mann", "frau", "sohn", "tochter", "mutter", "vater", "bruder", "schwester",
        "freund", "freundin", "mari", "femme", "fils", "fille", "pere", "frere", "soeur",
        "copain", "copine", "marido", "esposa", "hijo", "hija", "madre", "padre", "hermano",
        "hermana", "novio", "novia", "filho", "filha", "irmao", "irma", "namorado",
        "namorada", "marito", "moglie", "figlio", "figlia", "fratello", "sorella",
    }
)
_THEY = frozenset({"they", "theyre", "them", "their", "themselves", "themself", "theyve"})
_WE = frozenset({"we", "were", "us", "our", "ourselves", "weve", "wed"})
# Words that can precede a statement without being its subject ("honestly just want to die").
_FILLER_WORDS = """
    just really so honestly lowkey literally actually sometimes still always often kinda
    and or tbh ngl fr like ugh god omg yeah yes no okay well now today tonight lately
    again too also even seriously truly genuinely totally completely pretty very fucking
    fuckin freaking damn want to feel feeling been being getting going need could would
    should might will can do keep kept start started the a think thinking because of about
    of hate hating more anymore been tired sick already im i dont know why how what when
    where that this its all ever never please help sad man bro dude sis lol currently
    constantly having had have has get got gets getting felt keeps been months weeks days
    years since for with in on at whats thats theres heres is was it there here some any
    every every day tonight yesterday morning night week okay ok hi hello hey guys
"""
_FILLERS = frozenset(_FILLER_WORDS.split())


@dataclass
class _Hit:
    signal: Signal
    tier: RiskTier
    evidence: str
    who: _Who
    start: int = 0
    end: int = 0
    negated: bool = False
    past: bool = False
    hypothetical: bool = False
    extra: list[str] = field(default_factory=list)

    @property
    def category(self) -> RiskCategory | None:
        return self.signal.category

    @property
    def kind(self) -> Kind:
        return self.signal.kind


_TIME_NOUNS = frozenset({"time", "moment", "chance", "night", "day", "weekend", "opportunity"})


def _scan_subject(
    tokens: list[str],
    message_has_person: bool,
    lead: str = "",
    follow: str = "",
    names: frozenset[str] = frozenset(),
) -> tuple[_Who, int]:
    """Walk back from the statement to its subject. Returns (who, index of subject token).

    `lead` is the statement's own first word ("are" in "are suicidal"); `follow` the word after
    it ("is" in "suicidal thoughts is ..." marks a topic, not a disclosure)."""
    lead_third = lead in rules.THIRD_PERSON_VERBS  # "... is suicidal": not "I am"
    third_verb = lead_third
    if tokens[-2:-1] and tokens[-1] == "to" and tokens[-2] in _TIME_NOUNS:
        # "the kids are at their mum's, so it's the best time to check out for good": a time
        # chosen for an act, with nobody else named as its subject, is the writer's
        return _Who.FIRST, len(tokens) - 1
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 15), -1):
        tok = tokens[i]
        if tok in rules.FIRST_PERSON:
            part_of_me = tok == "me" and i > 0 and tokens[i - 1] == "of"  # "part of me wants"
            return (_Who.GENERIC if lead_third and not part_of_me else _Who.FIRST), i
        if tok in _BARRIERS:
            # "I have found that suicidal ideation continues": the I belongs to another clause.
            return _Who.UNKNOWN, -1
        if tok in rules.SECOND_PERSON:
            before, after = tokens[i - 1 : i], tokens[i + 1 : i + 2]
            if before in (["do"], ["dont"]) and after == ["ever"]:
                # "do you ever just want to fall asleep and never come back": the writer's own
                # feeling, asked as a question
                return _Who.FIRST, i
            return _Who.SECOND, i
        if (tok in names or (i == 0 and _unknown_word(tok))) and (
            (i == len(tokens) - 1 and (lead_third or lead in _NAME_VERBS))
            or (i + 1 < len(tokens) and tokens[i + 1] in _NAME_VERBS)
        ):
            # a name as the subject: "Sam wants to die", "Marcus is suicidal and not answering"
            return _Who.THIRD, i
        if tok in _WE:
            return _Who.GENERIC, i
        if tok in _THEY:
            return (_Who.THIRD if message_has_person else _Who.GENERIC), i
        if tok in rules.THIRD_PERSON_PRONOUNS or tok in _PERSON_NOUNS or tok in _FOREIGN_KIN:
            return _Who.THIRD, i
        if tok == "ex" and i > 0 and tokens[i - 1] in ("my", "his", "her", "their", "your"):
            # "my ex was suicidal when we were together" ("ex" alone is left out of the person
            # nouns: "ex military", "ex smoker")
            return _Who.THIRD, i
        if (
            tok.endswith("s")
            and tok[:-1] in _PERSON_NOUNS
            and tokens[i + 1 : i + 2]
            in (["been"], ["got"], ["gonna"], ["going"], ["not"], ["in"], ["still"], ["back"])
        ):
            # "my cousin's been self-harming" loses its apostrophe: "cousins been" is the cousin
            return _Who.THIRD, i
        if tok in rules.GENERIC_PEOPLE:
            # "as someone who deals with suicidal ideation" is the writer speaking.
            if "as" in tokens[max(0, i - 3) : i] and tok in ("someone", "person", "one", "who"):
                return _Who.FIRST, i
            # ... and so is "now I am the one with thoughts of suicide"
            lead_in = " ".join(tokens[max(0, i - 3) : i])
            if tok == "one" and lead_in.endswith(("i am the", "im the")):
                return _Who.FIRST, i
            if tok == "anyone" and i + 1 < len(tokens) and tokens[i + 1] == "else":
                return _Who.FIRST, i
            return _Who.GENERIC, i
        if (
            tok in rules.THIRD_PERSON_VERBS
            and i > 0
            and (i + 1 >= len(tokens) or tokens[i + 1] != "it")
        ):
            third_verb = True
    if third_verb:
        return _Who.GENERIC, -1
    if follow in _TOPIC_VERBS:
        return _Who.GENERIC, -1
    # No subject: chat fragments ("want to die", "been 6 months clean...") are about the writer,
    # unless several content words precede (an unknown noun phrase is probably the subject).
    content = [t for t in tokens[-8:] if t not in _FILLERS and not t.isdigit()]
    if len(content) <= 3:
        return _Who.FIRST, -1
    return _Who.UNKNOWN, -1


_BARRIERS = frozenset({"that", "which", "whether"})

# A statement followed by one of these is the topic of a sentence ("having suicidal thoughts
# is an early stage"), not a disclosure.
_TOPIC_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "can",
        "may",
        "might",
        "could",
        "should",
        "does",
        "do",
        "makes",
        "make",
        "leads",
        "lead",
        "causes",
        "cause",
        "means",
        "affects",
        "has",
        "have",
        "tends",
    ]
)


# The writer's own absence inside a match about others ("my wife would be happier without me",
# "they'd have a life if I wasn't around"): a burden statement, the writer's risk.
_MY_ABSENCE = re.compile(
    r"\bwithout me\b|\bthan (?:with )?me\b|\bat my funeral\b|\bif i (?:was|were|wasnt|werent|"
    r"was not|were not|died|disappeared|vanished|was gone|were gone|just (?:died|disappeared|"
    r"vanished))\b"
)
# Signals whose matched person is the object, not the subject (see _judge).
_PERSON_IS_OBJECT = frozenset({"suicide.reunion_wish"})


def _who_in_match(span: str) -> _Who | None:
    toks = _WORD.findall(span)
    for a, b in itertools.pairwise(toks):
        if a == "my" and b in _PERSON_NOUNS:
            return _Who.THIRD  # "my mom overdosed" is about mom
    for group in (
        ("myself", "himself", "herself", "themselves", "themself", "yourself", "ourselves"),
        ("my", "his", "their", "your", "her"),
        ("i", "im", "id", "ive", "he", "she", "me", "you", "ich"),
    ):
        for tok in toks:
            if tok in group:
                return _MATCH_PERSON[tok]
    return None


def _negated(window: str) -> bool:
    cleaned = _NEG_EXC.sub(" ", window)
    return bool(_NEG.search(cleaned))


@lru_cache(maxsize=8)
def _blank_idioms(norm: str) -> str:
    """The message with each idiom blanked by as many spaces (offsets kept). Read by the rules,
    the model's view and both model gates: one pass of the idiom regex per message, not four."""
    return _IDIOMS.sub(lambda m: " " * len(m.group(0)), norm)


def _has_idiom(norm: str) -> bool:
    return _blank_idioms(norm) != norm


def _analyse(norm: str, names: frozenset[str] = frozenset()) -> list[_Hit]:
    """Every signal match in one normalised message, with person/negation/time judged.
    `names`: words the raw message wrote as names (see _names), read as other people."""
    text = _blank_idioms(norm)
    person_mentioned = bool(_PERSON_MENTION.search(text))
    possible = _INDEX.candidates(text)
    hits: list[_Hit] = []
    for rule in _RULES:
        sig = rule.signal
        patterns = [_pattern(n) for n in rule.alternatives if n in possible]
        if not patterns or (rule.requires and not all(r.search(text) for r in rule.requires)):
            continue
        for m in prefilter.leftmost(patterns, text):
            if not m.group(0).strip():
                continue
            s_start = _last_end(_SENTENCE_END, text, m.start())
            s_end = _next_end(text, m.end())
            sentence = text[s_start:s_end]
            if rule.unless is not None and rule.unless.search(sentence):
                continue
            hit = _judge(sig, text, m, s_start, s_end, person_mentioned, names)
            if hit is not None:
                hits.append(hit)
    return hits


def _last_end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    last = 0
    for m in pattern.finditer(text, 0, pos):
        last = m.end()
    return last


def _next_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)


def _judge(
    sig: Signal,
    text: str,
    m: re.Match[str],
    s_start: int,
    s_end: int,
    person_mentioned: bool,
    names: frozenset[str] = frozenset(),
) -> _Hit | None:
    prefix = text[s_start : m.start()]
    after = text[m.end() : s_end]
    sentence = text[s_start:s_end]
    span = m.group(0)
    quoted = prefix.count('"') % 2 == 1
    if quoted:
        # Inside quotation marks: whose words are these? Look before the opening quote.
        prefix = prefix[: prefix.rfind('"')]
    tokens = _WORD.findall(prefix)
    span_toks = _WORD.findall(span)
    follow = (_WORD.findall(after)[:1] or [""])[0]

    # --- who is this about?
    subj_idx = -1
    if sig.kind == Kind.ABUSE:
        # The person harmed is the object: "hits me" is the writer, "beats her" someone else.
        tail = span_toks[-2:]
        other_victim = (
            sig.id in ("abuse.physical", "abuse.sexual")
            and bool(tail)
            and (
                tail[-1] in ("him", "her", "them")
                or (tail[0] == "my" and tail[-1] in _PERSON_NOUNS)
                # a carer's worry: "the son is hitting the old man I look after"
                or tail[-1] in ("client", "patient", "resident")
                or tail in (["old", "man"], ["old", "lady"], ["old", "woman"])
            )
        )
        who = _Who.THIRD if other_victim else _Who.FIRST
        if sig.id == "abuse.sexual" and who == _Who.THIRD:
            who, subj_idx = _scan_subject(tokens, person_mentioned, names=names)
    elif sig.person == Person.FIRST:
        who = _Who.FIRST
    elif sig.person == Person.OTHER:
        who = _Who.THIRD
    else:
        absent_after = False
        if sig.kind != Kind.HARM_OTHERS and sig.id not in _PERSON_IS_OBJECT:
            in_match = _who_in_match(span)
            if in_match == _Who.THIRD and _MY_ABSENCE.search(span):
                # "my wife would be happier without me": the writer's absence is the wish
                in_match = _Who.FIRST
            elif in_match is None and _MY_ABSENCE.search(after, 0, 30):
                # "she'd get on better with the life insurance than with me": the same wish,
                # the writer named just after the match
                in_match, absent_after = _Who.FIRST, True
            elif in_match in (None, _Who.THIRD) and _ANYONE_ELSE.match(span):
                # "does anyone else lie in bed hoping they won't wake up": asking who else does
                # is telling that the writer does
                in_match = _Who.FIRST
        else:
            # the person in a harm-to-others match is the target; only a leading "I" says who
            # acts ("so mad at my husband, I could strangle him" is the writer's anger). In a
            # reunion wish the person is the one who died ("my wife died and I want to be with
            # her again" is the writer's wish, not a concern for her).
            in_match = _Who.FIRST if span_toks[:1] in (["i"], ["im"]) else None
        personal_after = bool(_PERSONAL_AFTER.search(after))
        scanned, subj_idx = _scan_subject(
            tokens,
            person_mentioned,
            span_toks[0] if span_toks else "",
            "" if personal_after else follow,
            names,
        )
        who = in_match if in_match is not None else scanned
        if quoted and scanned in (_Who.THIRD, _Who.GENERIC):
            who = scanned  # 'she texted me "I want to die"' is about her
        if in_match == _Who.THIRD and scanned == _Who.FIRST:
            who = _Who.THIRD  # "I think she wants to end her life" is about her
        if (
            in_match == _Who.FIRST
            and scanned == _Who.THIRD
            and 0 <= len(tokens) - subj_idx <= 4
            and not _SELF_WORD.search(span)
            and span_toks[:1] not in (["i"], ["im"], ["id"], ["ive"])  # "I'd rather ...": mine
            and not absent_after
        ):
            return None  # "my wife would end my life": someone else is the actor
        if sig.kind == Kind.HARM_OTHERS and scanned in (_Who.FIRST, _Who.UNKNOWN):
            who = _Who.FIRST if scanned == _Who.FIRST or len(tokens) <= 3 else _Who.UNKNOWN
        if sig.person == Person.ANY and who in (_Who.SECOND, _Who.GENERIC, _Who.UNKNOWN):
            who = _Who.FIRST
        if sig.kind in _MEANS_KINDS | {Kind.FOLLOW_UP}:
            who = _Who.FIRST  # "asking for a friend" does not change what a means question is
        if (
            sig.person == Person.EXPLICIT
            and who == _Who.FIRST
            and in_match is None
            and subj_idx < 0
            and not _IMPLIED_I.search(" ".join(tokens[-3:]))
        ):
            who = _Who.UNKNOWN  # "suicidal thoughts are common" is not a disclosure

    if sig.kind in (Kind.DISTRESS, Kind.EXPOSURE, Kind.HYPERBOLE) and who in (
        _Who.GENERIC,
        _Who.UNKNOWN,
    ):
        who = _Who.FIRST  # the writer's own state or exposure ("everything is falling apart")
    if who in (_Who.SECOND, _Who.GENERIC, _Who.UNKNOWN):
        return None

    hit = _Hit(sig, sig.tier, sig.id, who, m.start(), m.end())
    if sig.kind in _UNJUDGED_KINDS:
        return hit

    # --- negation, judged on a few words before the statement inside its clause
    clause_toks = _WORD.findall(prefix[_last_end(_CLAUSE_END, prefix, len(prefix)) :])
    reach = 7 if subj_idx < 0 else max(1, len(tokens) - subj_idx + 2)
    neg_window = " ".join(clause_toks[-min(reach, 7) :])
    if neg_window.split()[-1:] == ["no"]:
        neg_window += " no longer"  # "no thoughts of suicide", "no plan to ..."
    hit.negated = _negated(neg_window) and not _UNTIL_AFTER.search(after)
    if hit.negated and _ANYONE_LEAD.match(span) and _DONT_THINK_END.search(neg_window):
        hit.negated = False  # "I don't think anyone would miss me" = "no one would miss me"
    if _SOFTENER.search(neg_window):
        hit.extra.append("guard.softened")

    # --- hypothetical / reported / time, judged on the words around the subject
    window_tokens = tokens[subj_idx + 1 :] if subj_idx >= 0 else tokens[-6:]
    window = " ".join(window_tokens)
    wide = " ".join(tokens[max(0, subj_idx - 2) :] if subj_idx >= 0 else tokens[-6:])
    before_subject = " ".join(tokens[: subj_idx + 1]) if subj_idx >= 0 else ""
    hit.hypothetical = (
        (subj_idx > 0 and bool(_IF_BEFORE.search(" ".join(tokens[:subj_idx]))))
        or bool(_HYPOTHETICAL.search(window))
        or (
            sig.kind == Kind.BEHAVIOUR
            and bool(_MODAL.search(window))
            # "I think I might hurt myself tonight" is a fear of acting, not a supposition
            and not _FEARED_ACT.search(" ".join(tokens))
        )
    ) and not (
        sig.kind == Kind.ABUSE and (_AGAIN_NEXT.match(after) or _THREAT_REPORTED.search(prefix))
    )
    if _REPORTED_QUESTION.search(prefix):
        hit.extra.append("guard.reported_question")
    lead_words = " ".join(span_toks[:2])
    past_here = (
        bool(_PAST.search(wide)) or bool(_PAST_LEAD.match(lead_words))
    ) and not _STILL.search(wide)
    hit.past = (
        sig.kind == Kind.HISTORY
        or (past_here and sig.kind in _IDEATION_KINDS | {Kind.HARM_OTHERS, Kind.ABUSE})
        # "a decade ago I stood on a bridge and a stranger talked me down"
        or (
            sig.kind == Kind.PLAN
            and bool(_LONG_AGO.search(sentence) or _LAST_YEAR.search(sentence))
        )
        or (
            bool(_PAST_AFTER.search(after))
            and not (sig.kind == Kind.ABUSE and _DONE_BEFORE.match(after))
        )
        or bool(_USED_TO.search(wide))
        # "my dad used to beat us": the habit of the past sits inside the match, unless the
        # message goes on to say it goes on ("he used to hit me, now he hits the kids")
        or (
            sig.kind == Kind.ABUSE
            and bool(_USED_TO.search(span))
            and not _ABUSE_GOES_ON.search(text, m.end())
        )
        or bool(_SURVIVED_BEFORE.search(prefix))  # "survived a jump off a bridge in my twenties"
        # "I grew up in a house where my father beat my mother": a childhood told
        or (
            sig.kind == Kind.ABUSE
            and bool(_GREW_UP.search(prefix))
            and not _ABUSE_PRESENT_TENSE.search(span)
        )
    )
    if (
        hit.past
        and _recent(sentence)
        and not _PAST_AFTER.search(after)
        and not _ANNIVERSARY.search(sentence)
    ):
        hit.extra.append("recent")
    if sig.category == RiskCategory.MEDICAL:
        # "back in 2019 I overdosed" is history, not an emergency in progress; "years ago and
        # again today" is an emergency now.
        hit.past = hit.past or bool(_LONG_AGO.search(sentence))
        if hit.past and _recent(sentence):
            hit.extra.append("recent")
    if _IF_SENTENCE.search(before_subject + " " + window) or span_toks[:1] == ["if"]:
        hit.extra.append("if_sentence")
    # A foreign-language hit is read with its own language's intent words (German "ich will
    # nicht mehr leben" is a wish, not the English "will"), to the end of the message: "Ich will
    # nicht mehr leben. Die Tabletten liegen schon neben mir."
    if "multilingual" in sig.id:
        intent_here = _FOREIGN_INTENT.search(text, s_start)
    else:
        intent_here = _INTENT.search(window) or _INTENT.search(sentence)
    if sig.kind in _IDEATION_KINDS | {Kind.HARM_OTHERS} and not hit.past and intent_here:
        hit.extra.append("intent")
    return hit


_RUNNING_JOKE = re.compile(rf"\b{rules.RUNNING_JOKE}\b")
_SURVIVED_BEFORE = re.compile(r"\bsurvived (?:a|an|the|my|that|two|three)\s*$")
_IMPLIED_I = re.compile(
    r"\b(?:feeling|feel|felt|been|being|getting|got|get|became|become|having)\b"
)
_PERSONAL_AFTER = re.compile(
    r"\b(?:i|im|ive|me|my|tonight|today|right now|again|lately|these days|so bad|really bad)\b"
)
_SELF_WORD = re.compile(r"\b(?:myself|i|im)\b")
_ANYONE_ELSE = re.compile(r"(?:does |do )?any ?(?:one|body|1) else\b(?! s\b)")
_ANYONE_LEAD = re.compile(r"(?:anybody|anyone|any1|people|they|my family)\b")
_DONT_THINK_END = re.compile(r"\b(?:dont|do not|didnt|never) (?:think|feel like|believe)$")
_UNTIL_AFTER = re.compile(r"^\W*(?:\w+ )?until\b")  # "I wasn't suicidal until ..." affirms
_SOFTENER = re.compile(r"\b(?:less|fewer|not as)\b")
# "I wonder if I should end it" asks oneself, it is not a hypothetical.
# "would have" is a past counterfactual ("I would have done it if ..."), not when a noun follows
# ("she would have a better mother if I wasn't here" is a present wish).
_HYPOTHETICAL = re.compile(
    # "know if", "tell if", "sure if" ask whether something is so: not a condition
    r"(?<!wonder )(?<!wondering )(?<!wondered )(?<!know )(?<!tell )(?<!sure )"
    # "it'd be nice if a truck just ended things for me" wishes, it does not suppose
    r"(?<!nice )(?<!easier )(?<!better )(?<!good )(?<!great )(?<!lovely )"
    + _ASKS_LEAVE
    + r"\bif\b|"
    r"\b(?:would have|wouldve)\b(?! (?:a|an|the|no|more|less|someone|somebody|so|much|way|"
    r"far)\b)"
)
_MODAL = re.compile(r"\b(?:would|could|might)\b")
_FEARED_ACT = re.compile(
    r"\b(?:i think|im scared|i am scared|im afraid|i am afraid|i feel like|im worried|i am worried|"
    r"i worry|i fear|scared that|afraid that|worried that) i (?:really )?(?:might|could)$"
)
# "if he finds this he'll beat me again like friday": a threat of more of what already happens
_AGAIN_NEXT = re.compile(r"\W*(?:again|one more time|ever again)\b")
# "he'll break my arm, and he's done it before": the past makes the threat credible, it does
# not make it the past
_DONE_BEFORE = re.compile(
    r"\W*(?:and |because |cause |cos )?(?:he|she|they) ?(?:s|has|have|ve)? (?:done|did) "
    r"(?:it|that|this) before\b"
)
# "my dad said if I come back he'll break my legs": the abuser's condition is the threat
# itself, not the writer supposing
_THREAT_REPORTED = re.compile(
    r"\b(?:said|says|told me|tells me|threatened|threatens|warned|warns|texted|swore|screamed|"
    r"yelled|keeps saying)(?: to me)?(?: that)? (?:if|unless|when)\b"
)
# ... and its common misspelling before a verb of feeling or asking ("i use to ask God to take me
# home"), not "the pills i use to sleep"
_USED_TO = re.compile(
    r"\bused to\b|\bi use to (?:be|think|feel|want|wish|ask|pray|beg|cut|hurt|hate|say|tell|"
    r"cry|drink|sit|lie|lay)\b"
)
_STILL = re.compile(r"\b(?:still|again|now|currently)\b")
_GREW_UP = re.compile(r"\b(?:i|we) grew up\b|\bgrowing up\b|\bin my childhood\b")
_ABUSE_PRESENT_TENSE = re.compile(
    r"\b(?:beats|hits|hurts|kicks|slaps|punches|chokes|touches|rapes|abuses|locks|threatens)\b"
)
_KILL_WORD = re.compile(r"\bkill\b")
_READS_LIKE_A_NOTE = re.compile(rules.NOTE_SIGN)
# "I could strangle him", and "violent urges" or "homicidal thoughts" named without a target:
# often exasperation or history; a check-in unless something says it is meant
_URGE_IDIOM = re.compile(
    r"i could (?:kill|strangle|murder|hurt|throttle|choke)\b|(?:homicidal|violent) (?:thoughts|"
    r"urges|fantasies)\b|feel(?:ing)? homicidal\b"
)
_UNJUDGED_KINDS = frozenset(
    {
        Kind.MEANS_QUESTION,
        Kind.MEANS_PLACE,
        Kind.MEANS_ACCESS,
        Kind.FOLLOW_UP,
        Kind.EXPOSURE,
        Kind.HYPERBOLE,
        Kind.MEDICAL,
        Kind.RECOVERY,
    }
)
_PAST_LEAD = re.compile(
    r"(?:wanted|tried|thought|was|were|had|felt|considered|contemplated|attempted|planned|"
    r"couldnt|wished|used|i self harmed|self harmed)\b"
)


# ============================================================================ weighing
@dataclass
class _Outcome:
    tier: RiskTier = RiskTier.NONE
    categories: set[RiskCategory] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    third_party_tier: RiskTier = RiskTier.NONE
    first_tier: RiskTier = RiskTier.NONE
    current_tier: RiskTier = RiskTier.NONE  # the writer's own risk, told as current

    def add(
        self,
        tier: RiskTier,
        evidence: str,
        category: RiskCategory | None,
        third_party: bool = False,
        *,
        history: bool = False,
    ) -> None:
        if tier == RiskTier.NONE:
            return
        if not third_party and not history:
            self.current_tier = max(self.current_tier, tier)
        if evidence not in self.evidence:
            self.evidence.append(evidence)
        if category is not None:
            self.categories.add(category)
        if third_party:
            self.third_party_tier = max(self.third_party_tier, tier)
        else:
            self.first_tier = max(self.first_tier, tier)
        self.tier = max(self.tier, tier)


def _weigh_hit(
    hit: _Hit,
    joke: bool,
    fiction: bool,
    news: bool,
    distress: bool,
    serious: bool = False,
    retracted: bool = False,
    quoted: bool = False,
    running_joke: bool = False,
) -> _Hit:
    """Apply negation, time, intent and framing to one hit (mutates and returns it)."""
    kind = hit.kind
    cat = hit.category
    self_directed = cat in _SELF_CATEGORIES
    if hit.who == _Who.THIRD and kind not in (Kind.EXPOSURE, Kind.HYPERBOLE, Kind.RECOVERY):
        if (
            hit.negated
            or fiction
            or news
            or running_joke
            or "guard.reported_question" in hit.extra
        ):
            # ... or a question about someone ("how do I ask a patient about suicidal thoughts"),
            # or their running joke ("says he'll hang himself if the Browns lose, same joke
            # every season")
            hit.tier = RiskTier.NONE
        elif hit.past and "recent" not in hit.extra:
            hit.tier = RiskTier.LOW
            hit.evidence = "exposure.third_party_history"
        elif kind in (Kind.PLAN, Kind.BEHAVIOUR, Kind.MEDICAL) and hit.tier == T.IMMINENT:
            hit.tier = T.IMMINENT
        elif kind == Kind.DISTRESS:
            hit.tier = RiskTier.NONE
        else:
            hit.tier = T.HIGH
        return hit
    if cat == RiskCategory.MEDICAL and hit.past and "recent" not in hit.extra:
        hit.tier = min(hit.tier, T.MODERATE)  # an old overdose is history, not an emergency
        return hit
    if kind in (Kind.EXPOSURE, Kind.HYPERBOLE, Kind.DISTRESS, Kind.RECOVERY) or (
        hit.signal.person == Person.ANY
    ):
        if kind == Kind.HYPERBOLE and distress:
            # "please unalive me, i mean it, i cant keep living like this": said in earnest
            hit.tier = T.HIGH if serious else T.MODERATE
            hit.extra.append("combo.hyperbole_in_distress")
        if kind == Kind.DISTRESS and hit.negated:
            hit.tier = RiskTier.NONE
        return hit
    if hit.negated:
        hit.evidence = f"negated.{hit.signal.id}"
        hit.tier = min(hit.tier, T.LOW)
        return hit
    if "guard.reported_question" in hit.extra:
        hit.tier = min(hit.tier, T.LOW)
        return hit
    # "what if i just yeeted myself off this mortal coil tonight. like actually": a "what if"
    # with a time and said in earnest is a plan voiced, not a hypothetical
    earnest_plan = hit.hypothetical and serious and "intent" in hit.extra
    if (hit.hypothetical or "guard.softened" in hit.extra) and kind != Kind.HISTORY and not (
        earnest_plan
    ):
        hit.tier = min(hit.tier, T.MODERATE)
        if hit.hypothetical:
            hit.extra.append("guard.hypothetical")
    if quoted and cat == RiskCategory.SELF_HARM and kind == Kind.BEHAVIOUR and not hit.past:
        # a song's or a group's line discussed ("what is he singing about with 'I hurt myself
        # today'?"): the words are theirs, as with ideation in a frame
        hit.tier = min(hit.tier, T.LOW)
        hit.extra.append("guard.fiction_frame")
        return hit
    if hit.past and fiction and cat in _SELF_CATEGORIES:
        # a quoted line discussed ("'if i should die before i wake' wait why ...")
        hit.tier = min(hit.tier, T.LOW)
        hit.extra.append("guard.fiction_frame")
        return hit
    if hit.past:
        recent = "recent" in hit.extra
        prefix = cat.value if cat is not None else "history"
        if cat == RiskCategory.SUICIDE:
            # Past ideation or an attempt is referred too (screen 2026-11-26.1): in chat "I was
            # suicidal" cannot be told from "and still am", and SB 243 asks for a referral on
            # any expression of suicidal ideation. The reply speaks to the past (history=True).
            hit.tier = T.HIGH
            hit.evidence = "suicide.recent_attempt_or_ideation" if recent else HISTORY_EVIDENCE
            if retracted:
                # "i know i said i wanted to die earlier but i was being dramatic about my
                # exam": taken back, so a check-in (as "I want to die. jk"), not the card.
                hit.tier = T.MODERATE
                hit.extra.append("guard.retracted")
        elif cat == RiskCategory.SELF_HARM:
            hit.tier = T.HIGH if recent else T.LOW
            hit.evidence = "self_harm.current" if recent else "self_harm.history"
        elif cat == RiskCategory.ABUSE:
            hit.tier = T.HIGH if recent else T.MODERATE
            hit.evidence = f"{prefix}.recent" if recent else f"{prefix}.history"
        else:
            hit.tier = min(hit.tier, T.MODERATE) if not recent else hit.tier
        return hit
    if "intent" in hit.extra and hit.tier >= T.HIGH and kind in _IDEATION_KINDS:
        if "if_sentence" in hit.extra:
            hit.extra.append("combo.conditional_intent")
        else:
            hit.tier = T.IMMINENT
            hit.extra.append("combo.ideation_with_intent_or_timeframe")
    if kind == Kind.HARM_OTHERS:
        return hit
    if self_directed and kind in _IDEATION_KINDS:
        if fiction:
            hit.tier = min(hit.tier, T.LOW)
            hit.extra.append("guard.fiction_frame")
        elif joke and hit.tier >= T.HIGH:
            # A method said with a laugh stays a referral; inside a joking "if I have to sit
            # through one more ..., I'll ..." it is hyperbole: a concern, not the card.
            conditional = "if_sentence" in hit.extra
            # A passive wish has no act to time: "so done with life today haha" took IMMINENT
            # from "today" alone, and a laugh around it is a check-in like any joked wish.
            timed_wish = (
                hit.signal.id == "suicide.passive_ideation"
                and "combo.ideation_with_intent_or_timeframe" in hit.extra
            )
            hit.tier = (
                T.HIGH
                if hit.tier == T.IMMINENT and not conditional and not timed_wish
                else T.MODERATE
            )
            hit.extra.append("guard.joke_wrapper")
    return hit


@dataclass
class _ContextFacts:
    ideation: bool = False
    distress: bool = False


def _context_facts(context: Sequence[str]) -> _ContextFacts:
    facts = _ContextFacts()
    for msg in list(context)[-6:]:
        if not msg:
            continue
        for hit in _analyse(normalise(_bounded(msg))):
            if hit.who != _Who.FIRST:
                continue
            if (
                hit.category in _SELF_CATEGORIES
                and hit.kind in (Kind.IDEATION, Kind.METHOD, Kind.PLAN, Kind.BEHAVIOUR)
                and not hit.negated
                and hit.tier >= T.MODERATE
            ):
                facts.ideation = True
            if (
                hit.kind == Kind.DISTRESS
                or (hit.category in _SELF_CATEGORIES and hit.kind != Kind.EXPOSURE)
                or (hit.kind == Kind.MEDICAL and hit.signal.tier >= T.MODERATE)
                or (hit.kind == Kind.ABUSE)
            ):
                facts.distress = True
    return facts


def screen(text: str, context: Sequence[str] = ()) -> ScreenResult:
    """Screen one user message. `context` = the session's previous user messages, oldest first.

    Context is used only to interpret means questions and vague follow-ups; it never raises an
    otherwise innocuous message (the caller keeps its own session safety state)."""
    if not text or not text.strip():
        return NO_RISK
    result, gate, view, chat_ok = _rules_pass(text, context)
    if gate == _Gate.CLOSED:
        return result
    if gate in (_Gate.LONG, _Gate.LONG_PLAIN, _Gate.LONG_CAPPED):
        # A paragraph typed into the chat (40-80 words: what happened today, then the feeling)
        # is the chat model's kind of text; forum posts are the long-post model's. Either may
        # refer: the chat model first, where its gate is open.
        if chat_ok:
            chatted = _apply_chat_model(result, view)
            if chatted.referral:
                return chatted
        lm = learned.long_model()
        if lm is None:  # no long-post model file: long posts are rules-only
            return result
        t_mod = lm.thresholds.get("long_moderate", 1.0)
        key = "long_high" if gate == _Gate.LONG else "long_high_plain"
        t_high = lm.thresholds.get(key, 1.0)
        return _apply_model(result, gate, lm.score(view), t_mod, t_high)
    m = learned.model()
    if m is not None:
        prefix = "long" if learned.is_long(view) else "short"
        t_mod = m.thresholds.get(f"{prefix}_moderate", 1.0)
        t_high = m.thresholds.get(f"{prefix}_high", 1.0)
        result = _apply_model(result, gate, m.score(view), t_mod, t_high, short=prefix == "short")
    if gate in (_Gate.OPEN, _Gate.CHAT) and not result.referral:
        result = _apply_chat_model(result, view)
    elif gate == _Gate.CHAT_STRONG and not result.referral:
        result = _apply_chat_model(result, view, strong=True)
    return result


# Twenty-seventh pass: past a laugh, a vague follow-up ("i know where i'm gonna do it") or a
# place question, the chat model refers only when it is nearly certain. Chosen on development
# data (leave-one-author-out scores: 11 more development positives referred, 1 negative of
# 15,732) and checked on four corpora no rule or weight had seen (8 of 800 positives, 0 of 800
# negatives); docs/safety-screen.md, Twenty-seventh pass.
CHAT_STRONG_SCORE = 0.98


def _apply_chat_model(result: ScreenResult, view: str, *, strong: bool = False) -> ScreenResult:
    """The chat referral model may refer a chat message the rules left below MODERATE."""
    cm = learned.chat_model()
    if cm is None or result.tier >= T.MODERATE:
        return result
    threshold = cm.thresholds.get("chat_high", 1.0)
    if strong:
        threshold = max(threshold, CHAT_STRONG_SCORE)
    if cm.score(view) < threshold:
        return result
    categories = set(result.categories)
    heads = learned.chat_category_models()
    if heads:
        scores = {name: head.score(view) for name, head in heads.items()}
        best = max(scores, key=lambda k: scores[k])
        categories.add(RiskCategory(best))
    if not categories:
        categories.add(RiskCategory.SUICIDE)
    # Someone else is the subject: "my sister has cuts all over her legs" (a person named, no
    # I/me in it). A bare "he"/"she" is not enough: "bruises from last night and he's coming back"
    # is the writer's own danger.
    third = bool(_PERSON_NOUN.search(view)) and not _WRITER_AS_SUBJECT.search(view)
    return ScreenResult(
        tier=T.HIGH,
        categories=tuple(sorted(categories, key=lambda c: c.value)),
        evidence=tuple(_order((*result.evidence, CHAT_EVIDENCE))),
        third_party=third,
    )


# Names as subjects: a word the person wrote with a capital letter that is neither a word the
# rules use nor a pronoun, opener or filler ("Sam wants to die", "Marcus is suicidal and not
# answering") is someone else, so the helper is supported. Lower-case names are not recognised.
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{1,20}\b")
_NOT_NAME_WORDS = """
    i im ive id ill me my mine the a an this that these those it its he she they we you your
    our their his her him them who what when where why how which there here honestly just so
    really today tonight yesterday tomorrow now lately sometimes everything nothing everyone
    everybody someone somebody nobody anyone anybody something life work school god lord
    jesus please sorry hi hey hello ok okay yes no yeah well and but or if because also
    still maybe idk tbh ngl lol omg ugh ich heute jetzt aber und mein meine yo hoy ahora
    pero je mais eu hoje agora mas io oggi ora monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december english
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


# ... and only as the subject of a verb ("Brave or Suicidal Tendencies?" is a title)
_NAME_VERB_WORDS = """
    said told messaged keeps kept just has had is was wanted tried took sent left
"""
_NAME_VERBS = rules.THIRD_PERSON_VERBS | frozenset(_NAME_VERB_WORDS.split())


def _unknown_word(tok: str) -> bool:
    """A sentence's first word the screen does not know, before a verb: in lower-case chat,
    most likely a name ("sam wants to die")."""
    return (
        tok.isalpha()
        and len(tok) > 2
        and tok not in _VOCAB
        and tok not in _NOT_NAMES
        and tok not in _FILLERS
    )


def _names(raw: str) -> frozenset[str]:
    found = {w.lower() for w in _CAPITALISED.findall(raw)}
    return frozenset(found - _NOT_NAMES - _VOCAB - _FILLERS)


def _rules_pass(text: str, context: Sequence[str]) -> tuple[ScreenResult, _Gate, str, bool]:
    """The rules' result, whether the learned backup may still raise it, the model's view, and
    whether the chat referral model may speak."""
    raw = _bounded(text)
    norm = normalise(raw)
    hits = _analyse(norm, _names(raw))
    result = _decide(hits, norm, raw, context) if hits else NO_RISK
    if result.tier >= T.HIGH or result.third_party:
        return result, _Gate.CLOSED, "", False
    view = _model_text(norm)
    chat_gate = _chat_gate(hits, norm, raw, view) if result.tier < T.MODERATE else _ChatGate.CLOSED
    chat_ok = chat_gate == _ChatGate.OPEN
    chat_soft = chat_gate == _ChatGate.STRONG
    if learned.is_long(view):
        return result, _long_gate(hits, view, norm), view, chat_ok
    if result.tier >= T.MODERATE:
        return result, _Gate.CLOSED, "", False
    gate = _model_gate(hits, norm, raw, view)
    if gate == _Gate.CLOSED and chat_ok:
        gate = _Gate.CHAT
    elif gate == _Gate.CLOSED and chat_soft:
        gate = _Gate.CHAT_STRONG
    elif gate == _Gate.OPEN and not chat_ok:
        gate = _Gate.OPEN_SHORT
    return result, gate, view, chat_ok


# ============================================================================ learned backup
# The model (learned.py) only speaks where the rules stayed below MODERATE, only about the
# writer (first person), and never where a rule guard has explained the words away: idioms are
# blanked before scoring; negation, third persons, grief/suicide exposure, hyperbole, means
# trivia, reported questions, and joke/fiction/news frames close the gate. It raises to
# MODERATE or HIGH, never IMMINENT, with evidence "learned.suicide_risk".
LEARNED_EVIDENCE = "learned.suicide_risk"
_FIRST_TOKEN = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself|mine)\b")
_FRAGMENT_WORDS = 8  # shorter messages without a subject are read as the writer's (chat style)
_GATE_BLOCK_KINDS = (
    frozenset({Kind.EXPOSURE, Kind.HYPERBOLE, Kind.DECLARED_INTENT})
    | _MEANS_KINDS
    | {Kind.FOLLOW_UP}
)
_BLANKS = re.compile(r"\s{2,}")


def _model_text(norm: str) -> str:
    return _BLANKS.sub(" ", _blank_idioms(norm)).strip()


class _Gate(Enum):
    CLOSED = "closed"  # the model may not raise this message
    OPEN = "open"  # MODERATE above the lower threshold, HIGH above the higher one
    GRIEF = "grief"  # (old long-post gate, kept for older model files) MODERATE at most
    LONG = "long"  # forum-length first-person post: the long-post model decides (see below)
    LONG_PLAIN = "long_plain"  # the same without any risk language the rules recognise: the
    # model needs the stricter "long_high_plain" threshold to refer
    LONG_CAPPED = "long_capped"  # the long-post model may make it MODERATE, never a referral:
    # a paragraph of up to 80 words whose only risk language is someone else's suicide, or a
    # recovery story told with the life since (see _long_gate)
    CHAT = "chat"  # closed to the short model, open to the chat referral model (third persons)
    CHAT_STRONG = "chat_strong"  # closed to the short model; the chat referral model may refer
    # only when it is nearly certain (CHAT_STRONG_SCORE): a laugh, a vague follow-up or a place
    # question closed the gate, and nothing stronger did (see _chat_gate)
    OPEN_SHORT = "open_short"  # open to the short model, closed to the chat referral model


CHAT_EVIDENCE = "learned.chat_referral"
_PERSON_NOUN = re.compile(rf"\b(?:{rules.MACROS['PERSON']}|mate|son|grandad|grandpa|grandma)\b")
_WRITER_AS_SUBJECT = re.compile(r"\b(?:i|im|ive|id|ill|me|myself)\b")


def _chat_gate(hits: list[_Hit], norm: str, raw: str, view: str) -> _ChatGate:
    """Where the chat referral model may speak although the short model's gate is closed.

    The chat model was trained on every crisis category, third persons included, against
    idioms, jokes, grief, news and fiction written to look risky, so it needs fewer guards.
    Closed: news frames, idioms, negated own risk ("I'm not suicidal"), grief and hyperbole the
    rules recognised, recovery, a third person in care, reported questions, voices, quotes.
    Half-open (STRONG: the model refers only above CHAT_STRONG_SCORE) when only a soft reason
    closed it: a laugh or an emoji ("lol the rope in my room is for a 'project'"), a vague
    follow-up ("the rope came in the post today. i know where i'm gonna do it") or a place or
    means question ("The high bridge over the river. I've parked the car near it")."""
    if not _WORD.search(view) or _NEWS.search(norm) or _has_idiom(norm):
        return _ChatGate.CLOSED
    if _FOREIGN_NEGATED_DEATH.search(norm):
        return _ChatGate.CLOSED  # "ich will nicht sterben", "no quiero morir"
    if presentations.detect(raw) in _MODEL_BLIND_PRESENTATIONS:
        # Voices and nihilistic beliefs get the grounding reply (presentations.py); the model
        # cannot read them (it took "the voices tell me to leave the city tonight" for abuse).
        # Voices that command harm are the rules' (suicide.command_thoughts, violence).
        return _ChatGate.CLOSED
    own_risk = any(h.category in _SELF_CATEGORIES for h in hits)
    practical = bool(_PEST_CONTROL.search(norm) or _MED_HANDLING.search(norm))
    if practical and not own_risk:
        return _ChatGate.CLOSED  # pests, or how to take a medicine, with no risk of one's own
    if _PET_SCRATCH.search(norm) or _ANXIOUS_WORRY.search(norm):
        return _ChatGate.CLOSED  # a pet's scratch; worry about a loved one asked about as anxiety
    minor_wound = bool(_MINOR_WOUND.search(norm))
    if (minor_wound and not own_risk) or _TRIVIAL_PURPOSE.search(norm):
        return _ChatGate.CLOSED  # a work cut already dressed; "hoping the library collapses so
        # i get an extension"
    if _GENERIC_QUOTE.search(raw.casefold()):
        return _ChatGate.CLOSED  # a song's or a group's quoted words, discussed
    if (_RECOVERED.search(norm) or _told_as_recovered(norm)) and not _back_again(norm):
        return _ChatGate.CLOSED  # "told my cousin about my attempt so she knows it gets better"
    if _THIRD_IN_CARE.search(norm) and not _THIRD_ACUTE.search(norm):
        return _ChatGate.CLOSED  # "overdosed in June. Survived. Now 3 months into rehab"
    soft = _joking(norm, raw)
    for h in hits:
        if h.negated and h.who == _Who.FIRST and h.category in _SELF_CATEGORIES:
            return _ChatGate.CLOSED
        if "guard.reported_question" in h.extra or "guard.hyperbole_or_joke" in h.extra:
            return _ChatGate.CLOSED  # "voy a matar a mi hermana, se comió mi postre"
        if h.kind in (Kind.EXPOSURE, Kind.HYPERBOLE):
            return _ChatGate.CLOSED  # grief, "kill me now": the rules' reading stands
        if h.kind in (Kind.MEANS_PLACE, Kind.FOLLOW_UP):
            soft = True  # trivia, a vague follow-up: the rules' reading, unless near certain
    if not soft:
        return _ChatGate.OPEN
    if practical or minor_wound:
        return _ChatGate.CLOSED  # a joke about pests or a dressed cut stays closed
    return _ChatGate.STRONG


class _ChatGate(Enum):
    CLOSED = "closed"
    OPEN = "open"
    STRONG = "strong"  # open only above CHAT_STRONG_SCORE


# Pest control: "any rat poison that's safe around pets? mice in the garage" (the chat model
# read poison + garage as means-seeking).
_PEST_CONTROL = re.compile(
    r"\b(?:mice|mouse|rats|rodents?|pests?|ants|roaches|cockroaches|wasps?|hornets?|slugs|snails|"
    r"moles|gophers|termites|fleas|bed ?bugs|weeds|aphids|infestation|exterminator|sheep|cattle|"
    r"cows|goats|chickens|hens|foxes|pigeons|squirrels|geese|magpies|crows)\b"
)
# How to take a medicine: "can you cut extended release pills in half? mine are huge" (the chat
# model read pills + cut as self-harm).
_MED_HANDLING = re.compile(
    r"\b(?:cut|split|crush|chew|halve|break|open) (?:\w+ ){0,3}(?:pills?|tablets?|capsules?)"
    r"(?: in half| in two| open)?\b(?=[^.!?]*(?:\?|\bin half\b|\bswallow\b|\bhuge\b))"
)
# Worry about a loved one's death asked about as anxiety: the chat model read "picturing my
# partner dying" as risk.
_PET_SCRATCH = re.compile(
    r"\bmy (?:cat|dog|kitten|puppy|parrot|rabbit|hamster|bird)s? (?:\w+ )?(?:scratched|bit|clawed|"
    r"nipped)\b"
)
# A small cut at work, already dressed: first aid, not self-harm (the chat model read "nicked my
# finger pretty deep ... boning knife" as risk).
_MINOR_WOUND = re.compile(
    r"\b(?:nicked|cut|sliced|caught) my (?:finger|thumb|hand|knuckle)\b[^|]*\b(?:glued|taped|"
    r"plaster|steri|not bleeding|stopped bleeding|healing)\b"
)
# A wish for harm that names a trivial payoff is a joke about a deadline, not a death wish.
_TRIVIAL_PURPOSE = re.compile(
    r"\bso (?:that )?i (?:can )?(?:get|got) (?:an extension|a day off|out of (?:work|class|it|"
    r"the exam)|a sick day)\b"
)
_ANXIOUS_WORRY = re.compile(
    r"\b(?:zero intention|(?:dont|do not) (?:even )?want to jump|weird brain thing|"
    r"i dont want anything bad to happen|is (?:this|it|that) (?:just )?(?:anxiety|ocd|health "
    r"anxiety|intrusive thoughts?))\b"
)
_MODEL_BLIND_PRESENTATIONS = frozenset(
    {presentations.Presentation.VOICES, presentations.Presentation.NIHILISTIC}
)
_FOREIGN_NEGATED_DEATH = re.compile(
    r"\b(?:nicht|kein|no|non|nao|ne|pas|jamais|nunca|mai)\b (?:\w+ ){0,2}(?:sterben|tot|"
    r"morir|morirme|muerto|mourir|morrer|morire|matarme|matar|uccidermi|umbringen|suicid\w*|"
    r"tuer|viver|vivir|vivre|leben)\b"
)


_GRIEF_PARAGRAPH_WORDS = 80


def _long_gate(hits: list[_Hit], view: str, norm: str) -> _Gate:
    """Gate for long posts (`learned.is_long`): open unless clearly not about the writer.

    People telling their own story in a forum post mention friends, grief, the news and other
    people's suicides; closing the gate on any of those lost real positives. So a long post is
    left to the long-post model unless it has no first-person word at all (third-person
    accounts, news, essays) or the writer negates their own ideation ("I would never kill
    myself"). The rules' result stays the floor and anything they rate HIGH or above, or as a
    concerned third person, never reaches the model."""
    if not _FIRST_TOKEN.search(view):
        return _Gate.CLOSED
    for h in hits:
        if (
            h.negated
            and h.who == _Who.FIRST
            and h.category in _SELF_CATEGORIES
            and h.kind in _IDEATION_KINDS
        ):
            return _Gate.CLOSED
    if not any(h.category is not None and not h.negated for h in hits):
        # No risk language, only everyday distress at most: a long journal entry about work,
        # a sick sister or a breakup. Hearth's people write like this all the time; the model
        # may make the reply careful or offer lines, but never pages anyone (see _apply_model).
        return _Gate.LONG_PLAIN
    own = any(
        not h.negated
        and h.who == _Who.FIRST
        and (
            (h.category is not None and h.kind != Kind.EXPOSURE)
            or h.signal.id in _DISTRESS_FOR_PASSIVE  # "since then I feel so hopeless"
        )
        for h in hits
    )
    grief_only = not own and any(h.kind == Kind.EXPOSURE for h in hits)
    if grief_only and len(_WORD.findall(view)) <= _GRIEF_PARAGRAPH_WORDS:
        # Grief after someone's suicide written as a chat paragraph: on the training posts the
        # long-post model's referrals of such texts were right 4 times in 34, on chat paragraphs
        # 4 in 42. A check-in with lines offered, not the card (forum-length posts keep it).
        return _Gate.LONG_CAPPED
    if _told_as_recovered(norm):
        return _Gate.LONG_CAPPED  # a recovery story told with the life since
    return _Gate.LONG


def _model_gate(hits: list[_Hit], norm: str, raw: str, view: str) -> _Gate:
    if not _WORD.search(view):
        return _Gate.CLOSED
    if not _FIRST_TOKEN.search(view) and (
        len(_WORD.findall(view)) > _FRAGMENT_WORDS or _PERSON_MENTION.search(view)
    ):
        return _Gate.CLOSED
    joke = _joking(norm, raw)
    if joke or _fiction(norm) or _NEWS.search(norm):
        return _Gate.CLOSED
    if not learned.is_long(view) and _has_idiom(norm):
        return _Gate.CLOSED  # a chat message whose risk words were an idiom
    grief = False
    for h in hits:
        if h.kind == Kind.EXPOSURE and h.who == _Who.FIRST and learned.is_long(view):
            grief = True
            continue
        if h.negated or h.who == _Who.THIRD or h.kind in _GATE_BLOCK_KINDS:
            return _Gate.CLOSED
        if "guard.reported_question" in h.extra or "guard.fiction_frame" in h.extra:
            return _Gate.CLOSED
    return _Gate.GRIEF if grief else _Gate.OPEN


_EXPLAINED = frozenset(
    {"guard.recovered", "guard.urge_resisted", "guard.abuse_escaped", "guard.third_party_in_care"}
)


def _apply_model(
    result: ScreenResult,
    gate: _Gate,
    score: float,
    t_mod: float,
    t_high: float,
    *,
    short: bool = False,
) -> ScreenResult:
    if gate in (_Gate.CLOSED, _Gate.CHAT, _Gate.CHAT_STRONG):
        return result
    if gate == _Gate.LONG_PLAIN:
        # Without any risk language the model's word is a concern, not a referral: MODERATE
        # (lines offered, a check-in) above the stricter threshold, nothing below it (the long
        # model scores most long first-person writing in its lower band).
        if score >= t_high:
            tier = T.MODERATE
        else:
            return result
        if tier <= result.tier:
            return result
    elif gate == _Gate.LONG:
        # Long post: HIGH (referral) above the long-post threshold, MODERATE in the lower band;
        # the model may raise a rules MODERATE (e.g. history told in a story) to HIGH, and
        # never lowers anything. Where a rule guard explained the risk words (recovery told,
        # an urge that passed, abuse left behind, someone else already in care), the model may
        # not overrule it: it read recovery stories as crises.
        if score >= t_high and not _EXPLAINED.intersection(result.evidence):
            tier = T.HIGH
        elif score >= t_mod and result.tier < T.MODERATE:
            tier = T.MODERATE
        else:
            return result
    elif gate == _Gate.LONG_CAPPED:
        # Grief paragraph or recovery story (see _long_gate): a concern at most, never the card.
        if score >= t_mod and result.tier < T.MODERATE:
            tier = T.MODERATE
        else:
            return result
    elif gate == _Gate.GRIEF:
        if score < t_high:
            return result
        tier = T.MODERATE
    elif score >= t_high:  # OPEN or OPEN_SHORT
        tier = T.HIGH
    elif score >= t_mod:
        # In a short chat message the lower band is everyday distress far more often than
        # hidden ideation ("nobody ever texts me back", "everything is too much"): a concern
        # that makes the model careful (LOW), not crisis lines and a safety check-in.
        tier = T.LOW if short else T.MODERATE
    else:
        return result
    categories = set(result.categories) | {RiskCategory.SUICIDE}
    return ScreenResult(
        tier=tier,
        categories=tuple(sorted(categories, key=lambda c: c.value)),
        evidence=tuple(_order((*result.evidence, LEARNED_EVIDENCE))),
        third_party=False,
    )


def model_view(text: str) -> str:
    """The text the learned backup scores: normalised, bounded, idioms blanked (for training)."""
    return _model_text(normalise(_bounded(text)))


def rules_and_gate(text: str) -> tuple[ScreenResult, str]:
    """Rules-only result and the learned backup's gate ("closed", "open", "grief")."""
    if not text or not text.strip():
        return NO_RISK, _Gate.CLOSED.value
    result, gate, _view, _chat = _rules_pass(text, ())
    return result, gate.value


def rules_and_chat_gate(text: str) -> tuple[ScreenResult, bool]:
    """Rules-only result and whether the chat referral model may raise it (for training)."""
    if not text or not text.strip():
        return NO_RISK, False
    result, _gate, _view, chat_ok = _rules_pass(text, ())
    return result, chat_ok


def combine_with_model(
    text: str, score: float, t_mod: float, t_high: float, t_high_plain: float | None = None
) -> ScreenResult:
    """What screen() would return with this model score and thresholds (for tuning/eval).

    `t_high_plain` is the long-post referral threshold without risk language (default t_high)."""
    result, gate = rules_and_gate(text)
    if gate == _Gate.LONG_PLAIN.value and t_high_plain is not None:
        t_high = t_high_plain
    return _apply_model(result, _Gate(gate), score, t_mod, t_high)


def _decide(hits: list[_Hit], norm: str, raw: str, context: Sequence[str]) -> ScreenResult:
    joke = _joking(norm, raw)
    # a group's quoted words are read as a frame, as fiction is: not the writer's own
    quoted = bool(_GENERIC_QUOTE.search(raw.casefold()))
    # a pupil's essay that "reads like a suicide note" is the sign itself, not a frame around it
    note_sign = bool(_READS_LIKE_A_NOTE.search(norm))
    fiction = (_fiction(norm) or quoted) and not note_sign
    news = bool(_NEWS.search(norm)) and not note_sign
    first = [h for h in hits if h.who == _Who.FIRST]
    distress_here = any(
        h.kind == Kind.DISTRESS and not h.negated and h.tier >= T.LOW for h in first
    ) or any(h.kind == Kind.DISTRESS and h.signal.id in _LOSS for h in first)
    serious = bool(_SERIOUS.search(norm))
    recovery = _Recovery(norm)
    retracted = joke and bool(_RETRACTED.search(norm))
    running_joke = bool(_RUNNING_JOKE.search(norm))
    for h in hits:
        _weigh_hit(
            h,
            joke and not _laugh_about_something_else(norm, raw, h),
            fiction,
            news,
            distress_here,
            serious=serious,
            retracted=retracted,
            quoted=quoted,
            running_joke=running_joke,
        )
    recovering = any(h.signal.id == "self_harm.in_recovery" and not h.negated for h in first)
    resisted = bool(_RESISTED.search(norm))
    for h in first:
        if recovering and (
            h.signal.id == "self_harm.history"
            or (h.signal.id == "self_harm.multilingual" and _FOREIGN_PAST.search(norm))
        ):
            h.tier = min(h.tier, T.LOW)  # "used to self-harm, 5 years clean today"
        elif h.category == RiskCategory.SELF_HARM and (
            (recovering and resisted)
            # without a clean streak only an urge that passed counts, never an act
            or (
                (
                    h.signal.id == "self_harm.urge"
                    # "had an urge to self harm last week ... and it passed", told as past
                    or (
                        h.signal.id == "self_harm.history"
                        and "urge" in norm[max(0, h.start - 12) : h.end]
                    )
                )
                and _URGE_PASSED.search(norm)
            )
        ):
            h.tier = min(h.tier, T.MODERATE)  # "had an urge, used my list, it passed"
            h.extra.append("guard.urge_resisted")
        elif (
            h.category == RiskCategory.ABUSE
            and (
                _ABUSER_GONE.search(norm)
                or (_ABUSE_LEFT.search(norm) and (_SAFE_NOW.search(norm) or recovery.any))
            )
            and not _ABUSE_GOES_ON.search(norm)
        ):
            h.tier = min(h.tier, T.MODERATE)  # "left my abusive ex last year, we're safe now"
            h.extra.append("guard.abuse_escaped")
        elif (
            h.category is not None
            and h.category != RiskCategory.VIOLENCE
            and h.tier >= T.HIGH
            and "recent" not in h.extra
            and _past_framed(_sentence(norm, h), h.category)
            and (
                recovery.told_since
                # ... or a self-harm act set a year or more back, with recovery said in words
                # ("had a relapse with cutting last year but I've been doing really well since")
                or (
                    h.category == RiskCategory.SELF_HARM
                    and bool(
                        _LAST_YEAR.search(_sentence(norm, h))
                        or _LONG_AGO.search(_sentence(norm, h))
                    )
                    and recovery.any
                    and not _back_again(norm)
                )
            )
        ):
            # A recovery story: the risk is told in a sentence set in a long-ago past ("in 2015
            # I try to end my life with my car", "I self-harmed through my teens") and the
            # message tells the life since ("now I have my restaurant"), with nothing saying it
            # is back. Like a past attempt told with recovery: MODERATE, lines offered, no card.
            h.tier = T.MODERATE
            h.extra.append("guard.recovered")
        elif (
            (
                h.signal.id == "suicide.affairs_in_order"
                or (
                    h.signal.id == "suicide.plan_or_preparation"
                    and _AFFAIRS_WORDS.search(norm[h.start : h.end])
                )
            )
            and h.tier >= T.HIGH
            and (
                _ORDINARY_REASON.search(norm)
                or _ORDINARY_REASON_HERE.search(_sentence(norm, h))
            )
            and not distress_here
            and not _REASON_DENIED.search(norm)
            and not any(
                o.kind == Kind.IDEATION and o.category in _SELF_CATEGORIES and not o.negated
                for o in first
            )
        ):
            h.tier = T.LOW
            h.extra.append("guard.ordinary_reason")
        elif (
            (
                h.signal.id in ("suicide.explicit_death_wish", "suicide.passive_ideation")
                or (h.signal.id == "suicide.plan_or_preparation" and joke)
            )
            and h.tier >= T.HIGH
            and _EMBARRASSED.search(norm)
        ):
            h.tier = T.MODERATE if distress_here else T.LOW
            h.extra.append("guard.embarrassment")
        elif (
            h.category == RiskCategory.SUICIDE
            and h.kind in _IDEATION_KINDS | {Kind.HISTORY}
            and h.tier >= T.HIGH
            and (
                _TRIVIAL_IF.search(_sentence(norm, h))
                or _TRIVIAL_CAUSE.search(_sentence(norm, h))
                or (joke and _GAME_LOST.search(_sentence(norm, h)))
                or _SCORE_LOST.search(norm)
            )
        ):
            # "if the DJ plays the macarena I will walk into the sea": a threat hung on a
            # trivial condition is hyperbole; a check-in, not the card.
            h.tier = T.MODERATE
            h.extra.append("guard.trivial_condition")

    for h in hits:
        if (
            h.who == _Who.THIRD
            and h.category == RiskCategory.SUICIDE
            and h.kind in _IDEATION_KINDS
            and h.tier >= T.HIGH
            and _TRIVIAL_CAUSE.search(_sentence(norm, h))
        ):
            # "my daughter says my dad jokes make her want to walk into the sea": the same
            # hyperbole, said of someone else (LOW: a third person's MODERATE refers the helper)
            h.tier = T.LOW
            h.extra.append("guard.trivial_condition")
        if h.category == RiskCategory.MEDICAL and _DEATH_TOLD.search(_sentence(norm, h)):
            h.tier = min(h.tier, T.LOW)  # "collapsed at training and died": grief, not a 999 call
            h.extra.append("guard.death_told")
        elif h.kind == Kind.MEDICAL and _told_as_recovered(norm):
            # "I tried to hang myself at 22. The rope broke. I'm 48 and glad of it": the
            # emergency is the story's past
            h.tier = min(h.tier, T.LOW)
            h.extra.append("guard.recovered")
    in_care: list[RiskCategory | None] = []
    if _THIRD_IN_CARE.search(norm) and not _THIRD_ACUTE.search(norm):
        for h in hits:
            if (
                h.who == _Who.THIRD
                and h.tier >= T.HIGH
                and (
                    h.tier < T.IMMINENT
                    or h.past
                    or _WEEKS_AGO.search(_sentence(norm, h))
                    or _CARE_ARRIVED.search(norm)
                )
            ):
                # "she told me last month ... she has a therapist now": the person is in care,
                # so the helper is supported (MODERATE: lines offered) without the card.
                h.tier = T.LOW
                in_care.append(h.category)

    out = _Outcome()
    for cat in in_care:
        out.add(T.MODERATE, "guard.third_party_in_care", cat)
    ideation_here = any(
        h.category in _SELF_CATEGORIES
        and h.kind in (Kind.IDEATION, Kind.METHOD, Kind.PLAN)
        and not h.negated
        and h.tier >= T.MODERATE
        and h.who == _Who.FIRST
        for h in hits
    )
    any_self_here = any(
        h.category in _SELF_CATEGORIES
        and h.kind not in (Kind.EXPOSURE, Kind.HYPERBOLE)
        and h.who == _Who.FIRST
        and h.kind not in _MEANS_KINDS | {Kind.FOLLOW_UP}
        and "guard.fiction_frame" not in h.extra
        and "guard.reported_question" not in h.extra
        for h in hits
    )
    other_suicide = any(
        h.category == RiskCategory.SUICIDE and h.kind != Kind.EXPOSURE and h.tier > T.NONE
        for h in hits
    )
    for h in hits:
        if h.kind in _MEANS_KINDS or h.kind in (
            Kind.FOLLOW_UP,
            Kind.DISTRESS,
            Kind.DECLARED_INTENT,
        ):
            continue
        if h.kind == Kind.EXPOSURE and other_suicide:
            continue
        if h.kind == Kind.HARM_OTHERS and h.who == _Who.FIRST and not h.negated:
            # an act begun ("he thought it was a game") or a weapon at hand ("the gun is in my
            # car", said of a team meeting) is not made trivial by the occasion
            # (an act begun anywhere in the message: "I think about a pillow over his face, and
            # I've stood over him with it twice now")
            armed = any(o.signal.id == "violence.near_act" for o in first) or bool(
                _WEAPON.search(norm)
            )
            # ... nor is a threat beside knowing where the person lives or parks ("if he texts
            # my girl one more time im going to kill him. i know where he lives")
            located = any(o.signal.id == "violence.targeting" for o in first)
            trivial = (
                _VIOLENCE_TRIVIAL.search(norm)
                and not _SERIOUS.search(norm)
                and not _PROTECTING.search(norm)
            )
            if (trivial and not armed and not located) or joke:
                h.tier = min(h.tier, T.LOW)
                h.extra.append("guard.hyperbole_or_joke")
            elif _VIOLENCE_PLAN.search(norm):
                h.tier = T.IMMINENT
                h.extra.append("combo.violence_with_plan")
            elif _SERIOUS.search(norm):
                h.tier = max(h.tier, T.HIGH)  # "i want to kill my roommate. not a joke"
                h.extra.append("combo.violence_said_seriously")
            elif _VIOLENCE_REHEARSED.search(norm):
                h.tier = max(h.tier, T.HIGH)  # the fantasy is growing a plan: ask now
                h.extra.append("combo.violence_rehearsed")
            elif _VOICES_COMMAND.search(norm):
                h.tier = max(h.tier, T.HIGH)  # commanded by voices: never "just an expression"
                h.extra.append("combo.violence_commanded")
            elif (h.signal.id == "violence.intent" and _KILL_WORD.search(norm)) or (
                h.signal.id == "violence.urge"
                and (_URGE_IDIOM.match(norm, h.start) or _KILL_WORD.search(norm, h.start, h.end))
            ):
                # "going to kill him", "I want to kill him", "I could strangle him", "my violent
                # urges": so often the idioms of exasperation that they ask, not alarm
                h.tier = T.MODERATE
                h.extra.append("guard.kill_hyperbole_possible")
        third = h.who == _Who.THIRD and h.kind not in (Kind.EXPOSURE, Kind.HYPERBOLE)
        cat = h.category
        if h.signal.id == "medical.overdose" and not _ACCIDENT.search(norm):
            out.add(h.tier, "suicide.presumed_intentional_overdose", RiskCategory.SUICIDE, third)
            if h.past and not third:  # an old overdose told by the writer is an attempt history
                recovered = recovery.any
                tier = T.MODERATE if recovered else T.HIGH
                out.add(tier, HISTORY_EVIDENCE, RiskCategory.SUICIDE, history=True)
                if recovered:
                    out.add(tier, "guard.recovered", RiskCategory.SUICIDE, history=True)
        if h.evidence.startswith("self_harm.severe") or h.signal.id == "self_harm.severe_injury":
            out.add(h.tier, h.evidence, RiskCategory.MEDICAL, third)
        if (
            h.signal.id.startswith("suicide.multilingual")
            and not third
            and _FOREIGN_YEARS_AGO.search(_sentence(norm, h))
        ):
            h.evidence = HISTORY_EVIDENCE  # years ago: history, with the same then-and-now reply
        told_as_past = h.evidence == HISTORY_EVIDENCE
        if told_as_past and recovery.any:
            h.tier = min(h.tier, T.MODERATE)  # "a year since my attempt and I'm doing well"
            h.extra.append("guard.recovered")
        out.add(h.tier, h.evidence, cat, third, history=told_as_past)
        for extra in h.extra:
            if extra.startswith(("combo.", "guard.")):
                out.add(h.tier, extra, cat, third, history=told_as_past)
        if third and h.tier > T.NONE:
            out.add(h.tier, "context.third_party", cat, True)

    # --- passive ideation plus hopelessness/burden/entrapment in the same message.
    passive = [
        h
        for h in first
        if h.kind == Kind.IDEATION
        and h.signal.tier == T.MODERATE
        and h.tier == T.MODERATE
        and "guard.joke_wrapper" not in h.extra
    ]
    strong_distress = [
        h
        for h in first
        if h.signal.id in _DISTRESS_FOR_PASSIVE
        and not h.negated
        and not any(p.start < h.end and h.start < p.end for p in passive)  # same words
    ]
    if passive and strong_distress and not fiction:
        out.add(T.HIGH, "combo.passive_ideation_with_hopelessness", RiskCategory.SUICIDE)
    ids = {h.signal.id for h in strong_distress}
    if {"distress.hopelessness", "distress.burdensomeness"} <= ids and not fiction:
        out.add(T.MODERATE, "combo.hopelessness_and_burden", RiskCategory.SUICIDE)
    for h in strong_distress:
        if out.tier == T.NONE or h.signal.id not in _LOSS:
            out.add(T.LOW, h.signal.id, None)

    # --- a bare "do it" with a timeframe or a made-up mind ("tomorrow i'm gonna do it"):
    # IMMINENT with ideation in this message or the session, HIGH when distress is present or
    # the phrasing itself is strongly suicidal-coded (signal tier HIGH), else the signal's tier.
    # Someone else's plans ("he's doing it tonight") are not read as risk.
    declared = [h for h in first if h.kind == Kind.DECLARED_INTENT]
    if declared:
        ctx = _context_facts(context) if context else _ContextFacts()
        for h in declared:
            cat = RiskCategory.SUICIDE
            if (
                h.negated
                or h.past
                or h.hypothetical
                or fiction
                or news
                or "guard.reported_question" in h.extra
            ):
                out.add(min(h.tier, T.LOW), h.evidence, cat)
            elif ideation_here or ctx.ideation:
                out.add(T.IMMINENT, "combo.declared_intent_with_ideation", cat)
                out.add(T.LOW, h.signal.id, cat)
            elif h.tier >= T.HIGH:
                out.add(h.tier, h.signal.id, cat)
            elif (distress_here or ctx.distress) and not joke:
                out.add(T.HIGH, "context.declared_intent_in_distress", cat)
            elif any(m.kind == Kind.MEANS_ACCESS for m in first) and not joke:
                out.add(T.HIGH, "context.declared_intent_with_means", cat)
                out.add(T.LOW, h.signal.id, cat)
            else:
                out.add(h.tier, h.signal.id, cat)

    # --- means questions, access and vague follow-ups: weigh with distress/ideation.
    means = [h for h in hits if h.kind in _MEANS_KINDS and h.tier >= T.NONE]
    # a follow-up inside a means question is that question's own words ("how high is the
    # Eiffel Tower" is not also a vague "how high?" after ideation)
    follow = [
        h
        for h in hits
        if h.kind == Kind.FOLLOW_UP and not any(m.start <= h.start < m.end for m in means)
    ]
    if means or follow:
        ctx = _context_facts(context) if context else _ContextFacts()
        distress_any = distress_here or any_self_here or ctx.distress
        # Owning a means while denying the thought ("I own a rifle, no I'm not thinking of
        # using it on myself") is reassurance; a denial before a lethality *question* is not.
        affirmed_self = any(
            h.category in _SELF_CATEGORIES
            and not h.negated
            and h.kind not in _MEANS_KINDS | {Kind.FOLLOW_UP}
            for h in first
        )
        distress_for_access = distress_here or ctx.distress or (any_self_here and affirmed_self)
        for h in means:
            cat = RiskCategory.SUICIDE
            # asked about oneself, or through a frame the writer says is them or disowns ("for a
            # short story ... the character is basically me", "don't care about the assignment")
            self_q = bool(_FICTION_UNMASKED.search(norm)) or (
                h.kind == Kind.MEANS_QUESTION and bool(_FIRST_IN_QUESTION.search(norm))
            )
            if ideation_here:
                out.add(T.IMMINENT, "context.means_seeking_with_ideation", cat)
            elif ctx.ideation:
                out.add(T.HIGH, "context.means_seeking_after_ideation", cat)
            elif distress_any if h.kind != Kind.MEANS_ACCESS else distress_for_access:
                out.add(T.HIGH, "context.means_seeking_after_distress", cat)
            elif self_q:
                out.add(T.HIGH, "means.lethality_for_self", cat)
            elif _MEANS_URGENT.search(norm):
                out.add(T.HIGH, "context.means_seeking_urgent", cat)
            elif h.kind == Kind.MEANS_ACCESS and _RUMINATION.search(norm):
                out.add(T.HIGH, "context.means_access_with_rumination", cat)
            else:
                out.add(h.tier, h.signal.id, cat)
                continue
            out.add(T.LOW, h.signal.id, cat)
        if (
            follow
            and any(h.kind in (Kind.MEANS_ACCESS, Kind.MEANS_PLACE) for h in means)
            and (not ideation_here)
            and not _SIGHTSEEING.search(norm)
        ):
            out.add(T.HIGH, "context.means_access_with_intent", RiskCategory.SUICIDE)
        if follow and not means:
            if ideation_here:
                out.add(T.IMMINENT, "context.means_seeking_with_ideation", RiskCategory.SUICIDE)
            elif ctx.ideation:
                out.add(T.HIGH, "context.vague_follow_up_after_ideation", RiskCategory.SUICIDE)

    if out.tier == T.NONE:
        return NO_RISK
    # Someone else's past attempt is exposure (LOW), not a concern to refer the helper for.
    third_party = out.third_party_tier >= T.MODERATE and out.first_tier < T.MODERATE
    if third_party and out.tier < T.HIGH:
        out.tier = T.HIGH
    return ScreenResult(
        tier=out.tier,
        categories=tuple(sorted(out.categories, key=lambda c: c.value)),
        evidence=tuple(_order(out.evidence)),
        third_party=third_party,
        history=not third_party and out.tier == T.HIGH and out.current_tier < T.HIGH,
    )


def _order(evidence: Iterable[str]) -> list[str]:
    return sorted(set(evidence), key=lambda e: (e.startswith(("guard.", "negated.")), e))


# ============================================================================ affirmations
_AFFIRM = re.compile(
    r"^(?:(?:yes|yeah|yep|honestly|really|i promise|promise|okay|alright|no|nope|thanks|thank "
    r"you|ty|i think|i guess|for now|right now)\W* )*"
    r"(?:i am|im|i feel|i m|feeling|i will be|ill be|i'll be|were|we are)? ?(?:really |totally |"
    r"completely |actually |definitely |pretty |feeling |much |a bit |a lot |kind of |kinda )*"
    r"(?:safe|okay|alright|fine|better|good|stable)\b"
)
_AFFIRM_COMMIT = re.compile(
    r"\b(?:i|ill|i will|im not going to|i am not going to|i wont|i will not|not going to)\b.*"
    r"\b(?:wont|will not|not going to|promise not to|never) ?(?:do|hurt|harm|kill|act|try)\b|"
    r"\bi (?:wont|will not) (?:do anything|hurt myself|harm myself|act on it|do it|try anything)\b|"
    r"\b(?:im|i am) not going to (?:do anything|hurt myself|harm myself|act on it|do it)\b"
)
_AFFIRM_SPLIT = re.compile(r"[.!?;,]+")
_AFFIRM_THANKS = re.compile(
    r"(?:thanks|thank you|ty)(?: so much| a lot)?(?: for (?:checking|asking|listening|being "
    r"here|the help))?"
)
_AFFIRM_BLOCK = re.compile(
    r"\b(?:not|never|isnt|arent|no longer|dont feel|unsafe|but|though|except|kill|die|dead|"
    r"suicid|hurt myself|cut|pills|want to|going to|gonna)\b"
)


def is_safety_affirmation(text: str) -> bool:
    """True for a short, unambiguous statement that the person is safe right now.

    "I'm safe now", "i'm ok now, thanks", "I'm okay, I won't do anything tonight" -> True;
    "ok", "lol", "whatever", "I'm not safe", "I'm fine but I still want to die" -> False."""
    if not text or len(text) > 200:
        return False
    norm = normalise(text)
    if not norm:
        return False
    parts = [p.strip() for p in _AFFIRM_SPLIT.split(norm) if p.strip()]
    if not parts:
        return False
    affirmed = False
    for part in parts:
        words = part.split()
        if _AFFIRM_COMMIT.search(part):
            affirmed = True
            continue
        if _AFFIRM.match(part) and not _AFFIRM_BLOCK.search(part) and len(words) >= 2:
            affirmed = True
            continue
        if part in {
            "thanks",
            "thank you",
            "ty",
            "yes",
            "yeah",
            "honestly",
            "i promise",
            "promise",
            "really",
            "for now",
            "tonight",
            "now",
            "right now",
        } or _AFFIRM_THANKS.fullmatch(part):
            continue
        if _AFFIRM_BLOCK.search(part) or screen(part).tier >= T.LOW:
            return False
    return affirmed and screen(text).tier < T.MODERATE
