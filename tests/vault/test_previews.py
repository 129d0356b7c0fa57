"""Previews: a document's pages as PNGs, with a download's policy and audit, kept encrypted under the
case key, destroyed with the document and the case."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from PIL import Image
from sqlalchemy import func, select
from support import REPO_ROOT, require_executable
from vault_world import OPERATOR, Cast, login_headers

from storage import MemoryStore
from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent, DocumentPreview
from vault.errors import InvalidRequest, NotFound
from vault.keystore import SqlKeyStore
from vault.previews import PreviewUnavailable, Rendering, kind_of, private_folder, render

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "redaction" / "formats"))
import formats_builders  # noqa: E402
from vault.previews import _email_text as email_text
from vault.services import NewDocument, PreviewService, PreviewUnavailableError, ReleaseTo

LETTER = "Dear Mrs Whitfield,\n\nThank you for coming in.\n" * 50  # 150 lines: three pages of text


def upload(vault: Vault, cast: Cast, data: bytes, filename: str = "letter.txt") -> str:
    return vault.documents.upload(cast.supporter, cast.own, io.BytesIO(data), NewDocument(title="Letter", filename=filename)).id


def viewed(vault: Vault, document_id: str) -> list[AuditEvent]:
    with vault.database.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "viewed", AuditEvent.target_id == document_id)))


def png_size(data: bytes) -> tuple[int, int]:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image.size


def test_kinds_come_from_the_content() -> None:
    assert kind_of(b"%PDF-1.7\n...") == "pdf"
    assert kind_of(b"PK\x03\x04 a zip") is None and kind_of(b"{\\rtf1 hello}") == "office"  # a bare ZIP: no preview
    buffer = io.BytesIO()
    Image.new("L", (4, 4)).save(buffer, format="PNG")
    assert kind_of(buffer.getvalue()) == "image"
    assert kind_of(b"From: a@b.example\nSubject: hi\nMIME-Version: 1.0\n\nbody") == "email"
    assert kind_of(LETTER.encode()) == "text" and kind_of(b"\x00\x01\x02\x03\x04binary\x00\xff\xfe") is None


def test_a_page_is_shown_once_rendered_and_then_from_its_encrypted_copy(vault: Vault, cast: Cast, backend: MemoryStore) -> None:
    document = upload(vault, cast, LETTER.encode())
    calls: list[Sequence[int]] = []

    def counting(data: bytes, pages: Sequence[int]) -> Rendering:
        calls.append(pages)
        return render(data, pages)

    vault.previews = PreviewService(vault.core, renderer=counting)
    first = vault.previews.page(cast.supporter, document, 1)
    again = vault.previews.page(cast.supporter, document, 1)
    assert first == again and png_size(first)[1] <= 1600 and calls == [[1]]
    assert len(viewed(vault, document)) == 2  # one viewed event per page shown, cached or not
    event = viewed(vault, document)[0]
    detail = json.loads(event.detail)
    assert event.actor_id == cast.supporter.id and detail["preview_page"] == 1 and detail["content"] is True
    with vault.database.session() as session:
        preview = session.scalar(select(DocumentPreview))
        assert preview is not None and preview.pages == 3 and preview.case_id == cast.own
    assert len(list(backend.list())) == 2  # the document and its page
    assert all(b"\x89PNG" not in backend.raw(o.name) for o in backend.list())  # never stored in the clear
    assert SqlKeyStore(vault.database).get_object_key(preview.id) is not None


def test_a_refused_preview_is_not_found_and_writes_no_view(vault: Vault, cast: Cast) -> None:
    document = upload(vault, cast, LETTER.encode())
    with pytest.raises(NotFound):
        vault.previews.page(cast.other_supporter, document, 1)
    with pytest.raises(NotFound):
        vault.previews.page(cast.supporter, "f" * 32, 1)
    assert viewed(vault, document) == []
    with vault.database.session() as session:
        denied = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "denied"))
        assert denied == 2


def test_pages_past_the_end_and_types_without_a_preview_say_so(vault: Vault, cast: Cast) -> None:
    document = upload(vault, cast, LETTER.encode())
    with pytest.raises(InvalidRequest, match="from 1"):
        vault.previews.page(cast.supporter, document, 0)
    with pytest.raises(InvalidRequest, match="3 page"):
        vault.previews.page(cast.supporter, document, 4)
    vault.previews.page(cast.supporter, document, 2)
    with pytest.raises(InvalidRequest, match="3 page"):  # known now: refused before reading anything
        vault.previews.page(cast.supporter, document, 9)
    binary = upload(vault, cast, b"\x00\x01\x02 not a document \xff", "x.bin")
    with pytest.raises(PreviewUnavailableError, match="no preview"):
        vault.previews.page(cast.supporter, binary, 1)
    assert viewed(vault, binary) == []


def test_an_image_preview_is_upright_scaled_and_carries_no_metadata(vault: Vault, cast: Cast) -> None:
    photo = Image.new("RGB", (3000, 1000), "white")
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x013B] = "Sarah Whitfield"
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", exif=exif.tobytes())
    shown = vault.previews.page(cast.supporter, upload(vault, cast, buffer.getvalue(), "p.jpg"), 1)
    assert png_size(shown) == (533, 1600) and b"Whitfield" not in shown
    assert not Image.open(io.BytesIO(shown)).getexif()


def test_an_email_shows_its_headers_and_text_not_its_attachments(vault: Vault, cast: Cast) -> None:
    message = (b"From: School <office@school.example>\nTo: parent@example.org\nSubject: Plan\nMIME-Version: 1.0\n"
               b"Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/plain\n\nSee attached.\n"
               b"--XX\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=plan.docx\n"
               b"Content-Transfer-Encoding: base64\n\nUEsDBA==\n--XX--\n")
    assert "[attachment: plan.docx]" in email_text(message) and "See attached." in email_text(message)
    assert png_size(vault.previews.page(cast.supporter, upload(vault, cast, message, "m.eml"), 1))


def test_previews_go_with_the_document_returned(vault: Vault, cast: Cast, backend: MemoryStore) -> None:
    document = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(LETTER.encode()),
                                      NewDocument(title="Letter", filename="l.txt", return_on_request=True)).id
    vault.previews.page(cast.supporter, document, 1)
    vault.previews.page(cast.supporter, document, 2)
    with vault.database.session() as session:
        ids = list(session.scalars(select(DocumentPreview.id)))
    request = vault.returns.request(cast.supporter, document)
    _view, _doc, reader = vault.returns.release(cast.supporter, request.id, to=ReleaseTo.PARENT)
    reader.close()
    assert vault.returns.complete(cast.supporter, request.id).leftovers is False
    keys = SqlKeyStore(vault.database)
    assert all(keys.get_object_key(i) is None for i in ids) and len(ids) == 2
    assert not any(i in o.name for i in ids for o in backend.list())
    with vault.database.session() as session:
        assert session.scalar(select(func.count()).select_from(DocumentPreview)) == 0


def test_previews_go_with_the_case(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    document = upload(vault, cast, LETTER.encode())
    vault.previews.page(cast.supporter, document, 1)
    vault.cases.close(cast.supporter, cast.own, outcome="Resolved")
    clock.set(datetime(2032, 7, 1, 12, tzinfo=UTC))
    result = vault.retention.apply(OPERATOR)
    assert len(result.destroyed) == 1 and result.leftover_objects == []
    with vault.database.session() as session:
        assert session.scalar(select(func.count()).select_from(DocumentPreview)) == 0


def test_the_private_folder_is_private_and_always_removed() -> None:
    with pytest.raises(RuntimeError):
        with private_folder() as folder:
            assert folder.stat().st_mode & 0o777 == 0o700
            (folder / "page.png").write_bytes(b"x")
            kept = folder
            raise RuntimeError("rendering failed")
    assert not kept.exists()


def test_a_missing_program_makes_the_preview_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vault.previews.shutil.which", lambda name: None)
    with pytest.raises(PreviewUnavailable, match="pdftoppm|pdfinfo"):
        render(b"%PDF-1.4 not really", [1])
    with pytest.raises(PreviewUnavailable, match="LibreOffice"):
        render(formats_builders.docx(["A letter"]), [1])


@pytest.mark.integration
def test_a_pdf_page_through_the_api(client: httpx.Client, vault: Vault, cast: Cast) -> None:
    require_executable("pdftoppm")
    pdf = (REPO_ROOT / "samples" / "paediatric-letter.pdf").read_bytes()
    document = upload(vault, cast, pdf, "letter.pdf")
    sam = login_headers(client, "sam")
    shown = client.get(f"/documents/{document}/pages/1.png", headers=sam)
    assert shown.status_code == 200 and shown.headers["content-type"] == "image/png"
    width, height = png_size(shown.content)
    assert max(width, height) <= 1600 and height > width
    assert client.get(f"/documents/{document}/pages/99.png", headers=sam).status_code == 400
    bea = login_headers(client, "bea")
    assert client.get(f"/documents/{document}/pages/1.png", headers=bea).status_code == 404


@pytest.mark.integration
@pytest.mark.slow
def test_an_office_document_is_converted_by_libreoffice(vault: Vault, cast: Cast, tmp_path: Path) -> None:
    require_executable("soffice")
    require_executable("pdftoppm")
    source = tmp_path / "letter.txt"
    source.write_text("Dear Parent,\nThank you.\n")
    import subprocess

    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless", "--convert-to",
                    "docx", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    document = upload(vault, cast, (tmp_path / "letter.docx").read_bytes(), "letter.docx")
    assert png_size(vault.previews.page(cast.supporter, document, 1))
