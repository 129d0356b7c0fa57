"""The pdf4 rows (benchmarks/pdf4_rows/rows.py): small PDFs in the layout classes where the PDF path's own reading
can join what the writer kept apart or part what the writer kept together (a cue, its removed value and the next
field on one line; field-list lines; label/value grids and name tables emitted column by column; e-mail addresses
broken at a line end, at "@" or ".", hyphenated, in a narrow cell) and look-alikes beside the removals, each
redacted by ``redact_pdf(detect=True)`` with no known identifiers; scored as ``bench_pdf99_rows`` scores its rows.
Written before the PDF path's output on them was seen.

    PYTHONPATH=$PWD python benchmarks/bench_pdf4_rows.py [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_pdf99_rows import main  # noqa: E402
from benchmarks.pdf4_rows.rows import ROWS  # noqa: E402

if __name__ == "__main__":
    main(ROWS, __doc__.splitlines()[0])
