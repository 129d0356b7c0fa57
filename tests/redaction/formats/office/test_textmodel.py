"""Edits over a unit's text written back into its slots: replacement in the first slot touched, the rest of
the range removed from the following ones, everything else untouched."""

from __future__ import annotations

from lxml import etree

from redaction.formats.office.textmodel import Edit, Slot, Unit, apply_edits, remove_keep_tail, unwrap


def runs(*texts: str) -> tuple[etree._Element, Unit]:
    root = etree.Element("p")
    unit = Unit("test", "paragraph")
    for text in texts:
        if text == "\t":
            unit.add(None, "\t")
            continue
        element = etree.SubElement(root, "t")
        element.text = text
        unit.add(Slot(element, "text"), text)
    return root, unit


def texts(root: etree._Element) -> list[str]:
    return [element.text or "" for element in root]


def test_a_name_split_over_runs_goes_whole_into_the_first_run() -> None:
    root, unit = runs("We met ", "Ma", "isie Fle", "tcher and Sam.")
    assert unit.text == "We met Maisie Fletcher and Sam."
    apply_edits(unit, [Edit(7, 22, "Person 1")])
    assert texts(root) == ["We met ", "Person 1", "", " and Sam."]


def test_untouched_slots_are_not_rewritten() -> None:
    root, unit = runs("Alpha ", "Beta ", "Gamma")
    first = root[0]
    apply_edits(unit, [Edit(6, 10, "X")])
    assert texts(root) == ["Alpha ", "X ", "Gamma"]
    assert root[0] is first


def test_several_edits_in_one_slot_and_virtual_pieces() -> None:
    root, unit = runs("Call 07700 900456 or ", "\t", "Jo Bloggs")
    assert unit.text == "Call 07700 900456 or \tJo Bloggs"
    apply_edits(unit, [Edit(5, 17, "[PHONE]"), Edit(22, 31, "Person 1")])
    assert texts(root) == ["Call [PHONE] or ", "Person 1"]


def test_an_edit_starting_on_a_virtual_piece_writes_into_the_next_slot() -> None:
    root, unit = runs("a", "\t", "Smith")
    apply_edits(unit, [Edit(1, 7, "Person 1")])
    assert texts(root) == ["a", "Person 1"]


def test_tails_and_attributes_are_slots_too() -> None:
    root = etree.fromstring('<p title="Photo of Ann Lee">Hello <b>Ann</b> Lee, bye</p>')
    bold = root[0]
    unit = Unit("test", "paragraph")
    unit.add(Slot(root, "text"), root.text or "")
    unit.add(Slot(bold, "text"), bold.text or "")
    unit.add(Slot(bold, "tail"), bold.tail or "")
    apply_edits(unit, [Edit(6, 13, "Person 1")])
    assert etree.tostring(root) == b'<p title="Photo of Ann Lee">Hello <b>Person 1</b>, bye</p>'
    attribute = Unit("test", "attribute")
    attribute.add(Slot(root, "title"), root.get("title") or "")
    apply_edits(attribute, [Edit(9, 16, "Person 1")])
    assert root.get("title") == "Photo of Person 1"


def test_removing_and_unwrapping_keep_the_surrounding_text() -> None:
    root = etree.fromstring("<p>a<x>gone</x>b<y>c<z/>d</y>e</p>")
    remove_keep_tail(root[0])
    assert etree.tostring(root) == b"<p>ab<y>c<z/>d</y>e</p>"
    unwrap(root[0])
    assert etree.tostring(root) == b"<p>abc<z/>de</p>"
