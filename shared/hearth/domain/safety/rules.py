"""Crisis-screen rules: every signal the screen can raise, as reviewable data.

How to read this file (for a clinical reviewer)
------------------------------------------------
The screen works on *normalised* text: lower-case, accents removed ("não" -> "nao"),
apostrophes removed ("don't" -> "dont", "I'm" -> "im"), hyphens turned into spaces
("self-harm" -> "self harm"), emoji removed, chat spellings expanded ("wanna" -> "want to",
"gonna" -> "going to", "kys"/"kms" kept as written), elongations repaired ("diiiie" -> "die") and
light leetspeak repaired ("k1ll" -> "kill"). Patterns below are regular expressions over that
text; `{NAME}` inserts a shared building block from MACROS.

Each Signal says WHAT it detects (id, category, tier, a one-line rationale) and HOW
(patterns). Signals do not decide alone; the engine (screen.py) applies, in this order:

1. Idiom guards (IDIOM_GUARDS): figurative spans are blanked before any signal is matched, so
   "this homework is killing me", "I'd kill for a coffee", "dying to see it" never match.
2. Who is it about (Person): for self-directed signals the engine looks back in the sentence for
   the subject ("I", "my friend", "he", "you", "people"). First person -> the user's own risk;
   a specific other person -> third-party concern (tier raised to at least HIGH, marked
   third_party); second person or generic people ("people who want to die") -> not the user's risk.
3. Negation (NEGATION_CUES / NEGATION_EXCEPTIONS): "I won't kill myself" -> LOW, evidence
   "negated.<id>". Hedges are NOT negation: "I can't stop thinking about killing myself",
   "I'm not ready to kill myself yet", "I might not ..." keep their tier.
4. Time: past-tense ideation/attempts ("I tried to kill myself years ago") are history ->
   MODERATE, unless a recency word ("yesterday", "again", "2 days ago") makes them current.
   Intent or a timeframe ("I'm going to kill myself tonight") -> IMMINENT.
   A hypothetical ("if I killed myself would anyone care") -> MODERATE.
5. Framing: a joke/retraction wrapper ("jk", "lol") lowers *ideation* by one step (HIGH ->
   MODERATE) but never below MODERATE and never touches plans, behaviour, injuries or
   overdoses, and "fr" / "not joking" cancels the wrapper (SERIOUS_MARKERS); a fiction frame
   ("my character says ...") lowers first-person ideation to LOW.
   Framing never lowers a means/lethality question: "for a story / for a paper / for a friend"
   is a well-known way to ask for a method.
6. Combinations (DERIVED_EVIDENCE): means questions + distress, passive ideation + hopelessness,
   vague follow-ups ("how many would it take?") after ideation earlier in the session, etc.

Tier mapping (C-SSRS screener logic, adapted for chat)
------------------------------------------------------
- NONE: nothing of concern.
- LOW: a concern worth gentle attention but no card: negated ideation, hyperbole ("kill me
  now"), suicide exposure/grief, news mentions, distress without ideation, means-place trivia.
- MODERATE: history of attempts, hypothetical ideation, joke-wrapped ideation, lethality
  questions without distress.
- HIGH (C-SSRS 1-2, wish to be dead and active thoughts; referral card): passive wishes ("I wish
  I could sleep forever", "everyone would be better off without me") since screen 2026-11-25.3
  (SB 243: refer on any expression of suicidal ideation), "I want to kill myself", "kms",
  "thinking about ending it", a direct "I want to die" (crisis lines treat a direct statement of
  wanting to die as active ideation), current self-harm or urges, current abuse/danger, intent
  to hurt someone, means/lethality questions asked in distress, concerned third persons.
- IMMINENT (C-SSRS 3-6, method / intent / plan / preparation / behaviour): a named method
  ("I want to hang myself"), intent or timeframe ("tonight"), preparation ("I wrote my goodbye
  letters", "pills counted out"), being at the place ("standing on the bridge"), an overdose or
  injury in progress, a medical emergency.

What this file deliberately leaves out: conditions without risk language (psychosis, mania, OCD);
sarcasm the words cannot reveal; languages other than English/es/de/fr/pt/it (see docs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class RiskTier(StrEnum):
    """Ordered risk tiers. Compare with <, >=, ... (by rank, not alphabetically)."""

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        return _TIER_ORDER.index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, RiskTier):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, RiskTier):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, RiskTier):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, RiskTier):
            return NotImplemented
        return self.rank >= other.rank

    __hash__ = str.__hash__


_TIER_ORDER: tuple[RiskTier, ...] = tuple(RiskTier)


class RiskCategory(StrEnum):
    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    VIOLENCE = "violence"
    ABUSE = "abuse"
    MEDICAL = "medical"


class Kind(StrEnum):
    """What a signal is, which decides how the engine treats it (see module docstring)."""

    IDEATION = "ideation"  # thoughts/wishes about own death or self-harm: negatable, framable
    METHOD = "method"  # ideation naming a method ("hang myself"): like IDEATION, tier IMMINENT
    HISTORY = "history"  # past ideation/attempt: MODERATE unless a recency word makes it current
    PLAN = "plan"  # preparation, timeframe, being at the place: never softened by jokes
    BEHAVIOUR = "behaviour"  # an act done or in progress (overdose, cutting): never softened
    MEANS_QUESTION = "means_question"  # asks how lethal a method is: MODERATE; HIGH in distress
    MEANS_PLACE = (
        "means_place"  # asks where/what (tall bridges, buy pesticide): LOW; HIGH in distress
    )
    MEANS_ACCESS = "means_access"  # says they have lethal means: nothing alone; HIGH in distress
    FOLLOW_UP = "follow_up"  # vague "how many would it take?": only counts after ideation
    DISTRESS = "distress"  # hopelessness, burden, entrapment, losses: context for combinations
    EXPOSURE = "exposure"  # someone else died by suicide, news, statistics: LOW
    RECOVERY = "recovery"  # "6 months clean from cutting": LOW, never raised by time words
    HYPERBOLE = "hyperbole"  # "kill me now": LOW, MODERATE when distress is present
    HARM_OTHERS = "harm_others"  # intent to hurt someone else
    ABUSE = "abuse"  # being hurt, threatened or controlled by someone
    MEDICAL = "medical"  # a medical emergency described in the present
    # A bare "do it" with a timeframe or a made-up mind: IMMINENT with ideation (message or
    # session), HIGH with distress or when the signal itself is HIGH, else the signal's tier.
    DECLARED_INTENT = "declared_intent"


class Person(StrEnum):
    """How the engine decides whom a matched statement is about."""

    SCAN = "scan"  # look back in the sentence for the subject; none found -> the user (chat style)
    FIRST = "first"  # the pattern itself says "I/my/me": always the user
    ANY = "any"  # not about a person (a question, an emergency): no subject check, no negation
    EXPLICIT = "explicit"  # like SCAN, but "I/my/me" must be written (or "feeling/been ...")
    OTHER = "other"  # the pattern itself is about someone else: a concerned third person


@dataclass(frozen=True)
class Signal:
    id: str
    category: RiskCategory | None  # None for context-only markers (distress)
    tier: RiskTier
    kind: Kind
    rationale: str
    patterns: tuple[str, ...]
    person: Person = Person.SCAN
    # All of these must also match somewhere in the same message (conjunctive signals).
    requires: tuple[str, ...] = ()
    # If any of these matches in the same sentence, the match is not this signal.
    unless: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Shared building blocks. Keep them small: a reviewer should be able to read them in place.
# --------------------------------------------------------------------------------------------
MACROS: dict[str, str] = {
    # Reflexives tell the engine who the statement is about (myself -> the user, himself -> other).
    "SELF": r"(?:myself|himself|herself|themselves|themself|yourself|ourselves)",
    "POSS": r"(?:my|his|her|their|your)",
    # Up to N filler words ("I really just want to ...").
    "W1": r"(?:[a-z0-9]+ )?",
    "W2": r"(?:[a-z0-9]+ ){0,2}",
    "W3": r"(?:[a-z0-9]+ ){0,3}",
    "W4": r"(?:[a-z0-9]+ ){0,4}",
    "W6": r"(?:[a-z0-9]+ ){0,6}",
    # Desire / intention verbs in present or progressive form.
    "WANT": (
        r"(?:want|wants|wanting|need|needs|going|trying|try|plan|planning|ready|about|"
        r"thinking about|think about|thinking of|think of|considering|consider|contemplating|"
        r"contemplate|decided|deciding|wish|wishing|tempted|urge|urges|feel like|feeling like)"
    ),
    "KILL": r"(?:kill|killing|unalive|unaliving|off|offing|top|topping|murder|murdering)",
    "PILLS": (
        r"(?:pills?|tablets?|meds|medications?|medicine|capsules?|sleeping pills|painkillers?|"
        r"pain killers?|pain meds|antidepressants?|insulin|tylenol|paracetamol|acetaminophen|"
        r"panadol|ibuprofen|advil|aspirin|xanax|valium|ambien|benadryl|oxy|oxycodone|percocet|"
        r"vicodin|opioids?|fentanyl|heroin|morphine|seroquel|lithium|zoloft|prozac|trazodone|"
        r"codeine|tramadol|diazepam|lorazepam|klonopin|barbiturates?|secobarbital|sleeping "
        r"tablets|sertraline|citalopram|escitalopram|lexapro|celexa|fluoxetine|paroxetine|paxil|"
        r"venlafaxine|effexor|bupropion|wellbutrin|amitriptyline|nortriptyline|mirtazapine|"
        r"quetiapine|olanzapine|risperidone|abilify|clonazepam|alprazolam|zolpidem|zopiclone|"
        r"gabapentin|pregabalin|lyrica|adderall|ritalin|methadone|suboxone|hydrocodone|"
        r"naproxen|aleve|propranolol|metformin|warfarin|benzos?|opiates?|nytol|co codamol|"
        r"cocodamol|sleeping meds|antipsychotics?|prescriptions?|blood pressure meds)"
    ),
    "HEIGHT": (
        r"(?:bridges?|buildings?|roofs?|rooftops?|cliffs?|balcon(?:y|ies)|towers?|car parks?|"
        r"parking (?:garage|structure)s?|floors?|stor(?:ey|y|ies|eys)|skyscrapers?|overpass(?:es)?)"
    ),
    "GUN": r"(?:guns?|firearms?|pistols?|handguns?|revolvers?|rifles?|shotguns?|glock|9mm|45|\.45)",
    "POISON": (
        r"(?:pesticides?|poisons?|rat poison|weed ?killers?|herbicides?|paraquat|cyanide|"
        r"antifreeze|bleach|arsenic|strychnine|insecticides?|roundup|helium|carbon monoxide|"
        r"charcoal|sodium nitrite|nitrogen gas)"
    ),
    "LIGATURE": r"(?:rope|noose|belt|cord|ligature)",
    # Specific others a concerned person writes about (used for third-party detection).
    "PERSON": (
        r"(?:friend|friends|best friend|bestie|bff|mate|buddy|bro|brother|sister|sis|sibling|mom|"
        r"mum|mother|dad|father|parent|son|daughter|kid|child|boyfriend|girlfriend|bf|gf|partner|"
        r"husband|wife|fiance|fiancee|roommate|classmate|coworker|colleague|cousin|aunt|uncle|"
        r"grandma|grandmother|grandpa|grandfather|grandad|granddad|granny|grandparent|niece|nephew|"
        r"student|teen|teenager|neighbou?r|"
        r"ex|stepdad|stepmom|stepfather|stepmother|patient|client)"
    ),
    # Family members, carers and adults in charge of a child (child sexual abuse disclosures).
    "CARER": (
        r"(?:(?:my|our) (?:\w+ )?(?:stepdad|stepfather|stepmom|stepmother|stepbrother|dad|father|"
        r"mom|mum|mother|uncle|aunt|grandpa|grandfather|granddad|cousin|brother|sister|coach|"
        r"teacher|tutor|babysitter|neighbou?r|pastor|priest|moms boyfriend|mums boyfriend|"
        r"foster (?:dad|mom|parent|father|mother)|youth leader)|he|she)"
    ),
    # People who abuse (partners, family, carers, "he/she").
    "ABUSER": (
        r"(?:husband|wife|boyfriend|girlfriend|bf|gf|partner|ex|fiance|fiancee|dad|father|mom|mum|"
        r"mother|stepdad|stepmom|stepfather|stepmother|parents?|brother|sister|uncle|aunt|grandpa|"
        r"grandfather|cousin|coach|teacher|boss|guardian|carer|caretaker|foster (?:mum|mom|dad|"
        r"parent)|mums partner|moms partner|stepbrother|landlord|in laws|(?:mother|father|"
        r"brother|sister) in law|he|she|they)"
    ),
    # Another person as the object of harm ("my stepdad", "that guy"), not "this presentation".
    "OTHER_PERSON": (
        r"(?:(?:my|his|her|our|their|that|this|the|those|these) (?:\w+ )?(?:friend|friends|"
        r"brother|sister|mom|mum|mother|dad|father|parents?|son|daughter|kid|kids|child|boyfriend|"
        r"girlfriend|bf|gf|partner|husband|wife|ex|roommate|classmate|classmates|coworker|"
        r"coworkers|colleague|boss|manager|teacher|teachers|coach|neighbou?r|neighbou?rs|stepdad|"
        r"stepmom|stepfather|stepmother|uncle|aunt|cousin|guy|guys|girl|girls|man|woman|dude|"
        r"bitch|bastard|asshole|prick|fucker|idiot|bully|bullies|cop|cops|person|people|students|"
        r"family))"
    ),
    # On the way somewhere ("im on the bridge now, traffic is awful, be there in 10"): a
    # height named in a commute is a road, not a place to jump from.
    "ON_THE_ROAD": (
        r"(?:traffic|be there in|be home in|be back in|eta|running late|omw|on my way (?:to|"
        r"home|back|over|in)|stuck in|tailback|gridlock|roadworks|toll|lane closures?|commute)"
    ),
    # Video games named as where a jump, a loss or a death happened ("jump off the cliff in elden
    # ring to skip this area", "lost at mario kart"): shared by suicide.method and screen.py.
    "VIDEO_GAMES": (
        r"(?:mario ?kart|mario|fifa|fortnite|minecraft|overwatch|apex|valorant|cod|elden ring|"
        r"gta\w*|skyrim|zelda|roblox|dark souls|animal crossing|pokemon|the sims|smash)"
    ),
    # Something given away because it was replaced ("gave my old pc to my little brother, i won't
    # need it since i got a new laptop"): not a goodbye.
    "REPLACED": (
        r"(?:new (?:one|laptop|phone|pc|console|bike|car)|upgrad\w*|bought (?:a|myself)|got a "
        r"new|replaced|since i)"
    ),
    # A purchase explained to a stranger ("told the guy at the hardware store it was for
    # camping"): the cover story, not the reason. Shared by suicide.means_stockpiled and
    # screen.py's reading of ordinary reasons.
    "COVER_TOLD": (
        r"told (?:the|a) (?:guy|man|woman|lady|cashier|clerk|pharmacist|assistant)\b[^.!?]{0,40}"
        r"\b(?:it was|its|it s|it is|they were|theyre) for"
    ),
    # Drink taken with medicine ("mixed my meds with vodka").
    "ALCOHOL": r"(?:vodka|alcohol|booze|whiskey|whisky|wine|beer|drinks?|liquor|rum|gin)",
    # An urge nearly acted on ("it's getting harder not to", "harder and harder to walk away").
    "HARDER_NOT_TO": (
        r"(?:getting|its getting|harder and harder|hard) (?:harder |so hard )?(?:to not|not to|"
        r"to stop myself|to resist|to hold back|to control it|to walk away)"
    ),
    # Someone close who died, and how ("my late wife"; "he did it", "took her own life").
    "KIN": (
        r"(?:my (?:late )?(?:brother|sister|mum|mom|dad|mother|father|wife|husband|son|daughter|"
        r"partner|friend|best friend|baby|boy|girl|grandma|grandpa|nan))"
    ),
    "DIED": (
        r"(?:did it|killed (?:him|her|them)sel(?:f|ves)|took (?:his|her|their) (?:own )?"
        r"li(?:fe|ves)|died|passed)"
    ),
    # Words that make a past statement current.
    # A last message that names the app, the account or the phone's battery: leaving the app,
    # not life ("this is my last message here, thanks, the app is shutting down")
    "LEAVING_THE_APP": (
        r"(?:the|this) (?:app|group|server|forum|platform|site)|my account|battery|shutting down|"
        r"closing down|deleting (?:my|the|this) (?:account|app|profile)|no signal|wifi|data plan|"
        r"phone (?:is )?(?:dying|about to die)"
    ),
    "RECENT": (
        r"(?:today|tonight|yesterday|last night|this morning|this afternoon|this evening|this "
        r"week|again|just now|right now|recently|lately|earlier today|(?:a |an |half an |one |two |"
        r"few |couple (?:of )?|\d+ )(?:days?|hours?|minutes?|mins?|hrs?) ago|"
        # within the last month or so: C-SSRS counts behaviour in the past 3 months as recent
        r"last (?:week|weekend|month)|the other (?:day|night)|this month|not the first time|"
        # twenty-seventh pass (FRESH28): "was raped at a party on Saturday. Haven't told anyone"
        r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:mornings|nights|"
        r"evenings))|(?:this|over the|at the) weekend|"
        r"(?:a |one |two |three "
        r"|few |couple (?:of )?|\d+ )(?:weeks?|month) ago)"
    ),
}


def expand(pattern: str) -> str:
    """Insert MACROS into a pattern: '{SELF}' -> '(?:myself|...)'. Quantifiers like {2} stay."""
    return re.sub(r"\{([A-Z][A-Z0-9_]*)\}", lambda m: MACROS[m.group(1)], pattern)


T = RiskTier
C = RiskCategory
K = Kind

# --------------------------------------------------------------------------------------------
# SIGNALS
# --------------------------------------------------------------------------------------------
# An urge told as passing or gone, with the coping named ("still comes sometimes but it
# passes, i text my friend", "my old urges to hurt myself are gone"): not self-harm now.
# Shared by self_harm.current and self_harm.urge.
URGE_PASSED: tuple[str, ...] = (
    r"\b(?:but )?(?:it|they|the urges?) (?:passes|pass|fades?|goes away|go away)\b(?=[^!?]*\b(?:"
    r"tools|skills|coping|clean|recovery|okay|ok|fine|text|call|walk|friend|distract\w*|"
    r"breathe)\b)",
    r"\b(?:sometimes|now and then|occasionally|once in a while|from time to time)\b[^.!?]{0,30}"
    r"\bbut (?:it|they) (?:passes|pass|fades?|goes away|go away)\b",
    r"\b(?:urges?|thoughts?) (?:\w+ ){0,4}(?:are|is) (?:gone|over|behind me)\b",
    # the coping used instead ("had the urge to cut but did my ice cube trick and rang my
    # sister instead")
    r"\b(?:did|used|tried) (?:my |the )?(?:\w+ ){0,2}(?:trick|skills?|coping \w+|safety plan|"
    r"distraction)\b[^|]{0,60}\b(?:instead|all good|im ok|im okay|didnt do it)\b|\b(?:rang|called|"
    r"texted|messaged) (?:my \w+|someone|a friend) instead\b",
)

# The word mentioned, not meant about oneself ("my brother says 'sewerslide' on his gaming
# streams", "I'm going to unalive my controller"). Shared by suicide.active_ideation and
# suicide.core_vocabulary.
MENTIONED_NOT_MEANT: tuple[str, ...] = (
    r"\b(?:says|saying|said) \W?\w+\W? on (?:his|her|their) (?:gaming )?(?:streams?|channel|"
    r"videos?)\b",
    r"\bunalive (?:my|the|this) (?:controller|phone|laptop|printer|tv|console|keyboard|mouse|"
    r"plants?|alarm)\b",
)
# Songs, poems and memes that mention wanting to die ("why does every song on my playlist
# mention wanting to die lmao"): the words are quoted material, not the writer's. Shared by
# suicide.explicit_death_wish and suicide.history.
SONG_MENTION: str = (
    r"\b(?:songs?|lyrics|playlist|album|bands?|poems?|memes?)\b[^.!?]{0,40}\b(?:mention|"
    r"mentions|mentioning|about|sing about|sings about|talk about|talks about|is about|"
    r"are about)\b"
)
# Scars being cared for ("laser treatment for my scars went well"): healing, not harm. Shared
# by self_harm.current and self_harm.history.
SCAR_CARE: str = (
    r"\bscars?\b[^.!?]{0,40}\b(?:laser|treatment|fading|faded|cream|silicone|tattoo(?:ed)? "
    r"over)\b"
)

# A pupil's essay or a friend's message that "reads like a suicide note" is the warning sign
# itself (suicide.third_party_signs), and screen.py does not read "essay" around it as a frame.
# A relapse dreamt, with relief that it was not real ("had a dream I relapsed on sh and woke up
# so relieved it wasn't real"). Shared by self_harm.current and self_harm.relapse.
DREAMT_NOT_REAL: str = (
    r"\b(?:dream|dreamt|dreamed|nightmare)\w*\b[^.!?]{0,40}\b(?:(?:it )?(?:wasnt|was not|isnt) "
    r"real|woke up (?:so )?relieved|just a dream)\b"
)
NOTE_SIGN: str = (
    r"\breads (?:exactly |just |almost |kind of |a bit )?like a (?:goodbye|suicide|farewell) "
    r"(?:note|letter)\b"
)

SIGNALS: tuple[Signal, ...] = (
    # ---------------------------------------------------------------- suicide: active ideation
    Signal(
        "suicide.explicit_death_wish",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "A direct present statement of wanting to die; crisis lines treat it as active ideation.",
        (
            r"\b(?:i )?(?:(?:just|really|only) )?(?:want|need|wish|would like) (?:this|my) (?:li"
            r"fe|existence) to (?:end|be over|stop|finish)\b(?= *(?:$|[.!?,]|now|already|soon|to"
            r"night|so bad(?:ly)?|forever|please|for good))",
            r"\bi no (?:wan|want|fit) (?:dey|live|stay alive|stay) (?:again|anymore|for this wor"
            r"ld)\b",
            r"\b(?:gusto|gusto ko|gusto kong|ayoko na) (?:ko )?(?:na |nang )?(?:talaga(?:ng)? )?"
            r"(?:mamatay|mawala|mabuhay)\b",
            r"\b(?:(?:main|mai|mein) )?(?:khud ko|apne aap ko|apni jaan) (?:khatam|maar|mar|le|l"
            r"ena|dena) (?:karna |dalna |lena |dena )?(?:chahta|chahti|chahte|chahiye|hai|hoon|h"
            r"u)\b",
            # present perfect: the wish has lasted until now ("i've wanted to die for months")
            r"\b(?:ive|i have) (?:been )?(?:wanted|wanting) to (?:die|be dead|not be alive|not e"
            r"xist|kill myself)\b(?= (?:for (?:months|weeks|years|ages|so long|a long time|a whi"
            r"le)|since|all (?:year|month|week|day)))",
            r"\bwants? to (?:die|be dead|just die|fucking die|die already|die so bad(?:ly)?)\b",
            r"\b(?:i )?(?:want|need|wish) (?:to )?(?:die|be dead)\b",
            r"\bwish(?:ing)? (?:i|he|she) (?:was|were|could be|could just be) dead\b",
            r"\b(?:ready|deserve|deserves|need|needs) to die\b",
            r"\bshould (?:just )?(?:die|be dead)\b",
            r"\bpray(?:ing)? (?:(?:every|each) (?:night|day|morning) |daily |nightly )?(?:to|tha"
            r"t i|i) die\b",
            r"\bdying is (?:always )?on my mind\b",
            r"\bcant (?:get|stop) (?:thinking about )?(?:dying|death)\b",
            r"\b(?:dont|didnt|do not|did not|never) want(?:ed)? to (?:live|be alive|keep living|"
            r"go on living|stay alive|live anymore)\b(?! (?:the|a|in|with|there|here|near|on|at|"
            r"together|alone|by|without|under|forever)\b)",
            r"\bwanting to die\b",
            r"\bwish i could (?:just )?die\b",
            r"\b(?:tired|sick) of (?:(?:\w+,? ){0,2}of )?(?:living|being alive|life itself)\b(?!"
            r" (?:in|with|like|on|at|paycheck|here|out of|off|under|next to|alone in)\b)",
            r"\b(?:want|wnat|wamt|wanna|wan) (?:to |2 )?(?:dei|diee+|dye(?=\W*$))\b",
        ),
        unless=(
            SONG_MENTION,
            r"\b(?:die at home|die in (?:hospital|peace)|palliative|hospice|rather than in hospi"
            r"tal|end of life care)\b",
            r"\b(?:wanting|want) to die, no\b(?! but)|\bi want to live,? i just\b",
        ),
    ),
    Signal(
        "suicide.active_ideation",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Thoughts of killing oneself, incl. coded/slang forms (kms, unalive, off myself).",
        (
            r"\b(?:mi (?:\w+ ){0,3})?(?:tek|teck|tak) (?:mi|me) (?:own )?life\b(?! back)",
            r"\b(?:mortal sin|unforgivable sin|(?:go|going|end up) (?:to|in) hell for (?:it|this"
            r")|eternal damnation)\b[^|]{0,80}\b(?:im|i am|ill|i will) (?:still )?(?:going to )?"
            r"do(?:ing)? it anyway\b",
            # twenty-seventh pass (corpus zz): a conclusion stated ("I have concluded suicide is
            # the rational choice"), a weapon considered against oneself ("considering using my
            # old service revolver on myself")
            r"\b(?:i (?:have )?|ive )(?:concluded|decided|realised|realized|worked out|come to (?:"
            r"the conclusion|believe)|think|believe|feel|know) (?:that )?suicide is (?:the |my )?(?"
            r":rational|logical|right|best|sensible|obvious|only real) (?:choice|option|answer|"
            r"way|thing|solution)\b",
            r"\b(?:considering|thinking (?:about|of)|going to|gonna|planning (?:on|to)|want to|a"
            r"bout to|tempted to) (?:using|use) (?:my|the|a|his|her|dads?|my dads|my late \w+s?)"
            r" (?:\w+ ){0,3}(?:gun|revolver|pistol|rifle|shotgun|pills|rope|belt|knife|blade|raz"
            r"or|tablets) on (?:myself|me)\b",
            # a voice or the thoughts telling the writer to do it, winning
            r"\b(?:voice|voices|thoughts?)\b[^.!?]{0,30}\b(?:just do it|end it|kill (?:yourself|"
            r"urself))\b[^.!?]{0,30}\b(?:winning|louder|getting stronger|taking over)\b",
            # a permanent solution considered
            r"\b(?:considering|thinking about|contemplating|looking at) (?:a |the )?permanent so"
            r"lutions?\b|\bpermanent solutions?\b[^|]{0,60}\b(?:dont|doesnt|do not) feel tempora"
            r"ry\b",
            # Nigerian Pidgin: "i wan end am tonight" (I want to end it)
            r"\bi (?:wan|wan go|go|fit) end (?:am|my life|dis life|this life|everything)\b",
            # suicide named as the answer / way out, said by the writer ("I keep thinking suicide is
            # the honourable way out", "is it bad that suicide feels like the only real option")
            r"\b(?:i (?:(?:keep|kind of|kinda|really|honestly|just|sometimes|genuinely|now|actua"
            r"lly|still|have|started|truly|seriously) )*(?:think|thinking|feel|feeling|believe)|"
            r"ive (?:been )?(?:started )?(?:thinking|feeling|believing)|(?<=\bis it )(?:bad|wron"
            r"g|normal|weird|crazy|ok|okay)|its just) (?:that )?suicide (?:honestly |really |jus"
            r"t |now |actually |genuinely )?(?:feels|seems|is|looks|would be|is starting to (?:f"
            r"eel|look|seem)|keeps (?:feeling|looking|seeming))(?: like)? (?:the|an?|my) (?:(?:o"
            r"nly|last|best|real|honou?rable|obvious|easiest|right|logical|sensible|one) )*(?:wa"
            r"y out|option|answer|exit|solution|escape|fix)\b(?! (?:for (?:them|people|many|some"
            r"|those|him|her|others|anyone)|to (?:a|any) (?:temporary|short))\b)",
            # "the pain ends when I do"
            r"\b(?:the )?(?:pain|suffering|hurt) (?:ends|will end|stops|will stop|only ends) whe"
            r"n i (?:do|die|end|stop|am gone|go)\b",
            # quitting life in gamer / sports words ("ragequitting life", "tapping out of life",
            # "throw in the towel on living")
            r"\b(?:rage ?quit(?:ting)?|tap(?:ping)? out|bow(?:ing)? out|opt(?:ing)? out|throw(?:"
            r"ing)? in the towel) (?:of |on )?(?:life|living|existence|this life|being alive)\b",
            # "the final whistle on my life", "game, set, match on my life"
            r"\b(?:game,? set,? match|game over|curtains|lights out|final whistle|last call|clos"
            r"ing time|the final bell) (?:on|for) my life\b",
            # removing oneself in software words ("patch myself out", "press delete on myself",
            # "take myself off the board", an off switch I'd press)
            r"\bpatch(?:ing)? myself out\b|\btak(?:e|ing) myself off the (?:board|map|planet)\b|"
            r"\b(?:press|hit|pressing|hitting|push|pushing) (?:delete|the off switch|the off but"
            r"ton|the button) on (?:myself|me|my life)\b|\b(?:an? )?(?:off switch|off button|del"
            r"ete button|kill switch) for me\b[^.!?]{0,20}\b(?:id|i would) (?:press|flip|hit|pus"
            r"h) it\b",
            # ending one's shift / time on this planet
            r"\bend(?:ing)? my (?:shift|time|run|stay|visit) (?:on|in) (?:this|the) (?:planet|ea"
            r"rth|world)\b",
            # a euphemism followed by "and I don't mean the game / my apartment / football"
            r"\b(?:go home|hang up my boots|delete my save(?: file)?|log off|sign off|quit|leave"
            r"|exit|check out|clock out)\b[^.!?]{0,30}\b(?:and )?(?:i dont mean|im not talking a"
            r"bout|not talking about) (?:the |my )?(?:game|football|soccer|apartment|flat|house|"
            r"job|work|sport|app|account|server|team|shift)\b",
            # going away from this world ("I think it is better I go away from this world")
            r"\b(?:better|best|time|ready|want to|going to|should|need to) (?:if |that |for )?(?"
            r":i |me to |to )?(?:go away|leave|depart|go) from this (?:world|earth|life)\b",
            r"\b(?:tak\w*|take|took) the easy way out\b[^|]{0,24}\b(?:yeah|yes|i mean)\W+(?:that"
            r" (?:way out|way)|the (?:permanent|final|forever) (?:way out|one|kind|way))\b|\beas"
            r"y way out\b[^|]{0,40}\b(?:i dont mean|not (?:talking about|meaning)) (?:quitting|l"
            r"eaving|resigning|my job|school|uni|college|the job|him|her|the relationship)\b",
            r"\btake (?:matters|things|it) into my own hands\b(?=[^|]*\b(?:disease|illness|cance"
            r"r|finishes me|kills me|suffer\w*)\b)",
            r"\btap out of life\b|\buninstall (?:myself|yourself)\b",
            r"\bthoughts? (?:arent|are not|isnt|is not) just thoughts? anymore\b",
            r"\bnot passive anymore\b",
            r"\blog (?:off|out of) (?:from )?life\b",
            r"\b(?:im|i am) (?:so |just |just so |really )?(?:done|finished|through) with (?:the"
            r" whole )?(?:being alive|living|existing|existence|life)(?: thing)?\b(?! (?:admin|i"
            r"nsurance|coach\w*|lessons?|skills?|drawing|(?:in|at|as|on) \w+))",
            r"\b(?:the )?just end it (?:voice|thoughts?)\b",
            r"\b(?:wrote|writing|written|drafted|drafting) (?:the|my) (?:suicide |goodbye |last "
            r")?note in my head\b",
            r"\b(?:should|will|want to|going to|thinking (?:of|about)|think i should|might|could"
            r"|just) (?:just )?finish (?:myself|my self)(?: off)?\b",
            r"\b(?:suicide|killing myself|ending (?:it|my life)|dying) (?:honestly |really |just"
            r" |now )?(?:feels|seems|looks|is)(?: like)? my (?:only|last|best) (?:door|way out|o"
            r"ption|answer|exit|choice|way|solution|escape|hope)\b",
            r"\b(?:suicide|killing myself|ending (?:it|my life)|dying) (?:honestly |really |just"
            r" |now )?(?:feels|seems|looks|is)(?: like)? the (?:only|last|best) (?:door|way out|"
            r"option|answer|exit|choice|way|solution|escape)(?: left)? (?:for me|i have|i got|le"
            r"ft to me)\b",
            r"\bdone with (?:breathing|being alive|existing)\b",
            # twenty-third pass: "ending things tonight, not a relationship"; "I mean die"; sleep
            # permanently; done with breathing; on my own terms; switched off for good; "should have
            # done it properly"; "I'd be gone already"
            r"\bending (?:things|it)\b[^|]{0,20}\bnot (?:a|the|my) (?:relationship|job)\b",
            r"\bi (?:mean|meant) (?:die|dying|dead|kill myself|suicide|for good)\b",
            r"\b(?:go to sleep|sleep|fall asleep) permanently\b",
            r"\bgo (?:out )?on my own terms\b",
            r"\b(?:stand myself down|switch myself off|turn myself off|log (?:myself )?off|check"
            r" out|clock out|sign off|shut (?:myself )?down) (?:permanently|for good|for ever|fo"
            r"rever)\b",
            r"\bshould(?:ve| have) done it properly\b",
            r"\b(?:id|i would) be gone (?:already|by now)\b",
            r"\b{KILL} {SELF}\b",
            r"\bkms\b",
            r"\bkill my ?self\b",
            r"\bunalive\b(?! me\b)",
            r"(?<!threatened to )(?<!threatens to )(?<!threatening to )\b(?:end|ending|take|"
            r"taking) {POSS} (?:own )?lifes?\b(?! (?:as (?:i|we) know it|in my (?:own )?hands))",
            r"\b(?:end|ending) it all\b",
            r"\b{WANT} (?:to )?commit(?:ting)? suicide\b",
            r"\b(?:want|need|going|try|trying|plan|planning|decided) to suicide\b",
            r"\b(?:should|will|might|could|going to|ll|just) commit suicide\b",
            r"\b(?:do|doing) {SELF} in\b",
            r"\b(?:self|me) delete\b|\bdelete {SELF}\b(?! (?:from|off) (?:the|my|this|our) (?:le"
            r"ague|group|chat|server|team|app|platform|list|roster|channel)\b)",
            r"\bsewer ?slide\b|\bkermit (?:suicide|sewer ?slide)\b",
            r"\b(?:thinking|think|thoughts) (?:(?:seriously|really|a lot|constantly|properly|genu"
            r"inely|more and more) )?(?:about|of) (?:suicide|committing suicide|ending it)\b",
            r"\b(?:considering|contemplating|planning) (?:suicide|ending it)\b",
            r"\b(?:am|im|is|are|been|being|feel|feels|feeling|get|gets|getting|go|going|became|"
            r"become|becoming|so|very|really|pretty|actively|still|kinda|quite) (?:(?!not\b|"
            r"never\b|no\b|nt\b)\w+ )?suicidal\b(?! (?:veterans?|people|patients?|friends?))",
            r"\bsuicidal (?:again|lately|today|tonight|right now|rn)\b",
            r"\bsuicidal (?:thoughts?|feelings?|urges?) (?:again|lately|today|tonight|every day|"
            r"everyday|all the time|(?:are|is) back)\b",
            r"\bbetter off if i (?:killed|kill) {SELF}\b",
            r"\bsi (?:thoughts|urges)\b",
            r"\bhigh risk for suicide\b",
            r"\b(?:suicide|death|dying) (?:is|seems|feels) (?:like )?(?:(?:the|my) only (?:way|"
            r"option|answer|choice|way out)\b|the only thing that makes (?:any )?sense)",
            # "suicide makes sense to me now": the writer's own conclusion, not an essay's topic
            r"\bsuicide (?:just |really |kind of |kinda )?makes (?:so much |total |perfect |more )"
            r"?sense (?:to me|now|right now|lately)\b",
            r"\b(?:no|any|another) (?:way out|escape|option|solution) (?:except|but|other than|"
            r"besides) (?:dying|death|suicide|to die|killing {SELF}|ending it)\b",
            r"\b(?:only|one|best) way out (?:of (?:\w+ ){0,4})?(?:is|would be|was) (?:suicide|"
            r"death|dying|to die|killing {SELF}|to kill {SELF}|to end it)\b",
            r"\b(?:going to|gonna|will|might) end up (?:taking {POSS} (?:own )?life|killing "
            r"{SELF}|dead)\b",
            r"\bctb(?:ing)?\b",
            r"\bremove myself (?:from )?(?:it|them|the picture|the equation|this world|the worl"
            r"d|(?:their|his|her|everyones|my \w+s|my family s|the family s) li(?:fe|ves)|everyone|"
            r"everything|my family|the family)? ?permanently\b",
            r"\bpermanently remove myself\b(?! from (?:the|this|that|a|my|our) (?:\w+ )?(?:group|"
            r"chat|list|server|team|thread|mailing|account|club))",
            r"\b(?:kys|kill yourself) (?:comments?|messages?|texts?|people|replies)\b[^.]{0,30}\b"
            r"(?:were|was|are) right\b",
            r"\b(?:idea|thought|thoughts|thinking) of (?:driving|crashing|swerving) (?:my car )?"
            r"(?:off the road|into (?:a|the) (?:tree|wall|river|barrier|oncoming|lorry|truck))\b",
            r"\b(?:bridge|roof|rooftop|ledge|tracks|cliff|edge|platform|balcony|overpass)\b[^.]{"
            r"0,50}\b(?:thinking|thought|think) (?:about )?how easy it would be\b",
            r"\b(?:uninstall\w*|despawn\w*|alt f4\w*|ctrl alt delet\w*) (?:myself|me)\b(?! (?:fr"
            r"om|off) (?!life|existence|this world|the world|earth|reality))",
            r"\bdelet(?:e|ed|ing) (?:myself|me) (?:irl|in real life|for real|from (?:life|existe"
            r"nce|this world|the world|earth|reality))\b",
            r"\b(?:thinking about|think about|thoughts of|thinking of) (?:checking out|clocking "
            r"out|logging off) (?:early|for good|permanently)\b|\bcheck(?:ing)? out early\b(?! (?:"
            r"from|of) (?:the|my|our) (?:hotel|room|airbnb|shift|work|office|party|conference))",
            r"\b(?:so close|this close|close) to doing something i (?:cant|cannot|wont be able t"
            r"o) (?:take back|undo)\b",
            r"\b(?:googling|searching|looking up) (?:things|stuff|ways|methods) i shouldnt\b",
            r"\bintrusive thoughts (?:arent|are not) (?:intrusive|unwanted) anymore\b|\bi (?:kin"
            r"d of |kinda |actually )?agree with (?:them|the thoughts) now\b",
            r"\b(?:same|one) solution\b[^|]{0,40}\b(?:harder to say no|cant say no|saying yes)\b",
            r"\b(?:make|making) (?:it so )?(?:i|myself) (?:dont|do not|never) have to (?:do|face"
            r"|wake up to) (?:tomorrow|another day|any of them)\b",
            r"\b(?:he|she|they) had the right idea\b(?=[^|]*\b(?:did it|killed|suicide|took (?:h"
            r"is|her|their) (?:own )?life|ended it)\b)|\b(?:did it|killed (?:himself|herself)|suic"
            r"ide)\b[^|]{0,60}\b(?:he|she|they) had the right idea\b",
            r"\bmaking myself disappear\b[^|]{0,30}\b(?:actually gone|for good|forever|permanent"
            r"ly|not moving)\b",
            r"\bfinish(?:ing)? the job\b(?=[^|]*\b(?:killing me|kill me|myself|life)\b)|\bkillin"
            r"g me\b[^|]{0,40}\bfinish(?:ing)? the job\b",
            r"\bthinking about (?:it|doing it) again\b[^|]{0,40}\b(?:you know what i mean|the bi"
            r"g (?:it|one))\b",
            r"\blooking at the (?:beams?|rafters|banister|loft hatch|tree) (?:in the \w+ )?(?:di"
            r"fferent|differently)\b",
            r"\bevery hour\b(?=[^|]*\b(?:think|thought|thinking) about it\b)|\b(?:think|thought|"
            r"thinking) about it\b[^|]{0,40}\bnow (?:its|it is) every (?:hour|day|minute)\b",
            r"\bstop (?:taking )?(?:the |my )?(?:insulin|dialysis|heart (?:tablets|meds|pills)|m"
            r"eds|medication|tablets)\b[^|]{0,60}\b(?:(?:its|it is|it would be) (?:just )?over|let"
            r" it (?:finish|take) me|finish me|and die)\b",
            r"\b(?:been )?thinking about how(?: i would| id| to)?(?: do it)?\s*(?:$|[.!?])",
            r"\b(?:its )?not (?:the )?time yet (?:for me )?to (?:jump|go|die|do it|end it)\b"
            r"(?= *(?:$|[.!?,]|but|yet|soon|though))",
            r"\b(?:im|i am) (?:gonna|going to|about to) kys\b",
            r"\bsuicide (?:feels|seems|is starting to feel|looks) like (?:the|my) only (?:real )"
            r"?(?:option|way out|choice|answer)\b",
            r"\b(?:persistent |active |passive )?(?:suicidal )?ideation,? (?:now )?with (?:inten"
            r"t|a plan)\b",
            r"\b(?:would like|id like|want|wish) my life to end\b(?! up\b)",
            r"\bchecking out\W+not (?:like )?(?:a|the|from a) hotel\b",
            r"\b(?:do it|die|end it) the same way\b(?=[^!?]*\b(?:she|he|they|her|him|together)\b"
            r")",
            r"\bhow (?:id|i would|to) do it myself\b(?=[^!?]*\b(?:dying|die|death|doctor|euthana"
            r"sia|assisted)\b)",
            # ... or left to God ("stopped taking my heart tablets on Sunday, let Him decide",
            # twenty-seventh pass)
            r"\b(?:havent|have not|stopped|not) (?:taken|taking) my (?:heart |blood pressure |in"
            r"sulin|diabetes |seizure )?(?:meds|medication|pills|insulin|tablets)\b[^.!?]{0,30}"
            r"\b(?:on purpose|let (?:him|god|the lord|nature|fate) (?:decide|take me)|so (?:i can|"
            r"id|i will|i ll) (?:go|die|not wake up|slip away))\b",
            r"\byeet(?:ed|ing|s)? (?:myself|my ?self) (?:off|out of|into|in front of)\b",
            r"\b(?:shuffle|shuffled|shuffling|yeet\w*|launch\w*|throw\w*|fling\w*) (?:myself |me"
            r" )?(?:\w+ ){0,2}off (?:this|the) mortal coil\b",
            r"\bremove myself from (?:the equation|the picture|everyones lives|their lives|the w"
            r"orld)\b",
        ),
        unless=(
            *MENTIONED_NOT_MEANT,
            r"\bwhy did (?!you\b|i\b|we\b)[a-z]+(?: [a-z]+)? (?:kill|shoot|hang|off) (?:himself|"
            r"herself|themselves|themself)\b",
            r"\b(?:has|is|was|have|s) never (?:been |once been )?(?:on the table|an option|a con"
            r"sideration)\b",
        ),
    ),
    Signal(
        "suicide.ending_it",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Euphemisms for ending one's life ('thinking about ending it'), unless about a "
        "relationship.",
        (
            # the urge to end it is so strong / getting stronger
            r"\b(?:the )?(?:urge|urges|pull|temptation) to (?:end it|end my life|kill myself|die"
            r"|do it) (?:is|are|has been|feels|keeps getting|gets) (?:so |really |very |too |get"
            r"ting |way )*(?:strong|stronger|loud|louder|bad|overwhelming|intense|hard to (?:fig"
            r"ht|resist))\b",
            # wanting to stop being (here) at all
            r"\bwant(?:ing)? to stop being(?: (?:here|alive|around))?(?: at all)?(?= *(?:$|[.!?,"
            r"]))",
            # "finishing things before I end it" (not a relationship)
            r"\bbefore i end (?:it|it all|my life|things)\b(?! (?:with|between) )",
            # (not a relationship ended kindly: "i want to end it ... how do i do it kindly")
            r"\b{WANT} (?:to )?(?:just )?(?:end|ending) (?:it|things|everything)\b(?![^|]*\b(?:do "
            r"it kindly|let (?:him|her|them) down|break up with|end things with|without hurting "
            r"(?:him|her|them))\b)",
            r"\b(?:should|going to|gonna|might|will|could|ll) (?:just )?end (?:it|things)\b",
            r"\b(?:want|wants) it (?:all )?to end\b",
            r"\b(?:im|i am) (?:just |finally )?(?:ending|going to end|gonna end) (?:it|things|"
            r"everything|it all)\b",
            r"\bpull the (?:fucking )?trigger\b",
            r"\bget(?:ting)? it (?:all )?over with\b",
            r"\b(?:end|ending) it (?:myself|my ?self)\b",
            r"\b(?:take|taking) {SELF} out\b(?! (?:for|to) (?:dinner|lunch|a walk|a drive|coffee))",
            r"\bpunch(?:ing)? my (?:own )?ticket\b|\bclock out for good\b",
            r"\bfollow(?:ing)? through\b(?= with it| this time|\.|$)",
            # "check out permanently", "ready to check out. for good."
            r"\bcheck(?:ing)? out(?:\W+(?:permanently|for good)| (?:for real|of (?:life|this "
            r"life|existence)))\b",
        ),
        unless=(
            r"\b(?:other woman|other man|affair|relationship|boyfriend|girlfriend|bf|gf|marriage|"
            r"dating|break up|breakup|"
            r"things with|friendship|engagement|contract|lease|subscription|project|season|series|"
            r"semester|(?<!after the )(?<!after my )(?<!once the )(?<!once my )(?<!when the )"
            r"(?<!when my )(?:exam|exams|test)|interview|surgery|appointment|meeting|on (?:the|a|"
            r"buying))\b",
        ),
    ),
    Signal(
        "suicide.suicidal_disclosure",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "'Suicidal' or 'suicidal thoughts' said of oneself (an explicit I/my is required).",
        (
            r"(?<!the )(?<!for )(?<!about )\bsuicidal\b(?! (?:veterans?|vets?|people|persons?|"
            r"patients?|individuals?|soldiers?|members?|friends?|clients?|kids|teens|youth|men|"
            r"women|behaviou?rs?|gestures?|ideations?|thoughts?|feelings?|tendenc\w+|urges?|risk|"
            r"crisis|hotline|prevention|squad|mission|active|and homicidal|or homicidal|groups?|"
            r"brothers?|sisters?|troops|service|mind|depressed|or homicidal|active duty)\b)",
            r"(?<!for )(?<!veteran )(?<!member )(?<!soldier )(?<!patient )(?<!youth )\bsuicidal "
            r"(?:thoughts?|ideations?|feelings?|urges?|tendenc(?:y|ies)|episodes?)\b",
            # ... also named beside self-harm ("thoughts of self-harm and suicide", twenty-seventh
            # pass)
            r"\b(?:thoughts?|thinking) (?:of|about) (?:self ?harm(?:ing)? (?:and|or) )?(?:suicide|"
            r"killing {SELF}|ending my life|taking my (?:own )?life)\b",
            r"\bsuicide (?:thoughts?|ideations?)\b",
            r"\b(?:reached|turned into|become|becoming|got to|progressed to) suicidal(?: thought"
            r"s| point| level)?\b",
        ),
        person=Person.EXPLICIT,
        unless=(
            r"\b(?:surviving|survived|overcoming|overcame|recovering from|recovered from) (?:my "
            r")?(?:suicidal|self harm)\b",
        ),
    ),
    Signal(
        "suicide.method",
        C.SUICIDE,
        T.IMMINENT,
        K.METHOD,
        "Ideation that names a method (C-SSRS 3): hanging, shooting, jumping, overdosing, etc.",
        (
            # pills named, then "take them all": the pronoun is the pills ("the pills i use to
            # sleep, im going to take them all tonight")
            r"\b{PILLS}\b[^|]{0,80}\b(?:(?:im |i am |i m )?(?:going to|gonna|about to|want to|wa"
            r"nna|will)|ill|i could) (?:just )?(?:take|swallow|down|neck) (?:them|it|the lot|the"
            r" whole (?:lot|box|bottle|pack)) (?:all|at once|in one go)\b(?! (?:back|in|with|to|"
            r"over|apart|out)\b)(?![^|]*\b(?:course|prescribed|as directed|doctor said|pharmacis"
            r"t|finish (?:them|the))\b)",
            r"\b(?:garage|car|engine) and the (?:hose|hosepipe|tube)\b",
            r"\b(?:thinking|think|want|planning|going|decided) (?:to|of|about) (?:drink|drinking"
            r"|swallow|swallowing) (?:it|some|the (?:pesticide|poison|weed ?killer|bleach|antifr"
            r"eeze|paraquat|insecticide))\b(?=[^|]*\b(?:pesticide|poison|weed ?killer|bleach|ant"
            r"ifreeze|paraquat|rat poison|insecticide)\b)|\b(?:pesticide|poison|weed ?killer|ble"
            r"ach|antifreeze|paraquat|insecticide)\b[^|]{0,120}\b(?:thinking|think|want|planning"
            r"|going|decided) (?:to|of|about) (?:drink|drinking|swallow|swallowing) (?:it|some)"
            r"\b",
            r"\b(?:might|gonna|going to|about to|want to|wanna|should|will|ll|could|finna|bout t"
            r"o|ready to) (?:just |finally |go )?rope(?: myself)?\b(?! (?:in|off|them|him|her|it"
            r"|a|the|you|me|into|everyone|people|someone|us)\b)",
            r"\b(?:hang|hanging|shoot|shooting|drown|drowning|gas|gassing|poison|poisoning|"
            r"suffocate|suffocating|electrocute|electrocuting|stab|stabbing|starve|starving) "
            r"{SELF}(?! (?:in the foot|a (?:text|message|dm|email)))\b",
            r"\b(?:jump|jumping|throw {SELF}|leap|leaping) (?:off|from|in front of|into|under) "
            r"(?:a|the|this|that|my|an) {W2}(?:bridge|building|roof|rooftop|cliff|balcony|ledge|"
            r"train|bus|truck|car|traffic|tracks|window|tower|overpass|parking garage|subway|"
            r"metro)\b",
            r"\b(?:step|stepping|walk|walking|run|running|drive|driving) (?:in front of|into) "
            r"(?:a |the )?(?:train|bus|truck|traffic|oncoming traffic|the sea|the ocean|the water|"
            r"the river|the lake)\b",
            r"\b(?:drive|driving|crash|crashing) (?:my car )?(?:off|into) (?:a|the) (?:concrete "
            r")?(?:barrier|pole|lamp ?post|median|pillar|cliff|bridge|wall|tree|river)\b",
            r"\b(?:slit|slitting|slice|slicing|cut|cutting|open) (?:my|his|her|their) (?:wrists?|"
            r"throat|veins?)\b",
            r"(?<!of an )(?<!from an )\b(?:overdose|overdosing|od) (?:on|with)\b(?! (?:monday|tu"
            r"esday|wednesday|thursday|friday|saturday|sunday|the weekend|christmas|new years)\b"
            r")",
            r"\b{WANT} (?:to )?(?:overdose|od)\b(?! (?:deaths?|crisis|rates?|epidemic|statistics|"
            r"numbers|prevention|awareness|reversal|kits?|training|cases|risk))",
            r"\b(?:take|taking|swallow|swallowing|down|downing) (?:all|every one|every single "
            r"one) of (?:my|the|these|those) {PILLS}\b",
            r"\b(?:take|taking|swallow|swallowing) (?:a|the|this|that) (?:whole |entire |full "
            r")?(?:bottle|pack|box|packet) of\b",
            r"\b(?:drink|drinking) (?:the |some |a bottle of |this bottle of )?{POISON}\b",
            r"\b(?:bullet|gun|barrel|pistol|45|9mm) (?:in|to|against|into|at) my (?:head|brain|"
            r"brains|mouth|temple|chest)\b",
            r"\b(?:blow|blowing) my (?:brains|head) (?:out|off)\b",
            r"\beat (?:a|my) (?:bullet|gun)\b",
            r"\bsuck (?:on )?(?:a|the|my)? ?(?:end of (?:a|the|my) )?(?:shotgun|gun|barrel)\b",
            r"\bset {SELF} on fire\b|\bburn {SELF} alive\b",
            r"\b(?:knife|blade|razor) (?:to|at|against) my (?:throat|wrists?|neck)\b",
            r"\bhow much blood i have in me\b",
            r"\b(?:swallow|swallowing|take|taking|down|downing) (?:as (?:much|many)|all|every|the "
            r"whole|a whole|a bottle of|the rest of) (?:\w+ ){0,3}(?:as i can|{PILLS}|sea water|"
            r"water|bleach|of them)\b",
            r"\b{GUN}\b[^.!?]{0,60}\b(?:thought about|thinking about|thought of|thinking of|"
            r"considered|considering|tempted|planning on|want to|wanted to|going to) using\b",
            r"\b(?:walk|walking|swim|swimming|disappear|disappearing) (?:into|out into) the "
            r"(?:sea|ocean|water|tide|river|lake|waves)\b",
            r"\bweigh(?:t)? down my pockets\b|\bdrink {SELF} to death\b",
            r"\b(?:swallow|swallowing|take|taking) (?:everything|all of it|whatever i can find|"
            r"every pill) (?:in|from) (?:the|my|our) (?:medicine )?(?:cabinet|drawer|cupboard|"
            r"bathroom)\b",
            r"\b(?:car|engine) running in (?:the|a|my) (?:closed |shut )?garage\b",
        ),
        unless=(
            r"\b(?:in|on) (?:{VIDEO_GAMES}|the game|this game|a game|my game)\b|"
            r"\bto (?:skip|respawn|reset) (?:this|the) (?:area|level|boss|run)\b|\bresp"
            r"awn\w*\b|\bspeedrun\w*\b",
            r"\b(?:bungee|cliff jumping|cliff dive|into the (?:lake|water|river|pool|sea) with|l"
            r"ocal tradition|for fun|one more time)\b",
            r"\b(?:paperwork|forms?|printer|traffic|homework|meeting|spreadsheet|emails?|admin|t"
            r"his song)\b",
            r"\b(?:id|i would|i d) rather\b[^.!?]{0,60}\bthan\b",
            r"\b(?:not|never|dont|do not|no) (?:\w+ ){0,3}(?:using|use) (?:one|it|them|a gun|the"
            r" gun|a knife) on myself\b",
        ),
    ),
    Signal(
        "suicide.method_seeking",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Asking how to die or which method is easiest: seeking a method for oneself.",
        (
            # method seeking: "so they can't narcan / revive me", "make sure I don't wake up in
            # hospital / don't get found in time", which cut / which part of the wrist is faster or
            # deepest, how to load a gun while wanting it all to stop
            r"\bso (?:they|the paramedics|the doctors|nobody|no one|noone) (?:cant|couldnt|wont|"
            r"wouldnt) (?:narcan|revive|resuscitate|bring|save|pump) me(?: back)?\b",
            r"\bmake sure (?:you|i|they|someone|somebody|a person) (?:dont|doesnt|wont|do not|do"
            r"es not) (?:wake up (?:in (?:the )?hospital|afterwards)|get found in time|get found"
            r"|survive)\b",
            r"\bcutting (?:a certain|which|what|the right|one) way\b[^|]{0,20}\b(?:faster|quicke"
            r"r|deeper|works better)\b|\bwhich (?:part|side|vein|spot) of (?:the|my) (?:wrist|ar"
            r"m|neck|thigh) is (?:the )?(?:deepest|best|fastest)\b",
            r"\bhow (?:do you|do i|to) load (?:a|the) (?:revolver|gun|pistol|rifle|shotgun)\b[^|"
            r"]{0,80}\b(?:want (?:this|it|everything) to (?:stop|end)|cant do this)\b",
            r"\b(?:do|does|can|will|would) (?:er|a ?and ?e|hospital|the hospital|paramedics|doct"
            r"ors?|er doctors) (?:\w+ )?(?:always |usually )?(?:catch it|save (?:you|someone|peo"
            r"ple)) in time\b(?=[^|]*\b(?:takes?|took|swallow\w*|too much|overdos\w*|pills)\b)",
            r"\bhow sharp does (?:a|the) (?:knife|blade|razor) need to be\b",
            r"\b(?:roof|bridge|tallest|highest|pills?|rope|train|cliff|overdose|dose)\b[^|]{0,80"
            r"}\b(?:want|need) it to be (?:quick|fast|painless|instant)\b",
            r"\bmake it look like (?:a |an )?(?:car )?accident\b",
            r"\b(?:which|what) (?:of the )?(?:sprays?|chemicals?|pesticides?|poisons?|cleaners?)"
            r"\b[^.!?]{0,40}\b(?:works?|work) (?:fastest|quickest|best)\b[^.!?]{0,20}\bif you (?"
            r":drink|swallow)\b",
            r"\b(?:tall|high|deep|strong|fast|cold) enough to be sure\b(?= *(?:$|[.!?,]))",
            r"\b(?:car )?exhaust\b[^|]{0,60}\bhow long (?:would|does|will) it take\b",
            r"\b(?:drank|drink|drinking|swallowed|swallow) (?:the )?(?:stuff|chemicals?|bottle|c"
            r"leaner|bleach) (?:under|from) the (?:sink|kitchen sink|cupboard)\b",
            r"\b(?:tallest|highest)\b[^|]{0,60}\b(?:{HEIGHT}|car parks?|multi ?stor(?:e)?y)\b[^|"
            r"]{0,60}\bnot for (?:photos|pictures|the view|a project|a story|school|homework|wor"
            r"k)\b",
            r"\b(?:least detectable|undetectable|untraceable|quickest|fastest|easiest|surest|mos"
            r"t reliable|painless|least painful) (?:way|method|means) to (?:overdose|od|die|kill"
            r" (?:yourself|myself|oneself)|end (?:it|my life|your life))\b",
            r"\b(?:painless|painlessly|quickest|quick|fastest|fasted|easiest|easy|surest|best|"
            r"simplest|peaceful|peacefully|least painful|most effective|most painless|reliable|"
            r"other|any other|another) (?:way|ways|method|methods) (?:to|of|i can|i could|for me "
            r"to) (?:die|end it|end my life|kill {SELF}|kms|commit suicide|do it|suicide|not wake "
            r"up|dying|killing {SELF}|unalive|go|check out|exit)\b(?! (?:to|about|for|with|"
            r"through|from|home|back|out|up|viral|shopping)\b)",
            r"\bhow (?:to|do i|can i|could i|should i|would i|do you|does one|do people) "
            r"(?:{KILL} {SELF}|kms|commit suicide|end (?:my|your|ones) life|die painlessly|die "
            r"quickly|die peacefully|hang {SELF}|tie a noose|make a noose|slit (?:my|your) wrists|"
            r"overdose|od|unalive)\b",
            r"\bhow (?:to|do i|can i) (?:die|end it)\b",
            r"\b(?:ways|methods) (?:to|of) (?:kill(?:ing)? {SELF}|suicide|dying|die|end(?:ing)? it|"
            r"end(?:ing)? my life|commit suicide)\b",
            r"\b(?:looked|look|looking|searched|searching|googled|googling|researched|researching) "
            r"(?:up )?how (?:many|much) (?:\w+ ){0,4}(?:{PILLS}|it would take|would kill|to die)\b",
            r"\b(?:looked|look|looking|searched|googled|researched|researching) (?:up |into )?"
            r"(?:the )?(?:lethal|fatal|overdose) (?:dose|amount|limit)\b",
            r"\bsuicide (?:methods?|bag|kit)\b",
            r"\b(?:looked|looking|researched|researching|googled|googling|searched|searching) "
            r"(?:up |at |into |for )?(?:different )?(?:ways|methods|how) (?:of |to )?(?:doing it|"
            r"do it|die|kill {SELF}|suicide|end it)\b",
            r"\bcan i die\b",
            r"\b(?:look|looks|seem|seems) like an accident\b[^.]{0,60}\b(?:surest|best|easiest|m"
            r"ost reliable|quickest|safest) (?:way|method)\b",
            r"\b(?:most reliable|surest|most effective|quickest|least painful) (?:way|ways|metho"
            r"d|methods) (?:\w+ ){0,3}(?:end|ends|ended) (?:their|your|my|his|her|a) "
            r"li(?:fe|ves)\b",
        ),
        person=Person.ANY,
    ),
    # ---------------------------------------------------------------- suicide: passive ideation
    Signal(
        "suicide.passive_ideation",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Wish to be dead or not exist without a stated plan to act (C-SSRS 1).",
        (
            r"\bhoping (?:a|the|some) \w+ (?:comes|goes|smashes|flies) (?:through|into) (?:the|m"
            r"y) (?:windscreen|windshield|cab)\b",
            r"\bif (?:the|my|this) (?:boat|plane|ship|ferry|trawler) (?:went|goes|sank|sinks|wen"
            r"t down|goes down|crashed)\b[^|]{0,40}\b(?:i )?(?:wouldnt|would not|wont) (?:bother"
            r" )?(?:fight(?:ing)? it|swim(?:ming)?|try(?:ing)? to (?:get out|survive|swim))\b",
            r"\b(?:my )?(?:kids|children|family|wife|son|daughter|boys|girls) would (?:have a )?"
            r"(?:better (?:life|lives)|be better off) without (?:their|a) (?:dad|mum|mom|father|"
            r"mother)\b",
            r"\b(?:stop|stopping|quit|quitting|come off|coming off) (?:taking )?(?:all )?(?:my|t"
            r"he) (?:\w+ )?(?:meds|medication|medicines|tablets|pills|insulin|dialysis|treatment"
            r"|anti rejection drugs)\b[^.!?]{0,30}\band (?:let|letting) (?:it|them|my (?:body|ki"
            r"dneys?|liver|heart|new \w+)|the (?:\w+ )?(?:kidney|liver|heart|transplant|organ|di"
            r"sease|infection)) (?:reject|fail|give up|win|take me|kill me|finish me)\b",
            r"\bif i (?:died|was dead|disappeared|vanished|was gone)\b[^|]{0,80}\bpart of me (?:"
            r"wants|would like|is tempted) to (?:find out|know|see|test (?:it|that))\b",
            r"\b(?:every ?day|every night|most days|all the time|constantly|always|more and more"
            r") i (?:feel|think) (?:like )?i (?:should not|shouldnt|am not meant to|wasnt meant "
            r"to) be here\b(?! (?:at|in|with|on|for|today|tonight|because|anymore at)\b)",
            r"\b(?:wish|wishing|hope|hoping|pray|praying|want|waiting)(?: for| to have)? (?:a |a"
            r"n |the )?(?:(?:quick|fatal|massive|big|final|sudden) )?(?:heart attack|stroke|aneu"
            r"rysm)\b(?! (?:of|clinic|unit|team|nurse|ward|risk|test|scan|survivors?|patients?|r"
            r"ecovery|for (?:him|her|them|my|the)|on (?:him|her|them|my|the))\b)",
            r"(?:(?:not (?:tryna|trying to|to) be (?:dramatic|funny|weird|morbid|edgy)|ngl|i kno"
            r"w (?:this|it) sounds? \w+),? but |(?:^|[.!?,] *|\b(?:but|tbh|honestly|ngl|lowkey|j"
            r"ust|and|now) ))(?:the (?:idea|thought) of )?(?:death|dying|being dead|not existing"
            r"|not waking up) (?:sounds|seems|feels|looks|is starting to (?:sound|feel|seem)) (?"
            r":so |kind of |kinda |really |pretty |more and more |actually |almost |weirdly )*(?"
            r":peaceful|comforting|appealing|inviting|like (?:a )?relief|like (?:a |the )?rest|l"
            r"ike the answer|like freedom|like a holiday)\b",
            r"\b(?:ghost|dead inside|dead already|already dead|invisible|gone already)\b[^|]{0,6"
            r"0}\bmight as well make it (?:official|permanent|real|for real)\b(?= *(?:$|[.!?,]))",
            r"\ba future (?:that )?i (?:dont|do not) (?:even |really )?want to (?:be in|be part "
            r"of|be around for|see|live in|live)\b(?= *(?:$|[.!?,]))",
            r"\b(?:if anything (?:ever )?happens?(?: to me)?|just in case|when it happens|for wh"
            r"en (?:im|i am) gone)\b[^|]{0,120}\b(?:(?:i|id|i would|part of me) (?:\w+ ){0,2}(?:"
            r"wish|wishes|hope|hopes|want|wants) it (?:would|does|will|came|comes|happens|happen"
            r"ed)(?= *(?:$|[.!?,]|soon))|(?:i )?(?:dont|do not) (?:really |even )?care if it (?:"
            r"happens|comes) soon|(?:id|i would) be (?:glad|happy|relieved) if (?:the )?(?:just "
            r"in case|it|that day) (?:came|comes|happened|happens))",
            r"(?:(?<=gone and )|(?<=dead and )|(?<=gone, )|(?<=dead, )|(?<=gone. )|(?<=gone )|(?"
            r"<=dead ))i (?:hope|wish) (?:thats|that is|its|it is|it will be|it comes|that comes"
            r") soon\b",
            r"\b(?:im|i am|i feel|so|just) (?:so |just |really )?ready to (?:go home to (?:jesus"
            r"|god|the lord|my (?:lord|saviou?r|maker))|meet my maker)\b",
            r"\b(?:world|everyone|everybody|everything|family|house|team|office|they|it) (?:woul"
            r"d|d|will) (?:run|be|go|work) (?:so much |a lot |way )?(?:smoother|better|easier|fi"
            r"ne|calmer|happier) (?:minus|without) me\b(?![^|]*\b(?:this week|today|tomorrow|whi"
            r"le im|on leave|on holiday|when im (?:off|away))\b)",
            # grieved for a week and then relieved: the writer's absence as a relief to others
            r"\bgrieve (?:for )?(?:a (?:week|day|month|bit|few days)|a while)\b[^.!?]{0,20}\b(?:"
            r"be relieved|move on|forget (?:me|about me)|be fine|be better off)\b",
            # wishing the doctors would stop trying; "they should have let me die on the road"
            r"\bwish(?:ing)? (?:the doctors|the nurses|they|the team|everyone) would (?:just )?("
            r"?:stop trying|give up on me|let me go|stop treating me)\b",
            r"\b(?:they|you|someone|the paramedics|the doctors|he|she|the surgeons) should(?:ve|"
            r" have) (?:just )?let me (?:die|drown|bleed out|go(?= *(?:$|[.!?,]|and|then|instead"
            r")))\b",
            r"\bif (?:the |a |my )?(?:\w+ )?(?:header|tractor|truck|car|ute|bus|train|tree|roof|"
            r"load|bales?|machine|harvester|forklift|boulder|wall|quad|quad bike|digger|trailer|"
            r"shelf|crane) (?:rolled|fell|came down|landed|toppled) (?:on|onto) me\b[^.!?]{0,30}"
            r"\b(?:id|i would|i d) be (?:ok|okay|fine|alright|relieved|glad)\b",
            # going the way someone went ("wish I'd go the same way the cattle did", "I think about
            # going the same way" after a father's suicide)
            r"\b(?:wish (?:i|id|i could|i would)|(?:keep |been )?(?:think|thinking) about|want t"
            r"o|wanna) go(?:ing)? the same way\b(?! (?:home|to|back|as (?:usual|before|last)|we|"
            r"i|you)\b)",
            # telling God one is ready to go ("I have told the Lord I am ready to go")
            r"\b(?:told|tell|telling|asked|asking|begged|begging|prayed|praying) (?:to )?(?:the "
            r"lord|god|jesus|allah|the man upstairs)\b[^.!?]{0,20}\b(?:(?:i am|im) ready (?:to g"
            r"o|to come home|for (?:him|you) to take me)|(?:to|he should|he can) (?:take me|call"
            r" me home)(?: home| now| tonight)?)\b",
            # the insurance clearing the house, thought about ("my wife would remarry someone better
            # and the insurance would clear the house. i think about that more than i should")
            r"\b(?:life )?insurance (?:would|will|could) (?:clear|pay off|cover|settle) (?:the )"
            r"?(?:house|mortgage|debts?|loans?|everything)\b[^|]{0,40}\b(?:i think about (?:that"
            r"|it)|(?:theyd|shed|hed|they|she|he|everyone) (?:would )?be better off without me|i"
            r"f i (?:was|were) gone|if i died|if i wasnt here)\b",
            # Nigerian Pidgin: tired of this life, want to end it
            r"\bi (?:don|done) tire (?:for|of) (?:this|dis) life\b",
            # disappointed that a near miss missed ("part of me was gutted it didn't hit")
            r"\b(?:part of me|a part of me|i) (?:was|felt|feel|am|im) (?:\w+ )?(?:gutted|disappo"
            r"inted|sad|upset|annoyed|sorry) (?:that )?(?:it|the (?:bus|car|truck|lorry|train)|h"
            r"e|she|they) (?:didnt|did not|missed|swerved|stopped)\b",
            # a terminal diagnosis as no bad news ("a cancer diagnosis wouldn't be the worst news")
            r"\b(?:a |the )?(?:cancer|terminal|tumou?r) (?:diagnosis|result|scan|news)\b[^.!?]{0"
            r",20}\b(?:wouldnt|would not|wont|will not) be (?:the )?(?:worst|so bad|a bad thing|"
            r"bad news)\b",
            # passive wishes: fine if I never woke up, hoping a truck would hit me, praying to get
            # ill and not recover, the world / people safer without me, fine if it took the house
            # with me in it
            r"\b(?:id|i would) be (?:fine|ok|okay|happy|alright|at peace|relieved) if i (?:just "
            r")?(?:never woke up|didnt wake up|never woke|didnt make it|wasnt here)\b(?!(?: up)?"
            r" (?:before|until|till|early|at \d|for (?:a|the|one|\d)))",
            r"\b(?:hoping|hope|praying|pray|wishing|wish) (?:that )?(?:a|the) (?:truck|car|bus|l"
            r"orry|train) (?:would|will|could) (?:just )?(?:hit|kill|take) me\b|\b(?:truck|car|l"
            r"orry|bus) (?:could|would|might) (?:cross|swerve|hit)\b[^|]{0,40}\b(?:id|i would) b"
            r"e (?:ok|okay|fine|alright) with (?:it|that)\b",
            r"\b(?:praying|hoping|wishing|pray|hope) (?:ill|i will|i) (?:get sick|get ill|get ca"
            r"ncer|catch something)\b[^|]{0,40}\b(?:not recover|never recover|die|not get better"
            r")\b",
            r"\b(?:(?:people|everyone|the world|they|she|he) (?:would|d)|theyd|shed|hed) (?:be s"
            r"afer|sort itself out|move on faster|be better off)(?: \w+)? without me(?: (?:in it"
            r"|here|around))?\b(?! (?:for|\w+ing)\b)",
            r"\b(?:easier|better) for everyone if i just (?:wasnt|werent|didnt exist)\b",
            r"\b(?:id|i would) be (?:fine|ok|okay|happy) if (?:the|a) \w+ (?:took|hit|crushed|fl"
            r"attened|burned down|swept away) (?:the|my) (?:house|car|building|flat|home) with m"
            r"e (?:still )?in it\b",
            r"\bwishing my heart would (?:just )?stop\b",
            r"\b(?:go|went|going) to (?:bed|sleep) hoping (?:i )?(?:dont|wont|never) (?:get up|w"
            r"ake up|wake)\b",
            # ready to not be here anymore / to leave this world
            r"\b(?:im|i am) (?:so |just |finally )?ready (?:to )?(?:not be (?:here|around|alive)"
            r"|stop (?:living|existing|being alive)|leave this (?:world|earth|life))\b",
            # not planning to be here for Christmas / my birthday (not a trip or a visit)
            r"\b(?:dont|do not) (?:plan|intend|expect) (?:on |to )?(?:being|be) (?:here|around|a"
            r"live) (?:(?:for|by|at|past|until|till) )?(?:christmas|new year|my birthday|the hol"
            r"idays|next year|summer|spring|thanksgiving|easter)\b(?![^.!?]*\b(?:going|visit\w*|"
            r"travel\w*|fly|flying|trip|abroad|mums|moms|parents|holiday|vacation|away|staying|m"
            r"oving|cruise)\b)",
            # writing the ending of my last chapter myself; only the body left to take care of
            r"\bmy last chapter\b[^|]{0,30}\bwrit\w+ (?:the|my) (?:own )?ending (?:myself|my ?se"
            r"lf)\b",
            r"\balready (?:left|gone)\W+(?:just|only) the body (?:left )?to (?:take care of|deal"
            r" with|sort out)\b",
            # hoping an accident or illness takes me ("hope I get hit by a bus", "hope this flight
            # goes down", "hope I get sick and don't recover", "hope this flu finishes the job")
            r"\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:(?:i|id) (?:would |d )?(?"
            r":get|got|catch) (?:hit|run over|struck|killed|knocked down) by (?:a |the |some )?("
            r"?:bus|car|truck|lorry|train|van|lightning|meteor|asteroid|drunk driver|stray bulle"
            r"t)|i (?:get|got|catch|d get) (?:sick|ill|cancer|covid|something) and (?:just )?(?:"
            r"dont|never|do not|dont ever) (?:recover|get better|wake up|make it)|(?:this|the|my"
            r") (?:flight|plane) (?:goes|go|crashes|crash|falls) (?:down|out of the sky)|(?:this"
            r"|the|my) (?:flu|virus|infection|illness|cancer|covid|pneumonia|fever|disease) (?:f"
            r"inishes|takes|kills|gets|will finish|will take) me(?: off| out)?|(?:this|the|my) ("
            r"?:flu|virus|infection|illness|cancer|covid|pneumonia|disease) finishes the job)\b",
            # dying in my sleep wished for ("wish I'd just die in my sleep", "happy if I die tonight
            # in my sleep", "okay if my next sleep was the last one")
            r"\b(?:wish|hope|hoping|pray|praying)(?: that)? (?:i|id|i would|i d) (?:just |could "
            r")?(?:die|pass|pass away|slip away) in my sleep\b",
            r"\b(?:happy|glad|okay|ok|fine|grateful|relieved|at peace) if i (?:just )?(?:die|die"
            r"d|passed|pass away|slipped away|didnt wake up|dont wake up) (?:\w+ ){0,2}in my sle"
            r"ep\b|\bif my next sleep (?:was|is|were|would be) (?:the|my) last(?: one)?\b",
            r"\b(?:go to sleep|go to bed|fall asleep|close my eyes|lie down) (?:\w+ )?(?:hoping|"
            r"praying|wishing) (?:thats|its|this is|that is|it will be|itll be|tonight is) (?:th"
            r"e|my) last (?:time|night)\b(?= i (?:have to|wake|open)|\W*$|[.!?,])",
            # a road accident or a terminal diagnosis that would be a relief ("if a bus hit me
            # tomorrow I'd mostly feel relieved", "if I got hit by a car I don't think I'd mind")
            r"\bif (?:(?:a|the|some) (?:bus|car|truck|lorry|train|van|drunk driver) (?:hit|hits|"
            r"took|takes|ran|runs) me(?: out| over| down)?|i (?:got|get|was|were) (?:hit|run ove"
            r"r|knocked down|killed)(?: by (?:a |the |some )?\w+)?|i (?:got|get|was given|receiv"
            r"ed) (?:a |the )?(?:terminal|fatal|cancer)(?: diagnosis| news)?|i (?:died|didnt wak"
            r"e up|never woke up))\b[^.!?]{0,30}\b(?:(?:i think |honestly )?(?:id|i would|i d) ("
            r"?:\w+ ){0,2}(?:feel relieved|be relieved|feel relief|be glad|be grateful)|(?:i )?("
            r"?:(?:dont|do not) think (?:id|i would)|wouldnt|would not) (?:\w+ )?(?:mind|care))"
            r"\b",
            # a mercy / blessing if something killed me
            r"\b(?:be|would be|itd be|itll be|it would be) a (?:mercy|blessing|relief|kindness) "
            r"if (?:(?:a|the|some) \w+ (?:\w+ )?(?:rolled on|rolled over|fell on|hit|crushed|too"
            r"k|ran over|killed) me|i (?:died|didnt wake up|never woke up|got (?:hit|killed)))\b",
            # "I'd rather it (the flare, the illness) just ended me"
            r"\b(?:id|i would) (?:honestly |really )?rather (?:it|this|(?:the|this|my) \w+) (?:j"
            r"ust )?(?:ended|killed|finished|took) me\b",
            # no point being alive / sticking around for decades more
            r"\b(?:dont|do not|cant|cannot) (?:\w+ )?see (?:the|any) point (?:of|in) (?:being al"
            r"ive|living|staying alive|going on|existing|sticking around|carrying on|being here)"
            r"\b(?! (?:in|with|at|near|on|here|there|like|to|by|if|for (?!another|more|much long"
            r"er)\w+)\b)",
            r"\b(?:another|\w+ more) (?:\w+ )?years of (?:this|living like this|feeling like thi"
            r"s|this life)(?: (?:is|would be|sounds|feels|seems) (?:\w+ )?(?:unbearable|impossib"
            r"le|too much|like hell)|\W+(?:i cant|no thanks|no way))\b",
            # "I don't see why I'm still here", "why do I even keep going", God "keeps me here"
            r"\b(?:dont|do not|cant|cannot) see why (?:im|i am) still (?:here|alive|around)\b(?!"
            r" (?:at|in|on|with|doing|working|after)\b)",
            r"\bwhy (?:do|should) i (?:even |still )?(?:keep going|bother living|stay alive|keep"
            r" living|go on living)\b(?! (?:to|with|at|in|back|there|on about|out)\b)",
            r"\bwhy (?:he|god|the lord|you) (?:keeps|kept|keep) me (?:here|alive|around|going)\b",
            # the family / the world better off, calmer, the same without me
            r"\b(?:would|d|will) (?:all )?have it (?:so |much |a lot |way )*(?:easier|better)\b["
            r"^.!?]{0,20}\b(?:if i (?:wasnt|werent|was not|were not) (?:here|around|alive)|witho"
            r"ut me)\b",
            r"\b(?:world|everyone|everybody|everything) (?:would|will|d) (?:\w+ ){0,2}(?:the sam"
            r"e|just fine|exactly the same) without me(?: in it| around| here)?\b",
            r"\bmy (?:own )?funeral\b[^.!?]{0,50}\b(?:calmer|happier|relieved|better off|lighter"
            r"|easier|at peace)\b",
            r"\bbest thing (?:i could|i can|id|i would) (?:ever )?do (?:for (?:them|him|her|ever"
            r"yone|my \w+) )?(?:is|would be) (?:to )?(?:not be (?:around|here|alive)|disappear|d"
            r"ie|be gone|go away for good)\b",
            r"\b(?:my )?(?:kids|children|son|daughter|family|baby)(?: would|d) be better off wit"
            r"h (?:\w+ ){0,4}(?:raising them|raising (?:him|her) instead|(?:whos|who is) a memor"
            r"y|a dead (?:dad|mum|mom|parent))\b",
            r"\b(?:happier|better off|easier|better) (?:\w+ ){0,3}if (?:they|she|he)(?:d| had)? "
            r"(?:only had (?:my|the other|our)|never had me)\b",
            # might as well not be here / make it official
            r"\bmight as well (?:just )?(?:not be (?:here|around|alive)|be dead(?! to)|not exist"
            r")\b|\b(?:ghost|already dead|already gone|invisible)\b[^.!?]{0,40}\bmight as well m"
            r"ake it (?:official|permanent|real)\b",
            r"\b(?:already (?:gone|dead)|a ghost)\b[^|]{0,60}\bwish i (?:actually |really |just "
            r")?(?:was|were)\b(?= *(?:$|[.!?,]))",
            # thinking about who would come to my funeral
            r"\b(?:wonder|wondering|think about|thinking about|picture|picturing) who (?:would|w"
            r"ill|d) (?:actually |even |really )?(?:come to|show up (?:to|at)|turn up (?:to|at)|"
            r"cry at|attend|be at) my (?:funeral|service|memorial|wake)\b",
            # religious going home ("praying the Lord calls me home", "ready to go home to Jesus",
            # "ready for my final rest")
            r"\b(?:lord|god|jesus)\b[^.!?]{0,30}\b(?:takes? me home|calls? me home|brings? me ho"
            r"me)\b|\b(?:ready|want|wish|longing|hoping|praying) (?:for |to )?(?:go )?(?:home to"
            r" (?:jesus|god|the lord|heaven|my maker)|my final rest|the final rest|eternal rest)"
            r"\b",
            r"\bmeet(?:ing)? my maker\b(?=[^.!?]*\b(?:own (?:schedule|terms|time)|early|soon|ton"
            r"ight|ready|want to|sooner)\b)",
            # resting or sleeping forever ("just want to rest forever", "some rest. the forever
            # kind", "sleep for a hundred years, or forever")
            r"\b(?:want|wanna|need|wish|long|longing) (?:to )?(?:just |finally )?(?:rest|sleep) "
            r"(?:forever|for ever|permanently|eternally)\b|\brest\W+(?:the )?(?:forever|permanen"
            r"t|eternal|final) (?:kind|type|sort|one)\b",
            r"\b(?:sleep|fall asleep|go to sleep) for (?:about |like |maybe )?(?:a |\d+ )?(?:hun"
            r"dred|thousand|million|\d+) years\b[^|]{0,30}\b(?:forever|never (?:wake up|deal|com"
            r"e back|have to)|not wake up)\b",
            # being dead / never waking up sounding peaceful or the only comfort
            r"\b(?:being dead|not existing|not being alive|never waking up|not waking up) (?:\w+"
            r" ){0,2}(?:seems|sounds|feels|is) (?:like )?(?:so |more |much |pretty |kind of |kin"
            r"da |such )*(?:peaceful|appealing|comforting|tempting|a relief|the only comfort|my "
            r"only comfort|a mercy)\b",
            # tired of fighting to stay alive
            r"\b(?:tired|sick|exhausted) of (?:fighting|trying|struggling) (?:so hard )?to (?:st"
            r"ay alive|keep (?:myself )?alive|keep living|keep going)\b",
            # counting down to the end of life ("can't wait till this life is over")
            r"\bcant wait (?:till|until|til|for) (?:this|my) life (?:is|to be) over\b|\bcant wai"
            r"t for the day i (?:dont|do not|no longer) (?:have to )?(?:exist|be alive|wake up)"
            r"\b",
            # cannot picture myself at 20 / 30 and do not want to get there
            r"\b(?:cant|cannot|can not|dont) (?:picture|imagine|see) myself (?:at|being|reaching"
            r"|turning) (?:\d+|twenty|thirty|forty|fifty|old|older)\b[^|]{0,40}\b(?:i )?(?:dont|"
            r"do not) (?:want|wanna|plan) to (?:get there|make it|be around|reach it)\b",
            r"\b(?:id|i would) (?:rather|like to|love to|prefer to) (?:just )?skip (?:straight )"
            r"?to the end\b(?=[^|]*\b(?:die|dying|death|dead|living|grey days|nothing ahead|aliv"
            r"e)\b)|\b(?:die|dying|death|dead)\b[^|]{0,40}\b(?:id|i would) rather (?:just )?skip"
            r" (?:straight )?to the end\b",
            # not going to be a burden / a statistic much longer
            r"\bnot (?:going to|gonna) be (?:a (?:problem|burden|bother)|in (?:anyones|your|the)"
            r" way) (?:to|for) (?:anyone|anybody|you|everyone|them) (?:much|for much) longer\b",
            r"\b(?:ill|i will|im going to|going to) be (?:a|another|just another) (?:statistic|n"
            r"umber) (?:by|before|soon|this|next|tonight|tomorrow)\b",
            r"\blet (?:the )?(?:dark|darkness|the thoughts|the voices|my demons|the demons) win"
            r"\b",
            r"\b(?:done|stop|stopped|quit) pretending (?:im|i am|that im|i will|ill) (?:going to"
            r" |gonna )?(?:grow old|get old|have a future|be around)\b",
            # wishing I'd never been born (the writer's own wish, not a parent's cruel words)
            r"(?<!she )(?<!he )(?<!they )(?<!mum )(?<!mom )(?<!dad )\bwish(?:ing|ed)? (?:every "
            r"\w+ )?(?:that )?(?:i|id|i had) (?:never been born|was never born|had never been bor"
            r"n|never existed)\b",
            # veterans: the ones who didn't make it got the easy way out
            r"\b(?:guys|ones|friends|people|men|buddies|brothers|those|mates) who (?:didnt|did n"
            r"ot) make it(?: back| home| out)? (?:got|had) (?:the )?(?:easy way out|better deal|"
            r"lucky|easier)\b",
            # "it would have been better if I drowned / died with my brother"
            r"\b(?:would have been|wouldve been|would be) better if i (?:had )?(?:died|drowned|w"
            r"as killed|didnt make it|never made it|went down) (?:with|too|as well|instead)\b",
            # a parent who'd rather have me dead, and "maybe I should give her what she wants"
            r"\b(?:rather have a dead|wish(?:es|ed)? i was dead|want(?:s|ed)? me dead|better off"
            r" dead)\b[^|]{0,80}\b(?:give (?:her|him|them) what (?:she|he|they) wants?|make (?:h"
            r"er|his|their) wish come true)\b",
            # a prognosis of months, wishing it was days
            r"\b(?:have|given|gave me|got) (?:\w+ )?months\b[^|]{0,40}\bwish(?:ing)? it (?:was|w"
            r"ere) (?:days|weeks|sooner|over)\b",
            # the urge / suicidal thoughts that will not stop, all day
            r"\bsuicid[ae]l thoughts (?:(?:wont|dont|will not|do not|never) (?:stop|go away|leav"
            r"e me alone|let up)|all day|every day|everyday|constantly|non ?stop|all the time)\b",
            r"\b(?:suicide|killing myself|ending it|ending my life|dying) (?:keeps|kept) (?:popp"
            r"ing|coming|creeping|running|going) (?:into|through|back into) my (?:head|mind)\b",
            r"\b(?:suicide|killing myself|ending it|ending my life|taking my (?:own )?life)\b[^|"
            r"]{0,100}\b(?:but )?(?:lately |now |these days )?i (?:think about it|have the thoug"
            r"hts|consider it) (?:every day|every night|daily|all the time|constantly|more and m"
            r"ore)\b",
            # thinking about ways I could do it, starting to feel like a real option
            r"\b(?:ways|how) (?:i (?:could|would|might|can) )?(?:do it|end it)\b[^|]{0,60}\b(?:("
            r"?:starting to (?:feel|look|seem) like|feels like|becoming) (?:a real|an|a serious)"
            r" option|starting to feel (?:right|possible|real))\b(?! for)",
            # a conditional exit ("if the court rules against me Friday that's it for me")
            r"\bif (?:the )?(?:court|tribunal|judge|jury|verdict|hearing|appeal|case|ruling) (?:"
            r"\w+ ){0,3}(?:against me|goes wrong|goes badly)\b[^.!?]{0,40}\b(?:thats it for me|i"
            r"m (?:checking out|gone for good)|ill be gone|its over for me)\b",
            # ideation back after years well ("I was doing so well. now I'm planning again")
            r"\b(?:was doing (?:so |really )?well|was (?:\w+ ){1,2}(?:months|years) clean|was (?"
            r":good|fine|okay|ok) for (?:like )?(?:\w+ ){1,2}(?:months|years))\b[^|]{0,60}\b(?:("
            r"?:now )?(?:im|i am) planning (?:it )?again|googl\w+ (?:stuff|things) i (?:swore|pr"
            r"omised) (?:id|i would|myself) (?:never|not) (?:google|search|look up))\b",
            r"\blooking at the (?:garage|rafters|beams?|banister|bridge|tracks|pills|rope)\b[^.!"
            r"?]{0,30}\b(?:and )?(?:thinking|having) the (?:old|same old) thoughts\b",
            # "someone who actually wants to still be alive in 5 years, which isn't me"
            r"\bwants? to (?:still )?be (?:alive|around|here) in (?:\d+|five|ten|a few|two|three"
            r") years\W+(?:which|and that) (?:isnt|is not|aint) me\b",
            r"\b(?:dont|do not) want to (?:be|live|stay|exist) (?:in|on) this (?:world|earth|pla"
            r"net)(?! of\b)(?: anymore| any more| any longer)?\b",
            r"\b(?:jealous|envious|envy)\b[^|]{0,40}\b(?:she|he|they) (?:gets?|got) to rest\b|\b"
            r"(?:jealous|envious|envy)\b[^|]{0,30}\b(?:shes|hes|theyre|she is|he is|they are) (?"
            r":done|at rest|at peace)\b(?=[^|]*\b(?:obituary|passed|died|funeral|grave|buried)\b"
            r")|\b(?:obituary|passed|died|funeral|grave|buried)\b[^|]{0,60}\b(?:jealous|envious)"
            r"\b[^|]{0,30}\b(?:shes|hes|theyre|she is|he is|they are) (?:done|at rest|at peace)"
            r"\b",
            r"\bdont correct it as (?:fast|quick\w*|soon)\b",
            r"\b(?:just|only|really) waiting for my turn\b(?! (?:at|on|in|to|with|for)\b)",
            r"\b(?:just )?done being alive\b",
            r"\bthe real answer is (?:i wouldnt mind|yes|i would)\b",
            r"\b(?:ive|i have|i ve) (?:already )?lived (?:too long|long enough)\b",
            r"\bwhats the point (?:of|in) (?:opening my eyes|waking up|getting up) (?:tomorrow|a"
            r"nymore|again|in the morning)\b",
            r"\b(?:rolling on me|roll(?:ed)? on me|fell on me|hit me|ran me over|crushed me)\b[^"
            r"|]{0,20}\bwould (?:at least |finally )?solve (?:a lot|everything|things|it all|so "
            r"much)\b",
            r"\bexisting (?:feels|is) like a chore\b|\bbeing alive feels like an obligation\b",
            r"\bthink about (?:death|dying) the way (?:people|others|you|normal people) (?:daydr"
            r"eam|dream|think) about\b",
            r"\bsleep and never (?:get up|wake|wake up) again\b|\blet me (?:just )?sleep and nev"
            r"er get up\b",
            r"\blie down and stay down\b",
            r"\bif only i could (?:just |quietly |simply )*(?:stop|fade(?: away)?|disappear|not "
            r"be)\W*$",
            r"\b(?:scan|test|results?|biopsy)\b[^|]{0,30}\b(?:was|came back|were) (?:clear|fine|"
            r"negative|benign)\b[^|]{0,20}\bi (?:felt|was) (?:disappointed|gutted|let down)\b",
            r"\b(?:scan|test|results?|biopsy)\b[^|]{0,30}\b(?:might show|could show|could be|mig"
            r"ht be) (?:something|cancer|serious)\b[^|]{0,20}\bi (?:felt|was) relieved\b",
            r"\bsleep for a (?:very |really )?long time\W+maybe forever\b",
            r"\b(?:dont|do not) have the energy to (?:be a person|exist|be alive|keep living|liv"
            r"e) (?:anymore|any more)\b",
            r"\b(?:sick|doctor|ill)\b[^|]{0,60}\bid just let it happen\b",
            r"\bdisappearing forever sounds (?:like|nice|good|great)\b",
            r"\b(?:gone|dead|died|buried)\b[^|]{0,60}\bi(?:m| am) overdue\b",
            r"\bin the ground\b[^|]{0,60}\bthinking about fixing that\b",
            r"\bit gets better\b[^|]{0,60}\b(?:not sure i want to|dont want to|cant) wait (?:any"
            r"more|any longer|any more)\b",
            r"\bexcept the wish to (?:be gone|die|not exist|disappear|be dead)\b",
            r"\bas a joke\W+now i mean it\b",
            r"\bid rather the (?:machine|dialysis|ventilator|treatment) just stopped\b",
            r"\bdrive safe\W+i (?:think|thought)\W+why\b",
            r"\bnow i (?:kind of |kinda |sort of )?look forward to (?:it|dying|death)\b(?=[^|]*"
            r"\b(?:dying|death|die)\b)|\b(?:dying|death)\b[^|]{0,40}\bnow i (?:kind of |kinda |so"
            r"rt of )?look forward to it\b",
            r"\bthis wishing you were dead\b",
            r"\bif i (?:had a heart attack|died|didnt wake up|just died) in my sleep (?:it )?(?:"
            r"would|wd) (?:honestly |really |actually |probably )?be (?:okay|ok|fine|alright|a r"
            r"elief)\b",
            r"\bpray i (?:just )?(?:dont|do not|wont) make it (?:to|through) (?:the )?(?:morning"
            r"|night|tomorrow|weekend)\b",
            r"\bhope (?:someone|somebody|a car|a truck|a lorry) (?:runs the red light|runs a red"
            r"|hits me|crashes into me)\b",
            r"\b(?:buried|funerals?|died|lost)\b[^|]{0,60}\b(?:thinking|think|feel like) (?:they"
            r"|he|she) got the better deal\b",
            r"\b(?:envy|jealous of) (?:the )?(?:people|person|guy|one) at funerals\b[^|]{0,30}\b"
            r"the one in the (?:box|coffin|casket)\b",
            r"\bid trade places with (?:him|her|them) in a (?:second|heartbeat)\b(?=[^|]*\b(?:sh"
            r"ould ?ve been me|should have been me|didnt come home|died|killed)\b)|\bshould ?ve "
            r"been me\b[^|]{0,80}\bid trade places with (?:him|her|them)\b",
            r"\blifes too (?:heavy|hard|much)\W+(?:i )?(?:dont|do not) want it (?:anymore|any mo"
            r"re)\b",
            r"\b(?:(?:does|do) )?any ?(?:one|body|1) else (?:\w+ ){0,8}?(?:hop\w*|wish\w*|pray\w"
            r"*|want\w*) (?:that )?(?:they|youd|you)(?: could| would|d)? (?:just |simply )?(?:(?"
            r":wont|dont|didnt|never|not|wouldnt) wake up(?! (?:the|my|her|his|their|your|any|ev"
            r"ery|early|late|on time|in time|before|until|till|for|at)\b)|(?:disappear|vanish|st"
            r"op existing|not exist|cease to exist|not be here anymore|be dead|die in their slee"
            r"p)\b)",
            r"\bpermanently in the way\b",
            r"\b(?:dont|do not) see why i should (?:carry on|go on|keep going|stay|be here)\b(?!"
            r"\s+(?:\w+ing|with|at|in)\b)",
            r"\b(?:he|she|i) should (?:have|ve) died too\b",
            r"\bif something (?:happened|happens) to me\b[^|]{0,30}\b(?:relieved|relief|wouldnt "
            r"mind|okay with it|fine with it)\b",
            r"\b(?:jealous of|envy) the people in (?:it|the cemetery|the graves|their graves)\b",
            r"\bhop(?:e|ing) something happens to (?:me|my (?:own )?(?:flight|plane|car))\b",
            r"\bhope i (?:dont|do not) get (?:much )?older\b",
            r"\bmade peace with (?:the idea of )?not being (?:around|here|alive)\b",
            r"\bwish(?:ing)? (?:a |that a )?(?:bus|car|truck|lorry|train) would (?:just )?(?:hit"
            r"|run (?:me )?over|kill|take) me\b",
            r"\b(?:dont|do not) (?:really |even )?want to be (?:around |alive |here )?(?:anymore"
            r"|any more)\b",
            r"\b(?:easier|better) if i (?:just )?(?:got sick and died|died|was dead|wasnt here|w"
            r"asnt around|didnt wake up|never woke up)\b",
            r"\bwish(?:ing)? i could (?:just )?not be here\b",
            r"\b(?:being around|alive|still here)\b[^|]{0,60}\bi (?:dont|do not) want to be\W*(?"
            r":$|[.!?])",
            r"\b(?:feel like|i know|pretty sure|i think) this (?:is|will be) my last (?:year|bir"
            r"thday|christmas|summer)\b(?!\s+(?:at|of|in|as|before|with|here)\b)",
            r"\bsleep and (?:not|never) (?:come back|return)\b",
            r"\b(?:god|lord),? (?:please )?(?:just )?(?:let me go|take me)(?: already| now)?(?="
            r"\W*(?:$|[.!?]))",
            r"\bhow nice it (?:would|d) be to not have to keep going\b(?! to\b)",
            r"\bwaiting for something to kill me\b",
            r"\bto not exist (?:anymore|any more)\b",
            r"\bpray(?:ing)? (?:that )?(?:the )?(?:biopsy|scan|tests?|results?) (?:comes?|come) "
            r"back (?:bad|positive|as cancer)\b",
            r"\b(?:would|it would|itd|id) be (?:so )?(?:nice|good|easier|a relief|peaceful) to ("
            r"?:just )?not exist\b(?! (?:on|in) (?:social media|the internet|online|instagram|fa"
            r"cebook|tiktok|twitter|x|the group ?chat|work|class|school)\b)",
            r"\b(?:envy|jealous of|i envy) (?:the (?:dead|one in the (?:box|coffin|casket))|dead"
            r" people|the people who (?:died|get to die|dont wake up))\b",
            # twenty-third pass: the insurance as the one useful thing; hoping for a terminal
            # finding; a bus that took me out; my heart stopping would not be the worst thing; God
            # taking me tonight; wishing I did not exist; no future where I am alive
            r"\b(?:would|will|could|d) get (?:the|my) (?:life )?insurance\b(?=[^|]*\b(?:only (?:"
            r"useful|good)|better off|worth more|if i (?:was|were) gone|without me|(?:be )?(?:shot"
            r"|rid|free|clear|quit) of me|(?:finally|at"
            r" last) (?:be (?:okay|ok|fine|alright|free|comfortable)|have (?:some )?(?:breathing"
            r" room|room to breathe|peace|a chance)))\b)",
            r"\b(?:hoping|hope|wish) (?:the doctor|they|the tests?|the scan) (?:finds?|find|show"
            r"s?) (?:something|its) (?:terminal|cancer)\b",
            r"\bif a (?:bus|car|truck|lorry|train|van) (?:took me out|ran me over)\b[^.!?]{0,40}"
            r"\b(?:relieved|relief|glad|happy|fine|ok|okay|wouldnt mind)\b",
            r"\b(?:wouldnt be (?:the worst thing|so bad|a bad thing)|wouldnt mind)\b[^.!?]{0,10}"
            r"\bif (?:my heart (?:just )?stopped|i (?:died|didnt wake up)|i (?:just )?(?:stopped"
            r" existing|was gone))\b",
            r"\bif (?:god|the lord|he) (?:wanted to|wants to|decided to) take me\b[^.!?]{0,30}\b"
            r"(?:wouldnt (?:argue|mind|fight|complain)|thank (?:him|god)|be glad|be grateful)\b",
            r"\bwishing i (?:didnt|did not) exist\b",
            r"\b(?:cant|cannot|can not) (?:picture|imagine|see) a future where im (?:still )?ali"
            r"ve\b",
            # "once my dog goes there's no reason to stay"; "too busy celebrating to notice I'm
            # gone"
            r"\b(?:theres|there is|there will be|therell be|there would be) no (?:reason|point) "
            r"(?:for me )?to (?:stay|stick around|be here|keep going|live|go on|be alive)\b",
            r"\b(?:too busy|wont|will not|nobody will|no one will|noone will) (?:\w+ ){0,2}(?:to"
            r" )?notice (?:im|i am|that im|i was|that i was|ive) gone\b",
            r"\bif (?:the |my )?doctors? (?:told|said|says|tells|told me|found) (?:me )?(?:(?:to"
            r"morrow|tmrw|tmr|today|one day|next week) )?(?:i (?:had|have)|its|it was) (?:cancer"
            r"|something terminal|a terminal \w+|\w+ months? to live|a tumou?r)\b[^.!?]{0,30}\b("
            r"?:relieved|relief|glad|happy|wouldnt (?:mind|be sad|fight it|treat it))\b",
            r"\bwish (?:i|id|i had) (?:caught (?:one|a bullet|a round)|stepped on (?:one|a mine|"
            r"an ied)|been (?:killed|shot)|not made it back|never made it back|died) (?:over the"
            r"re|out there|in (?:iraq|afghanistan|the war|combat|theatre|theater|the desert|helm"
            r"and|kandahar|fallujah|vietnam))\b|\bwish (?:i|id|i had) (?:caught (?:one|a bullet|"
            r"a round)|died|been killed)\b[^.!?]{0,30}\binstead of coming (?:back|home)\b",
            r"\b(?:what|wats|whats) (?:is )?the use of my life\b[^|]{0,20}\bbetter (?:i|if i|tha"
            r"t i|for me to) (?:die|dies|am dead|was dead|just die)\b|\bbetter (?:i|if i|that i)"
            r" (?:die|dies|just die)\b(?= (?:and|so|then|because|bcz|coz)\b)",
            r"\bhow easy (?:it (?:would|d) be|itd be|it would be) (?:if|to let) (?:it|one|a (?:l"
            r"orry|truck|bus|car|train)) (?:just )?(?:hit|hits|ran me over|took me out)(?: me)?"
            r"\b",
            r"\bwouldnt mind if i didnt (?:make it through|wake up)\b",
            r"\b(?:cross|crossing) the road\b[^|]{0,40}\bif it happens,? it happens\b",
            r"\b(?:ill|i will|im going to|gonna|i ll) be (?:number|no|#) ?\d+\b(?! (?:in|on|at|f"
            r"or|of|to)\b)(?=[^|]*\b(?:ok(?:ay)? with (?:that|it)|fine with (?:that|it)|lost|the"
            r" 22|suicide|took (?:their|his|her) (?:own )?li(?:fe|ves))\b)",
            r"\b(?:have|get|collect) the (?:life )?insurance\b[^.!?]{0,40}\bif i (?:was|were) (?"
            r":gone|dead|not here|not around)\b",
            r"\b(?:nearly|almost) (?:hit|got|killed|clipped) me\b[^|]{0,60}\b(?:first thought wa"
            r"s|thought|i thought) (?:damn|shame|dammit|oh well|pity)\b|\bdamn\W+(?:it )?missed"
            r"\b",
            r"\b(?:breathe easier|relax|be relieved|be happier|celebrate|party) at my funeral\b",
            r"\b(?:told|telling|tell|asked|asking|begging|begged) (?:god|the lord|him upstairs|j"
            r"esus|allah)\b[^.!?]{0,30}\b(?:im|i am) ready\b(?=[^|]*\b(?:sooner|takes? me|nobody"
            r"|no one|tired|alone|whenever)\b)",
            r"\b(?:id|i would) (?:honestly |really |just |much )?rather (?:just )?not (?:be (?:h"
            r"ere|alive|around)(?= *(?:$|[.!?,]|anymore|any more|at all|to (?:find out|see)|than"
            r" (?:\w+ ){0,2}(?:figure|face|deal|live|go on|keep going|start over|watch)))|exist|"
            r"wake up)\b",
            r"\b(?:would|d|will) (?:all )?(?:have|get) (?:an |a )?(?:so |much |way |a lot )?(?:e"
            r"asier|better|happier|simpler) (?:time|life|lives)\b[^.!?]{0,20}\bwithout me(?= *(?"
            r":$|[.!?,]|around|here|anymore|any more|in (?:it|the picture|their lives)|tbh|hones"
            r"tly))",
            r"\bif (?:a|the|some) (?:car|bus|truck|train|lorry|van|plane|tree) (?:\w+ ){0,2}(?:s"
            r"werved|crashed|ploughed|plowed|ran|went|smashed) (?:into|over) me\b[^.!?]{0,30}\b("
            r"?:thatd|that would|itd|it would|id|i would) (?:honestly |actually |really )?(?:be "
            r"(?:\w+ )?(?:ok|okay|fine|alright|a relief)|not mind)\b",
            r"\bif i got (?:really |seriously |very )?(?:sick|ill|cancer)\b[^.!?]{0,30}\b(?:woul"
            r"dnt|would not|wont) (?:even )?(?:fight it|get (?:it )?treated|treat it|see a docto"
            r"r)\b",
            r"\b(?:would|d) (?:finally )?stop (?:crying|worrying|hurting|suffering|fighting|stru"
            r"ggling)\b[^.!?]{0,40}\bif i (?:wasnt|werent|was not|were not) (?:here|around|alive"
            r")\b|\bif i (?:wasnt|werent|was not|were not) (?:here|around|alive)\b[^.!?]{0,40}\b"
            r"(?:would|d) (?:finally )?stop (?:crying|worrying|hurting|suffering|fighting|strugg"
            r"ling)\b",
            r"\b(?:turbulence|plane (?:dropped|shook)|car (?:skidded|spun))\b[^|]{0,80}\bthis is"
            r" it,? (?:fine|ok|okay|good|finally)\b|\bthat scared me more than the (?:turbulence"
            r"|crash|skid|near miss)\b",
            r"\b(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me)\b[^.!?]{0,40}\bi"
            r"f i (?:was|were|wasnt|disappeared|vanished|died)\b[^|]{0,40}\b(?:(?:thats|its) for"
            r" the best|better that way)\b",
            r"\b(?:wish|wishing|want|wanting|wanna|would love|id love|like) (?:\w+ ){0,3}(?:fade"
            r"|slip|drift|vanish|disappear|melt) (?:out of|from|away from) (?:the world|this wor"
            r"ld|existence|this life|life)\b",
            r"\bif (?:a|the|some) (?:car|bus|truck|train|lorry|van) (?:gets|hits|takes) me,? (?:"
            r"it (?:gets|hits|takes) me|so be it|then it does|whatever|fine by me)\b",
            r"\b(?:dying|not waking up|not being here|a crash|crashing|(?:a )?(?:tree|wall|pole|"
            r"barrier) at \d+)\b[^|]{0,20}\b(?:wouldnt|would not) be (?:the worst thing|so bad|a"
            r" bad thing)\b",
            r"\b(?:fall asleep|go to sleep|sleep) and (?:just )?(?:not have to|never) come back"
            r"\b",
            r"\b(?:would|d|hed|shed|theyd|youd|wed) (?:all |just )?be (?:so |much |a lot |way )?"
            r"(?:better off|happier|fine|okay|relieved|freer|free) if i (?:(?:was|were) (?:dead|"
            r"gone)|(?:wasnt|werent|was not|were not) (?:here|around|alive)(?: anymore)?|"
            r"(?:just )?(?:died|disappeared|vanished))\b",
            r"\b(?:would|d) (?:\w+ ){0,2}(?:breathe easier|be (?:happier|relieved|lighter|better"
            r" off)|celebrate|smile|relax) at my funeral\b",
            r"\b(?:hed|shed|theyd|he would|she would|they would|everyone would|my \w+ would) (?:"
            r"have|get|finally have|finally get) (?:a |their |his |her )?(?:real |better |proper"
            r" |normal |good )?li(?:fe|ves) (?:back )?if i (?:(?:were|was) gone|(?:wasnt|werent|"
            r"was not|were not) (?:around|here))\b",
            r"\b(?:lie|lay) down (?:\w+ ){0,3}and (?:just )?(?:not|never) (?:get|wake) up(?= *(?"
            r":$|[.!?,]|ever|again|for good|anymore))",
            r"\b(?:going to|about to|im|i will|ill) (?:finally )?do what i should (?:have|of|ve)"
            r" done (?:at \d+|years ago|long ago|back then|a long time ago|ages ago)(?= *(?:$|[."
            r"!?]))",
            r"\b(?:part of me|i kind of|i kinda|i secretly|i actually|secretly) (?:\w+ )?hop(?:e"
            r"|es|ing) (?:its|it is|it s|it turns out to be|it turns out) (?:the bad kind|termin"
            r"al|cancer|serious|malignant|fatal|the worst)\b",
            r"\btired of (?:taking up space|existing|being here|being a waste of space)\b(?= *(?:$|"
            r"[.!?,]|anymore|honestly|tbh|ngl|i think))",
            r"\b(?:no|dont see the|dont see any|whats the|see no) point in (?:anyone|anybody|the"
            r"m|the doctors|doctors|people) (?:saving|resuscitating|reviving) me\b",
            r"\b(?:hed|shed|theyd|he would|she would|they would|everyone would|my \w+ would) (?:"
            r"have|get|finally have) (?:a |their |his |her )?(?:real |better |proper |normal |go"
            r"od )?life (?:back )?if i (?:were|was) gone\b",
            # sixteenth pass (FRESH14): others' easier life without me, an accident or illness
            # welcomed as an end, asking God not to wake up, "they'd throw a party if I
            # vanished", a weapon that looks like the answer
            r"\b(?:everyone|everybody|they|we|my \w+|the \w+|people) would (?:all )?(?:have|live)"
            r" (?:an? |so much |a much |much )?(?:easier|better|happier|simpler|lighter) (?:life|"
            r"lives) without me\b",
            r"\b(?:truck|car|bus|train|lorry|accident|something|someone|god|the universe|heart a"
            r"ttack|cancer|illness|disease|stroke)\b (?:\w+ ){0,3}(?:end|ended|ending|ends) (?:t"
            r"hings|it|it all|everything|my life) for me\b",
            r"\ba way out (?:that )?(?:no one|nobody|noone) (?:could|would|can|will|could ever) "
            r"blame me for\b",
            r"\b(?:asked|asking|ask|begged|begging|beg|prayed|praying|pray) (?:god|the lord|jesu"
            r"s|the universe) (?:to )?(?:please )?(?:just )?(?:not let me|let me not|to not let "
            r"me|(?:wont|will not|wouldnt|would not|doesnt|does not) let me) (?:wake|get) up "
            r"(?:again|tomorrow|in the morning)\b",
            r"\bwould (?:throw a party|celebrate|party|be relieved|be glad|be happier|be better "
            r"off) if i (?:vanished|disappeared|was gone|were gone|died|was dead|were dead|wasnt"
            r" here|wasnt around|just vanished|just disappeared)\b",
            r"\b(?:service weapon|{GUN}|rope|the tracks|razor|blade|the bridge|the river|the pil"
            r"ls|my pills|those pills)\b (?:\w+ ){0,2}(?:looks?|seems?|feels?|is looking|is star"
            r"ting to look|starts? to look|started to look) like (?:the|an|my) (?:answer to (?:e"
            r"very|everything|all)\w*|only (?:answer|solution|option|way out)|way out|escape|exi"
            r"t)\b",
            r"\b(?:wish|want|hope|hoping|pray|praying) {W2}(?:sleep|go to sleep|fall asleep) "
            r"(?:forever|and (?:never|not) wake up)\b(?! (?:until|till|before|with|early|in time|a"
            r"t \d|"
            r"for (?:school|work|class)|on time))",
            r"\b(?:sleep|go to sleep|fall asleep) and (?:just )?(?:never|not) wake up\b(?! (?:unti"
            r"l|till|before|with|early|in time|at \d|for (?:school|work|class)|on time))",
            r"\b(?:hope|hoping|wish|wishing|pray|praying)\b[^.!?]{0,30}\b(?:god|the lord|jesus|the "
            r"universe|allah|the good lord|(?<=pray )he|(?<=pray that )he) (?:would |will )?"
            r"(?:just )?(?:takes? me|take my life|lets? me die|comes for me)\b"
            # "pray God takes me to see my grandchildren" is a journey, "pray he takes me back" a
            # love story
            r"(?! (?:to (?:see|visit|meet|the|a|my|his|her|their)|home|back|there|through)\b)",
            r"\bif i (?:got sick and |just |suddenly )?(?:died|was dead|didnt wake up)\b[^.!?]{0,3"
            r"0}"
            r"\b(?:relieved|relief|be glad|be grateful|wouldnt mind)\b",
            r"\bhop(?:e|ing)\b[^.!?]{0,20}\b(?:a|the|some) (?:car|truck|bus|train) (?:just )?"
            r"(?:hits me|doesnt stop|wont stop|runs me over|would hit me)\b",
            r"\bhop(?:e|ing) (?:my|the) (?:flight|plane) (?:\w+ )?(?:goes down|crashes|falls)\b",
            r"\b(?:dont|cant|do not|cannot) see (?:a|any|another) (?:other )?way out\b(?! of (?:"
            r"this|the|my|that|these) (?!life\b|pain\b|hell\b|darkness\b|place\b|hole\b|world\b)[a"
            r"-z]+)",
            r"\b(?:picturing|imagining|thinking about|dreaming about) my (?:own )?funeral\b[^.!?]{"
            r"0,"
            r"40}\b(?:peaceful|relief|better|nice|calm|easier|happy)\b",
            r"\bfantasi[sz]\w* about (?:not existing|dying|being dead|death|disappearing forever|"
            r"not being here)\b",
            r"\bdont think i (?:want|wanna) to (?:live|be alive|be here|exist|go on)\b",
            r"\bcant wait to die\b",
            r"\b(?:dont|never|do not|didnt) want(?:ed)? to wake(?: up)?(?! up)(?! (?:early|at \d|"
            r"before|for (?:school|work|class)|so early|this early))\b",
            r"\b(?:hope|hoping|wish|praying|pray) (?:that )?i (?:dont|wont|never|do not|will not|"
            r"would not|wouldnt) wake up\b(?! (?:until|till|before|with|early|in time|at \d|for (?"
            r":school|work|class)|on time))",
            r"\b(?:easier|better) (?:to )?(?:just )?not (?:to )?wake up\b",
            r"\bwish i (?:didnt|did not|could not|couldnt|wouldnt) (?:exist|be alive|wake up)\b",
            r"\bwish i (?:was|were|had) never (?:been )?born\b",
            r"\bwish i could (?:just )?(?:disappear|vanish|cease to exist|stop existing|not "
            r"exist)\b(?! (?:for|to|into|on|at|with|under|in|from) )",
            r"\b(?:want|need) to (?:just )?(?:disappear|vanish|cease to exist|stop existing|not "
            r"exist)\b(?! (?:for|to|into|on|at|with|under|in) )",
            r"\bdont want to (?:exist|be here|be around)(?: anymore| any more)?\b",
            r"\b(?:better off|happier|easier) (?:without me|if i (?:just |simply |finally )?(?:was|"
            r"were|wasnt|werent) (?:gone|dead|here|around|alive)|if i (?:just |simply |finally )?"
            r"(?:died|disappeared|left for good|was gone)|with me gone|when im gone)\b",
            r"\b(?:i|id|ill) be better off dead\b|\bbetter off dead\b",
            r"\b(?:no|zero) (?:reason|reasons|point) (?:to|in|of) (?:live|living|being alive|go "
            r"on|going on|keep going|existing|be alive|stay alive)\b",
            r"\bnothing (?:left )?to live for\b",
            r"\b(?:dont|cant|do not|cannot|doesnt|does not|didnt) see (?:the|any) (?:point|reason) "
            r"(?:in|of|to) "
            r"(?:living|life|going on|being alive|being here|existing|live|stay alive)\b",
            r"\b(?:whats|what is) the point (?:of|in) (?:living|life|being alive|going on|"
            r"existing|anything)\b",
            r"\blife (?:isnt|is not|aint) worth (?:living|it)\b",
            r"\bnot worth (?:living|being alive|saving)\b",
            r"\b(?:done|finished) with (?:life|my life|living|this life)\b(?! (?:in|at|with|like|"
            r"here|there|on|under|in this)\b)",
            r"\bcant (?:go on|do life|keep living)(?! like this)\b",
            r"\bput me out of my misery\b",
            r"\b(?:want|need|wish) (?:for )?(?:it|it all|everything|all of it|all this|this all) "
            r"to (?:stop|be over)\b(?= *(?:$|[.!?,]|forever|for good|permanently|already|and|"
            r"please|i\b))(?![^|]{0,40}\b(?:exams?|finals|season|semester|term|shift|meeting|"
            r"project|deadline|papers|wedding|trip|flight|move|renovation|match|game)\b)",
            r"\b(?:nobody|no one|noone|anybody|anyone) (?:would|will|is going to|gonna)? ?(?:even "
            r"|really |actually )?(?:care|notice|miss me|mind|be sad) if i (?:just )?(?:died|was "
            r"gone|were gone|disappeared|killed {SELF}|was dead|die|didnt wake up|wasnt here|"
            r"werent here|wasnt around)\b",
            r"\b(?:thinking|think|thoughts) (?:about|of) (?:dying|death|not existing|not being "
            r"here) (?:a lot|all the time|constantly|every day|so much|lately|more and more|"
            r"again)\b|\b(?:dying|death) is (?:always |constantly )?on my mind\b",
            r"\bwonder(?:ing)? (?:if|whether) i should (?:just )?(?:keep living|go on|stay alive|"
            r"die|end it|kill {SELF}|end (?:it all|my life|things))\b",
            # asking God to do it; the span stops before "my/your life", so "is it normal to
            # want God to take your life" stays the writer's, not the reader's
            # ("just take me" only where it ends the thought: "ask god to just take me home and
            # end the daily pain" was a story of anger, told as past)
            r"\b(?:want|wants|wanting|wish|wishing|pray|praying|prayed|ask|asking|beg|begging) "
            r"(?:for )?(?:god|the lord|him|allah|jesus) (?:every night |each night )?(?:would "
            r"|will |could )?(?:to )?(?:take me|take my soul|(?:just )?(?:take(?= (?:my|your|ones) "
            r"life\b)|end (?:it|my life|my suffering)|let me die)|just take me(?: home| away| now| "
            r"already)?(?= *(?:$|[.!?,]|so\b|because|in my sleep|tonight)))\b",
            r"\bwished i (?:was|were) dead\b",
            r"\b(?:welcome|long for|longing for|look forward to|looking forward to|cant wait "
            r"(?:to die|for death)|pray for|praying for|hoping for) (?:death|dying|the end|my "
            r"death)\b",
            r"\b(?:death|dying|being dead) (?:would be|sounds|seems|feels like) (?:a )?(?:relief|"
            r"release|peaceful|nice|better|easier|welcome|the answer|an escape)\b",
            r"\b(?:hope|hoping|pray|praying) (?:that )?i (?:die|dont survive|never wake up)\b",
            r"\b(?:the )?world (?:would be|is) better (?:off )?without me\b",
            r"\b(?:leave|leaving|exit|exiting) this (?:world|earth|life) (?:for good|behind|"
            r"forever)?(?= *(?:$|[.!?,]|and|so|because|soon|tonight))",
            r"\b(?:dark|morbid|suicidal ish|bad) thoughts (?:again|lately|are back|every day|"
            r"about (?:dying|death|not being here|ending))\b|\bhaving (?:dark|morbid) thoughts\b",
            r"\b(?:tired|sick|exhausted) of (?:fighting|existing|being here|this life|it "
            r"all|living|being alive)(?= *(?:$|[.!?,]|anymore|and i|i just|tbh|honestly|rn|ngl|fr"
            r"))",
            r"\b(?:give|giving|gave) up on (?:life|living|myself|staying alive)\b",
            r"\bno (?:will|desire|reason) to (?:live|go on|keep going|stay alive)\b",
            r"\b(?:nobody|no one|anybody|anyone) (?:would|will) (?:even )?(?:miss me|notice (?:if|"
            r"that) i(?:m| was)? gone)\b",
            r"\b(?:couldnt|could not) (?:go on|imagine my life going on)\b",
            r"\b(?:nobody|no one|noone|nobody would|no one would) (?:would )?(?:care|notice|miss "
            r"me|even notice) if i (?:died|was gone|were gone|disappeared|killed {SELF}|was dead|"
            r"die|didnt wake up)\b",
            r"\b(?:would|will) (?:anyone|anybody|they|people|my family) (?:even )?(?:care|notice|"
            r"miss me) if i (?:died|was gone|were gone|disappeared|die|killed {SELF})\b",
            r"\bno one (?:would|will) miss me\b|\bnobody (?:would|will) miss me\b",
            r"\bi wouldnt mind (?:dying|being dead|if i died|not waking up)\b",
            r"\b(?:not|no longer) afraid (?:of dying|to die|of death)\b(?![^|]*\b(?:no hurry|not "
            r"in a hurry|in no rush|not in a rush|not ready (?:yet|to go))\b)",
            r"\bhope (?:a|the|some) (?:car|bus|truck|train|plane) hits me\b",
            r"\bwish (?:a|the|some) (?:car|bus|truck|train) would hit me\b",
            r"\b(?:want|wish|need) (?:god|someone|somebody|a doctor|anyone) (?:would )?(?:to "
            r")?(?:take my life|take me|end my life|kill me|end it for me)\b",
            r"\b(?:god|lord) (?:please )?(?:just )?take me\b(?! now\b)",
            r"\b(?:would|id|i would) (?:rather|sooner) be dead\b",
            r"\bwant (?:the|this) (?:pain|suffering|hurt) to (?:stop|end) (?:forever|for good|"
            r"permanently)\b",
            r"\bwish (?:it|everything|life|this|it all) would (?:just )?end\b",
            r"\b(?:im|i am) a (?:waste of (?:space|oxygen|air|life))\b",
            r"\bwish (?:i|id|i had|i was|i were|i d) never (?:been )?born\b",
            r"\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:just )?(?:dont|wont|never|do no"
            r"t|will not|would not|wouldnt) wake up\b"
            r"(?! (?:until|till|before|with|early|in time|at \d|for (?:school|work|class)|on time)"
            r")",
            r"\bwish i could (?:just )?(?:not wake up|sleep forever|stop (?:being|existing)|fall"
            r" asleep forever)\b",
            r"\b(?:everyone|everybody|they|people|my family|the world|my kids|the kids|my \w+) ("
            r"?:would|will|d) (?:all )?be (?:fine|ok|okay|better|happier|lighter|better off) (?:of"
            r"f )?(?:without|w o) me\b",
            r"\b(?:if i|i want to|i could|i wish i could|i just want to|i wanna) (?:just )?stop("
            r"?:ped)? (?:existing|being alive|being)\b(?! (?:so|such|a|an|the|mean|angry|nice|lazy"
            r"|late)\b)",
            r"\b(?:falling|fall|sleeping|sleep) asleep forever\b|\bidea of (?:falling asleep|sle"
            r"eping) forever\b",
            r"\b(?:disappointed|upset|angry|sad|annoyed|pissed off|pissed) (?:that )?i (?:woke "
            r"up|wake up|survived|am still here|m still here)\b(?! (?:at|early|late|before|so|too|"
            r"with|to|on|in|for|this)\b)",
            r"\bwish (?:it was|it had been|it were) me (?:in there|instead|in that (?:coffin|cas"
            r"ket|grave)|who died)\b",
            r"\bhoping (?:this|tonight|today) (?:is|will be) (?:the|my) last (?:night|day)\b",
            r"\b(?:ready for|waiting for|want|wish|asking|ask) (?:god|the lord|him|jesus|allah) "
            r"(?:to )?(?:call|take) me\b",
            r"\bif (?:a|the|some) (?:car|bus|lorry|truck|train) (?:hit|hits|ran me over|runs me "
            r"over|took me out)\b[^.!?]{0,50}\b(?:solve|relief|not (?:be )?so bad|wouldnt (?:be so"
            r" bad|mind)|better|fine by me|wouldnt care)\b",
            r"\b(?:wouldnt be so bad|not be so bad|be a relief|wouldnt mind)\b[^.!?]{0,20}\bif ("
            r"?:a|the|some) (?:car|bus|lorry|truck|train) (?:hit|hits|ran me over|runs me over)\b",
            r"\bif i (?:got sick and |just |suddenly )?(?:died|was dead|didnt wake up)\b[^.!?]{0"
            r",55}\b(?:relieved|relief|be glad|be grateful|wouldnt mind)\b",
            r"\b(?:just )?waiting to die\b|\bwaiting for (?:death|the end|it all to be over)\b",
            r"\b(?:id|i would|i d) rather (?:it|this|everything|life) (?:was|were) over\b",
            r"\bwish (?:i|id|i had|i would have|i d) died\b",
            r"\bwhats the point (?:in|of) (?:carrying on|going on|keeping going|trying anymore)\b",
            r"\bmake (?:it|this|everything|the pain|it all) (?:all )?stop (?:for good|forever|pe"
            r"rmanently)\b",
            r"\b(?:wont|will not|not going to) be a (?:burden|weight) (?:to \w+ |on \w+ )?(?:muc"
            r"h|for much|any) longer\b",
            r"\b(?:only|best|easiest|one) (?:way out|option|answer|solution|way) (?:i can see |l"
            r"eft )?(?:is|would be) (?:to )?(?:not be here|die|end it|go|death|suicide|not exist)"
            r"\b",
            r"\b(?:want|wanna|better|easier) (?:to )?not be here(?: anymore| any more| at all| on "
            r"this earth| in this world)?(?= *(?:$|[.!?]))",
            r"\b(?:dying|death|the void|not existing|sleep forever) (?:is|has been|looks|sounds|"
            r"seems) (?:\w+ ){0,2}(?:comfy|comfortable|tempting|appealing|inviting|peaceful)\b",
            r"\bwish (?:it|this|everything|it all|this all|life|all of this) (?:was|were|would b"
            r"e) (?:all )?over\b",
            r"\b(?:dont|do not) (?:really |even |actually )?want to be (?:here|alive|around) (?:"
            r"anymore|any more)\b",
            r"\b(?:press a button and|could just|just want to|wish i could) stop existing\b",
            r"\b(?:better|happier|easier|lighter) without me\b",
            r"\bdisappear (?:for good|forever|permanently)\b",
            r"\b(?:easier|better) for (?:my \w+|everyone|everybody|them|him|her) if i (?:was|wer"
            r"e|wasnt|werent) (?:just )?(?:gone|dead|here|around|alive)\b(?! (?:during|for|while|o"
            r"n|"
            r"at|this|next|over|when)\b)",
            r"\bif (?:a|the|some) (?:car|bus|lorry|truck|train) (?:hit|hits) me\b[^.!?]{0,40}\bw"
            r"ouldnt (?:even )?mind\b",
            r"\b(?:ive|i have) wanted to die\b",
            r"\bwish(?:es|ed)? (?:she|he|they) (?:was|were) dead\b",
            r"\b(?:picturing|imagining|see|seeing) myself dead\b",
            r"\b(?:if i|i wish i) (?:just )?(?:didnt|did not|wouldnt) exist\b",
            r"\b(?:whether|if) i live or die\b",
            r"\b(?:hop|wish|pray)\w* (?:that )?my heart (?:just )?(?:stops|would stop|gives out)"
            r"\b",
            r"\b(?:someone|somebody) (?:would|could) (?:just )?(?:end it|kill me|take me out) fo"
            r"r me\b",
            r"\bwant to (?:just )?not wake up\b",
            r"\bif i (?:died|was gone|disappeared)\b[^.!?]{0,20}\b(?:nobody|no one|noone) (?:wou"
            r"ld|will) (?:even )?(?:notice|care|miss me)\b",
            r"\b(?:pray|wish|hope) to (?:just )?not exist\b",
            r"\b(?:sleep|go to sleep|fall asleep) and never (?:come back|return)\b",
            r"\bhope (?:its|it is|this is|tonight is) my last\b",
            r"\bcant see myself (?:being )?(?:alive|here|around) (?:next|in|by)\b",
            r"\b(?:would not|wouldnt) mind if (?:i|my heart) (?:\w+ ){0,3}(?:stopped|didnt wake "
            r"up|did not wake up|never woke up|died|was gone|wasnt here|were gone)\b",
            r"\b(?:who|that) (?:die|died|slip away|slipped away|pass away|passed away|dont wake "
            r"up|didnt make it)\b[^.]{0,40}\b(?:are|were) the lucky ones\b",
            r"\bwish i could (?:just )?(?:fade out|fade away|be deleted|delete myself|cease to e"
            r"xist|stop existing)\b",
            r"\bif a (?:bus|car|truck|lorry|train) (?:came|hit me|was coming|swerved)\b[^.]{0,30"
            r"}\b(?:wouldnt|would not|wont|will not) (?:step back|move|jump back|get out of the wa"
            r"y)\b",
            r"\b(?:better|happier|easier) (?:\w+ ){0,4}if i (?:was|were|am) not (?:in the pictur"
            r"e|around|here|alive|in (?:their|her|his|the) li(?:fe|ves))\b",
            r"\b(?:better|happier|easier) (?:\w+ ){0,4}if i (?:wasnt|werent) (?:in the picture|a"
            r"round|here|alive)\b",
            r"\b(?:dont|do not|cant|cannot) see (?:the |a |any )?point (?:to|of|in) (?:wake|waki"
            r"ng) up\b(?! (?:early|at|before|on|for|so|this|tomorrow|to|in)\b)",
            r"\bcant wait (?:til|till|until|for) (?:its|it is|this is|everything is) (?:all )?ov"
            r"er (?:for good|forever|permanently)\b",
            r"\bif i (?:just |simply |suddenly )?(?:died|was dead|didnt wake up|did not wake up|"
            r"never woke up)\b[^.!?]{0,55}\b(?:fine (?:by|with) me|ok(?:ay)? (?:by|with) me|wouldn"
            r"t (?:care|complain|mind)|(?:would|d) be (?:fine|ok|okay|alright|a relief|a blessing|"
            r"peaceful))\b",
            r"\b(?:ready for|want|wanna|need|long for|longing for|cant wait for|wish for|crave|c"
            r"raving|looking forward to) (?:the|a|my|that) (?:eternal|forever|permanent|endless|ne"
            r"ver ending) (?:nap|sleep|rest)\b|\bdirt nap\b",
            r"\b(?:long|big|last|final) (?:nap|sleep|rest)\b[^.!?]{0,40}\b(?:the one (?:with no|"
            r"without an?) alarm|no alarm (?:ever|again)|never wak\w+(?: up)?|not wak\w+ up (?:aga"
            r"in|after))\b",
            r"\b(?:want|need|wanna) out\b[^!?]{0,50}\bof (?:this|my) (?:whole |entire |stupid |f"
            r"ucking |miserable |damn )?(?:life|existence)\b(?! (?:of|in|as|with|at|on|for|style|i"
            r"nsurance)\b)",
            r"\b(?:theyd|theyll|wed|everyoned|shed|hed|youd|theyre|everyones) (?:all )?(?:be )?("
            r"?:fine|ok|okay|better|happier|better off) (?:\w+ )?(?:without me|w o me)\b",
            r"\bbetter off with (?:someone|somebody|anyone|anybody|a (?:mum|mom|dad|father|mothe"
            r"r|parent)) (?:\w+ ){0,6}(?:but me|than me|else|who actually\b|whos a memory)",
            r"\b(?:whats|what is) the point of me\b(?! (?:going|coming|showing|turning|staying|b"
            r"ooking|dressing|being there|trying))",
            r"\bwhy (?:do|does) i keep waking up\b|\bwhy (?:am i|should i) (?:still )?(?:be )?(?"
            r":here|alive)\b(?! (?:at|in|on|for|when)\b)|\bdont see why i should (?:still )?be her"
            r"e\b",
            r"\btaking up (?:space|oxygen|air)(?: and (?:oxygen|air|space))? (?:that|someone|whi"
            r"ch)\b",
            r"\bif i (?:disappeared|vanished|was gone|died)\b[^.!?]{0,20}\b(?:would|will) (?:any"
            r"one|anybody|they|people) (?:even )?(?:notice|care|miss me)\b",
            r"\b(?:rest|sleep|nap)\b[^.!?]{0,20}\bthe (?:forever|permanent|eternal|never ending|"
            r"endless) kind\b|\bthe kind (?:of sleep |of rest )?you dont wake up from\b",
            r"\b(?:being dead|death|dying|disappearing forever|not existing) (?:seems|sounds|fee"
            r"ls|would be) (?:\w+ )?(?:restful|like a holiday|like a vacation|like a rest|nice|coz"
            r"y|cosy)\b",
            r"\b(?:the world|everything|life) would (?:keep|go on) (?:spinning|turning|going) (?"
            r":\w+ )?without me\b",
            r"\bstop being\b(?= *(?:$|[.!?,]|alive|here|at all|a person|me))(?! (?:so|such|a|an|"
            r"the|mean|angry|nice|lazy|late)\b)",
            r"\b(?:wouldnt|would not) mind (?:a|getting into a|being in a) (?:car )?(?:accident|"
            r"crash|heart attack|stroke)\b",
            r"\b(?:dying|death|being dead) as my (?:repayment plan|exit plan|retirement plan|way"
            r" out)\b|\bmy (?:debts?|loans?) die with me\b[^|]{0,60}\b(?:best|good|sounds|deal|opt"
            r"ion)\b",
            r"\b(?:go to sleep|sleep|fall asleep) and (?:have|let) it (?:all )?be over\b",
            r"\btrade places with (?:anyone|anybody|someone|the people) who (?:died|passed)\b",
            r"\b(?:patch|delete|erase|remove) me (?:out|from existence)\b",
            r"\bim overdue\b(?=[^|]*\b(?:gone|died|dead|unit|brothers|friends|mates)\b)",
            r"\bif this is it,? (?:then )?(?:fine|ok|okay|so be it|good)\b",
            r"\b(?:didnt|did not|wont|would not|wouldnt) (?:call|ring) (?:anyone|anybody|999|911"
            r"|an ambulance|for help)\b[^|]{0,60}\b(?:if this is it|let it happen|hoped|hoping|fin"
            r"e by me)\b",
            r"\b(?:half )?hoping i (?:just )?(?:dont|wont|never) (?:bother )?waking up\b|\bdont "
            r"bother waking up\b",
            r"\bwouldnt be the worst thing if i (?:didnt|did not|never) (?:come|came|make it|mad"
            r"e it) (?:home|back)\b",
            r"\b(?:everyone|everybody|they|people|my family|my \w+) (?:would|will|d) (?:all )?(?"
            r":cope|manage|get by|get on|do) (?:fine |ok |okay |just fine |better )?without me\b"
            r"(?! (?:for|while|during|on|at|this|next|today|tomorrow|until|till)\b)",
            r"\b(?:life )?insurance (?:would|will) do more for (?:them|her|him|my \w+|everyone)\b",
            r"\bdisappear from (?:this|the) (?:world|earth|planet)\b",
            r"\b(?:not sure|dont know if|unsure if|unsure whether) i (?:even )?want to (?:be ali"
            r"ve|keep living|go on|live|be here)\b|\bhave to keep living,? and (?:im|i am) not sur"
            r"e i want to\b",
            r"\bburdens? should (?:remove|get rid of|disappear|kill) (?:themselves|itself)\b",
            r"\bi should (?:have|ve) died\b(?! (?:laughing|of|from embarrassment))",
            r"\bstop being (?:one|a person|human)\b(?= *(?:$|[.!?,]))",
            r"\b(?:kindest|best|only) thing i (?:can|could) do (?:for \w+ )?(?:now )?is (?:to )?"
            r"(?:die|disappear|leave for good|end it|not be here|not exist)\b",
            r"\bno place for me in this world\b|\bno place in this world for me\b",
            r"\bif this is (?:my )?life,? (?:then )?i (?:dont|do not) want it\b",
            r"\bjust not wake up\b(?! (?:until|till|before|early|at|for|on|in)\b)",
            r"\bif a (?:car|bus|truck|lorry|train) (?:comes|came|hits me|hit me)\b[^|]{0,40}\b(?"
            r":its finished|it is finished|its over|it is over|i dont care|so be it)\b",
            r"\b(?:wish|want) (?:i could )?(?:go to |to )?sleep\b[^.!?]{0,40}\bforever\b",
            r"\b(?:i )?(?:just )?(?:dont|do not) (?:really |even |actually )?want to be alive\b",
            r"\bwish(?:ing)? (?:id|i would|i d) never wake up\b",
            r"\bhop(?:e|ing) something (?:bad )?happens to me\b[^|]{0,40}\b(?:so i (?:dont|wont)"
            r" have to|keep going|go on)\b",
            r"\bdisappointed\b[^.!?]{0,25}\b(?:that )?(?:im|i am) still (?:here|alive)\b",
            r"\bhop(?:e|ing) (?:each|every|this) (?:night|day) (?:is|will be) my last\b",
            r"\bask (?:her|him|them|god|mum|mom|dad) to come (?:and )?(?:get|take|fetch) me\b",
            r"\bopt out (?:of (?:life|existence|everything|living)|without hurting)\b",
            r"\b(?:could|want to|wanna|wish i could|hope to|like to|would love to) (?:\w+ ){0,5}"
            r"die in my sleep\b",
            r"\b(?:would|will) (?:\w+ ){0,2}(?:care|be upset|be sad|miss me|notice) if i (?:kill"
            r"ed myself|cut too deep)\b",
            r"\b(?:everyone|everybody|they|people|my family|my kids|the kids|my \w+) (?:would|wi"
            r"ll|d) (?:honestly |really |probably |actually |just |all )?be (?:relieved|glad|happi"
            r"er|better off|fine|better) (?:if|when|once) i (?:was|were|am|m) (?:gone|dead|not her"
            r"e|not around|no longer here)\b",
            r"\bif i (?:just )?(?:disappeared|vanished|was gone|were gone|wasnt here|werent here"
            r"|died)\b(?: tomorrow| today| tonight| one day)?,? (?:my |the |everyone|everybody|the"
            r"y|people)[^.!?]{0,50}\b(?:better (?:off|life|lives)|happier|relieved|easier (?:life|"
            r"lives))\b",
            r"\b(?:tired|sick) of waking up\b(?: every (?:morning|day))?(?= *(?:$|[.!?,]|disappo"
            r"inted|and (?:still )?(?:being|feeling|finding)|lol|tbh|honestly))",
            r"\bwak(?:ing|e) up\b[^.!?]{0,30}\b(?:disappointed|upset|angry|sad) (?:that )?i (?:d"
            r"id|do|still do)\b",
            r"\b(?:hope|hoping|wish|praying|pray) (?:that )?(?:i get|the cancer|it|something) (?"
            r":\w+ ){0,3}(?:sick|ill|cancer|comes back|terminal)\b[^.!?]{0,40}\b(?:ends?|over|die|"
            r"dying|excuse to stop|(?:dont|wouldnt) have to)\b",
            r"\bif i (?:just )?(?:died|passed|didnt wake up)\b(?: in my sleep)?(?: tonight| tomo"
            r"rrow)?,? (?:that|it|id|i)(?: would| d|d)? (?:honestly |really |totally )?(?:be )?(?:"
            r"ok|okay|fine|alright) (?:with|w|by) me\b",
            r"\b(?:cross|crossing|crossed) (?:the )?(?:street|road)s? without looking\b[^|]{0,60"
            r"}\b(?:whatever happens|happens|dont care|hits me|on purpose)\b",
            r"\bcant wait (?:for the day |until |till )?(?:when )?i (?:dont|do not|no longer) (?"
            r":have to|need to) (?:exist|be alive|be here|live)\b",
            r"\bif i (?:went to sleep|fell asleep|go to sleep) and (?:didnt|never|did not) (?:co"
            r"me back|wake up)\b[^.!?]{0,30}\b(?:relieved|relief|fine|ok|okay|glad|wouldnt mind)\b",
            r"\bwish (?:\w+ ){1,5}had (?:done the job|finished me off|finished me|killed me|got "
            r"me)\b",
            r"\b(?:hoping|hope|wish|praying) (?:a |the |some )?(?:lorry|truck|car|bus|train|driv"
            r"er) (?:comes? over|hits? me|swerves into me|runs me over|takes me out)\b",
            r"\b(?:angry|upset|disappointed) when (?:the )?morning comes\b",
            r"\bhope i go first\b[^.!?]{0,30}\b(?:stops?|over|ends?)\b",
            r"\bwish i could (?:just )?(?:go to sleep|sleep) and (?:skip|miss) (?:the rest of it"
            r"|the rest|everything|all of it)\b",
            r"\b(?:everyone|everybody|they|people|my family|the kids)(?: at home| here)? (?:woul"
            r"d|will|d) (?:all )?(?:cope|manage|do|be) (?:just )?(?:fine|ok|okay|better) without m"
            r"e\b",
            r"\b(?:id|i would|i d) rather (?:it|this|the pain|they|someone) (?:just )?(?:ended|k"
            r"illed|finished) me\b",
            r"\b(?:jealous|envious) of (?:people|those|anyone|someone) who (?:die|died|dies|get "
            r"to die)\b",
            r"\bhop(?:e|ing) (?:the )?(?:cancer|disease|illness|tumou?r) wins\b",
            r"\bdisappoint\w* (?:that )?(?:it|the \w+|he|she|they) missed\b",
            r"\b(?:envy|jealous of|envious of)\b[^.!?]{0,30}\b(?:the (?:one|person|guy|woman|man"
            r") in the (?:box|coffin|casket)|dead people|the dead)\b|\b(?:reading|read) (?:the )?o"
            r"bituaries\b[^.!?]{0,30}\b(?:jealous|envious|envy)\b",
            r"\bif i (?:got|get|had|have) (?:cancer|a tumou?r)\b[^.!?]{0,20}\bi (?:wouldnt|would"
            r" not|wont|will not) (?:treat it|get (?:it )?treated|fight it)\b",
            r"\bwish(?:es)? (?:it was|it had been|it were) me instead\b",
            r"\bif i could press a button and (?:just )?(?:not exist|disappear|stop existing|die"
            r"|be gone)\b",
            r"\bimagin\w* (?:my heart (?:just )?stopping|not waking up|not being here|not existi"
            r"ng|being dead|dying)\b[^|]{0,40}\b(?:peaceful|calm|nice|relief|good|comfort\w*)\b",
            r"\b(?:id|i would|i d) rather (?:it all|everything|it|this) (?:just )?(?:stopped|end"
            r"ed)\b|\b(?:id|i would|i d) rather be (?:dead|gone)\b|\b(?:id|i would|i d) rather be "
            r"done(?= *(?:$|[.!?]))",
            r"\bif i (?:just )?(?:died|passed|didnt wake up)\b(?: in my sleep)?(?: tonight| tomo"
            r"rrow)?,? i (?:wouldnt|would not) (?:be )?(?:mad|upset|sad|mind|care)\b",
            r"\bhope (?:the )?(?:surgery|operation|treatment|chemo|biopsy) (?:goes wrong|fails|d"
            r"oesnt work|kills me)\b|\bhope (?:its|it is) the big one\b",
            r"\bready to go whenever (?:god|the lord|allah|he) (?:decides|wants)\b[^.!?]{0,20}\b"
            r"(?:sooner|soon|now)\b",
            r"\b(?:the )?thought of (?:being dead|dying|not existing|not being here|death)\b[^.!"
            r"?]{0,30}\b(?:calms|comforts|soothes|relaxes|helps) me\b",
            r"\bdisappointment of waking up\b|\bcoming for me\b[^|]{0,10}\bnot to save me\b",
            r"\blook(?:ing)? forward to (?:dying|death|being dead)\b|\bscared of dying\b[^|]{0,4"
            r"0}\blook(?:ing)? forward to it\b|\bonly thing (?:im|i am) looking forward to is (?:d"
            r"eath|dying)\b",
            r"\b(?:would|d) (?:move on|be happier|heal|do better|be better off) (?:faster |quick"
            r"er )?without me\b",
            r"\bor no (?:son|daughter|mom|mum|dad|mother|father)\b|\bforget me if i (?:was|were)"
            r" gone\b",
            r"\bmakes more sense than me (?:hanging on|staying|being here|sticking around)\b",
            r"\b(?:the )?best thing i (?:could|can) do (?:for (?:them|everyone|my family|her|him"
            r") )?is (?:go|leave|disappear|die|not be here)\b(?= *(?:$|[.!?,]))",
            r"\b(?:lighter|easier|better|simpler) (?:life is|their lives (?:are|would be)|it wou"
            r"ld be) without me\b",
            r"\bi (?:shouldnt|should not) still be here\b(?= *(?:$|[.!?,]))|\bremoving me (?:per"
            r"manently|for good|from the picture)\b",
            r"\bbetter off if i (?:never came back|didnt come back|never woke up)\b",
            r"\b(?:give|giving) (?:them|everyone|her|him) a break from me (?:for good|forever|pe"
            r"rmanently)\b|\bdoing (?:them|everyone|my \w+) a favou?r by (?:not being (?:around|he"
            r"re)|dying|disappearing)\b",
            r"\b(?:want|wanna|wish i could|need) to (?:go to )?sleep for good\b|\bbetter (?:to b"
            r"e|off) dead than\b|\bready not to be\b",
            r"\bwaiting for my body to catch up\b|\bwhy stay (?:for it|around|alive)\b|\bdone wi"
            r"th being alive\b",
            r"\bhoping for (?:a )?(?:car crash|accident|heart attack)\b|\bnothing(?:s| has) take"
            r"n me yet\b|\brip me\b[^.!?]{0,15}\b(?:hopefully|soon)\b|\bhope i (?:dont|do not|neve"
            r"r) make it to\b",
            r"\b(?:jealous|envious)\b[^.!?]{0,20}\b(?:reading )?(?:the )?obituaries\b",
            r"\bhow easy it (?:would|could) be to (?:just )?(?:not (?:turn the wheel|brake|stop|"
            r"steer|wake up|come back)|swerve|let go of the wheel|drive (?:off|into)|step (?:off|o"
            r"ut in front)|keep driving (?:off|into))\b",
            r"\b(?:disappointed|sad|bummed|gutted|annoyed|relieved not) (?:when|that|the) (?:we|"
            r"i|the plane|the flight|it) (?:landed|survived|made it|didnt crash|woke up|was fine"
            r")\b(?![^.!?]*\b(?:holiday|vacation|trip|last longer|wanted (?:more|it to)|fun|earl"
            r"y|at \d+|alarm|weekend|saturday|sunday|day off)\b)",
            r"\b(?:swap|trade|switch|exchange) (?:places|lives|my life) with (?:someone|somebody"
            r"|anyone|a person|people) (?:who|that) (?:actually |really |still )?(?:wants?|wanted|"
            r"deserves?) to (?:live|be alive|be here)\b",
            r"\b(?:sleep|go to sleep|fall asleep|close my eyes) for good\b(?! (?:tonight|af"
            r"ter|once|when|at|on))",
            r"\b(?:the long nap|a dirt nap|the dirt nap|eternal (?:sleep|nap|rest))\b",
            r"\b(?:whats|what is|dont see|cant see|no) (?:even )?the point (?:of|in) (?:staying|"
            r"sticking) (?:around|alive|here)\b(?! (?:at|in|for|until|till|after|with|to)\b)",
            r"\b(?:dont|do not|cant|cannot) see why i should (?:stick|stay|be) (?:around|alive|h"
            r"ere)\b",
            r"\b(?:less stress|easier|better off|lighter|happier|freer|cheaper|relieved)\b[^.!?]"
            r"{0,40}\bif i (?:wasnt|werent|was not|were not) (?:here|around|alive|in the picture)("
            r"?: anymore)?\b",
            r"\b(?:cancel|unsubscribe from|end) my subscription\b(?=[^.!?]*\b(?:alive|life|livin"
            r"g|existence|existing)\b)|\b(?:alive|life|living|existence|existing)\b[^.!?]{0,60}\b("
            r"?:cancel my subscription|unsubscribe)\b",
            r"\b(?:died|funeral|passed away|grave|cemetery|buried)\b[^!?]{0,80}\blucky (?:him|he"
            r"r|them)\b",
            r"\b(?:envy|envying|envious of|jealous of) (?:the )?(?:dead|people (?:in|at) (?:the "
            r")?(?:cemetery|graveyard)|those who (?:died|are gone))\b",
            r"\b(?:like|want|wish|ready|prefer) to (?:just )?(?:go|slip away|fade away|die|pass)"
            r" quietly\b(?=[^!?]*\b(?:spare|burden|cost|trouble|in the way|easier)\b)",
            r"\b(?:speeding|oncoming|passing) (?:truck|car|bus|train|lorry|van)\b[^!?]{0,40}\bwh"
            r"at if\b",
            r"\bit should (?:have|of|ve) been me\b(?=[^!?]*\b(?:trade|swap|instead|more to live "
            r"for|in a second|in a heartbeat)\b)",
            r"\b(?:less trouble|better|easier|cheaper|happier)\b[^.!?]{0,30}\b(?:six feet under|"
            r"in the ground|in a box|in a coffin|dead and gone)\b",
            r"\bpray(?:ing|s)? for (?:a )?(?:heart attack|stroke|fatal (?:crash|accident)|car cr"
            r"ash|cancer|death|the end)\b",
            r"\b(?:life insurance|insurance payout|policy) (?:is|would be|s) worth more than (?:"
            r"me|my life|i am)\b",
            r"\b(?:ready|going|gonna|about) to (?:go )?join (?:her|him|them|my \w+)\b(?=[^.!?]*"
            r"\b(?:for real|soon|tonight|now)\b)|\bgoing to (?:go )?see (?:grandma|grandpa|nan|na"
            r"na|gran|my (?:late )?\w+) soon\b(?=[^!?]*\b(?:gone|died|passed|dead|join)\b)",
            r"\b(?:jumpers|people who (?:jump|jumped|killed themselves|ended it))\b[^.!?]{0,40}["
            r".!?]* ?i (?:feel like i |finally |now )?(?:understand|get) (?:them|it|why)(?: now)"
            r"?\b",
            r"\b(?:feeling|feel|sense|thought) that i (?:shouldnt|should not) be (?:here|alive)\b",
            r"\b(?:hoping|hope|praying|pray) (?:that )?i (?:dont|do not|wont|will not|never) (?:"
            r"make it|live) (?:to|past|until|till) (?:\d+|twenty|thirty|forty|fifty|next year|my b"
            r"irthday|graduation)\b(?! (?:without|before|with|and still))",
            r"\bi (?:just )?want it to be (?:gentle|painless|quick|peaceful)\b(?! (?:on|for|with"
            r"|to))",
            r"\bsorry for being a (?:disappointment|burden|failure|waste)\b",
            r"\bfigured out how to make it (?:all )?stop\b",
            r"\bwish(?:ing)? i could (?:just )?(?:evaporate|vanish|disappear|dissolve|stop exist"
            r"ing|cease to exist)\b(?! from| into| for)(?=[^.!?]*\b(?:nobody|no one|everyone|for"
            r"ever|for good|deal with me|anymore|without me|manage fine|better off)\b)",
            r"\bhope (?:you|i|to) (?:get|have) (?:a )?(?:terminal|fatal|cancer) (?:diagnosis|ill"
            r"ness|disease|news)\b",
            r"\bi (?:dont|do not) want to go on\b(?! (?:with|like|holiday|the|that|a|about|and o"
            r"n|dates?)\b)",
            r"\b(?:dont|do not|cant|cannot) see myself (?:being )?(?:alive|here|around) (?:by|at"
            r"|for|in|next|past)\b",
            r"\b(?:selfish|wrong|bad) (?:of me )?to (?:leave|go|end it|check out) (?:for good|fo"
            r"rever|permanently)\b",
            r"\b(?:killed (?:himself|herself|themselves)|suicide|died|death)\b[^!?]{0,80}\balway"
            r"s (?:thought|knew|figured) (?:id|i would|i will|ill) end up the same\b",
            r"\bwhy should i (?:stay|stick around|keep going|be here)\b(?! (?:at|in|for|with|her"
            r"e tonight))",
            r"\bhoping for a (?:wall|tree|crash|truck|bus|lorry|train)\b(?!\s*(?:lined|house|str"
            r"eet|farm|ride|stop|pass|ticket|strike|driver))",
            r"\b(?:he|she|they|my (?:husband|wife|partner|fiance|fiancee))(?: would|d|ll| could|"
            r" can)? (?:just |finally )?(?:remarry|marry again|get remarried|marry someone better)"
            r"\b(?=[^|]*\b(?:in the way|better off|without me|burden|be gone|not here|wasnt here|w"
            r"erent here|functional|better (?:mother|mom|mum|wife|husband|dad|father))\b)",
            r"\b(?:stopped caring|stop caring|dont (?:really )?care|do not care|no longer care) "
            r"(?:whether|if) (?:i|im|i am) (?:wake up|live|die|make it|survive|see tomorrow|"
            r"(?:still )?(?:here|around|alive))\b",
            r"\b(?:taking up space|killing time|waiting|biding my time) (?:until|till|til) (?:it"
            r"s|it is|this is|it s) (?:all )?over\b",
            r"\b(?:only|best|easiest|one) (?:way out|answer|solution|fix)\b[^.!?]{0,40}\b(?:is|w"
            r"ould be) (?:me )?(?:being gone|not being here|me gone|dying|to die|my death|if i (?:"
            r"was|were) gone)\b",
            r"\bnot (?:sticking|staying|hanging) around (?:on|in) this (?:earth|world|planet)\b",
            r"\b(?:thinking|thought|think|been thinking) (?:about|of) (?:not being here|not exis"
            r"ting|not being around|no longer being here)\b",
            r"\b(?:should|might as well|could) (?:just )?(?:go )?(?:join|follow) (?:him|her|them"
            r")\b(?! (?:on|at|to|in|for|into|outside|home|there|later|back|around)\b)",
            r"\b(?:easier|better|want|wish|need|rather) (?:to )?(?:just )?be where (?:he|she|the"
            r"y) (?:is|are)\b",
            r"\bwaiting (?:for )?my turn\b(?=[^|]*\b(?:22|twenty two|suicide|die|dead|gone)\b)|\b"
            r"(?:22|twenty two) a day\b[^|]{0,80}\bwaiting (?:for )?my turn\b",
            r"\b(?:the )?(?:urge|urges|pull|thoughts?) to (?:end it|die|kill myself|end my life)"
            r"\b[^.!?]{0,20}\b(?:crept|creeping|come|came|coming|are|is) (?:right )?back\b",
            r"\b(?:feel|feeling) (?:that|the) (?:same )?pull again\b",
            r"\blook at my (?:own )?(?:rifle|gun|pistol|shotgun|pills|rope|belt|meds) (?:the sam"
            r"e way|differently|a different way|a lot lately)\b",
            r"\bi (?:understand|get|see) (?:exactly |now |finally )?why (?:he|she|they) did it\b"
            r"(?=[^|]*\b(?:scares me|same way|could be me|feel the same|me too|tempt\w*|pull)\b)",
            r"\b(?:suicidal|dark) (?:thoughts|stuff|feelings)\b[^.!?]{0,30}\b(?:came|come|coming"
            r"|crept|creeping|are|is) (?:right |all )?back\b",
            r"\b(?:psych ward|psych unit|psych hospital|hospital|attempt|rehab)\b[^.!?]{0,60}\bt"
            r"he thoughts (?:came|come|are coming|followed me|are) (?:right )?(?:back|home)\b",
            r"\b(?:reached|turned into|become|became|progressed to|led to|gotten to|got to|"
            r"escalated to|now includes?) (?:the point of )?suicidal (?:thoughts|feelings|ideation|"
            r"urges)\b",
            r"\b(?:ive|i have|i) always had (?:\w+ ){0,8}suicidal (?:thoughts|feelings|ideation)\b",
            # another's suicide, and "I feel I'm there too"
            r"\b(?:military|veteran|another|a friends?|his|her|their) suicides?\b[^.!?]{0,80}\b"
            r"(?:i feel|i think|feel like) (?:im|i am) (?:there|next|not far behind|close) too\b",
            # survivor's guilt that turns towards oneself
            r"\b(?:not|isnt|wasnt|(?:dont|do not) think (?:its|it is)) fair (?:that )?i (?:kept "
            r"living|lived|survived|made it|am still here|got to live|came home)\b(?=[^|]*\b(?:"
            r"thinking about it|join them|follow them|be with them|my turn)\b)",
            # thirteenth pass (FRESH11): worthlessness asked in earnest, "better I go", wanting
            # to stop existing, sleep without coming back, "ctb", a coded visit to the dead
            r"\bwhats (?:even |really )?the point (?:of|in) me(?: (?:being here|existing|even be"
            r"ing here))?\b(?= *(?:$|[.!?,]|genuinely|honestly|tbh|fr|for real))",
            r"\b(?:its )?better (?:if )?(?:i (?:go|leave|disappear|was gone|am gone|just go)\b(?= *"
            r"(?:$|[.!?]))|(?:im|i am) gone\b)",
            # wanting to stop existing, with words between (but not across a denial: "i dont
            # want to kill myself i just want to stop existing")
            r"\b(?:wish|wishing|want|wanting|wanted)\b(?:(?!\b(?:kill|die|i just)\b)[^.!?,;]){0,50}"
            r"\b(?:and )?(?:stop existing|cease to exist|not exist anymore)\b",
            r"\b(?:want|wanna|wanting|wish|wishing) to (?:just )?(?:fall asleep|go to sleep|slee"
            r"p) and (?:never|not) (?:have to )?(?:come back|wake up)\b",
            r"\bctb\b[^|]{0,60}\b(?:thats what i want|i want (?:to|it)|im (?:going|planning|read"
            r"y))\b|\b(?:want|wanna|going|gonna|planning|ready) (?:to )?ctb\b",
            r"\b(?:going to|gonna|want to|wanna|thinking about going to) (?:go )?(?:visit|see|jo"
            r"in) (?:grandma|grandpa|nana|granny|my (?:late )?\w+)\b(?=[^.!?]{0,30}\bif (?:u|you) "
            r"know what i mean\b)",
            # thirteenth pass (corpus zq): a permanent solution that sounds better, praying or
            # hoping for death, conditional exits, insurance for the family, the thoughts loud or
            # back after a time free of them, a new attempt that "didn't work"
            r"\bpermanent solution\b(?! to a temporary)(?: (?:is|s|keeps|has been|been|started|s"
            r"tarts))? (?:sounding|sounds|looking|looks|seems|seeming|feels|feeling|tempting)(?: ("
            r"?:less crazy|more (?:and more )?(?:appealing|reasonable|sensible|tempting)|better|go"
            r"od|like an option|right))?\b",
            r"\b(?:lord|god|jesus)\b[^.!?]{0,10}\b(?:im|i am) ready (?:whenever|when) (?:you are"
            r"|youre ready)\b",
            r"\b(?:id|i would|i d) (?:welcome|not mind|gladly take|happily take) (?:a|an|the) (?"
            r":heart attack|stroke|car crash|crash|accident|aneurysm|bullet|fatal \w+)\b",
            r"\bpray(?:ing|ed)? for (?:an accident|a (?:car )?crash|death|my death|the end|it al"
            r"l to end)\b(?! free)",
            r"\bhoping (?:the|my) (?:cancer|tumou?r|illness|disease) (?:comes back|returns|wins|"
            r"gets me)\b",
            r"\bnot (?:sticking|staying|hanging) around (?:to (?:tell|see|find out|face|watch|de"
            r"al with)|for (?:it|that|the (?:fallout|aftermath|trial|verdict)))\b",
            r"\bsetting (?:a|myself a) deadline\b(?=[^|]*\b(?:im out|im done|im gone|thats it|it"
            r"s over|ill do it|end it)\b)",
            r"\b(?:wont|will not) survive (?:it|this|that)\b[^.!?]{0,10}\bill make sure (?:of (?"
            r":that|it))?\b",
            r"\bat least (?:they|she|he|my \w+|the kids|my family)(?:d| would| will) get (?:(?:the "
            r"|my )?life insurance|my insurance)\b",
            r"\b(?:thinking|thought|think) (?:about|of) joining (?:him|her|them)\b(?! (?:at|in|for|"
            r"on|with|later|tomorrow|next)\b)",
            r"\bnot (?:letting|going to let|gonna let) (?:it|this|the (?:cancer|disease|illness)"
            r") take me slowly\b",
            r"\b(?:dont|do not|cant) see why i should (?:still )?(?:be (?:around|here|alive)|sta"
            r"y|keep going|live)\b",
            r"\b(?:dark|suicidal|those) thoughts (?:(?:are|have been|get|got|keep|are just) )?(?"
            r":(?:getting|growing) )?(?:so |really |very |even )?(?:loud|louder|bad|worse|strong"
            r"er)\b",
            r"\b(?:free of|without|clear of) suicidal (?:thoughts|feelings)\b[^.!?]{0,40}\b(?:th"
            r"eyre|they are|its|they) (?:back|returning|coming back)\b",
            r"\btried again (?:on )?(?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|"
            r"last night|yesterday|this week|tonight|today)\b(?=[^|]*\b(?:didnt work|it didnt|fail"
            r"ed|woke up|survived)\b)",
            r"\b(?:attempt|suicid\w*)\b[^|]{0,80}\b(?:creeping|coming|sneaking|crawling) back\b",
            r"\bsuicidal (?:stuff|thoughts|feelings)\b[^|]{0,30}\b(?:back in it|its back|they(?:"
            r"re| are) back|back again)\b",
            r"\b(?:keep|kept|been|always|constantly) thinking (?:about|of) (?:dying|death|being "
            r"dead|ending it)\b",
            r"\btrying to work up the (?:nerve|courage)\b(?! to (?:ask|tell|talk|quit|call|speak"
            r"|say|apply|text|confront))(?=[^|]*\b(?:balcony|edge|ledge|bridge|roof|pills|rope|jum"
            r"p|do it)\b)|\b(?:balcony|edge|ledge|bridge|roof|jump)\b[^|]{0,120}\bwork(?:ing)? up "
            r"the (?:nerve|courage)\b(?! to (?:ask|tell|talk|quit|call|speak|say|apply|text|confro"
            r"nt))",
            r"\b(?:platform|bridge|edge|ledge|tracks|roof|balcony)\b[^|]{0,80}\btalk(?:ing)? mys"
            r"elf out of it\b",
            r"\b(?:hed|shed|theyd|he would|she would|they would|everyone would|everybody would|m"
            r"y \w+ would) be (?:so |so much |much |a lot )?(?:freer|happier|lighter|free)(?: off)"
            r"? without me\b",
            r"\b(?:wouldnt|would not) mind if i (?:got|get|was|were) (?:hit|run over|killed)\b|"
            r"\b(?:wouldnt|would not) mind (?:if i )?(?:dying|not waking up|not being here|checki"
            r"ng out (?:for good|permanently|early)|going to sleep and not waking up)\b",
            r"\bhop(?:e|es|ing) (?:its|it is|it s) (?:as bad|terminal|cancer|serious)\b[^.!?]{0,"
            r"40}\bso i (?:dont|wont|do not) have to (?:keep (?:doing|going|living)|be here|do thi"
            r"s)\b",
            r"\b(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me)\b[^|]{0,60}\bmig"
            r"ht as well\b",
            r"\b(?:suicide|dying|death|ending it)\b[^.!?]{0,20}\b(?:feels|seems|is|looks) like ("
            r"?:the )?(?:only|last|best) (?:exit|way out|option|answer|choice)\b",
        ),
        unless=(
            r"\b(?:embarrass\w*|cringe\w*|awkward|mortif\w*|called (?:my|the) teacher)\b",
            r"\b(?:kitchen|band|choir|party|game|group project)\b[^.!?]{0,40}\bbetter without me"
            r"\b",
            r"\b(?:when im (?:old|\d+)|(?:at a ripe|in) old age|not in (?:a )?hospital|at home s"
            r"urrounded)\b",
            r"\bcouldnt go on (?:the|a|that|this|stage|holiday)\b",
        ),
    ),
    Signal(
        "suicide.persistent_wish_not_to_live",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "A wish not to live that is persistent ('anymore'), permanent ('for good') or decided "
        "('I've decided I'm done with life'): beyond a passing wish, treat as active ideation.",
        (
            r"\b(?:dont|do not|no longer|never) (?:want|wish) to (?:exist|be here|be around|be "
            r"alive|keep going|go on|wake up)(?: anymore| any more| any longer)\b",
            r"\b(?:no|zero|(?:dont|cant|do not|cannot) see (?:the|any)) (?:reason|point|will) "
            r"(?:to|in|of) (?:live|living|being alive|exist|existing|stay alive|staying alive|keep "
            r"living|go on|going on)(?: anymore| any more| any longer)\b",
            r"\b(?:want|need|wish) (?:for )?(?:it|it all|everything|all of it|all this|this all) "
            r"to (?:stop|end|be over)\W* (?:permanently|for good|forever)\b",
            r"\b(?:want|need|wish) (?:for )?my life to (?:end(?! up\b)|be over|stop)\b",
            r"\b(?:decided|ready|going|gonna) (?:that )?(?:im |i am |to be |to )?(?:done|finished) "
            r"with (?:life|my life|living|this life|being alive)\b",
            r"\bwish i had the (?:guts|courage|balls|nerve|strength) to (?:kill {SELF}|end it|end "
            r"my life|do it|die|jump|pull the trigger)\b",
            r"\b(?:happier|easier|better|better off) if i (?:just )?(?:killed|kill|ended|end|took) "
            r"(?:{SELF}|my life|my own life|it all)\b",
            r"\b(?:attempt|tried to (?:kill myself|end it|end my life|die)|overdose|overdosed|ho"
            r"spital)\b[^!?]{0,80}\b(?:everyone|they|people|my (?:family|parents|mom|mum|dad|frien"
            r"ds|doctor)) (?:thinks?|believes?|assumes?) (?:im|i am) (?:better|fine|okay|ok|recove"
            r"red|doing better|safe)\b[^.!?]{0,15}[.!?,]+ *(?:but )?(?:im|i am) not\b",
            r"\b(?:discharged|released|let out|sent home|out of (?:the )?(?:hospital|ward|psych "
            r"ward))\b[^!?]{0,80}\b(?:thoughts|urges|feelings?|plan) (?:are|is) (?:exactly |still "
            r")?(?:the same|still there|back|unchanged)\b",
            r"\b(?:still )?(?:think|thinking|thought) about finishing what i started\b",
            r"\bglad i (?:lived|survived)\b[^!?]{0,60}\b(?:what (?:they|people|everyone) (?:want"
            r"|wants) to hear|not true|a lie|lying|dont mean it)\b",
            r"\b(?:stable|fine|better|recovered)\b[^!?]{0,60}\b(?:stopped|stop) telling (?:them|"
            r"anyone|people|my (?:doctor|therapist|psychiatrist|team))\b",
            r"\bthe (?:thoughts|urges|dark thoughts|suicidal thoughts) (?:from|of) (?:last|that)"
            r" (?:winter|year|time|summer|spring|autumn|fall)\b[^.!?]{0,20}\b(?:are|is) back\b",
            r"\blook at (?:the same|that) (?:bridge|building|cliff|tracks|roof)\b[^!?]{0,60}\bth"
            r"ink about it\b",
            r"\bthe same (?:one|thought|thoughts) i had before (?:the hospital|my attempt|the wa"
            r"rd|i tried|my overdose)\b",
            r"\bwaiting for the right (?:moment|time) again\b(?!\s+to)",
            r"\bthe thoughts (?:never|havent|have not|didnt|did not) (?:left|leave|gone|stopped|"
            r"went away|go away)\b",
            r"\b(?:better at|good at|got good at|got better at) hiding (?:them|it|the thoughts|h"
            r"ow i feel)\b",
        ),
        unless=(
            r"\b(?:job|work|school|class|party|town|city|house|place|team|relationship|club|"
            r"company|group|chat|server|country|state|game|app)\b",
        ),
    ),
    Signal(
        "suicide.fear_of_acting",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Fear of what one might do to oneself: a disclosure of urges the person does not trust.",
        (
            # "there's a knife on the table ... I don't trust myself with it"
            r"\b(?:dont|do not|cant|cannot) trust myself (?:with|around|near) (?:the (?:knife|kn"
            r"ives|pills|gun|blades?|razor|rope|tablets|meds)\b|(?:it|them)\b(?=[^|]*\b(?:knife|"
            r"knives|pills|tablets|gun|blades?|razor|rope|meds)\b))|\b(?:knife|knives|pills|tabl"
            r"ets|gun|blade|blades|razor|rope|meds)\b[^|]{0,80}\b(?:dont|do not|cant|cannot) tru"
            r"st myself (?:with|around|near) (?:it|them)\b",
            r"\b(?:scared|afraid|terrified|worried|frightened) (?:of )?what i (?:might|could|will|"
            r"may|would|am going to|m going to) do to {SELF}\b",
            r"\b(?:dont|do not) trust myself (?:not to|to stay safe|around (?:the|my) "
            r"(?:pills|knives|gun))\b",
            r"\b(?:im|i am) not safe (?:with|around|by) myself\b|\b(?:dont|do not) feel safe (?:"
            r"with|around|alone with|by) myself\b",
            r"\b(?:im|i am|getting) (?:so )?(?:scared|afraid|frightened|terrified) of myself\b",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "suicide.command_thoughts",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Voices or intrusive thoughts commanding self-harm or suicide (command hallucinations).",
        (
            r"\b(?:god|the voices?|jesus|the devil|satan|the angels?|they) (?:wants?|told|tells|"
            r"telling|says|said|keeps? saying) (?:him|her|them) (?:to die|dead|to kill (?:himsel"
            r"f|herself|themselves))\b",
            r"\b(?:voices?|my (?:head|brain|mind|thoughts)|something (?:inside|in) me) (?:\w+ ){"
            r"0,4}(?:telling|tell|tells|told) me to (?:end {SELF}|unalive {SELF}|off {SELF}|take"
            r" my (?:own )?life|end me|finish (?:it|{SELF})|step (?:off|out|in front))\b",
            r"\b(?:voices?|my (?:head|brain|mind|thoughts)|something (?:inside|in) me) (?:\w+ )"
            r"{0,4}(?:telling|tell|tells|told) me to (?:end it|end my life|kill {SELF}|kms|die|"
            r"jump|hurt {SELF}|cut|do it)\b",
        ),
        person=Person.FIRST,
    ),
    # ---------------------------------------------------------------- suicide: core chat vocabulary
    # Fourth pass (screen 2026-11-25.3). Broad first-person vocabulary of suicidality as people type
    # it in chat ("suicidal af rn", "i just want to be gone", "no point in me living"). All of it
    # is ordinary IDEATION: the engine's guards still apply (idioms are blanked first; a third
    # person makes it third-party; negation -> LOW; past tense -> history; jk/lol -> MODERATE;
    # news/fiction frames). Lookaheads keep everyday uses out ("ready to go home", "be gone by 5",
    # "not going to make it to the party").
    Signal(
        "suicide.core_vocabulary",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "First-person core vocabulary of suicidality in chat: owning 'my suicide', 'suicidal af', "
        "wanting to be gone / not be here, not making it through the night, no reason to keep "
        "living, wishing to be dead.",
        (
            r"\bcheck(?:ing)? out (?:for good|permanently|early from life|of life|of this life|f"
            r"or real this time)\b(?![^|]*\b(?:hotel|airbnb|hostel|room|cart|basket|till|library"
            r"|book)\b)",
            r"\bi (?:want|wanna|need|am going|m going|am gonna|m gonna|will|might|could|should) "
            r"(?:to )?(?:just )?kys\b",
            r"\bonly way\b[^.!?]{0,60}\bis (?:if|for) (?:i|me to) (?:take my (?:own )?life|kill "
            r"myself|die|end it|am gone|was gone)\b",
            r"\b(?:already|im|i am|ive) (?:left|gone|dead|checked out)\b[^|]{0,60}\bmy body (?:j"
            r"ust )?(?:has|needs|got|have) to (?:catch up|follow)\b",
            r"\b(?:my )?(?:suicidal )?ideations?(?: has| is)?(?: been| getting)? (?:really |so |"
            r"very |pretty )?(?:bad|worse|loud|louder|strong|intense|back|active|heavy)\b",
            r"\b(?:already|im|i am|ive) (?:left|gone|dead|checked out)\b[^|]{0,60}\bmy body (?:t"
            r"o (?:catch up|follow)|(?:hasnt|has not|just hasnt) (?:caught up|got the memo)|need"
            r"s to (?:catch up|follow))\b",
            r"\b(?:considering|thinking (?:about|of)|going to|about to|might|want to|ready to|pl"
            r"anning to|tempted to) (?:\w+ )?(?:becom(?:e|ing)|be) (?:a|another|just another) (?"
            r":statistic|stat)\b",
            r"\bending (?:things|it)\b(?=[^|]{0,30}\bnot (?:the|my) (?:relationship|marriage|job"
            r"|friendship|contract|lease)\W+(?:me|myself|my life)\b)",
            r"\b(?:take|taking|took|have|go for|going for) (?:the|my) (?:long|big|eternal|foreve"
            r"r|final|last) (?:sleep|nap)\b|\beternal (?:sleep|rest) (?:soon|tonight|this weeken"
            r"d)\b",
            r"\bthe (?:idea|thought) of (?:ending (?:things|it|it all|my life)|dying|killing mys"
            r"elf|not being here|not existing) (?:has|is|feels|seems) (?:\w+ ){0,2}(?:comfy|comf"
            r"orting|comfortable|appealing|attractive|tempting|peaceful|like a relief|like home)"
            r"\b",
            r"\b(?:going to|about to|gonna|ready to|time to) sleep forever (?:soon|tonight|now|t"
            r"oday)\b|\bsleep forever\b[^|]{0,60}\b(?:tell someone|told someone|say goodbye|sayi"
            r"ng goodbye)\b",
            # before the bare slang words below: "sewerslide is looking attractive" must not be
            # read as the word alone followed by a topic verb
            r"\b(?:sewer ?slide|suicide|kms|killing myself|dying|death|ending it) (?:is |s )?(?:"
            r"looking|sounding|seems?|feels?|looks?) (?:real |really |pretty |so |kinda |more and "
            r"more )?(?:attractive|appealing|tempting|good|nice|better and better)\b",
            # "planning my suicide", "my suicide plan" (not "my suicide attempt": history).
            r"\bmy (?:own )?suicide\b(?! (?:attempts?|survivor|prevention|awareness|training|"
            r"class|course|risk|hotline|story|history|loss|research|paper|essay|talk|"
            r"presentation|work)\b)",
            r"\b(?:planning|plan|planned out|preparing|prepare|scheduling|picking a date for) my "
            r"(?:own )?(?:death|exit|end)\b",
            # "suicidal af rn", "suicidal again", "suicidal asf": the word owned by intensity/time.
            r"\bsuicidal (?:af|asf|as fuck|as hell|rn|right now|atm|tonight|today|again|lately|"
            r"these days|all day|all the time|every day|everyday|constantly|24 7|mode)\b",
            r"\b(?:suicide|killing {SELF}|ending it|ending my life|unaliving {SELF}) (?:is|has "
            r"been|keeps) (?:\w+ ){0,4}?on my mind\b",
            # Wanting to be gone / not be here / not exist.
            r"\b(?:want|wanting|wish|wishing|need|needing|longing|ready|going) (?:to )?(?:just )?"
            r"(?:be|being) gone(?: forever| for good| permanently)?\b(?! (?:by|for (?:a|an|the|two|"
            r"three|\d+|some|like|work|school|vacation)|from|before|until|till|on|at|during|when|"
            r"all|over|this|next|tomorrow|tonight|today|out|in)\b)",
            r"\bwish(?:ing)? (?:i|id) (?:was|were|could be|had been) (?:just )?(?:gone|not here|"
            r"not alive)\b(?! (?:by|for|from|on|at|before|with|to|in)\b)",
            r"\bwish(?:ing)? i (?:wasnt|werent|was not|were not) (?:here|alive|around|on this "
            r"earth|in this world)\b(?= *(?:$|[.!?,]|anymore|any more|any longer|and|but|i\b|tbh|"
            r"honestly|sometimes|ngl))",
            r"\b(?:want|wanting|wish|need|rather|id rather|would rather) (?:to )?(?:just )?not "
            r"(?:be here|be alive|exist|be around|be in this world|wake up|live)\b(?= *(?:$|[.!?,]|"
            r"anymore|any more|any longer|forever|for good|permanently|and|but|i\b|tbh|honestly|"
            r"ngl))",
            r"\b(?:want|wanting|wish|need|trying|try) (?:to )?(?:just )?stop (?:living|being alive|"
            r"breathing|my heart)\b(?! (?:so|loud|loudly|through|like|when|heavy|heavily|hard)\b)",
            r"\b(?:want|wanting|need|crave|craving|wish for|wishing for|longing for) (?:my )?"
            r"death\b(?! (?:metal|grip|stare|match|scene|star|note|row))",
            # Not making it through the night; not staying alive.
            r"\b(?:not going to|wont|will not|dont think (?:i will|ill|im going to|i can|i could)|"
            r"cant|cannot|might not|may not|probably wont|not sure (?:i will|ill|i can)) (?:\w+ )?"
            r"(?:make it|survive|last) (?:through |past |until |til |till |to )?(?:tonight|the "
            r"night|this night|another night|another day|to morning|the morning|morning|tomorrow|"
            r"the weekend|alive)\b",
            r"\b(?:cant|cannot|unable to|dont know if i can|struggling to|dont know how to|"
            r"not sure (?:if )?i can|dont think i can|i doubt i can) (?:stay|keep {SELF}|keep "
            r"being) (?:alive|safe)\b(?! from\b)",
            r"\bhow (?:much )?(?:longer|long) i can (?:stay alive|keep (?:on )?(?:going on )?"
            r"living|go on living|go on|survive|hold on|keep {SELF} alive|keep {SELF} safe|keep "
            r"fighting|keep going)\b(?! (?:at|with|in|to|for|like this job)\b)",
            # No point / reason (in me / for me) living.
            r"\b(?:no|zero|not (?:a |any |one )?(?:single )?|(?:cant|dont|cannot) (?:see|find|"
            r"think of) (?:a|any|the|one)) (?:single )?(?:good )?(?:reason|reasons|point|purpose) "
            r"(?:for me |"
            r"in me |of me )?(?:to |in |of )?(?:keep |keeping |go on |going on |continue |"
            r"continuing |still |even )?(?:live|living|be alive|being alive|stay alive|staying "
            r"alive|exist|existing|being here|be here|me being here|me being alive|my existence|"
            r"me existing|wake up|waking up)\b(?! (?:in|at|with|for|if|when|near|on|early|late|so|"
            r"before|after|until|till|by|today|this)\b)",
            r"\b(?:whats|what is|whats even|what is even) the point (?:of|in) (?:me|my) "
            r"(?:even )?(?:being (?:here|alive)|living|existing|existence|life)\b",
            # Throwing oneself off / in front of something ("feel like throwing myself in front of
            # a bus"); "throw myself into work" names no height or vehicle.
            r"\b(?:throw|throwing|fling|flinging|hurl|hurling) {SELF} (?:off|from|in front of|"
            r"under) (?:a|the|this|that|my|an|some) {W2}(?:bridge|building|roof|rooftop|cliff|"
            r"balcony|ledge|train|bus|truck|car|lorry|traffic|tracks|window|tower|overpass|"
            r"subway|metro|tram)\b",
            r"\b(?:jump|jumping) (?:off|from) (?:something|somewhere|anything) (?:high|tall)\b",
            # "ctb" (catch the bus): forum slang for suicide.
            r"\b(?:want|going|ready|about|plan|planning) (?:to )?ctb\b|"
            r"\bctb (?:tonight|soon|today|tomorrow|method)\b",
            r"\b(?:yeet|yeeting|launch|launching|chuck|chucking|hurl|hurling|fling|flinging) mys"
            r"elf (?:off|out of|in front of|into|from)\b",
            r"\b(?:log|logging|logged|sign|signing) off (?:for good|forever|permanently|from lif"
            r"e|of life)\b",
            r"\b(?:think|thinking|thought) about (?:just )?(?:going over|stepping off|jumping of"
            r"f|driving off|going off) (?:the )?(?:side|edge|railing|bridge|cliff|roof)\b",
            r"\b(?:going|go) over the (?:side|edge|railing)\b(?=[^.!?]*\b(?:bridge|cliff|roof|ba"
            r"lcony|think|thinking)\b)",
            r"\b(?:rope|noose|pills|the bridge|jumping|dying|death|ending it|ending things|my gu"
            r"n) (?:has|have|is|are|keeps?) (?:been )?(?:on my mind|in my head|calling me)\b",
            r"\b(?:picturing|imagining|thinking about|think about|thought about|fantasi[sz]\w* a"
            r"bout|dream\w* about) (?:just )?(?:driving|swerving|crashing|steering|veering) (?:my "
            r"car |the car )?(?:into|off|in front of|across)\b",
            r"\beat(?:ing)? (?:my|a|the) (?:gun|bullet|pistol|shotgun|rifle)\b",
            r"\b(?:use|using) (?:it|them|that|those) on myself\b",
            r"\bchecking out (?:for good|permanently|of (?:this|life|this life|this world))\b",
            r"\bthen i can (?:go|rest|leave|be done|let go|finally go)\b(?= *(?:$|[.!?,]))",
            r"\b(?:life insurance|insurance (?:money|payout|policy))\b[^.!?]{0,60}\b(?:useful|wo"
            r"rth more|better off|only thing|if i die|if i was gone|when im gone|pay out)\b",
            r"\b(?:brain|head|mind|voice|thoughts?) (?:keeps?|kept|is|are|keep) (?:saying|tellin"
            r"g me) (?:to )?(?:just )?do it\b",
            r"\b(?:sewer ?slide|self delete|self deleting|unalive(?! me\b)|unaliving)\b",
            r"\b(?:thoughts of|thinking about|thoughts about) (?:suicide|killing myself|ending ("
            r"?:it|my life)|dying)\b[^.!?]{0,20}\b(?:are back|back again|again|came back|coming ba"
            r"ck|returned)\b",
            r"\b(?:suicide|dying|death|ending it|killing myself) (?:feels|seems|looks|sounds|is)"
            r" like (?:the )?(?:only|best|easiest|last) (?:way out|option|answer|choice|way)\b",
            r"\bnot (?:going to|gonna) be (?:alive|here|around) (?:by|after|past|for) \w+\b",
            r"\bmy (?:brain|head|mind|thoughts|voices?) (?:keeps?|kept|is|are) (?:telling|saying"
            r"|screaming)\b[^.!?]{0,30}\b(?:kys|kill myself|die|do it|end it)\b|\b(?:kys|kill your"
            r"self|die) is what my (?:brain|head|mind)\b",
            r"\b(?:fancy|feel like|tempted to|considering|contemplating) ending (?:it|it all|thi"
            r"ngs|my life)\b",
            r"\bhow long (?:does it|would it|will it|to) (?:take )?(?:to )?die\b",
            r"\b(?:cut|slit|go) deep enough\b",
            r"\bwhen im not (?:around|here) anymore\b",
            r"\bi know (?:where and when|when and where|how and when|when and how)\b(?! (?:the|my|"
            r"our|"
            r"it|its|this|that|to|we)\b)",
            r"\b(?:keep|keeps|cant stop|been|always) (?:thinking|thinkin) (?:about|of) (?:the )?"
            r"(?:train tracks|tracks|jumping|the bridge|hanging|overdosing|the pills|pills in|drow"
            r"ning|driving off|crashing my car)\b",
            r"\b(?:the )?(?:bridge|tracks|river|cliff|roof|pills|rope|edge|sea|lake)\b(?: near m"
            r"y \w+| by my \w+)? (?:keeps|keep|is) calling (?:me|to me)\b",
            r"\bpicturing myself (?:hanging|dead|jumping|falling|gone)\b",
            r"\b(?:want|wanna|going|tempted) to (?:step|walk|jump|run) in front of (?:a|the) (?:"
            r"car|bus|train|truck|lorry)\b",
            r"\burge to (?:end it|die|kill myself|jump|end my life)\b",
            r"\b(?:im )?thinking of (?:overdosing|jumping off|hanging myself|ending it|killing m"
            r"yself|taking all (?:my|the) pills)\b",
            r"\b(?:today|tonight)(?:s| is) the (?:day|night) i end (?:it|things|my life)\b",
            r"\b(?:want|wanna|going) to drive (?:my car )?(?:off (?:the road|a cliff|the bridge)"
            r"|into (?:a tree|a wall|the river|oncoming))\b",
            r"\bmy own funeral\b[^.!?]{0,30}\b(?:wanting|want|wish|peaceful|relief)\b",
            r"\bhow to make sure (?:an? )?(?:overdose|it|the pills) (?:works|work|is enough)\b",
            r"\bpainless way out\b",
            r"\b(?:better off|worth more|do better|be better|fare better|get on better|cope bett"
            r"er|manage better) (?:\w+ ){0,2}with (?:the |my )?(?:life )?insurance(?: money| pay"
            r"out| cheque| check)?\b(?=[^.!?]{0,25}\b(?:than (?:with )?me|without me|if i|when i"
            r"m gone)\b| *(?:$|[.!?,]))",
            r"\bsuicide (?:isnt|is not|aint) a joke to me anymore\b|\b(?:its|it is|suicide is|dy"
            r"ing is|death is) (?:like )?an option on the table\b",
            r"\b(?:ending it|suicide|killing myself|dying) (?:has started to |is starting to |st"
            r"arted to |begins to )?(?:feel|seem|look)s? like (?:the |a )?(?:sensible|only|best|lo"
            r"gical|right|obvious|real) (?:option|way out|choice|answer)\b",
            r"\bsuicide is the only (?:real )?(?:way out|option|answer|choice)\b",
            r"\bwont be (?:a problem|a burden|in anyones way|around) (?:for anyone |to anyone )?"
            r"(?:much|for much) longer\b",
            r"\b(?:tonight|today) (?:feels like|is|might be) the (?:night|day) i (?:finally )?(?"
            r":stop|end it|do it|give up)\b",
            r"\bmaking it (?:all )?stop\b[^|]{0,30}\bfor good\b",
            r"\b(?:going to|gonna|will|ll) (?:finish the job|do it properly|get it right) (?:pro"
            r"perly )?this time\b|\bfinish the job properly\b",
            r"\b(?:hospital|ward|attempt|tried|trying)\b[^|]{0,80}\bit (?:came|has come|is) back"
            r"\b(?= *(?:$|[.!?,]))",
            r"\bthe old me is back\b[^|]{0,40}\b(?:has a plan|wants to die|with a plan|plan)\b",
            r"\b(?:easy way out|call it|end it all|checking out)\b[^|]{0,30}\b(?:and )?(?:no )?("
            r"?:im not|i am not|not) (?:talking about|quits on)\b|\bcall it\b[^|]{0,40}\bon me\b(?"
            r"= *(?:$|[.!?]))",
            r"\bcatch(?:ing)? the bus\b[^!?]{0,60}\b(?:forum|ready|tired|for good|final|tonight)"
            r"\b",
            r"\b(?:ready for|waiting for|time for|going to) the big sleep\b",
            r"\bno (?:respawn|respawns|continues|more continues|extra lives) (?:this time|for me"
            r")\b|\bno more (?:continues|respawns|lives)\b(?=[^!?]*\b(?:made up my mind|about me|f"
            r"or me|im done|ready|this time)\b)",
            r"\bone ?way ticket (?:to|out of) (?:the other side|heaven|hell|the afterlife|oblivi"
            r"on|this world|life)\b",
            r"\bspeedrun(?:ning)? (?:the afterlife|death|dying|heaven|my (?:death|funeral))\b",
            r"\b(?:gonna|going to|about to) \W?fall\W? (?:off|from) (?:my|the) (?:balcony|"
            r"roof|bridge|cliff|ledge)\b(?=[^!?]*\b(?:thinking about it|every day|every night|fo"
            r"r real|not joking)\b)",
        ),
        unless=(
            r"\bmy (?:liver|wallet|bank account|bank balance|diet|voice|feet|legs|bladder|credit"
            r" card|kidneys)\b[^.!?]{0,20}\b(?:survive|make it|last)\b",
            r"\b(?:flight|packing|pack|early start|\d ?am (?:shift|start|flight)|alarm)\b",
            *MENTIONED_NOT_MEANT,
            # ... but not "i dont want to die exactly, i just want to not be alive": the word is
            # denied, the wish is not
            r"\b(?:call of the void|high place phenomenon|zero intention|(?:dont|do not) (?:even"
            r" )?want to (?:jump|die|do it)(?! (?:exactly|as such|per se)\b)(?![^.!?]{0,30}\bi "
            r"(?:just )?(?:want|wanna|wish)\b)|absolutely dont want to)\b",
        ),
    ),
    Signal(
        "suicide.ready_to_go",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "'I'm ready to go' / 'ready to leave' closing a clause, in a message that also carries "
        "despair: a euphemism for dying. Without despair words nothing is raised.",
        (
            r"\b(?:im|i am|i feel|i think im|i think i am|feel|finally|so|just) (?:so |just |"
            r"finally |really |honestly )?ready to (?:go|leave|let go|be done|check out|rest)\b"
            r"(?= *(?:$|[.!?,]|now\b|for good|forever|honestly|tbh|i think|ngl|and (?:i|im)\b))",
            r"(?:^|[.!?] *)(?:just )?want out(?= *$)|"
            r"\bi (?:just )?want out\b(?= *(?:$|[.!?,]|of (?:this|it|life|everything|here)|"
            r"for good|forever|now))",
            r"\b(?:its|it is) (?:my time|time for me) to (?:go|leave|let go|say goodbye)\b"
            r"(?= *(?:$|[.!?,]|now\b|for good|forever|honestly|tbh|i think|ngl))",
            r"\b(?:have|need|going) to take (?:matters|things|it) into my own hands\b",
        ),
        requires=(
            r"\bbeen ready (?:to go )?for (?:weeks|months|days|a while|a long time|years|ages)\b"
            r"|\b(?:says|say|said|told me|keep telling me) it gets better\b[^|]{0,20}\b(?:it has"
            r"nt|it doesnt|it didnt|it never|it wont|not for me)\b|"
            r"\b(?:unbearable|hopeless|no point|pointless|no reason|nothing left|cant (?:take|do|"
            r"handle|bear) (?:it|this|any of (?:it|this)|life)|cant go on|tired of (?:living|life|"
            r"everything|it all|being alive|fighting|trying)|done with (?:life|everything|it all)|"
            r"cant (?:feel|live|keep (?:feeling|living)|go on|keep going) like this|"
            r"burden|worthless|suicid\w*|die|dying|dead|death|end it|give up|gave up|given up|"
            r"goodbye|so much pain|in pain|too much pain|the pain|hate my life|hate myself|"
            r"exhausted of|empty|numb|alone|lonely|depressed|nobody|no one|unbearably|miserable|"
            r"suffering|kill|hurts? too much|everything hurts|(?:my )?life is over|its all over|"
            r"(?:thank you|thanks) for everything)\b"
            # ... or a means question beside it ("which meds wreck your liver and at what
            # amount? ... i just want out")
            r"|\b(?:what amount|how many (?:pills|tablets)|how much (?:would it take|to take)|"
            r"lethal|overdose|which (?:otc )?meds|cant anymore)\b|\bno more(?= *(?:[.!?]|$))",
        ),
    ),
    Signal(
        "suicide.declared_intent",
        C.SUICIDE,
        T.LOW,
        K.DECLARED_INTENT,
        "A timeframe with a bare 'do it' ('tomorrow i'm gonna do it', 'doing it tonight', "
        "'tonight's the night'): the object is unsaid. IMMINENT when this message or the session "
        "has ideation, HIGH with distress, else only LOW (homework, a dare).",
        (
            r"\b(?:im|i am|i will|ill|i|going to|finally|gonna) (?:finally |really |actually )?"
            r"(?:going to |gonna )?(?:do|doing) it (?:tonight|tomorrow|today|this weekend|soon|"
            r"now|right now|rn|in an hour|after (?:they|everyone|my family) (?:go|goes|are|is) "
            r"(?:to sleep|asleep|out)|after everyones (?:asleep|out|in bed))\b",
            r"\b(?:tonight|tomorrow|today|this weekend|soon|right now) (?:is when |is the day |is "
            r"the night )?(?:im|i am|i will|ill|i) (?:finally |really |actually )?(?:going to |"
            r"gonna )?(?:do|doing) it\b(?! (?:for|with|again|myself|later|properly|right|better|"
            r"all|on)\b)",
            r"\b(?:its|it is) (?:happening|going to happen|gonna happen) (?:tonight|tomorrow|today|"
            r"this weekend|soon)\b",
            r"\b(?:tonight|tomorrow|today)(?: is|s) the (?:day|night)\b",
        ),
        unless=(
            r"\b(?:homework|essay|assignment|project|laundry|dishes|test|exam|interview|"
            r"presentation|call|meeting|gym|workout|run|marathon|tattoo|piercing|haircut|hair|"
            r"diet|apply|application|sign up|register|quit (?:my|the) job|resign|propose|ask "
            r"(?:her|him|them) out|tell (?:her|him|them|my)|move|moving|buy|buying|order|surprise|"
            r"birthday|party|concert|game|date|show|premiere|finale|launch|gig|match|prom|"
            r"wedding|celebrat\w*|trip|flight|jump (?:in|into) the (?:pool|lake)|bungee|"
            r"skydiv\w*)\b",
        ),
    ),
    Signal(
        "suicide.resolved_intent",
        C.SUICIDE,
        T.HIGH,
        K.DECLARED_INTENT,
        "A made-up mind about a bare 'do it' / 'go through with it' ('i've made up my mind, "
        "i'm doing it'): strongly suicidal-coded even without the word. HIGH; IMMINENT with "
        "ideation in this message or the session.",
        (
            # the end set after an event ("I only held on this long so I wouldn't ruin it for her")
            r"\b(?:only )?(?:held|holding|hung|hanging|stayed|staying) on (?:this long |so long "
            r")?(?:so (?:i|that i) (?:wouldnt|would not|dont|didnt)|for (?:her|him|them|my \w+)|"
            r"until|till)\b[^|]{0,60}\b(?:ruin|spoil|miss|after|done|then|gone)\b",
            # a deadline given to oneself ("I gave myself until Christmas")
            r"\bi gave myself until (?:christmas|new year|my birthday|the end of (?:the )?(?:mon"
            r"th|year|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d+\w*)\b(?! to\b)",
            r"\b(?:made up my mind|my mind is made up|mind is made up|(?:ive|i have|i) "
            r"(?:finally )?decided|decision is made|no turning back|no going back)\b\W+"
            r"(?:\w+\W+){0,6}?(?:do|doing|go through with|going through with|goin through with) "
            r"it\b(?! (?:for|with|again|myself|later|properly|right|better|all|on)\b)",
            r"\b(?:do|doing|go through with|going through with) it\b\W+(?:\w+\W+){0,6}?(?:made up "
            r"my mind|my mind is made up|mind is made up|(?:ive|i have) (?:finally )?decided|"
            r"decision is made|no turning back|no going back)\b",
            r"\b(?:ive|i have|i) (?:finally )?decided to (?:do|go through with) it\b(?! (?:for|"
            r"with|again|myself|later|properly|right|better|all|on)\b)",
            r"\b(?:happier|calmer|at peace|so calm|settled|relieved)\b[^|]{0,60}\b(?:because|sin"
            r"ce|now that) (?:ive|i have|i) (?:decided|made (?:a|my|the) decision|made up my mind)"
            r"\b(?= *(?:$|[.!?,]))",
        ),
        unless=(
            r"\b(?:homework|essay|assignment|project|laundry|dishes|test|exam|interview|"
            r"presentation|call|meeting|gym|workout|run|marathon|tattoo|piercing|haircut|hair|"
            r"diet|apply|application|sign up|signing up|register|quit|quitting|job|resign|"
            r"propose|ask (?:her|him|them) out|tell (?:her|him|them|my)|move|moving|buy|buying|"
            r"getting|get (?:a|the)|order|surprise|birthday|party|concert|puppy|dog|cat|car|house|"
            r"college|school|degree|course|class|trip|travel|flight|vegan|breakup|break up|leave "
            r"him|leave her|divorce|therapy|therapist|doctor|bungee|skydiv\w*)\b",
        ),
    ),
    # ---------------------------------------------------------------- self-harm in progress
    Signal(
        "self_harm.compulsive",
        C.SELF_HARM,
        T.HIGH,
        K.BEHAVIOUR,
        "Self-harm the person says they cannot stop ('can't stop cutting'): ongoing behaviour.",
        (
            # self-injury with a hot thing: hand held on a stove or an iron pressed on skin; a hot
            # object used on oneself
            r"\b(?:held|hold|holding|pressed|press|pressing|kept|put|putting) my (?:hand|arm|pal"
            r"m|fingers?|wrist|forearm) (?:on|against|over) (?:the|a) (?:hot )?(?:stove|burner|h"
            r"ob|hot plate|iron|radiator|oven door|kettle|pan|stove burner|flame|candle)\b(?![^."
            r"!?]*\b(?:check\w*|see if|warm (?:up|them)|by accident|accidentally)\b)",
            r"\b(?:used|put|pressed|held) (?:the|a|my) (?:hot )?(?:iron|hair straighteners?|stra"
            r"ighteners|curling iron|lighter|hot spoon|hot knife) (?:on|against|to) my (?:arms?|"
            r"legs?|thighs?|wrists?|skin|stomach|hand)\b",
            r"\b(?:pressed|held|put|burned|burnt) (?:the |a |my )?(?:hot )?(?:iron|lighter|hair "
            r"straighteners?|straighteners|curling iron|hot spoon|cigarette|lighter) (?:on|again"
            r"st|to|into) my (?:arm|wrist|leg|thigh|skin|hand|stomach|hip)\b",
            r"\b(?:knife|blade|razor)\b (?:is|are) (?:\w+ ){0,4}(?:next to me|beside me|in my ha"
            r"nd|in front of me)\b(?=[^|]*\b(?:havent (?:done|used)|not yet|yet)\b)",
            r"\b(?:the |my )?blades? (?:are|is) out\b(?=[^|]*\b(?:today|tonight|now|right now)\b"
            r")|\b(?:today|tonight|right now)\b[^|]{0,30}\b(?:the |my )?blades? (?:are|is) out\b",
            r"\b(?:cant|cannot|can not|unable to|couldnt|dont know how to) stop (?:cutting|self "
            r"harming|self harm|sh ing|shing|hurting {SELF}|harming {SELF}|burning {SELF}|cutting "
            r"{SELF}|scratching {SELF}|hitting {SELF}|punching {SELF}|the "
            r"urges? to (?:cut|self harm|sh|hurt {SELF}))\b(?! (?:onions|carbs|back|down|corners|"
            r"class|the|my hair|paper|coupons|costs|out|ties|in line)\b)",
            r"\b(?:i )?(?:keep|kept|been) (?:on )?(?:cutting|self harming|hurting {SELF}|burning "
            r"{SELF}|harming {SELF})\b(?= *(?:$|[.!?,]|and|every|all|again|more|deeper|i\b))",
        ),
        unless=(r"\b(?:onions?|vegetables|carbs|hair|grass|lawn|paper|fabric|wood|coupons)\b",),
    ),
    Signal(
        "self_harm.in_progress",
        C.SELF_HARM,
        T.IMMINENT,
        K.PLAN,
        "A self-harm implement in hand or cutting right now: act now (never softened by jokes).",
        (
            r"\b(?:have|got|ve got|i have) (?:the|my) (?:blade|razor|blades|razors)\b(?: \w+){0,"
            r"2} out\b(?![^|]*\bshav)",
            r"\b(?:the |a |my )?(?:razor|razors|blade|blades|razor blade|razor blades|box cutter|"
            r"knife|sharpener blade)s? (?:is |are )?(?:right )?(?:in|on) my (?:hand|hands|lap|"
            r"wrists?|arms?|skin|thighs?)\b",
            r"\b(?:holding|grabbed|grabbing|got out|took out|taking out|have out|pulled out|"
            r"picked up|picking up) (?:a |the |my |a razor |my razor )?(?:razor|razors|blade|"
            r"blades|razor blade|razor blades|sharpener blade|box cutter)\b(?= *(?:$|[.!?,]|right "
            r"now|rn|again|and|to|i\b))",
            r"\b(?:im|i am|been|currently|just|literally) (?:\w+ )?(?:cutting|self harming|"
            r"hurting {SELF}|burning {SELF}) (?:right now|rn|as (?:we|i) speak|atm|at the moment|"
            r"now)\b",
        ),
        person=Person.SCAN,
        unless=(
            r"\b(?:shav\w*|beard|stubble|barber|cooking|cook|chopping|onions?|vegetables|kitchen|"
            r"recipe|bread|cake|meat|steak|turkey|whittl\w*|carving|pumpkin|fishing|hair|grass|"
            r"lawn|paper|fabric|wood|coupons|video|film|class|carbs|sandwich|fruit|apple|"
            r"butter|chicken|fish|food|dinner|lunch|breakfast|salad|pizza|cheese|tomato\w*|"
            r"potato\w*|garlic|herbs|carrots?|lettuce|dough|chop\w*|dic(?:e|ing)|peel\w*|"
            r"slic\w*)\b",
        ),
    ),
    # ---------------------------------------------------------------- third persons at home
    Signal(
        "suicide.third_party_wish",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "A family member or friend who says they do not want to live / want to die (third "
        "person verb forms the first-person patterns do not cover).",
        (
            # someone else "wants to sleep forever" / "to sleep and never wake up" (not tiredness)
            r"\b(?:she|he|they) (?:wants?|wishes|wished|wanted|keeps? wanting) (?:she|he|they )?"
            r"(?:could )?(?:to )?(?:sleep|go to sleep|fall asleep) (?:forever|and never wake up|"
            r"and not wake up)\b(?![^.!?]*\b(?:tired|exhausted|shift|exams?|weekend|holiday|hang"
            r"over|jet ?lag|lol|haha|lmao)\b)",
            # someone else keeps saying nobody would miss them / "you'll be fine without me"
            r"\b(?:keeps? saying|keeps? telling (?:me|us|everyone)|has been saying|always says|s"
            r"ays|said|told (?:me|us)|texted|wrote|posted) (?:that )?(?:nobody|no one|noone) (?:"
            r"would|will|d|is going to) (?:even )?(?:miss (?:her|him|them)(?! (?:at|if|when|for|"
            r"during|on)\b)|notice if (?:she|he|they) (?:was|were) gone|care if (?:she|he|they) "
            r"(?:died|was gone|were gone|disappeared))",
            r"\b(?:doesnt|does not|no longer|wont) want(?:s)? to (?:live|be alive|keep living|go "
            r"on living|stay alive|exist|be here|wake up)(?: anymore| any more| any longer)?\b"
            r"(?! (?:the|a|in|with|there|near|on|at|together|alone|by|without|under|like)\b)",
            r"\bwish(?:es|ed)? (?:he|she|they) (?:was|were|could be) (?:dead|gone|never born)\b",
            r"\b(?:keeps|kept|keep) (?:saying|talking about|texting|posting) (?:that )?"
            r"(?:(?:he|she|they) )?(?:wants? to die|(?:wants? to )?(?:kill|end) (?:himself|"
            r"herself|themselves|his life|her life|their life|it all)|doesnt want to live|"
            r"suicide|dying)\b",
        ),
    ),
    Signal(
        "suicide.third_party_signs",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Someone close sent a goodbye, posted 'I'm done' from a height, is unreachable after "
        "a worrying message, gave their things away, or has fresh cuts: support the helper.",
        (
            r"\b(?:been |keeps |kept |hes been |shes been )?talk(?:ing|s|ed)? about (?:going ove"
            r"r the side|jumping (?:overboard|off the \w+|in front of)|not being here (?:anymore"
            r"|much longer)|ending it)\b(?=[^|]*\b(?:all (?:trip|week|day|night)|again|days? out"
            r"|tonight|wont stop)\b)",
            r"\b(?:said|says|texted|wrote|messaged|posted|saying)\W*(?:remember me (?:well|fondl"
            r"y|kindly)|see you never|goodbye forever|its happening now)\b",
            r"\bsaid \W?this is my last (?:shift|game|stream|week|day|post|class)\b[^|]{0,60}\b("
            r"?:(?:isnt|is not|arent|not) (?:quitting|leaving|retiring|moving)|logged off|pulled"
            r" out a (?:gun|knife)|talked about (?:suicide|killing (?:himself|herself))|not answ"
            r"ering|gone offline)\b",
            r"\b(?:note|message|text|post)\b[^.!?]{0,40}\bsaying (?:this is|its|it is) (?:his|he"
            r"r|their) last (?:week|day|night|weekend)\b",
            r"\bsent me (?:his|her|their) (?:will|passwords|bank details)\b",
            r"\b(?:hes|shes|he is|she is|theyre|they are) going to (?:drive|crash|steer) (?:his|"
            r"her|their|the) car (?:into|off) (?:a |the )?(?:wall|tree|river|lake|sea|cliff|brid"
            r"ge|truck|lorry|oncoming|traffic|pole|barrier|motorway|road)\b",
            r"\b(?:student|pupil|friend|son|daughter|kid|patient|client)\b[^.!?]{0,30}\b(?:wrote"
            r"|writes|writing) about (?:wanting to die|killing (?:himself|herself|themselves)|su"
            r"icide|ending (?:his|her|their) life)\b",
            r"\b(?:essay|story|poem|journal)\b[^.!?]{0,30}\bdescribing how (?:he|she|they) (?:pl"
            r"ans|wants|intends) to (?:end (?:his|her|their) life|kill (?:himself|herself|themse"
            r"lves))\b",
            r"\b(?:emptied|cleared out|cleaned out|gave away)\b[^|]{0,80}\b(?:(?:is )?not (?:hom"
            r"e|back|answering)|hasnt come (?:home|back)|taken the car|wont answer)\b(?=[^|]*\b("
            r"?:midnight|tonight|\d+ ?am|late|hours|sad|dumped|broke up|left him|left her|worrie"
            r"d)\b)(?![^|]*\b(?:moved|moving|uni|university|college|new (?:flat|place|house|job)"
            r")\b)",
            r"\b(?:photo|pic|picture|video) of (?:his|her|their) (?:wrists?|arms?|cuts)\b[^|]{0,"
            r"30}\b(?:sink|bath|blood|bleeding)\b",
            r"\b(?:shes|hes|she|he|she is|he is) (?:standing|sitting) (?:at|on) (?:the )?(?:top "
            r"floor|roof|rooftop|edge|ledge)\b(?! of (?:the|my|his|her|their) (?:bed|sofa|couch|"
            r"chair|seat|bath|pool|desk))[^|]{0,60}\b(?:not (?:replying|answering|picking up)|st"
            r"opped replying)\b",
            r"\bfound (?:a |the |some )?(?:nooses?|ligatures?) (?:\w+ ){0,2}(?:in|under|hidden i"
            r"n|in the back of) (?:his|her|their|my \w+s) (?:closet|wardrobe|room|drawer|bag|bac"
            r"kpack|bed|mattress|locker|car|shed|garage)\b",
            # a mate said he wouldn't be around, walked off, and is not answering
            r"\b(?:said|says|told (?:me|us)) (?:he|she|they) (?:wouldnt|wont|will not|would not)"
            r" be (?:around|here) (?:for|next|much longer)\b[^|]{0,80}\b(?:not answering|wont an"
            r"swer|isnt answering|cant reach|walked off|walked out)\b",
            # a concerned third person: a plan and a date confided, or a promise not to tell about a
            # plan
            r"\b(?:she|he|they) (?:has|have|s got|ve got|had) (?:a )?plan and a (?:date|time|day"
            r")\b(?![^|]*\b(?:proposal|propose|surprise|party|wedding|engage\w*|pregnan\w*|birth"
            r"day|gift|holiday|trip|move|moving)\b)",
            r"\b(?:made|makes|make) me (?:promise|swear) not to tell\b(?=[^|]*\b(?:plan|die|kill"
            r"|pills|hurt|cut\w*|end it|suicid\w*|a date)\b)(?![^|]*\b(?:proposal|propose|surpri"
            r"se|party|wedding|engage\w*|pregnan\w*|birthday|gift|crush)\b)",
            # a concerned third person: stopping heart meds "so she can die", leaving with a rifle
            # after saying "he's done", bringing euthanasia drugs home, burning themself on purpose
            r"\bstop(?:ping)? taking (?:her|his|their) (?:\w+ )?(?:meds|medication|medicine|pill"
            r"s|insulin|tablets)\b[^|]{0,20}\bso (?:she|he|they) (?:can|could|will|would) die\b",
            r"\bleft (?:the house|home)? ?with (?:his|her|their) (?:\w+ )?(?:rifle|gun|shotgun|p"
            r"istol|revolver)\b[^|]{0,40}\b(?:saying|said|says) (?:hes|shes|theyre|he is|she is)"
            r" (?:done|finished|had enough)\b",
            r"\b(?:brought|taken|took|stole|bringing) (?:some )?(?:of )?(?:the )?(?:euthanasia ("
            r"?:drugs|meds|solution)|pentobarbital|sodium pentobarbital) home\b",
            r"\b(?:burned|burnt|cut|hit|punched) (?:his|her|their) (?:arm|hand|leg|wrist|skin|he"
            r"ad) (?:\w+ ){0,4}on purpose\b",
            # someone else keeps telling the family "you'll be fine without me"
            r"\b(?:keeps?|kept) (?:saying|telling (?:me|us|everyone)|texting|posting) (?:that )?"
            r"(?:youll|you will|youd|you would|you guys will|yall will|everyone will|everyone wo"
            r"uld|well|we will|wed|we would|the kids will|the kids would) (?:all )?be (?:fine|ok"
            r"ay|ok|alright|better|better off|happier) without (?:me|her|him|them)\b",
            # someone posting goodbye stuff, or a video saying goodbye to everyone (not a move or a
            # channel ending)
            r"\b(?:(?:is|s|hes|shes|theyre|been|keeps?|started|starts) (?:posting|sending|puttin"
            r"g up) |(?:posted|sent|put up|uploaded|shared) (?:a |some |these |weird )?)(?:goodb"
            r"ye|farewell) (?:stuff|things|posts|messages|texts|videos|poems|quotes|letters)\b(?"
            r"![^|]*\b(?:uni|trip|travel\w*|holiday|vacation|semester|graduat\w*|new job|leaving"
            r" do|retir\w*|season|tour|channel|youtube|fans|subscribers|mov(?:e|ed|ing)|abroad|e"
            r"migrat\w*|overseas)\b)|\b(?:posted|put up|uploaded|shared|made) (?:a |an )?(?:vide"
            r"o|post|story|tiktok|message|reel) saying (?:goodbye|bye) to (?:everyone|all of us|"
            r"us all|the world|everybody)\b(?![^|]*\b(?:uni|trip|travel\w*|holiday|vacation|seme"
            r"ster|graduat\w*|new job|leaving do|retir\w*|season|tour|channel|youtube|fans|subsc"
            r"ribers|mov(?:e|ed|ing)|abroad|emigrat\w*|overseas)\b)",
            # a pupil's story or poem about dying that "doesn't read like fiction" / "reads like his
            # own life"
            r"\b(?:wrote|written|writes|handed in|turned in|submitted) (?:a |an |this )?(?:story"
            r"|poem|piece|journal entry|song|diary entry)\b[^|]{0,120}\b(?:(?:didnt|doesnt|does "
            r"not|did not) (?:read|sound|feel|seem) like (?:fiction|a story|made up|creative wri"
            r"ting|an assignment)|(?:reads|read|sounds) (?:exactly |just )?like (?:his|her|their"
            r") own (?:life|story|situation))\b",
            # a child drawing graves or coffins with their own name on them
            r"\b(?:drawing|drew|draws|drawn|sketch\w*)\b[^.!?|]{0,30}\b(?:graves?|gravestones?|h"
            r"eadstones?|tombstones?|coffins?|nooses?)\b[^.!?|]{0,30}\b(?:(?:her|his|their) own "
            r"name|(?:her|his|their) names? on)\b",
            # someone low or depressed who has not answered for days
            r"\b(?:depressed|so low|really low|suicidal|struggling|not (?:himself|herself)|in a "
            r"(?:bad|dark) place)\b[^|]{0,80}\b(?:hasnt|has not|havent|not) (?:answered|answerin"
            r"g|replied|picked up|been seen|responded|read (?:my|our|any) messages)\b[^.!?|]{0,3"
            r"0}\b(?:in|for) (?:two|three|four|five|several|a few|a couple of|\d+) days\b",
            r"\b(?:hasnt|has not) (?:answered|replied|picked up|been seen|responded)\b[^.!?|]{0,"
            r"30}\b(?:in|for) (?:two|three|four|five|several|a few|a couple of|\d+) days\b[^|]{0"
            r",60}\b(?:(?:she|he|they) (?:was|were|s|is|are|has been|had been|seemed) (?:so |rea"
            r"lly |very )?(?:low|depressed|suicidal|not (?:herself|himself))|after (?:saying|pos"
            r"ting|texting) (?:goodbye|sorry))\b",
            # someone living alone not seen for days, the animals unfed or the post piling up
            r"\b(?:hasnt|has not|havent|not) been seen (?:in|for) (?:days|a few days|\w+ days|a "
            r"week|\d+ days)\b[^|]{0,80}\b(?:(?:cows|dogs?|cats?|sheep|animals|pets?|horses?|hen"
            r"s|chickens) (?:\w+ )?(?:havent|hasnt|have not|not) been (?:fed|milked|let out|walk"
            r"ed)|(?:dog|dogs) (?:is |are |s |keeps? )?(?:howling|barking|crying)|post (?:is )?p"
            r"iling up|mail (?:is )?piling up)\b",
            # an empty blister pack or pill packets found while someone will not come out or wake up
            r"\b(?:sleep forever|not wake up|never wake up|wants? to die|(?:hasnt|has not|not) ("
            r"?:come|came) out of (?:her|his|their) room|cant wake (?:her|him|them)|wont wake up"
            r")\b[^|]{0,100}\b(?:empty (?:blister packs?|(?:{PILLS}|pill|tablet) (?:packets?|bot"
            r"tles?|boxes|packs?|strips?))|(?:blister packs?|(?:{PILLS}|pill|tablet) (?:packets?"
            r"|bottles?|boxes|packs?|strips?)) (?:\w+ )?empty)\b",
            r"\bempty (?:blister packs?|(?:{PILLS}|pill|tablet) (?:packets?|bottles?|boxes|packs"
            r"?|strips?))\b[^|]{0,80}\b(?:(?:cant|wont|couldnt) wake (?:her|him|them|up)|(?:isnt"
            r"|not) (?:answering|responding|waking up)|wont answer)\b",
            # a friend sends "I'm at the bridge" and nothing else
            r"\b(?:sent|texted|messaged|snapped|dmd) (?:me|us)\W+(?:im|i am) (?:at|on) the (?:br"
            r"idge|cliffs?|tracks|railway|roof|edge|ledge|river|viaduct|quarry|platform)\b(?=[^|"
            r"]*\b(?:nothing else|and nothing|nothing since|not answering|wont answer|isnt answe"
            r"ring|no answer|goodbye|sorry|cant reach|scared|worried)\b)",
            # someone "said don't look for me"
            r"\b(?:said|says|texted|wrote|messaged|posted|told (?:me|us))\b[^|]{0,60}\b(?:dont|d"
            r"o not) (?:come )?(?:look(?:ing)? for|try (?:to )?(?:find|reach)) me\b(?![^|]*\b(?:"
            r"lol|haha|trip|holiday|vacation|festival|backpacking|spa|retreat|detox)\b)",
            # "posted that it was her last week" / "said this is my last shift" and then gone silent
            # or not actually leaving
            r"\b(?:posting|posted|saying|said|says|wrote|texted|told (?:me|us|everyone))\b (?:th"
            r"at )?(?:it|this|tonight|today|this week)(?: was| is| would be| will be| s|s) (?:he"
            r"r|his|their|my) last (?:week|day|night|post|shift|game|stream|class|message)(?: ev"
            r"er)?\b(?=[^|]*\b(?:hasnt|has not|havent|not|isnt|wasnt|never) (?:logged (?:in|on)|"
            r"been (?:online|seen|on)|answered|answering|replied|replying|quitting|leaving|retir"
            r"ing|moving|resigning|picked up|picking up|responded)\b)",
            r"\b(?:hasnt|has not|havent|not) (?:logged (?:in|on)|been (?:online|seen|on)|answere"
            r"d|replied|picked up|responded)\b[^|]{0,60}\b(?:after|since) (?:posting|saying|writ"
            r"ing|texting|telling (?:us|me|everyone)) (?:that )?(?:it|this|tonight|today|this we"
            r"ek) (?:was|is|would be|will be|s) (?:her|his|their) last (?:week|day|night|post)\b",
            r"\bmy last (?:game|post|stream|shift|class|message|video|match|day) ever\b[^|]{0,40"
            r"}\b(?:logged off|left|went offline|deleted|quit)\b(?=[^|]*\b(?:suicid\w*|depressed"
            r"|kill (?:him|her|them)self|struggling|worried|scared)\b)",
            # a strange, final-sounding thank-you or goodbye from someone who is struggling
            r"\b(?:(?:sent|texted|messaged|posted|wrote|emailed)\b[^.!?|]{0,40}\b(?:weird|strang"
            r"e|odd|final|cryptic)\b[^.!?|]{0,40}\b(?:(?:its|it has|it was) been an honou?r|than"
            r"ks? (?:you )?for everything|goodbye|love you all|look after each other|sorry for e"
            r"verything|take care of (?:yourselves|each other))|thank(?:ed|s|ing)? (?:me|us|ever"
            r"yone|all of us) (?:\w+ )?for everything\b[^.!?|]{0,40}\b(?:final|weird|strange|odd"
            r"|like (?:a|it was a) goodbye))\b(?=[^|]*\b(?:lost|struggling|depressed|going throu"
            r"gh|divorce|not answering|cant reach|worried|scared|suicid\w*|since (?:he|she) got "
            r"out)\b)",
            # "see you never" / "see you in the next life" posted or texted
            r"\b(?:posted|texted|wrote|said|messaged|sent|captioned)\b[^.!?|]{0,20}\bsee you (?:"
            r"never|in (?:the |another |my )?next life)\b",
            # "thanks for everything, take care of my cat": the pet handed over with a farewell
            r"\b(?:thanks?|thank you) for everything\W+(?:\w+ ){0,3}(?:take care of|look after|f"
            r"eed) (?:my|the) (?:cat|dog|pets?|kids?|rabbit|hamster|fish|plants|babies)\b(?![^|]"
            r"*\b(?:while|away|trip|holiday|vacation|weekend|till|until|back on|back in)\b)",
            # a young person's will and their things given out "after"
            r"\b(?:written|wrote|made|making|writing|done|did) (?:a|his|her|their|out a) (?:will"
            r"|testament)\b[^|]{0,100}\b(?:give|leave|send|pass) (?:his|her|their|my) (?:\w+ ){0"
            r",2}to (?:\w+ ){1,3}after\s*(?:[.!?,]|$)",
            # someone gone without their phone, "sorry" written on the mirror
            r"\bleft (?:his|her|their) phone (?:behind|at home|here)\b[^|]{0,60}\b(?:wrote|writt"
            r"en|scrawled|(?:left a )?note (?:saying|that said)) (?:\W*)(?:sorry|goodbye|bye|im "
            r"sorry|forgive me|love you)\b",
            r"\b(?:wrote|written|scrawled) (?:\W*)(?:sorry|goodbye|forgive me)\W*on the (?:mirro"
            r"r|wall|door|fridge)\b(?=[^|]*\b(?:gone|ran off|left|missing|cant find|not answerin"
            r"g)\b)|\b(?:ran off|stormed out|took off|gone|missing)\b[^|]{0,80}\b(?:wrote|writte"
            r"n|scrawled) (?:\W*)(?:sorry|goodbye|forgive me)\W*on the (?:mirror|wall|door|fridg"
            r"e)\b",
            # said goodbye to everyone "and I think he means it"
            r"\bsaid (?:goodbye|his goodbyes|her goodbyes|their goodbyes|bye) to (?:everyone|all"
            r" of us|us all|the family|each of us)\b[^|]{0,60}\b(?:(?:he|she|they) (?:means|mean"
            r"t) it|for good|forever|like (?:a|it was (?:a|the)) (?:final|last))\b",
            # a treasured thing given "while she can"
            r"\b(?:gave|giving|given|handed) (?:me|us) (?:his|her|their) (?:\w+ ){0,2}\w+\b[^|]{"
            r"0,60}\bwhile (?:she|he|they) (?:still )?can\b(?![^|]*\b(?:cancer|terminal|hospice|"
            r"diagnos\w*|dementia|dying|illness|chemo|palliative|moving|downsiz\w*)\b)",
            # a client or patient says the helper "won't need to see him next week", and the helper
            # worries
            r"\b(?:told|said to|tells) (?:me|us)\b[^|]{0,40}\b(?:i|we|you) (?:wouldnt|wont|would"
            r" not|will not) (?:need|have) to (?:see|visit|call|check on|worry about) (?:him|her"
            r"|them) (?:next (?:week|time)|again|anymore|any more)\b(?=[^|]*\b(?:who do i tell|w"
            r"orried|scared|what do i do|should i|weird|strange|final|alarm\w*|concern\w*)\b)",
            # won't need any more deliveries / visits because he is ending it
            r"\b(?:wont|will not|doesnt|wouldnt) need (?:\w+ ){0,3}(?:because|cause|since) (?:he"
            r"s|shes|theyre|he is|she is|they are) (?:ending it|going to end it|ending (?:his|he"
            r"r|their) life|going to end (?:his|her|their) life|going to kill (?:him|her|them)se"
            r"l(?:f|ves))\b(?! with)",
            # on a platform texting that the next train is the one
            r"\b(?:platform|station|tracks)\b[^|]{0,80}\bnext train (?:is|will be|s) (?:the one|"
            r"mine|it|for (?:her|him|them|me))\b(?! (?:to|for|that|going|we|i|you)\b)",
            # someone "finally figured out how to fix everything" and is strangely calm, with a
            # history
            r"\b(?:finally )?(?:figured out|found|worked out|knows?) (?:how to fix everything|a "
            r"way out|the way out|how to make (?:it|everything|the pain) stop|the answer to ever"
            r"ything|a way to (?:fix|end) everything)\b(?=[^|]*\b(?:suicidal|weirdly (?:happy|ca"
            r"lm|peaceful)|suddenly (?:calm|happy|at peace|peaceful)|attempted|depressed|tried b"
            r"efore)\b)",
            # someone says they will jump, with a balcony, bridge or roof named (not a pool or
            # trampoline)
            r"\b(?:say|says|said|saying|keeps saying) (?:that )?(?:he|she|they) (?:will|would|wa"
            r"nts? to|want to|is going to|s going to|are going to|is gonna) jump\b(?=[^|]*\b(?:b"
            r"alcon(?:y|ies)|bridge|roof|window|cliffs?|building|ledge|tracks|train|car park|tow"
            r"er|\d+(?:th|st|nd|rd)? floor)\b)(?![^|]*\b(?:pool|trampoline|parachut\w*|bungee|sk"
            r"y ?div\w*|diving|swim\w*|queue|horse|bandwagon|chance|lake|water|puddles?|rope|hoo"
            r"ps?|lol|haha)\b)",
            # a pupil asks whether drowning or hanging is painless, and is low
            r"\basked (?:me )?(?:if|whether|how) (?:drowning|hanging|jumping|overdosing|an overd"
            r"ose|bleeding out|carbon monoxide|gas|dying|suffocating|falling) (?:(?:is|would be|"
            r"feels?) (?:painless|quick|peaceful|fast|painful)|(?:hurts|would hurt))\b(?=[^|]*\b"
            r"(?:crying|sad|low|depressed|upset|withdrawn|project|self harm|cuts?|struggling|wor"
            r"ried)\b)",
            # a nurse or doctor pocketing vials from the drug cupboard while hopeless
            r"\b(?:taking|took|takes|pocket\w*|stealing|stole|sneaking|swiping|hiding) (?:\w+ ){"
            r"0,2}(?:vials|ampoules|syringes|morphine|fentanyl|ketamine|insulin|propofol|potassi"
            r"um|controlled drugs)\b (?:home|from (?:the )?(?:drug |medicine |meds )?(?:cupboard"
            r"|cabinet|ward|pharmacy|trolley|clinic|stock))\b(?=[^|]*\b(?:empty|hopeless|easy wa"
            r"y out|depressed|low|not (?:herself|himself)|suicid\w*|numb|flat)\b)",
            r"\b(?:easy way out|suicid\w*|depressed|hopeless|end it|not be here|kill (?:herself|"
            r"himself)|numb|empty)\b[^|]{0,120}\b(?:pocket\w*|taking|took|stealing|stole|sneakin"
            r"g|hiding) (?:\w+ ){0,2}(?:vials|ampoules|syringes|morphine|fentanyl|ketamine|insul"
            r"in|propofol|potassium|controlled drugs)\b",
            # a teen who is low or says he'd rather die, and a rope is found in his room
            r"\b(?:(?:said|says|keeps saying) (?:hed|shed|theyd)|wants? to die|better off dead|k"
            r"ill (?:himself|herself|themselves)|end it|not be here|depressed|suicidal|bullied|s"
            r"elf harm\w*|hopeless)\b[^|]{0,100}\bfound (?:a |the |some )?(?:{LIGATURE}|nooses?|"
            r"razors?|blades?|{PILLS}) (?:\w+ )?(?:in|under|hidden in|in the back of) (?:his|her"
            r"|their) (?:closet|wardrobe|room|drawer|bag|backpack|bed|mattress|locker)\b",
            r"\bfound (?:a |the |some )?(?:rope|noose|razors?|blades?) (?:\w+ )?(?:in|under|hidd"
            r"en in) (?:his|her|their) (?:closet|wardrobe|room|drawer|bag|backpack|bed|mattress|"
            r"locker)\b[^|]{0,100}\b(?:rather die|wants? to die|better off dead|kill (?:himself|"
            r"herself|themselves)|end it|not be here)\b",
            # a new mother says the baby would be safer "with someone better"
            r"\b(?:baby|newborn|postnatal|postpartum|gave birth|new mum|new mom)\b[^|]{0,250}\b("
            r"?:(?:(?:the|my|her|his) )?baby|the kids|he|she|they)(?:d| would| will| is going to"
            r")? be safer (?:\W*)with (?:someone|somebody) (?:better|else)\b|\b(?:baby|newborn|p"
            r"ostnatal|postpartum|gave birth|new mum|new mom)\b[^|]{0,250}\b(?:(?:the|my|her|his"
            r") baby|the kids)(?:d| would| will)? be (?:better off|better|happier) (?:\W*)with ("
            r"?:someone|somebody) (?:better|else)\b(?! (?:holding|feeding|watching|minding)\b)",
            # a gun cabinet left open by someone who has withdrawn
            r"\b(?:stopped (?:coming|answering|eating|going out|talking)|depressed|struggling|cu"
            r"lled|not (?:himself|herself)|sleeping in the (?:shed|barn|car|truck))\b[^|]{0,150}"
            r"\b(?:gun|rifle|shotgun|firearms?) (?:cabinet|safe|cupboard|locker) (?:\w+ ){0,2}(?"
            r":open|unlocked)\b",
            r"\b(?:sent|texted|posted|wrote) (?:me |us |everyone |the family )?(?:a |an )?(?:goo"
            r"dbye|farewell) (?:text|message|note|email|post|voice note|video)\b(?=[^|]*\b(?:hel"
            r"p|what do i do|what should i do|not answering|wont pick up|not picking up|phone (?"
            r":is )?off|went silent|depressed|worried|overreacting|welfare check|police)\b)|\bgo"
            r"odbye (?:text|message|note)\W+(?:what do i do|help|what should i do)\b|\b(?:overre"
            r"acting|call the police|welfare check|should i (?:call|be worried))\b[^|]{0,60}\b(?"
            r":sent|texted|posted|wrote) (?:me |us )?(?:a |an )?(?:goodbye|farewell) (?:text|mes"
            r"sage|note|email|post|voice note|video)\b",
            r"\bleft a note\W+(?:help|what do i do|and (?:hes|shes|theyre) gone|and (?:isnt|is n"
            r"ot|wont be) answering)\b",
            r"\bfarewell tour\b(?=[^|]*\b(?:depressed|low|down|suicidal|struggling)\b)|\b(?:depr"
            r"essed|so low|suicidal)\b[^|]{0,80}\bfarewell tour\b",
            r"\bleft (?:her|his) (?:wedding )?ring (?:on|behind)\b(?=[^|]*\b(?:phone|depressed|g"
            r"one|missing|cant find|not answering)\b)",
            r"\b(?:called|rang|texted|messaged) (?:everyone|all of us|the whole family|me)\b[^|]"
            r"{0,60}\bto say (?:he|she|they) loved?s?\b[^|]{0,60}\b(?:never (?:does|says|said) t"
            r"hat|out of nowhere|phones? (?:is |s )?off)\b",
            r"\b(?:said|says|told me) (?:that )?(?:tonight|today|this) (?:would be|will be|is) ("
            r"?:his|her|their) last (?:night|day)\b(?! (?:on tour|of (?:the|their|his|her) \w+|i"
            r"n town|here|at|in)\b)",
            r"\bgoing offline forever\b",
            r"\b(?:messaged|texted|said|wrote)\W+(?:im|i am) done\W+(?:and )?(?:then )?(?:went s"
            r"ilent|not answering|stopped answering|wont answer)\b",
            r"\bsaid it was (?:his|her) last week\W+(?:hes|shes) not leaving\b",
            r"\bforgive me\W+(?:on|in) the (?:family )?(?:whatsapp|group|chat)\b[^|]{0,30}\bleft"
            r" the group\b",
            r"\bcancell?ed all (?:her|his|their) (?:future )?appointments\b",
            r"\b(?:her|his) last (?:haircut|appointment|session|visit) ever\b",
            r"\bclocking out\W+for good\b",
            r"\bsaid to read it after\b",
            r"\b(?:says|said) (?:she|he|they) (?:has|have|had) a plan(?: to (?:do it|end it|end "
            r"(?:her|his|their) life|kill (?:herself|himself|themselves)))?\W+(?:and )?(?:(?:she"
            r"|he|they)(?: s|s| is| re|re| are) )?locked (?:in|herself|himself|themselves)\b",
            r"\bbye forever\b[^|]{0,40}\bdeleted (?:her|his|their) account\b",
            r"\b(?:said|says)(?: (?:in|on|over) (?:the )?(?:\w+ )?(?:chat|call|discord|voice|str"
            r"eam|group|phone))? (?:that )?(?:hes|shes|he has|she has|theyve|they have) got ever"
            r"ything ready\b(?! (?:for|to go)\b)(?![^.!?]*\b(?:christmas|party|trip|holiday|birt"
            r"hday|wedding|dinner|move|moving|school|exam)\b)",
            NOTE_SIGN,
            r"\bfinish the job (?:properly )?this time\b",
            r"\b(?:says|saying|said) (?:shes|hes|she is|he is|theyre) at the (?:bridge|cliff|tra"
            r"cks|edge|roof)\b(?! (?:club|game|table|night|party|pub|cafe|restaurant|bar|inn)\b)",
            r"\basked (?:me )?where (?:his|her) (?:old )?(?:gun|rifle|pistol|shotgun) is\b(?=[^|"
            r"]*\b(?:depressed|low|since \w+ died|struggling)\b)",
            r"\bit was nice (?:working|knowing) (?:with )?you\b[^|]{0,40}\b(?:at \d+ ?am|didnt s"
            r"how up|not answering|no answer)\b",
            r"\brehomed (?:his|her|their) (?:dog|cat)\b[^|]{0,40}\bloved (?:that|the) (?:dog|cat"
            r")\b",
            r"\bgoing away for a long time\b[^|]{0,40}\bno (?:trip|holiday|plans?)\b",
            r"\b(?:hes|shes|he is|she is|theyre) planning to drive (?:off|into) (?:the|a) (?:cli"
            r"ff|coast road|bridge|river|wall|sea|quarry)\b",
            r"\b(?:bought|buys|got) (?:a |some )?rope\b[^|]{0,30}\b(?:he|she|they) (?:doesnt|doe"
            r"s not|dont|never) (?:climb|sail|camp|boat|garden|fish)\b",
            r"\b(?:their|his|her) (?:meds|pills|medication|tablets) (?:are|is) (?:gone|missing) "
            r"too\b",
            r"\bkeeps? telling me where (?:his|her|their) will is\b",
            r"\bletter\b[^|]{0,80}\b(?:dated|for) after (?:his|her|their) birthday\b[^|]{0,40}\b"
            r"goodbye\b",
            r"\bsent\W+(?:goodbye|bye)\W+(?:i )?love (?:you all|yall|you guys)\b",
            r"\bgiving (?:her|his|their) (?:clothes|things|stuff|belongings|favourite \w+|favori"
            r"te \w+) (?:away|to (?:her|his|their) friends)\b(?=[^|]*\b(?:disappear|die|dead|not"
            r" be here|gone)\b)|\b(?:disappear|die|dead|not be here)\b[^|]{0,80}\bgiving (?:her|"
            r"his|their) (?:clothes|things|stuff|belongings) (?:away|to)\b",
            r"\b(?:bring|bringing|brings) (?:his|her|their|a|my) (?:dads |mums |moms |brothers |"
            r"uncles )?(?:(?:gun|rifle|pistol)s? (?:to|into|on) (?:school|class|college|campus|w"
            r"ork|monday|tomorrow)|knives? (?:to|into) (?:school|class|college|campus))\b",
            r"\b(?:she|he|they) (?:knows?|said (?:she|he|they) knows?) exactly how much (?:it wo"
            r"uld|would it|it will|it d) take\b",
            r"\b(?:in the bathroom|locked in|in (?:his|her|their) room)\b[^|]{0,40}\b(?:for (?:t"
            r"wo|three|four|\d+) hours|hours)\b[^|]{0,30}\b(?:wont|will not|isnt|not) (?:answer"
            r"\w*|respond\w*|open\w*)\b",
            r"\b(?:tired of being here|done with everything|done with it all|not coming back)\b["
            r"^|]{0,60}\b(?:without (?:her|his|their) phone|(?:her|his|their) phones? (?:is |s )"
            r"?off)\b",
            r"\b(?:without (?:her|his|their) phone|(?:her|his|their) phones? (?:is |s )?off)\b[^"
            r"|]{0,80}\b(?:tired of being here|done with everything|done with it all|not coming "
            r"back)\b",
            r"\b(?:she|he) wants? to dye\b(?=\W*(?:$|[.!?,]|and i think))",
            r"\blook after (?:his|her|their) (?:dog|cat|kids?|pets?) for good\b",
            r"\b(?:came|come|coming) home with (?:a bag (?:full )?of|loads of|boxes of|bottles o"
            r"f) (?:{PILLS})\b",
            r"\bapologi[sz]e for everything\b[^|]{0,60}\b(?:blocked me|not answering|wont answer"
            r"|phone off)\b",
            r"\bsee you (?:boys|guys|all|lads) soon\b(?=[^|]*\bnothing else\b)",
            r"\bwho should get (?:his|her|their) \w+\b",
            r"\b(?:saying|said|says) (?:shes|hes|theyre|she is|he is|they are) going to jump\b",
            r"\bsorry\b[^|]{0,40}\bturned (?:off (?:his|her|their) phone|(?:his|her|their) phone"
            r" off)\b",
            r"\b(?:sur|du|au bord du) (?:le )?(?:pont|toit|falaise)\b[^|]{0,60}\bva sauter\b",
            r"\b(?:mensaje diciendo adios|despedida)\b[^|]{0,60}\bno (?:contesta|responde|atiend"
            r"e)\b|\bpostou uma despedida\b",
            r"\b(?:dass|das) (?:er|sie) sich umbringen (?:will|wolle|mochte)\b",
            r"\b(?:got|has|have) a plan and (?:just )?needs? to pick a (?:day|date)\b",
            r"\b(?:turned|put|left) the gas on\b(?=[^|]*\b(?:left alone|to die|door|locked|wont|"
            r"suicid\w*|end it)\b)",
            r"\bwants to (?:go )?be with (?:grandad|grandpa|grandma|nan|granny|(?:her|his) (?:la"
            r"te )?(?:husband|wife|son|daughter|mum|mom|dad))\b(?=[^|]*\b(?:stopped eating|not e"
            r"ating|giving (?:away|things)|said goodbye)\b)",
            r"\bgiving away (?:her|his|their) \w+\b[^|]{0,60}\bdone with (?:it all|everything|li"
            r"fe)\b",
            r"\b(?:saying|says|said|keeps saying|keep saying|told me|messaged|texted|dmd me) (?:"
            r"that )?(?:theyre|theyll|hes|shes|he is|she is|they are|he will|she will|hell|shell"
            r") (?:doing it|going to do it|ending it|end it|going to end it) (?:tonight|today|no"
            r"w|this weekend|this week|tomorrow|on (?:stream|live|camera)|live)\b",
            r"\b(?:do it|finish it) properly (?:this time|tonight|next time)\b",
            r"\b(?:door(?:s| is)? locked|locked (?:herself|himself|themselves) in)\b[^|]{0,60}\b"
            r"(?:no (?:sound|answer|response|noise)|not (?:answering|responding)|wont answer|sil"
            r"ent|cant hear (?:anything|her|him))\b(?![^|]*\b(?:headphones|gaming|sulk\w*|typica"
            r"l|as usual|sleeping|asleep)\b)",
            r"\bmensaje de despedida\b[^|]{0,40}\bno (?:contesta|responde)\b",
            r"\b(?:goodbye|farewell) (?:kind of )?(?:thing|post|message|text|video)\b[^|]{0,160}"
            r"\b(?:wont|will not|isnt|not) (?:pick(?:ing)? up|answer\w*|respond\w*)\b",
            r"\bslurr\w*\b[^|]{0,80}\b(?:not|isnt|wont|now shes not|now hes not) (?:picking up|a"
            r"nswering)\b",
            # someone else "ready to go" who has stopped eating or hidden their tablets (not a
            # cheerful 96-year-old); a post listing what they are taking; a last post saying nobody
            # will miss them; "joining grandma soon" off their heart pills; "sorry" then no answer;
            # a rifle and "I'm done"; means ready; a phone's location on the bridge
            r"\b(?:hasnt eaten|not eating|stopped eating)\b[^|]{0,60}\b(?:shes|hes|theyre|she is"
            r"|he is|they are) ready to go\b|\b(?:shes|hes|theyre|she is|he is|they are) ready t"
            r"o go\b[^|]{0,60}\b(?:hid(?:den)? (?:her|his|their) (?:tablets|pills|meds)|stopped "
            r"taking)\b",
            r"\b(?:listed|posted|said) what (?:hes|shes|theyre|he is|she is|they are|he was|she "
            r"was) (?:taking|going to take|using)\b",
            r"\b(?:last|latest) (?:post|message|text|story) (?:said|says|was)\W+(?:no one|nobody"
            r"|noone) (?:will|would) miss (?:me|her|him)\b",
            r"\b(?:joining|join|be with) (?:grandma|grandpa|gran|nan|mum|mom|dad|her husband|his"
            r" wife|my \w+) soon\b[^|]{0,60}\b(?:stopped taking|not taking|refus\w* (?:to take )"
            r"?(?:his|her) (?:meds|medication|tablets|insulin))\b",
            r"\b(?:said|says) (?:shes|hes|she is|he is|she was|he was) sorry\b[^|]{0,60}\b(?:hun"
            r"g up|wont answer|not answering|isnt answering)\b",
            r"\b(?:has|got|with) (?:his|her|their) (?:rifle|gun|pistol|shotgun)\b[^|]{0,40}\b(?:"
            r"hung up|wont answer|not answering|said (?:hes|shes) done)\b|\bsaid (?:hes|shes) do"
            r"ne\b[^|]{0,40}\b(?:rifle|gun|pistol|shotgun|pills)\b",
            r"\b(?:got|has|have) (?:the|her|his) means ready\b|\bbeen saying goodbye\b",
            r"\b(?:location|phone|car) (?:is|shows (?:her|him|them)|says (?:shes|hes)) (?:at|on)"
            r" (?:the )?(?:bridge|cliffs?|tracks|railway|river|lake|roof|car park)\b",
            r"\b(?:{PERSON}|man|woman|guy|girl|boy|lad|bloke|person|someone|somebody|he|she|hes|"
            r"shes|theyre)\b (?:\w+ ){0,7}?(?:standing|sitting|climbed|climbing|is|just climbed)"
            r" (?:on )?(?:the )?(?:outside of the|wrong side of the|over the|on the edge of the)"
            r" (?:railings?|barriers?|fence|ledge|bridge|balcony|roof)\b",
            # a live stream from a cliff edge that cut out
            r"\b(?:live ?stream\w*|on (?:facetime|live|video))\b[^|]{0,60}\b(?:cliff|edge|ledge|"
            r"bridge|roof|railing)\b[^|]{0,40}\b(?:cut out|went dead|ended|stopped|disconnected|"
            r"went black)\b",
            r"\bleft a note\b(?! (?:that|saying|to say) (?:hes|shes|theyre|he is|she is) (?:at|g"
            r"one to|going to|out))(?![^|]*\b(?:typical|as usual|football|practice)\b)[^|]{0,60}"
            r"\b(?:isnt|is not|not|wont|hasnt been|has not been|arent) (?:answering|picking up|r"
            r"eplying|home|responding)\b",
            r"\bsent (?:me |us )?(?:a |some )?(?:picture|photo|pic|pics|photos|snap|video) of (?"
            r":her|his|their) (?:(?:wrists|arms?)\b(?=[^|]*\b(?:goodbye|bye|blood|bleeding|cuts?"
            r"|sorry|love you|last)\b)|cuts|pills|noose|rope|gun)\b",
            r"\b(?:left|drove off|went out|took off|walked out) with (?:his|her|their|the|my dad"
            r"s|my mums|my moms) (?:gun|rifle|shotgun|pistol|pills)\b(?![^|]*\b(?:hunt\w*|range|"
            r"trip|club|season|deer|ducks?|clays?|pigeons|rabbits|competition)\b)[^|]{0,60}\b(?:"
            r"goodbye|cant reach|not answering|isnt answering|wont answer|said bye|phone off)\b",
            r"\b(?:said|saying|says|texted|told (?:us|me|everyone)|(?:rang|called|phoned) (?:me|"
            r"us) (?:\w+ )?(?:that|to say|saying)) (?:that )?(?:hes|shes|theyre|he is|she is|he "
            r"was|she was|they were) (?:going|walking|heading|driving) (?:to|towards) the (?:tra"
            r"in tracks|tracks|railway|railway line|bridge|cliffs?|river|lake|sea|roof)\b(?=[^|]"
            r"*\b(?:follow|goodbye|not answering|isnt answering|cant reach|scared|worried|for go"
            r"od|never|last time|sorry|dont look|hung up|crying|sobbing)\b)",
            # someone else about to act now: threatening to jump, on the wrong side of a railing,
            # gone to the tracks, locked in a garage with the engine running, gone with a gun, a
            # photo of their wrists with a goodbye, a note left and no answer
            r"\b(?:threatening|threatened|keeps? threatening|says? (?:hes|shes|theyre|he is|she "
            r"is|they are) going|said (?:hes|shes|theyre|he was|she was|they were) going) to (?:"
            r"jump (?:off|from|in front of)\b|jump(?= *(?:$|[.!?,]| tonight| now| right now| aga"
            r"in))|kill (?:him|her|them)sel(?:f|ves)|themself|end (?:it|his life|her life|their "
            r"life|it all)|hang (?:him|her|them)sel(?:f|ves)|overdose|shoot (?:him|her|them)sel("
            r"?:f|ves))(?![^.!?]*\b(?:years ago|last year|when (?:he|she|they) (?:was|were)|pool"
            r"|lol|haha)\b)",
            r"\b(?:locked|shut) (?:him|her|them)sel(?:f|ves) in the garage\b[^|]{0,60}\b(?:car|e"
            r"ngine) (?:is |was |s )?running\b",
            # goodbyes, a treasured thing given away, then gone ("gave my brother his watch. Now
            # he's gone out with the car keys"); not a trip or a keepsake
            r"\b(?:said (?:goodbye|his goodbyes|her goodbyes|their goodbyes|bye)|hugged (?:us|ev"
            r"eryone) all)\b(?![^|]*\b(?:airport|station|holiday|trip|vacation|for a (?:week|mon"
            r"th|year)|to mind|safekeeping|keep safe|birthday|graduation|wedding|retire\w*|deplo"
            r"y\w*)\b)[^|]{0,60}\b(?:gave|handed|giving) (?:\w+ ){0,3}(?:his|her|their) (?:watch"
            r"|ring|guitar|medals|tools|dog|cat|car|wallet|bank card|phone|things)\b[^|]{0,40}\b"
            r"(?:now|and then|then) (?:hes|shes|theyre|he|she|they) (?:has |have )?(?:gone|left|"
            r"went|drove|driven|not answering|isnt answering)\b",
            r"\b(?:posted|sent|shared|put up|uploaded)\b[^|]{0,60}\b(?:top of|from the|on the|on"
            r" top of) (?:a |the )?(?:{HEIGHT}|parking garage|car park|multi ?stor(?:e)?y|roof|r"
            r"ooftop|bridge|cliff)\b[^|]{0,80}\b(?:cant reach|not answering|wont answer|isnt ans"
            r"wering|no answer|not picking up|phone (?:is )?off|cant get hold)\b",
            r"\bcaption(?:ed)?(?: it)? (?:\w+ )?last (?:view|sunset|sunrise|look|goodbye|post|ph"
            r"oto|picture|time)\b",
            r"\b(?:essay|poem|message|text|post|letter|story|note) (?:\w+ ){0,3}(?:reads|read|so"
            r"unds|looks) like a (?:suicide|goodbye) note\b",
            r"\b(?:sitting|sat|been sitting|been) in (?:the|his|her|their) car in the (?:closed "
            r"|shut )?garage\b[^|]{0,60}\b(?:door (?:is )?(?:shut|closed|locked|down)|engine (?:"
            r"is )?running|for (?:\w+ )?(?:minutes|hours))\b",
            r"\b(?:texted|messaged|sent|posted|wrote|said) (?:me )?(?:\w+ ){0,8}(?:goodbye|bye f"
            r"orever|im done|im sorry for everything|take care of|thanks for everything|thank yo"
            r"u for everything|youll be free of me|free of me now|remember me (?:well|fondly|kin"
            r"dly|always)|dont forget me|(?:proud of (?:you|us|all of (?:you|us))|look after eac"
            r"h other)|(?:its|it has) been an honou?r)\b[^|]{0,80}\b(?:not answering|wont answer"
            r"|isnt answering|cant reach|no answer|not picking up|phone (?:is |s )?(?:switched |"
            r"turned )?off|phones (?:switched |turned )?off|not responding|not replying|left on "
            r"read|(?:and |then )+nothing(?: (?:since|else|more))?|nothing since|(?:none of us|n"
            r"obody|no one) (?:can|could) (?:get hold of|reach) (?:him|her|them)|(?:havent|hasnt"
            r"|not) (?:heard|replied|answered) since)\b",
            r"\b(?:gave|giving|given) away (?:all )?(?:of )?(?:his|her|their) (?:\w+ ){0,2}(?:stuf"
            r"f|"
            r"things|belongings|possessions|gear|truck|car|guitar|collection|clothes)\b",
            r"\bfound (?:\w+ )?(?:cuts|scars|burns|fresh marks)\b[^.!?]{0,30}\b(?:on|all over) "
            r"(?:her|his|their) (?:arms?|thighs?|legs?|wrists?|body|stomach)\b",
            r"\bcant reach (?:him|her|them)\b(?=[^|]*\b(?:roof|rooftop|bridge|goodbye|im done|"
            r"pills|gun|suicid\w*)\b)",
            r"\b(?:texted|messaged|sent|posted|wrote|said)\b[^.!?]{0,30}\b(?:thanks for everythi"
            r"ng|thank you for everything|love you all|sorry for everything|goodbye)\b[^|]{0,80}\b"
            r"(?:not answering|wont answer|isnt answering|cant reach|no answer|not picking up|phon"
            r"e (?:is )?off|not responding|cant find (?:him|her|them)|nothing since)\b",
            r"\b(?:giving|gave|given) (?:his|her|their) (?:\w+ ){0,2}(?:stuff|things|belongings|"
            r"possessions|gear|guitar|games|clothes) away\b",
            r"\b(?:said|says|told me|posted|texted|messaged) (?:that )?(?:they|he|she)(?:re| are"
            r"| is|s)? (?:going to |gonna )?(?:take|taking|swallow|overdose|kill|end|jump)\w*\b[^."
            r"!?]{0,20}\b(?:pills|tonight|it all|everything|life|himself|herself|themselves|off)\b",
            r"\b(?:is|s) on (?:the|a) (?:roof|ledge|bridge|edge)\b[^.!?]{0,30}\b(?:wont|will not"
            r"|refus\w*) (?:to )?(?:come|get) (?:down|back|off)\b",
            r"\b(?:sounds|sounded|reads|read|looks|looked) like a (?:goodbye|suicide note|farewe"
            r"ll|last message)\b",
            r"\b(?:shell|hell|theyll|she will|he will|they will) be gone (?:by|before|after) \w+"
            r"\b",
            r"\b(?:keeps? saying|says|said|keeps telling (?:me|us)) (?:that )?(?:we|they|everyon"
            r"e|the kids|wed|theyd)(?: would| d)? be better off without (?:him|her|them)\b",
            r"\b(?:wrote|written|writing) a will at \d+\b",
            r"\b(?:saving|saved|collecting) (?:up )?(?:his|her|their) (?:pills|tablets|meds)\b",
            r"\bnot planning on seeing (?:the )?(?:spring|summer|christmas|next year|another)\b",
            r"\b(?:wants?|keeps? saying (?:she|he) wants?) to (?:go to|be with) (?:dad|mum|mom|m"
            r"y dad|my mum|him|her|grandad|grandma)\b[^.!?]{0,60}\b(?:empty|tablets|pills|gun|soon"
            r")\b",
            r"\b(?:sitting|sat) in the dark with (?:his|her) (?:pistol|gun|shotgun|rifle)\b",
            r"\b(?:he|she)(?:d| would) be with (?:her|him|mum|mom|dad) soon\b",
            r"\b(?:is|s) in (?:her|his|the) car in the garage\b",
            r"\b(?:she|he|they) (?:says|said) (?:she|he|they)(?:ll| will| is going to| s going t"
            r"o)? do it again\b",
            r"\bcuts on (?:her|his|their) (?:arms?|thighs?|legs?|wrists?|stomach)\b",
            r"\b(?:went|gone|is|has gone) missing after\b",
            r"\bposted a countdown\b|\bcountdown on (?:her|his|their) story\b",
            r"\bsending me (?:pictures|pics|photos) of (?:the )?(?:tracks|bridge|pills|rope|edge"
            r"|roof)\b",
            r"\b(?:said|texted|messaged|sent)\b[^.!?]{0,30}\b(?:bye forever|goodbye|sorry for ev"
            r"erything)\b[^|]{0,40}\b(?:wont pick up|isnt picking up|wont respond|went silent|gone"
            r" silent)\b",
            r"\b(?:says|said) (?:she|he|they) (?:has|have|s got) (?:pills|a gun|a rope) (?:saved"
            r"|stashed|hidden|ready)\b",
            r"\blocked (?:herself |himself |themselves )?in (?:the )?bathroom\b[^.!?]{0,30}\b(?:"
            r"not answering|wont answer|hour)\b",
            r"\b(?:is|s) cutting (?:herself|himself|themselves|again|and)\b",
            r"\btook (?:his|her|their) (?:gun|pistol|rifle|pills) and (?:drove|left|went|walked)"
            r" off\b",
            r"\bon the (?:bridge|roof|ledge|edge)\b[^.!?]{0,30}\bsaying goodbye\b",
            r"\bgave me (?:all )?(?:her|his|their) (?:jewelry|jewellery|stuff|things|games|cloth"
            r"es)\b",
            r"\b(?:livestream\w*|streaming|posting) (?:\w+ )?(?:cutting|self harm|overdos\w*|sui"
            r"cide)\b",
            r"\bgiving away (?:his|her|their) (?:\w+ )?(?:games|jewelry|books|toys)\b",
            r"\b(?:left|wrote|sent) (?:a|me a|us a) (?:note|letter|message|text) (?:saying|that "
            r"said|says) (?:sorry for everything|goodbye|he loves us|she loves us|i love you "
            r"all)\b",
            r"\b(?:posted|said|texted|wrote|told \w+) (?:that )?(?:hes|shes|theyre|he is|she is|"
            r"they are) (?:checking out|done with life|saying goodbye)(?: for good| soon| tonight)"
            r"?\s*(?:[.!]|$)",
            r"\b(?:says|said|told me|told us|admitted|texted me|confessed) (?:that )?(?:she|he|t"
            r"hey) (?:has|have|s got|had|d got) (?:\w+ )?(?:pills|tablets|meds|a gun|a rope|a knif"
            r"e|a blade) (?:saved|stashed|hidden|ready|saved up|put away|stockpiled)\b",
            r"\b(?:said|says|keeps saying|joked|jokes|texted|told me) (?:that )?(?:the kids|we|e"
            r"veryone|the family|his family|her family|they|id|i)(?: would| d| will)? (?:all )?(?:"
            r"be|do) better (?:off )?with (?:the |his |her |their )?(?:life )?insurance\b",
            r"\b(?:said|texted|posted|sent)\b[^.!?]{0,30}\b(?:bye forever|goodbye forever|goodby"
            r"e)\b[^|]{0,60}\b(?:deleted (?:her|his|their) (?:account|accounts|socials|profile|ins"
            r"ta|snap)|blocked everyone)\b",
            r"\b(?:she|he|they)(?:d| had| has| have)? worked out (?:exactly )?how (?:much|many)\b"
            r"[^|]{0,40}\b(?:she|he|they)(?:d| would| will)? need\b",
            r"\b(?:he|she|they) (?:wont|will not) be around\b[^|]{0,40}\b(?:or ever|ever again)\b",
            r"\b(?:carrying|took|taking|with) a (?:rope|gun|shotgun|rifle)\b[^|]{0,40}\b(?:into|"
            r"to) the (?:shed|barn|garage|woods|loft)\b[^|]{0,40}\b(?:hasnt|not) (?:come|came) (?:"
            r"out|back)\b",
            r"\b(?:texted|told|messaged|said to) me\b[^|]{0,5}\b(?:look after|take care of) (?:y"
            r"our|my) (?:mother|mum|mom|dad|father|sister|brother|kids|family)\b[^|]{0,60}\b(?:nev"
            r"er|not like him|not like her|weird|strange|scared|worried)\b",
            r"\b(?:hes|shes|he has|she has|they have|theyve) got it all planned\b",
            r"\b(?:has|have) a date (?:picked|chosen|set) to end (?:it|his life|her life|things)"
            r"\b",
            r"\b(?:jewell?ery|belongings|things|rings) in (?:labell?ed )?envelopes\b",
            r"\b(?:giving|gave|given) (?:stuff|things|away|me his|me her)\b[^|]{0,60}\b(?:wont|w"
            r"ill not) (?:need|be needing) (?:them|it|any of it)\b",
            r"\bwont be needing\b[^|]{0,40}\bor any (?:after|more|others)\b",
            r"\b(?:finally )?going to be free\b[^|]{0,80}\bwont have to (?:pretend|worry|deal wi"
            r"th)\b",
            r"\b(?:nice|good|perfect) (?:view|spot|place|height) for it\b",
            r"\b(?:hes|shes|theyve|has|have|theyre|he is|she is|they are) been giving away"
            r" (?:his|her|their) (?:stuff|things|plants|possessions|games|clothes|desk stuff|belon"
            r"gings)\b",
            r"\b(?:reads|read|sounds|looks) (?:exactly |just )?like a (?:suicide|goodbye) note\b",
            r"\b(?:posted|sent|shared) (?:me |us )?(?:a )?(?:photo|pic|picture|snap) of (?:a |so"
            r"me )?(?:(?:pile|handful|heap|stack|row|bunch|load) of )?(?:pill bottle|pills|a rop"
            r"e|a noose|a bridge|a gun|blades?)\b",
            r"\b(?:shes|hes|theyre|she is|he is|they are|she was|he was) (?:at|on) the (?:bridge"
            r"|cliff|roof|tracks|edge|ledge)\b(?! (?:club|game|table|night|party|pub|cafe|restau"
            r"rant|bar|inn)\b)",
            r"\b(?:apologi[sz]ing|apologi[sz]ed) to everyone\b|\bsaying (?:he|she|they) loves? ("
            r"?:us|everyone|all of us)\b",
            r"\b(?:thanks|thank you) for trying\b[^!?]{0,40}\b(?:wont|will not) be back\b",
            r"\b(?:hes|shes|theyre|he is|she is|they are|hes gonna|shes gonna) (?:taking|going t"
            r"o take|gonna take|about to take|take) (?:all )?(?:of )?(?:his|her|their) {PILLS}\b",
            r"\bbetter off without (?:her|him|them)\b[^|]{0,120}\b(?:not replying|not answering|"
            r"not picking up|phone (?:is |s )?(?:switched )?off|wont answer|long drive)\b",
            r"\b(?:gave|handed) me (?:her|his|their) (?:\w+ ){0,3}(?:records|key|keys|passwords|"
            r"documents|papers)\b[^|]{0,80}\bjust in case\b",
        ),
        person=Person.OTHER,
        unless=(
            r"\b(?:moving|move|charity|donat\w*|navy|(?<!from the )army(?! (?:buddy|buddies|mate"
            r"|mates|friend|friends|pal|pals))|air force|marines|joining|abroad|college|universi"
            r"ty|declutter\w*|minimalis\w*|social media|account|detox)\b",
            r"\b(?:toys|outgrown|too big for|declutter\w*|growing up|grew out of|downsiz\w*|"
            r"smaller place|care home|retirement home|assisted living)\b",
            r"\bin case of an accident\b|\b(?:like|love) having things organi[sz]ed\b",
        ),
    ),
    Signal(
        "abuse.abuser_returning",
        C.ABUSE,
        T.HIGH,
        K.ABUSE,
        "Someone who abused them is coming back, visiting or moving in: past abuse becomes "
        "current danger.",
        (
            r"\b(?:(?:my )?(?:mums|moms) (?:boyfriend|partner|husband)|my (?:step ?dad|stepfathe"
            r"r|uncle|ex|abuser)) (?:\w+ ){0,2}(?:is back|s back|moved back in|let back in|back "
            r"in the house)\b(?=[^|]*\b(?:used to|did stuff|abused|hurt|hit|touched|come into my"
            r" room|molested)\b)",
            r"\b(?:molested|abused|raped|assaulted|hurt|hit|beat|touched) me\b[^|]{0,80}\b(?:"
            r"(?:he|she|they)(?:s| is| are| will be) (?:coming|visiting|moving in|staying|back)|"
            r"coming (?:to visit|to stay|over|back|home)|moving back in)\b",
        ),
        person=Person.ANY,
    ),
    Signal(
        "suicide.asked_if_normal",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Asking whether it is normal to plan or picture one's own suicide ('is it normal to plan "
        "your own suicide in the shower every morning? because I do'): a disclosure phrased as a "
        "question, the generic 'your' meaning 'my'; so is asking how people find the courage to go "
        "through with it, then 'I want to'.",
        (
            # "is it normal to hope you get a terminal diagnosis?" asked about oneself
            r"\bis it (?:normal|okay|ok|weird|bad|wrong|common) to (?:hope|wish|pray)(?: that)? "
            r"(?:you|i)? ?(?:get (?:a )?(?:terminal|fatal|cancer)|(?:just )?die|dont wake up|nev"
            r"er wake up|(?:get )?hit by (?:a |the )?(?:bus|car|truck|train))\b",
            r"\bis it (?:normal|okay|ok|weird|bad|common) to (?:plan|think about|fantasi[sz]e about"
            r"|imagine|picture|daydream about|rehearse) (?:your|my|ones|one s) own (?:suicide|"
            r"death|"
            r"dying)\b",
            # "how do people find the courage to actually go through with it. i want to"
            r"\b(?:courage|nerve|guts) to (?:actually )?(?:go through with it|do it)\b(?=[^|]{0,"
            r"40}\bi want to\b)",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "suicide.reunion_intent",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Saying one is going to join someone who died ('I'm going to join my brother. He did it "
        "3 years ago'): a wish to die said as a decision. First person by its own words; the "
        "person named is the one who died, not someone at risk.",
        (
            r"\b(?:spend|be|go) (?:it |the day |our \w+ )?with (?:her|him|them),? wherever (?:sh"
            r"e|he|they) (?:is|are|went|may be|might be)\b",
            r"\b(?:id|i would) (?:much )?rather be with (?:him|her|them|my \w+|[a-z]+) than (?:b"
            r"e )?(?:here|alive|living|stay(?:ing)? here|go(?:ing)? on) without (?:him|her|them)"
            r"\b",
            r"\b(?:ready to|want to|going to|about to|time to|time i) (?:lay|lie) (?:down )?(?:b"
            r"eside|next to|with) (?:him|her|them|my \w+)\b(?=[^|]*\b(?:ground|grave|buried|ceme"
            r"tery|churchyard|not (?:as )?a figure of speech)\b)|\b(?:ground|grave|buried|cemete"
            r"ry|churchyard)\b[^|]{0,120}\b(?:ready to|want to|going to|about to|time to|time i)"
            r" (?:lay|lie) (?:down )?(?:beside|next to|with) (?:him|her|them|my \w+)\b",
            r"\b(?:plot|grave|space|spot) (?:next to|beside) (?:her|him|them)\b[^|]{0,80}\b(?:do"
            r"nt|do not|wont|not) (?:intend to |plan to |going to )?wait (?:long|much longer|any"
            r" longer)\b",
            r"\b(?:he|she|they) went first\b[^|]{0,80}\b(?:im|i am|i will|ill|going to) (?:\w+ )"
            r"?(?:keep|keeping) (?:my|our|the|that) promise\b",
            r"\b(?:reunited|be with (?:him|her|them)|see (?:him|her|them) again)\b[^|]{0,60}\bby"
            r" (?:my|your|ones|their) own hand\b(?=[^|]*\bi miss\b)",
            r"\bthis is the (?:year|day|night|week) i (?:join|go to|go be with) (?:him|her|them|"
            r"my \w+)\b",
            r"\b(?:died|death|passed|gone)\b[^|]{0,80}\b(?:ive|i have) worked out how\b",
            r"\b(?:ended (?:his|her|their) life|died by suicide|killed (?:himself|herself|themse"
            r"lves)|took (?:his|her|their) (?:own )?life)\b[^|]{0,120}\bi (?:want|am going|m goi"
            r"ng|need) to follow (?:him|her|them)\b",
            r"\b(?:going to|gonna|about to|ready to|will|ll) (?:go )?(?:be with|join) (?:my )?{K"
            r"IN}\b[^|]{0,60}\bi (?:already |just )?know (?:exactly )?how\b",
            # "I'm going to join my brother" / "gonna go join my dad I think" ("gonna" is read
            # as "going to"), with a death in the message after it ...
            r"(?:\b(?:im going to|i am going to|i will|ill|im about to|im ready to)|(?:^|[.!?] *)"
            r"(?:going to|about to)) (?:go )?(?:join|be with) (?:{KIN}|him|her|them)\b"
            r"(?= *(?:$|[.!?,]|soon|now|again|tonight|i think))"
            r"(?=[^|]*\b(?:{DIED}|death|funeral|grave|heaven|suicide|left behind|went the same "
            r"way)\b)",
            # ... or before it ("he died in 2019. i'm gonna go be with him")
            r"\b{DIED}\b[^|]{0,160}\b(?:im going to|i am going to|i will|ill|im about to|im ready "
            r"to) (?:go )?(?:join|be with) (?:him|her|them)\b(?= *(?:$|[.!?,]|soon|now|again|"
            r"tonight|i think))",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "suicide.reunion_wish",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Wanting to join someone who died (reunion fantasy) is a recognised passive-ideation form, "
        "so it refers like any passive wish (HIGH since screen 2026-11-26.13; before, it reached "
        "the card only by being misread as a concern for the person who died).",
        (
            r"\b(?:want|wanting|wish) to follow my (?:wife|husband|partner|mum|mom|dad|son|daugh"
            r"ter) (?:wherever (?:she|he|they) went|into the grave|to the other side)\b",
            r"\bi want to be with [a-z]+ again\b(?=[^|]*\b(?:married|died|passed|gone|widow\w*|j"
            r"ust waiting|since \w+ (?:went|died|passed))\b)",
            r"\b(?:wants?|wish(?:es)?|needs?) to go (?:and )?be with (?:him|her|them|my \w+)\b",
            r"\b(?:wants?|wish(?:es)?|needs?|longs?) to (?:be with|join|see) (?:him|her|them|my "
            r"\w+) (?:again|in heaven|up there|on the other side)\b|\b(?:want|wants|need|needs) "
            r"to be with (?:him|her|them)(?= *(?:$|[.!?]))",
            r"\b(?:wants?|wish(?:es)?|needs?) to join (?:him|her|them|my \w+)\b",
            r"\b(?:going to|gonna|want to|wanna|ready to|will|ill|cant wait to) (?:go and )?(?:j"
            r"oin|be with|see) (?:my (?:late )?(?:wife|husband|son|daughter|mum|mom|dad|mother|fat"
            r"her|partner|brother|sister|baby|boy|girl)|him|her|them|\w+) (?:again|soon|in heaven|"
            r"on the other side|up there)\b",
            r"\b(?:be with|join) (?:him|her|them|my \w+) soon\b",
            # twenty-seventh pass (corpus zz): "mi husband dead 5 month now. i want to go wid him",
            # "I just want us together again" beside the ashes
            r"\b(?:want|wanna|wish i could|ready|need|long|just want) to (?:go|be) (?:with|wid) (?"
            r":him|her|them)\b(?= *(?:$|[.!?,]|again|soon|now|forever|in heaven|wherever|so bad))",
            r"\b(?:want|wanna|just want|wish) us (?:to be )?together again\b",
        ),
        requires=(
            r"\b(?:died|passed|death|dead|funeral|grave|buried|ashes|heaven|widow\w*|late (?:wife|"
            r"husband)|wherever (?:she|he|they) went|lost (?:him|her|my)|miss (?:him|her|them))\b",
        ),
        # "I want to be with him again, we broke up last month and I miss him": a breakup
        unless=(
            r"\b(?:broke up|break up|breakup|split up|dumped|long distance|back together|"
            r"cheated)\b",
        ),
    ),
    # ---------------------------------------------------------------- suicide: plan / behaviour
    Signal(
        "suicide.plan_or_preparation",
        C.SUICIDE,
        T.IMMINENT,
        K.PLAN,
        "Preparation, a set time, or a farewell (C-SSRS 5-6): the step before acting.",
        (
            r"\b(?:walking|standing|sitting|lying) (?:along|on|by|beside) the (?:train line|trac"
            r"ks|railway|rail line|line)\b(?=[^|]*\bnext (?:one|train)(?:s| s| is)? (?:due|in|co"
            r"mes|coming)\b)(?![^|]*\b(?:catch (?:it|the)|catching|get on|board(?:ing)?|to work|"
            r"home|walk(?:ing)? to the)\b)",
            r"\bleft a note\b[^|]{0,120}\b(?:not getting on|not catching|wont be on|not going to"
            r" get on) the (?:plane|flight|train|bus|ferry)\b",
            r"\b(?:at|on) the (?:gap|cliffs?|cliff edge|edge|bridge|lookout|quarry|pier|dam wall"
            r")\b[^|]{0,40}\b(?:right now|now)\b(?=[^|]*\b(?:wanted to (?:say sorry|apologi[sz]e"
            r"|say goodbye|tell someone)|say sorry to (?:someone|somebody))\b)",
            r"\b(?:help me )?(?:word|write|writing|draft|drafting) (?:a |my )?(?:goodbye|suicide"
            r"|farewell|last) (?:letter|note|message) (?:to|for) (?:my|the) \w+\b(?=[^|]*\b(?:wh"
            r"en im gone|after im gone|doesnt blame|dont blame|wont blame|not (?:her|his|their) "
            r"fault)\b)",
            r"\b(?:very )?(?:end|edge) of the platform\b(?![^|]*\b(?:then home|home by|get home|"
            r"to work|commute|late for|running late|train home|catch (?:it|the)|catching|for the"
            r" (?:front|back) carriage)\b)(?=[^|]*\bnext (?:one|train|express|fast one)\b)|\bnex"
            r"t (?:one|train|express|fast one) (?:comes|is due|passes|goes through|is in)\b[^|]{"
            r"0,60}\b(?:end|edge) of the platform\b(?![^|]*\b(?:then home|home by|get home|to wo"
            r"rk|commute|late for|running late|train home|catch (?:it|the)|catching)\b)",
            r"\b{PILLS}\b[^|]{0,80}\b(?:planning|going|plan|gonna|about) to (?:take|swallow) (?:"
            r"them|it|all of (?:them|it)|the lot|the whole lot)\b[^|]{0,30}\b(?:after|on|this|to"
            r"night|tomorrow|once|when|at|before)\b",
            r"\b(?:i|ive|i have) (?:know|decided|worked out|picked|chosen|chose) (?:exactly |alr"
            r"eady )?(?:how and when|when and how|where and when|when and where|how and where)\b"
            r"(?= *(?:$|[.!?,]))",
            r"\bso (?:that )?(?:whoever|the (?:person|one) who|the police|they) (?:finds me|find"
            r" me|will find me|comes? (?:for me |in )?(?:doesnt|does not|dont|wont) (?:have|need"
            r") to break)\b",
            r"\b(?:ends?|expires?|runs out) (?:\w+ ){0,3}and so (?:do|will) i\b(?= *(?:$|[.!?,])"
            r")",
            r"\bafter (?:the \d+\w*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|"
            r"this weekend)\b[^.!?]{0,10}\b(?:nobody|no one) (?:needs to|has to|will (?:have to|"
            r"need to)?|ever has to) worry about me\b",
            r"\b(?:wont|will not|dont|do not) need (?:a |the )?return(?: ticket| trip| fare)?\b("
            r"?=[^|]*\b(?:cliffs?|bridge|sea|ocean|tracks|edge|river|lake)\b)|\b(?:cliffs?|bridg"
            r"e|sea|ocean|tracks|edge|river|lake)\b[^|]{0,120}\b(?:wont|will not|dont|do not) ne"
            r"ed (?:a |the )?return(?: ticket| trip| fare)?\b",
            r"\b(?:lake|river|sea|reservoir|quarry|harbou?r|dock|pier|canal)\b[^|]{0,120}\bi (?:"
            r"just )?(?:want|am going|m going|im going|going|about|ready) to (?:drive|steer|roll"
            r") (?:the car |my car |it )?(?:in|into (?:it|the water))\b(?= *(?:$|[.!?,]))",
            r"\b(?:walk|walking|go|going) (?:out )?(?:into|in to|onto|out on) (?:the )?(?:snow|s"
            r"ea|ocean|lake|river|water|cold|ice|thin ice|woods)\b[^.!?]{0,30}\b(?:(?:and )?(?:l"
            r"ie|lay) down|not come back|never come back|keep (?:walking|going)|and stay)\b",
            r"\b(?:thin ice|frozen thin|ice is thin|ice s thin)\b[^|]{0,80}\b(?:walk|walking|go|"
            r"going|step|stepping) (?:out )?(?:on|onto) it\b",
            r"\b(?:tied|tying|made|practi[sc]ed (?:tying )?)\b[^.!?]{0,10}\b(?:a |the )?(?:noose"
            r"|knot)\b[^.!?]{0,30}\b(?:garage|beam|loft|attic|shed|banister|barn|rafters?|stairw"
            r"ell)\b(?=[^|]*\bpracti[sc]ed\b)",
            r"\b(?:beam|rafter|banister|branch|hook|pipe|joist)s?\b[^.!?]{0,30}\b(?:is|are|will "
            r"be|should be|looks|seems) (?:strong|sturdy|high) enough\b(?= *(?:$|[.!?,]))(?=[^|]"
            r"*\b(?:i (?:checked|tested)|ring off|note|letter|goodbye|for my (?:wife|husband|kid"
            r"s|children))\b)",
            # charcoal beside the room sealed or the tape got, in either order (written four times
            # over three passes, one pattern since the twenty-seventh pass's review): "taped the
            # vents beside charcoal", "charcoal and duct tape", "got the charcoal and the tape.
            # just need to pick a weekend" (not a barbecue's leftovers sealed in tupperware)
            r"\bcharcoal\b[^|]{0,120}\b(?:sealed|taped|blocked) (?:up |over )?(?:the |all the |my "
            r")?(?:\w+ ){0,2}(?:windows?|doors?|vents?|gaps?|room)\b|\b(?:sealed|taped|blocked) (?:"
            r"up |over )?(?:the |all the |my )?(?:\w+ ){0,2}(?:windows?|doors?|vents?|gaps?)\b[^|]{"
            r"0,120}\bcharcoal\b|\bcharcoal and (?:duct )?tape\b|\b(?:tape|hose) and charcoal\b|\b("
            r"?:charcoal|disposable (?:bbq|barbecue)|a (?:bbq|barbecue))\b[^|]{0,40}\b(?:tape|duct "
            r"tape|gaffer|seal\w*)\b(?![^|]*\b(?:tupperware|leftovers|food|fridge|freezer|for the "
            r"(?:bbq|barbecue|grill)|camping|picnic|party|garden|grill\w* (?:some|the|burgers|"
            r"sausages))\b)",
            r"\b(?:kerosene|petrol|gasoline|paraffin|lighter fluid|diesel)\b[^.!?]{0,40}\b(?:mat"
            r"ches|lighter|match box|matchbox)\b(?=[^|]*\b(?:nobody cares|no one cares|burden|be"
            r"tter off|sorry|goodbye|no one will miss|nobody will miss|cant (?:do|take) this)\b)",
            r"\b{GUN}\b (?:is )?(?:in|on) my (?:handbag|bag|pocket|lap|bedside|hand|nightstand|c"
            r"oat)\b[^|]{0,40}\b(?:keep|kept|cant stop) (?:touching|holding|picking up|stroking)"
            r" it\b",
            r"(?:^|[.!?] *)(?![^.!?]*\b(?:nans?|mums?|moms?|dads?|grans?|grandmas?|grandads?|her"
            r"|his|their|patients?|clients?|residents?)\b)[^.!?]*\b{PILLS}\b[^|]{0,160}\b(?:they"
            r"re|they are|theyve been|ive got them|got them|all|all of them|them)\b[^.!?]{0,10}"
            r"\b(?:(?:all )?lined up|laid out|counted out|set out) (?:on|in|next to|beside) (?:th"
            r"e|my) (?:\w+ )?(?:table|counter|desk|bed|bedside|sink|floor|nightstand|dresser)\b("
            r"?![^.!?]*\b(?:pill ?box|organi[sz]er|dosette|weekly|for the week|blister pack)\b)",
            r"\b(?:dont|do not|no point|no use|not going to let you) (?:you )?(?:try(?:ing)? (?:"
            r"to )?)?talk(?:ing)? me out of (?:it|this)\b(?=[^|]*\b(?:cliffs?|bridge|tracks|edge"
            r"|roof|ledge|{PILLS}|rope|noose|end it|die)\b)|\b(?:cliffs?|bridge|tracks|edge|roof"
            r"|ledge|rope|noose)\b[^|]{0,120}\b(?:dont|do not|no point|no use) (?:you )?(?:try(?"
            r":ing)? (?:to )?)?talk(?:ing)? me out of (?:it|this)\b",
            r"\b(?:cliffs?|bridge|tracks|edge|roof|ledge|railway|station|platform|rope|noose|{PI"
            r"LLS})\b[^|]{0,120}\b(?:going|leaving|heading (?:there|out)|doing it) (?:right )?(?"
            r":after (?:this|i send this) (?:msg|message|text|post)|once i send this)\b",
            r"\b(?:clothes|shoes|jacket) (?:folded|left|piled) (?:up )?on the (?:sand|beach|shor"
            r"e|bank|rocks|pier|jetty)\b(?=[^|]*\b(?:going in|walk(?:ing)? in|swim(?:ming)? out|"
            r"water s cold|waters cold|the water)\b)(?![^|]*\b(?:for a (?:swim|dip|paddle)|with "
            r"the (?:kids|dog|family)|swimming with|surf\w*|wetsuit)\b)",
            r"\bbought (?:a |some |the )?(?:rope|noose)\b[^.!?]{0,30}\b(?:today|tonight|this mor"
            r"ning)\b(?=[^|]*\b(?:just )?want(?:ed)? (?:to tell|someone to know|somebody to know"
            r")\b)",
            # twenty-seventh pass (FRESH28): the rope kept ready, waiting for an empty house ("I've
            # got the rope in the shed. Just need the house empty on Saturday"); not a swing, a
            # tow, a tent or a washing line
            r"\b(?:the|a|my) (?:rope|noose)\b(?![^|]*\b(?:swing|climb\w*|tow\w*|tents?|boat|ski"
            r"pping|jump rope|washing line|clothesline|hammock|lead|leash|knots?|camp\w*|surprise)"
            r"\b)[^|]{0,80}\b(?:need|want|waiting for|wait (?:till|until|for)|until|till|once|whe"
            r"n|soon as) (?:the house (?:is |to be )?(?:empty|quiet)|(?:i have |ive got |i get )?"
            r"the (?:house|place|flat|farm) to myself|everyone(?: is|s)? (?:out|gone|asleep|in b"
            r"ed)|(?:they|she|he|the kids|the wife|my (?:wife|husband|partner|parents|mum|mom)|t"
            r"he family)(?: are| is| re| s)? (?:gone|out|away|asleep|in bed))\b",
            # a will made, and "it's for next week"
            r"\b(?:made|wrote|did|finished|signed) (?:a |my )will\b[^|]{0,80}\b(?:its|it is|its "
            r"all) for (?:next week|this weekend|tonight|tomorrow|friday|saturday|sunday|monday|"
            r"soon)\b",
            # knowing how to do it, and thinking about it every night ("I'm ex-army, I know how to
            # do it quick")
            r"\bi know (?:exactly )?how (?:to do it|id do it|i would do it|i will do it)\b(?: (?"
            r":quick|quickly|properly|right|painlessly|clean))?(?=[^|]*\b(?:(?:been |keep |cant "
            r"stop )?thinking about it|every night|tonight|soon|since i got back)\b)",
            # someone else says they are at the bridge or the cliff now, crying or saying goodbye:
            # at the place, whatever calm follows
            r"\b(?:saying|says|said|texted|told me|messaged) (?:that )?(?:shes|hes|theyre|she is"
            r"|he is|they are) (?:at|on) the (?:bridge|cliffs?|cliff edge|tracks|railway|roof|le"
            r"dge|edge|viaduct)\b(?=[^|]*\b(?:crying|goodbye|sorry|scared|not answering|calm|hun"
            r"g up|wont answer)\b)",
            # someone relapsed says they will "finish the job this time"
            r"\b(?:going to|gonna|will|ll) finish the job (?:properly )?(?:this time|tonight|tod"
            r"ay)\b(?=[^|]*\b(?:suicid\w*|relaps\w*|attempt\w*|overdos\w*|pills|tried)\b)|\b(?:s"
            r"uicid\w*|relaps\w*|attempt\w*|overdos\w*|tried)\b[^|]{0,80}\b(?:going to|gonna|wil"
            r"l|ll) finish the job (?:properly )?(?:this time|tonight|today)\b",
            # waiting for the house to empty / everyone asleep after saying one is ready
            r"\b(?:im|i am|been) (?:so |really |finally )?ready\b[^|]{0,60}\bwaiting (?:for|unti"
            r"l|till) (?:everyone|my (?:parents|family|wife|husband|roommates?|flatmates?)|the h"
            r"ouse|them) (?:to be |to fall |to go |is |are |goes? )?(?:asleep|gone|out|empty|to "
            r"bed|to sleep)\b",
            # note or letters written beside a set time ("note written, it's happening sunday";
            # "wrote letters ... it'll be this weekend"; "explained the rest in a letter. Going up
            # to the cliff")
            r"\b(?:notes?|letters?)\b[^|]{0,80}\b(?:(?:its|it is) happening|(?:itll|it will|it l"
            r"l|its going to) (?:be|happen)) (?:tonight|tomorrow|this weekend|on \w+day|monday|t"
            r"uesday|wednesday|thursday|friday|saturday|sunday|while|when|after)\b",
            r"\b(?:letter|note)\b[^|]{0,60}\bgoing (?:up |out |down )?to the (?:cliffs?|bridge|q"
            r"uarry|tracks|roof|viaduct|reservoir)(?: road| path| top)? (?:tomorrow|tonight|toda"
            r"y|this weekend|now|after)\b",
            # a letter or note "the police / they will find"
            r"\b(?:letter|note|envelope)\b[^|]{0,60}\b(?:the )?(?:police|paramedics|coroner|cops"
            r"|whoever finds me) (?:will|ll|are going to|should) find (?:it|them)\b",
            # a farewell recorded or scheduled to go out after
            r"\b(?:farewell|goodbye|final|last) (?:video|message|post|letter|recording)s? (?:is "
            r"|are )?(?:recorded|filmed|written|done|ready|finished|scheduled)\b(?![^|]*\b(?:job"
            r"|work|team|colleagues|coworkers|retire\w*|moving|move|party|class|graduat\w*|offic"
            r"e|last day|subscribers|channel)\b)",
            r"\b(?:scheduled|timed|queued) (?:an? |the |some |my )?(?:emails?|messages?|texts?|p"
            r"osts?|letters?)\b[^|]{0,60}\b(?:explains? everything|explain\w* (?:why|it all)|(?:"
            r"she|he|they)(?:ll| will) know what to do|after (?:its|it is|it s|im) (?:done|over|"
            r"gone))\b",
            r"\b(?:writing|typing|recording) (?:my )?(?:last|final) (?:msg|message|text|letter|n"
            r"ote|words|video) (?:to|for) (?:my \w+|everyone|him|her|them|you)\b(?![^|]*\b(?:ex|"
            r"block\w*|before|of the (?:day|night|year)|for (?:today|tonight|the day|now)|holida"
            r"y|trip|deploy\w*|break ?up)\b)",
            # found by: cleaning up for "when they find me", making sure the kids are not the ones
            r"^(?![^|]*\b(?:hide and seek|hiding|seek|lost|game|hide)\b)[^|]*?\b(?:for when|when"
            r"|once|before) (?:they|someone|somebody|people|the police|my \w+) (?:finds?|comes? "
            r"to find) me\b(?= *(?:$|[.!?,]))",
            r"\b(?:note|instructions|vet info|details)\b[^|]{0,40}\bfor whoever finds (?:it|me|t"
            r"hem|this|her|him)\b|\b(?:instructions|feeding|vet info)\b[^|]{0,60}\b(?:someone|so"
            r"mebody|whoever) will need (?:them|it)\b",
            # a last meal had or picked
            r"\b(?:had|having|picked|chose|chosen|planned|eating|ate) my last (?:proper |real )?"
            r"meal\b(?! (?:before|of the|at|for|in)\b)(?![^|]*\b(?:diet|surgery|operation|fast\w"
            r"*|colonoscopy|procedure|detox|ramadan|lent|cleanse|holiday|vacation|trip|deploymen"
            r"t|flight|move|moving|if)\b)",
            # hugged or kissed the family for the last time
            r"\b(?:hugged|kissed|cuddled|tucked in|held) (?:my |the )?(?:\w+ ){0,2}for the (?:ve"
            r"ry )?last time\b(?![^|]*\b(?:before (?:she|he|they|it) (?:died|passed|went|left|mo"
            r"ved)|passed|died|funeral|hospice|hospital|vet|put (?:down|to sleep)|moving|leaving"
            r" for|graduat\w*|last day|deploy\w*)\b)",
            # a returning of borrowed things, debts settled, and "I'm ready / done / tidy exit"
            r"\breturned (?:all )?(?:the |my )?(?:\w+ ){0,2}(?:books?|stuff|things|tools)\b[^|]{"
            r"0,120}\b(?:apologi[sz]ed|settled|paid|cleaned|left a note|deleted)\b[^|]{0,80}\b(?"
            r":im (?:finally )?(?:ready|done)(?! for| with)|i think im (?:finally )?done|last th"
            r"ings? done|leave clean|tidy exit|everythings? (?:ready|done|sorted))\b",
            # a place chosen and the things already packed
            r"^(?![^|]*\b(?:picnic|camp\w*|fish\w*|beach|festival|party|parking|park|tent|bbq|ba"
            r"rbecue|hunt\w*|photos?|wedding|concert)\b)[^|]*?\b(?:chosen|picked|chose|found|sco"
            r"uted) (?:out )?(?:a|the|my) (?:quiet |secluded |remote )?(?:spot|place|tree|locati"
            r"on)\b[^|]{0,80}\b(?:the stuff|everything|it all|the rope|the gun|the pills)\b[^|]{"
            r"0,20}\b(?:is|are) (?:already )?(?:in (?:my|the) (?:truck|car|boot|trunk|bag)|packe"
            r"d)\b",
            r"\b(?:drove|went|walked|been) (?:out |up |down )?to (?:the|a) (?:cliffs?|bridge|qua"
            r"rry|car park|roof|building|tower|viaduct)\b[^|]{0,60}\b(?:its|it is|thats) (?:high"
            r"|tall|deep) enough\W*(?:$|[.!?])",
            # the life jacket left behind
            r"\bleav(?:e|ing) (?:the |my )?(?:life ?jacket|life vest|buoyancy aid)\b (?:on the ("
            r"?:dock|shore|beach|jetty|pier)|behind|at home)\b",
            # a last day set by the will signed or peace made ("my will is signed. Sunday's the
            # day")
            r"\b(?:my will|made my peace|my affairs|the note|my letters?)\b[^|]{0,80}\b(?:monday"
            r"|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)(?:s| is) the "
            r"(?:day|night)\b",
            # "calm / happy because I've decided"
            r"\b(?:happy|calm|relieved|at peace|lighter|peaceful|better)\b[^.!?]{0,20}\b(?:becau"
            r"se|since|now that|cause) (?:ive|i have|i) (?:finally )?(?:decided|made up my mind|"
            r"made my decision)\b(?= *(?:$|[.!?,]))",
            r"\bfinal arrangements (?:are |is )?(?:all )?(?:done|made|sorted|in place|complete)"
            r"\b",
            # writing one's own eulogy
            r"\b(?:wrote|written|writing|drafted) my own (?:eulogy|obituary|obit)\b(?![^|]*\b(?:"
            r"class|assignment|exercise|therapy|workshop|course|homework|prompt|activity|coach|r"
            r"eport|incident|email|slack|standup|prod|deadline|boss|meeting|joke)\b)",
            r"\b(?:might|may) as well get (?:some )?use out of me\b|\b(?:organ donor|donor card)"
            r"\b[^|]{0,80}\b(?:the |a )?(?:letter|note) (?:for|to) (?:my )?\w+\b",
            r"\b(?:didnt|did not) want anyone (?:finding|seeing|to find|to see) (?:the|my) searc"
            r"hes\b",
            r"\b(?:left|leaving|ill leave) the (?:\w+ )?door unlocked for (?:whoever|the police|"
            r"the paramedics|them) (?:comes|finds|to find)\b",
            r"\bpaid for my (?:own )?funeral\b[^|]{0,80}\b(?:no idea|doesnt know|didnt know)\b",
            r"\bno more waiting\W+(?:the )?date is set\b|^\W*tonight\W+its time\W*$",
            r"\b(?:ive|i have|already) (?:decided|figured out|worked out) how and when\b",
            r"\bsuicide note\b[^|]{0,40}\b(?:witnessed|count as a will|legally)\b",
            r"\btold (?:him|her|them) (?:its|it s|it is) for the range\b",
            r"\b(?:stop|stopping|skip|skipping) (?:my )?dialysis\b[^|]{0,80}\b(?:just )?not (?:t"
            r"urning up|going|showing up)\b",
            r"\blife insurance\b[^|]{0,80}\b(?:timing (?:finally )?works out|suicide clause|look"
            r"s like an accident)\b",
            r"\b(?:got|took|get|taken) (?:my|the|dads|my dads|my \w+ s|my \w+s) (?:old )?(?:duty"
            r" weapon|service weapon|gun|pistol|rifle|hunting rifle|shotgun|revolver) out of the"
            r" (?:safe|cabinet|locker)\b(?![^|]*\b(?:clean\w*|hunting season|range|deer|clays|se"
            r"rvice|oil\w*|sell\w*|show)\b)",
            r"\bschedule (?:an )?(?:email|message|text)\b[^|]{0,40}\b(?:letter|goodbye) (?:for|t"
            r"o) my (?:family|kids|wife|husband|parents|mum|mom)\b",
            r"\bso (?:theres|there is|there will be|there s) no arguing after\b",
            r"\b(?:knife|blade|razor|pills|rope)\b[^|]{0,60}\btonight i (?:took|brought|put) it "
            r"(?:to|in|into) my (?:room|bed|bedroom)\b",
            r"\b(?:stash|stockpil\w*)\b[^|]{0,80}\bstarted a new one\b",
            r"\b(?:high tide|low tide|tide tables?|next train|last train|last ferry)\b[^|]{0,60}"
            r"\bso (?:thats|that is) when\b(?!\s*\w)",
            r"\bturned (?:my |off my )?location (?:off )?so (?:no one|nobody|noone) (?:comes|fin"
            r"ds me|can find me)\b",
            r"\bcalm\b[^|]{0,40}\bsince i decided\b",
            r"\bgo to the (?:bridge|edge|cliff|tracks|roof)\b[^|]{0,20}\bon purpose\b(?:[^|]{0,3"
            r"0}\bstay longer each time\b)?",
            r"\bwant to (?:leave|go) quietly\W*(?:$|[.!?])",
            r"\bhotel\b[^|]{0,80}\b(?:its|it is) not (?:a holiday|a trip|for fun)\b",
            r"\b(?:good|nice|beautiful|best) last thing to see\b",
            r"\bordered (?:something|it|the stuff)\b[^|]{0,30}\b(?:that will|thatll|to) do it\b",
            r"\bnot sure anyone will this time\b|\bfound me in time\b[^|]{0,40}\bthis time\b",
            r"\b(?:tonights|tonight is|todays|tomorrows) when it happens\b",
            r"\brehears\w* it in my head\b",
            r"\b(?:paid for|sorted|arranged) my (?:own )?funeral\b(?=[^|]*\b(?:tablets|pills|onl"
            r"y \d\d|rope|neighbou?r)\b)",
            r"\b(?:the |my )?(?:knife|blade|razor|pills|rope|gun)(?:s| is| are)? already on my ("
            r"?:bed|lap)\b",
            r"\b(?:wont|will not|dont) need (?:\w+ ){0,3}after i take the (?:pills|tablets)\b",
            r"\bwhoever finds me\b(?! (?:a|an|some|the|one|it|them)\b| first\b)(?![^|]*\b(?:hide"
            r" and seek|hide n seek|game|prize|wins?)\b)",
            r"\bgot the (?:bridge|spot|place|building|tree|cliff) picked(?: out)?\b",
            r"\bgoodbye (?:text|message|note|letter) that (?:doesnt|does not|wont) (?:sound|look"
            r"|read) like (?:a )?goodbye\b",
            r"\b(?:after|once|when) i take the (?:pills|tablets) (?:on )?(?:tonight|tomorrow|mon"
            r"day|tuesday|wednesday|thursday|friday|saturday|sunday|this weekend)\b",
            r"\b(?:{PILLS}|vodka|rope|knife|gun)\b[^|]{0,60}\bnobody(?:s| is)? (?:home|here|arou"
            r"nd|back|coming) (?:till|until)\b",
            r"\bcharcoal\b[^|]{0,60}\b(?:dont|do not) (?:even )?(?:own|have) a (?:bbq|barbecue|g"
            r"rill)\b",
            r"\b(?:knife|blade|razor|pills|rope|gun)\b[^|]{0,60}\b(?:have|got) (?:it|them) with "
            r"me\b",
            r"\b(?:picked|found|know|chose) (?:a|the) (?:spot|place)\b(?![^|]*\b(?:picnic|camp\w"
            r"*|fish\w*|stars?|swim\w*|date|party|smoke|hike|dog|photos?|sunbath\w*)\b)[^|]{0,40"
            r"}\b(?:where )?(?:nobody|no one) (?:walks|goes|will find|would find|comes)\b",
            r"\b(?:researching|researched|planning|planned)\b[^|]{0,40}\bi know exactly what im "
            r"going to do\W*(?:$|[.!?])",
            r"\bwont have to break (?:it|the door)(?: down| in)?\b",
            r"\b(?:gun|pistol|rifle|shotgun)\b[^|]{0,60}\b(?:its|it is) not for (?:protection|se"
            r"lf defen[cs]e|hunting|the range|sport)\b",
            r"\bfuneral\b[^|]{0,80}\b(?:can )?go whenever i (?:decide|want|choose)\b",
            r"\b(?:wont|will not) be coming (?:in|back)\b[^|]{0,20}\bor ever\b",
            r"\bscheduled (?:my |an |the )?(?:emails?|messages?|posts?|texts?)\b[^|]{0,60}\bby t"
            r"hen\b",
            r"\b(?:using|use) tonight and (?:i )?(?:dont care|idc|do not care) how much\b",
            r"\bi know (?:exactly )?(?:which|the exact) (?:cliff|bridge|building|spot|tree|beam|"
            r"platform|stretch of (?:track|road|railway|highway|motorway))\b(?=\W*(?:$|[.!?]))",
            r"\b(?:stopped|quit|not) taking (?:my |the )?(?:{PILLS})\b[^|]{0,40}\b(?:saving|stoc"
            r"kpiling|hoarding|stashing|collecting) them\b",
            r"\b(?:guardando|guardado|juntando|juntado|acumulando|acumulado) (?:las |mis )?(?:pa"
            r"stillas|pildoras|medicamentos|remedios?)\b",
            r"\b(?:pills|knife|blade|razor|rope|gun)\b[^|]{0,60}\bjust (?:want|wanted|need|neede"
            r"d) (?:someone|somebody|one person) to know\b",
            r"\b(?:catch myself|keep|been|started|ive been|i was|im) timing the trains\b(?![^|]*"
            r"\b(?:commute|app|timetable|late|delays?|spotting|photo\w*|hobby|bet|model)\b)",
            r"\b(?:well|fine|ok|okay|smiling|normal|happy|good)\b[^.!?]{0,40}\bso (?:nobody|no o"
            r"ne) (?:will|would) suspect (?:anything|a thing)\b",
            r"\b(?:ive|i have|i) got the (?:pills|tablets|meds|blade|razor|rope|knife) out\b(?!["
            r"^|]*\b(?:organi[sz]er|dosette|nan|grandma|grandad|shav\w*)\b)",
            r"\bsitting (?:here )?with\b[^.!?]{0,40}\b(?:pills|tablets|razor|blade|knife|rope|gu"
            r"n)\b[^.!?]{0,20}\bfor (?:\w+ )?(?:hours?|an hour)\b",
            r"\b(?:im not going to|i wont|i will not|not going to) be (?:found|stopped|interrupt"
            r"ed|saved) this time\b",
            r"\b(?:planning|planned|plan) (?:it|my death|this|everything) (?:so|so that) (?:it )"
            r"?looks? like an accident\b",
            r"\bgoing to the same (?:place|bridge|spot|cliff|river|building|car park) (?:she|he|"
            r"they) (?:did|went|died|used)\b",
            r"\b(?:hospital|attempt|ward|psych|overdose|survived|admission)\b[^|]{0,100}\b(?:wan"
            r"t|going|need|have) to finish (?:what i started|the job|it properly)\b",
            r"\bi know exactly where im going to do it\b(?![^|]*\b(?:propos\w*|ask (?:her|him)|w"
            r"edding|surprise|party|gig|show|concert)\b)|\bmade my plan\b[^|]{0,40}\bwaiting (?:"
            r"until|till|for)\b",
            # screen .27.7: a place visited "to see" and a return set; the rope up; letters finished
            # and sorted; "I know exactly where"; a rehearsal ("next time all of it"); "bought
            # enough to make sure"
            r"\b(?:drove|went|walked) (?:out |back |up )?to the (?:bridge|cliffs?|quarry|tracks|"
            r"roof|car park|viaduct)\b(?![^|]*\b(?:photos?|sunrise|sunset|picnic|hike|walk the d"
            r"og|swim\w*)\b)[^|]{0,40}\b(?:going back|back (?:tomorrow|friday|on \w+day|tonight)"
            r")\b",
            # the rope up, also after other words ("I have been drinking and the rope is up"),
            # not a swing, a tent, a climbing wall or a washing line
            r"^(?![^|]*\b(?:swing|tents?|climb\w*|boat|washing|clothes|tarp|hammock|gym|wall|camp"
            r"\w*)\b)[^|]*?(?:^\W*|[.!?,] *|\band )(?:the |my )?(?:rope|noose)(?:s| is) (?:up|tied|"
            r"hung|hanging|ready|set up|in place)\b",
            r"\b(?:finished|wrote|written) (?:the |my )?letters for (?:mum|mom|dad|my \w+)\b[^|]"
            r"{0,80}\b(?:all sorted|under my bed|where (?:theyll|they will) find)\b|\b(?:my )?wi"
            r"ll\b[^|]{0,40}\band the note\b",
            r"\bnext time all of it\b|\bhalf of what i was planning\b",
            r"\bbought enough to make sure\b",
            # sitting with the gun and "the only way out" (the hunting-season exclusion of the
            # loaded-gun pattern does not apply)
            r"\b(?:sit|sitting|sat) with (?:it|the gun|the rifle|my gun|my rifle|the pistol|my p"
            r"istol)\b[^|]{0,60}\bonly way out\b",
            # a loaded gun in front of the writer now (not at the range); "that's
            # when. I already decided"
            r"\b(?:my|the|a|his|dads) (?:gun|pistol|rifle|revolver|shotgun|service weapon|servic"
            r"e pistol)\b(?![^|]*\b(?:range|hunt\w*|club|season|competition|cleaning kit)\b) (?:"
            r"is )?(?:cleaned and )?(?:loaded|on the table|in front of me|in my lap|in my hand|i"
            r"n my mouth)\b[^|]{0,40}\b(?:right now|now|sitting here|tonight)\b|\b(?:sitting|sat"
            r") here with (?:the gun|my gun|the pistol|my pistol|a loaded \w+)\b",
            r"\bthats when\b[^|]{0,20}\bi (?:already |have |ve )?decided\b|\b(?:ive|i have) (?:f"
            r"inally )?decided\W+(?:\w+ ){0,2}(?:tonight|tomorrow|this weekend|after everyone)\b",
            # a one-way crossing by water or height ("Tomorrow I'll only buy a one way")
            r"\b(?:ferry|water|bridge|cliff|back deck|railing)\b[^|]*\b(?:only )?(?:buy|get|take"
            r") (?:a |only a )?one ?way\b(?! (?:street|system|road|ticket (?:to|home) (?:\w+ )?("
            r"?:for|because)))",
            # a day or a way already chosen ("already picked which day", "I have decided when I will
            # go to God")
            r"\b(?:already )?(?:picked|chose|chosen|decided on|settled on) which (?:day|night|da"
            r"te)\b|\b(?:ive |i have |i )?decided (?:thats|that is|which is) the day i (?:stop|g"
            r"o|end it|die|do it|leave)\b|\b(?:ive |i have |i )?(?:already )?decided (?:when|how"
            r") i (?:will |am going to |m going to )?(?:go to (?:god|heaven|jesus)|do it|end it|"
            r"die|go)\b|\b(?:ive |i have )(?:already )?decided how\b(?= *(?:$|[.!?]))",
            # a plan and its time ("Made my plan. Mum works Sunday doubles. That's when.")
            r"\b(?:made|have|got|made up) (?:my|a|the) plan\b[^|]{0,80}\b(?:thats|that is) when"
            r"\b",
            # the time, told to someone ("Tonight. I just wanted someone to know.")
            r"^\W*(?:tonight|today|tomorrow|this weekend|its tonight)\W+(?:i )?(?:just )?(?:want"
            r"|wanted|needed) (?:someone|somebody|you|one person) to know\b",
            # something obtained, "before I use it"
            r"\b(?:ordered|bought|arrived|came|delivered|got)\b[^|]{0,80}\bbefore i use (?:it|th"
            r"em)\b",
            # "if i fail i already know what i'm doing and where"
            r"\bi (?:already )?know (?:exactly )?what im (?:doing|going to do|gonna do) and (?:w"
            r"here|how|when)\b",
            # scouting a place: how high the railing is, whether the window opens all the way, which
            # floors have balconies
            r"\b(?:went|go|going|walked|been|drove) (?:up )?(?:to|back to|up to) (?:the )?(?:\w+"
            r" )?(?:bridge|roof|cliffs?|top floor|car park|tracks|quarry|tower|viaduct)\b[^|]{0,"
            r"40}\bto (?:check|see|look at|measure) (?:how (?:high|low|tall|deep|far)|if|whether"
            r")\b",
            r"\bcheck(?:ed|ing)? (?:if|whether|how (?:far|wide)) (?:the )?(?:window|windows) (?:"
            r"opens?|go(?:es)?)\b(?: all the way| fully| wide)?|\bcheck(?:ed|ing)? which (?:floo"
            r"rs?|windows?|roofs?) (?:\w+ ){0,4}(?:have|has) (?:balconies|a balcony|windows that"
            r" open|roof access)\b",
            # a bare "Got the rope." (a means acquired, nothing else said)
            r"(?:^|[.!?] *)(?:i(?:ve)? )?(?:got|bought|have) the (?:rope|noose|hose|charcoal)(?="
            r" *(?:[.!?]|$))",
            # not coming back from a lone trip ("i dont plan on hiking back")
            r"\b(?:dont|do not|not) (?:plan(?:ning)? on|intend(?:ing)? (?:on|to)|going to) (?:hi"
            r"king|walking|driving|coming|swimming|climbing|heading) back\b(?! (?:to (?:that|the"
            r"|work|school|him|her|them|uni|class|this)\b))",
            # notes or letters for everyone (not a time capsule, thank-you cards or a birthday)
            r"\b(?:wrote|written|writing|left) (?:\w+ )?(?:notes|letters) (?:for|to) (?:everyone"
            r"|everybody|my family|my kids|all of them|each of them|the people i love)\b(?![^|]*"
            r"\b(?:thank you|thanks|christmas|birthdays?|wedding|party|shower|leaving do|retirem"
            r"ent|graduation|time capsule|to open (?:on|at|when|in)|sentimental|anniversar\w*|pe"
            r"n ?pals?|santa|18th|21st|first day)\b)",
            r"\b(?:this is|its) my last (?:week|day|night|weekend)\b[^|]{0,30}\bmade (?:my )?pea"
            r"ce\b",
            r"\bi have a plan and (?:im|i am) (?:going (?:to go )?through with it|doing it)\b",
            r"\b(?:got|have) everything ready\b[^|]{0,30}\bwaiting for (?:everyone|them|my \w+) "
            r"to (?:fall asleep|go to sleep|go to bed)\b",
            r"\b(?:check(?:ed)? out|found|scouted) the spot\b[^|]{0,40}\b(?:going back|tonight|i"
            r"ts right|perfect)\b",
            r"\blast bills\b[^|]{0,30}\bthen (?:its|it is) over\b|\bmy affairs are in order\b[^|"
            r"]{0,60}\b(?:this weekend|tonight|tomorrow|soon)\b",
            r"\brope\b[^|]{0,40}\bstrong enough to hold (?:an adult|a person|me|my weight)\b",
            r"\b(?:{PILLS}|morphine|oxy\w*|tramadol|codeine|insulin|fentanyl)\b[^|]{0,80}\b(?:ha"
            r"vent|have not) (?:taken|swallowed|used|touched) (?:any|them|it|one)(?: of them)?\W"
            r"*[.!?]+\W*yet\b",
            r"\b(?:out on the deck|on the (?:\w+ )?(?:deck|railing|edge|bridge|roof|ledge|"
            r"tracks|cliff))"
            r"\b[^|]{0,40}\b(?:nobody|no one|noone)(?:s| is| can| will be)? (?:watching|looking|a"
            r"round)\b",
            r"\b(?:circled|marked|picked|chose|set) (?:a|the) (?:date|day) (?:on (?:my|the) cale"
            r"ndar)?\b[^|]{0,60}\b(?:where|when) i (?:stop|end it|end things|check out|go for go"
            r"od)\b",
            r"\b(?:wont|will not|probably wont|dont think ill) (?:need|be needing|be at|make|be "
            r"going to) (?:\w+ ){0,4}(?:next (?:week|month|year)|appt|appointment|birthday|"
            r"christmas)\b(?=[^|]{0,30}\bif (?:you|u) know what i mean\b)",
            r"\b(?:{HEIGHT}|cliff path|cliffs?|the edge|tracks|river|sea|coast|quarry|dam)\b[^|]"
            r"{0,120}\b(?:wont|will not|dont|do not) need (?:a|the|my) return (?:trip|ticket|jou"
            r"rney)\b",
            r"\ball (?:of )?my (?:insulin(?: pens)?|{PILLS})\b (?:\w+ ){0,2}(?:lined up|laid out"
            r"|counted out|set out|spread out)\b|\b(?:lined up|laid out|counted out) all (?:of )"
            r"?my (?:insulin(?: pens)?|{PILLS})\b",
            r"\b(?:standing|sitting|stood|sat) on (?:the|an|a) (?:overpass|bridge|ledge|roof|roo"
            r"ftop|railway bridge|motorway bridge)\b[^|]{0,80}\b(?:cant (?:make myself|bring mys"
            r"elf to) (?:go|walk|get) (?:home|down|back)|cant (?:move|leave|step back))\b",
            r"\b(?:took|got|taken|have|had) (?:\w+ ){0,4}(?:{GUN}|service weapon)\b[^|]{0,60}\b("
            r"?:just )?(?:holding|sitting with|staring at) it\b",
            r"\b(?:going|gone|heading|locked myself) (?:in|into|to) the (?:bathroom|toilet|bath)"
            r" with (?:the|a|my) (?:razor|blade|knife|scissors|pills)\b",
            r"\b(?:step|steps|stepping|stepped|move|moving|inch|inching|lean|leaning|edge|edging"
            r"|shuffle|shuffling|get|getting) (?:a (?:bit|little|step) |one step |slightly |anot"
            r"her step )?closer (?:and closer )?to the (?:edge|tracks|ledge|rail|railing|drop|pl"
            r"atform edge)\b(?! of (?:my|the|your) (?:comfort|seat|cliff of)\b)",
            r"\b(?:wrote|written|writing|write|left|leaving|posted|posting|sent|sending|texted) "
            r"(?:my|a|an|the|some|his|her|their) {W1}(?:suicide|goodbye|farewell|final) (?:notes?|"
            r"letters?|messages?)\b",
            r"\b(?:suicide|goodbye) (?:notes?|letters?) (?:is |are )?(?:written|ready|done)\b",
            r"\b(?:wrote|written|writing|left) (?:a |some )?(?:letters?|notes?) (?:to|for) (?:my "
            r"\w+|everyone|everybody|my family) (?:\w+ ){0,3}(?:explaining why|(?:saying|to say) "
            r"(?:goodbye|sorry)|to read after|for when im gone|for after im gone)\b",
            r"\b(?:giving|gave|give) away (?:all )?(?:of )?(?:my|my \w+) (?:stuff|things|"
            r"belongings|possessions|pets?|cat|dog|clothes)\b(?![^.!?]*\b(?:charity|donat\w*|"
            r"goodwill|thrift|moving|declutter\w*|sale|salvation army|shelter)\b)",
            r"\b(?:said|saying) (?:all )?my (?:final )?goodbyes\b(?! (?:to (?:my|the) \w+ (?:when|"
            r"before)|when|before|at the))",
            r"\b(?:have|got|made|making|finali[sz]ed) (?:a|the|my) plan (?:to|for) (?:kill|end|"
            r"die|suicide|do it|how)\b",
            r"\bi (?:have|got|made) a plan\b(?=.{0,120}\b(?:die|kill|end|suicide|pills|gun|rope|"
            r"bridge)\b)",
            r"\bi know (?:exactly )?how (?:i|id|ill) (?:would|will|am going to)? ?do it\b",
            # (not someone else's medicines sorted into a pill box)
            r"\b(?<!mums )(?<!moms )(?<!dads )(?<!nans )(?<!grans )(?<!his )(?<!her )(?<!their )"
            r"{PILLS} (?:are |is )?(?:counted|lined up|laid out|sorted out|ready)\b(?![^|]*\b(?:pil"
            r"l ?box|pill organi[sz]er|dosette|blister pack|for the week|weekly)\b)",
            r"\bcount(?:ed|ing)? (?:out )?(?:the |my |all my |all the )?{PILLS}\b",
            r"\b(?:stockpil|hoard|sav|collect)(?:e|ed|ing) (?:up )?(?:my |all my |some "
            r")?(?:{PILLS})\b",
            r"\b(?:bought|got|ordered|buying) (?:a |the |some )?(?:rope|noose|{GUN}|{POISON}|(?:a "
            r")?bottle of {PILLS})\b(?=[^.!?]*\b(?:for it|to do it|to end|to die|kill|tonight|"
            r"suicide)\b)",
            r"\b(?:tied|tying|made|making|tie) (?:a |the )?noose\b",
            r"\b(?:rope|noose|belt) (?:is )?(?:ready|tied|set up|around my neck|on the (?:beam|"
            r"door|hook))\b",
            r"(?<!glue )(?<!nerf )(?<!water )(?<!staple )(?<!nail )(?<!heat )(?<!paint )"
            r"(?<!airsoft )\b(?:gun|pistol|revolver|shotgun|rifle) (?:is )?(?:loaded|cocked|in my "
            r"(?:hand|"
            r"mouth|lap))\b|\bloaded (?:the|my) (?:gun|pistol|revolver|shotgun|rifle)\b",
            r"\bhave (?:the|my) (?:pills|gun|rope|knife|blade|razor) (?:ready|with me|in my hand|"
            r"in front of me|next to me)\b",
            r"\b(?:had|have) (?:the|my|a) (?:45|9mm|gun|pistol|bottle of {PILLS}) ready\b",
            r"\b(?:set|picked|chose|chosen|choosing|picking) (?:a|the) date\b(?! to (?!die|end|do "
            r"it|go\b))(?! for (?:the|a|our|"
            r"my|"
            r"his|her) \w+)(?![^.!?]*\b(?:party|wedding|trip|move|meeting|dinner|launch|exam|"
            r"interview|birthday|holiday|vacation)\b)",
            r"\btonight(?: is|s) the night\b(?!.{0,40}\b(?:concert|party|game|date|show|premiere|"
            r"finale|launch|gig|match|prom|wedding|we|celebrat\w*|apply|interview|propose|ask|"
            r"premiere|debut|release)\b)",
            r"\b(?:this is (?:my )?(?:goodbye|the end)|goodbye (?:forever|everyone|world|cruel "
            r"world|all)|(?:my )?final goodbye)\b(?![^|]*\b(?:detox|vacation|holiday|see you|back "
            r"(?:in|on|next|soon)|logging off for a|for a (?:week|month|while))\b)",
            r"\b(?:the )?real (?:kind of )?(?:bye|goodbye)\b|\b(?:said|saying|say) (?:bye|"
            r"goodbye) (?:to everyone|to everybody|to all)\b[^.!?]{0,40}\b(?:for good|forever|"
            r"dont know|for the last time|last time)\b",
            r"\b(?:wont|will not) be (?:here|alive|around) (?:tomorrow|by (?:morning|tomorrow|th"
            r"e weekend)|next (?:week|month))\b",
            r"\b(?:my )?(?:last|final) (?:night|day) (?:alive|on earth)\b|\bthis is my (?:last|"
            r"final) (?:message|post|night|day|goodbye)\b(?! (?:before|until|till|for (?:today|"
            r"tonight|now|the day|a while|a bit|a few (?:days|weeks)|the (?:week|weekend)|ages)|of "
            r"the (?:day|night|year))|[^|]*\b(?:{LEAVING_THE_APP})\b)|\blast time (?:you|anyon"
            r"e) (?:will|ll) hear from me\b",
            r"\b(?:standing|sitting|stood|sat|am|im|i am) at the (?:very )?(?:edge|ledge|railing)"
            r"(?: of (?:the|a|my) (?:roof|rooftop|bridge|building|cliff|balcony|platform))?\b",
            r"\b(?:standing|sitting|stood|sat|am|im|i am|hes|shes|he is|she is|theyre|they are) on "
            r"(?:the|a|top of the|top of a|top of his|top of her|his|her) "
            r"{W1}(?:bridge|ledge|roof|rooftop|railing|edge of the (?:roof|bridge|building|cliff)|"
            r"tracks|train tracks|cliff|balcony railing)\b(?! (?:of the (?:bed|couch|chair|bath)))",
            r"\bon the (?:ledge|train tracks|railway tracks|edge of the (?:roof|bridge|cliff))\b",
            r"\bput(?:ting)? my affairs in order\b",
            r"\b(?:\d+|a lot|loads|dozens?|enough|a bunch|a stash) (?:of )?(?:my )?{PILLS} (?:save"
            r"d|"
            r"stashed|hidden|put aside|set aside|stockpiled|hoarded)\b",
            r"\bletters?\b[^.!?]{0,80}\bfor after\b",
            r"\b(?:wrote|written|finished|left) my (?:last |final )?note\b(?= *(?:$|[.!?,]|already|"
            r"for (?:everyone|my family|them)))",
            r"\b(?:giving|gave|give|given) (?:all )?(?:of )?my (?:stuff|things|belongings|"
            r"possessions)(?: \w+)? away\b(?![^.!?]*\b(?:charity|donat\w*|goodwill|thrift|moving|"
            r"declutter\w*|sale|shelter)\b)",
            r"\b(?:wrote|written|writing|left) (?:\w+ ){0,2}(?:letters?|notes?) (?:for|to) "
            r"(?:\w+ ){0,6}(?:for after|to read after|for when im gone|after im gone)\b",
            r"\bgiven myself a deadline\b",
            r"\bcant wait for my paycheck\b.*\bbuy what i need\b",
            r"\b(?:collecting|saving|stockpiling|hoarding|stashing) (?:up )?(?:the |my |all the "
            r"|some )?{PILLS}\b",
            r"\b(?:in case|if) i (?:chicken out|change my mind|bottle it|lose my nerve|back out)"
            r"\b",
            r"\b(?:the |my )?(?:letters|notes|goodbye letters) (?:are|is) (?:all )?(?:written|re"
            r"ady|done|finished)\b",
            r"\b(?:a|my|the) note\b[^.!?]{0,60}\b(?:explain\w* (?:properly )?(?:to \w+ (?:\w+ )?"
            r")?why i did it|for after|for afterwards)\b",
            r"\b(?:sorted|ready|written|arranged) for after(?:wards)?\b|\bfor afterwards\b",
            r"\b(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|tonight) is"
            r" the (?:date|day)\b(?![^.!?]*\b(?:wedding|party|interview|exam|game|match|launch|mov"
            r"e|trip|flight|surgery|appointment)\b)",
            r"\b(?:when|after) im gone\b(?! (?:on|for|to|from|at|this|next|over|shopping|away|ab"
            r"road|travelling|traveling))",
            r"\bgiv\w+ away\b[^.!?]{0,60}\b(?:wont need|not going to need|dont need (?:it|them|e"
            r"m) anymore|where im going)\b",
            r"\b(?:it was|its been) (?:fun|nice|good|real) while it lasted\b(?=[^|]*\b(?:everyone|"
            r"goodbye|love you all|if anyone reads|gg)\b)",
            r"\b(?:said|saying) goodbye to\b[^.!?]{0,40}\b(?:doesnt know|dont know|didnt know|th"
            r"ey dont know|wont know|didnt understand|doesnt understand|had no idea)\b",
            r"\b(?:and|to|then) (?:never|not) come back\b(?=[^.!?]*\b(?:go|going|walk|drive)\b)",
            r"\b(?:scheduled|schedule|timed) (?:an? )?(?:email|message|text|post|tweet)s?\b[^.!?"
            r"]{0,60}\b(?:explain\w*|why|goodbye|sorry)\b",
            r"\bbefore i go\b(?=[^.!?]*\b(?:rope|pills|gun|bridge|tell someone|wanted to tell|no"
            r"t scared)\b)",
            r"\b(?:tell|let) (?:my \w+|them|him|her|everyone) (?:that )?i love (?:her|him|them|y"
            r"ou)\b[^.!?]{0,30}\b(?:if|when) (?:she|he|they|anyone) (?:ever )?asks?\b",
            r"\b(?:its|it is|this is) for me\b(?=[^|]*\b(?:rope|gun|pills|noose|bought)\b)",
            r"\b(?:carta de despedida|lettre d ?adieu|abschiedsbrief|lettera d ?addio|carta de a"
            r"deus)\b",
            r"\b(?:merci et adieu|adieu a tous|adieu tout le monde)\b",
            r"\b(?:hid|hidden|hide|left|put) (?:the|my) (?:suicide )?note\b",
            r"\bmy funeral\b[^.!?]{0,40}\b(?:soon|played soon|want it)\b",
            r"\b(?:waiting for the house to be empty|when the house is empty|once everyone is (?"
            r":asleep|gone|out))\b",
            r"\b(?:picked|chose|chosen|choosing) the (?:bridge|spot|place|tree|building)\b",
            r"\bpracti[cs]\w* (?:the |a )?(?:knot|noose)\b",
            r"\bgave (?:away )?my (?:cat|dog|pets?) (?:away |to (?:my )?\w+ )(?:\w+ )?for good\b",
            r"\b(?:wrote|written|writing) (?:letters|notes) to everyone i love\b",
            r"\bfinally (?:bought|got) (?:the|a) (?:rope|gun|noose|pills)\b",
            r"\bleft a note\b[^.!?]{0,30}\bfor (?:them|my (?:family|parents|mum|mom|dad|wife|hus"
            r"band|kids))\b",
            r"\b(?:gun|rope|pills|noose)\b[^|]{0,40}\b(?:its|it is) for me\b",
            r"\b(?:passwords|stuff|things|games|clothes)\b[^.!?]{0,30}\bwont need (?:them|it|em)"
            r"\b",
            r"\bwont (?:have to )?deal with (?:the )?bills after\b",
            r"\b(?:lettere? di addio|lettres? d ?adieu|abschiedsbriefe)\b|\bjai donne (?:toutes "
            r")?mes affaires\b",
            r"\b(?:separei os remedios|separe las pastillas|ho messo da parte le pastiglie)\b(?=["
            r"^|]*\b(?:hoje a noite|esta noite|esta noche|stasera|tudo|todas|tutte)\b)",
            r"\b(?:found|picked|chose) a (?:quiet )?(?:spot|place) (?:in the woods |by the river"
            r" |by the lake )?for it\b",
            r"\b(?:knife|rope|pills|gun|blade) is (?:on the \w+ )?ready\b",
            r"\bby (?:this time )?(?:next week|next month|tomorrow|friday|saturday|sunday|monday"
            r"|the weekend|the end of the week|christmas)\b[^.]{0,10}\bi (?:wont|will not) be (?:a"
            r" problem|a burden|here|around|alive|in anyones way)\b",
            r"\b(?:stopped|not|quit) taking my (?:meds|pills|tablets|medication)\b[^|]{0,30}\b(?"
            r":keeping|saving|stashing|collecting|hoarding) them\b",
            r"\b(?:house|flat|place|home) (?:will be|is going to be|is) empty\b[^|]{0,30}\bthats"
            r" when\b",
            r"(?<!dryer )(?<!tumble dryer )\bhose (?:\w+ ){0,2}(?:that fits|for|to fit|on) the ("
            r"?:car )?exhaust\b",
            r"\b(?:got|have|ive got|i have) (?:everything|what) i need\b[^|]{0,30}\b(?:in the (?"
            r":glovebox|glove box|boot|trunk|car|shed)|in my room)\b[^|]{0,60}\b(?:waiting|right n"
            r"ight|right time|drive|lake|tonight|when)\b|\b(?:have|got) (?:everything|what) i need"
            r"\b[^|]{0,60}\bwaiting for the right (?:night|time|moment|day)\b",
            r"\bworking up (?:to it|the (?:nerve|courage))\b(?=[^|]*\b(?:roof|top floor|bridge|e"
            r"dge|car park|ledge|jump|pills|rope|tracks)\b)|\b(?:roof|top floor|bridge|edge|car pa"
            r"rk|ledge|tracks)\b[^|]{0,80}\bworking up (?:to it|the (?:nerve|courage))\b",
            r"\bmy plan is (?:sorted|ready|set|done|in place)\b[^|]{0,80}\bso (?:no one|nobody|n"
            r"oone) suspects\b",
            r"\b(?:\w+ )?(?:months?|weeks?|days?) worth\b[^|]{0,20}\b(?:put aside|saved|stashed|"
            r"hidden|stockpiled)\b(?=[^|]*\b(?:{PILLS}|lied)\b)|\blied about why\b[^|]{0,60}\b(?:p"
            r"ut aside|saved|stashed)\b",
            r"\blast meal\b[^|]{0,80}\b(?:oddly|strangely|weirdly) calm\b",
            r"\b(?:took|put|moved|hung) the rope\b[^|]{0,60}\b(?:havent done anything|not done a"
            r"nything yet|just put it there)\b",
            r"\btold (?:him|her|them) (?:its|it is) for the range\b",
            r"\bgo (?:on )?the same (?:day|way) (?:she|he|they) did\b",
            r"\b(?:freight|trains?|tracks|crossing|bridge|cliffs?)\b[^|]{0,80}\bi keep (?:walkin"
            r"g|going|driving|ending up) (?:there|down there|back there)\b",
            r"\bsomewhere (?:nobody|no one) (?:will|can|would) (?:stop|find) me\b",
            r"\bafscheidsbrie(?:f|ven)\b",
            r"\b(?:tonight|today|this) would be a good (?:night|day|time) to (?:end it|die|do it"
            r"|go)\b",
            r"\b(?:picked|set|chose) (?:the|a) (?:date|day)\b[^|]{0,60}\bso (?:i|it) (?:dont|doe"
            r"snt|wont) (?:ruin|spoil)\b",
            r"\b(?:found|picked) a (?:\w+ )?spot\b[^|]{0,80}\b(?:nearly|almost) ready\b",
            r"\b(?:bought|got) (?:the|what|everything) (?:things )?i need\b[^|]{0,30}\bhid (?:th"
            r"em|it)\b",
            r"\bthe (?:date|day) is (?:next|this) (?:week|weekend|\w+day)\b[^|]{0,30}\bwhen (?:m"
            r"y|the) \w+ (?:travels|is away|leaves|goes away)\b",
            r"\b(?:wrote|written|finished|left) (?:the|my) note\b(?! (?:for|to|about|on|from|in)\b)"
            r"[^|]{0,80}\b(?:i think )?(?:im|i am) (?:finally |now )?ready\b(?! (?:for|to)\b)",
            r"\b(?:(?:im|i am) (?:at|on|by|near)|(?:sitting|standing|lying|waiting) (?:on|by|at|"
            r"near)) (?:the )?(?:train |railway |rail )?tracks?\b[^|]{0,100}\b(?:the )?(?:\d{1,2"
            r"}: ?\d{2}|next train|train|freight|it) (?:comes|passes|goes|runs|is due|will come)"
            r"\b",
            r"\b(?:everything(?:s| is) (?:ready|set|prepared)|(?:got|have) everything ready|prep"
            r"ared everything)\b[^|]{0,40}\btonight\b[^|]{0,60}\b(?:parents|mom|mum|dad|everyone|r"
            r"oommates?|wife|husband) (?:to )?(?:fall asleep|go to sleep|sleep|are asleep|leave|go"
            r" out)\b",
            r"\b(?:jai )?tout prepare pour (?:ce soir|demain)\b[^|]{0,60}\b(?:dorment|sendorment"
            r"|partent|soient couches)\b",
            r"\b(?:figured out|found|cracked|know|got) (?:the )?(?:code|combination|combo|key) ("
            r"?:to|for) (?:my |the )?(?:\w+ )?(?:gun safe|gun cabinet|gun locker|safe)\b[^|]{0,60}"
            r"\b(?:someone should know|wanted (?:someone|you) to know|(?:someone|you) should know|"
            r"just saying)\b",
            r"\bif i (?:dont|do not) (?:text|reply|answer|respond|wake up|make it)\b[^|]{0,40}\b"
            r"(?:its what i wanted|it was my choice|dont blame yourself|its not your fault|dont be"
            r" sad)\b",
            r"\bdoei (?:minhas|todas as minhas) (?:roupas|coisas)\b|\bagora e so esperar a noite"
            r"\b",
            r"\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing|collect"
            r"ed|collecting|kept|keeping|been saving) (?:up )?(?:about |around |like |over |nearly"
            r" |almost )?(?:\d+|thirty|forty|fifty|sixty|a hundred|a months worth|months worth) (?"
            r":of )?(?:my |his |her )?{PILLS}\b(?! for (?:travel|a trip|the trip|holiday|vacation)"
            r")",
            r"\b(?:checked|looked up|found out|researched|worked out|figured out) (?:which|what|"
            r"when (?:the )?|the (?:timetable|times|schedule) for (?:the )?) ?(?:trains?|express"
            r"(?:es)?|freight(?: trains?)?) {W4}(?:dont|do not|doesnt|does not|never|wont|will n"
            r"ot) stop\b",
            r"\bstill (?:have|got|had) (?:the same|that same|my|the) plan\b(?! (?:for|to (?:go|v"
            r"isit|move|travel|study)))",
            r"\b(?:gave|give|giving|given|rehomed|rehoming|dropped off) (?:away )?(?:my|our) (?:"
            r"dog|cat|pets?|puppy|kitten|bunny|rabbit|bird|parrot|hamster|fish)\b[^.!?]{0,80}[.!?,"
            r"]+ *(?:it|that|i) (?:isnt|is not|wasnt|was not|wont be|am not|aint)\b",
            r"\b(?:still have|kept|hid|hidden|hiding) the (?:pills|meds|tablets|blades|rope) (?:"
            r"they|the nurses|my parents|the doctors|nobody|no one) (?:didnt|did not|never) (?:f"
            r"ind|found)\b",
            r"\bback to planning(?= like| again|[.,!?]|$)",
            r"\btracks\b[^!?]{0,60}\bnext (?:one|train) (?:comes|is due|passes|goes through|is) "
            r"(?:at|in) \d",
            r"\b(?:writing|wrote|written|write) (?:goodbye|suicide|farewell) (?:notes?|letters?)"
            r"\b",
            r"\b(?:in|sitting in|lying in) the (?:bath|bathtub|tub) with (?:a|the|my) (?:razor|b"
            r"lade|knife)\b",
            r"\b(?:the |a |my )?(?:cord|rope|belt|noose) (?:is )?(?:tied|ready|set up|hung) alre"
            r"ady\b|\balready (?:tied|hung|set up) the (?:cord|rope|noose|belt)\b",
            r"\bi (?:looked it up|checked|did the math|counted)\b[^.!?]{0,20}\b(?:i have|ive got"
            r") enough\b",
            r"\b(?:pills|blade|razor|rope) in (?:my )?hand\b",
            r"\b(?:river|bridge|tracks|cliff|edge|water)\b[^!?]{0,40}\b(?:im|i am) (?:already )?"
            r"(?:standing|sitting) (?:next to|beside|on|at) it\b",
            r"\b(?:go|walk|swim|drive) (?:to|into|out (?:to|into)) (?:the )?(?:lake|sea|river|oc"
            r"ean|woods|forest|mountains?)\b[^.!?]{0,30}\band (?:not|never) come back\b",
            r"\bsay goodbye to (?:people|everyone|my \w+|them) without (?:them|anyone|people) (?"
            r":knowing|noticing|realising|realizing)\b",
            r"\b(?:burden|better off without|dead|die|gone|stay)\b[^!?]{0,120}\b(?:ive|i have) d"
            r"ecided (?:this weekend|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|frid"
            r"ay|saturday|sunday))\b",
            r"\bthe ending is what im (?:doing|going to do)\b",
            r"\boverdose\b[^!?]{0,80}\benough saved up\b",
            r"\bit(?:ll| will) be my (?:day|turn) too\b",
            r"\bgolden gate\b[^!?]{0,80}\bone ?way\b",
            r"\b(?:didnt|did not|havent|have not) (?:go|gone) in yet\b",
            r"\bmy own (?:tapes|suicide note|goodbye video)\b",
            r"\b(?:jumped|fell) (?:from|off)\b[^!?]{0,80}\b(?:ive been|i keep|i have been) going"
            r" up there\b",
            r"^\W*(?:on|at|sitting on|standing on|up on) (?:the|a) (?:train )?(?:tracks|bridge|r"
            r"oof|rooftop|ledge)\b(?=[^!?]*\b(?:rn|right now|now|its (?:so |really |very )?quiet"
            r"|quiet up here|next one|next train|tonight|cold up here|windy up here)\b)(?![^!?]*"
            r"\b(?:fireworks|view|sunset|photos?|party|concert|festival|stars|meteor|{ON_THE_ROA"
            r"D})\b)",
            r"\bworking out how (?:id|i would|i could|i will|ill|to) do it\b",
            # pills put by ("about ninety of my sleeping pills saved up"), not for disposal
            r"\b(?:(?:saved|saving|stashed|stashing|hoarded|hoarding|stockpiled|stockpiling|coll"
            r"ected|collecting) (?:up )?(?:about |like |around )?(?:\w+ ){0,3}(?:of my )?(?<!my "
            r"nans )(?<!my mums )(?<!my moms )(?<!my dads )(?<!his )(?<!her ){PILLS}|{PILLS} (?:"
            r"saved|stashed|hidden|hoarded|stockpiled) (?:up|away))\b(?![^|]*\b(?:disposal|dispo"
            r"se|pharmacy|take (?:them |it )?back|return|drop (?:them |it )?off|recycl\w*|donat"
            r"\w*|shortages?|out of stock|supply)\b)",
            r"\balready (?:picked|chose|chosen|scouted|found) (?:out )?(?:the|a|my) (?:spot|plac"
            r"e|tree|location)\b(?![^.!?]*\b(?:wedding|picnic|camp\w*|photos?|party|garden|tent|hu"
            r"nt\w*|deer|stand|fishing|house|cabin|vacation|holiday|trip)\b)",
            r"\bloaded (?:the|my|a) (?:\w+ )?(?:gun|rifle|shotgun|pistol|revolver|gauge|glock|45"
            r"|9mm)\b[^.!?]{0,50}\b(?:by|next to|beside|under) (?:the|my) (?:bed|pillow)\b",
            r"\b(?:im|i am) (?:up )?(?:on|at) (?:the )?(?:top (?:level|floor|deck) of (?:the|a) "
            r"(?:parking )?(?:garage|car park|building|structure)|roof|rooftop|bridge|ledge|edge)\b"
            r"[^.!?]{0,20}\b(?:right now|rn|now)\b(?=[^|]*\b(?:needed to tell someone|wanted someo"
            r"ne to know|someone to know|to say goodbye)\b)",
            r"\b(?:wrote|written|finished|left) (?:goodbye |farewell )?letters? (?:to|for) (?:my"
            r"|everyone|each)\b(?=[^|]*\b(?:im ready|i am ready|ready now|goodbye|when im gone|aft"
            r"er im gone|tonight|tomorrow)\b)",
            r"\b(?:updated|wrote|finished|made) my will\b[^|]{0,80}\b(?:tomorrows the day|tonigh"
            r"ts the night|tomorrow is the day|tonight is the night)\b",
            r"\b(?:vials?|pills|meds|insulin|morphine|ampoules?|doses?)\b[^|]{0,120}\bi know exa"
            r"ctly how (?:much|many)\b",
            r"\bi know a (?:quiet|good|secluded|remote) spot (?:by|near|at|in) the (?:reservoir|"
            r"lake|river|woods|cliffs?|sea|bridge|quarry|forest)\b(?=[^|]*\b(?:spare key|feed the "
            r"(?:dog|cat)|look after (?:the|my) (?:dog|cat)|find me)\b)",
            r"\bsay goodbye to before i (?:go|leave|do it)\b",
            r"\b(?:someone|somebody) should know where (?:it|the rope|the gun|they|the pills) (?"
            r":is|are)\b",
            r"\bmy will\b[^|]{0,80}\b(?:playlist|songs|music|outfit|readings?) for (?:the|my) fu"
            r"neral\b",
        ),
        unless=(
            r"\bhaunt\w*\b",
            r"\b(?:digital detox|detox|this group|the group|this chat|group chat|chat app|new ap"
            r"p|server|social media|account|(?<!end of the )(?<!edge of the )(?<!on the )platform|"
            r"vacation|holiday|see you (?:all )?(?:soon|nex"
            r"t|in|on|after)|month long)\b",
            r"\b(?:the move|moving house|pack it|packing|relocat\w*|terminal|the doctors|diagnos"
            r"\w*|hospice|palliative|birthday letters|to open after)\b",
            r"\b(?:for now|deployment|ship leaves|presentation|meeting|exam|homework|monday|dead"
            r"line|zoom|sold|selling)\b",
            r"\b(?:fixing|repair\w*|cleaning|gutters?|taking (?:photos|pictures)|photos?|selfies"
            r"?|the view|sunset|shingles|antenna|solar panels?)\b",
            r"\b(?:surgery|operation|routine|responsible|baby clothes|done having kids|outgrown|"
            r"grew out of)\b",
            r"\b(?:this|the) (?:forum|site|subreddit|blog|newsletter|podcast|channel)\b|\b(?:new"
            r"|other) (?:site|forum|platform)\b",
            r"\b(?:lawyer|attorney|estate plan\w*|special needs trust|trust fund|life insurance|"
            r"grandchild\w*|at any age|power of attorney)\b",
            r"\b(?:school|maths?|last day|retir\w*|moving to|emigrat\w*|deleting the app|screen "
            r"time|night out|graduat\w*)\b",
            r"\b{ON_THE_ROAD}\b",
        ),
    ),
    Signal(
        "suicide.at_the_place_now",
        C.SUICIDE,
        T.IMMINENT,
        K.PLAN,
        "At a platform, a height or the water now and edging closer, or not going home ('im on "
        "the platform and every time a train comes through i step a little closer'). Its own "
        "signal because words that keep plans out of social-media talk ('platform') are the "
        "place here.",
        (
            r"(?![^|]*\b(?:sunset|photos?|view|picnic|stars|sunrise|hike|tour)\b)\b(?:parked|sit"
            r"ting|standing|been) (?:at|on) (?:the )?(?:lookout|cliff|cliffs|edge|overpass|top o"
            r"f the \w+)\b[^|]{0,80}\b(?:long drop|no barrier|no railing|no fence|been here (?:f"
            r"or )?(?:an|a couple of|two|three)? ?(?:hour|hours)|looking down)\b(?![^|]*\b(?:sun"
            r"set|photos?|view|picnic|stars|sunrise|hike|tour)\b)",
            # in the water now ("im at the beach, its dark, im walking in")
            r"\b(?:beach|sea|ocean|lake|river|reservoir|shore|pier|jetty)\b[^|]{0,60}\b(?:im|i a"
            r"m) (?:walking|wading|going) (?:in|into (?:it|the water|the sea|the waves|the lake|"
            r"the river))\b(?![^|]*\b(?:swim\w*|plunge|dip|paddl\w*|surf\w*|wetsuit|kids|dog|fis"
            r"h\w*|kayak\w*|snorkel\w*|boat)\b)",
            # at the place: standing at the edge of the platform "the next one would be so easy" /
            # waiting for the express; parked at the cliff lookout and sitting there
            r"\b(?:standing|stood|waiting|been standing) (?:right )?(?:at|on|by) the edge (?:of|"
            r"on) the platform\b[^|]{0,80}\b(?:would be (?:so )?easy|waiting for the (?:express|"
            r"fast train|next train)|the next one)\b",
            r"\bparked (?:up )?(?:at|by|on|near) the (?:cliffs?|cliff (?:top|edge|lookout)|cliff"
            r"top|bridge|edge)\b[^|]{0,20}\b(?:just )?sitting (?:here|there)\b",
            r"\bgoing (?:up |out |down )?to the (?:bridge|cliffs?|quarry|tracks|roof|viaduct)\b["
            r"^|]{0,40}\b(?:just )?(?:wanted|needed) (?:to tell (?:someone|somebody|you)|someone"
            r" to know|to say (?:it|bye|goodbye))\b",
            r"\b(?:im|i am) at (?:the top of )?the (?:car park|parking garage|multi ?storey|buil"
            r"ding|bridge|cliff|tower)\b(?=[^|]*\b(?:tell someone|goodbye|sorry|just wanted|alon"
            r"e|nobody|(?:going to|about to|ready to) jump|talk to some\w+)\b)",
            r"\bon the (?:train |railway )?tracks\b[^|]{0,60}\bnext (?:one|train) (?:comes|is du"
            r"e|is) at\b",
            r"\bcounted the (?:levels|floors|storeys|stories)\b(?=\W*(?:$|[.!?])|[^|]*\b(?:its e"
            r"nough|high enough|enough)\b)",
            r"\bclimbed (?:over|onto) the (?:balcony )?(?:railing|rail|ledge|parapet)\b",
            r"\b(?:been )?(?:going|go|went) up (?:there|to the (?:top|roof)) (?:at night|every n"
            r"ight|alone)\b[^|]{0,20}\bto look (?:over|down)\b",
            r"\b(?:car(?:s| is)? running|engine (?:is )?running)\b[^|]{0,40}\b(?:closed|shut) ga"
            r"rage\b",
            r"\bin the car in the garage\b[^|]{0,30}\b(?:door (?:down|shut|closed)|engine (?:on|"
            r"running))\b",
            r"\b(?:going|go|walk\w*|climb\w*) (?:up )?(?:to |onto )?(?:the )?(?:roof|top floor|b"
            r"ridge|cliff\w*|ledge)\b[^|]{0,60}\bnot coming (?:back )?(?:down|back)\b(?! (?:down"
            r" )?(?:till|until|for|before|after)\b)",
            r"\b(?:balcony|ledge|railing|edge|roof|bridge)\b[^|]{0,80}\b(?:leaning|leant|leaned)"
            r" (?:out|over) (?:further|farther|more)\b",
            r"\b(?:im|i am) (?:at|on|by|near|sitting (?:at|on|by|near)) (?:the )?(?:train |railw"
            r"ay |rail )?(?:tracks|line|level crossing)\b(?![^|]*\b(?:photo\w*|pictures?|camera|"
            r"spotting|trainspotting|steam|filming|drone|vlog\w*)\b)(?=[^|]*\b(?:just sitting|tr"
            r"ains? (?:come|comes|pass|passes|every|due)|waiting for (?:the|a) train|next train)"
            r"\b)",
            r"\bwaiting for the (?:express|fast train|freight|train)\b[^|]{0,20}\bnot getting on"
            r"\b",
            # standing in the water and wanting to go on
            r"\b(?:standing|sitting|wading|im|i am) in the (?:lake|sea|river|ocean|water|loch)\b"
            r"(?![^|]*\b(?:swim\w*|paddl\w*|lovely|refreshing|dip|surf\w*|fishing|kayak\w*)\b)[^"
            r"|]{0,60}\b(?:keep going|keep walking|not come back|go further|go deeper|not stop)"
            r"\b",
            r"\b(?:sitting|lying|standing|sat|lay|laying) (?:\w+ ){0,4}(?:on|in the middle of|ne"
            r"xt to|beside|by) (?:the )?(?:railway line|train tracks|tracks|rail line|railway tr"
            r"acks|level crossing)\b(?=[^|]*\b(?:no train|wait\w*|might (?:just )?stay|until|til"
            r"l|rn|right now|tonight|yet)\b)",
            # at a height or on the tracks now, leaning over or waiting; in the bath with a
            # hairdryer plugged in
            r"\b(?:im |i am )?on (?:the |a )?(?:foot ?bridge|bridge|overpass|flyover|roof|ledge|"
            r"balcony)\b[^|]{0,60}\b(?:keep leaning|leaning over|keep looking down|thinking of j"
            r"umping|want to jump|climb over)\b",
            r"\b(?:on|at) (?:the )?top (?:floor )?of (?:the |a )?(?:\w+ ){0,2}(?:car park|parkin"
            r"g garage|building|tower|bridge|cliff|multi storey)\b[^|]{0,80}\b(?:tonight feels d"
            r"ifferent|feels different tonight|not coming down|keep looking down|near the edge|o"
            r"n the edge)\b",
            r"\bin the bath\b[^|]{0,60}\b(?:hair ?dryer|toaster|heater|radio|extension lead)\b[^"
            r"|]{0,30}\b(?:plugged in|next to me|on the edge|in reach)\b",
            # in the water now and wanting to go on (not a swim)
            r"\b(?:walked|waded|went|am) (?:out )?into the (?:lake|sea|river|ocean|water|loch)\b"
            r"(?![^|]*\b(?:swim\w*|paddl\w*|lovely|refreshing|dip|surf\w*|fishing|kayak\w*)\b)[^"
            r"|]{0,60}\b(?:keep going|keep walking|not come back|go further|go deeper|not stop)"
            r"\b",
            r"\b(?:parked|sitting|standing|waiting) (?:next to|by|near|on|at) the (?:railway|tra"
            r"in|rail) (?:line|tracks?|crossing)\b[^|]{0,40}\bwaiting for the (?:\d|next|last|ex"
            r"press|train|freight)",
            r"\bcame (?:here|out here|up here|down here) to (?:jump|do it|end it|die|end things)"
            r"\b",
            r"\b(?:at the station|on the platform|by the tracks|watching the trains)\b[^|]{0,60}"
            r"\b(?:they|trains?|the express) (?:dont|do not|never) (?:slow down|stop) (?:here|at"
            r" this station|through here)\b",
            r"\b(?:on the platform|at the station|by the tracks|on the bridge|on the roof)\b[^|]"
            r"{0,80}\b(?:step|stepping|inch|inching|move|moving|lean|leaning|get|getting) "
            r"(?:a (?:little|bit) )?closer\b",
            r"\b(?:im|i am) (?:at|on|by) (?:the )?(?:cliffs?|bridge|edge|river|tracks|roof|quarr"
            r"y|lake|sea|beach|pier)\b[^|]{0,80}\b(?:dont think im (?:going|coming) (?:home|back"
            r")|not (?:going|coming) (?:home|back))\b",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "suicide.means_question_at_the_place",
        C.SUICIDE,
        T.IMMINENT,
        K.PLAN,
        "A question about how a place or method kills, from someone who says they are there now "
        "('How cold does the river get in January? I'm parked next to it now'). A homework or "
        "story frame does not soften it: the writer is at the water.",
        (
            r"\bhow (?:cold|deep|high|far down|fast|strong)\b[^|]{0,80}\b(?:river|lake|water|sea"
            r"|bridge|drop|fall|current|quarry|reservoir)\b[^|]{0,80}\b(?:im|i am) (?:\w+ )?(?:n"
            r"ext to|by|beside|on|at|near|over|above|looking at) (?:it|there|the \w+) (?:now|rig"
            r"ht now|rn)\b",
            r"\bhow long (?:does|would|will) it take (?:\w+ ){0,3}to (?:drown|die|bleed out|free"
            r"ze)\b[^|]{0,80}\b(?:im|i am) (?:\w+ )?(?:next to|by|beside|on|at|near|over|above) "
            r"(?:the|a) (?:river|bridge|water|lake|sea|edge|cliff|tracks|roof|canal|quarry) (?:n"
            r"ow|right now|rn)\b",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "suicide.affairs_in_order",
        C.SUICIDE,
        T.HIGH,
        K.PLAN,
        "Quiet preparations that read as final (rehoming a pet, passwords written down, loose "
        "ends tied up, a scheduled message to family): check in now. Not when it is about a "
        "move, a trip or work.",
        (
            r"\b(?:policy|insurance|life cover)\b[^|]{0,80}\b(?:pay(?:s)? out|cover(?:s|ed)?)\b["
            r"^|]{0,20}\bif (?:its|it is|it was|i) (?:a )?(?:suicide|kill myself|take my (?:own "
            r")?life)\b",
            # the sale of a pet or the end of caring for one before a date ("can't keep her after
            # this month", "need her settled somewhere before the 14th")
            r"\b(?:anyone want|does anyone want|take (?:a|my|her|him)|shelter|rehome|rehoming|ne"
            r"w home)\b[^|]{0,80}\b(?:(?:cant|cannot|can not|wont be able to) keep (?:her|him|th"
            r"em|it)\b[^.!?]{0,10}\bafter (?:this|next|the) (?:month|week|weekend|\w+day)|need ("
            r"?:her|him|them) (?:settled|rehomed|placed|sorted) (?:somewhere )?(?:before|by) (?:"
            r"the \d+\w*|\w+day|the end of))\b",
            r"\b(?:cats?|dogs?|fish|pets?|rabbits?|birds?)\b[^|]{0,20}\b(?:gets? fed|is fed|fed|"
            r"looked after|taken care of|cared for) after\W*(?:$|[.!?])",
            # written down who gets what
            r"\b(?:wrote|written|writing|made|sorted|worked|decided|figured) (?:down |out )?(?:a"
            r" list of )?who gets (?:what|my \w+)\b(?![^|]*\b(?:grandma|grandad|nan|estate|divor"
            r"ce|late|passed|funeral|when (?:i|we) die|one day|someday)\b)",
            # therapy cancelled "won't need it"
            r"\bcancel\w* (?:all )?(?:my )?(?:therapy|counsell?ing|appointments?|sessions?|presc"
            r"riptions?|check ?ups?)\b[^|]{0,40}\b(?:wont|will not|dont|do not) (?:be )?need(?:i"
            r"ng)? (?:it|them|that|any of (?:it|them))\b(?! (?:for|at|in|on|until|till|after|whi"
            r"le|when|because|since|anymore because)\b)",
            # socials deleted beside another last act
            r"\bdeleted (?:all )?(?:of )?my (?:socials|social media|accounts|instagram|facebook|"
            r"profiles?|photos)\b[^|]{0,100}\b(?:scheduled|thank (?:u|you) (?:msg|message|note)|"
            r"final(?! exams?| rounds?| year| project| week)|no need for (?:them|it) after|goodb"
            r"ye|farewell)\b",
            # everything put in order (es/pt/de)
            r"\b(?:deje|deixei|ho lasciato|jai laisse|jai tout) (?:todo|tudo|tutto|tout)? ?(?:ar"
            r"reglado|organizado|en orden|em ordem|in ordine|range|en ordre)\b[^|]{0,60}\b(?:tes"
            r"tamento|claves|contrasenas|senhas|password|mots de passe|testament)\b|\btestament"
            r"\b[^|]{0,80}\b(?:alles geregelt|alles erledigt)\b",
            r"\b(?:verschenkt|regale|regalado|donne|regalato|doei|dei)\b[^|]{0,60}\b(?:brauch(?:"
            r"e)? ich (?:eh |ja |sowieso )?nicht mehr|ya no (?:las|los|lo|la|me) (?:necesito|hac"
            r"en falta|sirven)|(?:je )?n ?en ai plus besoin|non mi serv(?:ono|e) piu|nao (?:prec"
            r"iso|vou precisar) mais)\b",
            r"\bcancell?ed (?:all )?my (?:appointments|subscriptions|sessions)\b[^|]{0,40}\b(?:b"
            r"ecause|cause|since|as) i (?:wont|will not) need them\b",
            r"\bfuneral (?:hymns|songs|music|readings)\b[^|]{0,30}\bi want\b(?=[^|]*\bsoon\b)",
            r"\bwrote letters to (?:my (?:kids|children|family|sisters?|brothers?|parents|mum|mo"
            r"m|dad|wife|husband|partner|girls|boys|son|daughter)|everyone|all of them)\b[^|]{0,"
            r"40}\bsealed them\b",
            r"\btexted everyone i love\b(?=[^|]*\b(?:thats it|thats everything|today|goodbye)\b)",
            r"\bsaid it was (?:just )?for the weekend\W+(?:its|it is) not\b",
            r"\bbills paid\b[^|]{0,40}\b(?:cat|dog|pets?) (?:going|goes|gone) to\b(?![^|]*\b(?:a"
            r"way|trip|holiday|travel\w*|while i)\b)",
            r"\b(?:setting|getting|putting) my affairs in order\b(?=[^|]*\b(?:gave|given|rehom\w"
            r"*|dog|cat|goodbye|close (?:my|an?) \w+ account)\b)",
            r"\bcancell?ed (?:all )?my (?:subscriptions|accounts)\b[^|]{0,60}\bpaid off\b",
            r"\bdeleted (?:all )?my (?:socials|social media|accounts)\b[^|]{0,80}\b(?:its all do"
            r"ne|all done now|said goodbye|forgive)\b",
            r"\b(?:gave|give|giving|given)\b[^.!?]{0,60}\b(?:wont|will not) (?:be )?need(?:ing)?"
            r" (?:it|them)\b(?! (?:for|at|in|on|until|till|after|while|when|anymore because)\b)("
            r"?![^|]*\b{REPLACED}\b)",
            r"\bchosen the (?:music|songs|hymns) for (?:the|my) (?:service|funeral)\b[^|]{0,60}"
            r"\b(?:doesnt|does not|dont) know\b",
            r"\bmy affairs are in order\b",
            r"\bpasswords? (?:are |is )?in an envelope\b",
            r"\bfor (?:her|him|them|you|my \w+) to find after\W*(?:$|[.!?,])",
            r"\b(?:envelope|letter|note|notes|letters|passwords?|instructions)\b[^.!?]{0,30}\bfo"
            r"r after\W*(?:$|[.!?])",
            r"\bnothing left (?:i need|for me|i have) to do here\b",
            r"\bcancell?ed (?:all )?my (?:subscriptions|accounts|contracts?)\b[^|]{0,60}\bdelete"
            r"d (?:all )?my (?:socials|social media|accounts|instagram|facebook|profiles?)\b",
            r"\bdeleted (?:all )?my (?:socials|social media|accounts|profiles?)\b[^|]{0,60}\bcan"
            r"cell?ed (?:all )?my (?:subscriptions|accounts|contracts?)\b",
            r"\b(?:updated|wrote|made|finished|sorted) my will\b[^|]{0,80}\b(?:cancell?ed|delete"
            r"d) (?:all )?my\b",
            r"\b(?:wont|will not|dont) need (?:it|them|therapy|my meds) after (?:this|the) (?:we"
            r"ekend|week|\w+day)\b",
            r"\bso (?:shes|hes|theyre|she is|he is|they are|its) (?:taken care of|looked after|c"
            r"ared for) after\W*$",
            # who gets what; everything given away (not before a move); "won't need it where I'm
            # going"
            r"\b(?:made|making|wrote) a list of who gets what\b",
            r"^\W*(?:i )?(?:gave|given) (?:everything|all my (?:stuff|things)) away\b(?![^|]*\b("
            r"?:moving|move|charity shop before|declutter\w*)\b)",
            r"\b(?:wont|will not|dont) need (?:it|them|any of (?:it|this|them)) where im going\b",
            r"\b(?:(?:didnt|dont|do not|did not) want to )?(?:leave|leaving|tie up|tying up|tied"
            r" up) (?:any )?loose ends (?:when|before|after) i (?:go|die|am gone|m gone)\W*(?:$|"
            r"[.!?])",
            r"\b(?:for a bit|for a while)\W[^|]{0,60}\b(?:a bit|a while|it) is (?:forever|perman"
            r"ent|for good)\b",
            # affairs put in order where they will be found: funeral instructions, savings moved,
            # loose ends, a PIN left "so they can get in after", the clothes to be found in, a pet
            # lent "for a bit" that "is forever", "less for them to clear out after"
            r"\b(?:left|wrote|written|writing|put) (?:\w+ )?funeral (?:instructions|wishes|plans"
            r")\b[^|]{0,60}\bwhere (?:they|theyll|they will|my \w+) (?:see|find) (?:them|it)\b",
            r"\b(?:moved|transferred|sent|gave|signed) (?:all )?(?:of )?my (?:savings|money|half"
            r"|share)\b[^|]{0,80}\b(?:thinks? (?:its|it is|im)|doesnt know|dont need (?:it|them|"
            r"anything)|wont need|finishing things|before i (?:go|end))\b",
            r"\b(?:pin|password|passcode|passwords|login)\b[^|]{0,60}\bso (?:they|my \w+|someone"
            r"|people) (?:can|could) get in(?:to (?:it|my \w+))? (?:after|afterwards|when im gon"
            r"e)\b",
            r"\b(?:the |my |an? )?(?:dress|suit|outfit|clothes|shirt|one) (?:i want|id like) to "
            r"be found in\b|\b(?:the |my |an? )?(?:dress|suit|outfit|clothes) (?:i want to be|to"
            r" be) buried in\b[^|]{0,60}\b(?:before next week|this week|tonight|tomorrow|soon|so"
            r"rted before)\b",
            r"\bless for (?:them|my \w+|anyone|everyone|people) to (?:clear|sort|deal with|clean"
            r") (?:out |up )?(?:after|afterwards|when im gone)\b",
            r"\b(?:home|new home|someone to take|rehome|rehoming)\b[^|]{0,80}\b(?:wont|will not|"
            r"cant) (?:be able to )?(?:look after|take care of|care for|have) (?:her|him|them|it"
            r")\b[^.!?]{0,20}\bafter (?:this|next|the) (?:weekend|week|friday|saturday|sunday|mo"
            r"nday|month)\b",
            r"\b(?:will|passwords?|affairs|accounts)\b[^|]{0,80}\b(?:feel|feeling|felt|i am|im) "
            r"(?:very |so |really |weirdly |strangely )?(?:calm|at peace|peaceful|settled|reliev"
            r"ed) now\b",
            r"\b(?:money|savings|bank|account|stuff|things)\b[^|]{0,60}\bgoes? to (?:my )?\w+\b["
            r"^|]{0,60}\b(?:i )?(?:dont|do not) have (?:much|long|a lot of) (?:time|left)\b",
            r"\b(?:sold|gave away|given away|cancel+ed)\b[^|]{0,80}\b(?:gave away|given away|sol"
            r"d|cancel+ed)\b[^|]{0,120}\b(?:peaceful|at peace|thanks for (?:all|everything)|than"
            r"k you for (?:all|everything)|you were always)\b",
            r"\b(?:paid off|cancel+ed|closed|gave away|sold)\b[^|]{0,120}\bleave (?:things|every"
            r"thing|it all) (?:tidy|sorted|in order|neat)\b(?![^|]*\b(?:holiday|vacation|trip|mo"
            r"ve|moving|maternity|new job)\b)",
            r"\b(?:emailed|sent|gave|given|handed|told) (?:\w+ ){0,2}all (?:of )?my passwords\b",
            r"\b(?:updated|wrote|written|made|finished|sorted|signed) my will\b[^|]{0,120}\bever"
            r"ything(?:s| is) (?:in order|sorted|taken care of|settled)\b",
            r"\b(?:give|giving|gave) (?:away )?(?:my|all my) (?:\w+ ){0,2}(?:to|away)\b[^|]{0,60"
            r"}\b(?:not going to be|wont be) (?:here|around)\b(?![^|]*\b(?:moving|move|trip|holi"
            r"day|vacation|travel\w*|abroad|away for|deploy\w*)\b)",
            r"\bno point (?:paying|booking|buying|renewing|planning)\b[^|]{0,40}\b(?:(?:i )?wont"
            r" be (?:around|here)|(?:i )?wont need)\b(?![^|]*\b(?:moving|move|trip|holiday|vacat"
            r"ion|abroad)\b)",
            r"\b(?:sold|gave|given|giving) (?:away )?(?:my|all my)\b[^|]{0,100}\b(?:thinks|think"
            r"|thought) (?:im|i am|i was) (?:just )?(?:being (?:generous|nice|kind|sweet)|"
            r"decluttering|clearing out|having a clear ?out)\b",
            r"\b(?:made|chose|chosen|picked|planned|sorted) (?:the |a |my )?(?:playlist|songs|"
            r"music|readings|hymns)\b (?:\w+ ){0,2}for my (?:own )?funeral\b(?![^|]*\b(?:prepaid|"
            r"pre paid|pre planning|preplan\w*|when the time comes|one day|someday|old age|"
            r"morbid hobby|years from now|as a joke|with (?:my )?(?:mates|friends)|debate)\b)",
            r"\b(?:leave|leaving|left) my (?:\w+ ){0,2}to (?:my |her |him )?(?:\w+ ){0,2}[^|]{0,"
            r"60}\b(?:understand|know) (?:everything|why) (?:once|when|after)\b",
            r"\b(?:deleted|cancel+ed|paid off|closed|gave away|given away|returned)\b (?:all )?("
            r"?:of )?my\b[^|]{0,120}\b(?:deleted|cancel+ed|paid off|closed|gave away|given away|"
            r"returned)\b[^|]{0,120}\beverything(?:s| is) (?:in order|sorted|taken care of|settl"
            r"ed|done|squared away)\b",
            # a pet rehomed, either word order ("found my dog a new home", "found a good home for
            # my dog"); the exclusions apply to every form
            r"(?:\b(?:found|finding|find) (?:my|a|the) (?:dog|cat|pets?|bird|rabbit) (?:a )?(?:new "
            r")?(?:home|owner|family)\b|\bfound (?:a )?(?:good |new |loving |nice |forever )?(?:"
            r"home|family|owner) for my (?:dog|cat|pets?|bird|rabbit)\b|\brehom(?:e|ed|ing) my "
            r"(?:dog|cat|pets?)\b)"
            r"(?![^|]*\b(?:landlord|allerg\w*|(?:doesnt|dont|wont) allow|no pets|not allowed|"
            r"new baby|moving|new job)\b)",
            r"\b(?:wrote|written|writing|left) (?:down )?(?:all )?(?:of )?my passwords\b",
            r"\b(?:tying|tied|tie) up (?:all )?(?:my )?loose ends\b",
            r"\b(?:paid|paying|pay) (?:back )?everyone (?:i owe|i owed|back)\b",
            r"\b(?:scheduled|schedule|timed|set up) (?:an? )?(?:email|message|text|post)s? (?:to|"
            r"for) (?:my )?(?:family|parents|mum|mom|dad|wife|husband|kids|everyone)\b[^.!?]{0,60}"
            r"\b(?:explain\w*|why|sorry|goodbye|after)\b",
            r"\b(?:deleted|deleting) (?:all )?(?:of )?my (?:socials|social media|accounts)\b"
            r"(?=[^.!?]*\b(?:loose ends|owed|goodbye|ready|for good|anymore|passwords)\b)",
            r"\b(?:updated|wrote|written|made|finished|sorted|signed) my will\b[^|]{0,80}\b(?:i "
            r"am|im|i think i am|i think im|i feel) (?:finally |now |almost )?ready\b",
            r"\bcancel(?:l?ed)? all my (?:subscriptions|accounts|direct debits|bills)\b[^|]{0,80"
            r"}\b(?:i am|im|i think i am|i think im) (?:finally |now )?ready\b",
            r"\b(?:gave|given|giving|left|dropped(?: off)?|handed|took) (?:away )?my (?:dog|cat|"
            r"pets?|bird|rabbit|kitten|puppy|cats|dogs)\b[^|]{0,60}\b(?:thinks?|assumes?|"
            r"believes?) (?:its|it is|this is|it s) (?:only |just )?(?:temporary|for a (?:while|"
            r"bit|few days|week|little while))\b",
            r"\b(?:sent|gave|texted|emailed|left|handed|shared) (?:\w+ ){0,3}(?:all )?my passwor"
            r"ds\b(?=[^|]*\b(?:just in case|in case|for after|if anything happens|if something hap"
            r"pens|socials|accounts)\b)",
            r"\bcancel\w* (?:\w+ ){0,4}(?:gym|phone|contract|subscriptions?|membership|insurance"
            r"|netflix|plan)\b[^|]{0,120}\b(?:thats|that is|which is) (?:the|my) (?:date|day|deadl"
            r"ine)\b(?= *(?:$|[.!?,]))",
            r"\b(?:im|i am|ill be) (?:done|gone|out of here)\b(?! \w+ing| with)[^|]{0,60}\b(?:wa"
            r"nt|need|have) to (?:see|watch|be there for|hold|meet) (?:\w+ ){0,4}first\b",
            r"\b(?:doesnt|does not|dont|do not) know (?:its|it is) (?:for good|permanent|forever"
            r")\b",
            r"\btold (?:\w+ ){0,3}(?:im|i was|i am) going (?:on|away)\b[^|]{0,60}\b(?:im|i am) n"
            r"ot (?:going|really)\b",
            r"\b(?:can have|gave (?:her|him|them)|giving (?:her|him|them)) my\b[^|]{0,40}\b(?:th"
            r"inks?|think) (?:im|i am) joking\b",
            r"\b(?:cancel\w*|close|closing) (?:all )?my (?:subscriptions|accounts|bank account)\b"
            r"[^|]{0,80}\bwont (?:be needing|need) (?:them|it)\b",
            r"\b(?:if|when) (?:something|anything) happens to me (?:soon|this week|tonight|short"
            r"ly)\b",
            r"\b(?:giving|gave|given) (?:away )?my (?:jewell?ery|watch|rings?|guitar|books|cloth"
            r"es|things|tools)\b[^|]{0,80}\b(?:hasnt noticed|doesnt know|dont know|no one knows|no"
            r"body knows|havent told)\b",
            r"\b(?:cat|dog|pets?|birds?)\b[^|]{0,60}\beverything(?:s| is) (?:in place|sorted|arr"
            r"anged)\b",
            r"\b(?:gave|given|giving) (?:away )?my \w+(?: and (?:my )?\w+)?(?: to (?:my )?\w+)?\b"
            r"[^|]{0,60}\b(?:things|everything|it all|my affairs) (?:sorted|in order|taken care of"
            r"|settled|squared away|tied up)\b",
            r"\b(?:scheduled|schedule|timed|set up|queued) (?:the |an? |some |my )?(?:emails?|me"
            r"ssages?|texts?|posts?|letters?) (?:to go out|to send|to be sent)\b[^.!?]{0,40}\bafte"
            r"r(?= *(?:$|[.!?]))",
            r"\b(?:gave|given|giving|left) (?:away )?my (?:dog|cat|pets?|bird|rabbit|kitten|pupp"
            r"y|cats|dogs)\b[^|]{0,60}\b(?:doesnt|dont|didnt|does not) know why\b",
            r"\b(?:scheduled|timed|set) (?:a |an |the )?(?:text|message|email|post)\b[^|]{0,60}\b"
            r"(?:by then|by the time)\b[^|]{0,30}\b(?:itll|it will|it ll|ill|i will|i ll) (?:be )?"
            r"(?:done|over|gone)\b",
            r"\bif (?:anything|something) happens\b[^|]{0,40}\b(?:my |the |his |her )?(?:phone )"
            r"?(?:password|passcode|pin)\b",
            r"\b(?:made|wrote|did|drew up|made out|finished|signed) (?:a|my) will\b[^!?]{0,80}\b"
            r"(?:you can (?:probably )?guess why|(?:you )?(?:probably )?know why|for obvious reaso"
            r"ns|wont need (?:anything|it|them)|no reason to wait)\b",
        ),
        unless=(
            r"\b(?:moving|move|relocat\w*|trip|travel\w*|vacation|holiday|deploy\w*|job|work|"
            r"office|project|semester|landlord|allerg\w*|new apartment|flat|baby|maternity|"
            r"paternity|parental leave|handover|retir\w*|surgery|operation|surgeon|procedure)\b",
            r"\b(?:security|secure|password manager|notebook|idea|safe to|hack\w*)\b",
        ),
    ),
    Signal(
        "suicide.farewell",
        C.SUICIDE,
        T.HIGH,
        K.PLAN,
        "A defeated sign-off ('I'm done. goodbye.'): possibly a last message, check in now.",
        (
            r"\b(?:writing|wrote|written|drafted|drafting) (?:my )?goodbye (?:messages|letters|n"
            r"otes|texts)\b(?![^|]*\b(?:last day|leaving|job|work|firm|office|colleagues|retir\w"
            r"*|moving|move|class|trip|team)\b)",
            r"\bsorry i (?:couldnt|could not|wasnt able to) (?:get better|be better|stay|fight ("
            r"?:it|anymore)|hold on)\b(?=\W*(?:$|[.!?]|i (?:really )?tried|bye|goodbye|love you)"
            r")",
            r"\bwanted (?:someone|somebody|you) to know before\W*$",
            r"\btomorrow (?:ill|i will) be free\b(?=[^|]*\b(?:thank|goodbye|bye)\w*)",
            # the last time here (not before exams or a trip); a goodbye to "someone who won't try
            # to stop me"; "when I'll already be gone"
            r"\b(?:this is|its) the last time (?:ill|i will|im going to) (?:write|be on|talk|mes"
            r"sage|post|be)(?: here| on here)?\b(?![^|]*\b(?:holiday|exam|trip|flight|until|befo"
            r"re|for a while|week)\b)",
            r"\bsomeone who (?:wont|wouldnt|will not) (?:try to )?stop me\b",
            r"\b(?:when|by then) (?:ill|i will) (?:already )?be gone\b(?! (?:on|to|for|abroad))",
            # a last night said as such ("if anyone asks, i was happy today. its my last night"),
            # not "my last night in Paris"; a note that it was nobody's fault; help writing a
            # goodbye for "after I'm gone"; a bye "before I go"; a goodbye posted in the group chat
            r"\b(?:its|it is|this is|tonight is|today is) my last (?:night|day|morning|evening|s"
            r"unset|weekend)(?= *(?:$|[.!?]))",
            r"\b(?:whoever (?:reads|finds) (?:this|these|me)|if you ever see this|after im gone|"
            r"when im gone)\b[^|]{0,60}\b(?:wasnt|was not|isnt|is not) (?:their|his|her|your|any"
            r"ones|anybodys) fault\b|\b(?:wasnt|was not|isnt|is not) (?:their|his|her|your|anyon"
            r"es|anybodys) fault\b[^|]{0,40}\b(?:whoever (?:reads|finds)|after im gone|when im g"
            r"one)\b",
            r"\bwrite (?:a |my |the )?(?:goodbye|note|letter)\b[^|]{0,60}\b(?:after|when|once) i"
            r"m gone\b(?! (?:to|abroad|on)\b)",
            r"\b(?:say|said) (?:bye|goodbye) to (?:someone|somebody|you|anyone|one person) befor"
            r"e i go\W*(?:$|[.!?])",
            r"\b(?:wrote|posted|sent|said) (?:my )?goodbyes? (?:in|on|to) (?:the |our |my )?(?:g"
            r"roup chat|gc|chat|story|insta|snap|discord)\b(?![^|]*\b(?:moving|leaving for|new j"
            r"ob|flight|holiday|trip)\b)",
            # a goodbye posted where friends will see it (not a move or a job)
            r"\b(?:posted|wrote|sent|left|put up) (?:a |my )?(?:goodbye|farewell|final) (?:post "
            r"|message |note |video |letter |story )?(?:on|to|in) (?:my )?(?:finsta|insta|instag"
            r"ram|facebook|twitter|tiktok|story|snap|snapchat|discord|group chat)\b(?![^|]*\b(?:"
            r"job|team|colleagues|coworkers|house|flat|city|school|summer|uni|class|account|plat"
            r"form|app|server|moving|move|flight|leaving for|abroad|holiday|trip|vacation|new jo"
            r"b|canada|australia)\b)",
            r"\b(?:write|writing|wrote|written) (?:\w+ ){0,3}(?:goodbye|farewell) (?:letter|note"
            r")s? (?:to|for) my (?:kids|children|family|parents|wife|husband|son|daughter|mum|mo"
            r"m|dad|partner)\b(?![^|]*\b(?:moving|move|deploy\w*|leaving for|abroad|university|c"
            r"ollege|camp|retire\w*|new job)\b)",
            r"\b(?:signing off|logging off)\b(?=[^|]{0,40}\blove (?:you|u|yall|ya) all\b[^|]{0,40}"
            r"\bit was (?:mostly |mainly |pretty |all )?(?:good|fun|great|worth it)\b)",
            r"\b(?:im|i am) (?:so )?done\W+(?:\w+ ){0,3}?(?:goodbye|good bye|bye forever|"
            r"farewell)\b",
            r"\b(?:wont|will not|not going to|not gonna) be (?:here|around|alive) (?:much longer|"
            r"for (?:much )?longer|for long)\b",
            r"\b(?:dont|do not) think (?:ill|i will|im going to|i am going to) (?:still )?be "
            r"(?:here|around|alive) (?:next week|next month|tomorrow|much longer|for (?:much )?"
            r"longer|for long|by (?:morning|tomorrow|the weekend|next week))\b",
            r"\b(?:going to|gonna|will|ll|ready to|about to|finally) go through with it\b",
            r"\bif (?:anyone|anybody|someone|people|they) asks?\W+(?:just )?tell (?:them|everyon"
            r"e) (?:that )?(?:it|this) (?:wasnt|was not|isnt|is not) (?:their|anyones|your) "
            r"fault\b",
            r"\btell (?:my \w+|everyone|them all) (?:that )?(?:it|this) (?:wasnt|was not|isnt|is"
            r" not) (?:their|anyones|your) fault\b",
        ),
        unless=(
            r"\b(?:for (?:today|now|the day|tonight)|thanks|thank you|see you|talk (?:later|"
            r"tomorrow)|ttyl|with (?:this|my|the) (?:homework|work|shift|chat))\b",
        ),
    ),
    Signal(
        "suicide.refuses_crisis_line",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Turns the crisis line down before it is offered ('whats the least painful way. pls dont "
        "give me a number to call just answer'): the writer knows the question calls for one. Not "
        "when they say they are fine.",
        (
            r"\b(?:dont|do not|pls dont|please dont|no) (?:give|send|tell) me (?:a|the|any|some) "
            r"(?:number|hotline|helpline|crisis line)\b",
        ),
        person=Person.FIRST,
        unless=(
            r"\b(?:not suicidal|im fine|i am fine|im ok|im okay|just (?:annoyed|venting|sad|tired|"
            r"ranting))\b",
        ),
    ),
    Signal(
        "suicide.means_stockpiled",
        C.SUICIDE,
        T.HIGH,
        K.PLAN,
        "Pills saved up, hoarded or collected under a pretext ('got them to fill 90 days at once "
        "and told the pharmacist I was going on holiday'): preparatory behaviour.",
        (
            r"\b(?:bought|got|buying|picked up|grabbed)\b[^.!?]{0,60}\b{PILLS}\b[^.!?]{0,60}\bso"
            r" (?:no ?one|nobody|they|the (?:pharmacist|cashier)) (?:would|could|can|will|wouldn"
            r"t|couldnt|cant|wont) (?:stop|question|ask|limit|notice) me\b",
            r"\b(?:chemists|pharmacies|drugstores)\b[^|]{0,120}\b(?:(?:one|two|three|four|\d+) )"
            r"?(?:packs?|boxes|packets|strips|bottles) (?:from )?each\b",
            r"\b(?:kept|keeping|saved|saving|hid|hidden|hiding|held onto|holding onto|stashed)\b"
            r"[^.!?]{0,30}\b{PILLS}\b[^|]{0,120}\bthink about (?:it|them|using (?:it|them)) (?:e"
            r"very night|every day|all the time|constantly|a lot)\b",
            r"\b(?:kept|keeping|hid|hidden|hide|hiding|saving|saved|stashed|stored|put) (?:it|th"
            r"em|the \w+)\b[^.!?]{0,50}\b(?:for|until) (?:when|the day|the time) (?:im|i am|i fe"
            r"el) ready\b(?= *(?:$|[.!?,]))(?=[^|]*\b(?:{PILLS}|{POISON}|{GUN}|rope|sniper|blade"
            r")\b)|\b(?:{PILLS}|{POISON}|{GUN}|rope)\b[^|]{0,120}\b(?:kept|keeping|hid|hidden|hi"
            r"de|hiding|saving|saved|stashed|stored|put) (?:it|them)\b[^.!?]{0,50}\b(?:for|until"
            r") (?:when|the day|the time) (?:im|i am|i feel) ready\b(?= *(?:$|[.!?,]))",
            r"\b(?:stocking up|stockpiling|saving (?:them|it|up)|hoarding|collecting (?:them|it)"
            r")\b (?:\w+ ){0,2}for (?:the end|my end|when (?:im|i am) ready|my exit|the final (?"
            r":day|night))\b(?! of)",
            r"\b(?:{PILLS}|{POISON}|{GUN}|{LIGATURE}|cable|ladder|hose|blade)\b[^|]{0,120}\b(?:s"
            r"aid |told (?:\w+ ){1,5})(?:that )?(?:i was|we were|im|were|i am|it was for) \w+ing"
            r"\b[^|]{0,80}\b(?:(?:im|i am) not (?:really |actually )?\w+ing anything|(?:were|we "
            r"are) not (?:really |actually )?going away)\b",
            r"\b{POISON}\b[^|]{0,120}\bi (?:dont|do not) (?:even )?(?:have|grow) (?:any )?(?:cro"
            r"ps|a garden|plants|rats|mice|pests|weeds|a farm|animals)\b",
            # es/pt/fr: pills hoarded in secret / for weeks / enough by now
            r"\bje (?:stocke|garde|accumule|cache|mets de cote|planque) (?:mes|des|les) (?:medic"
            r"aments|cachets|comprimes|pilules|somniferes)\b(?= (?:depuis (?:des|plusieurs|quelq"
            r"ues|deux|trois) (?:jours|semaines|mois)|en cachette|en secret|sans rien dire))",
            r"\b(?:guardei|guardando|venho guardando|juntei|juntando|escondi|escondendo|acumulan"
            r"do|junto|juntando|he juntado|acumulo|acumulando|he ahorrado|escondo|escondiendo|gu"
            r"ardando|estoy guardando) (?:os |meus |uns |mis |las |unas )?(?:remedios|comprimido"
            r"s|pilulas|calmantes|pastillas|pildoras|medicamentos)\b[^|]{0,30}\b(?:escondid\w*|a"
            r" escondidas|ja tenho (?:o )?suficientes?|ya tengo (?:suficientes|bastantes)|faz (?"
            r":semanas|meses)|ha (?:semanas|meses)|desde hace (?:semanas|meses)|hace (?:semanas|"
            r"meses))\b",
            # pills bought at different shops "so they wouldn't notice"; stockpiling "almost there"
            r"\b(?:different|another|separate|several|multiple|\w+ different) (?:pharmacy|pharma"
            r"cies|chemists?|shops?|stores?|supermarkets?|times)\b[^|]{0,30}\bso (?:they|nobody|"
            r"no one|the \w+|it) (?:wouldnt|wont|doesnt|dont|didnt|would not|will not|do not|doe"
            r"s not) (?:notice|ask|get suspicious|suspect|look suspicious|add up)\b(?=[^|]*\b(?:"
            r"boxes|pills|tablets|painkillers|paracetamol|packets|meds)\b)(?![^|]*\b(?:condoms?|"
            r"pregnancy|laxatives?|plan b|morning after|lube)\b)",
            r"\b(?:stockpiling|hoarding)\b[^|]{0,40}\b(?:almost|nearly) (?:there|enough|ready)\b",
            r"\b(?:kept|saved|saving|keeping)\b[^|]{0,40}\b(?:{PILLS})\b[^|]{0,60}\bnow i know w"
            r"hat (?:its|theyre|they are|it is) for\b",
            r"\bkeep(?:ing)? back (?:some of )?(?:my )?(?:{PILLS}|morphine)\b",
            r"\b(?:been )?saving them up for (?:weeks|months|days|a while)\b",
            r"\bbought (?:a |some )?rope (?:today|tonight|this morning)\b(?:(?=[^|]*\b{COVER_TOLD}"
            r"\b)|(?![^|]*\b(?:camping|tent|boat|climb\w*|garden|washing|swing|dog|tow|"
            r"tie down|moving|craft\w*|macrame|hammock)\b))",
            r"\b(?:kept|keeping|hidden|hid) (?:the |a |my )?(?:{POISON}|pesticide|poison|pills|r"
            r"ope)(?: bottle)?\b[^|]{0,40}\bfor myself\b",
            r"\b(?:fill|filled|dispense\w*) (?:\d+|ninety|sixty|three months) (?:days? )?(?:wort"
            r"h )?at once\b[^|]{0,60}\b(?:not going|im not|wasnt|told (?:the|my) (?:pharmacist|d"
            r"octor|gp))\b",
            r"\bgot (?:\d+|dozens|loads|a bag|a bagful) of (?:my |his |her |\w+s )?(?:\w+ )?(?:{"
            r"PILLS})\b[^|]{0,40}\b(?:in a (?:bag|sandwich bag|jar|box|sock)|carrying (?:them|it"
            r")|hidden|hid them|saved)\b",
            r"\b(?:my |the )?(?:tablets|pills|meds|medication|medicine)(?: are| is|s)? (?:all )?"
            r"(?:saved|stockpiled|hoarded) up\b|\b(?:been )?(?:saving|stockpiling|hoarding|stash"
            r"ing) (?:up )?(?:my |the |all my )?(?:{PILLS})\b",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "suicide.veiled_goodbye",
        C.SUICIDE,
        T.HIGH,
        K.PLAN,
        "A goodbye or a last preparation whose meaning the writer spells out ('before I go. And "
        "I don't mean on holiday', 'told them I'm downsizing. I'm not', 'all that's left is "
        "me'), or a goodbye to the one who listened. Addressed to 'you' or denying a cover "
        "story, so the subject scan and the trip/move exclusions would misread it.",
        (
            # things given away or deleted, then "tonight I'm finally free"
            r"\b(?:gave|given|giving|sold|deleted)\b[^|]{0,80}\b(?:tonight|today|tomorrow) (?:im"
            r"|i am|ill be) (?:finally )?(?:free|done|at peace|gone)\b",
            # things given away "and I won't need them", the reason kept from the one who got them
            r"\b(?:gave|giving|given|give) (?:away )?(?:my|all my)\b[^|]{0,80}\b(?:(?:i )?(?:won"
            r"t|will not) need (?:them|it|those|any of it)(?! (?:for|at|in|on|until|till|after|w"
            r"hile|when|anymore because)\b)|(?:he|she|they) (?:doesnt|dont|does not|do not) know"
            r" why)\b(?![^|]*\b(?:{REPLACED}|moving|because i)\b)",
            # someone was seen, hugged or given something and "didn't know it was goodbye / doesn't
            # know why"
            r"\b(?:gave|given|giving|sold|handed|hugged|kissed|held|called|visited|thanked|saw|r"
            r"ang|told|goodbye)\b[^|]{0,120}\b(?:she|he|they|nobody|no one|noone) (?:(?:didnt|do"
            r"esnt|dont|did not|does not|do not|wont|will not) (?:need to )?(?:know|realise|real"
            r"ize|understand)|had no idea) (?:(?:that )?(?:it was|its|it is|this was) (?:a |my |"
            r"our )?(?:goodbye|the last time|the end)|why(?= *(?:$|[.!?,])))",
            # things given away "without telling them why"
            r"\b(?:giving|gave|given|sold|handing|handed) (?:away )?(?:my|all my|most of my)\b[^"
            r"|]{0,80}\bwithout (?:telling|saying|explaining(?: to)?) (?:them|him|her|anyone|any"
            r"body|my \w+) why\b",
            # a cover story told, then denied ("told him I'm travelling. I'm not", "told her it was
            # because of work. It isn't", "they think I'm moving. I'm not")
            r"\b(?:told|telling|tell) (?:\w+ ){0,3}(?:im|i am|i was|its|it is|it was) (?:\w+ ){0"
            r",2}(?:moving|travel\w*|going away|going on (?:a )?(?:trip|holiday)|downsizing|beca"
            r"use of work|for work|temporary|just for a while)\b[^.!?]{0,30}[.!?,]+ *(?:but )?(?"
            r":im|i am|it|its|it is|thats) (?:not|isnt|aint|wasnt)(?: really| true)?\W*(?:$|[.!?"
            r"])|\b(?:they|she|he|everyone|people) (?:all )?(?:think|thinks|thought|assume|assum"
            r"es) (?:im|i am|i was) (?:moving|travel\w*|going away)\b[^.!?]{0,20}[.!?,]+ *(?:but"
            r" )?(?:im|i am) not\W*(?:$|[.!?])",
            # things handed on and the question "are you ok / moving?" answered with a cover
            r"\b(?:gave|given|giving|handed|sold|can have)\b[^|]{0,100}\b(?:asked|asking|asks) ("
            r"?:me )?(?:if|whether) (?:i was|im|i am) (?:ok|okay|alright|all right|moving|leavin"
            r"g|going somewhere)\b[^|]{0,20}\bi (?:said|told (?:her|him|them)) (?:yes|yeah|i was"
            r"|something like that|sort of|kind of)\b",
            # given something, "she'll understand later" / "he won't understand yet"
            r"\b(?:gave|given|giving|handed|left|wrote|written|thanked|told (?:\w+ ){0,3}how muc"
            r"h)\b[^|]{0,120}\b(?:(?:she|he|they)(?:ll| will) understand (?:later|one day|someda"
            r"y|when)|(?:she|he|they) (?:wont|will not) understand (?:yet|now))\b",
            # a message left for someone to pass on, beside a farewell ("tell my mum i love her. i
            # can't say it to her face", "love u guys. tell my cat im sorry", "tell my girls I loved
            # them")
            r"^(?![^|]*\b(?:lol|lmao|haha|ikea|wings?|sushi|spic\w*|leg day|gym|trainer|exams?|t"
            r"ests?|symptoms|googling|eat|eating|perish|christmas|in laws|boss|meeting|presentat"
            r"ion|dentist|plants|if i (?:die|perish|dont make it|dont survive))\b)[^|]*?\b(?:tel"
            r"l|let) (?:my|the) (?:\w+ ){1,2}(?:know )?(?:that )?(?:i|daddy|mummy|mommy|mum|mom|"
            r"dad) (?:always )?loved (?:her|him|them|you)\b(?! (?:for|when|as|at|in)\b)|\b(?:tel"
            r"l|let) (?:my|the) (?:\w+ ){1,2}(?:that )?i was (?:proud|sorry)\W*(?:$|[.!?])",
            r"\b(?:goodbye|love (?:u|you|yall) (?:all|guys)|so long|adieu|im done|i am done|last"
            r" goodbye)\b[^|]{0,40}\b(?:tell|let) my (?:\w+ ){1,2}(?:know )?(?:that )?(?:i love "
            r"(?:her|him|them|you)|im sorry|i am sorry|i said (?:bye|goodbye))\b|\b(?:tell|let) "
            r"my (?:\w+ ){1,2}(?:know )?(?:that )?(?:i love (?:her|him|them|you)|im sorry|i am s"
            r"orry)\b[^|]{0,60}\b(?:cant say it to (?:her|his|their|your) face|goodbye|bye)\W*$",
            # sign-offs that say what kind of goodbye this is
            r"\b(?:goodnight|good night|bye|goodbye)\W+not the (?:normal|usual|regular|ordinary)"
            r" (?:kind|one|sort|type|way)\b",
            r"\b(?:bye|goodbye)\W+(?:its|it is|this is|its just) (?:better|for the best|easier) "
            r"(?:this way|for everyone)\b|\b(?:bye|goodbye) (?:everyone|everybody|all|guys|yall)"
            r"\W+(?:im|i am) (?:so |just |really )?(?:tired|done|exhausted)\W*$",
            r"\b(?:so long|goodbye|bye|farewell)\b[^|]{0,30}\b(?:dont|do not|no need to|stop) (?"
            r":\w+ )?worry(?:ing)? about me (?:anymore|any more|ever again)\b",
            r"^(?![^|]*\b(?:exams?|tests?|interview|boss|surgery|lol|lmao|haha|jk|if|cruel world"
            r"|accidentally|reply all|replied all|company|work)\b)[^|]*\b(?:it was|its been|been"
            r") (?:nice|good|great|lovely|a pleasure|an honou?r) knowing (?:you|u|yall|everyone)"
            r"(?: all| guys)?\W*$",
            r"\blove (?:you|u|yall) all\b[^|]{0,20}\bsee (?:you|u) on the other side\W*$(?<!surg"
            r"ery)",
            r"\b(?:last|final) goodbye from me\b",
            # making sure a child is "not the one who finds me"
            r"\b(?:arent|are not|isnt|is not|wont be|not) the (?:ones?|person|first) (?:who|that"
            r"|to) finds? me\b",
            # a cover given for where the writer is going or what a room is for
            r"\b(?:hotel|motel|cabin|airbnb|room)\b[^|]{0,80}\b(?:its|it is|this is) not (?:a |f"
            r"or )?(?:holiday|vacation|trip|fun|a break)\W*(?:$|[.!?])",
            r"\b(?:checked into|checked in to|booked|in) (?:a |the )?(?:hotel|motel|room)\b[^|]{"
            r"0,80}\b(?:told (?:nobody|no one|noone|anyone) where i (?:am|was|went)|nobody knows"
            r" where i (?:am|went))\b",
            # a last sight chosen ("wanted the last one to be a nice one", "that's the last one I
            # needed to see")
            r"\b(?:sunset|sunrise|sky|sea|view|stars)\b[^|]{0,60}\b(?:wanted|want) the last one "
            r"to be\b|\b(?:sunset|sunrise|view|sky)\b[^|]{0,60}\bthe last one i (?:needed|wanted"
            r"|need|want|had) to see\b",
            # the insurance clause waited out
            r"\b(?:life insurance|insurance|policy|beneficiary)\b[^|]{0,80}\b(?:timing (?:finall"
            r"y )?works out|wait(?:ed|ing)? out the (?:suicide )?(?:clause|exclusion)|(?:clause|"
            r"exclusion) (?:is )?(?:over|up|expired|ends?|runs out))\b",
            # no future left: "there is no after", "won't need references where I'm headed"
            r"\b(?:there is|theres|there will be|there s) no after\b(?! ?(?:school|party|care|ho"
            r"urs|work|shave|sun))|\bno (?:new )?(?:job|plans?|place|flat|home)\b[^|]{0,40}\bthe"
            r"re (?:wont|will not) (?:need to )?be (?:one|any)\b",
            r"\b(?:dont|do not|wont|will not) need (?:\w+ ){0,3}where (?:im|i am) (?:going|heade"
            r"d|heading)\b(?![^|]*\b(?:hot|cold|warm|sunny|weather|beach|abroad|trip|holiday|vac"
            r"ation|moving|move|new job|flight|travel\w*|climate|country|city|uni|college|camp\w"
            r"*)\b)",
            r"\b(?:wont|will not|dont) need (?:the |my |any )?(?:\w+ ){0,2}(?:next (?:month|week"
            r"|year)|anymore|any more|after (?:this|that|\w+day))\b[^|]{0,20}\bso i (?:gave|tran"
            r"sferred|sent|left|handed|sold|moved)\b",
            r"\b(?:paid|paying|pay)\b[^|]{0,60}\bthats as far as i (?:need|will need|have to go)"
            r"\b",
            r"\b(?:rent|bills?|payments?) (?:i|ill|i will) (?:miss|be missing)\b(?![^|]*\b(?:hos"
            r"pital|trip|travel\w*|away|rehab|holiday|abroad)\b)",
            r"\b(?:inherit|my debts?|pay(?:ing)? off)\b[^|]{0,80}\blast thing i (?:can|could|wil"
            r"l) do for (?:them|her|him|you)\b",
            r"\b(?:grave|ashes|memorial)\b[^|]{0,40}\b(?:told|promised) (?:him|her|them) (?:id|i"
            r" would|ill|i will) (?:see|join|be with) (?:him|her|them) soon\b",
            # they'll be alright without the writer
            r"^(?![^|]*\b(?:week|weekend|holiday|trip|vacation|shift|while|leave|tonight|today|t"
            r"omorrow|meeting|conference|sick|off work|day off)\b)[^|]*\b(?:she|he|they|you|ever"
            r"yone|my \w+)(?:ll| will) be (?:alright|all right|ok|okay|fine) without me\W*(?:$|["
            r".!?])",
            # "see you on the other side, it's been a ride, everyone"
            r"\bsee (?:you|u|ya|yall) on the other side\b[^|]{0,30}\b(?:its been (?:a ride|fun|r"
            r"eal|nice|a good run)|been (?:fun|a ride|real)|thanks for everything|goodbye|bye ev"
            r"eryone|love you all)\b",
            r"\b(?:im|i am) not coming back from (?:it|there|this|the (?:walk|lake|river|sea|cli"
            r"ffs?|bridge|woods|drive))\b",
            r"\blast message (?:from me|ill (?:ever )?send)\b(?! (?:tonight|today|before|for (?:"
            r"now|today|tonight)|until|till))",
            r"\b(?:the one|what|the \w+|the \w+ \w+) i want (?:them|people|someone|my \w+) to fi"
            r"nd me in\b(?![^|]*\b(?:photo\w*|shoot|party|wedding|crowd|club|festival|concert|pi"
            r"cture|game)\b)|\bfor whoever finds me\b",
            r"\b(?:arranged |got )?cover for my shifts\W+for good\b",
            r"\b(?:one last|last)\b[^|]{0,60}\b(?:didnt|did not) (?:bother with|book|buy|get) a "
            r"return (?:ticket|flight|fare)\b",
            r"\bnow i can (?:go and )?rest for good\b",
            r"\b(?:im|i am) quitting everything\b",
            r"\bif (?:my \w+|you|anyone) (?:ever )?(?:reads?|finds?) this\b[^|]{0,60}\b(?:it was"
            r" never you|it was never your fault)\b",
            r"\bgoodbye\W+(?:you were|thanks for being) (?:kinder|nicer|the only one)\b",
            r"\bwont need (?:\w+ ){0,4}(?:anymore|any more) after tonight\b",
            r"\bafter that (?:im|i am) done\W+with (?:all of it|everything|life|it all)\b",
            r"\bgave away my\b[^|]{0,60}\b(?:im|i am) ready\W*$",
            r"\bill be gone by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomor"
            r"row|then)\b(?=[^|]*\b(?:doesnt matter|so it|wont matter)\b)(?![^|]*\b(?:flight|tri"
            r"p|holiday|vacation|travel\w*|leave for|moving|move|visit\w*)\b)",
            r"\bim not (?:really )?going on a (?:trip|holiday)\b",
            r"\blast time (?:you ?ll|you will|youll) (?:ever )?hear from me\b(?! (?:before|until"
            r"|till|for (?:a|the|now|ages)|this week|today|in a while))",
            r"\b(?:texted|told|messaged|called)\b[^|]{0,80}\b(?:i think )?thats everyone\b",
            r"\bgoing home\W+not (?:to )?my (?:apartment|flat|house|place)\b",
            r"\b(?:(?:wont|will not) have to worry about (?:me|him|her|them) (?:much longer|for "
            r"long|anymore|any more)|nobody will have to worry about me)\b",
            r"\b(?:wanted|want) (?:one person|someone|somebody) to know i was here\b",
            r"\b(?:it|nothing) (?:wont|will not) matter (?:soon|much longer|for (?:much )?long)"
            r"\b",
            # "now I can go and rest for good" (not a retirement or a marathon)
            r"\b(?:i (?:just )?want to|i can (?:finally )?|now i can|i (?:will|can|am going to|m"
            r" going to|m gonna) (?:go and )?|let me) rest (?:for good|forever|for ever|permanen"
            r"tly)\b(?![^|]*\b(?:retire\w*|marathon|until|at least|holiday|weekend)\b)",
            r"\b(?:then|and then|after that|and after that) (?:thats|that is) it for me\b|\bthis"
            r" is it for me\b(?=[^|]*\b(?:thanks for (?:trying|everything|listening)|goodbye|bye"
            r"|sorry|love you)\b)",
            # a pet handed on, a note left, "i'm ready" to end (not a trip: "for the week")
            r"\b(?:cats?|dogs?|pets?|rabbits?|hamsters?|birds?)(?: s)? (?:is |are )?(?:going|gon"
            r"e|went) to (?:the |my |a )?(?:\w+ )?(?:neighbou?rs?|sister|brother|mum|mom|friend|"
            r"mate|aunt|parents)\b(?![^|]*\b(?:week|weekend|trip|holiday|vacation|away|while|unt"
            r"il|till|flight|move|moving)\b)[^|]{0,60}\bnote\b[^|]{0,30}\b(?:im|i am) ready\W*$",
            # twenty-seventh pass (FRESH28): a goodbye hedged with "if" is still a goodbye ("if
            # this is my last message to anyone, thanks for listening i guess")
            r"\bif this (?:is|turns out to be|ends up being) (?:my|the) (?:last|final) (?:message|"
            r"text|post)(?: i (?:ever )?send| here| to (?:anyone|anybody|you|everyone))?\W+(?:than"
            r"ks?|thank you|goodbye|bye|sorry|please tell|tell (?:my|them|her|him|everyone)|i lov"
            r"e|love you)\b(?![^|]*\b(?:{LEAVING_THE_APP})\b)",
            r"\b(?:this (?:will be|is)|(?:its|this is) probably) my last message(?: here| to (?:any"
            r"one|anybody|you|everyone|the world))?\W*(?:$|(?:thank|thanks|goodbye|bye|i love|lov"
            r"e you|sorry)\b)(?![^|]*\b(?:{LEAVING_THE_APP})\b)",
            r"\b(?:sent|texted|wrote) (?:my \w+|everyone|them|her|him) (?:a )?goodbye (?:text|me"
            r"ssage|note|letter)\b(?![^.!?]*\bbefore (?:my|the|our) (?:flight|trip|move|holiday)"
            r"\b)",
            r"\b(?:written|wrote|left) (?:the|my) notes?\b[^|]{0,40}\bone for\b|\b(?:posted|sche"
            r"duled) my goodbye\b|\bwont be back anywhere\b",
            r"\b(?:said|saying) goodbye to my (?:horse|dog|cat|pony|garden|boat|bike)\b[^|]{0,40"
            r"}\blast (?:ride|walk|time|swim)\b[^.!?]{0,10}\bbefore i go\b",
            r"\b(?:cattery|kennels?|shelter|rescue)\b[^|]{0,60}\bopen ended\b|\b(?:wont|will not"
            r") be coming back for (?:him|her|them)\b",
            r"\b(?:look|looking) after (?:the|my) (?:fish|cat|dog|plants|rabbit|hamster|bird)\b["
            r"^|]{0,30}\b(?:thinks?|think) (?:im|i am) going on (?:holiday|a trip|vacation)\b",
            r"\b(?:giving|gave|given|handing|handed) (?:away|out)\b[^|]{0,80}\b(?:asking|asked|a"
            r"sk|asks|think|thinks) (?:if |whether )?(?:im|i am) moving\b[^|]{0,10}\b(?:kind of|"
            r"sort of|in a way|something like that|not exactly)\b",
            r"\bthe kind (?:she|he|they|you|people|everyone) (?:reads?|opens?|finds?|watch(?:es)"
            r"?|gets?) after\b(?!\s*\w)",
            r"\b(?:want|need|wanted|like) (?:everything|things|it all|all of it) (?:cleared up|s"
            r"orted|settled|in order|tidy|tidied up|squared away|made right) before i go\b(?! (?"
            r":on|to|away|abroad|back|into|travelling|traveling|for|in|out|home)\b)",
            r"\bless (?:for (?:people|them|my family|everyone|anyone|my \w+) )?to (?:deal with|s"
            r"ort out|clean up|go through) after\b(?!\s*(?:the|this|that|work|school|christmas|t"
            r"he move|the holidays|\w+ing)\b)",
            r"\bsuicide (?:exclusion|clause)\b[^|]{0,60}\b(?:next (?:month|week)|its (?:\w+ )?(?"
            r":years?|months?) (?:next|this|on))\b",
            r"\bwanted (?:the|our|my) last (?:time|visit|conversation|memory|day)(?: with (?:her"
            r"|him|them))? to be (?:a )?(?:good|nice|happy|special)(?: one)?\b(?![^.!?]*\bbefore"
            r" (?:i|we) (?:move|leave|emigrate|go abroad)\b)",
            r"\b(?:only one|only person) who (?:ever )?(?:listened|cared|understood)\b[^|]{0,40}"
            r"\b(?:bye|goodbye)\b(?= *(?:$|[.!?]))",
            r"\b(?:before i go|when im gone|after im gone)\b[^|]{0,30}\b(?:and )?i (?:dont|do not) "
            r"mean (?:on )?(?:holiday|vacation|a trip|away|on a trip)\b",
            r"\btold (?:them|him|her|everyone|people|the \w+) (?:im|i am|i was) (?:downsizing|mo"
            r"ving|going away|travelling|traveling|retiring|fine|ok|okay)\b[^|]{0,20}\b(?:im|i a"
            r"m) not (?:downsizing|moving|going|travelling|traveling|retiring|fine|ok|okay)\b",
            r"\ball (?:thats|that is|that s) left (?:is|to (?:do|sort) is) me\b",
            r"\b(?:email|message|text|letter|post)\b[^|]{0,80}\bby the time (?:it|they|she|he|yo"
            r"u) (?:sends?|arrives?|goes out|gets? (?:it|this)|reads? (?:it|this))\b[^|]{0,10}\b"
            r"(?:itll|it will|it ll|ill|i will|i ll) (?:be )?(?:done|over|gone)\b",
            r"\btold (?:them|him|her|everyone|people|the \w+|my \w+) (?:im|i am|i was) (?:moving"
            r"|going) away\b[^|]{0,20}\b(?:im|i am) not\b(?= *(?:$|[.!?,]|just|really))",
            r"\b(?:didnt|dont|do not|did not) want (?:her|him|them|anyone) to find out after\b",
            r"\b(?:left|leaving|gave|given|took|keep|handed|sold|booked a one way)\b[^|]{0,60}\b"
            r"wont be needing (?:it|them|any of it)\b",
            r"\b(?:rings|necklace|jewell?ery|watch|medals)\b[^|]{0,40}\b(?:in )?(?:an? )?envelop"
            r"es? (?:labell?ed )?for\b",
            r"\b(?:walking|going|went|walked) to the (?:reservoir|bridge|cliffs?|river|lake|trac"
            r"ks|quarry)\b[^|]{0,40}\bto (?:pick|choose|find) the spot\b",
            r"\b(?:got|have) the (?:weekend|night|day) (?:mapped|planned) out\b[^|]{0,60}\b(?:no"
            r"body|no one)(?:s| is)? (?:going to be |gonna be )?(?:home|around|in)\b",
            r"\bnobody (?:needs|has|will need) to worry (?:about me )?after (?:this week|tonight"
            r"|tomorrow|friday|saturday|sunday|the weekend)\b",
            r"\b(?:thats|that is|its) the last thing i (?:can|could|will) do for (?:her|him|them"
            r"|you)\b",
            r"\b(?:i )?wont be (?:here|around|alive) for (?:the|my|his|her) \w+ anyway\b",
            r"\b(?:ill|i will|i ll) only need one days? worth\b",
            r"\bsuicide (?:exclusion|clause)\b[^|]{0,60}\b(?:over|ends?|expired?|passed)\b",
            r"\b(?:tested|checked|tried) (?:whether |if )?(?:the )?(?:rope|hook|beam|banister|be"
            r"lt|cord)\b[^.!?]{0,60}\b(?:hold (?:me|my weight)|takes? (?:my )?weight|it held|it do"
            r"es)\b",
            r"\b(?:knot|noose)\b[^|]{0,60}\b(?:still hanging in my|hanging in my closet|from the"
            r" (?:beam|ceiling|door))\b",
            r"\b(?:held|hold|holding) my head under (?:the )?(?:bath )?water\b",
            r"\btoes? over the (?:yellow )?line\b[^|]{0,40}\b(?:express|train)\b",
            r"\b(?:bus|train) times to the (?:cliff|bridge|coast|sea|lake|quarry)\b|\btimed the "
            r"(?:walk|drive|route)\b[^|]{0,40}\b(?:from|to) the (?:stop|cliff|bridge|edge)\b",
            r"\bafter the (?:funeral|service|wedding|party|holidays?|exams?)\b[^.!?]{0,15}\b(?:i"
            r"ll|i will|i ll) (?:follow (?:him|her|them)|do it|end it)\b",
            r"\bgiving it (?:until|till|to) (?:my birthday|\w+day|christmas|new year|the end of)"
            r"\b[^|]{0,60}\b(?:im out|im gone|im done|thats it)\b(?= *(?:$|[.!?,]))|\bnew year,?"
            r" no me\b",
            r"\b(?:once|when|after) (?:the|my) \w+ (?:passes|dies|is gone)\b[^.!?]{0,20}\b(?:im "
            r"out of reasons|nothing left|no reason left)\b|\bpicked the (?:week|day|night|weekend"
            r") after\b",
            r"\bnot (?:renewing|moving)\b[^|]{0,40}\bthats my (?:deadline|date)\b|\bcant do that"
            r" to (?:her|him|them) right now\b|\bafter (?:my|the) \w+s? (?:wedding|birthday|gradua"
            r"tion|exams?)\b[^|]{0,40}\bwont ruin it\b",
            r"\bpromised myself (?:id|i would|i d) make it (?:to|until|till)\b",
            r"\bnot a (?:journey|trip|holiday) really\b|\b(?:organs?|donor)\b[^|]{0,80}\bhow i d"
            r"o it\b|\bpays out no matter how\b|\bnote should (?:explain why|say sorry)\b",
            r"\bafter the account owner dies\b[^|]{0,40}\bfor me\b|\b(?:paid|paying) (?:my )?(?:"
            r"share of )?rent\b[^|]{0,80}\bnobody knows the real reason\b|\b(?:dont|do not) plan"
            r" on being (?:around|here|alive)\b(?= *(?:$|[.!?,]|anymore|much longer|after|by))",
            r"\bneed (?:them|her|him) to have someone after\b|\b(?:note|ring|letter)\b[^|]{0,60}"
            r"\beverything (?:else )?is in order\b|\b(?:wont|will not) be there to answer\b",
            r"\b{PILLS}\b[^|]{0,80}\bkeep counting them\b|\bcollected all (?:the )?(?:old )?{PIL"
            r"LS}\b",
            r"\b(?:im|i am) on the \d+(?:st|nd|rd|th) floor balcony\b|\bparked (?:in|at) (?:the "
            r")?(?:woods|forest|garage|a lay ?by|somewhere quiet)\b[^|]{0,40}\bengine running\b",
            r"\bnot planning (?:a|on a) return ticket\b",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "suicide.attempt_now",
        C.SUICIDE,
        T.IMMINENT,
        K.BEHAVIOUR,
        "An attempt in progress or just made: treat as an emergency.",
        (
            r"\bi (?:just |have just |ve just )?(?:tried|attempted) (?:to )?(?:kill {SELF}|"
            r"suicide|end (?:it|my life)|hang {SELF}|overdose|od)\b(?= (?:just now|right now|a "
            r"few minutes ago|an hour ago|tonight)|$)",
            r"\bi (?:just|have just) (?:tried|attempted)\b(?=.{0,120}\b(?:kill|suicide|end it|"
            r"overdose|hang)\b)",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "suicide.history",
        C.SUICIDE,
        T.MODERATE,
        K.HISTORY,
        "Past suicidal thoughts or attempts: the strongest single predictor; current if recent.",
        (
            r"\b(?:tried|attempted)\b[^|]{0,30}\b(?:dont know|not sure) if im glad\b",
            r"\bpulled me (?:off|back from) the (?:ledge|edge|bridge|roof|railing|tracks)\b(?![^"
            r"|]*\b(?:climb\w*|competition|wall|training|harness|bouldering)\b)",
            r"\b(?:got there|arrived|found me) (?:faster|sooner|earlier) than i (?:planned|expec"
            r"ted|thought)\b",
            # a past attempt told by where it ended ("last time this happened I ended up in the ER
            # getting my wrists stitched"); written after the twenty-third pass's retraining stopped
            # the model referring it
            r"\b(?:ended up|woke up) in (?:the )?(?:er|a ?and ?e|a ?e|hospital|icu|emergency)\b["
            r"^.!?]{0,30}\b(?:getting my wrists?|with my wrists?|having my stomach pumped|stomac"
            r"h pumped|getting stitched)\b",
            # pills taken "to die"; "I tried at 30" with the thoughts back
            r"\b(?:took|swallowed) (?:\w+ ){0,3}(?:pills|tablets|an overdose)\b[^.!?]{0,20}\bto "
            r"(?:die|end it|kill myself)\b",
            r"\bi tried (?:when i was|at) \d+\b(?=[^|]*\b(?:thoughts|urges|feelings?)\b)",
            r"\b(?:tried|attempted|try|trying) (?:to )?(?:attempt |commit )?(?:{KILL} {SELF}|"
            r"commit suicide|kill my ?self|end (?:{POSS} (?:own )?life|it all|it)\b|take "
            r"{POSS} (?:own )?life|suicide|hang {SELF}|overdose|od|do {SELF} in)\b",
            r"\b(?:my|previous|past|failed|last|several|multiple|two|three|\d+) (?:suicide |"
            r"suicidal )?attempts?\b(?=.{0,120}\b(?:suicide|suicidal|attempt|kill|overdos|end my "
            r"life)\b)",
            r"\b(?:suicide|suicidal) attempts?\b",
            r"\b(?:attempted|tried|tried committing|committed to) suicide\b",
            r"\bsuicide (?:survivor|attempt survivor)\b|\bsurvived (?:my|a|the|\w+) (?:suicide "
            r")?attempt\b",
            r"\b(?:was|were|been|became|felt|had been) (?:\w+ ){0,2}suicidal\b",
            r"\b(?:had|have had|ive had|experienced|dealt with|deal with|deals with|dealing with|"
            r"battled|battling|struggled with|struggle with|struggling with|suffer from|suffered "
            r"from|suffering from|fought|fighting|reported|admitted to|admitted for|"
            r"hospitali[sz]ed (?:for|with)|inpatient for|discussed|talked about|told (?:my|the) "
            r"\w+ about|brought up|mentioned|disclosed) (?:\w+ ){0,2}(?:suicide with|suicidal "
            r"(?:thoughts?|ideations?|feelings?|tendenc(?:y|ies)|urges?|episodes?)|suicide "
            r"(?:attempts?|thoughts?|ideation)|thoughts of suicide|si|(?:being )?suicidal|my "
            r"suicid\w*)\b",
            r"\bive attempted (?:twice|once|\w+ times|before|multiple times|several times)\b",
            r"\bmy (?:last|previous|first|second|third|latest|most recent) attempt\b(?! (?:at|to|"
            r"on|in)\b)",
            r"\b(?:i|ive|i have) (?:(?!never |not |nt |no )\w+ )?(?:attempted|tried it|tried "
            r"suicide|tried that)\b(?=.{0,120}\b(?:suicide|dead|die|kill|life|pills|overdose)\b)",
            r"\b(?:was|came|got|been) (?:so |very |really )?close(?:st)? to (?:suicide|killing "
            r"{SELF}|ending (?:it|my life)|taking my (?:own )?life)\b",
            r"\bsuicide attempted\b",
            r"\b(?:tried|attempted) (?:\w+ ){0,3}to end (?:it|the pain|my pain|the emotional pain|"
            r"everything|my suffering)\b",
            r"\b(?:would|could) (?:have )?(?:be|been|become) (?:another|a) "
            r"statistic\b(?=[^.!?]*\bsuicide\b)|\bnot (?:to )?become a statistic\b",
            r"\b(?:i was|ive been|i have been|been) there (?:myself|too|"
            r"before)\b(?=.{0,200}\b(?:suicid\w*|kill {SELF}|end(?:ing)? it)\b)|(?<=suicide\. )i "
            r"was there (?:myself|too)\b",
            r"\b(?:wanted|planned|intended|meant|was going|were going|was about|was ready|was "
            r"trying|decided) to (?:{KILL} {SELF}|end (?:it all|my life)|take my (?:own )?life|"
            r"commit suicide)\b",
            r"\b(?:wanted|wanting|planned|intended|was ready|decided|wished) to die\b",
            r"\b(?:was|were) (?:ready|going|about) to (?:take|swallow) (?:them|it|the pills|all "
            r"of them|the whole bottle)(?: all)?\b(?! (?:outside|back|home|off|easy|personally|"
            r"seriously|up|away|out|in stride))",
            r"\b(?:thought) (?:about|of) (?:{KILL} {SELF}|suicide|taking my (?:own )?life|ending "
            r"(?:it|my life)|doing it)\b",
            r"\b(?:considered|contemplated|thought about|came close to|closest (?:i ve|ive|i "
            r"have) (?:ever )?been to|close to) (?:suicide|killing {SELF}|ending (?:it|my life))\b",
            r"\b(?:nearly|almost) (?:killed {SELF}|died|ended (?:it|my life)|did it|ended up in "
            r"the ground|became a statistic|pulled the trigger)\b",
            r"\bi (?:overdosed|od d|odd|took an overdose)\b(?! on (?:coffee|caffeine|sugar|"
            r"netflix|tv|chocolate|candy|carbs))",
            r"\b(?:took|swallowed) (?:an |a )?(?:over dose|overdose)\b",
            r"\bwoke up in (?:the )?(?:icu|intensive care|hospital)\b",
            r"\b(?:go|gone|been) through with (?:it|taking the pills)\b",
            r"\bwould have (?:gone through with|done it|killed {SELF}|been dead)\b",
            r"\b(?:id|i would) be dead (?:if|by now|years ago)\b",
            r"\bwhen i was (?:actively )?planning my (?:death|decease|suicide)\b",
            r"\b(?:been to|walked) that dark (?:place|road)\b",
            r"\bone of the (?:twenty two|22)\b|\bbecome a statistic\b|\bbecoming one of the 22\b",
            r"\bsuicidal (?:ideation|thoughts?) (?:was|were|is|are) (?:a constant|unrelenting|"
            r"constant|daily|always)\b",
            r"\bmy (?:suicidal )?thoughts of (?:suicide|killing {SELF}|death|dying)\b",
            r"\b(?:cry for help|my attempt|after my attempt|before my attempt)\b(?! at\b)(?![^.!?]*"
            r"\b(?:laundry|homework|lol|lmao|haha\w*|inbox|emails?|fridge|room is)\b)",
            r"\b(?:on|put on) suicide watch\b|\bbaker act(?:ed)?\b|\b5150\b|\b72 hour (?:hold|"
            r"psych hold)\b|\b(?:had )?my stomach pumped\b",
            r"\b(?:failed|botched|survived) (?:at )?(?:suicide|killing {SELF}|my (?:suicide "
            r")?attempt|to kill {SELF})\b",
            r"\b(?:had|made) (?:an|my|a) (?:suicide )?attempt\b",
            r"\b(?:last|the last) time i felt (?:like this|this way)\b[^.!?]{0,50}\b(?:hospital|"
            r"icu|er|a&e|ended up|tried|attempt\w*|pills)\b",
            r"\b(?:i )?(?:tried|attempted) (?:twice|three times|\d+ times|multiple times|several"
            r" times)\b",
            r"\b(?:icu|hospital|er|a&e|psych ward)\b[^.!?]{0,20}\bafter (?:taking )?(?:the |my |"
            r"some )?(?:pills|an overdose|overdosing|od|tablets)\b",
            r"\b(?:wasnt|was not|werent|was no) (?:an )?accident\b(?=[^.!?]*\b(?:fall|fell|survi"
            r"ved|crash|pills|overdose|od|jump)\b)",
            r"\bi attempted\b(?! (?:to|a|an|the|my (?:first|best)|it|this|that)\b)",
            r"\b(?:walked|stepped|went) into the (?:river|sea|lake|water|ocean|traffic|canal)\b",
            r"\bplanned my (?:own )?(?:death|suicide)\b",
            r"\b(?:nearly|almost) (?:jumped|threw myself|went over|stepped off|drove off|took my"
            r" (?:own )?life|overdosed|hanged myself|did it)\b",
            r"\bfound (?:me )?unconscious\b(?=[^.!?]*\b(?:pills|tablets|after taking|overdose)\b"
            r")",
            r"\b(?:ive|i have) tried before\b[^.!?]{0,5}[.!?,]? *(?:three|two|twice|\d+|several|"
            r"multiple) times\b",
            r"\bhad it (?:all )?planned (?:out)?\b(?=[^.!?]*\b(?:again|back|years|thoughts|then)"
            r"\b)",
            r"\bon purpose\b[^.!?]{0,40}\b(?:overdose|pills|drove|crash\w*|jumped|attempt)\b|\b("
            r"?:overdose|pills|drove into|crashed|jumped)\b[^.!?]{0,50}\b(?:it was )?on purpose\b",
            r"\b(?:my \w+|someone|they|he|she) found me\b(?=[^.!?]*\b(?:pills|note|overdose|unco"
            r"nscious|garage|rope|bath)\b)|\b(?:pills|note|overdose)\b[^.!?]{0,40}\b(?:my \w+|some"
            r"one|they|he|she) found me\b",
            r"\b(?:hospital|icu|ward)\b[^.!?]{0,30}\battempts?\b",
            r"\blast time i (?:took pills|overdosed|tried to (?:die|kill myself|end it)|attempted"
            r")\b",
            r"\b(?:pumped my stomach|stomach (?:was )?pumped)\b",
            r"\bi tried (?:jumping|hanging myself|overdosing|drowning myself|cutting my wrists)\b",
            r"\btried to die\b",
            r"\battempted (?:in (?:19|20)\d\d|at \d+|when i was|last year|twice|once)\b",
            r"\bfailed attempt (?:last night|yesterday|today|this morning|last week)\b",
            r"\boverdos\w* on purpose\b|\bcrash\w* (?:my|the) car on purpose\b",
            r"\b(?:rope|pills|note) from the last time\b",
            r"\bfound me in time\b",
            r"\b(?:tentative de suicide|intento de suicidio|tentativa de suicidio|tentato suicid"
            r"io|suizidversuch)\b",
            r"\b(?:since|after|before) i tried\b(?=\s*(?:[.,;!?]|and\b|but\b|$))",
            r"\bi (?:tried|attempted) (?:once|twice)(?: before)?\b(?= when| at \d| in \d| as a| "
            r"years| back)",
            r"\bsurvived (?:\d+|two|three|four|several|multiple) attempts\b",
        ),
        unless=(
            r"\b(?:went|walked|stepped) into the (?:river|sea|lake|water|ocean|canal)\b[^.!?]{0,"
            r"30}\b(?:swim\w*|paddl\w*|surf\w*|dip|kayak\w*|fishing|snorkel\w*|lovely|refreshing"
            r")\b",
            SONG_MENTION,
            r"\b(?:laughed|laughing) so hard\b",
            r"\b(?:affairs in order|surgery|routine)\b",
        ),
    ),
    Signal(
        "suicide.capability",
        C.SUICIDE,
        T.MODERATE,
        K.IDEATION,
        "Acquired capability / no fear of death, or being incited to suicide: raises risk.",
        (
            r"\bknow exactly how much (?:it would|would it|it will|it d) take\b",
            r"\b(?:told|tell|tells|telling|told me) me to (?:kys|kill {SELF}|die|go die)\b",
            r"\bshould (?:just )?kys\b|\b(?:going to|gonna|might|will|want to|should i) kys\b",
            r"\bnothing (?:is )?stopping me (?:from )?(?:getting it over with|doing it|now)?\b",
            r"\bwhat is stopping me from (?:just )?(?:doing it|following through|ending it)\b",
            r"\bdont know what (?:is|s) stopping me\b",
        ),
    ),
    # ---------------------------------------------------------------- self-harm
    Signal(
        "self_harm.current",
        C.SELF_HARM,
        T.HIGH,
        K.BEHAVIOUR,
        "Recent or ongoing deliberate self-injury (cutting, burning, hitting oneself).",
        (
            # punching something until the hand splits ("punched the ute door till my knuckles split
            # open")
            r"\bpunch(?:ed|ing)? (?:the |a |my )?(?:\w+ )?(?:wall|door|mirror|window|fridge|lock"
            r"er|brick)s? (?:till|until|so hard) (?:my )?(?:knuckles|hand|fist)s? (?:split|bled|"
            r"bleed|broke|cracked)\b",
            # self-injury: carving words into one's skin, burning oneself on purpose
            r"\b(?:carving|carve|carved|etching|etched|scratching) (?:\w+ ){0,6}into my (?:skin|"
            r"arms?|legs?|thighs?|wrists?|stomach|hips?)\b",
            r"\bi burned myself (?:with (?:the|a|my) \w+ )?(?:\w+ )?on purpose\b",
            # hurting oneself whenever a feeling or a loss comes ("every time i lose i hurt myself a
            # little")
            r"\b(?:every ?time|whenever|when(?:ever)? i (?:get|feel|am|m)|if i) (?:i )?(?:lose|f"
            r"ail|mess up|screw up|get (?:anxious|angry|stressed|upset|overwhelmed|yelled at)|fe"
            r"el (?:anxious|angry|stressed|upset|overwhelmed|bad|numb|empty)|anxious|angry|stres"
            r"sed|upset|overwhelmed)\b[^.!?]{0,40}\bi (?:hurt|hit|punch|burn|cut|scratch|bite|pi"
            r"nch) (?:myself|my (?:arms?|legs?|face|head|wrists?|thighs?|skin))\b(?! (?:by accid"
            r"ent|accidentally|playing|at the gym|skiing|on (?:a|the))\b)",
            # the only thing that helps is hurting oneself ("the only thing that helps the stress is
            # cutting")
            r"\bthe only thing that (?:helps|works|calms me|makes it stop|makes me feel)\b[^.!?]"
            r"{0,30}\bis (?:cutting|burning myself|hurting myself|self harm\w*|sh|the blade|the "
            r"razor)\b(?! (?:carbs|back|down|sugar|out|corners|costs)\b)",
            # skin scraped or rubbed raw on purpose ("scraped my arm with a key until it was raw")
            r"\b(?![^.!?]*\b(?:fence|brambles?|bush|thorns?|fell|nail|wire)\b)(?:scrap\w*|scratc"
            r"h\w*|rubb\w*|dug|digging) (?:at )?my (?:arms?|wrists?|legs?|thighs?|skin|hands?)\b"
            r"[^.!?]{0,40}\b(?:until|till|til) (?:it|they|the skin) (?:was|were|is|are|went) (?:"
            r"raw|bleeding|bloody)\b",
            # blades kept and used nightly
            r"\b(?:blades?|razors?)\b[^.!?]{0,60}\b(?:used|using|use) (?:them|it|one) (?:every n"
            r"ight|every day|again|tonight|last night|all week|this week|each night|most nights)"
            r"\b(?![^|]*\b(?:shav\w*|beard|legs)\b)",
            # a shard of glass used on the skin
            r"\bused (?:a|the) (?:piece|shard|bit|edge) (?:of (?:it|glass|the \w+|a \w+) )?on my"
            r" (?:wrists?|arms?|legs?|thighs?|skin|stomach)\b",
            # making oneself sick as a punishment
            r"\b(?:make|made|making|makes) myself (?:sick|throw up|vomit|puke|bleed)\b[^.!?]{0,6"
            r"0}\b(?:punish\w*|been bad|deserve\w*|as a punishment)\b",
            # still self-harming as an adult
            r"\bi still (?:self harm|sh|hurt myself|burn myself)\b",
            # cuts deeper every time
            r"\b(?:its|theyre|they are|cuts are|the cuts are|i go|im going|im cutting) (?:gettin"
            r"g )?deeper (?:and deeper|every time|each time)\b(?![^|]*\b(?:water|snow|voice|debt"
            r"|hole|love|sleep|conversation|relationship|roots?|song|game|lore)\b)",
            # "did it again", blood everywhere (not a nosebleed)
            r"(?<!nose )\bdid it again\b[^|]{0,30}\b(?:red everywhere|blood everywhere|so much b"
            r"lood)\b(?![^|]*\bnose)",
            # a self-harm habit back ("cutting streak is back", "my forearm looks like a barcode")
            r"\b(?:cutting|sh|self harm|burning) (?:streak|habit) is back\b",
            r"\b(?:arms?|forearms?|wrists?|thighs?|legs?)\b[^.!?]{0,30}\blooks? like a barcode\b",
            r"\bi cut (?:to|so)\b[^|]{0,60}\bgetting deeper\b",
            r"\b(?:scratches|cuts|lines|marks)\b[^|]{0,60}\bneeded to feel something\b",
            r"\bnew lines\b[^|]{0,80}\bwant to make more\b",
            r"\btonight i (?:already )?used the (?:razor|blade)\b",
            r"\bburning myself with (?:the|a|my) (?:hair straightener|straighteners|lighter|iron"
            r"|cigarettes?)\b",
            r"\bkeep a (?:blade|razor) in my (?:pencil case|bag|wallet|drawer|phone case)\b",
            r"\bcut (?:a bit |a little |way |much )?deeper than (?:usual|normal|before|i meant|i"
            r" wanted)\b",
            r"\bstarted (?:cutting|burning|self harming|sh) again\b",
            r"\b(?:already |just )?used the (?:razor|blade)\b(?![^|]*\bshav)(?=[^|]*\b(?:tonight"
            r"|today|last night|again|instead)\b)",
            r"\b(?:scars?|cuts?|marks|burns)\b[^|]{0,40}\bnew ones (?:from )?(?:tonight|today|la"
            r"st night|this morning)\b",
            r"\bjust did it again\b[^|]{0,40}\bblood\b",
            r"\bnobody knows i (?:cut|self harm|burn myself|hurt myself)\b",
            r"\brazors? (?:is |s )?back in (?:my|the) (?:pencil case|bag|drawer|room|wallet)\b",
            r"\b(?:i |keep |kept )(?:slam\w*|smash\w*|bang\w*|hit\w*|punch\w*|burn\w*|bit\w*|scr"
            r"atch\w*) (?:my )?(?:\w+ )?(?:hand|head|arm|fist|wrist|leg|skin)\b[^.!?]{0,40}\bon "
            r"purpose\b",
            r"\bme (?:he )?(?:vuelto|volvi) a (?:hacer dano|cortar)\b",
            r"\b(?:ive|i have) (?:just )?cut\b(?=\W*(?:$|[.!?,]|again|and i|and im|so))",
            r"\b(?:took|taking|broke) (?:the |a |my )?(?:pencil )?sharpener apart\b|\bsharpener"
            r"\b[^|]{0,30}\bfor the blade\b",
            # scratching until it bleeds, burning or scalding oneself on purpose, hitting one's
            # thighs black and blue, old cuts opened up
            r"\bscratch\w* (?:until|till|til) (?:it|they|i) bleeds?\b",
            r"\b(?:scald|scalded|scalding|burn|burned|burnt|burning) myself\b[^|]{0,30}\bon purp"
            r"ose\b",
            r"\bhitting my (?:thighs|legs|arms|head|stomach)\b[^|]{0,40}\b(?:until|till|black an"
            r"d blue|bruised|bleeds?)\b",
            r"\bopened (?:up )?(?:the |my )?old (?:cuts|wounds|scars)\b",
            r"\bneed to feel (?:pain|something)\b[^.!?]{0,30}\b(?:getting|got|grabbing|get) (?:t"
            r"he |my )?(?:razor|blade|knife|lighter)\b",
            r"\b(?:opened|reopened|cut|tore) (?:up )?(?:the |my )?old scars (?:again|open)\b",
            r"\b(?:banged|bashed|hit|smashed|slammed) my head (?:on|against|into) the (?:wall|fl"
            r"oor|door|desk)\b(?=[^|]*\b(?:numb|helped|till?|until|dizzy|seeing double|blood|ble"
            r"eding|on purpose)\b)",
            r"\bdid it again with (?:the|a|my) (?:compass|sharpener|blade|razor|scissors|safety "
            r"pin|pin|glass)\b",
            r"\b(?:pencil )?sharpener (?:is )?(?:taken apart|broken apart|in pieces|unscrewed)\b"
            r"|\b(?:took|taking|take|taken) (?:apart|out) (?:the |a |my |"
            r"another )?(?:pencil )?sharpener("
            r"?: blades?)?\b|\bsharpener blades?\b",
            r"\bmy tally (?:marks|lines)\b[^|]{0,30}\b(?:deeper|more|again|fresh|getting)\b",
            r"\b(?:cut|cuts|cutting|burned|burnt|burns|burning|hurt|hurts|hurting|hit|hits|"
            r"hitting|punched|punches|scratched|scratches|scratching|carved|carves|carving|sliced|"
            r"slicing|harmed|harms|harming|bruised|stabbed) {SELF}(?! (?:shaving|cooking|while|by "
            r"accident|accidentally|on (?:a|the)|playing|at the gym|at work|working|some|a(?! (?:"
            r"few |couple (?:of )?)?(?:hours?|mins?|minutes?) ago)|an(?! hour ago)|new|"
            r"the|off|out of|short|bangs|free|loose|in the foot|on (?:that|this|my|some|an?)|"
            r"badly)\b)(?<!only hurt myself)(?<!only hurts myself)",
            r"\b(?:been|started|start|keep|kept) (?:cutting|burning|self harming|harming {SELF}|"
            r"hurting {SELF}|sh ing)\b(?! (?:back|down|carbs|corners|class|costs|ties|people|my "
            r"hair|hair|my bangs|the|paper|coupons|onions|wood|calories|sugar|out))",
            r"\b(?:i|ive|i have|i just) (?:self harmed|sh d|shd|did sh)\b",
            r"\b(?:i|ive|i have|i just) (?:self harm|relapsed)\b(?=[^.!?]*\b(?:self harm|sh|cut|"
            r"cutting|burn|blade|razor)\b|$)",
            r"\brelaps(?:e|ed|ing) (?:on|with|into|back into) (?:self harm|sh|cutting|self injury|"
            r"hurting {SELF})\b",
            r"\b(?:self harm|sh|cutting) relapse\b",
            r"\bi (?:just )?(?:cut|burned|burnt|sh d|shd)(?: again)? (?:again|last night|today|"
            r"yesterday|tonight|this morning|earlier)\b",
            r"\b(?:was|been|am|im|started|start|keep|kept|caught|ive been) (?:\w+ )?cutting "
            r"again\b(?! (?:the|some|those|these|it|back|down|carbs|class|costs|ties|onions))",
            r"\b(?:carve|carving|carved) (?:into )?my (?:skin|arms?|legs?|thighs?|wrists?|"
            r"stomach)\b",
            r"\b(?:punch\w*|hit|hitting|bang\w*|burn\w*|scratch\w*|bit|biting|slam\w*) (?:the (?"
            r":walls?|mirror|doors?|windows?|desk)|myself|my (?:head|arms?|hands?|legs?|skin|wri"
            r"sts?|fists?))\b[^.!?]{0,50}\b(?:on purpose|deliberately|wanted (?:it|myself) to hu"
            r"rt|to feel (?:something|pain)|to punish myself)\b",
            r"\bmutilat(?:e|ed|ing) (?:my|{SELF})\b",
            r"\b(?:fresh|new) (?:cuts|scars|wounds|burns) (?:on|from)\b",
            r"\b(?:punch|punching|punched|hit|hitting|bang|banging) (?:the )?walls? (?:until|till|"
            r"til) (?:my )?(?:hands?|knuckles?|fists?) (?:bleed|bled|bleeds|break|broke)\b",
            r"\b(?:burned|burnt|burn|burning|cut|cutting|sliced|slicing|scratched|carved|carving) "
            r"(?:my|into my) (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|hands?|ankles?)"
            r"\b(?![^.!?]*\b(?:stove|oven|pan|iron|cooking|by accident|accidentally|while|on (?:a|"
            r"the) (?:fence|nail|glass)|shaving|hair|sunburn|sun)\b)",
            r"\b(?:used|use|using) (?:a |the |my )?(?:razor|blade|knife|lighter|scissors|compass|"
            r"glass|pencil sharpener blade) on (?:my|{SELF})\b",
            r"\b(?:scratch|scratching|scratched|hit|hitting|bang|banging|punch|punching|pick|"
            r"picking|bite|biting) (?:my|{SELF}) (?:\w+ )?(?:until|till|til) (?:it|they|i) "
            r"(?:bleed|bleeds|bled|bruise|bruises|bruised)\b",
            r"\b(?:hide|hiding|cover|covering|conceal|concealing) (?:the |my |these |fresh |new "
            r")?(?:cuts|scars|marks|wounds|burns)\b",
            r"\b(?:hoodies?|long sleeves?|sleeves)\b[^.!?]{0,40}\b(?:because of|bc of|cuz of|to "
            r"hide|so nobody sees) my (?:arms?|wrists?|thighs?|legs?)\b",
            r"\bi miss (?:cutting|self harming|hurting myself|the blade|burning myself|sh)\b",
            r"\b(?:clean|sh free) for (?:\w+ ){1,3}(?:and|but) (?:i )?(?:want|wanna|need|really "
            r"want|so want) to (?:do it|cut|relapse|hurt myself)\b",
            r"\b(?:broke|lost|ruined|reset) my (?:\d+ day |\w+ )?(?:streak|clean streak)\b[^.!?]"
            r"{0,30}\b(?:sh|self harm|cutting|not duolingo)\b",
            r"\b(?:hit|hitting|bang|banging|slam|slamming|smash|smashing) my head (?:on|against|"
            r"into) (?:the )?(?:\w+ )?(?:wall|floor|door|desk|table)\b",
            r"\b(?:took apart|broke open|taking apart|breaking open|dismantl\w+) (?:a |my |the )"
            r"?(?:pencil )?sharpener\b",
            r"\b(?:bit|bite|biting) my (?:own )?(?:hand|arm|arms|lip|fingers?|wrist) (?:hard|unt"
            r"il|till|so hard)\b",
            r"\b(?:skip|skipping|skipped|starv\w+|not eating|havent eaten)\b[^.!?]{0,40}\b(?:pun"
            r"ish\w*|dont deserve)\b|\bdont deserve (?:to eat|food)\b",
            r"\bcut (?:too )?deep(?:er)?\b(?! (?:into (?:the|my) (?:budget|savings)|cuts))",
            r"\b(?:hot tap|boiling water|kettle|iron|lighter|cigarette)\b[^.!?]{0,40}\b(?:bliste"
            r"r\w*|burn(?:ed|t)? (?:my|me))\b",
            r"\b(?:put|stub|stubbed|putting|stubbing) (?:out )?(?:a |my )?cigarettes? (?:out )?o"
            r"n my (?:arm|leg|hand|skin|wrist|thigh)\b",
            r"\b(?:picking|picked|pick|slamming|slammed|slam|scratching|scratched|burning|burned"
            r"|hitting|hit|punching|punched) (?:at )?my (?:skin|hand|hands|fingers?|arm|arms|leg|l"
            r"egs|face|head)\b[^.!?]{0,50}\b(?:on purpose|deliberately|wanted (?:it|myself) to hur"
            r"t|to punish myself|what i deserve)\b",
            r"\b(?:punch\w*|hit\w*) (?:the )?(?:\w+ )?walls? (?:until|till|til) (?:my )?(?:hands"
            r"?|knuckles?|fists?) (?:split|crack|cracked|bled|bleed|broke|bruised|swelled)\b",
            r"\b(?:keeps|kept) (?:cutting|burning|self harming|hurting (?:himself|herself|themse"
            r"lves))\b",
            r"\b(?:fresh|new) (?:cuts|wounds|burns|scars)\b",
            r"\bbleed\w*\b[^.!?]{0,40}\bon purpose\b|\bon purpose\b[^.!?]{0,40}\bbleed\w*\b",
            r"\b(?:see|seeing) (?:the )?blood\b[^.!?]{0,30}\b(?:calm|relief|better|release)\b",
            r"\b(?:blade|razor|sharpener|knife|lighter)\b[^.!?]{0,40}\bfor when it gets bad\b",
            r"\bsleeves\b[^.!?]{0,40}\b(?:marks|cuts|scars)\b",
            r"\bafter i (?:cut|burn|hurt myself|sh)\b",
            r"\bdeserve the pain\b",
            r"\b(?:cuts|wounds|burns) on my (?:arms?|thighs?|legs?|wrists?|stomach)\b",
            r"\b(?:sh|self harm|cutting|hurting myself|burning myself) is the only (?:thing|way)"
            r"\b",
            r"\b(?:hot (?:spoons?|metal|knife)|lighter|iron) (?:on|against) my (?:skin|arm|leg|t"
            r"high|wrist)\b",
            r"\b(?:hid|hide|hiding|keep) (?:razors?|blades?) in my\b",
            r"\b(?:bit|scratched|hit|burned) myself (?:until|till) (?:i|it) (?:bled|bleed)\b",
            r"\b(?:carve|carving|carved) (?:\w+ )?into my (?:skin|arms?|legs?|thighs?|wrists?)\b",
            r"\b(?:compass|blade|razor|sharpener|scissors) to (?:scratch|cut) (?:myself|my)\b",
            r"\b(?:thinking of|want to|wanna) (?:burning|cutting|hurting) my (?:arm|arms|leg|leg"
            r"s|skin|wrist|wrists)\b",
            r"\bpicking (?:at )?my (?:wounds|scabs|cuts) open\b",
            r"\b(?:sh|self harm|cutting|clean) streak (?:is )?(?:gone|broken|over|ended|reset|ru"
            r"ined)\b",
            r"\b(?:broke|lost|ended|reset) my (?:sh|self harm|cutting|clean) streak\b",
            r"\b(?:pull|pulling|pick|picking|rip|ripping|tear|tearing|reopen|reopening) (?:the |"
            r"my )?(?:scabs?|stitches|wounds?|cuts?) (?:open|off)\b[^|]{0,60}\b(?:hurt|bleed|heal)"
            r"\b",
            r"\bi (?:need|want) (?:it|myself) to (?:hurt|bleed)\b",
            r"\bi (?:cut|burned|burnt) (?:again|last night|tonight|today|this morning)\b(?! (?:m"
            r"y|the|his|her|their|some|a|an)\b)",
            r"\b(?:broke|lost|ended|reset|broken) my (?:\w+ ){0,2}streak\b(?=[^|]*\b(?:bleed\w*|"
            r"stitches|cut|cutting|blade|razor|sh|self harm|burn\w*)\b)",
            r"\bbarcode (?:wrists?|arms?|thighs?)\b",
            r"\b(?:needs?|need) stitches\b[^|]{0,60}\b(?:cant|cannot|wont|too scared to) (?:go|g"
            r"et it seen)\b[^|]{0,40}\b(?:know|ask|find out|tell)\b",
            r"\bbruises i (?:gave|give) myself\b|\bpress(?:ing)? on the (?:bruises|cuts|burns) i"
            r"\b",
            r"\bhide (?:fresh |new |my )?(?:self harm |sh )?(?:marks|cuts|scars|burns)\b[^|]{0,6"
            r"0}\b(?:i did|did more|again|this week)\b",
            r"\b(?:cat scratch|the cat|bramble|rose bush) excuse\b",
            r"\bused (?:a|the|my) (?:razor|blade|knife) (?:again|on myself)\b",
            r"\bdig(?:ging)? my nails into my (?:arms?|legs?|skin|wrists?|hands?)\b",
            r"\b(?:last night|tonight|today|this morning|yesterday) i (?:cut|burned|burnt)(?= *"
            r"(?:$|[.!?,]|again|and|deep|deeper|badly|so|really|more))",
            r"\bi cut for the first time\b",
            r"\bif i cut (?:too |that |so )?deep\b",
            r"\b(?:its|it s|just) (?:just )?(?:a few|some|a couple of|a couple|little) cuts\b(?="
            r"[^|]*\b(?:everyone does it|im fine|no big deal|not deep|not that deep)\b)",
            r"\bsnapping (?:the|a|my) (?:rubber )?band\b[^.!?]{0,30}\b(?:welt\w*|bruis\w*|bleed\w"
            r"*|not enough)\b",
            r"\bi still cut\b(?! (?:my|the|his|her) (?:own )?hair)",
            r"\b(?:so|and|then) i cut(?: myself)?\b(?! (?:my|the|it|out|back|down|class|ties|off"
            r"|up|in|through|a|some|him|her|them))",
            r"\bi just cut\b(?! (?:my|the|his|her|out|back|down|it|off|class|ties|up|in|through|"
            r"a|some|him|them))",
            r"\brubbed (?:an |a )?eraser\b|\beraser burns?\b",
            r"\bsharpener in pieces\b|\b(?:took apart|broke|broken|smashed|snapped) (?:a |the |m"
            r"y )?(?:pencil )?sharpener\b",
            r"\bdid it again\b[^.!?]{0,30}\bdeeper\b|\bdeeper than (?:before|last time|ever)\b(?"
            r"=[^!?]*\b(?:cut|it again|did it|self harm|sh)\b)",
            r"\b(?:self ?harm|sh) (?:cut|cuts|wound|wounds|burn|burns)\b(?=[^.!?]*\b(?:er|a and "
            r"e|hospital|stitches|butterfly|steri ?strips?|glue|urgent care|bleeding)\b)",
            r"\b(?:er|a and e|hospital|stitches|urgent care)\b[^.!?]{0,40}\b(?:self ?harm|sh) (?"
            r":cut|cuts|wound|wounds|burn|burns)\b",
            r"\b(?:a few |some |two |three |more )?new (?:ones|cuts) on my (?:legs?|arms?|thighs"
            r"?|wrists?|stomach|hips?)\b",
            r"\b(?:got|took|taken) the blades? out of (?:the|a|my) (?:razor|sharpener)\b",
            r"\bdigging (?:at|into) (?:the |my )?(?:old )?(?:scars|wounds|skin)\b(?=[^|]*\b(?:bl"
            r"ood|bleeding|still doing it|safety pin|pin)\b)",
            r"\b(?:punch|hit|hitting|punching|bruise|bruising) my (?:own )?(?:thighs?|legs?|arms"
            r"?|stomach|head)\b[^.!?]{0,30}\b(?:till|until|so) (?:they|it) (?:go|goes|went|turn|tu"
            r"rns|are|is) (?:purple|black|blue|bruised)\b",
        ),
        unless=(
            DREAMT_NOT_REAL,
            # Household accidents ("burning myself on the stove") unless said to be on purpose.
            r"\b(?:stove|oven|pan|iron|kettle|grill|toaster|curling iron|straightener|by acciden"
            r"t|accidentally|while cooking)\b(?![^.!?]*\b(?:on purpose|when (?:no ?one|nobody)(?"
            r": is| s|s)? (?:home|around|looking)|so no ?one (?:sees|knows))\b)|\b(?:burning|bur"
            r"n|burnt|burned) myself out\b",
            r"\b(?:skateboard\w*|skating|climbing|biking|riding|the rail|trick|cat scratched|cat"
            r"|kitten|dog|not on purpose|by accident|accidentally|clumsy|cooking|stove|oven|pan|ir"
            r"on|gardening|at work)\b",
            # sport (twenty-seventh pass: "hurt myself an hour ago at the gym lifting"), unless
            # said to be on purpose
            r"^(?![^|]*\bon purpose\b)[^|]*\b(?:at the gym|lifting|deadlifts?|squats?|training|"
            r"football|rugby|netball|workout)\b",
            r"\b(?:free from|clean from|months? clean|years? clean|days? clean|proud of myself|m"
            r"ilestone|anniversary)\b",
            r"\bscars?\b[^.]{0,40}\b(?:faded|old|healed|white lines|from years ago|short sleeves"
            r")\b",
            r"\b(?:eczema|itch\w*|rash|psoriasis|bug bites?|mosquito\w*|hives|in my sleep withou"
            r"t)\b",
            r"\b(?:cut|trim\w*) (?:my |his |her )?(?:own )?(?:hair|bangs|fringe)\b|"
            r"\b(?:fringe|bangs|haircut|grass|lawn|hedge|onions?)\b",
            *URGE_PASSED,
            r"\b(?:\d+|a hundred|a thousand) (?:days|weeks|months|years) since i (?:last )?(?:hu"
            r"rt|cut|harmed)\b",
            SCAR_CARE,
        ),
    ),
    Signal(
        "self_harm.relapse",
        C.SELF_HARM,
        T.HIGH,
        K.BEHAVIOUR,
        "Self-injury again after a clean streak ('i cut again tonight after 8 months clean'): "
        "a relapse is current self-harm, whatever the milestone said before it.",
        (
            r"\b(?:havent|have not|hadnt|not) (?:hurt|cut|harmed) (?:myself|in)\b[^|]{0,40}\bbut"
            r" (?:i )?(?:just )?(?:bought|got|picked up|ordered) (?:new |some |more |a pack of )"
            r"?(?:razor blades|razors|blades)\b",
            r"\b(?:self harm|sh|scars|cuts)\b[^|]{0,80}\bi did (?:more|some|another(?: one)?|it "
            r"again|one|a few) (?:last night|tonight|today|yesterday|this morning)\b",
            # self-harm again after a clean spell ("relapsed on cutting after 8 months clean", "i
            # relapsed, i self harmed after 3 months clean"), not a drink/drug/diet relapse
            r"\b(?:relapsed|relapse|self harmed|cut again|hurt myself again|burned myself again)"
            r"\b(?![^|]*\b(?:sober\w*|drink\w*|drunk|alcohol|beer|vodka|wine|drugs?|using|smok\w"
            r"*|vap\w*|gambl\w*|porn|weed|heroin|meth|coke|cocaine|binge\w*|purg\w*|diet\w*|nico"
            r"tine|cigarettes?)\b)(?: (?:on|with|into) (?:self harm|sh|cutting|self injury|hurti"
            r"ng myself|burning myself))?,? (?:\w+ ){0,3}after (?:\w+ ){1,3}(?:days?|weeks?|mont"
            r"hs?|years?) (?:sh |self harm )?(?:clean|free)\b",
            # a clean count broken tonight ("i was 200 days clean and tonight i broke it")
            r"\b(?:days?|weeks?|months?|years?) (?:sh |self harm )?clean\b[^.!?]{0,30}\b(?:tonig"
            r"ht|today|last night|just now|this morning) i (?:broke it|broke|relapsed|slipped|di"
            r"d it|lost it)\b(?![^|]*\b(?:sober\w*|drink\w*|drunk|alcohol|drugs?|smok\w*|vap\w*|"
            r"gambl\w*|porn|diet\w*)\b)",
            # the self-harm counter back to zero ("day 0 again", "streak reset to day 0", "relapse
            # day 1")
            r"(?:^|[.!?,] *)(?:relapse\W+)?day (?:0|zero) again\b(?![^|]*\b(?:sober\w*|drink\w*|"
            r"drunk|alcohol|drugs?|smok\w*|vap\w*|gambl\w*|porn|diet\w*|duolingo|snap\w*|gym|wor"
            r"kout|run\w*|nofap|fap\w*|sugar)\b)|\bstreak (?:is )?(?:reset|back) to (?:day )?(?:"
            r"0|zero)\b(?![^|]*\b(?:sober\w*|drink\w*|drugs?|smok\w*|vap\w*|gambl\w*|porn|diet\w"
            r"*|duolingo|snap\w*|gym|workout|nofap|sugar)\b)|\brelapse day (?:0|1|one|zero)\b(?!"
            r"[^|]*\b(?:sober\w*|drink\w*|drugs?|smok\w*|vap\w*|gambl\w*|porn|diet\w*|nofap|suga"
            r"r)\b)",
            # self-harm denied or promised against, "but I did tonight"; self-harm named, then
            # "started again"
            r"\b(?:didnt|wouldnt|dont|would not|did not|not to)\b (?:\w+ ){0,2}(?:self harm|sh|c"
            r"ut|cut myself|hurt myself|burn myself),? but i did (?:it )?(?:again )?(?:tonight|t"
            r"oday|last night|again|this morning|yesterday)\b",
            r"\b(?:self harm|sh|cutting|cut myself|hurt myself|burn myself)\w*\b[^|]{0,20}\bstar"
            r"ted (?:it |again|back)(?:again)?\b(?![^|]*\b(?:therapy|counsel\w*|school|work|coll"
            r"ege|uni)\b)",
            # several times this week ("sh again. 3rd time this week")
            r"(?:^|[.!?,] *)(?:sh|self harmed|cut|hurt myself) again\W+(?:\d+(?:st|nd|rd|th)?|se"
            r"cond|third|fourth|fifth) time (?:this|today|tonight)\b",
            # years clean from self-harm, and did it again; healing scars and new ones
            r"\b(?:years?|months?|weeks?|days?) clean from (?:self ?harm|cutting|sh|self injury)"
            r"\b[^|]{0,40}\b(?:did it|cut|relapsed|hurt myself) again\b",
            r"\bscars (?:were|had been|are|was) (?:finally )?(?:healing|fading)\b[^|]{0,30}\bnew"
            r" ones\b",
            r"\bself ?harmed again\b|\b(?:did it|done it) again\W+the self ?harm\b",
            r"\b(?:started|starting|began) (?:cutting|self ?harming|burning myself|hurting mysel"
            r"f) again\b",
            r"\brelapsed (?:twice|again|\w+ times) this week\b(?=[^|]*\b(?:small ones|cuts?|cutt"
            r"ing|lines|scratch\w*|therapist)\b)",
            r"\bwithout hurting myself\b[^|]{0,30}\bthrew it (?:all )?away tonight\b",
            r"^\W*cut again\W+first time in (?:months|weeks|a year|ages|\d+ \w+)\b",
            r"\bhavent eaten (?:in|for) (?:\w+ ){0,2}days on purpose\b",
            r"(?:^|[.!?] *|\bi )relapsed\W+(?:sh|self harm)\b",
            r"\b(?:\d+|ninety|sixty|thirty|a hundred) days clean (?:from|of) (?:cutting|sh|self "
            r"harm\w*|burning)\b[^|]{0,30}\b(?:gone|over|lost|reset|ruined)\b",
            # relapsed tonight, with or without "I" (not drink, drugs or a diet)
            r"(?:^|[.!?,] *|\bi )(?:just )?relapsed (?:tonight|today|last night|this morning|jus"
            r"t now|an hour ago)\b(?![^|]*\b(?:sober|drink\w*|drunk|alcohol|beer|vodka|wine|drug"
            r"s|using|smok\w*|vap\w*|gambl\w*|porn|binge\w*|purg\w*|diet\w*)\b)",
            r"(?:^|[.!?,] *)(?:cut|burned|burnt|hurt myself|relapsed|self harmed) again (?:tonig"
            r"ht|today|last night|this morning|just now)\b",
            r"\bi (?:cut|burned|burnt|hurt myself|relapsed) again\b(?! (?:my|the|his|her|their|"
            r"it|some|a|an|this|that|off|back|down|out|through|in|into|up|across|from|to|for|"
            r"class|school|on)\b)",
            r"\bfirst time in (?:\d+|a few|two|three|four|five|six|several) (?:days|weeks|months"
            r"|years)\b(?=[^!?]*\b(?:did (?:it|the thing)|(?<!hair )cut|hurt myself|relapsed?|mad a"
            r"t myself|"
            r"shd)\b)",
            r"\bsh ?d again\b",
        ),
        person=Person.FIRST,
        unless=(
            r"\b(?:hair|bangs|fringe|grass|lawn|hedge|fabric|paper|onions?|wood)\b",
            DREAMT_NOT_REAL,
        ),
    ),
    Signal(
        "self_harm.concealment",
        C.SELF_HARM,
        T.HIGH,
        K.BEHAVIOUR,
        "Covering arms or legs in the heat while people start to ask: a common sign of current "
        "self-injury. Not when the writer gives an ordinary reason (sun, skin, work, faith).",
        (
            # self-injury kept secret: a hot iron / lighter pressed to the skin, scratching with
            # keys or pins, "nobody knows"; long sleeves "because of what I did to my arms"
            r"\b(?:press|presses|pressing|pressed|held|holding) (?:a |the )?(?:hot |heated )?(?:"
            r"iron|lighter|cigarette|curling iron|straighteners?|hair straighteners?|hot spoon|s"
            r"poon|knife) (?:to|into|against|on) my (?:skin|arms?|legs?|wrists?|thighs?|stomach|"
            r"hand)\b(?=[^|]*\b(?:secret|nobody knows|no one knows|noone knows|hide it|hiding it"
            r")\b)",
            r"\bi scratch (?:myself |my (?:arms?|legs?|skin|wrists?) )?with (?:my |a |the )?(?:k"
            r"eys?|scissors|pins?|a compass|paperclips?)\b(?=[^|]*\b(?:secret|nobody knows|no on"
            r"e knows|noone knows|hide it|hiding it)\b)",
            r"\b(?:long sleeves|sleeves|jeans|trousers|hoodie|jumper)\b[^|]{0,40}\bbecause of wh"
            r"at (?:i did|i do|i have done|ive done) to my (?:arms|legs|wrists|thighs|skin)\b",
            # an injury passed off as an accident or the cat ("said it was my cat. it was not my
            # cat") (told as a lie, for concealment); scars said to be new, not old
            r"\bcat scratch\w*\b[^.!?]{0,40}\b(?:arent|are not|werent|not) (?:really |actually )"
            r"?from (?:a|the|my) cat\b|\bsaid it was (?:my|the|a) cat\b[^|]{0,30}\b(?:it was not"
            r"|it wasnt|wasnt|not|there is no) (?:my |the |a )?cat\b",
            r"\b(?:shav\w*|razor)\b[^|]{0,40}\bslipped\b[^|]{0,40}\b(?:wasnt|was not|werent|not)"
            r" (?:a slip|slips|an accident|accidents?)\b",
            r"\b(?:scars|cuts|marks)\b[^.!?]{0,20}\b(?:arent|are not|werent) (?:from )?(?:years "
            r"ago|a long time ago|back then)\b|\b(?:scars|cuts|marks)\b[^.!?]{0,20}\b(?:arent|ar"
            r"e not) old\b(?=[^|]*\b(?:yesterday|last night|tonight|today|this week|i did (?:it|"
            r"them)|fresh)\b)",
            # marks getting hard to hide; bandages bought so nobody asks; fresh ones before PE
            r"(?<!surgery )(?<!surgical )(?<!acne )(?<!stretch )(?<!old )\b(?:marks|cuts|scars|b"
            r"urns|wounds)\b(?![^.!?]*\b(?:old|years|surgery|operation|acne|stretch|c section)\b"
            r")[^.!?]{0,30}\b(?:getting |are |so )?(?:harder|hard|impossible) to (?:hide|cover)"
            r"\b",
            r"\b(?:bandages?|band ?aids?|plasters?|gauze|steri strips)\b[^.!?]{0,60}\b(?:so (?:n"
            r"obody|no one) (?:notices|asks|sees|knows)|without (?:them|anyone|my (?:parents|mum"
            r"|mom|dad)|people) (?:asking|noticing|knowing|finding out))\b",
            r"\b(?:fresh|new) ones\b[^|]{0,40}\b(?:gym|pe|swimming|changing rooms?|short sleeves"
            r"|sleeveless)\b[^|]{0,40}\b(?:get out of|skip|avoid|hide|hiding|excuse|cover)\w*\b",
            r"\bhid the (?:bloody|blood stained|bloodstained) (?:towel|tissues|sheets|clothes|ti"
            r"ssue)\b|\btold (?:her|him|them) it was a nosebleed\b",
            r"\blong sleeves\b[^|]{0,60}\b(?:heat|summer|hot|degrees)\b[^|]{0,40}\b(?:you can gu"
            r"ess why|guess why|for a reason|to hide)\b",
            r"\b(?:harder|hard|trying) to (?:hide|cover) (?:the|my|all the) (?:marks|cuts|wounds"
            r"|bandages?|burns)\b",
            r"\blong sleeves?\b[^|]{0,60}\b(?:july|august|summer|heatwave|heat wave|\d+ degrees|"
            r"(?:ask|asking|asked) (?:questions|why|about)|start\w* to ask|notic\w+)\b",
            r"\b(?:july|august|summer|heatwave|heat wave|\d+ degrees)\b[^|]{0,40}\blong sleeves?\b"
            r"[^|]{0,60}\b(?:(?:ask|asking|asked) (?:questions|why|about)|start\w* to ask|notic\w+|"
            r"hid\w*|cover\w*)\b",
            r"\bcat scratch(?:es)? (?:excuse|story|lie|thing)\b|\b(?:excuse|lie|story) for (?:my"
            r" |the )?(?:cuts|marks|scars)\b",
            r"\b(?:get|getting) blood out of (?:my |the )?(?:sheets|bedsheets|sleeves|carpet|tow"
            r"els?|clothes|hoodie)\b[^!?]{0,40}\b(?:before|so) (?:my |your )?(?:parents|mum|mom|"
            r"dad|anyone|they|nobody) (?:see|sees|notice|notices|find|finds)\b",
            r"\b(?:thinks|think|believes) (?:ive|i have|i) stopped\W+i (?:havent|have not)\b",
            r"\bthere is no cat\b|\bcat scratch\b[^!?]{0,60}\bif anyone asks\b",
            r"\bhide (?:the )?(?:band ?aids?|plasters?|bandages?|cuts|marks|scars) on (?:my|your"
            r") (?:wrists?|arms?|legs?|thighs?)\b",
            r"\bhide (?:my |the )?(?:cuts|scars|marks|wounds|burns)\b[^|]{0,70}\b(?:fresh|new|st"
            r"ill open)\b",
        ),
        person=Person.ANY,
        unless=(
            r"\b(?:sun\w*|uv|allerg\w*|eczema|psoriasis|lupus|rash|skin cancer|chemo|"
            r"photosensitiv\w*|tattoo\w*|uniform|dress code|office|air ?con\w*|cold|freezing|"
            r"mosquito\w*|ticks?|modest\w*|hijab|religio\w*|faith|church|mosque)\b",
        ),
    ),
    Signal(
        "self_harm.urge",
        C.SELF_HARM,
        T.HIGH,
        K.IDEATION,
        "A present urge or intention to self-injure, including urges returning after recovery.",
        (
            r"\b(?:having|have|had|get|getting|keep having|been having|struggling with) (?:(?:re"
            r"ally |very |a lot of |some |bad |strong )?)(?:thoughts|urges) (?:of|about) (?:self"
            r" ?harm(?:ing)?|sh|harming {SELF})\b",
            r"\b(?:want|need|urge|going) to (?:cut|hurt myself|self harm)\b[^|]{0,80}\b(?:blade|"
            r"razor|knife|sharpener) (?:is )?(?:in my (?:pocket|hand|bag|room)|right (?:here|the"
            r"re|next to me)|with me|on me)\b",
            r"\b(?:scars?|cuts?|wounds?)\b[^|]{0,60}\b(?:want|wanting|urge|need|tempted|itching|"
            r"dying) to (?:re ?)?open (?:them|it) (?:up )?again\b",
            r"\bi (?:just )?(?:need|needed|want|have) to feel (?:pain|physical pain|it hurt)\b(?"
            r"! (?:in my (?:muscles|legs)|after|from (?:the|a) (?:workout|run|gym))\b)",
            r"\bwant to (?:slam|smash|bang|punch|hit|burn) my (?:hand|head|fist|arm)\b[^|]{0,30}"
            r"\b(?:again|it helped)\b",
            r"\b(?:self harm|sh|cutting) urges? (?:are|is) (?:at )?(?:a )?(?:10|ten|high|bad|so "
            r"bad|really bad|through the roof)\b",
            r"\b(?:scars?|cuts?|wounds?)\b[^|]{0,80}\bi want to go (?:further|deeper)\b",
            r"\b(?:with|holding|got|have) (?:my|a|the) (?:razor|blade|knife|lighter)\b[^.!?]{0,3"
            r"0}\b(?:really |so )?want to\W*(?:$|[.!?])",
            # an urge with the blade at hand (not shaving); found out, and wanting to do it again
            r"\burges?\b[^|]{0,60}\b(?:razor|blade)\b(?![^|]*\b(?:shav\w*|beard|legs smooth)\b)|"
            r"\b(?:razor|blade)\b[^|]{0,60}\burges?\b(?![^|]*\b(?:shav\w*|beard)\b)",
            r"\bcuts?\b[^|]{0,60}\bwant to do it again\b",
            r"\b(?:sitting|sat) (?:here )?with (?:a|the|my) (?:blade|razor|knife|lighter)\b[^|]{"
            r"0,30}\b(?:trying not to|trying to resist|dont want to|want to)\b",
            # new blades against a promise; the blade right there while fighting a relapse
            r"\b(?:bought|got|ordered|picked up) (?:new |more |some )?(?:blades|razors|razor bla"
            r"des)\b(?=[^|]*\b(?:told myself|promised|shouldnt|wouldnt|clean|again|relapse)\b)",
            r"\b(?:the|a|my) (?:razor|blade|blades|knife) (?:is|s|are) right (?:there|here|next "
            r"to me)\b(?=[^|]*\b(?:relapse|clean|cut|urge|streak)\w*\b)|\b(?:relapse|clean|cut|u"
            r"rge|streak)\w*\b[^|]*\b(?:the|a|my) (?:razor|blade|blades|knife) (?:is|s|are) righ"
            r"t (?:there|here|next to me)\b",
            r"\b(?:scars?|cuts?|wounds?)\b[^|]{0,60}\b(?:want|wanting|urge|need|tempted|itching|"
            r"dying) to (?:re ?open|tear (?:them |it )?open|rip (?:them |it )?open) (?:them|it)"
            r"\b|\b(?:want|wanting|urge|need|tempted|itching|dying) to (?:re ?open|tear open|rip "
            r"open) (?:my |the |old )?(?:scars?|cuts?|wounds?)\b",
            r"\b(?:want|wants|need|needs|urge|urges|craving|crave|tempted|itching|going|about to|"
            r"feel like|feeling like|thinking about|think about) (?:to )?(?:cut|cutting|self harm|"
            r"self harming|sh)(?= *(?:$|[.!?,]|myself|again|so|really|deep|deeper|tonight|today|"
            r"right now|rn|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)|but|and|because))",
            r"\b{WANT} (?:to )?(?:hurt|harm|burn|punish|cut|injure|scratch|hit) {SELF}\b",
            r"\b(?:sh|self harm|cutting) (?:urges?|thoughts|cravings?)\b",
            r"\b(?:need|needs|want|crave|craving|have) (?:to )?(?:bleed|see (?:my own )?blood|feel "
            r"the (?:blade|razor))\b",
            r"\burges? to (?:cut|self harm|sh|hurt {SELF}|burn {SELF}|harm {SELF})\b",
            r"\b(?:urges?|cravings?) (?:is|are|came|come|coming) back\b(?=[^.!?]*\b(?:cut|self "
            r"harm|sh|hurt|burn|blade|clean)\b)|\b(?:cut|self harm|sh)\b.*\b(?:urges?|cravings?) "
            r"(?:is|are|came|come|coming) back\b",
            r"\b(?:clean|free|sober) (?:from|of) (?:cutting|self harm|sh|self "
            r"injury)\b.*\b(?:urge|want to|tempted|craving|relapse|back)\b",
            r"\b(?:clean|sh free|free) for (?:\w+ ){1,3}(?:and|but) (?:i )?(?:just )?(?:want|wan"
            r"na|need) to throw it (?:all )?away\b",
            r"\b(?:band|elastic|rubber band|ice cubes?|ice)\b[^|]{0,60}\b(?:not enough|dont work"
            r"|doesnt work|isnt enough)\b[^|]{0,60}\b(?:sharper|the real thing|a blade|something s"
            r"harp)\b",
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks"
            r"?|days?) (?:sh |self harm )?(?:clean|free)\b[^|]{0,60}\b(?:bought|buy|got|getting|"
            r"picked up) (?:a (?:pack|box|packet) of |some |new )?(?:razors?|razor blades?|blade"
            r"s?)\b",
            r"\b(?:razors?|blades?)\b[^|]{0,40}\b(?:havent|have not|didnt) used? (?:them|it)\b[^"
            r"|]{0,10}\byet\b",
            r"\bstaring at the (?:kitchen )?(?:knives|blades|razors?|scissors)\b",
            r"\bscars?\b[^|]{0,80}\b(?:making|make|adding|add|carving|carve) (?:new|more|fresh) "
            r"(?:ones|cuts|scars|marks)\b",
            r"\ball i can think about is (?:the|my) (?:razor|blade|blades|knife|pills|rope)\b",
        ),
        unless=(
            r"\b(?:sugar|carbs|out|back|cut out|cut back|cut down|ties|hair|bangs|class|calories"
            r")\b",
            *URGE_PASSED,
        ),
    ),
    Signal(
        "self_harm.severe_injury",
        C.SELF_HARM,
        T.IMMINENT,
        K.BEHAVIOUR,
        "Self-injury with heavy bleeding or a deep wound: a medical emergency now.",
        (
            r"\b(?<!oven )(?<!stove )(?<!kettle )(?<!iron )(?:cut|cuts|wound|burn|the one from ("
            r"?:last night|yesterday|the other night))\b(?![^|]{0,25}\b(?:oven|stove|kettle|iron"
            r"|pan|hob|cooking|grill|bbq|work|fence|bramble\w*)\b)[^|]{0,40}\b(?:hot|red|swollen"
            r"|smells?|oozing|pus|weeping|infected|green)\b[^|]{0,60}\b(?:cant|cannot|can not|do"
            r"nt want to|wont) tell (?:anyone|anybody|mum|mom|dad|my \w+)\b",
            # a wound going bad, hidden ("opened up again, hot and red, scared to show anyone")
            r"\b(?:cut|cuts|wound|burn)\b[^|]{0,40}\b(?:hot and red|red and hot|swollen|oozing|p"
            r"us|opened up again|wont close)\b[^|]{0,40}\b(?:scared|afraid|cant|cannot|wont|dont"
            r" want) to (?:show|tell)(?= (?:anyone|anybody|my \w+|them|the nurse|a doctor)\b)",
            r"\bi (?:just )?cut\b[^|]{0,100}\b(?:so much more than usual|more than (?:ever|usual"
            r"|before)|wont stop bleeding|cant stop the bleeding)\b",
            # (twenty-seventh pass, FRESH29: also "best way to clean a deep cut i did myself")
            r"\b(?:how (?:do|can|should) i|(?:best|safest) way to|how to) (?:close|stitch|glue|"
            r"tape|seal|fix|clean|treat|dress) (?:up )?(?:a|the|this|my) (?:deep )?(?:cut|wound|g"
            r"ash)\b(?=[^.!?]{0,60}\b(?:without (?:going to|seeing|telling|anyone)|i did (?:to )?"
            r"myself)\b)(?![^|]*\b(?:sliced|cut|nicked|caught|gashed|opened) my (?:thumb|f"
            r"inger|hand|palm|knee|foot|shin|head) (?:\w+ )?(?:on(?! purpose)|with|while|at work"
            r"|falling))",
            r"\b(?:cut|bleeding|burn|wound)\b[^|]{0,60}\bdid it (?:to )?myself\b",
            r"\b(?:stitches|steri strips)\b[^|]{0,40}\bmy own handiwork\b",
            r"\b(?:looks?|is|its|got) infected\b[^|]{0,60}\b(?:cant|cannot|can not) tell (?:anyo"
            r"ne|my (?:parents|mum|mom|dad))\b",
            r"(?<!period )(?<!nose )\bblood (?:on|all over) my (?:sheets|bed|floor|arms?|legs?)"
            r"\b[^.!?]{0,30}\b(?:wont|will not|doesnt|cant) stop\b(?![^|]*\b(?:period|nosebleed|n"
            r"ose)\b)",
            r"\bi did something to my (?:arm|thigh|leg|wrist|stomach|skin|hip)s?\b(?=[^|]*\b(?:c"
            r"ant tell|not tell|dont want (?:anyone|them|my \w+) to know|infected|hot and red|re"
            r"d and hot|smells?|pus|oozing|wont stop bleeding|how it happened)\b)",
            r"\bzu tief geschnitten\b|\bblut h(?:o|oe)rt nicht auf\b",
            r"(?:(?<=\bcuts are )|(?<=\bcut is )|(?<=\bcuts r ))(?:\w+ )?(?:gaping|wide open|not"
            r" closing|wont stop bleeding)\b(?:[^.!?]{0,30}\b(?:should|do|will|can) i\b)?",
            r"\b(?:where i cut|my cuts)\b[^|]{0,60}\b(?:infected|red and hot|hot and red|smells|"
            r"pus|oozing|yellow|green)\b",
            r"\bcut (?:too|really|so|way too) deep\b",
            r"\b(?:cant|wont|cannot|doesnt|isnt) (?:stop )?(?:the )?bleeding(?: stop)?\b",
            r"\b(?:cant|cannot|wont) stop (?:the )?bleeding\b",
            r"\bbleeding (?:a lot|heavily|badly|so much|everywhere|out)\b|\bbleed(?:ing)? out\b",
            r"\b(?:so much|lots of|too much) blood\b",
            r"\bneed(?:s)? stitches\b",
            r"\b(?:went|cut|go|gone) deeper than i (?:meant|wanted|planned) to\b",
            r"\b(?:looks|is|getting|got) infected\b(?=[^!?]*\b(?:cant tell anyone|cut|cuts|wound"
            r"|did it myself|hide|nobody knows)\b)",
            r"\b(?:cut|wound|gash|laceration)\b[^|]{0,80}\bgaping\b",
            r"\b(?:cut|wound|gash)\b[^|]{0,120}\bi can see (?:the |some )?(?:yellow|white|fat|fa"
            r"tty|bone)\w*",
        ),
        unless=(
            # a first-aid question, not a wound bleeding now ("how do I treat a deep cut, when
            # does it need stitches?"); an accident bleeding heavily still matches
            r"\b(?:how (?:do|should|can) (?:i|you) (?:treat|clean|dress|close)(?![^|]*\bwithout "
            r"(?:going to|seeing|telling|anyone)\b)|when does (?:it|a cut) need|does (?:it|this|"
            r"a cut) need stitches)\b",
            r"\b(?:kitchen knife|while (?:cooking|chopping)|knife slipped|on my (?:thumb|finger)"
            r")\b",
        ),
    ),
    Signal(
        "self_harm.history",
        C.SELF_HARM,
        T.LOW,
        K.HISTORY,
        "Past self-injury or scars without a current urge: note, do not alarm.",
        (
            r"\b(?:used to|use to) (?:cut|self harm|sh|hurt {SELF}|burn {SELF})\b",
            r"\b(?:my|self harm|sh) scars\b|\bscars on my (?:wrists?|arms?|legs?|thighs?)\b",
            r"\bself harm(?:ing)?\b",
        ),
        unless=(
            r"\b(?:clean|free) (?:from|of)\b|\b(?:proud of myself|milestone|anniversary)\b",
            r"\bscars?\b[^.]{0,40}\b(?:faded|old|healed|white lines|from years ago)\b",
            SCAR_CARE,
        ),
    ),
    Signal(
        "self_harm.in_recovery",
        C.SELF_HARM,
        T.LOW,
        K.RECOVERY,
        "A recovery milestone ('6 months clean from cutting'): acknowledge, do not alarm.",
        (
            r"\b(?:clean|free) (?:from|of) (?:cutting|self harm|sh|self injury|self harming)\b",
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|"
            r"days?) (?:self harm |sh |cutting )?(?:clean|free)\b(?! (?:from|of) (?:drugs|alcohol|"
            r"drinking|smoking))",
            r"\b(?:been|stayed) (?:free|clean) (?:from it )?for (?:almost |nearly |over |about |"
            r"more than )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|mon"
            r"ths?)\b",
            r"\b(?:for the last time|last time i did) (?:\w+ ){0,2}(?:\d+|one|two|three|four|fiv"
            r"e|six|seven|eight|nine|ten) years ago\b",
            r"\bseit (?:\d+|einem|zwei|drei|vier|funf|fuenf|zehn) (?:jahren|monaten) "
            r"(?:bin ich )?(?:frei|clean)\b|\b(?:\d+|un|dos|tres|cuatro|cinco) anos? (?:limpi[oa]|"
            r"sin hacerme dano)\b"
            r"|\b(?:\d+|un|deux|trois|quatre|cinq) ans? sans me (?:couper|scarifier)\b|\b(?:\d"
            r"+|um|dois|tres|quatro|cinco) anos? sem me cortar\b",
            r"\b(?:bin ich|ich bin) seit (?:\d+|einem|zwei|drei|vier|funf|fuenf|zehn) (?:jahren|"
            r"monaten) (?:frei|clean)\b",
        ),
    ),
    # ---------------------------------------------------------------- means and lethality
    Signal(
        "means.lethality_question",
        C.SUICIDE,
        T.HIGH,
        K.MEANS_QUESTION,
        "Asks how lethal a method or dose is: a means question even when framed as study/fiction. "
        "HIGH since screen 2026-11-26.1: a lethality question is a known way to ask for a method, "
        "and the card costs a curious reader little.",
        (
            r"\bhow much (?:would|does|do|will) (?:a|an|someone|somebody) (?:\d+ ?(?:kg|kilo|kil"
            r"os|lb|lbs|pound|pounds) )?(?:bloke|man|guy|person|woman|adult|human|fella)\b[^|]{0"
            r",20}\bneed\b(?=[^|]*\b(?:for myself|for me|asking for me|put (?:down|to sleep)|to "
            r"die|not wake up)\b)",
            r"\bwhich (?:painkillers|pills|tablets|meds|medicines) (?:wreck|destroy|damage|kill|"
            r"shut down|fry) (?:your|the|my|a) (?:liver|kidneys|heart)\b(?: the)? (?:fastest|qui"
            r"ckest|quicker|faster)\b",
            r"\b(?:is it true|does|do|can|will|would) (?:\w+ )?{POISON} (?:really )?(?:makes?|ki"
            r"lls?|will kill|would kill) (?:you|a person|someone|people) (?:bleed|die|stop breat"
            r"hing|pass out)?\b",
            r"\bhow (?:many|much) (?:of )?(?:my |these |the |those )?{PILLS} (?:is|are|would be|"
            r"becomes?) (?:dangerous|too many|too much|fatal|lethal|deadly)\b",
            # a means question with "you know what for / don't ask why"
            r"\b(?:knot|rope|noose|pills|tablets|gun|ammo|bullets|bridge|background checks?|chem"
            r"icals|trains?|crossing)\b[^|]{0,60}\b(?:you know what (?:for|its for)|u know what "
            r"for|you know why|dont ask (?:me )?why|doesnt matter why)\b(?![^|]*\b(?:lol|lmao|ha"
            r"ha|jk)\b)",
            # which method has the best chance; the chance of surviving a fall
            r"\b(?:which|what) (?:method|way|option)s? (?:\w+ ){0,3}(?:highest|best|biggest) (?:"
            r"chance|odds|likelihood)\b",
            r"\b(?:chances?|odds|percentage|likelihood|probability) of (?:surviving|dying from|s"
            r"urvival (?:from|after)) (?:a |an |the )?(?:fall|jump|drop|overdose|od|hanging)\b",
            # car fumes with the doors shut
            r"\b(?:car|engine|ute|truck|van|generator|exhaust|fumes)\b[^.!?]{0,40}\b(?:closed|se"
            r"aled|shut|locked) (?:garage|shed|room)\b[^?]{0,40}\b(?:how long|would it|will it|d"
            r"o it|work|be enough)\b|\b(?:fumes|exhaust)\b[^.!?]{0,30}\b(?:do it|work|be enough)"
            r"\b[^?]{0,40}\b(?:doors?|windows?) (?:are |were )?(?:shut|closed|sealed)\b",
            # an overdose made to look accidental or natural
            r"\bmake (?:an? |my |the )?(?:overdose|od|death|suicide|crash)\b(?: \w+){0,4} looks?"
            r" (?:accidental|like an accident|natural)\b|\blooks? (?:natural|accidental|like an "
            r"accident|like natural causes)\b[^.!?]{0,40}\b(?:never know|wont know|dont know|doe"
            r"snt know|not know|find out) (?:i|that i) did (?:it|this)\b",
            # whether one can still be saved, or whether it is too late
            r"\b(?:still be saved|save (?:you|someone|me)|pump (?:your|my|someones) stomach)\b[^"
            r"|]{0,60}\btoo late\b|\b(?:which|what) (?:\w+ ){0,2}(?:{PILLS}|meds|drugs|overdoses"
            r"?|poisons?)\b[^.!?]{0,20}\b(?:cant|cannot|can not) be (?:reversed|treated|undone|s"
            r"aved)\b",
            # trains that stop in time, fast enough to be certain
            r"\b(?:trains?|express|freight)\b[^.!?]{0,40}\b(?:stop in time|brake in time|fast en"
            r"ough to be (?:certain|sure|instant)|always certain)\b",
            r"\b(?:trains?|express|freight)\b[^|]{0,60}\b(?:need to know|have to know)\b[^|]{0,1"
            r"0}\b(?:for )?(?:tonight|right now|today)\b",
            # water deep enough that someone couldn't get out; how long someone would last in it
            r"\bdeep enough (?:that|for|so) (?:someone|a person|you|i|people) (?:couldnt|cant|co"
            r"uld not|wouldnt|wont|can not|cannot) (?:get out|climb out|swim out|escape|survive)"
            r"\b",
            r"\bhow (?:cold|deep)\b[^.!?]{0,40}\b(?:river|lake|sea|water|reservoir)\b[^.!?]{0,40"
            r"}\bhow long (?:someone|a person|you|i|people|u) (?:would|could|can|will) (?:last|s"
            r"urvive)\b",
            # painless options, "without it hurting", uninstalling oneself
            r"\b(?:any|a|the|what|whats|which|best|most) (?:painless|peaceful) (?:options?|ways?"
            r"|methods?)\b(?=(?: (?:for (?:someone|somebody|me|a person|people) (?:who|whos|that"
            r"s|that is)|to (?:die|go|end|do it|check out|exit|leave|write the final)\b)|\W*(?:$"
            r"|[.!?])))",
            r"\b(?:uninstall|delete) (?:yourself|myself|urself)\b[^.!?]{0,20}\b(?:irl|in real li"
            r"fe|without (?:it )?hurting|painless\w*)\b",
            # which hurts more: jumping or pills
            r"\b(?:hurt|painful|quicker|faster|surer)\b[^.!?]{0,20}\b(?:to )?(?:jump|hang|drown|"
            r"overdose|take (?:pills|tablets))\b (?:or|vs|versus) (?:to )?(?:jump|hang|drown|ove"
            r"rdose|take (?:pills|tablets)|use a gun)\b",
            r"\b(?:is it|would it be|does it) (?:\w+ )?(?:painful|hurt|peaceful|quick)\b[^.!?]{0"
            r",20}\bif (?:you|i|someone|u) (?:take|took|swallow|swallowed|drink|drank) (?:the wh"
            r"ole|a whole|all|an entire|every)\b",
            r"\b(?:hurt|pain|feel (?:it|anything))\b[^.!?]{0,20}\bon impact\b[^.!?]{0,20}\b(?:in"
            r"stant|quick|dead)\b",
            # freeze to death: how cold, does it hurt
            r"\bhow (?:cold|long)\b[^.!?]{0,40}\bfreeze to death\b",
            # strongest thing in the cabinet "to take a lot of"
            r"\b(?:fastest|quickest|strongest) (?:acting )?(?:thing|stuff|one|pill|drug)s? (?:in"
            r"|from) (?:a |the |my |our )?(?:normal |regular |average |household )?(?:medicine c"
            r"abinet|cabinet|cupboard)\b|\b(?:strongest|most potent) (?:otc |over the counter )?"
            r"(?:{PILLS}|thing|stuff)\b[^.!?]{0,20}\bto take (?:a lot|lots|loads|a bunch|many|al"
            r"l) of\b",
            # a dose dangerous "for someone my weight"; one that makes you stop breathing
            r"\b(?:dangerous|fatal|lethal|deadly|too (?:many|much)|enough)\b[^.!?]{0,20}\bfor (?"
            r":someone|somebody|a person|me) (?:of |at )?(?:my|this) (?:weight|size)\b",
            r"\b(?:dose|amount|much|many|pills?)\b[^.!?]{0,60}\b(?:makes?|make|would make|to mak"
            r"e) (?:you|someone|me|a person|u) (?:stop breathing|never wake up|not wake up)\b",
            # taken from someone "without her noticing"
            r"\bhow (?:much|many)\b[^.!?]{0,40}\b(?:{PILLS})\b[^.!?]{0,30}\bwithout (?:her|him|t"
            r"hem|anyone|my \w+) (?:noticing|knowing|finding out)\b",
            # if someone took all of a drug, would they survive
            r"\bif (?:someone|somebody|a person|i|you|they) (?:took|take|swallowed|swallow|drank"
            r"|drink) (?:all|every|the whole|\w+ of)\b[^?]{0,40}\bwould (?:they|i|you|he|she) (?"
            r":survive|die|wake up|make it)\b",
            r"\btakes? (?:a |the )?(?:whole|entire|full) (?:bottle|box|pack|packet|strip)\b[^|]{"
            r"0,60}\bwould (?:that|it|they|this) (?:be )?(?:enough|work|kill)\b",
            # a cut deep enough, the direction of a cut
            r"\b(?:would|will|could) (?:it|that) (?:work|kill me|be enough)\b[^.!?]{0,20}\bif i "
            r"(?:cut|slit) (?:myself|my (?:wrists?|arms?|legs?|thighs?|skin)|deep|deeper)\b|\bif"
            r" i (?:cut|slit)(?: (?:myself|my (?:wrists?|arms?|legs?|thighs?|skin)))? (?:deep|de"
            r"eper) enough\b(?! (?:to (?!die|end|kill)|for)\b)|\b(?:direction|way|angle) (?:you|"
            r"i|u|people) cut\b[^.!?]{0,30}\b(?:survive|die|deeper|work|matter)\b",
            # a fall "so she definitely dies"
            r"\b(?:so|that) (?:she|he|they|i|you|someone|the character) (?:definitely|certainly|"
            r"surely) (?:dies?|wont survive|doesnt survive)\b",
            # a barrier got past on a roof or bridge
            r"\b(?:get|climb|go) (?:past|over|around|through) (?:the |a )?(?:barrier|fence|raili"
            r"ng|netting|nets|gate)s? (?:on|at|of) (?:the |a )?(?:roof|bridge|top|edge|cliff|tow"
            r"er|car park|platform)\b",
            # a drowning or hanging "what does it feel like"
            r"\b(?:drowns?|drowning|hangs?|hanging|overdos\w*)\b[^|]{0,60}\bwhat does (?:it|that"
            r") (?:actually |really )?feel like\b",
            # buying lethal drugs online; "stuff that will put you to sleep forever"
            r"\b(?:where|how) (?:can|do|could) (?:i|you|someone) (?:get|buy|order|find) (?:\w+ )"
            r"?(?:pentobarbital|nembutal|secobarbital)\b|\bput (?:you|me|someone) to sleep forev"
            r"er\b",
            # a family gun "usually kept loaded"
            r"\b(?:my|our) (?:\w+ )?{GUN}\b[^|]{0,60}\b(?:kept|stored|left) loaded\b",
            # pharmacies checking how many boxes
            r"\b(?:do|does|will|would) (?:the )?(?:pharmac\w+|chemists?|shops|supermarkets?|they"
            r") (?:\w+ ){0,2}(?:check|notice|count|track) how many (?:boxes|packs|packets|bottle"
            r"s|pills|tablets)\b",
            # es/de/fr/it: a height "so as not to survive"; losing consciousness with an overdose;
            # the least painful way to die; dying from drink and sleeping pills
            r"\bpara no sobrevivir\b|\bper non sopravvivere\b|\bpour ne pas survivre\b|\bum nich"
            r"t zu (?:uberleben|ueberleben)\b|\bpara nao sobreviver\b",
            r"\b(?:bewusstlos|perd(?:re|s)? connaissance|perdere (?:la )?conoscenza|perder (?:el"
            r" )?conocimiento)\b[^|]{0,40}\b(?:uberdosis|ueberdosis|overdose|sobredosis)\b|\b(?:"
            r"uberdosis|ueberdosis|overdose|sobredosis)\b[^|]{0,40}\b(?:bewusstlos|perd(?:re|s)?"
            r" connaissance|perdere (?:la )?conoscenza|perder (?:el )?conocimiento)\b",
            r"\bschmerzlos\w* (?:weg|art|methode) (?:zu sterben|sich umzubringen)\b",
            r"\bmourir en melangeant\b|\bmorir mezclando\b",
            r"\b(?:end it|end her life|end his life|end their life|kill (?:herself|himself|thems"
            r"elves)|die|overdose)\b[^|]{0,60}\bwhat would (?:she|he|they|the character|my chara"
            r"cter) (?:realistically |actually |most likely |probably )?use\b",
            r"\brope in the (?:garage|shed|loft|attic|basement)\b[^|]{0,30}\bhold (?:an adults|a"
            r"n adult s|a persons|a person s|my|a grown \w+s?) weight\b",
            r"\b(?:household )?chemicals? (?:are|is) (?:fatal|lethal|deadly)\b",
            r"\bput (?:you|me|someone) to sleep (?:forever|for good|permanently)\b",
            r"\bwithout food and water (?:until|till|before) you die\b",
            r"\b(?:prescriptions?|pills|meds|tablets)\b[^|]{0,30}\bwhich (?:is|one is|are) (?:th"
            r"e )?most (?:dangerous|deadly|lethal)\b",
            r"\bwie viele (?:tabletten|pillen)\b[^?]{0,40}\b(?:nicht mehr aufwach\w*|sterben|tot"
            r")\b",
            r"\bquante (?:pastiglie|pillole|compresse)\b[^?]{0,40}\b(?:non svegliarsi|morire)\b",
            r"\b(?:se puede|puedo|uno se puede) morir mezclando\b|\bsi puo morire mischiando\b|"
            r"\bda (?:pra|para) morrer\b",
            r"\bcuantas pastillas\b[^?]{0,40}\b(?:morir|no despertar)\b",
            r"\b(?:which|what) (?:pills?|meds|tablets|drugs)\b(?: \w+){0,5} (?:are|r|is|were) (?"
            r":the )?most (?:deadly|lethal|dangerous)\b",
            r"\bwhich (?:of (?:his|her|my|the|their) (?:\w+ )?)?(?:pills|tablets|meds)(?: \w+){0"
            r",3} (?:are|is|were|was) (?:the )?strongest\b(?=\W*(?:$|[.!?,]|in (?:my|the|his|her"
            r"|our) (?:cupboard|cabinet|house|drawer)))",
            r"\btoo much to (?:come back from|wake up from|survive)\b",
            r"\bwould the (?:drop|fall|height) (?:from|off) (?:the|this|that) \w+ be enough\b",
            r"\bif i took (?:everything|all of it|all of them|all my pills|the whole (?:box|bott"
            r"le|packet))(?: in my (?:medicine )?(?:cabinet|cupboard))? at once\b",
            r"\bwould (?:someone|anyone|they) notice before (?:morning|the morning|tomorrow)\b",
            r"\b(?:rope|belt|cord)\b[^|]{0,20}\bhold (?:a person(?:s)?|my|someones|a human(?:s)?"
            r") weight\b(?![^|]*\bclimb)",
            r"\b(?:for|would) (?:someone|a person|me|you) (?:\w+ ){0,3}to not wake up\b",
            r"\bhow much rope\b(?![^|]*\b(?:swing|hammock|tyre|tire|tree ?house|climb\w*|boat|te"
            r"nt|washing|clothes ?line|bunting|lights|pulley|hoist)\b)[^|]{0,40}\b(?:beam|rafter"
            r"|banister|tree|ceiling|for me|hang)\b",
            r"\b(?:way|how) (?:to|do i|can i|could i|would i|do you) (?:do it |make it )?(?:so ("
            r"?:it|that it) )?looks? like an accident\b",
            r"\b(?:poisonous|toxic|lethal|deadly) enough to (?:end it|kill (?:me|myself)|do it)"
            r"\b",
            r"\bso (?:its|it is|it would be|it will be|that its) (?:definitely|guaranteed|certai"
            r"nly) (?:fatal|lethal|final)\b",
            r"\b(?:would|will|does|do) (?:it|that|they|the \w+ one) hurt(?: a lot)?\b[^?]{0,30}"
            r"\bor (?:do|would|will) (?:you|i) just (?:go to sleep|fall asleep|drift off|pass out"
            r")\b",
            r"\block(?:ed)? (?:themselves|myself|yourself) in the garage\b",
            r"\blie down in the snow and (?:not|dont|never) get up\b",
            r"\bhow many (?:of my )?(?:\w+ )?patches\b[^|]{0,40}\b(?:stop (?:my )?breathing|kill"
            r"|be (?:fatal|lethal|enough)|would it take)\b",
            r"\bwhat (?:dose|amount|quantity|number) of (?:\w+ ){1,2}(?:actually |really )?(?:ki"
            r"lls?|would kill|will kill|is (?:fatal|lethal|deadly))\b",
            r"\b(?:works?|acts?|kills?) (?:the )?(?:fastest|quickest) on (?:a person|people|huma"
            r"ns?|a human|someone|me)\b",
            r"\b(?:which|what) (?:\w+ ){0,2}(?:overdoses?|methods?|ways?|pills|drugs) (?:are|is)"
            r" (?:the )?(?:least|less) painful\b",
            # lethality asked for oneself ("if I take all my BP tablets ... will I die in my
            # sleep"), how much ruins the liver, whether enough pills means feeling nothing, the
            # least painful way or overdose, how people "do it with pills"
            r"\bif i (?:take|took|swallow|drink|mix) (?:all (?:of )?)?(?:my |the |\w+s )?(?:\w+ "
            r"){0,4}(?:{PILLS})\b[^?]{0,60}\b(?:will|would|could) i (?:die|not wake up|be dead|p"
            r"ass away)\b",
            r"\bhow (?:much|many) {W3}(?:does it take|would it take|is needed|to) (?:to )?(?:dam"
            r"age|destroy|wreck|shut down|fry) (?:the |your |my |a )?(?:liver|kidneys|heart)\b",
            r"\b(?:dont|do not|wouldnt|wont) feel (?:anything|a thing|it)\b[^?]{0,40}\bif (?:you"
            r"|u|i|someone) (?:take|took|drink|have) (?:enough|a lot of|loads of) (?:{PILLS})\b",
            r"\b(?:least|less) painful (?:way|method|overdoses?|option|pills)\b(?! to (?:tell|br"
            r"eak|say|do|remove|get|pull|rip|wax|pluck|learn|give|go|die of old))",
            r"\bhow (?:people|someone|you) (?:actually |really )?do it with (?:{PILLS})\b",
            # which means works fastest; whether a fall always kills
            r"\b(?:which|what) (?:\w+ ){0,3}(?:pills|meds|medications?|tablets|drugs|poisons?|ch"
            r"emicals) (?:work|works|act|acts|kill|kills) (?:the )?(?:fastest|quickest|most quic"
            r"kly|best)\b",
            r"\b(?:a )?(?:fall|jump|drop) (?:from|off) (?:\w+ ){0,4}(?:always|definitely|certain"
            r"ly|surely|for sure) (?:kills?|kill) (?:you|u|a person|someone|people)\b",
            # a height asked for by what would not stop a fall: a fence, nets, a barrier (not
            # a campaign for them)
            r"\b(?:(?:which|what|where|any|whether|is it true|if)\b[^.!?]{0,30}\b{HEIGHT}|the on"
            r"es?)\b[^.!?]{0,40}\b(?:with (?:no|out)|without|(?:doesnt|does not|dont|do not) (?:"
            r"have|has)|has no|have no) (?:a |any )?(?:fences?|nets?|netting|barriers?|railings?"
            r"|rails?|suicide barriers?)\b(?![^|]*\b(?:council|petition|campaign\w*|article|news"
            r"|voted?|funding|install\w*|put up|mayor|city hall|lobby\w*)\b)",
            # how long a named method takes ("the girl hangs herself, how long does it take?"), or
            # whether a fall is sure to kill ("if you jump from 10 floors you definitely die?")
            r"\b(?:hangs?|hanging|hanged|hung|drowns?|drowning|overdos\w*|ods|bleeds? out|bleedi"
            r"ng out|jumps?|jumping) (?:(?:him|her|my|them|your)sel(?:f|ves)|themself )?\b[^|]{0"
            r",30}\bhow long (?:does|would|will|do) (?:it|that|they) take\b",
            r"\b(?:jump|jumps|jumped|fall|falls|fell) (?:from|off) (?:\w+ ){0,4}(?:you|u|i|they|"
            r"people|someone|a person) (?:would |will )?(?:definitely|certainly|always|surely|fo"
            r"r sure|100 ?%|actually) (?:die|dies)\b",
            r"\b(?:weed ?killer|pesticide|paraquat|antifreeze|bleach|rat poison|drain cleaner|in"
            r"secticide)\b[^.!?]{0,40}\b(?:work|works|be enough|kill) (?:on )?(?:a person|people"
            r"|a human|humans|someone|me)\b",
            # opioids or sleeping pills with drink, asked how long or how fast, either order
            r"\bhow (?:long|fast|quickly) (?:\w+ ){0,5}(?:mix|mixing|combine|combining|take|"
            r"taking) (?:\w+ ){0,3}{PILLS}\b (?:\w+ ){0,3}(?:with|and) {ALCOHOL}\b",
            r"\b(?:mix|mixing|take|taking|combine|combining) (?:\w+ ){0,3}{PILLS}\b (?:\w+ ){0,3}"
            r"(?:with|and) {ALCOHOL}\b[^|]{0,40}\bhow (?:long|fast|quickly|much)\b",
            r"\b(?:which|what) (?:\w+ ){0,3}(?:pills?|meds|medications?|drugs?|tablets?|painkill"
            r"ers|poisons?) (?:\w+ ){0,2}(?:is|are) (?:the )?most (?:deadly|lethal|fatal|dangero"
            r"us)\b",
            r"\b(?:lethal|fatal|deadly|toxic|overdose|od) (?:dose|doses|amount|amounts|quantity|"
            r"level|limit|threshold)\b",
            r"\bhow (?:many|much) {W6}(?:to|would|will|does it take to|do i need to|do you need "
            r"to|needed to|should i take to|could|can) (?:make (?:me|you|someone|u) )?(?:die|kil"
            r"l|be fatal|be lethal|overdose|od|end it|stop (?:my|your|a|the) heart|not wake up|c"
            r"ause death|do it)\b",
            # "how many mg of melatonin is too much? 10mg doesn't do anything for me" asks
            # about a dose that does not work, not about dying
            r"\bhow (?:many|much) (?![^|]*\b\d+ ?(?:mg|mgs|milligrams?) (?:doesnt|does not|"
            r"dont|isnt|"
            r"is not) (?:seem to |really |even )?(?:do anything|work|help|do much|doing anything|"
            r"working|helping)\b){W6}(?:is|are|would be|will be) (?:lethal|fatal|deadly|too much|"
            r"enough to (?:die|kill|od|overdose))\b",
            r"\b(?:can|could|would|will|does|do|is|are) {W6}(?:kill (?:you|a person|someone|a "
            r"human|people|me)|be (?:lethal|fatal|deadly)|cause death|make (?:you|me) die|enough "
            r"to (?:die|kill))\b(?<!wife would kill me)(?<!mom would kill me)",
            r"\b(?:survive|survivable) (?:a )?(?:fall|jump|drop) (?:from|off)\b",
            r"\bhow (?:high|tall|far) {W4}(?:to|would|does|do|must|should) {W3}(?:die|be fatal|"
            r"kill|survive|fall)\b",
            r"\bhow long (?:does it|would it|will it|do you|does one) (?:take )?(?:to )?(?:die|"
            r"bleed out|drown|suffocate|lose consciousness|pass out|hang)\b",
            r"\b(?:right|correct) dose to (?:take )?(?:to )?(?:die|overdose|od)\b",
            r"\bhow (?:would|could|does|do|can|might|should) (?:a|my|the|this|that) (?:character|"
            r"person|guy|girl|protagonist|villain) (?:\w+ )?(?:overdose|od|hang|poison|drown|"
            r"kill (?:himself|herself|themselves|themself)|end (?:his|her|their) life)\b",
            r"\b(?:dose|doses|amount|much|many|quantity|mg) (?:of )?{W3}(?:is|are|would be|will "
            r"be|becomes|counts as) (?:lethal|fatal|deadly|toxic|an overdose|enough to (?:die|"
            r"kill))\b",
            r"\b(?:can|could|would|will|do|does) (?:you|i|someone|somebody|a person|one|people|"
            r"they) (?:actually |really )?die (?:from|of|if|by|after)\b",
            r"\bhow (?:fast|quick|quickly|long) (?:does|would|will|do) (?:it|that|they|this|"
            r"those) (?:work|kill|take effect|take to work)\b",
            r"\b{HEIGHT} {W4}(?:be )?(?:high |tall )?enough\b(?! (?:for (?:the |a )?(?:big |tall"
            r" |large )?(?:trucks?|lorr(?:y|ies)|bus(?:es)?|vans?|boats?|ships?|cars?)|to (?:fit"
            r"|see|clear|let|pass)))|\b(?:high|tall) enough\b(?=[^.!?]*\b{HEIGHT}\b)",
            r"\b(?:does|would|will|do) {W3}(?:hurt|be painful|feel anything)\b(?=[^.!?]*\b(?:or "
            r"(?:do|does|would|will) (?:you|u|i|one) (?:just )?(?:fall asleep|pass out|die)|"
            r"exhaust|hanging|drowning|overdos\w*)\b)",
            r"\bhow deep {W4}(?:cut|cuts|slit|slice)\b",
            r"\b(?:knot|noose)\b[^.!?]{0,40}\b(?:weight|hold (?:a|my|the) (?:person|body))\b",
            r"\bhow (?:many|much) {W6}would it take\b(?= *(?:$|[.!?,]))",
            r"\b(?:nobody|no one|you dont|you wouldnt|you wont|i wouldnt|i dont|wouldnt|to not|n"
            r"ot to) survive\b",
            r"\bwhat (?:pills|meds|drugs|medications?|tablets) (?:would|should|could|do|does|wil"
            r"l) (?:they|i|you|someone|people|one) (?:\w+ )?take\b",
            r"\b(?:does|would|will|do|is) (?:hanging|drowning|jumping|overdosing|bleeding out|sl"
            r"itting|an overdose|carbon monoxide|car exhaust|a gunshot|shooting yourself|a fall)"
            r" (?:\w+ )?(?:hurt|painful|take long|quick|fast|peaceful|painless|gentle)\b",
            r"\bwhich floor {W4}(?:to jump|high enough|fatal|lethal|make sure)\b",
            r"\b(?:which|what) (?:is|would be|one is|s) (?:faster|quicker|more painless|less pai"
            r"nful|more certain|surer|more reliable)\b",
            r"\b(?:faster|quicker|more painless|less painful)\b[^.!?]{0,20}\b(?:pills or|or (?:a"
            r" )?(?:rope|bridge|gun|pills|train))\b",
            r"\bhow long (?:does it|would it|will it) take to (?:go|pass|die|lose consciousness|"
            r"be found)\b",
            r"\b(?:place|somewhere|where) (?:\w+ ){0,4}(?:nobody|no one) (?:would|will|could) (?"
            r":find|stop) (?:me|them|him|her|a person|you|someone)\b",
            r"\bif i (?:took|take|swallowed|swallow|mix|mixed|combine|combined|drink|drank) (?:a"
            r"ll|the whole|a whole|every)\b[^.!?]{0,40}\b(?:would|will|could) (?:it|that|they|i)"
            r" (?:work|kill|be enough|die)\b",
            r"\bwould (?:a|the|my) (?:\w+ ){0,2}(?:belt|rope|cord|scarf|beam|door|shower rod|hoo"
            r"k|pipe|rail|bannister|banister) (?:\w+ )?hold\b",
            r"\bhow (?:deep|cold|high|far) (?:does|do|would|must|should) (?:the )?(?:water|sea|r"
            r"iver|fall|drop|bridge|building|lake)\b[^.!?]{0,40}\b(?:have to be|need to be|survive"
            r"|drown|die)\b",
            r"\bwhat happens if (?:you|i|someone|a person) takes? (?:a lot|loads|too much|too ma"
            r"ny|all)\b[^.!?]{0,40}\bon purpose\b",
            r"\bfeel (?:anything|it|pain)\b[^.!?]{0,30}\bwhen (?:they|you|people|someone|i) (?:j"
            r"ump|hang|drown|overdose|od|fall|freeze)\b",
            r"\bwhat height\b[^.!?]{0,40}\b(?:fatal|die|survive|sure|kill|lethal)\b",
            r"\b(?:took|take|swallowed|swallow) (?:their|his|her|my|a|the) (?:whole|entire) (?:m"
            r"onth|bottle|prescription|supply|pack)\b[^.!?]{0,40}\bhow long\b",
            r"\bwould i (?:die|survive|wake up)\b",
            r"\b(?:would|will|could) actually (?:do it|work|kill)\b",
            r"\b(?:buy|get) (?:a )?{GUN} (?:(?:licen[cs]e|permit) )?(?:fast|quickly|today|tonigh"
            r"t|now|without|with no)\b",
            r"\bcompletion rate\b|\bsuccess rate\b(?=[^|]*\b(?:suicide|attempts?|methods?|jump\w"
            r"*|hang\w*|overdos\w*|gun|pills|od)\b)|\b(?:methods?|ways?) (?:\w+ ){0,3}(?:highest"
            r"|best) success rate\b|\bmost (?:effective|lethal|reliable) (?:method|way)\b",
            r"\bassisted (?:dying|suicide)\b[^.!?]{0,60}\b(?:not ill|not sick|healthy|for me)\b",
            r"\b(?:survive|survived|survivable)\b[^.!?]{0,20}\b(?:overdoses?|od|that fall|the fa"
            r"ll|jumping|hanging)\b",
            r"\bpass out before\b",
            r"\bhow (?:sharp|deep|high|much|many|long|fast|cold|far) (?:\w+ ){0,3}(?:have to|has"
            r" to|need to|needs to|must) be\b",
            r"\b(?:feel it|feel anything|hurt) when you get hit by\b",
            r"\b(?:nicht (?:uberlebt|ueberlebt)|no sobrevive|ne survit pas|nao sobrevive|non sop"
            r"ravvive)\b",
            r"\b(?:quanto tempo|cuanto tiempo|combien de temps|wie lange)\b[^.!?]{0,30}\b(?:mori"
            r"re|morir|mourir|morrer|sterben)\b",
            r"\b(?:combien|cuantas|quante|quantos|wie viele)\b[^.!?]{0,40}\b(?:fatal|letal|morta"
            r"le|mortal|todlich|tod)\b",
            r"\b(?:different|lots of|multiple|several) (?:shops|pharmacies|chemists|stores)\b",
            r"\bhow (?:many|much) {W6}would be too (?:many|much)\b",
            r"\b(?:which|what) (?:over the counter |otc )?(?:meds|pills|drugs|medications?) (?:a"
            r"re|is) (?:lethal|deadly|fatal)\b",
            r"\bwould \d+ (?:of )?(?:my )?(?:\w+ )?{PILLS} be enough\b",
            r"\bknot (?:is )?(?:strongest|best) for hanging\b",
            r"\b(?:cuantas pastillas|quantos comprimidos)\b[^.!?]{0,30}\b(?:sobredosis|overdose|"
            r"matan|matam|mata)\b",
            r"\bhow long (?:does|would|will) (?:an? )?(?:overdose|od) take\b",
            r"\bdoes it hurt to (?:get hit|jump|hang|drown|overdose|bleed)\b",
            r"\bcan you (?:od|overdose) on (?:your |my |his |her )?(?:(?:\w+ )?{PILLS}|something"
            r"|anything|stuff)\b",
            r"\bwould (?:my )?(?:\w+ )?(?:pistol|gun|rifle|shotgun) work\b",
            r"\bbefore (?:its|it is) too late to save\b",
            r"\b(?:highest|biggest|deadliest|longest|tallest) (?:drop|fall)\b[^.]{0,60}\b(?:need"
            r" to know|have to know|tonight|right now)\b",
            r"\b(?:need to know|have to know) (?:\w+ ){0,2}(?:tonight|right now)\b[^.]{0,60}\b(?"
            r":highest|biggest|deadliest|longest) (?:drop|fall)\b",
            r"\benough to stop (?:a|an|my|the|someones) (?:\w+ )?heart\b",
            r"\bif (?:nobody|no one|noone) (?:found|finds|find|found me|came) (?:me )?(?:until|t"
            r"ill|for|before)\b",
            r"\btake (?:the|a|my) (?:whole|entire|full) (?:box|bottle|pack|packet|strip|blister|"
            r"jar|tub)\b[^.]{0,40}\bhow long\b",
            r"\b(?:mix|mixing|combine|combining) (?:\w+ ){0,2}with (?:all )?my (?:\w+ )?(?:pills"
            r"|meds|medication|antidepressants|tablets|sleeping pills|insulin)\b[^.]{0,60}\b(?:how"
            r" long|would it|will it|enough|work)\b",
            r"\b(?:what|which|how much) (?:dose|amount) of {W2}(?:paracetamol|tylenol|acetaminop"
            r"hen|ibuprofen|aspirin|insulin)\b[^.]{0,40}\b(?:beyond repair|fatal|lethal|kill|perma"
            r"nent|irreversible)\b",
            r"\b(?:roof|rooftop)\b[^.]{0,30}\bwithout (?:a |an )?(?:keycard|key card|pass|code|a"
            r"nyone seeing|being seen)\b",
            r"\bhow (?:long|quickly|fast|many minutes)\b[^.!?]{0,60}\b(?:garage|car|tent|room|sh"
            r"ed) with (?:the |a )?(?:car|engine|generator|grill|bbq|charcoal) (?:running|on|lit|b"
            r"urning)\b",
            r"\bhow deep\b[^.!?]{0,60}\b(?:the end|to die|fatal|lethal|bleed out|kill|for good|n"
            r"ot (?:just )?(?:another|a) scar|to not wake)\b",
            r"\b(?:freight|tracks|railway|rail line|{GUN}|rope|noose|{POISON})\b[^|]{0,120}\b(?:"
            r"i )?(?:just )?want (?:it|this|the end) to be (?:quick|fast|painless|instant)\b",
            r"\bwould stop (?:a|my|the|someones) (?:\w+ )?heart\b",
            r"\b(?:which|what) (?:\w+ ){0,3}(?:would be|is) (?:the )?(?:least painful|most painl"
            r"ess|quickest|most peaceful)\b",
            r"\bwhat (?:happens|would happen|will happen) if (?:you|i|someone|a person|u) (?:tak"
            r"e|took|swallow|swallowed|eat|ate) (?:like |about |around |maybe |over )?(?:[1-9]\d+|"
            r"ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred) (?:of )?(?:(?:your|my|his|he"
            r"r|their|the|\w+s) )?(?:\w+ )?{PILLS}\b",
            r"\b(?:carbon monoxide|exhaust|car fumes)\b[^.!?]{0,60}\bhow long\b[^.!?]{0,40}\b(?:"
            r"closed|sealed|shut|running) (?:car|garage)\b",
            r"\bhow long\b[^.!?]{0,30}\bin a (?:closed|sealed|shut) (?:car|garage)\b",
            r"\b(?:is|be|would be|are|was) (?:it |that |this )?enough to(?: ?\.+ ?| )(?:you know"
            r"|u know|yk)\b",
            r"\b(?:what|which) (?:floor|height|storey|story)\b[^.!?]{0,40}\b(?:to jump|jump from"
            r"|high enough|fatal|lethal|be sure|make sure|for sure|guaranteed)\b",
            r"\b(?:car exhaust|exhaust|carbon monoxide|car fumes|fumes)\b[^.!?]{0,20}\b(?:still "
            r"work|(?:even )?works? (?:with|w|on|in) (?:a )?(?:newer|new|modern) cars?)\b",
            r"\b(?:does|would|will|can|could) (?:the |a |an )?(?:\w+ ){0,4}kill (?:u|you|a perso"
            r"n|someone|people|me) (?:instantly|immediately|right away|for sure|quickly|fast|painl"
            r"essly)\b",
            r"\b(?:which|what) (?:direction|way) (?:do|should|would|to) (?:u |you |i |people )?c"
            r"ut\b(?![^|]*\b(?:grain|brisket|meat|steak|beef|pork|lamb|chicken|fish|bread|cake|o"
            r"nions?|hair|fringe|bangs|wood|fabric|paper|tiles?|carpet|pizza|veg\w*|fruit|cheese"
            r"|turkey|roast)\b)",
            r"\bhow long (?:can|could|would|do) (?:u|you|a person|someone|people|i) (?:last|surv"
            r"ive|stay alive)\b[^.!?]{0,30}\b(?:freezing|cold|icy) (?:water|lake|river|sea)\b[^|]{"
            r"0,80}\b(?:im not ok|im not okay|not doing ok|cant do this|dont want to be here|tired"
            r" of everything)\b",
            r"\b(?:poisonous|lethal|deadly|toxic|strong) enough to (?:actually )?(?:work|kill)\b",
            r"\b(?:mixed|mix|mixing|took|take|taking) (?:his |her |my |their |your )?(?:\w+ )?{P"
            r"ILLS}\b[^.!?]{0,20}\bwith (?:whisky|whiskey|vodka|alcohol|wine|booze|drink|rum|gin)\b"
            r"[^.!?]{0,30}\bwould (?:it|that) (?:be )?(?:peaceful|painless|quick|work|enough)\b",
            r"\b(?:euthanasia|put down|pentobarbital)\b[^|]{0,80}\b(?:on a person|on a human|on "
            r"me|person my size)\b",
            r"\bwould (?:old |the |my \w+s )?(?:ammunition|ammo|bullets|rounds|cartridges) still"
            r" (?:fire|work)\b",
            r"\bhow (?:many|much) {W6}(?:need|needs|have) to (?:take|swallow|drink) to (?:die|bl"
            r"eed (?:to death|out)|not wake up|overdose|od|be fatal)\b",
            r"\b(?:surest|quickest|fastest|easiest|most painless|least painful) way\b[^.!?]{0,40"
            r"}\b(?:chemicals|pills|gun|rope|poison|weedkiller|pesticides?|paraquat)\b",
            r"\b(?:barbecue|bbq|charcoal|grill|generator)\b[^.!?]{0,30}\b(?:closed|sealed|shut|s"
            r"mall) (?:room|space|tent|car|garage|bathroom|bedroom|shed)\b[^.!?]{0,30}\b(?:do it"
            r"|work|be enough|kill)\b",
            r"\benough to not (?:come back from|wake up)\b|\benough for someone (?:my|of my) (?:"
            r"size|weight)\b",
            r"\b(?:train line|railway|tracks|freight line)\b[^|]{0,40}\b(?:still used|still run|"
            r"at night)\b[^|]{0,40}\b(?:feeling (?:really |so )?(?:low|down|hopeless)|not ok|cant "
            r"do this)\b",
            r"\bdo (?:train|bus|lorry|truck|tube) drivers see (?:you|people|someone) coming\b",
            r"\bquanto ci mette\b[^.!?]{0,40}\b(?:a fare effetto|a morire)\b",
            r"\bhow deep the water is under\b|\b(?:possible|still possible|easy) to jump from\b",
            r"\bcould (?:someone|a person|you|i) drink enough (?:of it|antifreeze|bleach)\b",
            r"\bwhich direction is the deep way\b|\bis there a pill (?:a doctor|the doctor|they)"
            r" (?:will|would|can) give\b",
            r"\bhelium (?:tanks?|bottles?)\b[^|]{0,40}\bwithout (?:anyone|people) (?:asking|know"
            r"ing|noticing)\b|\bhold (?:ur|your|my) breath underwater\b[^|]{0,80}\b(?:falling apar"
            r"t|right there|not ok|cant do this)\b",
            r"\bdrown in a (?:bath|bathtub)\b|\b(?:closed|shut) garage with the (?:car|engine) r"
            r"unning\b[^.!?]{0,20}\bhow long\b",
            r"\b(?:is|are) (?:the |a |jumping (?:off|from) (?:the |a )?|falling (?:off|from) (?:"
            r"the |a )?)?(?:golden gate|{HEIGHT}|fall|falls|jump|jumps|jumping|falling)\b[^.!?]{0,"
            r"25}\b(?:actually |really |always |guaranteed |definitely )?(?:100(?: percent)?|alw"
            r"ays|guaranteed|definitely) (?:fatal|lethal|deadly)\b",
            r"\bhow long (?:does it|would it|will it) take for (?:a person|someone|somebody|you|"
            r"me|one) to (?:die|bleed out|drown|suffocate|lose consciousness|pass out)\b",
            r"\bhow long (?:does|would|will) (?:it take for )?(?:{POISON}|{PILLS}|antifreeze|ble"
            r"ach) (?:take )?to (?:work|kill)\b(?= on (?:a person|someone|a human|people|me|humans"
            r"))",
            r"\bhow sharp (?:does|do|should|would) (?:a |the )?(?:knife|blade|razor)s? (?:need t"
            r"o )?be to (?:go deep|cut deep|kill)\b",
            r"\b(?:which|what) (?:otc |over the counter )?(?:meds|medications?|pills|drugs)\b[^."
            r"!?]{0,30}\b(?:wreck|destroy|damage|shut down|fry) (?:your|the|my) (?:liver|kidneys|h"
            r"eart)\b[^.!?]{0,30}\b(?:what|which|how much|at what) (?:amount|dose|quantity)\b",
            r"\bhow long (?:would|does|will|can|could) it take (?:someone|a person|you|me|somebo"
            r"dy|a human) to die (?:after|from|if)\b",
        ),
        person=Person.ANY,
        requires=(
            r"\b(?:{PILLS}|{HEIGHT}|{GUN}|{POISON}|{LIGATURE}|bullet|fall|falling|jump|jumping|("
            r"?:realistically|actually|most likely|probably) use|hanging|hang|drown|drowning|ble"
            r"ed|bleeding|cut|cutting|wrists?|dose|doses|mg|milligrams?|overdose|od|train|traffi"
            r"c|car exhaust|exhaust|alcohol|vodka|knot|work|find|found|survive|floor|height|fast"
            r"er|quicker|hold|beam|sea|water|river|reservoir|lake|cliffs?|purpose|swim|bottle|me"
            r"dicine cabinet|blade|completion|success|assisted|lorry|truck|pain|morire|morir|mou"
            r"rir|morrer|sterben|fatal|letal|mortale|mortal|todlich|uberlebt|ueberlebt|sobrevive"
            r"|survit|sopravvive|garage|knot|od|pistol|pills|sobredosis|matam|matan|hurt|save|sc"
            r"ars?|freight|tracks|railway|painful|painless|method|methods|potassium|heart|carbon"
            r" monoxide|closed car|sealed car|enough to|third rail|direction|freezing|euthanasia"
            r"|ammunition|ammo|bullets|surest|barbecue|bbq|charcoal|whisky|whiskey|vodka|come ba"
            r"ck from|my size|fumes|train line|not ok|drivers|candeggina|effetto|jump from|antif"
            r"reeze|pill|helium|breath|bathtub|bath|chemicals|sleep forever|freeze|drowns|hangs|"
            r"pentobarbital|nembutal|accidental|accident|weight|deep enough|fast enough|sobreviv"
            r"ir|sopravvivere|survivre|uberleben|ueberleben|uberdosis|ueberdosis|bewusstlos|conn"
            r"aissance|conoscenza|somniferes|sonniferi|schlaftabletten|stomach|reversed|meds|imp"
            r"act)\b",
        ),
        unless=(
            r"\bhow did (?:they|scientists|researchers|doctors|people) (?:work out|figure out|fi"
            r"nd out|determine|calculate|know)\b",
            r"\b(?:polar plunge|cold water swim\w*|ice baths?|wild swim\w*|cliff jump\w*|cliff d"
            r"iv\w*|to be safe|safely)\b",
            r"\bsurvived (?:jumping|the jump|a jump|the fall|an attempt)\b[^.!?]{0,60}\b(?:doing"
            r" (?:so |really |very )?well|recovered|support)\b",
            r"\b(?:had taken|having taken|was found|he took|she took|they took|died (?:of|from))\b",
            # Animals and pets: a poison-control question, not a self-directed one.
            r"^(?![^|]*\b(?:on a person|on a human|on people|on humans|(?:person|someone|somebod"
            r"y) my size)\b)[^|]*?\b(?:cat|cats|dog|dogs|puppy|kitten|pet|pets|horse|rabbit|hams"
            r"ter|bird|parrot|animal|animals|vet)\b",
            r"\b(?:safely|to dive|diving board|dive off|snorkel\w*|scuba)\b",
            r"\b(?:marathon|(?<!car )(?<!engine )(?<!generator )running|hydrat\w*|exercise|"
            r"workout|hiking)\b",
            r"\b(?:skating|freeze(?! to death)|frozen|ice over|bake|cook|boil|paint|dry)\b",
            r"\b(?:by code|elevator|building code|regulations?|to need an?)\b",
            r"\b(?:ld ?50|therapeutic (?:index|window)|in (?:toxicology|pharmacology))\b",
            # everyday things people worry they overdo ("what's the lethal dose of caffeine? i
            # drink 5 energy drinks a day"); caffeine pills and powder stay a means question
            r"\b(?:coffee|espresso|energy drinks?|red bull|salt|sugar|nutmeg|cinnamon|"
            r"bananas?|apple seeds|caffeine(?! (?:pills?|tablets?|powder)))\b",
            r"\b(?:penny|pennies|coin|harness|osha|scaffold\w*|construction site|hard hats?|in a"
            r" day|per day|a day)\b",
            # a survival told, not asked ("survived an overdose in my twenties and now I
            # volunteer"); a recent one stays ("survived my overdose last year")
            r"(?:^|\bi |\band )survived (?:a|an|my|that) (?:overdose|attempt|jump|fall)\b"
            r"(?![^.!?]*(?:\?|\blast (?:year|month|week|night)\b|\brecently\b|\byesterday\b))",
            r"\b(?:people|those|men|women|someone) who survived (?:jumping|the jump|the fall)\b",
            # a child's dose asked about by a parent ("how many mg of melatonin is too much for a
            # 10 year old", twenty-seventh pass); "to kill a child" is not this
            r"\btoo much for (?:a|an|my|our) (?:\d+ ?(?:year|yr|month)s? old|(?:little |young )?("
            r"?:child|kid|toddler|baby|infant|son|daughter|boy|girl|teen|teenager))\b(?![^|]*\b(?"
            r":kill|die|dead|hurt|harm|shut (?:him|her|them) up|never wake)\b)",
        ),
    ),
    Signal(
        "means.place_or_purchase",
        C.SUICIDE,
        T.LOW,
        K.MEANS_PLACE,
        "Asks where to find heights or buy lethal means: innocent alone, HIGH when in distress.",
        (
            r"\b(?:which|what) (?:roofs?|rooftops?|car parks?|buildings?|parking garages?)\b[^.!"
            r"?]{0,30}\b(?:are |is )?(?:unlocked|open to (?:the )?public|accessible)\b",
            r"\b(?:which|what) (?:kind of |type of )?{POISON} (?:works?|acts?|kills?) (?:the )?("
            r"?:fastest|quickest|best)\b",
            r"\bhow (?:high|tall) is (?:the )?(?:\w+ ){0,3}{HEIGHT}\b",
            r"\bhow (?:far|high|long|big) is the (?:drop|fall) (?:from|off)\b",
            r"\bhow (?:many )?(?:feet|metres|meters|ft) (?:is|from|down|high)\b[^|]{0,40}\b(?:fr"
            r"om the water|to the water|to the ground|drop)\b",
            # which roofs can be got onto ("Which roofs in town can you get onto?")
            r"\b(?:which|what) (?:roofs?|rooftops?|car parks?|parking garages?|multi storeys?)\b"
            r"[^.!?]{0,30}\bcan (?:you|i|one|someone) (?:get|go|climb) (?:on|onto|up)\b",
            r"\b(?:tallest|highest|high|tall|taller|highest point|tallest point) {W2}{HEIGHT}\b",
            r"\b{HEIGHT} {W2}(?:taller|higher|over|above|at least) (?:than )?{W1}(?:\d+|ten|"
            r"twenty|thirty|fifty|hundred)\b",
            r"\b{HEIGHT} (?:taller|higher) than\b",
            r"\b(?:roof|rooftop) (?:access|unlocked|open|door)\b|\b(?:unlocked|open|accessible) "
            r"(?:roof|rooftop|roofs)\b|\bget (?:on|onto|up to) (?:the|a) (?:roof|rooftop)\b",
            r"\b(?:which|what) floor {W3}(?:high enough|to jump|is the highest|fatal|lethal)\b",
            r"\bwhere (?:can|do|could|should) (?:i|you|one) (?:buy|get|find|purchase|order) "
            r"{W2}(?:{GUN}|{POISON}|rope|noose|{PILLS}|ammo|ammunition|bullets|razor blades?|"
            r"blades?)\b",
            r"\b(?:buy|get|purchase|order) (?:a |some )?{GUN} (?:today|tonight|fast|quickly|now|"
            r"without (?:a )?(?:background check|waiting|license|id))\b",
            r"\b(?:buy|get|purchase|order) (?:some |a bottle of |a bag of )?{POISON}\b",
            r"\bhow (?:to|do i|can i) (?:get|buy|find) (?:a |some )?(?:{GUN}|{POISON}|{PILLS})\b",
            r"\b(?:train|trains) (?:schedule|times|timetable)\b(?=[^.!?]*\b(?:fast|express|"
            r"freight)\b)",
            r"\bwhich (?:bridges?|buildings?|cliffs?|towers?|roofs?|car parks?) {W4}(?:highest|t"
            r"allest|best|deadliest|most)\b",
            r"\b(?:im|i am) (?:at|on|on top of|at the top of) (?:the|a) (?:bridge|ledge|roof|rooft"
            r"op|cliff|"
            r"parking garage|car park|multi storey|"
            r"tracks|train tracks|edge|top floor)\b",
            r"\b(?:skip|skips|without|no) (?:the )?background checks?\b",
            r"\bhow (?:many|much) {W2}{PILLS} (?:is|are|would be) too (?:many|much)\b",
            r"\bwhat (?:happens|would happen|will happen) (?:if|when) (?:someone|somebody|you|i|"
            r"a person|people) (?:drinks?|swallows?|takes?|eats?|drank|swallowed|took|ate) (?:a (?"
            r":bottle|cup|glass|bunch|lot) of |some |all (?:of )?(?:the |my )?)?(?:{POISON}|bleach"
            r"|antifreeze|{PILLS})\b",
            r"\b(?:train|trains|express|freight|\d\d? ?\d\d) (?:goes|go|runs|comes|passes|doesnt"
            r" stop|does not stop) (?:straight )?through\b(?=[^.!?]*\b(?:station|platform|stop)\b)"
            r"|\bgoes straight through\b",
            r"\bwhat time (?:do|does) (?:the )?(?:freight |express |fast |last )?trains? (?:usua"
            r"lly )?(?:go|come|pass|run)(?: past| through| by)?\b",
            r"\b(?:most|more) (?:dangerous|deadly|toxic|lethal) (?:chemicals?|meds|medicines?|me"
            r"dications?|pills|combinations?|household \w+)\b|\bwhich (?:\w+ ){0,4}(?:meds|medicin"
            r"es?|pills|chemicals|drugs) (?:are )?(?:most )?(?:dangerous|deadly|toxic|lethal) toge"
            r"ther\b",
            r"\bdoes (?:old )?(?:ammo|ammunition|a shotgun|a gun|the gun|the shotgun) (?:still )"
            r"?(?:work|go off|fire|go bad)\b",
            r"\b(?:whether|if|does|do) (?:{POISON}|antifreeze|bleach) tastes?\b",
            r"\b(?:last|survive) in (?:the |a )?(?:river|lake|sea|ocean|cold water|freezing wate"
            r"r|icy water|snow)\b",
            r"\b(?:express|freight|train|\d\d? ?\d\d)\b[^.!?]{0,20}\b(?:doesnt|does not|dont|won"
            r"t) stop at\b",
            r"\b(?:meds|medicines?|pills|drugs|medications?) (?:are|is) (?:the )?most (?:dangero"
            r"us|deadly|toxic|lethal)\b",
        ),
        person=Person.ANY,
        unless=(
            r"\b(?:cliff diving|diving platform|diving board|bungee|documentary|zip ?line|for (?"
            r":a|the|our) (?:hike|trip|photo|view))\b",
            r"\b(?:fixing|repair\w*|cleaning|gutters?|taking (?:photos|pictures)|photos?|selfies"
            r"?|the view|sunset|shingles|antenna|solar panels?)\b",
            r"\b(?:by code|elevator|building code|regulations?|planning permission|zoning)\b",
            r"\b(?:legally|up to code|building code|regulations?|renovat\w*|inspection|permit)\b",
            r"\b(?:cliff div\w*|high div\w*|world record|ever recorded|red bull)\b",
            r"\b(?:call of the void|high place phenomenon|lappel du vide)\b",
            r"\b{ON_THE_ROAD}\b",
        ),
    ),
    Signal(
        "means.access",
        C.SUICIDE,
        T.NONE,
        K.MEANS_ACCESS,
        "Says they have a lethal means at hand; matters only with distress or ideation.",
        (
            r"\b(?:gun|rifle|shotgun|firearm|pistol)\w*\b[^|]{0,120}\b(?:its |it is )?not for (?"
            r":hunting|the range|sport|target practice|pest\w*|the farm)\b(?![^|]*\b(?:its for|i"
            r"t is for) (?:clay|display|collect\w*)\b)",
            # poison kept at hand ("grandad's got weedkiller and pesticide in the shed")
            r"\b(?:got|has|have|keeps?|kept) (?:\w+ ){0,2}{POISON}\b[^.!?]{0,40}\b(?:in|under) ("
            r"?:the|my|our|his|her) (?:shed|garage|barn|cupboard|cabinet|basement|kitchen)\b",
            r"\b(?:i have|ive got|i got|i own|i keep) (?:a |my |an )?(?:loaded )?{GUN}\b",
            r"\bmy (?:dads|fathers|moms|husbands|brothers|uncles|grandpas|own|roommates) {GUN}\b",
            r"\b(?:i have|ive got|i got|i kept|i keep) (?:a (?:whole )?bottle of|all (?:of )?my|"
            r"enough|a (?:stash|stockpile|pile|bunch|lot) of|a month of|months of|so many) "
            r"{PILLS}\b",
            r"\b(?:i have|ive got|i got) (?:a |some )?(?:rope|noose|razor blades?|blades?|"
            r"{POISON})\b",
            r"\b(?:i )?(?:bought|buying|ordered|picked up) (?:a |some |the |more )?(?:rope|noose|"
            r"{GUN}|ammo|bullets|razor blades?|{POISON}|{PILLS})\b",
            r"\b{GUN} (?:in|under) (?:my|the) (?:drawer|closet|safe|car|nightstand|bed|glovebox|"
            r"chest of drawers)\b",
            r"\b(?:keeps?|kept|has|hides) (?:his|her|their|a|the) {GUN}\b",
            r"\bi know where (?:\w+ ){0,3}(?:keeps?|kept|hides|hid) (?:the|his|her|their|a) "
            r"(?:{GUN}|key|keys|{PILLS})\b",
            r"\bthe (?:knife|knives|blade|razor|gun|pills|rope|bottle) (?:is|s|are) (?:right )?("
            r"?:next to|beside|in front of|here with|on the bed with) me\b",
        ),
        person=Person.ANY,
    ),
    Signal(
        "context.vague_follow_up",
        C.SUICIDE,
        T.NONE,
        K.FOLLOW_UP,
        "A vague method question ('how many would it take?') that only means something after "
        "ideation earlier in the conversation.",
        (
            r"\bhow (?:many|much) (?:would|will|does|do) (?:it|i|you) (?:take|need)\b",
            r"\bhow (?:many|much) (?:is|would be|are) (?:enough|too many|too much)\b",
            r"\bhow many (?:of them|of those|of these|pills|tablets)\b",
            r"\b(?:is|would|will) (?:that|this|it|\d+) (?:be )?enough\b",
            r"\b(?:would|will|does|did) it hurt\b|\bis it painful\b",
            r"\bhow long (?:would|will|does) it take\b",
            r"\bwhich (?:one|way|method|is) {W2}(?:fastest|quickest|easiest|least painful|surest|"
            r"best|most painless)\b",
            r"\bwhat if i (?:took|take|swallowed|swallow) (?:them all|all of them|the whole|all)\b",
            r"\b(?:how high|how deep|how far)\b(?! (?:\w+ ){1,2}come\b)",
            r"\b(?:im|i am) (?:ready|ready now|ready to go)\b|\b(?:keep |been |im )?planning how "
            r"(?:i|to)\b|\bi know (?:what|how|where|when) (?:im going to|i am going to|i will|ill|"
            r"id|i would|to) do\b(?! (?:when|if|about|with)\b)|\bdecided how\b",
        ),
        person=Person.ANY,
    ),
    # ---------------------------------------------------------------- distress (context only)
    Signal(
        "distress.hopelessness",
        None,
        T.LOW,
        K.DISTRESS,
        "Hopelessness: negative expectations of the future (Beck); strongly linked to suicide.",
        (
            r"\b(?:im|i am) (?:just |so |honestly |literally |completely |totally )?done with (?"
            r":everything|it all|all of it|life|this life)\b(?! (?:on|for|at|in|before|by|today|"
            r"tonight|this|that|i|we|you|my|the|from|and then)\b)",
            r"(?:^|[.!?,] *)(?:im|i am) (?:just )?done\W*$",
            r"\b(?:feel|feeling|im|i am|so|completely|totally|utterly) hopeless\b|\bhopelessness\b",
            r"\b(?:everything|life|it all|things|my life) (?:is|feels|seems) (?:so |completely |"
            r"totally )?hopeless\b",
            r"\b(?:no|lost (?:all )?|without) hope\b|\btheres no hope\b",
            r"\b(?:it|things|life|this|nothing)(?: will|ll)? (?:never|not ever) (?:get|gets|going "
            r"to get|gonna get) better\b|\bnever (?:going to|gonna) get better\b",
            r"\bnothing (?:will|is going to|is ever going to|ever) (?:ever )?(?:get|gets|be|"
            r"changes?)(?: better)?\b",
            r"\b(?:i have|ive got|theres) no future\b|\bno way out\b|\bno escape\b",
            r"\bnothing (?:will|can|is going to) (?:ever )?(?:help|change|fix)\b|\bnothing "
            r"(?:ever )?(?:helps|works|matters|changes)\b",
            r"\b(?:beyond|cant be|cannot be) helped\b|\bbeyond help\b",
            r"\b(?:my life is|life is|its all|it is all) (?:over|ruined|pointless|meaningless)\b|"
            r"\bruined my (?:whole )?life\b",
            r"\b(?:whats|what is) the point\b|\bno point (?:anymore|in anything|to anything)\b",
            r"\bgive up on (?:life|everything|myself)\b|\b(?:given|giving) up on (?:life|"
            r"everything)\b|\b(?:ready|about) to give up\b|\bfelt like giving up\b",
            r"\b(?:only|the) way out\b",
            r"\bno (?:purpose|reason to (?:try|go on|get up))\b",
            r"\bnot that it matters\b[^.!?]{0,20}\bnothing (?:does|matters)\b",
            r"\b(?:my (?:life|world) is falling apart|everything i touch (?:falls apart|turns to"
            r" shit)|bad week\W+bad month\W+bad life|(?:she|he|they) (?:was|were) all i had(?: lef"
            r"t)?|(?:feel like )?theres no point to me|my whole family hates me)\b",
            r"\b(?:nothing|it|none of it) (?:matters|doesnt matter) anyway\b|\bdoesnt matter any"
            r"way\b",
            r"\b(?:im|i am) (?:really |so |just |honestly |genuinely )?not (?:ok|okay|alright|do"
            r"ing (?:ok|okay|well))\b(?! with\b)",
        ),
    ),
    Signal(
        "distress.burdensomeness",
        None,
        T.LOW,
        K.DISTRESS,
        "Perceived burdensomeness (Joiner): believing others would be better off without you.",
        (
            r"\b(?:deal with|put up with|worry about|look after|carry|carrying) me\b[^|]{0,30}\b"
            r"soon (?:they|you|nobody|no one|he|she)(?: all| guys)? (?:wont|will not|will never|"
            r"wont ever)(?: have to| need to)?\b",
            r"\b(?:im|i am|feel like|being|just) (?:a |such a |nothing but a )?(?:burden|"
            r"liability)\b",
            r"\bburden (?:to|on) (?:everyone|everybody|my family|them|others|people)\b",
            r"\bsorry for existing\b|\bi ruin everything\b|\bi make (?:everything|things) worse\b",
            r"\b(?:im|i am) (?:useless|worthless|a waste|a failure|a disappointment)\b",
            r"\b(?:nobody|no one|noone) (?:cares|loves me|wants me|likes me|needs me)\b",
            r"\b(?:everyone|everybody|they all) (?:hates|hate) me\b",
            r"\bim (?:just |only )?in (?:the|everyones|everybodys|their|the familys) way\b(?= *("
            r"?:$|[.!?]))",
            r"\b(?:only|just|nothing but) a (?:weight|drain|burden) (?:on|to|for) (?:my|the|ever"
            r"yone|them)\b",
        ),
    ),
    Signal(
        "distress.entrapment",
        None,
        T.LOW,
        K.DISTRESS,
        "Entrapment / unbearable pain: 'can't take it anymore' (O'Connor's model).",
        (
            r"\b(?:cant|cannot|can not) face (?:my family|anyone|them|people|the world|tomorrow|"
            r"another day|my kids|my wife|my husband) (?:anymore|any more|any longer)\b",
            r"\bcant (?:take|handle|bear|stand|cope with|deal with|do) (?:it|this|life|any of "
            r"this|everything)? ?(?:anymore|any more|any longer)\b",
            r"\bcant (?:cope|keep going|take it)\b|\bcant keep living like this\b",
            r"\b(?:feel|feeling|im|i am|so) (?:trapped|empty|numb|dead inside|broken|hollow)\b",
            r"\b(?:unbearable|too much (?:pain|to bear|to handle))\b",
            r"\b(?:i|ive|i have) (?:lost|nothing left)\b|\blost everything\b",
            r"\b(?:in|so much|constant) (?:pain|agony)\b",
            r"\b(?:hate|hating) (?:my life|myself|being alive|everything about me)\b",
            r"\bfalling apart\b|\bat (?:my|the) (?:breaking point|end of my rope|wits end)\b",
            r"\b(?:so|really|very|completely) (?:alone|lonely)\b|\bfeel (?:so )?alone\b",
            r"\b(?:depressed|depression|breaking down|falling apart|crying (?:all|every))\b",
            r"\bi give up\b|\bdont see a way\b|\b(?:im|i am) (?:so )?done trying\b|"
            r"\b(?:tired|sick) of trying\b|\bno point (?:in )?trying\b",
            r"\b(?:so |really |just )?(?:tired|exhausted|sick) of (?:everything|it all|life|"
            r"fighting|struggling|being me)\b|\beverything hurts\b",
            r"\b(?:need|want|have) (?:to get )?out of (?:here|this|it all|everything) for good\b",
            r"\bworst (?:day|night|week|year) of my (?:entire |whole )?life\b",
            r"\bi (?:just )?(?:need|want) (?:this|it|everything|all of this|it all) to (?:be ove"
            r"r|end|stop)\b",
            r"\bim so done\b(?! (?:with (?:this|that|the|my|work|school)|eating|for (?:today|the"
            r" day|tonight)))",
            r"\b(?:because|cause|cuz|bc) (?:im|i am) (?:so )?done\b(?! with)",
            r"\bi (?:just )?want (?:it all|everything) to stop\b",
        ),
    ),
    Signal(
        "distress.loss",
        None,
        T.NONE,
        K.DISTRESS,
        "A recent loss or crisis (job, relationship, home, money, exam): context for means "
        "questions.",
        (
            r"\b(?:lost|losing|lose) (?:my|our) (?:job|house|home|apartment|kids|children|custody|"
            r"wife|husband|partner|girlfriend|boyfriend|baby|mom|dad|mother|father|son|daughter|"
            r"best friend|business|savings|license|scholarship)\b",
            r"\b(?:got|been|was|just got|getting) (?:fired|laid off|let go|dumped|evicted|kicked "
            r"out|expelled|arrested|divorced|rejected|cheated on)\b",
            r"\b(?:my|our) (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|fiance|fiancee) "
            r"(?:left|dumped|is leaving|cheated|broke up)\b",
            r"\b(?:divorce|bankrupt|bankruptcy|foreclosure|eviction|homeless|failed (?:all "
            r")?(?:of )?(?:my|the|all) (?:exams?|class|classes|course|semester|tests?|finals))\b",
            r"\b(?:diagnosed with|terminal)\b",
            r"\b(?:died|passed away|was killed)\b",
        ),
    ),
    Signal(
        "distress.loss_left",
        None,
        T.NONE,
        K.DISTRESS,
        "Someone close left or betrayed the writer ('she left me after 6 years'): the same "
        "context as a loss. The writer is the one left, whoever the sentence's subject is.",
        (
            r"\b(?:left|dumped|cheated on|walked out on|broke up with) me\b(?! (?:a|an|the|some|"
            r"my|her|his|their|its|everything|money|\d+|alone for (?:a|an|the) (?:minute|second|"
            r"hour|bit|while)|with (?:the|a))\b)",
        ),
        person=Person.FIRST,
    ),
    # ---------------------------------------------------------------- exposure / mentions
    Signal(
        "exposure.suicide_loss",
        C.SUICIDE,
        T.LOW,
        K.EXPOSURE,
        "Someone else died by suicide (bereavement, news): supportive grief care, not a crisis.",
        (
            r"\b(?:died|dying|death|deaths|lost \w+|losing \w+) (?:by|from|to) suicide\b",
            r"\b(?:committed|commits|commit) suicide\b",
            r"\b(?:killed|shot|hanged|hung) (?:himself|herself|themselves|themself)\b",
            r"\btook (?:his|her|their) (?:own )?lives?\b",
            r"\b(?:suicide|suicides) (?:rates?|statistics|stats|numbers|epidemic|prevention|"
            r"awareness|hotline|crisis|cluster|risk)\b",
            r"\bsuicide\b|\bsuicidal\b",
        ),
        person=Person.ANY,
    ),
    # ---------------------------------------------------------------- hyperbole
    Signal(
        "suicide.hyperbole",
        C.SUICIDE,
        T.LOW,
        K.HYPERBOLE,
        "'Kill me now' style exclamations: usually hyperbole, a concern when distress is present.",
        (
            r"\b(?:just |please |pls |plz |somebody |someone |god |jesus )+kill me\b",
            r"\bkill me (?:now|please|pls|plz|already)\b",
            # "unalive me" is the same exclamation in new words; "take me now, lord" too
            r"\b(?:just |please |pls |somebody |someone )*unalive me\b",
            r"\b(?:god|lord|jesus) (?:please |just )*take me now\b",
            r"\b(?:want|wish) to (?:just )?(?:die|disappear) (?:of|from) (?:shame|embarrassment)\b",
        ),
        person=Person.ANY,
    ),
    # ---------------------------------------------------------------- harm to others
    Signal(
        "violence.intent",
        C.VIOLENCE,
        T.HIGH,
        K.HARM_OTHERS,
        "Stated intent to seriously hurt or kill another person.",
        (
            r"^(?![^|]*\b(?:hunt\w*|range|shooting|deer|pigs?|roos?|rabbits?|clay|season|pest\w*"
            r"|vermin|foxes)\b)[^|]*?\b(?:gun|rifle|shotgun|22|308|the 22)s?\b(?: is| s)? in (?:"
            r"the|my) (?:ute|car|truck|boot|van|glovebox)\b(?=[^|]*\b(?:reckoning|had enough|lau"
            r"ghing at me|tomorrow|pay for|payback|get them|sort them)\b)|\b(?:reckoning|payback"
            r")\b[^|]{0,120}\b(?:gun|rifle|shotgun|22s?)\b(?: is| s)? in (?:the|my) (?:ute|car|t"
            r"ruck|boot|van)\b",
            r"\b(?:want|going|gonna|plan(?:ning)?|about) to (?:run|drive|ram|plough|plow) (?:my "
            r"car |the car |my truck |the truck |the van |my van )?(?:into|over) (?:him|her|them"
            r"|the (?:guy|man|woman|bloke|lad|kid)|my \w+|that \w+)\b(?![^|]*\b(?:shopping|super"
            r"market|car park|parking|shop (?:for|to))\b)",
            r"\bpull(?:ing)? up on (?:him|her|them|that \w+|man)\b[^|]{0,20}\b(?:with|w) (?:the "
            r"|a |my )?(?:strap|gun|blick|stick|piece|blade|knife|shank|ting|burner)\b",
            r"\b(?:gets?|getting|going to get|gonna get) wet up\b|\bwet (?:him|her|them|man) up"
            r"\b|\b(?:ting|shank|blade|strap|burner) in my (?:bag|pocket|waistband)\b[^|]{0,60}\b"
            r"(?:man|him|he|them)\b",
            r"\b(?:driving|drivin|going|walking|been driving|been drivin) (?:a)?round (?:\w+ )?("
            r"?:looking|lookin) for (?:him|her|them)\b[^|]{0,40}\bwhen i (?:see|find|catch) (?:h"
            r"im|her|them)\b",
            r"\b(?:going to|gonna|will|i will|ill) (?:finish|end|deal with) (?:him|her|them|that"
            r" man|that woman)\b(?=[^|]*\b(?:made up my mind|mind is made|decided|one way ticket"
            r"|knife|gun|machete|tonight|for good)\b)(?![^|]*\b(?:game|match|chess|round|boss fi"
            r"ght|level|argument|debate)\b)",
            r"\b(?:going to|gonna|will|im going to) (?:set fire to|burn down|torch|firebomb|petr"
            r"ol bomb) (?:his|her|their|the|that) (?:\w+ )?(?:shop|house|flat|pub|bar|restaurant"
            r"|car|van|office|place|school|church|mosque|temple|store)\b(?=[^|]*\b(?:tonight|tom"
            r"orrow|ruined|deserve\w*|pay|fuel|petrol|gas|lighter|matches|revenge)\b)",
            r"\b(?:cut|cutting|tamper\w* with|mess\w* with|loosen\w*|fix|fixing) (?:his|her|thei"
            r"r|the \w+ s|the \w+s|my \w+ s|my \w+s) (?:brakes|brake lines?|brake cables?)\b(?!["
            r"^|]*\b(?:squeak\w*|pads?|service|mot|garage|quote)\b)(?=[^|]*\b(?:tonight|i know h"
            r"ow|accident|wont know|pay|deserves?)\b)",
            r"\b(?:found|got|have|know) (?:his|her|their) (?:home )?address\b[^|]{0,80}\b(?:(?:g"
            r"oing to|gonna|will|hell|shell|theyll) (?:know|find out|learn) what (?:its|it is) l"
            r"ike|not a joke|pay|regret|whats coming)\b",
            r"\b(?:kill|stab|smother|strangle) (?:him|her|them) in (?:his|her|their) sleep\b[^|]"
            r"{0,40}\b(?:(?:ive|i have|i) thought about how|planned|know how|worked out how)\b",
            r"\beveryone at (?:my old |that |this |my )(?:school|college|office|work|church) (?:"
            r"is going to|will|gonna) remember (?:the date|this day|that day|me)\b",
            # twenty-seventh pass: a dose asked about beside the wish that someone else never
            # wakes up ("how much melatonin is too much for a kid, i want him to never wake up")
            r"\b(?:how (?:much|many)|what dose|would (?:it|that|this|\d+) (?:kill|be enough)|too"
            r" much for)\b[^|]{0,80}\b(?:want|need|wish|hope) (?:him|her|them|my (?:\w+ )?(?:son"
            r"|daughter|baby|kid|child|husband|wife|partner|mum|mom|dad|father|mother|boss|ex)|t"
            r"he (?:baby|kid|child)) (?:to )?(?:never wake up|not wake up|die|stop breathing|dea"
            r"d)\b",
            r"\b(?:want|need|wish|hope) (?:him|her|them|my (?:\w+ )?(?:son|daughter|baby|kid|chi"
            r"ld|husband|wife|partner|mum|mom|dad|father|mother|boss|ex)|the (?:baby|kid|child))"
            r" (?:to )?(?:never wake up|not wake up|die|stop breathing|dead)\b[^|]{0,80}\b(?:how"
            r" (?:much|many)|what dose|would (?:it|that|this|\d+) (?:kill|be enough)|too much fo"
            r"r)\b",
            # going with others and weapons to hurt someone tonight ("gonna bash the bloke who
            # glassed my cousin. few of the boys coming with me tonight with bats")
            r"\b(?:gonna|going to|gunna) (?:bash|smash|belt|flog|deck|glass|stab|jump|do) (?:the"
            r" |that |this )?(?:bloke|guy|prick|bastard|dude|man|kid|fella|lad)\b(?=[^|]*\b(?:wi"
            r"th (?:bats|knives|a knife|a bat|a blade|blades|a machete)|tonight)\b)",
            # voices telling someone else to hurt the baby or a relative
            r"\bvoices (?:say|said|tell|told|are telling|keep telling|keep saying) (?:(?:him|her"
            r"|them) (?:that )?|(?:that )?)(?:he|she|they) (?:has|have|needs?|must|got) to (?:hu"
            r"rt|kill|harm|drown|sacrifice|get rid of)\b|\bvoices (?:that |which )?(?:tell|told|"
            r"are telling|keep telling) (?:him|her|them) to (?:hurt|kill|harm|drown|sacrifice|ge"
            r"t rid of)\b",
            # asking the sentence for hurting someone, with a reason or a date
            r"\b(?:whats|what is|how long is|hows) the (?:sentence|jail time|prison time|penalty"
            r"|time you get) for (?:hurting|stabbing|killing|beating|shooting|attacking) (?:some"
            r"one|somebody|a person|my \w+|him|her)\b(?=[^|]*\b(?:good reason|deserved (?:it)?|t"
            r"his week|tonight|tomorrow|asking for (?:this|next)|if (?:they|he|she) deserved)\b)",
            r"\b(?:driven|drove|been driving|driving) past (?:his|her|their) (?:house|place|flat"
            r"|home) (?:\w+ ){0,4}thinking about what (?:id|i would|i could|to) do\b",
            r"\b(?:rage|hit|punch\w*|through a window|strangl\w*|chok\w*|fight)\b[^|]{0,80}\bnex"
            r"t time i (?:wont|will not) stop\b",
            r"\b(?:afraid|scared|terrified) (?:im going to|ill|i will|i might) (?:snap and )?(?:"
            r"really )?(?:hit|hurt|shake|beat) (?:my|the) (?:son|daughter|kids?|baby|child|toddl"
            r"er|boy|girl)\b",
            r"\bplanning how to get (?:him|her|them) alone\b",
            r"\bget back at (?:him|her|them)\b[^|]{0,60}\bfinally know how\b",
            r"\b(?:syringe|needle|knife|scalpel|scissors)\b[^|]{0,40}\bthought about using (?:it"
            r"|them) on (?:him|her|them)\b",
            r"\b(?:on|from) (?:the|my) list\b[^|]{0,30}\bstarting with\b",
            r"\b(?:list|names) (?:of names )?from my (?:class|school|work|office)\b[^|]{0,60}\b("
            r"?:get it first|first to go|are first|go first)\b",
            r"\b(?:voices?|a voice)\b[^|]{0,40}\b(?:telling|tell|tells|told|saying|says) me to ("
            r"?:push|stab|hurt|kill|cut|strangle|drown|poison|shoot|hit|smother) (?:him|her|them"
            r"|my \w+|the \w+)\b",
            r"\b(?:putting|put|press\w*|hold\w*|held) (?:a |the )?pillow (?:down )?(?:over|on|on"
            r"to) (?:his|her|their|my \w+ s|the baby s) face\b",
            r"\b(?:imagine|imagining|picture|picturing|think about|thinking about) (?:pressing|h"
            r"olding|putting) (?:a |the )?pillow (?:down|over)\b",
            r"\b(?:gonna|going to|will|ill|want to|wanna) (?:beat|kick|stamp) (?:him|her|them|th"
            r"at \w+) to death\b(?! (?:at|in|on) )",
            r"\b(?:smash|cave|kick|bash) (?:his|her|their) (?:head|face|skull) in\b(?![^|]*\b(?:"
            r"game|match|fifa|tennis|chess|mario)\b)",
            r"\b(?:started |been |im )?carrying (?:a |my )?(?:blade|knife|box cutter|machete|gun"
            r"|pistol) (?:to|into|in) (?:class|school|work|college|uni|the office)\b",
            r"\b(?:plan|planning|going|gonna|want|wanna|thinking about how) to (?:put|slip) some"
            r"thing in (?:his|her|their|my \w+(?: s)?|the \w+(?: s)?|the) (?:drink|food|coffee|t"
            r"ea|dinner|water)\b",
            r"\b(?:plan|planning|going|gonna|want|wanna|a plan) to spike (?:the|his|her|their|my"
            r" \w+(?: s)?) (?:\w+ ){0,2}(?:coffee|drink|drinks|food|tea)\b",
            r"\b(?:give|giving|gave) (?:a|my|the|one) (?:patient|resident|client)s? (?:the )?wro"
            r"ng (?:dose|medication|meds|drug) on purpose\b",
            r"\b(?:want|wanna|going|gonna|planning|plan) to run (?:him|her|them|(?:his|her|their"
            r"|that) (?:kid|son|daughter|husband|wife|boyfriend|girlfriend|ex|boss|man|guy|woman"
            r"|bitch|bastard|teacher)) over\b",
            r"\bnext time i (?:wont|will not|am not going to|m not going to) stop\b(?=[^|]*\b(?:"
            r"rage|hit|punch\w*|through a window|strangl\w*|choke\w*|fight|him|her)\b)",
            r"\bmake sure (?:he|she|they) (?:doesnt|does not|dont|never) (?:make it|get|gets|mak"
            r"es it) home\b",
            r"\bbringing something (?:with me )?to finish (?:it|him|her|them|the job)\b",
            r"\b(?:want|wanna|going|gonna) to shoot (?:every|all|everyone|everybody)\b",
            r"\bthinking (?:of|about) hurting (?:my|his|her|their|the) \w+ for (?:her|his|their)"
            r" (?:money|house|pension)\b",
            r"\bich (?:bring|bringe) (?:meinen|meine|den|die|ihn|sie) (?:\w+ )?um\b(?=[^|]*\b(?:"
            r"wenn (?:er|sie) (?:heimkommt|nach hause kommt|zuruckkommt|zurueckkommt)|heute (?:n"
            r"acht|abend)|morgen|ernst|wirklich)\b)",
            r"\b(?:angst|furcht) dass ich (?:meinem|meiner|dem|der) (?:baby|kind|sohn|tochter|fr"
            r"au|mann) (?:was|etwas) antue\b",
            r"\b(?:le|la|les) voy a hacer dano\b[^|]{0,40}\b(?:cuchillo|pistola|arma)\b|\bquiero"
            r" pegarle a alguien hasta que no se mueva\b",
            r"\b(?:imaginar|imagino|penso em|pensar em) que mato (?:o|a) (?:meu|minha)\b",
            r"\b(?:le|la) planter\b[^|]{0,40}\b(?:humilie|humiliee|il ma|elle ma)\b|\battendre ("
            r"?:mon|ma) \w+ a la sortie et (?:le|la) planter\b",
            r"\b(?:imagin\w*|pictur\w*|fantasi[sz]\w*|thinking about|thoughts? (?:of|about)) (?:"
            r"stabbing|hurting|killing|strangling|shooting|pushing|poisoning|running (?:him|her|"
            r"them) over|smothering)\b[^|]{0,80}\b(?:(?:starting to |started to )?feel(?:s|ing)?"
            r" like (?:a|an actual) plan|(?:doesnt|does not|stopped) feel(?:ing)? like a fantasy"
            r"|(?:isnt|is not) a fantasy anymore|instead of a thought|i think im actually going "
            r"to|im not sure i wont|scared ill actually do it|i might actually do it)\b",
            r"\b(?:want to|going to|gonna|will) (?:hurt|kill|stab|shoot|run (?:him|her|them) ove"
            r"r)\b[^|]{0,60}\b(?:(?:found|know|got|have) (?:his|her|their) (?:address|schedule|s"
            r"hifts?|bus stop|car)|know (?:what|where) (?:he|she|they) (?:drives|parks|lives|wor"
            r"ks)|parked outside|keeping track of when)\b",
            r"\b(?:hit|hurt|shook|pushed|threw)\b[^|]{0,60}\b(?:need|want) someone to stop me\b",
            r"\bi (?:wont|will not) be responsible for what (?:happens|i do)\b",
            r"\b(?:hes|he is|shes|she is) not walking out\b",
            r"\beveryone at (?:that|this|my) (?:school|college|office|work|church) (?:is going t"
            r"o|will) remember my name\b(?=\W*(?:$|[.!?]|tomorrow|on \w+day|this week|soon))",
            r"\ba list of (?:\w+ )?(?:people|names)\b[^|]{0,40}\b(?:made my life hell|hurt me|de"
            r"serve\w*)\b",
            r"\bcrossing (?:names|them) off\b(?![^|]*\b(?:christmas|card|guest|shopping|invite|w"
            r"edding|to do|todo|bucket)\b)|\bon the list\b[^|]{0,30}\bstarting with\b",
            r"\b(?:address|where (?:he|she) lives)\b[^|]{0,40}\b(?:petrol|gasoline|gas can|jerry"
            r" ?can)\b",
            r"\bmake (?:them|my \w+) pay\b[^|]{0,40}\b(?:theyll see|tomorrow|tonight|monday)\b",
            r"\b(?:going to pay|will pay|regret)\b[^|]{0,60}\b(?:writing down|keeping track of|k"
            r"now) (?:his|her|their) (?:schedule|routine|shifts?|movements|address)\b",
            r"\bwatching (?:his|her|their) (?:house|flat|place)\b[^|]{0,60}\bim ready\b",
            r"\bje vais (?:lui|leur) faire payer\b",
            r"\b(?:gun|revolver|pistol|rifle|knife|bat|hammer|poison)\b[^|]{0,80}\b(?:i will|ill"
            r") use it on (?:him|her|them)\b",
            r"\bi(?:m| am) (?:driving|going|heading|walking) (?:to|over to|round to) (?:my |his "
            r"|her |their )?(?:\w+s )?(?:house|flat|place|work|school|office)\b[^|]{0,20}\bto (?"
            r":shoot|stab|kill|hurt|beat|attack) (?:him|her|them)\b",
            r"\bgoing to push (?:him|her|the \w+(?: who \w+ me)?) (?:off|down)\b",
            r"\b(?:about to|going to|gonna) run (?:him|her|them|my \w+) over\b",
            r"\bthrow (?:boiling water|acid|bleach) (?:on|at|over) (?:her|him|them)\b",
            r"\b(?:im|i am) putting (?:him|her|them) in the ground\b",
            r"\b(?:torch|burn|set fire to)\b[^|]{0,40}\bwith (?:him|her|them) (?:in it|inside)\b"
            r"|\b(?:burn|torch) (?:\w+ ){0,3}down with (?:the |my )?\w+ inside\b",
            r"\b(?:voices?|they) (?:say|tell|told|keep telling) (?:me )?(?:i have to|to) (?:cut|"
            r"stab|kill|hurt|push) (?:him|her|them|my \w+)\b",
            r"\bbringing something (?:that will|thatll|to) make them (?:listen|pay|see)\b",
            r"\burge to hurt (?:someone|people|him|her|them)\b[^|]{0,20}\b(?:getting stronger|st"
            r"ronger)\b",
            r"\bvoy a (?:apunalar|matar|disparar) a\b|\bje vais (?:le|la) planter\b|\bya tengo e"
            r"l cuchillo\b",
            r"\b(?:going to|gonna|will) pay\b[^|]{0,40}\bi (?:got|bought) a (?:gun|pistol|rifle|"
            r"knife)\b",
            r"\bthe ones who get it first\b",
            r"\b(?:take|way|how) to end (?:him|her)\b",
            r"\bslash (?:his|her) (?:tires|tyres) and then (?:him|her)\b",
            r"\bwhen (?:my \w+|he|she) (?:gets?|get) out of (?:prison|jail)\b[^|]{0,20}\b(?:im|i"
            r" am|ill|i will) (?:going to )?(?:be )?waiting for (?:him|her|them)\W*(?:$|[.!?])",
            r"\b(?:says|said) (?:hell|he will|shell|she will|theyll|they will) (?:hurt|kill|beat"
            r"|stab) (?:his|her|their) (?:girlfriend|boyfriend|wife|husband|partner|mum|mom|dad|"
            r"kids?|baby|son|daughter)\b",
            r"\b(?:pictured|imagined) (?:stabbing|hurting|strangling|shooting|killing|hitting)\b"
            r"[^|]{0,60}\b(?:didnt|did not|doesnt|does not) feel like a joke\b",
            r"\b(?:getting it|gets it|going to get it) when (?:i|we) see (?:him|her|them)\b(?=[^"
            r"|]*\b(?:bats?|knife|knives|mates|weapons?|blade)\b)",
            r"\blook(?:ing|ed) up what (?:would|will|could) make (?:him|her|them) (?:really |ver"
            r"y )?(?:sick|ill|die)\b",
            r"\b(?:got|have|made|making|writing|wrote) a list of (?:the )?(?:kids|people|teacher"
            r"s|students|everyone|names|coworkers|colleagues)\b[^|]{0,80}\b(?:find out|pay|deser"
            r"ve\w*|regret|friday|monday|soon)\b",
            r"\b(?:driving|going|heading|on my way) (?:there|over there|over|round|round there) "
            r"(?:right )?now to (?:break|smash|stab|hurt|kill|beat|sort)\b",
            r"\bwhen (?:he|she|they) (?:gets?|get) out(?: of (?:prison|jail|hospital|rehab))?,? "
            r"(?:im|i am|ill|i will) (?:going to )?(?:be )?waiting\b(?=\W*(?:$|[.!?]|for (?:him|"
            r"her|them)\W*(?:$|[.!?])))",
            r"\b(?:im|i am|i will|ill|i swear im|i swear i will) (?:going to )?(?:stab|shoot|str"
            r"angle|choke|knife) (?:the|that) (?:boy|man|guy|girl|woman|kid|teacher|bloke|prick|"
            r"bastard|bitch)\b",
            r"\b(?:i will|ill|im going to|i am going to|i swear i will|going to) put (?:him|her|"
            r"them|that \w+) in (?:the ground|hospital|a (?:box|coffin|wheelchair))\b",
            r"\b(?:if|when) (?:she|he|they) (?:leaves?|leave) me,? (?:im|i am|i will|ill) (?:tak"
            r"ing|going to take|take) (?:her|him|them) with me\b",
            r"\bgoing to (?:find|hunt down|track down) (?:him|her|them)\b[^.!?]{0,30}\b(?:break|"
            r"smash|stab|hurt|kill)\b",
            r"\bi (?:bought|got|have bought|ve bought) a (?:gun|rifle|pistol|knife|crossbow|mach"
            r"ete)\b[^|]{0,60}\b(?:going to pay|will pay|gonna pay|pay for|regret|get what)\b",
            r"\b(?:pushed|hit|punched|kicked|choked|strangled|stabbed|hurt|burned|shoved|slapped"
            r") (?:him|her|them|my (?:little |baby |big )?\w+)\b[^|]{0,60}\bi (?:want|am going|m"
            r" going|need) to do it again\b",
            r"\b(?:imagin\w*|pictur\w*|fantasi[sz]\w*) (?:about )?(?:driving|ploughing|plowing|r"
            r"unning (?:him|her|them|people) over|shooting|stabbing|hurting|pushing|smashing|str"
            r"angling|killing)\b[^|]{0,80}\b(?:(?:urges?|it|the thought|the feeling) (?:is|are|k"
            r"eeps?|s) (?:getting|growing) (?:stronger|worse|harder to (?:resist|ignore)|closer)"
            r"|feels? (?:closer to real|more real|closer))\b",
            # twenty-third pass: something in their drink "so she suffers"; "she won't see next
            # week"; "if I'm going down so is she"; a car set on fire; "there's no me and no her";
            # rope and tape and "she won't be leaving"
            r"\b(?:thinking about|keep thinking about|want to|going to) (?:putting|put|slipping|"
            r"slip) (?:something|stuff) in (?:his|her|their|my \w+|the \w+) (?:drink|food|tea|co"
            r"ffee)\b(?=[^|]*\b(?:so (?:he|she|they)|feels? what|suffer|pay|hurt|sick|pharmacy|c"
            r"hemist|without (?:a )?prescription|poison\w*)\b)",
            r"\b(?:she|he|they) (?:wont|will not) see (?:next week|tomorrow|the weekend|christma"
            r"s|another day)\b",
            r"\bif im going down\W*so (?:is|are|will) (?:she|he|they)\b",
            r"\b(?:set|setting) (?:his|her|their) (?:car|house|flat|shop|van) on fire\b",
            r"\btheres no me and (?:theres )?no (?:her|him|them)\b",
            r"\b(?:she|he|they) (?:wont|will not) be leaving\b(?=[^|]*\b(?:rope|tape|knife|gun)"
            r"\b)|\b(?:rope|tape|knife|gun)\b[^|]{0,80}\b(?:she|he|they) (?:wont|will not) be lea"
            r"ving\b",
            # voices saying to "deal with her"; "make sure he never walks right again"; a blade
            # sharpened to settle things tonight; a weapon put in the car on the way to see someone
            r"\bvoices?\b[^.!?]{0,80}\b(?:i (?:need|have|must|got) to|i should) (?:deal with|get"
            r" rid of|punish|silence|hurt|kill|stop|cut|stab|attack|strangle) (?:her|him|them|my "
            r"\w+)\b",
            r"\bmake sure (?:he|she|they) (?:never|wont|cant|will never) (?:walks?|walk|talks?|t"
            r"alk|sees?|see|breathes?|breathe|comes? back|hurts? anyone)(?: right| again| proper"
            r"ly)?\b",
            r"\b(?:sharpened|sharpening) (?:the|my|a) (?:machete|knife|axe|blade|cutlass)\b[^|]{"
            r"0,80}\b(?:tonight|settle|deal with|sort (?:him|her|them|it) out|pay)\b",
            r"\b(?:put|loaded|packed|got) (?:the|my|a) (?:crossbow|gun|rifle|shotgun|knife|mache"
            r"te|bat|axe|hammer)\b (?:in|into) (?:the )?(?:boot|trunk|car|van|bag)\b[^|]{0,40}\b"
            r"going (?:to see|over to|round to|to find)\b",
            r"\b(?:going|go|heading) (?:over|round) there (?:tonight |today |now )?and (?:ending"
            r" (?:it|this)|sorting (?:him|her|them) out)\b[^.!?]{0,20}\bone way or (?:another|th"
            r"e other)\b",
            # "next time i see him im stabbing him" (not at FIFA); "going over there and ending it
            # one way or another"
            r"\bnext time i see (?:him|her|them|that \w+)\b[^.!?]{0,20}\b(?:im|i am|ill|i will|i"
            r"m gonna|im going to) (?:stabbing|stab|shooting|shoot|killing|kill|strangling|stran"
            r"gle|glassing|glass|knifing) (?:him|her|them)\b(?![^.!?]*\b(?:at|in|on) (?:fifa|for"
            r"tnite|cod|chess|tennis|pool|darts|golf|squash|\w+ ?ball|the game|smash|mario ?kart"
            r"|madden|2k|ranked)\b)",
            # a reckoning with a time ("tonight he pays"), not a bill ("tonight he pays for dinner")
            r"\b(?:tonight|today|tomorrow|this weekend) (?:he|she|they) (?:pays|pay|will pay|get"
            r"s what (?:he|she|they) deserves?)\b(?! for (?:dinner|drinks|lunch|breakfast|the (?"
            r":bill|meal|taxi|cab|tickets|round|pizza|food|takeaway)|it all|everything|us))",
            # a weapon ready and the talking over ("got a bat in the boot and i'm done talking")
            r"\b(?:got|have|grabbed|brought|put) (?:a|my|the|dads|my dads) (?:hunting |old |new "
            r")?(?:bat|baseball bat|knife|hammer|axe|crowbar|machete|golf club|tyre iron|tire ir"
            r"on|gun|shotgun|rifle)\b[^|]{0,40}\b(?:(?:im|i am) done talking(?! (?:about|of|for)"
            r")|no more talking|done with talking|(?:hes|shes|theyre) got it coming|(?:he|she|th"
            r"ey)(?:ll| will) (?:pay|regret it|learn)|(?:\w+ )?(?:is|are) going to (?:pay|regret"
            r" it|learn)(?! (?:how|to|about|the|a|french|spanish|english)\b))\b",
            r"\b(?:thinking (?:about|of)|want to|going to|gonna|tempted to|planning (?:on|to)|pl"
            r"an to) poison(?:ing)? (?:my |his |her |their |the )?(?:\w+ ){0,4}(?:tea|coffee|dri"
            r"nk|food|dinner|meal|wine|husband|wife|partner|boyfriend|girlfriend|boss|mum|mom|da"
            r"d|mother|father|sister|brother|neighbou?r|roommate|flatmate|ex|stepdad|stepmum|ste"
            r"pmom)\b",
            # harm done before and the same pressure rising now ("pushed my wife down the
            # stairs last week and tonight i can feel it building again")
            r"\b(?:pushed|hit|hurt|strangled|choked|beat|shoved|punched|slapped|shook) (?:my )?("
            r"?:wife|husband|partner|gf|bf|girlfriend|boyfriend|kids?|son|daughter|baby|mum|mom|"
            r"dad|him|her)\b[^|]{0,80}\b(?:(?:i )?(?:can )?feel it building|its building (?:up )"
            r"?again|building (?:up )?again|(?:going to|gonna) happen again|(?:might|will|could|"
            r"am going to|gonna) do (?:it again|worse|something worse))\b",
            r"\beu mato (?:ela|ele)\b|\bimmaginare di uccidere\b|\bwarte (?:heute nacht )?mit de"
            r"m messer auf (?:ihn|sie)\b|\blo aspetto sotto casa\b[^|]{0,40}\bdeve pagare\b",
            r"\bburn (?:down )?(?:his|her|their|my \w+(?: \w+)?s) (?:shop|house|flat|place|car)"
            r"\b[^|]{0,40}\b(?:while (?:he|she|they)(?:s| is| are)? inside|tonight)\b",
            r"\bcant block a (?:knife|bullet|gun)\b|\babout to get out with (?:the|a|my) (?:tyre"
            r" iron|tire iron|bat|knife|crowbar|hammer|gun)\b",
            r"\bwait for (?:him|her) after (?:his|her) shift\b[^|]{0,30}\b(?:knows what (?:he|sh"
            r"e) did|deserves)\b",
            r"\blooked up where (?:they|he|she) (?:all )?lives?\b[^|]{0,40}\b(?:visiting|pay(?:i"
            r"ng)? (?:a )?visits?|going round|going over)\b",
            r"\bvoices?\b[^.!?]{0,80}\b(?:i should|to|that i (?:should|must|have to)) (?:get|hur"
            r"t|kill|attack|stab|poison) (?:him|her|them|my \w+)(?: first)?\b",
            r"\b(?:have|made|making|got|wrote|keeping) (?:a|my) list of (?:names|people)\b(?=[^|"
            r"]*\b(?:not (?:going to|gonna) say (?:any )?more|wont say more|youll see|theyll (?:"
            r"see|regret|pay)|deserve (?:it|what)|hit list)\b)",
            r"\bif i (?:cant|can not|cannot) have (?:the kids|them|her|him|my kids|the children|"
            r"my children)\b[,.]? (?:then )?(?:nobody|no one|noone) (?:can|will)\b",
            r"\b(?:want to|going to|gonna|thinking (?:about|of)|tempted to) (?:put|slip|add|spik"
            r"e) (?:something|stuff|poison|pills|bleach|antifreeze) (?:in|into) (?:his|her|their"
            r"|my (?:\w+ ){0,2}\w+) (?:tea|coffee|drink|food|dinner|meal|wine|juice)\b",
            r"\b(?:nobody|no one) (?:listens|cares|notices) until something happens\W+so somethi"
            r"ng (?:is going to|will|is gonna) happen\b",
            r"\bshoot (?:the|this|that|my) (?:place|school|building|office|class|church) up\b(?="
            r"[^|]*\b(?:part of me wants to|i want to|i mean it|not joking|seriously)\b)",
            r"\b(?:picturing|imagining|thinking about|fantasi[sz]ing about) (?:pushing|stabbing|"
            r"hitting|strangling|choking|killing|hurting|shooting|drowning|smothering|poisoning)"
            r"\b[^|]{0,80}\b(?:going over how|planning how|worked out how|figured out how) (?:id"
            r"|i would|i could|to) do it\b",
            r"\b(?:urge|urges|want|wanting) to (?:push|shove) (?:strangers|people|someone|"
            r"somebody|him|her|them|{OTHER_PERSON}) (?:in front of|onto|off)\b[^|]{0,80}"
            r"\b{HARDER_NOT_TO}\b",
            r"\b(?:{GUN}|knife)\b[^|]{0,80}\bi know (?:what time|when|where) (?:he|she|they) (?:"
            r"leaves|arrives|gets (?:off|home|out)|finishes|parks|lives|walks)\b",
            r"\b(?:got|have|made|making|keeping|wrote|writing) a list (?:of (?:people|names)|wit"
            r"h names)\b(?=[^|]*\b(?:tired of being|laughed at|bullied|mocked|the joke|pay for|r"
            r"egret|deserve|theyll see|they will see)\b)",
            r"\b(?:picture|imagine|picturing|imagining|fantasi[sz]e about|fantasi[sz]ing about|"
            r"think about|thinking about) (?:pushing|stabbing|hitting|strangling|choking|killing|"
            r"hurting|shooting|drowning|smothering|poisoning) (?:him|her|them|{OTHER_PERSON})\b"
            r"[^|]{0,120}\b{HARDER_NOT_TO}\b",
            r"\bmak(?:e|ing) sure (?:he|she|they) (?:never|cant|can never|wont ever) (?:walks?|t"
            r"alks?|hurts? (?:anyone|me|us)|breathes?|does it) again\b(?![^|]*\b(?:testif\w*|cou"
            r"rt|police|report\w*|restraining|statement)\b)",
            r"\b(?:urge|urges|want|wanting) to (?:kill|strangle|stab|hurt|choke|hit|beat|shoot|"
            r"smother) (?:him|her|them|{OTHER_PERSON})\b[^|]{0,120}\b{HARDER_NOT_TO}\b",
            r"\b(?:going to|will|ll|ill|about to|plan to|planning to|intend to|gonna|ready to|"
            r"decided to) (?:kill|hurt|stab|shoot|murder|strangle|beat up|poison|run over|attack|"
            r"choke) "
            r"(?:him|her|them|{OTHER_PERSON}|someone|somebody|people|everyone|everybody|all of "
            r"them)\b",
            r"\b(?:shoot|shooting) up (?:the|my|his|her|a|this) (?:school|office|work|workplace|"
            r"church|mall|party|class|campus)\b",
            r"\b(?:bring|take) (?:a )?(?:gun|knife|weapon) to (?:school|work|class|the "
            r"office)\b(?=[^.!?]*\b(?:kill|hurt|shoot|them|pay)\b)",
            r"\bmake them all pay\b|\bkill (?:them all|everyone|everybody)\b",
            # revenge plus knowing where or when to find the person
            r"\b(?:bringing|bring|take|taking|going round|go round|going over|waiting (?:outside"
            r"|for \w+)|sitting up waiting|sat waiting)\b[^.!?]{0,50}\b(?:gun|knife|bat|crowbar|ha"
            r"mmer|machete)\b",
            r"\b(?:how to|ways to|working out how to|figuring out how to|figure out how to|plann"
            r"ing (?:how )?to) (?:poison|kill|hurt|stab|shoot|drug|smother) (?:him|her|them|my \w+"
            r"|the \w+)\b",
            r"\b(?:bought|got|sharpened|brought|have) (?:a|the|my) (?:knife|gun|bat|machete|crow"
            r"bar|hammer)\b[^.!?]{0,50}\b(?:deal with|for (?:him|her|them)|teach|see it coming|pay"
            r"|sort (?:him|her) out)\b",
            r"\bwont see it coming\b",
            r"\bmake (?:\w+ ){0,3}(?:death|it) look like an (?:accident|overdose|suicide)\b",
            r"\b(?:make sure )?nobody (?:has|gets) (?:them|the kids|the children)\b|\b(?:take|ta"
            r"king) (?:the kids|the children|them all|us all|everyone) with me\b",
            r"\bover for both of us\b",
            r"\b(?:list|hit list) of (?:people|names|everyone|kids|students)\b[^.!?]{0,30}\b(?:h"
            r"ave it coming|deserve|pay|going to)\b",
            r"\bput(?:ting)? (?:him|her|them|\w+) in (?:the )?hospital\b(?=[^.!?]*\b(?:not jokin"
            r"g|i mean it|next time|fr)\b)",
            r"\bmake (?:him|her|them) pay\b(?=[^|]*\b(?:gun|knife|bat)\b)",
            r"\bput (?:something|stuff|pills|poison|bleach) in (?:his|her|their) (?:drink|food|c"
            r"offee|tea)\b(?![^.!?]*\b(?:umbrella|straw|ice|lemon|lime|cherry|loved it|surprise|"
            r"birthday|sugar|milk)\b)",
            r"\b(?:going to|gonna|will|ill|want to) burn (?:his|her|their|the) (?:house|car|plac"
            r"e|flat) down\b",
            r"\b(?:going to|gonna|will|ill) run (?:him|her|them) over\b",
            r"\bshoot up (?:the|this|that|my) (?:place|building|store|club|bar)\b",
            r"\b(?:voices?|they|god) (?:keep |keeps )?(?:say|says|saying|tell|telling|told) (?:me"
            r" )?(?:i (?:need|have) t"
            r"o|to) (?:hurt|kill|stab|harm) (?:him|her|them|my \w+|\w+)\b",
            r"\b(?:talking|talks|talked) about (?:hurting|killing|shooting|stabbing) (?:people|p"
            r"pl|kids|everyone|students)\b",
            r"\b(?:dont know if|not sure) i can stop myself\b",
            r"\bmake sure (?:he|she|they) (?:cant|never) (?:walk|talk|breathe|see)\b",
            r"\b(?:going to|gonna|will|ill) kill [a-z]+\b(?=[^|]*\b(?:i know (?:her|his|their|wh"
            r"ere)|ill be there|her bus|his house|her house)\b)",
            r"\b(?:voy a matar a|(?:lo|la) voy a matar|ich werde (?:ihn|sie) umbringen|je vais ("
            r"?:le|la|les) tuer|vou matar (?:ele|ela|o|a)|(?:lo|la|li|ti) ammazzo)\b",
            r"\b(?:want|wanna|going) to run (?:him|her|them) over\b",
            r"\bbeat (?:him|her|them) (?:till|until) (?:(?:he|she|they) (?:stops? (?:breathing|m"
            r"oving)|cant|is dead|are dead)|(?:hes|shes|theyre) dead)\b",
            r"\bsaid (?:hell|he will|shell|she will|theyll) (?:shoot|kill|stab|hurt) (?:everyone"
            r"|everybody|us|people)\b",
            r"\bhow i (?:would|could|will|am going to|d|should) (?:hurt|kill|stab|shoot|attack|s"
            r"trangle|poison|run over) (?:him|her|them|my (?:\w+ ){0,3}\w+)\b",
            r"\b(?:grabbed|shook|shoved|pushed|slapped|hit|squeezed) (?:her|him|my (?:\w+ )?(?:m"
            r"other|mum|mom|father|dad|baby|son|daughter|wife|husband|patient)) (?:too|so) (?:hard"
            r"|roughly)\b",
            r"\b(?:voices?|they) (?:are |keep |keeps )?(?:telling|tell|tells|commanding|ordering"
            r") me to (?:hurt|kill|attack|stab|harm|strangle) (?:my \w+|him|her|them|someone|someb"
            r"ody|people|the \w+)\b",
            r"\b(?:fantasi[sz]\w*|imagin\w*|picturing|thinking) about (?:\w+ ){0,6}(?:hurting|ki"
            r"lling|stabbing|shooting|running (?:\w+ ){0,4}over|strangling|poisoning)\b[^|]{0,100}"
            r"\b(?:doesnt|does not|isnt|is not|no longer) (?:feel |feels |seem |seems )?like (?:ju"
            r"st )?(?:a |an )?(?:fantasy|daydream|joke|thought)s?\b",
            r"\b(?:hit|slapped|punched|shoved|hurt|choked|kicked|shook) (?:my (?:\w+ )?(?:mother"
            r"|mum|mom|father|dad|baby|son|daughter|kids?|child|wife|husband|partner|girlfriend|bo"
            r"yfriend|grandma|grandmother|grandpa|grandfather|patient)|him|her|them)\b[^|]{0,80}\b"
            r"(?:afraid|scared|terrified|worried) (?:that )?(?:next time |one day |someday )?i (?:"
            r"wont|will not|might not|cant|wont be able to) (?:stop|control myself)\b",
            r"\b(?:dont|do not) trust myself (?:with|around) (?:my|the) (?:\w+ )?(?:teenager|son"
            r"|daughter|kids?|child|baby|husband|wife|partner|mother|mum|mom|dad|father)\b",
            r"\b(?:theyre|they are|hes|he is|shes|she is) (?:gonna|going to) (?:stop laughing|be"
            r" sorry|pay|regret (?:it|this)|find out what \w+ (?:actually |really )?means)\b",
            r"\b(?:he|she|they)(?:ll| will) (?:never see it coming|be sorry|pay for (?:it|this|w"
            r"hat (?:he|she|they) did))\b",
            r"\b(?:hes|shes|theyre|he is|she is|they are|hes not|shes not) (?:not )?(?:walking|c"
            r"oming|getting) out of (?:there|that house|that room|here)(?: alive)?\b",
            r"\bthey want a war\W+they(?:ll| will) get (?:one|it)\b",
            r"\b(?:im|i am) not going to be the one who gets hurt\b",
            r"\bi know exactly what im (?:doing|going to do) to (?:him|her|them)\b",
            r"\bon (?:the|my) list\b[^!?]{0,40}\bstarting with\b",
            r"\bwhen (?:he|she|they) (?:comes?|gets?|walks?) out\b[^.!?]{0,30}\bthats it\b",
            r"\b(?:idc|dont care|do not care) about (?:prison|jail|going to (?:jail|prison)|the "
            r"consequences) anymore\b",
            r"\b(?:pills?|stuff|powder|something|it|they)\b[^.!?]{0,30}\b(?:going|go|put|slip|dr"
            r"op)(?:ing)? (?:in|into) (?:his|her|their) (?:drink|food|coffee|tea)\b",
            r"\btold (?:my |a )?(?:\w+ )?(?:friend|friends|\w+) (?:to )?(?:stay home|not to come"
            r"|to stay away)\b(?=[^!?]*\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|sc"
            r"hool|class)\b)(?![^!?]*\b(?:flu|sick|ill|covid|cold|fever|contagious|rest|snow|str"
            r"ike)\b)",
            r"\breading about how much (?:it )?would take\b",
            r"\byou(?:d| would) (?:try to )?stop me\b(?=[^!?]*\b(?:he|she|him|her|them|alone|sho"
            r"p)\b)",
            r"\b(?:put|drive|floor it|plow|plough|ram|steer|swerve)(?: my car| it| the car)? int"
            r"o (?:that |the |a )?(?:crowd|people|pedestrians|cyclists|kids|students)\b",
            r"\bsomething in my (?:backpack|bag|trunk|car)\b(?=[^!?]*\b(?:war|pay|sorry|regret|n"
            r"ever see it coming|tomorrow)\b)|\beverything i need is in the (?:trunk|car|bag|boot)"
            r"\b",
            r"\b(?:hes|shes|theyre|he is|she is|they are) alone\b[^!?]{0,120}\byou(?:d| would) ("
            r"?:try to )?stop me\b",
            r"\b(?:were|we are|im|i am) going (?:over|round|there)\b[^!?]{0,60}\b(?:not (?:walki"
            r"ng|coming|getting) out of (?:there|here)|wont (?:walk|come|get) out)\b",
            r"\b(?:make|making) (?:that|the|this|him|her|them) (?:\w+ )?bleed\b(?=[^!?]*\b(?:tom"
            r"orrow|tonight|knife|bag|lunch|school)\b)",
            r"\b(?:theyll|they will|hell|he will|shell|she will) (?:all )?(?:finally )?(?:see|un"
            r"derstand) what (?:they|he|she) did\b",
            r"\bpicked the wrong (?:kid|guy|person|girl|one|family) to (?:bully|mess with|pick o"
            r"n|screw with)\b",
            r"\bmapped out (?:the )?(?:hallways|halls|building|school|exits|entrances)\b",
            r"\b(?:gas|petrol|gasoline) cans?\b[^!?]{0,60}\b(?:his|her|their) (?:new )?(?:place|"
            r"house|flat|apartment|shop|store)\b",
            r"\b(?:gonna|going to) learn what it costs\b",
            r"\bat the (?:gun |shooting )?range every (?:weekend|day|night)\b[^!?]{0,80}\b(?:lay"
            r"off|fired|laid off|when i come back)\b",
            r"\b(?:gets|getting|get) a visit before i (?:disappear|go|die|leave)\b",
            r"\b(?:is|s) done (?:ruining|hurting|destroying) \w+ after (?:tomorrow|tonight|today"
            r"|this week)\b",
            r"\bif we all go together\b|\btake (?:the kids|my kids|my children|them all|my famil"
            r"y) with me\b",
            r"\b(?:wont|will not|isnt going to|is not going to|arent going to) (?:see|make it to"
            r"|live to see) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|christmas|"
            r"the weekend|sunday morning|new year)\b(?=[^!?]*\b(?:guns?|knife|sorry|before i go|ex"
            r"|wife|husband)\b)",
            r"\b(?:all|everyone|the whole (?:team|family|class)s?) (?:\w+ ){0,3}in one room\b(?="
            r"[^!?]*\b(?:perfect|finally|rifle|gun|what (?:he|they) did|monday|meeting)\b)|\b(?:pe"
            r"rfect|finally)\b[^!?]{0,80}\ball in one room\b",
            r"\bsteer (?:the bus |the car |it )?into (?:the )?(?:river|lake|sea|wall|traffic|cro"
            r"wd)\b[^.!?]{0,30}\bwith (?:all of )?(?:them|the kids|my kids|the children|everyone"
            r")\b",
            r"\bgoogled what (?:wouldnt|would not|doesnt|does not|wont) show up\b",
            r"\b(?:has|he has|she has|hes|shes) (?:bought|got) a {GUN}\b[^!?]{0,60}\bwhere to us"
            r"e it\b",
            r"\b(?:gonna|going to|will|ill|about to) (?:ram|crash|drive|plow|plough) (?:my (?:ca"
            r"r|truck|van) )?into (?:his|hers|her|their|him|them)\b",
            r"\b(?:i )?could kill (?:him|her|them|my \w+)\b[^|]{0,40}\b(?:i mean (?:that|it) lit"
            r"erally|not a figure of speech)\b",
            r"\b(?:burn|torch|set fire to) (?:down )?(?:his|her|their|my \w+s?) (?:\w+ )?(?:hous"
            r"e|apartment|flat|place|car|home)\b[^.!?]{0,30}\bwhile (?:hes|shes|theyre|he is|she i"
            r"s|they are) (?:in it|inside|asleep|home|in there)\b",
            r"\b(?:hes|shes|theyre|he is|she is|they are|theyll|hell|shell) (?:going to|gonna) ("
            r"?:find out|learn|see|regret)\b[^|]{0,120}\b(?:gun|knife|rifle|pistol|bat)\b",
            r"\b(?:hammer|bat|knife|crowbar|axe)\b[^|]{0,80}\b(?:going round|going over|going th"
            r"ere|go round)\b[^|]{0,40}\b(?:wont be knocking|not to talk)\b",
            r"\b(?:walking|going|heading|driving) (?:there|over|round) (?:now|right now)\b[^|]{0"
            r",60}\b(?:bottle|knife|bat|hammer|gun) in my hand\b",
            r"\bpicturing (?:stabbing|hurting|killing|shooting|strangling) (?:my |him|her|them)\b"
            r"[^|]{0,80}\bplan(?:ning)? (?:when|how|it)\b",
            r"\b(?:driving|going|heading|walking) (?:over )?(?:there|round|over) (?:now|right "
            r"now)\b[^|]{0,60}\b(?:not walking away|wont walk away|going to pay|gonna pay|will "
            r"pay)\b",
        ),
        unless=(
            r"\b(?:feelings|cooking class|bring your own|(?<!my )class said|recipe|kitchen|chef|"
            r"game|in game|boss fight|level|match|dnd|campaign|fishing|hunting season|deer|pumpk"
            r"in)\b",
            r"\b(?:lobby|aim|cracked|headshot|ranked|server|respawn|noob|fortnite|cod|valorant|m"
            r"inecraft|raid)\b",
            # sixteenth pass (corpus zs): travel questions and a game's impostor round
            r"\b(?:on a plane|hand luggage|carry on|through security|airport|checked bag|tsa|"
            r"camping|hiking|among us|impostor|imposter|roblox|gta)\b",
        ),
    ),
    Signal(
        "violence.targeting",
        C.VIOLENCE,
        T.HIGH,
        K.HARM_OTHERS,
        "Revenge plus knowing where or when to find the person ('he'll regret it, I know what "
        "time he leaves'): a veiled threat with a target.",
        (
            # knowing where the people who wronged the writer are ("i know exactly where they all
            # sit at lunch")
            r"\bi know (?:exactly )?where (?:they|he|she|all of them|everyone|each of them) (?:a"
            r"ll )?(?:sit|sits|eat|eats|hang out|hangs out|live|lives|park|parks|will be|gather|"
            r"wait)\b",
            # revenge / jealousy plus where the person works, "and it won't be pretty"
            r"\bi know where (?:she|he|they|the \w+(?: \w+)?|(?:three|two|some|all|most) of them"
            r") (?:works?|lives?|live|hangs? out)\b[^|]{0,80}\b(?:(?:it|this) (?:wont|will not|i"
            r"snt going to) be pretty|going there (?:tomorrow|tonight|today)|made a list)\b|\b(?"
            r":made|making|keep|keeping) a list of (?:everyone|everybody|the people|all the peop"
            r"le|people) who (?:bullied|hurt|wronged|screwed|humiliated)\b[^|]{0,80}\bi know whe"
            r"re\b",
            r"\b(?:gets|get|comes|is|getting) (?:out|released)\b[^|]{0,40}\bi(?:ll| will|m going"
            r" to| am going to) be waiting\b",
            r"\b(?:bring|bringing|take|taking) (?:something|a (?:little )?surprise)\b[^.!?]{0,15"
            r"}\b(?:to|into) (?:school|class|college|campus|work|the office)\b(?![^|]*\b(?:bake "
            r"sale|show and tell|snacks?|cakes?|cookies|cupcakes|treats|party|presentation|proje"
            r"ct|costume|science fair|talent show|lunch|birthday)\b)",
            r"\bill be there (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            r"|tomorrow)\b",
            r"\bi know which window is (?:hers|his|theirs)\b",
            r"\bfind out where (?:he|she|they|that \w+) (?:lives|live) and (?:show up|go round|p"
            r"ay (?:him|her|them) a visit|go there)\b",
            r"\b(?:figured out|found out|found|worked out|know|cracked|guessed|got) (?:the |my ("
            r"?:\w+ s |\w+s )|(?:his|her) )?(?:gun (?:safe|cabinet|locker|box)|safe)s? (?:code|c"
            r"ombination|combo|key|pin|password)\b",
            r"\bplanning (?:how to|to) get (?:him|her|them) back\b(?=[^|]*\bnot (?:the )?(?:lega"
            r"l|nice|lawful|polite)\b)|\bnot the (?:legal|lawful) kind\b",
            r"\b(?:assaulted|raped|abused|hurt|killed|attacked|beat)\b[^|]{0,80}\b(?:got out|rel"
            r"eased|walked free|is out|out of prison)\b[^|]{0,60}\bi know (?:which|where)\b",
            r"\bi know (?:where|what time|when) (?:he|she|they|my \w+|that \w+) (?:\w+ )?(?:lives|"
            r"works|leaves|sleeps|gets off|parks|walks|is)\b",
            r"\bi know when (?:hes|shes|theyre|he is|she is|they are) (?:home )?alone\b",
            r"\b(?:been|keep|started) following (?:his|her|their) (?:car|van|truck) \b",
            r"\bi know where (?:my \w+ |he |she |they )?(?:keeps?|kept|hides) (?:the )?(?:key to"
            r" the (?:safe|gun cabinet)|(?:his|her|the) {GUN})\b",
            r"\b(?:i (?:have|got|still have|ve got)|theres) (?:a |my )?(?:can of gasoline|can of"
            r" petrol|gasoline|petrol|service revolver|{GUN})\b(?=[^!?]*\b(?:he|she|they|him|her|t"
            r"hem)\b)",
            r"\b(?:the|my) {GUN} is (?:already )?in (?:my|the) (?:car|bag|backpack|trunk|locker|"
            r"boot)\b",
            r"\b(?:he|she|they|the man|the guy|the woman)\b[^!?]{0,120}\bi (?:have|got|still hav"
            r"e|ve got) (?:a |my |my \w+s )?(?:service revolver|{GUN}|can of gasoline|can of pet"
            r"rol)\b",
            r"\b(?:rifle|shotgun|gun|pistol)\b[^.!?]{0,20}\b(?:in the trunk|in my trunk|under my"
            r" bed|in my bag|in my backpack|in the boot)\b",
            r"\bwatching (?:his|her|their) routine\b",
        ),
        person=Person.FIRST,
        requires=(
            r"\b(?:pay|regret|sorry|lesson|deserves?|revenge|(?:killed|murdered|raped) my|(?:wre"
            r"cked|destroyed) my|get (?:him|her|them) back|dead|hurt|suffer|whats coming|swindle"
            r"d|cheated|scammed|conned|robbed|ruined|stop laughing|laughed at|(?:wont|will not|n"
            r"ever) laugh at me|throw me|grassed|snitched|ratted|testified against me|put me awa"
            r"y|nothing left to lose|what (?:he|she|they) did|one room|the whole team|not leavin"
            r"g|wont leave|poisoned my|fired me|layoff|were even|restraining order|understand th"
            r"en|assaulted|raped|attacked|abused|kill (?:him|her|them)|(?:lays?|puts?) a (?:hand"
            r"|finger) on|(?:made|makes|making) my life (?:a )?(?:living )?hell|bull(?:y|ies|ied"
            r"|ying)|picks on me|picking on me|finally (?:see|notice|remember) me|invisible)\b",
        ),
    ),
    Signal(
        "violence.near_act",
        C.VIOLENCE,
        T.HIGH,
        K.HARM_OTHERS,
        "Harm to someone else begun or nearly carried out (hands on a neck, a fist raised, a head "
        "held under, a foot on the pedal, a dose drawn up): the urge has reached the body.",
        (
            r"\b(?:going|heading|goin|go|meet|meeting|coming|driving) (?:\w+ ){0,4}(?:tonight|no"
            r"w|later|at \d+|at (?:his|her|their) (?:place|house|flat|work))\b[^|]{0,40}\b(?:wit"
            r"h|bring|brought|weve got|we have|ive got|got) (?:the |our |my |some |your )?(?:bat"
            r"s|pangas|machetes|knives|bricks|blades|crowbars|weapons|pipes|hammers|axes|guns|sh"
            r"anks)\b(?![^|]*\b(?:cricket|baseball|softball|rounders|practi[cs]e|training|nets|g"
            r"ame|match|balls?)\b)",
            r"\b(?:bash|jump|beat|batter|stab|do over|sort out|smash|hurt)\b[^|]{0,80}\b(?:weve "
            r"got|we have|ive got|we got|bring|bringing|brought) (?:the |our |some )?(?:bats|pan"
            r"gas|machetes|knives|bricks|blades|crowbars|weapons|pipes|axes)\b(?![^|]*\b(?:crick"
            r"et|baseball|softball|rounders|practice|training|nets|game|match)\b)",
            r"\b(?:going to|gonna|will) (?:pay(?! (?:for (?:dinner|lunch|drinks|the|it|a|my|our|"
            r"his|her|everything|parking|petrol|us|me)|the|me|you|him|her|us|back|off|rent|it))|"
            r"get (?:run over|hurt|stabbed|shot|what (?:he|she|they) deserves?))\b[^|]{0,80}\b(?"
            r":waiting|parked|sitting) (?:in (?:my|the) (?:car|van|truck) )?(?:outside|by|in|nea"
            r"r|round the back of) (?:his|her|their|the) (?:\w+ )?(?:work|house|place|flat|offic"
            r"e|carpark|car park|parking lot|garage|gym)\b",
            r"\b(?:smash|kill|hurt|pay|teach|sort|batter|beat|bash|stab|deserves?)\b[^|]{0,80}\b"
            r"(?:waiting|hiding|standing) (?:by|near|at|in) (?:the )?(?:lift|elevator|stairwell|"
            r"stairs|car park|carpark|garage|door) with (?:a|the|my) (?:wrench|bat|knife|hammer|"
            r"crowbar|machete|axe|gun|pipe|spanner)\b",
            r"\b(?:got|holding|have|gripping|grabbed|picked up) (?:a |the |my )?(?:kitchen )?(?:"
            r"knife|hammer|bat|gun|scissors|machete|axe)\b(?=[^|]{0,100}\b(?:behind my back|in m"
            r"y face|in front of me|right here|next to me|in my hand)\b)[^|]{0,120}\bi (?:want|w"
            r"anna|am going|m going|need) to use it\b",
            r"\b(?:kill|stab|cut|finish)\b[^|]{0,60}\b(?:i don|ive|i have|i) (?:collect|collecte"
            r"d|taken|took|grabbed|got|picked up) (?:the |a |my )?(?:knife|gun|machete|cutlass|p"
            r"anga|blade) from (?:the )?(?:kitchen|drawer|house)\b",
            r"\b(?:getting|gonna get|going to get|will get|gets) (?:torched|burned down|burnt do"
            r"wn|firebombed)\b(?=[^|]*\b(?:fuels?|petrol|gasoline|gas can|lighter|jerry ?can|acc"
            r"elerant)\b)",
            r"\b(?:want to|wanna|going to|gonna) (?:kill|hurt|stab|smother|strangle) (?:him|her|"
            r"them|my \w+)\b[^|]{0,40}\b(?:(?:shes|hes|theyre|s|is|are) asleep|(?:is |s )?sleepi"
            r"ng)\b[^|]{0,40}\b(?:im|i am) (?:standing|outside|waiting|in the hallway|by (?:his|"
            r"her|their) door)\b",
            r"\blook(?:ing|ed) up what (?:would|will|could) make (?:him|her|them) (?:really |ver"
            r"y )?(?:sick|ill|die)\b[^|]{0,40}\b(?:(?:ive|i have|i) (?:got|bought) it|its in the"
            r" (?:cupboard|drawer|cupboard now))\b",
            r"\b(?:every one|everyone|all|each) of them (?:is|are) on (?:the|my) list\b",
            r"\b(?:got|have|brought|carrying|bought) (?:some )?acid (?:in|with)\b(?=[^|]*\b(?:fe"
            r"el it|pay|face|suffer|inside|work|outside|waiting|him|her)\b)",
            r"\b(?:laugh at me|laughing at me|bull(?:y|ies|ied|ying)|how id do it|get them back)"
            r"\b[^|]{0,120}\b(?:guns?|rifles?|shotguns?)\b[^|]{0,40}\b(?:i know (?:the|where the"
            r") (?:code|combination|key)|i have the key)\b",
            # waiting in the car outside the person's house, in anger (either order)
            r"\b(?:kill|hurt|angry|rage|furious|hate (?:him|her|them))\b[^|]{0,80}\b(?:sitting|s"
            r"at|been sitting|parked|been parked|waiting) in (?:my|the) (?:car|truck|ute|van) (?"
            r":outside|across from|opposite|near) (?:his|her|their) (?:house|flat|place|work|apa"
            r"rtment)\b|\b(?:sitting|sat|been sitting|parked|been parked|waiting) in (?:my|the) "
            r"(?:car|truck|ute|van) (?:outside|across from|opposite|near) (?:his|her|their) (?:h"
            r"ouse|flat|place|work|apartment)\b(?=[^|]{0,80}\b(?:kill|hurt|angry|rage|furious|ha"
            r"te (?:him|her|them)|make (?:him|her|them) pay)\b)",
            # a gun loaded and heading over ("neighbour poisoned my dog. loading the shotty and
            # heading over")
            r"\b(?:loading|loaded|grabbing|grabbed|getting|got) (?:the |my |dads |my dads )?(?:s"
            r"hotty|{GUN})\b[^|]{0,40}\b(?:heading|going|driving|walking) (?:over|round|there|to"
            r" (?:his|her|their))\b(?![^|]*\b(?:range|hunting|clays|rabbits|roos|pigs|deer|paddo"
            r"ck|foxes|vermin|target)\b)",
            # with weapons on the way to someone, or waiting outside their house armed, or holding a
            # knife while afraid of killing someone
            r"\b(?:we are|im|i am) (?:heading|going|driving|walking) (?:over|there|round|down) w"
            r"ith (?:bats|knives|a knife|a blade|blades|a gun|guns|a bat|machetes?|crowbars?|a c"
            r"rowbar)\b",
            r"\b(?:sitting|parked|waiting|sat|been sitting) outside (?:his|her|their) (?:house|f"
            r"lat|place|work|school)\b[^|]{0,20}\bwith (?:a|the|my) (?:tire iron|tyre iron|bat|k"
            r"nife|gun|crowbar|hammer|machete|rifle)\b",
            r"\b(?:kill|stab|hurt|snap)\b[^|]{0,60}\b(?:ive been|im|i am|been) (?:holding|grippi"
            r"ng|carrying) (?:the|a|my) (?:knife|gun|blade|bat|hammer)\b",
            r"\b(?:hes|he is|shes|she is|theyre|they are) not (?:leaving|walking out|getting out"
            r"|going home) on (?:his|her|their) (?:own )?(?:two )?feet\b",
            r"\b(?:going to|will|ill) (?:slash|cut|stab) (?:his|her|their) (?:face|throat)\b",
            r"\bich (?:stell|stelle) mir (?:\w+ ){0,2}vor,? wie ich (?:\w+ ){0,3}(?:umbringe|tot"
            r"e|toete|ersteche|erwurge|erwuerge)\b|\b(?:me imagino|imagino) (?:matando|apunaland"
            r"o|ahorcando) a\b|\bmi immagino (?:di )?(?:uccidere|ammazzare|accoltellare)\b",
            # nearly hit the person being cared for / a family member, losing control
            r"\b(?:hoje |ontem )?quase (?:bati|espanquei) (?:nela|nele|no meu|na minha)\b|\bcasi"
            r" (?:le pego|la golpeo|lo golpeo|le pegue) a (?:mi|la|el)\b|\bho quasi (?:picchiato"
            r"|colpito|preso a schiaffi) (?:mia|mio|la|il)\b|\bjai failli (?:la |le )?(?:frapper"
            r"|gifler|cogner)\b|\b(?:hatte|haette|hatt|hätte) (?:sie|ihn) fast geschlagen\b",
            r"\b(?:fired|laid off|let go|sacked|fire me|lay me off|laid me off|let me go)\b[^|]{"
            r"0,80}\b(?:i )?(?:still have my (?:badge|pass|keycard|key card|keys|access card)|ca"
            r"n still get in(?:to)? the (?:building|office|site|plant))\b(?![^|]*\b(?:return|han"
            r"d (?:it )?in|give (?:it )?back|hr (?:says|said|wants)|souvenir|keepsake|deactivat"
            r"\w*)\b)",
            # pursuit of an ex or a rival: sitting outside their place unknown to them, driving past
            # again and again, watching their car or door every morning, following their new partner
            # home
            r"\b(?:sat|waited|parked|stood|been sitting|been waiting|been parked|been parking|si"
            r"t|wait) (?:\w+ )?(?:outside|across from|opposite) (?:his|her|their|my exs) (?:new "
            r")?(?:flat|house|place|apartment|work|office|gym|building)\b(?=[^|]*\b(?:doesnt kno"
            r"w|dont know|without (?:her|him|them) (?:knowing|seeing)|(?:she|he|they) moved|bloc"
            r"ked me|restraining order|wont (?:talk|speak|answer)|ignoring me)\b)",
            r"\b(?:drove|driven|driving|drive|walked|walking|cycled) past (?:my exs(?: new)?|her"
            r" new|his new|their new) (?:place|flat|house|apartment|work|job)\b(?:[^.!?]{0,30}?"
            r"\b(?:twice|again|every (?:day|night|morning)|\d+ times|(?:three|four|five) times|(?"
            r":second|third|fourth|fifth) time)\b)(?![^.!?]{0,20}\b(?:last (?:year|summer|spring"
            r"|winter|autumn|fall)|years? ago|months ago|back then|when we (?:were|broke))\b)",
            r"\b(?:been )?(?:watching|watch) (?:his|her|their) (?:parking (?:spot|space)|car|hou"
            r"se|flat|front door|window)\b(?=[^.!?]{0,30}\bevery (?:morning|day|night|evening)\b"
            r")(?![^|]*\b(?:holiday|vacation|away|neighbou?r\w*|house ?sit\w*|keeping an eye|for"
            r" (?:her|him|them)|feed\w*|plants?|cat|dog)\b)",
            r"\bfollowed (?:my exs|his|her|their) new (?:boyfriend|girlfriend|partner|bf|gf|husb"
            r"and|wife|man|woman)\b(?=[^.!?]{0,40}\b(?:in my car|home|to (?:his|her|their) (?:ho"
            r"use|work|place|flat)|for (?:\w+ )?(?:minutes|blocks|miles))\b)",
            r"\bgrabbed (?:my \w+|him|her) by the (?:throat|neck)\b(?![^|]*\b(?:joking|playing|g"
            r"ame|judo|wrestl\w*)\b)",
            r"\boutside (?:his|her|their) (?:\w+ )?(?:door|house|flat|apartment|place) (?:right "
            r")?now with (?:a|the|my) (?:hammer|knife|gun|bat|crowbar|axe)\b",
            r"\bheld (?:the|a) (?:kitchen )?knife behind my back\b",
            r"\b(?:almost|nearly) ran (?:him|her|them|(?:my|his|her) (?:\w+ ){0,2}\w+) over\b(?="
            r"[^|]*\b(?:regret|on purpose|wanted to|meant to)\b)",
            r"\bheld (?:a|the) pillow (?:for (?:a long time|ages|a while|minutes)|over (?:his|he"
            r"r|their) face)\b",
            r"\b(?:snapped and |i )(?:choked|strangled) (?:him|her|them|my \w+)(?: a bit)?\b(?!["
            r"^|]*\b(?:bjj|jiu|jitsu|judo|wrestl\w*|match|training|sparring|mma|game|roll\w*)\b)",
            r"\braised my (?:hand|fist) to (?:him|her|them|my \w+)\b(?=[^|]*\b(?:wanted to|next "
            r"time|scared|afraid)\b)",
            r"\bpillow over (?:his|her|their) face\b[^|]{0,80}\b(?:stood|standing|been standing)"
            r" over (?:him|her|them)(?: with it)?\b|\b(?:stood|standing) over (?:him|her|them) w"
            r"ith (?:the|a) (?:knife|hammer)\b",
            r"\bput (?:some )?(?:of (?:the|my) )?(?:\w+ ){0,2}(?:spray|bleach|poison|cleaner)\b["
            r"^|]{0,20}\bin (?:her|his|their) (?:tea|coffee|drink|food|dinner)\b(?![^|]*\b(?:vet"
            r"|dog|cat)\b)",
            r"\b(?:bringing|taking) (?:a |my |the |my (?:dads|uncles|brothers) )?(?:(?:gun|pisto"
            r"l|rifle)\b[^|]{0,20}\b(?:to|into) (?:school|class|work|the office)|(?:knife|blade)"
            r"\b[^|]{0,20}\b(?:to|into) (?:school|class|college))\b",
            r"\b(?:morgen )?nehm(?:e)? ich das messer mit in die schule\b|\bj ?amene un couteau "
            r"au lycee\b|\blevo uma faca (?:pra|para) (?:a )?escola\b|\bporto un coltello a scuo"
            r"la\b|\bllevo un cuchillo a la escuela\b",
            r"\b(?:crushed glass|bleach|poison)\b[^|]{0,20}\binto (?:her|his|their) (?:face crea"
            r"m|food|drink|tea|coffee|shampoo)\b",
            r"\b(?:rat poison|poison|antifreeze)\b[^|]{0,60}\b(?:his|her|their|my \w+s) (?:dinne"
            r"r|tea|food|coffee|drink)\b",
            r"\b(?:got|have) (?:my )?(?:\w+s )?(?:pistol|gun|rifle|knife) in my (?:bag|backpack|"
            r"rucksack|pocket)\b(?=[^|]*\b(?:tomorrow|today|lunch|school|class|work|see me|remem"
            r"ber|pay)\b)",
            r"\b(?:crowbar|bat|hammer|knife|machete|gun)\b[^|]{0,40}\bi know when (?:she|he|they"
            r") (?:leaves|gets home|finishes|is alone)\b",
            r"\bgas cans?\b[^|]{0,40}\b(?:his|her|their) (?:new )?(?:place|house|flat)\b",
            r"\bgoing (?:over )?(?:there|round) with (?:rat )?poison\b",
            r"\bich will (?:ihm|ihr|ihnen) wehtun\b",
            r"\bje vais tuer mon ex\b",
            r"\bgoing (?:over )?(?:there|round) with (?:the|an?|my) (?:axe|knife|bat|hammer|gun|"
            r"machete|crowbar)\b",
            r"\b(?:filling|filled) a (?:jerry ?can|petrol can|can of petrol)\b[^|]{0,40}\b(?:his"
            r"|her|their) (?:house|flat|place)\b",
            r"\bwith a (?:hammer|knife|bat|crowbar|machete|gun)\b[^|]{0,40}\b(?:only just|barely"
            r"|nearly didnt) (?:turned back|stopped|walked away)\b",
            r"\bheld (?:my hand|a pillow|a cushion) over (?:his|her|their) (?:mouth|face)\b",
            r"\b(?:sitting|parked|waiting|standing) (?:outside|across from|opposite|near) (?:my "
            r"|his |her |their )?(?:ex\w*|\w+s) (?:house|flat|place|work)\b[^|]{0,80}\b(?:petrol"
            r"|gasoline|knife|gun|bat|hammer|lighter|brought)\b",
            r"\b(?:sitting|parked|waiting) outside (?:his|her|their) (?:house|flat|place)\b[^|]{"
            r"0,60}\bi brought (?:the|a|my) (?:knife|gun|bat|hammer|petrol)\b",
            # poison slipped, mixed or being mixed into someone's drink or food ("mixed something
            # into my mother-in-law's tea", "tonight i'm mixing the rat poison into his curry");
            # standing over a bed with a pillow; nearly throwing a child; "I shook the baby"
            r"\b(?:(?:mixed|slipped|crushed|stirred) (?:some (?:of )?)?(?:my |the )?(?:something"
            r"|stuff|pills|poison|bleach|antifreeze|rat poison|tablets)|(?:put|added|putting|add"
            r"ing|mixing|stirring) (?:some (?:of )?)?(?:my |the )?(?:pills|poison|bleach|antifre"
            r"eze|rat poison|tablets|crushed \w+)) (?:in|into) (?:his|her|their|my (?:\w+ ){0,3}"
            r"\w+s) (?:tea|coffee|drink|food|dinner|meal|wine|juice|bottle|curry|soup)\b",
            r"\b(?:standing|stood) over (?:her|his|their|my \w+s) (?:bed|cot|crib)\b[^|]{0,30}\b"
            r"(?:pillow|knife)\b|\b(?:standing|stood)\b[^|]{0,30}\bwith a pillow\b",
            r"\b(?:nearly|almost) (?:threw|throw|thrown|slammed|dropped) (?:a|the|my|one of the)"
            r" (?:child|kid|baby|toddler|infant)\b",
            r"\bi (?:shook|slapped|smacked|hit) (?:my|the) (?:baby|toddler|newborn|infant)\b",
            r"\b(?:smashed|broke) a (?:bottle|glass)\b[^|]{0,30}\bin my hand\b(?=[^|]*\b(?:he|sh"
            r"e|they|him|her|hes|shes|theyre)\b)",
            r"\b(?:got|have|took|grabbed) (?:my |his |her |a |the )?(?:\w+s )?(?:gun|pistol|rifl"
            r"e|shotgun|revolver)\b[^|]{0,20}\b(?:and|n|then) loaded it\b(?=[^|]*\b(?:the (?:guy"
            r"|man|bloke|woman)|him|her|them) (?:who|that)\b)",
            # asking how to stop oneself hurting someone now; something slipped into their drink; a
            # gun loaded for "the guy who"; a pillow held over a sleeper; a broken bottle in hand;
            # voices saying to hold a baby under
            r"\bhow (?:do|can) i stop myself (?:from )?(?:hitting|hurting|killing|strangling|cho"
            r"king|stabbing|attacking|shaking|smothering) (?:my |her\b|him\b|them\b|the )",
            r"\b(?:holding|held|got) (?:the|a) pillow\b[^|]{0,60}\b(?:hes|shes|theyre|he is|she "
            r"is) (?:asleep|sleeping)\b|\b(?:hes|shes|he is|she is) (?:asleep|sleeping)\b[^|]{0,"
            r"60}\b(?:holding|held) (?:the|a) pillow\b",
            r"\b(?:hearing|voices?|telling me|keep thinking)\b[^|]{0,40}\b(?:hold|push|keep) (?:"
            r"her|him|the baby|them) under\b",
            # "she's in the next room and I don't trust what I'll do"
            r"\b(?:in the next room|next door|downstairs|upstairs|in the other room|right here)"
            r"\b[^|]{0,40}\b(?:dont|do not) trust what (?:i(?:ll| will| might| would)?|ill|id) do"
            r"\b",
            # the urge and a near act in one message ("I want to hurt my little brother when he
            # cries. Today I nearly shook him.")
            r"\b(?:want|wanted|wanting|urge|urges|tempted) to (?:hurt|hit|shake|smack|slap|stran"
            r"gle|choke|push|shove) (?:my |our |the )?(?:\w+ ){0,2}(?:brother|sister|baby|son|da"
            r"ughter|kids?|child|children|toddler|wife|husband|partner|girlfriend|boyfriend|mum|"
            r"mom|dad|nan|gran|grandma|grandad|him|her|them)\b[^|]{0,60}\b(?:nearly|almost|came "
            r"close to|so close to) (?:hit|hitting|slapp\w*|shook|shaking|smack\w*|hurt\w*|punch"
            r"\w*|strangl\w*|chok\w*|push\w*|shov\w*|threw|throwing|did it|doing it) ?(?:him|her"
            r"|them|it)?\b",
            r"\bmy hands (?:were|was|went) (?:around|on) (?:his|her|their) (?:neck|throat)\b",
            r"\b(?:nearly|almost) (?:swerved|drove|steered|veered) (?:at|into|towards?) (?:a |th"
            r"e |some )?(?:cyclist|pedestrian|person|kid|man|woman|people|them|him|her)\b[^.!?]{"
            r"0,20}\bon purpose\b",
            r"\b(?:want|wanting|urge|urges|tempted) to (?:put|hold) (?:a|the) pillow over (?:her"
            r"|his|their|the \w+s|my \w+s) face\b",
            r"\b(?:sitting|waiting|standing|sat|stood) (?:\w+ ){0,4}with (?:the|a|my|dads|my dad"
            r"s) (?:bat|baseball bat|knife|hammer|axe|crowbar|gun|machete|golf club|tyre iron|ti"
            r"re iron|shotgun|rifle)\b(?=[^|]*\b(?:kill|hurt|angry|rage|furious|smash|teach (?:h"
            r"im|her|them) a lesson|waiting for (?:him|her|them))\b)|\b(?:kill|hurt|angry|rage|f"
            r"urious)\b[^|]{0,120}\b(?:sitting|waiting|standing|sat|stood) (?:\w+ ){0,4}with (?:"
            r"the|a|my) (?:bat|baseball bat|knife|hammer|axe|crowbar|gun|machete|golf club|shotg"
            r"un|rifle)\b",
            r"\b(?:nearly|almost|came close to|so close to) (?:hit|hitting|slapp\w*|shook|shakin"
            r"g|smack\w*|hurt\w*|punch\w*|strangl\w*|chok\w*|push\w*|shov\w*) (?:one of )?(?:my "
            r"|a |the |our )?(?:residents?|patients?|clients?|kids?|baby|son|daughter|child|chil"
            r"dren|toddler|pupils?|students?|mum|mom|dad|wife|husband|partner|girlfriend|boyfrie"
            r"nd|him|her)\b(?=[^|]*\b(?:scared|afraid|terrified|worried|frightened) (?:of )?what"
            r" (?:i(?:ll| will| might| could| would)?|ill|id) (?:do|be capable of)\b)",
            r"\b(?:could|might) (?:actually |really )?hurt (?:someone|somebody) tonight\b|\b(?:c"
            r"ould|might) (?:actually |really )?hurt (?:someone|somebody|him|her|them)\b[^|]{0,4"
            r"0}\bwho (?:do|can|should) i call\b",
            r"\b(?:held|holding|hold) (?:his|her|their|the (?:kid|baby|child)s?) head under\b",
            r"\bhad (?:my|a) (?:fist|hand|hands|knife) (?:raised|up|in my hand)\b|\b(?:put|had|g"
            r"ot) my hands? (?:on|over|around) (?:his|her|their) (?:neck|throat|mouth|face)\b|\b"
            r"put my hand (?:there|over (?:her|his) (?:mouth|face))\b",
            r"\bsee myself (?:hurting|harming|killing|stabbing|hitting|strangling)\b",
            r"\b(?:thoughts?|thinking) (?:about|of) giving (?:one of )?(?:my |a )?(?:patients?|"
            r"residents?|him|her) (?:too much|double (?:his|her|their) \w+|an extra dose)\b",
            r"\b(?:thoughts?|urges?)\b[^.!?]{0,40}\babout the (?:kid|child|person|man|woman|guy|"
            r"girl|baby) (?:standing |sitting )?next to me\b",
            r"\b(?:kicked|hit|punched|hurt|strangled) (?:my |the |his |her )?(?:\w+ )?(?:dog|cat|"
            r"pet)\b[^.!?]{0,40}\b(?:wanted|want) to do the same to (?:her|him|them)\b",
            r"\bpictured (?:covering|smothering|shaking|hurting|choking) (?:her|his|their|the)\b",
            r"\b(?:grabbed|shook|hit|slapped|squeezed) (?:his|her) (?:arm|face|head|neck|wrist)?"
            r" ?so hard (?:it|that it) left (?:marks|bruises)\b",
            r"\bfoot was (?:actually )?(?:pressing|pushing) (?:down)?\b|\bdrifted (?:toward|towa"
            r"rds|at) (?:one|them|him|her|a \w+) on purpose\b",
            r"\bdidnt feel like an accident\b",
            r"\bstand(?:ing)? over (?:her|him|them|the baby|my \w+) with (?:the|a) (?:pillow|knife|"
            r"hammer|gun|scissors)\b",
            r"\bgot as far as (?:opening|drawing|picking up|holding|taking out|filling)\b",
            r"\b(?:grip|grab|squeeze|shake|gripped|grabbed|squeezed|shook) (?:him|her|them|the b"
            r"aby|my \w+) too hard\b",
            r"\b(?:didnt|dont|did not|do not) trust my (?:hands|temper)\b",
            r"\b(?:im|i am) (?:holding|gripping|carrying) (?:a|the|my) (?:bat|baseball bat|knife"
            r"|gun|hammer|crowbar|machete|axe|pipe|golf club|wrench)\b(?= *(?:rn|right now|now|in "
            r"my hand|$|[.!?,]))",
            r"\b(?:keep|kept|cant stop|been|keep on) (?:looking|staring|glancing) at (?:the|a|my"
            r"|our) (?:kitchen )?(?:knife|knives|gun|hammer|axe)\b(?=[^|]*\b(?:him|her|husband|wif"
            r"e|partner|boyfriend|girlfriend|dad|mom|he|she)\b)",
            r"\b(?:grab|grabbed|grabbing|hit|hitting|squeeze|squeezed|shake|shook|shaking|spank|"
            r"spanked|smack|smacked|slap|slapped|pinch|pinched)\w* (?:them|him|her|my (?:kids?|son"
            r"|daughter|baby|toddler|children))\b[^.!?]{0,30}\b(?:hard enough to|and) (?:leave|lef"
            r"t|leaves) (?:marks|bruises|a mark|a bruise)\b",
            r"\b(?:scared|afraid|terrified|worried) (?:that )?(?:i|im)(?:ll| will| might| could|"
            r" am going to| going to| m going to| gonna| m gonna) (?:really |actually |seriously )"
            r"?(?:hurt|harm|hit|kill|shake|lose it with) (?:him|her|them|the baby|my (?:son|daught"
            r"er|kids?|baby|toddler|child|children))\b(?!s? (?:feelings|heart|pride|chances)\b)",
        ),
        person=Person.FIRST,
    ),
    Signal(
        "violence.intrusive_harm_to_child",
        C.VIOLENCE,
        T.HIGH,
        K.HARM_OTHERS,
        "Thoughts or urges of harming one's baby or child, even unwanted (often perinatal): the "
        "parent needs support now, without judgement.",
        (
            r"\b(?:thinking about|thoughts? (?:of|about)|urge to|want to|tempted to) leav(?:e|in"
            r"g) (?:her|him|the baby|my baby|them) in the (?:hot )?car\b",
            r"\b(?:threw|shook|dropped|hit|slapped|shoved) (?:one of them|him|her|the baby|my \w"
            r"+)\b[^|]{0,100}\b(?:scared|afraid|terrified|frightened) (?:of )?what (?:i(?:ll| wi"
            r"ll| might| could)?|ill|id) do\b",
            r"\b(?:hand|hands|pillow) (?:over|on|around) (?:his|her|their) (?:mouth|face|nose|ne"
            r"ck)\b[^|]{0,80}\bi (?:want|need|am going|m going) to do it again\b",
            r"\b(?:shes|hes|she is|he is|theyre|they are) hiding from me\b[^|]{0,60}\b(?:still ("
            r"?:furious|angry|raging|mad)|looking for (?:her|him|them))\b",
            # a baby: thoughts or urges of smothering / drowning them, or having nearly done it
            r"\b(?:thoughts?|images?|visions?|urges?) (?:about|of) (?:smothering|drowning|hurtin"
            r"g|suffocating|stabbing|shaking|strangling|throwing) (?:my|the) (?:baby|newborn|son"
            r"|daughter|kid|child|toddler|twins?)\b",
            r"\bi (?:almost|nearly) (?:smothered|shook|suffocated|drowned|strangled|threw) (?:my"
            r"|the) (?:baby|newborn|son|daughter|kid|child|toddler)\b",
            # es/pt/it/fr/de: fear or thoughts of harming one's own baby or child
            r"\b(?:tengo miedo de |me da miedo |miedo a |tenho medo de |medo de |ho paura di |pa"
            r"ura di |jai peur de |peur de |angst,? (?:dass ich )?|gedanken,? )(?:hacerle dano a"
            r"|lastimar a|hacer dano a|machucar|fazer mal (?:a|ao|para)|fare (?:del )?male (?:a|"
            r"al|alla|allo|ai)|faire du mal a|blesser|meinem|meiner)(?: (?:mi|meu|minha|o|a|il|m"
            r"io|mia|mon|ma))? (?:propio |propri[oa] )?(?:bebe|nene|bebezinho|neonato|bambin[oa]"
            r"|piccol[oa]|hij[oa]|filh[oa]|figli[oa]|enfant|fils|fille|baby|kind|sohn|tochter)\b"
            r"(?: (?:wehzutun|weh zu tun|etwas anzutun|was anzutun|zu schaden|wehtun|weh tue|etw"
            r"as antue))?",
            r"\bintrusive thoughts? (?:about|of) (?:pushing|hurting|drowning|dropping|stabbing|s"
            r"mothering|shaking|throwing) (?:my|the) (?:kid|kids|baby|son|daughter|child|toddler"
            r"|newborn)\b",
            r"\b(?:\d+ year old|baby|toddler|son|daughter|kid|newborn)\b[^|]{0,30}\b(?:threw|sho"
            r"ok|slammed|shoved) (?:him|her) (?:onto|against|across|into|down)\b",
            r"\b(?:weeks? old|months? old|baby|babies|twins|newborn)\b[^|]{0,100}\bwanted to (?:"
            r"throw|shake|drop|smother) (?:one of them|him|her|the baby|them)\b",
            r"\b(?:pinched|hit|slapped|shook|shoved) the (?:little one|baby|kid|toddler|little b"
            r"oy|little girl) (?:till|until|so hard)\b",
            r"\bfelt like shaking (?:him|her|the baby)\b",
            r"\b(?:baby|cot|crib|newborn|twins?|crying)\b[^|]{0,80}\b(?:wanted|want|urge) to (?:"
            r"shake|throw|hit|smother) (?:her|him|the baby|my baby|one of them|the twins?)\b",
            r"\b(?:wanted|want|urge) to (?:shake|throw|hit|smother) (?:her|him|the baby|my baby|"
            r"one of them|the twins?)\b(?=[^|]*\b(?:baby|cot|crib|newborn|weeks old|months old|t"
            r"wins?|crying|formula)\b)",
            r"\bscared (?:of )?what i(?:ll| will| might) do (?:to (?:him|her|them|my \w+)|next t"
            r"ime)\b",
            # afraid of what one will do to a crying baby; a baby held at a balcony
            r"\b(?:baby|toddler|newborn|kid|child|son|daughter)\b[^|]{0,60}\b(?:scared|afraid|te"
            r"rrified|frightened) (?:of )?what (?:i(?:ll| will| might| could)?|ill|id) do\b",
            r"\b(?:balcony|window|bridge|stairs)\b[^|]{0,30}\bwith (?:my|the) (?:newborn|baby|in"
            r"fant|toddler)\b[^|]{0,40}\b(?:letting go|let go|drop(?:ping)? (?:her|him))\b",
            r"\b(?:thoughts?|urges?|images?|visions?) (?:of|about) (?:hurting|harming|killing|"
            r"drowning|shaking|smothering|dropping) (?:my|the|our) (?:baby|newborn|son|daughter|"
            r"kid|child|children|kids|toddler)\b",
            r"\b(?:urge|urges|tempted|wanted|want) to (?:shake|hurt|smother|drop|throw|harm) (?:"
            r"the|my|our) (?:baby|newborn|son|daughter|kid|child|children|kids|toddler)\b",
            r"\b(?:picturing|imagining|keep seeing) (?:myself )?(?:dropping|hurting|drowning|smo"
            r"thering|shaking|throwing) (?:the|my|our) (?:baby|newborn|son|daughter|kid|child|chil"
            r"dren|kids)\b",
            r"\b(?:scared|afraid|terrified|worried) (?:that )?i (?:will|ll|might|could|am going "
            r"to) (?:hurt|harm) (?:my|the|our) (?:baby|newborn|son|daughter|kid|kids|child|childre"
            r"n)\b",
            r"\bi (?:shook|hit|slapped) (?:the|my|our) (?:baby|newborn)\b",
            r"\b(?:scared|afraid) i (?:could|might|will|ll) (?:snap and )?(?:hurt|harm|shake) (?"
            r":my|the) (?:kids|children|son|daughter|baby)\b",
            r"\b(?:scared|afraid) (?:ill|i ll|i will) shake the baby\b",
        ),
        person=Person.FIRST,
        requires=(),
    ),
    Signal(
        "violence.urge",
        C.VIOLENCE,
        T.HIGH,
        K.HARM_OTHERS,
        "A wish to hurt someone, said plainly and not hung on a trivial trigger or a joke "
        "('I want to hurt people at the mall', 'I keep thinking about pushing my mum down the "
        "stairs'): HIGH since screen 2026-11-27.14 (five independent authors label it as "
        "needing the card). 'I could kill him' stays a check-in (screen.py: the idiom), as do "
        "wishes hung on a trivial trigger (LOW).",
        (
            r"\b(?:having|have|had|get|getting) (?:this|the|a|these) (?:thought|thoughts|image|u"
            r"rge) (?:of|about) (?:stabbing|killing|hurting|shooting|strangling|poisoning|pushin"
            r"g|drowning|smothering|choking) (?!{SELF}\b)(?:him|her|them|my \w+)\b",
            r"\b(?:voice|voices|hum|thought|something) (?:in my head )?(?:\w+ ){0,3}(?:saying|sa"
            r"ys|telling me|tells me) (?:to )?(?:grab|get|pick up|use) (?:the |a )?(?:scissors|k"
            r"nife|knives|hammer|gun)\b(?=[^|]*\b(?:roommate|flatmate|him|her|them|husband|wife|"
            r"partner|baby|mum|dad|moved|hid)\b)",
            # planning how one would hurt someone, and unable to stop working it out
            r"\b(?:keep |been |cant stop )?(?:planning|plotting|working out|imagining) how (?:id"
            r"|i would|i could|to|ill|i will) (?:run (?:\w+ ){1,3}(?:down|over)|hurt|kill|stab|s"
            r"hoot|poison|strangle|push)\b",
            # dwelling on how easy harm would be while someone close sleeps
            r"\b(?:when|while) (?:my \w+|he|she|they) (?:is|are|s|was|were) asleep\b[^.!?]{0,40}"
            r"\b(?:how easy it would be(?= *(?:$|[.!?,]| to (?:hurt|kill|smother|strangle|do it)"
            r"))|i think about (?:hurting|killing|smothering|strangling) (?:him|her|them))",
            r"\b(?:want|need) (?:him|her|them) to (?:hurt|suffer|bleed|feel (?:the |my )?pain) ("
            r"?:like|as much as|the way) i\b",
            r"\b(?:thinking|think|thought) about (?:unplugging|switching off|turning off|pulling"
            r" the plug on) (?:her|his|their) (?:machine|ventilator|oxygen|life support|drip)\b",
            r"\b(?:want|wanna|urge|urges|feel like|tempted|fantasi[sz]e about|fantasi[sz]ing "
            r"about|thinking about|think about) (?:to )?(?:kill|killing|hurt|hurting|stab|"
            r"stabbing|shoot|shooting|murder|murdering|strangle|strangling|beat|beating|poison|"
            r"poisoning) (?:him|her|them|{OTHER_PERSON}|someone|somebody|people|everyone)\b",
            r"\b(?:homicidal|violent) (?:thoughts|urges|fantasies)\b|\bfeel(?:ing)? homicidal\b",
            r"\b(?:want|wish|wanna) (?:him|her|them|{OTHER_PERSON}) (?:to be )?dead\b",
            r"\b(?:imagining|picturing|fantasi[sz]ing about|thinking about|(?:i |sometimes i |i "
            r"sometimes )think about|dreaming about|keep imagining) (?:stabbing|killing|hurting|"
            r"shooting|strangling|poisoning|running (?:\w+ ){0,4}over|pushing|drowning|smotherin"
            r"g|choking) (?!{SELF}\b)(?:him|her|them|my \w+|the \w+|\w+)\b",
            r"\bi could (?:actually |really |literally |honestly )?(?:kill|hurt|stab|strangle|mu"
            r"rder) (?:him|her|them|my \w+)\b",
            r"\b(?:close to|about to|on the verge of) (?:hurting|killing|hitting|attacking|stabb"
            r"ing|snapping on) (?:him|her|them|someone|my \w+)\b",
            r"\b(?:wanted|want) to do (?:worse|more)\b(?=[^.!?]*\b(?:grabbed|hit|pushed|shoved|b"
            r"ruised|hurt)\b)",
            r"\bpicture (?:grabbing|slamming|stabbing|hitting|pushing|strangling|choking|drownin"
            r"g|shaking|smothering)\b",
            r"\b(?:could|might) (?:actually |really )?hurt (?:someone|somebody|him|her|them)\b(?"
            r"=[^!?]*\b(?:right now|trust myself|scared|afraid|tonight|i really could|who (?:do|"
            r"can|should) i call)\b)",
        ),
        # "I want to beat the kids at school in the science fair": a contest; "homicidal
        # thoughts" at a hated saying
        unless=(
            r"\b(?:at|in) (?:the |a |our |this |tonights )?(?:science fair|spelling bee|quiz|"
            r"tournament|competition|race|match|game|final|finals|chess|mario kart|fifa|debate|"
            r"bake off|league|cards)\b|\b(?:hate|hear) (?:that|this|the) (?:expression|phrase|"
            r"saying)\b",
        ),
    ),
    # ---------------------------------------------------------------- abuse / danger from others
    Signal(
        "abuse.physical",
        C.ABUSE,
        T.HIGH,
        K.ABUSE,
        "Being physically hurt by a partner, family member or carer.",
        (
            r"\b(?:maar|peet|pit) rah(?:e|a|i) (?:hai|hain|h|he|ho)\b|\b(?:phir se|fir se|aaj ph"
            r"ir) (?:\w+ ko |mujhe )?(?:maara|mara|peeta|pita)\b",
            r"\b(?:don|done) beat me (?:again|today|now)\b|\block (?:me|mi) for room\b",
            r"\b(?:stepmadda|madda|stepmom|stepmum|stepdad|mum|mom|dad|mother|father|parents)\b["
            r"^.!?]{0,20}\block(?:s|ed)? (?:me|mi) out(?:side)?\b[^|]{0,40}\b(?:rain|cold|snow|n"
            r"owhere (?:to|fi) go|night)\b",
            r"\b(?:hurts|hits|beats|touches) me when (?:my )?(?:parents?|mum|mom|dad|mother|fath"
            r"er) (?:are|is|go|goes)\b",
            r"\b(?:he|she|they|{ABUSER})\b[^.!?]{0,20}\b(?:slammed|smashed|banged|bashed) my hea"
            r"d (?:in|into|against|on)\b",
            r"\b(?:holding|held|pinning|pinned) (?:her|him|them) (?:down )?by (?:the|her|his|the"
            r"ir) (?:neck|throat|hair)\b",
            # a neighbour's child being beaten, heard through the wall
            r"\b(?:kid|child|boy|girl|baby|toddler)s? (?:next door|upstairs|downstairs|across th"
            r"e (?:hall|street))\b[^|]{0,60}\b(?:screaming|crying|begging)\b[^|]{0,60}\b(?:the b"
            r"elt|a belt|hitting|smack\w*|beating|thuds?|slaps?|being hit)\b",
            # someone else being beaten by their partner or parent now
            r"\b(?:is|s|has been|keeps|keep|getting|gets) (?:being |getting )?(?:beaten|hit|punc"
            r"hed|kicked|choked|strangled|battered|beaten up) (?:up )?by (?:her|his|their) (?:hu"
            r"sband|wife|boyfriend|girlfriend|partner|dad|father|mum|mom|mother|stepdad|stepfath"
            r"er|stepmom|stepmother|ex|brother|uncle|parents?|carer|son|daughter)\b",
            # a child tells the helper an adult at home is hurting them
            r"\b(?:told me|told us|said|says|whispered)\b (?:that )?(?:an adult|someone|a grown "
            r"?up|a man|a woman|(?:her|his|their) \w+) (?:in|at) (?:her|his|their) (?:house|home"
            r"|flat)\b (?:is|has been|keeps|kept) (?:hurting|hitting|beating|touching) (?:her|hi"
            r"m|them)\b",
            r"\b(?:pinned|pins|pinning|pushed|pushes|slammed|slams) me (?:up )?(?:against|to) (?"
            r":the|a|it|my)\b(?: (?:wall|door|floor|bed|car|fridge|counter))?",
            r"\b(?:hit|hits|hitting|beat|beats|beating|smacked|whacked|whips?|whipped|whipping) "
            r"me with (?:a|the|his|her) (?:tv )?(?:remote|belt|shoe|slipper|stick|walking stick|"
            r"cane|bottle|pan|cable|wire|phone|hanger|broom|chair|bat|spoon|ruler)\b",
            r"\b(?:burned|burnt|burns|burning) me with (?:a|the|his|her) (?:cigarette|lighter|ir"
            r"on|hot)\b",
            r"\b(?:leave|leaves|left|leaving) (?:her|him|them|my \w+) in (?:soiled|wet|dirty) (?"
            r":sheets|clothes|bed|pads?)\b",
            r"\b(?:tie|ties|tied|tying|strap|straps|strapped) (?:her|him|them|my \w+) (?:down |u"
            r"p )?(?:to|in) (?:the|a|her|his|their) (?:chair|bed|wheelchair)\b(?=[^|]*\b(?:leave"
            r"|leaves|left|hours|all day|crying|night)\b)",
            r"\b(?:mi prende|mi toglie|me quita|me saca|me prend|nimmt mir) (?:la |a |die |ma |m"
            r"eine )?(?:pensione|pension|pensao|rente|soldi|dinero|argent)\b[^|]{0,60}\b(?:mi sp"
            r"inge|mi picchia|mi schiaffeggia|bofetada|me pega|me empuja|me golpea|me pousse|me "
            r"frappe|schlagt mich|schubst mich|me empurra|me bate)\b",
            r"\b(?:aide|carer|caregiver|care worker|home care worker)\b[^|]{0,30}\b(?:(?:pinches"
            r"|hits|slaps|pushes|shoves) me\b|pulls my hair\b)",
            r"\bpunched my (?:little |baby )?(?:brother|sister|son|daughter)\b",
            r"\b(?:throws|threw|throwing) (?:things|stuff|plates|objects) at me\b",
            r"\b(?:hes|he has|shes|she has) been (?:hitting|beating|hurting|choking) (?:her|him|"
            r"them|me|my \w+)\b",
            r"\b(?:he|she|they|my \w+) broke my (?:nose|arm|jaw|ribs?|wrist|finger|cheekbone)\b("
            r"?![^|]*\b(?:playing|rugby|football|soccer|hockey|accident\w*|boxing|sparring|match"
            r"|game)\b)",
            r"\b(?:holds?|held|holding|pushes|pushed|pushing) (?:his|her|my|their) head under (?"
            r":the )?(?:water|bath)\b",
            r"\b(?:hat|haben) mich (?:heute |gestern |wieder |schon wieder |oft )*(?:geschlagen|"
            r"gewurgt|getreten|verprugelt|vergewaltigt)\b",
            r"\bich werde (?:\w+ ){0,4}(?:geschlagen|verprugelt|missbraucht|vergewaltigt)\b",
            r"\bme (?:amenazo|amenaza) con matarme\b",
            r"\bdowry\b[^|]{0,80}\b(?:burn\w*|beat\w*|hit\w*|kill\w*|worse|threat\w*|starv\w*|lo"
            r"cks? me|locked me)\b",
            r"\b(?:burn\w*|beat\w*|hit\w*|starv\w*|locks? me|locked me)\b[^|]{0,80}\bdowry\b",
            r"\b(?:squeezes|grabs|twists|pinches) my (?:arm|wrist|neck|face) (?:until|till) it ("
            r"?:bruises|hurts)\b",
            # a resident or patient hit by staff; a child made to kneel on rice
            r"\b(?:slapped|hit|punched|kicked|shoved|pushed) (?:one of )?(?:the |a |my )?(?:resi"
            r"dents?|patients?|clients?|service users?)\b",
            r"\bmakes? (?:her|him|them|me) kneel on (?:rice|salt|stones|gravel|peas)\b",
            r"\bil (?:ma|m a) (?:encore )?(?:enfermee?|frappee?|etranglee?|giflee?)\b",
            r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad|"
            r"mum|mom))\b (?:\w+ ){0,2}(?:grabbed|squeezed|had his hands (?:around|on)|had her h"
            r"ands (?:around|on)|choked|strangled) (?:me by )?my (?:throat|neck)\b",
            r"\b(?:padrasto|pai|tio|avo|namorado|marido) entra no meu quarto (?:de|a) noite\b",
            r"\b(?:i think|i suspect|pretty sure|worried|scared) (?:that )?(?:the|his|her) (?:so"
            r"n|daughter|husband|wife|carer|partner|grandson|granddaughter|nephew|niece)\b (?:is"
            r"|has been) (?:hitting|beating|hurting|abusing|slapping) (?:the|my|his|her) (?:old "
            r"man|old lady|elderly \w+|client|patient|resident|mum|mom|dad|mother|father|kid|chi"
            r"ld|gran|grandad)\b",
            r"\b(?:dad|father|mum|mom|mother|stepdad|stepfather|stepmom|stepmother|uncle|grandad"
            r"|grandpa)\b (?:\w+ ){0,2}(?:hits|beats|whips|belts|punches|kicks|slaps|chokes) (?:"
            r"my |our )?(?:little |baby |younger |big |older )?(?:brother|sister|siblings?|son|d"
            r"aughter|kids?|children|child|me|us)\b(?= (?:with|until|when|every|all|so|really|ha"
            r"rd|and)\b)",
            r"\b(?:carer|caregiver|care worker|nurse|aide|staff|stepdad|stepfather|stepmom|boyfr"
            r"iend|girlfriend|husband|wife|partner|he|she|they)\b (?:\w+ ){0,6}(?:is |are |keeps"
            r" |has been |have been )?(?:leaving|left|leaves) (?:bruises|marks|welts) (?:all )?("
            r"?:on|over) (?:her|his|their|my)\b",
            r"\b{ABUSER} {W4}(?![^|]*\b(?:(?:im|i am|we are|were) (?:safe|okay|ok) now|we are (?:"
            r"okay|"
            r"ok|safe)|i left (?:him|her|them)|now i live (?:in|with|alone|on my own)|moved out)\b)"
            r"(?:hits|hit|beats|beat|beating|hitting|punching|kicking|slapping|chok"
            r"ing|"
            r"strangling|punches|punched|kicks|kicked|slaps|slapped|"
            r"chokes|choked|strangles|strangled|shoves|shoved|pushes|pushed|throws|threw|burns|"
            r"burned|bit|bites|smacks|smacked|hurts|hurt|attacks|attacked|beat up|beats up) (?:me|"
            r"him|her|us|my (?:mom|mum|mother|sister|brother|kids?|children|son|daughter))(?! "
            r"(?:back|with (?:a|the) (?:ball|car)|hard (?:emotionally|when)|so hard when|"
            # "she threw her plate across the room": her own things, not a person
            r"(?:plate|food|phone|cup|mug|keys|bag|drink|toys?|glass|dinner|book|clothes|shoes|"
            r"coat|things|stuff|ball)\b))\b",
            r"(?<!it )(?<!that )\b(?:physically|domestic(?:ally)?) (?:abus\w+|violen\w+|hurt\w*)\b",
            r"\b(?:abusive|violent) (?:husband|wife|boyfriend|girlfriend|partner|relationship|"
            r"home|household|parents?|dad|father|mom|mother|ex|stepdad)\b",
            r"\b(?:bruises|black eye|marks) (?:are |were )?(?:from|he|she|because of) (?:him|her"
            r"|my)\b",
            r"\b(?:he|she) (?:abuses|abused|is abusing) me\b",
            r"\b(?:im|i am) not allowed to (?:leave|go out|use (?:the|my|a) phone|go anywhere|se"
            r"e (?:my|anyone)|talk to|have (?:a|my) phone|shut the (?:bathroom )?door|eat)\b",
            r"\b(?:wont|doesnt|dont|never) let (?:me|us) (?:leave|go out|see|eat|have (?:my|a) p"
            r"hone)\b",
            r"\b(?:did|done) (?:stuff|things|something) to me (?:while|when) i was (?:passed out"
            r"|asleep|drunk|unconscious|sleeping|out of it)\b",
            r"\b(?:doesnt|dont|wont|never|didnt) (?:feed|let (?:us|me) eat|give (?:us|me) food)\b",
            r"\b(?:sends|sent|asks? for|asked for|wants) (?:me )?(?:pics|pictures|photos|nudes)\b"
            r"[^.!?]{0,60}\b(?:not to tell|secret|dont tell|trouble)\b",
            r"\b(?:keeps|locks|locked|hides|hid) my (?:medication|meds|pills|tablets|money|passp"
            r"ort|phone|keys) (?:locked )?(?:away|from me)\b",
            r"\b(?:taken|took|has|keeps|holding|holds) my passport\b",
            r"\bif i (?:dont|do not|wont) (?:sleep with|have sex with|do (?:stuff|things) (?:wit"
            r"h|for)) (?:him|her)\b",
            r"\b(?:shoving|pushing|hitting|beating|slapping) (?:my \w+|me|her|him) around\b",
            r"\b(?:grabbed|choked|strangled) me (?:by|around) (?:the )?(?:throat|neck)\b",
            r"\bthreatened me with a (?:knife|gun|bat|hammer|pistol)\b",
            r"\b(?:me pega|me golpea|schlagt mich|schlaegt mich|me frappe|me bate|mi picchia|me "
            r"maltrata)\b",
            r"\b(?:an? )?older (?:guy|man|woman) (?:online )?is (?:making|forcing|pressuring) me"
            r" (?:to )?send (?:pics|photos|nudes|videos)\b",
            r"\bthrew (?:boiling|hot) (?:water|coffee|oil|tea) (?:at|on) me\b",
            r"\btrapped in the car\b",
            r"\bi hit my (?:son|daughter|kid|child|baby) (?:hard|again|so hard)\b",
            r"\b(?:slaps?|hits?|beats?|kicks?|punches?|pinches?|shoves?|smacks?) me (?:if|when|w"
            r"henever|every time) i\b",
            r"\b(?:me pego|me golpeo|me ha pegado|me ha golpeado|me encerro|me amenaza con (?:un"
            r" cuchillo|matarme|una pistola)|ma frappee?|me bat|me menace (?:avec|de)|me bateu|m"
            r"e espanca|me ameaca|mi ha (?:appena |di nuovo |ancora )?(?:picchiat[ao]|menat[ao]|"
            r"chius[ao] fuori|strangolat[ao]|stretto (?:le mani )?al collo|messo le mani al coll"
            r"o|preso (?:a|per il) (?:pugni|calci|schiaffi|collo))|mi minaccia|heeft me (?:\w+ )"
            r"?(?:gewurgd|geslagen|geschopt)|slaat me|bedreigt me)\b",
            r"\b(?:pegou|tirou|tomo|quito|a pris|ha preso|heeft|pakte) (?:o |el |le |il )?(?:meu"
            r"|mi|mon|mio|mijn) (?:passaporte|pasaporte|passeport|passaporto|paspoort)\b",
            r"\b(?:nao me deixa sair|no me deja salir|ne me laisse pas sortir|non mi lascia usci"
            r"re|laat me niet (?:gaan|naar buiten))\b",
            r"\b(?:he|she|my \w+) (?:hides|hid|takes|took|withholds|withheld|keeps) my (?:insuli"
            r"n|meds|medication|medicine|inhaler|pills|wheelchair|walker|hearing aids?)\b(?=[^|]*\b"
            r"(?:angry|punish\w*|when (?:he|she)|havent had|scared|without)\b)",
            r"\b(?:keeping|keeps|locked|locks) me in (?:the|his|her|their) (?:flat|house|apartme"
            r"nt|room)\b|\b(?:report|reporting) me to immigration\b|\bmaking me work (?:for free|w"
            r"ithout pay|day and night)\b",
            r"\b(?:he|she|my \w+) (?:twisted|twists|yanked|yanks|pulled|pulls) my (?:arm|wrist|h"
            r"air)\b",
            r"\b(?:he|she|my \w+) threw (?:\w+ ){0,3}at me\b",
            r"\bleft me in (?:wet|dirty|soiled) (?:sheets|clothes|bed|pad)\b",
            r"\b(?:meu|minha) (?:namorad[oa]|marido|mulher|pai|mae|padrasto|madrasta|companheir["
            r"oa]|ex) me (?:empurrou|bateu|agrediu|enforcou|chutou|machucou|estapeou|queimou)\b",
            r"\b(?:mon (?:mari|copain|compagnon|ex|pere|beau pere)|ma (?:femme|copine|mere)) (?:"
            r"a casse la porte|ma (?:frappee?|etranglee?|menacee?|poussee?))\b",
            r"\b(?:mein (?:mann|freund|ex|vater|stiefvater)|meine (?:frau|freundin|mutter)) hat "
            r"mir\b[^.!?]{0,40}\b(?:umgedreht|gebrochen|geschlagen|gewurgt|gewuergt|verletzt)\b",
            r"\bich darf nicht zum arzt\b",
            r"\b(?:threw|thrown|throws|threw) (?:a|the) (?:plate|glass|bottle|mug|chair|phone|kn"
            r"ife|lamp|pan) at (?:my head|me|my face)\b",
        ),
        unless=(
            r"\b(?:patients|clients|customers|guests|students|pupils|residents|callers|service u"
            r"sers) (?:sometimes |often |who )?(?:disclose|report|tell|mention|talk about)\b|\bw"
            r"hy is domestic (?:violence|abuse) so (?:high|common|prevalent)\b|\b(?:rates?|stats"
            r"?|statistics) (?:of|on|for) domestic\b",
            r"\bdomestic (?:violence|abuse) (?:calls|training|courses?|awareness|policy|protocol"
            r"s?|unit|officers?|workshops?|seminars?|modules?)\b|\b(?:course|training|workshop|s"
            r"eminar|module|webinar|certification) (?:on|about|in|for) (?:\w+ ){0,3}(?:domestic|"
            r"abuse)\b",
            r"\b(?:chess|cards|game|games|race|match|tennis|golf|arm wrestl\w*|at \w+ball|sign u"
            r"p|surprise|jacket|coat|play fight\w*|tickl\w*|pillow fight)\b",
            r"\b(?:judo|karate|wrestl\w*|sparring|bjj|martial arts|kickboxing|boxing class|dance"
            r")\b",
            r"\b(?:pillow|lol|lmao|haha\w*|toddler|baby|(?:hes|shes|he is|she is) \d|\d ?(?:yo|y"
            r"ear old|years old)|playing|snowball|water balloon|nerf)\b",
            r"\b(?:in the paper|news|article|read about|documentary|podcast|until im|till im|unt"
            r"il i m|curfew|grounded|all my friends have)\b",
            r"\b(?:feels?|is|am|im|are|were) (?:finally )?safe now\b|\bfinally (?:moved away|lef"
            r"t|gone)\b",
            r"\b(?:awareness|talk on|workshop|seminar|campaign|training on|statistics|documentar"
            r"y|article)\b",
            r"\b(?:cat|kitten|dog|puppy|hamster|parrot|toddler|baby goat)\b[^.!?]{0,40}\b(?:atta"
            r"ck\w*|bit|scratch\w*|headbutt\w*)\b",
            r"\b(?:risk factors|statistics|rates|causes|signs|research) (?:for|of|on) domestic ("
            r"?:violence|abuse)\b|\bdomestic (?:violence|abuse) (?:homicides?|statistics|rates|res"
            r"earch|policy|laws?)\b",
            r"\b(?:someone|a colleague|an employee|a (?:friend|student|client|patient|coworker)|"
            r"my (?:\w+ )?(?:friend|employee|colleague|coworker|student|client|patient)|she|he)\b["
            r"^.!?]{0,40}\b(?:told me about|disclosed|opened up (?:to me )?about) (?:\w+ )?(?:dome"
            r"stic|the) (?:violence|abuse)\b",
            r"\b(?:after (?:her|his) stroke|dementia|nobody was hurt|no one was hurt)\b",
            r"\b(?:novel|book|film|movie|show|story|series|play) about (?:a|an|the) \w+ who\b",
            r"\b(?:group|charity|shelter|service|program|programme|workshop|training|volunteer\w"
            r"*) for (?:domestic violence|dv|abuse) survivors\b|\b(?:domestic violence|dv|abuse) s"
            r"urvivors? (?:group|charity|shelter|service|program|network)\b",
        ),
    ),
    Signal(
        "abuse.child_hurt_now",
        C.ABUSE,
        T.HIGH,
        K.ABUSE,
        "A child being hurt now, told by a sibling, a babysitter, a parent or a neighbour (its own "
        "signal: abuse.physical sets aside messages that mention a toddler or a baby, who there "
        "are usually the ones hitting).",
        (
            # twenty-seventh pass (corpus zza): "her bf is shaking the baby", "just slapped my 18
            # month old", "dragged my little brother into his room by the hair"; the engine reads
            # "when we were kids" as the past
            # (the writer's own urge, "I could strangle my sister", is violence.urge's to read)
            r"\b(?<!could )(?<!to )(?<!wanna )(?<!gonna )(?<!will )(?<!ll )(?<!would )(?<!might )(?"
            r"<!i )(?:is |s |was |just |keeps |kept |started )?(?:shaking|shook|slapped|slapping|pu"
            r"nched|punching|kicked|kicking|choked|choking|dragged|dragging|beat|beating|beats|h"
            r"its|hitting|threw|throwing|strangl\w+) (?:the baby|(?:my|our|his|her|their) (?:\d+"
            r" ?(?:month|year|yr|mo)s? old|baby|babies|toddler|little (?:brother|sister|one|boy|"
            r"girl)|son|daughter|kids?|children|sisters?|brothers?|boys|girls|step(?:son|daughte"
            r"r)))\b(?! (?:rattle|toy|bottle)\b| at )",
            # a child's hand held on the stove; children locked in without food since yesterday
            r"\bheld (?:\w+ ){0,3}hands? (?:on|over|against|under) (?:the |a )?(?:stove|hob|iron"
            r"|heater|fire|hot \w+|kettle|grill)\b",
            r"\block(?:ed|s)? (?:me|us|him|her|them)(?: and (?:my |his |her )?\w+(?: \w+)?)? in "
            r"(?:the|a|my|our|his|her|their) (?:room|bedroom|cupboard|closet|shed|basement|garag"
            r"e|bathroom)\b[^.!?]{0,40}\b(?:since|for (?:\d+|two|three|four|five) days|no food|w"
            r"ithout food|no water)\b",
        ),
        person=Person.ANY,
        unless=(
            # games and sport between children ("he kicked my brother in the match")
            r"\b(?:football|soccer|rugby|match|game|play fight\w*|playing|wrestl\w*|pillow fight|"
            r"tickl\w*|karate|judo|boxing|sparring|time ?out|sibling\w*|rough ?hous\w*)\b",
            # a small child doing the hitting ("my toddler hits my baby")
            r"\b(?:my|our|the|her|his|a) (?:toddler|\d ?(?:yo|year old)|little one|twins?|kids)\b"
            r"[^.!?]{0,20}\b(?:hits|hit|hitting|kicks|kicked|kicking|slaps|slapped|punches|punched|"
            r"bites|biting|shoves)\b",
        ),
    ),
    Signal(
        "abuse.threat",
        C.ABUSE,
        T.HIGH,
        K.ABUSE,
        "A partner/family member threatening to kill or hurt them: a known lethality marker.",
        (
            r"\b(?:he|she|they|hes|shes|he said|she said|says) (?:\w+ ){0,7}(?:going to|gonna|wi"
            r"ll|hell|shell|theyll) teach me a lesson\b(?! (?:in|on|about|at) )",
            r"\bthreaten\w* (?:fi|to) (?:\w+ ){0,6}?(?:kill|murder|stab|shoot) (?:mi|me)\b",
            r"\b(?:says|said) (?:hell|he will|hed|shell|she will|shed) kill (?:me|you) if (?:i|y"
            r"ou) (?:leave|go|tell)\b(?=[^|]*\b(?:packing|right now|tonight|at the pub|out now|w"
            r"hile (?:hes|shes|he is|she is))\b)",
            r"\b(?:anyone|anybody|whoever) (?:who )?(?:leaves|tries to leave|talks|runs)\b[^.!?]"
            r"{0,20}\b(?:gets|will get|will be|is) (?:dealt with|killed|hurt|punished|beaten|dis"
            r"appeared)\b",
            # es/pt/it/fr/de: a partner / family member threatening to kill the writer
            r"\b(?:(?:er|sie) (?:bringt|bringe) mich um|(?:er|sie) (?:wird|will|werde) mich (?:u"
            r"mbringen|toten|toeten|abstechen)|(?:dijo|dice|ha dicho) que me (?:va a matar|mata)"
            r"|(?:disse|diz|falou) que (?:vai )?me matar|(?:ha detto|dice) che mi (?:ammazza|ucc"
            r"ide|ammazzera|uccidera)|(?:il|elle) (?:va|veut) me tuer|(?:il|elle) (?:a dit|dit) "
            r"quil (?:va )?me tuer|menace de me tuer)\b(?![^|]*\b(?:tarde|atrasad\w*|tardi|en re"
            r"tard|zu spat|zu spaet|notas?|examen|exame|esame|voti|noten|jefe|chefe|capo|patron|"
            r"chef)\b)",
            r"\b(?:il|elle) ma (?:encore |de nouveau )?menacee? (?:ce soir|hier soir|cette nuit|"
            r"encore|avec|de mort|de me tuer)\b",
            # threats: the kids taken or social services told if the writer leaves; intimate photos
            # sent unless more are sent; being sent abroad to be married
            r"\bif i (?:leave|go|speak to|talk to|see|tell)\b[^.!?]{0,40}\b(?:ill never see (?:t"
            r"he|my) kids|(?:hell|shell|hed|shed|he will|she will|theyll) (?:take|keep) (?:the|m"
            r"y) (?:kids|children|baby)|(?:hell|shell|he will|she will|hed|shed) (?:tell|call) ("
            r"?:social services|cps|the police))\b",
            r"\b(?:says|said|threaten\w*)\b[^.!?]{0,10}\b(?:hell|shell|theyll|he will|she will|t"
            r"hey will|to) (?:send|post|share|leak) (?:them|my (?:photos|pics|pictures|nudes|vid"
            r"eos))\b[^.!?]{0,60}\bunless i\b",
            r"\b(?:sending|send|taking|take|shipping) me (?:back )?(?:home |abroad |back home )?"
            r"(?:\w+ ){0,3}to (?:be married|get married|marry)\b|\bmich (?:\w+ ){0,4}verheiraten"
            r"\b",
            r"\b(?:hell|shell|he will|she will|hed|shed|theyll|they will) (?:tell|call|report me "
            r"to|ring)"
            r" (?:the )?(?:visa office|immigration|home office|ice|my boss (?:im|i am) undocumen"
            r"ted)\b(?![^|]*\b(?:to ask|to help|for me|on my behalf|renewal)\b)",
            r"\b(?:hell|shell|theyll|he will|she will|they will) (?:come (?:over|back|round|here"
            r"|home)|find me|track me down|hunt me down) and (?:hurt|beat|strangle|choke|stab|sh"
            r"oot) me\b",
            r"\bthreatens? me with a (?:knife|gun|blade|hammer)\b",
            r"\b(?:he|she|they)(?:ll| will|s going to| is going to|d| would) (?:hurt|kill|take) "
            r"(?:my|the) (?:kids|children|baby|son|daughter|dog|cat|mum|mom)\b[^|]{0,20}\bif i\b",
            r"\bmarry (?:her|me|him) off\b",
            r"\bif i (?:dont|do not|wont)\b[^.!?]{0,40}\b(?:hell|shell|he will|she will|they wil"
            r"l|theyll) (?:post|share|send|leak)\b",
            r"\b(?:hell|he will|shell|she will|theyll|they will) find me wherever i go\b",
            r"\b(?:kill|hurt) my (?:dog|cat|pet|mum|mom|sister|brother) if i (?:told|tell)\b",
            r"\b(?:say|says|said|forcing|force|making|make|want|wants) (?:me|i will|i ll|ill|i a"
            r"m going to|im going to|i have to|i must) (?:to )?(?:be )?(?:married|marry)\b[^|]{0"
            r",120}\b(?:i said no|i dont want|took my phone|im (?:1[0-7]|[1-9])\b|i am 1[0-7]\b|"
            r"against my will)",
            r"\bfound (?:my|out my) new (?:address|place|flat|house)\b(?=[^|]*\b(?:slashed|smash"
            r"ed|note|threat\w*|waiting|outside|broke|keyed|followed)\b)",
            r"\b(?:holds?|holding|held|waves?|waving|pulls?|pulled) (?:a|the) (?:knife|gun|blade"
            r")\b[^|]{0,40}\b(?:while|when|during) (?:we|i) (?:argue|fight|row)\w*\b",
            r"\bthreat(?:en|ens|ened|ening) (?:to )?(?:kill|hurt|shoot|stab|beat|harm|take the "
            r"kids|end my life)(?: me| us| my)?\b",
            r"\b(?:said|says|told me) (?:that )?(?:he|she|they)(?:ll| will| would|d| is going to|s "
            r"going to|s gonna|re going to|"
            r"s going to| was going to) (?:kill|hurt|shoot|stab|beat) me\b",
            r"\b(?:he|she|they)(?:ll| will|s going to| is going to) kill me if i (?:leave|tell|"
            r"call|go|report|try|talk|dont)\b",
            r"\bif i (?:tell|leave|call|go|report|talk)\w*(?: \w+){0,3},? (?:he|she|they)(?:ll| "
            r"will| would|d|s going to|s gonna| is going to) (?:(?:find|track|hunt|come after) ("
            r"?:me )?(?:down )?and )?(?:kill|hurt|beat|shoot|stab|take|throw)\b",
            r"\b(?:he|she|they)(?:ll| will| would| d|d| is going to|s going to)? (?:break|snap|s"
            r"mash) my (?:arm|neck|face|legs?|jaw|nose|fingers)\b",
            r"\bthreat(?:en|ens|ened|ening) to take (?:the )?(?:children|kids|baby)\b",
            r"\b(?:reminds me|shows me|points it at me|makes sure i know)\b[^.!?]{0,40}\b(?:gun|"
            r"knife)\b|\b(?:gun|knife)\b[^.!?]{0,50}\breminds me\b",
            r"\b(?:said|says|told me|told us) (?:that )?(?:hed|he would|shed|she would|he will|h"
            r"ell|shell|he d|she d) kill (?:us|us all|everyone|me and)\b",
            r"\bif i (?:call|ring) (?:the )?police\b[^|]{0,40}\b(?:he|she|they) (?:will|ll|would"
            r"|d|says he will|says she will)\b",
        ),
        unless=(
            r"\b(?:lol|lmao|haha\w*|jk|party|late for|early|spoil\w*|spoiler|forget|forgot|if i "
            r"eat|last slice)\b",
            r"\bjokingly\b|\bwedding\b|\bbirthday\b",
        ),
    ),
    Signal(
        "abuse.fear_for_safety",
        C.ABUSE,
        T.HIGH,
        K.ABUSE,
        "Fear of going home or of a specific person: current danger.",
        (
            # abuse: phone smashed and afraid to go home; a teacher/coach asking a minor for photos
            # or touching them alone; a toddler left alone for days
            r"\b(?:he|she|my \w+) (?:smashed|broke|destroyed|threw|stamped on) my phone\b(?! (?:"
            r"charger|case|cable|screen protector))[^|]{0,80}\b(?:cant|cannot|dont want to|scare"
            r"d to|afraid to) (?:go|going) (?:back )?home\b(?! (?:until|till|before))",
            # controlling partner: money taken with an allowance, location/phone checked with anger,
            # kept awake, made to sleep in the garage or kneel
            r"\b(?:controls|takes|keeps|has taken|took|makes me hand over) (?:all )?(?:of )?(?:t"
            r"he |my |our )?(?:whole )?(?:money|paycheck|pay ?check|wages|salary|bank card|cards"
            r"|finances|pension|benefits)\b[^|]{0,80}\b(?:i (?:get|have to ask|must ask|need to "
            r"ask)|gives me|allowance|show (?:him |her )?(?:the )?receipts|dont (?:even )?have m"
            r"y own|not allowed|useless|pinned|hit|angry|disappears|no money for food|havent got"
            r" money)\b",
            r"\b(?:tracks|checks|monitors|reads|read|go(?:es)? through) (?:all )?(?:my |your )?("
            r"?:location|phone|messages|texts|spending|emails)\b[^|]{0,60}\b(?:breaks my|gets (?"
            r":angry|violent|mad|furious)|hits|hit me|smash\w*|punish\w*|have to ask for (?:mone"
            r"y|bus)|down to the penny)\b",
            r"\bkeeps? me (?:up|awake) (?:all night|until \d+|for hours)\b[^.!?]{0,40}\b(?:shout"
            r"\w*|yell\w*|scream\w*|until i (?:agree|give in|apologi[sz]e|say sorry))\b",
            r"\b(?:makes?|made|forces?|forced) me (?:to )?(?:sleep|stay) (?:in the (?:garage|she"
            r"d|car|basement|cellar)|on the floor|outside)\b|\b(?:makes?|made|forces?|forced) me"
            r" (?:to )?kneel\b(?! (?:in prayer|to pray|at church)\b)",
            # made to work long hours locked in, wages kept
            r"\b(?:makes|made|forces|forced) (?:me|us) (?:to )?work\b[^|]{0,60}\b(?:locks?|locke"
            r"d|keeps? (?:our|my) (?:wages|pay|passports?|documents|papers)|no pay|unpaid|deport"
            r"\w*)\b",
            # someone lets himself in while the writer sleeps; a stalker's notes and photos; an ex
            # who breaks in or ignores a restraining order
            r"\b(?:let|lets|letting) (?:himself|herself|themselves) (?:in|into my (?:room|flat|a"
            r"partment))\b[^|]{0,60}\b(?:while i (?:was )?(?:sleeping|asleep|in the shower)|at n"
            r"ight|end of my bed|without (?:asking|knocking|warning))\b",
            r"\b(?:notes?|letters?|messages?)\b[^.!?]{0,40}\b(?:(?:theyre|hes|shes|they are|he i"
            r"s|she is|im|i am|always) watching|photos? of (?:me|my (?:kid|son|daughter|house|ca"
            r"r|children)))\b",
            r"\bchanged my (?:number|phone number|address|locks)\b[^|]{0,40}\b(?:still finds|sti"
            r"ll found|keeps finding|found me)\b",
            r"\b(?:ex|stalker)\b[^.!?]{0,20}\bbroke into my\b|\b(?:restraining|protection|protec"
            r"tive|no contact) order\b[^|]{0,80}\b(?:doesnt care|outside|showed up|broke in|bang"
            r"ing|following|found me)\b|\b(?:outside|showed up|broke in|banging|following|found "
            r"me)\b[^|]{0,80}\b(?:restraining|protection|protective|no contact) order\b",
            # a person said to fear for their life
            r"\b(?:she|he|they|i) (?:fears?|is scared|is afraid|is terrified|am scared|am afraid"
            r"|am terrified|fear) for (?:her|his|their|my) (?:life|safety)\b",
            r"\b(?:put|hid|installed) a tracker on my (?:car|phone|bag)\b(?=[^|]*\b(?:terrified|"
            r"scared|afraid|notices)\b)",
            r"\bmakes? me ask (?:for )?permission to (?:use the bathroom|use the toilet|eat|go o"
            r"ut|leave the house|shower)\b",
            r"\blocks the fridge\b",
            r"\bwont let me (?:go to the doctor|see (?:a|the) doctor|see my family|leave the hou"
            r"se) alone\b",
            r"\bhides my (?:heart |blood pressure |insulin )?(?:tablets|pills|meds|medication|in"
            r"sulin|inhaler)\b",
            r"\b(?:carer|caregiver|care worker)\b[^|]{0,20}\b(?:hasnt|has not|wont) (?:given|giv"
            r"e|let) me (?:food|eat|my meds|water)\b",
            r"\bme trancou em casa\b|\bme (?:encerro|encerró) en (?:casa|la casa)\b|\bhat mich ("
            r"?:in der wohnung |zu hause )?eingesperrt\b",
            r"\bcameras? in every room\b",
            r"\bkeeps? turning up at my (?:work|house|flat|school|job)\b",
            r"\b(?:trying|texting \w+ \w+|asking \w+(?: \w+)?) to find out where i (?:am|live|mo"
            r"ved|am staying)\b",
            r"\b(?:he|she) gets? (?:violent|physical|rough)\b(?! (?:in|on|at) (?:games?|football"
            r"|rugby|match|sports?)\b)",
            r"\b(?:picture|photo|pic) of my (?:front door|house|flat|window|car|building)\b[^|]{"
            r"0,60}\b(?:from outside|outside|im inside|alone)\b",
            r"\b(?:airtag|tracker|tracking device)\b[^|]{0,80}\b(?:see you soon|i know where you"
            r" are|outside|following)\b",
            r"\bbruises?\b[^|]{0,40}\b(?:hes|shes|he is|she is|theyre) (?:coming back|back soon|"
            r"home soon|on (?:his|her) way)\b",
            # followed by a car or a man, in the dark or alone
            r"\b(?:a|the same|some|this) (?:car|van|guy|man|men|bloke|person) (?:has been|keeps|"
            r"is|been|has|s been|keeps on) follow(?:ing|ed) me\b[^|]{0,60}\b(?:dark|alone|night|"
            r"scared|wont stop|still there|for (?:\d+|ten|fifteen|twenty) (?:mins?|minutes|block"
            r"s))\b",
            # a driver taking a "shortcut" off the main road, and the writer scared
            r"\b(?:taxi|cab|uber|lyft|driver)\b[^|]{0,80}\b(?:off the main road|wont stop|wont l"
            r"et me out|locked the doors|shortcut)\b[^|]{0,60}\b(?:scared|afraid|terrified|help)"
            r"\b",
            # followed now, in the dark or alone
            r"\b(?:being|been|im being|is) follow(?:ed|ing) (?:me )?(?:by )?(?:the same |a |some"
            r" |this )?(?:car|van|guy|man|men|person|someone|bloke)\b[^|]{0,60}\b(?:dark|alone|n"
            r"ight|scared|wont stop|still there|for (?:\d+|ten|twenty) (?:mins?|minutes|blocks))"
            r"\b",
            r"\b(?:scared|afraid|terrified|frightened) (?:to go|of going|to be) (?:back )?home\b",
            r"\b(?:scared|afraid|terrified|frightened) (?:of|for) (?:my (?:life|safety)|what "
            r"(?:he|she)(?:ll| will| might)|him|her|my (?:husband|wife|boyfriend|girlfriend|"
            r"partner|dad|father|stepdad|mom|mother|ex))\b",
            r"\b(?:scared|afraid|terrified) (?:he|she)(?:ll| will| is going to| might) (?:kill|"
            r"hurt|hit|find)\b",
            r"\b(?:not|dont feel) safe (?:at home|in my (?:home|house)|with (?:him|her|my))\b",
            r"\b(?:scared|afraid|terrified) (?:hes|shes|he is|she is) (?:gonna|going to) (?:kill"
            r"|hurt) me\b",
            r"\b(?:he|she|my ex|they) (?:found|tracked down|traced|figured out) (?:my (?:new )?("
            r"?:flat|apartment|house|address|place|home|number)|where i (?:live|am staying|work|mo"
            r"ved))\b(?=[^|]*\b(?:scared|afraid|terrified|frightened|hiding|panicking)\b)",
            r"\b(?:left (?:him|her)|my ex|restraining order|protection order|escaped)\b[^|]{0,80"
            r"}\b(?:he|she|they) (?:found|tracked down|traced|figured out) (?:my (?:new )?(?:flat|"
            r"apartment|house|address|place|home|number)|where i (?:live|am staying|work|moved))\b",
            r"\b(?:shouting|screaming|raging|smashing)\b[^|]{0,60}\b(?:im|i am|hiding|locked) (?"
            r":\w+ )?in the (?:bathroom|toilet|bedroom|car)\b",
            r"\b(?:kicked|thrown|locked) out\b[^|]{0,40}\b(?:im|i am) (?:1[0-7]|a minor)\b|\b(?:"
            r"im|i am) (?:1[0-7]|a minor)\b[^|]{0,40}\b(?:kicked|thrown|locked) out\b",
        ),
        unless=(
            r"\b(?:chess|gloat\w*|game|match|lol|haha|grounded|report card|grades?)\b",
        ),
    ),
    Signal(
        "abuse.immediate_danger",
        C.ABUSE,
        T.IMMINENT,
        K.ABUSE,
        "Abuser present or armed, or the person is trapped/hiding now.",
        (
            r"\b(?:ran|fled|escaped|got out|hiding|hid)\b[^|]{0,120}\b(?:hes|he is|shes|she is|t"
            r"heyre|they are|wo|woh) (?:\w+ )?(?:driving|walking|going|out) (?:a)?round looking "
            r"for (?:us|me)\b",
            r"\b(?:whispered|texted|said|mouthed|messaged|screamed) \W?help\W? and (?:then )?(?:"
            r"hung up|the (?:line|phone|call) (?:went dead|cut out|dropped)|then nothing)\b",
            r"\b{ABUSER}(?: s| has| have|s)? (?:\w+ )?(?:locked|chained|padlocked|bolted) (?:all"
            r" )?(?:the |our |my )?(?:doors?|windows?|gates?)\b[^|]{0,60}\b(?:taken|took|takes|r"
            r"emoved|hidden|hid) (?:the |all the |my |our )?(?:keys|battery|car keys|phones?)\b",
            r"\b(?:sim|phone|burner)(?: card)? hidden in\b|\bon a (?:smuggled|secret|hidden) (?:"
            r"phone|sim)\b",
            r"\b(?:hes|he is|shes|she is|(?:my )?(?:dad|father|stepdad|mum|mom|husband|boyfriend"
            r"|partner) is) (?:\w+ )?(?:screaming|shouting|yelling|raging) and (?:throwing|smash"
            r"ing|breaking|punching) (?:things|stuff|plates|furniture)\b(?=[^|]*\b(?:crying|scar"
            r"ed|hiding|(?:im|i am|i m) (?:1[0-7]|[5-9])|dont know what to do)\b)",
            r"\b(?:asleep|alone|left|locked|sleeping) in the car\b[^|]{0,60}\b(?:shes|hes|she is"
            r"|he is) (?:\d|one|two|three|four|five|a baby|a toddler)\b(?=[^|]*\b(?:freezing|hea"
            r"t|hot|degrees|windows?|pub|bar|casino|inside|hours|\d+ ?pm|night)\b)",
            r"\b(?:kid|child|boy|girl|son|daughter)\b[^|]{0,80}\b(?:banging|knocking|crying|begg"
            r"ing|screaming)\b[^.!?]{0,40}\bto be let (?:back )?in\b",
            r"\b(?:hasnt|has not|havent|have not|not) been (?:let out|fed|allowed out)\b[^|]{0,1"
            r"0}\b(?:in|for) (?:days|\d+ days|a week|two days|three days)\b",
            r"\b(?:yell|yelled|yelling|scream|screamed|shout|shouted|heard)\b[^|]{0,60}\b(?:ill|"
            r"i will|im going to|going to) (?:throw|kill|drown|smother|shut) you\b[^|]{0,60}\b(?"
            r":went silent|went quiet|silence|then nothing|stopped crying|no noise)\b",
            r"\b(?:shouts?|shouting|screams?|screaming|cries|crying|calls?|calling) (?:out )?for"
            r" help\b[^|]{0,120}\b(?:crash|thud|bang|scream)\b[^.!?]{0,20}\b(?:now|then|and) (?:"
            r"silence|nothing|its quiet)\b",
            r"\b(?:left|leaving) my (?:\d+ ?(?:yo|year old|month old)|baby|kids?|son|daughter|to"
            r"ddler)\b[^|]{0,60}\b(?:back on|using|high on|shes on|hes on) (?:the )?(?:ice|meth|"
            r"crack|heroin|gear|drugs)\b",
            r"\b(?:wont|will not|doesnt|refuses to|wouldnt) let (?:me|us|anyone|anybody) (?:call"
            r"|get|take (?:him|her) to) (?:a |an |the )?(?:doctor|ambulance|911|999|help|hospita"
            r"l)\b(?=[^|]*\b(?:breath\w*|grey|gray|sweating|chest|unconscious|dying|bleeding|fev"
            r"er|collapsed|heart)\b)",
            r"\bhides? (?:under the bed|in the (?:closet|wardrobe|cupboard)) when (?:{ABUSER}|my"
            r" \w+|our \w+) (?:gets|comes) home\b",
            r"\b(?:dice|dijo) que va a matar a(?:l)?\b[^|]{0,60}\b(?:pistola|cuchillo|arma|mache"
            r"te)\b",
            r"\b(?:shoots|stabs|kills|shooting|killing)\b[^|]{0,60}\b(?:teachers|classmates|stud"
            r"ents|kids)\b[^|]{0,60}\bits not (?:really |just )?a (?:story|joke)\b",
            r"\b(?:leave|left|leaves|leaving) (?:their|the|her|his) (?:toddler|baby|infant|littl"
            r"e ones?|kids?|children|\d+ year old) (?:home )?alone for (?:days|the weekend|\w+ d"
            r"ays|days on end)\b",
            # es/pt/it/fr/de: a family member or partner beating the writer right now
            r"\b(?:mi sta (?:picchiando|menando|strangolando|prendendo a (?:pugni|calci))|me est"
            r"a (?:pegando|golpeando|ahorcando|estrangulando)|(?:esta|ta|tá) me (?:batendo|espan"
            r"cando|enforcando)|me (?:esta|ta) (?:batendo|espancando)|(?:est en train de|vient d"
            r"e) me (?:frapper|battre|frapper dessus|etrangler)|(?:schlagt|schlaegt|verprugelt|v"
            r"erpruegelt|wurgt|wuergt) mich (?:gerade|grade|jetzt)|(?:schlagt|schlaegt) mich (?:"
            r"schon wieder|wieder))\b",
            # someone pacing with a knife saying they need to get rid of a family member
            r"\b(?:pacing|walking around|waving|holding|standing|sitting|wandering) (?:around )?"
            r"(?:\w+ ){0,3}with (?:a|the|his|her) (?:kitchen )?(?:knife|machete|axe|hammer|gun)"
            r"\b[^|]{0,60}\b(?:saying|says|said|shouting|muttering) (?:that )?(?:he|she|they) (?:"
            r"needs?|has|have|wants?|is going) to (?:get rid of|kill|hurt|stab|deal with) (?:her"
            r"|him|them|us|mum|mom|dad|the baby)\b",
            # writing in secret with the abuser angry in the next room; locked in the bathroom
            # because he is drunk; thrown out of the car on the motorway
            r"\b(?:typing|writing|texting|messaging) (?:this )?(?:quietly|silently|in the dark|u"
            r"nder the covers|in secret)\b[^|]{0,40}\b(?:he|she|they|my \w+)(?:s| is| are) (?:in"
            r" the next room|downstairs|home|next door|right there|outside)\b(?=[^|]*\b(?:angry|"
            r"drunk|yelling|shouting|screaming|mad|furious|violent|raging|smashing|hit\w*)\b)",
            r"\b(?:im|i am|ive|i have) (?:locked|hiding|hid) (?:myself )?in (?:the|my) (?:bathro"
            r"om|bedroom|closet|car|wardrobe|room)\b[^|]{0,40}\b(?:because|cause|cos|while|since"
            r") (?:he|she|they|my \w+)(?:s| is| are)\b(?=[^|]*\b(?:angry|drunk|yelling|shouting|"
            r"screaming|mad|furious|violent|raging|smashing|hit\w*|knife|gun)\b)",
            r"\b(?:on (?:his|her) way (?:over|here|round)|coming (?:over|here|round)) with (?:th"
            r"e|a|his|her) (?:shotgun|gun|knife|rifle|pistol|machete)\b",
            r"\b(?:got )?kicked out\b[^|]{0,30}\b(?:im|i am) 1[0-7]\b",
            r"\blocks? me out (?:of the house )?(?:in (?:the )?(?:winter|cold|snow|rain))?\b[^|]"
            r"{0,60}\b(?:outside|out here) in the (?:cold|snow|rain) now\b",
            r"\b(?:kid|child|baby)\b[^|]{0,30}\bscreaming again\b[^|]{0,30}\b(?:crashing sounds?"
            r"|crashing|thuds?|thumps?|bangs?|banging|smashing)\b",
            r"\b(?:hell|he will|shell|she will|saying (?:hell|shell|he will|she will)) (?:break|"
            r"kick|smash) (?:it|the door|my door) (?:down|in)\b",
            r"\bme (?:acaba de dar|dio) una paliza\b|\b(?:prugeln|verprugeln) mich\b|\b(?:ta|est"
            r"a) me batendo\b|\bme mata se eu\b",
            r"\bgedroht,? mich (?:zu )?(?:erwurgen|toten|umzubringen|schlagen)\b",
            r"\b(?:is|s) (?:hitting|beating|hurting|strangling|choking) (?:my|her|his) (?:little"
            r" |baby |big )?\w+ (?:right now|now)\b",
            r"\b(?:locked the doors?|locked me in)\b[^|]{0,40}\b(?:taken|took|has) my (?:keys|ph"
            r"one)\b",
            r"\bmi (?:ammazza|uccide) se lo lascio\b|\bme mata si lo dejo\b|\bme mata se eu (?:o"
            r" )?deixar\b|\bbringt mich um,? wenn ich (?:ihn|sie) verlasse\b|\bme tue(?:ra)? si "
            r"je (?:le|la) quitte\b",
            r"\b(?:estou|estoy) (?:trancad[ao]|encerrad[ao]) no quarto\b|\bestoy encerrad[ao] en"
            r" (?:el|mi) cuarto\b",
            r"\b(?:held|holds|put|pushed|pressed|holding|pressing) (?:a |the )?pillow over my fa"
            r"ce\b",
            r"\b(?:got|has|have|s got) (?:me|my (?:little |baby |big )?\w+|us|mum|mom|my mum|my "
            r"mom) cornered\b",
            r"\blast time (?:he|she|they)\b[^.!?]{0,30}\bi ended up in (?:hospital|a&e|a and e|t"
            r"he er|er|icu)\b",
            r"\b(?:hits|beats|kicks|slaps|hurts|chokes) (?:my|our) (?:baby |little )?(?:sister|b"
            r"rother|siblings?|son|daughter|kids?|mum|mom)\b(?=[^|]*\b(?:now|rn|right now|can he"
            r"ar|tonight)\b)",
            # held locked in; a drunk friend carried into a bedroom and the door shut; "last time he
            # did things" and he is waiting; a child screaming and thuds; a video captioned "say
            # goodbye"; threats all night and then silence
            r"\b(?:locked|locks|locking) (?:me )?in (?:the |my |a )?(?:bedroom|room|house|baseme"
            r"nt|cellar|bathroom|flat)\b[^|]{0,60}\b(?:took the handle|no water|no food|wont let"
            r" me out|since (?:this morning|yesterday|last night)|for (?:hours|days))\b",
            r"\b(?:carried|dragged|took|led) (?:her|him|my friend)\b[^|]{0,30}\b(?:upstairs|into"
            r" (?:a|the) (?:bedroom|room|car|bathroom))\b[^|]{0,40}\b(?:shut|closed|locked) the "
            r"door\b",
            r"\blast time (?:he|she|they) (?:did (?:things|stuff|something)|touched me)\b[^|]{0,"
            r"60}\b(?:waiting|now|again|alone)\b",
            r"\b(?:kid|child|baby|toddler|girl|boy|woman|wife|mum|mom)\w* (?:is |s )?(?:screamin"
            r"g|crying)\b[^|]{0,80}\b(?:thuds|thumps|banging|hitting|slaps?|smack\w*)\b",
            r"\b(?:sent|texted|posted)\b[^|]{0,60}\b(?:caption|saying|said)\W+(?:say goodbye|you"
            r"ll never see (?:him|her|them) again)\b",
            r"\b(?:threats|threatening (?:her|him|them))\b[^|]{0,80}\b(?:stopped replying|not re"
            r"plying|isnt replying|not answering|stopped answering)\b",
            r"\bthe belt (?:is|s) out\b(?! of)|\b(?:has|got|pulled|waving) (?:a|the|his|her) (?:"
            r"gun|knife|machete) out\b[^|]{0,60}\b(?:yelling|screaming|drunk|threatening|shoutin"
            r"g)\b",
            # violence in the home now, heard or hidden from ("the belt is out again. im in the
            # wardrobe", "he has a gun out and is yelling")
            r"\b(?:can hear|i hear|hearing|listening to) (?:my |our |the )?(?:\w+ ){0,2}(?:hitti"
            r"ng|beating|hurting|choking|strangling|attacking|kicking) (?:(?:my|our) (?:\w+ )?(?"
            r":mum|mom|mother|sister|brother|baby|son|daughter|dad|nan|gran|wife|husband|kids?|s"
            r"iblings?)|her|him|them)\b",
            r"\bhat mich (?:grad|gerade|eben) gewurgt\b|\bvient de m ?etrangler\b",
            r"\b(?:novio de mi madre|padrastro|mi tio|mi padre) entra a mi (?:cuarto|habitacion)"
            r" (?:por|en) las noches?\b|\b(?:freund von meiner mutter|stiefvater|onkel) fasst mi"
            r"ch an\b",
            r"\bhits (?:our|my|the) kids\b[^|]{0,60}\b(?:right now|until they bruise)\b",
            r"\b(?:asks|asking|asked|makes|made) me to sit on (?:his|her) lap\b|\b(?:rent|it) ca"
            r"n be (?:paid|payed) (?:in )?other ways\b",
            r"\b(?:he|she|they|my ex|hes|shes|theyre)\b[^.!?]{0,30}\b(?:texting|saying|messaging"
            r"|threatening|texted|said|says|told me)\b[^.!?]{0,20}\b(?:coming|going to come|gonn"
            r"a come|on (?:his|her|their) way) (?:back )?(?:round |over |here )?(?:to )?(?:finis"
            r"h|end) (?:it|me|this|us|the job)\b",
            r"\b(?:found|figured|worked) out where (?:i|im|we|she|he|they|my \w+) (?:live|lives|"
            r"am|is|are|staying|living|work|works)\b[^|]{0,80}\b(?:on (?:his|her|their) way|comi"
            r"ng (?:here|over|round|now|for (?:me|us|her))|outside (?:now|right now)?)\b",
            r"\b(?:can hear|hearing) (?:him|her|them|the (?:kid|child|baby|boy|girl)) (?:screami"
            r"ng|crying|being hit|getting hit)\b(?=[^|]*\bbruises?\b)|\bbruises?\b[^|]{0,80}\b(?"
            r":can hear|hearing) (?:him|her|them|the \w+) (?:screaming|crying|being hit|getting "
            r"hit)\b",
            r"\b(?:put|slipped|spiked|dropped) (?:something |a pill |pills |stuff )?(?:in|into) "
            r"my drink\b|\bmy drink (?:was|got|had been) spiked\b",
            r"\b(?:he|she|they)(?:s| is| are) (?:outside (?:my|the) (?:door|house|room|window)|"
            r"breaking in|banging on the door|coming (?:for|after) me|trying to get in)\b",
            r"\b(?:he|she)(?:s| is| has) (?:got )?(?:a (?:gun|knife)|holding a (?:gun|knife))\b",
            r"\b(?:locked|locks) me (?:in|inside)\b(?! (?:the )?(?:game|match|loop))|\b(?:locked|"
            r"locks) me out (?:of the house )?(?:in the (?:cold|snow|rain)|at night|overnight)\b|"
            r"\bwont let me leave\b(?! (?:without|until|till|before|the (?:party|table|game)))",
            r"\bhiding (?:from (?:him|her|my)|in the (?:bathroom|closet|car|basement|garage))\b",
            r"\b(?:banging|pounding|kicking|hammering) on (?:the|my) (?:\w+ )?door\b(?=[^|]*\b(?:"
            r"locked myself|hiding|scared|help|what do i do)\b)",
            r"\b(?:shoved|pushed|threw) me (?:down|into|against|onto|off|to the (?:floor|ground))"
            r"\b",
            r"\bhiding (?:in|under) (?:my|the) (?:closet|wardrobe|room|bedroom|bathroom|car|base"
            r"ment|garage|bed)\b",
            r"\b(?:locked|locking|lock) (?:me|us) in\b|\bhad (?:me|us) locked (?:in|up)\b|\b(?:i"
            r"ve been|been|im|i am) locked in (?:my|the|a) (?:room|house|basement|shed|flat)\b",
            r"\b(?:he|she|they)(?:s| is| are) coming (?:up|upstairs|in|back|for me|home)\b(?=[^|"
            r"]*\b(?:scared|hiding|what do i do|yelling|screaming|drunk|help|knife|gun|hurt|kill)\b"
            r")",
            r"\b(?:pulled|pulls|grabbed|held|waving|holding|had) (?:out )?a (?:knife|gun)\b(?=[^"
            r"|]*\b(?:he|she|dad|mom|mum|husband|wife|boyfriend|girlfriend|partner)\b)",
            r"\b(?:smashing|breaking|throwing) (?:things|stuff|plates|everything|the furniture)\b"
            r"(?=[^|]*\b(?:hiding|scared|kids|room with me|locked|terrified|shaking)\b)",
            r"\b(?:sitting|parked|standing|waiting) (?:in his car |in her car )?outside my (?:fl"
            r"at|house|door|window|work|place|apartment)\b",
            r"\b(?:been |keeps |has been )?coming into my (?:room|bed)(?: at night| when)\b",
            r"\b(?:hes|shes|he is|she is) blocking the door\b",
            r"\blocked in (?:an?|the|my) (?:apartment|room|flat|house|basement)\b",
            r"\b(?:keep|keeps|took|take|has|have) my (?:visa|papers|documents|passport)\b",
            r"\b(?:my ex|he|she)(?:s| is) (?:outside|at) my (?:window|door|house|flat|work|apart"
            r"ment|building|place)\b",
            r"\b(?:mi ex|mi (?:marido|esposo|novio|pareja|padrastro)) (?:esta )?(?:afuera|fuera|"
            r"en la puerta)\b[^|]{0,40}\b(?:cuchillo|pistola|arma)\b",
            r"\b(?:locked|kicked|threw) me out\b[^!?]{0,60}\b(?:im (?:1[0-7]|[1-9])\b|\d+ degree"
            r"s|freezing|nowhere to (?:go|sleep)|in the park|motorway|highway|freeway|hard shoul"
            r"der|with the baby|with the kids|on the street)",
        ),
        person=Person.ANY,
        unless=(
            r"\b(?:film|movie|show|series|episode|book|novel|documentary|podcast|game|drama|thri"
            r"ller)\b",
            r"\b(?:uber|taxi|cab|delivery|pizza|driver|lift|ride|dog|cat|kids? (?:are|is) playin"
            r"g|surprise|jacket|coat)\b",
            r"\b(?:forgot (?:his|her|their) keys|locked (?:himself|herself|themselves) out|toddl"
            r"er|some peace|some quiet)\b",
            r"\b(?:scrolling|thanksgiving|christmas|small talk|the party|introvert\w*)\b",
            r"\b(?:chocolate|wine|snacks?|(?:for )?(?:5|five|ten|10|a few) minutes|the kids "
            r"(?:fought|are fighting|were fighting))\b",
        ),
    ),
    Signal(
        "abuse.exploitation",
        C.ABUSE,
        T.HIGH,
        K.ABUSE,
        "An employer or partner holding the writer's passport or papers, or coming into their room "
        "at night: exploitation or trafficking, whoever the sentence's subject is.",
        (
            r"\b(?:taking|sending|forcing|making) me\b[^.!?]{0,30}\bto (?:marry|get married to)"
            r"\b(?=[^|]*\b(?:my cousin|against my will|i dont want|passport|phone|(?:im|i am|i m)"
            r" 1[0-7])\b)",
            r"\b(?:selling|sells|sold|pimping|renting) me (?:out )?to (?:guys|men|his friends|pe"
            r"ople|strangers)\b",
            # sex demanded for rent, hours or papers ("says if i dont sleep with him he'll report
            # me", "hell let the rent slide if i keep him company")
            r"\b(?:boss|manager|supervisor|employer|landlord|coach|teacher|he|she)\b[^.!?]{0,20}"
            r"\b(?:says|said|told me|tells me|threatens?|threatened)\b[^.!?]{0,10}\bif i (?:dont"
            r"|do not|wont|refuse to) (?:sleep with|have sex with|go out with|do (?:stuff|things"
            r"|what (?:he|she) (?:says|wants)) (?:with|for)) (?:him|her)\b",
            r"\b(?:rent|bills?|hours|shifts?|job|visa|grades?)\b[^.!?]{0,30}\bif i (?:keep (?:hi"
            r"m|her) company|sleep with (?:him|her)|go out with (?:him|her)|do (?:him|her) (?:a "
            r")?favou?rs?|(?:am|m) nice to (?:him|her)|send (?:him|her) (?:pics|photos|nudes))\b",
            # papers held with deportation or police threatened (also fr, pt, es)
            r"\b(?:keeps|kept|holds|holding|has|took) (?:our|my) (?:documents|passports?|papers|"
            r"ids?|id cards?)\b[^|]{0,80}\b(?:deport\w*|police|immigration|report (?:me|us|my fa"
            r"mily)|if (?:i|we) (?:leave|go|complain|tell))\b",
            r"\b(?:garde|a pris|confisque) (?:nos|mes) (?:passeports|papiers)\b|\b(?:chama|chama"
            r"r|liga para) a imigracao\b|\b(?:llama|llamar|llamara) a (?:la )?(?:migra|inmigraci"
            r"on)\b",
            # made to sell or carry drugs
            r"\b(?:make|makes|made|force|forces|forced) me (?:to )?(?:sell|carry|deliver|run|hol"
            r"d) (?:drugs|packages|parcels|stuff|county lines)\b(?![^|]*\b(?:when i was|years ag"
            r"o|used to|doing (?:alright|ok|okay|well|better|fine)|got out)\b)",
            r"\btook (?:our|my) (?:documents|passports?|papers|ids?)\b(?=[^|]*\b(?:owe|work for "
            r"(?:him|her|them)|for free|wont give|locks? (?:us|me) in|locked (?:us|me) in)\b)",
            r"\bmaking (?:her|him|me) send (?:photos|pics|pictures|nudes)\b",
            r"\b(?:son|daughter|grandson|granddaughter|nephew|niece|carer|caregiver|husband|wife"
            r"|he|she)\b[^.!?]{0,20}\b(?:takes?|took|taking|steals?|stole|stealing) (?:my |all m"
            r"y )?(?:pension|money|benefits|bank card|savings|pills|medication)\b[^|]{0,80}\b(?:"
            r"if i (?:tell|say no)|when i (?:say no|ask)|push\w*|hits?|shouts?|yells?|threat\w*|"
            r"nobody will believe|says? im confused|put me in a home)\b",
            # a phone or money taken and the door locked, or made to see men
            r"\b(?:took|takes|taken|keeps?) (?:my|her|his) (?:phone|passport|money)\b[^|]{0,60}"
            r"\b(?:lock\w* (?:the door|me in|her in)|wont let (?:me|her|him) (?:out|leave)|making"
            r" (?:her|me|him) see men|feed me once|(?:said|says|told me) (?:that )?(?:im|i am|i|"
            r"she|he) (?:is |was )?(?:not|never) (?:leaving|going out|going anywhere|allowed|see"
            r" (?:us|them|her family|his family)))\b|\bil m ?a pris mon (?:tel|telephone|portabl"
            r"e)\b[^|]{0,30}\bme laisse pas sortir\b",
            r"\b(?:keeping|kept|took|takes|has|holds|holding|taken|hid|hides|hiding) my (?:passport"
            r"|"
            r"papers|documents|id card|visa|work permit)\b",
            r"\b(?:enters|comes into|came into|walks into|comes in) my (?:room|bedroom) (?:at night"
            r"|"
            r"every night|when (?:\w+ ){1,3}(?:asleep|away|out))\b",
        ),
        person=Person.ANY,
        unless=(r"\b(?:renew\w*|expired|lost|embassy appointment|visa office|for safekeeping)\b",),
    ),
    Signal(
        "abuse.sexual",
        C.ABUSE,
        T.HIGH,
        K.ABUSE,
        "Sexual assault or abuse disclosed; historic disclosures are MODERATE.",
        (
            r"\b(?:pinned|held|trapped) me (?:down |against \w+ |in \w+ (?:\w+ )?|to \w+ )?[^.!?"
            r"]{0,30}\b(?:and|then) (?:did stuff|did things|touched me|forced|raped)\b",
            r"\b(?:forces|forced) (?:himself on )?me (?:every night|even when i (?:am|m) crying|"
            r"even when i (?:say|said) no|when i (?:say|said) no)\b",
            r"\bi said no and (?:he|she|they) (?:didnt|did not|wouldnt|would not) stop\b",
            r"\bafter (?:someone|somebody|a guy|a man|he) (?:forces|forced|force) (?:you|me|hims"
            r"elf)\b",
            r"\b(?:came round|came over|turned up|showed up)\b[^.!?]{0,40}\b(?:and )?(?:held|pin"
            r"ned) me down\b(?![^.!?]*\btickl)",
            r"\bwoke up (?:in|at) (?:some|a|this|a strange|a strangers) (?:random )?(?:guys?|man"
            r"s?|strangers?|blokes?) (?:bed|house|flat|place|room)\b[^|]{0,60}\b(?:no idea how|d"
            r"ont remember|cant remember|underwear|clothes (?:are )?(?:gone|off|missing))\b",
            r"\b(?:teacher|coach|tutor|instructor|trainer|priest|pastor|youth leader)\b[^|]{0,30"
            r"}\b(?:texts|messages|dms|asks|keeps asking|is asking|asking) me\b[^|]{0,30}\bfor ("
            r"?:photos|pics|pictures|nudes|videos)\b",
            r"\b(?:coach|teacher|tutor|instructor|trainer|priest|pastor|uncle|stepdad|step dad|s"
            r"tepfather)\b[^|]{0,60}\b(?:alone|after (?:practice|class|school|lessons?|training)"
            r")\b[^|]{0,30}\btouch(?:ing|es|ed) me\b",
            # a child says a parent or relative touches them
            r"\b(?:says|said|told me|told us|told (?:her|his|their) (?:teacher|mum|mom|dad))\b ("
            r"?:that )?(?:her|his|their) (?:dad|father|stepdad|stepfather|uncle|grandad|grandpa|"
            r"granddad|mums boyfriend|moms boyfriend|brother|cousin|coach|babysitter) (?:touches"
            r"|touched|is touching|has been touching|keeps touching) (?:her|him|them)\b",
            # grooming: "our secret", "special friends", kept quiet about what he does to me;
            # grabbed at work by the boss; forced himself on me; taking turns on me
            r"\b(?:its|it is|its just|this is|thats|were|its all) (?:our|a) (?:little |special )"
            r"?secret\b(?=[^|]*\b(?:if i tell|not to tell|dont tell|wont tell|lose my|in trouble"
            r"|alone|lap|gifts?|touch\w*|after (?:practice|school|class|church|sunday school|tra"
            r"ining)|camp|sleepover)\b)",
            r"\b(?:coach|teacher|tutor|pastor|priest|leader|uncle|stepdad|boss|neighbou?r|he|she"
            r")\b[^.!?]{0,30}\b(?:says|said|calls us|told me)\b[^.!?]{0,10}\b(?:were|we are)\W+("
            r"?:\w+\W+)?special friends\b",
            r"\b(?:stay silent|keep quiet|not to tell|never tell|keep (?:it )?(?:a )?secret)\b[^"
            r".!?]{0,30}\babout what (?:he|she|they) (?:does|did|do|is doing) to me\b",
            r"\b(?:boss|manager|supervisor|landlord|coach|teacher|tutor)\b[^.!?]{0,30}\b(?:grabs"
            r"|gropes|grabbed|groped|corners|cornered|kisses|kissed|touches|touched) me\b(?! (?:"
            r"on|by) the (?:shoulder|arm|back|hand|wrist)\b)",
            r"\b(?:forced|forces|forcing) (?:himself|herself|themselves) on me\b|\b(?:take|took|"
            r"taking|takes) turns (?:on|with) me\b",
            r"\b(?:has been|is|keeps) abusing (?:her|him|me)\b",
            r"\b(?:coach|teacher|uncle|stepdad|step dad|tutor|priest|pastor|neighbou?r)\b[^|]{0,"
            r"60}\btells? me not to tell anyone\b",
            r"\b(?:forcing|forces|makes|making|made) me (?:to )?have sex\b",
            # "I woke up and he was on top of me"
            r"\b(?:woke up|i woke)\b[^|]{0,20}\b(?:he|she|they|someone|a man) (?:was|were) (?:on"
            r" top of me|touching me|inside me|undressing me|in my bed)\b",
            r"\b(?:woke up|waking up|came to)\b[^|]{0,80}\b(?:no memory|dont remember|cant remem"
            r"ber|blacked out)\b[^|]{0,80}\b(?:clothes (?:are|were|was) (?:on )?(?:wrong|inside "
            r"out|backwards|torn|ripped|off)|underwear (?:was |is )?(?:missing|gone|off|torn)|so"
            r"mething happened to me)\b|\b(?:no memory|dont remember|cant remember|blacked out)"
            r"\b[^|]{0,120}\b(?:i think|im scared|im afraid|im worried) something happened to me"
            r"\b",
            r"\b(?:dont|do not|cant|cannot) remember (?:anything|much)\b[^|]{0,60}\b(?:clothes w"
            r"ere off|naked|undressed|no clothes)\b|\bwoke up\b[^|]{0,60}\b(?:clothes (?:were )?"
            r"off|naked|undressed)\b[^|]{0,60}\b(?:dont|do not|cant) remember\b",
            r"\b(?:dont|do not|cant|can not|cannot) remember (?:saying yes|agreeing|consenting)"
            r"\b",
            r"\b(?:raped|molested|sexually (?:assaulted|abused)|groped) me\b",
            r"\b(?:i was|i got|i have been|ive been|been|was|being) (?:raped|molested|sexually "
            r"(?:assaulted|abused)|abused|groped)\b",
            r"\b(?:forces|forced|makes|made) me (?:to )?(?:have sex|do sexual|touch him|touch "
            r"her)\b",
            r"\btouch(?:es|ed)? me (?:inappropriately|down there|at night|when no one)\b",
            # Child sexual abuse is often disclosed without the words "abuse" or "sexual": a
            # family member or carer who "touches me" / "makes me do things" (fourth pass).
            r"\b{CARER} {W2}(?:touches|touched|keeps touching|kept touching|has been touching|"
            r"tries to touch|tried to touch|feels me up|felt me up|gropes|groped) me\b(?! (?:on "
            r"(?:the|my) (?:shoulder|arm|back|head|hand|hair|cheek|face)|gently|to (?:wake|comfort|"
            r"calm)|when (?:i cry|im sad)|for comfort|and it helps)\b)",
            r"\b{CARER} {W2}(?:makes|made|forces|forced|tells|told) me (?:to )?(?:do (?:things|"
            r"stuff|sexual|weird|gross)|touch (?:him|her|his|it)|keep (?:it )?(?:a )?secret|take "
            r"(?:off )?my clothes|get naked|watch (?:porn|him|videos))\b(?! (?:for (?:school|the "
            r"house|chores)|around the house|after school)\b)",
            r"\b{CARER} {W2}(?:comes|came|sneaks|snuck|keeps coming) (?:into|in) my (?:room|bed) "
            r"(?:at night|when|and|while)\b",
            r"\b{ABUSER} (?:\w+ ){0,2}(?:keeps?|kept|always|is always) (?:touching|groping|grabb"
            r"ing) me\b",
            r"\b(?:when(?:ever)?|if|even when|even though|after) i (?:say|said|tell him|told him"
            r"|tell her|told her) no\b[^.!?]{0,40}\b(?:does it anyway|did it anyway|keeps going|ke"
            r"pt going|doesnt stop|didnt stop|wont stop|forces me|forced me|does it regardless)\b",
            r"\b(?:woke up|i woke)\b[^!?]{0,80}\b(?:clothes (?:were )?(?:off|gone)|naked|no clot"
            r"hes)\b[^!?]{0,60}\b(?:cant|dont) remember\b",
            r"\bi think something happened\b[^!?]{0,60}\b(?:cant|dont) remember\b",
        ),
    ),
    # ---------------------------------------------------------------- medical emergencies
    Signal(
        "medical.overdose",
        C.MEDICAL,
        T.IMMINENT,
        K.BEHAVIOUR,
        "Has taken a large amount of medication/poison: a medical emergency regardless of intent.",
        (
            r"\binjected (?:myself with )?(?:potassium|\w+ chloride|air|bleach|cleaning \w+)\b",
            r"\b(?:drank|drink|don drink|drunk|swallowed|swallow) (?:sniper|dichlorvos|gramoxone"
            r"|snipper)\b",
            r"\b(?:slurring|slurred)\b[^|]{0,60}\b(?:taken|took|had) (?:a few|some|loads of|a lo"
            r"t of|all (?:her|his|my)|extra)\b",
            r"\b(?:used|using|shot up|took)\b[^.!?]{0,40}\bfirst time in\b[^|]{0,60}\b(?:going u"
            r"nder|cant breathe|nodding|passing out|fading|turning blue)\b",
            r"\b(?:loads of|lots of|boxes of|a lot of|bags of|packets of) {PILLS}\b[^|]{0,60}\b("
            r"?:locked (?:in|herself in|himself in)|not answering|wont answer|wont open)\b",
            # es/pt/it/fr/de: a handful / a lot of pills swallowed, said in the first person (an
            # overdose taken), not a dose said long ago
            r"(?<!\bno )(?<!\bnao )(?<!\bnon )(?<!\banos )(?<!\banni )(?<!\bhace anos )(?<!\bhac"
            r"e tiempo )(?<!\bvor jahren )(?<!\banos me )(?<!\btiempo me )\b(?:me tome|me he tom"
            r"ado|me trague|me he tragado|tome|tomei|engoli|ho preso|ho ingoiato|mi sono presa|m"
            r"i sono preso|jai pris|jai avale|ich habe|ich hab|hab) (?:un monton de|muchas|mucho"
            r"s|demasiadas|demasiados|un punado de|todo el bote de|toda la caja de|um monte de|m"
            r"uitos|muitas|varios|varias|um punhado de|un sacco di|tante|tanti|troppe|troppi|una"
            r" manciata di|plein de|beaucoup de|trop de|une poignee de|toute une boite de|viele|"
            r"zu viele|eine menge|ne menge|haufenweise|\d{2,}) (?:de |di |d )?(?:mis |meus |minh"
            r"as |le mie |mes )?(?:pastillas|pildoras|comprimidos|capsulas|somniferos|ansiolitic"
            r"os|remedios|pilulas|calmantes|pillole|pastiglie|compresse|sonniferi|cachets|medica"
            r"ments|comprimes|somniferes|tabletten|pillen|schlaftabletten)\b(?: (?:genommen|gesc"
            r"hluckt))?(?![^|]*\b(?:hace (?:\w+ )?(?:anos|meses)|anos atras|ha (?:\w+ )?anos|ann"
            r"i fa|il y a (?:\w+ )?ans|vor (?:\w+ )?jahren|para (?:el|la|mi) (?:dolor|gripe|resf"
            r"riado|fiebre|alergia)|para (?:a|o) (?:dor|gripe|febre)|per (?:il|la) (?:mal di|dol"
            r"ore|febbre|influenza)|pour (?:la|le|mon|ma) (?:douleur|fievre|grippe|rhume|mal)|ge"
            r"gen (?:die |den )?(?:schmerzen|kopfschmerzen|erkaltung|grippe|fieber)|verschrieben"
            r"|recetad\w*|receitad\w*|prescritt\w*|prescrits?|wie verordnet|como (?:me )?(?:indi"
            r"co|receto)|come prescritto)\b)",
            # pills mixed with drink or other pills and now too sleepy, numb or twitching; pills
            # counted unknown; "think i took too much" and feeling strange (also de, it, fr, es, pt)
            r"\b(?:mixed|took|had|drank|taken|taking)\b[^.!?]{0,40}\b(?:{ALCOHOL}|{PILLS}|edible"
            r"s)\b[^.!?]{0,40}\b(?:with|and|then|after)\b[^.!?]{0,30}\b(?:{PILLS}|{ALCOHOL})\b(?"
            r"=[^|]*\b(?:sleepy|cant (?:stay|keep) (?:awake|my eyes)|barely (?:stay|keep)|drowsy"
            r"|cant feel|numb|confused|twitch\w*|jerking|heart (?:is )?(?:racing|going)|passing "
            r"out|slow breathing)\b)",
            # opioids and someone turning blue
            r"\b(?:fentanyl|heroin|opioids?|oxy|methadone|morphine|overdos\w*|od d|odd)\b[^|]{0,"
            r"40}\b(?:is|s|hes|shes|turned|turning|went|gone|lips (?:are )?) ?(?:\w+ )?blue\b",
            r"\b(?:idk|dont know|not sure) how many (?:edibles|gummies|pills|tablets|{PILLS}) (?"
            r":i )?(?:ate|took|had|swallowed)\b",
            r"\b(?:think|pretty sure|maybe|i) (?:i )?(?:took|had|taken|ate|swallowed) too (?:muc"
            r"h|many)\b(?! on\b)[^|]{0,30}\b(?:feel|feeling|im) (?:really |so |very )?(?:weird|s"
            r"trange|sick|dizzy|off|funny)\b(?![^|]*\b(?:on at work|on my plate|responsibilit\w*"
            r"|sun)\b)",
            r"\b(?:alle (?:meine )?(?:pillen|tabletten|medikamente) geschluckt|ho ingoiato tutte"
            r" le (?:mie )?(?:medicine|pillole|pastiglie)|a avale (?:\w+ ){0,4}tous (?:les|ses|m"
            r"es) (?:medicaments|cachets|comprimes)|me tome todas (?:las|mis) (?:pastillas|pildo"
            r"ras)|tomei todos os (?:meus )?(?:remedios|comprimidos)|(?:reiniger|bleiche|putzmit"
            r"tel) getrunken)\b",
            r"\btook all (?:her|his|my) pills for the week at once\b",
            r"\bused more than i should\b[^|]{0,30}\bheart(?:s| is)? racing\b",
            r"\bswallowed (?:the |all the |my |a bunch of |a load of )?\w+ (?:and|with) (?:the |"
            r"a bottle of |some )?(?:wine|vodka|alcohol|beer|whisky|whiskey|booze|rum|gin)\b(?=["
            r"^|]*\b(?:ago|not sure if i want|dont want help|want help|feel (?:weird|sleepy|sick"
            r"|dizzy))\b)",
            r"\bi took something\b(?! for (?:my |the )?(?:headache|cold|pain|period|migraine|flu"
            r"|allergies|sleep))(?=[^|]*\b(?:heart (?:is )?racing|regret it|cant breathe|dizzy|s"
            r"haking|sleepy|vomit\w*)\b)",
            r"\b(?:ganze|eine ganze) packung (?:\w+ )?(?:tabletten|pillen)\b[^|]{0,20}\bgenommen"
            r"\b",
            r"\b(?:taken|took) (?:way |far |a lot |much )?more (?:\w+ )?than the (?:box|bottle|p"
            r"acket|label|leaflet|instructions) says\b",
            r"\bswallowed (?:the rest of|all of) (?:my|the) (?:\w+ )?(?:{PILLS})\b",
            r"\boverd(?:id|o|one) (?:my|his|her) (?:insulin|meds|pills|tablets)\b(?=[^|]*\b(?:on"
            r" purpose|sweaty|confused|shaking|dizzy|sleepy)\b)",
            r"\bi took the (?:tablets|pills)\b(?=[^|]*\b(?:chest|heart|cant breathe|dizzy|sleepy"
            r"|shaking|vomit\w*|scared)\b)",
            r"\btomei (?:a cartela|o frasco|a caixa|todos os (?:remedios|comprimidos)|todas as p"
            r"ilulas)\b|\bme tome (?:todas las pastillas|la caja|el frasco|el bote)\b",
            r"\btook (?:my|the|a) (?:whole|entire|full) (?:week|month|weeks|fortnight)s? (?:of|w"
            r"orth of) (?:meds|pills|tablets|medication)\b(?=[^.!?]*\b(?:at once|in one go|all t"
            r"ogether)\b)",
            r"\bclean\b[^|]{0,60}\b(?:used|took|shot up)\b[^|]{0,60}\b(?:too much|more than i sh"
            r"ould|feel (?:really )?(?:heavy|weird|funny|sleepy|floaty))\b",
            r"\b(?:used|took|taken) (?:way |far |a lot |much )?more than i should(?: have)?\b[^|"
            r"]{0,40}\b(?:heart|chest|cant breathe|dizzy|shaking|sleepy|heavy)\b",
            r"(?:^|[.!?,] *)(?:just )?(?:overdosed|od d)(?: on (?:my |all my |the |his |her )?(?:\w"
            r"+ )?{PILLS}\b|(?=\W*(?:$|[.!?,]|help|please|i think|\d|about|an? (?:hour|few)|(?:ten|"
            r"five|twenty|thirty|forty) min)))",
            # an overdose nobody knows about, or with symptoms now; a whole box, in Italian
            r"\boverdosed\b[^|]{0,60}\b(?:didnt tell anyone|no one knows|nobody knows)\b|\boverd"
            r"osed\b[^|]{0,60}\bnow (?:im|i am) (?:shaking|really hot|burning up|vomiting|dizzy|"
            r"confused)\b",
            r"\bho preso tutta la scatola\b|\bho preso tutte le (?:pastiglie|pillole|compresse)"
            r"\b",
            # "i think i took way too much, help"; dizzy after "what I swallowed"; a whole pack or
            # bleach, said in French, Italian, Spanish or Portuguese
            r"\bi (?:think i |might have |may have )?took (?:way |far )?too much\b(?=[^|]*\b(?:h"
            r"elp|scared|dizzy|heart|cant)\b)",
            r"\bafter (?:what|the stuff|the pills|everything) i (?:swallowed|took|drank)\b[^|]{0"
            r",40}\b(?:dizzy|cant keep my eyes open|falling asleep|cant stay awake|throwing up)"
            r"\b|\b(?:dizzy|cant keep my eyes open)\b[^|]{0,30}\bafter (?:what|the stuff|everythi"
            r"ng) i (?:swallowed|took|drank)\b",
            r"\bj ?ai pris (?:toute? )?(?:ma |la |une |mes )?(?:boite|plaquette|tube)s? (?:de |d"
            r"es |d )?(?:cachets|medicaments|comprimes|pilules)\b|\bho bevuto (?:la |della )?(?:"
            r"candeggina|varechina)\b|\b(?:bebi|tome) (?:lejia|cloro|lavandina)\b|\b(?:tomei|beb"
            r"i) (?:agua sanitaria|lixivia|cloro)\b",
            # stimulants past the usual amount, with the heart or breathing going wrong ("did a
            # bunch of lines and my chest is so tight")
            r"\b(?:snorted|railed|did|done|took|taken|had|smoked|dropped) (?:way |far |so )?(?:a"
            r" bunch of|loads of|lots of|a lot of|so many|too many|too much|more|much more) (?:l"
            r"ines|coke|cocaine|meth|speed|molly|mdma|ecstasy|bumps|crack|pingers|stuff|drugs)\b"
            r"(?! of code)[^|]{0,60}\b(?:heart|chest|cant breathe|breathing|shaking|seizure|vomi"
            r"t\w*|throwing up|pass(?:ing)? out)\b",
            r"\b(?:snorted|railed|injected|shot up|smoked) (?:way |far |a lot |so much )?(?:more"
            r"|too much) than (?:usual|normal|ever|i ever have)\b[^|]{0,60}\b(?:heart|chest|cant"
            r" breathe|breathing|shaking|seizure|vomit\w*|throwing up|pass(?:ing)? out)\b",
            r"\b(?:ate|took|swallowed|had) (?:a bunch|a handful|loads|lots|a lot|all) of (?:my |"
            r"\w+s |the )?(?:\w+ ){0,2}{PILLS}\b[^|]{0,40}\b(?:heart (?:is )?(?:racing|pounding)"
            r"|cant breathe|dizzy|vomiting|throwing up|passing out|shaking)\b",
            r"\b(?:mixed|took|taken|had) (?:my |some |the )?(?:\w+ )?{PILLS}\b (?:with|and) (?:a"
            r" lot of |loads of |too much |some )?{ALCOHOL}\b(?=[^|]*\b(?:spinning|cant (?:reall"
            r"y )?feel|too many|lost count|passing out|cant breathe|throwing up|numb)\b)",
            r"\b(?:might|may|must) have taken too many\b|\btaken too many\b[^|]{0,20}\blost coun"
            r"t\b",
            r"\b(?:took|taken|swallowed|ate|downed|have taken|just took|took like|swallowed like) "
            r"(?:a |an |the |my )?(?:whole |entire |full |half (?:a|the) )?(?:bottle|pack|packet|"
            r"box|handful|bunch|lot|load|month s supply|strip|blister pack)s? of {W2}{PILLS}\b",
            r"\b(?:took|taken|swallowed|downed|drank) (?:the|a|my) (?:whole|entire) (?:bottle|"
            r"pack|packet|box|blister pack|blister strip|strip|tub|jar)\b(?! of (?:gum|cigarettes|"
            r"smokes|crisps|chips|cookies|candy|sweets|mints|beer|beers|cards|wine|water|soda|juice"
            r"|coke|milk))",
            r"\b(?:took|taken|swallowed|ate|downed|took like) (?:like |about |around |over "
            r")?(?:[1-9]\d+|dozens? of|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
            r"hundred)\w*) {W2}{PILLS}\b",
            r"\b(?:took|taken|swallowed) (?:all|all of) (?:my|the|his|her)(?: \w+s)?(?: \w+)? "
            r"{PILLS}\b",
            r"\b(?:i|ive|i have|i just|just) (?:overdosed|od d|odd)\b(?! (?:on (?:coffee|caffeine|"
            r"sugar|netflix|tv)))",
            r"\b(?:drank|drunk|swallowed|ingested) (?:some |a bottle of |the )?{POISON}\b",
            r"\btook (?:way |far )?too many {PILLS}\b",
            r"\b(?:way |far )?too (?:much|many) (?:of (?:my|the) )?{PILLS}\b(?=[^.!?]*\b(?:cant "
            r"breathe|heart|chest|dizzy|spinning|shaking|throwing up|vomit\w*|pass(?:ing)? out)\b)",
            r"\b(?:drank|drinking|had) [^.!?]{0,40}\b(?:and|then|plus|with) (?:took|taken|popped|"
            r"some|a few|a couple of)\b[^.!?]{0,20}\b(?:xanax|benzos?|valium|klonopin|oxy\w*|"
            r"sleeping (?:pills|meds|tablets)|opioids?|painkillers?|ambien)\b",
            r"\b(?:cant breathe|heart (?:is )?(?:going|racing|pounding)|chest (?:hurts|pain))\b"
            r"[^.!?]{0,40}\b(?:after|from) (?:taking )?(?:way |far )?too (?:much|many) (?:\w+ )?"
            r"{PILLS}\b",
            r"\b(?:swallowed|took|taken|downed) (?:my|the|a|his|her) (?:whole|entire|full) (?:pr"
            r"escription|bottle|pack|packet|box|supply|strip|month)\b(?! of (?:gum|cigarettes|smok"
            r"es|"
            r"crisps|chips|cookies|candy|sweets|mints|beer|beers|cards|wine|water|soda|juice))",
            r"\bmix(?:ed|ing)\b[^.!?]{0,40}\b(?:vodka|alcohol|booze|beer|wine|drinks?|methadone|"
            r"xanax|benzos?|oxy\w*|pills|tablets)\b[^.!?]{0,40}\b(?:cant keep my eyes open|sleepy|"
            r"drowsy|cant stay awake|weird|sinking|dizzy|cant breat"
            r"he|heart|sick|spinning|pass(?:ing)? out|normal)\b",
            r"\btook (?:all )?(?:my|\w+s|the) (?:\w+ )?{PILLS} to (?:sleep forever|die|end it|no"
            r"t wake up)\b",
            r"\btook (?:them|em) all\b(?= *(?:$|[.!?,]|just|and|already))",
            r"\b(?:took|taken|injected|had|swallowed|take) (?:way |far )?too (?:much|many) (?:of"
            r" (?:my|the|his|her) )?(?:\w+ )?{PILLS}\b",
            r"\b(?:more|too many|too much) than (?:i|you|he|she) should(?: have)?\b(?=[^.!?]*\b("
            r"?:took|taken|taking|breath\w*|dizzy)\b)",
            r"\b(?:drank|drunk|swallowed|ingested) (?:some |a bottle of |the )?(?:weedkiller|wee"
            r"d killer|drain cleaner|bleach|antifreeze|something from under the sink)\b",
            r"\b(?:left|turned) the gas on\b[^.!?]{0,40}\b(?:on purpose|headache|sick|dizzy)\b",
            r"\bgarage\b[^.!?]{0,40}\bengine (?:running|on)\b|\bengine (?:running|on)\b[^.!?]{0,"
            r"40}\bgarage\b",
            r"\b(?:vomiting|throwing up|shaking|dizzy|cant breathe|passing out)\b[^.!?]{0,40}\ba"
            r"fter (?:taking|i took|swallowing) (?:the |my |those |all |some )?{PILLS}\b",
            r"\b(?:the|my) overdose (?:isnt|is not|didnt|is) (?:working|kicking in)\b",
            r"\btook (?:some|them|it|pills|a lot) on purpose\b",
            r"\b(?:ho preso tutte le (?:pastiglie|pillole|compresse)|(?:he tomado|me tome|tome) "
            r"todas las (?:pastillas|pildoras)|jai avale (?:toute la boite|tous (?:les|mes) (?:com"
            r"primes|medicaments|cachets))|tomei todos os (?:comprimidos|remedios)|ich habe (?:all"
            r"e|die ganze packung) tabletten genommen)\b",
            r"\btook (?:like |about |around )?\d+ (?:of )?(?:my|his|her|\w+s) (?:\w+ )?{PILLS}\b",
            r"\bmixed (?:pills|drugs|tablets) (?:and|with) (?:drinks?|alcohol|booze)\b",
            r"\btook (?:everything|all the pills|all the meds) in the (?:medicine )?cabinet\b(?! "
            r"to)",
            r"\b(?:throwing up|vomiting|blurry|fading|cant stay awake|passing out)\b[^.!?]{0,30}"
            r"\bafter the pills\b",
            r"\b(?:tome muchas pastillas|zu viele tabletten genommen|avale toutes mes (?:pilules"
            r"|pillules|comprimes)|ho preso troppe (?:pastiglie|pillole)|tomei muitos comprimidos)"
            r"\b",
            r"\binjected too much\b",
            r"\bswallowed (?:a bunch of |some |a |two |three )?(?:batteries|button batteries|mag"
            r"nets|glass|razor blades|bleach)\b",
            r"\btook (?:pills|something|a lot|too many)\b[^.!?]{0,30}\b(?:passing out|passed out"
            r"|wont wake|unresponsive|not breathing)\b",
            r"\b(?:did something (?:dumb|stupid|bad|reckless)|messed up|screwed up|overdid it|we"
            r"nt overboard|took (?:way |far )?too much|took extra|doubled up|injected (?:way |far "
            r")?too much) (?:with |of |on )?(?:my |the )?insulin\b",
            r"\bmixed bleach with\b[^|]{0,80}\b(?:cant (?:get a (?:proper )?breath|breathe)|ches"
            r"t is burning|chest burns|coughing|throat is burning)\b",
            # ... and "more than usual" (twenty-seventh pass, FRESH28: "just used more than usual
            # and cant feel my legs")
            r"\b(?:(?:took|used|had) (?:way |far )?too much|(?:took|used|smoked|injected|shot up|s"
            r"norted) (?:way |a lot |much |so much )?more than (?:usual|normal|i (?:usually|normall"
            r"y) (?:do|take|use)))\b(?![^|]*\b(?:gym|run|running|walk\w*|hike|hiking|workout|squa"
            r"ts|training|dancing|miles|reps|shift|hours)\b)[^|]{0,40}\b(?:cant feel|numb|cant bre"
            r"athe|breathing (?:is )?slow|blue lips|passing out)\b",
            r"\b(?:took|taken) (?:a few|some|several) (?:extra|more) (?:of )?(?:my )?{PILLS}\b[^"
            r"|]{0,80}\b(?:breathing (?:feels |is )?(?:slow|heavy|shallow|weird)|cant (?:stay awak"
            r"e|breathe|feel))\b",
            r"\b(?:mixed|combined|took|swallowed|downed) (?:a bunch|a lot|loads|lots|a load|a ha"
            r"ndful|all|heaps|tons) of (?:my |her |his |the )?(?:meds|pills|medications?|medicine|"
            r"tablets)\b(?=[^!?]*\b(?:throwing up|vomiting|puking|seeing double|cant see|dizzy|hea"
            r"rt (?:is )?racing|cant breathe|shaking|passing out|pass out|cant stay awake|numb)\b)",
            r"\b(?:took|taken|swallowed) (?:\w+ ){0,8}(?:tablets|pills|meds)\b[^!?]{0,60}\b(?:fe"
            r"eling (?:very |really )?faint|vision (?:is )?(?:going|gone) (?:dark|blurry)|cant bre"
            r"athe|passing out|heart (?:is )?racing)\b",
            r"\b(?:i )?took a (?:bunch|lot|handful|load)(?: of them)? (?:an hour|\d+ (?:minutes|"
            r"mins|hours?)|half an hour) ago\b",
            r"\b(?:i |just )?took (?:way |far |much |waaay )?too (?:much|many)(?: of (?:something"
            r"|it|that|them|this))?\b(?=[^|]*\b(?:heart|racing|vision|cant breathe|dizzy|spinning|"
            r"shaking|throwing up|vomit\w*|pass(?:ing)? out|seeing things|chest|festival|party|rav"
            r"e)\b)",
            # a drug taken and the body reacting ("did a line and my heart is going like 200 and
            # i'm seeing spots")
            r"\b(?:did|took|snorted|had) (?:a |some |too many |a couple (?:of )?|a few |two |three "
            r")?(?:line|lines|bump|bumps|coke|molly|tabs?)\b(?=[^|]*\b(?:heart|chest|seeing spots|"
            r"vision|cant breathe|passing out|pass out|shaking|seizure)\b)",
            r"\btook (?:my (?:usual )?)?(?:\w+ )?(?:sleeping )?(?:tablet|pill)s?\b[^|]{0,60}\b(?"
            r":another|more|extra) (?:two|three|four|few|couple)\b(?=[^|]*\b(?:wine|drink|drinks|v"
            r"odka|alcohol|beer)\b)(?=[^|]*\b(?:nodding off|cant stay awake|very slow|heavy|slurri"
            r"ng|drowsy)\b)",
        ),
        person=Person.ANY,
    ),
    Signal(
        "medical.emergency",
        C.MEDICAL,
        T.IMMINENT,
        K.MEDICAL,
        "Red-flag symptoms happening now (chest pain with breathlessness, stroke, seizure).",
        (
            r"\b(?:on the floor|collapsed|fallen|on the ground)\b[^|]{0,40}\b(?:(?:s|is|are|hes|"
            r"shes) not moving|isnt moving|wont wake|not responding|unresponsive)\b",
            r"\b(?:wandering|wandered off|walked out|gone missing)\b[^|]{0,30}\b(?:dementia|alzh"
            r"eimers)\b(?=[^|]*\b(?:night|midnight|\d+ ?am|cold|freezing|minus|below zero|pyjama"
            r"s|nightie|nightdress|dressing gown|coat|snow\w*|door is open)\b)",
            r"\b(?:dementia|alzheimers)\b[^|]{0,80}\b(?:walked out|wandered off|wandering|got ou"
            r"t|gone missing|is missing|left the house|out of the house)\b(?=[^|]*\b(?:night|mid"
            r"night|\d+ ?am|cold|freezing|minus|below zero|pyjamas|nightie|nightdress|dressing g"
            r"own|coat|snow\w*|\d+ out|door is open)\b)",
            r"\b(?:40|41|42|104|105|106)(?: degree| degrees| c)? (?:fever|temperature|temp)\b[^|"
            r"]{0,40}\b(?:shaking|seizure|fitting|confused|not making sense|rigors|floppy)\b",
            r"\b(?:hot to (?:the )?touch|burning up)\b[^|]{0,40}\b(?:not sweating|stopped sweati"
            r"ng|not making sense|confused|passed out)\b",
            r"\bi shook (?:him|her|the baby|my baby)\b[^|]{0,60}\b(?:gone quiet|floppy|eyes? (?:"
            r"look|looks|are) (?:funny|weird|strange)|not (?:waking|responding|breathing))\b",
            r"\b(?:on the roof|on a ledge|on the balcony|on the edge)\b[^|]{0,60}\b(?:says?|thin"
            r"ks?|saying|thinking) (?:he|she|they) can fly\b",
            r"\bheart\b[^|]{0,60}\b(?:grey|gray|pale|clammy) and (?:sweating|sweaty|clammy)\b|\b"
            r"(?:grey|gray|pale|clammy) and (?:sweating|sweaty|clammy)\b(?=[^|]*\bheart\b)",
            r"\b(?:says|said) (?:shes|hes|she is|he is|theyre) (?:going to )?(?:driving|drive) ("
            r"?:home )?(?:drunk|wasted|high)\b",
            r"\b(?:pension|benefits|savings|money)\b[^.!?]{0,20}\b(?:disappears|disappear|goes m"
            r"issing|go missing|vanishes|is gone|are gone)\b[^|]{0,60}\b(?:no money for food|hav"
            r"ent got (?:any )?money for food|cant (?:buy|afford) food|nothing to eat)\b",
            # medical red flags: swelling lips/tongue with wheezing after a sting or food; a car
            # running in a closed garage; a fall and unable to move or get up; one-sided vision loss
            # with a heavy arm
            r"\b(?:stung|sting|ate|eaten|peanuts?|nuts|shellfish|allerg\w*)\b[^|]{0,80}\b(?:lips"
            r"?|tongue|throat|face) (?:are |is |has |have )?(?:huge|swelling|swollen|swelled|clo"
            r"sing|ballooning)\b[^|]{0,40}\b(?:wheez\w*|cant breathe|struggling to breathe|cant "
            r"swallow)\b",
            r"\b(?:hasnt|hasn t|not|never) come out of the garage\b[^|]{0,40}\b(?:car|engine) (?"
            r":is )?(?:still )?running\b",
            r"\b(?:ive fallen|i fell|i have fallen|ive had a fall|i had a fall)\b(?! (?:asleep|f"
            r"or|behind|out|apart|in love))[^|]{0,60}\b(?:cant|cannot) (?:move|get up|stand up|s"
            r"tand)\b(?! (?:my|the) (?:finger|thumb|toe|wrist)s?\b)",
            r"\bcant see (?:properly )?out of (?:one|my (?:left|right)) eye\b[^|]{0,40}\b(?:arm|"
            r"leg|face|side) (?:feels |is |went |has gone )?(?:heavy|numb|weak|droopy)\b",
            # es/pt/it/fr/de: chest pain together with not being able to breathe, now
            r"\b(?:me duele (?:mucho |muchisimo |un monton )?el pecho|dolor (?:fuerte |muy fuert"
            r"e )?en el pecho|dor (?:forte )?no peito|(?:me )?doi (?:muito )?o peito|douleur (?:"
            r"\w+ )?(?:a|dans) la poitrine|mal (?:a|dans) la poitrine|dolore (?:forte )?al petto"
            r"|mi fa (?:molto )?male il petto|(?:starke )?schmerzen in der brust|brustschmerzen|"
            r"(?:die )?brust tut (?:so )?weh)\b[^|]{0,40}\b(?:no puedo respirar|casi no puedo re"
            r"spirar|me falta el aire|nao consigo respirar|falta de ar|je narrive (?:pas|plus) a"
            r" respirer|je respire mal|je peux plus respirer|non riesco a respirare|mi manca (?:"
            r"l )?aria|kann (?:kaum|nicht) (?:mehr )?atmen|(?:bekomme|kriege|krieg) (?:kaum |kei"
            r"ne )luft)\b",
            r"\b(?:no puedo respirar|nao consigo respirar|non riesco a respirare|je narrive (?:p"
            r"as|plus) a respirer|(?:bekomme|kriege|krieg) (?:kaum |keine )luft)\b[^|]{0,40}\b(?"
            r":me duele (?:mucho |muchisimo )?el pecho|dolor en el pecho|dor no peito|douleur (?"
            r":\w+ )?(?:a|dans) la poitrine|dolore al petto|brustschmerzen|schmerzen in der brus"
            r"t)\b",
            # a fall and unable to get up, lying on the floor for hours (de/es/pt/it/fr/nl)
            r"\b(?:ich bin (?:hingefallen|gesturzt|gestuerzt)|bin (?:hingefallen|gesturzt)|me he"
            r" caido|me cai|cai|caí|sono caduta?|sono cascat[ao]|je suis tombee?|ik ben gevallen"
            r")\b[^|]{0,60}\b(?:komme? nicht mehr (?:hoch|auf)|kann nicht (?:mehr )?aufstehen|no"
            r" puedo levantarme|nao consigo (?:me )?levantar|non riesco a (?:rialzarmi|alzarmi)|"
            r"je narrive (?:pas|plus) a me (?:relever|lever)|kan niet (?:meer )?opstaan)\b",
            # someone with dementia gone out into the night and not found
            r"\b(?:dementia|alzheimers)\b[^|]{0,80}\b(?:walked out|wandered (?:off|out)|went out"
            r"|left the house|got out|is missing|went missing)\b(?![^.!?]*\b(?:last (?:week|mont"
            r"h|year|night)|(?:days|weeks|months|years) ago|brought (?:her|him|them) back|found "
            r"(?:her|him|them))\b)[^|]{0,80}\b(?:(?:cant|cannot|still cant) find (?:her|him|them"
            r")|no sign of (?:her|him|them))\b",
            # a child who drank or swallowed a household poison, battery, pills or nicotine (en, it,
            # pt, fr, es, de)
            r"(?<!if my )(?<!if a )(?<!if your )(?![^|]*\b(?:recovered|in advance|(?:she|he|they"
            r") didnt|what if|hypothetical\w*|when (?:he|she) was|years ago|(?:is|s|was|are) (?:"
            r"totally |completely |all )?(?:fine|ok|okay) now)\b)\b(?:toddler|baby|kid|child|son"
            r"|daughter|grandson|granddaughter|\d+ (?:year|yr) old|little one|boy|girl|nephew|ni"
            r"ece)\b[^.!?]{0,30}\b(?:drank|drunk|swallowed|ate|eaten|bit into|chewed|got into|li"
            r"cked)\b[^.!?]{0,40}\b(?:dishwasher|detergent|washing (?:pods?|liquid|up liquid|tab"
            r"lets?)|laundry (?:pods?|detergent)|bleach|button batter\w*|batter(?:y|ies)|magnets"
            r"?|grandmas pills|grandpas pills|my pills|(?:the|her|his|my) (?:pills|tablets|meds)"
            r"|rat poison|poison|antifreeze|nicotine|vape (?:liquid|juice)|e liquid|cleaner|drai"
            r"n|paracetamol|tylenol|iron tablets|essential oil|lamp oil|white spirit|weed ?kille"
            r"r|pellets|(?:berries|mushrooms) (?:off|from) (?:the|a) (?:\w+ )?(?:bush|hedge|gard"
            r"en|tree))\b",
            r"\b(?:ha bevuto|ha ingoiato|ha mangiato|bebio|se trago|se comio|a bu|a avale|a mang"
            r"e|bebeu|engoliu|comeu|hat (?:\w+ )?(?:getrunken|verschluckt|gegessen))\b[^.!?]{0,3"
            r"0}\b(?:candeggina|lejia|javel|agua sanitaria|bleiche|chlor|pile|pila|bateria|pilha"
            r"|batterie|moeda|moneda|piece|medicinali|pastillas|pilules|comprimidos|tabletten|ch"
            r"ampignons du jardin|setas|funghi|cogumelos|pilze|veleno|veneno|gift)\b",
            # stroke signs: one side not moving, a drooping face (also es, de)
            r"(?![^|]*\b(?:since (?:the|my|his|her|last)|surgery|physio\w*|arthritis|frozen shou"
            r"lder|years ago)\b)\bcant (?:move|feel|lift) (?:her|his|my|their) (?:right|left) (?"
            r":side|arm|leg)\b|\b(?:face|mouth) (?:is |has )?(?:drooping|droops|hangs|hanging|go"
            r"ne droopy|went droopy)\b|\bno puede mover la mitad\b|\bgesicht hangt\b",
            # a head injury with unequal pupils
            r"\bone pupil (?:is |looks )?(?:bigger|larger|smaller|dilated|blown)\b|\bpupils? (?:"
            r"are )?(?:different|uneven) sizes?\b",
            # swelling or an allergic reaction with the throat closing
            r"\b(?:face|throat|lips|tongue) (?:is |are )?swelling\b[^|]{0,60}\b(?:struggling to "
            r"breathe|cant breathe|trouble breathing|throat (?:is )?closing)\b|\ballergic reacti"
            r"on\b[^|]{0,40}\b(?:throat (?:feels |is )?(?:tight|closing|swelling)|struggling to "
            r"breathe|lips (?:are )?swelling)\b",
            # a fit or seizure now (with fever, a pill, rolled eyes)
            r"\b(?:hes|shes|he is|she is|theyre|they are|baby is|and|now|started) (?:now )?(?:fi"
            r"tting|seizing|convulsing)\b(?=[^|]*\b(?:fever|eyes|pill|rolled|shaking|foam\w*|not"
            r" breathing|blue|burning up|medic|ambulance)\b)",
            # a baby limp or hard to wake
            r"\b(?![^|]*\b(?:finally asleep|tiredness|napping|sleepy cuddles)\b)(?:baby|toddler|"
            r"infant|newborn)\b[^|]{0,60}\b(?:gone limp|is limp|floppy|wont wake|hard to wake|no"
            r"t responding|unresponsive)\b",
            # heavy bleeding: blood pumping out, soaked through towels, bleeding heavily and faint
            r"\bblood (?:is )?(?:pumping|spurting|gushing|pouring) (?:out|everywhere)\b|\b(?:ble"
            r"d|bleeding|soaked) through (?:\w+ ){0,2}(?:towels?|bandages?|tea towels?|cloths?|s"
            r"hirts?|pads?)\b|\bbleeding (?:really |very |so )?heavily\b[^|]{0,60}\b(?:faint|diz"
            r"zy|pass out|passing out)\b",
            # someone blue, collapsed or breathing but unresponsive; a crack in the neck and numb
            # hands
            r"\bblue lips\b|\blips (?:are |have gone |went |turned )?blue\b|\b(?:is|s|hes|shes|t"
            r"heyre|turned|turning|went|gone) (?:\w+ )?blue\b(?=[^|]*\b(?:not (?:talking|breathi"
            r"ng|responding|moving)|snoring|unresponsive|wont wake|pulled (?:him|her|them) out)"
            r"\b)",
            r"\b(?:collapsed|passed out)\b[^|]{0,60}\b(?:breathing (?:sounds|looks|is) (?:wrong|"
            r"weird|strange|funny)|not (?:responding|breathing|waking)|unresponsive|wont wake)\b"
            r"|\bbreathing but (?:not|isnt) (?:responding|waking|conscious)\b",
            # a fall with a limb bent the wrong way or a bone out; fallen and unable to move (es,
            # pt, it, fr, de)
            r"\b(?:fell|fallen|came off|crashed)\b[^|]{0,80}\b(?:(?:leg|arm|wrist|ankle) (?:is |"
            r"looks )?bent the wrong way|bone (?:is )?sticking out)\b|\b(?:se ha caido|se cayo|c"
            r"aiu|e caduta|e caduto|est tombee?|ist gesturzt)\b[^|]{0,30}\b(?:no puede moverse|n"
            r"ao consegue (?:se )?mexer|non riesce a muoversi|ne peut plus bouger|kann sich nich"
            r"t bewegen)\b",
            r"\bheard (?:a )?crack\b[^|]{0,30}\b(?:neck|back|spine)\b[^|]{0,40}\bcant (?:feel|mo"
            r"ve)\b",
            # barely breathing or not responding (de, it, es, fr, pt)
            r"\b(?:atmet kaum|non risponde|no responde|ne respire (?:plus|presque pas)|nao respi"
            r"ra|nao responde|non respira)\b",
            # a drug taken and overheating or confused
            r"\b(?:took|taking|snorted|taken|dropped|sniffed|smoked) (?:something|a pill|pills|m"
            r"olly|mdma|ecstasy|coke|cocaine|meth|a tab|acid|ket)\b(?! for (?:my|a|the|his|her|t"
            r"heir) )[^|]{0,60}\b(?:hearts? (?:is )?(?:racing|pounding|going crazy|going mad|bea"
            r"ting (?:so )?fast)|burning (?:up|hot)|overheating|fitting|seizing|not responding)"
            r"\b|\b(?:burning (?:up|hot)|overheating|fitting|seizing)\b[^|]{0,40}\bafter (?:takin"
            r"g|snorting|dropping) (?:something|a pill|pills|molly|mdma)\b",
            # carbon monoxide: the whole household with headaches near a boiler, generator or
            # heater; gas smelled with dizziness; bleach mixed with ammonia
            r"\b(?:we all|whole family|everyone (?:here|in the house)|all of us|both of us|we bo"
            r"th)\b[^|]{0,30}\b(?:headaches?|dizzy|feel sick|nause\w*)\b(?=[^|]*\b(?:boilers?|ge"
            r"nerators?|gas|heaters?|furnaces?|fumes|bbq|barbecue|garage)\b)|\b(?:boilers?|gener"
            r"ators?|gas heaters?|heaters?|furnaces?|fumes|bbq|barbecue)\b[^|]{0,80}\b(?:we all|"
            r"whole family|everyone|all of us|both of us)\b[^|]{0,30}\b(?:headaches?|dizzy|feels"
            r"? sick|sick)\b",
            r"\bsmell (?:gas|fumes)\b[^.!?]{0,40}\b(?:dizzy|cant think|headache|sick|faint)\b",
            r"\bbleach\b[^.!?]{0,20}\b(?:and|with) (?:ammonia|vinegar|toilet cleaner)\b[^|]{0,60"
            r"}\b(?:cough\w*|cant breathe|burning|dizzy|chest)\b",
            # chest pain with a cold sweat (pt, es, fr, it, de)
            r"\b(?:dor no peito|dolor en el pecho|douleur (?:a|dans) la poitrine|dolore al petto"
            r"|brustschmerzen)\b[^|]{0,30}\b(?:suando|sudando|sueur|sudore|schwitzt|suor|frio|ka"
            r"lt)\b",
            # fainting after days without food or water
            r"\b(?:fainted|passed out|going to pass out|about to pass out|keep fainting)\b[^|]{0"
            r",80}\b(?:havent|not) (?:eaten|drunk)\b|\b(?:havent|not) (?:eaten|drunk)\b[^|]{0,80"
            r"}\b(?:fainted|passed out|pass out|fainting)\b",
            r"\b(?:throwing up|vomiting)\b[^|]{0,80}\b(?:type 1|diabetic)\b[^|]{0,40}\b(?:forgot"
            r"|missed|no|run out of|ran out of) (?:my )?insulin\b",
            r"\bvisage (?:est )?(?:tout )?de travers\b",
            r"\bmeter (?:just )?(?:says|reads|shows) lo\b",
            r"\b(?:face|throat|lips|tongue) (?:is |are )?swelling\b[^|]{0,60}\b(?:allerg\w*|epip"
            r"en|epi pen)\b|\bcant find (?:the|his|her|my) epi ?pen\b",
            r"\bskin is (?:white|black|charred|leathery)\b[^|]{0,30}\b(?:peeling|blister\w*)\b",
            r"\b(?:dementia|alzheimers)\b[^|]{0,40}\bwandered off\b[^|]{0,40}\b(?:freezing|cold|"
            r"dark|night|snow)\b",
            r"\b(?:dolore|male) (?:\w+ )?(?:al|nel) petto\b[^|]{0,40}\bnon riesco a respirare\b",
            r"\b(?:pressure|tightness|pain) in my chest\b[^|]{0,40}\b(?:left arm|jaw|arm feels h"
            r"eavy|sweat\w*)\b",
            r"\b(?:having a hypo|blood sugar (?:is )?(?:really |very |way too |too |so )?(?:low|"
            r"crashing|dropping))\b[^|]{0,60}\b(?:seeing double|confused|cant think|passing out|"
            r"cant stand)\b",
            r"\btook (?:her|his|my) (?:\w+ )?(?:{PILLS}) (?:twice|three times|double)\b[^|]{0,60"
            r"}\b(?:dizzy|pulse|slow|confused|sleepy|faint\w*|vomit\w*)\b",
            r"\b(?:cant|can not|cannot) wake (?:her|him|them|my \w+)(?: up)?\b(?![^|]*\b(?:schoo"
            r"l|alarm|lazy|lie in|sleep in|snooz\w*|for work|teen\w*)\b)",
            r"\bnot waking (?:up )?properly\b|\bwont wake (?:up )?properly\b",
            r"\b(?:drank|swallowed|ate|drunk|licked|chewed|got into) (?:some |a bit |some of |a "
            r"lot of |my |the |his |her |all )*(?:bleach|vape (?:liquid|juice)|e ?liquid|nicotin"
            r"e liquid|antifreeze|drain cleaner|dishwasher (?:tablet|pod)s?|laundry (?:pods?|cap"
            r"sules?)|button batter\w+|batter(?:y|ies)|magnets|blood pressure (?:pills|tablets|m"
            r"eds))\b[^|]{0,80}\b(?:sleepy|drowsy|vomit\w*|throwing up|coughing|drooling|wont wa"
            r"ke|hard to wake|floppy|breathing|blue|seizure|fitting|limp|unresponsive|choking)\b"
            r"(?![^|]*\b(?:dog|cat|puppy|kitten|pet|vet)\b)",
            r"\bworst headache of (?:my|her|his|their) life\b(?=[^|]*\b(?:sudden\w*|out of nowhe"
            r"re|vomit\w*|throwing up|numb\w*|confus\w*|cant see|slurr\w*|stiff neck|passed out)"
            r"\b)",
            r"\b(?:injected|took|gave (?:him|her|myself)) (?:his |her |my )?(?:insulin )?(?:twic"
            r"e|double|two doses|too much)(?: (?:his|her|my) insulin| insulin)?\b[^|]{0,60}\b(?:"
            r"sweat\w*|shak\w*|hard to wake|wont wake|confused|drowsy|sleepy|passed out)\b",
            r"\b(?:rolled|fell|fallen|dropped)\b[^.!?]{0,50}\b(?:head|tiles|floor|stairs|concret"
            r"e)\b[^|]{0,60}\b(?:sleepy|drowsy|vomit\w*|wont (?:feed|wake)|floppy|unresponsive)"
            r"\b",
            r"\b(?:came home and|just|has|suddenly) collapsed\b[^|]{0,80}\b(?:pills|drugs|took|t"
            r"aken|drank|not waking|wont wake|unresponsive)\b",
            r"\brash\b[^|]{0,60}\b(?:doesnt|does not|wont) fade\b(?=[^|]*\b(?:glass|fever|floppy"
            r"|stiff neck|burning up|wont feed)\b)|\b(?:fever|floppy|stiff neck|burning up)\b[^|"
            r"]{0,80}\brash\b[^|]{0,40}\b(?:doesnt|does not|wont) fade\b",
            # screen .27.7: chest pain with a cold sweat or blue lips; a rash that does not fade
            # under a glass with fever or floppiness (meningitis); passed out and vomited; purging
            # with the heart going wrong
            r"\bchest pain\b[^|]{0,40}\b(?:cold sweat|sweating|lips (?:are )?(?:going )?blue|gas"
            r"ping|collapsed|fell|grey|gray)\b",
            r"\b(?:passed out|collapsed|wont wake up|unconscious)\b[^|]{0,60}\b(?:vomit\w*|snori"
            r"ng (?:weird|funny|strange)|on (?:his|her|their) back)\b",
            r"\b(?:made myself|making myself) (?:throw up|sick|vomit)\b[^|]{0,60}\bheart\b",
            # the same diabetic emergency said the other way round ("confused and slurring and he's
            # diabetic")
            r"\b(?:confused|slurring|shaking|sweating|not making sense|unconscious)\b[^|]{0,60}"
            r"\b(?:hes|shes|is|im|i am) (?:a )?diabetic\b",
            r"\b(?:is|has been|s been|im|i am|sitting|locked|shut) in the garage\b[^|]{0,40}\bwi"
            r"th the (?:car|engine) running\b|\b(?:car|engine) (?:is |s )?running\b[^|]{0,40}\bd"
            r"oors? (?:is |s |are )?locked\b",
            # twenty-third pass: a heart attack, anaphylaxis, a diabetic emergency, a fall with no
            # way up, a sleeper who will not wake and breathes slowly, someone hit by a car, alcohol
            # withdrawal, chest pain or no breath in French or Portuguese, a closed garage with the
            # engine running
            r"\b(?:chest (?:pain|hurts|feels like (?:an elephant|something heavy|a weight)|is (?"
            r":crushing|so tight))|crushing (?:chest )?pain)\b[^|]{0,60}\b(?:left arm|arm (?:is "
            r")?(?:numb|tingling)|jaw|sweating|cant breathe|short of breath)\b|\b(?:left arm|arm"
            r") (?:is )?numb\b[^|]{0,40}\bchest\b",
            r"\b(?:ate|eaten|had|stung|bitten|allergic)\b[^|]{0,50}\b(?:throat (?:is )?(?:itchy|"
            r"swelling|swollen|closing|tight)|tongue (?:is )?swelling|lips (?:are )?swelling|can"
            r"t swallow)\b(?![^|]*\b(?:last (?:year|month|week)|when i was|years ago)\b)",
            r"\bdiabetic\b[^|]{0,60}\b(?:shaking|sweating|not making sense|confused|unconscious|"
            r"wont wake|passed out|fitting|seizure)\b",
            r"\b(?:fell|fallen|on the floor)\b[^|]{0,40}\b(?:cant get up|can not get up|cannot g"
            r"et up|been (?:here|there|on the floor) since)\b",
            r"\b(?:not waking up|wont wake up|not wake up|unresponsive|not responding|not moving"
            r")\b[^|]{0,40}\b(?:breathing (?:very |really |so )?(?:slow|slowly|shallow|funny|wei"
            r"rd|strange)|lips (?:are )?blue|blue lips)\b|\bbreathing (?:very |so )?(?:slow|slow"
            r"ly|shallow)\b[^|]{0,40}\b(?:wont wake|not wake|unresponsive|cant wake)\b",
            r"\b(?:hit by a car|knocked (?:down|over) by a (?:car|bus|van))\b[^|]{0,60}\b(?:not "
            r"moving|unconscious|bleeding|lying in the road)\b",
            r"\b(?:stopped|quit) drinking\b[^|]{0,60}\b(?:shakes|shaking|seeing things|hallucina"
            r"t\w*|seizure|fits?)\b|\b(?:the shakes|seeing things|hallucinat\w*)\b[^|]{0,60}\b(?"
            r":stopped|quit) drinking\b",
            r"\b(?:douleur|mal) (?:\w+ ){0,2}(?:a la|dans la) poitrine\b|\bn ?arrive plus a resp"
            r"irer\b|\bgarganta inchada\b|\bmal consigo respirar\b|\bmal consegue respirar\b",
            r"\b(?:fell|fallen|fall) (?:off|from|down)\b[^|]{0,60}\b(?:cant|cannot) (?:feel|move"
            r") (?:my|his|her|their) (?:legs|arms|body|neck|feet)\b",
            r"\b(?:swallowed|swallow) (?:a |the )?(?:button |coin |lithium )?batter(?:y|ies)\b(?"
            r"![^|]*\b(?:in advance|just in case|(?:she|he|they) didnt|hypothetically|when (?:he"
            r"|she|they) (?:was|were))\b)|\bbutton batter(?:y|ies)\b[^|]{0,60}\b(?:swallowed|mis"
            r"sing|mouth|drooling)\b(?![^|]*\b(?:in advance|just in case|(?:she|he|they) didnt|h"
            r"ypothetically)\b)",
            # a child on a balcony railing; a cry for help heard and then silence; a heater with
            # headaches and fainting (carbon monoxide); wild mushrooms with cramps; an inhaler not
            # working; a fall with legs that cannot move; a swallowed button battery; a burn gone
            # white and painless; a drunk driver with children; a diabetic living alone not
            # answering
            r"\b(?:kid|child|toddler|baby|boy|girl)\b[^|]{0,30}\b(?:climbing|on|over|hanging (?:"
            r"off|from)) (?:the )?(?:balcony )?(?:railing|ledge|window ?sill|balcony)\b",
            r"\b(?:heard|hear|hearing) (?:a crash|a thud|a bang|screaming|screams|him|her|someon"
            r"e)\b[^|]{0,40}\b(?:crying|calling|shouting|screaming) for help\b|\bcan hear (?:her"
            r"|him|them) (?:\w+ ){0,2}(?:calling|crying|moaning|groaning)\b[^|]{0,40}\b(?:not co"
            r"ming to the door|cant get in|no answer|wont answer)\b",
            r"\b(?:charcoal|coal|gas|paraffin|kerosene) (?:heater|stove|burner|grill|bbq|brazier"
            r")\b[^|]{0,80}\b(?:headaches?|fainted|dizzy|vomit\w*|passed out|collapsed|unconscio"
            r"us|cant wake)\b",
            r"\b(?:ate|eaten|picked)\b[^|]{0,30}\bmushrooms?\b[^|]{0,80}\b(?:cramps|vomit\w*|dia"
            r"rrhoea|diarrhea|feel weird|dizzy|hallucinat\w*|sick)\b",
            r"\b(?:asthma attack|inhaler (?:isnt|not|is not) (?:working|helping))\b",
            r"\b(?:burn(?:ed|t)?|scald(?:ed)?)\b[^|]{0,60}\b(?:white|charred|leathery|black)\b[^"
            r"|]{0,40}\b(?:doesnt|does not|dont) (?:even )?hurt\b",
            r"\bdriving (?:home )?(?:drunk|wasted|under the influence|after drinking)\b[^|]{0,40"
            r"}\b(?:kids|children|baby|son|daughter)\b|\b(?:kids|children) in the car\b[^|]{0,40"
            r"}\b(?:drunk|slurring)\b",
            r"\b(?:not answering|isnt answering|no answer)\b[^|]{0,80}\b(?:diabetic|lives alone|"
            r"epileptic|heart condition)\b|\b(?:diabetic|lives alone|epileptic)\b[^|]{0,80}\b(?:"
            r"not answering|no answer|curtains (?:are )?(?:still )?(?:shut|closed)|not coming to"
            r" the door)\b",
            r"\b(?:ate|eaten|picked) (?:some )?(?:wild )?mushrooms\b[^|]{0,60}\b(?:vomiting|cram"
            r"ping|cant breathe|hallucinating|confused|seizure)\b",
            r"\bclutching (?:his|her|my) chest\b|\bcant find a pulse\b|\bworst headache of my li"
            r"fe\b|\b(?:tongue|throat|lips?) (?:is |are )?swelling\b",
            r"\bhit my head\b[^|]{0,60}\b(?:thrown up|throwing up|vomit\w*|vision is blurry|blur"
            r"ry vision|seeing double)\b",
            r"\b(?:baby|toddler|child|son|daughter)\b (?:is )?having a (?:fit|seizure)\b|\b(?:es"
            r"ta|está) convulsionando\b",
            r"\b(?:baby|toddler|son|daughter|child|kid|year old)\b (?:\w+ ){0,2}swallowed (?:som"
            r"e |a |an |the )?(?:\w+ ){0,3}\w+\b[^.!?]{0,20}\b(?:vomiting|belly is swollen|gaspi"
            r"ng|cant breathe)\b",
            r"\b(?:baby|toddler|son|daughter|child|kid)\b (?:\w+ ){0,2}(?:swallowed|choking on|c"
            r"hoked on) (?:a |an |the |some )?(?:whole )?\w+\b[^.!?]{0,20}\b(?:gasping|cant brea"
            r"the|turning blue|not breathing|choking)\b",
            r"\b(?:a lot )?more blood than i (?:expected|thought)\b|\b(?:lot of|so much|too much"
            r") blood\b[^|]{0,40}\b(?:dizzy|faint|light headed|lightheaded|wont stop|cant stop|w"
            r"ont clot)\b",
            r"\bcant breathe\b(?=[^.!?]*\b(?:chest|heart|lips|blue|pass(?:ing)? out|faint|dizzy|"
            r"arm|jaw|choking|throat)\b)",
            r"\b(?:chest|heart) (?:hurts|pain|is pounding|feels tight|tight)\b(?=[^.!?]*\b(?:cant "
            r"breathe|breath|arm|jaw|sweat|dizzy|faint)\b)",
            r"\b(?:having|think im having|i think i m having) a (?:heart attack|stroke|seizure|"
            r"severe allergic reaction|anaphylactic)\b",
            r"\bthroat (?:is )?(?:closing|swelling)\b",
            r"\b(?:he|she|they|my \w+|someone|somebody)(?:s| is| are| has| just)? (?:unconscious|"
            r"unresponsive|not breathing|not responding|turning blue|stopped breathing|"
            r"collapsed)\b",
            r"\b(?:he|she|they|hes|shes|theyre|my \w+)(?: is| s| are)? (?:wont|will not|cant|isnt|"
            r"is not|not|doesnt|arent) (?:wake up|waking up|breathe|breathing|respond|"
            r"responding)\b",
            r"\b(?:he|she|they|my \w+) (?:just )?(?:overdosed|ods|od d|took an "
            r"overdose)\b(?![^.!?]*\b(?:ago|over the weekend|on (?:the )?weekend|the other day|"
            r"last weekend|pretending it (?:didnt|never) happen\w*|last (?:year|month|week|summer|"
            r"winter|spring|fall|"
            r"christmas)|in (?:19|20)\d\d|when (?:i|he|she|we) was|died|passed away|years)\b)",
            r"\bbleeding (?:wont|will not|doesnt) stop\b",
            r"\b(?:face|mouth|smile) (?:is |feels |went |looks )?(?:droop\w*|numb and)\b|\bone "
            r"side of my (?:face|body) (?:is |feels |went )?(?:droop\w*|numb|weak)\b",
            r"\bcant (?:feel|move|lift) my (?:left|right) (?:arm|leg|side|hand)\b",
            r"\band (?:wont|will not|isnt|is not) (?:wake up|waking up|breathe|breathing|re"
            r"spond|responding)\b",
            r"\blips (?:look |are |turning |went |gone |look a bit )?(?:blue|purple|grey|gray)\b",
            r"\b(?:vomiting|throwing up|coughing up) blood\b",
            r"\b(?:face|mouth|smile) (?:has gone|gone|is going|went|is|feels|looks) (?:\w+ )?dro"
            r"op\w*\b",
            r"\b(?:chest pain|pain in my chest|crushing (?:pain|feeling))\b[^.!?]{0,40}\b(?:arm|"
            r"jaw|sweat\w*|breath\w*)\b",
            r"\bblood everywhere\b|\b(?:losing|lost) (?:a lot of|so much) blood\b",
            r"\b(?:passed out|collapsed)\b[^.!?]{0,30}\b(?:lips|not breathing|wont wake)\b",
            r"\bhit (?:her|his|my|their) head\b[^.!?]{0,50}\b(?:confused|throwing up|vomiting|un"
            r"conscious|wont wake)\b",
            r"\b(?:left|right) side of (?:my|his|her) (?:face|body)\b[^.!?]{0,40}\b(?:cant feel|"
            r"numb|droop\w*|weak)\b|\bcant feel (?:the )?(?:left|right) side\b",
            r"\b(?:words (?:are )?coming out wrong|slurring (?:my|his|her) words)\b",
            r"\b(?:completely |totally )?(?:unconscious|unresponsive)\b|\bbarely breathing\b|\bn"
            r"ot breathing (?:right|properly)\b|\bcant wake (?:him|her|them)\b(?![^|]*\b(?:schoo"
            r"l|alarm|lazy|lie in|sleep in|snooz\w*|for work|teen\w*|church|shift)\b)|\bchoking "
            r"on\b",
            r"\b(?:smell of gas|gas leak|gas heater|boiler|carbon monoxide)\b[^|]{0,80}\b(?:head"
            r"aches?|dizzy|fainted|confused|sleepy|hard to wake|sick)\b",
            r"\b(?:sudden|worst) (?:terrible |severe )?headache\b[^.!?]{0,40}\b(?:never|see|visi"
            r"on|eye)\b",
            r"\b(?:cut|wound) is gushing\b|\bgushing blood\b",
            r"\b(?:rope|belt|cord) broke\b",
            r"\bi jumped\b[^.!?]{0,30}\b(?:broken|bleeding|cant move|cant feel)\b",
            r"\bchest (?:is )?(?:so |really )?(?:tight|tightness|pain|hurts|heavy|pressure|"
            r"crushing|being crushed|squeezing|squeezed)\b[^|"
            r"]{0,60}\b(?:left arm|my jaw|arm (?:hurts|is numb|tingl\w*))\b",
            r"\b(?:fell|fallen|have fallen|had a fall)\b[^.]{0,20}\b(?:cannot|cant|can not|unabl"
            r"e to) get up\b",
            r"\b(?:took|did|done|snorted|smoked|popped|had) (?:a bunch of |too many |some |loads"
            r" of |a lot of )?(?:lines|coke|xans?|xanax|molly|mdma|ket|benzos?|oxys?|fent|pills)\b"
            r"[^|]{0,60}\b(?:heart (?:is )?(?:going crazy|racing|pounding|skipping)|cant breathe|l"
            r"ips (?:are )?(?:tingling|blue|numb|going numb)|chest pain)\b",
            r"\b(?:epipen|epi pen|inhaler)\b[^|]{0,40}\b(?:empty|run out|ran out|used it|gone|ex"
            r"pired|not working|doesnt work)\b(?=[^|]*\b(?:breath\w*|throat|swell\w*|wheez\w*|alle"
            r"rgic|peanuts?|stung|sting)\b)|\b(?:breath\w*|throat|swell\w*|wheez\w*|allergic|peanu"
            r"ts?)\b[^|]{0,60}\b(?:epipen|epi pen|inhaler)\b[^|]{0,20}\b(?:is )?(?:empty|run out|r"
            r"an out|gone|expired|not working)\b",
            r"\b(?:should i|do i|if i should) call (?:an ambulance|999|911|112)\b",
            r"\bcant (?:wake|lift) (?:him|her|them) (?:up|off the floor)\b(?![^|]*\b(?:school|al"
            r"arm|lazy|lie in|sleep in|snooz\w*|for work|teen\w*|church|shift)\b)",
            r"\b(?:someone|somebody|they|he|she|some guy|a guy) (?:put|slipped|dropped|spiked|pu"
            r"t sth|put smth) (?:something|smth|sth|a pill|pills|drugs?|stuff)? ?(?:in|into) my dr"
            r"ink\b|\bmy drink (?:was|got|has been|is) spiked\b|\bi (?:think )?(?:i )?(?:got|was|h"
            r"ave been|been|ve been) (?:drugged|spiked|roofied)\b",
            r"\b(?:skipping|skipped|stopped taking|not taking|been skipping) (?:my )?insulin\b(?"
            r"=[^|]*\b(?:throwing up|vomiting|drowsy|confused|breath smells|fruity|cant stay awake"
            r")\b)",
            r"\b(?:pregnant|\d{2} weeks)\b(?=[^|]*\bheadache\b)(?=[^|]*\b(?:flashing lights|seei"
            r"ng spots|swollen|swelling|blurry vision)\b)",
        ),
        person=Person.ANY,
        unless=(
            r"\b(?:pray\w*|hop\w*|wish\w*) (?:that )?(?:he|she|they) (?:wont|will not|doesnt|don"
            r"t|never) wake up\b",
            r"\b(?:procedure|protocol|policy|training|first aid course|what to do if|how should "
            r"(?:staff|we|they))\b",
            r"\b(?:lol|lmao|haha\w*|(?<!are )(?<!are just )(?<!people )laughing|cute|video|meme|"
            r"popsicle|slushie|ice cream|snoring|nap|napping|stayed up|sleeping in|to texts|to m"
            r"essages|to my texts|phone died|hungover|food coma|cat video|gaming)\b",
            r"\b(?:fake blood|halloween|costume|makeup|prop|thought i was having|turned out|hosp"
            r"ital said|doctor said)\b",
            r"\b(?:cat|dog|kitten|puppy|the baby is napping|asleep on the couch)\b",
        ),
    ),
    Signal(
        "medical.breathing",
        C.MEDICAL,
        T.MODERATE,
        K.MEDICAL,
        "Breathlessness alone (often panic): check in, no card unless red flags.",
        (r"\bcant breathe\b", r"\b(?:having|have) a panic attack\b"),
        person=Person.ANY,
        unless=(
            r"\b(?:stuffy|cold|flu|congest\w*|blocked|allerg\w*|laugh\w*|mask|humid\w*|heat|hot "
            r"in here|lol|lmao|haha\w*|cute|so good|excited)\b",
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# Evidence ids the engine derives from signals (besides the signal ids above and
# "negated.<signal id>"). Each is a rule of combination or a guard; screen.py applies them.
# --------------------------------------------------------------------------------------------
DERIVED_EVIDENCE: dict[str, str] = {
    # learned backup (learned.py; gated and capped in screen.py)
    "learned.suicide_risk": "The learned backup scored first-person suicide risk the rules "
    "missed: MODERATE, or HIGH above its higher threshold; never IMMINENT, never past a guard "
    "(idiom, negation, third person, grief/exposure, news, fiction, joke, means trivia).",
    # time
    "suicide.history": "Past ideation or attempt, nothing current: HIGH since screen "
    "2026-11-26.1 (in chat 'I was suicidal' cannot be told from 'and still am'; SB 243 asks for "
    "a referral on any expression of suicidal ideation). The reply speaks to then and now "
    "(ScreenResult.history).",
    "guard.recovered": "Past ideation or attempt told together with recovery ('1 year since my "
    "attempt and I'm doing well now'): MODERATE, a check-in with lines offered, no card.",
    "suicide.recent_attempt_or_ideation": "Past-tense ideation/attempt with a recency word "
    "('yesterday', '2 days ago', 'again'): current, HIGH.",
    "self_harm.history": "Past self-injury without a current urge: LOW.",
    "abuse.history": "Abuse in the past ('as a kid', 'years ago'): MODERATE.",
    "abuse.recent": "Abuse described in the past tense but recently: HIGH.",
    "exposure.third_party_history": "Someone else's past attempt or ideation: LOW (exposure).",
    # combinations
    "combo.ideation_with_intent_or_timeframe": "Active ideation plus intent ('going to', "
    "'decided') or a timeframe ('tonight'): IMMINENT (C-SSRS 4-5).",
    "combo.conditional_intent": "Intent stated with a condition ('if he leaves I'll ...'): "
    "stays HIGH rather than IMMINENT.",
    "combo.passive_ideation_with_hopelessness": "Passive ideation plus hopelessness, "
    "burdensomeness or entrapment in the same message: HIGH.",
    "combo.hopelessness_and_burden": "Hopelessness and perceived burdensomeness together "
    "(interpersonal theory): MODERATE even without ideation.",
    "combo.hyperbole_in_distress": "'Kill me now' alongside real distress: MODERATE.",
    "combo.violence_with_plan": "Intent to harm someone plus a weapon, plan or time: IMMINENT.",
    "guard.urge_resisted": "A self-harm urge the writer says passed or was resisted (with the "
    "safety plan, a coping skill, or 'instead'): MODERATE, a check-in, not the card.",
    "guard.abuse_escaped": "Abuse told as left behind by someone who says they are safe now "
    "('left my abusive ex last year, we're safe'): MODERATE, lines offered, not the card.",
    "guard.trivial_condition": "Ideation hung on a trivial condition ('if the DJ plays the "
    "macarena I'll walk into the sea') or caused by a trivial thing ('tax forms make me want "
    "to throw myself off a cliff'): hyperbole, MODERATE (a check-in), not the card.",
    "guard.retracted": "Past ideation the writer takes back in words ('I said I wanted to die "
    "earlier but I was being dramatic about my exam, I'm fine'): MODERATE, a check-in, as 'I "
    "want to die. jk', not the card.",
    "guard.ordinary_reason": "A preparation of affairs told with its ordinary reason (a "
    "landlord's no-pets clause, a placement abroad, surgery, the registry office) and no "
    "despair or ideation in the message: LOW, not the card.",
    "guard.third_party_in_care": "Someone else's risk told together with the care they now have "
    "('she has a therapist now and feels more stable') and nothing acute: MODERATE, support for "
    "the helper without the card.",
    "guard.embarrassment": "'I want to die' about an embarrassing moment (replied-all, tripped "
    "on stage): the idiom, LOW (MODERATE with distress), not the card.",
    "guard.death_told": "A medical emergency told as a death that already happened ('collapsed "
    "at training and died'): grief, LOW, not an emergency in progress.",
    "combo.violence_rehearsed": "A wish to hurt someone that is 'getting detailed', rehearsed or "
    "worked out: HIGH rather than MODERATE.",
    "combo.violence_commanded": "Harm to someone that voices command ('the voices keep telling "
    "me to kill my mom'): HIGH, never read as an expression or hyperbole.",
    "learned.chat_referral": "The chat referral model (trained on chat messages of every "
    "crisis category against idioms, jokes, grief, news and venting) referred a chat message the "
    "rules left below MODERATE: HIGH, category from its heads. Never past a joke or news frame, "
    "an idiom, negated own risk, grief, hyperbole, means trivia or a reported question.",
    "combo.violence_said_seriously": "A wish to hurt someone said with 'not a joke', 'fr', 'I "
    "mean it': HIGH rather than MODERATE.",
    "suicide.presumed_intentional_overdose": "A large ingestion is treated as self-poisoning "
    "unless described as an accident (standard emergency practice).",
    "context.means_access_with_rumination": "A means at hand plus dwelling on an unnamed 'it' "
    "('my dad's gun is in the closet, I keep thinking about it'): HIGH.",
    "means.lethality_for_self": "A lethality question phrased about oneself ('would I die', "
    "'to not wake up'): HIGH.",
    # context (this message read with the session's previous user messages)
    "context.means_seeking_with_ideation": "A means/lethality question or access in the same "
    "message as ideation: IMMINENT.",
    "context.means_seeking_after_ideation": "A means question after ideation earlier in the "
    "session: HIGH.",
    "context.means_seeking_after_distress": "A means question with distress in this or an "
    "earlier message (job loss, hopelessness, self-harm talk): HIGH.",
    "context.means_seeking_urgent": "A means question that cannot wait ('highest bridge near "
    "downtown, need to know tonight'), not for a quiz or homework: HIGH.",
    "context.means_access_with_intent": "Access to means or being at a high place, plus "
    "'I'm ready' / 'I know what I'm going to do': HIGH.",
    "context.vague_follow_up_after_ideation": "'How many would it take?' after ideation "
    "earlier in the session: HIGH.",
    "combo.declared_intent_with_ideation": "A bare 'do it' with a timeframe or a made-up mind "
    "('tomorrow i'm gonna do it') with ideation in this message or earlier in the session: "
    "IMMINENT.",
    "context.declared_intent_in_distress": "A bare 'do it' with a timeframe, with distress in "
    "this or an earlier message: HIGH.",
    "context.declared_intent_with_means": "A bare 'do it' with a timeframe and a means at hand "
    "('the knife is next to me and im doing it after everyone's asleep'): HIGH.",
    "context.third_party": "The person at risk is someone else (friend, partner, child): HIGH "
    "so the helper gets the card; marked third_party.",
    # guards (reasons a tier was lowered or held)
    "guard.joke_wrapper": "'jk', 'lol', laughing emoji: ideation lowered one step, never below "
    "MODERATE; plans, behaviour and injuries are not lowered.",
    "guard.fiction_frame": "First-person ideation inside a story/lyrics frame: LOW.",
    "guard.hypothetical": "'If I killed myself...': MODERATE.",
    "guard.softened": "'Less suicidal', 'fewer thoughts of ...': still present, MODERATE.",
    "guard.reported_question": "'My therapist asked if I'm suicidal': a question reported, LOW.",
    "guard.hyperbole_or_joke": "Threats against others with a trivial trigger or a joke "
    "marker ('kill my brother if he eats my fries lol'): LOW.",
    "guard.kill_hyperbole_possible": "'Going to kill him' without plan or weapon is often "
    "hyperbole: MODERATE, explore.",
}


# --------------------------------------------------------------------------------------------
# Multilingual explicit first-person ideation. Normalised text has no accents and no
# apostrophes ("não" -> "nao", "j'ai" -> "jai"). Negated forms ("no quiero morir",
# "je ne veux pas mourir") do not match these patterns, by construction or lookbehind.
# --------------------------------------------------------------------------------------------
MULTILINGUAL_SIGNALS: tuple[Signal, ...] = (
    Signal(
        "suicide.multilingual_active",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Explicit first-person wish to die or to kill oneself (es, de, fr, pt, it).",
        (
            # es/it/pt/fr/de: having survived or made an attempt, still thinking of doing it / sure
            # of succeeding this time
            r"\b(?:intento|intente|sobrevivi|tentativa|tentei|sobrevivi|tentato|provato|tentativ"
            r"e|essaye|versuch|versucht)\b[^|]{0,60}\b(?:sigo pensando en (?:hacerlo|volver a in"
            r"tentarlo|intentarlo)|(?:continuo|sigo) (?:a )?pens(?:ando|are) (?:em|di|a) (?:faze"
            r"r isso|tentar de novo|farlo|riprovarci)|(?:stavolta|questa volta) (?:non sbaglio|c"
            r"i riesco|va fino in fondo)|esta vez no (?:fallo|voy a fallar|me falla)|(?:desta|de"
            r"ssa) vez (?:nao (?:vou )?falh\w*|eu consigo|vai dar certo)|cette fois (?:je ne (?:"
            r"vais pas me )?rate(?:rai)? pas|je vais (?:reussir|y arriver)|ce sera la bonne)|die"
            r"smal (?:schaffe ich es|klappt es|ziehe ich es durch))\b",
            r"\b(?:sigo pensando en|continuo pensando em|continuo a pensare di) (?:matarme|suici"
            r"darme|quitarme la vida|me matar|me suicidar|uccidermi|ammazzarmi|farla finita)\b",
            # a bridge / building high enough not to survive (pt/es/it)
            r"\b(?:qual|que|cual|quale|che) (?:ponte|predio|edificio|puente|palazzo|andar|piso|p"
            r"iano|altura|altezza)\b[^|]{0,40}\b(?:(?:e |es |esta )?(?:alt[oa] o suficiente|sufi"
            r"cientemente alt[oa]|lo (?:bastante|suficientemente) alt[oa]|abbastanza alt[oa]))\b"
            r"[^|]{0,10}\b(?:pra|para|pa|per) (?:nao sobreviver|no sobrevivir|non sopravvivere|m"
            r"orrer|morir|morire)\b",
            # French: whether drowning / hanging hurts, asked after days of thinking about it
            r"\b(?:ca fait mal|est ce douloureux|cest douloureux|on souffre) (?:de |quand on )?("
            r"?:se noyer|se pendre|sauter|se noie|se pend|mourir noye)\b[^|]{0,60}\b(?:depuis (?"
            r":des|plusieurs|quelques) (?:jours|semaines|mois)|jy pense|je ny pense|je pense qua"
            r" ca)\b",
            # a date chosen and an apology to everyone (es/pt/it/fr/de/nl)
            r"\b(?:ik heb een datum gekozen|he elegido (?:el dia|la fecha)|ya (?:tengo|elegi) (?"
            r":el dia|la fecha)|escolhi (?:o dia|a data)|ho scelto (?:il giorno|la data)|jai cho"
            r"isi (?:le jour|la date)|ich habe (?:den tag|ein datum) (?:ausgesucht|gewahlt|festg"
            r"elegt))\b[^|]{0,60}\b(?:sorry|perdon|perdonad\w*|desculp\w*|perdao|scusate|scusa|p"
            r"erdonatemi|desolee?|pardon|tut mir leid|verzeiht|adios|adeus|addio|adieu|lebt wohl"
            r")\b",
            # after a parent / partner died: wanting only to be with them (de/es/pt/it/fr)
            r"\b(?:tot ist|gestorben ist|verstorben ist)\b[^|]{0,60}\b(?:will|mochte|moechte) (?"
            r":ich )?(?:nur noch|einfach nur|einfach|auch) (?:zu (?:ihm|ihr|ihnen)|bei (?:ihm|ih"
            r"r|ihnen) sein)\b|\b(?:murio|fallecio|morreu|faleceu|e mort[oa]|est morte?|est dece"
            r"dee?)\b[^|]{0,60}\b(?:solo quiero|quiero|so quero|quero|voglio solo|voglio|je veux"
            r" (?:juste )?)(?: (?:irme con|estar con|reunirme con|ir (?:com|para junto d)|estar "
            r"com|raggiunger|andare da|stare con)(?:lo|la|el|ella|ele|ela|lui|lei)?(?: (?:el|ell"
            r"a|ele|ela|lui|lei))?\b|(?:le|la) rejoindre\b)",
            # all belongings given away, with a goodbye / thanks for everything (it/es/pt/fr/de)
            r"\b(?:ho regalato tutt[ei] (?:le mie cose|quello che avevo)|regale todas mis cosas|"
            r"(?:doei|dei) todas as minhas coisas|jai donne toutes mes affaires|ich habe alle me"
            r"ine sachen verschenkt)\b[^|]{0,60}\b(?:grazie di tutto|grazie per tutto|addio|grac"
            r"ias por todo|adios|obrigad[ao] por tudo|adeus|merci pour tout|adieu|danke fur alle"
            r"s|lebt wohl)\b",
            # letters written for everyone, to be found afterwards (it/es/pt/fr/de)
            r"\b(?:lettere|cartas|lettres|briefe)\b[^|]{0,100}\b(?:le troveranno dopo|le leggera"
            r"nno dopo|las (?:encontraran|leeran) (?:despues|cuando)|(?:vao|irao) (?:encontra-?l"
            r"as|achar|ler) depois|les trouveront apres|les liront apres|(?:finden|lesen) sie (?"
            r":danach|nachher|spater))\b",
            # soon no longer in anyone's way / a burden (de/es/pt/it)
            r"\b(?:bald|nicht mehr lange|schon bald) (?:bin|falle) ich niemandem mehr (?:im weg|"
            r"zur last)\b|\bpronto (?:ya )?no (?:sere|voy a ser) una carga para nadie\b|\blogo n"
            r"ao (?:vou ser|serei) mais um peso\b|\bpresto non saro piu un peso per nessuno\b",
            # I want to end it all, colloquial (fr)
            r"\b(?:je veux|jai envie de|je vais) me foutre en lair\b",
            r"\bich (?:will|mochte|moechte|werde) (?!(?:\w+ ){0,3}?(?:nicht|kein\w*)\b)(?:\w+ ){"
            r"0,3}sterben\b(?! (?:vor|lassen)\b)",
            r"\bich (?:\w+ )?nicht mehr leben (?:will|mochte|moechte|kann)\b",
            r"\bmeinen hund (?:\w+ )?gegeben\b[^|]{0,40}\bverstehen\b",
            r"\bce soir j ?en finis\b|\bj ?en finis ce soir\b",
            r"\bwelche (?:brucke|bruecke|bruck) (?:\w+ ){0,4}(?:ist )?hoch genug\b",
            r"\bquanto tempo (?:demora|leva) (?:pra|para) (?:desmaiar|morrer) (?:numa|com uma|de"
            r") overdose\b",
            r"\batmet kaum (?:noch|mehr)\b|\batmet nicht mehr\b",
            r"\bde plus en plus pres du bord\b",
            r"\bdepuis ma tentative\b[^|]{0,30}\bj ?y pense\b",
            r"\bho provato a (?:impiccarmi|uccidermi|ammazzarmi)\b[^|]{0,40}\b(?:ultimamente|di "
            r"nuovo|ancora)\b",
            r"\b(?:facon|maniere|moyen) (?:la plus douce |la moins douloureuse )?de partir pour "
            r"de bon\b",
            r"\blavado de estomago\b|\blavanda gastrica\b",
            r"\b(?:ich )?mache? schluss mit (?:allem|dem leben|meinem leben)\b",
            r"\bj ?ai des idees suicidaires\b",
            r"\bich habe (?:wieder |oft |jeden tag |staendig |standig )?(?:suizidgedanken|selbst"
            r"mordgedanken)\b|\b(?:suizidgedanken|selbstmordgedanken) sind (?:\w+ ){0,3}(?:zuruc"
            r"k|zurueck|wieder da)\b",
            r"\bla idea de matarme\b|\btengo pensamientos suicidas\b|\bi pensieri di suicidio so"
            r"no\b|\bho pensieri (?:di suicidio|suicidi)\b|\bles idees suicidaires (?:sont|revie"
            r"nnent)\b|\bj ai des idees suicidaires\b|\btenho pensamentos suicidas\b",
            r"\b(?:je vais|je veux|envie de) passer a l ?acte\b",
            r"\bschluss (?:machen|mache|zu machen) mit (?:allem|dem leben|meinem leben)\b|\bmach"
            r"e ich schluss,? mit allem\b",
            r"\b(?:eu )?(?:acabo|vou acabar|quero acabar) com tudo\b",
            r"\b(?:gedanken|gefuhle|gefuehle) sind (?:\w+ ){0,4}wieder da\b",
            r"\bcartas? de despedida\b|\blo hare esta noche\b",
            r"\bho messo da parte (?:abbastanza )?(?:pillole|pastiglie|compresse)\b|\btengo las "
            r"pastillas guardadas\b|\bya no las? voy a necesitar\b|\bja escolhi o dia\b",
            r"\bnecesito hacerme dano\b|\btengo la cuchilla en la mano\b|\bcompre una cuerda\b",
            r"\bmich (?:selbst )?aus dem spiel (?:zu )?nehmen\b|\bdas seil liegt (?:schon |berei"
            r"ts )?im (?:kofferraum|auto|keller)\b|\bmorgen ist es vorbei\b",
            r"\bje ne serai plus un poids\b|\bmessaggi di addio\b|\bho deciso,? e tutto pronto\b",
            r"(?<!\bno )\b(?:tengo|siento) ganas de (?:morir|morirme|matarme|suicidarme|quitarme"
            r" la vida)\b",
            r"\b(?:facon|maniere) la (?:moins douloureuse|plus rapide|plus sure) de (?:mourir|me"
            r" tuer|me suicider|en finir)\b",
            # Spanish
            r"(?<!\bno )\b(?:me )?quiero (?:morir|morirme|matarme|suicidarme|quitarme la vida)\b",
            r"(?<!\bno )\bme quiero (?:matar|suicidar|morir)\b",
            r"\bme voy a (?:matar|suicidar|quitar la vida)\b|\bvoy a (?:matarme|suicidarme)\b",
            r"\b(?:ya )?no quiero (?:vivir|seguir viviendo|estar vivo|estar viva|seguir viv[oa]|"
            r"seguir con vida|seguir existiendo)\b",
            r"\b(?:pienso|pensando|estoy pensando) en (?:suicidarme|matarme|quitarme la vida|el "
            r"suicidio)\b",
            r"\btengo ganas de (?:morir|morirme|matarme)\b",
            # German
            r"\bich (?:will|mochte|moechte|wurde gern|wuerde gern) (?:sterben|tot sein)\b",
            r"\bich (?:will|werde|mochte|moechte) mich (?:\w+ ){0,2}(?:umbringen|toten|toeten|"
            r"selbst toten)\b",
            # inverted after a leading phrase: "vor zehn Jahren wollte ich mich umbringen"
            r"\b(?:will|wollte|werde|mochte|moechte) ich mich (?:\w+ ){0,2}(?:umbringen|toten|"
            r"toeten|selbst toten)\b",
            r"\bich bring(?:e)? mich um\b|\bich nehme mir das leben\b",
            r"\bich (?:denke|dachte) (?:\w+ ){0,2}daran,? mich (?:umzubringen|zu toten|selbst zu "
            r"toten)\b|\bmich umzubringen\b",
            r"\bich (?:will|mochte|moechte|kann) (?:einfach |echt )?nicht mehr leben\b",
            r"\bich (?:will|mochte|moechte) mir das leben nehmen\b",
            r"\bich (?:denke|dachte) (?:an|uber|ueber) (?:selbstmord|suizid)\b|\bich habe "
            r"(?:selbstmordgedanken|suizidgedanken)\b|\bich bin suizidal\b",
            # French
            r"\bje veux (?:mourir|me suicider|me tuer|en finir|mettre fin a (?:mes jours|ma "
            r"vie))\b",
            r"\bje vais (?:me suicider|me tuer|en finir|mettre fin a (?:mes jours|ma vie))\b",
            r"\bjai envie de (?:mourir|me tuer|me suicider|en finir)\b",
            r"\bje (?:ne )?veux plus vivre\b|\bje pense (?:au suicide|a me tuer|a me suicider)\b|"
            r"\bje suis suicidaire\b",
            # Portuguese
            r"(?<!\bnao )\bquero (?:morrer|me matar|me suicidar|tirar (?:a )?minha (?:propria "
            r")?vida)\b",
            r"\bvou (?:me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida)\b",
            r"\bnao quero (?:mais )?viver(?: mais)?\b",
            r"\b(?:penso|pensando|estou pensando) em (?:me matar|suicidio|me suicidar)\b",
            # Italian
            r"(?<!\bnon )\bvoglio (?:morire|uccidermi|suicidarmi|farla finita|togliermi la vita)\b",
            r"\bmi voglio (?:uccidere|ammazzare|suicidare)\b|\bmi (?:uccido|ammazzo)\b",
            r"\bnon voglio piu vivere\b|\bpenso al suicidio\b",
            r"\b(?:sto pensando|penso|pensando) (?:di|a) (?:uccidermi|ammazzarmi|suicidarmi|"
            r"togliermi la vita|farla finita)\b",
            r"\b(?:versucht,? mir das leben zu nehmen|versucht,? mich umzubringen|intente (?:sui"
            r"cidarme|matarme|quitarme la vida)|jai (?:deja )?essaye de me (?:suicider|tuer)|(?:ja"
            r" )?tentei (?:me matar|suicidio)|ho (?:gia )?tentato (?:di uccidermi|il suicidio))\b",
            r"\b(?:quante pillole|cuantas pastillas|combien de (?:pilules|comprimes|cachets)|qua"
            r"ntos comprimidos|wie viele tabletten)\b(?=[^|]*\b(?:morir|mourir|morrer|morire|ste"
            r"rben|svegliar\w*|despertar|reveiller|acordar|aufwachen|matar|tuer|uccider\w*|umbri"
            r"ngen|finir|finita|muerto|mort|morto|tot|demais|letal|fatal|mortal|mortale|letale|t"
            r"odlich|cansad\w*|serian demasiad\w*|seria demasiado|seriam (?:demais|demasiad\w*)|"
            r"sarebbero troppe|seraient de trop|waren zu viele|waeren zu viele)\b|[^|]*\b(?:peli"
            r"gros\w*|perigos\w*|pericolos\w*|dangereu\w*|gefahrlich|gefaehrlich)\b[^|]{0,30}\b("
            r"?:estou muito mal|estoy muy mal|sto malissimo|sto molto male|je vais tres mal|je v"
            r"ais trop mal|mir gehts? (?:so |sehr )?schlecht|nao aguento mais|ya no puedo mas|no"
            r"n ce la faccio piu|jen peux plus|ich kann nicht mehr))",
            r"\b(?:vou tomar tudo|voy a tomar(?:me)? todas|je vais (?:tout|toutes les) prendre|p"
            r"rendero tutte)\b",
            r"\b(?:penso|pensando|sto pensando) (?:\w+ ){0,2}(?:di|a) (?:uccidermi|ammazzarmi|su"
            r"icidarmi|togliermi la vita|farla finita)\b",
            r"\bschluss zu machen\W+mit (?:allem|dem leben|meinem leben)\b|\bschluss (?:zu )?mac"
            r"hen mit (?:allem|dem leben|meinem leben)\b",
            r"\ber een einde aan (?:te )?maken\b|\been einde (?:te )?maken aan (?:mijn leven|all"
            r"es)\b|\bik (?:ga|wil) mezelf (?:van kant maken|ombrengen|doden)\b|\bzelfmoord ?gedac"
            r"hten\b",
            r"\b(?:quelle hauteur|combien de \w+|quelle dose)\b[^|]{0,40}\b(?:ne pas survivre|po"
            r"ur mourir|etre mortel(?:le)?)\b",
            r"\b(?:ho pensato|penso|sto pensando|pensavo) (?:di|a) farla finita\b",
            r"\b(?:pienso|voy a|quiero) acabar con todo\b",
            r"\b(?:pensando em|penso em|quero) me jogar\b",
            r"\b(?:denke ich|ich denke) wieder (?:standig |staendig |oft |nur )?(?:daran|an (?:s"
            r"uizid|selbstmord|den tod))\b",
            r"\btirer ma reverence\b[^|]{0,40}\b(?:pour de bon|pas au (?:boulot|travail))\b",
        ),
        person=Person.FIRST,
        unless=(
            r"\bfarla finita con\b(?! (?:la vita|tutto))|\ben finir avec\b(?! (?:la vie|ma vie|tou"
            r"t))|"
            r"\bterminar con\b(?! (?:mi vida|todo))|\bacabar con\b(?! (?:mi vida|todo|a vida))",
        ),
    ),
    Signal(
        "self_harm.multilingual",
        C.SELF_HARM,
        T.HIGH,
        K.BEHAVIOUR,
        "Self-injury said in the first person (es, de, fr, pt, it).",
        (
            # Spanish / Portuguese / Italian / German: hurting oneself again (not an accident, not
            # hair)
            r"(?<!\bno )\bme (?:hice|he hecho|volvi a hacer) dano (?:otra vez|de nuevo|a proposi"
            r"to|adrede|a mi mism[ao])\b(?! (?:en|con|jugando|al|corriendo|entrenando)\b)",
            r"\bich verletze mich (?:selbst|wieder|absichtlich)\b|\bich habe mich (?:wieder |abs"
            r"ichtlich |selbst )+verletzt\b",
            # an urge or need to cut or hurt oneself, now
            r"\b(?:drang|lust|bedurfnis|beduerfnis|verlangen|druck),? mich (?:wieder |selbst )?z"
            r"u (?:ritzen|schneiden|verletzen)\b|\bich (?:will|muss) mich (?:wieder |jetzt )?(?:"
            r"ritzen|schneiden)\b",
            r"(?<!\bno )(?<!\bno tengo )(?<!\bni )\b(?:ganas de|necesidad de|necesito) (?:cortar"
            r"me|hacerme dano|lastimarme)\b|(?<!\bnao )(?<!\bnao tenho )(?<!\bnao sinto )\b(?:vo"
            r"ntade de|preciso) (?:me cortar|me machucar|me ferir)\b|(?<!\bnon )(?<!\bnon ho )\b"
            r"(?:ho bisogno di|ho voglia di|voglia di|bisogno di) (?:farmi (?:del )?male|tagliar"
            r"mi)\b|(?<!\bpas )\b(?:envie de|besoin de) me (?:couper|scarifier|faire du mal|fair"
            r"e mal)\b",
            # a blade in the hand right now
            r"\b(?:estou|to|tou|ja estou) com a (?:lamina|gilete|navalha) na mao\b|\bho (?:la|un"
            r"a) lametta in mano\b|\bjai (?:la|une) lame (?:dans la|a la) main\b|\bich habe (?:d"
            r"ie|eine|ne) klinge in der hand\b",
            # hiding the wounds with long sleeves (again)
            r"\b(?:escondendo|escondo|escondi) (?:os |as |meus |minhas )?(?:machucados|cortes|ci"
            r"catrizes|marcas|feridas)\b|\b(?:escondiendo|escondo) (?:los |las |mis )?(?:cortes|"
            r"cicatrices|heridas|marcas)\b|\b(?:nascondo|nascondendo) (?:i |le )?(?:tagli|cicatr"
            r"ici|ferite)\b|\bje cache (?:mes|les) (?:coupures|cicatrices|marques|blessures)\b|"
            r"\bich verstecke (?:die|meine) (?:schnitte|narben|wunden)\b",
            # self-harm in es/de/fr/pt/it: burning oneself with a lighter, head against the wall
            # until it bleeds, needing pain to feel something
            r"\b(?:me quemo|me queme|me he quemado|mi brucio|mi sono bruciat[ao]|je me brule|je "
            r"me suis brulee?|me queimo|me queimei|ich verbrenne mich|hab mich verbrannt)\b(?=[^"
            r"|]*\b(?:mechero|encendedor|cigarro|cigarrillo|accendino|sigaretta|briquet|cigarett"
            r"e|isqueiro|apposta|a proposito|de proposito|expres|feuerzeug|zigarette|absichtlich"
            r"|brazos|braccia|bras|bracos|arme)\b)",
            r"\b(?:tete|cabeca|testa|kopf)\b[^.!?]{0,30}\b(?:mur|parede|muro|wand|pared)\b[^.!?]"
            r"{0,20}\b(?:saigner|sangrar|sanguinare|bluten|blutet)\b",
            r"\b(?:jai besoin davoir mal|preciso sentir dor|necesito sentir dolor|ho bisogno di "
            r"sentire dolore|ich brauche (?:den )?schmerz)\b",
            r"\bgegen die wand geschlagen bis\b",
            r"\b(?:griffee?|coupee?|scarifiee?)s? (?:\w+ ){0,3}jusqu ?au sang\b",
            r"\b(?:me corto|me cortei|me corte|me he cortado|me cortaba|mi taglio|mi sono "
            r"tagliat[ao]|je me (?:coupe|scarifie|suis coupee?|suis scarifiee?)|ich ritze mich|"
            r"(?:mich|hab mich) (?:\w+ ){0,2}geritzt|me machuco|me lastimo|me hago dano)\b(?! (?:"
            r"(?:i|le|la|el|los|las|les|o|os|a|die|den) )?(?:capelli|pelo|cabelo|cheveux|haare|"
            r"frangia|unghie|unas|ongles|barba|flequillo|franja|fleco))",
            r"\bje me suis (?:encore |de nouveau )?(?:scarifiee?|coupee?)\b",
            r"\bmi sono fatt[ao] (?:di nuovo |ancora )?del male\b|\bmi faccio (?:ancora )?del ma"
            r"le\b",
            r"\b(?:ik heb mezelf (?:weer |opnieuw )?(?:gesneden|pijn gedaan|gekrast)|ik snijd me"
            r"zelf|ik doe mezelf pijn)\b",
            r"\bje me fais du mal\b|\bje me (?:griffe|brule|frappe) (?:le |les |la )?(?:visage|b"
            r"ras|jambes|peau|poignets)\b",
        ),
        person=Person.FIRST,
        unless=(
            r"\b(?:le doigt|en epluchant|en cuisinant|en coupant|pansement|al cocinar|cozinhando"
            r"|beim kochen|el dedo|o dedo|il dito)\b",
        ),
    ),
    Signal(
        "suicide.multilingual_third_party",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Someone else said they will kill themselves (es, de, fr, pt, it): support the helper.",
        (
            r"\b(?:sabi niya|sabi nya|sabi ni \w+) (?:na )?(?:tatalon|magpapakamatay)\b",
            # es/pt/it/fr/de: someone close hoarding their pills, or cutting themselves (concerned
            # other)
            r"\b(?:sta mettendo da parte|mette da parte|ha messo da parte|nasconde) (?:le sue |i"
            r" suoi )?(?:pillole|pastiglie|compresse|farmaci|medicine)\b|\b(?:esta guardando|est"
            r"a juntando|esconde|acumula) (?:sus |las )?(?:pastillas|pildoras|medicamentos)\b|\b"
            r"(?:esta guardando|esta juntando|esconde) (?:os |seus |os seus )?(?:remedios|compri"
            r"midos)\b|\b(?:il|elle) (?:stocke|accumule|cache) (?:ses|des) (?:medicaments|cachet"
            r"s|comprimes)\b",
            r"\b(?:mi \w+|mia \w+|mio \w+|meu \w+|minha \w+|ma \w+|mon \w+|mein \w+|meine \w+) ("
            r"?:si taglia|si fa del male|se corta|se lastima|se hace dano|se corta|se machuca|se"
            r" scarifie|se coupe|ritzt sich|verletzt sich)\b(?! (?:i |le |el |la |los |las |o |o"
            r"s |a |les |die )?(?:capelli|unghie|pelo|cabelo|cheveux|ongles|haare|nagel|barba|di"
            r"to|dedo|doigt|finger|frangia|flequillo|franja))",
            # a "thanks for everything" message and then the phone switched off / no answer
            r"\b(?:mandou|escreveu|disse|mando|escribio|dijo|ha scritto|ha mandato|a ecrit|a env"
            r"oye|hat geschrieben|schrieb|schickte|hat geschickt)\b[^|]{0,20}\b(?:obrigad[ao] po"
            r"r tudo|gracias por todo|grazie di tutto|grazie per tutto|merci pour tout|danke fur"
            r" alles)\b[^|]{0,40}\b(?:desligou o (?:celular|telefone)|nao (?:responde|atende)|ap"
            r"ago el (?:celular|telefono|movil)|no contesta|ha spento il telefono|non risponde|a"
            r" eteint son telephone|ne repond plus|handy aus|geht nicht (?:mehr )?ran)\b",
            # de: someone will jump from the bridge tomorrow; hoarding tablets; no burden any more +
            # a will
            r"\b(?:er|sie) (?:springt|will|wird) (?:\w+ ){0,2}von (?:der|einer|dem|einem) (?:bru"
            r"cke|bruecke|dach|hochhaus|klippe|turm)(?: springen)?\b",
            r"\b(?:hortet|sammelt|hamstert|versteckt|bunkert) (?:ihre|seine) (?:tabletten|pillen"
            r"|medikamente)\b",
            r"\bzur last (?:fallen|sein)\b[^|]{0,100}\btestament\b|\btestament\b[^|]{0,100}\bzur"
            r" last (?:fallen|sein)\b",
            # es/pt: will jump from the bridge; posted that tomorrow they will no longer be here
            r"\b(?:vai|va a|vou|iba a|ia) (?:pular|saltar|se jogar|tirarse|aventarse) (?:da|de l"
            r"a|del|do|de|desde el|desde la) (?:ponte|puente|predio|edificio|janela|ventana|telh"
            r"ado|techo)\b",
            r"\b(?:publico|dijo|escribio|puso|dice|postou|disse|escreveu) que (?:manana |pronto "
            r"|esta noche |amanha |hoje )?(?:ya no (?:va a estar|estara)|ja nao (?:vai estar|est"
            r"ara))\b",
            # nl: a farewell message and no answer; hi-en: "will commit suicide"
            r"\bafscheids(?:bericht|brief)\b[^|]{0,60}\b(?:neemt niet op|reageert niet|antwoordt"
            r" niet)\b",
            r"\bsuicide kar(?:ega|egi|enge|lega|legi|ne wala|ne wali)\b|\b(?:khudkushi|aatmhatya"
            r") kar(?:ega|egi|lega|legi)\b",
            r"\bqu ?(?:il|elle) va sauter\b",
            r"\b(?:stanotte|stasera) sara l ?ultima\b[^|]{0,40}\bnon risponde\b",
            r"\babschiedsnachricht\b",
            r"\b(?:dass|das) (?:er|sie) (?:heute nacht|heute|morgen) alles beendet\b|\b(?:er|sie"
            r") (?:will|wird) (?:heute nacht )?alles beenden\b",
            r"\b(?:mi hermana|mi hermano|mi amiga|mi amigo|mi hijo|mi hija|mi madre|mi padre|mi "
            r"novia|mi novio) (?:me )?(?:acaba de decir|dice|dijo|me dijo) que quiere (?:morirse"
            r"|matarse|suicidarse)\b",
            r"\bhat tabletten genommen\b[^|]{0,60}\breagiert kaum\b",
            r"\b(?:vai se matar|va a (?:matarse|suicidarse)|se va a (?:matar|suicidar)|(?:la|lo) "
            r"fa finita|vuole (?:uccidersi|suicidarsi|morire)|will sich umbringen|veut (?:se "
            r"suicider|mourir|se tuer)|quer (?:se matar|morrer)|quiere (?:morir|matarse|"
            r"suicidarse))\b",
            r"\b(?:ya no quiere vivir|(?:ja )?nao quer mais viver|ja nao quer viver(?! (?:em|no|"
            r"na|com|aqui)\b)|non vuole piu vivere|ne veut plus vivre|(?<!ich )will nicht mehr l"
            r"eben|addio a tutti|adios a todos|adeus a todos)\b",
            r"\b(?:se quiere (?:matar|morir|suicidar)|parle de se (?:tuer|suicider)|vuole farla "
            r"finita|quer se matar|will sich (?:umbringen|toten))\b",
            r"\b(?:no quiere|ya no quiere) vivir\b|(?<!ich )\bnicht mehr leben (?:will|mochte|moech"
            r"te)\b|"
            r"\b(?:va|allait|veut) rejoindre (?:maman|papa|ma mere|mon pere|sa femme|son mari)\b",
            r"\b(?:nao aguenta mais viver|no aguanta mas vivir|ne supporte plus de vivre)\b",
            r"\ba laisse une lettre\b[^|]{0,40}\b(?:disparu|partie?|est plus la|nest plus la)\b",
        ),
        person=Person.OTHER,
    ),
    Signal(
        "suicide.multilingual_passive",
        C.SUICIDE,
        T.HIGH,
        K.IDEATION,
        "Passive wish to be dead or disappear (es, de, fr, pt, it).",
        (
            # everyone would be better off without me (es, fr, pt, it, de)
            r"\b(?:todos|todo el mundo) (?:estarian|estaria|estaran|vivirian) mejor sin mi\b|\bt"
            r"out le monde (?:serait|seraient|sera|vivrait) mieux sans moi\b|\b(?:todo mundo|tod"
            r"os) (?:ia|iam|vai|vao|iria|iriam|ficaria|ficariam|estaria|estariam) (?:ficar )?mel"
            r"hor sem mim\b|\b(?:tutti|tutto il mondo) (?:starebbero|starebbe|staranno|vivrebber"
            r"o) meglio senza di me\b|\balle (?:waren|waeren) besser dran ohne mich\b",
            # I wish I were simply dead (de); what is the point of living on (de)
            r"\bich (?:wunschte|wuensche|wunsche|wollte),? ich (?:war|ware|waere) (?:einfach |li"
            r"eber |ja )?tot\b|\bwozu (?:uberhaupt |ueberhaupt |eigentlich )?noch leben\b",
            # would not care if a car ran me over / if I died tomorrow (de, it)
            r"\begal,? (?:wenn|ob) mich (?:\w+ )?(?:ein|der|das) (?:auto|lkw|zug|bus) (?:uberfah"
            r"rt|ueberfaehrt|erwischt|uberfahren)\b|\bse (?:morissi|muoio|dovessi morire) (?:\w+"
            r" )?non me ne (?:fregherebbe|importerebbe|frega|importa)\b",
            # I just want to disappear (it); rest forever (es, it, fr, pt)
            r"\bvoglio (?:solo |solamente |soltanto )?sparire\b(?! (?:per|da|dalla|dal|un|qualch"
            r"e)\b)",
            r"\b(?:quiero|quisiera) descansar para siempre\b|\b(?:voglio|vorrei) (?:solo )?ripos"
            r"are per sempre\b|\bje veux (?:juste )?me reposer pour toujours\b|\bquero descansar"
            r" para sempre\b",
            # soon I will no longer be a burden to anyone (it, es)
            r"\bnon saro piu un peso (?:per nessuno|per voi|per te|per la mia famiglia)\b|\bya n"
            r"o sere una carga (?:para nadie|para ustedes|para ti)\b",
            # I don't think I will reach my birthday (es, it)
            r"\bno creo que (?:llegue|este aqui|siga aqui) (?:a|para) mi cumpleanos\b|\bnon cred"
            r"o che (?:ci saro|arrivero) (?:per il|al) mio compleanno\b",
            r"\bojala no despert\w*\b|\b(?:quisiera|quiero|me gustaria) dormir(?:me)? y no despe"
            r"rtar\w*\b",
            r"\b(?:vorrei|voglio) (?:addormentarmi|dormire) e non svegliarmi piu\b",
            r"\bich bin nur noch eine last\b|\bohne mich besser dran\b",
            r"\b(?:seria|es) mejor no existir\b",
            r"\ba quoi bon vivre\b|\bich hoffe,? (?:dass )?ich (?:wache )?(?:morgen )?nicht (?:m"
            r"ehr )?auf(?:wache)?\b",
            r"\b(?:ojala|quisiera) (?:estar muerto|estar muerta|no despertar|desaparecer)\b",
            r"\bquiero desaparecer\b(?! (?:en|a|de|por|unos|una|un rato)\b)|"
            r"\bquiero dormir (?:para "
            r"siempre|y no despertar)\b",
            r"\bich (?:ware|waere) lieber tot\b|\bich will (?:einfach )?verschwinden\b|\bnicht "
            r"mehr aufwachen\b",
            r"\bje voudrais (?:etre mort|etre morte|disparaitre|ne pas me reveiller)\b|\bje veux "
            r"disparaitre\b",
            r"\b(?:queria|quisera) (?:estar morto|estar morta|sumir|desaparecer)\b|\bquero sumir\b",
            r"\bvorrei (?:essere morto|essere morta|sparire|non svegliarmi)\b",
            r"\b(?:m ?endormir pour toujours|dormir para siempre|dormire per sempre|dormir para "
            r"sempre|fur immer schlafen)\b",
            r"\b(?:me atropele|me atropelle|mi investa|me atropellara)\b",
            r"\b(?:me da igual si me muero|egal ob ich sterbe|peu importe si je meurs|non mi imp"
            r"orta se muoio|tanto faz se eu morrer)\b",
            r"\b(?:non esistere piu|ne plus exister|no existir mas|nao existir mais|nicht mehr e"
            r"xistieren)\b",
            r"\b(?:para cuando ya no este|quand je ne serai plus la|wenn ich nicht mehr da bin|q"
            r"uando (?:eu )?nao estiver mais aqui|quando non ci saro piu)\b",
            r"\bje (?:ne )?veux plus etre la\b|\bnao aguento mais viver\b|\bvorrei (?:solo )?spa"
            r"rire\b|\bya no aguanto vivir\b",
            r"\bnicht mehr (?:auf)?wache(?:n)?\b(?! (?:bis|vor)\b)",
            r"\bno (?:volver a )?despertar(?:me)? (?:mas|nunca)\b(?! (?:hasta|antes)\b)",
            r"\bnao acordar mais\b(?! (?:ate|antes)\b)",
            r"\bne plus (?:me )?reveiller\b(?! (?:avant|jusqu)\b)",
            r"\bik wil er niet meer zijn\b|\bik wil (?:niet meer leven|dood)\b|\bniet meer wakke"
            r"r worden\b",
            r"\bmendormir et (?:ne )?(?:jamais|plus jamais|plus) (?:me )?reveiller\b",
            r"\b(?:fatiguee?|marre) (?:d )?(?:etre|detre) en vie\b|\bsi je (?:partais|mourais|di"
            r"sparaissais)\b[^.!?]{0,40}\bsoulagement\b",
            r"\b(?:preferia|prefiro|queria) nao (?:acordar|estar aqui|existir)\b",
            r"\bno quiero seguir (?:viva|vivo)\b",
        ),
        person=Person.FIRST,
        unless=(
            r"\b(?:nao|no|nicht|non|ne) (?:quero|quiero|will|voglio|veux)\b",
        ),
    ),
    Signal(
        "violence.multilingual_intent",
        C.VIOLENCE,
        T.HIGH,
        K.HARM_OTHERS,
        "Intent to kill or hurt someone, or being on the way to, said in the first person (es, de, "
        "fr, pt, it, nl), and revenge with knowing where they live. Its own signal because the "
        "English subject scan cannot read foreign pronouns ('se ela ...', 'wo er wohnt').",
        (
            r"\b(?:usko|usse|use|unko|isko|main usko) (?:aaj |abhi |kal )?(?:khatam|jaan se maar"
            r") (?:kar )?(?:dunga|dungi|doonga|daalunga|dalunga)\b",
            r"\b(?:babarilin|sasaksakin) ko\b",
            # Dutch / es / it / de / fr / pt: revenge on someone plus knowing where they live
            r"\b(?:spijt van (?:krijgen|hebben)|se va a arrepentir|se ne pentira|wird es bereuen"
            r"|va le regretter|vai se arrepender)\b[^|]{0,60}\b(?:ik weet waar (?:hij|zij|ze) wo"
            r"ont|se donde vive|so dove (?:abita|vive|sta)|ich weiss,? wo (?:er|sie) wohnt|je sa"
            r"is ou (?:il|elle) (?:habite|vit)|sei onde (?:ele|ela) mora)\b",
            # es/pt/it/fr/de: saying one will kill or hurt a named person, or is on the way with
            # weapons (foreign first-person forms the English subject scan cannot read)
            r"\b(?:eu mato (?:ela|ele|esse|essa|aquele|aquela)|ich (?:mach|mache) (?:ihn|sie|den"
            r"|die) (?:\w+ )?kalt|ich (?:bring|bringe) (?:ihn|sie|den|die) (?:\w+ )?um|ich (?:we"
            r"rde|will) (?:ihn|sie|den|die) (?:\w+ )?(?:umbringen|abstechen|kaltmachen))\b(?! de"
            r" (?:rir|riso|risada|vergonha|saudade))(?![^|]*\b(?:(?<!kein )witz|spass|haha|kkk\w"
            r"*|(?<!nao e )brincadeira|lol)\b)",
            r"\bich (?:will|werde) (?:ihm|ihr|ihnen) (?:\w+ ){0,2}(?:wehtun|weh tun)\b",
            r"\b(?:andiamo|vado|vengo|andro|andremo) a (?:picchiare|menare|pestare|accoltellare|"
            r"ammazzare) (?:quel|quella|quello|quei|tutti)\b|\bvamos a (?:golpear|pegarle|darle "
            r"una paliza|apunalar) a (?:ese|esa|el|la|los)\b|\bvamos (?:bater|espancar|pegar) (?"
            r":nele|nela|naquele|naquela|no|na|esse|essa)\b|\bon va (?:le|la|les) (?:tabasser|fr"
            r"apper|defoncer|planter)\b|\bwir (?:werden|gehen) (?:ihn|sie|den|die) (?:\w+ )?(?:v"
            r"erprugeln|verpruegeln|zusammenschlagen|abstechen)\b",
        ),
        person=Person.FIRST,
    ),
)


# --------------------------------------------------------------------------------------------
# Guards
# --------------------------------------------------------------------------------------------
# Figurative spans blanked BEFORE matching: none of these are about dying or hurting anyone.
IDIOM_GUARDS: tuple[str, ...] = (
    # twenty-fifth pass (FRESH22): "traffic made me want to die a little inside"
    r"\b(?:want(?:ed|s)?|wanting|made me|makes me|make me) (?:to )?die a (?:little|lil|bit|little "
    r"bit)(?: more)? inside\b",
    # nineteenth pass (corpus zt): a word asked about or a term studied, not said of oneself
    # ("my mum asked what 'unalive' means", "the difference between passive and active suicidal
    # ideation for assessments")
    r"\b(?:asked|asking|ask|asks|wondering|wondered|explain(?:ed|ing)?|know|knows) (?:me |us )?"
    r"what (?:the word )?(?:unalive|unaliving|kms|kys|sewerslide|sewer slide|ctb)(?: means?| "
    r"stands for| is)\b",
    r"\bdifference between (?:passive and active|active and passive) (?:suicidal )?ideation\b",
    # seventeenth pass (FRESH16): "our sniper keeps killing himself with his own grenades"
    r"\bkill(?:s|ing|ed)? (?:him|her|my|your|them)sel(?:f|ves) with (?:his|her|their|my|your) own "
    r"(?:grenades?|rockets?|bombs?|c4|mines?|explosives?|traps?)\b",
    # sixteenth pass (corpus zs): "I'd take a bullet for my dog" is devotion
    r"\b(?:take|taken|took|taking) a bullet for (?:you|him|her|them|my \w+|anyone|anybody)\b",
    # self-blame and planning idioms: "I could kill myself for forgetting our anniversary", a
    # crypto wallet's "dead man's switch"
    r"\b(?:i )?could (?:kill|kick|strangle|shoot|slap|punch) myself for\b",
    # fourteenth pass (corpus zr): a boss who "would kill me if he knew", "go die in a fire"
    # said by someone else, "going to strangle him one of these days", "ready to pull my hair
    # out" (not "in clumps"), "biting my tongue", "let myself go" after a baby
    r"\b(?:\w+ )?would (?:kill|murder) (?:me|us) if (?:he|she|they) (?:knew|found out|saw|"
    r"heard)\b",
    r"\b(?:told|tell|telling|said) (?:me|us|him|her) to (?:go )?die in a (?:fire|hole|ditch)\b",
    r"\b(?:going to|gonna) (?:strangle|kill|murder|throttle) (?:him|her|them) one of these days\b",
    r"\b(?:ready to|going to|about to|gonna|could) pull my hair out\b(?! in clumps)",
    r"\bbiting my tongue\b|\blet (?:myself|herself|himself) go after\b",
    # a trivial trigger for the "walk into the sea" meme ("Monday mornings make me want to walk
    # into the sea, classic")
    r"\b(?:mondays?|monday mornings?|meetings?|the weather|traffic|my commute|group projects?|"
    r"emails?|small talk|this queue) (?:\w+ ){0,2}makes? me want to walk into the sea\b",
    r"\bdead mans? switch\b",
    # eighth pass: an object after "unalive my", choking on a drink, a game's suicide rush,
    # French "this season killed me"
    r"\bunalive (?:my|the|this|that) (?!self\b|life\b)(?:\w+ ){0,2}(?:alarm|clock|phone|laptop|"
    r"printer|router|wifi|homework|ex|boss|plant|car|computer|pc|tv|group chat|account)\b",
    r"\bchok(?:e|ed|ing) on (?:my|a|the|his|her|some) (?:\w+ )?(?:boba|drink|coffee|tea|water|"
    r"food|spit|gum|popcorn|chips?|pretzel|sandwich|noodles|laugh\w*|soda)\b",
    r"\bsuicide (?:rush|push|peek|strat|bomb)\b",
    r"\b(?:saison|serie|episode|film|fin|livre|blague|video)\b[^.!?]{0,20}\bma tuee?\b",
    # "put me out of my misery, this zoom call is on hour 3"
    r"\bput me out of my misery\b(?=[^.!?]{0,60}\b(?:call|zoom|meeting|lecture|class|project|"
    r"queue|traffic|game|match|episode|exam|shift|hour|hours|homework|presentation|neighbou?rs?|"
    r"leaf blower|noise|drilling|group chat|unread|spoiler|tell me|just tell)s?\b)",
    r"\b(?:call|zoom|meeting|lecture|class|project|queue|traffic|game|match|episode|exam|shift|"
    r"homework|presentation|neighbou?rs?|leaf blower|noise|drilling)s?\b[^.!?]{0,60}\bput me out "
    r"of my misery\b",
    # sleeping in: "ne plus me réveiller avant midi", "not wake up till noon"
    r"\b(?:wake up|waking up|reveiller|despertar(?:me)?|aufwachen|aufwache|acordar|svegliarmi) "
    r"(?:until|till|before|avant|hasta|antes de|bis|vor|ate|antes do|prima di|tot) (?:noon|midday|"
    r"lunch|midi|mediodia|mittag|meio dia|mezzogiorno|\d+)\b",
    # "what's the point of me going if she isn't coming": a practical question, not "what's the
    # point of me" (the chat model read it as the latter)
    r"\b(?:whats|what is) the point (?:of|in) (?:me )?(?:going|coming|showing up|turning up|"
    r"staying|booking|dressing up) (?:\w+ ){0,4}if\b",
    r"\b(?:is|are|its|was|were|s|this|that|it|thats|these|those|\w+) killing (?:me|it|us)\b",
    r"\bkill(?:ing|ed|s)? (?:it|time|the (?:mood|vibe|game|lights|engine|power|process|bottle|"
    r"pizza|conversation)|two birds)\b",
    r"\b(?:would|d|id|could) (?:kill|murder|die) for (?:a|an|some|the|that|this|one|it|you|him|"
    r"her)\b",
    r"\b(?:dying|dead|die) (?:to|for) (?:see|try|know|go|meet|get|hear|watch|read|eat|have|play|"
    r"visit|tell)\b",
    # twenty-seventh pass (corpora zy-zzb): "that pun physically hurt me", the "i've fallen
    # and i can't get up" lady of the old advert
    r"\b(?:that|this|the|your|his|her) (?:pun|joke|song|meme|take|cringe|video|tweet|post|"
    r"episode|ending|finale|ref|call|line) (?:\w+ )?physically hurt me\b",
    r"\b(?:ive|i have) fallen and i cant get up\b(?=\W{0,3}(?:lady|woman|meme|commercial|ad|"
    r"advert|guy)\b)",
    # "a cake to die for", not "wanted to die for months"
    r"\bto die for\b(?! (?:\w+ )?(?:days|weeks|months|years|ages|a while|so long|a long time)|"
    r" (?:most of|all of|much of) my life| my (?:whole|entire) life| as long as|"
    # ... nor "i want to die for real" (twenty-seventh pass: the earnest "for real" was blanked)
    r" (?:real|reals|realsies|sure|good)\b)",
    r"\bkill(?:ing|ed)? myself (?:laughing|with laughter)\b",
    r"\bdie (?:his|her|my|their|your|our) (?:hair|beard|clothes|shirt|shoes)\b",
    r"\b(?:die|died|dying|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|boredom|"
    r"cringe|cuteness|happiness|excitement|heat|hunger|thirst|jealousy|envy|curiosity|shame|"
    r"exhaustion)\b",
    # (not "... when I'm dead, I hope that's soon": a time, not the laughing "I'm dead")
    r"(?<!when )(?<!until )(?<!till )(?<!after )(?<!once )"
    r"(?<!wish )(?<!wished )(?<!wishing )(?<!wishes )(?<!if )(?<!if i )(?<!wish i )(?<!w"
    r"ishes she )(?<!wishes he )(?<!wished she )(?<!wished he )(?<!wish she )(?<!wish he"
    r" )(?<!wishes they )(?<!wish they )\b(?:im|i am|we are|were|i was|youre|you are|hes"
    r"|shes|its) (?:so |literally |actually |lowkey |fr )?(?:dead|deceased|dying)(?= *(?"
    r":$|[.!?,]|lol|lmao|haha|rn|right now|omg))",
    r"\b(?:that|this|you|it|he|she|they|the \w+) (?:joke |meme |video |show )?(?:killed|kills) "
    r"(?:me|us)\b",
    r"\b(?:killed|killing|kills|slay|slayed|slaying|smashed|smashing) it\b",
    r"(?<!said hes )(?<!said shes )(?<!says hes )(?<!says shes )(?<!said he )(?<!said she )"
    r"\b(?:going to|gonna|will|ll|is going to|s going to) (?:kill|murder) me (?:if|when|for|"
    r"because|cause|cuz|lol|haha)(?! i (?:leave|tell|call|go to the police|report|try to leave|"
    r"talk))\b",
    r"\b(?:boss|teacher|coach|mom|mum|dad|parents|professor|manager|wife|husband)(?:s| is| are)? "
    r"(?:going to|gonna|will|ll) (?:kill|murder) me\b(?=[^.!?]*\b(?:late|grade|bill|mess|forgot|"
    r"broke|score|grades|homework|car|money|spent|lol|haha)\b)",
    r"\bover my dead body\b|\bdrop dead (?:gorgeous|beautiful)\b|\bdead (?:tired|serious|wrong|"
    r"set|last|end|battery)\b",
    # "carrying the dead weight of the box", not "I'm dead weight at home" (a burden)
    r"(?<!im )(?<!i am )(?<!just )(?<!such )(?<!like )(?<!feel )(?<!being )\bdead weight\b",
    r"\b(?:career|social|political|commercial|financial|academic) suicide\b",
    # "my boss gave me enough rope to hang myself with"; "put me out of my misery, what's a good
    # excuse to leave a party early"
    r"\b(?:gave|give|gives|giving|given) (?:me|him|her|them|us|you) enough rope to hang (?:myself|"
    r"himself|herself|themselves|ourselves|yourself)(?: with)?\b",
    r"\bput me out of my misery\b(?=[^|]*\b(?:party|meeting|excuse|leave early|small talk|boring|"
    r"lecture|sermon|speech|queue|wedding)\b)",
    r"\b(?:yeet|launch|fling|throw|hurl)\w* {SELF} into (?:the )?(?:sun|space|orbit|the "
    r"void)\b",
    r"\bsuicide (?:squad|mission|run|doors|drill|drills|sprints?|pace|bomber|bombers|bombing|hill|"
    r"king|lane|blonde|note by)\b",
    r"\b(?:shoot|shooting) (?:me|you|him|her) (?:a|an) (?:text|message|email|dm|pic|line)\b|"
    r"\bshoot my shot\b|\bshoot {SELF} in the foot\b",
    r"\bcut (?:{SELF} |me )?(?:some |a )?(?:slack|break)\b|\bcut {SELF} off from\b|\bcut "
    r"(?:{SELF} )?(?:a|another|some) (?:slice|piece)\b",
    r"\bcut(?:ting)? {SELF} (?:shaving|while (?:cooking|shaving|chopping)|on (?:a|the) (?:paper|"
    r"glass|knife|can|fence)|by accident|accidentally)\b|\baccidentally cut {SELF}\b",
    r"\bkilling {SELF} (?:at (?:work|the gym)|working|studying|over\b|to (?:finish|get|make|pay|"
    r"meet|keep))\b(?! (?:it|this|the (?:pain|noise|thoughts|voices)|everything) (?:stop|end|go "
    r"away))",
    r"\b(?:d|id|would|rather) (?:rather|sooner) die than\b|\brather die than\b",
    r"\bdying (?:of|from) (?:laughter|laughing|boredom|embarrassment|cringe|cuteness)\b",
    r"\b(?:dying|died|die) laughing\b|(?<!if )\bi (?:literally |actually |just )?died\b(?= "
    r"*(?:lol|lmao|haha|when|at|of|omg))",
    r"\bkill (?:the|a|this|that) (?:spider|bug|fly|mosquito|plant|weed|weeds|process|app|task|tab|"
    r"file|battery)\b",
    r"\b(?:held|hold|holding|put) a gun to (?:my|your|his|her|our) head\b|\btake my life in my "
    r"(?:own )?hands\b|\bplants? (?:keep )?dying\b|\bbattery (?:is )?dying\b|\bphone (?:is "
    r")?dying\b",
    r"\b(?:beat|beats|beating|destroyed|crushed|killed) (?:me|us|him|her|them) (?:at|in|to(?! "
    r"death\b(?! (?:at|in|on)\b))|by|on)\b|"
    # "beats me why", said alone or of a thing ("it beats me"), not "my husband beats me"
    r"(?:^|(?<=[.!?,] )|(?<=[.!?,])|(?<=\bit )|(?<=\bthat )|(?<=\bthis )|(?<=\bwell )|(?<=\bidk )|"
    r"(?<=\bhonestly ))beats me\b(?= *(?:$|[.!?,]|why|how|what))|\bhit me up\b|\bhit me (?:like|"
    r"hard)\b|"
    # "it just hit me that ...", not "how easy it'd be if it just hit me" (a lorry)
    r"(?<!if )\b(?:it|that|reality|this) (?:just )?hit me\b",
    r"\bend it (?:with|between) (?:him|her|them)\b|\b(?:end|ending) (?:it|things) with\b",
    # Fourth pass: razors, blades and cutting in grooming/cooking; everyday "ready to go".
    r"\brazor (?:burn|bumps?|rash|nicks?|cuts?)\b|\b(?:safety|electric|new|disposable) razors?\b"
    # (not "bought new razors today ... scared of what i'll do tonight", twenty-seventh pass)
    r"(?![^|]*\b(?:scared of what|what ill do|tonight|cut|cutting|relapse\w*|urges?)\b)|"
    r"\bblade runner\b|\bcutting (?:board|boards|edge|room|class|corners|carbs|onions?|"
    r"vegetables|hair|the cake|the grass|the lawn|coupons|back|ties)\b",
    r"\bready to go (?:home|out|back|to|for|on|shopping|now that)\b",
    # "I nearly died when she walked in wearing the same dress": surprise, not an overdose
    r"\b(?:nearly|almost) died when (?:she|he|they|the|my|someone|everyone|a|an|this|that)\b|"
    r"\b(?:nearly|almost) died (?:right )?(?:there|on the spot|on the floor)\b",
    r"\b(?:this|that|the|that s|thats|its|it s) (?:\w+ )?(?:class|course|exam|workout|hike|run|"
    r"drive|schedule|plan|diet|job|shift|trip|week|idea) (?:is|was) (?:literally |actually |"
    r"basically |pure |such )?suicide\b",
)

# Message-level frames. They never silence means questions; see module docstring.
# Something said earlier, taken back in words ("i was being dramatic about my exam, im fine",
# "when I said I want to disappear I meant go off grid"): a joke marker, and what the screen's
# guard.retracted reads.
RETRACTIONS: str = (
    r"i was (?:just |only )?(?:being (?:dramatic|extra|overdramatic|hyperbolic)|exaggerating|"
    r"venting)|when i said (?:\w+ ){0,6}i meant"
)
# A habitual joke named as such ("same joke every season"): the writer's own joke marker, and
# for someone else's threat, not a third person at risk (screen._weigh_hit).
RUNNING_JOKE: str = (
    r"(?:same (?:old )?joke|running joke|(?:his|her|their) (?:usual|favourite|favorite) joke)"
)
JOKE_MARKERS: str = (
    r"\b(?:jk|j k|jkjk|just kidding|just joking|kidding|joking|lol|lmao|lmfao|rofl|haha\w*|"
    rf"{RETRACTIONS}|"
    r"hehe\w*|xd|not serious|im not serious|jaja\w*|mdr|ahah\w*|hihi\w*|in minecraft|"
    # the meme form "me: I want to die. also me: adds to cart"
    r"also me|"
    rf"{RUNNING_JOKE}|"
    r"metaphorically|figuratively|not literally)\b"
)
# ...unless the writer says they mean it ("kms lmao but fr").
SERIOUS_MARKERS: str = (
    # "sometimes i hope the plane crashes on my flight home lol. like genuinely hope"
    r"(?:lol|lmao|haha\w*)\W+(?:like |but |and |no but )?genuinely (?:hope|want|wish|mean it)|"
    # "so angry I could kill her and I'm not sure I'm joking anymore"
    r"not (?:sure|certain) (?:im|i am|if im|that im) joking(?: anymore)?|"
    # the laugh goes on into how often it happens ("lol. like every single morning")
    r"(?:lol|lmao|haha\w*)\W+(?:like |but |and |honestly )?(?:every (?:single )?(?:morning|night|"
    r"day)|all the time|constantly)|"
    # "not like lol i want to die. actually want to die"
    r"\bnot (?:like )?(?:lol|haha|lmao|as a joke|in a (?:joke|jokey|funny|meme|lol) way)\b|"
    r"\bactually (?:want|wanna|wanting) (?:to )?(?:die|be dead|kill myself)\b|"
    r"\b(?:not (?:joking|kidding) as much as (?:it sounds|you think|id like)|the (?:haha|lol|lmao|"
    r"joke) is doing (?:a lot of|heavy|all the) (?:work|lifting)|not even a joke|half joking|"
    r"air quotes intended|"
    r"fr|for real|not joking|not even joking|no joke|not a joke|(?:this )?isnt a joke|im serious|"
    r"i am "
    r"serious|seriously though|deadass|"
    r"i mean it|not kidding|im not kidding|no seriously|no actually|not lol|"
    r"like actually(?= *(?:$|[.!?]))|genuinely asking|i mean (?:that|it) literally|"
    r"not (?:talking about|meaning) (?:a )?(?:vacation|holiday|trip|hotel)|"
    r"no but (?:like )?seriously|seriously i do|not even kidding|not even joking|"
    # twenty-seventh pass (corpus zzb): "i was joking ... but i wasn't. i still mean it", "as a
    # joke since year 9 and now it's just true lol. like tonight true", "serious ting tho"
    r"i still mean it|but i wasnt|i wasnt (?:joking|kidding)|(?:now )?(?:its|it s) just true|"
    r"like (?:tonight|today|actually) true|serious ting|(?:its|it s) been me|"
    # the same said in the other languages the screen reads
    r"(?:to|estou) falando serio|nao e brincadeira|no es broma|mais pas vraiment|je rigole pas|"
    r"kein witz|ich meine es ernst|sul serio|non scherzo|no but actually|kidding\W+(?:mostly\W+"
    r")?not really)\b"
)
# Laughing emoji (tears of joy, skull) and tone tags ("/s", "/j") count too; the engine checks
# them on the raw text because normalisation removes emoji and slashes.

FICTION_FRAMES: str = (
    r"\bwriting (?:a |my )?(?:fanfic|fanfiction|fic)\b|"
    r"\bthe (?:characters|devs|developers|game designers)\b|"
    r"\b(?:finished|reading|read|started|finishing) (?:a|the) (?:novel|book) about\b|"
    r"\b(?:in|for) (?:my|a|the|our) (?:story|novel|book|screenplay|script|fic|fanfic|fanfiction|"
    r"poem|song|lyrics|game|campaign|dnd|roleplay|play|short story|comic|manga|scene|character)\b|"
    r"\bmy (?:character|oc|protagonist|villain)\b|\ba character (?:who|that)\b|\broleplay\b|"
    r"\bwriting a (?:story|novel|book|scene|script|poem|song)\b|\blyrics?\b|\bquote\b|"
    r"\b(?:reading|read|studying|watched|watching) (?:\w+ ){0,3}(?:romeo and juliet|hamlet|"
    r"macbeth|othello|the book|the novel|the play|the movie|the film|the show|the series)\b|"
    r"\bromeo and juliet\b|\b(?:hamlet|ophelia|macbeth|othello|king lear|anna karenina|werther|"
    # "Hamlet's speech" is "hamlets speech" once apostrophes are gone
    r"the (?:narrator|speaker|protagonist|main character|poet))s?\b"
)
# ...unless the writer says the story is theirs ("the character is basically me").
FICTION_UNMASKED: str = (
    r"\b(?:the|my) (?:character|protagonist|narrator|oc|main character) (?:is|s) (?:basically |"
    r"really |just |kind of |kinda |literally |actually )?me\b|\b(?:its|it is|the story is) "
    r"(?:really |actually |basically )?about me\b|\b(?:irl|in real life|for real life)\b|"
    r"\b(?:thats|that is) (?:exactly |literally )?me\b|\bdescribed me\b|\bim (?:probably )?one "
    r"of them\b|\bmakes? sense to me now\b|\bautobiographical\b|"
    # the writer steps out of the frame ("i think about it for myself", "i have the same ones")
    r"\b(?:think|thinking) about (?:it|this|that|doing it) (?:for|about) myself\b|\bi have the "
    r"same (?:ones|pills|meds|tablets)\b|"
    # or says the frame does not matter to them, or that they need it painless
    r"\b(?:dont|do not) (?:really |even )?care about (?:the|my) (?:assignment|essay|story|project|"
    r"paper|homework|book|script)\b|\bi need to know (?:that )?(?:it|that|they) (?:wont|will not|"
    r"doesnt|does not|wouldnt) hurt\b|"
    # ... or gives a reason of their own for asking ("for reasons I don't want to say", "I walk
    # past it every night and think about not walking back", "my answer is yes for me", "I
    # won't be at school Monday anyway")
    r"\bfor reasons i (?:dont|cant|do not|cannot) (?:want to )?(?:say|explain|get into)\b|"
    r"\bthink(?:ing)? about not (?:walking|coming|going|driving) (?:back|home)\b|"
    r"\b(?:my|the) answer is yes for me\b|"
    r"\bi (?:wont|will not) be (?:at school|at work|in class|around|here) (?:on )?(?:\w+ )?anyway\b"
)
NEWS_FRAMES: str = (
    r"\b(?:article|news|(?<!to )(?<!should i )(?<!i )(?<!or )report(?! (?:that|it|him|her|them|"
    r"this|the (?:user|account|post|stream))\b)|reports|study|studies|research|statistics|stats|"
    r"essay|paper|"
    r"documentary|podcast|headline|according to|percent|per cent|survey|journal (?:article|paper|"
    r"study)|(?:medical|academic|scientific|peer reviewed) journals?|awareness|"
    r"prevention|history class|exhibit|museum|"
    # a historical figure asked about ("did Van Gogh really shoot himself or is the theory ...
    # true", "who was Jan Palach and why did he set himself on fire")
    r"the theory|historians?|biograph\w*|who was \w+(?: \w+)? and (?:why|how|what)|"
    # ... or the record doubted ("did Van Gogh actually shoot himself or was it an accident?",
    # twenty-seventh pass)
    r"(?:actually|really) (?:shoot|shot|kill|killed|hang|hanged|drown|drowned|poison|poisoned) "
    r"(?:himself|herself|themselves)\b[^.!?]{0,20}\bor (?:was it|was he|was she|were they|did)"
    r"(?![^|]*\b(?:answering|heard|just now|right now|tonight|today|ambulance|hospital)\b))\b"
)

# Negation right before a self-directed statement makes it a concern, not a crisis.
NEGATION_CUES: str = (
    r"\b(?:not|never|no longer|nor|neither|dont|doesnt|didnt|wont|wouldnt|cant|cannot|couldnt|"
    r"shouldnt|isnt|arent|wasnt|werent|aint|havent|hasnt|hadnt|no way|no intention|no plans?|no "
    r"desire|no thoughts? of|stopped|quit|nothing could make|without|zero|answered no|said no)\b"
)
# ...but these look like negation and are not: they keep or even raise the tier.
NEGATION_EXCEPTIONS: str = (
    r"\b(?:cant|cannot|couldnt|wont) (?:stop|help|get|shake|keep|bear|take|handle|cope|go on|do "
    r"(?:this|it|life))\b|\b(?:dont|do not|didnt) (?:know|care|see|think (?:i can|i could))\b|"
    r"\bnot (?:sure|ready|yet|anymore|any more|afraid|scared|even|just|only|really sure)\b|"
    # "tryna not relapse rn, the razor is right there": a struggle, not a denial
    r"\b(?:trying|tryin|tryna|try|struggling) (?:so hard |really hard )?(?:not|to not)\b|"
    r"\b(?:might|may) not\b|\bno one\b|\bnobody\b|\bnot going to lie\b|\bnot (?:like )?(?:lol|haha|"
    r"lmao)\b|"
    # a threat phrased with "not" ("he's not walking out of there", "you'd try to stop me")
    r"\b(?:dont|do not) want to go on\b|\b(?:dont|do not|cant|cannot) see myself (?:being )?(?:a"
    r"live|here|around)\b|\bnot (?:walking|coming|getting) out of\b|\bnot going to tell you\b|\b"
    r"not leaving\b|\b(?:isnt|is not|wont|will not|arent|are not) (?:going to )?(?:see|make it t"
    r"o|live to see)\b|\bnot gonna lie\b|\bwhy not\b|\bif not\b|\bnot to be\b|\bdont want to be "
    r"here\b|\bcant wait\b|\b(?:dont|doesnt) matter\b|\bnever (?:get|gets|ending|stops?)\b|\bhav"
    r"ent told\b|\bwont tell\b|\bcant believe\b|\b(?:dont|do not) (?:think|believe) (?:anybody|a"
    r"nyone|people|they|he|she|my \w+) would\b|\b(?:cant|dont|cannot) see (?:any|a|another) (?:w"
    r"ay|option|future|point|reason)\b|\b(?:cant|dont|cannot) see$"
)

# Past-tense or "used to" between the subject and the statement makes it history.
PAST_MARKERS: str = (
    r"\b(?:used to|use to|wanted|tried|thought|was|were|had|considered|contemplated|felt|"
    r"attempted|planned|years ago|in the past|back then|once|as a (?:kid|teen|teenager|child)|"
    r"when i was|went through|in my (?:teens|twenties|thirties|forties|fifties|\d0s)|"
    # "I spent my 20s wanting to die. I'm 45 now"
    r"spent (?:my|most of my|all of my|years of my) (?:\w+ )?(?:teens|twenties|thirties|20s|30s|"
    r"40s|youth|childhood|school years|uni years|college years)|"
    r"(?:dark|bad|rough|hard) (?:period|patch|phase|time)|didnt want to (?:live|be alive|be here|"
    r"exist|wake up))\b"
)
# Words that turn ideation into stated intent (C-SSRS 4-5).
INTENT_MARKERS: str = (
    r"\b(?:going to|will|ll|about to|decided to|decided|plan to|planning to|finally|tonight|today|"
    r"right now|this weekend|tomorrow|after (?:everyone|they|my family) (?:goes|go|is|are) (?:to "
    r"sleep|asleep|out)|when (?:everyone|they) (?:is|are) asleep)\b"
)
# The same for a message in Spanish, German, French, Portuguese or Italian: a time set or means
# made ready ("heute Nacht", "die Tabletten liegen schon neben mir", "esta noche", "ce soir").
# The English "will" is not among them there: German "ich will" is "I want" (a wish).
FOREIGN_INTENT_MARKERS: str = (
    r"\b(?:heute nacht|heute abend|heute|morgen|jetzt gleich|gleich|schon (?:alles )?(?:"
    r"vorbereitet|gesammelt|geschrieben|uberlegt)|tabletten (?:liegen|gesammelt)|abschiedsbrie\w*|"
    r"esta noche|hoy|manana|ahora mismo|ce soir|aujourd hui|demain|tout de suite|hoje|esta noite|"
    r"amanha|agora mesmo|stanotte|stasera|oggi|domani)\b"
)
HISTORY_RECENCY: str = MACROS["RECENT"]

# Person words for the subject scan (see screen.py).
FIRST_PERSON: frozenset[str] = frozenset(
    {"i", "im", "ive", "id", "ill", "me", "my", "myself", "mine", "am"}
)
SECOND_PERSON: frozenset[str] = frozenset(
    {"you", "youre", "your", "yourself", "ya", "yall", "youve", "youd", "youll"}
)
THIRD_PERSON_PRONOUNS: frozenset[str] = frozenset(
    {
        "he",
        "she",
        "hes",
        "shes",
        "him",
        "her",
        "his",
        "hers",
        "himself",
        "herself",
        "hed",
        "shed",
        "hell",
        "shell",
        "they",
        "theyre",
        "them",
        "their",
        "themselves",
        "themself",
        "theyve",
    }
)
GENERIC_PEOPLE: frozenset[str] = frozenset(
    {
        "people",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "person",
        "nobody",
        "noone",
        "clients",
        "member",
        "students",
        "veteran",
        "soldier",
        "sailor",
        "marine",
        "airman",
        "servicemember",
        "officers",
        "friends",
        "buddies",
        "brothers",
        "persons",
        "veterans",
        "vets",
        "soldiers",
        "troops",
        "kids",
        "teens",
        "teenagers",
        "men",
        "women",
        "patients",
        "others",
        "who",
        "whoever",
        "one",
        "many",
        "most",
        "individuals",
        "servicemembers",
        "members",
        "humans",
        "folks",
        "guys",
        "victims",
        "sm",
        "those",
    }
)
# Verbs in third-person form: seeing one first means the subject is not the user.
THIRD_PERSON_VERBS: frozenset[str] = frozenset(
    {
        "is",
        "are",
        "has",
        "does",
        "wants",
        "says",
        "feels",
        "seems",
        "talks",
        "thinks",
        "tells",
        "texted",
        "posted",
        "threatens",
        "needs",
        "tries",
        "cuts",
        "hurts",
        "mentions",
        "deserves",
        "isnt",
        "doesnt",
        "states",
        "stated",
        "claims",
        "claimed",
        "becomes",
    }
)
