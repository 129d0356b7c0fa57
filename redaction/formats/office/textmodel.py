"""Text as a reader sees it, mapped back to where it lives in the XML.

A *unit* is one stretch of text the detectors read whole: a paragraph built from its runs, a field
instruction, an attribute value, a hyperlink target, the OCR of an image. It is a list of pieces,
each either a *slot* (an element's ``text``, its ``tail``, or one of its attributes) or a virtual
piece (a tab, a line break) that is read but has nowhere to be written. Edits are character ranges
of the unit's text; :func:`apply_edits` writes the replacement into the first slot an edit touches
and removes the rest of the range from the slots after it, so a name split over runs with
different formatting goes whole, and every character outside an edit stays in its own run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

__all__ = ["Edit", "Slot", "Unit", "apply_edits", "leftover_units", "remove_keep_tail", "unwrap"]


@dataclass(frozen=True, slots=True)
class Slot:
    """Where a piece of text lives: ``element.text``, ``element.tail`` or ``element.get(field)``."""

    element: etree._Element
    field: str  # "text", "tail" or an attribute's {namespace}name

    def get(self) -> str:
        if self.field == "text":
            return self.element.text or ""
        if self.field == "tail":
            return self.element.tail or ""
        return self.element.get(self.field) or ""

    def set(self, value: str) -> None:
        if self.field == "text":
            self.element.text = value
        elif self.field == "tail":
            self.element.tail = value
        else:
            self.element.set(self.field, value)


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str


@dataclass
class Unit:
    """One readable stretch of text; ``where`` says where it is (a part name and what it is)."""

    where: str
    kind: str  # "paragraph", "field", "attribute", "text", "link", "image"
    pieces: list[tuple[Slot | None, str]] = field(default_factory=list)

    def add(self, slot: Slot | None, text: str) -> None:
        if text:
            self.pieces.append((slot, text))

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.pieces)


def apply_edits(unit: Unit, edits: Sequence[Edit]) -> None:
    """Rewrite the unit's slots so its text reads with ``edits`` applied (see the module docstring)."""
    edits = sorted(edits, key=lambda e: e.start)
    bounds: list[tuple[int, int]] = []
    cursor = 0
    for _, text in unit.pieces:
        bounds.append((cursor, cursor + len(text)))
        cursor += len(text)
    owner: dict[int, int] = {}  # edit index -> index of the first slotted piece it touches
    for number, edit in enumerate(edits):
        for index, ((slot, _), (start, end)) in enumerate(zip(unit.pieces, bounds, strict=True)):
            if slot is not None and start < edit.end and edit.start < end:
                owner[number] = index
                break
    for index, ((slot, text), (start, end)) in enumerate(zip(unit.pieces, bounds, strict=True)):
        if slot is None:
            continue
        out: list[str] = []
        position = start
        touched = False
        for number, edit in enumerate(edits):
            if edit.end <= start or edit.start >= end:
                continue
            touched = True
            cut = max(edit.start, start)
            out.append(text[position - start : cut - start] if cut > position else "")
            if owner.get(number) == index:
                out.append(edit.replacement)
            position = max(position, min(edit.end, end))
        if touched:
            out.append(text[position - start :])
            slot.set(_replace_within(slot.get(), text, "".join(out)))


def leftover_units(element: etree._Element, part: str, covered: set[tuple[int, str]]) -> list[Unit]:
    """Units for ``element``'s own text and tail when no paragraph read them (chart values, titles...)."""
    units = []
    for field in ("text", "tail"):
        value = element.text if field == "text" else element.tail
        if value and any(c.isalnum() for c in value) and (id(element), field) not in covered:
            unit = Unit(f"{part}: {etree.QName(element).localname} {field}", "text")
            unit.add(Slot(element, field), value)
            units.append(unit)
    return units


def _replace_within(current: str, old: str, new: str) -> str:
    """A slot's new value: pieces normally hold the whole slot, but an attribute piece may not."""
    return new if current == old else current.replace(old, new, 1)


def remove_keep_tail(element: etree._Element) -> None:
    """Remove ``element`` and its subtree; text that followed it (its tail) stays where it was."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def unwrap(element: etree._Element) -> None:
    """Replace ``element`` by its children (and its own text), keeping document order."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    previous = element.getprevious()
    if element.text:
        if previous is not None:
            previous.tail = (previous.tail or "") + element.text
        else:
            parent.text = (parent.text or "") + element.text
    children = list(element)
    tail = element.tail
    parent.remove(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    if tail:
        if children:
            children[-1].tail = (children[-1].tail or "") + tail
        elif index > 0:
            before = parent[index - 1]
            before.tail = (before.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
