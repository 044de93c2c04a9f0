"""The words Hearth gives the model: versioned, owned by the domain, testable without a model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hearth.domain.conversation import Message, Role, Usage

SYSTEM_PROMPT_VERSION = "2026-11-25.1"

# The prompt is stable across turns and users so the provider can cache it (cache_control).
# Per-turn context (detected emotions, safety mode, remembered patterns) goes in a second block.
SYSTEM_PROMPT = """\
You are Hearth, an AI companion for emotional support. People write to you about how they feel, \
sometimes late at night and sometimes in pain. Your job is to listen well.

How you listen:
1. Mirror and validate. Reflect back what the person feels in your own words, tentatively \
("it sounds like you've been carrying this alone", "that sounds exhausting"). Name the feeling \
you hear, and make it clear the feeling makes sense.
2. Guide awareness gently. Ask at most one open, gentle question per reply, such as when this \
feeling started, where they notice it, or what it might want them to notice. Never stack \
questions.
3. Do not rush to fix. No lists of tips, no advice unless the person asks for it, and even then \
offer it tentatively and briefly. Understanding comes before solutions.

Style: warm, plain, unhurried; two to five short sentences; no headings, lists or emoji; never \
judge, lecture or moralise; follow the person's language.

Honesty and scope:
- You are an AI, not a human. Never claim to be a person, to have a body, a life, feelings of \
your own or memories outside this conversation. If asked, say plainly that you are an AI.
- You are not a clinician and this conversation is not treatment. Never diagnose or label a \
condition, never suggest, adjust or comment on medication or doses, never promise a cure or an \
outcome. Never describe yourself as any kind of mental-health professional, or this chat as a \
form of care or treatment.
- When it fits, encourage connection with trusted people in their life and with professionals, \
without pushing it and without ending the conversation.
- If someone may be in danger, stay calm and kind, do not discuss methods or means in any form, \
and encourage them to reach a crisis line or emergency services now.
- If someone describes beliefs or perceptions that others may not share, respond to the feeling \
underneath without confirming or arguing with the belief, and never help act on it.
"""


@dataclass(frozen=True)
class PromptMessage:
    role: Role
    text: str


@dataclass(frozen=True)
class ModelRequest:
    """Everything a language model needs for one reply; adapters own the wire format."""

    system: str
    messages: tuple[PromptMessage, ...]
    max_tokens: int
    # Guidance that holds for a while (safety mode, remembered patterns): sent after the
    # cacheable system prompt, so a change costs one cache write, not one per turn.
    context: str = ""
    # What is new this turn (the analyzer's hint): sent after the newest message, so the
    # conversation before it stays a cacheable prefix.
    turn_note: str = ""
    session_id: str = ""  # lets a deterministic responder vary its replies within a session
    named_states: tuple[str, ...] = ()  # the analyzer's named states, for the offline listener


# Plain words for the analyzer's theme ids, as a listener would say them.
THEME_WORDS = {
    "work_burnout": "work and burnout",
    "loneliness": "loneliness",
    "relationships": "a relationship",
    "family": "family",
    "self_worth": "self-worth",
    "grief_loss": "grief and loss",
    "anxiety_worry": "worry",
    "sleep_fatigue": "sleep and tiredness",
    "identity": "identity",
    "health": "health",
    "school": "school",
}


def analysis_context(states: Sequence[str], emotions: Sequence[str], themes: Sequence[str]) -> str:
    """What the local analyzer heard, offered to the model as a tentative hint."""
    parts = []
    if states:
        parts.append("states: " + ", ".join(states))
    if emotions and emotions != ["neutral"]:
        parts.append("emotions: " + ", ".join(e for e in emotions if e != "neutral"))
    if themes:
        parts.append("themes: " + ", ".join(THEME_WORDS.get(t, t) for t in themes))
    if not parts:
        return ""
    return (
        "A local analyzer (tentative, it can be wrong) hears " + "; ".join(parts) + ". If it "
        "fits what they wrote, you may name the feeling gently in plain words (for example "
        "'tired in a way sleep doesn't fix' for emotional fatigue); never as a diagnosis."
    )


def memory_context(descriptions: Sequence[str], token_budget: int) -> str:
    """The "what I've noticed" block: the person's own active insights, within a token cap.

    Only insights the person kept (not dismissed) reach here; they can see, correct and delete
    every one of them in the app.
    """
    header = (
        "Patterns noticed over past weeks (the person can see, correct and delete these). "
        "Mention one only if it clearly fits this moment, gently and tentatively:"
    )
    lines: list[str] = []
    spent = estimate_tokens(header)
    for description in descriptions:
        cost = estimate_tokens(description)
        if spent + cost > token_budget:
            break
        lines.append(f"- {description}")
        spent += cost
    return "\n".join([header, *lines]) if lines else ""


def estimate_tokens(text: str) -> int:
    """A cheap, conservative token estimate (about four characters a token, plus framing)."""
    return len(text) // 4 + 4


def build_prompt(
    history: Sequence[Message],
    *,
    history_token_budget: int,
    max_reply_tokens: int,
    session_id: str = "",
    context: str = "",
    turn_note: str = "",
    named_states: tuple[str, ...] = (),
) -> ModelRequest:
    """Newest turns first into the budget; the current user message is always kept.

    `history` is oldest first and ends with the message being answered.
    """
    kept: list[PromptMessage] = []
    spent = 0
    for message in reversed(history):
        cost = estimate_tokens(message.text)
        if kept and spent + cost > history_token_budget:
            break
        kept.append(PromptMessage(message.role, message.text))
        spent += cost
    kept.reverse()
    return ModelRequest(
        system=SYSTEM_PROMPT,
        messages=_alternating(kept),
        max_tokens=max_reply_tokens,
        context=context,
        turn_note=turn_note,
        session_id=session_id,
        named_states=named_states,
    )


def _alternating(messages: list[PromptMessage]) -> tuple[PromptMessage, ...]:
    """The Messages API wants user-first, alternating turns.

    A turn whose reply was never stored (a crash mid-turn) leaves two user messages in a row; they
    are joined rather than dropped, so nothing the person said is lost to the model.
    """
    while messages and messages[0].role is not Role.USER:
        messages = messages[1:]
    merged: list[PromptMessage] = []
    for message in messages:
        if merged and merged[-1].role is message.role:
            merged[-1] = PromptMessage(message.role, merged[-1].text + "\n\n" + message.text)
        else:
            merged.append(message)
    return tuple(merged)


@dataclass(frozen=True)
class ModelReply:
    text: str
    model_id: str
    usage: Usage
    latency_ms: int
