"""Hand-written rows for UK SEND recall classes (benchmarks/send_recall_rows/rows.py): sentence-start word-names,
titles with word-surnames, lower-case possessives before kin words, industrial-estate addresses, quoted nicknames,
statutory instrument numbers (must stay), staff ids in tables, minutes, e-mail headers and signatures, names in
lists, hyphenated names, OCR'd names, school names, dates of birth in forms, one-line addresses; each class with
look-alikes that must stay. Written before the detector's output on them was seen; scored before and after the
sendrecall work only. An identifier is removed when every letter and digit of it lies inside some detected span;
a look-alike is kept when no span touches it. Prints figures per class; `--misses` exists for whoever takes the
rows over as development material (not while tuning on them).

    PYTHONPATH=$PWD python benchmarks/bench_send_recall_rows.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run_classes  # noqa: E402
from benchmarks.send_recall_rows.rows import ROWS  # noqa: E402

if __name__ == "__main__":
    run_classes(ROWS, __doc__, line="{name:<40} found {found}/{wanted}   kept {kept}/{keep}", width=40)
