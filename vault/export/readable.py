"""The text a redacted rendering holds, as a person would read it: training data is prose, not XML.

Only verified renderings come here (the case-study redactor's output): a text stays itself; a PDF is
pypdf's page text; a Word or OpenDocument file is its paragraphs (body, then headers, footers and
notes); an e-mail is its headers that were kept, then its text bodies (HTML reduced to its text). A
rendering this module cannot read as text (an image) is left out of the export with the reason.
"""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
from html.parser import HTMLParser

__all__ = ["NotText", "readable_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_MAX_PART = 32 * 1024 * 1024


class NotText(Exception):
    """The rendering holds no text to export (an image); the message says why."""


def readable_text(data: bytes, kind: str) -> str:
    if kind in ("text", "note"):
        return data.decode("utf-8")
    if kind == "pdf":
        return _pdf(data)
    if kind == "docx":
        return _docx(data)
    if kind == "odt":
        return _odt(data)
    if kind == "eml":
        return _eml(data)
    raise NotText(f"a redacted {kind} holds no text to export")


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    return "\n\n".join((page.extract_text() or "").strip() for page in reader.pages).strip()


def _xml(archive: zipfile.ZipFile, name: str):  # type: ignore[no-untyped-def]
    from lxml import etree

    info = archive.getinfo(name)
    if info.file_size > _MAX_PART:
        raise NotText(f"{name} is too large to read back")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(archive.read(name), parser)


def _docx(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        parts = ["word/document.xml"] + sorted(n for n in names if n.startswith("word/") and n.rsplit("/", 1)[-1].startswith(
            ("header", "footer", "footnotes", "endnotes")) and n.endswith(".xml"))
        paragraphs = []
        for part in parts:
            if part not in names:
                continue
            for paragraph in _xml(archive, part).iter(f"{_W}p"):
                text = "".join(node.text or "" for node in paragraph.iter(f"{_W}t"))
                if text.strip():
                    paragraphs.append(text)
    return "\n".join(paragraphs)


def _odt(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = _xml(archive, "content.xml")
    paragraphs = []
    for element in root.iter(f"{_TEXT_NS}p", f"{_TEXT_NS}h"):
        text = "".join(element.itertext())
        if text.strip():
            paragraphs.append(text)
    return "\n".join(paragraphs)


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []

    def handle_data(self, data: str) -> None:
        self.pieces.append(data)

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("p", "br", "div", "li", "tr", "h1", "h2", "h3"):
            self.pieces.append("\n")


def _eml(data: bytes) -> str:
    message = email.message_from_bytes(data, policy=email.policy.default)
    lines = [f"{name}: {message[name]}" for name in ("Subject", "Date") if message[name]]
    bodies = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            bodies.append(part.get_content())
        elif kind == "text/html" and not any(b for b in bodies):
            parser = _Visible()
            parser.feed(part.get_content())
            bodies.append("".join(parser.pieces))
    return "\n".join([*lines, "", *[b.strip() for b in bodies if b.strip()]]).strip()
