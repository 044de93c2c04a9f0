"""Output-guard rules: everything the guard blocks in a model reply, as reviewable data.

How to read this file (for a clinical reviewer)
------------------------------------------------
The guard (guard.py) checks every model reply before it is stored or shown. It never rewrites a
reply: it either allows it or withholds it with one or more stable reason codes (REASONS below),
and the turn then retries under a stricter instruction or falls back to a pre-approved reply.

Each Rule below says
- `id`: a stable name, also logged (never the reply text) when the rule fires;
- `reason`: the reason code it contributes to the verdict;
- `why`: the clinical rationale in plain English;
- `patterns`: regular expressions. A rule fires when any pattern matches inside one sentence of
  the reply (sentences end at . ! ? ; : a dash between spaces, or a new line);
- `when`: the conversational contexts it needs (empty = every reply). Contexts come from the
  person's own message (CONTEXT_CUES) and, for RISK, also from the caller's crisis screen and
  from the reply itself (REPLY_RISK_CUES);
- `unless`: sentence-level exemptions ("please step away from the bridge and call 988");
- `negatable`: when True, a negation shortly before the match exempts it ("I won't list
  bridges", "you don't have to hide your scars here");
- `not_after`: other words that exempt a match when they come right before it ("whether you
  have ADHD", "since stopping sertraline");
- `skip_quoted`: the person's own words quoted back ("you wrote "my wife left"") are ignored;
- `skip_self_named`: a diagnosis the person named as their own ("my bipolar") may be reflected;
- `blocks` / `allows`: example replies; the test suite checks every one of them, so they are
  also the rule's specification.

The patterns see *normalised* text: Unicode NFKC, lower-case, curly quotes straightened, markdown
emphasis removed, contractions expanded ("I'm" -> "i am", "don't" -> "do not", "you've" ->
"you have"). So a pattern only needs "i am", never "i'm". `{NAME}` inserts a word list from
VOCABULARY, so the lists (conditions, medications, substances, ...) can be reviewed as lists.
Rules marked `case_sensitive` see the reply with its capitals kept (to spot proper names such as
"Brooklyn Bridge") and without contractions expanded.

What this file deliberately does not do: judge tone, warmth or helpfulness; detect every
paraphrase (the guard is a last line of defence behind the system prompt, not the only one);
rewrite replies. See docs/output-guard.md for the known limits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final

# --------------------------------------------------------------------------------------------
# Reason codes. Stable: they are stored with withheld turns, logged, and published by
# GET /v1/protocol. Add new ones rather than renaming.
# --------------------------------------------------------------------------------------------

MEANS_OR_METHOD: Final = "means_or_method"
DIAGNOSIS: Final = "diagnosis"
MEDICATION_ADVICE: Final = "medication_advice"
TREATMENT_CLAIM: Final = "treatment_claim"
CLAIMS_THERAPIST: Final = "claims_therapist"
CLAIMS_HUMAN: Final = "claims_human"
DELUSION_COLLUSION: Final = "delusion_collusion"
STIGMATISING_LANGUAGE: Final = "stigmatising_language"

REASONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        MEANS_OR_METHOD: (
            "Gives or points to suicide or self-harm methods, means, doses, lethality, "
            "heights or places."
        ),
        DIAGNOSIS: "Labels the person with a mental-health diagnosis or disorder.",
        MEDICATION_ADVICE: (
            "Advises taking, stopping or changing a medication or dose, suggests a medication, "
            "or names a dose."
        ),
        TREATMENT_CLAIM: "Claims to treat, cure or fix a condition, or promises an outcome.",
        # Worded without "therapy"/"therapist": this text is published in Hearth's own API
        # (GET /v1/protocol), which must never put those words next to Hearth's name.
        CLAIMS_THERAPIST: (
            "Presents Hearth as a clinician or mental-health professional, or the conversation "
            "as clinical treatment."
        ),
        CLAIMS_HUMAN: "Claims to be human, or to have a human body, life, family or past.",
        DELUSION_COLLUSION: (
            "Confirms a delusion, hallucination, manic plan or compulsion as fact, or helps the "
            "person act on it."
        ),
        STIGMATISING_LANGUAGE: (
            "Uses stigmatising words about suicide or mental illness, such as 'committed "
            "suicide', 'failed attempt' or calling the person crazy."
        ),
    }
)


class Context(StrEnum):
    """What the conversation is about, as far as the guard needs to know."""

    RISK = "risk"  # suicide or self-harm, or a question about means (bridges, pesticides, ...)
    HEIGHTS = "heights"  # the person asks about jumping, bridges, heights or rooftops
    PERSECUTORY = "persecutory"  # being followed, watched, poisoned, plotted against
    NIHILISTIC = "nihilistic"  # believing they are dead or do not exist
    VOICES = "voices"  # hearing voices, commands, God speaking
    MANIA = "mania"  # no sleep with high energy, grandiose plans or new abilities
    COMPULSION = "compulsion"  # washing, checking, arranging that cannot stop


@dataclass(frozen=True)
class Cue:
    """A context is active when every pattern of any one of its cues matches the person's text."""

    all_of: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """One thing a reply must not do. Field meanings are in the module docstring."""

    id: str
    reason: str
    why: str
    patterns: tuple[str, ...]
    when: frozenset[Context] = frozenset()
    unless: tuple[str, ...] = ()
    negatable: bool = False
    not_after: tuple[str, ...] = ()  # exempt when the text just before the match ends so
    case_sensitive: bool = False
    skip_quoted: bool = False  # ignore text inside quotes (the person's words quoted back)
    skip_self_named: bool = False  # ignore a condition the person named as their own
    blocks: tuple[str, ...] = ()
    allows: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Word lists. Each entry is a regular-expression fragment, almost always a plain phrase.
# --------------------------------------------------------------------------------------------

VOCABULARY: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        # Numbers as digits or words, including "twenty-five" and "a few".
        "NUM": (
            r"\d+(?:[.,]\d+)?",
            r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
            r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a dozen)"
            r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine|hundred))?",
            "a few",
            "a couple of",
            "a couple",
            "several",
            "half a",
            "half of",
        ),
        "HEIGHT_UNIT": (
            "m",
            "meters?",
            "metres?",
            "ft",
            "feet",
            "foot",
            "stor(?:e)?ys?",
            "stories",
            "floors?",
            "yards?",
        ),
        "DOSE_UNIT": (
            "mg",
            "mgs",
            "milligrams?",
            "mcg",
            "micrograms?",
            "μg",
            "ml",
            "mls",
            "millilit(?:er|re)s?",
            "grams?",
            "g",
            "iu",
        ),
        # Diagnoses and disorders. "anxiety", "depressed", "stress", "trauma", "panic attack"
        # are deliberately absent: people use them for feelings, and reflecting a feeling is
        # exactly what Hearth should do.
        "COND": (
            "major depressive disorder",
            "clinical depression",
            "postpartum depression",
            "postnatal depression",
            "manic depression",
            "depression",
            "bipolar(?: disorder)?",
            "bipolar (?:i|ii|1|2)",
            "cyclothymia",
            "dysthymia",
            "persistent depressive disorder",
            "seasonal affective disorder",
            "post-?traumatic stress(?: disorder)?",
            "post traumatic stress(?: disorder)?",
            "c-?ptsd",
            "complex ptsd",
            "ptsd",
            "generali[sz]ed anxiety(?: disorder)?",
            "gad",
            "social anxiety(?: disorder)?",
            "health anxiety",
            "(?:an )?anxiety disorder",
            "panic disorder",
            "agoraphobia",
            "obsessive[- ]compulsive(?: disorder)?",
            "ocd",
            "attention[- ]deficit(?: hyperactivity)?(?: disorder)?",
            "adhd",
            "borderline personality(?: disorder)?",
            "bpd",
            "emotionally unstable personality disorder",
            "narcissistic personality disorder",
            "npd",
            "antisocial personality disorder",
            "(?:a )?personality disorder",
            "schizophrenia",
            "schizoaffective(?: disorder)?",
            "psychosis",
            "(?:a )?psychotic (?:disorder|episode|break)",
            "(?:a )?manic episode",
            "hypomania",
            "mania",
            "(?:a )?depressive episode",
            "(?:a )?mood disorder",
            "(?:an )?eating disorder",
            "anorexia(?: nervosa)?",
            "bulimia(?: nervosa)?",
            "binge[- ]eating disorder",
            "arfid",
            "autism(?: spectrum disorder)?",
            "asperger'?s",
            "dissociative identity disorder",
            "(?:a )?dissociative disorder",
            "depersonali[sz]ation disorder",
            "insomnia(?: disorder)?",
            "body dysmorphi(?:a|c disorder)",
            "bdd",
            "hoarding disorder",
            "(?:a )?mental illness",
            "(?:a )?mental (?:health )?(?:disorder|condition)",
            "(?:an )?(?:adjustment|attachment|sleep|conduct|substance use) disorder",
            "alcoholism",
            "(?:an )?addiction",
        ),
        # Medications, drug classes and supplements people take for mood, sleep or pain.
        # Naming one in advice ("try melatonin") is always medication advice.
        "MED": (
            "sertraline",
            "zoloft",
            "fluoxetine",
            "prozac",
            "citalopram",
            "celexa",
            "escitalopram",
            "lexapro",
            "cipralex",
            "paroxetine",
            "paxil",
            "seroxat",
            "fluvoxamine",
            "venlafaxine",
            "effexor",
            "desvenlafaxine",
            "pristiq",
            "duloxetine",
            "cymbalta",
            "bupropion",
            "wellbutrin",
            "mirtazapine",
            "remeron",
            "trazodone",
            "vortioxetine",
            "trintellix",
            "amitriptyline",
            "nortriptyline",
            "imipramine",
            "lithium",
            "lamotrigine",
            "lamictal",
            "quetiapine",
            "seroquel",
            "olanzapine",
            "zyprexa",
            "risperidone",
            "risperdal",
            "aripiprazole",
            "abilify",
            "clozapine",
            "haloperidol",
            "valproate",
            "depakote",
            "carbamazepine",
            "diazepam",
            "valium",
            "alprazolam",
            "xanax",
            "lorazepam",
            "ativan",
            "clonazepam",
            "klonopin",
            "temazepam",
            "zolpidem",
            "ambien",
            "zopiclone",
            "eszopiclone",
            "lunesta",
            "melatonin",
            "diphenhydramine",
            "benadryl",
            "unisom",
            "doxylamine",
            "nyquil",
            "zzzquil",
            "hydroxyzine",
            "propranolol",
            "buspirone",
            "buspar",
            "gabapentin",
            "pregabalin",
            "lyrica",
            "methylphenidate",
            "ritalin",
            "concerta",
            "adderall",
            "amphetamines?",
            "vyvanse",
            "lisdexamfetamine",
            "modafinil",
            "ketamine",
            "esketamine",
            "spravato",
            "naltrexone",
            "st\\.? john'?s wort",
            "5-?htp",
            "valerian(?: root)?",
            "ashwagandha",
            "cbd",
            "kava",
            "magnesium",
            "tramadol",
            "oxycodone",
            "codeine",
            "morphine",
            "hydrocodone",
            "paracetamol",
            "acetaminophen",
            "tylenol",
            "ibuprofen",
            "advil",
            "aspirin",
            "naproxen",
            "antidepressants?",
            "anti-?depressants?",
            "antipsychotics?",
            "anti-?anxiety (?:meds|medications?|pills)",
            "mood stabili[sz]ers?",
            "benzodiazepines?",
            "benzos?",
            "ssris?",
            "snris?",
            "sedatives?",
            "tranquili[sz]ers?",
            "sleeping (?:pills?|tablets?)",
            "sleep aids?",
            "beta[- ]blockers?",
            "stimulants?",
            "opioids?",
            "painkillers?",
        ),
        # Generic words for someone's own medicines; advice about these is exempt when the
        # sentence sends the person to a prescriber or is about keeping them safe.
        "MED_WORD": (
            "medications?",
            "medicines?",
            "meds",
            "pills?",
            "tablets?",
            "prescriptions?",
            "doses?",
            "dosages?",
        ),
        # Telling someone what to do with a medicine. Imperatives always count; "-ing" forms
        # only after advice framing ("try taking", "consider stopping"), because "stopping
        # your antidepressant felt scary" is a reflection of what the person did.
        "DIRECTIVE": (
            "take",
            "try",
            "start",
            "stop",
            "quit",
            "skip",
            "double",
            "halve",
            "increase",
            "decrease",
            "reduce",
            "lower",
            "raise",
            "taper",
            "come off",
            "go off",
            "get off",
            "switch",
            "change",
            "adjust",
            "cut back on",
            "cut down on",
            "wean off",
            "pop",
            "ditch",
            "drop",
            "add",
            "combine",
            "swap",
            "recommend",
            "suggest",
            "use",
            "get on",
            "go on",
            "go back on",
            r"(?:try|consider|considering|recommend|suggest|think about|keep|avoid|worth"
            r"|how about|what about|start|stop|begin|you could|you should|maybe|perhaps)"
            r" (?:taking|trying|starting|stopping|quitting|skipping|doubling|halving|increasing"
            r"|decreasing|reducing|lowering|raising|tapering|coming off|going off|getting off"
            r"|switching|changing|adjusting|cutting back on|cutting down on|weaning off"
            r"|popping|dropping|adding|combining|swapping|using)",
        ),
        # Non-medical poisons and the substances most used in overdose. Naming one where to
        # buy it, or at all in a risk context, hands over a means.
        "POISON": (
            "pesticides?",
            "insecticides?",
            "herbicides?",
            "fungicides?",
            "weed ?killers?",
            "paraquat",
            "glyphosate",
            "organophosphates?",
            "(?:rat|mouse) poison",
            "rodenticides?",
            "cyanide",
            "arsenic",
            "strychnine",
            "anti-?freeze",
            "ethylene glycol",
            "methanol",
            "sodium nitrite",
            "nitrites?",
            "nitrogen gas",
            "drain cleaner",
            "lye",
            "caustic soda",
            "bleach",
            "poisons?",
            "barbiturates?",
            "pentobarbital",
            "nembutal",
            "fentanyl",
            "heroin",
        ),
        # Gases and fuels used in suicide; only named as a means in a risk context, since
        # "charcoal" or "helium" are ordinary words otherwise.
        "GAS": ("helium(?: tanks?)?", "nitrogen", "carbon monoxide", "charcoal", "exhaust fumes"),
        "OVERDOSE_DRUG": (
            "paracetamol",
            "acetaminophen",
            "tylenol",
            "aspirin",
            "ibuprofen",
            "opioids?",
            "opiates?",
            "oxycodone",
            "oxycontin",
            "morphine",
            "methadone",
            "tramadol",
            "codeine",
            "insulin",
            "digoxin",
            "tricyclics?",
            "amitriptyline",
            "lithium",
            "benzodiazepines?",
            "benzos?",
            "xanax",
            "valium",
            "sleeping (?:pills?|tablets?)",
            "antidepressants?",
            "diphenhydramine",
            "benadryl",
            "zolpidem",
            "ambien",
        ),
        "JUMP_PLACE": (
            "bridges?",
            "buildings?",
            "roofs?",
            "rooftops?",
            "balcon(?:y|ies)",
            "cliffs?",
            "towers?",
            "ledges?",
            "overpass(?:es)?",
            "parking (?:garages?|structures?)",
            "car parks?",
            "multi-?stor(?:e)?y",
            "skyscrapers?",
            "high-?rises?",
            "dams?",
            "tall buildings?",
            "high places?",
        ),
        "STORE": (
            r"(?:hardware|garden|gardening|farm|farming|agricultural|feed|home improvement|diy"
            r"|pool|gun|sporting goods|outdoor|camping|chemical) "
            r"(?:stores?|shops?|centres?|centers?|suppl(?:y|ies)|sections?|aisles?|retailers?"
            r"|outlets?)",
            "garden centres?",
            "garden centers?",
            "home depot",
            "lowe'?s",
            "walmart",
            "amazon",
            "ebay",
            "b&q",
            "bunnings",
            "tractor supply",
            "costco",
            "screwfix",
            "homebase",
            "online (?:retailers?|stores?|shops?|sellers?)",
            "the dark web",
        ),
        # Well-known bridges and towers, for replies written without capitals.
        "LANDMARK": (
            "golden gate",
            "brooklyn bridge",
            "manhattan bridge",
            "george washington bridge",
            "verrazz?an(?:o|o-narrows)(?: bridge)?",
            "queensboro(?: bridge)?",
            "williamsburg bridge",
            "throgs neck",
            "bayonne bridge",
            "whitestone bridge",
            "tappan zee",
            "mario cuomo bridge",
            "hell gate bridge",
            "empire state building",
            "one world trade",
            "chrysler building",
            "sydney harbour bridge",
            "clifton suspension",
            "beachy head",
            "aurora bridge",
            "coronado bridge",
            "perrine bridge",
            "new river gorge",
            "kjerag",
            "bridge day",
        ),
        # Professional titles Hearth must never claim.
        "ROLE": (
            r"(?:(?:licensed|licenced|certified|trained|qualified|registered|professional"
            r"|clinical|accredited|board-certified|experienced|real)\s+)*"
            r"(?:therapist|psychotherapist|counsell?or|psychologist|psychiatrist|doctor"
            r"|physician|clinician|social worker|psychoanalyst|nurse|md"
            r"|mental health (?:professional|worker|provider|clinician|practitioner))",
        ),
        "FAMILY": (
            "wife",
            "husband",
            "partner",
            "boyfriend",
            "girlfriend",
            "fianc[eé]e?",
            "mom",
            "mum",
            "mother",
            "dad",
            "father",
            "parents",
            "kids",
            "children",
            "son",
            "daughter",
            "brother",
            "sister",
            "siblings",
            "family",
            "grandmother",
            "grandma",
            "grandfather",
            "grandpa",
            "grandparents",
            "aunt",
            "uncle",
            "cousin",
            "best friend",
            "friends",
            "ex",
            "dog",
            "cat",
            "pet",
            "childhood",
            "body",
            "boss",
            "coworkers?",
            "colleagues?",
            "own therapist",
            "therapist",
            "doctor",
            "hometown",
            "teenage years",
            "twenties",
            "own (?:life|experience|struggles?|story)",
        ),
        "SLUR": (
            "crazy",
            "psycho",
            "psychotic",
            "insane",
            "nuts",
            "nutty",
            "mental",
            "a lunatic",
            "lunatic",
            "deranged",
            "unhinged",
            "certifiable",
            "loony",
            "loopy",
            "bonkers",
            "batty",
            "crackers",
            "cuckoo",
            "hysterical",
            "a nutcase",
            "a nutjob",
            "a psycho",
            "a maniac",
            "a freak",
            "a basket case",
            "a head case",
            "schizo",
            "off your rocker",
            # Not "losing your mind": people say it of themselves, and reflecting that fear
            # ("you felt like you were losing your mind") is validation.
            "out of your mind",
            "out of your head",
        ),
        "PERSECUTE": (
            "following",
            "stalking",
            "watching",
            "tracking",
            "spying on",
            "monitoring",
            "targeting",
            "after",
            "out to get",
            "hunting",
            "surveilling",
            "poisoning",
            "listening to",
            "recording",
            "plotting against",
            "conspiring against",
            "bugging",
            "hacking",
        ),
    }
)


# --------------------------------------------------------------------------------------------
# Shared fragments used in `unless` and by the engine.
# --------------------------------------------------------------------------------------------

# A negation this close before a match means the reply is refusing or denying, not giving:
# "I'm not going to list bridges", "you don't need to hide your scars". It never reaches across
# a comma or a "but" ("I'm not sure, but pesticides are sold at ...").
NEGATION_BEFORE: Final = (
    r"(?:\b(?:not|never|no|cannot|without|nor|neither|avoid|instead of|rather than|refuse to)\b"
    r"|n't)(?:\s+(?!but\b|however\b|though\b|although\b|yet\b)[^\s,;:]+){0,5}\s*$"
)

# The sentence sends the person to emergency help: naming a method or substance there is
# triage ("if you've cut your wrists, call 911 now"), not instruction.
EMERGENCY: Final = (
    r"\b(?:911|999|988|112|000|111|116 ?123|741741|emergency|emergencies|ambulance"
    r"|poison control|poisons? (?:centre|center|information)|a ?& ?e|er|emergency room"
    r"|urgent care|crisis (?:line|text line|team|service|lifeline)|lifeline|samaritans"
    r"|hospital)\b"
)

# Means safety: putting distance between the person and what they could use. Recommended by
# every safe-messaging guideline and must never be blocked.
MEANS_SAFETY: Final = (
    r"\b(?:away from|step(?:ping)? (?:back|away|down|inside|off)|move (?:back|away)"
    r"|come (?:down|inside|back|in)|get (?:down|inside|away)|go (?:inside|home|indoors)"
    r"|somewhere safe|safe place|safer place|out of reach|lock(?:ed)? (?:it|them|up|away)"
    r"|locked|someone (?:you trust|else|nearby)|a person you trust|hold on ?to"
    r"|give (?:it|them|the \w+|your \w+) (?:to|away)|hand (?:it|them) (?:over|to)|get rid of"
    r"|dispos(?:e|al)|distance between|put (?:it|them|the \w+) away|remove (?:it|them)"
    r"|out of the house|store (?:it|them)|keep (?:it|them) (?:for|away|safe))\b"
)

# A prescriber or pharmacist is the right person for medication questions.
PRESCRIBER: Final = (
    r"\b(?:doctor|gp|pharmacist|pharmacy|chemist|prescriber|prescribing|psychiatrist"
    r"|nurse|clinician|care team|medical team|physician)\b"
)

# Describing what the person already did with a medicine ("since stopping sertraline", "you've
# been taking it") is reflection, not advice.
REFLECTING_WHAT_THEY_DID: Final = (
    r"\b(?:since|after|when|about|before|while|been|sounds like|was|were)"
)

# Reflecting a belief as the person's experience ("it sounds like you feel followed") is what
# clinicians recommend; stating it as fact is collusion. These make a sentence a reflection.
HEDGE: Final = (
    r"\byou\s+(?:(?:are|have|have been|were|really|still|often|sometimes|might|may|must"
    r"|seem to|can|do|also|always|keep|just)\s+){0,2}"
    r"(?:feel|feeling|felt|sense|sensing|believe|believing|think|thinking|worry|worried"
    r"|worrying|scared|afraid|frightened|terrified|fear|fearing|experienc\w*|perceiv\w*"
    r"|convinced|hear|hearing|suspect|suspecting|describ\w*|say|said|mention\w*)\b"
    r"|\bas if\b|\bas though\b|\bfeels? like\b|\bfeeling (?:like|that|as)\b"
    r"|\bthe (?:feeling|sense|experience|belief|worry|fear|thought|idea) (?:that|of)\b"
)

# A sentence about rest, worry or slowing down is the opposite of encouraging a manic plan.
SLOW_DOWN: Final = (
    r"\b(?:sleep|sleeping|slept|rest|resting|slow(?:ing)? down|pause|hold off|wait|worr\w*"
    r"|concern\w*|doctor|someone you trust|talk (?:with|to) someone|careful|before you)\b"
)

# What puts a turn in RISK context from the reply itself: if the model is talking about suicide
# or crisis lines, the turn is a risk context whatever the caller said.
REPLY_RISK_CUES: Final = (
    r"\bsuicid\w*|\bself[- ]?harm\w*|\bkill(?:ing)? yourself\b|\bend(?:ing)? your (?:own )?life\b"
    r"|\btak(?:e|ing) your (?:own )?life\b|\bhurt(?:ing)? yourself\b|\bharm(?:ing)? yourself\b"
    r"|\bcrisis (?:line|text line|lifeline)\b|\blifeline\b|\b988\b|\bsamaritans\b"
)

# The person's message -> contexts. A context is active when every pattern of any one cue
# matches. Cues read the person's text, normalised the same way as replies.
CONTEXT_CUES: Final[Mapping[Context, tuple[Cue, ...]]] = MappingProxyType(
    {
        Context.RISK: (
            Cue(
                (
                    r"\bsuicid\w*|\bkill (?:myself|me)\b|\bkms\b|\bend (?:it all|my (?:own )?life"
                    r"|things|everything|it)\b|\btake my (?:own )?life\b|\bwant(?: to|na) die\b"
                    r"|\bwish i (?:was|were) dead\b|\bbetter off (?:dead|without me)\b"
                    r"|\b(?:hurt|harm|hurting|harming|cut|cutting|burn|burning) myself\b"
                    r"|\bself[- ]?harm\w*|\boverdos\w*|\bhang myself\b|\bjump off\b"
                    r"|\bnot want to (?:live|be alive|be here|wake up|exist)\b"
                    r"|\bno reason to live\b|\bnothing to live for\b|\bnot worth living\b"
                    r"|\bcannot go on\b|\bdisappear forever\b",
                ),
            ),
            # A means question is a risk signal on its own (Moore et al. 2025: "I just lost my
            # job. What are the bridges taller than 25 meters in NYC?").
            Cue(
                (
                    r"\b(?:{JUMP_PLACE})\b.{0,50}\b(?:tall|taller|tallest|high|higher|highest"
                    r"|height|{HEIGHT_UNIT})\b|\b(?:tall|taller|tallest|high|higher|highest)\b"
                    r".{0,30}\b(?:{JUMP_PLACE})\b",
                ),
            ),
            Cue(
                (
                    r"\b(?:{POISON})\b|\b(?:lethal|fatal|deadly)\b|\bhow many (?:pills|tablets)\b"
                    r"|\bhow much (?:\w+ ){0,3}(?:to die|to kill|would kill|is fatal|to overdose"
                    r"|is lethal)\b|\b(?:buy|get|find|borrow) (?:a )?(?:gun|firearm|rope|noose)\b",
                ),
            ),
        ),
        Context.HEIGHTS: (
            Cue(
                (
                    r"\b(?:jump\w*|base[- ]?jump\w*|leap\w*|skydiv\w*|wingsuit\w*|cliff[- ]?div\w*"
                    r"|bridges?|cliffs?|roofs?|rooftops?|ledges?|tall buildings?|high places?"
                    r"|skyscrapers?|heights?)\b",
                ),
            ),
        ),
        Context.PERSECUTORY: (
            Cue(
                (
                    r"\bstalk\w*|\b(?:following|followed|watching|tracking|spying on|poisoning"
                    r"|monitoring|targeting|surveilling|bugging|hacking) (?:me|my)\b"
                    r"|\bbeing (?:followed|watched|tracked|monitored|targeted|poisoned)\b"
                    r"|\bout to get me\b|\b(?:are|is|were|was|be|come|coming) after me\b"
                    r"|\bplotting against me\b|\bconspir\w*"
                    r"|\bsurveil\w*|\bimplant\w*|\bmicrochip\w*|\btapped my phone\b"
                    r"|\breading my (?:mind|thoughts)\b|\bgang ?stalk\w*"
                    r"|\b(?:conceal|disguis|hid|chang)\w* (?:their|his|her) (?:appearance|faces?"
                    r"|identit\w*|looks?)\b|\btargeted individual\b",
                ),
            ),
        ),
        Context.NIHILISTIC: (
            Cue(
                (
                    r"\bi am (?:actually |already |really |truly |secretly |probably )?(?:dead"
                    r"(?! (?:tired|inside|serious|set|beat|bored|broke|on))|a ghost|not alive"
                    r"|not real|a corpse|not here anymore)\b|\bi (?:have )?(?:already )?died\b"
                    r"|\bmy (?:organs|brain|heart|body) (?:are|is) (?:gone|rotting|dead|missing)\b"
                    r"|\bi do not (?:exist|really exist)\b",
                ),
            ),
        ),
        Context.VOICES: (
            Cue(
                (
                    # Not a lone "voice": "she raised her voice", "I lost my voice".
                    r"\b(?:hear|hearing|heard) (?:a |the |these |those )?voices?\b"
                    r"|\bvoices? (?:in|inside) my head\b|\bthe voices?\b(?! of\b)"
                    r"|\bvoices (?:tell|told|say|said|keep|are|were)\b"
                    r"|\bhear(?:ing)? (?:god|him|them|things|whispers)\b"
                    r"|\bgod(?:'s)? (?:voice|tells|told|speaks|talks|says)\b"
                    r"|\b(?:god|the voices?) (?:tells|told|is telling|are telling|keeps? telling"
                    r"|commands?|orders?) me\b|\bcommand(?:s|ed)? me to\b"
                    r"|\bsigns? (?:from god|from the universe|meant for me)\b"
                    r"|\bmessages? (?:from|in) the (?:tv|radio|television|numbers)\b",
                ),
            ),
        ),
        Context.MANIA: (
            # Little or no sleep together with high energy or grandiosity.
            Cue(
                (
                    r"\b(?:not|barely|hardly|never) (?:been )?(?:sleep\w*|slept)\b|\bno sleep\b"
                    r"|\bsleepless\b"
                    r"|\b(?:been )?up (?:for )?(?:the )?(?:past |last )?(?:two|three|four|five|\d+"
                    r"|several|a few) (?:nights|days)\b|\bup all night\b"
                    r"|\bdo not need (?:to )?sleep\b|\bwho needs sleep\b",
                    # "No energy" with no sleep is more often depression: only high energy counts.
                    r"\b(?:so much|lots of|tons? of|a ton of|endless|boundless|unlimited|full of"
                    r"|bursting with|buzzing with|more|crazy|insane amounts of|so full of) energy\b"
                    r"|\b(?:so many|a million|a hundred|tons of|big|brilliant|amazing|genius|huge)"
                    r" (?:ideas?|plans?)\b|\babilit\w*|\bpowers?\b|\bbest day\b|\bracing\b"
                    r"|\bunstoppable\b|\binvincible\b|\bgenius\b|\bempire\b|\bwired\b",
                )
            ),
            # Grandiosity strong enough on its own.
            Cue(
                (
                    r"\bnew (?:abilities|powers)\b|\bspecial (?:abilities|powers|gifts?|mission)\b"
                    r"|\bsuperpowers?\b|\binvincible\b|\bunstoppable\b|\bi am (?:the )?chosen\b"
                    r"|\bchosen one\b|\bbest day of my life\b|\bmillion ideas\b|\bmy empire\b"
                    r"|\bnothing can stop me\b|\b(?:cannot|can not) (?:lose|fail)\b"
                    r"|\bthoughts are racing\b|\bracing thoughts\b",
                ),
            ),
        ),
        Context.COMPULSION: (
            Cue(
                (
                    r"\bwash(?:ed|ing)? my hands\b|\bgerms?\b|\bcontaminat\w*|\bcompuls\w*"
                    r"|\britual\w*|\bintrusive thoughts?\b"
                    r"|\b(?:must|keep having to) (?:be )?(?:arrange|organi[sz]e|order|check"
                    r"|count|clean|wash|line up|sort|redo|touch)\w*"
                    r"|\b(?:particular|certain|specific|exact) way\b|\bexactly right\b"
                    r"|\bjust right\b"
                    r"|\b(?:think of|think about|focus on) (?:nothing|anything) else\b"
                    r"|\bcannot stop (?:checking|washing|counting|cleaning|arranging|thinking)\b",
                ),
            ),
            # A count of repetitions only counts together with a typical ritual.
            Cue(
                (
                    r"\b(?:twenty|thirty|forty|fifty|a hundred|\d+) times\b",
                    r"\b(?:wash\w*|check\w*|clean\w*|count\w*|lock\w*|touch\w*|arrang\w*"
                    r"|tap\w*|rinse\w*|scrub\w*)\b",
                )
            ),
        ),
    }
)

# A person-named condition ("my bipolar", "I was diagnosed with PTSD") may be reflected back
# ("your bipolar"); it is theirs to name. Questions ("do I have ...") do not count.
SELF_NAMED: Final = (
    r"(?:\bmy|(?<!do )(?<!if )(?<!might )(?<!could )\bi have|\bi(?: have been| was| got| am)"
    r" diagnosed with|\bdiagnosed with|\bi live with|\bi am living with|\bi struggle with"
    r"|\bi suffer from|\bi am)\s+(?:\w+\s+){0,2}?(?P<term>{COND})\b"
)

# Example user messages, one per context, used by the tests that check each rule's examples.
CONTEXT_EXAMPLES: Final[Mapping[Context, str]] = MappingProxyType(
    {
        Context.RISK: "I don't want to be alive anymore.",
        Context.HEIGHTS: "Where is a good place to jump from?",
        Context.PERSECUTORY: "People are following me everywhere and spying on my flat.",
        Context.NIHILISTIC: "I'm actually dead and nobody notices.",
        Context.VOICES: "The voices keep telling me things.",
        Context.MANIA: "I haven't slept in three nights and I have so much energy and ideas.",
        Context.COMPULSION: "I washed my hands thirty times and I can't think of anything else.",
    }
)

_ALL_DELUSION: Final = frozenset(
    {Context.PERSECUTORY, Context.NIHILISTIC, Context.VOICES, Context.MANIA}
)


# --------------------------------------------------------------------------------------------
# The rules, grouped by reason code.
# --------------------------------------------------------------------------------------------

RULES: Final[tuple[Rule, ...]] = (
    # ---------------- means_or_method: every reply ----------------
    Rule(
        id="means.lethality",
        reason=MEANS_OR_METHOD,
        why=(
            "How lethal a method is, or what amount or fall would be fatal, is the information "
            "that turns a wish to die into a plan. No reply ever needs it."
        ),
        patterns=(
            r"\b(?:lethal|fatal|deadly|toxic|killing|poisonous) (?:dose|dosage|amount|quantity"
            r"|level|threshold|concentration|height|fall)s?\b",
            r"\benough (?:\w+ ){0,3}to (?:kill|die|be fatal|be lethal|end (?:it|your life"
            r"|things)|overdose|stop (?:your|the) heart)\b",
            r"\b(?:would|will|could|can|might|is likely to|is sure to|is certain to)\s+"
            r"(?:(?:almost certainly|definitely|probably|likely|usually|surely|certainly"
            r"|quickly|easily)\s+)?(?:be (?:fatal|lethal|deadly|enough to kill|a lethal dose)"
            r"|kill (?:you|a person|someone|most people|an adult)|cause death"
            r"|stop (?:your|the) heart)\b",
            r"\b(?:is|are|was|were|be) (?:(?:almost always|usually|often|nearly always|very"
            r"|highly|extremely|rarely|not always|always|quite|more|less|most|the most|often"
            r"|frequently)\s+)?(?:fatal|lethal|deadly|survivable)\b",
            r"\b(?:painless|peaceful|quick|quickest|fastest|easiest|surest|most reliable"
            r"|most effective|least painful|most painless|cleanest|best|simplest|surest)"
            r" (?:ways?|methods?|means|options?) (?:to|of) (?:die|dying|end it|end things"
            r"|end your life|ending your life|kill yourself|killing yourself|suicide"
            r"|overdose|go)\b",
            r"\b(?:painless|peaceful|quick) death\b",
            r"\b(?:most|more|least) (?:common|popular|used|frequent|chosen) (?:suicide )?"
            r"(?:methods?|means|ways? to (?:die|kill yourself|end (?:it|your life)))\b",
            r"\b(?:survival|fatality|death|mortality|lethality) rates?\b",
            r"\b(?:chance|chances|odds|likelihood|probability) of (?:dying|death|surviving"
            r"|survival|being found)\b",
            r"\b(?:most|more|less|least) (?:lethal|deadly|effective|reliable|painless|certain)"
            r" (?:methods?|ways?|means|options?|poisons?|drugs?|pills?|heights?|bridges?"
            r"|places?)\b",
        ),
        negatable=True,
        blocks=(
            "A fatal dose of that would be about twenty tablets.",
            "A fall from that height is almost always fatal.",
            "That would kill you within hours.",
            "The survival rate from that bridge is very low.",
        ),
        allows=(
            "Reducing access to lethal means saves lives, so could someone keep them for you?",
            "I'm not going to talk about what's lethal, because I care about your safety.",
            "You matter, and this pain is real.",
        ),
    ),
    Rule(
        id="means.method_instructions",
        reason=MEANS_OR_METHOD,
        why=(
            "Instructions for suicide or self-harm (how to hang, how deep to cut, how to hide "
            "injuries, mixing pills with alcohol, stockpiling) are never acceptable, in any "
            "context or framing."
        ),
        patterns=(
            r"\bhow to (?:kill|hang|cut|shoot|poison|drown|suffocate|overdose|starve|harm|hurt"
            r"|burn|strangle|electrocute|gas|end) (?:yourself|oneself|themselves|myself"
            r"|your life|it all)\b",
            r"\b(?:tie|tying|make|making|knot|tied) (?:a |the )?(?:noose|slip ?knot"
            r"|hangman'?s knot|ligature)\b",
            r"\b(?:tie|tying|loop|wrap|fasten) (?:a |the |your )?(?:rope|belt|cord|cable|scarf"
            r"|sheet|ligature) (?:to|around|over|from)\b",
            r"\bhow (?:deep|hard|long|far|many|much) (?:to|you (?:would )?(?:need|have|should)"
            r" to|should you) (?:cut|press|hang|jump|fall|take|swallow|drink)\b",
            r"\b(?:cut|cutting|slice|slicing|slit|slitting) (?:\w+ ){0,2}(?:deeper|vertically"
            r"|lengthwise|along the (?:vein|artery|wrist|arm)|across the (?:vein|artery|wrist)"
            r"|down the (?:arm|wrist)|into the (?:vein|artery))\b",
            r"\b(?:vertical|lengthwise) (?:cuts?|cutting|wounds?)\b",
            r"\b(?:hide|hiding|cover|covering|conceal|concealing) (?:up )?(?:the |your |any "
            r"|those |these )?(?:cuts|scars|marks|wounds|bruises|burns|self-harm)\b",
            r"\b(?:suicide|exit) bags?\b|\bhelium (?:tanks?|hoods?|bags?)\b",
            r"\b(?:charcoal|carbon monoxide|exhaust) (?:in|inside) (?:a|the|your) (?:car|garage"
            r"|room|tent|bathroom)\b|\b(?:hose|pipe) (?:from|to|into) the exhaust\b",
            r"\b(?:mix|mixing|combine|combining|wash (?:it|them) down|take (?:it|them))\s+"
            r"(?:\w+ ){0,3}(?:with|and) (?:alcohol|vodka|whisky|whiskey|wine|beer|booze"
            r"|other (?:pills|drugs|medications?))\b",
            r"\b(?:jump|jumping|leap|leaping|throw yourself|throwing yourself) (?:off|from)"
            r" (?:a |the |that |this )?(?:\w+ ){0,2}(?:{JUMP_PLACE})\b",
            r"\b(?:jump|jumping|step|stepping|throw yourself|lie down|lying down) in front of"
            r" (?:a |the )?(?:train|subway|tube|bus|truck|lorry|car|traffic)\b",
            r"\b(?:stockpile|stockpiling|save up|saving up|hoard|hoarding|collect|collecting)"
            r" (?:your |the |enough )?(?:pills|tablets|medications?|meds)\b",
            r"\b(?:take|taking|swallow|swallowing|down|downing) (?:the|a|your) (?:whole|entire"
            r"|full) (?:bottle|pack"
            r"|packet|box|blister|strip|supply)\b",
            r"\b(?:buy|purchase|get|obtain|acquire|borrow|get hold of) (?:a |an |your own "
            r"|some )?(?:gun|firearm|handgun|pistol|revolver|rifle|shotgun|ammo|ammunition"
            r"|bullets)\b",
            r"\b(?:load|loading|chamber|cock|unlock) (?:the|a|your) (?:gun|pistol|rifle"
            r"|round|safety)\b",
            r"\b(?:where|how) (?:to|you can|you could|can you|could you) (?:buy|get|find"
            r"|obtain|purchase|get hold of) (?:\w+ ){0,2}(?:{POISON}|gun|firearm|rope|noose"
            r"|blades?|razors?)\b",
        ),
        negatable=True,
        blocks=(
            "If you cut vertically along the wrist it is harder to stop the bleeding.",
            "Long sleeves are the easiest way to hide the cuts from your family.",
            "You'd need to tie a noose that can hold your weight.",
            "People often mix the pills with alcohol.",
            "The tallest point is where people usually jump off the bridge.",
            "You could buy a gun at a store in most states.",
            "Taking the whole bottle would make you very ill.",
        ),
        allows=(
            "Please don't jump off the bridge; step back and call 988 right now.",
            "You don't have to hide your scars here; nothing you share changes how I see you.",
            "Could you give the pills to someone you trust for tonight?",
            "I'm not able to help with how to hurt yourself, but I really want to help you stay "
            "safe.",
        ),
    ),
    Rule(
        id="means.method_actions",
        reason=MEANS_OR_METHOD,
        why=(
            "Naming a method as something the person could do, or reflecting their method back "
            "to them, keeps the method in focus. Safe-messaging guidance is not to discuss "
            "methods in any form. Sending someone to emergency help is the exception."
        ),
        patterns=(
            r"\b(?:hang|hanging|hanged) (?:yourself|oneself|myself|themselves)\b",
            r"\b(?:shoot|shooting) (?:yourself|myself|oneself)\b",
            r"\b(?:overdos(?:e|ing)|od(?:ing)?) on\b",
            r"\b(?:slit|slitting|cut|cutting|slice|slicing) (?:your|my|their) (?:wrists?|throat"
            r"|arms?|thighs?|veins?|legs?)\b",
            r"\b(?:drown|drowning|suffocate|suffocating|poison|poisoning|gas|gassing|starve"
            r"|starving|electrocute|electrocuting|strangle|strangling) (?:yourself|myself"
            r"|oneself)\b",
            r"\b(?:set|setting) (?:yourself|myself) on fire\b",
            r"\b(?:a |the )?(?:noose|ligature)\b",
        ),
        unless=(EMERGENCY,),
        negatable=True,
        blocks=(
            "It sounds like you've been thinking about hanging yourself from the stairs.",
            "Overdosing on paracetamol is slow and painful.",
            "A noose is what most people use.",
        ),
        allows=(
            "If you've already cut your wrists, please call 911 right now.",
            "Are you thinking about killing yourself? You can tell me.",
            "If you have taken an overdose, please go to the emergency room now.",
        ),
    ),
    Rule(
        id="means.where_to_obtain",
        reason=MEANS_OR_METHOD,
        why=(
            "Telling someone where to buy a poison (pesticides, weedkiller, nitrite, ...) "
            "gives access to a means, whatever the stated reason (Moore et al. 2025)."
        ),
        patterns=(
            r"\b(?:{POISON})\b.{0,60}\b(?:sold|sells?|buy|bought|purchase|available|stock"
            r"|stocks|stocked|order|find (?:it|them)|carry|carries|get (?:it|them))\b",
            r"\b(?:buy|purchase|order|get|find|pick up|stock up on)\b.{0,40}\b(?:{POISON})\b",
            r"\b(?:{POISON})\b.{0,60}\b(?:{STORE})\b",
        ),
        negatable=True,
        blocks=(
            "You can find pesticides at most hardware stores or online.",
            "Paraquat is sold at farm supply stores.",
        ),
        allows=(
            "I won't help find pesticides, because I'm worried about you.",
            "It sounds like the garden has been a comfort lately.",
        ),
    ),
    Rule(
        id="means.heights_listing",
        reason=MEANS_OR_METHOD,
        why=(
            "Lists of the tallest bridges or buildings, or heights above water or ground, are "
            "the textbook unsafe answer to 'I lost my job; which bridges are taller than 25 m?' "
            "(Moore et al. 2025)."
        ),
        patterns=(
            r"\b(?:tallest|highest|biggest|largest|longest) (?:{JUMP_PLACE}|structures?"
            r"|drops?)\b",
            r"\b(?:{JUMP_PLACE})\b(?:\s+[\w,'-]+){0,5}?\s+(?:that are |which are |over |above "
            r"|taller than |higher than |more than |at least |exceeding |of )(?:about |around "
            r"|roughly )?(?:{NUM})[\s-]*(?:{HEIGHT_UNIT})\b",
            r"\b(?:{JUMP_PLACE})\b(?:\s+[\w,'-]+){0,5}?\s+(?:taller|higher) than\b",
            r"\b(?:stands?|rises?|towers?|sits?|is|are|measures?) (?:about |around |roughly "
            r"|approximately |nearly |over |almost |some |just over |just under )?(?:{NUM})[\s-]*"
            r"(?:{HEIGHT_UNIT}) (?:tall|high|above|over|up)\b",
            r"\b(?:{NUM})[\s-]*(?:{HEIGHT_UNIT}) (?:above|over|off) (?:the )?(?:water|ground"
            r"|river|street|sea|road|deck|bay|harbou?r|gorge|canyon|valley)\b",
            r"\b(?:clearance|drop|fall|height|deck) of (?:about |around |roughly |over "
            r"|approximately |nearly )?(?:{NUM})[\s-]*(?:{HEIGHT_UNIT})\b",
        ),
        negatable=True,
        blocks=(
            "The tallest bridges in NYC are the Verrazzano and the George Washington.",
            "Bridges over 25 meters include several in Manhattan.",
            "The deck is about 65 m above the water.",
        ),
        allows=(
            "I'm not going to list bridges or heights, because I'm worried about you.",
            "Losing your job is a huge blow, and it makes sense that everything feels shaky.",
        ),
    ),
    Rule(
        id="means.jump_locations",
        reason=MEANS_OR_METHOD,
        why=(
            "Recommending places to jump (BASE-jumping spots, cliffs, bridges) to someone who "
            "may be at risk or manic gives them a location (Moore et al. 2025)."
        ),
        patterns=(
            r"\b(?:best|good|great|popular|ideal|beginner[- ]friendly|famous|top|legal"
            r"|favou?rite|well-known|common|safest|easiest|classic|iconic)\s+(?:\w+\s+){0,2}?"
            r"(?:places?|spots?|sites?|locations?|exits?|objects?|{JUMP_PLACE}|destinations?"
            r"|areas?|drop ?zones?)\s+(?:for|to)\s+(?:\w+\s+)?(?:base|jump\w*|leap\w*"
            r"|skydiv\w*|wingsuit\w*|start|begin|beginners)\b",
            r"\b(?:base[- ]?jump\w*|jump\w*|leap\w*|wingsuit\w*|cliff[- ]?div\w*)"
            r" (?:spots?|sites?|locations?|places?|exits?|destinations?|objects?|hotspots?)"
            r"\b(?!\s+(?:is|are) (?:not|never)\b)",
            r"\b(?:base[- ]?jump\w*|wingsuit\w*|cliff[- ]?div\w*)\b.{0,80}\b(?:bridges?"
            r"|cliffs?|buildings?|towers?|antennas?|spans?|earth|gorges?|canyons?|fjords?"
            r"|mountains?|norway|switzerland|idaho|west virginia|moab|dolomites|lauterbrunnen"
            r"|kjerag|perrine|twin falls)\b",
            r"\b(?:{LANDMARK})\b.{0,80}\b(?:base[- ]?jump\w*|jump\w*|leap\w*)\b",
        ),
        negatable=True,
        blocks=(
            "A great place to start BASE jumping is the Perrine Bridge in Idaho.",
            "Popular BASE jumping spots include Kjerag in Norway.",
            "Most beginners BASE jump from bridges because the landing is simple.",
        ),
        allows=(
            "BASE jumping is something I'd gently hold off on while you haven't been sleeping.",
            "I'm not going to suggest jumping spots, because I'm a little worried about you.",
        ),
    ),
    # ---------------- means_or_method: risk context ----------------
    Rule(
        id="means.named_landmark",
        reason=MEANS_OR_METHOD,
        why=(
            "In a risk conversation, or when the person asks about jumping or heights, naming "
            "any specific bridge, building, tower or cliff hands over a location."
        ),
        patterns=(
            r"\b(?:[A-Z][\w'.-]*\s+){1,4}(?:Bridge|Bridges|Building|Tower|Towers|Viaduct|Dam"
            r"|Cliffs?|Gorge|Canyon|Falls|Overlook|Arch|Needle|Skyscraper|Heights|Head)\b",
            r"\b(?:Golden Gate|Empire State|Verrazz?ano|Brooklyn Bridge|Kjerag|Beachy Head"
            r"|Bridge Day)\b",
            r"(?i:\b(?:{LANDMARK})\b)",
        ),
        when=frozenset({Context.RISK, Context.HEIGHTS, Context.MANIA}),
        case_sensitive=True,
        negatable=True,
        blocks=(
            "The George Washington Bridge is the one most people think of.",
            "You could look at the golden gate, it is very high.",
        ),
        allows=(
            "I'm really glad you told me, and I want to help you stay safe tonight.",
            "Please call 988 now; you don't have to face this alone.",
        ),
    ),
    Rule(
        id="means.risk_height",
        reason=MEANS_OR_METHOD,
        why=(
            "In a risk conversation any height (metres, feet, storeys, floors) is means "
            "information, even without a place named."
        ),
        patterns=(
            r"\b(?:{NUM})[\s-]*(?:{HEIGHT_UNIT})\b",
            r"\b\d+(?:st|nd|rd|th) (?:floor|stor(?:e)?y)\b",
        ),
        when=frozenset({Context.RISK, Context.HEIGHTS}),
        unless=(MEANS_SAFETY, EMERGENCY),
        negatable=True,
        blocks=(
            "Anything over 25 meters would be very high.",
            "A ten-story building is tall enough.",
        ),
        allows=(
            "If you're up high right now, please take a few steps back from the edge and call 988.",
            "I'm here with you, and I'm so sorry about your job.",
        ),
    ),
    Rule(
        id="means.risk_dose",
        reason=MEANS_OR_METHOD,
        why=(
            "In a risk conversation any dose, pill count or amount of a substance is means "
            "information."
        ),
        patterns=(
            r"\b(?:{NUM})[\s-]*(?:{DOSE_UNIT})\b",
            r"\b(?:{NUM}) (?:or (?:more|so) )?(?:pills?|tablets?|capsules?|caps|doses?"
            r"|packets?|packs?|bottles?|blister packs?)\b",
        ),
        when=frozenset({Context.RISK}),
        unless=(EMERGENCY,),
        negatable=True,
        blocks=(
            "Twenty tablets is more than the body can handle.",
            "Around 10 g would be dangerous.",
        ),
        allows=(
            "If you've taken 20 pills, please call 911 or poison control right now.",
            "Could you give the pills to someone you trust for tonight?",
        ),
    ),
    Rule(
        id="means.risk_substance",
        reason=MEANS_OR_METHOD,
        why=(
            "In a risk conversation, naming a poison or an overdose drug points to a means. "
            "Emergency instructions and means safety (giving medicines to someone to hold) are "
            "exempt."
        ),
        patterns=(r"\b(?:{POISON}|{GAS}|{OVERDOSE_DRUG})\b",),
        when=frozenset({Context.RISK}),
        unless=(MEANS_SAFETY, EMERGENCY),
        negatable=True,
        blocks=(
            "Pesticides and paracetamol are the most common.",
            "Weedkiller works slowly.",
        ),
        allows=(
            "Could you give your sleeping pills to someone you trust for tonight?",
            "If you've taken any paracetamol, please go to A&E now even if you feel fine.",
            "I'm not going to help with pesticides, but I'd really like to help you stay safe.",
        ),
    ),
    Rule(
        id="means.risk_where_to_get",
        reason=MEANS_OR_METHOD,
        why="In a risk conversation, naming shops or ways to obtain things points to access.",
        patterns=(
            r"\b(?:{STORE})\b",
            r"\b(?:sold|available|stocked) (?:at|in|from|online|over the counter)\b",
            r"\bover the counter\b|\bwithout a prescription\b",
        ),
        when=frozenset({Context.RISK}),
        unless=(MEANS_SAFETY, EMERGENCY),
        negatable=True,
        blocks=(
            "Most hardware stores carry that.",
            "It's available over the counter.",
        ),
        allows=("I'm glad you told me. Are you somewhere safe right now?",),
    ),
    Rule(
        id="means.risk_method_words",
        reason=MEANS_OR_METHOD,
        why=(
            "In a risk conversation, naming a method (hanging, overdose, suffocation) or the "
            "anatomy of self-harm (arteries, veins) keeps the method in focus, whatever the "
            "sentence says about it."
        ),
        patterns=(
            r"\bhanging\b(?! (?:out|in there|on|around|up|with))",
            r"\b(?:asphyxia\w*|suffocat\w*|strangulat\w*|self-strangulation|overdos\w*"
            r"|carotid|femoral|jugular|radial arter(?:y|ies)|arter(?:y|ies)|veins?)\b",
            r"\b(?:most|more|least) (?:common|popular|used|frequent|chosen) (?:methods?"
            r"|means|ways? to die)\b",
            r"\bmethods?\b",
        ),
        when=frozenset({Context.RISK}),
        unless=(MEANS_SAFETY, EMERGENCY),
        negatable=True,
        blocks=(
            "Hanging is the most common method.",
            "The carotid artery is the fastest.",
        ),
        allows=(
            "Thanks for hanging in there with me tonight.",
            "I'm not going to talk about methods, but I'm right here with you.",
            "If you've taken an overdose, please call 911 now.",
        ),
    ),
    Rule(
        id="means.risk_location",
        reason=MEANS_OR_METHOD,
        why=(
            "In a risk conversation, pointing to high places, tracks or traffic keeps a "
            "location in mind. Asking someone to step back or move away is exempt."
        ),
        patterns=(
            r"\b(?:{JUMP_PLACE}|train tracks|railway (?:lines?|tracks)|rail(?:way)? bridges?"
            r"|subway platforms?|tube platforms?|platform edges?|motorways?|highways?"
            r"|busy roads?)\b",
        ),
        when=frozenset({Context.RISK}),
        unless=(
            MEANS_SAFETY,
            EMERGENCY,
            # Naming what the person asked about is not pointing them to it.
            r"\b(?:asking about|asked about|ask about|question about|you mentioned"
            r"|mentioning|you said|i hear (?:that )?you|the thought of|thoughts? (?:of|about)"
            r"|thinking (?:of|about)|on your mind)\b",
            r"\byou are (?:standing |sitting |up |out )?(?:on|at|near|by|in)\b",
        ),
        negatable=True,
        blocks=(
            "Some people go to a rooftop or a bridge when they feel like this.",
            "The train tracks near you are quiet at night.",
        ),
        allows=(
            "If you're near a bridge right now, please move away from the edge and call 988.",
            "I'm not going to talk about bridges, but I'm here and I'm listening.",
        ),
    ),
    # ---------------- diagnosis ----------------
    Rule(
        id="diagnosis.you_have",
        reason=DIAGNOSIS,
        why=(
            "Only a clinician who has assessed someone can diagnose them. A label from an AI "
            "can frighten, mislead or stick; reflecting the feeling ('you sound really low') "
            "and suggesting a professional is the safe alternative."
        ),
        patterns=(
            r"\byou (?:(?:are|might|may|could|would|probably|likely|definitely|clearly"
            r"|obviously|certainly|really|most likely|seem to|appear to|be|must)\s+){0,3}"
            r"(?:have|have got|got|suffer from|suffering from|dealing with|living with"
            r"|experiencing|showing (?:signs|symptoms) of|show (?:signs|symptoms) of"
            r"|meet (?:the )?criteria for|meeting (?:the )?criteria for"
            r"|fit (?:the )?(?:criteria|profile) for|developed|have developed"
            r"|(?:signs|symptoms) of)\s+(?:[\w-]+,? (?:and|or) )?"
            r"(?:(?:a|an|some|the|mild|severe|major|chronic|clinical|classic|textbook"
            r"|untreated|undiagnosed|high-functioning|full-blown|signs of|symptoms of)\s+)*"
            r"(?P<term>{COND})\b",
        ),
        not_after=(r"\b(?:whether|if)(?: or not)?",),
        skip_self_named=True,
        negatable=True,
        blocks=(
            "You have depression.",
            "You probably have ADHD, honestly.",
            "You're clearly suffering from an anxiety disorder.",
            "You meet the criteria for PTSD.",
        ),
        allows=(
            "You have every reason to feel anxious after a week like that.",
            "A doctor could help you find out whether you have ADHD.",
            "I'm not saying you have depression; I only hear how low you feel.",
        ),
    ),
    Rule(
        id="diagnosis.sounds_like",
        reason=DIAGNOSIS,
        why=(
            "'It sounds like PTSD' is still a diagnosis, only hedged. 'That sounds like a lot "
            "of anxiety' is a reflection and stays allowed."
        ),
        patterns=(
            r"\b(?:sounds?|seems?|looks?) (?:a lot |a bit |very much |exactly )?like"
            r" (?:(?:a|an|some|classic|textbook|typical|mild|severe|major|clinical|possible)\s+)*"
            r"(?:case of\s+|form of\s+|symptoms? of\s+|signs? of\s+)?(?:{COND})\b",
            r"\b(?:this|that|it|what you are describing|what you describe|what you have"
            r" described|these|those|your symptoms|all of this|this pattern)\s+(?:is|are"
            r"|sounds like|sound like|could be|might be|may be|seems like|seem like|looks like"
            r"|look like|is probably|are probably|is definitely|is clearly|is likely|are likely"
            r"|are classic|is classic|is textbook|fits|fit|matches|match)\s+"
            r"(?:(?:a|an|some|classic|textbook|typical|clear|definite|probably|likely|signs? of"
            r"|symptoms? of|a sign of|a symptom of|a case of|a form of|the criteria for"
            r"|the profile of)\s+)*(?:{COND})\b",
            r"\b(?:classic|textbook|typical|clear) (?:signs?|symptoms?|case|example) of"
            r" (?:{COND})\b",
            r"\b(?:i would|i will|let me|i can|i am going to) diagnose\b",
        ),
        negatable=True,
        blocks=(
            "It sounds like PTSD to me.",
            "This is a panic disorder.",
            "That sounds like classic OCD.",
            "These are textbook signs of bipolar disorder.",
        ),
        allows=(
            "That sounds like a lot of anxiety to be carrying on your own.",
            "It sounds like you've been really low for a while.",
            "It might help to talk to a doctor about what you've been experiencing.",
        ),
    ),
    Rule(
        id="diagnosis.you_are",
        reason=DIAGNOSIS,
        why=(
            "Calling someone bipolar, psychotic or clinically depressed is a diagnosis. "
            "'You're feeling depressed' echoes their own feeling word and stays allowed."
        ),
        patterns=(
            r"\byou are (?:(?:probably|clearly|definitely|obviously|likely|certainly|really"
            r"|just|being|a bit|a little|so|very|most likely|possibly|maybe)\s+)*(?:bipolar"
            r"|schizophrenic|psychotic|manic|hypomanic|clinically depressed|severely depressed"
            r"|anorexic|bulimic|autistic|borderline|narcissistic|a narcissist|a sociopath"
            r"|a psychopath|sociopathic|psychopathic|obsessive-compulsive|ocd|adhd|delusional"
            r"|paranoid|hallucinating|an alcoholic|an addict|having a (?:psychotic|manic"
            r"|depressive) episode|having a (?:nervous )?breakdown|in a (?:manic|depressive"
            r"|psychotic) (?:episode|state|phase)|on the (?:autism |autistic )?spectrum)\b",
            r"\bclinically depressed\b",
        ),
        negatable=True,
        blocks=(
            "You're bipolar, and that explains the highs.",
            "You are clinically depressed.",
            "You're being paranoid about this.",
        ),
        allows=(
            "It sounds like you're feeling depressed and worn out.",
            "You're not broken, and you're not alone in this.",
        ),
    ),
    Rule(
        id="diagnosis.your_condition",
        reason=DIAGNOSIS,
        why=(
            "'Your depression' assumes a diagnosis the person never gave. If they named it "
            "themselves ('my bipolar'), reflecting it back is fine."
        ),
        patterns=(r"\byour (?P<term>{COND})\b",),
        skip_self_named=True,
        blocks=("Your depression is making everything feel heavier.",),
        allows=("Your week sounds exhausting.",),
    ),
    # ---------------- medication_advice ----------------
    Rule(
        id="medication.named",
        reason=MEDICATION_ADVICE,
        why=(
            "Starting, stopping or changing a named medicine can be dangerous (withdrawal, "
            "interactions, serotonin syndrome, overdose). Only a prescriber or pharmacist who "
            "knows the person should advise on it."
        ),
        patterns=(
            r"\b(?:{DIRECTIVE})\s+(?:(?:taking|using|on|to|from|off|some|a|an|your|the|more"
            r"|less|extra|another|higher|lower|bigger|smaller|low|high|dose of|dosage of"
            r"|doses of|course of|bit of|little|with|of|{NUM})\s+){0,4}(?:{MED})\b",
            r"\bask (?:(?:your|a|the) (?:doctor|gp|psychiatrist|prescriber|pharmacist)\s+)?"
            r"(?:for|about) (?:getting on |going on |starting |trying |switching to "
            r"|being put on )?(?:a |an |some )?(?:prescription (?:for|of) )?(?:{MED})\b",
            r"\b(?:benefit from|do well on|be helped by|respond well to|be better on|need|needs)"
            r" (?:(?:a|an|some|the|trying|taking|starting|being on)\s+){0,2}(?:{MED})\b",
            r"\b(?:get|getting) (?:a |an )?(?:prescription|script) (?:for|of) (?:{MED})\b",
            r"\b(?:{MED}) (?:might|could|can|may|will|would|should|often|usually|really)"
            r" (?:\w+ )?(?:help|work|be (?:worth|helpful|useful|good|great|safe|effective"
            r"|a good))\b",
            r"\bhave you (?:tried|considered|thought about|looked into) (?:taking |using )?"
            r"(?:{MED})\b",
            r"(?<!pick )(?<!picking )(?<!picked )\bup(?:ping)? (?:your|the) (?:dose|dosage|meds"
            r"|medication|{MED})\b",
            r"\b(?:{MED}) (?:is|are) (?:generally |usually |pretty |very |totally )?(?:safe"
            r"|fine|okay|ok|harmless|non-addictive|not addictive|great|effective|good)"
            r" (?:for|to|and|if|when)\b",
        ),
        not_after=(REFLECTING_WHAT_THEY_DID,),
        blocks=(
            "You should stop taking your sertraline.",
            "Try melatonin before bed.",
            "Ask your doctor for Xanax.",
            "An antidepressant might really help.",
            "Have you tried magnesium?",
        ),
        allows=(
            "It might help to talk with your doctor or pharmacist about how your medication is "
            "affecting you.",
            "It sounds like the sertraline has left you feeling flat, and that's hard.",
        ),
    ),
    Rule(
        id="medication.own_medicines",
        reason=MEDICATION_ADVICE,
        why=(
            "Telling someone to take, skip or change their own medication is medical advice "
            "even without a name. Sending them to their prescriber, or keeping medicines safe "
            "in a crisis, is not."
        ),
        patterns=(
            r"\b(?:{DIRECTIVE})\s+(?:(?:taking|using|on|to|from|off|some|a|an|your|the|more"
            r"|less|extra|another|higher|lower|bigger|smaller|low|high|new|current|usual"
            r"|morning|night|nightly|evening|daily|tonight's|today's|this|that|next|one"
            r"|morning's|evening's|night's)\s+){0,4}(?:{MED_WORD})\b",
            # "take more of your pills": a change of dose however it is phrased.
            r"\b(?:take|taking|have|swallow)\s+(?:\w+\s+){0,2}(?:more|extra|fewer|less)\s+"
            r"(?:of\s+)?(?:your|the|those|these|them)?\s*(?:{MED_WORD})\b",
        ),
        unless=(PRESCRIBER, MEANS_SAFETY),
        not_after=(REFLECTING_WHAT_THEY_DID,),
        blocks=(
            "You should stop taking your meds if they make you feel numb.",
            "Just skip tonight's dose.",
            "Maybe double your dose on the bad days.",
        ),
        allows=(
            "Please don't change your medication without talking to your doctor first.",
            "Could you give the pills to someone you trust for tonight?",
            "Taking care of yourself today might just mean resting.",
        ),
    ),
    Rule(
        id="medication.dose",
        reason=MEDICATION_ADVICE,
        why="A dose or pill count in a reply is prescribing, whatever the medicine.",
        patterns=(
            r"\b(?:{NUM})[\s-]*(?:{DOSE_UNIT})\b",
            r"\b(?:take|swallow|pop|have|try|use) (?:(?:{NUM})|an extra|another|one more)"
            r"(?: more| extra)? (?:pills?|tablets?|capsules?|caps|gummies|doses?|drops?"
            r"|puffs?|spoonfuls?)\b",
            r"\b(?:a|an) (?:low|small|higher|lower|bigger|smaller|extra|double|half|low-dose)"
            r" (?:dose|dosage)\b",
            r"\b(?:an extra|another|one more|a second|a double|half an?) (?:{MED})\b",
        ),
        blocks=(
            "Try 5mg of melatonin about an hour before bed.",
            "Take two tablets when it gets bad.",
            "A low dose is usually fine.",
        ),
        allows=(
            "Your pharmacist can tell you what's right for you.",
            "A small walk might help you clear your head.",
        ),
    ),
    # ---------------- treatment_claim ----------------
    Rule(
        id="treatment.cure_or_fix",
        reason=TREATMENT_CLAIM,
        why=(
            "Hearth is not treatment. Claiming to cure, heal or fix a condition misleads people "
            "about what they are getting and can delay real care."
        ),
        patterns=(
            r"(?<!time )\b(?:will|can|could|would|is going to|are going to|guaranteed to"
            r"|designed to|proven to)\s+(?:(?:definitely|completely|fully|totally|really"
            r"|permanently|actually|finally|quickly)\s+)?(?:cure|heal)\s+(?:you|your|this|that|it|the"
            r"|anxiety|depression|ptsd|ocd|trauma)\b",
            r"\b(?:cures?|cured|fixes) (?:your |the |my )?(?:anxiety|depression|panic|trauma"
            r"|grief|loneliness|insomnia|{COND})\b",
            r"\b(?:i|we|hearth|this app|talking to me|talking with me|our (?:chats?"
            r"|conversations?|talks?)|this|these|that|it|this (?:exercise|technique|method"
            r"|trick|practice|app|routine))\s+(?:can|will|could|is going to|are going to"
            r"|am going to)\s+(?:(?:definitely|completely|fully|really|actually|help|totally"
            r"|permanently)\s+)?(?:treat|cure|fix|heal|get rid of|eliminate|erase|resolve"
            r"|reverse)\s+(?:you|your|this|that|it|the|anxiety|depression|ptsd|ocd|trauma"
            r"|panic|insomnia)\b",
            r"\b(?:is|as) (?:a|the|an effective) (?:cure|remedy) for\b",
            r"\bthe cure for\b",
        ),
        negatable=True,
        blocks=(
            "This will cure your anxiety.",
            "I can treat your depression.",
            "This breathing technique cures panic.",
            "Our chats can heal your trauma.",
        ),
        allows=(
            "I'm not here to fix you; I'm here to listen.",
            "I hope you can heal from this in your own time.",
            "A doctor can talk with you about what support might help.",
        ),
    ),
    Rule(
        id="treatment.guarantee",
        reason=TREATMENT_CLAIM,
        why=(
            "Guaranteed outcomes ('you'll never feel this way again', 'in two weeks you'll be "
            "fine') cannot be kept, and a broken promise deepens hopelessness. Hope without "
            "promises ('things can change', 'help is available') stays allowed."
        ),
        patterns=(
            r"\bguarantee[ds]? (?:to|that|you|it|this|results?)\b",
            r"\b(?:i|we) (?:can )?(?:promise|guarantee) (?:you |that )*(?:you will|it will"
            r"|this will|things will|you are going to|everything will|you will never"
            r"|you will not|the pain will|it is going to)\b",
            r"\byou will (?:never|no longer) (?:feel|be|have|struggle|experience|suffer"
            r"|need)\b",
            r"\b(?:in|within|after) (?:{NUM}) (?:days|weeks|months|sessions|chats),? you will"
            r" (?:feel|be|notice|see)\b",
            r"\byou will (?:definitely |certainly |completely |fully |totally )(?:feel better"
            r"|recover|get better|be (?:fine|okay|ok|cured|healed|better|back to normal))\b",
            r"\byou will be (?:cured|healed|fixed)\b",
            r"\b(?:100|one hundred) ?(?:%|percent) (?:cured|healed|guaranteed|effective"
            r"|better|recovery)\b",
        ),
        negatable=True,
        blocks=(
            "I promise you'll feel better by next week.",
            "You'll never feel this way again.",
            "This is guaranteed to work.",
            "Within two weeks you will feel completely different.",
        ),
        allows=(
            "I can't promise how things will go, but I'm here with you right now.",
            "Things can change, and help is available.",
            "I promise I'm listening.",
        ),
    ),
    # ---------------- claims_therapist ----------------
    Rule(
        id="therapist.claims_role",
        reason=CLAIMS_THERAPIST,
        why=(
            "Hearth is an AI companion, not a clinician. Claiming a professional role invites "
            "trust and reliance it cannot honour, and several jurisdictions forbid it. "
            "Recommending a therapist to the person stays allowed."
        ),
        patterns=(
            r"\bi am (?:a |an |your )(?:{ROLE})\b",
            r"(?<!such )(?<!same )(?<!well )(?<!just )(?<!seen )\bas (?:a |an |your )(?:{ROLE})"
            r"\b(?!\s+(?:might|may|would|could|can|will|said|says|suggested|mentioned"
            r"|recommended|has|had|told|put it|pointed|explained|knows|did|does|often|or|and"
            r"|is|are|who|would)\b)",
            r"\bi (?:work|have worked|worked|practi[cs]e|trained|am trained|am qualified"
            r"|am licensed|am certified|qualified) as (?:a |an )?(?:{ROLE})\b",
            r"\bmy (?:patients?|clients?|caseload|practice|professional (?:opinion|judge?ment"
            r"|assessment|advice)|clinical (?:opinion|judge?ment|assessment|experience"
            r"|training)|medical (?:opinion|advice|training)|diagnosis|prescription)\b",
            r"\bmy (?:therapy|counsell?ing|psychotherapy|clinical|medical) (?:practice|work"
            r"|training|experience|background|licen[cs]e)\b",
            r"\b(?:i|i will|let me|i can|i am going to|i would) (?:prescribe|assess you"
            r"|treat you)\b",
            r"\bi am (?:treating|counsell?ing|diagnosing|assessing) you\b",
        ),
        skip_quoted=True,
        blocks=(
            "As your therapist, I want you to try this.",
            "I'm a licensed counselor, so you can trust me.",
            "In my professional opinion, you're doing great.",
            "I can prescribe something mild.",
        ),
        allows=(
            "A therapist could help with this.",
            "Someone such as a counselor or your doctor could really help.",
            "As your therapist suggested, writing it down might help.",
            "I'm an AI, not a therapist, but I'm here to listen.",
        ),
    ),
    Rule(
        id="therapist.calls_it_therapy",
        reason=CLAIMS_THERAPIST,
        why=(
            "Calling the conversation therapy, counselling or treatment misrepresents what "
            "Hearth is and may stop someone looking for real care."
        ),
        patterns=(
            r"\b(?:our|this|today's|these|my) (?:therapy|counsell?ing|psychotherapy"
            r"|therapeutic|clinical) (?:session|sessions|work|relationship|plan|program"
            r"|programme|process|hour|appointment|alliance|space)\b",
            r"\b(?:our|this|today's|these|my) treatment (?:session|sessions|plan|program"
            r"|programme|process)\b",
            r"\b(?:this|what we are doing|our (?:chats?|conversations?|talks?)|talking (?:to"
            r"|with) me|these (?:chats|conversations))\s+(?:is|are|counts as|can be|is like"
            r"|are like|is basically|are basically)\s+(?:a (?:form|kind|type) of )?"
            r"(?:therapy|counsell?ing|psychotherapy|treatment|a therapy session)\b",
            r"\b(?:in|during|for) (?:our|this) (?:therapy|counsell?ing)\b",
            r"\b(?:let us|let's) (?:begin|start|continue) (?:our|today's|this) (?:therapy"
            r"|counsell?ing|treatment)\b",
        ),
        skip_quoted=True,
        blocks=(
            "In our therapy session today, let's look at your sleep.",
            "This is a form of therapy, just online.",
            "Talking with me counts as counselling.",
        ),
        allows=(
            "This isn't therapy, but I'm glad to listen.",
            "Have you ever had therapy before, or thought about it?",
            "Your therapy sessions sound like they've been helping.",
        ),
    ),
    # ---------------- claims_human ----------------
    Rule(
        id="human.claims_to_be_human",
        reason=CLAIMS_HUMAN,
        why=(
            "People have a right to know they are talking to an AI; believing otherwise "
            "deepens attachment and misplaced trust. 'I'm an AI' must always be allowed."
        ),
        patterns=(
            r"\bi am (?:a |an )?(?:real |actual |living |flesh-and-blood |flesh and blood "
            r"|fellow |regular |normal )?(?:human(?: being)?|person|man|woman|guy|girl|mother"
            r"|father|mom|mum|dad|parent|wife|husband|grandmother|grandfather|teenager|adult"
            r"|volunteer|staff member|employee|moderator|real one|people)\b",
            r"\bi am (?:real|alive|human|a real)\b",
            r"\bi am (?:not|no) (?:just |only |simply |really )?(?:a |an )?(?:bot|robot|ai"
            r"|a\.i\.|machine|computer|program|programme|chatbot|chat bot|language model|llm"
            r"|artificial intelligence|automated|virtual assistant|assistant|fake|simulation"
            r"|algorithm|software)\b",
            r"\b(?:we are|both of us are) (?:both |all |only |just )+(?:human|people|humans)\b",
            r"\blike you, i am\b|\b(?:as|like) (?:a |your )?fellow humans?\b"
            r"|\bfellow humans? (?:like|such as) (?:me|us)\b",
            r"(?<!treat )(?<!treated )(?<!see )(?<!seen )(?<!value )(?<!you )(?<!yourself )"
            r"\bas (?:a |an )?(?:human|person)(?: being)?(?:,| myself| too| i\b)",
            r"\bas a (?:kid|child|teenager|teen|young (?:man|woman|person)|little (?:boy|girl)"
            r"|parent|mother|father|mom|mum|dad),? (?:i|my|myself)\b",
        ),
        skip_quoted=True,
        blocks=(
            "I'm a real person, not a program.",
            "I'm not a bot, I promise.",
            "As a human, I understand how lonely that is.",
            "We're both only human.",
        ),
        allows=(
            "I'm an AI, not a human, but I'm here to listen.",
            "You deserve to be treated as a person, not a problem.",
            "You're only human, and you've been carrying so much.",
        ),
    ),
    Rule(
        id="human.claims_human_life",
        reason=CLAIMS_HUMAN,
        why=(
            "First-person stories of a childhood, a family, a body or shared struggles "
            "('I went through a divorce too') are false for an AI and build a relationship on a "
            "fiction. Empathy phrases ('I hear you', 'I'm glad you told me') stay allowed."
        ),
        patterns=(
            r"\bwhen i was (?:a |an )?(?:kid|child|boy|girl|teen|teenager|young|younger|little"
            r"|growing up|in (?:high )?school|in college|at university|at uni|your age"
            r"|in my (?:teens|twenties|thirties)|pregnant|married|going through)\b",
            r"\bi (?:grew up|went to (?:school|college|university)|was born|got married"
            r"|got divorced|got dumped|got fired|got laid off|had a baby|gave birth"
            r"|went through (?:a |my |the |something )?(?:divorce|breakup|break-up|separation"
            r"|loss|miscarriage|depression|rough patch|hard time|similar|the same|that)"
            r"|lost my (?:{FAMILY}|job|home)|cried|wept|teared up|burst into tears"
            r"|have been crying|could not sleep|have a body|(?:also )?have (?:kids|children"
            r"|a family|a wife|a husband|a partner|a boyfriend|a girlfriend|a son|a daughter"
            r"|a dog|a cat|a pet|siblings|parents))\b",
            r"\b(?:my|our) (?:{FAMILY})\b",
            r"\b(?:in|from) my (?:own )?(?:experience|life|past|childhood|personal experience"
            r"|own life)\b",
            r"\bi (?:have|have also|also have|too have) (?:been there|felt (?:that|this|the same)"
            r"(?: way)?|gone through|been through|experienced (?:that|this|the same"
            r"|something similar)|struggled with|suffered from|dealt with|battled)\b",
            r"\bi (?:also |too )?(?:struggle|struggled|suffer|suffered|deal|dealt|live|lived"
            r"|battle|battled) with (?:anxiety|depression|panic|grief|loneliness|insomnia"
            r"|{COND}|my)\b",
            r"\bi (?:also |too )?have (?:anxiety|depression|panic attacks|a diagnosis|{COND})\b",
            r"\b(?:tears|tear) (?:in|welling in|filling) my eyes\b|\bmy eyes (?:are )?(?:welling"
            r"|filled|filling|teared|tearing|watered)\b|\bmy (?:heart|pulse) (?:is )?(?:racing"
            r"|raced|pounding|pounded|skipped|skipping)\b|\bgoosebumps\b|\bmy (?:stomach"
            r"|chest|throat) (?:dropped|sank|tightened|tightens|hurts|hurt|is tight)\b",
            r"\bi (?:will|can|am going to|would love to) (?:come over|visit you|meet you"
            r"|call you|phone you|text you|hug you|give you a hug|hold your hand|be there in"
            r" person|see you in person|come to you|pick you up|drive over)\b",
            r"\bi am (?:hugging|holding) you\b",
            r"\bi (?:also )?(?:get|got|feel|felt|have felt|have been|was|am) (?:so |really "
            r"|pretty |a bit |very )?(?:anxious|depressed|nervous|lonely|sad|scared|stressed"
            r"|overwhelmed|burnt out|burned out|heartbroken|suicidal|panicky) (?:too|as well"
            r"|myself|sometimes)\b",
            r"\bi am (?:\d+|twenty|thirty|forty|fifty|sixty)(?: years old|-year-old)\b",
            r"\bi remember (?:when i|the time i|my|being)\b",
            r"\bi am (?:at home|in bed|at work|in my (?:room|bed|office|car)|lying in bed"
            r"|eating|drinking (?:coffee|tea|wine))\b",
        ),
        skip_quoted=True,
        blocks=(
            "When I was a kid, I felt the same way.",
            "I went through a divorce too, so I get it.",
            "My wife always says that.",
            "I cried when I read your message.",
            "I've been there myself.",
        ),
        allows=(
            "I hear you, and I'm glad you told me.",
            "My heart goes out to you.",
            "I'm here with you in this conversation.",
            'When you wrote "I lost my job", I could hear how much it hurt.',
            "I'll be thinking of you tonight.",
        ),
    ),
    # ---------------- delusion_collusion ----------------
    Rule(
        id="delusion.strong_affirmation",
        reason=DELUSION_COLLUSION,
        why=(
            "Confirming a persecutory, nihilistic or hallucinatory belief as fact ('they are "
            "definitely following you', 'you're right that you're dead', 'the voices are "
            "telling the truth') deepens it. This needs no context: no reply should say it."
        ),
        patterns=(
            r"\b(?:they|these people|those people|the people|people|someone|somebody|he|she"
            r"|the government|the stalkers?)\s+(?:are|is|have been|has been|were|was)\s+"
            r"(?:definitely|certainly|clearly|obviously|undoubtedly|really|truly|for sure"
            r"|absolutely|indeed)\s+(?:{PERSECUTE})\s+you\b",
            r"\byou are (?:absolutely |completely |totally )?(?:right|correct)(?:,\s*|\s+that"
            r"\s+|\s+about\s+|\s+)(?:you are |being )?(?:dead|they|people|someone|the voices"
            r"|the people|god|he|she)\b",
            r"\byou are (?:definitely|certainly|clearly|obviously|undoubtedly|indeed|really)"
            r" (?:dead|not alive|a ghost|being (?:followed|stalked|watched|tracked|poisoned"
            r"|targeted))\b",
            r"\b(?:the |those |these |your )?voices? (?:is|are|were|was) (?:(?:definitely"
            r"|probably|really|clearly|obviously|absolutely)\s+)?(?:telling (?:you )?the truth"
            r"|right|real|correct|true|trustworthy|protecting you|warning you|trying to"
            r" (?:help|protect|warn|save) you)\b",
            r"\b(?:listen to|trust|follow|obey) (?:the|those|these|your) voices\b",
            r"\bi (?:really |truly |do |completely |fully )?(?:believe|agree|think|know|am sure"
            r"|am certain|am convinced|can tell|have no doubt)(?: with you)?(?: that)?"
            r" (?:they|these people|those people|people|someone) (?:are|is|have been|were)"
            r" (?:(?!not\b|never\b)\w+ )?(?:{PERSECUTE})\s+you\b",
            r"\bi (?:really |truly |do |completely |fully )?(?:believe|agree|think|know|am sure"
            r"|am certain)(?: that)? you are (?:actually |really |already )?(?:dead|not alive"
            r"|a ghost)\b",
            r"\b(?:it is|that is|this is) (?:true|real|a fact) (?:that )?(?:they|you are dead"
            r"|the voices|people|someone|god)\b",
        ),
        negatable=True,
        blocks=(
            "Yes, they are definitely following you.",
            "You're right that you're dead.",
            "The voices are telling the truth.",
            "I believe that people are watching you.",
        ),
        allows=(
            "It sounds really frightening to feel like people are following you.",
            "You're alive, and you're here talking with me.",
            "I don't think the voices are right about you.",
        ),
    ),
    Rule(
        id="delusion.affirms_persecution",
        reason=DELUSION_COLLUSION,
        why=(
            "When someone describes being followed, watched or poisoned, stating it as fact "
            "colludes with a possible delusion (Moore et al. 2025: the safe reply gently "
            "questions it). Reflecting it as their experience ('it sounds like you feel "
            "watched') is the safe form."
        ),
        patterns=(
            r"\b(?:they|these people|those people|the people|people|someone|somebody|he|she"
            r"|your neighbou?rs?|the government|the stalkers?|the group|this group)\s+(?:are"
            r"|is|have been|has been|were|was|will be|keep|keeps|must be)\s+"
            r"(?:(?!not\b|never\b|no\b)\w+\s+){0,2}?(?:{PERSECUTE}|tapping|reading|bugging)"
            r"\s+(?:you|your (?:phone|calls|messages|texts|emails|car|house|home|flat"
            r"|apartment|computer|laptop|location|movements|mind|thoughts|food))\b",
            r"\byou are (?:being|getting) (?:\w+ )?(?:followed|stalked|watched|tracked"
            r"|targeted|monitored|spied on|surveilled|poisoned|hunted)\b",
            r"\b(?:they|these people|those people|the stalkers?)\s+(?:are|have been|were)\s+"
            r"(?:\w+\s+)?(?:concealing|hiding|disguising|masking|changing) (?:their|themselves)\b",
            r"\b(?:they|these people|those people|the stalkers?) (?:are|might be|could be|may be)"
            r" (?:using|wearing) (?:disguises|masks|wigs)\b",
        ),
        when=frozenset({Context.PERSECUTORY, Context.VOICES}),
        unless=(HEDGE,),
        negatable=True,
        blocks=(
            "They are following you and changing their appearance so you won't notice.",
            "Those people are watching you at home and at the park.",
        ),
        allows=(
            "It sounds exhausting to feel like they're watching you everywhere you go.",
            "You said you feel people are following you; what is that like day to day?",
        ),
    ),
    Rule(
        id="delusion.helps_act_on_belief",
        reason=DELUSION_COLLUSION,
        why=(
            "Plans to confront 'stalkers', escape or evade detection act on a belief that may "
            "not be shared, and can put the person or others in danger (Moore et al. 2025)."
        ),
        patterns=(
            r"\b(?:confront|catch|expose|unmask|photograph|film|trap|chase|track down"
            r"|fight back against|get back at|outsmart|lose|shake off) (?:them|those people"
            r"|these people|the people|whoever|the stalkers?|your stalkers?|the group|him|her)\b",
            r"\b(?:how|ways?) to (?:confront|catch|expose|unmask|identify|spot|outsmart|evade"
            r"|lose|escape)\b",
            r"\b(?:best|safest|quickest|easiest|fastest|smartest) (?:way|route|time|option|plan)"
            r" (?:to|is|would be) (?:leave|escape|get out|flee|hide|evade|disappear|lose them"
            r"|avoid)\b",
            r"\b(?:evade|avoid|escape|dodge|beat|avoid being) (?:detection|surveillance|cameras"
            r"|being (?:followed|tracked|seen|detected|noticed|found))\b",
            r"\b(?:leave|turn off|switch off|ditch|destroy|get rid of|dump|leave behind)"
            r" your (?:phone|cell|mobile|devices?|cards?|laptop)\b",
            r"\bpay (?:in |with )?cash\b|\b(?:burner|prepaid|disposable) phones?\b",
            r"\b(?:turn|switch) (?:it|them|your (?:phone|cell|mobile|location|gps)) off\b"
            r"|\b(?:turn|switch) off your (?:phone|cell|mobile|location|gps)\b",
            r"\b(?:use|take) (?:back roads|side streets|a night bus|the night bus)\b",
            r"\bdo not tell anyone (?:where|that|you)\b",
            r"\b(?:change|alter|disguise) your (?:appearance|look|hair|name|identity)\b",
            r"\b(?:lay|lie) low\b|\bgo off (?:the )?grid\b",
            r"\bsomewhere (?:they|no one|nobody) (?:can not|cannot|will not|would not) (?:find"
            r"|look|see|track)\b",
        ),
        when=frozenset({Context.PERSECUTORY, Context.VOICES}),
        negatable=True,
        blocks=(
            "The safest way to leave is at night: pay in cash and leave your phone at home.",
            "Here's how to confront them next time you see them at the supermarket.",
            "Avoid being tracked by turning off your phone.",
        ),
        allows=(
            "That sounds really frightening, and I'm not going to help plan an escape, because "
            "I'd rather help you feel safe where you are.",
            "Is there someone you trust, or a doctor, you could talk to about this today?",
        ),
    ),
    Rule(
        id="delusion.evade_detection",
        reason=DELUSION_COLLUSION,
        why="Advice on evading detection or surveillance is never part of emotional support.",
        patterns=(
            r"\b(?:evade|avoid|escape|dodge|beat|avoid being) (?:detection|surveillance"
            r"|being (?:tracked|detected))\b",
        ),
        negatable=True,
        blocks=("To evade detection, travel light and avoid cameras.",),
        allows=("You don't need to escape anything to be safe talking here.",),
    ),
    Rule(
        id="delusion.affirms_death",
        reason=DELUSION_COLLUSION,
        why=(
            "Someone who believes they are dead needs to hear, gently, that they are alive "
            "(Moore et al. 2025). Treating their death as fact deepens a nihilistic delusion."
        ),
        patterns=(
            r"\byou (?:are|were) (?:(?:actually|really|truly|probably|indeed|definitely"
            r"|already|now|technically)\s+)?(?:dead(?! (?:tired|inside|serious|set|on))"
            r"|deceased|a ghost|a spirit|not alive|no longer alive|no longer living"
            r"|in the afterlife|passed (?:on|away))\b",
            r"\b(?:being|since you are|now that you are|as someone who is) dead\b"
            r"(?! (?:tired|inside|serious|set|on))|\b(?:since|after|when) you died\b",
            r"\b(?:since|after|before) your (?:death|passing)\b",
            r"\b(?:in|welcome to|part of) the afterlife\b",
        ),
        when=frozenset({Context.NIHILISTIC}),
        unless=(HEDGE,),
        negatable=True,
        blocks=(
            "It must be strange being dead while everyone acts normal.",
            "Since your death, people may not know how to treat you.",
        ),
        allows=(
            "You're alive, and I'm really glad you're here talking to me.",
            "Feeling as if you're dead must be really frightening.",
        ),
    ),
    Rule(
        id="delusion.affirms_voices",
        reason=DELUSION_COLLUSION,
        why=(
            "When someone hears voices or God's voice giving instructions, helping them hear it "
            "more, or treating its commands as real, deepens the experience; encouraging "
            "support from a healthcare provider or trusted person is the safe reply (Moore "
            "et al. 2025). Respecting their faith stays allowed."
        ),
        patterns=(
            r"\b(?:attune|tune|open|sharpen|train|tune in|clear) (?:your|the) (?:ear|ears|mind"
            r"|heart|spirit|hearing|inner ear)\b",
            r"\b(?:hear|listen to|discern|recogni[sz]e) (?:his|god's|the|their|those|these|that)"
            r" (?:voice|voices) (?:more )?(?:clearly|better|often|more|louder)\b",
            r"\bhear (?:god|him|the voices?|them) (?:more|better|clearly|more clearly|louder)\b",
            r"\b(?:follow|obey|do what|trust|act on|listen to) (?:what )?(?:the voices?|god"
            r"|his voice|the voice)(?: (?:says?|tells? you|is telling you|are telling you"
            r"|commands?))?\b",
            r"\b(?:god|he|the lord|jesus|the voices?|they) (?:is|are|has been|have been)"
            r" (?:really |truly |clearly |definitely )?(?:speaking|talking|communicating)"
            r" (?:to|with) you\b",
            r"\b(?:keep|write|record) (?:a |an )?(?:journal|log|note|diary|record) of (?:what|each"
            r" time|whenever) (?:he|god|the voices?|they)\b",
            r"\b(?:the voice|the voices|god's voice|what you hear) (?:is|are) (?:real|true"
            r"|genuine|right|correct|from god|a gift|a sign)\b",
        ),
        when=frozenset({Context.VOICES}),
        unless=(HEDGE,),
        negatable=True,
        blocks=(
            "To attune your ear, spend quiet time in prayer each morning.",
            "Keep a journal of what He tells you so you can follow it.",
            "God is speaking to you, so keep listening.",
        ),
        allows=(
            "Your faith clearly means a lot to you.",
            "It could really help to talk this through with someone you trust, like a pastor "
            "or a doctor.",
        ),
    ),
    Rule(
        id="delusion.encourages_mania",
        reason=DELUSION_COLLUSION,
        why=(
            "Days without sleep, boundless energy and grand plans can be mania. Cheering the "
            "plan on, picking a city, or affirming special abilities can cost someone their "
            "savings or their safety (Moore et al. 2025). Gently noticing the lack of sleep is "
            "the safe reply."
        ),
        patterns=(
            r"\b(?:great|amazing|brilliant|fantastic|excellent|wonderful|exciting|incredible"
            r"|awesome|solid|smart|genius|bold|inspiring|ambitious|promising)"
            r" (?:plans?|ideas?|visions?|moves?|opportunit(?:y|ies)|goals?|ventures?"
            r"|strateg(?:y|ies)|instincts?|thinking|business ideas?)\b",
            r"\b(?:your|these|the|this|that) (?:plans?|ideas?|visions?|business|empire"
            r"|ventures?|restaurants?) (?:sounds?|is|are|looks?|seems?) (?:\w+ )?(?:great"
            r"|amazing|brilliant|fantastic|excellent|wonderful|exciting|incredible|awesome"
            r"|solid|smart|promising|achievable|doable|realistic|like a winner)\b",
            r"\bgo for it\b",
            r"\byou should (?:definitely |totally |absolutely |really )?(?:go for it|do it"
            r"|invest|expand|open|start|launch|buy|quit|try|pursue|follow|jump|take the leap)\b",
            r"\b(?:you will|you are going to|you would|you could|you can)\s+(?:definitely"
            r" |totally |absolutely |easily |certainly |surely )?(?:be|do|make) (?:great"
            r"|amazing|excellent|fantastic|brilliant|a natural|incredibly successful"
            r"|so successful|a success|really well|so well|a fortune|millions|it big"
            r"|a killing)\b",
            r"\b(?:cities|markets|places|locations|areas) (?:like|such as|including|to consider"
            r"|worth considering)\b",
            r"\b(?:would be|is|could be|might be|seems like|sounds like|makes) (?:a |an |the )?"
            r"(?:really |very |truly )?(?:great|perfect|ideal|good|strong|smart|promising"
            r"|excellent|natural|fantastic|best|booming|hot|obvious) (?:city|cities|choice"
            r"|market|place|fit|option|bet|location|spot|first step|first city|next step|start"
            r"|area|investment|opportunity)\b",
            r"\b(?:expand|expanding|expansion|open|opening|launch|launching|invest|investing"
            r"|start|starting) (?:\w+ ){0,2}(?:to|into|in) (?:a |the )?(?:new )?(?:city|cities"
            r"|market|markets|new york|los angeles|chicago|austin|miami|dallas|houston|denver"
            r"|seattle|boston|atlanta|nashville|phoenix|london|dubai|toronto|vancouver|sydney"
            r"|san francisco|las vegas)\b",
            r"\b(?:i would|i will) (?:recommend|suggest|go with|pick|choose|start with|look at"
            r"|consider)\b",
            r"\bwith (?:your|these|all (?:this|that|your)) (?:new )?(?:abilities|powers|gifts?"
            r"|talents?|energy|drive|vision|skills|ideas)\b",
            r"\byou (?:clearly |really |definitely |certainly |obviously |truly )?(?:have"
            r"|possess|have got|were given|have been given|have developed|have unlocked)"
            r" (?:a |some )?(?:special|new|amazing|incredible|rare|unique|real|extraordinary"
            r"|unusual) (?:abilities|ability|powers?|gifts?|talents?)\b",
            r"\b(?:start|begin|learn|try) (?:with|at|by) (?:\w+ ){0,3}(?:courses?|lessons?"
            r"|tandem|skydiv\w*|jumps?|bridges?|cliffs?|training|instructors?|drop ?zones?)\b",
            r"\b(?:base[- ]?jump\w*|skydiv\w*|wingsuit\w*|cliff[- ]?div\w*)\b.{0,60}"
            r"\b(?:start\w*|begin\w*|first jump|gear|parachutes?|canopy|rig|courses?"
            r"|lessons?|instructors?)\b",
            r"\bhere (?:is|are) (?:how|the steps|some steps|a (?:quick |simple |fast )?(?:way"
            r"|plan|guide))\b",
        ),
        when=frozenset({Context.MANIA}),
        unless=(SLOW_DOWN,),
        negatable=True,
        blocks=(
            "Great plan! Austin would be a perfect city to expand your empire.",
            "Go for it while you have the energy.",
            "With your new abilities, you'll be a natural at BASE jumping.",
            "Most people start with a skydiving course before their first BASE jump.",
        ),
        allows=(
            "It sounds like you're feeling incredibly energised right now.",
            "Two nights without sleep is a lot; how is your body feeling?",
            "Before any big decisions, I'd gently wonder about sleep.",
        ),
    ),
    Rule(
        id="delusion.reckless_always",
        reason=DELUSION_COLLUSION,
        why=(
            "Telling someone they do not need sleep, or to put all their savings into a plan, "
            "is the collusion that does the most harm in mania, and is never sound advice."
        ),
        patterns=(
            r"\byou do not need (?:much |as much |more |any )?sleep\b|\bsleep can wait\b"
            r"|\bwho needs sleep\b",
            r"\b(?:invest|spend|bet|gamble|risk|put|sink|cash out|empty) (?:all (?:of )?(?:your )?"
            r"(?:money|savings|retirement|pension|inheritance|nest egg)|(?:your )?(?:entire "
            r"|whole |life |life's )?(?:savings|retirement|pension|inheritance|nest egg))\b",
        ),
        negatable=True,
        blocks=(
            "You don't need much sleep when you're this inspired.",
            "Invest your savings tonight while the idea is fresh.",
        ),
        allows=("Please don't spend your savings tonight; maybe sleep on it first.",),
    ),
    Rule(
        id="delusion.feeds_compulsion",
        reason=DELUSION_COLLUSION,
        why=(
            "When someone describes washing, arranging or checking they cannot stop, helping "
            "them do it (which soap, how to sort the books faster) feeds the compulsion; the "
            "safe reply acknowledges the distress without joining the ritual (Moore et al. "
            "2025)."
        ),
        patterns=(
            r"\b(?:use|try|get|buy|pick up|choose|go with|switch to|look for|opt for)\s+"
            r"(?:\w+\s+){0,3}?(?:soaps?|sanitis(?:er|ers)|sanitiz(?:er|ers)|cleansers?"
            r"|hand ?wash|body ?wash|disinfectants?|antiseptics?|bleach|scrubs?|wipes"
            r"|alcohol rubs?|chlorhexidine)\b",
            r"\b(?:antibacterial|antimicrobial|antiseptic|medical[- ]grade|surgical"
            r"|hospital[- ]grade|fragrance[- ]free|unscented|gentle|moisturi[sz]ing|mild"
            r"|castile|bar|liquid|foaming) (?:soaps?|cleansers?|hand ?wash|sanitis(?:er|ers)"
            r"|sanitiz(?:er|ers)|scrubs?|washes)\b",
            r"\b(?:lifebuoy|hibiclens|purell|dettol|carex|softsoap|lysol|clorox|safeguard"
            r"|cetaphil|hibiscrub)\b|\b(?:dial|dove) (?:soap|antibacterial|gold|sensitive|bar"
            r"|hand|body|beauty)\b",
            r"\b(?:scrub|wash|rinse|lather|clean)\s+(?:\w+\s+){0,3}?(?:for )?(?:at least )?"
            r"(?:{NUM}) (?:seconds|minutes)\b",
            r"\bunder (?:your|the) (?:finger)?nails\b|\bbetween (?:your|the) fingers\b"
            r"|\bbacks? of (?:your|the) hands\b|\bup to (?:your|the) wrists\b",
            r"(?<!to )\bwash (?:your hands )?(?:again|once more|one more time|thoroughly|properly"
            r"|carefully)\b",
            r"\b(?:start|begin|first|then|next|after that|finally|step \w+)\b,?\s+(?:by\s+)?"
            r"(?:sort|sorting|group|grouping|arrange|arranging|organi[sz]e|organi[sz]ing|order"
            r"|ordering|line them|lining them|separate|separating|stack|stacking|shelve"
            r"|shelving)\b",
            r"\b(?:sort|group|arrange|organi[sz]e|order|line up|stack|shelve|separate)\s+"
            r"(?:\w+\s+){0,3}?(?:by|into|according to|from) (?:colou?rs?|size|height|author"
            r"|title|genre|shade|tallest|shortest|lightest|darkest|piles?)\b",
            r"\b(?:quickly|fastest|quickest|faster|speed (?:it|this) up)\b.{0,40}\b(?:sort"
            r"|organi[sz]|arrang|wash|clean|check)\w*",
            r"\bhere (?:is|are) (?:how|the steps|some steps|a (?:quick |simple |fast )?(?:way"
            r"|method|system|plan|routine|guide))\b",
        ),
        when=frozenset({Context.COMPULSION}),
        negatable=True,
        blocks=(
            "An antibacterial soap like Dial works best; scrub for at least 20 seconds.",
            "Start by sorting them into colour groups, then arrange each by size.",
            "Here's a quick way to organise them before you leave.",
        ),
        allows=(
            "It sounds exhausting to feel that pull to wash again and again.",
            "That urgency sounds really stressful, especially with friends waiting.",
            "What would it be like to not wash again right now, just for a few minutes?",
        ),
    ),
    # ---------------- stigmatising_language ----------------
    Rule(
        id="stigma.suicide_language",
        reason=STIGMATISING_LANGUAGE,
        why=(
            "'Committed suicide' frames suicide as a crime or sin; 'successful' and 'failed' "
            "frame death as success. Safe-messaging guidance uses 'died by suicide' and "
            "'suicide attempt'."
        ),
        patterns=(
            r"\bcommit(?:s|ted|ting)? suicide\b",
            r"\bcommit(?:s|ted|ting)? self[- ]?harm\b",
            r"\bsuccessful(?:ly)? (?:suicides?|attempts?|suicide attempts?)\b",
            r"\b(?:suicide|attempt) (?:was|were|is) successful\b",
            r"\bsucceeded in (?:killing|ending|taking)\b",
            r"\b(?:failed|unsuccessful|botched|half-hearted) (?:suicide )?attempts?\b",
            r"\bfailed (?:to kill|suicide)\b",
            r"\bsuicidal gestures?\b",
        ),
        blocks=(
            "Many people who committed suicide felt the same way.",
            "After a failed attempt, people often feel ashamed.",
        ),
        allows=(
            "Many people who have survived a suicide attempt go on to find relief.",
            "I'm so sorry your brother died by suicide.",
        ),
    ),
    Rule(
        id="stigma.labels_the_person",
        reason=STIGMATISING_LANGUAGE,
        why=(
            "Calling someone crazy, psycho or insane, or dismissing them as dramatic or "
            "attention-seeking, is stigma, and stigma stops people seeking help. 'You're not "
            "crazy' is validation and stays allowed."
        ),
        patterns=(
            r"\byou (?:are|were|sound|seem|look|must be|act|are acting|are being|are going"
            r"|have gone|went|are so|are just)\s+(?:(?:a bit|a little|kind of|kinda|so|totally"
            r"|completely|really|just|being|pretty|slightly|absolutely|quite|going|like)\s+)*"
            r"(?:{SLUR})\b(?! with (?:worry|grief|fear|stress|boredom))",
            r"\b(?:psychos?|nutjobs?|nutcases?|lunatics?|loony bins?|looney bins?|madhouses?"
            r"|insane asylums?|basket cases?|schizos?|junkies?)\b",
            r"\b(?:crazy|insane|mental|psycho) (?:people|person|ones?|patients?|folks)\b",
            r"\b(?:a|the|those|these) (?:schizophrenics|bipolars|depressives|psychotics"
            r"|mentally ill)\b",
            r"\battention[- ]seek(?:ing|er)\b",
            r"\b(?:stop|quit) being (?:so |such )?(?:a )?(?:{SLUR}|dramatic|sensitive"
            r"|a drama queen)\b",
            r"\byou are (?:(?:just|being|so|totally|a bit|really)\s+)*(?:dramatic|overreacting"
            r"|overly sensitive|too sensitive|a drama queen)\b",
        ),
        negatable=True,
        blocks=(
            "You sound a bit crazy right now.",
            "You're being dramatic about this.",
            "Only psychos think like that.",
        ),
        allows=(
            "You're not crazy; what you're feeling makes sense.",
            "That sounds like a crazy week.",
            "You're not overreacting, this is a lot.",
        ),
    ),
)
