"""``redact_pdf``: the one entry point, from input bytes to a verified output.

    open (decrypt, limits) -> read pages (flatten annotations, interpret, page text, OCR images)
    -> plan (terms, known identifiers, detectors to a fixed point, areas) -> apply (rewrite
    streams, blank images, copy forms on write) -> write a fresh file -> verify (fail closed)
    -> optionally re-typeset and verify that too.

Verification cannot be switched off: an outcome exists only for an output that passed it.
"""

from __future__ import annotations

import logging
import os
import struct
import time
import zlib
from collections.abc import Callable, Iterable, Mapping

from pypdf.errors import LimitReachedError, PdfReadError, PdfStreamError, PyPdfError

from redaction.pdf.analysis import PageAnalysis, analyse_page, read_images
from redaction.pdf.apply import DocumentEditor
from redaction.pdf.areas import Area
from redaction.pdf.carriers import CleanReport
from redaction.pdf.document import Source, capture_repairs, open_reader, read_source
from redaction.pdf.errors import (
    InvalidRequestError,
    LimitExceededError,
    MalformedPdfError,
    PdfRedactionError,
    UnsupportedFontError,
)
from redaction.pdf.finders import detector_finder, known_finder, validated_known
from redaction.pdf.geometry import Quad
from redaction.pdf.interpreter import Interpreter
from redaction.pdf.limits import Deadline, Limits, pypdf_limits
from redaction.pdf.matcher import Finder, Matcher, targets_from
from redaction.pdf.ocr import OcrEngine, TesseractOcr
from redaction.pdf.optional_content import OptionalContent
from redaction.pdf.outcome import RedactionOutcome, RedactionReport
from redaction.pdf.output import write_document
from redaction.pdf.planning import RedactionBox, plan_document
from redaction.pdf.resources import FontCache
from redaction.pdf.retypeset import redacted_page_text, retypeset_pdf
from redaction.pdf.verify import verify_output

__all__ = ["redact_pdf"]

log = logging.getLogger("redaction.pdf")

MIN_GLYPHS_FOR_DECODING_CHECK = 20
MAX_UNDECODABLE_SHARE = 0.1


def redact_pdf(
    source: Source,
    *,
    terms: Iterable[str] = (),
    known: Mapping[str, Iterable[str]] | None = None,
    areas: Iterable[Area] = (),
    detect: bool = True,
    retypeset: bool = False,
    password: str | None = None,
    limits: Limits | None = None,
    finder: Finder | None = None,
    ocr: OcrEngine | None = None,
    clock: Callable[[], float] = time.monotonic,
    random_bytes: Callable[[int], bytes] = os.urandom,
) -> RedactionOutcome:
    """Redact ``source`` and return the verified output, or raise a :class:`PdfRedactionError`.

    ``terms`` and ``known`` (span type -> strings, as the text pipeline takes them, variants
    included) are removed wherever they occur; with ``detect`` the text pipeline's detectors (or
    the injected ``finder``, ``text -> spans``) add what they find; ``areas`` are
    reviewer boxes (1-based page, unrotated user space). ``retypeset`` returns a new PDF built from
    the redacted text instead of the layout-preserving one (both are verified).
    """
    terms = list(terms)
    if any(not isinstance(term, str) for term in terms):
        raise InvalidRequestError("terms must be strings")
    terms = [term for term in terms if term.strip()]
    limits = limits if limits is not None else Limits()
    deadline = Deadline(limits.max_seconds, clock=clock)
    known_strings = validated_known(known)
    finders: list[tuple[str, Finder]] = []
    if known_strings:
        finders.append(("known", known_finder(known_strings)))
    if detect:
        finders.append(("detector", finder if finder is not None else detector_finder()))
    matcher = Matcher(targets_from(terms, known_strings), finders=finders)
    engine = ocr if ocr is not None else TesseractOcr()
    try:
        with pypdf_limits(limits), capture_repairs() as repairs:
            return _redact(source, matcher=matcher, terms=terms, areas=list(areas), retypeset=retypeset,
                           password=password, limits=limits, deadline=deadline, engine=engine,
                           random_bytes=random_bytes, repairs=repairs)
    except PdfRedactionError:
        raise
    except RecursionError as error:
        raise LimitExceededError("the PDF nests objects too deeply") from error
    except LimitReachedError as error:
        raise LimitExceededError(f"the PDF exceeds a limit ({error})") from error
    except MemoryError as error:
        raise LimitExceededError("the PDF needs more memory than is available") from error
    except (PyPdfError, PdfReadError, PdfStreamError, KeyError, TypeError, ValueError, AttributeError,
            IndexError, NotImplementedError, struct.error, zlib.error, OSError, AssertionError) as error:
        log.debug("refusing a PDF after an unexpected error", exc_info=True)
        raise MalformedPdfError(f"the PDF could not be processed safely ({type(error).__name__}: "
                                f"{' '.join(str(error).split())[:160]})") from error


def _redact(source: Source, *, matcher: Matcher, terms: list[str], areas: list[Area], retypeset: bool,
            password: str | None, limits: Limits, deadline: Deadline, engine: OcrEngine,
            random_bytes: Callable[[int], bytes], repairs: list[str]) -> RedactionOutcome:
    data = read_source(source, limits)
    reader, encrypted = open_reader(data, password=password, limits=limits)
    catalog = reader.trailer["/Root"].get_object()
    optional = OptionalContent(catalog)
    interpreter = Interpreter(fonts=FontCache(), optional=optional, limits=limits, deadline=deadline)
    area_boxes = _area_boxes(areas, len(reader.pages))
    analyses: list[PageAnalysis] = []
    budget = [limits.max_ocr_images]
    searching = bool(matcher.targets or matcher.finders)
    for index, page in enumerate(reader.pages):
        deadline.check("reading pages")
        analysis = analyse_page(index, page, interpreter=interpreter, optional=optional, limits=limits)
        if searching:
            _check_decodable(analysis)
            covered = [box.quad for box in area_boxes.get(index, [])]
            read_images(analysis, engine, covered=covered, budget=budget, limits=limits, deadline=deadline)
        analyses.append(analysis)
    plans, final_matcher = plan_document(analyses, matcher, area_boxes)
    editor = DocumentEditor(limits)
    edits = []
    for analysis, plan in zip(analyses, plans, strict=True):
        deadline.check("rewriting pages")
        edits.append(editor.edit_page(analysis, plan))
    pruned = editor.prune(analyses)
    cleaning = CleanReport()
    output = write_document(analyses, [edit.content for edit in edits], random_bytes=random_bytes, report=cleaning)
    ocr_used = any(analysis.images_text for analysis in analyses)
    verification = verify_output(output, matcher=final_matcher, expected_pages=len(analyses), limits=limits,
                                 deadline=deadline, ocr=engine, ocr_images=ocr_used)
    if retypeset:
        texts = [redacted_page_text(analysis.text, plan.removed) for analysis, plan in zip(analyses, plans, strict=True)]
        output = retypeset_pdf(texts, random_bytes=random_bytes)
        verification = verify_output(output, matcher=final_matcher, expected_pages=None, limits=limits,
                                     deadline=deadline, ocr=engine, ocr_images=False)
    boxes = tuple(box for plan in plans for box in plan.boxes)
    report = RedactionReport.build(
        analyses=analyses, plans=plans, edits=edits, cleaning=cleaning, pruned=pruned, repairs=repairs,
        encrypted=encrypted, verification=verification, detectors=any(s == "detector" for s, _ in matcher.finders),
        retypeset=retypeset, not_found=_not_found(terms, analyses),
    )
    return RedactionOutcome(output, boxes, report)


def _area_boxes(areas: list[Area], page_count: int) -> dict[int, list[RedactionBox]]:
    boxes: dict[int, list[RedactionBox]] = {}
    for area in areas:
        if not 1 <= area.page <= page_count:
            raise InvalidRequestError(f"area on page {area.page}, but the PDF has {page_count} pages")
        quad = Quad.from_rect(area.x0, area.y0, area.x1, area.y1)
        boxes.setdefault(area.page - 1, []).append(RedactionBox(area.page, quad, "AREA", "area"))
    return boxes


def _check_decodable(analysis: PageAnalysis) -> None:
    content = analysis.content
    if content.glyph_count >= MIN_GLYPHS_FOR_DECODING_CHECK and (
        content.undecodable_glyphs > MAX_UNDECODABLE_SHARE * content.glyph_count
    ):
        raise UnsupportedFontError(
            f"page {analysis.index + 1}: {content.undecodable_glyphs} of {content.glyph_count} glyphs have no "
            "Unicode mapping, so the page text cannot be searched"
        )


def _not_found(terms: list[str], analyses: list[PageAnalysis]) -> tuple[str, ...]:
    """The explicit terms that occur nowhere (page text or OCR): reported, never claimed as done."""
    texts = [analysis.text.text for analysis in analyses]
    ocr_texts = [image.text for analysis in analyses for image in analysis.images_text]
    missing = []
    for term in terms:
        single = Matcher(targets_from([term]))
        if single.targets and not any(single.find_targets(t) for t in texts) and not any(
            single.find_targets(t, ocr=True) for t in ocr_texts
        ):
            missing.append(term)
    return tuple(missing)
