"""Hand-written rows for the recall3 round (benchmarks/recall3_rows/rows.py): birth dates (partial, in words, in
tables, other languages), case references and codes after their cues, handles, other countries' personal numbers,
school names, UK phones and postcodes in odd shapes, later mentions of a found identifier; each class with
look-alikes that must stay. Written before the detector's output on them was seen; scored before and after the
recall3 work only. An identifier is removed when every letter and digit of it lies inside some detected span (any
type); a look-alike is kept when no span touches it. Prints figures per class; `--misses` exists for whoever takes
the rows over as development material (not while tuning on them).

    PYTHONPATH=$PWD python benchmarks/bench_recall3_rows.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.recall3_rows.rows import ROWS  # noqa: E402
from benchmarks.row_scoring import run_classes  # noqa: E402

if __name__ == "__main__":
    run_classes(ROWS, __doc__)
