from __future__ import annotations

from typing import Any

import pytest
from pdf_builders import obj, stream
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from redaction.pdf.encodings import unicode_of_glyph_name
from redaction.pdf.errors import UnsupportedFontError
from redaction.pdf.fonts import load_font


def texts(font: DictionaryObject, data: bytes) -> list[str | None]:
    return [glyph.text for glyph in load_font(font).decode(data)]


def test_base14_winansi_text_and_afm_widths() -> None:
    font = obj({"/Type": "/Font", "/Subtype": "/Type1", "/BaseFont": "/Helvetica", "/Encoding": "/WinAnsiEncoding"})
    glyphs = load_font(font).decode(b"A \x80")
    assert [g.text for g in glyphs] == ["A", " ", "€"]
    assert [g.width for g in glyphs] == [pytest.approx(0.667), pytest.approx(0.278), pytest.approx(0.556)]
    assert [g.word_space for g in glyphs] == [False, True, False]
    model = load_font(font)
    assert (model.ascent, model.descent) == (pytest.approx(0.718), pytest.approx(-0.207))


def test_widths_first_char_and_missing_width() -> None:
    font = obj({"/Subtype": "/TrueType", "/BaseFont": "/ABCDEF+Subset", "/FirstChar": 65, "/Widths": [500, 600],
                "/FontDescriptor": {"/MissingWidth": 250, "/Ascent": 900, "/Descent": -100}})
    glyphs = load_font(font).decode(b"ABC")
    assert [g.width for g in glyphs] == pytest.approx([0.5, 0.6, 0.25])


def test_differences_glyph_names_uni_ligatures_and_unknown_names() -> None:
    font = obj({"/Subtype": "/Type1", "/BaseFont": "/Custom", "/Widths": [500] * 5, "/FirstChar": 1,
                "/Encoding": {"/BaseEncoding": "/WinAnsiEncoding",
                              "/Differences": [1, "/Lslash", "/uni017B", "/f_i", "/g77", "/a.sc"]}})
    assert texts(font, b"\x01\x02\x03\x04\x05A") == ["Ł", "Ż", "fi", None, "a", "A"]


def test_to_unicode_wins_over_the_encoding() -> None:
    font = obj({"/Subtype": "/TrueType", "/BaseFont": "/X", "/FirstChar": 1, "/Widths": [500, 500],
                "/Encoding": "/WinAnsiEncoding"})
    font[NameObject("/ToUnicode")] = stream(b"1 beginbfchar <01> <00D3> endbfchar")
    assert texts(font, b"\x01\x02") == ["Ó", None]  # control codes of WinAnsi are not text


def cid_font(encoding: Any, widths: list[Any] | None = None, **descendant: Any) -> DictionaryObject:
    child = {"/Type": "/Font", "/Subtype": "/CIDFontType2", "/BaseFont": "/ABCDEF+Sans",
             "/FontDescriptor": {"/Ascent": 800, "/Descent": -200}, **{"/" + k: v for k, v in descendant.items()}}
    if widths is not None:
        child["/W"] = widths
    font = obj({"/Type": "/Font", "/Subtype": "/Type0", "/BaseFont": "/ABCDEF+Sans", "/DescendantFonts": [child]})
    font[NameObject("/Encoding")] = encoding if isinstance(encoding, DecodedStreamObject) else NameObject(encoding)
    return font


def test_identity_h_two_byte_codes_are_never_merged_as_utf16() -> None:
    font = cid_font("/Identity-H", [3, [250, 600], 0xD800, 0xD801, 700])
    font[NameObject("/ToUnicode")] = stream(b"1 beginbfrange <0003> <0004> <0041> endbfrange "
                                            b"2 beginbfchar <D800> <0058> <D801> <0059> endbfchar")
    glyphs = load_font(font).decode(b"\x00\x03\xd8\x00\xd8\x01\x00\x04\x00\x09")
    assert [g.text for g in glyphs] == ["A", "X", "Y", "B", None]
    assert [g.width for g in glyphs] == pytest.approx([0.25, 0.7, 0.7, 0.6, 1.0])  # CID 9 has no width: /DW default 1000
    assert not any(g.word_space for g in glyphs)


def test_embedded_cmap_with_mixed_code_lengths() -> None:
    cmap = stream(b"2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange "
                  b"1 begincidrange <20> <7E> 1 endcidrange 1 begincidchar <8001> 200 endcidchar")
    font = cid_font(cmap, [1, [300], 200, [900]], DW=500)
    model = load_font(font)
    glyphs = model.decode(b" \x80\x01!")
    assert [g.code for g in glyphs] == [b" ", b"\x80\x01", b"!"]
    assert [g.width for g in glyphs] == pytest.approx([0.3, 0.9, 0.5])
    assert glyphs[0].word_space


def test_predefined_non_identity_cmap_is_refused() -> None:
    with pytest.raises(UnsupportedFontError, match="90ms-RKSJ-H"):
        load_font(cid_font("/90ms-RKSJ-H"))


def test_type3_widths_follow_the_font_matrix() -> None:
    font = obj({"/Subtype": "/Type3", "/FontMatrix": [0.01, 0, 0, 0.01, 0, 0], "/FontBBox": [0, -20, 80, 90],
                "/FirstChar": 97, "/Widths": [50, 75], "/Encoding": {"/Differences": [97, "/a", "/b"]},
                "/CharProcs": {"/a": 0, "/b": 0}})
    model = load_font(font)
    glyphs = model.decode(b"ab")
    assert [g.text for g in glyphs] == ["a", "b"]
    assert [g.width for g in glyphs] == [pytest.approx(0.5), pytest.approx(0.75)]
    assert (model.ascent, model.descent) == (pytest.approx(0.9), pytest.approx(-0.2))


def test_vertical_font_advances() -> None:
    font = cid_font("/Identity-V", [1, [1000]], W2=[5, [-800, 500, 880]])
    model = load_font(font)
    assert model.vertical
    glyphs = model.decode(b"\x00\x01\x00\x05")
    assert [g.vertical_advance for g in glyphs] == [pytest.approx(-1.0), pytest.approx(-0.8)]


def test_font_without_widths_is_marked_approximate() -> None:
    model = load_font(obj({"/Subtype": "/TrueType", "/BaseFont": "/SomeUnknownFont"}))
    assert not model.widths_exact


def test_not_a_font() -> None:
    with pytest.raises(UnsupportedFontError):
        load_font(NumberObject(3))


@pytest.mark.parametrize(("name", "text"), [("/A", "A"), ("uni00410042", "AB"), ("T_h", "Th"), ("zero.osf", "0"),
                                            ("cid00042", None)])
def test_glyph_name_rules(name: str, text: str | None) -> None:
    assert unicode_of_glyph_name(name) == text
