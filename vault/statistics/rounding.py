"""Rounding to a base, and what a rounded figure tells a reader about the true count.

Counts are rounded half up to the nearest multiple of the base (5: 0–2 → 0, 3–7 → 5, 8–12 → 10).
Every published figure, totals included, is rounded independently from its exact count; totals
are never re-added from rounded cells. (Adding rounded cells would make a total a function of the
cells' rounded values, so that a total minus the shown cells gives the hidden cells' rounded sum.)
"""

from __future__ import annotations

__all__ = ["round_to_base", "rounding_interval"]


def round_to_base(count: int, base: int) -> int:
    """``count`` rounded half up to the nearest multiple of ``base``."""
    return base * ((count + base // 2) // base)


def rounding_interval(published: int, base: int) -> tuple[int, int]:
    """Every count (inclusive range) that :func:`round_to_base` turns into ``published``."""
    low = published - base // 2
    high = published + (base - base // 2) - 1
    return max(low, 0), high
