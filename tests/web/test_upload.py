"""Uploading several documents in one form: each streamed into the store with its own title and the
parent's wishes, each refused with its own reason (too large, empty, refused type)."""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
import httpx
from vault_world import PASSWORD, Cast, LiveServer
from web_world import csrf_of, sign_in

from vault.api.worker import serving_app
from vault.app import Vault
from vault.web.filetypes import early_refusal
from vault.web.multipart import MultipartError, PartReader

PDF = b"%PDF-1.4\n" + b"x" * 300_000 + b"\n%%EOF"


def _upload(client: TestClient, case_id: str, rows: dict[int, tuple[str, bytes, dict[str, str]]], **headers: str):  # type: ignore[no-untyped-def]
    token = csrf_of(client.get(f"/web/cases/{case_id}/upload").text)
    data: dict[str, str] = {"csrf_token": token}
    files = []
    for n, (name, content, fields) in rows.items():
        data.update({f"{key}-{n}": value for key, value in fields.items()})
        files.append((f"file-{n}", (name, content, "application/octet-stream")))
    return client.post(f"/web/cases/{case_id}/upload", data=data, files=files, headers=headers)


def test_several_documents_are_stored_each_with_its_title_and_wishes(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    response = _upload(client, cast.own, {
        1: ("plan.pdf", PDF, {"title": "Draft EHC plan", "return": "yes"}),
        2: ("note.txt", "Spoke to Sarah — see you Tuesday\n".encode(), {"keep": "yes"}),
    })
    assert response.status_code == 303
    assert response.headers["location"] == f"/web/cases/{cast.own}/documents?uploaded=2"
    assert "2 documents uploaded" in client.get(response.headers["location"]).text
    documents = {d.filename: d for d in vault.documents.list(cast.supporter, cast.own)}
    plan, note = documents["plan.pdf"], documents["note.txt"]
    assert (plan.title, plan.content_type, plan.return_on_request, plan.keep_on_file) == ("Draft EHC plan", "application/pdf", True, False)
    assert (note.title, note.content_type, note.return_on_request, note.keep_on_file) == ("note.txt", "text/plain; charset=utf-8", False, True)  # sniffed
    _view, reader = vault.documents.open(cast.supporter, plan.id)
    with reader:
        assert reader.read() == PDF


def test_each_refused_file_gets_its_own_reason_and_the_others_are_kept(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    response = _upload(client, cast.own, {
        1: ("good.pdf", PDF, {}),
        2: ("setup.exe", b"MZ\x90\x00" + b"\x00" * 100, {}),
        3: ("empty.pdf", b"", {}),
        4: ("photos.zip", b"PK\x03\x04" + b"\x00" * 100, {}),
    })
    assert response.status_code == 400
    text = response.text
    assert "1 document was uploaded" in text and "good.pdf" in text
    assert ("setup.exe: The file cannot be uploaded: it is a file of an unrecognised type, not a type of document "
            "the vault takes") in text
    assert "empty.pdf: The file cannot be uploaded: the file is empty" in text
    assert "upload the documents inside it instead" in text
    assert 'href="#file-2"' in text and 'id="file-2-error"' in text
    assert [d.filename for d in vault.documents.list(cast.supporter, cast.own)] == ["good.pdf"]


def test_a_file_over_the_limit_is_refused_and_nothing_of_it_kept(vault: Vault, cast: Cast) -> None:
    small = Vault(database=vault.database, keyring=vault.core.keyring.current(), backend=vault.core.backend,
                  rules=replace(vault.rules, max_upload_bytes=100_000), clock=vault.core.clock)
    with TestClient(serving_app(small), base_url="http://127.0.0.1", follow_redirects=False) as client:
        sign_in(client, "sam")
        response = _upload(client, cast.own, {1: ("big.pdf", PDF, {}), 2: ("small.txt", b"fine", {})})
    assert "big.pdf: The file is larger than 97.7 KB: nothing was stored" in response.text
    assert [d.filename for d in small.documents.list(cast.supporter, cast.own)] == ["small.txt"]
    assert len(list(vault.core.backend.list())) == 1  # type: ignore[attr-defined]


def test_the_script_gets_json_per_file(signed_in, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    ok = _upload(client, cast.own, {1: ("plan.pdf", PDF, {"title": "Plan"})}, accept="application/json")
    assert ok.status_code == 200
    assert ok.json()["files"][0] | {"document_id": None} == {"row": 1, "filename": "plan.pdf", "ok": True, "document_id": None,
                                                            "title": "Plan", "error": None}
    refused = _upload(client, cast.own, {1: ("x.exe", b"MZ" + b"\x00" * 10, {})}, accept="application/json")
    assert refused.json()["files"][0]["ok"] is False and "unrecognised type" in refused.json()["files"][0]["error"]


def test_nothing_chosen_is_an_error_on_the_form(signed_in, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    response = _upload(client, cast.own, {1: ("", b"", {})})
    assert response.status_code == 400 and "Select at least one file to upload" in response.text


@pytest.mark.parametrize("username", ["bea", "cora"])
def test_only_the_familys_supporter_uploads(signed_in, cast: Cast, vault: Vault, username: str) -> None:  # type: ignore[no-untyped-def]
    client = signed_in(username)
    assert client.get(f"/web/cases/{cast.own}/upload").status_code == 404
    page = client.get("/web/")
    response = client.post(f"/web/cases/{cast.own}/upload", data={"csrf_token": csrf_of(page.text)},
                           files=[("file-1", ("a.pdf", PDF, "application/pdf"))])
    assert response.status_code == 404
    assert vault.documents.list(cast.supporter, cast.own) == []


def test_a_form_that_is_not_multipart_is_refused_clearly(signed_in, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    response = client.post(f"/web/cases/{cast.own}/upload", data={"csrf_token": "x"})
    assert response.status_code == 400 and "Send the form from the upload page" in response.text


# -- the pieces --------------------------------------------------------------------------------


def _body(parts: list[tuple[str, str | None, bytes]], boundary: str = "b0und") -> bytes:
    out = b""
    for name, filename, content in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        out += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + content + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


class _Trickle(io.BytesIO):
    """A source that hands out at most 7 bytes a read (as a slow socket might)."""

    def read(self, size: int = -1, /) -> bytes:
        return super().read(7 if size < 0 else min(size, 7))


def test_parts_are_read_in_order_and_files_as_streams() -> None:
    body = _body([("csrf_token", None, b"tok"), ("title-1", None, "Zoë's plan".encode()), ("file-1", "a.pdf", PDF)])
    reader = PartReader(_Trickle(body), b"b0und")
    first, second = reader.next_part(), reader.next_part()
    assert (first.name, first.value) == ("csrf_token", "tok")  # type: ignore[union-attr]
    assert second.value == "Zoë's plan"  # type: ignore[union-attr]
    part = reader.next_part()
    assert part.filename == "a.pdf"  # type: ignore[union-attr]
    blocks = []
    while block := reader.read(65536):
        blocks.append(block)
    assert b"".join(blocks) == PDF and max(map(len, blocks)) <= 65536
    assert reader.next_part() is None


def test_an_unread_file_is_skipped_and_limits_hold() -> None:
    reader = PartReader(io.BytesIO(_body([("file-1", "a.pdf", PDF), ("title-2", None, b"after")])), b"b0und")
    assert reader.next_part().filename == "a.pdf"  # type: ignore[union-attr]
    assert reader.next_part().value == "after"  # type: ignore[union-attr]
    with pytest.raises(MultipartError, match="too long"):
        PartReader(io.BytesIO(_body([("title-1", None, b"x" * 20_000)])), b"b0und").next_part()
    with pytest.raises(MultipartError, match="at most"):
        reader = PartReader(io.BytesIO(_body([(f"f{n}", None, b"") for n in range(101)])), b"b0und")
        while reader.next_part() is not None:
            pass
    cut = PartReader(io.BytesIO(_body([("file-1", "a.pdf", PDF)])[:5000]), b"b0und")
    cut.next_part()
    with pytest.raises(MultipartError, match="ended part way"):
        while cut.read(1000):
            pass


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


# A Word document whose directory lies past the first 64 KiB (a picture first): only the whole file tells.
DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/media/image1.png": os.urandom(200_000),
             "word/document.xml": b"<w:document>Annual review</w:document>"})
PHOTOS = _zip({"IMG_0001.jpg": os.urandom(200_000), "IMG_0002.jpg": os.urandom(1000)})


def test_containers_are_judged_by_their_directory_as_they_are_stored(signed_in, cast: Cast, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    client = signed_in("sam")
    response = _upload(client, cast.own, {1: ("review.docx", DOCX, {}), 2: ("photos.zip", PHOTOS, {})})
    assert "photos.zip: The file cannot be uploaded: it is a ZIP archive of 2 files: upload the documents inside it instead" in response.text
    [kept] = vault.documents.list(cast.supporter, cast.own)
    assert (kept.filename, kept.kind, kept.declared_type) == ("review.docx", "docx", "application/octet-stream")
    assert len(list(vault.core.backend.list())) == 1  # type: ignore[attr-defined]  # nothing of the refused ZIP


@pytest.mark.parametrize(("head", "whole", "expected"), [
    (b"%PDF-1.7\n", True, None),
    (b"\x89PNG\r\n\x1a\n....", True, None),
    (b"{\\rtf1\\ansi", True, None),
    (b"From: a@example.org\nTo: b@example.org\nSubject: EHCP\nMIME-Version: 1.0\nContent-Type: text/plain\n\nHello", True, None),
    ("Meeting notes: Zoë".encode(), True, None),
    (b"PK\x03\x04" + b"\x00" * 100, False, None),  # a container: its directory decides, later
    (b"", True, "the file is empty"),
    (b"MZ\x90\x00" + b"\x00" * 200, True, "it is a file of an unrecognised type, not a type of document the vault takes "
                                         "(PDF, Word, OpenDocument, RTF, e-mail, text or image)"),
    ("café au lait, naïve and more text here".encode("latin-1"), True,
     "it is text that is not UTF-8 (perhaps Windows-1252): save it as UTF-8 text, not a type of document the vault "
     "takes (PDF, Word, OpenDocument, RTF, e-mail, text or image)"),
])
def test_the_first_bytes_settle_most_types(head: bytes, whole: bool, expected: str | None) -> None:
    assert early_refusal(head, whole=whole) == expected


def test_a_file_over_a_mebibyte_goes_through_the_real_server(vault: Vault, cast: Cast) -> None:
    """The API bounds request bodies at 1 MiB; the page's upload route streams (vault.web.STREAMED_FORMS)."""
    big = b"%PDF-1.4\n" + os.urandom(3 * 1024 * 1024) + b"\n%%EOF"
    server = LiveServer(serving_app(vault))
    try:
        with httpx.Client(base_url=server.url, follow_redirects=False) as client:
            form = client.get("/web/sign-in")
            client.post("/web/sign-in", data={"csrf_token": csrf_of(form.text), "username": "sam", "password": PASSWORD})
            token = csrf_of(client.get(f"/web/cases/{cast.own}/upload").text)
            response = client.post(f"/web/cases/{cast.own}/upload", data={"csrf_token": token, "title-1": "Scan"},
                                   files=[("file-1", ("scan.pdf", big, "application/pdf"))])
            assert response.status_code == 303, response.text
            over_api = client.post(f"/cases/{cast.own}/notes", content=b"x" * (2 * 1024 * 1024))
            assert over_api.status_code == 413  # the rest of the application keeps its bound
    finally:
        server.stop()
    [stored] = vault.documents.list(cast.supporter, cast.own)
    assert (stored.title, stored.size) == ("Scan", len(big))
