"""Images: pixels under a box blanked (with their soft masks), JPEG metadata stripped.

Blanking works on the image's raw samples whenever the filters allow it (Flate, LZW, RunLength,
ASCII85/Hex, none): the samples are decoded, the covered rectangle set to zero, and the image
written back with Flate and the *same* colour space, bit depth and ``/Decode``, so every pixel
outside the box stays exactly as it was. JPEGs are decoded with Pillow to their raw samples
(Adobe CMYK inversion undone) and written the same way. CCITT, JBIG2 and JPX go through pypdf's
decoders and are written as plain 8-bit images.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from PIL import Image
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)

from redaction.pdf import _pypdf_private as private
from redaction.pdf.errors import LimitExceededError, UnsupportedImageError
from redaction.pdf.geometry import Matrix, Quad, invert, transform
from redaction.pdf.limits import Limits
from redaction.pdf.pdfobjects import flate_stream
from redaction.pdf.resources import decode_stream

__all__ = ["PixelRect", "blank_image", "color_components", "image_regions", "strip_jpeg_metadata"]

PixelRect = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels, top-left origin, exclusive ends

_CODEC_FILTERS = {"/DCTDecode", "/DCT", "/JPXDecode", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode"}
_DROPPED_KEYS = {"/Filter", "/DecodeParms", "/Length", "/Metadata", "/Alternates", "/OPI", "/StructParent",
                 "/Name", "/ID", "/PieceInfo", "/LastModified", "/SMaskInData"}
_KEPT_JPEG_APPS = {0xE0, 0xEE}  # JFIF, Adobe (colour transform): everything else is metadata


def image_regions(matrix: Matrix, boxes: Sequence[Quad], width: int, height: int) -> list[PixelRect]:
    """Pixel rectangles of an image (drawn with ``matrix``) covered by ``boxes``."""
    inverse = invert(matrix)
    if inverse is None or width <= 0 or height <= 0:
        return []
    rects = []
    for box in boxes:
        corners = [transform(inverse, x, y) for x, y in box.points]
        us = [u for u, _ in corners]
        vs = [v for _, v in corners]
        if max(us) < 0 or min(us) > 1 or max(vs) < 0 or min(vs) > 1:
            continue
        x0 = max(0, math.floor(min(us) * width))
        x1 = min(width, math.ceil(max(us) * width))
        y0 = max(0, math.floor((1 - max(vs)) * height))
        y1 = min(height, math.ceil((1 - min(vs)) * height))
        if x1 > x0 and y1 > y0:
            rects.append((x0, y0, x1, y1))
    return rects


def _filters(stream: DictionaryObject) -> list[str]:
    value = stream.get("/Filter")
    value = value.get_object() if value is not None else None
    if isinstance(value, ArrayObject):
        return [str(item.get_object()) for item in value]
    return [str(value)] if value is not None else []


def color_components(space: Any) -> int | None:
    space = space.get_object() if space is not None and hasattr(space, "get_object") else space
    if isinstance(space, str):
        return {"/DeviceGray": 1, "/CalGray": 1, "/G": 1, "/DeviceRGB": 3, "/CalRGB": 3, "/RGB": 3,
                "/Lab": 3, "/DeviceCMYK": 4, "/CMYK": 4, "/Indexed": 1, "/I": 1}.get(space)
    if isinstance(space, (list, ArrayObject)) and space:
        family = space[0].get_object() if hasattr(space[0], "get_object") else space[0]
        if family in ("/Indexed", "/I", "/Separation"):
            return 1
        if family == "/DeviceN" and len(space) > 1:
            names = space[1].get_object()
            return len(names) if isinstance(names, (list, ArrayObject)) else None
        if family == "/ICCBased" and len(space) > 1:
            profile = space[1].get_object()
            count = profile.get("/N") if isinstance(profile, DictionaryObject) else None
            return int(count) if isinstance(count, int) else None
        if family in ("/CalRGB", "/Lab"):
            return 3
        if family == "/CalGray":
            return 1
        return color_components(family)
    return None


def _clear_bits(row: bytearray, offset: int, start_bit: int, end_bit: int) -> None:
    """Zero bits ``[start_bit, end_bit)`` of the row beginning at byte ``offset``."""
    first_byte, last_byte = start_bit // 8, (end_bit - 1) // 8
    if first_byte == last_byte:
        mask = (0xFF >> (start_bit % 8)) & (0xFF << (7 - (end_bit - 1) % 8)) & 0xFF
        row[offset + first_byte] &= ~mask & 0xFF
        return
    row[offset + first_byte] &= ~(0xFF >> (start_bit % 8)) & 0xFF
    row[offset + first_byte + 1 : offset + last_byte] = bytes(last_byte - first_byte - 1)
    row[offset + last_byte] &= ~(0xFF << (7 - (end_bit - 1) % 8)) & 0xFF


def blank_samples(data: bytes, *, width: int, height: int, components: int, bits: int,
                  rects: Sequence[PixelRect]) -> bytes:
    row_bytes = (width * components * bits + 7) // 8
    samples = bytearray(data[: row_bytes * height].ljust(row_bytes * height, b"\x00"))
    pixel_bits = components * bits
    for x0, y0, x1, y1 in rects:
        for row in range(y0, y1):
            _clear_bits(samples, row * row_bytes, x0 * pixel_bits, x1 * pixel_bits)
    return bytes(samples)


def _new_image(original: StreamObject, data: bytes, **overrides: Any) -> StreamObject:
    entries = {key: value for key, value in original.items() if key not in _DROPPED_KEYS}
    entries.update({"/" + key: value for key, value in overrides.items()})
    return flate_stream(data, entries)


def _dimensions(stream: DictionaryObject, limits: Limits) -> tuple[int, int]:
    width, height = stream.get("/Width"), stream.get("/Height")
    if not isinstance(width, int) or not isinstance(height, int) or width <= 0 or height <= 0:
        raise UnsupportedImageError("an image under a box has no valid /Width and /Height")
    if width * height > limits.max_image_pixels:
        raise LimitExceededError(f"an image under a box has more than {limits.max_image_pixels} pixels")
    return width, height


def _raw_samples(stream: StreamObject, filters: list[str], limits: Limits) -> tuple[bytes, int, int]:
    """(samples, components, bits per component) in the image's own sample format."""
    bits = 1 if stream.get("/ImageMask") is True else stream.get("/BitsPerComponent", 8)
    components = 1 if stream.get("/ImageMask") is True else color_components(stream.get("/ColorSpace"))
    if components is None or bits not in (1, 2, 4, 8, 16):
        raise UnsupportedImageError("an image under a box has a colour space we cannot blank")
    last = filters[-1] if filters else None
    if last in ("/DCTDecode", "/DCT"):
        jpeg = decode_stream(stream, limits, "an image")  # the JPEG file (earlier filters undone)
        picture = Image.open(io.BytesIO(jpeg))
        picture.load()
        samples = picture.tobytes()
        if picture.mode == "CMYK" and "adobe" in picture.info:
            samples = bytes(255 - value for value in samples)
        if len(picture.getbands()) != components:
            raise UnsupportedImageError("a JPEG under a box does not match its colour space")
        return samples, components, 8
    return decode_stream(stream, limits, "an image"), components, int(bits)


def blank_image(stream: StreamObject, rects: Sequence[PixelRect], limits: Limits) -> StreamObject:
    """A new image stream with ``rects`` blanked (and its soft mask / stencil mask too)."""
    width, height = _dimensions(stream, limits)
    filters = _filters(stream)
    codec = next((f for f in filters if f in _CODEC_FILTERS), None)
    overrides: dict[str, Any] = {}
    if codec is None or codec in ("/DCTDecode", "/DCT"):
        try:
            samples, components, bits = _raw_samples(stream, filters, limits)
        except (OSError, ValueError, SyntaxError) as error:
            raise UnsupportedImageError(f"an image under a box cannot be decoded ({error})") from error
        data = blank_samples(samples, width=width, height=height, components=components, bits=bits, rects=rects)
        overrides["BitsPerComponent"] = NumberObject(bits)
    else:
        data, space = _via_pypdf(stream, width, height, rects)
        overrides.update(ColorSpace=NameObject(space), BitsPerComponent=NumberObject(8))
        if "/Decode" in stream:
            overrides["Decode"] = _default_decode(space)
    for mask_key in ("/SMask", "/Mask"):
        mask = stream.get(mask_key)
        mask = mask.get_object() if mask is not None else None
        if isinstance(mask, StreamObject):
            scaled = _scale_rects(rects, width, height, mask.get("/Width"), mask.get("/Height"))
            overrides[mask_key[1:]] = blank_image(mask, scaled, limits)
    return _new_image(stream, data, **overrides)


def _default_decode(space: str) -> ArrayObject:
    count = {"/DeviceGray": 1, "/DeviceRGB": 3, "/DeviceCMYK": 4}[space]
    return ArrayObject([NumberObject(value) for _ in range(count) for value in (0, 1)])


def _via_pypdf(stream: StreamObject, width: int, height: int, rects: Sequence[PixelRect]) -> tuple[bytes, str]:
    try:
        picture = private.decode_image_with_pypdf(stream)
    except Exception as error:  # pypdf raises many kinds here (missing jbig2dec, bad data)
        raise UnsupportedImageError(f"an image under a box cannot be decoded ({type(error).__name__})") from error
    mode = {"1": "L", "L": "L", "LA": "L", "P": "RGB", "RGB": "RGB", "RGBA": "RGB", "CMYK": "CMYK"}.get(picture.mode, "RGB")
    picture = picture.convert(mode)
    if picture.size != (width, height):
        picture = picture.resize((width, height))
    components = len(picture.getbands())
    data = blank_samples(picture.tobytes(), width=width, height=height, components=components, bits=8, rects=rects)
    return data, {"L": "/DeviceGray", "RGB": "/DeviceRGB", "CMYK": "/DeviceCMYK"}[mode]


def _scale_rects(rects: Sequence[PixelRect], width: int, height: int, mask_width: Any, mask_height: Any) -> list[PixelRect]:
    if not isinstance(mask_width, int) or not isinstance(mask_height, int) or mask_width <= 0 or mask_height <= 0:
        return list(rects)
    sx, sy = mask_width / width, mask_height / height
    return [
        (max(0, math.floor(x0 * sx)), max(0, math.floor(y0 * sy)),
         min(mask_width, math.ceil(x1 * sx)), min(mask_height, math.ceil(y1 * sy)))
        for x0, y0, x1, y1 in rects
    ]


def strip_jpeg_metadata(jpeg: bytes) -> bytes | None:
    """The JPEG without EXIF/XMP/IPTC/ICC/comment segments (lossless), or ``None`` if unchanged."""
    if jpeg[:2] != b"\xff\xd8":
        return None
    out = bytearray(b"\xff\xd8")
    pos = 2
    changed = False
    while pos + 4 <= len(jpeg):
        if jpeg[pos] != 0xFF:
            return None  # not a marker where one must be: leave the file alone
        marker = jpeg[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is entropy-coded data
            out += jpeg[pos:]
            return bytes(out) if changed else None
        if 0xD0 <= marker <= 0xD9 or marker == 0x01:
            out += jpeg[pos : pos + 2]
            pos += 2
            continue
        length = int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
        segment = jpeg[pos : pos + 2 + length]
        if (0xE0 <= marker <= 0xEF and marker not in _KEPT_JPEG_APPS) or marker == 0xFE:
            changed = True
        else:
            out += segment
        pos += 2 + length
    return None
