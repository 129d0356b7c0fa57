"""The KeyStore contract (storage.testing) run against both shipped key stores, plus SQLite specifics."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage import KeyStore, MemoryKeyStore, ObjectKey, SQLiteKeyStore, StorageError
from storage.testing import DurableKeyStoreContract, KeyStoreContract


class TestMemoryKeyStore(KeyStoreContract):
    @pytest.fixture
    def keystore(self) -> KeyStore:
        return MemoryKeyStore()


class TestSQLiteKeyStore(KeyStoreContract, DurableKeyStoreContract):
    @pytest.fixture
    def keystore(self, tmp_path: Path) -> Iterator[SQLiteKeyStore]:
        store = SQLiteKeyStore(tmp_path / "keys.sqlite")
        yield store
        store.close()

    @pytest.fixture
    def reopen(self, keystore: SQLiteKeyStore) -> Callable[[], KeyStore]:
        return lambda: SQLiteKeyStore(keystore.path)


def test_sqlite_file_is_private_and_leaves_no_journal(tmp_path: Path) -> None:
    store = SQLiteKeyStore(tmp_path / "keys.sqlite")
    store.add_case_key("c", b"k")
    assert stat.S_IMODE((tmp_path / "keys.sqlite").stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.sqlite"]
    store.close()


def test_sqlite_shredding_overwrites_the_deleted_key_bytes(tmp_path: Path) -> None:
    path = tmp_path / "keys.sqlite"
    store = SQLiteKeyStore(path)
    secret = b"WRAPPED-KEY-MATERIAL-" * 3
    store.add_case_key("case-1", b"CASE-KEY-MATERIAL-" * 3)
    store.add_object_key(ObjectKey("doc-1", "case-1", "name-1", secret, 5, datetime.now(UTC)))
    assert secret in path.read_bytes()
    store.shred_case("case-1", at=datetime.now(UTC))
    raw = path.read_bytes()
    assert secret not in raw and b"CASE-KEY-MATERIAL-" not in raw  # secure_delete zeroed them
    store.close()


def test_sqlite_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "keys.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="cannot be opened"):
        SQLiteKeyStore(path)
