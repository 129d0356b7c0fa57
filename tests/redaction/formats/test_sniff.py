"""``sniff``: the type from the content alone. Real magic bytes, structures, and impostors."""

from __future__ import annotations

import codecs
import io
import subprocess
from pathlib import Path

import formats_builders as build
import pytest
from support import require_executable

from redaction.formats import SniffingReader, sniff

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
AVIF = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 64
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64
RFC822 = b"From: Sarah <s@example.com>\nTo: bea@example.org\nSubject: Leo\nDate: Mon, 2 Mar 2026 09:00:00 +0000\n\nHi\n"
MIME = b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nhi\r\n--x--\r\n"

TABLE = [
    ("pdf", (SAMPLES / "paediatric-letter.pdf").read_bytes(), "pdf", "application/pdf"),
    ("png", build.image("png"), "image", "image/png"),
    ("jpeg", build.image("jpeg"), "image", "image/jpeg"),
    ("gif", build.image("gif"), "image", "image/gif"),
    ("tiff", build.image("tiff"), "image", "image/tiff"),
    ("bmp", build.image("bmp"), "image", "image/bmp"),
    ("webp", build.image("webp"), "image", "image/webp"),
    ("heic", HEIC, "image", "image/heic"),
    ("avif", AVIF, "image", "image/avif"),
    ("doc", build.ole(build.DOC_STREAMS), "doc", "application/msword"),
    ("msg", build.ole(build.MSG_STREAMS), "msg", "application/vnd.ms-outlook"),
    ("xls", build.ole(build.XLS_STREAMS), "unknown", "application/vnd.ms-excel"),
    ("rtf", b"{\\rtf1\\ansi Dear Mrs Quennell}", "rtf", "application/rtf"),
    ("docx", build.docx(), "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("odt", build.odt(), "odt", "application/vnd.oasis.opendocument.text"),
    ("ods", build.odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"), "zip", "application/zip"),
    ("zip", build.plain_zip(), "zip", "application/zip"),
    ("eml", RFC822, "eml", "message/rfc822"),
    ("mime", MIME, "eml", "message/rfc822"),
    ("built e-mail", build.eml(), "eml", "message/rfc822"),
    ("mbox", b"From sarah@example.com Mon Mar  2 09:00:00 2026\n" + RFC822, "eml", "message/rfc822"),
    ("utf-8", "Zoë rang about Leo.\n".encode(), "text", "text/plain; charset=utf-8"),
    ("utf-8 bom", codecs.BOM_UTF8 + b"Leo\n", "text", "text/plain; charset=utf-8"),
    ("utf-16 le", "Zoë rang".encode("utf-16"), "text", "text/plain; charset=utf-16"),
    ("utf-16 be", codecs.BOM_UTF16_BE + "Zoë rang".encode("utf-16-be"), "text", "text/plain; charset=utf-16"),
    ("empty", b"", "text", "text/plain; charset=utf-8"),
]


@pytest.mark.parametrize(("data", "kind", "mime"), [row[1:] for row in TABLE], ids=[row[0] for row in TABLE])
def test_the_type_comes_from_the_content(data: bytes, kind: str, mime: str) -> None:
    found = sniff(data)
    assert (found.kind, found.mime) == (kind, mime), found.detail


IMPOSTORS = [
    ("a docx named .pdf", build.docx(), "report.pdf", "docx"),
    ("a pdf named .docx", (SAMPLES / "paediatric-letter.pdf").read_bytes(), "plan.docx", "pdf"),
    ("an e-mail named .txt", RFC822, "notes.txt", "eml"),
    ("zip magic, no directory", b"PK\x03\x04 not really a docx", "plan.docx", "zip"),
    ("an MP4 video", MP4, "photo.heic", "unknown"),
    ("'BM' opening text", b"BM is the head teacher's initials\n", None, "text"),
    ("Latin-1 text", "Zoë rang".encode("latin-1"), "note.txt", "unknown"),
    ("UTF-32 text", "Leo".encode("utf-32"), "note.txt", "unknown"),
    ("random bytes", bytes(range(256)) * 4, "x.bin", "unknown"),
    ("a damaged OLE file", build.ole(build.DOC_STREAMS)[:600], "x.doc", "unknown"),
    ("text mentioning %PDF-", b"The file began %PDF-1.7 and was then cut.\n", None, "text"),
    ("junk before a PDF header", b"\x00\x01junk\n" + (SAMPLES / "paediatric-letter.pdf").read_bytes(), None, "pdf"),
    ("headers in the middle of prose", b"Notes\n\nFrom: Sarah\nTo: Bea\n", None, "text"),
    ("one header only", b"Subject: call back\n\nPlease ring Sarah.\n", None, "text"),
    ("one header, named .eml", b"Subject: call back\n\nPlease ring Sarah.\n", "call.eml", "eml"),
]


@pytest.mark.parametrize(("data", "filename", "kind"), [row[1:] for row in IMPOSTORS], ids=[row[0] for row in IMPOSTORS])
def test_names_and_impostors_do_not_decide(data: bytes, filename: str | None, kind: str) -> None:
    assert sniff(data, filename=filename).kind == kind


def test_text_holding_encoded_blocks_says_so() -> None:
    text = b"Forwarded below.\n\nContent-Transfer-Encoding: base64\n\n" + b"UEsDBBQAAAAIAAAAIQDfpNJsWgEAACAFAAATAAgCW0NvbnRlbnRf\n" * 4
    found = sniff(text)
    assert found.kind == "text" and "non-prose" in found.detail and "base64" in found.detail and "mime" in found.detail


def test_messages_about_what_cannot_be_read_say_what_to_do() -> None:
    assert "save it as UTF-8" in sniff("Zoë".encode("cp1252") * 10).detail
    assert "damaged" in sniff(b"PK\x03\x04 junk").detail or "no central directory" in sniff(b"PK\x03\x04 junk").detail


@pytest.mark.parametrize("tail", [1024 * 1024, 4096])
def test_a_stream_is_sniffed_as_it_passes_with_the_stored_copy_for_a_far_directory(tail: int) -> None:
    data = build.docx(padding=300)  # a central directory of about 30 KiB
    opened = []

    def reopen() -> io.BytesIO:
        opened.append(True)
        return io.BytesIO(data)

    reader = SniffingReader(io.BytesIO(data), tail=tail)
    assert b"".join(iter(lambda: reader.read(7000), b"")) == data  # the bytes pass through unchanged
    assert reader.file_type(reopen=reopen).kind == "docx"
    assert bool(opened) == (tail < 30_000)  # read again only when the tail did not hold the directory


def test_without_the_stored_copy_a_far_directory_is_reported_not_guessed() -> None:
    data = build.docx(padding=300)
    reader = SniffingReader(io.BytesIO(data), tail=4096)
    reader.read()
    found = reader.file_type()
    assert found.kind == "zip" and "could not be read" in found.detail


def test_an_ole_directory_far_from_both_ends_is_read_from_the_stored_copy() -> None:
    data = build.ole(build.MSG_STREAMS, before=300, after=40)
    reader = SniffingReader(io.BytesIO(data), tail=4096)
    reader.read()
    assert reader.file_type(reopen=lambda: io.BytesIO(data)).kind == "msg"
    reader = SniffingReader(io.BytesIO(data), tail=4096)
    reader.read()
    assert reader.file_type().kind == "unknown"


def test_hostile_ole_chains_stop() -> None:
    data = bytearray(build.ole(build.DOC_STREAMS))
    first_directory = int.from_bytes(data[48:52], "little")
    fat_at = 512  # sector 0 is the FAT: point the directory's chain at itself
    data[fat_at + 4 * first_directory : fat_at + 4 * first_directory + 4] = first_directory.to_bytes(4, "little")
    assert sniff(bytes(data)).kind == "doc"


@pytest.mark.integration
def test_files_written_by_libreoffice(tmp_path: Path) -> None:
    soffice = require_executable("soffice")
    (tmp_path / "letter.txt").write_text("Dear Mrs Quennell,\nLeo starts on Monday.\n")
    for extension, kind in (("doc", "doc"), ("docx", "docx"), ("odt", "odt"), ("rtf", "rtf")):
        # A private profile: another LibreOffice running on the machine (the Office redactor's, a user's)
        # would otherwise hold the shared one and this conversion would fail.
        subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                        "--convert-to", extension, "--outdir", str(tmp_path), str(tmp_path / "letter.txt")],
                       check=True, capture_output=True, timeout=180)
        assert sniff((tmp_path / f"letter.{extension}").read_bytes()).kind == kind, extension
