"""Document types come from the content: the declared type is recorded, the sniffed one is used
(redaction, previews, downloads). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import httpx
import pytest
from alembic import command
from sqlalchemy import update
from vault_world import Cast, login_headers

from vault.app import Vault
from vault.db.migrate import alembic_config, upgrade
from vault.db.models import Document
from vault.services import NewDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "redaction" / "formats"))
import formats_builders as build  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAIL = build.eml(sender="Sarah Whitfield <sarah@example.com>", body="Leo starts on Monday.",
                 attachments=[(build.docx(["Leo Whitfield"]), DOCX, "plan.docx")])


def post(client: httpx.Client, cast: Cast, data: bytes, headers: dict[str, str]) -> dict[str, object]:
    sam = login_headers(client, "sam")
    response = client.post(f"/cases/{cast.own}/documents", content=data,
                           headers={**sam, "X-Title": "A paper", "X-Filename": "paper", **headers})
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


@pytest.mark.parametrize(("data", "declared", "kind", "detected"), [
    (MAIL, "text/plain", "eml", "message/rfc822"),
    (build.docx(), "text/html", "docx", DOCX),
    ((SAMPLES / "paediatric-letter.pdf").read_bytes(), "image/png", "pdf", "application/pdf"),
    (b"Sarah rang about Leo.\n", "application/x-www-form-urlencoded", "text", "text/plain; charset=utf-8"),
    (build.image("png"), "application/pdf", "image", "image/png"),
], ids=["eml as text/plain", "docx as html", "pdf as png", "text as a form (curl)", "png as pdf"])
def test_uploads_record_the_declared_type_and_use_the_sniffed_one(client: httpx.Client, cast: Cast, data: bytes,
                                                                   declared: str, kind: str, detected: str) -> None:
    made = post(client, cast, data, {"Content-Type": f"{declared}; charset=whatever"})
    assert (made["declared_type"], made["kind"], made["content_type"]) == (declared, kind, detected)
    sam = login_headers(client, "sam")
    download = client.get(f"/documents/{made['id']}/content", headers=sam)
    assert download.content == data and download.headers["content-type"].split(";")[0] == detected.split(";")[0]
    assert download.headers["x-content-type-options"] == "nosniff"
    assert client.get(f"/documents/{made['id']}", headers=sam).json()["declared_type"] == declared


def test_an_upload_without_a_content_type_is_not_a_form(client: httpx.Client, cast: Cast) -> None:
    made = post(client, cast, b"%PDF-1.4\n%%EOF\n", {})
    assert made["declared_type"] is None and made["kind"] == "pdf" and made["content_type"] == "application/pdf"


def test_a_zip_directory_beyond_the_kept_tail_is_read_from_the_stored_copy(vault: Vault, cast: Cast,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import redaction.formats.stream as stream

    monkeypatch.setattr(stream, "TAIL", 4096)
    data = build.docx(["Leo"], padding=400)  # a central directory of about 40 KiB
    view = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(data), NewDocument(title="Plan", filename="plan.bin"))
    assert view.kind == "docx" and view.declared_type is None


def test_existing_rows_keep_what_was_declared_and_are_served_as_unknown(vault: Vault, cast: Cast) -> None:
    view = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(b"Sarah rang."),
                                  NewDocument(title="Call", filename="call.txt", content_type="text/plain"))
    engine = vault.database.engine
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    with engine.begin() as connection:  # as a row written before types were sniffed
        connection.execute(update(Document).where(Document.id == view.id)
                           .values(content_type="application/x-www-form-urlencoded"))
    upgrade(engine)
    migrated = vault.documents.describe(cast.supporter, view.id)
    assert migrated.declared_type == "application/x-www-form-urlencoded" and migrated.kind is None
    assert migrated.content_type == "application/octet-stream"  # never what the uploader said
