"""``redact_docx``: a Word document redacted in its own format, layout kept, verified before release.

See :mod:`docx_parts` for what is kept, :mod:`docx_clean` for what is removed inside the kept parts,
:mod:`docx_units` for what is read, and :mod:`pipeline` for the shared steps.
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable

from lxml import etree

from redaction.formats.errors import UnsupportedFormatError
from redaction.formats.office.docx_clean import (
    clean_font_table, clean_settings, clean_wordprocessing, preserve_spaces, strip_revision_ids,
)
from redaction.formats.office.docx_parts import (
    KEPT, WORD_MAIN_TYPES, PartOut, app_xml, content_types_xml, core_xml, package_rels_xml, rels_xml,
)
from redaction.formats.office.docx_units import docx_units
from redaction.formats.office.limits import OfficeLimits
from redaction.formats.office.media import Picture, length_inches, load_picture
from redaction.formats.office.ns import O, R, V, W, q
from redaction.formats.office.opc import Opc, rels_name
from redaction.formats.office.package import Package, write_package
from redaction.formats.office.pipeline import Context, guarded, redact_units, verified_outcome
from redaction.formats.office.textmodel import Slot, Unit, remove_keep_tail
from redaction.formats.office.xmlsafe import serialize_xml
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.pdf.ocr import OcrEngine

__all__ = ["DOCX_CONTENT_TYPE", "redact_docx"]

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
REDACTED_LINK = "about:blank"
_RELID = f"{{{O}}}relid"
_GENERATED_BOOKMARK = re.compile(r"^_(Toc|Ref|Hlk)\d+$")
# Elements that only make sense with the relationship they point at: dropped with it.
_GONE_WITH_TARGET = {q("w:printerSettings"), q("a:hlinkClick"), q("a:hlinkHover"), f"{{{O}}}OLEObject",
                     "{http://schemas.openxmlformats.org/drawingml/2006/chart}externalData"}


def redact_docx(data: bytes, request: FormatRequest, *, limits: OfficeLimits | None = None,
                ocr: OcrEngine | None = None, clock: Callable[[], float] = time.monotonic) -> FormatOutcome:
    """Redact a .docx (also .docm/.dotx: macros and template-ness are dropped) and return it verified."""
    return guarded("Word document", bytes(data), request, lambda context: _redact(bytes(data), context),
                   limits=limits, ocr=ocr, clock=clock)


def _redact(data: bytes, context: Context) -> FormatOutcome:
    package = Package(data, limits=context.limits, what="Word document (.docx)")
    opc = Opc(package, limits=context.limits)
    main = opc.main_document()
    if opc.content_type(main) not in WORD_MAIN_TYPES:
        raise UnsupportedFormatError("the package is not a Word document (its main part is "
                                     f"{opc.content_type(main) or 'of no known type'})")
    parts = _collect(opc, main, context)
    roots: dict[str, etree._Element] = {}
    for part in parts.values():
        context.deadline.check("reading parts")
        if part.type != "image":
            roots[part.source] = opc.xml(part.source)
    if etree.QName(roots[main]).namespace != W:
        raise UnsupportedFormatError("the document is in Strict Open XML: save it as an ordinary Word document "
                                     "(.docx) and upload it again")
    for part in parts.values():
        if part.source in roots:
            _clean(roots[part.source], part, context)
    _prune(parts, roots, main)
    _rename_bookmarks([roots[p.source] for p in parts.values() if p.source in roots])
    units: list[Unit] = []
    for part in parts.values():
        if part.source in roots:
            units.extend(docx_units(roots[part.source], part.name))
    links, link_units = _links(parts)
    units.extend(link_units)
    drawn = _drawn_inches(parts, roots)
    pictures = [load_picture(package.read(p.source), name=p.name, limits=context.limits)
                for p in parts.values() if p.type == "image"]
    for picture, part in zip(pictures, [p for p in parts.values() if p.type == "image"], strict=True):
        picture.inches = drawn.get(part.source, 0.0)
    if len(pictures) > context.limits.max_images:
        raise UnsupportedFormatError(f"the document has more than {context.limits.max_images} pictures")
    plan, encoded = redact_units(context, units, pictures)
    for root in roots.values():
        preserve_spaces(root)
    for unit in link_units:
        slot = unit.pieces[0][0]
        key = slot.element.get("key") if slot is not None else None
        if key is not None and slot is not None and slot.get() != links[key]:
            links[key] = REDACTED_LINK  # a target with anything removed from it is no longer a link
            context.report["link targets redacted"] += 1
    output = _write(parts, roots, encoded, links)
    ocr_pictures = {_renamed(p.name, encoded[p.name][1]): p.scale for p in pictures if p.unit is not None}
    extra = {"parts": sorted(p.name for p in parts.values()),
             "dropped": sorted({t for p in parts.values() for t in p.dropped.values()})}
    return verified_outcome(context, output, plan, kind="docx", content_type=DOCX_CONTENT_TYPE,
                            ocr_pictures=ocr_pictures, extra=extra)


def _collect(opc: Opc, main: str, context: Context) -> dict[str, PartOut]:
    """The kept parts, by source name, reached from the main document through allowed relationships."""
    parts = {main: PartOut(main, "word/document.xml", "officeDocument")}
    counters: dict[str, int] = {}
    queue = deque([main])
    while queue:
        source = queue.popleft()
        part = parts[source]
        for rel in opc.relationships(source):
            keep = (rel.type == "hyperlink" and rel.external) or (
                not rel.external and (rel.type in KEPT or rel.type == "image") and opc.package.has(rel.target))
            if rel.type == "image" and keep and "svg" in opc.content_type(rel.target):
                keep = False  # an SVG copy beside a raster picture: the raster one stays
            if not keep:
                part.dropped[rel.id] = rel.type + (" (external)" if rel.external else "")
                context.report[f"relationship {rel.type} dropped"] += 1
                continue
            part.rels.append(rel)
            if rel.external or rel.target in parts:
                continue
            counters[rel.type] = counters.get(rel.type, 0) + 1
            parts[rel.target] = PartOut(rel.target, _new_name(rel.type, counters[rel.type]), rel.type)
            queue.append(rel.target)
    return parts


def _new_name(kind: str, number: int) -> str:
    if kind == "image":
        return f"word/media/image{number}"  # the extension follows the re-encoding
    kept = KEPT[kind]
    suffix = "" if kept.singleton and number == 1 else str(number)
    return f"word/{kept.stem}{suffix}.xml"


def _renamed(name: str, extension: str) -> str:
    return f"{name}.{extension}"


def _clean(root: etree._Element, part: PartOut, context: Context) -> None:
    kind = "wordprocessing" if part.type == "officeDocument" else KEPT[part.type].kind if part.type in KEPT else "other"
    if kind == "wordprocessing":
        clean_wordprocessing(root, context.report)
    elif kind == "settings":
        clean_settings(root, context.report)
    elif kind == "fonts":
        clean_font_table(root)
        strip_revision_ids(root)
    else:
        clean_wordprocessing(root, context.report)  # text boxes in drawings, charts' rich text
    _drop_references(root, part)


def _drop_references(root: etree._Element, part: PartOut) -> None:
    """Elements pointing at a dropped relationship go (or lose the pointer); ids are renumbered."""
    kept = {rel.id: f"rId{n}" for n, rel in enumerate(part.rels, start=1)}
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for name, value in list(element.attrib.items()):
            if not (name.startswith(f"{{{R}}}") or name == _RELID):
                continue
            if value in kept:
                element.set(name, kept[value])
            elif etree.QName(element).localname == "svgBlip" and element.getparent() is not None:
                remove_keep_tail(element.getparent())  # the a:ext holding the SVG copy
            elif element.tag in _GONE_WITH_TARGET and element.getparent() is not None:
                remove_keep_tail(element)
                break
            else:
                del element.attrib[name]
    part.rels = [type(rel)(kept[rel.id], rel.type, rel.target, rel.external) for rel in part.rels]


def _drawn_inches(parts: dict[str, PartOut], roots: dict[str, etree._Element]) -> dict[str, float]:
    """Each picture part's longest side as drawn (DrawingML extent, VML style), so OCR can aim at 300 dpi."""
    sizes: dict[str, float] = {}
    for part in parts.values():
        root = roots.get(part.source)
        if root is None:
            continue
        targets = {rel.id: rel.target for rel in part.rels if rel.type == "image"}
        for element in root.iter(q("a:blip"), q("v:imagedata")):
            target = targets.get(element.get(f"{{{R}}}embed") or element.get(f"{{{R}}}id") or "")
            inches = _extent(element)
            if target is not None and inches > 0:
                sizes[target] = max(sizes.get(target, 0.0), inches)
    return sizes


def _extent(element: etree._Element) -> float:
    holder = element.getparent()
    while holder is not None:
        extent = holder.find(q("wp:extent")) if holder.tag in (q("wp:inline"), q("wp:anchor")) else None
        if extent is not None:
            return max(int(extent.get("cx") or 0), int(extent.get("cy") or 0)) / 914_400
        if holder.tag.startswith(f"{{{V}}}"):
            style = dict(item.split(":", 1) for item in (holder.get("style") or "").split(";") if ":" in item)
            return max(length_inches(style.get("width")), length_inches(style.get("height")))
        holder = holder.getparent()
    return 0.0


def _prune(parts: dict[str, PartOut], roots: dict[str, etree._Element], main: str) -> None:
    """Pictures and links nothing points at any more (an OLE object's preview, a removed comment's
    link) are not carried over: only parts still reachable from the main document are kept."""
    for part in parts.values():
        root = roots.get(part.source)
        if root is None:
            continue
        used = {value for element in root.iter() if isinstance(element.tag, str)
                for name, value in element.attrib.items() if name.startswith(f"{{{R}}}") or name == _RELID}
        part.rels = [rel for rel in part.rels if rel.type not in ("image", "hyperlink") or rel.id in used]
    reachable, queue = {main}, deque([main])
    while queue:
        for rel in parts[queue.popleft()].rels:
            if not rel.external and rel.target not in reachable:
                reachable.add(rel.target)
                queue.append(rel.target)
    for source in [s for s in parts if s not in reachable]:
        del parts[source]
        roots.pop(source, None)


def _rename_bookmarks(roots: list[etree._Element]) -> None:
    """Bookmark names are chosen by authors ("Maisie_assessment"): renamed to neutral ones everywhere
    they are used (bookmarks, internal links, REF/PAGEREF/HYPERLINK \\l field instructions)."""
    names: dict[str, str] = {}
    for root in roots:
        for mark in list(root.iter(q("w:bookmarkStart"))):
            name = mark.get(q("w:name")) or ""
            if name == "_GoBack":  # where the author last edited
                remove_keep_tail(mark)
            elif not _GENERATED_BOOKMARK.match(name):
                names.setdefault(name, f"bookmark{len(names) + 1}")
                mark.set(q("w:name"), names[name])
    if not names:
        return
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n))
    for root in roots:
        for link in root.iter(q("w:hyperlink")):
            anchor = link.get(q("w:anchor"))
            if anchor is not None:
                link.set(q("w:anchor"), names.get(anchor, "bookmark0"))
        for instr in root.iter(q("w:instrText")):
            instr.text = pattern.sub(lambda m: names[m.group(0)], instr.text or "")
        for simple in root.iter(q("w:fldSimple")):
            simple.set(q("w:instr"), pattern.sub(lambda m: names[m.group(0)], simple.get(q("w:instr")) or ""))


def _links(parts: dict[str, PartOut]) -> tuple[dict[str, str], list[Unit]]:
    """External hyperlink targets, each a unit of its own (redacted like text, keyed by new id)."""
    links: dict[str, str] = {}
    units: list[Unit] = []
    holder = etree.Element("links")
    for part in parts.values():
        for rel in part.rels:
            if rel.external:
                key = f"{part.name}#{rel.id}"
                element = etree.SubElement(holder, "link", key=key, target=rel.target)
                unit = Unit(f"{part.name}: hyperlink target", "link")
                unit.add(Slot(element, "target"), rel.target)
                units.append(unit)
                links[key] = rel.target
    return links, units


def _write(parts: dict[str, PartOut], roots: dict[str, etree._Element], encoded: dict[str, tuple[bytes, str]],
           links: dict[str, str]) -> bytes:
    for part in parts.values():
        if part.type == "image":
            part.name = _renamed(part.name, encoded[part.name][1])
    by_source = {p.source: p for p in parts.values()}
    files: list[tuple[str, bytes]] = [("[Content_Types].xml", content_types_xml(list(parts.values()))),
                                      ("_rels/.rels", package_rels_xml()),
                                      ("docProps/core.xml", core_xml()), ("docProps/app.xml", app_xml())]
    for part in parts.values():
        if part.type == "image":
            stem = part.name.rsplit(".", 1)[0]
            files.append((part.name, encoded[stem][0]))
            continue
        files.append((part.name, serialize_xml(roots[part.source])))
        if part.rels:
            ids = {rel.id: rel.id for rel in part.rels}
            targets = {rel.id: links[f"{part.name}#{rel.id}"] for rel in part.rels if rel.external}
            files.append((rels_name(part.name), serialize_xml(rels_xml(part, by_source, ids, targets))))
    return write_package(files)
