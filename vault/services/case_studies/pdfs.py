"""PDF documents of a case study: ``redaction.pdf.redact_pdf`` with the case's identifiers, the
reviewer's terms and areas, and the detectors; its verification cannot be turned off, so an outcome
exists only for an output that passed it. The output then gets the second read every format's output
gets (``redaction.formats.pdf.read_pdf_output``): pypdf's text (an independent decoder) for the literal
checks, failing closed, and each page's text for the second reader, whose findings and suspects (with
their page and box) go to the supporter and the publisher to decide on (:mod:`.review`).

Every refusal becomes the item's reason in words a supporter can act on; nothing partial is kept.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from vault.services.case_studies.identifiers import Identifiers, literal_leaks
from vault.services.case_studies.review import review_fields

__all__ = ["PdfOutcome", "redact_document"]

log = logging.getLogger("vault.case_studies")


@dataclass
class PdfOutcome:
    data: bytes | None = None
    report: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None


def redact_document(
    data: bytes, identifiers: Identifiers, *, reviewer_terms: Sequence[str], areas: Sequence[Any], retypeset: bool,
    seconds: float,
) -> PdfOutcome:
    from redaction.pdf import (
        InvalidRequestError,
        LimitExceededError,
        Limits,
        MalformedPdfError,
        PasswordRequiredError,
        PdfRedactionError,
        UnsupportedContentError,
        VerificationError,
        redact_pdf,
    )

    known = {key: list(values) for key, values in identifiers.known.items()}
    try:
        outcome = redact_pdf(data, terms=list(identifiers.terms), known=known, areas=list(areas), detect=True,
                             retypeset=retypeset, limits=Limits(max_seconds=seconds))
    except PasswordRequiredError:
        return PdfOutcome(reason="the PDF is protected by a password: ask for an unprotected copy and upload that")
    except MalformedPdfError as error:
        return PdfOutcome(reason=f"the PDF cannot be read safely ({error})")
    except LimitExceededError as error:
        return PdfOutcome(reason=f"the PDF is beyond the redaction limits ({error})")
    except UnsupportedContentError as error:
        return PdfOutcome(reason=f"the PDF holds content that cannot be redacted safely ({error})")
    except VerificationError as error:
        hint = "; try the re-typeset rendering, or add an area" if not retypeset else "; add the identifier as a term or an area"
        return PdfOutcome(reason=f"{error}{hint}")
    except InvalidRequestError as error:
        return PdfOutcome(reason=f"the reviewer's areas do not fit this PDF ({error})")
    except PdfRedactionError as error:
        return PdfOutcome(reason=f"the PDF could not be redacted ({error})")
    report = {
        "kind": "pdf",
        "counts": dict(outcome.report.boxes_by_type),
        "by_source": dict(outcome.report.boxes_by_source),
        "pages": outcome.report.pages,
        "boxes": [box.to_json() for box in outcome.boxes],
        "not_found": [term for term in outcome.report.not_found if term in set(reviewer_terms)],
        "retypeset": retypeset,
        "redaction": outcome.report.to_json() | {"not_found": []},
    }
    from redaction.formats import FormatError, Verdict
    from redaction.formats.pdf import read_pdf_output

    try:
        reading = read_pdf_output(outcome.pdf_bytes, known=identifiers.for_text())
    except FormatError as error:
        return PdfOutcome(report=report, reason=f"{error}; add the identifier as a term or an area")
    verdict = Verdict.of([finding.to_json() for finding in reading.findings], reading.suspects)
    return PdfOutcome(outcome.pdf_bytes, {**report, **review_fields(verdict)})


def reread_leaks(data: bytes, identifiers: Identifiers) -> list[dict[str, str]] | None:
    """The literal checks over the text pypdf extracts from ``data``; ``None`` when it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError):
        log.debug("a redacted PDF could not be read back", exc_info=True)
        return None
    return [{"type": kind, "text": text[start:end]} for kind, start, end in literal_leaks(text, identifiers)]
