"""General-English PII rows of the genperson3 work: names in plain sentences with no title or label, lower-case
names and user names, names of many origins, "Surname, First" rosters, initials, word names read as names, names
after @; street addresses of the US, Canada, Australia, New Zealand, India, South Africa and Ireland; phones of
several countries; e-mails; and look-alikes of the same registers (benchmarks/genperson3_rows/rows.py), ours beside
stock Presidio in the same run. A PERSON find is found when every letter and digit of it lies inside a predicted
PERSON span, any other find when they lie inside predicted spans of any type (as the hold-out sets score); a
look-alike is kept when no predicted span of any type touches it.

The rows were written before the genperson3 work looked at the detector's output on them and are scored before and
after it only; ``--misses`` exists for whoever takes the rows over as ordinary development material.

    PYTHONPATH=$PWD python benchmarks/bench_genperson3_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.genperson3_rows.rows import ROWS  # noqa: E402
from benchmarks.row_scoring import run  # noqa: E402

if __name__ == "__main__":
    run(ROWS, __doc__, typed={"PERSON"})  # PERSON finds need a PERSON span, others any
