"""What a person keeps about themselves: preferences and their own safety plan."""

from __future__ import annotations

from dataclasses import replace

from hearth.domain.conversation import Preferences
from hearth.domain.errors import InvalidInputError, NotFoundError
from hearth.domain.safety.plan import SafetyPlan, validated
from hearth.domain.safety.resources import directory
from hearth.ports import Clock, ProfileStore


class SafetyPlanNotFoundError(NotFoundError):
    slug = "safety-plan-not-found"
    title = "No safety plan has been saved"


class ProfileService:
    def __init__(self, *, profiles: ProfileStore, clock: Clock) -> None:
        self._profiles = profiles
        self._clock = clock

    def preferences(self, user_id: str) -> Preferences:
        return self._profiles.get_preferences(user_id)

    def set_country(self, user_id: str, country: str | None) -> Preferences:
        if country is not None:
            country = country.strip().upper()
            if not directory().supports(country):
                supported = ", ".join(sorted(directory().countries))
                raise InvalidInputError(f"country must be one of: {supported}, or null")
        updated = replace(self._profiles.get_preferences(user_id), country=country)
        self._profiles.save_preferences(user_id, updated)
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
