"""Parsing package XML safely, and writing it back.

lxml with entity resolution, DTD loading and network access off and ``huge_tree`` off (so libxml2
keeps its own depth and size caps); a part that declares a DOCTYPE at all is refused, since no
Office or OpenDocument part needs one and entity tricks start there. Comments and processing
instructions are dropped while parsing: readers ignore them, so they could only hide text.
"""

from __future__ import annotations

from lxml import etree

from redaction.formats.errors import LimitExceededError, MalformedFileError

__all__ = ["parse_xml", "serialize_xml"]

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
    remove_comments=True, remove_pis=True, remove_blank_text=False, strip_cdata=True,
)


def parse_xml(data: bytes, *, part: str, max_depth: int) -> etree._Element:
    """The root element of one part; refuses DTDs, entities and nesting deeper than ``max_depth``."""
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data:
        raise LimitExceededError(f"the part {part} declares a DTD or entities, which no document needs: refused")
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError as error:
        message = str(error)
        if "depth" in message.lower() or "huge" in message.lower():
            raise LimitExceededError(f"the part {part} nests XML too deeply") from error
        raise MalformedFileError(f"the part {part} is not well-formed XML ({message[:160]})") from error
    if root.getroottree().docinfo.doctype:
        raise LimitExceededError(f"the part {part} declares a DTD, which no document needs: refused")
    _check_depth(root, part, max_depth)
    return root


def _check_depth(root: etree._Element, part: str, max_depth: int) -> None:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > max_depth:
            raise LimitExceededError(f"the part {part} nests XML deeper than {max_depth} levels")
        stack.extend((child, depth + 1) for child in element)


def serialize_xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
