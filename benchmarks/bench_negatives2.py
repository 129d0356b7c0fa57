"""Hard negatives of UK SEND text, second set: hand-written rows (benchmarks/negatives2_rows/rows.py) in SEND registers
(e-mails, minutes, reports, plans, chats, case notes, letters, forms) mixing real identifiers that must be found with
hard negatives that must stay (diagnoses, legislation and sections, roles, organisations, services, programmes,
interventions, assessments and scores, products, capitalised ordinary words and headings, days/months/seasons, places
in organisation names, non-birth dates, amounts, versions, codes, Welsh and other languages' words, words that are
names elsewhere but ordinary here); ours beside stock Presidio in the same run. Scored as
bench_negatives_heldback.py: an identifier is found when every letter and digit of it lies inside some predicted span;
a negative is kept when no predicted span touches it.

The rows were written before the negatives2 work and scored only before and after it; their misses are not to be
read while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_negatives2.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run  # noqa: E402
from benchmarks.negatives2_rows.rows import FIND_AND_KEEP  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__)
