"""What a person keeps about themselves: preferences and their own safety plan."""

from __future__ import annotations

from dataclasses import replace

from hearth.domain.conversation import Preferences
from hearth.domain.errors import InvalidInputError, NotFoundError
from hearth.domain.safety.plan import SafetyPlan, validated
from hearth.domain.safety.resources import directory
from hearth.ports import Clock, PatternStore, ProfileStore


class _Unset:
    """Marks a field the request did not mention (unlike null, which clears it)."""


UNSET = _Unset()


def _valid_country(country: str | None) -> str | None:
    if country is None:
        return None
    code = country.strip().upper()
    if not directory().supports(code):
        supported = ", ".join(sorted(directory().countries))
        raise InvalidInputError(f"country must be one of: {supported}, or null")
    return code


class SafetyPlanNotFoundError(NotFoundError):
    slug = "safety-plan-not-found"
    title = "No safety plan has been saved"


class ProfileService:
    def __init__(
        self, *, profiles: ProfileStore, clock: Clock, patterns: PatternStore | None = None
    ) -> None:
        self._profiles = profiles
        self._clock = clock
        self._patterns = patterns

    def preferences(self, user_id: str) -> Preferences:
        return self._profiles.get_preferences(user_id)

    def update_preferences(
        self,
        user_id: str,
        *,
        country: str | _Unset | None = UNSET,
        pattern_memory: bool | None = None,
        erase_memory: bool = False,
    ) -> Preferences:
        """Validate everything first, then write once: a bad field changes nothing.

        Turning pattern memory off stops aggregation at once; with `erase_memory`, everything
        kept so far is forgotten too.
        """
        if erase_memory and pattern_memory is not False:
            raise InvalidInputError("eraseMemory needs patternMemory set to false")
        updated = self._profiles.get_preferences(user_id)
        if not isinstance(country, _Unset):
            updated = replace(updated, country=_valid_country(country))
        if pattern_memory is not None:
            updated = replace(updated, pattern_memory=pattern_memory)
        self._profiles.save_preferences(user_id, updated)
        if erase_memory and self._patterns is not None:
            self._patterns.erase(user_id)
        return updated

    def safety_plan(self, user_id: str) -> SafetyPlan:
        plan = self._profiles.get_safety_plan(user_id)
        if plan is None:
            raise SafetyPlanNotFoundError()
        return plan

    def save_safety_plan(self, user_id: str, plan: SafetyPlan) -> SafetyPlan:
        clean = replace(validated(plan), updated_at=self._clock.now())
        self._profiles.save_safety_plan(user_id, clean)
        return clean

    def delete_safety_plan(self, user_id: str) -> None:
        if not self._profiles.delete_safety_plan(user_id):
            raise SafetyPlanNotFoundError()
