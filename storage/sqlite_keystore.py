"""The embedded :class:`KeyStore`: one SQLite file (stdlib ``sqlite3``), mode 0600.

Shredding deletes rows, so the file is opened with ``PRAGMA secure_delete = ON`` (SQLite overwrites
deleted content with zeros instead of leaving it in free pages) and the rollback journal in ``DELETE``
mode with ``synchronous = FULL`` (durable, and no WAL file that would keep old pages after a commit).
What this cannot promise: the filesystem or an SSD may still hold copies of old blocks (a journal that
was unlinked, a remapped flash page). Put the key store on an encrypted volume if that matters.

The CLI keeps this file beside the key file as ``<keyring>.keys.sqlite``; the vault keeps its keys in its
own metadata database through the same protocol.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from storage._exceptions import CaseShredded, ObjectExists, StorageError
from storage.keystore import ObjectKey, Tombstone

__all__ = ["SQLiteKeyStore"]

_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS case_keys (
    case_id TEXT PRIMARY KEY,
    wrapped BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS shredded_cases (
    case_id TEXT PRIMARY KEY,
    shredded TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS object_keys (
    object_id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    name TEXT NOT NULL,
    wrapped BLOB NOT NULL,
    size INTEGER NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS object_keys_by_case ON object_keys (case_id);
CREATE TABLE IF NOT EXISTS tombstones (
    object_id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL,
    name TEXT NOT NULL,
    shredded TEXT NOT NULL
);
"""


class SQLiteKeyStore:
    """A :class:`~storage.keystore.KeyStore` in one SQLite file, safe to share between threads."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        if not self.path.exists():
            if not create:
                raise StorageError(f"no key store at {self.path}")
            # Create it private before SQLite opens it, so there is no moment with default permissions.
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA secure_delete = ON")
            self._db.execute("PRAGMA journal_mode = DELETE")
            self._db.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StorageError(f"key store {self.path} cannot be opened: {error}") from None

    def __repr__(self) -> str:
        return f"SQLiteKeyStore({str(self.path)!r})"

    def close(self) -> None:
        self._db.close()

    def _migrate(self) -> None:
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        if version > _SCHEMA_VERSION:
            raise StorageError(f"key store {self.path} was written by a newer version (schema {version})")
        with self._transaction() as db:
            # Statement by statement: executescript() would COMMIT in the middle of this transaction.
            for statement in filter(str.strip, _SCHEMA.split(";")):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, parameters: tuple[object, ...] = ()) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, parameters).fetchall()

    # -- case keys -----------------------------------------------------------------------------

    def get_case_key(self, case_id: str) -> bytes | None:
        rows = self._query("SELECT wrapped FROM case_keys WHERE case_id = ?", (case_id,))
        return bytes(rows[0][0]) if rows else None

    def add_case_key(self, case_id: str, wrapped: bytes) -> bytes:
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM shredded_cases WHERE case_id = ?", (case_id,)).fetchone():
                raise CaseShredded(f"case {case_id!r} was shredded")
            db.execute("INSERT OR IGNORE INTO case_keys (case_id, wrapped) VALUES (?, ?)", (case_id, wrapped))
            (stored,) = db.execute("SELECT wrapped FROM case_keys WHERE case_id = ?", (case_id,)).fetchone()
            return bytes(stored)

    def list_case_keys(self) -> list[tuple[str, bytes]]:
        rows = self._query("SELECT case_id, wrapped FROM case_keys ORDER BY case_id")
        return [(str(case_id), bytes(wrapped)) for case_id, wrapped in rows]

    def replace_case_key(self, case_id: str, *, old: bytes, new: bytes) -> bool:
        with self._transaction() as db:
            cursor = db.execute("UPDATE case_keys SET wrapped = ? WHERE case_id = ? AND wrapped = ?",
                                (new, case_id, old))
            return cursor.rowcount == 1

    def is_case_shredded(self, case_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM shredded_cases WHERE case_id = ?", (case_id,)))

    # -- object keys ---------------------------------------------------------------------------

    def get_object_key(self, object_id: str) -> ObjectKey | None:
        rows = self._query("SELECT object_id, case_id, name, wrapped, size, created FROM object_keys "
                           "WHERE object_id = ?", (object_id,))
        return _object_key(rows[0]) if rows else None

    def add_object_key(self, key: ObjectKey) -> None:
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM tombstones WHERE object_id = ?", (key.object_id,)).fetchone():
                raise ObjectExists(f"object {key.object_id!r} was shredded; its id cannot be reused")
            if db.execute("SELECT 1 FROM shredded_cases WHERE case_id = ?", (key.case_id,)).fetchone():
                raise CaseShredded(f"case {key.case_id!r} was shredded")
            try:
                db.execute("INSERT INTO object_keys (object_id, case_id, name, wrapped, size, created) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           (key.object_id, key.case_id, key.name, key.wrapped_key, key.size,
                            key.created.isoformat()))
            except sqlite3.IntegrityError:
                raise ObjectExists(f"object {key.object_id!r} already exists") from None

    def list_object_keys(self, *, case_id: str | None = None) -> list[ObjectKey]:
        sql = "SELECT object_id, case_id, name, wrapped, size, created FROM object_keys"
        if case_id is None:
            rows = self._query(sql + " ORDER BY object_id")
        else:
            rows = self._query(sql + " WHERE case_id = ? ORDER BY object_id", (case_id,))
        return [_object_key(row) for row in rows]

    # -- shredding -----------------------------------------------------------------------------

    def shred_object(self, object_id: str, *, at: datetime) -> Tombstone | None:
        with self._transaction() as db:
            row = db.execute("SELECT case_id, name FROM object_keys WHERE object_id = ?", (object_id,)).fetchone()
            if row is None:
                return None
            tombstone = Tombstone(object_id, str(row[0]), str(row[1]), at)
            db.execute("DELETE FROM object_keys WHERE object_id = ?", (object_id,))
            _insert_tombstone(db, tombstone)
            return tombstone

    def shred_case(self, case_id: str, *, at: datetime) -> list[Tombstone]:
        with self._transaction() as db:
            rows = db.execute("SELECT object_id, name FROM object_keys WHERE case_id = ? ORDER BY object_id",
                              (case_id,)).fetchall()
            tombstones = [Tombstone(str(object_id), case_id, str(name), at) for object_id, name in rows]
            db.execute("DELETE FROM object_keys WHERE case_id = ?", (case_id,))
            db.execute("DELETE FROM case_keys WHERE case_id = ?", (case_id,))
            db.execute("INSERT OR IGNORE INTO shredded_cases (case_id, shredded) VALUES (?, ?)",
                       (case_id, at.isoformat()))
            for tombstone in tombstones:
                _insert_tombstone(db, tombstone)
            return tombstones

    def get_tombstone(self, object_id: str) -> Tombstone | None:
        rows = self._query("SELECT object_id, case_id, name, shredded FROM tombstones WHERE object_id = ?",
                           (object_id,))
        if not rows:
            return None
        object_id_, case_id, name, shredded = rows[0]
        return Tombstone(str(object_id_), str(case_id), str(name), datetime.fromisoformat(str(shredded)))


def _insert_tombstone(db: sqlite3.Connection, tombstone: Tombstone) -> None:
    db.execute("INSERT OR REPLACE INTO tombstones (object_id, case_id, name, shredded) VALUES (?, ?, ?, ?)",
               (tombstone.object_id, tombstone.case_id, tombstone.name, tombstone.shredded.isoformat()))


def _object_key(row: Any) -> ObjectKey:
    object_id, case_id, name, wrapped, size, created = row
    return ObjectKey(str(object_id), str(case_id), str(name), bytes(wrapped),
                     int(size), datetime.fromisoformat(str(created)))
