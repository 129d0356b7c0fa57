"""The report of an image redaction: JSON-able, and free of the identifiers themselves.

It says what the file was and became, which metadata went, how each frame was read (the variant
chosen, whether a page was found and straightened, the skew, the scale, the words and their mean
confidence), every box (frame, rectangle, type, source), how verification went, and counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from redaction.formats.image.decode import Decoded
from redaction.formats.image.reading import Box, Reading
from redaction.formats.image.reread import READER, Reread
from redaction.verify import Suspect
from redaction.formats.request import FormatRequest

__all__ = ["build_report"]


def _frame_reading(reading: Reading) -> dict[str, Any]:
    shape = reading.geometry
    return {"frame": reading.frame + 1, "variant": reading.variant, "page_found": shape.page,
            "skew_degrees": round(shape.skew, 2), "scale": round(shape.scale, 3), "words": len(reading.words),
            "mean_confidence": round(reading.mean_confidence, 1)}


def _box(box: Box, decoded: Decoded) -> dict[str, Any]:
    return {"frame": box.frame + 1, "box": list(box.bounds(decoded.frames[box.frame].size)), "type": box.type,
            "source": box.source}


def build_report(decoded: Decoded, output_format: str, *, request: FormatRequest, readings: Sequence[Reading],
                 best: Sequence[Reading], boxes: Sequence[Box], check: Reread, unresolved: Sequence[Box], rounds: int,
                 suspects: Sequence[Suspect], detectors: bool, not_found: Sequence[str]) -> dict[str, Any]:
    return {
        "input_format": decoded.format,
        "output_format": output_format,
        "frames": len(decoded.frames),
        "dropped_frames": decoded.dropped_frames,
        "metadata_removed": sorted(decoded.metadata),
        "ocr": [_frame_reading(reading) for reading in best],
        "variants_read": len(readings),
        "boxes": [_box(box, decoded) for box in boxes],
        "counts": dict(Counter(box.type for box in boxes)),
        "detectors": detectors,
        "areas": len(request.areas),
        "verification": {"reader": READER, "rounds": rounds,
                         "words": sum(len(reading.words) for reading in check.readings)},
        "second_reader": [_box(box, decoded) for box in unresolved],
        "suspects": len(suspects),
        "not_found": list(not_found),
    }
