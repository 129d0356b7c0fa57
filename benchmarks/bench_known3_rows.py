"""Every occurrence of a case's known identifiers as writers change them, second hand-written set: rows
(benchmarks/known3_rows/rows.py), each a line of UK SEND paperwork with the case's known block, holding occurrences
written otherwise than in the block (initials, typos, hyphened and particle surnames split or joined, another script,
English nicknames, names run together in user names and e-mails; addresses abbreviated, without or with a moved
house number, partial postcodes; phones in any spacing, +44 and 0044, in words, without the area code, a digit short;
NHS/NI/UPN/ULN numbers with OCR slips or a suffix dropped; dates of birth in more layouts; schools by a short name or
initials; case references cut or re-spaced) that must be found, beside look-alikes that must stay. Scored as
bench_known2_rows.py: with the detectors (``ours+k``) and with the known block alone (``known``); stock Presidio
(``--stock``) takes no known block: a baseline only.

The rows were written before the known3 work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_known3_rows.py [--stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.known3_rows.rows import FIND_AND_KEEP, KNOWN  # noqa: E402
from benchmarks.row_scoring import run  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__, known=KNOWN)
