"""Hand-written rows for the dob/ref round 3 (benchmarks/dob_ref_rows3/rows.py): dates of birth tied to a person by
a cue at any distance, ages and birthdays, tables and PDF layouts, other languages and written forms, relatives;
case references after their cues (social care, LA, health, tribunal, school, charity, bookings, table columns);
each class with look-alikes that must stay. Written before the detector's output on them was seen; scored before
and after the dob/ref round-3 work only. An identifier is removed when every letter and digit of it lies inside
some detected span (any type); a look-alike is kept when no span touches it. Prints figures per class; `--misses`
exists for whoever takes the rows over as development material (not while tuning on them).

    PYTHONPATH=$PWD python benchmarks/bench_dob_ref_rows3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.dob_ref_rows3.rows import ROWS  # noqa: E402
from benchmarks.row_scoring import run_classes  # noqa: E402

if __name__ == "__main__":
    run_classes(ROWS, __doc__)
