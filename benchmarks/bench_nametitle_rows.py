"""A name directly followed by its role or job title, UK SEND text: hand-written rows
(benchmarks/nametitle_rows/rows.py) where the name must be found whole and the title ("Programme Lead", "Class
Teacher", "Assessment Coordinator", "Head of Year 9") must stay: attendee lists, minutes' present and apologies
lines, signature lines and sign-offs, report authors, attendee tables and registers with a surname column; ours
beside stock Presidio in the same run. Scored as bench_negatives_heldback.py: an identifier is found when every
letter and digit of it lies inside some predicted span; a negative is kept when no predicted span touches it.

The rows were written before the nametitle work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_nametitle_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_negatives_heldback import run
from benchmarks.nametitle_rows.rows import FIND_AND_KEEP

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__.splitlines()[0])
