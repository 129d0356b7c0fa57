"""The gazetteer in memory: one dict from key to a packed int, loaded once, lazily, from the data file.

A name's strength (0-1) says how common it is as a given name or a surname among the countries the
data keeps: ``1 - ln(rank) / ln(20000)`` for its best rank in any of them (rank 1 -> 1.0, 100 -> 0.53,
1,000 -> 0.30, 5,000 -> 0.14), plus 0.05 for each further country that ranks it (at most +0.25).
A reader weighs a strong name that is also an English word ("Will", "Rose", "Hope": ``word``)
differently from one that is not ("Gethin").
"""

from __future__ import annotations

import gzip
import math
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from redaction.gazetteer.keys import fold

__all__ = ["DATA", "NameInfo", "Table", "strength_of"]

DATA = Path(__file__).resolve().parent / "data" / "names.tsv.gz"
_DEPTH = math.log(20000)
_RANK_BITS, _COUNT_BITS = 15, 5


def strength_of(rank: int, countries: int) -> float:
    if not rank:
        return 0.0
    base = max(0.0, 1.0 - math.log(rank) / _DEPTH)
    return round(min(1.0, base + 0.05 * min(max(countries - 1, 0), 5)), 3)


@dataclass(frozen=True, slots=True)
class NameInfo:
    key: str
    first: float  # strength as a given name; 0.0 when it is not one
    last: float  # strength as a surname
    first_rank: int | None
    last_rank: int | None
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2 of the countries that rank it, best rank first
    word: bool  # also an ordinary English word ("will", "rose", "may")
    hand: bool  # from the project's hand lists (Welsh names, origins the source lacks)

    @property
    def strength(self) -> float:
        return max(self.first, self.last)

    def to_json(self) -> dict[str, object]:
        return {"key": self.key, "first": self.first, "last": self.last, "first_rank": self.first_rank,
                "last_rank": self.last_rank, "countries": list(self.countries), "word": self.word, "hand": self.hand}


class Table:
    """Key -> packed int (ranks, country counts, flags, index of the country tuple)."""

    def __init__(self, path: Path = DATA) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._names: dict[str, int] | None = None
        self._countries: list[tuple[str, ...]] = []

    def _loaded(self) -> dict[str, int]:
        names = self._names
        if names is None:
            with self._lock:
                if self._names is None:
                    self._names = self._load()
                names = self._names
        return names

    def _load(self) -> dict[str, int]:
        names: dict[str, int] = {}
        interned: dict[str, int] = {}
        with gzip.open(self.path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#"):
                    continue
                key, f_rank, f_n, l_rank, l_n, flags, countries = line.rstrip("\n").split("\t")
                index = interned.get(countries)
                if index is None:
                    index = interned[countries] = len(self._countries)
                    self._countries.append(tuple(countries[i : i + 2] for i in range(0, len(countries), 2)))
                packed = (int(f_rank or 0) | int(f_n or 0) << 15 | int(l_rank or 0) << 20 | int(l_n or 0) << 35
                          | ("w" in flags) << 40 | ("h" in flags) << 41 | index << 42)
                names[sys.intern(key)] = packed
        return names

    def lookup(self, word: str) -> NameInfo | None:
        key = fold(word)
        packed = self._loaded().get(key)
        if packed is None:
            return None
        mask_rank, mask_count = (1 << _RANK_BITS) - 1, (1 << _COUNT_BITS) - 1
        f_rank, f_n = packed & mask_rank, packed >> 15 & mask_count
        l_rank, l_n = packed >> 20 & mask_rank, packed >> 35 & mask_count
        return NameInfo(key, strength_of(f_rank, f_n), strength_of(l_rank, l_n), f_rank or None, l_rank or None,
                        self._countries[packed >> 42], bool(packed >> 40 & 1), bool(packed >> 41 & 1))

    def __len__(self) -> int:
        return len(self._loaded())

    def memory_bytes(self) -> int:
        """Python objects held: the dict, its keys and values, the country tuples (not shared small ints)."""
        names = self._loaded()
        total = sys.getsizeof(names) + sys.getsizeof(self._countries)
        total += sum(sys.getsizeof(key) + sys.getsizeof(value) for key, value in names.items())
        return total + sum(sys.getsizeof(t) + sum(sys.getsizeof(c) for c in t) for t in self._countries)
