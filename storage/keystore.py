"""Where wrapped keys live: the :class:`KeyStore` protocol and :class:`MemoryKeyStore`.

Keys are kept apart from the bytes on purpose. A backend may keep old versions, replicas and backups of
every object for years; a key store row is deleted once. Deleting the row that holds an object's data
key (or a case's key) is therefore what shreds: every copy of the ciphertext, wherever it survives,
becomes noise, even to someone holding the master key.

A key store holds three kinds of row:

- **case keys** - ``case_id -> wrapped case key`` (wrapped by a master key; carries the master version);
- **object keys** - ``object_id -> ObjectKey`` (data key wrapped by the case key, backend name, size);
- **tombstones** - what was shredded and when, so ``tags`` can answer ``shredded`` later and an id is
  never reused; plus the set of shredded case ids, so a shredded case never gets a new key.

Ids are kept as the caller gave them: the key store is on the trusted side, beside the key file or in
the vault's own database; only the byte store is kept ignorant of them.

Implementations must make each method atomic (one transaction), and must destroy deleted rows as well as
the medium allows (SQLite: ``PRAGMA secure_delete``). Run ``storage.testing.KeyStoreContract`` against
any new implementation; :class:`storage.sqlite_keystore.SQLiteKeyStore` is the embedded one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from storage._exceptions import CaseShredded, ObjectExists

__all__ = ["KeyStore", "MemoryKeyStore", "ObjectKey", "Tombstone"]


@dataclass(frozen=True)
class ObjectKey:
    """One stored object's key row. ``wrapped_key`` is the data key wrapped by the case key."""

    object_id: str
    case_id: str
    name: str
    wrapped_key: bytes = field(repr=False)
    size: int
    created: datetime


@dataclass(frozen=True)
class Tombstone:
    """An object that was shredded: its key row is gone; this says which case and backend name it had."""

    object_id: str
    case_id: str
    name: str
    shredded: datetime


@runtime_checkable
class KeyStore(Protocol):
    """Storage for wrapped keys and tombstones. Each method is one atomic step."""

    def get_case_key(self, case_id: str) -> bytes | None:
        """The wrapped key of a case, or ``None`` if the case has none (yet, or any more)."""

    def add_case_key(self, case_id: str, wrapped: bytes) -> bytes:
        """Store ``wrapped`` unless the case already has a key; return the key now stored.

        Two writers racing to create a case's key both end up using the winner's. Raises
        :class:`CaseShredded` if the case was shredded.
        """

    def list_case_keys(self) -> Iterable[tuple[str, bytes]]:
        """Every ``(case_id, wrapped case key)`` (for master key rotation and retirement)."""

    def replace_case_key(self, case_id: str, *, old: bytes, new: bytes) -> bool:
        """Compare-and-swap a case's wrapped key (rotation); ``False`` if it was not ``old`` any more."""

    def is_case_shredded(self, case_id: str) -> bool:
        """Whether :meth:`shred_case` ran for this case."""

    def get_object_key(self, object_id: str) -> ObjectKey | None:
        """The key row of a live object, or ``None``."""

    def add_object_key(self, key: ObjectKey) -> None:
        """Insert a key row. :class:`ObjectExists` if the id has a key or a tombstone;
        :class:`CaseShredded` if its case was shredded."""

    def list_object_keys(self, *, case_id: str | None = None) -> Iterable[ObjectKey]:
        """Live key rows, all or one case's, ordered by object id."""

    def shred_object(self, object_id: str, *, at: datetime) -> Tombstone | None:
        """Delete the object's key row and record a tombstone; ``None`` if it had no key row."""

    def shred_case(self, case_id: str, *, at: datetime) -> list[Tombstone]:
        """Delete the case key and every object key of the case, tombstone them, mark the case shredded."""

    def get_tombstone(self, object_id: str) -> Tombstone | None:
        """The tombstone of a shredded object, or ``None``."""


class MemoryKeyStore:
    """A :class:`KeyStore` in a few dicts: for tests and ``memory://`` stores (nothing survives exit)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._case_keys: dict[str, bytes] = {}
        self._shredded_cases: set[str] = set()
        self._object_keys: dict[str, ObjectKey] = {}
        self._tombstones: dict[str, Tombstone] = {}

    def __repr__(self) -> str:
        return f"MemoryKeyStore(cases={len(self._case_keys)}, objects={len(self._object_keys)})"

    def get_case_key(self, case_id: str) -> bytes | None:
        return self._case_keys.get(case_id)

    def add_case_key(self, case_id: str, wrapped: bytes) -> bytes:
        with self._lock:
            if case_id in self._shredded_cases:
                raise CaseShredded(f"case {case_id!r} was shredded")
            return self._case_keys.setdefault(case_id, wrapped)

    def list_case_keys(self) -> list[tuple[str, bytes]]:
        with self._lock:
            return sorted(self._case_keys.items())

    def replace_case_key(self, case_id: str, *, old: bytes, new: bytes) -> bool:
        with self._lock:
            if self._case_keys.get(case_id) != old:
                return False
            self._case_keys[case_id] = new
            return True

    def is_case_shredded(self, case_id: str) -> bool:
        return case_id in self._shredded_cases

    def get_object_key(self, object_id: str) -> ObjectKey | None:
        return self._object_keys.get(object_id)

    def add_object_key(self, key: ObjectKey) -> None:
        with self._lock:
            if key.object_id in self._object_keys or key.object_id in self._tombstones:
                raise ObjectExists(f"object {key.object_id!r} already exists")
            if key.case_id in self._shredded_cases:
                raise CaseShredded(f"case {key.case_id!r} was shredded")
            self._object_keys[key.object_id] = key

    def list_object_keys(self, *, case_id: str | None = None) -> list[ObjectKey]:
        with self._lock:
            keys = [key for key in self._object_keys.values() if case_id is None or key.case_id == case_id]
        return sorted(keys, key=lambda key: key.object_id)

    def shred_object(self, object_id: str, *, at: datetime) -> Tombstone | None:
        with self._lock:
            key = self._object_keys.pop(object_id, None)
            if key is None:
                return None
            tombstone = Tombstone(key.object_id, key.case_id, key.name, at)
            self._tombstones[object_id] = tombstone
            return tombstone

    def shred_case(self, case_id: str, *, at: datetime) -> list[Tombstone]:
        with self._lock:
            self._case_keys.pop(case_id, None)
            self._shredded_cases.add(case_id)
            doomed = sorted(oid for oid, key in self._object_keys.items() if key.case_id == case_id)
            tombstones = []
            for object_id in doomed:
                key = self._object_keys.pop(object_id)
                tombstone = Tombstone(key.object_id, key.case_id, key.name, at)
                self._tombstones[object_id] = tombstone
                tombstones.append(tombstone)
            return tombstones

    def get_tombstone(self, object_id: str) -> Tombstone | None:
        return self._tombstones.get(object_id)
