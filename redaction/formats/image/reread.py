"""Verification: the output decoded again from its bytes and read by a second, different OCR pass.

The first pass reads the straightened page at tesseract's automatic layout (``--psm 3``), in grey and
Sauvola-binarised; this one reads the whole frame, only levelled, binarised with a global Otsu
threshold, as sparse text (``--psm 11``: every word wherever it is, no layout assumed). What it reads
is checked twice: literally for the targets (terms, known identifiers, what the detectors found,
OCR look-alikes folded) and the known identifiers' written forms — a hit is a leak — and by the
text detectors, whose findings go to the reviewer (``second_reader``). The output's structure is
checked too: decoding it must find no metadata at all.

The text checks are :func:`check_text`, the one place the verify branch's independent second reader
(``redaction.verify``: ``known_leaks`` and ``SecondReader``) replaces at the merge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from redaction.formats.image.decode import decode
from redaction.formats.image.limits import ImageLimits
from redaction.formats.image.geometry import after_turn, geometry, quarter_turn
from redaction.formats.image.preprocess import prepare
from redaction.formats.image.reading import Reading, read_all
from redaction.pdf.matcher import Hit, Matcher

__all__ = ["VERIFY_PSM", "Reread", "check_text", "reread"]

VERIFY_PSM = 11
READER = "tesseract --psm 11 on the whole frame, levelled, Otsu-binarised"


@dataclass
class Reread:
    readings: list[Reading]
    leaks: list[tuple[int, Hit]] = field(default_factory=list)  # (frame, hit): a target read back
    findings: list[tuple[int, Hit]] = field(default_factory=list)  # (frame, hit): the detectors' finds
    metadata: set[str] = field(default_factory=set)  # metadata kinds decoded from the output


def check_text(text: str, matcher: Matcher) -> tuple[list[Hit], list[Hit]]:
    """(leaks, findings) in one re-read text: targets and known written forms; the detectors."""
    leaks = matcher.find_targets(text, ocr=True)
    findings: list[Hit] = []
    for hit in matcher.detect(text):
        (leaks if hit.source == "known" else findings).append(hit)
    return leaks, findings


def reread(data: bytes, matcher: Matcher, *, limits: ImageLimits, workers: int,
           turns: Mapping[int, int] | None = None) -> Reread:
    """Decode ``data`` and read every frame the second way (see the module docstring), turned first
    where ``turns`` (frame -> degrees clockwise) says the first reading found its text sideways."""
    decoded = decode(data, limits)
    jobs = []
    for index, frame in enumerate(decoded.frames):
        gray = np.asarray(frame.convert("L"))
        clockwise = (turns or {}).get(index, 0)
        turned, turn = quarter_turn(gray, clockwise)
        shape = after_turn(geometry(turned, page=False), turn, clockwise)
        jobs.append((index, prepare(gray, shape, binarise="otsu", name="verify")))
    result = Reread(read_all(jobs, psm=VERIFY_PSM, workers=workers), metadata=set(decoded.metadata))
    for reading in result.readings:
        leaks, findings = check_text(reading.text, matcher)
        result.leaks += [(reading.frame, hit) for hit in leaks]
        result.findings += [(reading.frame, hit) for hit in findings]
    return result
