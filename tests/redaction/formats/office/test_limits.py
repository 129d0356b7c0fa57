"""Hostile and broken packages: each refused with a clear error before it can grow memory or time."""

from __future__ import annotations

import io
import itertools
import zipfile
from types import ModuleType

import pytest

from redaction.formats import FormatRequest, LimitExceededError, MalformedFileError, UnsupportedFormatError
from redaction.formats.office import OfficeLimits, redact_docx, redact_odt
from redaction.formats.office.package import OLE_MAGIC

REQUEST = FormatRequest(known={"PERSON": ["Maisie Fletcher"]}, detect=False)


def docx_with(kit: ModuleType, files: dict[str, bytes | str]) -> bytes:
    return kit.docx(kit.document(kit.p(kit.r("Hello."))), parts=files)


def test_a_zip_bomb_is_refused_by_its_ratio(kit: ModuleType) -> None:
    bomb = docx_with(kit, {"word/media/image9.png": b"\0" * 20_000_000})
    with pytest.raises(LimitExceededError, match="compressed more than 200 to 1"):
        redact_docx(bomb, REQUEST)


def test_too_many_entries_and_too_many_bytes(kit: ModuleType) -> None:
    crowded = docx_with(kit, {f"junk/{n}": b"x" for n in range(20)})
    with pytest.raises(LimitExceededError, match="zip entries"):
        redact_docx(crowded, REQUEST, limits=OfficeLimits(max_entries=10))
    with pytest.raises(LimitExceededError, match="unpacks to"):
        redact_docx(kit.docx(kit.document(kit.p(kit.r("x" * 5000)))), REQUEST, limits=OfficeLimits(max_total_bytes=4000))
    with pytest.raises(LimitExceededError, match="larger than"):
        redact_docx(crowded, FormatRequest(max_bytes=1000, detect=False))


def test_entities_and_dtds_are_refused(kit: ModuleType) -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              f'<w:document {kit.NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    with pytest.raises(LimitExceededError, match="DTD or entities"):
        redact_docx(docx_with(kit, {"word/document.xml": laughs}), REQUEST)
    external = (f'<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><w:document {kit.NS}><w:body/></w:document>')
    with pytest.raises(LimitExceededError, match="DTD"):
        redact_docx(docx_with(kit, {"word/document.xml": external}), REQUEST)


def test_deep_nesting_is_refused(kit: ModuleType) -> None:
    deep = kit.HEAD + f"<w:document {kit.NS}><w:body>" + "<w:sdt><w:sdtContent>" * 150 + "</w:sdtContent></w:sdt>" * 150 + \
        "</w:body></w:document>"
    with pytest.raises(LimitExceededError, match="nests XML"):
        redact_docx(docx_with(kit, {"word/document.xml": deep}), REQUEST)


def test_the_time_limit_holds(kit: ModuleType) -> None:
    ticks = itertools.count(0, 10.0)
    with pytest.raises(LimitExceededError, match="time limit of 5 s exceeded"):
        redact_docx(kit.docx(kit.document(kit.p(kit.r("Hello.")))), FormatRequest(max_seconds=5, detect=False),
                    clock=lambda: next(ticks))


@pytest.mark.parametrize(("data", "error", "message"), [
    (b"hello, not a document", MalformedFileError, "not a zip package"),
    (b"PK\x03\x04 truncated", MalformedFileError, "zip directory cannot be read"),
    (OLE_MAGIC + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le"), UnsupportedFormatError, "password-protected"),
    (OLE_MAGIC + b"\0" * 200, UnsupportedFormatError, "older binary Office file"),
])
def test_broken_encrypted_and_legacy_files(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        redact_docx(data, REQUEST)


def test_broken_packages(kit: ModuleType) -> None:
    good = kit.docx(kit.document(kit.p(kit.r("Hello."))))
    with pytest.raises(MalformedFileError, match="not well-formed"):
        redact_docx(docx_with(kit, {"word/document.xml": "<w:document"}), REQUEST)
    with pytest.raises(MalformedFileError, match=r"\[Content_Types\]"):
        redact_docx(_rezip(good, drop="[Content_Types].xml"), REQUEST)
    with pytest.raises(MalformedFileError, match="two entries named"):
        redact_docx(_rezip(good, duplicate="word/document.xml"), REQUEST)
    corrupt = bytearray(good)
    start = corrupt.find(b"word/document.xml") + len("word/document.xml")
    corrupt[start + 10 : start + 30] = b"\xff" * 20
    with pytest.raises(MalformedFileError):
        redact_docx(bytes(corrupt), REQUEST)
    sheet = kit.docx(kit.document(kit.p(kit.r("x"))), main_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    with pytest.raises(UnsupportedFormatError, match="not a Word document"):
        redact_docx(sheet, REQUEST)
    strict = kit.docx(kit.document(kit.p(kit.r("x"))).replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                                             "http://purl.oclc.org/ooxml/wordprocessingml/main"))
    with pytest.raises(UnsupportedFormatError, match="Strict Open XML"):
        redact_docx(strict, REQUEST)


def test_odt_refusals(kit: ModuleType) -> None:
    good = kit.odt("<text:p>Hello</text:p>")
    encrypted = _rezip(good, replace=("META-INF/manifest.xml", lambda xml: xml.replace(
        b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
        b'manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data/></manifest:file-entry>')))
    with pytest.raises(UnsupportedFormatError, match="password-protected"):
        redact_odt(encrypted, REQUEST)
    sheet = _rezip(good, replace=("mimetype", lambda _: b"application/vnd.oasis.opendocument.spreadsheet"))
    with pytest.raises(UnsupportedFormatError, match="not an OpenDocument text"):
        redact_odt(sheet, REQUEST)
    with pytest.raises(MalformedFileError, match="no content.xml"):
        redact_odt(_rezip(good, drop="content.xml"), REQUEST)


def _rezip(data: bytes, *, drop: str = "", duplicate: str = "", replace: tuple[str, object] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == drop:
                continue
            if replace is not None and info.filename == replace[0]:
                blob = replace[1](blob)  # type: ignore[operator]
            target.writestr(info, blob)
            if info.filename == duplicate:
                import warnings

                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    target.writestr(info, blob)
    return buffer.getvalue()
