"""Small bridges between the lexer's plain values and pypdf objects (inline images, streams)."""

from __future__ import annotations

from typing import Any

from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    StreamObject,
)

from redaction.pdf import _pypdf_private as private
from redaction.pdf.resources import lookup_resource

__all__ = ["flate_stream", "inline_image_stream", "to_pdf_object"]

_INLINE_KEYS = {
    "/W": "/Width", "/H": "/Height", "/BPC": "/BitsPerComponent", "/CS": "/ColorSpace", "/D": "/Decode",
    "/DP": "/DecodeParms", "/F": "/Filter", "/IM": "/ImageMask", "/I": "/Interpolate", "/L": "/Length",
}
_INLINE_VALUES = {
    "/G": "/DeviceGray", "/RGB": "/DeviceRGB", "/CMYK": "/DeviceCMYK", "/I": "/Indexed",
    "/AHx": "/ASCIIHexDecode", "/A85": "/ASCII85Decode", "/LZW": "/LZWDecode", "/Fl": "/FlateDecode",
    "/RL": "/RunLengthDecode", "/CCF": "/CCITTFaxDecode", "/DCT": "/DCTDecode",
}
_DEVICE_SPACES = {"/DeviceGray", "/DeviceRGB", "/DeviceCMYK", "/Indexed", "/Pattern"}


def to_pdf_object(value: Any) -> PdfObject:
    if isinstance(value, PdfObject):
        return value
    if isinstance(value, bool):
        return BooleanObject(value)
    if isinstance(value, int):
        return NumberObject(value)
    if isinstance(value, float):
        return FloatObject(value)
    if isinstance(value, str):
        return NameObject(value if value.startswith("/") else "/" + value)
    if isinstance(value, bytes):
        return ByteStringObject(value)
    if isinstance(value, list):
        return ArrayObject(to_pdf_object(item) for item in value)
    if isinstance(value, dict):
        return DictionaryObject({NameObject(str(k)): to_pdf_object(v) for k, v in value.items()})
    return NullObject()


def _expand(value: Any) -> Any:
    if isinstance(value, str):
        return _INLINE_VALUES.get(value, value)
    if isinstance(value, list):
        return [_expand(item) for item in value]
    return value


def inline_image_stream(settings: dict[str, Any], data: bytes, resources: Any) -> StreamObject:
    """An image XObject equivalent to an inline image (abbreviations expanded, named spaces resolved)."""
    stream: StreamObject
    if "/F" in settings or "/Filter" in settings:
        stream = private.encoded_stream(data)  # the encoded bytes as they stood in the content stream
    else:
        stream = DecodedStreamObject()
        stream.set_data(data)
    stream[NameObject("/Type")] = NameObject("/XObject")
    stream[NameObject("/Subtype")] = NameObject("/Image")
    for key, value in settings.items():
        full = _INLINE_KEYS.get(key, key)
        if full == "/Length":
            continue
        value = _expand(value)
        if full == "/ColorSpace" and isinstance(value, str) and value not in _DEVICE_SPACES:
            named = lookup_resource(resources, "/ColorSpace", value)
            if named is not None:
                stream[NameObject(full)] = named
                continue
        if full == "/ColorSpace" and isinstance(value, list) and value and value[0] == "/Indexed" and len(value) > 1:
            base = value[1]
            if isinstance(base, str) and base not in _DEVICE_SPACES:
                resolved = lookup_resource(resources, "/ColorSpace", base)
                if resolved is not None:
                    value = [value[0], resolved, *value[2:]]
        stream[NameObject(full)] = to_pdf_object(value)
    return stream


def flate_stream(data: bytes, entries: dict[str, PdfObject] | None = None) -> EncodedStreamObject:
    """A new stream holding ``data`` compressed with Flate, with extra dictionary ``entries``."""
    stream = DecodedStreamObject()
    for key, value in (entries or {}).items():
        stream[NameObject(key)] = value
    stream.set_data(data)
    return stream.flate_encode(6)
