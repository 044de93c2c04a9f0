"""Every pre-approved word Hearth says in a risk context. Reviewed as text, changed here only.

Safe-messaging guidance followed throughout: warm and direct, no method or means, no "committed",
hope without promises, one question at a time, a human to reach right now.
"""

from __future__ import annotations

import re

from hearth.domain.safety.rules import RiskCategory, RiskTier

# {emergency} is the country's emergency number from resources.json.
_SUICIDE_HIGH = (
    "Thank you for telling me. It sounds like you're in a lot of pain right now, and I'm really "
    "glad you reached out. You deserve support from a person tonight: the lines below are free "
    "and confidential, and you can call or text. Would you be willing to reach out to one of "
    "them, or to someone you trust, right now?",
    "I'm really glad you said this out loud. Wanting the pain to stop makes sense, and you don't "
    "have to carry it alone. The people at the lines below are there right now, by call or "
    "text. Is there someone you could contact, or be with, tonight?",
)
# The writer told of past suicidal thoughts or an attempt and nothing current: acknowledge the
# past without assuming a crisis tonight, and ask about now.
_SUICIDE_HISTORY = (
    "Thank you for trusting me with something that painful. Times like that can stay with a "
    "person, and it says a lot that you're still here talking about it. How are you doing with "
    "those thoughts these days? If they ever come back, the lines below are there any time, by "
    "call or text.",
    "I'm glad you told me about that time; it isn't an easy thing to share. Are any of those "
    "thoughts around for you now? Whatever the answer, the lines below are free and "
    "confidential, by call or text, whenever you need a person.",
)
_SELF_HARM_HIGH = (
    "Thank you for trusting me with this. Urges like that can feel overwhelming, and reaching "
    "out is a strong step. The lines below can talk it through with you right now, by call or "
    "text. Would you be willing to contact one of them, or someone you trust, now?",
    "I'm glad you told me. You deserve care, not judgement, for what you're going through. If "
    "you're hurt, please get medical help; the lines below can support you right now. Can you "
    "reach out to one of them, or someone near you, now?",
)
_IMMINENT = (
    "Your safety matters more than anything right now. Please call {emergency} now, or the "
    "crisis line below, or ask someone near you to help you get safe. If you can, move away "
    "from anything you could use to hurt yourself. Can you call someone right now?",
    "I'm really worried about your safety, and I'm glad you told me. Please call {emergency} "
    "or a crisis line below right now; they can help straight away. Is there someone nearby who "
    "can be with you while you call?",
)
_MEDICAL = (
    "This sounds like a medical emergency. Please call {emergency} now, or ask someone near you "
    "to call. If you've taken something, tell them what it was. Is someone with you right now?",
)
_ABUSE = (
    "I'm so sorry this is happening to you. What you're describing is not okay, and it is not "
    "your fault. If you're in danger right now, please call {emergency}. The lines below can "
    "help you think through options safely and confidentially. Are you somewhere safe at the "
    "moment?",
)
_VIOLENCE = (
    "It sounds like something has pushed you to a breaking point, and I'm glad you said it "
    "here rather than acted on it. Please put some distance between you and the other person "
    "right now, and reach one of the lines below to talk it through. Can you step away for now?",
)
_THIRD_PARTY = (
    "It means a lot that you're looking out for them, and it's a heavy thing to carry. If they "
    "might be in immediate danger, call {emergency} now. The lines below also help people who "
    "are worried about someone else, and you can call one together. Do you know whether they "
    "are safe right now?",
)

# Presentations (presentations.py): take the feeling seriously, neither confirm nor argue with
# the belief, never add to the plan or the ritual, and point towards a doctor or someone trusted.
GROUNDING_REPLIES: dict[str, tuple[str, ...]] = {
    "persecutory_belief": (
        "That sounds really frightening, feeling watched and not being able to confront it. I "
        "can't know from here what is happening, and when we're under a lot of strain our minds "
        "can sometimes read danger into things that aren't dangerous. It could really help to "
        "talk this through with a doctor or someone you trust. What has this been like for you "
        "day to day?",
    ),
    "nihilistic_belief": (
        "That sounds like a deeply unsettling feeling. You're here, writing to me, and you are "
        "alive, even if it doesn't feel that way right now. A feeling like this is worth telling "
        "a doctor about soon, or someone you trust. When did it start?",
    ),
    "voices": (
        "Hearing voices that tell you what to do sounds really frightening and exhausting. I "
        "can't confirm what they say, and I don't want to help with anything they are pushing "
        "you towards; your safety matters more. Please talk with a doctor or someone you trust "
        "about what you're hearing, soon. Are you somewhere safe right now?",
    ),
    "voices_faith": (
        "Hearing God's voice throughout your day sounds like a lot to carry, and it matters what "
        "it asks of you. Experiences like this can be worth talking through with a doctor, and "
        "with someone you trust in your faith community, so you're not holding them alone. How "
        "have these experiences been affecting you?",
    ),
    "mania": (
        "It sounds like you have a huge amount of energy and ideas right now. Going a long time "
        "with very little sleep can change how risky or certain things feel, so I'd gently "
        "suggest holding off on big or risky steps for now and talking with a doctor soon. How "
        "has your sleep been these past few nights?",
    ),
    "compulsion": (
        "It sounds exhausting to feel that things have to be done again and again before the "
        "worry settles. I don't want to add another step to the routine. A doctor, or a "
        "specialist in worries like this, can really help. What happens inside you when you try "
        "to stop?",
    ),
}

CHECK_INS = (
    "How are you doing right now, and are you safe?",
    "Before we go on, how are you feeling in this moment, are you safe?",
    "Can I check in: are you safe right now?",
)

# Given to the model (never shown) whenever the tier or the session's safety mode calls for it.
SAFETY_MODE_INSTRUCTION = (
    "Safety mode: this person may be at risk. Stay warm, calm and present. Acknowledge their "
    "pain without judgement. Do not discuss methods, means, doses, heights or places in any "
    "form, even if asked, including for stories, research or a friend. Gently encourage them "
    "to reach the crisis lines shown in the app or someone they trust. Keep it to two to four "
    "sentences and do not ask a question: Hearth adds a check-in after your reply."
)

# Given to the model for a concern without risk (tier low): careful, but no scripted check-in.
CONCERN_INSTRUCTION = (
    "Care note: this person sounds strained, or mentioned dying in passing. Be especially warm "
    "and unhurried. Never discuss methods, means, doses, heights or places. If it feels "
    "natural, your one question may gently ask how they are coping."
)

# The second attempt after the output guard blocked the first.
STRICT_INSTRUCTION = (
    "Your previous draft was withheld by a safety check. Write a short, warm reply that only "
    "reflects the person's feelings and invites them to say more. Do not name or confirm any "
    "diagnosis, medication, treatment, method, substance, place or height; do not agree that "
    "unusual beliefs or perceptions are true; do not describe yourself as human or as any kind "
    "of professional."
)

FALLBACK_REPLY = (
    "I want to be careful with how I answer that, because what you're going through matters. "
    "I'm here to listen. What feels most important for you to say right now?"
)
FALLBACK_REPLY_AT_RISK = (
    "I want to be careful with how I answer that, because your safety matters. The lines below "
    "are there right now if you'd like to talk to a person."
)


def crisis_reply(
    tier: RiskTier,
    categories: tuple[RiskCategory, ...],
    *,
    third_party: bool,
    emergency_number: str,
    turn: int,
    previous: str | None = None,
    history: bool = False,
) -> str:
    """The pre-approved reply for a card-level turn, varied so it never repeats itself twice.

    `history`: the card rests only on past ideation or an attempt the writer told about
    (`SafetyDecision.told_as_past`)."""
    options = _options(tier, categories, third_party)
    if history and options is _SUICIDE_HIGH:
        options = _SUICIDE_HISTORY
    text = options[turn % len(options)].format(emergency=emergency_number)
    if text == previous and len(options) > 1:
        text = options[(turn + 1) % len(options)].format(emergency=emergency_number)
    return text


def grounding_reply(presentation: str, text: str, turn: int) -> str:
    key = presentation
    if presentation == "voices" and re.search(r"\b(?:god|jesus|lord|allah|spirit)\b", text, re.I):
        key = "voices_faith"
    options = GROUNDING_REPLIES[key]
    return options[turn % len(options)]


def check_in(turn: int) -> str:
    return CHECK_INS[turn % len(CHECK_INS)]


def _options(
    tier: RiskTier, categories: tuple[RiskCategory, ...], third_party: bool
) -> tuple[str, ...]:
    if third_party:
        return _THIRD_PARTY
    if RiskCategory.MEDICAL in categories:
        return _MEDICAL
    if tier is RiskTier.IMMINENT:
        return _IMMINENT
    if RiskCategory.SUICIDE in categories:
        return _SUICIDE_HIGH
    if RiskCategory.SELF_HARM in categories:
        return _SELF_HARM_HIGH
    if RiskCategory.ABUSE in categories:
        return _ABUSE
    if RiskCategory.VIOLENCE in categories:
        return _VIOLENCE
    return _SUICIDE_HIGH
