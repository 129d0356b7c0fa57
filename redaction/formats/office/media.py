"""Pictures inside a document: decoded, read by OCR, boxed over identifiers, re-encoded from pixels.

Every picture the rebuilt document keeps passes through here. Raster pictures (PNG, JPEG, GIF, BMP,
TIFF, WebP) are decoded with Pillow (orientation applied), OCR'd with tesseract when large enough
to hold text, and written again from their pixels alone, so EXIF, XMP, GPS, ICC profile names,
comments and thumbnails are gone. The OCR text joins the document's one redaction call; identifier
words get opaque boxes, as in PDF images. Pictures that cannot be decoded to pixels (EMF, WMF, SVG,
anything else) cannot be checked: a plain grey placeholder of the same shape takes their place.
If OCR is unavailable, or unsure about a picture that looks like it holds text, the document is
refused with the reason (fail closed). Small on purpose: the image redactor
(``redaction/formats/image/``) is the place to share this with later.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageOps

from redaction.formats.errors import LimitExceededError, UnsupportedFormatError
from redaction.formats.office.limits import OfficeLimits
from redaction.formats.office.textmodel import Edit, Unit
from redaction.pdf.errors import PdfRedactionError
from redaction.pdf.ocr import UNSURE_CONFIDENCE, OcrEngine, OcrWord

__all__ = ["Picture", "encode_picture", "length_inches", "load_picture", "ocr_scale", "placeholder_png", "read_picture_text"]

RASTER_FORMATS = ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP")
MIN_OCR_PIXELS = (24, 8)  # as the PDF redactor: smaller than this holds no legible word
OCR_LONG_SIDE = 1600  # without a drawn size, small pictures are upscaled towards this before OCR
TARGET_DPI = 300  # with one, towards this density on the page (as the PDF redactor does)
MAX_UPSCALE = 3.0
UNSURE_MIN_WORDS = 3
UNSURE_SHARE = 0.3
PAD = 2


@dataclass
class Picture:
    """One picture of the document: its pixels (``None`` when undecodable) and what OCR read."""

    name: str
    image: Image.Image | None
    jpeg: bool = False
    words: list[OcrWord] = field(default_factory=list)
    owners: list[int | None] = field(default_factory=list)  # per character of the OCR text: its word
    unit: Unit | None = None
    boxes: int = 0
    inches: float = 0.0  # the longest side as drawn in the document (0 when unknown)
    scale: float = 1.0  # the upscaling OCR used


_UNITS = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4, "pt": 1 / 72, "pc": 1 / 6, "px": 1 / 96}


def length_inches(value: str | None) -> float:
    """A CSS/ODF length ("4in", "10.16cm", "72pt") in inches; 0 when it cannot be read."""
    match = re.fullmatch(r"\s*([0-9]*\.?[0-9]+)\s*(in|cm|mm|pt|pc|px)\s*", value or "")
    return float(match.group(1)) * _UNITS[match.group(2)] if match else 0.0


def ocr_scale(size: tuple[int, int], inches: float) -> float:
    """How much to upscale a picture before OCR: to 300 dpi as drawn, else towards 1600 pixels."""
    wanted = TARGET_DPI * inches / max(size) if inches > 0 else OCR_LONG_SIDE / max(size)
    return max(1.0, min(MAX_UPSCALE, wanted))


def load_picture(data: bytes, *, name: str, limits: OfficeLimits) -> Picture:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data), formats=RASTER_FORMATS)
            width, height = probe.size
            if width * height > limits.max_image_pixels:
                raise LimitExceededError(f"a picture in the document has {width}x{height} pixels "
                                         f"(limit {limits.max_image_pixels})")
            jpeg = probe.format == "JPEG"
            probe.seek(0)
            image = ImageOps.exif_transpose(probe)
            image.load()
    except LimitExceededError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise LimitExceededError("a picture in the document is too large to decode safely") from error
    except (OSError, ValueError, SyntaxError, EOFError, Image.UnidentifiedImageError):
        return Picture(name, None)  # vector or unknown: replaced by a placeholder
    return Picture(name, _pixels_only(image), jpeg=jpeg)


def _pixels_only(image: Image.Image) -> Image.Image:
    """A new image from the pixels alone: no info dictionary, no profile, no palette tricks."""
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "A" in image.getbands() or image.info.get("transparency") is not None else "RGB")
    return Image.frombytes(image.mode, image.size, image.tobytes())


def read_picture_text(picture: Picture, engine: OcrEngine, *, where: str) -> None:
    """OCR ``picture`` into its own unit of virtual text; refuses when OCR is missing or unsure."""
    image = picture.image
    if image is None or image.size[0] < MIN_OCR_PIXELS[0] or image.size[1] < MIN_OCR_PIXELS[1]:
        return
    if not engine.available():
        raise UnsupportedFormatError(f"{where} is a picture that may hold text, and OCR (tesseract) is not "
                                     "available to check it")
    scale = picture.scale = ocr_scale(image.size, picture.inches)
    flat = image.convert("RGB") if image.mode in ("RGBA", "LA") else image
    try:
        scaled = getattr(engine, "words_at", None)
        words = scaled(flat, scale=scale) if scaled is not None else engine.words(flat)
    except PdfRedactionError as error:
        raise UnsupportedFormatError(f"{where}: {error}") from error
    wordlike = [w for w in words if sum(c.isalnum() for c in w.text) >= 3]
    unsure = [w for w in wordlike if w.confidence < UNSURE_CONFIDENCE]
    if len(unsure) >= UNSURE_MIN_WORDS and len(unsure) >= UNSURE_SHARE * len(wordlike):
        raise UnsupportedFormatError(
            f"{where}: OCR could not read a picture reliably ({len(unsure)} of {len(wordlike)} words below "
            f"confidence {UNSURE_CONFIDENCE:g}); replace the picture with a clearer one or remove it")
    unit = Unit(f"{where} (text read from the picture)", "image")
    previous = None
    for index, word in enumerate(words):
        if unit.pieces:
            unit.add(None, "\n" if word.line != previous else " ")
            picture.owners.append(None)
        unit.add(None, word.text)
        picture.owners.extend([index] * len(word.text))
        previous = word.line
    picture.words = words
    picture.unit = unit


def encode_picture(picture: Picture, edits: list[Edit]) -> tuple[bytes, str]:
    """The picture's new bytes and extension: boxes over the words ``edits`` touch, pixels only."""
    if picture.image is None:
        return placeholder_png(), "png"
    image = picture.image.copy()
    draw = ImageDraw.Draw(image)
    bands = image.getbands()
    fill: int | tuple[int, ...] = 0 if len(bands) == 1 else tuple(255 if band == "A" else 0 for band in bands)
    for edit in edits:
        indices = {picture.owners[i] for i in range(edit.start, min(edit.end, len(picture.owners)))}
        for index in sorted(i for i in indices if i is not None):
            word = picture.words[index]
            pad = PAD + word.height // 8
            draw.rectangle((word.left - pad, word.top - pad, word.left + word.width + pad,
                            word.top + word.height + pad), fill=fill)
            picture.boxes += 1
    buffer = io.BytesIO()
    if picture.jpeg and image.mode in ("RGB", "L"):
        image.save(buffer, format="JPEG", quality=90)
        return buffer.getvalue(), "jpeg"
    image.save(buffer, format="PNG")
    return buffer.getvalue(), "png"


def placeholder_png() -> bytes:
    """A small plain grey picture: stands in for one that could not be checked."""
    buffer = io.BytesIO()
    Image.new("L", (64, 64), 200).save(buffer, format="PNG")
    return buffer.getvalue()
