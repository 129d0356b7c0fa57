"""The review screen's side by side: a text item's original and its redacted rendering, cut into the
same pieces, every removed span marked with its type.

The item's report holds each span removed (offsets into the item's own input, its type, the words it
covered and what replaced them, in order: ``texts._cut``), so the original is put back together from
the rendering and the report alone: nothing of the family's papers is read again to show it.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Box", "PdfPage", "Segment", "pdf_pages", "side_by_side"]

MAX_PAGES = 20  # pages of one PDF item shown side by side; the rest are read in the downloaded file


@dataclass(frozen=True)
class Segment:
    """A piece of both texts: kept as it was (``type`` None: ``original`` == ``redacted``), or a span
    removed (``original`` the words, ``redacted`` what stands in their place, ``type`` what they were)."""

    original: str
    redacted: str
    type: str | None = None


def side_by_side(rendering: str, spans: Sequence[Mapping[str, Any]]) -> list[Segment]:
    """The pieces of a text item; a report that does not fit its rendering is refused (ValueError)."""
    segments: list[Segment] = []
    source, out = 0, 0  # where we are in the original and in the rendering
    for span in sorted(spans, key=lambda s: int(s["start"])):
        start, end = int(span["start"]), int(span["end"])
        label, words = str(span.get("replacement", "")), str(span.get("text", ""))
        if start < source or end - start != len(words):
            raise ValueError("the item's report does not fit its rendering")
        kept = rendering[out : out + start - source]
        if len(kept) != start - source or rendering[out + len(kept) : out + len(kept) + len(label)] != label:
            raise ValueError("the item's report does not fit its rendering")
        if kept:
            segments.append(Segment(kept, kept))
        segments.append(Segment(words, label, str(span.get("type") or "")))
        source, out = end, out + len(kept) + len(label)
    if rendering[out:]:
        segments.append(Segment(rendering[out:], rendering[out:]))
    return segments


@dataclass(frozen=True)
class Box:
    """A removed area on a page, in PDF points from the page's top left corner, with its type."""

    x: float
    y: float
    width: float
    height: float
    type: str


@dataclass(frozen=True)
class PdfPage:
    number: int  # from 1
    width: float  # points
    height: float
    boxes: list[Box]  # where something was removed from the original page (empty when not known)
    left: float = 0.0  # the page's MediaBox origin, in PDF points
    bottom: float = 0.0
    placed: bool = False  # the rendering keeps the original's layout on this page, unrotated

    def area(self, left: float, top: float, right: float, bottom: float) -> tuple[float, float, float, float]:
        """A box drawn on the page as shown (percentages of its width and height from its top left
        corner) in PDF points as an area needs them (x0, y0, x1, y1 from the MediaBox's bottom left)."""
        return (self.left + self.width * left / 100, self.bottom + self.height * (100 - bottom) / 100,
                self.left + self.width * right / 100, self.bottom + self.height * (100 - top) / 100)


def pdf_pages(rendering: bytes, report: Mapping[str, Any]) -> list[PdfPage]:
    """A PDF item's pages (at most MAX_PAGES), each with the boxes its report says were removed there.

    Boxes are placed only where the rendering keeps the original's layout (not re-typeset) and its page
    is not rotated; elsewhere the page is shown without them."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(rendering))
    place = not report.get("retypeset")
    by_page: dict[int, list[Mapping[str, Any]]] = {}
    for box in report.get("boxes", []):
        by_page.setdefault(int(box["page"]), []).append(box)
    pages = []
    for number, page in enumerate(reader.pages[:MAX_PAGES], start=1):
        box = page.mediabox
        left, bottom, width, height = float(box.left), float(box.bottom), float(box.width), float(box.height)
        boxes = []
        placed = place and not (page.get("/Rotate") or 0) % 360
        if placed:
            for found in by_page.get(number, []):
                xs = [float(point[0]) for point in found["quad"]]
                ys = [float(point[1]) for point in found["quad"]]
                boxes.append(Box(min(xs) - left, height - (max(ys) - bottom), max(xs) - min(xs), max(ys) - min(ys),
                                 str(found.get("type") or "")))
        pages.append(PdfPage(number, width, height, boxes, left, bottom, placed))
    return pages
