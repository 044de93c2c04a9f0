"""The crisis card: structured data the app renders, never model prose."""

from __future__ import annotations

from dataclasses import dataclass

from hearth.domain.conversation import RiskLabel
from hearth.domain.safety.plan import SafetyPlan
from hearth.domain.safety.policy import PROTOCOL_VERSION
from hearth.domain.safety.resources import CrisisLine, choose_lines, directory


@dataclass(frozen=True)
class CrisisCard:
    tier: str
    categories: tuple[str, ...]
    resources: tuple[CrisisLine, ...]
    emergency_number: str
    country: str
    referral: bool  # the full card (high/imminent) rather than lines offered alongside a reply
    third_party: bool
    safety_plan: SafetyPlan | None
    protocol_version: str = PROTOCOL_VERSION
    resources_version: str = ""


def build_card(label: RiskLabel, plan: SafetyPlan | None) -> CrisisCard:
    """Rebuildable from the stored label alone, so an idempotent replay shows the same card."""
    country = directory().for_country(label.country)
    lines = choose_lines(country, label.categories)
    if label.tier == "imminent":
        emergency = CrisisLine(
            id="emergency",
            name="Emergency services",
            categories=label.categories,
            hours="24/7",
            languages=(),
            last_verified="",
            specialist=False,
            phone=country.emergency_number,
        )
        lines = (emergency, *lines)
    return CrisisCard(
        tier=label.tier,
        categories=label.categories,
        resources=lines,
        emergency_number=country.emergency_number,
        country=country.country,
        referral=label.referral,
        third_party=label.third_party,
        safety_plan=None if plan is None or plan.is_empty() else plan,
        resources_version=directory().version,
    )
