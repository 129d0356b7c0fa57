"""Getting a photo or scan ready for tesseract, keeping the way back to the original pixels.

Phone photos of letters defeat plain OCR: the page is a tilted quadrilateral on a table, a shadow
darkens one side, the text is small or huge, the lines slope. Every step here either changes only
grey levels (flattening the light, stretching contrast, binarising) or is a projective map of the
plane; the maps are composed into one 3x3 matrix, the image is resampled once, and the matrix's
inverse takes every word box tesseract reports back onto the original image.

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
from typing import Any, Literal

import cv2
import numpy as np
from numpy.typing import NDArray

__all__ = [
    "FrameVariants", "Geometry", "Prepared", "estimate_letter_height", "find_page", "geometry", "ink_mask", "letters",
    "prepare", "to_original",
]

Gray = NDArray[Any]  # 8-bit, one channel (OpenCV's stubs type every array loosely)
Matrix = NDArray[Any]  # 3x3 float64
Binarise = Literal["none", "sauvola", "otsu"]

ANALYSIS_SIDE = 1200  # long side of the copy the page and the skew are found on
TARGET_LETTER_HEIGHT = 30.0  # median letter height tesseract reads best (about 11 pt at 300 dpi)
MIN_SCALE, MAX_SCALE = 0.5, 4.0
MAX_PREPARED_PIXELS = 40_000_000
MAX_SKEW_DEGREES = 8.0
MIN_PAGE_SHARE = 0.2  # a page quadrilateral covers at least this share of the photo


@dataclass(frozen=True)
class Geometry:
    """original -> prepared pixels (``matrix``) and the prepared image's size."""

    matrix: Matrix
    size: tuple[int, int]
    corners: tuple[tuple[float, float], ...] | None  # the page found and straightened (original pixels)
    skew: float  # degrees turned
    scale: float

    @property
    def page(self) -> bool:
        return self.corners is not None

    @cached_property
    def inverse(self) -> Matrix:
        return np.linalg.inv(self.matrix)


@dataclass(frozen=True)
class Prepared:
    name: str
    image: Gray
    geometry: Geometry


def to_original(geometry: Geometry, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Prepared-image points mapped back onto the original image."""
    inverse = geometry.inverse
    result = []
    for x, y in points:
        u, v, w = inverse @ np.array([x, y, 1.0])
        result.append((float(u / w), float(v / w)))
    return result


def _scaled_copy(gray: Gray) -> tuple[Gray, float]:
    factor = min(1.0, ANALYSIS_SIDE / max(gray.shape))
    if factor >= 1.0:
        return gray, 1.0
    small = cv2.resize(gray, (max(1, round(gray.shape[1] * factor)), max(1, round(gray.shape[0] * factor))),
                       interpolation=cv2.INTER_AREA)
    return small, factor


def _order(corners: NDArray[np.float64]) -> NDArray[np.float64]:
    """Top-left, top-right, bottom-right, bottom-left."""
    total = corners.sum(axis=1)
    difference = corners[:, 1] - corners[:, 0]
    return np.array([corners[np.argmin(total)], corners[np.argmin(difference)],
                     corners[np.argmax(total)], corners[np.argmax(difference)]], dtype=np.float64)


def find_page(gray: Gray) -> NDArray[np.float64] | None:
    """The page's four corners (original pixels, ordered) when the photo shows a page on a background;
    ``None`` for a scan (the page fills the frame) or when no clear quadrilateral stands out."""
    small, factor = _scaled_copy(gray)
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    height, width = small.shape
    candidates = []
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    edges = cv2.dilate(cv2.Canny(blurred, 30, 90), np.ones((3, 3), np.uint8), iterations=2)
    for mask in (bright, edges):
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
            hull = cv2.convexHull(contour)
            approx = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
            if len(approx) == 4 and cv2.contourArea(approx) >= MIN_PAGE_SHARE * width * height:
                candidates.append(approx.reshape(4, 2).astype(np.float64))
    for quad in sorted(candidates, key=lambda q: -cv2.contourArea(q.astype(np.float32))):
        xs, ys = quad[:, 0], quad[:, 1]
        margin = 0.01 * max(width, height)
        fills_frame = xs.min() <= margin and ys.min() <= margin and xs.max() >= width - 1 - margin and ys.max() >= height - 1 - margin
        if not fills_frame:
            return _order(quad / factor)
    return None


def _page_matrix(corners: NDArray[np.float64]) -> tuple[Matrix, tuple[int, int]]:
    top = np.linalg.norm(corners[1] - corners[0])
    bottom = np.linalg.norm(corners[2] - corners[3])
    left = np.linalg.norm(corners[3] - corners[0])
    right = np.linalg.norm(corners[2] - corners[1])
    width, height = max(top, bottom), max(left, right)
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return matrix.astype(np.float64), (round(width), round(height))


def ink_mask(gray: Gray) -> Gray:
    """Text as white on black (for measuring), from a locally thresholded copy."""
    block = max(15, (min(gray.shape) // 40) | 1)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)


def letters(ink: Gray) -> tuple[Gray, NDArray[np.int32]]:
    """Only the letter-sized components of an ink mask (noise, rules and page edges dropped), and their
    heights."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[:, cv2.CC_STAT_HEIGHT]
    widths = stats[:, cv2.CC_STAT_WIDTH]
    areas = stats[:, cv2.CC_STAT_AREA]
    boxes = heights * widths
    keep = ((heights >= 6) & (heights <= ink.shape[0] * 0.08) & (widths <= 3 * heights) & (widths >= 2)
            & (areas >= 0.1 * boxes) & (areas <= 0.9 * boxes))
    keep[0] = False
    return (keep[labels] * 255).astype(np.uint8), heights[keep]


def _skew(gray: Gray) -> float:
    """The text lines' angle in degrees (projection profile of the letters: rows are sharpest when
    level), as the counter-clockwise turn that levels them."""
    small, _ = _scaled_copy(gray)
    ink, heights = letters(ink_mask(small))
    if heights.size < 20:
        return 0.0
    height, width = ink.shape
    centre = (width / 2, height / 2)

    def sharpness(angle: float) -> float:
        rotation = cv2.getRotationMatrix2D(centre, angle, 1.0)
        turned = cv2.warpAffine(ink, rotation, (width, height), flags=cv2.INTER_NEAREST)
        rows = turned.sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    coarse = max(np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 0.01, 0.5), key=sharpness)
    fine = max(np.arange(coarse - 0.5, coarse + 0.51, 0.1), key=sharpness)
    return float(fine) if abs(fine) > 0.05 else 0.0


def estimate_letter_height(gray: Gray) -> float | None:
    """The median height of letter-sized connected components, or ``None`` without enough of them."""
    _, heights = letters(ink_mask(gray))
    return float(np.median(heights)) if heights.size >= 20 else None


def geometry(gray: Gray, *, page: bool = True, fallback_scale: float = 1.0) -> Geometry:
    """The map from ``gray`` to the prepared image: the page straightened (when ``page`` and one is
    found), the text lines levelled, and the letters scaled to :data:`TARGET_LETTER_HEIGHT` (by
    ``fallback_scale`` when there are too few letters to measure)."""
    height, width = gray.shape
    corners = find_page(gray) if page else None
    if corners is not None:
        matrix, size = _page_matrix(corners)
        straightened = cv2.warpPerspective(gray, matrix, size, flags=cv2.INTER_LINEAR, borderValue=255)
    else:
        matrix, size, straightened = np.eye(3), (width, height), gray
    skew = _skew(straightened)
    rotation = np.vstack([cv2.getRotationMatrix2D((size[0] / 2, size[1] / 2), skew, 1.0), [0, 0, 1]])
    letters = estimate_letter_height(straightened)
    scale = fallback_scale if letters is None else TARGET_LETTER_HEIGHT / letters
    scale = float(np.clip(scale, MIN_SCALE, MAX_SCALE))
    if 0.8 <= scale <= 1.25:
        scale = 1.0  # close enough: no resampling for nothing
    combined = rotation @ matrix
    box = cv2.perspectiveTransform(np.array([[[0, 0], [size[0], 0], [size[0], size[1]], [0, size[1]]]], np.float64),
                                   rotation)[0]
    x0, y0 = box.min(axis=0)
    x1, y1 = box.max(axis=0)
    area = (x1 - x0) * (y1 - y0) * scale * scale
    if area > MAX_PREPARED_PIXELS:
        scale *= float(np.sqrt(MAX_PREPARED_PIXELS / area))
    shift = np.array([[scale, 0, -x0 * scale], [0, scale, -y0 * scale], [0, 0, 1]], dtype=np.float64)
    out = (max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale)))
    found = None if corners is None else tuple((float(x), float(y)) for x, y in corners)
    return Geometry(shift @ combined, out, found, skew, scale)


def _flatten(gray: Gray) -> Gray:
    """Uneven light removed: the image divided by its background (a closing wider than any letter,
    done on a quarter-size copy), then the contrast stretched so paper is white and ink dark."""
    small = cv2.resize(gray, (max(1, gray.shape[1] // 4), max(1, gray.shape[0] // 4)), interpolation=cv2.INTER_AREA)
    size = max(15, (min(small.shape) // 25) | 1)
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    background = cv2.medianBlur(background, 5)
    background = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    flat = cv2.divide(gray, np.maximum(background, 1), scale=255)
    low = float(np.percentile(flat, 0.5))
    if low >= 250:
        return flat
    stretched = (flat.astype(np.float32) - low) * (255.0 / (255.0 - low))
    return np.clip(stretched, 0, 255).astype(np.uint8)


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
    the page itself blanked, so what lies beside the page, an envelope, a note, is read too)."""

    def __init__(self, gray: Gray, *, fallback_scale: float = 1.0) -> None:
        self.gray = gray
        self.fallback_scale = fallback_scale
        self.shape = geometry(gray, page=True, fallback_scale=fallback_scale)

    @cached_property
    def _flat(self) -> Gray:
        return _flatten(_warp(self.gray, self.shape))

    def grey(self) -> Prepared:
        return Prepared("grey", self._flat, self.shape)

    def sauvola(self) -> Prepared:
        return Prepared("sauvola", _binarised(self._flat, "sauvola"), self.shape)

    def surroundings(self) -> Prepared | None:
        if self.shape.corners is None:
            return None
        whole = geometry(self.gray, page=False, fallback_scale=self.fallback_scale)
        flat = _flatten(_warp(self.gray, whole))
        page = cv2.perspectiveTransform(np.array([self.shape.corners], np.float64), whole.matrix)[0]
        cv2.fillConvexPoly(flat, np.round(page).astype(np.int32), 255)
        return Prepared("surroundings", flat, whole)
