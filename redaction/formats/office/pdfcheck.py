"""Verification of the PDF LibreOffice made from a redacted document, failing closed.

The PDF's text is extracted again by pypdf (a reader independent of LibreOffice and of our XML
reading), and its metadata strings read; the literal targets and the known identifiers in every
written form are searched for. Any hit is a :class:`VerificationError`: nothing is returned.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from redaction.formats.errors import VerificationError
from redaction.pdf.matcher import Matcher, Target

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["verify_pdf"]


def verify_pdf(pdf: bytes, *, targets: Iterable[Target], known: Mapping[str, Sequence[str]] | None,
               replacements: Iterable[str], redactor: TextRedactor) -> dict[str, Any]:
    try:
        reader = PdfReader(io.BytesIO(pdf))
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = [str(value) for value in (reader.metadata or {}).values()]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise VerificationError(f"verification failed: the PDF LibreOffice wrote cannot be re-read ({error})") from error
    matcher = Matcher(targets)
    for number, text in enumerate([*pages, *metadata], start=1):
        for hit in matcher.find_targets(text):
            where = f"page {number}" if number <= len(pages) else "the PDF's metadata"
            raise VerificationError(f"verification failed: a {hit.type} identifier is in {where} of the PDF")
    if known:
        ours = [r for r in set(replacements) if r]
        for number, text in enumerate(pages, start=1):
            for span in redactor.detector.detect(text, known=known, detectors=False):
                surface = text[span.start : span.end]
                if not any(surface in r for r in ours):
                    raise VerificationError(f"verification failed: a known {span.type} identifier is on page "
                                            f"{number} of the PDF")
    return {"pages": len(pages), "checks": ["pypdf text", "metadata", "literal targets", "known identifiers"]}
