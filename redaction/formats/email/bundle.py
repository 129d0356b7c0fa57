"""The PDF bundle of a redacted e-mail (``request.output == "pdf"``), made from the rebuilt, verified
.eml only, never from the original message, then verified as a PDF of its own.

    the written .eml parsed again -> per message: a first section with From, To, Cc, Date, Subject
    (their redacted values), the attachments' names and the text body (text/plain, else the HTML body's
    text), set in DejaVu Sans (``redaction.pdf.retypeset``) -> each attachment as pages: a PDF as it
    is (redacted already), an image through ``image.encode.as_pdf``, Word/OpenDocument through
    LibreOffice (``office.convert``, a private profile per call), text set like the body, a forwarded
    message rendered the same way, recursively -> merged with pypdf (no outline, no metadata, a random
    file id) -> re-read: the object structure outside streams and the metadata for the literal
    checks, the pages' text through ``read_pdf_output`` (pypdf text, then the second reader). A known
    identifier found refuses the bundle (``VerificationError``); nothing is returned.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any, cast

from redaction.formats._reread import Reread, reread
from redaction.formats.email.html import read_html
from redaction.formats.email.limits import Budget
from redaction.formats.errors import (
    FormatError,
    LimitExceededError,
    UnsupportedFormatError,
    VerificationError,
)
from redaction.formats.sniff import sniff

__all__ = ["HEADERS", "render_bundle", "verify_bundle"]

HEADERS = ("From", "To", "Cc", "Date", "Subject")
_OFFICE = frozenset({"docx", "odt", "doc", "rtf"})
_STREAM = re.compile(rb">>\s*stream\r?\n.*?endstream", re.DOTALL)  # a stream's data, after its dictionary


@dataclass
class _Bundle:
    budget: Budget
    max_bytes: int
    pieces: list[bytes] = field(default_factory=list)  # PDFs, in reading order
    contents: list[dict[str, Any]] = field(default_factory=list)  # what each piece is, for the report
    size: int = 0

    def add(self, pdf: bytes, what: str, source: str) -> None:
        self.size += len(pdf)
        if self.size > self.max_bytes:
            raise LimitExceededError(f"the PDF bundle would be larger than {self.max_bytes} bytes", kind="eml")
        self.pieces.append(pdf)
        self.contents.append({"part": what, "from": source})


def render_bundle(written: bytes, *, budget: Budget, max_bytes: int) -> tuple[bytes, list[dict[str, Any]]]:
    """The bundle's bytes and its table of contents (one row per rendered piece, in order)."""
    message = _parsed(written)
    bundle = _Bundle(budget, max_bytes)
    _message(message, bundle, "the e-mail")
    return _merged(bundle.pieces), bundle.contents


def _parsed(data: bytes) -> EmailMessage:
    return cast(EmailMessage, message_from_bytes(data, policy=policy.default))


def _message(message: EmailMessage, bundle: _Bundle, label: str) -> None:
    body, attachments = _split(message)
    lines = [f"{name}: {' '.join(str(message[name]).split())}" for name in HEADERS if message[name] is not None]
    names = [_name(part, index) for index, part in enumerate(attachments, start=1)]
    if names:
        lines.append(f"Attachments: {', '.join(names)}")
    text = "\n".join(lines) + "\n\n" + (_body_text(body) if body is not None else "")
    bundle.budget.check("rendering the PDF bundle")
    bundle.add(_typeset([text], [label[:1].upper() + label[1:]]), label, "headers and text body")
    for index, (name, part) in enumerate(zip(names, attachments, strict=True), start=1):
        place = f"{label}, attachment {index}"  # errors name places, never file names
        bundle.budget.check(f"rendering {place} in the PDF bundle")
        try:
            _attachment(part, name, bundle, label)
        except FormatError as error:
            if str(error).startswith(label):
                raise
            raise type(error)(f"{place}: {error}", kind="eml") from error


def _split(message: EmailMessage) -> tuple[EmailMessage | None, list[EmailMessage]]:
    """The message's text body (plain before HTML) and its other parts, in order; a nested message
    is one part (rendered by itself)."""
    leaves: list[EmailMessage] = []
    _leaves(message, leaves)
    body = next((part for part in leaves if _is_body(part)), None)
    return body, [part for part in leaves if part is not body]


def _leaves(part: EmailMessage, out: list[EmailMessage]) -> None:
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        out.append(part)
        return
    children = [cast(EmailMessage, child) for child in part.iter_parts()]
    if part.get_content_subtype() == "alternative":
        plain = [c for c in children if c.get_content_type() == "text/plain"]
        html = [c for c in children if c.get_content_type() == "text/html"]
        chosen = plain[:1] or html[:1] or children[-1:]  # the other alternatives say the same thing
        children = chosen
    for child in children:
        _leaves(child, out)


def _is_body(part: EmailMessage) -> bool:
    return (part.get_content_type() in ("text/plain", "text/html") and part.get_content_disposition() != "attachment"
            and part.get_filename() is None)


def _body_text(part: EmailMessage) -> str:
    content = str(part.get_content())
    return _html_text(content) if part.get_content_type() == "text/html" else content


def _html_text(markup: str) -> str:
    """The visible text of the (rebuilt, minimal) HTML, a line break at each block."""
    document = read_html(markup)
    return "".join(("\n" if index in document.blocks else "") + text for index, text in enumerate(document.texts))


def _name(part: EmailMessage, index: int) -> str:
    if part.get_content_type() == "message/rfc822":
        return f"forwarded message {index}"
    return " ".join((part.get_filename() or f"attachment {index}").split())


def _attachment(part: EmailMessage, name: str, bundle: _Bundle, label: str) -> None:
    where = f"{label}: {name}"
    if part.get_content_type() == "message/rfc822":
        _message(cast(EmailMessage, part.get_content()), bundle, where)
        return
    if part.get_content_maintype() == "text" and part.get_content_type() != "text/html":
        bundle.add(_typeset([_body_text(part)], [f"Attachment: {name}"]), where, "text")
        return
    if part.get_content_type() == "text/html":
        bundle.add(_typeset([_html_text(str(part.get_content()))], [f"Attachment: {name}"]), where, "HTML as text")
        return
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    kind = sniff(data).kind
    if kind == "pdf":
        bundle.add(data, where, "PDF (redacted)")
    elif kind == "image":
        from redaction.formats.image.encode import as_pdf
        from redaction.formats.image.limits import ImageLimits

        bundle.add(as_pdf(data, ImageLimits(max_bytes=bundle.max_bytes, max_seconds=max(bundle.budget.left(), 1.0))),
                   where, "image")
    elif kind in _OFFICE:
        from redaction.formats.office.convert import convert_to_pdf
        from redaction.formats.office.limits import OfficeLimits

        limits = OfficeLimits().narrowed(max_bytes=bundle.max_bytes, max_seconds=max(bundle.budget.left(), 1.0))
        bundle.add(convert_to_pdf(data, kind, limits=limits), where, f"{kind} through LibreOffice")
    elif kind == "eml":
        _message(_parsed(data), bundle, where)
    elif kind == "text":
        bundle.add(_typeset([data.decode("utf-8", errors="replace")], [f"Attachment: {name}"]), where, "text")
    else:
        raise UnsupportedFormatError(f"{sniff(data).detail} cannot be rendered in a PDF bundle; ask for the .eml "
                                     "instead", kind="eml")


def _typeset(texts: Sequence[str], headings: Sequence[str]) -> bytes:
    from redaction.pdf.errors import PdfRedactionError
    from redaction.pdf.retypeset import retypeset_pdf

    try:
        return retypeset_pdf([_printable(text) for text in texts], random_bytes=os.urandom,
                             headings=[_printable(h) for h in headings])
    except PdfRedactionError as error:
        raise UnsupportedFormatError(f"the PDF bundle cannot be set: {error}", kind="eml") from error


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() or c == "\n" else " " for c in text.replace("\r\n", "\n").replace("\t", "    "))


def _merged(pieces: Sequence[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    from redaction.pdf import _pypdf_private as private

    writer = PdfWriter()
    try:
        for piece in pieces:
            writer.append(PdfReader(io.BytesIO(piece)), import_outline=False)
        writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
        writer.metadata = None
        identifier = os.urandom(16)
        private.set_file_id(writer, identifier, identifier)
        buffer = io.BytesIO()
        writer.write(buffer)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise FormatError(f"the PDF bundle could not be put together ({type(error).__name__}: {error})",
                          kind="eml") from error
    return buffer.getvalue()


def verify_bundle(pdf: bytes, *, known: Mapping[str, Sequence[str]] | None, labels: Iterable[str]) -> Reread:
    """Fail closed: the bundle's object structure (streams left out: their text is read as pages) and
    metadata get the literal checks, its pages' text the literal checks and the second reader."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    from redaction.formats.pdf import read_pdf_output

    labels = [label for label in labels if label]
    try:
        metadata = [("the bundle's metadata", str(value)) for value in (PdfReader(io.BytesIO(pdf)).metadata or {}).values()]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise VerificationError(f"the PDF bundle cannot be read back to check it ({type(error).__name__})",
                                kind="eml", where="the PDF bundle") from error
    structure = ("the bundle's objects", _STREAM.sub(b">> ", pdf).decode("latin-1"))
    literal = reread([*metadata, structure], known=known, labels=labels, read=False, encoded=False)
    if literal.refused:
        raise literal.refusal("the PDF bundle", kind="eml")
    try:
        return read_pdf_output(pdf, known=known, labels=labels)
    except VerificationError as error:
        raise VerificationError(f"the PDF bundle: {error}", kind="eml", where="the PDF bundle", what=error.what
                                ) from error
