"""General-English names and telephone numbers: hand-written rows (benchmarks/general_names_rows/rows.py), ours
beside stock Presidio in the same run. A name or number is found when every letter and digit of it lies inside a
predicted span of its type (PERSON, PHONE); a keep is kept when no predicted span touches it.

The rows were written before the genname work and are scored before and after it only; their misses are not to be
read while tuning (``--misses`` exists for whoever takes the rows over as ordinary development material).

    PYTHONPATH=$PWD python benchmarks/bench_general_names.py [--no-stock] [--misses]
    PYTHONPATH=$PWD python benchmarks/bench_general_names.py --dev --misses   # development rows, misses readable
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.general_names_rows import dev_rows, rows  # noqa: E402
from benchmarks.row_scoring import ALL, run  # noqa: E402

if __name__ == "__main__":
    run(rows.ROWS, __doc__, typed=ALL, dev_rows=dev_rows.ROWS, stock_renamed={"PHONE_NUMBER": "PHONE"})
