"""Return on request, end to end through the API: request, release, complete; destroyed unless kept."""

from __future__ import annotations

import httpx
from vault_world import Cast, login_headers

from storage import MemoryStore
from vault.app import Vault
from vault.db.models import Document

BODY = b"EHC plan draft, page 1 of 40\n" * 2000


def upload(client: httpx.Client, headers: dict[str, str], case_id: str, *, keep_on_file: bool = False) -> str:
    response = client.post(
        f"/cases/{case_id}/documents",
        content=BODY,
        headers={**headers, "X-Title": "EHC%20plan", "X-Filename": "ehc-plan.pdf", "Content-Type": "application/pdf",
                 "X-Return-On-Request": "true", "X-Keep-On-File": "true" if keep_on_file else "false"},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def test_return_releases_to_the_parent_then_destroys_every_copy(client: httpx.Client, cast: Cast, vault: Vault, backend: MemoryStore) -> None:
    sam = login_headers(client, "sam")
    document = upload(client, sam, cast.own)
    objects_before = len(list(backend.list()))

    requested = client.post(f"/documents/{document}/return-requests", headers=sam)
    assert requested.status_code == 201 and requested.json()["status"] == "requested"
    again = client.post(f"/documents/{document}/return-requests", headers=sam)
    assert again.status_code == 409 and "already recorded" in again.json()["detail"]
    request_id = requested.json()["id"]

    early = client.post(f"/return-requests/{request_id}/complete", headers=sam)
    assert early.status_code == 409 and "release" in early.json()["detail"]

    released = client.post(f"/return-requests/{request_id}/release", json={"to": "parent"}, headers=sam)
    assert released.status_code == 200 and released.content == BODY
    assert client.get(f"/documents/{document}", headers=sam).json()["state"] == "returned"

    completed = client.post(f"/return-requests/{request_id}/complete", headers=sam)
    assert completed.status_code == 200, completed.text
    assert completed.json()["outcome"] == "destroyed" and completed.json()["leftovers"] is False
    assert client.get(f"/documents/{document}/content", headers=sam).status_code == 404
    assert len(list(backend.list())) == objects_before - 1  # the bytes are gone from the store
    with vault.database.session() as session:
        row = session.get(Document, document)
        assert row is not None and row.state == "destroyed" and row.title_sealed is None and row.filename_sealed is None
    from vault.keystore import SqlKeyStore

    keys = SqlKeyStore(vault.database)
    assert keys.get_object_key(document) is None and keys.get_tombstone(document) is not None

    history = client.get(f"/cases/{cast.own}/return-requests", headers=sam).json()
    assert [(r["status"], r["released_to"]) for r in history] == [("completed", "parent")]


def test_a_document_kept_on_file_is_returned_but_not_destroyed(client: httpx.Client, cast: Cast) -> None:
    sam = login_headers(client, "sam")
    document = upload(client, sam, cast.own, keep_on_file=True)
    request_id = client.post(f"/documents/{document}/return-requests", headers=sam).json()["id"]
    missing_name = client.post(f"/return-requests/{request_id}/release", json={"to": "solicitor"}, headers=sam)
    assert missing_name.status_code == 400 and "solicitor" in missing_name.json()["detail"]
    released = client.post(f"/return-requests/{request_id}/release", json={"to": "solicitor", "solicitor": "J. Patel, Patel Law"}, headers=sam)
    assert released.content == BODY
    completed = client.post(f"/return-requests/{request_id}/complete", headers=sam).json()
    assert completed["outcome"] == "kept_on_file" and completed["solicitor"] == "J. Patel, Patel Law"
    assert client.get(f"/documents/{document}/content", headers=sam).content == BODY


def test_a_legal_hold_keeps_the_vault_copy(client: httpx.Client, cast: Cast) -> None:
    sam, cora = login_headers(client, "sam"), login_headers(client, "cora")
    document = upload(client, sam, cast.own)
    assert client.put(f"/cases/{cast.own}/legal-hold", json={"on": True, "reason": "Tribunal appeal pending"}, headers=cora).status_code == 204
    request_id = client.post(f"/documents/{document}/return-requests", headers=sam).json()["id"]
    client.post(f"/return-requests/{request_id}/release", json={"to": "parent"}, headers=sam)
    assert client.post(f"/return-requests/{request_id}/complete", headers=sam).json()["outcome"] == "legal_hold"
    assert client.get(f"/documents/{document}/content", headers=sam).content == BODY


def test_return_steps_are_audited(client: httpx.Client, cast: Cast, vault: Vault) -> None:
    from sqlalchemy import select

    from vault.db.models import AuditEvent

    sam = login_headers(client, "sam")
    document = upload(client, sam, cast.own)
    request_id = client.post(f"/documents/{document}/return-requests", headers=sam).json()["id"]
    client.post(f"/return-requests/{request_id}/release", json={"to": "parent"}, headers=sam)
    client.post(f"/return-requests/{request_id}/complete", headers=sam)
    with vault.database.session() as session:
        actions = [
            (e.action, e.target_kind)
            for e in session.scalars(select(AuditEvent).where(AuditEvent.case_id == cast.own).order_by(AuditEvent.seq))
            if e.target_id in (document, request_id)
        ]
    assert actions == [("uploaded", "document"), ("requested", "return_request"), ("released", "return_request"), ("destroyed", "document")]


