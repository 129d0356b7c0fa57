"""The upload flow's guarantee: the object is durable before its row commits, so a crash in between
leaves an orphan object (swept later), never a row without bytes; and a failed upload keeps nothing."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select
from vault_world import OPERATOR, Cast, login_headers

from storage import MemoryStore
from storage.testing import FlakyStore
from vault.app import Vault
from vault.clock import FixedClock
from vault.db.models import AuditEvent, Document, ObjectKeyRow
from vault.services import NewDocument
from vault.services.documents import UploadTooLarge

DATA = b"a parent's letter\n" * 10_000
NEW = NewDocument(title="Letter", filename="letter.txt", content_type="text/plain")


def count(vault: Vault, model: type) -> int:
    with vault.database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


class Crash(Exception):
    pass


def test_a_crash_between_object_and_row_leaves_an_orphan_that_the_sweep_removes(
    vault: Vault, cast: Cast, backend: MemoryStore, monkeypatch: pytest.MonkeyPatch, clock: FixedClock
) -> None:
    objects_before = len(list(backend.list()))
    events_before = count(vault, AuditEvent)

    from vault.services import documents as documents_module

    def crash_before_commit(*_args: object, **_kwargs: object) -> None:
        raise Crash("the process died after the object was written")

    monkeypatch.setattr(documents_module, "document_view", crash_before_commit)  # runs after put, before commit
    # A process that dies runs no clean-up: the bytes it wrote stay behind (a live failure discards them).
    from storage import PendingObject

    monkeypatch.setattr(PendingObject, "discard", lambda self: None)
    with pytest.raises(Crash):
        vault.documents.upload(cast.supporter, cast.own, io.BytesIO(DATA), NEW)
    monkeypatch.undo()

    assert len(list(backend.list())) == objects_before + 1  # the bytes were durable ...
    assert count(vault, Document) == 0 and count(vault, ObjectKeyRow) == 0  # ... but no row, and no key
    assert count(vault, AuditEvent) == events_before

    clock.set(datetime.now(UTC))  # the backend stamps objects with the wall clock
    young = vault.sweep.sweep(OPERATOR, older_than=timedelta(hours=1))
    assert young.orphans_deleted == []  # might still be an upload in flight
    swept = vault.sweep.sweep(OPERATOR, older_than=timedelta(0))
    assert len(swept.orphans_deleted) == 1 and swept.consistent
    assert len(list(backend.list())) == objects_before


def test_the_sweep_reports_a_document_whose_bytes_are_missing(vault: Vault, cast: Cast, backend: MemoryStore) -> None:
    document = vault.documents.upload(cast.supporter, cast.own, io.BytesIO(DATA), NEW)
    with vault.database.session() as session:
        name = session.get(ObjectKeyRow, document.id).name  # type: ignore[union-attr]
    backend.delete(name)  # someone deleted it behind the vault's back
    result = vault.sweep.sweep(OPERATOR, older_than=timedelta(hours=1), deep=True)
    assert result.documents_without_bytes == [document.id] and not result.consistent


def test_a_storage_server_going_away_mid_upload_keeps_nothing(client: httpx.Client, cast: Cast, vault: Vault, backend: MemoryStore) -> None:
    flaky = FlakyStore(backend)
    object.__setattr__(vault.core, "backend", flaky)
    sam = login_headers(client, "sam")
    flaky.fail_put_after = 50_000
    response = client.post(f"/cases/{cast.own}/documents", content=DATA, headers={**sam, "X-Title": "Letter", "X-Filename": "l.txt"})
    assert response.status_code == 503 and "nothing was stored" in response.json()["detail"]
    assert count(vault, Document) == 0 and list(backend.list()) == []
    flaky.down = True
    assert client.post(f"/cases/{cast.own}/documents", content=DATA, headers={**sam, "X-Title": "Letter", "X-Filename": "l.txt"}).status_code == 503
    flaky.down = False
    assert client.post(f"/cases/{cast.own}/documents", content=DATA, headers={**sam, "X-Title": "Letter", "X-Filename": "l.txt"}).status_code == 201


def test_downloads_fail_cleanly_while_the_store_is_down(client: httpx.Client, cast: Cast, vault: Vault, backend: MemoryStore) -> None:
    sam = login_headers(client, "sam")
    made = client.post(f"/cases/{cast.own}/documents", content=DATA, headers={**sam, "X-Title": "Letter", "X-Filename": "l.txt"}).json()
    flaky = FlakyStore(backend)
    object.__setattr__(vault.core, "backend", flaky)
    flaky.down = True
    before = count(vault, AuditEvent)
    response = client.get(f"/documents/{made['id']}/content", headers=sam)
    assert response.status_code == 503
    assert count(vault, AuditEvent) == before  # nothing was viewed


def test_too_large_uploads_are_refused_and_keep_nothing(vault: Vault, cast: Cast, backend: MemoryStore) -> None:
    object.__setattr__(vault.core, "rules", vault.rules.__class__(**{**vault.rules.__dict__, "max_upload_bytes": 1000}))
    with pytest.raises(UploadTooLarge):
        vault.documents.upload(cast.supporter, cast.own, io.BytesIO(DATA), NEW)
    with pytest.raises(UploadTooLarge):
        vault.documents.upload(cast.supporter, cast.own, io.BytesIO(DATA), NEW, length=len(DATA))
    assert count(vault, Document) == 0 and list(backend.list()) == []


def test_a_tampered_object_is_refused_not_served(client: httpx.Client, cast: Cast, vault: Vault, backend: MemoryStore) -> None:
    sam = login_headers(client, "sam")
    made = client.post(f"/cases/{cast.own}/documents", content=DATA, headers={**sam, "X-Title": "Letter", "X-Filename": "l.txt"}).json()
    with vault.database.session() as session:
        name = session.get(ObjectKeyRow, made["id"]).name  # type: ignore[union-attr]
    stored = bytearray(backend.open(name).read())
    stored[100] ^= 1
    tags = backend.get_tags(name)
    backend.put(name, io.BytesIO(bytes(stored)), tags=tags)
    # The first chunk fails its check before any byte is sent: the download never looks whole.
    with pytest.raises(httpx.HTTPError):
        client.get(f"/documents/{made['id']}/content", headers=sam)
