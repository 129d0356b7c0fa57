"""General-English PERSON rows of the genperson2 work: names in structures (greetings, signatures, "X wrote:",
bylines, captions, attributions, review authors, name columns, pairs, names after role words) of many origins and
look-alikes of the same lines (benchmarks/genperson2_rows/rows.py), ours beside stock Presidio in the same run.
A name is found when every letter and digit of it lies inside a predicted PERSON span; a look-alike is kept when no
predicted span of any type touches it.

The rows were written before the genperson2 work looked at the detector's output on them and are scored before and
after it only; ``--misses`` exists for whoever takes the rows over as ordinary development material.

    PYTHONPATH=$PWD python benchmarks/bench_genperson2_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.genperson2_rows.rows import ROWS  # noqa: E402
from benchmarks.row_scoring import ALL, run  # noqa: E402

if __name__ == "__main__":
    run(ROWS, __doc__, typed=ALL)
