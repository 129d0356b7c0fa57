"""Hand-written rows for the dobref2 round (benchmarks/dobref2_rows/rows.py): dates of birth far from their cue,
partial birthdays, birth dates in words or other languages, ages with dates; references after any cue a reader
would take as one (many wordings and languages, tables, e-mail subjects and headers, file names), references with
a shape and a context but no cue, OCR'd references; each class with look-alikes that must stay (other dates,
page/room/model/version numbers, charity and company numbers, statutes, amounts). Written before the detector's
output on them was seen; scored before and after the dobref2 work only. An identifier is removed when every letter
and digit of it lies inside some detected span (any type); a look-alike is kept when no span touches it. Prints
figures per class; `--misses` exists for whoever takes the rows over as development material (not while tuning).

    PYTHONPATH=$PWD python benchmarks/bench_dobref2_rows.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.dobref2_rows.rows import ROWS  # noqa: E402
from benchmarks.row_scoring import run_classes  # noqa: E402

if __name__ == "__main__":
    run_classes(ROWS, __doc__)
