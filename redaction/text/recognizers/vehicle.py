"""Vehicle registrations in the current UK format: two letters, the age identifier, three letters ("AB12 CDE").

The age identifier is a half-year code: 02-29 and 51-79 (March and September releases). Near a vehicle
cue ("car", "van", "reg", "registration", "number plate", "VRN", "taxi", "parked", "drives") a
registration is found in any case and with or without its space; with no cue only as plates are
written, in capitals with the space, which nothing else in case notes is written as (a postcode's
inward part opens with a digit).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.spans import Span
from redaction.text.recognizers._base import Pattern, UkPatternRecognizer

__all__ = ["UkNumberPlateRecognizer"]

# Not "UkVehicleRegistrationRecognizer": Presidio's registry finds its predefined recognizers by class name among
# every subclass, and would build ours (the second reader's stock Presidio) with its own arguments.

_PLATE = r"(?<![A-Za-z0-9])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12]\d|5[1-9]|[67]\d)[ ]?[A-HJ-PR-Z]{3}(?![A-Za-z0-9])"
_CUE = regex.compile(r"(?i)\b(?:car|cars|van|vehicle|reg(?:istration)?|number[ ]plate|plate|vrn|taxi|parked|drives"
                     r"|driving|drove|motorbike|minibus)\b")
_CUE_WINDOW = 50


class UkNumberPlateRecognizer(UkPatternRecognizer):
    ENTITY = "VEHICLE_REGISTRATION"
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    PATTERNS = [Pattern("current format", _PLATE, 0.6)]
    CONTEXT = ["car", "van", "vehicle", "reg", "registration", "number plate", "vrn", "taxi"]

    def find(self, text: str) -> Iterator[Span]:
        for span in super().find(text):
            plate = text[span.start : span.end]
            cued = _CUE.search(text, max(0, span.start - _CUE_WINDOW), min(len(text), span.end + _CUE_WINDOW))
            if cued:
                yield Span(span.start, span.end, span.type, 0.9, span.source)
            elif plate.isupper() and " " in plate:
                yield span
