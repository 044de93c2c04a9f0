"""Crisis lines by country: a versioned data file (resources.json), chosen for the person.

Country comes from the person's preference, else the region of the request's Accept-Language,
else the international fallback. Every card offers a voice line and a text line where the
country has them; for `imminent`, emergency services come first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

FALLBACK_COUNTRY = "INTL"
_DATA = Path(__file__).with_name("resources.json")
_REGION = re.compile(r"^[a-z]{2,3}[-_]([a-z]{2})$", re.IGNORECASE)


@dataclass(frozen=True)
class CrisisLine:
    id: str
    name: str
    categories: tuple[str, ...]
    hours: str
    languages: tuple[str, ...]
    last_verified: str
    specialist: bool  # serves one kind of crisis (domestic violence, sexual assault, ...)
    phone: str | None = None
    sms: str | None = None
    chat_url: str | None = None


@dataclass(frozen=True)
class CountryResources:
    country: str
    emergency_number: str
    lines: tuple[CrisisLine, ...]


@dataclass(frozen=True)
class Directory:
    version: str
    countries: dict[str, CountryResources]

    def supports(self, country: str) -> bool:
        return country.upper() in self.countries

    def for_country(self, country: str | None) -> CountryResources:
        return self.countries.get((country or "").upper()) or self.countries[FALLBACK_COUNTRY]


@cache
def directory() -> Directory:
    raw: dict[str, Any] = json.loads(_DATA.read_text(encoding="utf-8"))
    countries = {
        code: CountryResources(
            country=code,
            emergency_number=entry["emergencyNumber"],
            lines=tuple(_line(line) for line in entry["lines"]),
        )
        for code, entry in raw["countries"].items()
    }
    return Directory(version=raw["version"], countries=countries)


def _line(entry: dict[str, Any]) -> CrisisLine:
    return CrisisLine(
        id=entry["id"],
        name=entry["name"],
        categories=tuple(entry["categories"]),
        hours=entry["hours"],
        languages=tuple(entry["languages"]),
        last_verified=entry["lastVerified"],
        specialist=bool(entry.get("specialist", False)),
        phone=entry.get("phone"),
        sms=entry.get("sms"),
        chat_url=entry.get("chatUrl"),
    )


def country_from_accept_language(header: str | None) -> str | None:
    """The first supported region in an Accept-Language header ("en-GB,en;q=0.8" -> "GB")."""
    for part in (header or "").split(","):
        match = _REGION.match(part.split(";")[0].strip())
        if match and directory().supports(match.group(1)):
            return match.group(1).upper()
    return None


def resolve_country(preference: str | None, accept_language: str | None) -> str:
    if preference and directory().supports(preference):
        return preference.upper()
    return country_from_accept_language(accept_language) or FALLBACK_COUNTRY


def choose_lines(
    resources: CountryResources, categories: tuple[str, ...], limit: int = 4
) -> tuple[CrisisLine, ...]:
    """Category-specific lines first (a domestic-violence line for abuse), then general ones,
    making sure a voice line and a text line are both offered when the country has them."""
    wanted = set(categories) or {"suicide"}
    relevant = [line for line in resources.lines if wanted & set(line.categories)]
    chosen = sorted(relevant, key=lambda line: not line.specialist)[:limit]
    for need in ("phone", "sms"):
        if not any(getattr(line, need) for line in chosen):
            extra = next((line for line in resources.lines if getattr(line, need)), None)
            if extra is not None and extra not in chosen:
                chosen = [*chosen[: limit - 1], extra]
    return tuple(chosen)
