"""Open Packaging Conventions: content types and relationships of a .docx, read from a :class:`Package`.

Only what the rebuild needs: each part's relationships (id, type as its last URI segment, target
resolved to a part name or kept as an external URL), the main document, and content types.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import unquote

from redaction.formats.errors import MalformedFileError
from redaction.formats.office.limits import OfficeLimits
from redaction.formats.office.ns import CT, REL
from redaction.formats.office.package import Package
from redaction.formats.office.xmlsafe import parse_xml

__all__ = ["Opc", "Relationship", "rels_name"]


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    type: str  # last segment of the type URI: "styles", "header", "image", "hyperlink"...
    target: str  # a part name (no leading slash) or, when external, the URL as written
    external: bool


def rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


class Opc:
    def __init__(self, package: Package, *, limits: OfficeLimits) -> None:
        self.package = package
        self._limits = limits
        self._defaults: dict[str, str] = {}
        self._overrides: dict[str, str] = {}
        if not package.has("[Content_Types].xml"):
            raise MalformedFileError("the document has no [Content_Types].xml: it is not a Word package")
        root = self.xml("[Content_Types].xml")
        for element in root:
            if element.tag == f"{{{CT}}}Default":
                self._defaults[(element.get("Extension") or "").lower()] = element.get("ContentType") or ""
            elif element.tag == f"{{{CT}}}Override":
                self._overrides[(element.get("PartName") or "").lstrip("/").lower()] = element.get("ContentType") or ""

    def xml(self, name: str):  # type: ignore[no-untyped-def]
        return parse_xml(self.package.read(name), part=name, max_depth=self._limits.max_xml_depth)

    def content_type(self, part: str) -> str:
        override = self._overrides.get(part.lower())
        if override is not None:
            return override
        return self._defaults.get(posixpath.splitext(part)[1].lstrip(".").lower(), "")

    def relationships(self, part: str) -> list[Relationship]:
        """``part``'s relationships ("" for the package's own)."""
        name = "_rels/.rels" if part == "" else rels_name(part)
        if not self.package.has(name):
            return []
        found = []
        for element in self.xml(name):
            if element.tag != f"{{{REL}}}Relationship":
                continue
            rel_id, rel_type, target = element.get("Id"), element.get("Type"), element.get("Target")
            if not rel_id or not rel_type or target is None:
                raise MalformedFileError(f"a relationship in {name} lacks its Id, Type or Target")
            external = (element.get("TargetMode") or "").lower() == "external"
            segment = rel_type.rstrip("/").rsplit("/", 1)[-1]
            found.append(Relationship(rel_id, segment, target if external else self._resolve(part, target), external))
        return found

    def _resolve(self, source: str, target: str) -> str:
        target = unquote(target.split("#", 1)[0])
        joined = target.lstrip("/") if target.startswith("/") else posixpath.join(posixpath.dirname(source), target)
        normal = posixpath.normpath(joined)
        if normal.startswith("..") or normal.startswith("/"):
            raise MalformedFileError(f"a relationship target points outside the package ({target!r})")
        if not self.package.has(normal):
            # part names are case-insensitive in OPC
            matches = [name for name in self.package.names if name.lower() == normal.lower()]
            if matches:
                return matches[0]
        return normal

    def main_document(self) -> str:
        for rel in self.relationships(""):
            if rel.type == "officeDocument" and not rel.external:
                return rel.target
        raise MalformedFileError("the package has no main document (no officeDocument relationship)")
