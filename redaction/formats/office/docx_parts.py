"""Which parts of a .docx are rebuilt, under what names, and the new package's plumbing.

The rebuilt package is made from an allowlist of relationship types, reached from the main
document: every kept part gets a fresh conventional name (``word/header2.xml``,
``word/media/image3.png``), so no original part name (which can hold a person's name) survives,
and anything no kept relationship reaches is simply never copied. Everything else is dropped:
comments and their extensions, people, custom XML and its properties, the glossary document,
macros, embedded OLE packages, ActiveX controls, printer settings, web settings, attached
templates, embedded fonts, thumbnails, custom properties. Core and app properties are written
empty. Relationship ids are renumbered per part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from redaction.formats.office.ns import CT, REL
from redaction.formats.office.opc import Relationship

__all__ = ["KEPT", "PartOut", "app_xml", "content_types_xml", "core_xml", "package_rels_xml", "rels_xml"]

_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_MS11 = "http://schemas.microsoft.com/office/2011/relationships/"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_DML = "application/vnd.openxmlformats-officedocument.drawingml."


@dataclass(frozen=True, slots=True)
class Kept:
    stem: str  # new name: word/{stem}{n}.xml, n left out for the first of a singleton
    singleton: bool
    content_type: str
    uri: str  # relationship type URI written out
    kind: str  # "wordprocessing", "settings", "fonts", "chart", "drawing", "other"


KEPT: dict[str, Kept] = {
    "styles": Kept("styles", True, _WML + "styles+xml", _OD + "styles", "wordprocessing"),
    "numbering": Kept("numbering", True, _WML + "numbering+xml", _OD + "numbering", "wordprocessing"),
    "settings": Kept("settings", True, _WML + "settings+xml", _OD + "settings", "settings"),
    "fontTable": Kept("fontTable", True, _WML + "fontTable+xml", _OD + "fontTable", "fonts"),
    "theme": Kept("theme/theme", False, "application/vnd.openxmlformats-officedocument.theme+xml", _OD + "theme", "other"),
    "themeOverride": Kept("theme/themeOverride", False, "application/vnd.openxmlformats-officedocument.themeOverride+xml",
                          _OD + "themeOverride", "other"),
    "header": Kept("header", False, _WML + "header+xml", _OD + "header", "wordprocessing"),
    "footer": Kept("footer", False, _WML + "footer+xml", _OD + "footer", "wordprocessing"),
    "footnotes": Kept("footnotes", True, _WML + "footnotes+xml", _OD + "footnotes", "wordprocessing"),
    "endnotes": Kept("endnotes", True, _WML + "endnotes+xml", _OD + "endnotes", "wordprocessing"),
    "chart": Kept("charts/chart", False, _DML + "chart+xml", _OD + "chart", "chart"),
    "chartUserShapes": Kept("drawings/drawing", False, _DML + "chartshapes+xml", _OD + "chartUserShapes", "drawing"),
    "chartStyle": Kept("charts/style", False, "application/vnd.ms-office.chartstyle+xml", _MS11 + "chartStyle", "other"),
    "chartColorStyle": Kept("charts/colors", False, "application/vnd.ms-office.chartcolorstyle+xml",
                            _MS11 + "chartColorStyle", "other"),
    "diagramData": Kept("diagrams/data", False, _DML + "diagramData+xml", _OD + "diagramData", "drawing"),
    "diagramLayout": Kept("diagrams/layout", False, _DML + "diagramLayout+xml", _OD + "diagramLayout", "drawing"),
    "diagramQuickStyle": Kept("diagrams/quickStyle", False, _DML + "diagramStyle+xml", _OD + "diagramQuickStyle", "drawing"),
    "diagramColors": Kept("diagrams/colors", False, _DML + "diagramColors+xml", _OD + "diagramColors", "drawing"),
    "diagramDrawing": Kept("diagrams/drawing", False, "application/vnd.ms-office.drawingml.diagramDrawing+xml",
                           "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing", "drawing"),
}
IMAGE_URI = _OD + "image"
HYPERLINK_URI = _OD + "hyperlink"
MAIN_CONTENT_TYPE = _WML + "document.main+xml"
WORD_MAIN_TYPES = {MAIN_CONTENT_TYPE, "application/vnd.ms-word.document.macroEnabled.main+xml",
                   _WML + "template.main+xml", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"}


@dataclass
class PartOut:
    """One part of the rebuilt package: where it came from, its new name, its relationships."""

    source: str
    name: str
    type: str  # relationship type that reached it ("officeDocument" for the main part, "image"...)
    rels: list[Relationship] = field(default_factory=list)  # the kept ones, original ids
    dropped: dict[str, str] = field(default_factory=dict)  # original id -> its type, for the report


def rels_xml(part: PartOut, parts: dict[str, PartOut], ids: dict[str, str],
             links: dict[str, str]) -> etree._Element:
    """``part``'s new relationships: renumbered ids, targets relative to its new name."""
    root = etree.Element(f"{{{REL}}}Relationships", nsmap={None: REL})
    folder = part.name.rsplit("/", 1)[0]
    for rel in part.rels:
        element = etree.SubElement(root, f"{{{REL}}}Relationship", Id=ids[rel.id])
        if rel.external:
            element.set("Type", HYPERLINK_URI)
            element.set("Target", links[rel.id])
            element.set("TargetMode", "External")
            continue
        target = parts[rel.target]
        element.set("Type", IMAGE_URI if target.type == "image" else KEPT[target.type].uri)
        element.set("Target", _relative(folder, target.name))
    return root


def _relative(folder: str, name: str) -> str:
    prefix = folder + "/"
    return name[len(prefix):] if name.startswith(prefix) else "/" + name


def content_types_xml(parts: list[PartOut]) -> bytes:
    root = etree.Element(f"{{{CT}}}Types", nsmap={None: CT})
    etree.SubElement(root, f"{{{CT}}}Default", Extension="rels",
                     ContentType="application/vnd.openxmlformats-package.relationships+xml")
    etree.SubElement(root, f"{{{CT}}}Default", Extension="xml", ContentType="application/xml")
    for extension in sorted({p.name.rsplit(".", 1)[-1] for p in parts if p.type == "image"}):
        etree.SubElement(root, f"{{{CT}}}Default", Extension=extension, ContentType=f"image/{extension}")
    overrides = [("/word/document.xml", MAIN_CONTENT_TYPE),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                 ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    overrides += [("/" + p.name, KEPT[p.type].content_type) for p in parts if p.type in KEPT]
    for name, content_type in overrides:
        etree.SubElement(root, f"{{{CT}}}Override", PartName=name, ContentType=content_type)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def package_rels_xml() -> bytes:
    root = etree.Element(f"{{{REL}}}Relationships", nsmap={None: REL})
    for rel_id, uri, target in (
        ("rId1", _OD + "officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        ("rId3", _OD + "extended-properties", "docProps/app.xml"),
    ):
        etree.SubElement(root, f"{{{REL}}}Relationship", Id=rel_id, Type=uri, Target=target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def core_xml() -> bytes:
    """Empty core properties: no title, subject, author, last modified by, dates or revision."""
    cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    root = etree.Element(f"{{{cp}}}coreProperties", nsmap={
        "cp": cp, "dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/"})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def app_xml() -> bytes:
    """Empty extended properties: no company, manager, template, editing time or statistics."""
    ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    root = etree.Element(f"{{{ep}}}Properties", nsmap={None: ep})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


