"""The key store an upload writes through while it holds no transaction.

An upload's bytes may take seconds to arrive. Holding the unit of work's transaction meanwhile would
hold SQLite's write lock too, and every other upload, login and note would queue behind one slow
client. So the object is encrypted into the store first, through this key store: it answers what the
store asks from what the caller's policy check read (the case's wrapped key; a fresh id), and keeps
the new object's key back (:attr:`StagedKeys.staged`) to be inserted by the caller in the same
transaction as the document row and its audit event. Until then the object is an orphan nobody can
decrypt, exactly as if the process had died before its row committed; the orphan sweep removes it.
"""

from __future__ import annotations

from datetime import datetime

from storage import CaseShredded, ObjectExists, ObjectKey, Tombstone

__all__ = ["StagedKeys"]


class StagedKeys:
    """A :class:`storage.KeyStore` for one :meth:`storage.EncryptedStore.put` (see the module): it knows
    the case's wrapped key (read by the caller's policy check) and that the new object's id is fresh;
    the insert of the staged key, under the transaction's lock, checks both again."""

    def __init__(self, *, case_id: str, wrapped_case_key: bytes, object_id: str) -> None:
        self._case_id = case_id
        self._wrapped = wrapped_case_key
        self._object_id = object_id
        self.staged: ObjectKey | None = None

    def __repr__(self) -> str:
        return f"StagedKeys(object={self._object_id!r}, staged={self.staged is not None})"

    def get_case_key(self, case_id: str) -> bytes | None:
        return self._wrapped if case_id == self._case_id else None

    def is_case_shredded(self, case_id: str) -> bool:
        return case_id != self._case_id  # the caller read this case's key: it was not shredded then

    def get_object_key(self, object_id: str) -> ObjectKey | None:
        return self.staged if self.staged is not None and object_id == self._object_id else None

    def get_tombstone(self, object_id: str) -> Tombstone | None:
        return None  # a fresh random id; the insert refuses one that was ever used

    def add_case_key(self, case_id: str, wrapped: bytes) -> bytes:
        raise CaseShredded(f"case {case_id!r} has no key here (destroyed)")

    def add_object_key(self, key: ObjectKey) -> None:
        if key.object_id != self._object_id or key.case_id != self._case_id:
            raise ObjectExists(f"this upload stores object {self._object_id!r} only")
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
