"""Every file of ../shared/pdf-torture redacted and judged: by leakcheck.py (an outside judge), by our
own verifier against the manifest's secrets, and by pixels outside the boxes (nothing else moved)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from support import require_executable

from redaction.pdf import RedactionOutcome, TesseractOcr, redact_pdf
from redaction.pdf.limits import Deadline, Limits
from redaction.pdf.matcher import Matcher, targets_from
from redaction.pdf.verify import verify_output

pytestmark = pytest.mark.integration

FILES = [
    "rl_base14.pdf", "rl_ttf.pdf", "lo_doc.pdf", "cairo_cid.pdf", "meta.pdf", "annot.pdf", "form.pdf", "attach.pdf",
    "outline.pdf", "incremental.pdf", "fake_box.pdf", "xobject.pdf", "rotated.pdf", "ocr_layer.pdf", "image_only.pdf",
    "misc_carriers.pdf", "lo_long.pdf", "lo_wrap.pdf", "split_streams.pdf", "encrypted.pdf", "cairo_pl.pdf",
    "all_cid.pdf",
]
OCR_FILES = {"image_only.pdf", "ocr_layer.pdf", "lo_doc.pdf"}


def redact(torture: Path, manifest: dict[str, Any], name: str, **options: Any) -> RedactionOutcome:
    if name in OCR_FILES:
        require_executable("tesseract")
    return redact_pdf(torture / name, terms=manifest[name]["redact"], **options)


def our_verifier_agrees(data: bytes, secrets: list[str]) -> None:
    """Our verifier, asked about the manifest's secrets (more than the terms we were given)."""
    verify_output(data, matcher=Matcher(targets_from(secrets)), expected_pages=None, limits=Limits(),
                  deadline=Deadline(300, clock=time.monotonic), ocr=TesseractOcr(), ocr_images=True)


@pytest.mark.parametrize("name", FILES)
def test_terms_leave_no_trace_and_nothing_else_moves(
    name: str, torture: Path, torture_manifest: dict[str, Any], leakcheck: Callable[..., Any],
    pixel_diff: Callable[..., dict[int, int]], annotation_regions: Callable[..., Any], tmp_path: Path,
) -> None:
    outcome = redact(torture, torture_manifest, name, detect=False)
    output = tmp_path / name
    output.write_bytes(outcome.pdf_bytes)
    assert leakcheck(output, ocr=name in OCR_FILES) == {}
    our_verifier_agrees(outcome.pdf_bytes, torture_manifest[name]["secrets"])
    regions = annotation_regions(torture / name, flattened_too=False)  # flattened ones must match here
    for box in outcome.boxes:
        regions.setdefault(box.page - 1, []).append(list(box.quad.points))
    assert pixel_diff(torture / name, output, regions) == {}


@pytest.mark.slow
@pytest.mark.parametrize("name", FILES)
def test_with_the_detectors_on(name: str, torture: Path, torture_manifest: dict[str, Any],
                               leakcheck: Callable[..., Any], tmp_path: Path) -> None:
    outcome = redact(torture, torture_manifest, name, detect=True)
    output = tmp_path / name
    output.write_bytes(outcome.pdf_bytes)
    assert leakcheck(output, ocr=name in OCR_FILES) == {}
    our_verifier_agrees(outcome.pdf_bytes, torture_manifest[name]["secrets"])
    assert outcome.report.detectors


def test_image_only_text_is_found_by_ocr_not_by_text(torture: Path, torture_manifest: dict[str, Any]) -> None:
    outcome = redact(torture, torture_manifest, "image_only.pdf", detect=False)
    assert outcome.report.ocr_images == 1 and outcome.report.images_blanked == 1
    assert {box.source for box in outcome.boxes} == {"ocr"}
    assert outcome.report.not_found == ()


def test_retypeset_torture_outputs_are_clean(torture: Path, torture_manifest: dict[str, Any],
                                             leakcheck: Callable[..., Any], tmp_path: Path) -> None:
    for name in ("lo_doc.pdf", "cairo_pl.pdf", "all_cid.pdf", "split_streams.pdf"):
        outcome = redact(torture, torture_manifest, name, detect=False, retypeset=True)
        output = tmp_path / name
        output.write_bytes(outcome.pdf_bytes)
        assert leakcheck(output) == {}
        assert "[redacted]" in "".join(page.extract_text() for page in PdfReader(output).pages)
