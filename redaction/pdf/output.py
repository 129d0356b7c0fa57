"""Writing the redacted document: a fresh file built from the pages alone.

``PdfWriter()`` starts empty and ``add_page`` copies only what each page reaches, so nothing the
pages do not use is written (no earlier revision, no orphan, no catalog-level carrier); pypdf's
own Info dictionary is dropped and the file gets a new identifier.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from pypdf import PdfWriter
from pypdf.generic import NameObject

from redaction.pdf import _pypdf_private as private
from redaction.pdf.analysis import PageAnalysis
from redaction.pdf.carriers import CleanReport, clean_page, deep_clean
from redaction.pdf.pdfobjects import flate_stream

__all__ = ["write_document"]


def write_document(analyses: Sequence[PageAnalysis], contents: Sequence[bytes], *,
                   random_bytes: Callable[[int], bytes], report: CleanReport) -> bytes:
    writer = PdfWriter()
    seen: set[object] = set()
    for analysis, content in zip(analyses, contents, strict=True):
        page = analysis.page
        clean_page(page, report)
        page[NameObject("/Resources")] = analysis.resources
        page[NameObject("/Contents")] = flate_stream(content)
        deep_clean(page, report, seen)  # before copying: what is dropped must never reach the writer
        writer.add_page(page)
    writer.metadata = None
    identifier = random_bytes(16)
    private.set_file_id(writer, identifier, identifier)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
