"""Limits that stop hostile Office files: zip bombs, part floods, deep XML, endless work.

An :class:`OfficeLimits` is a frozen setting built at the edge; a :class:`Deadline` is the running
clock of one redaction, checked by every loop over parts, paragraphs and images.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from redaction.formats.errors import LimitExceededError
from redaction.pdf.errors import LimitExceededError as _PdfLimitExceeded
from redaction.pdf.limits import Deadline as _PdfDeadline

__all__ = ["Deadline", "OfficeLimits"]


@dataclass(frozen=True, slots=True)
class OfficeLimits:
    """Upper bounds for one document. The defaults suit case papers (long reports, scanned inserts)."""

    max_input_bytes: int = 100_000_000
    max_entries: int = 3_000  # zip entries: a real document has tens, a part flood has thousands
    max_total_bytes: int = 400_000_000  # all entries, uncompressed
    max_part_bytes: int = 100_000_000  # one entry, uncompressed
    max_ratio: float = 200.0  # uncompressed / compressed, for entries past RATIO_FLOOR bytes
    max_xml_depth: int = 200  # libxml2 itself stops at 256 without huge_tree
    max_units: int = 200_000  # paragraphs, attribute values and text nodes read for redaction
    max_images: int = 200
    max_image_pixels: int = 60_000_000
    max_seconds: float = 300.0
    convert_seconds: float = 120.0  # one LibreOffice conversion
    max_converted_bytes: int = 200_000_000  # what LibreOffice may write

    def __post_init__(self) -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            if getattr(self, name) <= 0:
                raise ValueError(f"OfficeLimits.{name} must be positive")

    def narrowed(self, *, max_bytes: int, max_seconds: float) -> OfficeLimits:
        """These limits, tightened by a request's own size and time budget."""
        return replace(self, max_input_bytes=min(self.max_input_bytes, max_bytes),
                       max_seconds=min(self.max_seconds, max_seconds))


RATIO_FLOOR = 1_000_000


class Deadline(_PdfDeadline):
    """Wall-clock budget of one redaction (the PDF redactor's clock); ``check`` raises this package's
    :class:`LimitExceededError` once it is spent."""

    __slots__ = ()

    def check(self, doing: str) -> None:
        try:
            super().check(doing)
        except _PdfLimitExceeded as error:
            raise LimitExceededError(str(error)) from None
