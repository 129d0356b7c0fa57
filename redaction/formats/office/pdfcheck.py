"""Verification of the PDF LibreOffice made from a redacted document, failing closed.

The PDF goes through the second read every PDF output gets (:func:`redaction.formats.pdf.read_pdf_output`:
pypdf's text, a reader independent of LibreOffice and of our XML reading, for the literal checks; each
page's text for the second reader, so suspects point at a page and a box of the file the user gets),
with every string the redaction removed among what must not appear; its metadata strings get the
literal checks too. Any hit is a :class:`VerificationError`: nothing is returned.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from redaction.formats._reread import Reread, reread
from redaction.formats.errors import VerificationError
from redaction.formats.office.reread import literal_known
from redaction.formats.pdf import read_pdf_output
from redaction.pdf.matcher import Target

__all__ = ["verify_pdf"]


def verify_pdf(pdf: bytes, *, targets: Iterable[Target], known: Mapping[str, Sequence[str]] | None,
               replacements: Iterable[str]) -> tuple[dict[str, Any], Reread]:
    try:
        reader = PdfReader(io.BytesIO(pdf))
        pages = len(reader.pages)
        metadata = [("the PDF's metadata", str(value)) for value in (reader.metadata or {}).values()]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise VerificationError(f"verification failed: the PDF LibreOffice wrote cannot be re-read ({error})") from error
    everything = literal_known(known, targets)
    labels = [r for r in set(replacements) if r]
    found = reread(metadata, known=everything, labels=labels, read=False, encoded=False)
    for placed in found.refused:
        raise VerificationError(f"verification failed: a {placed.type} identifier is in {placed.where}")
    try:
        reading = read_pdf_output(pdf, known=everything)
    except VerificationError as error:
        raise VerificationError(f"verification failed: an identifier is in the PDF LibreOffice wrote ({error.what})"
                                ) from error
    return {"pages": pages, "checks": ["pypdf text", "metadata", "literal (every string removed)", "second reader"],
            "second_reader": [finding.to_json() for finding in reading.findings]}, reading
