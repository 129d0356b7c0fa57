"""Test files built in the test: Word and OpenDocument packages with ``zipfile``, OLE2 compound files
(the container of .doc and .msg) with the stream names their writers use, e-mails with ``email``."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage

from PIL import Image

SECTOR = 512
FREE, END, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD

DOCUMENT_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}'
                '</w:body></w:document>')
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')


def docx(paragraphs: Sequence[str] = ("A letter",), *, deleted: Sequence[str] = (), extra: dict[str, str] | None = None,
         padding: int = 0) -> bytes:
    """A minimal Word package: paragraphs as runs, ``deleted`` as tracked deletions (``w:del``)."""
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    body += "".join(f"<w:p><w:del w:id=\"{i}\" w:author=\"Editor\"><w:r><w:delText>{text}</w:delText></w:r></w:del></w:p>"
                    for i, text in enumerate(deleted))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("word/document.xml", DOCUMENT_XML.format(body=body))
        for name, content in (extra or {}).items():
            package.writestr(name, content)
        for index in range(padding):  # many entries: a central directory larger than a small tail
            package.writestr(f"word/media/padding-{index:05d}-{'x' * 60}.bin", b"")
    return buffer.getvalue()


def odt(text: str = "A letter", *, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", f'<office:document-content xmlns:office="o"><text:p xmlns:text="t">{text}'
                                        '</text:p></office:document-content>')
        package.writestr("META-INF/manifest.xml", "<manifest/>")
    return buffer.getvalue()


def plain_zip(names: Sequence[str] = ("a.txt", "b.txt")) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return buffer.getvalue()


def ole(names: Sequence[str], *, before: int = 0, after: int = 0) -> bytes:
    """An OLE2 compound file (version 3, 512-byte sectors) whose directory lists ``names`` as streams,
    with ``before``/``after`` filler sectors around the directory (to move it away from the ends)."""
    entries = [_entry("Root Entry", 5)] + [_entry(name, 2) for name in names]
    while len(entries) % 4:
        entries.append(b"\x00" * 128)
    directory_sectors = len(entries) // 4
    data_sectors = before + directory_sectors + after
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + data_sectors:
        fat_sectors += 1
    first_directory = fat_sectors + before
    fat = [FAT_SECTOR] * fat_sectors + [END] * before
    fat += [first_directory + i + 1 for i in range(directory_sectors - 1)] + [END] + [END] * after
    fat += [FREE] * (fat_sectors * 128 - len(fat))
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, fat_sectors, first_directory, 0, 4096, END, 0, END, 0)
              + struct.pack("<109I", *difat))
    assert len(header) == SECTOR
    body = struct.pack(f"<{len(fat)}I", *fat) + b"\x00" * (before * SECTOR) + b"".join(entries)
    return header + body + b"\x00" * (after * SECTOR)


def _entry(name: str, kind: int) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1) + struct.pack("<III", FREE, FREE, FREE)
            + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16 + struct.pack("<IQ", END, 0))[:128].ljust(128, b"\x00")


MSG_STREAMS = ("__nameid_version1.0", "__substg1.0_0037001F", "__substg1.0_1000001F", "__properties_version1.0",
               "__recip_version1.0_#00000000", "__attach_version1.0_#00000000")
DOC_STREAMS = ("WordDocument", "1Table", "\x05SummaryInformation", "\x05DocumentSummaryInformation", "CompObj")
XLS_STREAMS = ("Workbook", "\x05SummaryInformation")


def image(kind: str, size: tuple[int, int] = (8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, format=kind)
    return buffer.getvalue()


def message(*, subject: str = "Hello", body: str = "Hello.", sender: str = "A <a@example.com>",
            to: str = "B <b@example.com>", html: str | None = None, attachments: Sequence[tuple[bytes, str, str]] = (),
            headers: dict[str, str] | None = None, cte: str | None = None) -> EmailMessage:
    """An e-mail built with ``email``: ``attachments`` are (bytes, content type, file name)."""
    built = EmailMessage(policy=policy.default)
    built["From"] = sender
    built["To"] = to
    built["Subject"] = subject
    built["Date"] = "Mon, 02 Mar 2026 09:15:00 +0000"
    for name, value in (headers or {}).items():
        built[name] = value
    built.set_content(body, cte=cte) if cte else built.set_content(body)
    if html is not None:
        built.add_alternative(html, subtype="html", cte=cte) if cte else built.add_alternative(html, subtype="html")
    for data, content_type, filename in attachments:
        maintype, _, subtype = content_type.partition("/")
        if maintype == "text":
            built.add_attachment(data.decode("utf-8"), subtype=subtype, filename=filename, cte="base64")
        else:
            built.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return built


def eml(**options: object) -> bytes:
    return message(**options).as_bytes(policy=policy.default)  # type: ignore[arg-type]
