"""Hand-written rows for the refs round (benchmarks/refs_rows/rows.py): a case's own reference numbers (LA/EHC case
numbers, tribunal appeals, Mosaic/LCS/EHM ids, hospital, NHS, CHI and H&C numbers, DBS certificates, housing and
benefit claims, a parent's customer number, UPNs, ULNs) after unusual cues, with spaces, slashes or a line break, in
CSV columns and e-mail subject lines; beside numbers that are no family's identifier (extensions, forms and
versions, legislation, charity and company numbers, ISBNs, batches, rooms, routes, courses, a school's URN/DfE
number, areas, times, prices, pages, Ofsted reports, templates, an organisation's policy number). An identifier is
removed when every letter and digit of it lies inside some detected span (any type); a look-alike is kept when no
span touches it. ``--misses`` lists failing surfaces.

Before the refs work (unchanged detector, scored once): ALL found 62/66 = 0.939   kept 78/89 = 0.876
After (organisation_references: an organisation's form, template, post, course, meeting, inspection, provider,
grant or policy number, after its number word): ALL found 62/66 = 0.939   kept 79/89 = 0.888

    PYTHONPATH=$PWD python benchmarks/bench_refs_rows.py [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.refs_rows.rows import ROWS  # noqa: E402
from benchmarks.row_scoring import run_classes  # noqa: E402

if __name__ == "__main__":
    run_classes(ROWS, __doc__)
