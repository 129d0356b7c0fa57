"""The geometric steps from a photo to what tesseract reads, as one projective map and its inverse.

The page quadrilateral is straightened (perspective), the frame turned by quarter turns where its
text stands sideways, the lines levelled, the letters scaled to :data:`TARGET_LETTER_HEIGHT`; the
maps are composed into one 3x3 matrix (:class:`Geometry`), so the image is resampled once and
:func:`to_original` takes every point tesseract reports back onto the original image.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from redaction.formats.image.measure import Gray, estimate_letter_height, scaled_copy, skew_angle

__all__ = ["TARGET_LETTER_HEIGHT", "Geometry", "after_turn", "find_page", "geometry", "quarter_turn", "to_original"]

Matrix = NDArray[Any]  # 3x3 float64
TARGET_LETTER_HEIGHT = 30.0  # median letter height tesseract reads best (about 11 pt at 300 dpi)
MIN_SCALE, MAX_SCALE = 0.5, 4.0
MAX_PREPARED_PIXELS = 40_000_000
MIN_PAGE_SHARE = 0.2  # a page quadrilateral covers at least this share of the photo


@dataclass(frozen=True)
class Geometry:
    """original -> prepared pixels (``matrix``) and the prepared image's size."""

    matrix: Matrix
    size: tuple[int, int]
    corners: tuple[tuple[float, float], ...] | None  # the page found and straightened (original pixels)
    skew: float  # degrees turned
    scale: float
    turn: int = 0  # quarter turns clockwise applied first, in degrees (text upside down or sideways)

    @property
    def page(self) -> bool:
        return self.corners is not None

    @cached_property
    def inverse(self) -> Matrix:
        return np.linalg.inv(self.matrix)


def to_original(geometry: Geometry, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Prepared-image points mapped back onto the original image."""
    inverse = geometry.inverse
    result = []
    for x, y in points:
        u, v, w = inverse @ np.array([x, y, 1.0])
        result.append((float(u / w), float(v / w)))
    return result


def _order(corners: NDArray[np.float64]) -> NDArray[np.float64]:
    """Top-left, top-right, bottom-right, bottom-left."""
    total = corners.sum(axis=1)
    difference = corners[:, 1] - corners[:, 0]
    return np.array([corners[np.argmin(total)], corners[np.argmin(difference)],
                     corners[np.argmax(total)], corners[np.argmax(difference)]], dtype=np.float64)


def find_page(gray: Gray) -> NDArray[np.float64] | None:
    """The page's four corners (original pixels, ordered) when the photo shows a page on a background;
    ``None`` for a scan (the page fills the frame) or when no clear quadrilateral stands out."""
    small, factor = scaled_copy(gray)
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
    skew = skew_angle(straightened)
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


def quarter_turn(gray: Gray, clockwise: int) -> tuple[Gray, Matrix]:
    """``gray`` turned clockwise by 0, 90, 180 or 270 degrees, and the map from its pixels to the turned ones."""
    height, width = gray.shape[:2]
    turns = (clockwise // 90) % 4
    matrices = {0: [[1, 0, 0], [0, 1, 0]], 1: [[0, -1, height], [1, 0, 0]],
                2: [[-1, 0, width], [0, -1, height]], 3: [[0, 1, 0], [-1, 0, width]]}
    return np.ascontiguousarray(np.rot90(gray, -turns)), np.vstack([matrices[turns], [0, 0, 1]]).astype(np.float64)


def after_turn(shape: Geometry, turn: Matrix, clockwise: int) -> Geometry:
    """``shape`` (found on the image turned by ``turn``, ``clockwise`` degrees) as a map from the original."""
    corners = None
    if shape.corners is not None:
        back = cv2.perspectiveTransform(np.array([shape.corners], np.float64), np.linalg.inv(turn))[0]
        corners = tuple((float(x), float(y)) for x, y in back)
    return Geometry(shape.matrix @ turn, shape.size, corners, shape.skew, shape.scale, clockwise % 360)
