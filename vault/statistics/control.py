"""Disclosure-control settings: which counts are hidden, how figures are rounded, how wide a
hidden count must stay.

Defaults follow NHS Digital's rule for sub-national figures: counts of 1 to 7 are suppressed and
every other figure is rounded to the nearest 5. ``DisclosureControl.with_threshold(10)`` gives the
ONS research-services rule (counts below 10 suppressed); ``max_suppressed=5, rounding_base=1``
the ICO's "1–5" (with base 5, a 6 would be shown as 5, which looks like a suppressed count, so
settings where rounding lands a shown figure in the suppressed range are refused).

Zeros: a true 0 is published as 0 by default (``min_count=1``). A zero says that no family fell
in a category, which is what a performance return is for, and hiding zeros would hide most cells
of a small service's tables. Where a zero is itself sensitive (for instance "no child with a
hearing impairment had their case resolved"), ``min_count=0`` suppresses zeros like small counts.

Protection: every hidden cell must stay uncertain by at least ``protection`` (the width of the
range of values consistent with everything published). The default is the size of the suppressed
range (7 for 1–7), so a reader can never prove that a hidden figure is a small count, let alone
which one.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.statistics.errors import InvalidControl
from vault.statistics.rounding import round_to_base, rounding_interval

__all__ = ["DisclosureControl"]


def _whole(name: str, value: object, *, least: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidControl(f"{name} must be a whole number, got {value!r}")
    if value < least:
        raise InvalidControl(f"{name} must be at least {least}, got {value}")
    return value


@dataclass(frozen=True)
class DisclosureControl:
    """Suppress counts from ``min_count`` to ``max_suppressed``; round the rest to ``rounding_base``.

    ``protection`` (default: ``max_suppressed - min_count + 1``) is the least width the audit
    accepts for the range a suppressed cell could take given everything published.
    """

    min_count: int = 1
    max_suppressed: int = 7
    rounding_base: int = 5
    protection: int | None = None

    def __post_init__(self) -> None:
        if _whole("min_count", self.min_count, least=0) > 1:
            raise InvalidControl(
                "min_count must be 0 (zeros suppressed too) or 1 (zeros published): a higher "
                "value would publish the smallest, most identifying counts"
            )
        _whole("max_suppressed", self.max_suppressed, least=max(self.min_count, 1))
        _whole("rounding_base", self.rounding_base, least=1)
        smallest_shown = self.max_suppressed + 1
        if round_to_base(smallest_shown, self.rounding_base) <= self.max_suppressed:
            raise InvalidControl(
                f"rounding to {self.rounding_base} would show a count of {smallest_shown} as "
                f"{round_to_base(smallest_shown, self.rounding_base)}, inside the suppressed range"
            )
        if self.protection is None:
            object.__setattr__(self, "protection", self.max_suppressed - self.min_count + 1)
        _whole("protection", self.protection, least=1)

    @classmethod
    def with_threshold(cls, threshold: int, *, rounding_base: int = 5) -> DisclosureControl:
        """Suppress every count from 1 up to ``threshold - 1`` (ONS style: "fewer than 10")."""
        highest_hidden = _whole("threshold", threshold, least=2) - 1
        return cls(max_suppressed=highest_hidden, rounding_base=rounding_base)

    @property
    def required_width(self) -> int:
        """:attr:`protection`, typed as the int it always is after validation."""
        assert self.protection is not None
        return self.protection

    def is_sensitive(self, count: int) -> bool:
        """Whether an exact count must be suppressed in its own right (primary suppression)."""
        return self.min_count <= count <= self.max_suppressed

    def round(self, count: int) -> int:
        """The figure published for a count that is not suppressed."""
        return round_to_base(count, self.rounding_base)

    def possible_counts(self, published: int) -> tuple[int, int]:
        """Every exact count (inclusive range) a reader can infer from a published figure.

        A shown figure is a rounded count that was not suppressed, so the suppressed range is
        excluded: with the defaults, a published 10 means 8 to 12 and a published 0 means 0.
        """
        low, high = rounding_interval(published, self.rounding_base)
        if self.is_sensitive(published):  # never shown by this package; taken at face value
            return low, high
        if published == 0:
            return 0, 0
        return max(low, self.max_suppressed + 1), high

    def describe(self) -> str:
        """One sentence for footnotes."""
        hidden = f"{self.min_count} to {self.max_suppressed}"
        return f"counts of {hidden} suppressed; other counts rounded to the nearest {self.rounding_base}"
