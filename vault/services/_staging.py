"""The key store an upload writes through while it holds no transaction.

An upload's bytes may take seconds to arrive. Holding the unit of work's transaction meanwhile would
hold SQLite's write lock too, and every other upload, login and note would queue behind one slow
client. So the object is encrypted into the store first, through this key store: what the store
reads (the case key, whether the id is taken) comes from short read-only transactions, and the new
object's key is kept back (:attr:`StagedKeys.staged`) to be inserted by the caller in the same
transaction as the document row and its audit event. Until then the object is an orphan nobody can
decrypt, exactly as if the process had died before its row committed; the orphan sweep removes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from storage import CaseShredded, ObjectKey, Tombstone
from vault.db.engine import Database
from vault.keystore import SqlKeyStore

__all__ = ["StagedKeys"]

_T = TypeVar("_T")


class StagedKeys:
    """A :class:`storage.KeyStore` for :meth:`storage.EncryptedStore.put` alone (see the module)."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self.staged: ObjectKey | None = None

    def __repr__(self) -> str:
        return f"StagedKeys({self._database!r}, staged={self.staged is not None})"

    def _read(self, ask: Callable[[SqlKeyStore], _T]) -> _T:
        with self._database.reading() as session:
            return ask(SqlKeyStore.bound(session))

    def get_case_key(self, case_id: str) -> bytes | None:
        return self._read(lambda keys: keys.get_case_key(case_id))

    def is_case_shredded(self, case_id: str) -> bool:
        return self._read(lambda keys: keys.is_case_shredded(case_id))

    def get_object_key(self, object_id: str) -> ObjectKey | None:
        return self._read(lambda keys: keys.get_object_key(object_id))

    def get_tombstone(self, object_id: str) -> Tombstone | None:
        return self._read(lambda keys: keys.get_tombstone(object_id))

    def add_case_key(self, case_id: str, wrapped: bytes) -> bytes:
        # A case's key is made when the case is opened; one missing now was shredded with the case.
        raise CaseShredded(f"case {case_id!r} has no key (destroyed)")

    def add_object_key(self, key: ObjectKey) -> None:
        self.staged = key

    def list_case_keys(self) -> list[tuple[str, bytes]]:
        raise NotImplementedError("an upload lists no keys")

    def replace_case_key(self, case_id: str, *, old: bytes, new: bytes) -> bool:
        raise NotImplementedError("an upload rewraps no keys")

    def list_object_keys(self, *, case_id: str | None = None) -> list[ObjectKey]:
        raise NotImplementedError("an upload lists no keys")

    def shred_object(self, object_id: str, *, at: datetime) -> Tombstone | None:
        raise NotImplementedError("an upload shreds nothing")

    def shred_case(self, case_id: str, *, at: datetime) -> list[Tombstone]:
        raise NotImplementedError("an upload shreds nothing")
