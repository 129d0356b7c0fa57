"""Word (.docx) and OpenDocument (.odt) redacted in their own format, layout kept; .doc and .rtf
through LibreOffice; a PDF of the redacted document on request.

    from redaction.formats import FormatRequest
    from redaction.formats.office import redact_docx
    outcome = redact_docx(data, FormatRequest(known={"PERSON": ["Maisie Fletcher"]}))

Each entry rebuilds the package from an allowlist of parts, accepts tracked changes, removes
comments, hidden text, metadata and revision ids, redacts every text a reader can reach (runs
rejoined across formatting, text boxes, fields, link targets, alt text, chart caches, SmartArt,
pictures by OCR) in one call per document, writes the edits back into the runs, and verifies the
written file by an independent re-read before returning it (:class:`VerificationError` otherwise).
"""

from __future__ import annotations

from redaction.formats.office.convert import convert_to_docx, convert_to_pdf, libreoffice
from redaction.formats.office.docx import DOCX_CONTENT_TYPE, redact_docx
from redaction.formats.office.legacy import redact_doc, redact_legacy, redact_rtf
from redaction.formats.office.limits import OfficeLimits
from redaction.formats.office.odt import ODT_CONTENT_TYPE, redact_odt

__all__ = [
    "DOCX_CONTENT_TYPE",
    "ODT_CONTENT_TYPE",
    "OfficeLimits",
    "convert_to_docx",
    "convert_to_pdf",
    "libreoffice",
    "redact_doc",
    "redact_docx",
    "redact_legacy",
    "redact_odt",
    "redact_rtf",
]
