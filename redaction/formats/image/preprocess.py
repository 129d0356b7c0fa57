"""Getting a photo or scan ready for tesseract, keeping the way back to the original pixels.

Phone photos of letters defeat plain OCR: the page is a tilted quadrilateral on a table, a shadow
darkens one side, the text is small or huge, the lines slope. The geometric steps are one projective
map (:mod:`redaction.formats.image.geometry`): the image is resampled once through it, then only its
grey levels change (flattening the light, stretching contrast, binarising), and the map's inverse
takes every word box tesseract reports back onto the original image.

    grey -> page quadrilateral (perspective) -> deskew (projection profile of the text lines)
         -> scale (median letter height to TARGET_LETTER_HEIGHT) -> one warp
         -> illumination flattened (divided by a closed background) -> contrast stretched
         -> variant: grey as it is / Sauvola-binarised / Otsu-binarised

:class:`FrameVariants` gives a frame's readings to try (the page, corrected, in grey and binarised,
and the photo around the page, so what lies beside it, an envelope, is read too); :func:`prepare`
builds one from any geometry (the verifier's own reading uses it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import cv2
import numpy as np

from redaction.formats.image.geometry import TARGET_LETTER_HEIGHT, Geometry, after_turn, geometry, quarter_turn
from redaction.formats.image.measure import Gray, text_lines

__all__ = ["FrameVariants", "Prepared", "prepare"]

Binarise = Literal["none", "sauvola", "otsu"]


@dataclass(frozen=True)
class Prepared:
    name: str
    image: Gray
    geometry: Geometry


def _flatten(gray: Gray) -> Gray:
    """Uneven light removed: the image divided by its background (a closing wider than any letter,
    done on an eighth-size copy: light changes slowly), then the contrast stretched so paper is white
    and ink dark."""
    small = cv2.resize(gray, (max(1, gray.shape[1] // 8), max(1, gray.shape[0] // 8)), interpolation=cv2.INTER_AREA)
    size = max(9, (min(small.shape) // 25) | 1)
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    background = cv2.medianBlur(background, 5)
    background = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    flat = cv2.divide(gray, np.maximum(background, 1), scale=255)
    low = float(np.percentile(flat[::4, ::4], 0.5))  # a sample is enough for the darkest ink
    if low >= 250:
        return flat
    table = np.clip((np.arange(256, dtype=np.float32) - low) * (255.0 / (255.0 - low)), 0, 255).astype(np.uint8)
    return cv2.LUT(flat, table)


def _sauvola(gray: Gray, window: int, k: float = 0.2, dynamic: float = 128.0) -> Gray:
    window |= 1
    values = gray.astype(np.float32)
    mean = cv2.boxFilter(values, -1, (window, window), borderType=cv2.BORDER_REFLECT)
    square = cv2.boxFilter(values * values, -1, (window, window), borderType=cv2.BORDER_REFLECT)
    deviation = np.sqrt(np.maximum(square - mean * mean, 0))
    threshold = mean * (1 + k * (deviation / dynamic - 1))
    return np.where(values > threshold, 255, 0).astype(np.uint8)


def _warp(gray: Gray, shape: Geometry) -> Gray:
    interpolation = cv2.INTER_CUBIC if shape.scale > 1 else cv2.INTER_LINEAR
    return cv2.warpPerspective(gray, shape.matrix, shape.size, flags=interpolation, borderValue=255)


def prepare(gray: Gray, shape: Geometry, *, binarise: Binarise = "none", name: str = "") -> Prepared:
    """``gray`` resampled once through ``shape``, its light flattened, optionally binarised."""
    flat = _flatten(_warp(gray, shape))
    return Prepared(name or binarise, _binarised(flat, binarise), shape)


def _binarised(flat: Gray, binarise: Binarise) -> Gray:
    if binarise == "sauvola":
        return _sauvola(flat, round(TARGET_LETTER_HEIGHT * 2.5))
    if binarise == "otsu":
        return cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]
    return flat


class FrameVariants:
    """The readings of one frame to try, built on demand and sharing their work: ``grey`` (the page
    straightened, levelled, scaled, light flattened), ``sauvola`` (the same, binarised: for a frame the
    grey reading is unsure of), and ``surroundings`` (when a page was found: the whole photo levelled,
    the page itself blanked, so what lies beside the page, an envelope, a note, is read too; none when
    nothing beside the page looks like letters).
    ``clockwise`` turns the frame first by quarter turns (a scan upside down, a photo sideways with no
    EXIF orientation); every geometry still maps from the frame as given."""

    def __init__(self, gray: Gray, *, fallback_scale: float = 1.0, clockwise: int = 0) -> None:
        self.original = gray
        self.gray, self._turn = quarter_turn(gray, clockwise)
        self.clockwise = clockwise
        self.fallback_scale = fallback_scale
        self.shape = after_turn(geometry(self.gray, page=True, fallback_scale=fallback_scale), self._turn, clockwise)

    @cached_property
    def _flat(self) -> Gray:
        return _flatten(_warp(self.original, self.shape))

    def grey(self, name: str = "grey") -> Prepared:
        return Prepared(name, self._flat, self.shape)

    def sauvola(self) -> Prepared:
        return Prepared("sauvola", _binarised(self._flat, "sauvola"), self.shape)

    def surroundings(self) -> Prepared | None:
        if self.shape.corners is None:
            return None
        whole = after_turn(geometry(self.gray, page=False, fallback_scale=self.fallback_scale), self._turn, self.clockwise)
        flat = _flatten(_warp(self.original, whole))
        page = cv2.perspectiveTransform(np.array([self.shape.corners], np.float64), whole.matrix)[0]
        cv2.fillConvexPoly(flat, np.round(page).astype(np.int32), 255)
        if not text_lines(flat, letter_height=TARGET_LETTER_HEIGHT):
            return None  # nothing like a line of writing beside the page: no OCR run for a table top
        return Prepared("surroundings", flat, whole)
