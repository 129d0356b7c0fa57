"""The pdf3 rows (benchmarks/pdf3_rows/rows.py): small PDFs in the layout classes where a PDF's text differs from
what a writer typed (a name or address wrapped over lines, a label cut from its value by a vertical gap, letter
spacing, hyphenation, tables read column by column, two columns, running headers and footers, form fields, rotated
text, FreeText annotations, initials) and look-alikes in those layouts, each redacted by ``redact_pdf(detect=True)``
with no known identifiers; scored as ``bench_pdf99_rows`` scores its rows (same readers, same letters-only count),
beside the text path on the same text. Written before the PDF path's output on them was seen; ``--misses`` is not
for tuning on them.

    PYTHONPATH=$PWD python benchmarks/bench_pdf3_rows.py [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_pdf99_rows import main  # noqa: E402
from benchmarks.pdf3_rows.rows import ROWS  # noqa: E402

if __name__ == "__main__":
    main(ROWS, __doc__.splitlines()[0])
