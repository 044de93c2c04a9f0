"""What each risk tier changes in a turn. The one table a clinician reviews to change behaviour.

The crisis screen (screen.py, rules.py) decides the tier; this module decides what Hearth does
about it; messages.py holds the exact words. GET /v1/protocol publishes all three.
"""

from __future__ import annotations

from dataclasses import dataclass

from hearth.domain.safety.rules import RiskTier
from hearth.domain.safety.screen import ScreenResult

PROTOCOL_VERSION = "2026-11-25.1"


@dataclass(frozen=True)
class TierRule:
    model_replies: bool  # False: a pre-approved reply; the model is not called at all
    safety_prompt: bool  # the model replies under the safety-mode instruction
    check_in: bool  # the reply ends with a gentle check-in about safety
    offers_resources: bool  # the response carries the `crisis` object with local lines
    card: bool  # the full crisis card (a referral): pre-approved reply + lines + safety plan
    emergency_first: bool  # the emergency number is the first resource
    escalates: bool  # the deployment's on-call humans are notified (no message text)
    enters_safety_mode: bool  # the session stays in safety mode until the person says they're safe
    summary: str


TIER_RULES: dict[RiskTier, TierRule] = {
    RiskTier.NONE: TierRule(
        model_replies=True,
        safety_prompt=False,
        check_in=False,
        offers_resources=False,
        card=False,
        emergency_first=False,
        escalates=False,
        enters_safety_mode=False,
        summary=("Hearth listens and reflects as usual."),
    ),
    RiskTier.LOW: TierRule(
        model_replies=True,
        safety_prompt=True,
        check_in=False,
        offers_resources=False,
        card=False,
        emergency_first=False,
        escalates=False,
        enters_safety_mode=False,
        summary=(
            "Distress without a risk signal, or a negated or joking mention of dying: the "
            "model replies under a careful instruction (no methods or means, warmth first)."
        ),
    ),
    RiskTier.MODERATE: TierRule(
        model_replies=True,
        safety_prompt=True,
        check_in=True,
        offers_resources=True,
        card=False,
        emergency_first=False,
        escalates=False,
        enters_safety_mode=False,
        summary=(
            "Passive ideation or a wish to be dead, or a means question without distress: "
            "the model replies under the safety-mode instruction, the reply ends with a gentle "
            "check-in, and local crisis lines are offered alongside."
        ),
    ),
    RiskTier.HIGH: TierRule(
        model_replies=False,
        safety_prompt=True,
        check_in=True,
        offers_resources=True,
        card=True,
        emergency_first=False,
        escalates=True,
        enters_safety_mode=True,
        summary=(
            "Active thoughts of suicide, self-harm now or urges, intent to harm someone, "
            "abuse with current danger, or means-seeking in distress: the model does not "
            "improvise; Hearth sends a pre-approved reply with one check-in question and the "
            "crisis card (voice and text lines, the person's safety plan), notifies on-call "
            "staff, and stays in safety mode."
        ),
    ),
    RiskTier.IMMINENT: TierRule(
        model_replies=False,
        safety_prompt=True,
        check_in=True,
        offers_resources=True,
        card=True,
        emergency_first=True,
        escalates=True,
        enters_safety_mode=True,
        summary=(
            "A method, intent, plan, preparation, an attempt or a medical emergency in "
            "progress: as for high, with the emergency number first."
        ),
    ),
}

# A concerned person writing about someone else: support the helper with lines they can pass on
# or call together. The person at risk is not Hearth's user, so on-call staff are not paged.
THIRD_PARTY_RULE = TierRule(
    model_replies=False,
    safety_prompt=True,
    check_in=False,
    offers_resources=True,
    card=True,
    emergency_first=False,
    escalates=False,
    enters_safety_mode=False,
    summary=(
        "Someone worried about another person at high or imminent risk: a pre-approved reply "
        "that supports the helper, and the crisis card with lines they can use together."
    ),
)

# A session in safety mode keeps at least this level of care, whatever a later message says.
SAFETY_MODE_FLOOR = RiskTier.MODERATE


@dataclass(frozen=True)
class SafetyDecision:
    screen: ScreenResult
    tier: RiskTier  # the effective tier, after safety mode
    rule: TierRule
    safety_mode: bool  # the session's safety mode after this turn
    left_safety_mode: bool = False

    @property
    def referral(self) -> bool:
        return self.rule.card

    @property
    def told_as_past(self) -> bool:
        """The card rests only on the writer's own past attempt or past suicidal thoughts: the
        reply asks about now, and on-call staff are told so (escalation reason)."""
        return self.screen.history and self.tier is RiskTier.HIGH and not self.screen.third_party

    @property
    def guard_risk_context(self) -> bool:
        """Whether the output guard reads the reply as written to someone possibly at risk:
        any concern, or a session still in safety mode."""
        return self.tier >= RiskTier.LOW or self.safety_mode


def decide(result: ScreenResult, *, in_safety_mode: bool, says_safe: bool) -> SafetyDecision:
    """Combine this message's screen with the session's safety mode."""
    if result.third_party and result.tier >= RiskTier.HIGH:
        return SafetyDecision(result, result.tier, THIRD_PARTY_RULE, safety_mode=in_safety_mode)
    tier = result.tier
    rule = TIER_RULES[tier]
    safety_mode = in_safety_mode or rule.enters_safety_mode
    left = False
    if in_safety_mode and not rule.enters_safety_mode:
        if says_safe and tier < RiskTier.MODERATE:
            safety_mode, left = False, True
        elif tier < SAFETY_MODE_FLOOR:
            # "lol" after a crisis does not reset it: checking in and lines stay at hand.
            tier = SAFETY_MODE_FLOOR
            rule = TIER_RULES[tier]
    return SafetyDecision(result, tier, rule, safety_mode=safety_mode, left_safety_mode=left)
