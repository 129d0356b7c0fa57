"""Precision and hard negatives on UK SEND text, third set: hand-written rows (benchmarks/sendprec3_rows/rows.py) in
the registers of parents' e-mails, forms, minutes, chat and OCR, each holding identifiers that must be found beside
look-alikes that must stay: capitalised ordinary words and headings; names inside the names of organisations,
buildings, laws, syndromes, therapies and programmes; public figures and authors of assessments; pets, toys and
characters; brand names; places that are not the family's; dates that are not dates of birth; numbers that look like
phones or references; job titles and roles; form labels; Welsh ordinary words. Ours beside stock Presidio in the
same run. An identifier is found when every letter and digit of it lies inside some predicted span; a negative is
kept when no predicted span touches it.

The rows were written before the sendprec3 work and scored once before it and once after (173 rows, 168 identifiers,
485 negatives):

    before  ours   identifiers found 165/168 = 0.982; negatives kept 416/485 = 0.858; spans on an identifier 165/244 = 0.676
            stock  identifiers found 141/168 = 0.839; negatives kept 221/485 = 0.456; spans on an identifier 149/481 = 0.310
    after   ours   identifiers found 165/168 = 0.982; negatives kept 418/485 = 0.862; spans on an identifier 165/242 = 0.682

(after the sendprec3 work: pets and toys, characters by their company, places of a trip or an event, everyday
eponyms, lists of job titles; worked from the development sets and rows, not from these rows' misses).

    PYTHONPATH=$PWD python benchmarks/bench_sendprec3_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import run  # noqa: E402
from benchmarks.sendprec3_rows.rows import FIND_AND_KEEP  # noqa: E402

if __name__ == "__main__":
    run(FIND_AND_KEEP, __doc__, precision=True)
