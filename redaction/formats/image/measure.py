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

__all__ = [
    "ANALYSIS_SIDE", "Gray", "estimate_letter_height", "ink_mask", "letters", "scaled_copy", "skew_angle", "text_lines",
]

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


def text_lines(prepared: Gray, *, letter_height: float = 30.0) -> list[tuple[int, int, int, int]]:
    """Rectangles (x, y, width, height) of lines of letter-like marks in a prepared image (letters
    scaled to about ``letter_height``): at least three components of similar heights side by side,
    one line high. Looked for at half size (15 pixels are plenty to see a line)."""
    half = cv2.resize(prepared, (max(1, prepared.shape[1] // 2), max(1, prepared.shape[0] // 2)),
                      interpolation=cv2.INTER_AREA)
    mask, heights = letters(ink_mask(half))
    if heights.size < 3:
        return []
    letter = float(np.median(heights))
    joined = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(letter)), max(1, int(letter * 0.2)))))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    _parts, _, part_stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    owner = labels[np.clip(centroids[1:, 1].astype(int), 0, mask.shape[0] - 1),
                   np.clip(centroids[1:, 0].astype(int), 0, mask.shape[1] - 1)]
    part_heights = part_stats[1:, cv2.CC_STAT_HEIGHT]
    found = []
    for label in range(1, count):
        members = part_heights[owner == label]
        x, y, width, height = (int(v) for v in stats[label, :4])
        typical = float(np.median(members)) if members.size else 0.0
        if members.size < 3 or width < 2 * height or height > 2.5 * typical:
            continue
        if not 0.1 * letter_height <= typical <= letter_height:  # half-size letters, not specks or blotches
            continue
        if float(np.std(members)) > 0.5 * float(np.mean(members)):
            continue  # letters of a line have similar heights; a texture's specks do not
        found.append((2 * x, 2 * y, 2 * width, 2 * height))
    return found
