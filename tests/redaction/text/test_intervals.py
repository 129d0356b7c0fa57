"""Overlaps: the keys of the ranges that overlap a range, oldest first; long ranges kept apart answer the same."""

from __future__ import annotations

import random

from redaction.text.intervals import Overlaps


def test_long_and_short_ranges_are_found_as_a_scan_finds_them() -> None:
    rng = random.Random(7)
    filed: Overlaps[int] = Overlaps()
    ranges: dict[int, tuple[int, int]] = {}
    for key in range(400):
        start = rng.randrange(0, 50_000)
        end = start + (rng.randrange(3000, 20_000) if key % 10 == 0 else rng.randrange(1, 60))  # every tenth is long
        filed.add(key, start, end)
        ranges[key] = (start, end)
    for key in range(0, 400, 7):  # removed, short and long alike
        filed.remove(key)
        del ranges[key]
    for _ in range(300):
        start = rng.randrange(0, 60_000)
        end = start + rng.randrange(1, 500)
        assert filed.overlapping(start, end) == [k for k, (s, e) in ranges.items() if s < end and start < e]


def test_a_range_growing_one_word_at_a_time_is_refiled_cheaply() -> None:
    """A span merged word by word over hostile input is removed and re-added at every step."""
    filed: Overlaps[str] = Overlaps()
    end = 8
    filed.add("growing", 0, end)
    for _ in range(20_000):
        filed.remove("growing")
        end += 8
        filed.add("growing", 0, end)
    assert filed.overlapping(end - 1, end) == ["growing"] and len(filed) == 1
