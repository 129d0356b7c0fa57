"""Measuring a page image: where its ink is, which marks are letters, how tall they are, how the lines slope.

Letters are the connected components of a locally thresholded copy that are letter-shaped (neither
specks nor rules, page edges or blotches); their median height says how far to scale the image for
tesseract, and the projection profile of their rows says how far the lines slope.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

__all__ = ["ANALYSIS_SIDE", "Gray", "estimate_letter_height", "ink_mask", "letters", "scaled_copy", "skew_angle"]

Gray = NDArray[Any]  # 8-bit, one channel (OpenCV's stubs type every array loosely)

ANALYSIS_SIDE = 1200  # long side of the copy the page and the skew are found on
MEASURE_SIDE = 2400  # long side of the copy letters are measured on
MAX_SKEW_DEGREES = 8.0


def scaled_copy(gray: Gray) -> tuple[Gray, float]:
    factor = min(1.0, ANALYSIS_SIDE / max(gray.shape))
    if factor >= 1.0:
        return gray, 1.0
    small = cv2.resize(gray, (max(1, round(gray.shape[1] * factor)), max(1, round(gray.shape[0] * factor))),
                       interpolation=cv2.INTER_AREA)
    return small, factor


def ink_mask(gray: Gray) -> Gray:
    """Text as white on black (for measuring), from a locally thresholded copy."""
    block = max(15, (min(gray.shape) // 40) | 1)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)


def _letter_components(ink: Gray) -> tuple[Any, Any, Any]:
    """(labels, which labels are letter-sized, every label's height)."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[:, cv2.CC_STAT_HEIGHT]
    widths = stats[:, cv2.CC_STAT_WIDTH]
    areas = stats[:, cv2.CC_STAT_AREA]
    boxes = heights * widths
    keep = ((heights >= 6) & (heights <= ink.shape[0] * 0.08) & (widths <= 3 * heights) & (widths >= 2)
            & (areas >= 0.1 * boxes) & (areas <= 0.9 * boxes))
    keep[0] = False
    return labels, keep, heights


def letters(ink: Gray) -> tuple[Gray, NDArray[np.int32]]:
    """Only the letter-sized components of an ink mask (noise, rules and page edges dropped), and their
    heights."""
    labels, keep, heights = _letter_components(ink)
    return np.where(keep[labels], 255, 0).astype(np.uint8), heights[keep]


def skew_angle(gray: Gray) -> float:
    """The text lines' angle in degrees (projection profile of the letters: rows are sharpest when
    level), as the counter-clockwise turn that levels them."""
    small, _ = scaled_copy(gray)
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
    """The median height of letter-sized connected components, or ``None`` without enough of them
    (measured on a copy at most :data:`MEASURE_SIDE` pixels long when the image is larger)."""
    factor = min(1.0, MEASURE_SIDE / max(gray.shape))
    if factor < 1.0:
        gray = cv2.resize(gray, (round(gray.shape[1] * factor), round(gray.shape[0] * factor)), interpolation=cv2.INTER_AREA)
    _, keep, heights = _letter_components(ink_mask(gray))
    found = heights[keep]
    return float(np.median(found)) / factor if found.size >= 20 else None
