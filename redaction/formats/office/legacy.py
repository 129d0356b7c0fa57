"""``redact_legacy``: Word 97-2003 (.doc) and Rich Text (.rtf) through LibreOffice, then the .docx path.

LibreOffice converts the file to .docx (headless, own profile, time limit, no network, output size
bounded); the .docx is then redacted and verified like any other, so tracked changes, comments,
hidden text and fields that LibreOffice carries over are handled there. What is lost: the original
binary's own structures that LibreOffice does not import (macros, OLE objects' native data, document
variables, fast-save history, the exact layout where its import differs from Word's); the output
is a .docx (or the PDF of it), never the original format. Refused with the reason: a file that is
not what it claims, a password-protected one, or one LibreOffice cannot read.
"""

from __future__ import annotations

import time
from dataclasses import replace
from collections.abc import Callable

from redaction.formats.errors import MalformedFileError, UnsupportedFormatError
from redaction.formats.office.convert import convert_to_docx
from redaction.formats.office.docx import redact_docx
from redaction.formats.office.limits import OfficeLimits
from redaction.formats.office.package import OLE_MAGIC
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.pdf.ocr import OcrEngine

__all__ = ["LOST_IN_CONVERSION", "redact_doc", "redact_legacy", "redact_rtf"]

LOST_IN_CONVERSION = ("converted to .docx by LibreOffice: macros, native data of embedded objects, document "
                      "variables and fast-save history are not carried over, and the layout follows "
                      "LibreOffice's import")
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")


def redact_legacy(data: bytes, request: FormatRequest, kind: str, *, limits: OfficeLimits | None = None,
                  ocr: OcrEngine | None = None, clock: Callable[[], float] = time.monotonic) -> FormatOutcome:
    """Redact a .doc or .rtf (``kind``); the outcome is a .docx (or a PDF with ``output="pdf"``)."""
    data = bytes(data)
    if kind == "doc":
        if not data.startswith(OLE_MAGIC):
            raise MalformedFileError("the file is not a Word 97-2003 document (.doc): its content says otherwise")
    elif kind == "rtf":
        if not data.lstrip()[:5].startswith(b"{\\rtf"):
            raise MalformedFileError("the file is not a Rich Text document (.rtf): it does not start with {\\rtf")
    else:
        raise UnsupportedFormatError(f"legacy conversion is for .doc and .rtf, not {kind}")
    if kind == "doc" and _ENCRYPTED_OOXML in data:
        raise UnsupportedFormatError(f"the .{kind} file is password-protected: remove the password and upload it again")
    base = limits or OfficeLimits()
    narrowed = base.narrowed(max_bytes=request.max_bytes, max_seconds=request.max_seconds)
    started = clock()
    converted = convert_to_docx(data, kind, limits=narrowed)
    spent = clock() - started
    remaining = max(1.0, request.max_seconds - spent)
    request = replace(request, max_seconds=remaining)
    outcome = redact_docx(converted, request, limits=base, ocr=ocr, clock=clock)
    outcome.report["converted_from"] = kind
    outcome.report["lost_in_conversion"] = LOST_IN_CONVERSION
    return outcome


def redact_doc(data: bytes, request: FormatRequest) -> FormatOutcome:
    """A Word 97-2003 .doc, through LibreOffice to .docx (the dispatcher's entry for kind "doc")."""
    return redact_legacy(data, request, "doc")


def redact_rtf(data: bytes, request: FormatRequest) -> FormatOutcome:
    """A Rich Text document, through LibreOffice to .docx (the dispatcher's entry for kind "rtf")."""
    return redact_legacy(data, request, "rtf")
