from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject, NumberObject

from redaction.pdf import _pypdf_private as private
from redaction.pdf.errors import LimitExceededError, UnsupportedImageError
from redaction.pdf.geometry import Quad
from redaction.pdf.images import (
    blank_image,
    blank_samples,
    color_components,
    image_regions,
    strip_jpeg_metadata,
)
from redaction.pdf.limits import Limits


def image(data: bytes, width: int, height: int, **entries: object) -> DecodedStreamObject:
    """An image XObject; with a ``Filter`` the data is taken as already encoded (as parsed streams are)."""
    stream: DecodedStreamObject
    if "Filter" in entries:
        stream = private.encoded_stream(data)  # type: ignore[assignment]
    else:
        stream = DecodedStreamObject()
        stream.set_data(data)
    defaults = {"/Type": NameObject("/XObject"), "/Subtype": NameObject("/Image"), "/Width": NumberObject(width),
                "/Height": NumberObject(height), "/ColorSpace": NameObject("/DeviceGray"),
                "/BitsPerComponent": NumberObject(8)}
    defaults.update({"/" + k: v for k, v in entries.items()})  # type: ignore[misc]
    for key, value in defaults.items():
        stream[NameObject(key)] = value
    return stream


def test_regions_map_page_boxes_to_pixels_top_left_origin() -> None:
    matrix = (100.0, 0.0, 0.0, 50.0, 10.0, 20.0)  # a 100 x 50 pt image at (10, 20)
    box = Quad.from_rect(10, 45, 60, 70)  # left half, top half
    assert image_regions(matrix, [box], 200, 100) == [(0, 0, 100, 50)]
    assert image_regions(matrix, [Quad.from_rect(500, 500, 600, 600)], 200, 100) == []


def test_regions_of_a_rotated_image_cover_the_box() -> None:
    matrix = (0.0, 100.0, -100.0, 0.0, 100.0, 0.0)  # rotated 90 degrees
    assert image_regions(matrix, [Quad.from_rect(0, 0, 100, 50)], 10, 10) == [(0, 0, 5, 10)]


@pytest.mark.parametrize("bits", [1, 2, 4, 8, 16])
def test_blank_samples_clears_exactly_the_rectangle(bits: int) -> None:
    width, height, components = 13, 3, 3
    row = (width * components * bits + 7) // 8
    data = b"\xff" * row * height
    out = blank_samples(data, width=width, height=height, components=components, bits=bits, rects=[(2, 1, 7, 2)])
    for y in range(height):
        line = int.from_bytes(out[y * row : (y + 1) * row], "big")
        for x in range(width):
            for c in range(components):
                bit_start = (x * components + c) * bits
                value = (line >> (row * 8 - bit_start - bits)) & ((1 << bits) - 1)
                expected = 0 if (y == 1 and 2 <= x < 7) else (1 << bits) - 1
                assert value == expected, (x, y, c)


def test_blank_image_keeps_colour_space_decode_and_other_pixels() -> None:
    pixels = bytes(range(16)) * 4  # 16 x 4 grey
    original = image(zlib.compress(pixels), 16, 4, Filter=NameObject("/FlateDecode"),
                     Decode=ArrayObject([NumberObject(1), NumberObject(0)]))
    blanked = blank_image(original, [(4, 0, 8, 2)], Limits())
    data = blanked.get_data()
    assert blanked["/Decode"] == [1, 0] and blanked["/ColorSpace"] == "/DeviceGray"
    assert data[4:8] == bytes(4) and data[16 + 4 : 16 + 8] == bytes(4)
    assert data[:4] == pixels[:4] and data[32:] == pixels[32:]


def test_soft_mask_is_blanked_at_its_own_resolution() -> None:
    mask = image(b"\xff" * 8 * 2, 8, 2)
    original = image(b"\x80" * 16 * 4, 16, 4, SMask=mask)
    blanked = blank_image(original, [(0, 0, 8, 4)], Limits())
    mask_data = blanked["/SMask"].get_object().get_data()
    assert mask_data == (b"\x00" * 4 + b"\xff" * 4) * 2


def test_jpeg_is_blanked_from_its_decoded_samples() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 16), (200, 100, 50)).save(buffer, format="JPEG", quality=95)
    original = image(buffer.getvalue(), 32, 16, ColorSpace=NameObject("/DeviceRGB"), Filter=NameObject("/DCTDecode"))
    blanked = blank_image(original, [(0, 0, 16, 16)], Limits())
    assert blanked["/Filter"] == "/FlateDecode"
    data = blanked.get_data()
    assert data[:3] == b"\x00\x00\x00" and abs(data[16 * 3] - 200) < 8


def test_ccitt_and_other_codecs_go_through_pypdf() -> None:
    picture = Image.new("1", (16, 8), 1)
    stream = image(b"", 16, 8, BitsPerComponent=NumberObject(1))
    stream.set_data(picture.tobytes())
    blanked = blank_image(stream, [(0, 0, 4, 8)], Limits())
    assert blanked["/BitsPerComponent"] == 1  # raw 1-bit samples stay raw


def test_images_we_cannot_blank_are_refused() -> None:
    with pytest.raises(UnsupportedImageError):
        blank_image(image(b"", 0, 4), [(0, 0, 1, 1)], Limits())
    with pytest.raises(LimitExceededError):
        blank_image(image(b"", 5000, 5000), [(0, 0, 1, 1)], Limits(max_image_pixels=1000))
    broken = image(b"not a jpeg", 4, 4, Filter=NameObject("/DCTDecode"))
    with pytest.raises(UnsupportedImageError):
        blank_image(broken, [(0, 0, 1, 1)], Limits())
    jbig2 = image(b"\x00\x01", 4, 4, Filter=NameObject("/JBIG2Decode"))
    with pytest.raises(UnsupportedImageError):
        blank_image(jbig2, [(0, 0, 1, 1)], Limits())


def test_jpeg_metadata_is_stripped_losslessly() -> None:
    buffer = io.BytesIO()
    picture = Image.new("RGB", (8, 8), (10, 20, 30))
    exif = Image.Exif()
    exif[0x013B] = "Margaret Thornbury"  # Artist
    picture.save(buffer, format="JPEG", exif=exif.tobytes(), comment=b"taken at 14 Wellington Crescent")
    jpeg = buffer.getvalue()
    assert b"Margaret" in jpeg and b"Wellington" in jpeg
    stripped = strip_jpeg_metadata(jpeg)
    assert stripped is not None and b"Margaret" not in stripped and b"Wellington" not in stripped
    assert Image.open(io.BytesIO(stripped)).tobytes() == Image.open(io.BytesIO(jpeg)).tobytes()
    assert strip_jpeg_metadata(stripped) is None and strip_jpeg_metadata(b"\x89PNG") is None


@pytest.mark.parametrize(("space", "count"), [
    (NameObject("/DeviceCMYK"), 4), (ArrayObject([NameObject("/Indexed"), NameObject("/DeviceRGB")]), 1),
    (ArrayObject([NameObject("/DeviceN"), ArrayObject([NameObject("/Cyan"), NameObject("/Spot")])]), 2),
    (ArrayObject([NameObject("/Separation"), NameObject("/Spot")]), 1), (NameObject("/Pattern"), None),
])
def test_colour_components(space: object, count: int | None) -> None:
    assert color_components(space) == count
