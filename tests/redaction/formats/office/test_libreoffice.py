"""LibreOffice: the redacted document still opens and lays out like the original; PDF output; .doc/.rtf
conversion; refusals (not installed, unreadable, too slow, too big)."""

from __future__ import annotations

import io
from types import ModuleType
from typing import Any

import pytest
from pypdf import PdfReader
from support import require_executable

from redaction.formats import FormatRequest, LimitExceededError, MalformedFileError, UnsupportedFormatError
from redaction.formats.office import OfficeLimits, convert_to_pdf, redact_docx, redact_legacy, redact_odt
from redaction.formats.office import convert as convert_module
from redaction.formats.office.package import OLE_MAGIC


def pdf_lines(pdf: bytes) -> list[list[str]]:
    return [[line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]
            for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.integration
@pytest.mark.parametrize("name", ["header_footer.docx", "split_runs.docx", "textbox_drawingml.docx", "odt_meta.odt"])
def test_the_redacted_document_opens_and_keeps_its_layout(name: str, torture: Any, manifest: dict[str, Any],
                                                          kit: ModuleType) -> None:
    require_executable("soffice")
    data = (torture / name).read_bytes()
    kind = name.rsplit(".", 1)[1]
    outcome = (redact_docx if kind == "docx" else redact_odt)(data, FormatRequest(known=manifest[name]["known"], detect=False))
    before, after = pdf_lines(convert_to_pdf(data, kind)), pdf_lines(convert_to_pdf(outcome.data, kind))
    assert len(after) == len(before)
    untouched = [line for page in before for line in page if not any(
        secret.split()[0].lower() in line.lower() for secret in manifest[name]["secrets"])]
    assert any(line.startswith(kit.FILLER[:40]) for line in untouched)  # the filler line, however it wraps
    assert all(line in [line for page in after for line in page] for line in untouched)


@pytest.mark.integration
def test_doc_and_rtf_say_what_was_lost(torture: Any, manifest: dict[str, Any]) -> None:
    require_executable("soffice")
    outcome = redact_legacy((torture / "legacy.rtf").read_bytes(), FormatRequest(known=manifest["legacy.rtf"]["known"],
                                                                                 detect=False), "rtf")
    assert outcome.kind == "docx" and outcome.report["converted_from"] == "rtf"
    assert "macros" in outcome.report["lost_in_conversion"]


@pytest.mark.integration
def test_an_unreadable_doc_is_refused_with_the_reason() -> None:
    require_executable("soffice")
    with pytest.raises(MalformedFileError, match="LibreOffice could not read the doc file"):
        redact_legacy(OLE_MAGIC + b"\x00" * 4000, FormatRequest(detect=False), "doc")


@pytest.mark.integration
def test_conversion_limits(kit: ModuleType) -> None:
    require_executable("soffice")
    data = kit.docx(kit.document(kit.p(kit.r(kit.FILLER))))
    with pytest.raises(LimitExceededError, match="took longer than"):
        convert_to_pdf(data, "docx", limits=OfficeLimits(convert_seconds=0.05))
    with pytest.raises(LimitExceededError, match="converted pdf is larger than 100 bytes"):
        convert_to_pdf(data, "docx", limits=OfficeLimits(max_converted_bytes=100))


def test_without_libreoffice_the_reason_is_given(kit: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert_module, "libreoffice", lambda: None)
    with pytest.raises(UnsupportedFormatError, match="needs LibreOffice, which is not installed"):
        redact_legacy(b"{\\rtf1 hello}", FormatRequest(detect=False), "rtf")
    with pytest.raises(UnsupportedFormatError, match="needs LibreOffice"):
        redact_docx(kit.docx(kit.document(kit.p(kit.r("Hello.")))), FormatRequest(detect=False, output="pdf"))


@pytest.mark.parametrize(("data", "kind", "message"), [
    (b"PK\x03\x04", "doc", "not a Word 97-2003 document"),
    (b"hello", "rtf", "does not start with"),
])
def test_legacy_content_must_match_its_kind(data: bytes, kind: str, message: str) -> None:
    with pytest.raises(MalformedFileError, match=message):
        redact_legacy(data, FormatRequest(detect=False), kind)
    with pytest.raises(UnsupportedFormatError):
        redact_legacy(data, FormatRequest(detect=False), "xls")
