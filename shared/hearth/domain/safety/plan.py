"""The Stanley-Brown safety plan: the person's own plan, in their words, shown in a crisis.

Stanley & Brown (2012), "Safety Planning Intervention". Hearth stores it for the person and puts
it in the crisis card; it never writes or edits the plan on their behalf.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from hearth.domain.errors import InvalidInputError

MAX_ITEMS = 12
MAX_ITEM_CHARS = 300


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str | None = None


@dataclass(frozen=True)
class SafetyPlan:
    warning_signs: tuple[str, ...] = ()
    internal_coping: tuple[str, ...] = ()
    distractions: tuple[str, ...] = ()  # people and social settings that take the mind off things
    people_to_ask: tuple[Contact, ...] = ()
    professionals: tuple[Contact, ...] = ()  # clinicians, local urgent care, crisis lines
    making_safe: tuple[str, ...] = ()  # making the environment safe
    reasons_to_live: tuple[str, ...] = ()
    updated_at: datetime | None = field(default=None, compare=False)

    def is_empty(self) -> bool:
        return not any(
            (
                self.warning_signs,
                self.internal_coping,
                self.distractions,
                self.people_to_ask,
                self.professionals,
                self.making_safe,
                self.reasons_to_live,
            )
        )


def validated(plan: SafetyPlan) -> SafetyPlan:
    """Trimmed, without blanks, within limits; raises InvalidInputError naming the step."""

    def texts(name: str, items: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(item.strip() for item in items if item.strip())
        _check(name, len(cleaned), cleaned)
        return cleaned

    def contacts(name: str, items: tuple[Contact, ...]) -> tuple[Contact, ...]:
        cleaned = tuple(
            Contact(c.name.strip(), (c.phone or "").strip() or None)
            for c in items
            if c.name.strip()
        )
        _check(name, len(cleaned), [text for c in cleaned for text in (c.name, c.phone or "")])
        return cleaned

    return SafetyPlan(
        warning_signs=texts("warningSigns", plan.warning_signs),
        internal_coping=texts("internalCoping", plan.internal_coping),
        distractions=texts("distractions", plan.distractions),
        people_to_ask=contacts("peopleToAsk", plan.people_to_ask),
        professionals=contacts("professionals", plan.professionals),
        making_safe=texts("makingSafe", plan.making_safe),
        reasons_to_live=texts("reasonsToLive", plan.reasons_to_live),
        updated_at=plan.updated_at,
    )


def _check(name: str, count: int, values: Iterable[str]) -> None:
    if count > MAX_ITEMS:
        raise InvalidInputError(f"{name}: at most {MAX_ITEMS} entries")
    if any(len(value) > MAX_ITEM_CHARS for value in values):
        raise InvalidInputError(f"{name}: each entry at most {MAX_ITEM_CHARS} characters")
