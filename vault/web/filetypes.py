"""What kind of document an upload is, from its first bytes (never its name or the browser's guess),
and whether the service takes it: the papers families bring (PDF, Word and OpenDocument, RTF, e-mail
and plain text, scans and photos). Anything else (programs, archives, unknown binary) is refused with
a reason the supporter can act on.

Until the format detection of ``redaction.formats`` is in the tree this is the web's own, small check;
it decides only what is accepted at upload, not how a document is later read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["HEAD_BYTES", "Accepted", "Refused", "sniff"]

HEAD_BYTES = 8192

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "PNG image"),
    (b"\xff\xd8\xff", "image/jpeg", "JPEG image"),
    (b"GIF87a", "image/gif", "GIF image"),
    (b"GIF89a", "image/gif", "GIF image"),
    (b"II*\x00", "image/tiff", "TIFF image"),
    (b"MM\x00*", "image/tiff", "TIFF image"),
    (b"{\\rtf", "application/rtf", "RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage", "Word 97-2003 document or Outlook message"),
)
_ZIPPED: tuple[tuple[bytes, str, str], ...] = (
    (b"word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
    (b"mimetypeapplication/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text", "OpenDocument text"),
    (b"[Content_Types].xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
)
_REFUSED: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"#!", "a script"),
    (b"\x1f\x8b", "a compressed archive"),
    (b"7z\xbc\xaf\x27\x1c", "a compressed archive"),
    (b"Rar!", "a compressed archive"),
)
_MAIL_HEADER = re.compile(rb"^(?:From|To|Subject|Date|Received|Return-Path|MIME-Version|Message-ID):", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Accepted:
    content_type: str
    kind: str


@dataclass(frozen=True)
class Refused:
    reason: str


def sniff(head: bytes) -> Accepted | Refused:
    if not head:
        return Refused("the file is empty")
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return Accepted("image/heic", "HEIC photo")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Accepted("image/webp", "WebP image")
    for magic, content_type, kind in _MAGIC:
        if head.startswith(magic):
            return Accepted(content_type, kind)
    if head.startswith(b"PK\x03\x04"):
        for marker, content_type, kind in _ZIPPED:
            if marker in head:
                return Accepted(content_type, kind)
        return Refused("it is a ZIP archive: upload the documents inside it instead")
    for magic, what in _REFUSED:
        if head.startswith(magic):
            return Refused(f"it is {what}, not a document")
    return _text(head)


def _text(head: bytes) -> Accepted | Refused:
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if b"\x00" in body:
        return Refused("it is not a type of document the vault takes (PDF, Word, OpenDocument, RTF, e-mail, text or image)")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(body) - 4:  # a character cut at the end of the head is fine
            return Refused("it is text in an encoding the vault cannot read: save it as UTF-8")
    if len(_MAIL_HEADER.findall(body[:4096])) >= 2:
        return Accepted("message/rfc822", "e-mail")
    return Accepted("text/plain", "text")
