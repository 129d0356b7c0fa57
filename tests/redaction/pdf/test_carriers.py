"""Hidden carriers: annotations flattened or dropped, keys denied everywhere, layers renamed, resources pruned."""

from __future__ import annotations

import pytest
from pdf_builders import obj
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)

from redaction.pdf import _pypdf_private as private
from redaction.pdf.annotations import flatten_annotations, placement
from redaction.pdf.carriers import CleanReport, clean_page, deep_clean, prune_resources
from redaction.pdf.geometry import multiply, transform
from redaction.pdf.optional_content import OptionalContent


def appearance(bbox: list[int], matrix: list[float] | None = None) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(b"0 g 0 0 10 10 re f")
    stream[NameObject("/BBox")] = obj(bbox)
    if matrix:
        stream[NameObject("/Matrix")] = obj(matrix)
    return stream


def test_placement_maps_the_transformed_bbox_onto_the_rect() -> None:
    matrix = placement(appearance([0, 0, 100, 20]), [300, 500, 500, 540])
    assert matrix is not None
    assert transform(matrix, 0, 0) == pytest.approx((300, 500)) and transform(matrix, 100, 20) == pytest.approx((500, 540))
    form_matrix = (0.0, 1.0, -1.0, 0.0, 0.0, 0.0)  # the appearance turned a quarter
    rotated = placement(appearance([0, 0, 100, 20], list(form_matrix)), [0, 0, 20, 100])
    assert rotated is not None  # /Matrix applies first (Do), then this cm: the bbox lands on the rect
    drawn = multiply(form_matrix, rotated)
    assert transform(drawn, 0, 0) == pytest.approx((20, 0)) and transform(drawn, 100, 20) == pytest.approx((0, 100))
    assert placement(appearance([0, 0, 0, 0]), [0, 0, 1, 1]) is None


def test_visible_appearances_are_flattened_the_rest_dropped() -> None:
    annotations = [
        obj({"/Subtype": "/FreeText", "/Rect": [0, 0, 10, 10]}),  # no appearance: dropped
        obj({"/Subtype": "/Popup", "/Rect": [0, 0, 10, 10]}),
        obj({"/Subtype": "/Stamp", "/Rect": [0, 0, 10, 10], "/F": 2}),  # hidden
        obj({"/Subtype": "/Widget", "/Rect": [0, 0, 10, 10], "/AS": "/On"}),
        obj({"/Subtype": "/FreeText", "/Rect": [0, 0, 10, 10]}),
    ]
    annotations[2][NameObject("/AP")] = DictionaryObject({NameObject("/N"): appearance([0, 0, 10, 10])})
    annotations[3][NameObject("/AP")] = DictionaryObject({NameObject("/N"): DictionaryObject({
        NameObject("/On"): appearance([0, 0, 10, 10]), NameObject("/Off"): appearance([0, 0, 5, 5])})})
    annotations[4][NameObject("/AP")] = DictionaryObject({NameObject("/N"): appearance([0, 0, 10, 10])})
    page = DictionaryObject({NameObject("/Annots"): ArrayObject(annotations)})
    result = flatten_annotations(page, OptionalContent(DictionaryObject()))
    assert (result.flattened, result.dropped) == (2, 3)
    assert result.content.count(b" Do Q") == 2
    for stream in result.xobjects.values():
        assert stream["/Subtype"] == "/Form"


def test_page_keeps_only_drawing_keys() -> None:
    page = obj({"/Type": "/Page", "/MediaBox": [0, 0, 1, 1], "/Rotate": 90, "/Thumb": 1, "/PieceInfo": {},
                "/StructParents": 0, "/AA": {}, "/Annots": [], "/B": [], "/Tabs": "/S", "/Group": {}})
    report = CleanReport()
    clean_page(page, report)
    assert set(page) == {"/Type", "/MediaBox", "/Rotate", "/Group"}
    assert report.removed["/Thumb"] == 1 and "/Annots" in report.removed


def test_deep_clean_reaches_indirect_objects_and_renames_layers() -> None:
    writer = PdfWriter()
    layer = private.add_object(writer, obj({"/Type": "/OCG", "/Name": "Notes on Margaret", "/Usage": {"/CreatorInfo": {}}}))
    font = private.add_object(writer, obj({"/Type": "/Font", "/FontDescriptor": {"/Metadata": "x", "/Flags": 4}}))
    root = obj({"/Resources": {"/Font": {"/F1": 0}, "/Properties": {"/oc": 0}}, "/PieceInfo": {}})
    root["/Resources"]["/Font"][NameObject("/F1")] = font
    root["/Resources"]["/Properties"][NameObject("/oc")] = layer
    report = CleanReport()
    deep_clean(root, report)
    assert "/PieceInfo" not in root and "/Metadata" not in font.get_object()["/FontDescriptor"]
    assert layer.get_object()["/Name"] == "Layer 1" and "/Usage" not in layer.get_object()
    assert report.layers_renamed == 1 and report.removed == {"/PieceInfo": 1, "/Metadata": 1}


def test_prune_resources_drops_unused_names() -> None:
    resources = obj({"/Font": {"/F1": 1, "/F2": 2}, "/XObject": {"/Old": 3, "/New": 4}, "/ProcSet": ["/PDF"]})
    assert prune_resources(resources, {"/F1", "/New"}) == 2
    assert set(resources["/Font"]) == {"/F1"} and set(resources["/XObject"]) == {"/New"}
    assert "/ProcSet" in resources


def test_optional_content_policies_and_expressions() -> None:
    writer = PdfWriter()
    on = private.add_object(writer, obj({"/Type": "/OCG", "/Name": "on"}))
    off = private.add_object(writer, obj({"/Type": "/OCG", "/Name": "off"}))
    catalog = obj({"/OCProperties": {"/OCGs": [], "/D": {"/OFF": []}}})
    catalog["/OCProperties"]["/D"]["/OFF"].append(off)
    layers = OptionalContent(catalog)
    assert not layers.is_hidden(on.get_object()) and layers.is_hidden(off.get_object())

    def membership(policy: str) -> DictionaryObject:
        member = obj({"/Type": "/OCMD", "/P": policy})
        member[NameObject("/OCGs")] = ArrayObject([on, off])
        return member

    assert not layers.is_hidden(membership("/AnyOn"))
    assert layers.is_hidden(membership("/AllOn"))
    assert not layers.is_hidden(membership("/AnyOff"))
    assert layers.is_hidden(membership("/AllOff"))
    expression = obj({"/Type": "/OCMD"})
    expression[NameObject("/VE")] = ArrayObject([NameObject("/And"), on, ArrayObject([NameObject("/Not"), off])])
    assert not layers.is_hidden(expression)
    base_off = OptionalContent(obj({"/OCProperties": {"/D": {"/BaseState": "/OFF"}}}))
    assert base_off.is_hidden(on.get_object())
