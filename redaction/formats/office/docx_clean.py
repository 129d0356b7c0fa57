"""Cleaning WordprocessingML parts before their text is read.

* tracked changes accepted: deleted and moved-away text (``w:del``, ``w:moveFrom``, ``w:delText``)
  removed with its content, insertions and moves unwrapped, formatting-change records dropped, a
  deleted table row removed, an emptied paragraph whose mark was deleted removed;
* comment anchors, permission ranges, proofing marks removed; custom XML and smart tags unwrapped
  (their properties, which hold values, dropped); content controls lose their data bindings and
  glossary placeholders;
* hidden runs (``w:vanish``, ``w:specVanish`` on the run): their text removed (a reviewer never
  sees it, so it is never released); field characters and instructions stay so fields still pair;
* embedded OLE objects and ActiveX controls replaced by a visible ``[embedded object removed]``;
  imported chunks (``w:altChunk``) by ``[imported content removed]``;
* revision ids (``w:rsid*``, ``w14:paraId``/``textId``) stripped everywhere.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from redaction.formats.office.ns import W, W14, q
from redaction.formats.office.textmodel import remove_keep_tail, unwrap

__all__ = [
    "OBJECT_PLACEHOLDER", "clean_font_table", "clean_settings", "clean_wordprocessing", "preserve_spaces",
    "strip_revision_ids",
]

OBJECT_PLACEHOLDER = "[embedded object removed]"
CHUNK_PLACEHOLDER = "[imported content removed]"

_DROP = {q(f"w:{name}") for name in (
    "delText", "delInstrText", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange",
    "tblPrExChange", "numberingChange", "customXmlDelRangeStart", "customXmlDelRangeEnd",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
    "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "commentRangeStart", "commentRangeEnd",
    "commentReference", "annotationRef", "permStart", "permEnd", "proofErr", "cellIns", "cellDel", "cellMerge",
    "dataBinding", "placeholder", "subDoc", "customXmlPr", "smartTagPr", "rsid",
)}
_MARKER_PARENTS = {q("w:rPr"), q("w:trPr"), q("w:tcPr"), q("w:pPr")}
_OFF = {"0", "false", "off"}


def clean_wordprocessing(root: etree._Element, report: Counter[str]) -> None:
    """Everything above, in place, on a document, header, footer or notes part."""
    _accept_revisions(root, report)
    for element in list(root.iter(*_DROP)):
        if element.getparent() is not None:
            report[f"removed {etree.QName(element).localname}"] += 1
            remove_keep_tail(element)
    for element in list(root.iter(q("w:customXml"), q("w:smartTag"))):
        unwrap(element)
    _drop_hidden_runs(root, report)
    _replace_objects(root, report)
    strip_revision_ids(root)


def _accept_revisions(root: etree._Element, report: Counter[str]) -> None:
    deletions = list(root.iter(q("w:del"), q("w:moveFrom")))
    markers = [e for e in deletions if e.getparent() is not None and e.getparent().tag in _MARKER_PARENTS]
    for element in deletions:
        parent = element.getparent()
        if parent is None or element in markers:
            continue
        report["deletions removed"] += 1
        remove_keep_tail(element)
    for element in markers:  # after the content, so a paragraph emptied by its deletions can go too
        parent = element.getparent()
        if parent is None:
            continue
        if parent.tag == q("w:trPr"):
            row = parent.getparent()
            if row is not None and row.getparent() is not None:
                report["deleted rows removed"] += 1
                remove_keep_tail(row)
        else:
            _remove_deleted_mark(parent)
    for element in list(root.iter(q("w:ins"), q("w:moveTo"))):
        parent = element.getparent()
        if parent is None:
            continue
        if parent.tag in _MARKER_PARENTS:
            remove_keep_tail(element)
        else:
            report["insertions accepted"] += 1
            unwrap(element)


def _remove_deleted_mark(properties: etree._Element) -> None:
    """A deleted paragraph mark: the marker goes, and a paragraph left with no content goes with it
    (accepting the deletion merges it into the next one), unless it is its container's last."""
    for marker in properties.findall(q("w:del")) + properties.findall(q("w:moveFrom")):
        properties.remove(marker)
    if properties.tag != q("w:rPr"):
        return
    p_pr = properties.getparent()
    paragraph = p_pr.getparent() if p_pr is not None and p_pr.tag == q("w:pPr") else None
    if paragraph is None or paragraph.tag != q("w:p"):
        return
    container = paragraph.getparent()
    has_content = any(child.tag != q("w:pPr") and etree.QName(child).localname not in ("bookmarkStart", "bookmarkEnd")
                      for child in paragraph)
    siblings = [] if container is None else container.findall(q("w:p"))
    if not has_content and len(siblings) > 1:
        remove_keep_tail(paragraph)


def _hidden(run: etree._Element) -> bool:
    properties = run.find(q("w:rPr"))
    if properties is None:
        return False
    for name in ("w:vanish", "w:specVanish"):
        flag = properties.find(q(name))
        if flag is not None and flag.get(q("w:val"), "true").lower() not in _OFF:
            return True
    return False


def _drop_hidden_runs(root: etree._Element, report: Counter[str]) -> None:
    keep = {q("w:rPr"), q("w:fldChar"), q("w:instrText")}
    for run in list(root.iter(q("w:r"))):
        if _hidden(run):
            removed = [child for child in run if child.tag not in keep]
            if removed:
                report["hidden runs removed"] += 1
            for child in removed:
                remove_keep_tail(child)


def _placeholder_text(text: str) -> etree._Element:
    element = etree.Element(q("w:t"))
    element.text = text
    return element


def _replace_objects(root: etree._Element, report: Counter[str]) -> None:
    """OLE objects and ActiveX controls cannot be checked: a visible placeholder stands in their place."""
    holders = set()
    for ole in root.iter(q("o:OLEObject"), q("w:control")):
        holder = ole
        while holder.getparent() is not None and holder.tag not in (q("w:object"), q("w:pict")):
            holder = holder.getparent()
        holders.add(holder if holder.tag in (q("w:object"), q("w:pict")) else ole)
    holders.update(root.iter(q("w:object")))
    for holder in holders:
        parent = holder.getparent()
        if parent is None:
            continue
        report["embedded objects removed"] += 1
        if parent.tag == q("w:r"):
            parent.replace(holder, _placeholder_text(OBJECT_PLACEHOLDER))
        else:
            remove_keep_tail(holder)
    for chunk in list(root.iter(q("w:altChunk"))):
        paragraph = etree.Element(q("w:p"))
        run = etree.SubElement(paragraph, q("w:r"))
        run.append(_placeholder_text(CHUNK_PLACEHOLDER))
        chunk.getparent().replace(chunk, paragraph)
        report["imported chunks removed"] += 1


def strip_revision_ids(root: etree._Element) -> None:
    """``w:rsid*`` (editing-session ids that link copies of a document) and ``w14`` paragraph ids."""
    w_prefix = f"{{{W}}}rsid"
    ids = {f"{{{W14}}}paraId", f"{{{W14}}}textId"}
    for element in root.iter():
        doomed = [name for name in element.attrib if name.startswith(w_prefix) or name in ids]
        for name in doomed:
            del element.attrib[name]


_SETTINGS_KEPT = {q(f"w:{name}") for name in (
    "view", "zoom", "removePersonalInformation", "removeDateAndTime", "mirrorMargins", "alignBordersAndEdges",
    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
    "hideGrammaticalErrors", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
    "doNotHyphenateCaps", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "characterSpacingControl", "noPunctuationKerning",
    "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "hdrShapeDefaults",
    "footnotePr", "endnotePr", "compat", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "shapeDefaults", "decimalSymbol", "listSeparator", "defaultTableStyle", "displayBackgroundShape",
    "doNotAutoCompressPictures",
)} | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}


def clean_settings(root: etree._Element, report: Counter[str]) -> None:
    """Only layout settings stay: document variables, mail-merge sources, the attached template's path,
    protection hashes, revision ids, document ids and the rest are dropped. Word is told to keep
    personal information out of the file if it is saved again."""
    for child in list(root):
        if child.tag not in _SETTINGS_KEPT:
            report[f"setting {etree.QName(child).localname} removed"] += 1
            root.remove(child)
    if root.find(q("w:removePersonalInformation")) is None:
        anchor = [index for index, child in enumerate(root) if child.tag in (q("w:view"), q("w:zoom"))]
        position = anchor[-1] + 1 if anchor else 0
        root.insert(position, etree.Element(q("w:removePersonalInformation")))
        root.insert(position + 1, etree.Element(q("w:removeDateAndTime")))
    strip_revision_ids(root)


def clean_font_table(root: etree._Element) -> None:
    """Embedded font files are not carried over, so their references go too."""
    embeds = [q(f"w:{name}") for name in ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic")]
    for element in list(root.iter(*embeds)):
        remove_keep_tail(element)



def preserve_spaces(root: etree._Element) -> None:
    """Text nodes that now start or end with a space keep it (``xml:space="preserve"``), as Word needs."""
    space = "{http://www.w3.org/XML/1998/namespace}space"
    for element in root.iter(q("w:t"), q("w:instrText")):
        text = element.text or ""
        if text and (text[0].isspace() or text[-1].isspace()):
            element.set(space, "preserve")
