"""Fixtures for the storage tests: an EncryptedStore over each embedded backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import (
    EncryptedStore,
    Keyring,
    LocalStore,
    MemoryKeyStore,
    MemoryStore,
    SQLiteKeyStore,
)
from storage.backends.base import ByteStore


@pytest.fixture(params=["memory", "local"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> ByteStore:
    if request.param == "memory":
        return MemoryStore()
    return LocalStore(tmp_path / "objects")


@pytest.fixture
def keyring() -> Keyring:
    return Keyring.generate()


@pytest.fixture
def keystore(tmp_path: Path) -> Iterator[SQLiteKeyStore]:
    store = SQLiteKeyStore(tmp_path / "keys.sqlite")
    yield store
    store.close()


@pytest.fixture
def store(backend: ByteStore, keyring: Keyring, keystore: SQLiteKeyStore) -> EncryptedStore:
    # A small chunk size makes multi-chunk objects cheap to build in tests.
    return EncryptedStore(backend, keyring=keyring, keystore=keystore, chunk_size=1024)


@pytest.fixture
def memory_store() -> EncryptedStore:
    return EncryptedStore(MemoryStore(), keyring=Keyring.generate(), keystore=MemoryKeyStore(), chunk_size=1024)
