"""The type of a file from its content alone: magic bytes, a ZIP's central directory, an OLE2 file's
stream names, RFC 5322 syntax. A declared type (an upload's Content-Type, a file name's extension)
is never believed; the file name only settles a tie (a bare header block named ``.eml``).

    sniff(data, filename=None) -> FileType(kind, mime, detail)

``kind`` is one of ``KINDS``. Text that holds MIME structure at its head is ``eml``, never ``text``;
text with encoded blocks further in stays ``text`` with a ``detail`` that says so (the text redactor
refuses it, naming the block).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from redaction.formats._ole import OLE_MAGIC, OleError, stream_names
from redaction.formats._ranges import BytesRanges, RangeReader, RangesUnavailable
from redaction.formats._textkind import decode_text, message_evidence
from redaction.formats._zipdir import read_directory
from redaction.verify.encoded import non_prose

__all__ = ["HEAD", "KINDS", "FileType", "sniff", "sniff_ranges"]

KINDS = ("pdf", "text", "eml", "docx", "odt", "doc", "rtf", "msg", "image", "zip", "unknown")
HEAD = 64 * 1024  # what is read of a file's start to tell text from binary
PDF_HEADER_WINDOW = 1024  # readers accept a PDF header anywhere in the first KiB

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
_HEIF_BRANDS = {b"heic": "image/heic", b"heix": "image/heic", b"heim": "image/heic", b"heis": "image/heic",
                b"hevc": "image/heic-sequence", b"hevx": "image/heic-sequence", b"hevm": "image/heic-sequence",
                b"hevs": "image/heic-sequence", b"mif1": "image/heif", b"msf1": "image/heif-sequence",
                b"avif": "image/avif", b"avis": "image/avif"}
_BMP_HEADERS = (12, 40, 52, 56, 64, 108, 124)
_OTHER_ZIPS = (("xl/workbook.xml", "an Excel workbook"), ("ppt/presentation.xml", "a PowerPoint presentation"),
               ("word/document.xml", "a Word document without its content types"))
_OTHER_ODF = {"application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet",
              "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation"}


@dataclass(frozen=True, slots=True)
class FileType:
    kind: str
    mime: str
    detail: str  # for people: what it is, and anything that stops it being redacted as it is


def sniff(data: bytes, *, filename: str | None = None) -> FileType:
    return sniff_ranges(BytesRanges(data), data[:HEAD], filename=filename)


def sniff_ranges(access: RangeReader, head: bytes, *, filename: str | None = None) -> FileType:
    """``head`` is the file's first ``HEAD`` bytes (or all of it); ``access`` reaches the rest."""
    whole = access.size <= len(head)
    for check in (_image, _pdf_at_start, _rtf):
        found = check(head)
        if found is not None:
            return found
    if head.startswith(OLE_MAGIC):
        return _ole(access)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip(access)
    decoded = decode_text(head, whole=whole)
    if decoded is None:
        late_pdf = head.find(b"%PDF-", 0, PDF_HEADER_WINDOW + 5)
        if late_pdf > 0:
            return FileType("pdf", "application/pdf", "a PDF with bytes before its header")
        if head.startswith(b"\x00\x00\xfe\xff") or head.startswith(b"\xff\xfe\x00\x00"):
            return FileType("unknown", "application/octet-stream", "UTF-32 text, which is not read here: save it as UTF-8")
        if _looks_legacy_text(head):
            return FileType("unknown", "application/octet-stream",
                            "text that is not UTF-8 (perhaps Windows-1252): save it as UTF-8 text")
        return FileType("unknown", "application/octet-stream", "a file of an unrecognised type")
    text, charset = decoded
    return _text(text, charset, filename)


def _image(head: bytes) -> FileType | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileType("image", "image/png", "a PNG image")
    if head.startswith(b"\xff\xd8\xff"):
        return FileType("image", "image/jpeg", "a JPEG image")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileType("image", "image/gif", "a GIF image")
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return FileType("image", "image/tiff", "a TIFF image")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileType("image", "image/webp", "a WebP image")
    if head[4:8] == b"ftyp":
        return _iso_brand(head)
    if head[:2] == b"BM" and len(head) >= 18:
        reserved, = struct.unpack("<I", head[6:10])
        dib, = struct.unpack("<I", head[14:18])
        if reserved == 0 and dib in _BMP_HEADERS:
            return FileType("image", "image/bmp", "a BMP image")
    return None


def _iso_brand(head: bytes) -> FileType | None:
    """HEIC/HEIF/AVIF by the ftyp box's major or compatible brands (an MP4 video is not an image)."""
    box, = struct.unpack(">I", head[:4])
    brands = [head[8:12]] + [head[i : i + 4] for i in range(16, min(box, len(head), 256), 4)]
    for brand in brands:
        if brand in _HEIF_BRANDS:
            mime = _HEIF_BRANDS[brand]
            return FileType("image", mime, f"a {mime.split('/')[1].upper()} image")
    return None


def _pdf_at_start(head: bytes) -> FileType | None:
    return FileType("pdf", "application/pdf", "a PDF document") if head.startswith(b"%PDF-") else None


def _rtf(head: bytes) -> FileType | None:
    return FileType("rtf", "application/rtf", "a Rich Text document") if head.startswith(b"{\\rtf") else None


def _ole(access: RangeReader) -> FileType:
    try:
        names = stream_names(access)
    except (OleError, RangesUnavailable, struct.error) as error:
        return FileType("unknown", "application/x-ole-storage", f"a damaged OLE2 compound file ({error})")
    if any(n.startswith("__substg1.0_") for n in names) or "__properties_version1.0" in names:
        return FileType("msg", "application/vnd.ms-outlook", "an Outlook message")
    if "WordDocument" in names:
        return FileType("doc", "application/msword", "a Word 97-2003 document")
    if "Workbook" in names or "Book" in names:
        return FileType("unknown", "application/vnd.ms-excel", "an Excel 97-2003 workbook")
    if "PowerPoint Document" in names:
        return FileType("unknown", "application/vnd.ms-powerpoint", "a PowerPoint 97-2003 presentation")
    return FileType("unknown", "application/x-ole-storage", "an OLE2 compound file of an unknown kind")


def _zip(access: RangeReader) -> FileType:
    try:
        directory = read_directory(access)
    except (RangesUnavailable, struct.error) as error:
        return FileType("zip", "application/zip", f"a ZIP archive whose directory could not be read ({error})")
    if directory.problem is not None:
        return FileType("zip", "application/zip", f"a ZIP archive: {directory.problem}")
    names = set(directory.names)
    if "[Content_Types].xml" in names and "word/document.xml" in names:
        return FileType("docx", DOCX, "a Word document")
    if directory.mimetype == ODT:
        return FileType("odt", ODT, "an OpenDocument text")
    if directory.mimetype in _OTHER_ODF:
        return FileType("zip", "application/zip", _OTHER_ODF[directory.mimetype])
    for marker, what in _OTHER_ZIPS:
        if marker in names:
            return FileType("zip", "application/zip", what)
    return FileType("zip", "application/zip", f"a ZIP archive of {len(names)} files")


def _text(text: str, charset: str, filename: str | None) -> FileType:
    evidence = message_evidence(text)
    named_eml = bool(filename) and filename.lower().endswith(".eml")  # type: ignore[union-attr]
    if evidence == "strong" or (evidence == "weak" and named_eml):
        return FileType("eml", "message/rfc822", "an e-mail message")
    what = "UTF-16 text" if charset == "utf-16" else "UTF-8 text"
    blocks = non_prose(text)
    if blocks:
        kinds = ", ".join(sorted({block.kind for block in blocks}))
        return FileType("text", f"text/plain; charset={charset}", f"{what} holding non-prose blocks ({kinds})")
    return FileType("text", f"text/plain; charset={charset}", what)


def _looks_legacy_text(head: bytes) -> bool:
    printable = sum(1 for b in head if b >= 32 or b in b"\t\n\r")
    return b"\x00" not in head and printable >= 0.97 * max(1, len(head))
