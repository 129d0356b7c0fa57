"""Which ranges of a text overlap a given range, without scanning them all: for passes over a long text.

A pass that asks, for each of n spans, which of m others it overlaps, does n x m work when it scans a list;
on a 400 KB text (tens of thousands of candidates) that is most of the detector's time. :class:`Overlaps`
files each range under every fixed-size bucket of the text it touches, so a query reads only the ranges
near it: the work is linear in the ranges (and in their lengths over the bucket size).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

__all__ = ["Overlaps"]

K = TypeVar("K", bound=Hashable)

_BUCKET = 128  # characters per bucket: a few spans each in ordinary text
# A range longer than this is kept apart, not filed under each bucket: a span that grows one word at a time over
# hostile input ("Okonkwo Okonkwo ..." merged as it is resolved) would otherwise be re-filed under every bucket it
# covers at each step, quadratic in its length. Such ranges are few; a query checks each of them.
_LONG = 16 * _BUCKET


class Overlaps(Generic[K]):
    """Half-open ranges ``[start, end)`` by key; :meth:`overlapping` gives the keys of those that overlap a
    range, in the order the keys were added (a key re-added after removal counts as added last)."""

    def __init__(self) -> None:
        self._ranges: dict[K, tuple[int, int]] = {}  # insertion-ordered: the order keys are given back in
        self._order: dict[K, int] = {}
        self._buckets: dict[int, set[K]] = {}
        self._long: set[K] = set()
        self._added = 0

    def __len__(self) -> int:
        return len(self._ranges)

    def __contains__(self, key: object) -> bool:
        return key in self._ranges

    @staticmethod
    def _cover(start: int, end: int) -> range:
        return range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1)

    def add(self, key: K, start: int, end: int) -> None:
        if key in self._ranges:
            raise KeyError(f"{key!r} is already filed")
        self._ranges[key] = (start, end)
        self._order[key] = self._added
        self._added += 1
        if end - start > _LONG:
            self._long.add(key)
            return
        for bucket in self._cover(start, end):
            self._buckets.setdefault(bucket, set()).add(key)

    def remove(self, key: K) -> None:
        start, end = self._ranges.pop(key)
        del self._order[key]
        if key in self._long:
            self._long.discard(key)
            return
        for bucket in self._cover(start, end):
            keys = self._buckets[bucket]
            keys.discard(key)
            if not keys:
                del self._buckets[bucket]

    def overlapping(self, start: int, end: int) -> list[K]:
        """Keys of the ranges that overlap ``[start, end)`` (share at least one position), oldest first."""
        found: set[K] = set()
        for bucket in self._cover(start, end):
            for key in self._buckets.get(bucket, ()):
                s, e = self._ranges[key]
                if s < end and start < e:
                    found.add(key)
        for key in self._long:
            s, e = self._ranges[key]
            if s < end and start < e:
                found.add(key)
        return sorted(found, key=self._order.__getitem__)

    def keys(self) -> list[K]:
        return list(self._ranges)
