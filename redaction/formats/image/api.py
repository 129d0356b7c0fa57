"""``redact_image``: a photo or scan in, a verified image out, from pixels only.

    decode (limits, every TIFF page, orientation applied, alpha flattened, 8-bit)
    -> prepare variants (page straightened, levelled, scaled; grey, the photo around the page;
       Sauvola-binarised where unsure; turned upright where the text stands sideways or upside down)
    -> OCR each (tesseract TSV, word boxes and confidences) -> search every reading: targets,
       known identifiers with OCR errors, detectors to a fixed point, reviewer areas
    -> paint opaque boxes on the original pixels -> write a fresh image (no metadata can survive;
       a PDF of it when ``request.output == "pdf"``)
    -> verify: decode the output, read it the second way, box what it still finds (a few rounds),
       a target read back is a VerificationError -> suspects for the reviewer.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from redaction.formats import _reread
from redaction.formats.errors import (
    FormatError,
    UnsupportedFormatError,
    VerificationError,
)
from redaction.formats.image.decode import FORMATS, Decoded, decode
from redaction.formats.image.encode import CONTENT_TYPES, as_pdf, encode
from redaction.formats.image.limits import Deadline, ImageLimits
from redaction.formats.image.ocr import best_reading, read_frames
from redaction.formats.image.planning import Plan, plan, search
from redaction.formats.image.reading import Box, Reading
from redaction.formats.image.report import build_report
from redaction.formats.image.reread import Reread, reread
from redaction.formats.image.suspects import unread_marks, unsure_words
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.pdf.errors import OcrUnavailableError, PdfRedactionError
from redaction.pdf.matcher import Finder, Matcher, targets_from
from redaction.verify import Suspect

__all__ = ["redact_image"]



def redact_image(data: bytes, request: FormatRequest, *, limits: ImageLimits | None = None,
                 finder: Finder | None = None, workers: int | None = None,
                 clock: Callable[[], float] = time.monotonic) -> FormatOutcome:
    """The redacted, verified image (JPEG stays JPEG, TIFF stays TIFF with every page, others become
    PNG), or a :class:`~redaction.formats.errors.FormatError` and nothing.

    ``finder`` replaces the text detectors (``text -> spans``); ``workers`` is how many tesseract
    processes run at once (default: up to two, as the CPUs allow)."""
    limits = limits or ImageLimits(max_bytes=request.max_bytes, max_seconds=request.max_seconds)
    deadline = Deadline(limits.max_seconds, clock=clock)
    matcher = _matcher(request, finder)
    if shutil.which("tesseract") is None:
        raise UnsupportedFormatError("images are redacted by reading them with OCR, and tesseract is not installed")
    workers = workers or _workers()
    try:
        return _redact(data, request, matcher, limits=limits, deadline=deadline, workers=workers)
    except OcrUnavailableError as error:
        raise UnsupportedFormatError(f"OCR is not available ({error})") from error
    except PdfRedactionError as error:  # tesseract failed or timed out on a frame
        raise FormatError(f"OCR failed on the image ({error})") from error


def _workers() -> int:
    from redaction.text.redactor import available_cpus

    return max(1, min(2, available_cpus()))


def _matcher(request: FormatRequest, finder: Finder | None) -> Matcher:
    from redaction.pdf.finders import detector_finder, known_finder, validated_known

    if any(not isinstance(term, str) for term in request.terms):
        raise FormatError("terms must be strings")
    terms = [term for term in request.terms if term.strip()]
    try:
        known = validated_known(request.known)
    except PdfRedactionError as error:
        raise FormatError(str(error)) from error
    finders: list[tuple[str, Finder]] = []
    if known:
        finders.append(("known", known_finder(known)))
    if request.detect:
        if finder is None and request.text_redactor is not None:
            redactor = request.text_redactor

            def finder(text: str) -> Sequence[Any]:
                return redactor.detect(text, known=None)

        try:
            finders.append(("detector", finder if finder is not None else detector_finder()))
        except PdfRedactionError as error:
            raise UnsupportedFormatError(str(error)) from error
    return Matcher(targets_from(terms, known), finders=finders)


def _area_boxes(request: FormatRequest, frames: list[Image.Image]) -> list[Box]:
    boxes = []
    for area in request.areas:
        if not 1 <= area.page <= len(frames):
            raise FormatError(f"an area is on page {area.page}, but the image has {len(frames)} page(s)")
        x0, x1 = sorted((area.x0, area.x1))
        y0, y1 = sorted((area.y0, area.y1))
        boxes.append(Box(area.page - 1, ((x0, y0), (x1, y0), (x1, y1), (x0, y1)), "AREA", "area"))
    return boxes


def _paint(frames: list[Image.Image], boxes: Sequence[Box]) -> list[Image.Image]:
    painted = []
    for index, frame in enumerate(frames):
        copy = frame.copy()
        draw = ImageDraw.Draw(copy)
        black = 0 if copy.mode == "L" else (0, 0, 0)
        for box in boxes:
            if box.frame == index:
                draw.polygon([(round(x), round(y)) for x, y in box.points], fill=black, outline=black)
        painted.append(copy)
    return painted


def _verify(decoded: Decoded, output_format: str, found: Plan, *, limits: ImageLimits, deadline: Deadline,
            workers: int, turns: dict[int, int]) -> tuple[bytes, list[Box], Reread, list[Box], int]:
    """Paint, write, re-read; box what the re-read still finds and go again, a few rounds at most.
    Returns the output, its boxes, its re-read, what that re-read still finds, and the rounds run."""
    boxes = list(found.boxes)
    for round_ in range(1, limits.max_rounds + 1):
        deadline.check("verifying the output")
        output = encode(_paint(decoded.frames, boxes), output_format)
        check = reread(output, found.matcher, limits=limits, workers=workers, turns=turns)
        if check.metadata:
            raise VerificationError(f"the output still carries metadata ({', '.join(sorted(check.metadata))})")
        unresolved: list[Box] = []
        for reading in check.readings:
            unresolved += search(reading, found.matcher, skip=[*boxes, *unresolved])[0]
        if not unresolved or round_ == limits.max_rounds:
            return output, boxes, check, unresolved, round_
        boxes += unresolved
    raise AssertionError("unreachable")


def _redact(data: bytes, request: FormatRequest, matcher: Matcher, *, limits: ImageLimits, deadline: Deadline,
            workers: int) -> FormatOutcome:
    decoded = decode(data, limits)
    output_format = FORMATS[decoded.format]
    readings, prepared = read_frames([np.asarray(frame.convert("L")) for frame in decoded.frames],
                                     workers=workers, check=deadline.check)
    deadline.check("searching the text")
    found = plan(readings, matcher, fixed=_area_boxes(request, decoded.frames))
    best = [best_reading([reading for reading in readings if reading.frame == index])
            for index in range(len(decoded.frames))]
    output, boxes, check, unresolved, rounds = _verify(decoded, output_format, found, limits=limits, deadline=deadline,
                                                      workers=workers, turns={r.frame: r.geometry.turn for r in best})
    if check.leaks:
        frames = sorted({frame + 1 for frame, _ in check.leaks})
        kinds = sorted({hit.type for _, hit in check.leaks})
        raise VerificationError(f"the second OCR reading still finds {', '.join(kinds)} on page(s) "
                                f"{', '.join(map(str, frames))} of the redacted image; nothing was released")
    suspects: list[Suspect] = []
    for index, frame in enumerate(decoded.frames):
        own = [reading for reading in readings if reading.frame == index]
        chosen = best[index]
        others = [reading for reading in own if reading is not chosen]
        suspects += unsure_words(chosen, others, boxes, frame.size)
        for name in (chosen.variant, "surroundings"):
            if (index, name) in prepared:
                suspects += unread_marks(prepared[(index, name)], index, [*own, *check.readings], boxes, frame.size)
    # The independent second reader (redaction.verify, through the formats' one re-read step) over what the
    # verification OCR read: a known identifier refuses the output; its findings and suspects go to the
    # reviewer with their page and box, beside what the image's own rounds could not resolve.
    second = _reread.reread([(f"page {r.frame + 1}", _unpainted(r, boxes)) for r in check.readings], known=request.known,
                            encoded=False, pages={f"page {r.frame + 1}": _OcrPage(r) for r in check.readings})
    if second.refused:
        raise second.refusal("the second reading of the redacted image", kind="image")
    suspects += second.suspects
    report = build_report(decoded, output_format, request=request, readings=readings, best=best, boxes=boxes,
                          check=check, unresolved=unresolved, rounds=rounds, suspects=suspects,
                          detectors=any(source == "detector" for source, _ in matcher.finders),
                          not_found=_not_found(request, readings))
    report["second_reader"] = [*report["second_reader"], *(placed.to_json() for placed in second.findings)]
    if request.output == "pdf":
        report["output_format"] = "PDF"
        return FormatOutcome(as_pdf(output, limits), "application/pdf", "image", report, suspects)
    return FormatOutcome(output, CONTENT_TYPES[output_format], "image", report, suspects)


def _unpainted(reading: Reading, boxes: Sequence[Box]) -> str:
    """The reading's text with the words OCR made of our own paint blanked (same length, so offsets hold):
    a black box read as "EE" or "III" is not the document's text, and nothing under a box can identify."""
    painted = {i for i in range(len(reading.words))
               if any(box.frame == reading.frame and box.contains(*reading.centre(i)) for box in boxes)}
    if not painted:
        return reading.text
    return "".join(" " if owner in painted and char not in "\n" else char
                   for char, owner in zip(reading.text, reading.owners, strict=True))


class _OcrPage:
    """A verification reading as the re-read step's page: its number, and where a stretch of its text is
    (the box around the words that wrote it, in the frame's pixels)."""

    def __init__(self, reading: Reading) -> None:
        self._reading = reading

    @property
    def number(self) -> int:
        return self._reading.frame + 1

    def box(self, start: int, end: int) -> tuple[float, float, float, float] | None:
        words = sorted({w for w in self._reading.owners[start:end] if w is not None})
        if not words:
            return None
        xs = [x for x, _ in self._reading.quad(words)]
        ys = [y for _, y in self._reading.quad(words)]
        return (min(xs), min(ys), max(xs), max(ys))


def _not_found(request: FormatRequest, readings: Sequence[Reading]) -> list[str]:
    """Explicit terms no reading found anywhere: reported, never claimed as done."""
    from redaction.formats.image.fuzzy import fuzzy_hits

    missing = []
    for term in request.terms:
        single = Matcher(targets_from([term]))
        if single.targets and not any(single.find_targets(r.text, ocr=True) or fuzzy_hits(r.text, single.targets)
                                      for r in readings):
            missing.append(term)
    return missing
