"""Every occurrence of a case's known identifiers as writers change them, third hand-written set: rows
(benchmarks/known4_rows/rows.py), each a line of UK SEND paperwork or a parent's message with the case's known block,
holding occurrences written otherwise than in the block (English short forms and nicknames at a sentence start,
diminutives of other languages, Abu/Umm teknonyms, other scripts and transliterations, hyphened surnames split or
half used, née surnames, initials, a parent's misspellings, user names and e-mails; addresses written partly;
phones split oddly or with an extension; dates of birth in any layout; schools by short names or initials; case
references re-spaced or without a prefix) that must be found, beside look-alikes that must stay ("art class",
"max 3 hours", another person's similar name). Scored as bench_known3_rows.py: with the detectors (``ours+k``) and
with the known block alone (``known``); stock Presidio (``--stock``) takes no known block: a baseline only.

Before the known4 work (scored once): ours+k found 156/166 = 0.940, kept 99/108 = 0.917; known alone found
127/166 = 0.765, kept 107/108 = 0.991. After it (the misses not read before this scoring): ours+k found 161/166 =
0.970, kept 99/108 = 0.917; known alone found 153/166 = 0.922, kept 107/108 = 0.991. Then, after reading those
misses, a second step (short forms looked up with or without the record's accents, the postcode inside a known
address, a user name's digits after "_", three short forms): ours+k 164/166, kept 99/108; known alone 160/166, kept
107/108 (these figures are no longer unseen).

    PYTHONPATH=$PWD python benchmarks/bench_known4_rows.py [--stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.known4_rows.rows import FIND_AND_KEEP, KNOWN  # noqa: E402
from benchmarks.row_scoring import run  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__, known=KNOWN)
