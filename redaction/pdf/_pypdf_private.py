"""The only module that touches pypdf's private internals.

pypdf is pinned (7.1.0) because these move between releases (``_cmap.build_char_map`` vanished in
7.x). Everything the redactor needs from them goes through the small functions here, and
``tests/redaction/pdf/test_pypdf_private.py`` pins their behaviour, so an upgrade that moves them
fails there, loudly, instead of silently mis-decoding glyphs.

What we borrow: the named simple-font encodings, the Adobe glyph list, the base-14 font metrics,
the built-in encoding of an embedded Type 1 or CFF font program, pypdf's image decoders for the
codecs we do not implement (CCITT, JBIG2, JPX), a stream built from already-encoded bytes
(pypdf has no public constructor for one), and pypdf's own font decoding as the verifier's second,
independent decoder of shown strings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pypdf._cmap import (
    _derive_character_map_from_cff_type1_font_file,
    _derive_character_map_from_type1_font_file,
    _glyph_name_to_unicode,
)
from pypdf._codecs import charset_encoding
from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
from pypdf.generic import EncodedStreamObject
from pypdf.generic._image_xobject import _xobj_to_image

__all__ = [
    "CoreMetrics",
    "add_object",
    "cff_builtin_encoding",
    "core_font_metrics",
    "decode_image_with_pypdf",
    "encoded_stream",
    "glyph_name_to_unicode",
    "named_encoding",
    "pypdf_font_decoder",
    "replace_encoded_data",
    "set_file_id",
    "type1_builtin_encoding",
]

_NAMED_ENCODINGS = ("/StandardEncoding", "/WinAnsiEncoding", "/MacRomanEncoding", "/PDFDocEncoding",
                    "/Symbol", "/ZapfDingbats")


@dataclass(frozen=True, slots=True)
class CoreMetrics:
    """AFM metrics of a standard-14 font: widths by Unicode character, in 1/1000 em."""

    widths: dict[str, float]
    default_width: float
    ascent: float
    descent: float


def named_encoding(name: str) -> list[str] | None:
    """The 256 characters of a named simple-font encoding (``/WinAnsiEncoding``...), or ``None``.

    ``/Symbol`` and ``/ZapfDingbats`` are the built-in encodings of those two fonts. Undefined codes
    hold control characters in pypdf's tables; callers treat them as unmapped.
    """
    if name not in _NAMED_ENCODINGS:
        return None
    return list(charset_encoding[name])


def glyph_name_to_unicode(name: str) -> str | None:
    """Adobe glyph list plus ``uniXXXX``/``uXXXX`` names (``name`` with or without the slash)."""
    return _glyph_name_to_unicode(name if name.startswith("/") else "/" + name)


def core_font_metrics(base_font: str) -> CoreMetrics | None:
    """Metrics of a standard-14 font (and pypdf's aliases such as ``Arial,Bold``)."""
    metrics = CORE_FONT_METRICS.get(base_font)
    if metrics is None:
        return None
    widths = dict(metrics.character_widths)
    default = float(widths.pop("default", 0) or 0)
    descriptor = metrics.font_descriptor
    return CoreMetrics(widths, default, float(descriptor.ascent), float(descriptor.descent))


def type1_builtin_encoding(font_program: bytes) -> dict[int, str]:
    """Code → Unicode from the ``/Encoding`` array in the clear part of a Type 1 font program."""
    mapping, _ = _derive_character_map_from_type1_font_file(font_program, {}, [])
    return {ord(code): text for code, text in mapping.items() if isinstance(code, str) and len(code) == 1}


def cff_builtin_encoding(font_program: bytes) -> dict[int, str]:
    """Code → Unicode from the built-in encoding of a CFF (``/FontFile3 /Type1C``) program (fontTools)."""
    mapping, _ = _derive_character_map_from_cff_type1_font_file(font_program, {}, [])
    return {ord(code): text for code, text in mapping.items() if isinstance(code, str) and len(code) == 1}


def decode_image_with_pypdf(image_stream: Any) -> Any:
    """A Pillow image of an image XObject, for filters we do not decode ourselves."""
    _extension, _data, image = _xobj_to_image(image_stream)
    return image


def encoded_stream(raw: bytes) -> EncodedStreamObject:
    """A stream whose data is ``raw`` exactly as it will be written (already encoded by its
    ``/Filter``, which the caller sets); ``get_data()`` decodes it as for a parsed stream."""
    stream = EncodedStreamObject()
    stream._data = raw
    return stream


def replace_encoded_data(stream: EncodedStreamObject, raw: bytes) -> None:
    """Replace a parsed stream's encoded bytes (same ``/Filter``), e.g. a JPEG losing metadata."""
    stream._data = raw
    if getattr(stream, "decoded_self", None) is not None:
        stream.decoded_self = None


def set_file_id(writer: Any, first: bytes, second: bytes) -> None:
    """Give the output a new file identifier (pypdf only generates one when encrypting)."""
    from pypdf.generic import ArrayObject, ByteStringObject

    writer._ID = ArrayObject([ByteStringObject(first), ByteStringObject(second)])


def add_object(writer: Any, obj: Any) -> Any:
    """Register ``obj`` as an indirect object of ``writer`` (shared, written once)."""
    return writer._add_object(obj)


def pypdf_font_decoder(font: Any) -> Callable[[bytes], str]:
    """Text of a shown string exactly as pypdf's ``extract_text`` decodes it (its ``Font`` model:
    named encoding or code table, then its character map): an independent second decoder."""
    from pypdf.generic._font import Font

    model = Font.from_font_resource(font)
    encoding, character_map = model.encoding, model.character_map

    def decode(data: bytes) -> str:
        if isinstance(encoding, str):
            try:
                text = data.decode(encoding, "surrogatepass")
            except UnicodeDecodeError:
                text = data.decode(encoding, "replace")
        else:
            text = "".join(encoding.get(byte, chr(byte)) for byte in data)
        return "".join(character_map.get(char, char) for char in text)

    return decode
