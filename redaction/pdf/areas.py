"""Reviewer areas: rectangles on a page that are redacted whatever they hold."""

from __future__ import annotations

import math
from dataclasses import dataclass

from redaction.pdf.errors import InvalidRequestError

__all__ = ["Area"]


@dataclass(frozen=True, slots=True)
class Area:
    """``page`` counts from 1; coordinates are PDF points in the page's unrotated user space
    (origin at the bottom-left of the MediaBox as the file defines it, before ``/Rotate``)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def __post_init__(self) -> None:
        values = (self.x0, self.y0, self.x1, self.y1)
        if self.page < 1:
            raise InvalidRequestError("area pages count from 1")
        if not all(math.isfinite(v) for v in values) or self.x0 == self.x1 or self.y0 == self.y1:
            raise InvalidRequestError("an area needs a non-empty rectangle of finite numbers")

    @classmethod
    def parse(cls, spec: str) -> Area:
        """``PAGE:x0,y0,x1,y1`` (the command line's ``--area``)."""
        page_text, _, rest = spec.partition(":")
        parts = rest.split(",")
        try:
            page = int(page_text)
            x0, y0, x1, y1 = (float(part) for part in parts)
        except ValueError as error:
            raise InvalidRequestError(f"area {spec!r} is not PAGE:x0,y0,x1,y1") from error
        return cls(page, x0, y0, x1, y1)
