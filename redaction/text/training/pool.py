"""A broad pool of given names and surnames, grouped by origin, for swapping into training documents.

Built once from the names gazetteer (``redaction/gazetteer/data/names.tsv.gz``: names-dataset 3.3.1,
Apache-2.0, and the project's hand lists) into ``data/name_pool.tsv.gz``, which is committed, so the
training data rebuilds without the gazetteer::

    python -m redaction.text.training.pool [--gazetteer redaction/gazetteer]

The gazetteer keys are folded (lower case, no diacritics); display forms are rebuilt by capitalising
each part ("mcdonald" -> "McDonald", "al-hashimi" -> "Al-Hashimi"). Spellings with diacritics come from
the gazetteer's hand lists and ``data/diacritics.txt`` (written for this project). A name is kept when
some country of its group ranks it within ``_DEPTH`` as a given name or surname; a draw weighs it by
``1 / rank ** 0.5`` so common names come often and rare ones still come.
"""

from __future__ import annotations

import argparse
import gzip
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GROUPS", "POOL", "Pool", "build_pool", "display_form"]

DATA = Path(__file__).resolve().parent / "data"
POOL = DATA / "name_pool.tsv.gz"
_DEPTH = 4000

# Origins UK families have, by the countries the gazetteer ranks names in; the weight is how often a
# document's family is drawn from the group (British and Irish most, every other group often).
GROUPS: dict[str, tuple[float, tuple[str, ...]]] = {
    "british_irish": (0.26, ("GB", "IE", "CY-W")),
    "south_asian": (0.12, ("IN", "BD", "PK", "LK", "NP")),
    "west_african": (0.08, ("NG", "GH", "CM")),
    "east_african": (0.07, ("ET", "DJ", "SD", "KE", "SO", "ER")),
    "southern_african": (0.04, ("ZA", "BW", "NA", "ZW")),
    "arabic": (0.07, ("EG", "MA", "DZ", "LY", "TN", "YE", "JO", "LB", "PS", "IQ", "SY", "AE", "SA", "QA", "KW", "OM", "BH")),
    "turkish_persian_afghan": (0.05, ("TR", "IR", "AF")),
    "east_asian": (0.06, ("CN", "HK", "TW", "MO", "JP", "KR", "SG", "VN")),
    "south_east_asian": (0.03, ("PH", "MY")),
    "eastern_european": (0.10, ("PL", "LT", "BG", "CZ", "RU", "HU", "MD", "RS", "HR", "EE", "AL", "GR", "CY", "RO", "UA", "SK")),
    "western_european": (0.07, ("PT", "BR", "IT", "ES", "DE", "NL", "FR", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "MT")),
    "americas_caribbean": (0.05, ("JM", "US", "CA", "CO", "EC")),
}
_GROUP_OF = {country: group for group, (_, countries) in GROUPS.items() for country in countries}
_LOWER_PARTICLES = {"de", "da", "van", "der", "den", "von", "di", "du", "le", "la", "dos", "das", "bin", "ibn", "ap", "ab"}


def display_form(key: str) -> str:
    """"mcdonald" -> "McDonald", "al-hashimi" -> "Al-Hashimi", "fitzgerald" -> "Fitzgerald"."""
    parts = []
    for part in key.split("-"):
        word = part[:1].upper() + part[1:]
        if word.startswith("Mc") and len(word) > 3:
            word = "Mc" + word[2].upper() + word[3:]
        parts.append(word)
    return "-".join(parts)


def _hand_lists(folder: Path) -> list[tuple[str, str, str, int]]:
    """``(name, kind, group, rank)`` from files of ``[first CC]`` / ``[last CC]`` sections (``[first]``: Welsh)."""
    rows: list[tuple[str, str, str, int]] = []
    for path in sorted(folder.glob("*.txt")):
        kind, country = "", ""
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line.startswith("["):
                head = line.strip("[]").split()
                kind, country = head[0][0], head[1] if len(head) > 1 else "CY-W"
            elif line and kind:
                rows.extend((name.replace("_", " "), kind, _GROUP_OF.get(country, "british_irish"), 300)
                            for name in line.split())
    return rows


def build_pool(gazetteer: Path, out: Path = POOL) -> int:
    """Write the pool from the gazetteer folder (``data/names.tsv.gz`` and ``hand/``); returns its size."""
    rows: dict[tuple[str, str], tuple[str, int, int]] = {}
    with gzip.open(gazetteer / "data" / "names.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            key, f_rank, _, l_rank, _, flags, countries = line.rstrip("\n").split("\t")
            group = _GROUP_OF.get(countries[:2])
            if group is None or len(key) < 2 or not key.replace("-", "").isalpha():
                continue
            word = int("w" in flags)
            for kind, ranked in (("f", f_rank), ("l", l_rank)):
                if ranked and int(ranked) <= _DEPTH:
                    rows[(display_form(key), kind)] = (group, int(ranked), word)
    for folder in (gazetteer / "hand", DATA):
        for name, kind, origin, rank in _hand_lists(folder):
            rows[(name, kind)] = (origin, rank, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{name}\t{kind}\t{group}\t{rank}\t{word}\n" for (name, kind), (group, rank, word) in sorted(rows.items())]
    # mtime=0: the same inputs give the same bytes.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write("".join(lines).encode("utf-8"))
    return len(lines)


@dataclass(frozen=True)
class _Names:
    names: tuple[str, ...]
    cumulative: tuple[float, ...]

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.names, cum_weights=self.cumulative)[0]


class Pool:
    """Draws names: ``family(rng)`` picks an origin group for a document, ``first``/``last`` draw from it."""

    def __init__(self, path: Path = POOL) -> None:
        table: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)
        words: dict[str, list[str]] = defaultdict(list)
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                name, kind, group, rank, word = line.rstrip("\n").split("\t")
                table[(group, kind)].append((name, 1 / int(rank) ** 0.5))
                if word == "1" and int(rank) <= 1500:
                    words[kind].append(name)
        self._table = {key: _Names(tuple(n for n, _ in rows), tuple(_running(w for _, w in rows)))
                       for key, rows in sorted(table.items())}
        self._words = {kind: tuple(sorted(names)) for kind, names in words.items()}
        self._groups = [g for g in GROUPS if (g, "f") in self._table and (g, "l") in self._table]
        self._group_weights = [GROUPS[g][0] for g in self._groups]

    def family(self, rng: random.Random) -> str:
        return rng.choices(self._groups, weights=self._group_weights)[0]

    def name(self, rng: random.Random, kind: str, group: str) -> str:
        """A given name (``kind="f"``) or surname (``"l"``) of ``group``; now and then (one in
        ten) one that is also an English word ("Will", "Hope", "Brook"), so context must decide."""
        if kind in self._words and rng.random() < 0.1:
            return rng.choice(self._words[kind])
        if rng.random() < 0.15:  # families mix: partners, step-parents, other children, staff
            group = self.family(rng)
        return self._table[(group, kind)].draw(rng)


def _running(weights: object) -> list[float]:
    total, out = 0.0, []
    for weight in weights:  # type: ignore[attr-defined]
        total += weight
        out.append(total)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=Path("redaction/gazetteer"),
                        help="the gazetteer package folder (holding data/names.tsv.gz and hand/)")
    args = parser.parse_args()
    print(f"{build_pool(args.gazetteer)} names written to {POOL}")


if __name__ == "__main__":
    main()
