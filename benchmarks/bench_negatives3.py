"""Hard negatives of UK SEND text, third set: hand-written rows (benchmarks/negatives3_rows/rows.py) in SEND registers
(parents' e-mails and chats, reports, EHC plans, minutes, referral and tick-box forms, clinic letters, Welsh and
bilingual text) mixing real identifiers that must be found with hard negatives that must stay (diagnoses and
eponyms, legislation, roles, therapies and programmes named after people or places, assessments, products, apps,
toys and television characters, medicines, organisations that identify nobody, foods and clothes named after places,
festivals and saints' days, ordinary words that are given names, headings and form labels, Welsh words, days,
months and terms, tick-box labels); ours beside stock Presidio in the same run. Scored as
bench_negatives_heldback.py: an identifier is found when every letter and digit of it lies inside some predicted span;
a negative is kept when no predicted span touches it.

The rows were written before the negs3 work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_negatives3.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run  # noqa: E402
from benchmarks.negatives3_rows.rows import FIND_AND_KEEP  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__)
