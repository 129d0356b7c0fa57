"""Hard negatives of UK SEND text, fourth set: hand-written rows (benchmarks/negatives4_rows/rows.py) mixing real
identifiers that must be found with hard negatives that must stay (class and house names, programmes, tools and
tests, medicines and conditions, roles, teams and services, organisations, general regions and places abroad,
buildings of public bodies, street names inside organisations' names, days, months and seasons, relationship words
in other languages, apps and products, Welsh ordinary words, legislation and forms, dates that are not births,
money and scores, line starts, headings and table headers); ours beside stock Presidio in the same run. Scored as
bench_negatives_heldback.py: an identifier is found when every letter and digit of it lies inside some predicted span;
a negative is kept when no predicted span touches it.

The rows were written before the negs4 work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_negatives4.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run  # noqa: E402
from benchmarks.negatives4_rows.rows import FIND_AND_KEEP  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__)
