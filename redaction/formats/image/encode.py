"""Writing the output from pixels alone.

Every frame is copied into a fresh image made from its pixel array (``Image.frombytes``), so no
``info`` dictionary, EXIF block, XMP packet, IPTC record, ICC profile, comment, text chunk or
embedded thumbnail of the input can ride along, and the writer is given no metadata arguments.
JPEG stays JPEG (quality 90, 4:2:0), a TIFF stays a TIFF with every page (Deflate), everything else
becomes PNG (lossless: HEIC, WebP, GIF, BMP). On request the verified output is wrapped in a PDF
(:func:`as_pdf`): one page per frame, holding nothing but those pixels.
"""

from __future__ import annotations

import io

from PIL import Image

from redaction.formats.image.limits import ImageLimits

__all__ = ["CONTENT_TYPES", "PDF_DPI", "as_pdf", "encode"]

CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff"}
JPEG_QUALITY = 90
PDF_DPI = 200  # nominal: a page's size in the PDF is its pixels at this resolution


def _fresh(frame: Image.Image) -> Image.Image:
    mode = frame.mode if frame.mode in ("L", "RGB") else "RGB"
    pixels = frame if frame.mode == mode else frame.convert(mode)
    return Image.frombytes(mode, pixels.size, pixels.tobytes())


def encode(frames: list[Image.Image], output_format: str) -> bytes:
    """``frames`` written as ``output_format`` ("JPEG", "PNG" or "TIFF"; JPEG and PNG take one frame)."""
    fresh = [_fresh(frame) for frame in frames]
    buffer = io.BytesIO()
    if output_format == "JPEG":
        fresh[0].save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    elif output_format == "PNG":
        fresh[0].save(buffer, format="PNG", compress_level=6)
    elif output_format == "TIFF":
        fresh[0].save(buffer, format="TIFF", compression="tiff_adobe_deflate", save_all=True, append_images=fresh[1:])
    else:
        raise ValueError(f"no writer for {output_format}")
    return buffer.getvalue()


def as_pdf(verified: bytes, limits: ImageLimits) -> bytes:
    """The verified image's frames, decoded from its bytes (so the PDF holds exactly what was
    verified), one per page of a new PDF."""
    from redaction.formats.image.decode import decode

    frames = [_fresh(frame) for frame in decode(verified, limits).frames]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="PDF", save_all=True, append_images=frames[1:], resolution=PDF_DPI)
    return buffer.getvalue()
