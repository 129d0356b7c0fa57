"""``redact_odt``: an OpenDocument text redacted in its own format, layout kept, verified before release.

The package is rebuilt from an allowlist: ``mimetype`` (first, stored), ``content.xml`` and
``styles.xml`` (cleaned and redacted), the pictures they use (checked, renamed ``Pictures/imageN``),
embedded ODF objects such as charts (their ``content.xml``/``styles.xml`` only, renamed
``ObjectN``), an empty ``meta.xml`` and a manifest listing exactly these. Dropped: ``settings.xml``
(printer setup, view state, mail-merge sources), ``Thumbnails/``, ``Configurations2/``, macros
(``Basic/``, ``Scripts/``), object replacement pictures, OLE objects (a visible placeholder stands
in their place), linked pictures outside the package, RDF metadata, and everything unlisted.
"""

from __future__ import annotations

import posixpath
import time
from collections.abc import Callable

from lxml import etree

from redaction.formats.errors import MalformedFileError, UnsupportedFormatError
from redaction.formats.office.limits import OfficeLimits
from redaction.formats.office.media import Picture, length_inches, load_picture
from redaction.formats.office.ns import DRAW, MANIFEST, OFFICE, TEXT, XLINK
from redaction.formats.office.odt_text import clean_odf, external_link, odt_units, rename_odf_marks
from redaction.formats.office.package import Package, write_package
from redaction.formats.office.pipeline import Context, guarded, redact_units, verified_outcome
from redaction.formats.office.textmodel import Unit, remove_keep_tail
from redaction.formats.office.xmlsafe import parse_xml, serialize_xml
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.pdf.ocr import OcrEngine

__all__ = ["ODT_CONTENT_TYPE", "redact_odt"]

ODT_CONTENT_TYPE = "application/vnd.oasis.opendocument.text"
OBJECT_PLACEHOLDER = "[embedded object removed]"
REDACTED_LINK = "about:blank"
_HREF = f"{{{XLINK}}}href"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_ODF_OBJECT_TYPES = ("application/vnd.oasis.opendocument.",)


def redact_odt(data: bytes, request: FormatRequest, *, limits: OfficeLimits | None = None,
               ocr: OcrEngine | None = None, clock: Callable[[], float] = time.monotonic) -> FormatOutcome:
    """Redact an .odt (or .ott) and return it verified."""
    return guarded("OpenDocument text", bytes(data), request, lambda context: _redact(bytes(data), context),
                   limits=limits, ocr=ocr, clock=clock)


def _redact(data: bytes, context: Context) -> FormatOutcome:
    package = Package(data, limits=context.limits, what="OpenDocument text (.odt)")
    mimetype = package.read("mimetype").decode("ascii", "replace").strip() if package.has("mimetype") else ""
    if not mimetype.startswith(ODT_CONTENT_TYPE):
        raise UnsupportedFormatError(f"the package is not an OpenDocument text (its type is {mimetype or 'missing'})")
    manifest = _manifest(package, context)
    if not package.has("content.xml"):
        raise MalformedFileError("the OpenDocument text has no content.xml")
    files: dict[str, etree._Element] = {}
    for name in ("content.xml", "styles.xml"):
        if package.has(name):
            files[name] = _xml(package, name, context)
    objects = _objects(package, files, manifest, context)
    for name, root in list(files.items()):
        clean_odf(root, context.report)
    rename_odf_marks(list(files.values()))
    pictures, picture_names = _pictures(package, files, context)
    units: list[Unit] = []
    for name, root in files.items():
        units.extend(odt_units(root, name))
    plan, encoded = redact_units(context, units, pictures)
    for unit in units:
        slot = unit.pieces[0][0] if unit.kind == "link" else None
        if slot is not None and slot.get() != unit.text:
            slot.set(REDACTED_LINK)
            context.report["link targets redacted"] += 1
    renamed = {old: f"{new}.{encoded[new][1]}" for old, new in picture_names.items()}
    for root in files.values():
        for element in root.iter():
            href = element.get(_HREF) if isinstance(element.tag, str) else None
            if href is not None and _package_path(href) in renamed:
                element.set(_HREF, renamed[_package_path(href)])
    output = _write(files, {renamed[old]: encoded[new][0] for old, new in picture_names.items()}, objects, mimetype)
    scales = {p.name: p.scale for p in pictures if p.unit is not None}
    ocr_pictures = {renamed[old]: scales[new] for old, new in picture_names.items() if new in scales}
    return verified_outcome(context, output, plan, kind="odt", content_type=ODT_CONTENT_TYPE,
                            ocr_pictures=ocr_pictures, extra={"objects": sorted(objects.values())})


def _xml(package: Package, name: str, context: Context) -> etree._Element:
    context.deadline.check("reading parts")
    return parse_xml(package.read(name), part=name, max_depth=context.limits.max_xml_depth)


def _manifest(package: Package, context: Context) -> dict[str, str]:
    """Each listed path's media type; an encrypted entry refuses the document."""
    if not package.has("META-INF/manifest.xml"):
        raise MalformedFileError("the OpenDocument text has no manifest (META-INF/manifest.xml)")
    root = _xml(package, "META-INF/manifest.xml", context)
    types = {}
    for entry in root.iter(f"{{{MANIFEST}}}file-entry"):
        if entry.find(f"{{{MANIFEST}}}encryption-data") is not None:
            raise UnsupportedFormatError("the OpenDocument text is password-protected (encrypted): remove the "
                                         "password in LibreOffice and upload it again")
        types[entry.get(f"{{{MANIFEST}}}full-path") or ""] = entry.get(f"{{{MANIFEST}}}media-type") or ""
    return types


def _package_path(href: str) -> str:
    return posixpath.normpath(href[2:] if href.startswith("./") else href).rstrip("/")


def _objects(package: Package, files: dict[str, etree._Element], manifest: dict[str, str],
             context: Context) -> dict[str, str]:
    """Embedded ODF objects (charts, formulas) become files of their own (``ObjectN/content.xml``);
    OLE objects become a visible placeholder; replacement pictures go. Returns new folder -> type."""
    kept: dict[str, str] = {}
    for root in list(files.values()):
        for frame_child in list(root.iter(f"{{{DRAW}}}object", f"{{{DRAW}}}object-ole", f"{{{DRAW}}}image")):
            href = frame_child.get(_HREF) or ""
            path = _package_path(href)
            if frame_child.tag == f"{{{DRAW}}}image":
                if path.startswith("ObjectReplacements/") or (href and external_link(href)):
                    context.report["object previews and linked pictures removed"] += 1
                    remove_keep_tail(frame_child)
                continue
            media = manifest.get(path + "/", "")
            if frame_child.tag == f"{{{DRAW}}}object" and media.startswith(_ODF_OBJECT_TYPES) \
                    and package.has(f"{path}/content.xml"):
                folder = f"Object{len(kept) + 1}"
                kept[folder] = media
                for name in ("content.xml", "styles.xml"):
                    if package.has(f"{path}/{name}"):
                        files[f"{folder}/{name}"] = _xml(package, f"{path}/{name}", context)
                frame_child.set(_HREF, f"./{folder}")
                continue
            context.report["embedded objects removed"] += 1
            _placeholder(frame_child)
    return kept


def _placeholder(element: etree._Element) -> None:
    """An OLE object's frame replaced by visible text where text may stand, else removed."""
    frame = element.getparent() if element.getparent() is not None and element.getparent().tag == f"{{{DRAW}}}frame" else element
    parent = frame.getparent()
    if parent is not None and parent.tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h", f"{{{TEXT}}}span"):
        span = etree.Element(f"{{{TEXT}}}span")
        span.text = OBJECT_PLACEHOLDER
        span.tail = frame.tail
        parent.replace(frame, span)
    else:
        remove_keep_tail(frame)


def _pictures(package: Package, files: dict[str, etree._Element], context: Context) -> tuple[list[Picture], dict[str, str]]:
    """Pictures the kept XML uses, loaded; old path -> new name (without extension)."""
    names: dict[str, str] = {}
    pictures = []
    for root in files.values():
        for element in root.iter():
            href = element.get(_HREF) if isinstance(element.tag, str) else None
            if not href or href.startswith("#") or external_link(href):
                continue
            path = _package_path(href)
            if path in names or not package.has(path):
                continue
            names[path] = f"Pictures/image{len(names) + 1}"
            if len(names) > context.limits.max_images:
                raise UnsupportedFormatError(f"the document has more than {context.limits.max_images} pictures")
            picture = load_picture(package.read(path), name=names[path], limits=context.limits)
            frame = element.getparent()
            if frame is not None and frame.tag == f"{{{DRAW}}}frame":
                picture.inches = max(length_inches(frame.get(f"{{{SVG}}}width")), length_inches(frame.get(f"{{{SVG}}}height")))
            pictures.append(picture)
    return pictures, names


def _write(files: dict[str, etree._Element], pictures: dict[str, bytes], objects: dict[str, str], mimetype: str) -> bytes:
    entries: list[tuple[str, str]] = [("/", mimetype)]
    parts: list[tuple[str, bytes]] = [("mimetype", mimetype.encode("ascii"))]
    meta = etree.Element(f"{{{OFFICE}}}document-meta", nsmap={"office": OFFICE})
    meta.set(f"{{{OFFICE}}}version", "1.3")
    etree.SubElement(meta, f"{{{OFFICE}}}meta")
    for name, root in [*files.items(), ("meta.xml", meta)]:
        parts.append((name, serialize_xml(root)))
        entries.append((name, "text/xml"))
    for folder, media in objects.items():
        entries.append((f"{folder}/", media))
    for name, data in pictures.items():
        parts.append((name, data))
        entries.append((name, "image/jpeg" if name.endswith(".jpeg") else "image/png"))
    manifest = etree.Element(f"{{{MANIFEST}}}manifest", nsmap={"manifest": MANIFEST})
    manifest.set(f"{{{MANIFEST}}}version", "1.3")
    for path, media in entries:
        entry = etree.SubElement(manifest, f"{{{MANIFEST}}}file-entry")
        entry.set(f"{{{MANIFEST}}}full-path", path)
        entry.set(f"{{{MANIFEST}}}media-type", media)
    parts.insert(1, ("META-INF/manifest.xml", serialize_xml(manifest)))
    return write_package(parts, stored_first="mimetype")
