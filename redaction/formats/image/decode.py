"""Opening an image safely: every frame as upright 8-bit pixels, nothing else kept.

Limits are checked from the header, before any pixel is decoded (a 100 kB PNG can claim 50,000 x
50,000 pixels); Pillow's own decompression-bomb guard stays on behind ours and is turned into the
same clear error. What we keep of a frame is its pixels, orientation applied (EXIF Orientation),
transparency flattened onto white (pixels under a transparent alpha can hold text a viewer does not
show, and nobody reviews), colour through its ICC profile into sRGB where Pillow can, 16-bit and
float samples brought to 8 bits.

Which frames: every page of a multi-page TIFF; for an animation (GIF, WebP, APNG), a multi-picture
JPEG (MPO) and a HEIF collection, the first (primary) image only, the rest reported as dropped (they
are left out of the output, so nothing in them can leak). HEIC/HEIF is read with ``pi-heif``, the
decode-only build of pillow-heif (BSD-3) whose wheels bundle libheif and libde265 (both LGPL-3,
linked dynamically); pillow-heif itself bundles the x265 encoder (GPL-2), which we do not link.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

from PIL import ExifTags, Image, ImageCms, ImageOps, UnidentifiedImageError

from redaction.formats.errors import LimitExceededError, MalformedFileError, UnsupportedFormatError
from redaction.formats.image.limits import ImageLimits

__all__ = ["FORMATS", "Decoded", "decode", "metadata_kinds", "open_image"]

# Pillow format name -> what we write back: lossy stays JPEG, a TIFF stays a (multi-page) TIFF,
# everything else becomes PNG (lossless, so a second generation loses nothing more).
FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "TIFF": "TIFF", "WEBP": "PNG", "GIF": "PNG",
           "BMP": "PNG", "HEIF": "PNG"}
_ALL_FRAMES = {"TIFF"}
_TIFF_METADATA = {270: "description", 271: "make", 272: "model", 305: "software", 306: "date", 315: "artist",
                  33432: "copyright", 700: "xmp", 33723: "iptc", 34377: "photoshop", 34665: "exif",
                  34853: "gps", 34675: "icc_profile", 37510: "comment", 40091: "title", 40092: "comment",
                  40093: "author", 40094: "keywords", 40095: "subject", 269: "document_name", 285: "page_name",
                  316: "host_computer"}


@dataclass
class Decoded:
    format: str  # Pillow's name for what the file is
    frames: list[Image.Image]  # "RGB" or "L", upright
    dropped_frames: int = 0
    metadata: set[str] = field(default_factory=set)  # kinds found (never their values)


def open_image(data: bytes) -> Image.Image:
    """The image opened lazily (header only) by Pillow, for one of :data:`FORMATS`, or a clear error."""
    _register_heif()
    Image.init()  # every plugin registered, so MPO and the others are known by name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=[name for name in FORMATS if name in Image.OPEN])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise LimitExceededError(f"the image is too large to open safely ({error})") from error
    except UnidentifiedImageError as error:
        raise UnsupportedFormatError("not an image we can read (JPEG, PNG, TIFF, HEIC, WebP, GIF or BMP)") from error
    except (OSError, ValueError, SyntaxError) as error:
        raise MalformedFileError(f"the image cannot be read ({_short(error)})") from error


_HEIF_REGISTERED = False


def _register_heif() -> None:
    global _HEIF_REGISTERED
    if _HEIF_REGISTERED:
        return
    try:
        import pi_heif
    except ImportError:  # HEIC then falls through to "not an image we can read"
        return
    pi_heif.register_heif_opener()
    _HEIF_REGISTERED = True


def _short(error: BaseException) -> str:
    return " ".join(str(error).split())[:160] or type(error).__name__


def _frames(image: Image.Image, limits: ImageLimits) -> Iterator[Image.Image]:
    count = getattr(image, "n_frames", 1) if image.format in _ALL_FRAMES else 1
    if count > limits.max_frames:
        raise LimitExceededError(f"the image has {count} pages; at most {limits.max_frames} are redacted")
    total = 0
    for index in range(count):
        if index:
            image.seek(index)
        width, height = image.size
        if width <= 0 or height <= 0:
            raise MalformedFileError("an image frame has no pixels")
        if width * height > limits.max_frame_pixels:
            raise LimitExceededError(
                f"a page of the image is {width} x {height} pixels; at most {limits.max_frame_pixels:,} are redacted")
        total += width * height
        if total > limits.max_total_pixels:
            raise LimitExceededError(f"the image's pages hold more than {limits.max_total_pixels:,} pixels together")
        yield image


def metadata_kinds(image: Image.Image) -> set[str]:
    """Which kinds of metadata a frame carries (names only): what the re-encode leaves behind."""
    found: set[str] = set()
    info = image.info
    for key in info:
        lowered = str(key).lower()
        if lowered in ("exif", "icc_profile", "xmp", "comment", "photoshop", "iptc"):
            found.add(lowered)
        elif "xmp" in lowered:
            found.add("xmp")
        elif image.format == "PNG" and lowered not in ("dpi", "gamma", "srgb", "chromaticity", "transparency",
                                                        "aspect", "interlace", "bbox", "duration", "loop"):
            found.add("png_text")
    segments = getattr(image, "applist", None) or []
    found.update("iptc" if marker == "APP13" else "comment" if marker == "COM" else "app_segment"
                 for marker, _ in segments if marker not in ("APP0", "APP14", "APP1", "APP2"))
    tags = getattr(image, "tag_v2", None)
    if tags is not None:
        found.update(name for tag, name in _TIFF_METADATA.items() if tag in tags)
    exif = image.getexif() if tags is None else None  # a TIFF's own tags are its structure
    if exif:
        found.add("exif")
        if exif.get_ifd(0x8825):
            found.add("gps")
        if 0x0201 in exif.get_ifd(ExifTags.IFD.IFD1) or "thumbnail" in info:
            found.add("thumbnail")
    return found


def _upright(frame: Image.Image) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a damaged EXIF block warns; its orientation is then ignored
        try:
            turned = ImageOps.exif_transpose(frame)
        except (SyntaxError, ValueError, TypeError, KeyError, OSError):
            turned = None
    return turned if turned is not None else frame


def _to_srgb(frame: Image.Image, profile: bytes | None) -> Image.Image:
    if not profile or frame.mode not in ("RGB", "CMYK", "L"):
        return frame
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        output_mode = "L" if frame.mode == "L" else "RGB"
        target = ImageCms.createProfile("sRGB") if output_mode == "RGB" else None
        if target is None:
            return frame
        converted = ImageCms.profileToProfile(frame, source, target, outputMode=output_mode)
        return converted if converted is not None else frame
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return frame  # an unusable profile: the pixels as they are (only colours may be off)


def _eight_bit(frame: Image.Image) -> Image.Image:
    """The frame as "RGB" or "L", transparency composited onto white."""
    mode = frame.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        import numpy as np

        values = np.asarray(frame, dtype=np.float64)
        top = 65535.0 if mode.startswith("I;16") else max(1.0, float(values.max()))
        return Image.fromarray(np.clip(values * (255.0 / top), 0, 255).astype("uint8"), "L")
    transparent = "A" in frame.getbands() or "transparency" in frame.info
    if transparent:
        rgba = frame.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if mode in ("L", "RGB"):
        return frame
    if mode in ("1",):
        return frame.convert("L")
    return frame.convert("RGB")


def decode(data: bytes, limits: ImageLimits) -> Decoded:
    """Every frame we redact, upright, 8-bit, no metadata; or a clear error."""
    if len(data) > limits.max_bytes:
        raise LimitExceededError(f"the image is {len(data):,} bytes; at most {limits.max_bytes:,} are redacted")
    image = open_image(data)
    decoded = Decoded(format=str(image.format), frames=[])
    decoded.dropped_frames = max(0, getattr(image, "n_frames", 1) - 1) if image.format not in _ALL_FRAMES else 0
    try:
        for frame in _frames(image, limits):
            decoded.metadata |= metadata_kinds(frame)
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                frame.load()
            profile = frame.info.get("icc_profile")
            pixels = _eight_bit(_to_srgb(_upright(frame), profile if isinstance(profile, bytes) else None))
            decoded.frames.append(Image.frombytes(pixels.mode, pixels.size, pixels.tobytes()))
    except (LimitExceededError, MalformedFileError):
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise LimitExceededError(f"the image is too large to decode safely ({error})") from error
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError, TypeError, MemoryError) as error:
        raise MalformedFileError(f"the image cannot be decoded ({_short(error)})") from error
    finally:
        image.close()
    return decoded
