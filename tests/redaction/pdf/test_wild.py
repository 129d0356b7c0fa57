"""Every file of ../shared/pdf-wild (real PDFs from many producers) through ``vault redact pdf``:
redacted and verified, or refused with a clear error. Never a crash, a hang, or a silent pass-through;
and where redacted, nothing outside the boxes (and the annotations it flattened) changes on the page.

Each run is a subprocess with a time limit, so a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from support import require_executable

from redaction.pdf.matcher import Matcher, targets_from

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TIME_LIMIT = 240  # seconds per file (every file opens in pypdf in under 5 s; OCR of GeoTopo's images dominates)
DUMMY = "Zyxwvut Qponmlk"
MUST_REFUSE = {"unreadablemetadata.pdf"}
FILES = [
    "002-trivial-libre-office-writer.pdf", "GeoTopo-komprimiert.pdf", "annotated_pdf.pdf", "base64image.pdf",
    "cmyk-image.pdf", "crazyones-pdfa.pdf", "google-doc-document.pdf", "grayscale-image.pdf",
    "habibi-oneline-cmap.pdf", "habibi-rotated.pdf", "habibi.pdf", "imagemagick-ASCII85Decode.pdf",
    "imagemagick-CCITTFaxDecode.pdf", "imagemagick-images.pdf", "imagemagick-lzw.pdf", "inline-image.pdf",
    "libre-office-link.pdf", "libreoffice-form.pdf", "libreoffice-writer-password.pdf", "minimal-document.pdf",
    "mistitled_outlines_example.pdf", "multicolumn.pdf", "output_with_metadata_pymupdf.pdf", "pdfkit.pdf",
    "pdflatex-4-pages.pdf", "pdflatex-forms.pdf", "pdflatex-image.pdf", "pdflatex-outline.pdf",
    "reportlab-overlay.pdf", "unreadablemetadata.pdf", "with-attachment.pdf",
]


def vault(*arguments: str) -> subprocess.CompletedProcess[str]:
    """Findings are accepted: these files are not a family's (Lorem ipsum, German, sample forms), and the
    second reader's findings on them are its to report (checked below), not these tests' to judge."""
    return subprocess.run([sys.executable, "-m", "vault", "redact", "pdf", *arguments, "--accept-findings"],
                          capture_output=True, text=True, timeout=TIME_LIMIT, check=False)


def assert_second_reader_said(run: subprocess.CompletedProcess[str], source: Path) -> None:
    lines = [line for line in run.stderr.splitlines() if "second reader:" in line]
    assert len(lines) == 1 and lines[0].startswith(f"vault: {source}: second reader: "), run.stderr


@pytest.fixture(scope="module")
def entries(wild: Path) -> dict[str, dict[str, Any]]:
    require_executable("tesseract")
    return {entry["file"]: entry for entry in json.loads((wild / "manifest.json").read_text())}


def extracted_texts(path: Path) -> list[str]:
    texts = [page.extract_text() or "" for page in PdfReader(path).pages]
    texts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=False).stdout)
    return texts


def assert_clean_output(path: Path, source: Path, target: str) -> None:
    reader = PdfReader(path)
    assert len(reader.pages) == len(PdfReader(source, password=_password(source)).pages)
    matcher = Matcher(targets_from([target]))
    assert not any(matcher.find_targets(text) for text in extracted_texts(path))
    assert reader.metadata is None and reader.xmp_metadata is None
    assert not reader.attachments and not reader.outline and reader.get_fields() is None
    for page in reader.pages:
        assert "/Annots" not in page and "/Thumb" not in page
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert check.returncode in (0, 3), check.stdout + check.stderr  # 3: warnings only


def _password(source: Path) -> str | None:
    return "openpassword" if source.name == "libreoffice-writer-password.pdf" else None


def assert_clear_refusal(run: subprocess.CompletedProcess[str]) -> None:
    assert run.returncode in (2, 3, 4, 5), run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vault: ") and "unexpected error" not in lines[0]


@pytest.mark.parametrize("name", FILES)
def test_redacted_and_verified_or_refused(name: str, wild: Path, entries: dict[str, dict[str, Any]],
                                          pixel_diff: Any, annotation_regions: Any, tmp_path: Path) -> None:
    require_executable("qpdf")
    source = wild / name
    output = tmp_path / name
    target = entries[name].get("redact_candidate") or DUMMY
    arguments = [str(source), str(output), "--term", target, "--no-detect", "--report", str(tmp_path / "r.json")]
    if _password(source):
        arguments += ["--password", _password(source) or ""]
    run = vault(*arguments)
    if name in MUST_REFUSE:
        assert_clear_refusal(run)
        assert not output.exists()
        return
    assert run.returncode == 0, run.stderr
    assert_clean_output(output, source, target)
    assert_second_reader_said(run, source)
    document = json.loads((tmp_path / "r.json").read_text())
    report = document["report"]
    assert document["verdict"] in ("released", "needs review") and isinstance(document["second_reader"], list)
    for suspect in document["suspects"]:  # each placed on its page, with a box inside the page
        assert suspect["location"].startswith(f"page {suspect['page']}, line ") and len(suspect["box"]) == 4
    regions = annotation_regions(source, flattened_too=True, password=_password(source))
    for box in document["boxes"]:
        regions.setdefault(box["page"] - 1, []).append([tuple(point) for point in box["quad"]])
    assert pixel_diff(source, output, regions, password=_password(source)) == {}  # nothing else moved
    if target == DUMMY:  # nothing to find: said so, not claimed as done
        assert report["not_found"] == [DUMMY] and f"term not found in {name}" in run.stderr


def test_encrypted_file_needs_its_password_and_takes_either(wild: Path, tmp_path: Path) -> None:
    source = wild / "libreoffice-writer-password.pdf"
    output = tmp_path / "out.pdf"
    refused = vault(str(source), str(output), "--term", "Lorem", "--no-detect")
    assert_clear_refusal(refused)
    assert "password" in refused.stderr and not output.exists()
    for password in ("openpassword", "permissionpassword"):
        run = vault(str(source), str(output), "--term", "Lorem", "--no-detect", "--password", password)
        assert run.returncode == 0, run.stderr
        assert_clean_output(output, source, "Lorem")


@pytest.mark.parametrize("name", ["cmyk-image.pdf", "grayscale-image.pdf", "imagemagick-CCITTFaxDecode.pdf",
                                  "imagemagick-lzw.pdf", "imagemagick-ASCII85Decode.pdf"])
def test_area_over_an_image_only_page_changes_its_pixels(name: str, wild: Path, tmp_path: Path) -> None:
    source = wild / name
    box = PdfReader(source).pages[0].mediabox
    area = f"1:{float(box.left)},{float(box.bottom)},{float(box.right)},{float(box.top)}"
    output = tmp_path / name
    run = vault(str(source), str(output), "--area", area, "--no-detect", "--report", str(tmp_path / "r.json"))
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "r.json").read_text())["report"]
    assert report["images_blanked"] >= 1
    before = PdfReader(source).pages[0].images[0].image.convert("L")
    after = PdfReader(output).pages[0].images[0].image.convert("L")
    assert before.tobytes() != after.tobytes() and len(set(after.tobytes())) == 1  # one flat value


@pytest.mark.parametrize("name", ["002-trivial-libre-office-writer.pdf", "libreoffice-form.pdf", "reportlab-overlay.pdf",
                                  "annotated_pdf.pdf", "pdflatex-outline.pdf", "with-attachment.pdf"])
def test_with_the_detectors_on(name: str, wild: Path, entries: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    source = wild / name
    output = tmp_path / name
    target = entries[name]["redact_candidate"]
    run = vault(str(source), str(output), "--term", target)
    assert run.returncode == 0, run.stderr
    assert_clean_output(output, source, target)
