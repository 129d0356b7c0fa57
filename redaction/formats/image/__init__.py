"""Photos and scans (JPEG, PNG, TIFF with every page, HEIC, WebP, GIF, BMP) redacted truly.

``redact_image(data, request)`` decodes the pixels only, reads them with OCR after preparing them
for it (page straightened, light flattened, lines levelled, small text enlarged), boxes every word of
every identifier on the original pixels, writes a fresh image that carries no metadata, and verifies
it by a second, different OCR reading before returning it. What OCR cannot read confidently comes
back as :class:`Suspect` s with their boxes, for the reviewer.
"""

from __future__ import annotations

from redaction.formats.image.api import redact_image
from redaction.formats.image.limits import ImageLimits
from redaction.verify import Suspect

__all__ = ["ImageLimits", "Suspect", "redact_image"]
