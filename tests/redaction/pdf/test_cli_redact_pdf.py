"""``vault redact pdf``: exit 0 only with a verified OUT; otherwise one line, a status, and no OUT."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from redaction.pdf import api as api_module
from vault.cli import main

LINE = b"BT /F1 12 Tf 72 700 Td (Parent: Margaret Thornbury, tel 07700 900461.) Tj ET"


@pytest.fixture
def sample(tmp_path: Path, make_pdf: Any) -> Path:
    path = tmp_path / "in.pdf"
    path.write_bytes(make_pdf(LINE))
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "in.pdf")


def test_success_writes_a_verified_output_and_a_report(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = sample.parent / "out.pdf"
    report = sample.parent / "report.json"
    arguments = ["redact", "pdf", str(sample), str(out), "--term", "Margaret Thornbury", "--term", "Nobody",
                 "--no-detect", "--area", "1:0,0,50,50", "--report", str(report)]
    assert main([*arguments, "--accept-findings"]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Thornbury" not in text and "Parent" in text
    captured = capsys.readouterr()
    assert "2 boxes (AREA 1, TERM 1)" in captured.out and "verified on" in captured.out
    assert "term not found in in.pdf: 'Nobody'" in captured.err
    # Detection was off: the phone number stays, and the second reader says so (the full list in the report).
    assert "vault: " + str(sample) + ": second reader: 1 finding, 0 suspects — see the report" in captured.err
    document = json.loads(report.read_text())
    assert document["report"]["not_found"] == ["Nobody"] and len(document["boxes"]) == 2
    assert [(f["where"], f["type"], f["text"]) for f in document["second_reader"]] == [
        ("page 1", "PHONE_NUMBER", "07700 900461")]
    assert document["suspects"] == [] and document["verdict"] == "needs review"
    assert leftovers(sample.parent) == ["out.pdf", "report.json"]
    assert out.stat().st_mode & 0o044  # an ordinary file, readable as the umask allows
    assert main(arguments) == 6  # written and verified, but a finding stands: not 0 unless accepted


def test_a_clean_output_says_so_and_exits_0(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = sample.parent / "out.pdf"
    assert main(["redact", "pdf", str(sample), str(out), "--term", "Margaret Thornbury", "--term", "07700 900461",
                 "--no-detect"]) == 0
    assert capsys.readouterr().err.strip() == f"vault: {sample}: second reader: 0 findings, 0 suspects"


def test_known_identifiers_file(sample: Path, tmp_path: Path) -> None:
    known = tmp_path / "known.json"
    known.write_text(json.dumps({"PERSON": ["Margaret Thornbury"], "PHONE": ["07700900461"]}))
    out = tmp_path / "out.pdf"
    assert main(["redact", "pdf", str(sample), str(out), "--known", str(known), "--no-detect"]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Thornbury" not in text and "900461" not in text


def encrypted(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("arguments", "status", "message"),
    [
        (["--area", "9:0,0,1,1"], 2, "area on page 9"),
        (["--area", "one:0,0,1,1"], 2, "PAGE:x0,y0,x1,y1"),
        (["--known", "/nonexistent/known.json"], 2, "cannot read known identifiers"),
    ],
)
def test_bad_requests(sample: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], status: int,
                      message: str) -> None:
    out = sample.parent / "out.pdf"
    assert main(["redact", "pdf", str(sample), str(out), "--no-detect", *arguments]) == status
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert leftovers(sample.parent) == []


def test_encrypted_input_without_password_fails_without_output(sample: Path, make_pdf: Any,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    sample.write_bytes(encrypted(make_pdf(LINE)))
    out = sample.parent / "out.pdf"
    assert main(["redact", "pdf", str(sample), str(out), "--term", "Margaret", "--no-detect"]) == 3
    assert "needs a password" in capsys.readouterr().err
    assert leftovers(sample.parent) == []
    assert main(["redact", "pdf", str(sample), str(out), "--term", "Margaret", "--no-detect",
                 "--password", "secret", "--accept-findings"]) == 0  # the surname and phone stay: findings


def test_malformed_and_same_path(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample.write_bytes(b"%PDF-1.7\nnot really")
    assert main(["redact", "pdf", str(sample), str(sample.parent / "o.pdf"), "--no-detect"]) == 3
    assert main(["redact", "pdf", str(sample), str(sample), "--no-detect"]) == 2
    assert leftovers(sample.parent) == []


def test_failed_verification_leaves_no_output(sample: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    original = sample.read_bytes()
    monkeypatch.setattr(api_module, "write_document", lambda *args, **kwargs: original)
    out = sample.parent / "out.pdf"
    assert main(["redact", "pdf", str(sample), str(out), "--term", "Margaret Thornbury", "--no-detect"]) == 5
    err = capsys.readouterr().err
    assert err.startswith("vault: verification failed") and "Thornbury" not in err
    assert leftovers(sample.parent) == []
