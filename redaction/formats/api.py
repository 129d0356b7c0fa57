"""One entry for every document type: ``redact(data, request)`` sniffs the content and dispatches.

    pdf            redaction.pdf.redact_pdf, then an independent re-read (pypdf) for the literal checks
    text           redaction.formats.plaintext (refuses encoded blocks; prose through redaction.text)
    eml            redaction.formats.email (headers, bodies, attachments recursively through here)
    docx odt doc rtf   redaction.formats.office   (imported when first needed; absent: refused)
    image          redaction.formats.image        (imported when first needed; absent: refused)
    msg zip unknown    refused, with the reason and what to do instead

Every redactor verifies its own output before it returns (fail closed); an outcome exists only for an
output that passed. What the second reader found is in ``report["second_reader"]`` and ``suspects``
for the caller to decide on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from redaction.formats.errors import (
    InvalidRequestError,
    LimitExceededError,
    UnsupportedFormatError,
)
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.formats.sniff import KINDS, FileType, sniff

__all__ = ["FormatOutcome", "FormatRequest", "redact", "refusal"]

Redactor = Callable[[bytes, FormatRequest], FormatOutcome]
_LAZY = {"docx": "office", "odt": "office", "doc": "office", "rtf": "office", "image": "image"}
_DETAILS = {"docx": "a Word document", "odt": "an OpenDocument text", "doc": "a Word 97-2003 document",
            "rtf": "a Rich Text document", "image": "an image", "msg": "an Outlook message", "zip": "a ZIP archive",
            "unknown": "a file of an unrecognised type"}
_LAZY_NAMES = {"office": "the Word and OpenDocument redactor", "image": "the photo and scan redactor"}


def redact(data: bytes, request: FormatRequest, *, kind: str | None = None) -> FormatOutcome:
    """Redact ``data`` as the type its content shows (``kind`` when the caller sniffed it already)."""
    if len(data) > request.max_bytes:
        raise LimitExceededError(f"the file is {len(data)} bytes; at most {request.max_bytes} are redacted")
    file_type = sniff(data) if kind is None else _declared(kind, data)
    if request.areas and file_type.kind != "pdf":
        raise InvalidRequestError(f"areas mark PDF pages; this file is {file_type.detail}", kind=file_type.kind)
    return _redactor(file_type)(data, request)


def refusal(kind: str, *, detail: str | None = None) -> str | None:
    """Why a file of ``kind`` cannot be redacted here (said before it is read), or None when it can be
    tried. ``detail`` is what sniffing said of it, if the caller has it."""
    try:
        _redactor(FileType(kind, "application/octet-stream", detail or _DETAILS.get(kind, f"a {kind} file")))
    except UnsupportedFormatError as error:
        return str(error)
    return None


def _declared(kind: str, data: bytes) -> FileType:
    if kind not in KINDS:
        raise InvalidRequestError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    found = sniff(data)
    return found if found.kind == kind else FileType(kind, found.mime, found.detail)


def _redactor(file_type: FileType) -> Redactor:
    kind = file_type.kind
    if kind == "pdf":
        from redaction.formats.pdf import redact_pdf_format

        return redact_pdf_format
    if kind == "text":
        from redaction.formats.plaintext import redact_text

        return redact_text
    if kind == "eml":
        from redaction.formats.email import redact_eml

        return redact_eml
    if kind in _LAZY:
        return _lazy(file_type, _LAZY[kind])
    raise UnsupportedFormatError(_refusal(file_type), kind=kind)


def _lazy(file_type: FileType, package: str) -> Redactor:
    name = f"redaction.formats.{package}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        missing = "is not installed" if error.name == name else f"cannot load ({error.name} is missing)"
        raise UnsupportedFormatError(f"{file_type.detail} cannot be redacted here yet: {_LAZY_NAMES[package]} "
                                     f"{missing}", kind=file_type.kind) from error
    function = getattr(module, f"redact_{file_type.kind}", None)
    if function is None:
        raise UnsupportedFormatError(f"{file_type.detail} cannot be redacted here yet: {_LAZY_NAMES[package]} "
                                     f"does not handle it", kind=file_type.kind)
    return function  # type: ignore[no-any-return]


def _refusal(file_type: FileType) -> str:
    if file_type.kind == "msg":
        return ("an Outlook .msg message cannot be read here (no permissively licensed reader): save or forward it "
                "as an .eml file and use that instead")
    if file_type.kind == "zip":
        return f"{file_type.detail} cannot be redacted as one file: unpack it and use the files one by one"
    detail = file_type.detail
    return detail if ": " in detail else f"{detail} cannot be redacted"
