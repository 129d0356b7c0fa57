"""Things going wrong mid-operation: nothing half-stored, no dangling key, the original untouched."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from storage import (
    BackendUnavailable,
    EncryptedStore,
    Keyring,
    LocalStore,
    MemoryKeyStore,
    MemoryStore,
    ObjectNotFound,
    SourceError,
)
from storage.backends.base import ByteStore
from storage.testing import FlakyStore


@pytest.fixture(params=["memory", "local"])
def inner(request: pytest.FixtureRequest, tmp_path: Path) -> ByteStore:
    return MemoryStore() if request.param == "memory" else LocalStore(tmp_path / "objects")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_nothing_stored(store: EncryptedStore, backend: ByteStore, object_id: str) -> None:
    assert list(store.list()) == [] and store.keystore.get_object_key(object_id) is None
    assert list(backend.list()) == []
    with pytest.raises(ObjectNotFound):
        store.open(object_id)
    if isinstance(backend, LocalStore):
        leftovers = [p for p in (backend.root / "objects").rglob("*") if p.is_file()]
        assert leftovers == []


def test_server_going_away_mid_upload(inner: ByteStore, tmp_path: Path) -> None:
    flaky = FlakyStore(inner)
    store = EncryptedStore(flaky, keyring=Keyring.generate(), keystore=MemoryKeyStore(), chunk_size=4096)
    original = tmp_path / "scan.pdf"
    original.write_bytes(os.urandom(200_000))
    before = digest(original)
    flaky.fail_put_after = 50_000
    with original.open("rb") as source, pytest.raises(BackendUnavailable, match="went away"):
        store.put("doc-1", source, case_id="case-1")
    assert_nothing_stored(store, inner, "doc-1")
    assert digest(original) == before
    with original.open("rb") as source:  # and once the server is back, the same put simply works
        store.put("doc-1", source, case_id="case-1")
    assert store.open("doc-1").read() == original.read_bytes()


def test_server_down_before_the_upload(inner: ByteStore) -> None:
    flaky = FlakyStore(inner)
    store = EncryptedStore(flaky, keyring=Keyring.generate(), keystore=MemoryKeyStore())
    flaky.down = True
    with pytest.raises(BackendUnavailable):
        store.put("doc-1", io.BytesIO(b"x"), case_id="case-1")
    flaky.down = False
    assert_nothing_stored(store, inner, "doc-1")


def test_an_input_that_fails_part_way(inner: ByteStore) -> None:
    class BrokenDisk(io.RawIOBase):
        sent = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
            if self.sent > 20_000:
                raise OSError(5, "Input/output error")
            self.sent += len(buffer)
            buffer[:] = bytes(len(buffer))
            return len(buffer)

    store = EncryptedStore(inner, keyring=Keyring.generate(), keystore=MemoryKeyStore(), chunk_size=4096)
    with pytest.raises(SourceError, match="Input/output error"):
        store.put("doc-1", BrokenDisk(), case_id="case-1")
    assert_nothing_stored(store, inner, "doc-1")


def test_a_file_that_changes_size_while_stored(inner: ByteStore, tmp_path: Path) -> None:
    store = EncryptedStore(inner, keyring=Keyring.generate(), keystore=MemoryKeyStore(), chunk_size=4096)
    original = tmp_path / "growing.log"
    original.write_bytes(b"a" * 10_000)
    with original.open("rb") as source, pytest.raises(SourceError, match="grew"):
        store.put("doc-1", source, case_id="case-1", length=5_000)
    with original.open("rb") as source, pytest.raises(SourceError, match="shrank"):
        store.put("doc-1", source, case_id="case-1", length=20_000)
    assert_nothing_stored(store, inner, "doc-1")


def test_key_store_failing_after_the_upload_leaves_no_object(inner: ByteStore) -> None:
    class BrokenKeyStore(MemoryKeyStore):
        def add_object_key(self, key) -> None:  # type: ignore[no-untyped-def]
            raise RuntimeError("database is locked")

    store = EncryptedStore(inner, keyring=Keyring.generate(), keystore=BrokenKeyStore())
    with pytest.raises(RuntimeError, match="locked"):
        store.put("doc-1", io.BytesIO(b"x" * 5000), case_id="case-1")
    assert_nothing_stored(store, inner, "doc-1")


def test_local_store_leaves_no_temp_file_when_the_input_fails(tmp_path: Path) -> None:
    backend = LocalStore(tmp_path / "objects")

    class Failing:
        calls = 0

        def read(self, size: int = -1) -> bytes:
            self.calls += 1
            if self.calls > 2:
                raise SourceError("input failed")
            return b"z" * 1000

    with pytest.raises(SourceError):
        backend.put("abc", Failing())
    assert [p for p in (tmp_path / "objects").rglob("*") if p.is_file()] == []
