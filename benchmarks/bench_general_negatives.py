"""General-English look-alikes beside real identifiers: rows of ``benchmarks/general_negatives_rows/rows.py``
(company, brand and product names, shops and venues, product models, headings and form labels, job titles, streets
and public places used alone or generically, ordinary words of other languages, words after abbreviations,
nationalities, languages, currencies, other languages' days and months, teams, festivals, titles of works, order,
tracking, account and invoice numbers shaped like phones), ours beside stock Presidio in the same run. An identifier
is found when every letter and digit of it lies inside some predicted span (of any type); a negative is kept when
no predicted span touches it; precision here is the share of predicted spans that touch some identifier. The
``/5`` lines count only spans of the five general-English PII types (PERSON, PHONE, ADDRESS, EMAIL, LOCATION).

The rows were written before the general-English precision work and scored only before and after it; their
misses are not to be read while tuning (``--misses`` exists for whoever takes the rows over as development
material).

    PYTHONPATH=$PWD python benchmarks/bench_general_negatives.py [--no-stock] [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.general_negatives_rows.rows import FIND_AND_KEEP  # noqa: E402
from benchmarks.row_scoring import run  # noqa: E402

GENERAL_TYPES = {"PERSON", "PHONE", "ADDRESS", "EMAIL", "LOCATION"}

if __name__ == "__main__":
    # "/5": the general-English PII types only (an order or invoice number typed CASE_REF is an
    # identifier in case files)
    run(FIND_AND_KEEP, __doc__, subsets={"/5": GENERAL_TYPES}, precision=True)
