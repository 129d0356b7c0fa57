"""Pins the pypdf internals the redactor borrows (pypdf is pinned; an upgrade that moves them fails here)."""

from __future__ import annotations

import io

import pypdf
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject, NumberObject

from redaction.pdf import _pypdf_private as private


def test_pinned_version() -> None:
    assert pypdf.__version__ == "7.1.0"


def test_named_encodings() -> None:
    winansi = private.named_encoding("/WinAnsiEncoding")
    assert winansi is not None and len(winansi) == 256
    assert winansi[0x80] == "€" and winansi[0x41] == "A" and winansi[0xA3] == "£"
    standard = private.named_encoding("/StandardEncoding")
    assert standard is not None and standard[0x27] == "\u2019" and standard[0x60] == "\u2018"
    mac = private.named_encoding("/MacRomanEncoding")
    assert mac is not None and mac[0x80] == "Ä"
    symbol = private.named_encoding("/Symbol")
    assert symbol is not None and symbol[0x61] == "α"
    assert private.named_encoding("/NoSuchEncoding") is None


def test_glyph_names() -> None:
    assert private.glyph_name_to_unicode("/Lslash") == "Ł"
    assert private.glyph_name_to_unicode("zcaron") == "ž"
    assert private.glyph_name_to_unicode("/uni0141") == "Ł"
    assert private.glyph_name_to_unicode("/u1F600") == "\U0001f600"
    assert private.glyph_name_to_unicode("/g42") is None


def test_core_font_metrics() -> None:
    helvetica = private.core_font_metrics("Helvetica")
    assert helvetica is not None
    assert helvetica.widths["A"] == 667 and helvetica.widths[" "] == 278
    assert (helvetica.ascent, helvetica.descent) == (718, -207)
    assert private.core_font_metrics("Courier").widths["i"] == 600  # type: ignore[union-attr]
    assert private.core_font_metrics("Arial,Bold") is not None
    assert private.core_font_metrics("NotAFont") is None


def test_type1_builtin_encoding() -> None:
    program = b"%!PS-AdobeFont-1.0: Test\n/Encoding 256 array\ndup 65 /Lslash put\ndup 66 /B put\nreadonly def\neexec\n\x00\x01"
    assert private.type1_builtin_encoding(program) == {65: "Ł", 66: "B"}


def test_cff_builtin_encoding() -> None:
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    builder = FontBuilder(1000, isTTF=False)
    names = [".notdef", "minus", "Lslash"]
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({0x2212: "minus", 0x141: "Lslash"})
    pen = T2CharStringPen(500, None)
    pen.moveTo((0, 0))
    pen.lineTo((100, 0))
    pen.closePath()
    builder.setupCFF("Test", {"FullName": "Test"}, {name: pen.getCharString() for name in names}, {})
    table = builder.font["CFF "]
    encoding = [".notdef"] * 256
    encoding[45], encoding[65] = "minus", "Lslash"
    table.cff.topDictIndex[0].Encoding = encoding
    program = io.BytesIO()
    table.cff.compile(program, builder.font)
    assert private.cff_builtin_encoding(program.getvalue()) == {45: "\u2212", 65: "Ł"}
    assert private.cff_builtin_encoding(b"not a font") == {}


def test_encoded_stream_decodes_like_a_parsed_one() -> None:
    import zlib

    stream = private.encoded_stream(zlib.compress(b"hello"))
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    assert stream.get_data() == b"hello"
    private.replace_encoded_data(stream, zlib.compress(b"bye"))
    assert stream.get_data() == b"bye"


def test_decode_image_with_pypdf() -> None:
    image = DecodedStreamObject()
    for key, value in {"/Type": NameObject("/XObject"), "/Subtype": NameObject("/Image"), "/Width": NumberObject(2),
                       "/Height": NumberObject(1), "/ColorSpace": NameObject("/DeviceGray"),
                       "/BitsPerComponent": NumberObject(8)}.items():
        image[NameObject(key)] = value
    image.set_data(b"\x00\xff")
    picture = private.decode_image_with_pypdf(image)
    assert isinstance(picture, Image.Image) and picture.size == (2, 1) and picture.tobytes() == b"\x00\xff"


def test_writer_helpers() -> None:
    writer = PdfWriter()
    reference = private.add_object(writer, DecodedStreamObject())
    assert reference.get_object() is not None
    private.set_file_id(writer, b"a" * 16, b"b" * 16)
    buffer = io.BytesIO()
    writer.add_blank_page(10, 10)
    writer.write(buffer)
    assert b"/ID [ <61616161616161616161616161616161> <62626262626262626262626262626262> ]" in buffer.getvalue()
