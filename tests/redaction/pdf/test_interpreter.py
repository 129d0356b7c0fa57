from __future__ import annotations

import pytest
from pdf_builders import fonts_resources, interpret
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)

from redaction.pdf.errors import LimitExceededError, UnsupportedContentError
from redaction.pdf.limits import Limits
from redaction.pdf.pagetext import build_page_text


def form(data: bytes, matrix: list[float] | None = None, resources: DictionaryObject | None = None) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream[NameObject("/Type")] = NameObject("/XObject")
    stream[NameObject("/Subtype")] = NameObject("/Form")
    stream[NameObject("/BBox")] = ArrayObject(NumberObject(v) for v in (0, 0, 600, 800))
    if matrix:
        stream[NameObject("/Matrix")] = ArrayObject(FloatObject(v) for v in matrix)
    if resources is not None:
        stream[NameObject("/Resources")] = resources
    stream.set_data(data)
    return stream


def resources(**xobjects: DecodedStreamObject) -> DictionaryObject:
    res = fonts_resources()
    if xobjects:
        res[NameObject("/XObject")] = DictionaryObject({NameObject("/" + k): v for k, v in xobjects.items()})
    return res




def test_glyph_positions_follow_widths_spacing_and_scaling() -> None:
    content = interpret(b"BT /F1 10 Tf 2 Tc 5 Tw 50 Tz 100 200 Td (A A) Tj ET")
    run = content.runs[0]
    # frame x: A at 0, space at 6.67 + 2, second A after the space's width + Tc + Tw
    assert run.starts == pytest.approx([0.0, 8.67, 8.67 + 2.78 + 2 + 5])
    assert run.centre(0) == pytest.approx((100 + 6.67 / 2 * 0.5, 200 + (7.18 - 2.07) / 2))
    assert run.advances == pytest.approx([8.67, 2.78 + 2 + 5, 8.67])


def test_tj_numbers_rise_and_text_matrix() -> None:
    content = interpret(b"BT /F1 10 Tf 3 Ts 2 0 0 2 50 60 Tm [(A) -1000 (B)] TJ ET")
    run = content.runs[0]
    assert run.starts == pytest.approx([0.0, 6.67 + 10])
    x, y = run.centre(1)
    assert x == pytest.approx(50 + 2 * (16.67 + 6.67 / 2))
    assert y == pytest.approx(60 + 2 * (3 + (7.18 - 2.07) / 2))


def test_quote_operators_move_to_the_next_line_and_set_spacing() -> None:
    content = interpret(b"BT /F1 10 Tf 12 TL 10 100 Td (a) ' 4 1 (b c) \" ET")
    first, second = content.runs
    assert first.centre(0)[1] == pytest.approx(88 + 2.555)
    assert second.centre(0)[1] == pytest.approx(76 + 2.555)
    assert second.advances[1] == pytest.approx(2.78 + 1 + 4)


def test_text_state_survives_bt_et_and_is_restored_by_q_upper() -> None:
    content = interpret(b"BT /F1 10 Tf ET q BT 20 Tc ET Q BT 0 0 Td (ab) Tj ET")
    assert content.runs[0].starts == pytest.approx([0.0, 5.56])  # Tc 20 was inside q...Q


def test_forms_are_drawn_with_their_matrix_and_nesting_ctm() -> None:
    inner = form(b"BT /F1 10 Tf 0 0 Td (X) Tj ET", matrix=[1, 0, 0, 1, 5, 5], resources=resources())
    outer = form(b"2 0 0 2 0 0 cm /In Do", resources=resources(In=inner))
    content = interpret(b"q 1 0 0 1 100 100 cm /Out Do Q /Out Do", resources(Out=outer))
    assert len(content.runs) == 2
    first, second = (run.centre(0) for run in content.runs)
    assert first[0] == pytest.approx(100 + 2 * (5 + 6.67 / 2))
    assert second[0] == pytest.approx(2 * (5 + 6.67 / 2))
    assert content.runs[0].context is not content.runs[1].context  # one context per invocation


def test_self_invoking_form_is_refused() -> None:
    loop = form(b"/Me Do")
    loop[NameObject("/Resources")] = resources(Me=loop)
    with pytest.raises(UnsupportedContentError, match="invokes itself"):
        interpret(b"/Me Do", resources(Me=loop))


def test_form_depth_and_invocation_limits() -> None:
    deepest = form(b"BT /F1 1 Tf (x) Tj ET", resources=resources())
    chain = deepest
    for _ in range(5):
        chain = form(b"/N Do", resources=resources(N=chain))
    with pytest.raises(LimitExceededError):
        interpret(b"/N Do", resources(N=chain), limits=Limits(max_form_depth=3))
    many = b"/N Do " * 20
    with pytest.raises(LimitExceededError):
        interpret(many, resources(N=deepest), limits=Limits(max_form_invocations_per_page=10))


def test_optional_content_that_is_off_is_marked_hidden() -> None:
    group = DictionaryObject({NameObject("/Type"): NameObject("/OCG"), NameObject("/Name"): NameObject("/x")})
    from pypdf import PdfWriter

    writer = PdfWriter()
    reference = writer._add_object(group)
    catalog = DictionaryObject({NameObject("/OCProperties"): DictionaryObject({
        NameObject("/OCGs"): ArrayObject([reference]),
        NameObject("/D"): DictionaryObject({NameObject("/OFF"): ArrayObject([reference])}),
    })})
    res = resources()
    res[NameObject("/Properties")] = DictionaryObject({NameObject("/oc1"): reference})
    content = interpret(b"/OC /oc1 BDC BT /F1 9 Tf (hid) Tj ET EMC BT /F1 9 Tf (shown) Tj ET", res, catalog=catalog)
    assert [run.hidden for run in content.runs] == [True, False]
    assert build_page_text(content.runs).text == "shown"


def test_marked_content_with_properties_is_recorded_for_rewriting() -> None:
    content = interpret(b"/Span <</ActualText (secret)>> BDC EMC /P <</MCID 0>> BDC EMC /Artifact BMC EMC")
    assert content.roots[0].marked_ops == [0, 2]


def test_text_without_a_font_is_refused() -> None:
    with pytest.raises(UnsupportedContentError):
        interpret(b"BT (orphan) Tj ET")


def test_page_text_infers_spaces_and_lines_from_geometry() -> None:
    content = interpret(
        b"BT /F1 10 Tf 72 700 Td (Parent: Marg) Tj ET BT /F1 10 Tf 129.8 700 Td (aret) Tj ET "
        b"BT /F1 10 Tf 200 700 Td (Thorn) Tj ET BT /F1 10 Tf 72 680 Td [(Ol) -20 (iver) -300 (Penn)] TJ ET"
    )
    assert build_page_text(content.runs).text == "Parent: Margaret Thorn\nOliver Penn"
