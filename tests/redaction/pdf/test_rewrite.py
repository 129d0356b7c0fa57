from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_builders import interpret
from pypdf.generic import DictionaryObject, NameObject

from redaction.pdf.content import PageContent
from redaction.pdf.errors import UnsupportedContentError
from redaction.pdf.rewrite import (
    ContextEdits,
    encode_name,
    format_number,
    rewrite_context,
)


def remove(data: bytes, choose: list[bool]) -> tuple[PageContent, bytes, list[tuple[float, float]]]:
    """Remove the glyphs where ``choose`` is true; return the original, the new stream, and the kept centres."""
    content = interpret(data)
    root = content.roots[0]
    edits = ContextEdits()
    kept_centres = []
    flat = 0
    for run in content.runs:
        gone = set()
        for index in range(len(run.glyphs)):
            if choose[flat % len(choose)]:
                gone.add(index)
            else:
                kept_centres.append(run.centre(index))
            flat += 1
        if gone:
            edits.removed[run.op_index] = gone
            edits.runs[run.op_index] = run
    rewritten = rewrite_context(root, edits)
    return content, (rewritten.data if rewritten else data), kept_centres


def centres(data: bytes) -> list[tuple[float, float]]:
    return [run.centre(i) for run in interpret(data).runs for i in range(len(run.glyphs))]


segment = st.tuples(
    st.sampled_from([b"Tj", b"TJ", b"'", b'"']),
    st.text(alphabet="ab XYZ,.", min_size=1, max_size=8),
    st.integers(-3, 5),  # Tc
    st.integers(-2, 8),  # Tw
    st.sampled_from([50, 80, 100, 130]),  # Tz
    st.integers(-3, 3),  # Ts
    st.integers(-400, 400),  # a TJ number
)


def stream_of(segments: list[tuple[bytes, str, int, int, int, int, int]], size: int) -> bytes:
    parts = [b"BT /F1 %d Tf 14 TL 40 700 Td" % size]
    for operator, text, tc, tw, tz, ts, kern in segments:
        raw = text.encode("latin-1")
        parts.append(b"%d Tc %d Tw %d Tz %d Ts" % (tc, tw, tz, ts))
        if operator == b"TJ":
            half = len(raw) // 2
            parts.append(b"[(" + raw[:half] + b") %d (" % kern + raw[half:] + b")] TJ")
        elif operator == b'"':
            parts.append(b"%d %d (" % (tw, tc) + raw + b') "')
        else:
            parts.append(b"(" + raw + b") " + operator)
    parts.append(b"(END) Tj ET")
    return b"\n".join(parts)


@settings(max_examples=150, deadline=None)
@given(st.lists(segment, min_size=1, max_size=6), st.integers(4, 30), st.lists(st.booleans(), min_size=1, max_size=20))
def test_remaining_glyphs_do_not_move(segments: list[tuple[bytes, str, int, int, int, int, int]], size: int,
                                      choose: list[bool]) -> None:
    data = stream_of(segments, size)
    choose = choose + [False] * 3  # the END marker is never removed
    _, new_data, kept = remove(data, choose)
    after = centres(new_data)
    assert len(after) == len(kept)
    for (x0, y0), (x1, y1) in zip(kept, after, strict=True):
        assert x1 == pytest.approx(x0, abs=1e-3) and y1 == pytest.approx(y0, abs=1e-3)


def test_removed_glyphs_are_gone_from_the_stream_and_the_rest_is_byte_identical() -> None:
    data = b"q 1 0 0 1 0 0 cm BT /F1 12 Tf 72 700 Td (Call Margaret now) Tj ET Q % tail"
    content = interpret(data)
    run = content.runs[0]
    edits = ContextEdits(removed={run.op_index: set(range(5, 13))}, runs={run.op_index: run})
    rewritten = rewrite_context(content.roots[0], edits)
    assert rewritten is not None
    assert b"Margaret" not in rewritten.data and b"4D617267" not in rewritten.data.upper()
    prefix = data[: content.roots[0].operations[run.op_index].start]
    assert rewritten.data.startswith(prefix) and rewritten.data.endswith(b" ET Q % tail")


def test_quote_operators_keep_their_line_move() -> None:
    data = b'BT /F1 10 Tf 12 TL 0 100 Td (x) Tj (secret) \' 3 1 (other) " (after) Tj ET'
    _, new_data, kept = remove(data, [False] + [True] * 6 + [True, True, False, False, False] + [False] * 5)
    assert b"T* [" in new_data and b"3 Tw 1 Tc T* [" in new_data
    flat = [value for centre in centres(new_data) for value in centre]
    assert flat == pytest.approx([value for centre in kept for value in centre])


def test_zero_size_text_under_a_box_is_refused() -> None:
    content = interpret(b"BT /F1 0 Tf (x) Tj ET")
    run = content.runs[0]
    with pytest.raises(UnsupportedContentError):
        rewrite_context(content.roots[0], ContextEdits(removed={run.op_index: {0}}, runs={run.op_index: run}))


def test_marked_content_properties_become_plain_tags() -> None:
    content = interpret(b"/Span <</ActualText (Margaret)>> BDC BT /F1 9 Tf (M.) Tj ET EMC")
    rewritten = rewrite_context(content.roots[0], ContextEdits())
    assert rewritten is not None and rewritten.data.startswith(b"/Span BMC BT")


@pytest.mark.parametrize(("value", "text"), [(1.0, b"1"), (-0.5, b"-0.5"), (1e-7, b"0"), (12.34567, b"12.3457")])
def test_number_format(value: float, text: bytes) -> None:
    assert format_number(value) == text


def test_name_encoding_escapes_delimiters() -> None:
    assert encode_name("/A B#(x)") == b"/A#20B#23#28x#29"


def test_vertical_writing_keeps_the_remaining_glyphs_in_place() -> None:
    from pypdf.generic import ArrayObject, NumberObject

    descendant = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType0"),
                                   NameObject("/BaseFont"): NameObject("/V"), NameObject("/DW"): NumberObject(1000),
                                   NameObject("/W2"): ArrayObject([NumberObject(2), ArrayObject(
                                       [NumberObject(-700), NumberObject(500), NumberObject(880)])])})
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
                             NameObject("/BaseFont"): NameObject("/V"), NameObject("/Encoding"): NameObject("/Identity-V"),
                             NameObject("/DescendantFonts"): ArrayObject([descendant])})
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/V"): font})})
    data = b"BT /V 10 Tf 2 Tc 300 700 Td [<0001 0002> 100 <0003 0001>] TJ <0002> Tj ET"
    content = interpret(data, resources)
    run = content.runs[0]
    assert run.vertical and [round(y, 3) for _, y in (run.centre(i) for i in range(4))][0] > run.centre(3)[1]
    edits = ContextEdits(removed={run.op_index: {1, 2}}, runs={run.op_index: run})
    rewritten = rewrite_context(content.roots[0], edits)
    assert rewritten is not None
    after = interpret(rewritten.data, resources).runs
    kept_before = [run.centre(0), run.centre(3), content.runs[1].centre(0)]
    kept_after = [after[0].centre(0), after[0].centre(1), after[1].centre(0)]
    flat = [v for point in kept_after for v in point]
    assert flat == pytest.approx([v for point in kept_before for v in point])
