"""Tricky negatives in case notes: held-back rows (benchmarks/negatives_heldback/rows.py), ours beside stock Presidio
in the same run. Each row holds real identifiers that must be found and tricky negatives (diagnoses, tools and
programmes, legislation, organisations, non-birth dates, money, roles, year groups, languages, nationalities,
religions, places abroad used generically, class names, ordinary words that are names elsewhere in the line, brands,
medicines, honorifics of other languages) that must stay. An identifier is found when every letter and digit of it
lies inside some predicted span (of any type); a negative is kept when no predicted span touches it.

The rows were written before the work they measure and are scored before and after it only; their misses are not
to be read while tuning (``--misses`` exists for whoever takes the rows over as ordinary development material).

    PYTHONPATH=$PWD python benchmarks/bench_negatives_heldback.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run  # noqa: E402
from benchmarks.negatives_heldback.rows import FIND_AND_KEEP  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__)
