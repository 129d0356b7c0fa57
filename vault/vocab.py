"""Controlled vocabularies for every field that feeds the quarterly statistics.

They are the statistics engine's own :class:`~vault.statistics.Categories` (one source of truth: a
value the vault accepts is always one the return can count). Free text in these fields would let a
name slip into a report; a closed list keeps them countable and anonymous. A service may replace any
list in its settings file (``rules.vocabularies``, keyed by the Categories field name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from vault.errors import InvalidRequest
from vault.statistics import Categories, StatisticsError

__all__ = ["FAMILY_SOURCES", "FIELD_LISTS", "Vocabularies"]

# Which Categories list each vault field draws from.
FIELD_LISTS: Mapping[str, str] = {
    "need": "needs",
    "case_outcome": "case_outcomes",
    "referral_source": "referral_sources",
    "school_phase": "school_phases",
    "topic": "topics",
    "enquiry_outcome": "enquiry_outcomes",
    "channel": "channels",
}

# Referrals from anyone but the family need the parent's permission (policies 000/001, first rule).
FAMILY_SOURCES = frozenset({"Parent or carer", "Young person"})


@dataclass(frozen=True)
class Vocabularies:
    categories: Categories = field(default_factory=Categories)

    @classmethod
    def with_overrides(cls, overrides: Mapping[str, list[str]] | None) -> Vocabularies:
        known = {f.name for f in fields(Categories)}
        unknown = set(overrides or {}) - known
        if unknown:
            raise InvalidRequest(f"unknown vocabulary {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})")
        try:
            return cls(replace(Categories(), **{name: tuple(values) for name, values in (overrides or {}).items()}))
        except StatisticsError as error:
            raise InvalidRequest(str(error)) from None

    def allowed(self, name: str) -> tuple[str, ...]:
        values: tuple[str, ...] = getattr(self.categories, FIELD_LISTS[name])
        return values

    def check(self, name: str, value: str) -> str:
        allowed = self.allowed(name)
        if value not in allowed:
            raise InvalidRequest(f"{name.replace('_', ' ')} {value!r} is not one of: {'; '.join(allowed)}")
        return value
