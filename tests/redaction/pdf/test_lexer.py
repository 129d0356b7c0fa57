from __future__ import annotations

import pytest

from redaction.pdf.errors import LimitExceededError
from redaction.pdf.lexer import MAX_NESTING, Name, tokenize


def ops(data: bytes) -> list[tuple[bytes, list[object]]]:
    return [(op.operator, op.operands) for op in tokenize(data)]


def test_operators_operands_and_byte_ranges_cover_the_source() -> None:
    data = b"BT /F1 12 Tf 72 700 Td (Hi) Tj ET"
    operations = tokenize(data)
    assert [op.operator for op in operations] == [b"BT", b"Tf", b"Td", b"Tj", b"ET"]
    assert operations[1].operands == ["/F1", 12] and isinstance(operations[1].operands[0], Name)
    assert [data[op.start : op.end] for op in operations] == [b"BT", b"/F1 12 Tf", b"72 700 Td", b"(Hi) Tj", b"ET"]


@pytest.mark.parametrize(
    ("source", "value"),
    [
        (rb"(a\(b\)c)", b"a(b)c"),
        (rb"(nested (parens) ok)", b"nested (parens) ok"),
        (rb"(deep ((more) (and more)) end)", b"deep ((more) (and more)) end"),
        (rb"(\101\102C\7)", b"ABC\x07"),
        (b"(line\\\ncontinued)", b"linecontinued"),
        (b"(cr\r\nlf\rcr)", b"cr\nlf\ncr"),
        (rb"(\n\t\\)", b"\n\t\\"),
        (b"<48 65 6C 6c 6f>", b"Hello"),
        (b"<414>", b"A@"),
        (b"<4x1>", b"A"),
    ],
)
def test_string_values(source: bytes, value: bytes) -> None:
    assert ops(source + b" Tj") == [(b"Tj", [value])]


def test_arrays_dictionaries_keywords_and_names() -> None:
    result = ops(b"[1 -2.5 .5 (a) <62>] TJ /Span <</ActualText (x) /K [true false null] /N#20ame 3>> BDC")
    assert result[0] == (b"TJ", [[1, -2.5, 0.5, b"a", b"b"]])
    assert result[1] == (b"BDC", ["/Span", {"/ActualText": b"x", "/K": [True, False, None], "/N ame": 3}])


def test_comments_and_stray_delimiters_are_skipped() -> None:
    assert ops(b"% comment (not a string\nq ) } Q") == [(b"q", []), (b"Q", [])]


def test_malformed_numbers_become_unknown_operators() -> None:
    assert ops(b"1.2.3 0 Tc") == [(b"1.2.3", []), (b"Tc", [0])]


def test_unterminated_string_runs_to_the_end() -> None:
    assert ops(b"(never closed Tj") == []


def test_operator_inside_unclosed_array_closes_it() -> None:
    assert ops(b"[(a) 5 TJ Q") == [(b"TJ", [[b"a", 5]]), (b"Q", [])]


def test_inline_image_with_known_length_and_ei_inside_data() -> None:
    data = b"q BI /W 4 /H 1 /CS /G /BPC 8 ID EI\nx EI Q"
    operations = tokenize(data)
    image = operations[1]
    assert image.operator == b"BI"
    assert image.operands[0] == {"/W": 4, "/H": 1, "/CS": "/G", "/BPC": 8}
    assert image.operands[1] == b"EI\nx"
    assert data[image.start : image.end] == b"BI /W 4 /H 1 /CS /G /BPC 8 ID EI\nx EI"
    assert operations[2].operator == b"Q"


def test_inline_image_with_filter_finds_the_real_end() -> None:
    binary = bytes([0x90, 0x20, 0x45, 0x49, 0x20, 0xFF, 0x80]) * 3  # " EI " followed by binary bytes
    data = b"BI /W 7 /H 3 /CS /G /BPC 8 /F /Fl ID " + binary + b" EI Q"
    operations = tokenize(data)
    assert operations[0].operands[1] == binary
    assert operations[1].operator == b"Q"


def test_ascii_hex_inline_image_ends_at_its_marker() -> None:
    data = b"BI /W 1 /H 1 /F /AHx ID 4549 20>\nEI Q"
    operations = tokenize(data)
    assert operations[0].operands[1] == b"4549 20>"
    assert operations[1].operator == b"Q"


def test_nesting_bomb_is_a_limit_error_not_a_recursion() -> None:
    with pytest.raises(LimitExceededError):
        tokenize(b"[" * (MAX_NESTING + 1) + b"]" * (MAX_NESTING + 1) + b" TJ")
    assert ops(b"[" * MAX_NESTING + b"]" * MAX_NESTING + b" TJ")[0][0] == b"TJ"


def test_every_byte_string_tokenizes_without_error() -> None:
    for data in (bytes(range(256)), b"<<" * 10, b">>]])}", b"BI ID", b"/", b"(", b"<", b"%"):
        tokenize(data)
