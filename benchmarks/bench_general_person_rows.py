"""General-English PERSON rows: hand-written rows (benchmarks/general_person_rows/rows.py) for the genperson work,
ours beside stock Presidio in the same run. A name is found when every letter and digit of it lies inside a
predicted PERSON span; a look-alike is kept when no predicted span of any type touches it.

The rows were written before the genperson work looked at the detector's output on them and are scored before and
after it only; ``--misses`` exists for whoever takes the rows over as ordinary development material.

    PYTHONPATH=$PWD python benchmarks/bench_general_person_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.general_person_rows.rows import ROWS  # noqa: E402
from benchmarks.row_scoring import ALL, run  # noqa: E402

if __name__ == "__main__":
    run(ROWS, __doc__, typed=ALL)
