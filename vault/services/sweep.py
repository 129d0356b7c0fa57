"""Housekeeping for the object store: delete orphans (bytes no key points at, left by an upload that
crashed before its row committed, or a delete that failed after a shred) and the unfinished writes of
uploads that crashed part way (temp files of a local store, multipart uploads of an S3 one; up to a
document's size each), and check the other way: a document row whose key or bytes are missing, which
must never happen and is reported if it does."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select

from storage import EncryptedStore, StorageError
from vault.audit import AuditAction
from vault.db.models import Document, ObjectKeyRow
from vault.errors import InvalidRequest, StorageUnavailable
from vault.keystore import SqlKeyStore
from vault.policy import Action, Actor, Target
from vault.services._work import Core
from vault.services.states import DocumentState

__all__ = ["SweepResult", "SweepService"]


@dataclass(frozen=True)
class SweepResult:
    orphans_deleted: list[str] = field(default_factory=list)  # backend object names
    interrupted_uploads: int = 0  # temp files (or multipart uploads) of writes that never finished
    documents_without_key: list[str] = field(default_factory=list)
    documents_without_bytes: list[str] = field(default_factory=list)  # only with deep=True

    @property
    def consistent(self) -> bool:
        return not (self.documents_without_key or self.documents_without_bytes)


class SweepService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def sweep(self, actor: Actor, *, older_than: timedelta = timedelta(hours=1), deep: bool = False) -> SweepResult:
        """``older_than`` spares objects young enough to be uploads whose row is about to commit.
        ``deep`` also asks the backend for every live object (one request each)."""
        if older_than < timedelta(0):
            raise InvalidRequest("older_than cannot be negative")
        with self._core.work(actor) as work:
            work.authorize(Action.ORPHAN_SWEEP, Target.service())
        store = EncryptedStore(
            self._core.backend, keyring=self._core.keyring.as_keyring(), keystore=SqlKeyStore(self._core.database), clock=self._core.clock.now
        )
        try:
            # Counted here (the store's own sweep clears them too, but does not say how many).
            interrupted = self._core.backend.sweep_incomplete(started_before=self._core.clock.now() - older_than)
            orphans = store.sweep_orphans(older_than=older_than)
        except StorageError as error:
            raise StorageUnavailable(f"the sweep could not list the object store ({error})") from None
        with self._core.work(actor) as work:
            decision = work.authorize(Action.ORPHAN_SWEEP, Target.service())
            live = select(Document.id, ObjectKeyRow.name).outerjoin(ObjectKeyRow, ObjectKeyRow.object_id == Document.id)
            rows = list(work.session.execute(live.where(Document.state != DocumentState.DESTROYED)))
            without_key = sorted(doc for doc, name in rows if name is None)
            without_bytes = []
            if deep:
                for doc, name in rows:
                    if name is not None and not _exists(self._core, name):
                        without_bytes.append(doc)
            work.record(
                AuditAction.SWEPT,
                Target.service(),
                decision=decision,
                detail={"orphans": len(orphans), "interrupted_uploads": interrupted, "without_key": len(without_key),
                        "without_bytes": len(without_bytes)},
            )
        return SweepResult(sorted(orphans), interrupted, without_key, sorted(without_bytes))

    def clear_interrupted_uploads(self, actor: Actor, *, idle_for: timedelta) -> int:
        """Remove what uploads that died part way left in the store (a server started after a crash
        calls this): writes not touched for ``idle_for``. Recorded when anything was removed."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.ORPHAN_SWEEP, Target.service())
        try:
            removed = self._core.backend.sweep_incomplete(started_before=self._core.clock.now() - idle_for)
        except StorageError as error:
            raise StorageUnavailable(f"could not clear interrupted uploads ({error})") from None
        if removed:
            with self._core.work(actor) as work:
                work.record(AuditAction.SWEPT, Target.service(), decision=decision, detail={"interrupted_uploads": removed})
        return removed


def _exists(core: Core, name: str) -> bool:
    try:
        core.backend.stat(name)
        return True
    except StorageError:
        return False
