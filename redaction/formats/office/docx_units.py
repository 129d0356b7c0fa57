"""The text of a WordprocessingML or DrawingML part, as units (see :mod:`textmodel`).

* every paragraph (``w:p``, DrawingML ``a:p`` in text boxes, charts, SmartArt) is one unit built from
  its runs' ``w:t``/``a:t``/``m:t`` nodes, tabs and breaks read as virtual characters; a text box
  inside a paragraph is its own paragraphs, not part of the outer one;
* a complex field's instruction (consecutive ``w:instrText`` up to the next ``w:fldChar``) is one
  unit; its cached result is ordinary runs, so it is read with the paragraph;
* text-bearing attributes: alt text, titles and names of pictures and shapes, simple-field
  instructions, tooltips, content-control and form-field values, WordArt strings;
* any other text node left over (chart cache values ``c:v``, formulas ``c:f``, anything unexpected)
  is a unit of its own, so nothing readable in the part escapes the detectors.
"""

from __future__ import annotations

from lxml import etree

from redaction.formats.office.ns import O, V, q
from redaction.formats.office.textmodel import Slot, Unit, leftover_units

__all__ = ["docx_units"]

_PARAGRAPHS = (q("w:p"), q("a:p"))
_TEXT = {q("w:t"), q("a:t"), q("m:t")}
_VIRTUAL = {q("w:tab"): "\t", q("w:ptab"): "\t", q("w:br"): "\n", q("w:cr"): "\n", q("a:br"): "\n",
            q("w:noBreakHyphen"): "-"}
_SKIP = {q("w:txbxContent"), q("w:rPr"), q("w:pPr"), q("a:rPr"), q("a:pPr"), q("a:endParaRPr"), *_PARAGRAPHS}
_INSTR = q("w:instrText")
_FLDCHAR = q("w:fldChar")

# (element tag or local name, attributes): attribute values a reader can see or a tool can show
_ATTRIBUTE_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("docPr", ("descr", "title", "name")),
    ("cNvPr", ("descr", "title", "name")),
    (q("w:fldSimple"), (q("w:instr"),)),
    (q("w:hyperlink"), (q("w:tooltip"),)),
    (q("a:hlinkClick"), ("tooltip",)),
    (q("w:alias"), (q("w:val"),)),
    (q("w:tag"), (q("w:val"),)),
    (q("w:date"), (q("w:fullDate"),)),
    (q("w:listItem"), (q("w:displayText"), q("w:value"))),
    (q("w:statusText"), (q("w:val"),)),
    (q("w:helpText"), (q("w:val"),)),
    (q("w:default"), (q("w:val"),)),
    (q("w:listEntry"), (q("w:val"),)),
]
_FORM_NAME = q("w:name")
_VML_ATTRIBUTES = ("alt", "title", "string", f"{{{O}}}title")


def docx_units(root: etree._Element, part: str) -> list[Unit]:
    units: list[Unit] = []
    covered: set[tuple[int, str]] = set()
    for paragraph in root.iter(*_PARAGRAPHS):
        units.extend(_paragraph_units(paragraph, part, covered))
    units.extend(_attribute_units(root, part))
    for element in root.iter():
        if isinstance(element.tag, str):
            units.extend(leftover_units(element, part, covered))
    return units


def _paragraph_units(paragraph: etree._Element, part: str, covered: set[tuple[int, str]]) -> list[Unit]:
    unit = Unit(f"{part}: paragraph", "paragraph")
    fields: list[Unit] = []
    field: Unit | None = None
    stack = list(reversed(paragraph))
    while stack:
        element = stack.pop()
        tag = element.tag
        if tag in _TEXT:
            unit.add(Slot(element, "text"), element.text or "")
            covered.add((id(element), "text"))
        elif tag == _INSTR:
            if field is None:
                field = Unit(f"{part}: field instruction", "field")
                fields.append(field)
            field.add(Slot(element, "text"), element.text or "")
            covered.add((id(element), "text"))
        elif tag == _FLDCHAR:
            field = None
        elif tag in _VIRTUAL:
            unit.add(None, _VIRTUAL[tag])
        elif tag not in _SKIP and isinstance(tag, str):
            stack.extend(reversed(element))
    return [unit, *fields]


def _attribute_units(root: etree._Element, part: str) -> list[Unit]:
    units = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        names: tuple[str, ...] = ()
        local = etree.QName(element).localname
        for key, attributes in _ATTRIBUTE_RULES:
            if element.tag == key or local == key:
                names = attributes
                break
        if element.tag == _FORM_NAME and element.getparent() is not None and element.getparent().tag == q("w:ffData"):
            names = (q("w:val"),)
        if element.tag.startswith(f"{{{V}}}"):
            names = _VML_ATTRIBUTES
        for name in names:
            value = element.get(name)
            if value and any(c.isalnum() for c in value):
                kind = "field" if name == q("w:instr") else "attribute"
                unit = Unit(f"{part}: {local} {etree.QName(name).localname}", kind)
                unit.add(Slot(element, name), value)
                units.append(unit)
    return units
