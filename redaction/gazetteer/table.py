"""The gazetteer in memory: the data file's sorted lines, loaded once, lazily; a look-up bisects them.

A name's strength (0-1) says how common it is as a given name or a surname among the countries the
data keeps: ``1 - ln(rank) / ln(20000)`` for its best rank in any of them (rank 1 -> 1.0, 100 -> 0.53,
1,000 -> 0.30, 5,000 -> 0.14), plus 0.05 for each further country that ranks it (at most +0.25).
A reader weighs a strong name that is also an English word ("Will", "Rose", "Hope": ``word``)
differently from one that is not ("Gethin").
"""

from __future__ import annotations

import bisect
import gzip
import math
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from redaction.gazetteer.keys import fold

__all__ = ["DATA", "NameInfo", "Table", "strength_of"]

DATA = Path(__file__).resolve().parent / "data" / "names.tsv.gz"
_DEPTH = math.log(20000)


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
    """The data file's lines, in key order, searched by bisection.

    Loading is one decompression and one split of the text (about 0.1 s): no line is parsed until a
    look-up lands on it. A dict of 387,000 parsed entries took about a second to build (far more in a
    process whose heap holds a spaCy model, where the garbage collector walks it over and over), on the
    start-up path of every reader; a bisection costs about 20 string comparisons a look-up, in C. The
    build writes the lines sorted by key, and since no key holds a tab or anything below it, the lines
    sort as their keys do.
    """

    def __init__(self, path: Path = DATA) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._lines: list[str] | None = None

    def _loaded(self) -> list[str]:
        lines = self._lines
        if lines is None:
            with self._lock:
                if self._lines is None:
                    self._lines = self._load()
                lines = self._lines
        return lines

    def _load(self) -> list[str]:
        text = gzip.decompress(self.path.read_bytes()).decode("utf-8")
        lines = text.split("\n")
        first = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
        del lines[:first]  # the header
        if lines and not lines[-1]:
            lines.pop()
        return lines

    def _line(self, key: str) -> str | None:
        lines = self._loaded()
        probe = key + "\t"
        index = bisect.bisect_left(lines, probe)
        if index < len(lines) and lines[index].startswith(probe):
            return lines[index]
        return None

    def lookup(self, word: str) -> NameInfo | None:
        key = fold(word)
        line = self._line(key) if key and key.isprintable() else None  # no tab or line break: a key never has one
        if line is None:
            return None
        _, f_rank, f_n, l_rank, l_n, flags, countries = line.split("\t")
        first_rank, last_rank = int(f_rank or 0), int(l_rank or 0)
        return NameInfo(key, strength_of(first_rank, int(f_n or 0)), strength_of(last_rank, int(l_n or 0)),
                        first_rank or None, last_rank or None, _countries(countries), "w" in flags, "h" in flags)

    def __len__(self) -> int:
        return len(self._loaded())

    def memory_bytes(self) -> int:
        """Python objects held: the list and its lines."""
        lines = self._loaded()
        return sys.getsizeof(lines) + sum(sys.getsizeof(line) for line in lines)


@lru_cache(maxsize=4096)
def _countries(packed: str) -> tuple[str, ...]:
    """"GBIEPL" -> ("GB", "IE", "PL"); a few thousand distinct lists, each made once."""
    return tuple(packed[i : i + 2] for i in range(0, len(packed), 2))
