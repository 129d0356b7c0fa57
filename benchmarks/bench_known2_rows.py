"""Every occurrence of a case's known identifiers, however written: hand-written rows (benchmarks/known2_rows/rows.py),
each a line of UK SEND paperwork with the case's known block, holding occurrences written otherwise than in the block
(case, accents, initials and partial names, other orders, diminutives, transliterations, split or joined surnames,
possessives, OCR'd letters, numbers spaced or broken over a line, dates of birth in any layout and language, addresses
in part, postcodes, schools by a short name, split e-mails) that must be found, beside look-alikes that must stay.
Scored as bench_negatives_heldback.py (an identifier is found when every letter and digit of it lies inside some
predicted span; a negative is kept when no predicted span touches it), with the row's known block passed as
bench_text_holdout.py passes a document's: with the detectors, and with the known block alone (``detectors=False``).
Stock Presidio (``--stock``) takes no known block: a baseline only.

The rows were written before the known2 work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_known2_rows.py [--stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.known2_rows.rows import FIND_AND_KEEP, KNOWN  # noqa: E402
from benchmarks.row_scoring import run  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__, known=KNOWN)
