"""The crisis protocol as published text (CA Business & Professions Code §22602(b)(2)).

Generated from the same tables the code runs on: the tier policy, the pre-approved words, the
output guard's reasons, the disclosure texts and the crisis-line directory. Change those and this
text changes with them; there is no second copy to forget.
"""

from __future__ import annotations

from dataclasses import dataclass

from hearth.domain import disclosure
from hearth.domain.safety import messages
from hearth.domain.safety.guard import GUARD_VERSION, REASONS
from hearth.domain.safety.policy import PROTOCOL_VERSION, THIRD_PARTY_RULE, TIER_RULES
from hearth.domain.safety.presentations import rules_for_review
from hearth.domain.safety.resources import directory
from hearth.domain.safety.screen import SCREEN_VERSION


@dataclass(frozen=True)
class PublishedProtocol:
    version: str
    screen_version: str
    guard_version: str
    resources_version: str
    text: str


def published_protocol() -> PublishedProtocol:
    lines = [
        f"# Hearth crisis protocol (version {PROTOCOL_VERSION})",
        "",
        "Hearth is an AI. It is not a human, a clinician or a crisis service. Every message a "
        "person sends is screened on Hearth's own servers for signs of suicide, self-harm, "
        "violence, abuse or a medical emergency before any language model sees it. The screen "
        "is deterministic: it works the same when the language model is down or misbehaves.",
        "",
        "## What each level of risk changes",
    ]
    for tier, rule in TIER_RULES.items():
        lines.append(f"- **{tier.value}**: {rule.summary}")
    lines += [
        f"- **someone else at risk**: {THIRD_PARTY_RULE.summary}",
        "",
        "A conversation that reached high or imminent risk stays in safety mode (check-ins, "
        "crisis lines at hand) until the person says they are safe.",
        "",
        "## Beliefs, voices, mania and compulsions",
        "When a message shows one of these, the model does not improvise: Hearth answers with "
        "a fixed, grounding reply that takes the feeling seriously, neither confirms nor argues "
        "with the belief, never adds to a plan or a ritual, and points towards a doctor or "
        "someone trusted.",
    ]
    lines += [f"- {name.replace('_', ' ')}: {why}" for name, why in rules_for_review()]
    lines += [
        "",
        "## Notifying people",
        "For high and imminent risk Hearth notifies the deploying organisation's on-call staff. "
        "The notification carries identifiers, the risk level and categories, never the "
        "person's words. Hearth keeps a yearly count of referrals without user identifiers.",
        "",
        "## Every reply is checked",
        "Before any model reply is stored or shown, an output guard withholds it if it:",
    ]
    lines += [f"- {description}" for description in REASONS.values()]
    lines += [
        "A withheld reply is never stored, logged or shown. Hearth asks once more under a "
        "stricter instruction, and otherwise sends a fixed, safe reply:",
        f"> {messages.FALLBACK_REPLY}",
        "",
        "## Honesty about being an AI",
        f'At the start of every conversation: "{disclosure.START_TEXT}"',
        "Again after three hours of continuing conversation, and whenever the person asks "
        f'whether they are talking to a human: "{disclosure.ASKED_TEXT}"',
        "",
        "## Crisis lines",
        f"Directory version {directory().version}. The country comes from the person's "
        "setting, else their device language's region, else an international directory.",
    ]
    for code, country in directory().countries.items():
        names = "; ".join(line.name for line in country.lines)
        lines.append(f"- {code} (emergency {country.emergency_number}): {names}")
    return PublishedProtocol(
        version=PROTOCOL_VERSION,
        screen_version=SCREEN_VERSION,
        guard_version=GUARD_VERSION,
        resources_version=directory().version,
        text="\n".join(lines) + "\n",
    )
