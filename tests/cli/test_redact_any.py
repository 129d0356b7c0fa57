"""``vault redact FILE OUT`` and ``vault redact FILE... --out-dir DIR``: any type, one result line
per file, outputs only once verified, the older ``pdf``/``text``/``jsonl`` words kept."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from vault.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "redaction" / "formats"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "redaction" / "pdf"))
import formats_builders as build  # noqa: E402
from pdf_builders import build_pdf  # noqa: E402

LETTER = "Sarah Whitfield rang: Leo starts at Greenbank Academy; ring her on 07700 900456.\n"


def files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_one_file_by_its_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "letter.txt"
    source.write_text(LETTER)
    known = tmp_path / "known.json"
    known.write_text(json.dumps({"PERSON": ["Sarah Whitfield"]}))
    out, report = tmp_path / "out.txt", tmp_path / "report.json"
    assert main(["redact", str(source), str(out), "--known", str(known), "--report", str(report)]) == 0
    text = out.read_text()
    assert "Whitfield" not in text and "Greenbank" not in text and "900456" not in text
    assert capsys.readouterr().out == f"{out}: text, PERSON 2, PHONE 1, SCHOOL 1; verified\n"
    assert json.loads(report.read_text())["kind"] == "text"


def test_a_pdf_takes_the_pdf_options(tmp_path: Path) -> None:
    source = tmp_path / "in.pdf"
    source.write_bytes(build_pdf(b"BT /F1 12 Tf 72 700 Td (Parent: Margaret Thornbury, tel 07700 900461.) Tj ET"))
    out = tmp_path / "out.pdf"
    assert main(["redact", str(source), str(out), "--term", "Margaret Thornbury", "--term", "07700 900461",
                 "--no-detect", "--area", "1:0,0,50,50"]) == 0
    assert "Thornbury" not in PdfReader(out).pages[0].extract_text()


def test_an_email_with_an_attachment_nobody_redacts_is_refused_or_dropped(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "mail.eml"
    source.write_bytes(build.eml(sender="Sarah Whitfield <s@example.com>", body="Plan attached.",
                                 attachments=[(build.plain_zip(), "application/zip", "papers.zip")]))
    out = tmp_path / "out.eml"
    assert main(["redact", str(source), str(out)]) == 4
    assert not out.exists() and "attachment 1 (a ZIP archive" in capsys.readouterr().err
    assert main(["redact", str(source), str(out), "--drop-attachments"]) == 0
    assert "left out attachment 1" in capsys.readouterr().err and b"Whitfield" not in out.read_bytes()


def test_many_files_in_one_run_load_the_model_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import redaction.text as text
    from redaction.text import TextRedactor

    loads: list[int] = []
    real_init = TextRedactor.__init__

    def counting(self: Any, *args: Any, **kwargs: Any) -> None:
        loads.append(1)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(text, "_DEFAULT", None)
    monkeypatch.setattr(TextRedactor, "__init__", counting)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(LETTER)
    (inputs / "b.eml").write_bytes(build.eml(sender="Sarah Whitfield <s@example.com>", body="Leo is fine."))
    (inputs / "c.zip").write_bytes(build.plain_zip())
    (inputs / "d.txt").write_text("Leo starts at Gree=\nnbank Academy.\n")
    out = tmp_path / "out"
    out.mkdir()
    code = main(["redact", *(str(inputs / name) for name in ("a.txt", "b.eml", "c.zip", "d.txt")), "--out-dir", str(out)])
    captured = capsys.readouterr()
    assert code == 4 and loads == [1]
    assert files(out) == ["a.txt", "b.eml"]  # nothing half-written, no temporary files left
    assert captured.out.count("; verified") == 2
    assert "c.zip: a ZIP archive" in captured.err and "d.txt: the text holds a quoted-printable block" in captured.err
    assert "2 of 4 files redacted and verified" in captured.err


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["IN", "IN"], 2, "would replace it"),
    (["missing.txt", "OUT"], 3, "cannot be read"),
    (["IN"], 2, "give FILE OUT"),
    (["IN", "OUT", "X"], 2, "give FILE OUT"),
    (["IN", "--out-dir", "nowhere"], 2, "does not exist"),
    (["IN", "OUT", "--area", "1:0,0,5,5"], 2, "areas mark PDF pages"),
    (["IN", "OUT", "--area", "nonsense"], 2, "is not PAGE:x0,y0,x1,y1"),
])
def test_bad_requests(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "IN").write_text(LETTER)
    assert main(["redact", *argv, "--no-detect"]) == code
    assert message in capsys.readouterr().err and files(tmp_path) == ["IN"]


def test_a_file_named_like_a_command_is_given_as_a_path(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("text", "pdf", "jsonl"):
        (tmp_path / name).write_text(LETTER)
    accept = "--accept-findings"  # nothing known and no detectors: the second reader finds the names
    assert main(["redact", "./text", "out1", "--no-detect", accept]) == 0
    assert main(["redact", "--", "text", "out2", "--no-detect", accept]) == 0
    assert main(["redact", "--", "pdf", "out3", "--no-detect", accept]) == 0
    assert (tmp_path / "out1").read_text() == (tmp_path / "out2").read_text() == LETTER  # nothing known, no detectors
    assert main(["redact", "text", "out4"]) == 2  # the word keeps its meaning: standard input, no files
    assert "write it as ./text" in capsys.readouterr().err and not (tmp_path / "out4").exists()
    with pytest.raises(SystemExit):
        main(["redact", "pdf", "out5"])  # 'vault redact pdf' needs IN.pdf OUT.pdf, as before
    monkeypatch.setattr(sys, "stdin", io.StringIO("Sarah Whitfield rang."))
    assert main(["redact", "text", "--known", str(_known(tmp_path))]) == 0
    assert "Whitfield" not in capsys.readouterr().out


def _known(folder: Path) -> Path:
    path = folder / "known.json"
    path.write_text(json.dumps({"PERSON": ["Sarah Whitfield"]}))
    return path


def test_the_second_reader_is_reported_per_file_and_a_finding_is_not_0(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Detection off, the caller's identifiers only: the name and number they did not list stay, and the
    second reader says so (a line on stderr, the full lists in the report); status 6 unless accepted."""
    source, out, report = tmp_path / "letter.txt", tmp_path / "out.txt", tmp_path / "report.json"
    source.write_text("Sarah Whitfield rang from the Kirkstone ward: ring Dr Ffion Pritchard on 07700 900456.\n")
    arguments = ["redact", str(source), str(out), "--known", str(_known(tmp_path)), "--no-detect", "--report", str(report)]
    assert main(arguments) == 6
    captured = capsys.readouterr()
    assert captured.out == f"{out}: text, PERSON 1; verified\n"  # written: a person reads it to decide
    summary = [line for line in captured.err.splitlines() if "second reader" in line]
    assert summary == [f"vault: {source}: second reader: 3 findings, 1 suspect — see the report"]
    document = json.loads(report.read_text())
    assert document["verdict"] == "needs review"
    assert [(f["type"], f["text"], f["location"]) for f in document["second_reader"]] == [
        ("PERSON", "Ffion", "line 1"), ("PERSON", "Pritchard", "line 1"), ("PHONE_NUMBER", "07700 900456", "line 1")]
    assert [(s["text"], s["reason"], s["location"]) for s in document["suspects"]] == [("Kirkstone", "name-like word", "line 1")]
    assert main([*arguments, "--accept-findings"]) == 0


def test_many_files_each_get_their_line_and_a_refusal_outranks_a_finding(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    out.mkdir()
    (inputs / "clean.txt").write_text("Parent rang about the review on Monday.\n")
    (inputs / "found.txt").write_text("Please ring 07700 900456 about the review.\n")
    (inputs / "encoded.txt").write_text("Leo starts at Gree=\nnbank Academy.\n")
    def run(*names: str, accept: bool = False) -> int:
        return main(["redact", *(str(inputs / name) for name in names), "--out-dir", str(out), "--no-detect",
                     *(["--accept-findings"] if accept else [])])

    assert run("clean.txt", "found.txt") == 6
    err = capsys.readouterr().err
    assert f"vault: {inputs / 'clean.txt'}: second reader: 0 findings, 0 suspects" in err.splitlines()
    assert f"vault: {inputs / 'found.txt'}: second reader: 1 finding, 0 suspects — --report FILE.json lists them" in err
    assert "2 of 2 files redacted and verified; 1 with second-reader findings to review" in err
    assert run("clean.txt", "found.txt", "encoded.txt") == 4  # refused outranks needs-review
    assert run("clean.txt", "found.txt", accept=True) == 0


def test_redact_text_is_read_again_too(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "report.json"
    monkeypatch.setattr(sys, "stdin", io.StringIO("Sarah Whitfield rang about Tuesday."))
    assert main(["redact", "text", "--known", str(_known(tmp_path)), "--report", str(report)]) == 0
    captured = capsys.readouterr()
    assert "Whitfield" not in captured.out and captured.err == "vault: standard input: second reader: 0 findings, 0 suspects\n"
    document = json.loads(report.read_text())
    assert document["verdict"] == "released" and document["spans"] and document["second_reader"] == []
    monkeypatch.setattr(sys, "stdin", io.StringIO("Forwarded:\nIt=E2=80=99s Leo=E2=80=99s plan, see=\nyou."))
    assert main(["redact", "text"]) == 5  # encoded: no reader can vouch for it, so nothing is printed
    captured = capsys.readouterr()
    assert captured.out == "" and "encoded content" in captured.err


def test_an_email_to_a_pdf_out_is_written_as_a_verified_pdf_bundle(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "mail.eml"
    source.write_bytes(build.eml(sender="Sarah Whitfield <s@example.com>", subject="Leo's plan",
                                 body="Leo Whitfield is settling in.",
                                 attachments=[(b"Notes on Leo Whitfield.\n", "text/plain", "notes.txt")]))
    out = tmp_path / "mail.pdf"
    assert main(["redact", str(source), str(out)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "From: " in text and "is settling in" in text and "Attachment: notes.txt" in text
    assert "Whitfield" not in text and f"{out}: eml," in capsys.readouterr().out
    folder = tmp_path / "outs"
    folder.mkdir()
    assert main(["redact", str(source), "--out-dir", str(folder), "--pdf"]) == 0
    assert files(folder) == ["mail.pdf"] and (folder / "mail.pdf").read_bytes().startswith(b"%PDF-")


def test_redact_text_says_what_is_not_guaranteed_in_another_language(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "report.json"
    german = ("Sehr geehrte Frau Schneider, vielen Dank für das Gespräch am Montag. Ihr Sohn Lukas hat in der "
              "Schule große Fortschritte gemacht, und wir werden im nächsten Monat ein weiteres Treffen vereinbaren.")
    monkeypatch.setattr(sys, "stdin", io.StringIO(german))
    status = main(["redact", "text", "--report", str(report), "--accept-findings"])
    assert status == 0
    captured = capsys.readouterr()
    assert "Schneider" not in captured.out and "Gespräch am Montag" in captured.out
    assert "not guaranteed: written in German" in captured.err
    document = json.loads(report.read_text())
    assert document["language"] == "de" and "German" in document["not_guaranteed"][0]


def test_text_over_the_limit_gets_a_clear_error_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import redaction.text

    monkeypatch.setattr(redaction.text, "MAX_TEXT_CHARS", 50)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Sarah Whitfield rang. " * 10))
    assert main(["redact", "text"]) == 3
    captured = capsys.readouterr()
    assert captured.out == "" and "more than 50 characters" in captured.err
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": 1, "text": "short"}) + "\n" + json.dumps({"id": 2, "text": "x" * 51}) + "\n")
    assert main(["redact", "jsonl", str(source), str(out)]) == 3
    assert "record 2: the text is 51 characters" in capsys.readouterr().err and not out.exists()


def test_jsonl_refuses_a_line_longer_than_any_record_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile line (no newline for gigabytes) is not read into memory whole: past the longest record's line
    (its text at most MAX_TEXT_CHARS, each character a JSON escape) the run stops, naming the line."""
    import redaction.text

    monkeypatch.setattr(redaction.text, "MAX_TEXT_CHARS", 10)
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": 1, "text": "short"}) + "\n" + "x" * 1_000_200 + "\n")
    assert main(["redact", "jsonl", str(source), str(out)]) == 3
    assert "in.jsonl:2: the line is longer than 1,000,120 characters" in capsys.readouterr().err and not out.exists()


def test_jsonl_redacts_many_records_a_batch_at_a_time_in_input_order(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import vault.cli._redact_text as cli

    monkeypatch.setattr(cli, "_RECORDS_AT_ONCE", 3)  # seven records: three batches
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    names = ["Sarah Whitfield", "Tomasz Nowak", "Ada Okafor", "Leo Hughes", "Priya Shah", "Jon Ellis", "Mia Rossi"]
    source.write_text("".join(json.dumps({"id": n, "text": f"{name} rang the office."}) + "\n"
                              for n, name in enumerate(names)))
    assert main(["redact", "jsonl", str(source), str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == list(range(7))
    assert all(name not in row["redacted"] and row["redacted"].endswith(" rang the office.")
               for name, row in zip(names, rows))
