"""Decoding: limits before pixels, every TIFF page, orientation, alpha, bit depth; clear errors."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from redaction.formats.errors import LimitExceededError, MalformedFileError, UnsupportedFormatError
from redaction.formats.image.decode import decode, metadata_kinds
from redaction.formats.image.encode import encode
from redaction.formats.image.limits import ImageLimits

LIMITS = ImageLimits()
TIFF_STRUCTURE = {256, 257, 258, 259, 262, 273, 277, 278, 279, 284}


def saved(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` (a decompression bomb's opening)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_a_bomb_is_refused_from_its_header() -> None:
    with pytest.raises(LimitExceededError, match="pixels"):
        decode(png_claiming(60_000, 60_000), LIMITS)
    with pytest.raises(LimitExceededError, match="at most 1,000"):
        decode(saved(Image.new("L", (100, 100)), "PNG"), ImageLimits(max_frame_pixels=1_000))


def test_size_frames_and_total_pixels_are_limited() -> None:
    with pytest.raises(LimitExceededError, match="bytes"):
        decode(b"\0" * 2000, ImageLimits(max_bytes=1000))
    pages = [Image.new("L", (100, 100), 255) for _ in range(4)]
    tiff = saved(pages[0], "TIFF", save_all=True, append_images=pages[1:])
    with pytest.raises(LimitExceededError, match="4 pages"):
        decode(tiff, ImageLimits(max_frames=3))
    with pytest.raises(LimitExceededError, match="together"):
        decode(tiff, ImageLimits(max_total_pixels=30_000))


def test_not_an_image_and_a_damaged_one_say_so() -> None:
    with pytest.raises(UnsupportedFormatError, match="not an image"):
        decode(b"%PDF-1.7 hello", LIMITS)
    jpeg = saved(Image.new("RGB", (200, 200), "white"), "JPEG")
    with pytest.raises(MalformedFileError):
        decode(jpeg[: len(jpeg) // 3], LIMITS)


def test_every_tiff_page_is_kept_and_written_back() -> None:
    pages = [Image.new("L", (60, 40), shade) for shade in (10, 120, 250)]
    decoded = decode(saved(pages[0], "TIFF", save_all=True, append_images=pages[1:]), LIMITS)
    assert decoded.format == "TIFF" and [f.getpixel((5, 5)) for f in decoded.frames] == [10, 120, 250]
    again = Image.open(io.BytesIO(encode(decoded.frames, "TIFF")))
    assert again.n_frames == 3  # type: ignore[attr-defined]


def test_orientation_is_applied() -> None:
    stored = Image.new("RGB", (40, 20), "white")
    ImageDraw.Draw(stored).rectangle((0, 0, 9, 19), fill="black")  # black at the stored left edge
    exif = Image.Exif()
    exif[0x0112] = 6  # display turned 90 degrees clockwise
    decoded = decode(saved(stored, "PNG", exif=exif.tobytes()), LIMITS)
    frame = decoded.frames[0]
    assert frame.size == (20, 40) and frame.getpixel((10, 2)) == (0, 0, 0) and frame.getpixel((10, 38)) != (0, 0, 0)


def test_pixels_under_transparency_are_flattened_away() -> None:
    image = Image.new("RGBA", (30, 30), (0, 0, 0, 0))  # black, fully transparent
    frame = decode(saved(image, "PNG"), LIMITS).frames[0]
    assert frame.mode == "RGB" and frame.getpixel((15, 15)) == (255, 255, 255)
    palette = Image.new("P", (30, 30), 0)
    palette.putpalette([0, 0, 0, 255, 255, 255])
    frame = decode(saved(palette, "PNG", transparency=0), LIMITS).frames[0]
    assert frame.getpixel((1, 1)) == (255, 255, 255)


def test_sixteen_bit_cmyk_and_bilevel_become_eight_bit() -> None:
    sixteen = Image.new("I;16", (20, 20), 65535)
    assert decode(saved(sixteen, "PNG"), LIMITS).frames[0].getpixel((3, 3)) == 255
    cmyk = Image.new("CMYK", (20, 20), (0, 0, 0, 255))
    assert decode(saved(cmyk, "JPEG"), LIMITS).frames[0].mode == "RGB"
    assert decode(saved(Image.new("1", (20, 20), 1), "TIFF"), LIMITS).frames[0].mode == "L"


def test_animation_keeps_its_first_frame_and_counts_the_rest() -> None:
    frames = [Image.new("L", (30, 30), shade).convert("P") for shade in (0, 128, 255)]
    decoded = decode(saved(frames[0], "GIF", save_all=True, append_images=frames[1:]), LIMITS)
    assert len(decoded.frames) == 1 and decoded.dropped_frames == 2


def test_metadata_is_found_and_never_written(torture: Path) -> None:
    for name, expected in (("exif_fields.jpg", {"exif", "gps"}), ("xmp_iptc.jpg", {"xmp", "iptc"}),
                           ("thumbnail.jpg", {"thumbnail"}), ("png_chunks.png", {"png_text", "exif"}),
                           ("icc_profile.jpg", {"icc_profile"}), ("jpeg_segments.jpg", {"app_segment"}),
                           ("multipage.tif", {"document_name", "description"}), ("rotated_exif.jpg", {"comment"})):
        decoded = decode((torture / name).read_bytes(), LIMITS)
        assert expected <= decoded.metadata, name
        for fmt in ("JPEG", "PNG", "TIFF"):
            written = Image.open(io.BytesIO(encode(decoded.frames, fmt)))
            assert metadata_kinds(written) == set(), (name, fmt)
            assert not written.info.get("icc_profile")
            if fmt == "TIFF":  # a TIFF's tags are its structure: only those
                assert set(written.tag_v2) <= TIFF_STRUCTURE  # type: ignore[attr-defined]
            else:
                assert not written.getexif()


def test_heic_is_read_with_pi_heif(torture: Path) -> None:
    pytest.importorskip("pi_heif")
    decoded = decode((torture / "photo.heic").read_bytes(), LIMITS)
    assert decoded.format == "HEIF" and decoded.frames[0].size[0] > 1000 and {"exif", "xmp"} <= decoded.metadata
