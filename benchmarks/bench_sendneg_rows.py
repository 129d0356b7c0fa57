"""Hard negatives and precision on UK SEND text, without losing recall: hand-written rows
(benchmarks/sendneg_rows/rows.py) holding identifiers that must be found (names, some also words; dates of birth and case references in many shapes; schools,
addresses, phones) beside look-alikes that must stay (ordinary capitalised words, headings and table headers,
services and organisations, roles, products, diagnoses and medicines, places that identify nobody, dates that are
not birth dates, numbers that are not references, the word right after a name); ours beside stock Presidio in the
same run. Scored as bench_negatives_heldback.py: an identifier is found when every letter and digit of it lies inside
some predicted span; a negative is kept when no predicted span touches it.

The rows were written before the sendneg work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_sendneg_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run  # noqa: E402
from benchmarks.sendneg_rows.rows import FIND_AND_KEEP  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__)
