"""The storage :class:`~storage.keystore.KeyStore` protocol on SQLAlchemy, in the vault's own database.

Two ways to use it:

- ``SqlKeyStore.bound(session)`` joins a unit of work: keys are written in the caller's transaction,
  so a document's key commits with its row (or not at all), and a case's shredding commits with the
  case's destruction. This is how the vault uses it.
- ``SqlKeyStore(database)`` runs each method in its own transaction (the protocol's contract; used by
  the storage contract tests and by tools that work on keys alone).

Inserts that may race (a case key, an object key) run in a savepoint, so losing a race on PostgreSQL
does not abort the caller's whole transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime

from sqlalchemy import delete, exists, select, update
from sqlalchemy.exc import IntegrityError as SqlIntegrityError
from sqlalchemy.orm import Session

from storage.keystore import ObjectKey, Tombstone
from vault.db.engine import Database
from vault.db.models import CaseKeyRow, ObjectKeyRow, ShreddedCase, TombstoneRow

__all__ = ["SqlKeyStore"]

SessionScope = Callable[[], AbstractContextManager[Session]]


class SqlKeyStore:
    def __init__(self, database: Database) -> None:
        self._scope: SessionScope = database.transaction
        self._label = repr(database)
        self._case_keys: dict[str, bytes | None] | None = None

    @classmethod
    def bound(cls, session: Session) -> SqlKeyStore:
        store = cls.__new__(cls)

        @contextmanager
        def joined() -> Iterator[Session]:
            yield session

        store._scope = joined
        store._label = "bound to a unit of work"
        # Within one unit of work a case's key is read once (the store and the sealed fields both
        # ask for it); every change made through this object forgets what it read.
        store._case_keys = {}
        return store

    def __repr__(self) -> str:
        return f"SqlKeyStore({self._label})"

    # -- case keys -----------------------------------------------------------------------------

    def get_case_key(self, case_id: str) -> bytes | None:
        if self._case_keys is not None and case_id in self._case_keys:
            return self._case_keys[case_id]
        with self._scope() as session:
            row = session.get(CaseKeyRow, case_id)
            wrapped = None if row is None else bytes(row.wrapped)
        if self._case_keys is not None:
            self._case_keys[case_id] = wrapped
        return wrapped

    def _forget_case_keys(self) -> None:
        if self._case_keys is not None:
            self._case_keys.clear()

    def add_case_key(self, case_id: str, wrapped: bytes) -> bytes:
        from storage import CaseShredded

        self._forget_case_keys()
        with self._scope() as session:
            if _case_shredded(session, case_id):
                raise CaseShredded(f"case {case_id!r} was shredded")
            if session.get(CaseKeyRow, case_id) is None:
                try:
                    with session.begin_nested():
                        session.add(CaseKeyRow(case_id=case_id, wrapped=wrapped))
                except SqlIntegrityError:
                    pass  # another writer won the race: use its key
            stored = session.scalars(select(CaseKeyRow.wrapped).where(CaseKeyRow.case_id == case_id)).one()
            return bytes(stored)

    def list_case_keys(self) -> list[tuple[str, bytes]]:
        with self._scope() as session:
            rows = session.execute(select(CaseKeyRow.case_id, CaseKeyRow.wrapped).order_by(CaseKeyRow.case_id))
            return [(case_id, bytes(wrapped)) for case_id, wrapped in rows]

    def replace_case_key(self, case_id: str, *, old: bytes, new: bytes) -> bool:
        self._forget_case_keys()
        with self._scope() as session:
            result = session.execute(
                update(CaseKeyRow)
                .where(CaseKeyRow.case_id == case_id, CaseKeyRow.wrapped == old)
                .values(wrapped=new)
                .execution_options(synchronize_session=False)
            )
            session.expire_all()
            return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    def is_case_shredded(self, case_id: str) -> bool:
        with self._scope() as session:
            return _case_shredded(session, case_id)

    # -- object keys ---------------------------------------------------------------------------

    def get_object_key(self, object_id: str) -> ObjectKey | None:
        with self._scope() as session:
            row = session.get(ObjectKeyRow, object_id)
            return None if row is None else _object_key(row)

    def add_object_key(self, key: ObjectKey) -> None:
        from storage import CaseShredded, ObjectExists

        with self._scope() as session:
            if session.get(TombstoneRow, key.object_id) is not None:
                raise ObjectExists(f"object {key.object_id!r} was shredded; its id cannot be reused")
            if _case_shredded(session, key.case_id):
                raise CaseShredded(f"case {key.case_id!r} was shredded")
            if session.get(ObjectKeyRow, key.object_id) is not None:
                raise ObjectExists(f"object {key.object_id!r} already exists")
            row = ObjectKeyRow(
                object_id=key.object_id,
                case_id=key.case_id,
                name=key.name,
                wrapped=key.wrapped_key,
                size=key.size,
                created=key.created,
            )
            try:
                with session.begin_nested():
                    session.add(row)
            except SqlIntegrityError:
                raise ObjectExists(f"object {key.object_id!r} already exists") from None

    def list_object_keys(self, *, case_id: str | None = None) -> list[ObjectKey]:
        with self._scope() as session:
            query = select(ObjectKeyRow).order_by(ObjectKeyRow.object_id)
            if case_id is not None:
                query = query.where(ObjectKeyRow.case_id == case_id)
            return [_object_key(row) for row in session.scalars(query)]

    # -- shredding -----------------------------------------------------------------------------

    def shred_object(self, object_id: str, *, at: datetime) -> Tombstone | None:
        with self._scope() as session:
            row = session.get(ObjectKeyRow, object_id)
            if row is None:
                return None
            tombstone = Tombstone(row.object_id, row.case_id, row.name, at)
            session.delete(row)
            _put_tombstone(session, tombstone)
            session.flush()
            return tombstone

    def shred_case(self, case_id: str, *, at: datetime) -> list[Tombstone]:
        self._forget_case_keys()
        with self._scope() as session:
            rows = session.scalars(
                select(ObjectKeyRow).where(ObjectKeyRow.case_id == case_id).order_by(ObjectKeyRow.object_id)
            ).all()
            tombstones = [Tombstone(row.object_id, case_id, row.name, at) for row in rows]
            session.execute(delete(ObjectKeyRow).where(ObjectKeyRow.case_id == case_id))
            session.execute(delete(CaseKeyRow).where(CaseKeyRow.case_id == case_id))
            session.expire_all()
            if not _case_shredded(session, case_id):
                session.add(ShreddedCase(case_id=case_id, shredded=at))
            for tombstone in tombstones:
                _put_tombstone(session, tombstone)
            session.flush()
            return tombstones

    def get_tombstone(self, object_id: str) -> Tombstone | None:
        with self._scope() as session:
            row = session.get(TombstoneRow, object_id)
            return None if row is None else Tombstone(row.object_id, row.case_id, row.name, row.shredded)


def _case_shredded(session: Session, case_id: str) -> bool:
    return bool(session.scalar(select(exists().where(ShreddedCase.case_id == case_id))))


def _put_tombstone(session: Session, tombstone: Tombstone) -> None:
    session.merge(
        TombstoneRow(
            object_id=tombstone.object_id,
            case_id=tombstone.case_id,
            name=tombstone.name,
            shredded=tombstone.shredded,
        )
    )


def _object_key(row: ObjectKeyRow) -> ObjectKey:
    return ObjectKey(row.object_id, row.case_id, row.name, bytes(row.wrapped), row.size, row.created)
