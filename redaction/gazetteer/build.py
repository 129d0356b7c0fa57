"""Build ``data/names.tsv.gz`` from the names-dataset wheel and the hand lists. Run by hand, not at run time.

    pip install names-dataset==3.3.1          # build time only: it is not a dependency of the project
    python -m redaction.gazetteer.build       # writes redaction/gazetteer/data/names.tsv.gz, prints its size

The source (names-dataset 3.3.1, Philippe Remy: first and last names by country, extracted from a
public dump of 533M social-network profiles, with each name's rank within each country) is read
straight from the installed package's two pickles; its own module is never imported. What is kept:

* names in Latin script (diacritics folded: ``Łukasz`` -> ``lukasz``), two letters or more, at most
  two hyphenated parts, with a vowel (``Hn``, ``Sn`` are noise; ``Ng`` is kept by hand);
* ranked within a chosen country's cut-off (:data:`COUNTRIES`: the origins UK families have, and the
  countries that stand in for the ones the source lacks);
* an ordinary English word (lower-case in both of the dictionaries the project ships) only when it is
  a common name somewhere (rank <= :data:`WORD_RANK`), and then flagged as a word ("Will", "Rose");
* never the stop vocabulary (function words, months and days that are not given names, the SEND
  and public-service words of case notes), whatever the source says.

The hand lists (``hand/*.txt``) add Welsh names and the common names of origins the source lacks.
The output is deterministic (sorted, gzip without a timestamp), so a rebuild shows as no change.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import pickle
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from redaction.gazetteer.keys import fold

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "names.tsv.gz"

# Rank cut-offs by country (ISO 3166-1 alpha-2; the source ranks up to ~15,000-19,000 names a
# country). Deep where UK families' own names are; shallower where the source country stands in
# for another (the Gulf states' lists carry the names of their South Asian, Filipino and East
# African workforces, with more noise).
_TIERS: dict[int, str] = {
    15000: "GB IE",
    8000: ("PL LT IN BD NG GH SD AF IQ SY TR IR CN HK PH JM PT BR IT ES DE NL BG CZ ZA MY US "
           "MD RU HU DJ ET BW NA CA FR AL GR CY"),
    5000: ("EG MA DZ LY TN YE JO LB PS CM BI AO RS HR EE SE NO DK FI BE CH AT MT MU JP KR "
           "SG MO TW CO EC KZ"),
    4000: "AE SA QA KW OM BH",
}
COUNTRIES: dict[str, int] = {code: cut for cut, codes in _TIERS.items() for code in codes.split()}
WORD_RANK = 1000
HAND_RANK = 5000  # what a hand-listed name counts as, where the source does not rank it
MAX_COUNTRIES = 6

# Never names here, whatever the source says (its profiles hold words as names). Words that are also
# real surnames (Ward, Head, Nurse, Chair...) are not listed: the English-word rule keeps them when common.
STOP_VOCABULARY = frozenset("""
a an the and or but nor if so as at by for from in into of off on onto out over to up upon with
within without about above after against along among around before behind below beneath beside
between beyond during except inside near since through throughout till toward towards under until
via is am are was were be been being has have had having do does did done not no yes this that these
those there here their them they he she his her him hers we our us you your yours i it its me my mine
who whom whose which what why how when where while each every all any some both either neither
other another such than then too very also just only again once please thank thanks dear hi hello
regards sincerely faithfully yours kind best
january february march september october november december
tuesday wednesday thursday friday saturday
school schools academy primary secondary special college nursery reception pupil pupils student
teacher teachers parent parents carer carers child children family families mum dad mother father
plan plans review reviews annual tribunal panel appeal council authority local county borough
service services team department office support provision needs need education health care social
therapy therapist speech language occupational physiotherapy psychology psychologist educational
assessment report reports section outcome outcomes autism autistic dyslexia dyspraxia adhd asd asc
semh sen send senco sendco ehc ehcp ehcna camhs salt ot gp nhs la lea dfe ofsted ipsea sendiass iass
ta hlta lsa ep pe sencos paediatrician paediatric consultant clinic hospital surgery
coordinator caseworker meeting notes note
summary action actions date time term year week month day today tomorrow yesterday
english maths science reading writing phonics literacy numeracy sensory emotional mental behaviour
communication interaction cognition learning
""".split())
# Months and days that are also given names stay, flagged as words (April, May, June, July, August,
# Sunday, Monday: a Nigerian Sunday or Monday is a real person; "in May" is not).
CALENDAR = frozenset("april may june july august sunday monday".split())


@dataclass
class Entry:
    first_rank: int = 0
    first_countries: set[str] = field(default_factory=set)
    last_rank: int = 0
    last_countries: set[str] = field(default_factory=set)
    ranks: dict[str, int] = field(default_factory=dict)  # best rank per country (either kind)
    hand: bool = False

    def add(self, kind: str, country: str, rank: int) -> None:
        if kind == "first":
            self.first_rank = min(self.first_rank or rank, rank)
            self.first_countries.add(country)
        else:
            self.last_rank = min(self.last_rank or rank, rank)
            self.last_countries.add(country)
        self.ranks[country] = min(self.ranks.get(country, rank), rank)


_SHAPE = re.compile(r"[a-z]{2,}(?:-[a-z]{2,})?")
_VOWEL = re.compile(r"[aeiouy]")
_REPEAT = re.compile(r"(.)\1\1")  # "aaaaaa", "zzz": keyboard noise, no name has a letter three times in a row


def _usable(key: str) -> bool:
    return (bool(_SHAPE.fullmatch(key)) and (bool(_VOWEL.search(key)) or key == "ng") and not _REPEAT.search(key)
            and key not in STOP_VOCABULARY)


def source_pickles() -> tuple[Path, Path]:
    spec = importlib.util.find_spec("names_dataset")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("names-dataset is not installed: pip install names-dataset==3.3.1 (build time only)")
    root = Path(next(iter(spec.submodule_search_locations))) / "v3"
    return root / "first_names.pkl.gz", root / "last_names.pkl.gz"


def read_source(path: Path, kind: str, into: dict[str, Entry]) -> None:
    with gzip.open(path, "rb") as handle:
        table = pickle.load(handle)  # the package's own data file, from the wheel installed by hand
    for name, info in table.items():
        ranks = {c: r for c, r in (info.get("rank") or {}).items() if c in COUNTRIES and r and r <= COUNTRIES[c]}
        if not ranks:
            continue
        key = fold(name)
        if not _usable(key):
            continue
        entry = into.setdefault(key, Entry())
        for country, rank in ranks.items():
            entry.add(kind, country, int(rank))
    del table


def read_hand(path: Path) -> Iterator[tuple[str, str, str]]:
    """(name, kind, country) from a hand list: sections "[first]", "[last KE]"; Welsh lists are GB."""
    kind, country = "first", "GB"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        header = re.fullmatch(r"\[(first|last)(?:\s+([A-Z]{2}))?\]", line)
        if header:
            kind, country = header.group(1), header.group(2) or "GB"
            continue
        for name in line.split():
            yield name, kind, country


def add_hand(entries: dict[str, Entry], rows: Iterable[tuple[str, str, str]]) -> int:
    added = 0
    for name, kind, country in rows:
        key = fold(name)
        if not _SHAPE.fullmatch(key):
            raise SystemExit(f"hand list: {name!r} is not a name shape")
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = Entry(hand=True)
            added += 1
        has = entry.first_rank if kind == "first" else entry.last_rank
        if not has:
            entry.hand = True
            entry.add(kind, country, HAND_RANK)
    return added


def english_words() -> frozenset[str]:
    """Words in both dictionaries the project ships, lower-case in Webster's: ordinary words, not proper nouns."""
    from english_words import get_english_words_set

    web2 = {w for w in get_english_words_set(["web2"]) if w.islower()}  # Webster's writes proper nouns capitalised
    gcide = get_english_words_set(["gcide"], lower=True)  # GCIDE capitalises every headword: case says nothing
    return frozenset(web2 & gcide)


def rows(entries: dict[str, Entry], words: frozenset[str]) -> Iterator[str]:
    for key in sorted(entries):
        entry = entries[key]
        word = key in words or key in CALENDAR
        best = min(x for x in (entry.first_rank, entry.last_rank) if x)
        if word and best > WORD_RANK:
            continue
        countries = sorted(entry.ranks, key=lambda c: (entry.ranks[c], c))[:MAX_COUNTRIES]
        flags = ("w" if word else "") + ("h" if entry.hand else "")
        yield "\t".join([key, str(entry.first_rank or ""), str(len(entry.first_countries) or ""),
                         str(entry.last_rank or ""), str(len(entry.last_countries) or ""), flags or "-",
                         "".join(countries)])


HEADER = (
    "# names gazetteer: built by redaction/gazetteer/build.py from names-dataset 3.3.1 (Apache-2.0, see "
    "LICENSE-names-dataset.txt) and the hand lists in redaction/gazetteer/hand/\n"
    "# key\tfirst_rank\tfirst_countries\tlast_rank\tlast_countries\tflags(w=English word,h=hand list)\tcountries\n"
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    first, last = source_pickles()
    entries: dict[str, Entry] = {}
    read_source(first, "first", entries)
    read_source(last, "last", entries)
    from_source = len(entries)
    added = sum(add_hand(entries, read_hand(path)) for path in sorted((HERE / "hand").glob("*.txt")))
    lines = list(rows(entries, english_words()))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write((HEADER + "\n".join(lines) + "\n").encode("utf-8"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(buffer.getvalue())
    print(f"{len(lines)} names ({from_source} from the source before the word rule, {added} added by the hand lists); "
          f"{args.out} {len(buffer.getvalue()) / 1e6:.2f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
