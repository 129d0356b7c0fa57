"""Hand-written rows for the dobref4 round (benchmarks/dobref4_rows/rows.py): dates of birth and identifiers in the
forms the earlier row sets lack (exports and spreadsheets, Welsh/Irish/Gaelic labels, words, month-first, register
rows, boxed and OCR'd digits, chats and family; council, tribunal, ombudsman, complaint, health, GP, social-care,
benefit, travel, card, UPN/ULN/SCN and student references), each class with look-alikes that must stay. An
identifier is removed when every letter and digit of it lies inside some detected span (any type); a look-alike is
kept when no span touches it. ``--misses`` lists failing surfaces; ``--held-back`` scores the rows written after the
work instead (HELD_BACK: scored once, their misses not read while tuning).

    PYTHONPATH=$PWD python benchmarks/bench_dobref4_rows.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.dobref4_rows.rows import HELD_BACK, ROWS  # noqa: E402
from benchmarks.row_scoring import run_classes  # noqa: E402

if __name__ == "__main__":
    held_back = "--held-back" in sys.argv
    if held_back:
        sys.argv.remove("--held-back")
    run_classes(HELD_BACK if held_back else ROWS, __doc__)
