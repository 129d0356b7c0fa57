"""Dates of birth in UK SEND writing: hand-written rows (benchmarks/dob3_rows/rows.py) holding birth dates by the
classes a reader recognises (a cue far from its value in tables and stacked forms, unusual labels, a person's line
of a list, partial birthdays, ages beside dates, dates in words, two-digit, month-first, ISO and OCR'd dates, other
languages' labels, a sibling's or parent's birth date, birth events) beside the non-birth dates of the same lines
that must stay; ours beside stock Presidio in the same run. Scored as bench_negatives_heldback.py: an identifier is
found when every letter and digit of it lies inside some predicted span; a negative is kept when no predicted span
touches it.

The rows were written before the dob3 work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_dob3_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run  # noqa: E402
from benchmarks.dob3_rows.rows import FIND_AND_KEEP  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__)
