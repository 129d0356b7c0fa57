"""What every Office redactor shares: limits and errors at the edge, one redaction call over the
document's units and pictures, the edits written back, verification, and the optional PDF output.

    read the package -> clean -> units (+ OCR of pictures) -> one plan -> edits written back ->
    pictures boxed and re-encoded -> package written -> re-read and verified -> (PDF: converted,
    re-extracted, verified) -> outcome
"""

from __future__ import annotations

import logging
import struct
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lxml import etree

from redaction.formats.errors import FormatError, LimitExceededError, MalformedFileError
from redaction.formats.office.limits import Deadline, OfficeLimits
from redaction.formats.office.media import Picture, encode_picture, read_picture_text
from redaction.formats.office.planning import Plan, known_with_terms, plan_redaction, redactor_for
from redaction.formats.office.reread import reread_package, verify_reading
from redaction.formats.office.textmodel import Unit, apply_edits
from redaction.formats.request import FormatOutcome, FormatRequest
from redaction.pdf.ocr import OcrEngine, TesseractOcr

if TYPE_CHECKING:
    from redaction.text import TextRedactor

__all__ = ["Context", "guarded", "redact_units", "verified_outcome"]

log = logging.getLogger("redaction.formats.office")


@dataclass
class Context:
    request: FormatRequest
    limits: OfficeLimits
    deadline: Deadline
    ocr: OcrEngine
    redactor: TextRedactor
    report: Counter[str] = field(default_factory=Counter)


def guarded(kind: str, data: bytes, request: FormatRequest, body: Callable[[Context], FormatOutcome], *,
            limits: OfficeLimits | None, ocr: OcrEngine | None, clock: Callable[[], float]) -> FormatOutcome:
    """Run ``body`` with the request's limits; anything unexpected is a clear refusal, never a crash."""
    if not isinstance(data, (bytes, bytearray)):
        raise MalformedFileError(f"a {kind} must be given as bytes")
    narrowed = (limits or OfficeLimits()).narrowed(max_bytes=request.max_bytes, max_seconds=request.max_seconds)
    context = Context(request, narrowed, Deadline(narrowed.max_seconds, clock=clock),
                      ocr if ocr is not None else TesseractOcr(), redactor_for(request.text_redactor, request.detect))
    try:
        return body(context)
    except FormatError:
        raise
    except RecursionError as error:
        raise LimitExceededError(f"the {kind} nests too deeply") from error
    except MemoryError as error:
        raise LimitExceededError(f"the {kind} needs more memory than is available") from error
    except (etree.LxmlError, KeyError, ValueError, TypeError, AttributeError, IndexError, struct.error,
            zlib.error, OSError) as error:
        log.debug("refusing a %s after an unexpected error", kind, exc_info=True)
        raise MalformedFileError(f"the {kind} could not be processed safely ({type(error).__name__}: "
                                 f"{' '.join(str(error).split())[:160]})") from error


def redact_units(context: Context, units: list[Unit], pictures: list[Picture]) -> tuple[Plan, dict[str, tuple[bytes, str]]]:
    """One plan over every unit and picture; the edits written back; pictures boxed and encoded
    (by picture name: new bytes and extension)."""
    request = context.request
    for picture in pictures:
        context.deadline.check("reading text in pictures")
        read_picture_text(picture, context.ocr, where=picture.name)
    picture_units = {id(p.unit): p for p in pictures if p.unit is not None}
    everything = units + [p.unit for p in pictures if p.unit is not None]
    if len(everything) > context.limits.max_units:
        raise LimitExceededError(f"the document has more than {context.limits.max_units} pieces of text")
    context.deadline.check("finding identifiers")
    plan = plan_redaction(everything, redactor=context.redactor, known=request.known, terms=request.terms,
                          detect=request.detect)
    context.deadline.check("rewriting text")
    for index, edits in plan.edits.items():
        unit = everything[index]
        if id(unit) not in picture_units:
            apply_edits(unit, edits)
    encoded = {}
    for picture in pictures:
        context.deadline.check("re-encoding pictures")
        edits = plan.edits.get(everything.index(picture.unit), []) if picture.unit is not None else []
        encoded[picture.name] = encode_picture(picture, edits)
    context.report["pictures re-encoded"] += sum(p.image is not None for p in pictures)
    context.report["pictures replaced by a placeholder"] += sum(p.image is None for p in pictures)
    context.report["words boxed in pictures"] += sum(p.boxes for p in pictures)
    return plan, encoded


def verified_outcome(context: Context, output: bytes, plan: Plan, *, kind: str, content_type: str,
                     ocr_pictures: dict[str, float], extra: dict[str, Any]) -> FormatOutcome:
    """Verify ``output`` by re-reading it (fail closed), then convert to PDF if asked and verify that."""
    request = context.request
    context.deadline.check("verifying the output")
    reading = reread_package(output, limits=context.limits)
    known = known_with_terms(request.known, request.terms)
    verification, suspects = verify_reading(
        reading, targets=plan.targets, known=known or None, replacements=plan.replacements,
        ocr=context.ocr, ocr_pictures=ocr_pictures)
    report: dict[str, Any] = {
        "kind": kind,
        "counts": dict(Counter(span["type"] for span in plan.spans)),
        "spans": plan.spans,
        "cleaning": dict(sorted(context.report.items())),
        "verification": verification,
        "second_reader": verification["second_reader"],
        **extra,
    }
    if request.output == "pdf":
        from redaction.formats.office.convert import convert_to_pdf
        from redaction.formats.office.pdfcheck import verify_pdf

        context.deadline.check("converting to PDF")
        pdf = convert_to_pdf(output, kind, limits=context.limits)
        report["pdf"], rendered = verify_pdf(pdf, targets=plan.targets, known=known or None,
                                             replacements=plan.replacements)
        # What the second reader finds and suspects, placed in the file the user gets (pages and boxes).
        report["second_reader"] = report["pdf"]["second_reader"]
        return FormatOutcome(pdf, "application/pdf", kind, report, list(rendered.suspects))
    return FormatOutcome(output, content_type, kind, report, list(suspects))
