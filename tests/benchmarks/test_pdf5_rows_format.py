"""The pdf5 rows (benchmarks/pdf5_rows) are well formed: unique ids, every part parses in the text_holdout markup
with known span types, every row has a secret, each class has look-alikes, and every row builds a PDF whose text
(pdftotext or pypdf) still shows each secret and look-alike before redaction."""

from __future__ import annotations

import shutil

import pytest

from benchmarks.bench_pdf99_rows import build, document, still_readable
from benchmarks.bench_pdf_detection import READERS
from benchmarks.pdf5_rows.rows import ROWS

TYPES = {"PERSON", "DATE_OF_BIRTH", "CASE_REF", "UPN", "PHONE", "SCHOOL", "EMAIL", "ADDRESS", "POSTCODE",
         "LOCATION", "NHS_NUMBER"}


def test_ids_unique_and_marked() -> None:
    assert len({row.id for row in ROWS}) == len(ROWS) >= 15
    for row in ROWS:
        doc = document(row)
        assert doc.gold, row.id
        assert {span.type for span in doc.gold} <= TYPES, row.id
        assert "[[" not in doc.text and "]]" not in doc.text, row.id


def test_every_class_has_look_alikes() -> None:
    classes = {row.layout for row in ROWS}
    with_negatives = {row.layout for row in ROWS if document(row).negatives}
    assert classes == with_negatives


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_every_value_readable_before_redaction() -> None:
    for row in ROWS:
        doc = document(row)
        pdf = build(row)
        outputs = [read(pdf) for read in READERS.values()]
        spans = [(span.start, span.end) for span in doc.gold] + list(doc.negatives)
        assert all(still_readable(doc, spans, outputs)), row.id
