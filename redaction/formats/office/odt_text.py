"""Cleaning OpenDocument content and styles, and reading their text as units.

Cleaning: the tracked-changes region (deleted text, authors, dates) and its markers go, so
insertions stand accepted and deletions are gone; annotations (comments) and their ends go;
hidden-text fields go; scripts, event listeners, forms and their controls go; RDF metadata
attributes and Dublin Core elements go; bookmark and reference-mark names are renamed to neutral
ones wherever they are used.

Units: every ``text:p``/``text:h`` built from its own text, spans, links and fields (``text:s``,
tabs and line breaks read as virtual characters); notes, frames, shapes and annotations inside a
paragraph are their own paragraphs; text-bearing attributes (field values, names, titles,
descriptions, conditions); external link targets; and any text node left over.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from redaction.formats.office.ns import DRAW, OFFICE, TABLE, TEXT, XLINK
from redaction.formats.office.textmodel import Slot, Unit, leftover_units, remove_keep_tail

__all__ = ["clean_odf", "external_link", "odt_units", "rename_odf_marks"]

_T = f"{{{TEXT}}}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XHTML = "{http://www.w3.org/1999/xhtml}"
_REMOVED = {f"{_T}tracked-changes", f"{_T}change", f"{_T}change-start", f"{_T}change-end", f"{_T}hidden-text",
            f"{{{OFFICE}}}annotation", f"{{{OFFICE}}}annotation-end", f"{{{OFFICE}}}scripts",
            f"{{{OFFICE}}}event-listeners", f"{{{OFFICE}}}forms", f"{{{DRAW}}}control"}
_PARAGRAPHS = (f"{_T}p", f"{_T}h")
_VIRTUAL = {f"{_T}tab": "\t", f"{_T}line-break": "\n"}
_OWN_UNITS = {f"{_T}note", f"{{{OFFICE}}}annotation", *_PARAGRAPHS}  # plus every draw: element
_ATTRIBUTES = {"string-value", "string-value-if-true", "string-value-if-false", "title", "name", "description",
               "condition", "date-value", "time-value", "label"}
_ATTRIBUTE_NAMESPACES = {OFFICE, TEXT, DRAW, TABLE, XLINK, "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"}
_MARKS = {f"{_T}{name}" for name in ("bookmark", "bookmark-start", "bookmark-end", "reference-mark",
                                      "reference-mark-start", "reference-mark-end")}
_MARK_REFS = {f"{_T}bookmark-ref", f"{_T}reference-ref"}
EXTERNAL_SCHEMES = ("http:", "https:", "mailto:", "ftp:", "file:", "tel:", "news:", "smb:", "//")


def clean_odf(root: etree._Element, report: Counter[str]) -> None:
    for element in list(root.iter(*_REMOVED)):
        if element.getparent() is not None:
            report[f"removed {etree.QName(element).localname}"] += 1
            remove_keep_tail(element)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if element.tag.startswith(_DC) and element.getparent() is not None:
            remove_keep_tail(element)
            continue
        for name in [n for n in element.attrib if n.startswith(_XHTML)]:
            del element.attrib[name]


def rename_odf_marks(roots: list[etree._Element]) -> None:
    """Bookmark and reference-mark names, chosen by authors, renamed wherever they are used."""
    names: dict[str, str] = {}
    for root in roots:
        for mark in root.iter(*_MARKS):
            name = mark.get(f"{_T}name") or ""
            names.setdefault(name, f"mark{len(names) + 1}")
            mark.set(f"{_T}name", names[name])
    for root in roots:
        for ref in root.iter(*_MARK_REFS):
            ref.set(f"{_T}ref-name", names.get(ref.get(f"{_T}ref-name") or "", "mark0"))
        for element in root.iter():
            href = element.get(f"{{{XLINK}}}href") if isinstance(element.tag, str) else None
            if href and href.startswith("#"):
                element.set(f"{{{XLINK}}}href", "#" + names.get(href[1:], "mark0"))


def external_link(href: str) -> bool:
    return href.lower().startswith(EXTERNAL_SCHEMES)


def odt_units(root: etree._Element, part: str) -> list[Unit]:
    units: list[Unit] = []
    covered: set[tuple[int, str]] = set()
    for paragraph in root.iter(*_PARAGRAPHS):
        units.append(_paragraph(paragraph, part, covered))
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            qname = etree.QName(name)
            if not any(c.isalnum() for c in value):
                continue
            if qname.localname in _ATTRIBUTES and qname.namespace in _ATTRIBUTE_NAMESPACES:
                unit = Unit(f"{part}: {etree.QName(element).localname} {qname.localname}", "attribute")
            elif name == f"{{{XLINK}}}href" and external_link(value):
                unit = Unit(f"{part}: link target", "link")
            else:
                continue
            unit.add(Slot(element, name), value)
            units.append(unit)
        units.extend(leftover_units(element, part, covered))
    return units


def _own_unit(element: etree._Element) -> bool:
    return element.tag in _OWN_UNITS or element.tag.startswith(f"{{{DRAW}}}")


def _paragraph(paragraph: etree._Element, part: str, covered: set[tuple[int, str]]) -> Unit:
    unit = Unit(f"{part}: paragraph", "paragraph")

    def slot(element: etree._Element, field: str) -> None:
        value = element.text if field == "text" else element.tail
        if value:
            unit.add(Slot(element, field), value)
            covered.add((id(element), field))

    slot(paragraph, "text")
    stack: list[tuple[etree._Element, bool]] = [(child, False) for child in reversed(paragraph)]
    while stack:
        element, done = stack.pop()
        if done:
            slot(element, "tail")
            continue
        stack.append((element, True))
        if not isinstance(element.tag, str):
            continue
        if element.tag == f"{_T}s":
            unit.add(None, " " * max(1, min(int(element.get(f"{_T}c", "1") or 1), 1000)))
        elif element.tag in _VIRTUAL:
            unit.add(None, _VIRTUAL[element.tag])
        elif not _own_unit(element):
            slot(element, "text")
            stack.extend((child, False) for child in reversed(element))
    return unit
