"""General-English street addresses of many countries, a second hand-written set (benchmarks/general_address_rows2/rows.py),
ours beside stock Presidio in the same run. An address is found when every letter and digit of it lies inside some
predicted span (of any type, as the hold-out sets score); ``ADDRESS-typed`` also counts it only when those spans are
ADDRESS or POSTCODE. A keep is kept when no predicted span touches it.

The rows were written by the second address helper before changing the detector; scored once before its change.

    PYTHONPATH=$PWD python benchmarks/bench_general_addresses2.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_general_addresses import main  # noqa: E402  (the same scoring, over this file's rows)
from benchmarks.general_address_rows2 import rows  # noqa: E402

if __name__ == "__main__":
    main(rows.ROWS, __doc__)
