"""The fast paths keep the guarantees: reads commit their events (in groups) before anything is
returned, and refuse to write; an upload holds no lock while its bytes arrive, and asks the policy
again before its row commits (an upload refused at the end keeps nothing)."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from vault_world import OPERATOR, START, Cast

from storage import EncryptedStore, MemoryStore
from vault.app import Vault
from vault.audit import AuditAction, verify_chain
from vault.audit.group import GroupCommitter, PendingEvent
from vault.db import Database
from vault.db.models import AuditEvent, Document, Note, ObjectKeyRow
from vault.errors import Conflict, NotFound
from vault.policy import Action, Target, TargetKind
from vault.services import NewDocument

LETTER = b"a letter from the school\n" * 4000


def count(vault: Vault, model: type) -> int:
    with vault.database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def stored(vault: Vault, cast: Cast) -> str:
    return vault.documents.upload(cast.supporter, cast.own, io.BytesIO(LETTER), NewDocument(title="Letter", filename="l.txt")).id


# -- reads ---------------------------------------------------------------------------------------------


def test_a_read_returns_nothing_when_its_event_cannot_be_committed(vault: Vault, cast: Cast, monkeypatch: pytest.MonkeyPatch) -> None:
    document = stored(vault, cast)
    before = count(vault, AuditEvent)
    opened: list[object] = []
    original = EncryptedStore.open

    def tracking_open(self: EncryptedStore, object_id: str):  # type: ignore[no-untyped-def]
        reader = original(self, object_id)
        opened.append(reader)
        return reader

    def failing_append(_self: GroupCommitter, _events: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(EncryptedStore, "open", tracking_open)
    monkeypatch.setattr(GroupCommitter, "append", failing_append)
    with pytest.raises(OSError, match="disk full"):
        vault.documents.open(cast.supporter, document)
    assert len(opened) == 1 and opened[0].closed  # type: ignore[attr-defined]
    assert count(vault, AuditEvent) == before


def test_a_reading_unit_of_work_refuses_to_change_rows(vault: Vault, cast: Cast) -> None:
    with pytest.raises(RuntimeError, match="reading unit of work changed rows"), vault.core.read(cast.supporter) as work:
        work.session.add(Note(id="f" * 32, case_id=cast.own, author_id=cast.supporter.id, created_at=work.now, body_sealed=b"x"))
    assert count(vault, Note) == 0


def test_events_of_reads_finishing_together_commit_in_one_transaction(database: Database) -> None:
    committer = GroupCommitter(database)
    transactions = 0
    first_holds = threading.Event()
    release_first = threading.Event()
    real_transaction = database.transaction

    @contextmanager
    def counted() -> Iterator[Session]:
        nonlocal transactions
        transactions += 1
        with real_transaction() as session:
            yield session
            if transactions == 1:
                first_holds.set()
                assert release_first.wait(10)

    database.transaction = counted  # type: ignore[method-assign]

    def event(n: int) -> PendingEvent:
        return PendingEvent(at=START, actor=OPERATOR, action=AuditAction.VIEWED, operation="note.read",
                            target=Target(TargetKind.NOTE, f"{n:032x}", None))

    errors: list[BaseException] = []

    def append(n: int) -> None:
        try:
            committer.append([event(n)])
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    first = threading.Thread(target=append, args=(0,))
    first.start()
    assert first_holds.wait(10)
    others = [threading.Thread(target=append, args=(n,)) for n in range(1, 5)]
    for thread in others:
        thread.start()
    deadline = time.monotonic() + 10
    while len(committer._queue) < 4:  # all four are waiting behind the first commit
        assert time.monotonic() < deadline
        time.sleep(0.01)
    release_first.set()
    for thread in [first, *others]:
        thread.join(10)
    assert errors == [] and transactions == 2  # one for the first, one for the four that waited
    with database.session() as session:
        assert verify_chain(session).ok
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 5


# -- uploads -------------------------------------------------------------------------------------------


class SlowBody:
    """A request body that stops after its first block until told to go on (a slow client)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.started = threading.Event()
        self.go_on = threading.Event()

    def read(self, size: int = -1, /) -> bytes:
        block = self._data.read(size)
        if not self.started.is_set():
            self.started.set()
            assert self.go_on.wait(20)
        return block


def test_a_slow_upload_holds_no_lock_while_its_bytes_arrive(vault: Vault, cast: Cast) -> None:
    body = SlowBody(LETTER)
    result: list[object] = []
    uploader = threading.Thread(target=lambda: result.append(
        vault.documents.upload(cast.supporter, cast.own, body, NewDocument(title="Letter", filename="l.txt"))))
    uploader.start()
    assert body.started.wait(10)
    started = time.monotonic()
    note = vault.notes.add(cast.supporter, cast.own, "Called the school while the upload was running.")
    assert time.monotonic() - started < 5  # not queued behind the upload (SQLite's busy timeout is 30 s)
    body.go_on.set()
    uploader.join(20)
    assert len(result) == 1 and note.id
    assert count(vault, Document) == 1


@pytest.mark.parametrize("change", ["unassigned", "closed"])
def test_an_upload_refused_when_it_ends_keeps_nothing(vault: Vault, cast: Cast, backend: MemoryStore, change: str) -> None:
    body = SlowBody(LETTER)
    body.go_on.set()

    class Changing:
        def read(self, size: int = -1, /) -> bytes:
            if not body.started.is_set():  # while the bytes arrive, the coordinator acts
                if change == "unassigned":
                    vault.access.unassign(cast.coordinator, cast.own, cast.supporter.id)
                else:
                    vault.cases.close(cast.coordinator, cast.own, outcome="Resolved")
            return body.read(size)

    objects_before = len(list(backend.list()))
    with pytest.raises(NotFound if change == "unassigned" else Conflict):
        vault.documents.upload(cast.supporter, cast.own, Changing(), NewDocument(title="Letter", filename="l.txt"))
    assert count(vault, Document) == 0 and count(vault, ObjectKeyRow) == 0
    assert len(list(backend.list())) == objects_before  # the bytes were deleted at once, not left to the sweep
    with vault.database.session() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    if change == "unassigned":
        assert (last.action, last.operation, last.actor_id) == ("denied", str(Action.DOCUMENT_UPLOAD), cast.supporter.id)
