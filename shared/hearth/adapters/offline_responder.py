"""A deterministic reflective-listening responder: no network, no model, no surprises.

Used when no API key is configured, when the provider is `offline`, and as the fallback when the
model call fails. It mirrors the feeling words it finds, validates, and asks one gentle
guided-awareness question. It is honest about what it is: it never claims to be the model.
"""

from __future__ import annotations

import hashlib
import re
import time

from hearth.domain.conversation import Responder, Role, Usage
from hearth.domain.prompts import ModelReply, ModelRequest

MODEL_ID = "hearth-offline-2026-11-25"

# Feeling words people use, mapped to how a listener would say them back. Order matters only
# for ties: the first two found (in the person's own order) are mirrored.
_FEELINGS: dict[str, str] = {
    "tired": "tired",
    "exhausted": "exhausted",
    "drained": "drained",
    "worn out": "worn out",
    "burnt out": "burnt out",
    "burned out": "burnt out",
    "burnout": "burnt out",
    "sad": "sad",
    "depressed": "really low",
    "miserable": "miserable",
    "lonely": "lonely",
    "alone": "alone",
    "isolated": "isolated",
    "anxious": "anxious",
    "anxiety": "anxious",
    "worried": "worried",
    "nervous": "on edge",
    "scared": "scared",
    "afraid": "afraid",
    "panicky": "panicky",
    "panic": "panicky",
    "stressed": "stressed",
    "overwhelmed": "overwhelmed",
    "too much": "overwhelmed",
    "angry": "angry",
    "furious": "furious",
    "mad": "angry",
    "frustrated": "frustrated",
    "annoyed": "frustrated",
    "irritated": "irritated",
    "resentful": "resentful",
    "hurt": "hurt",
    "betrayed": "betrayed",
    "rejected": "rejected",
    "abandoned": "abandoned",
    "empty": "empty",
    "numb": "numb",
    "lost": "lost",
    "stuck": "stuck",
    "confused": "confused",
    "don't know what i'm feeling": "unsure what you're feeling",
    "ashamed": "ashamed",
    "embarrassed": "embarrassed",
    "guilty": "guilty",
    "worthless": "like you're not enough",
    "not good enough": "like you're not enough",
    "useless": "like you're not enough",
    "failure": "like you've failed",
    "jealous": "jealous",
    "heartbroken": "heartbroken",
    "grieving": "grieving",
    "restless": "restless",
    "can't sleep": "unable to rest",
    "hopeful": "hopeful",
    "happy": "happy",
    "relieved": "relieved",
    "grateful": "grateful",
    "proud": "proud",
    "excited": "excited",
    "calm": "calm",
}
_PATTERN = re.compile(
    r"\b(" + "|".join(sorted((re.escape(k) for k in _FEELINGS), key=len, reverse=True)) + r")\b"
)

_MIRRORS_NAMED = (
    "It sounds like you're feeling {feelings} right now.",
    "I'm hearing that you feel {feelings}.",
    "Feeling {feelings} is a lot to hold.",
    "It sounds like there's a lot of {feelings} in what you're carrying.",
)
_MIRRORS_UNNAMED = (
    "It sounds like you've been carrying this for a while.",
    "Thank you for putting this into words; that isn't always easy.",
    "It sounds like a lot is going on for you.",
    "I'm glad you wrote this down here.",
)
# The analyzer's named states, said back the way the seed's examples do.
_STATE_MIRRORS = {
    "emotional fatigue": "It sounds like a kind of emotional fatigue: tired in a way that sleep "
    "doesn't quite reach.",
    "emotional numbness": "It sounds like a kind of numbness, feeling empty even when things "
    "look fine from the outside.",
    "emotional confusion": "It sounds like a lot is tangled together right now, and it's hard "
    "to tell what you're feeling.",
    "overwhelm": "It sounds like everything is piling up at once.",
    "loneliness": "It sounds lonely, like you've been carrying this by yourself.",
    "shame": "It sounds like there's a heavy sense of shame in this.",
    "grief": "It sounds like you're carrying a lot of grief.",
}

_VALIDATIONS = (
    "That makes sense, given what you're going through.",
    "Whatever you're feeling, it's allowed to be here.",
    "There's no right or wrong way to feel about this.",
    "It's understandable that this is weighing on you.",
    "You don't have to have it all figured out right now.",
)
_QUESTIONS = (
    "When did you first notice this feeling?",
    "Where do you notice it most, in your body or in your thoughts?",
    "What do you think this feeling might want you to notice?",
    "What has this been like for you today?",
    "If this feeling could speak, what might it say?",
    "What tends to make it a little lighter, even briefly?",
    "Is there a moment recently when it felt strongest?",
)
_TRANSPARENCY = "(I'm Hearth's simple offline listener right now, so my replies are brief.)"


class OfflineResponder:
    """The `LanguageModel` port, answered locally and deterministically."""

    def __init__(self, *, announce: bool = False) -> None:
        # When a real model is configured but down, the reply says so once, kindly.
        self._announce = announce

    @property
    def responder(self) -> Responder:
        return Responder.OFFLINE

    def reply(self, request: ModelRequest) -> ModelReply:
        started = time.monotonic()
        user_texts = [m.text for m in request.messages if m.role is Role.USER]
        last_user = user_texts[-1] if user_texts else ""
        previous = next(
            (m.text for m in reversed(request.messages) if m.role is Role.ASSISTANT), None
        )
        feelings = mirror_feelings(last_user)
        state_mirror = next(
            (_STATE_MIRRORS[s] for s in request.named_states if s in _STATE_MIRRORS), None
        )
        seed = int.from_bytes(
            hashlib.sha256(f"{request.session_id}|{len(user_texts)}|{last_user}".encode()).digest()[
                :8
            ],
            "big",
        )
        text = self._compose(feelings, seed, state_mirror)
        # Never the same reply twice in a row in a session.
        step = 1
        while text == previous:
            text = self._compose(feelings, seed + step, state_mirror)
            step += 1
        return ModelReply(
            text=text,
            model_id=MODEL_ID,
            usage=Usage(),
            latency_ms=int((time.monotonic() - started) * 1000),
        )

    def _compose(self, feelings: list[str], seed: int, state_mirror: str | None = None) -> str:
        if state_mirror:
            mirror = state_mirror
        elif feelings:
            mirror = _pick(_MIRRORS_NAMED, seed).format(feelings=" and ".join(feelings))
        else:
            mirror = _pick(_MIRRORS_UNNAMED, seed)
        parts = [mirror, _pick(_VALIDATIONS, seed // 7), _pick(_QUESTIONS, seed // 53)]
        if self._announce:
            parts.append(_TRANSPARENCY)
        return " ".join(parts)


def mirror_feelings(text: str, limit: int = 2) -> list[str]:
    """The feeling words in `text`, as a listener would say them back, in the person's order."""
    found: list[str] = []
    for match in _PATTERN.finditer(text.lower()):
        phrase = _FEELINGS[match.group(1)]
        if phrase not in found:
            found.append(phrase)
        if len(found) == limit:
            break
    return found


def _pick(options: tuple[str, ...], seed: int) -> str:
    return options[seed % len(options)]
