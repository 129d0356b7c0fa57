"""Precision and hard negatives on UK SEND text, second set: hand-written rows (benchmarks/sendprec2_rows/rows.py)
holding identifiers that must be found (people called Hope, Grace, Wood, Moon, Bevan or King; dates of birth beside
event dates; case references beside product codes; parents' phones beside national helplines) beside look-alikes the
earlier negative sets do not hold (organisations, hospices and health boards named after people; public figures and
fictional characters; counties and towns used as a service area; tribunal citations, statutory instruments and
diagnostic codes; batch, model and order numbers; forum shorthand; template placeholders and export columns; rare
syndromes, medicines and assessments; Welsh labels and words); ours beside stock Presidio in the same run. An
identifier is found when every letter and digit of it lies inside some predicted span; a negative is kept when no
predicted span touches it.

The rows were written before the sendprec2 work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_sendprec2_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run  # noqa: E402
from benchmarks.sendprec2_rows.rows import FIND_AND_KEEP  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__, precision=True)
