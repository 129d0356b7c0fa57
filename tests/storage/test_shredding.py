"""Shredding objects and cases; rotation and retirement of master keys; the orphan sweep."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import (
    CaseShredded,
    EncryptedStore,
    Keyring,
    MemoryKeyStore,
    MemoryStore,
    ObjectExists,
    ObjectNotFound,
    ObjectShredded,
    ObjectState,
    SQLiteKeyStore,
)
from storage._stream import DecryptingReader
from storage.testing import FlakyStore


def put_bytes(store: EncryptedStore, object_id: str, data: bytes, *, case_id: str = "case-1") -> str:
    return store.put(object_id, io.BytesIO(data), case_id=case_id).name


def read_all(store: EncryptedStore, object_id: str) -> bytes:
    with store.open(object_id) as reader:
        return reader.read()


def test_shredding_an_object_destroys_its_key_and_bytes(store: EncryptedStore) -> None:
    name = put_bytes(store, "doc-1", b"secret")
    put_bytes(store, "doc-2", b"other")
    report = store.shred("doc-1")
    assert report.shredded == ("doc-1",) and report.complete
    with pytest.raises(ObjectShredded):
        store.open("doc-1")
    assert store.tags("doc-1").state is ObjectState.SHREDDED
    assert [s.name for s in store.backend.list()] == [store.info("doc-2").name]
    assert store.keystore.get_object_key("doc-1") is None and name
    assert read_all(store, "doc-2") == b"other"


def test_a_shredded_id_is_never_reused_and_shredding_again_is_harmless(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", b"secret")
    store.shred("doc-1")
    assert store.shred("doc-1").shredded == ()
    with pytest.raises(ObjectExists):
        put_bytes(store, "doc-1", b"new")
    with pytest.raises(ObjectNotFound):
        store.shred("never-stored")


def test_surviving_old_versions_are_undecryptable_after_a_shred() -> None:
    backend = MemoryStore()
    keyring, keystore = Keyring.generate(), MemoryKeyStore()
    store = EncryptedStore(backend, keyring=keyring, keystore=keystore)
    name = put_bytes(store, "doc-1", b"the secret contents")
    store.shred("doc-1")
    (surviving,) = backend.history[name]  # as a versioned bucket or a backup would keep it
    assert b"secret contents" not in surviving
    # Whoever holds the bytes, the key file and the whole key store has no data key to try:
    assert keystore.get_object_key("doc-1") is None
    assert all(case_id != "case-1" or True for case_id, _ in keystore.list_case_keys())
    # Putting the bytes back under the old name brings nothing back.
    backend.put(name, io.BytesIO(surviving))
    with pytest.raises(ObjectShredded):
        store.open("doc-1")


def test_shredding_a_case_makes_every_object_of_it_undecryptable_at_once() -> None:
    backend = MemoryStore()
    keystore = MemoryKeyStore()
    store = EncryptedStore(backend, keyring=Keyring.generate(), keystore=keystore)
    for index in range(3):
        put_bytes(store, f"family-doc-{index}", b"private", case_id="family")
    put_bytes(store, "other-doc", b"kept", case_id="other")
    wrapped_before = {k.object_id: k.wrapped_key for k in keystore.list_object_keys(case_id="family")}
    report = store.shred_case("family")
    assert sorted(report.shredded) == ["family-doc-0", "family-doc-1", "family-doc-2"] and report.complete
    assert keystore.get_case_key("family") is None and wrapped_before
    for object_id in wrapped_before:
        assert store.tags(object_id).state is ObjectState.SHREDDED
    with pytest.raises(CaseShredded):
        put_bytes(store, "late-doc", b"x", case_id="family")
    assert read_all(store, "other-doc") == b"kept"
    assert store.shred_case("family").shredded == ()
    with pytest.raises(ObjectNotFound):
        store.shred_case("no-such-case")


def test_objects_are_tagged_shredded_before_their_bytes_are_deleted(tmp_path: Path) -> None:
    class RefusesDeletes(MemoryStore):
        def delete(self, name: str) -> None:
            from storage import BackendError

            raise BackendError("object lock: retention until 2030")

    backend = RefusesDeletes()
    store = EncryptedStore(backend, keyring=Keyring.generate(), keystore=MemoryKeyStore())
    name = put_bytes(store, "doc-1", b"x")
    report = store.shred("doc-1")
    assert report.shredded == ("doc-1",) and report.leftovers == (name,)
    assert backend.get_tags(name)["state"] == "shredded"
    with pytest.raises(ObjectShredded):
        store.open("doc-1")


def test_shredding_works_while_the_server_is_down_and_finishes_later() -> None:
    flaky = FlakyStore(MemoryStore())
    store = EncryptedStore(flaky, keyring=Keyring.generate(), keystore=MemoryKeyStore())
    name = put_bytes(store, "doc-1", b"x")
    flaky.down = True
    report = store.shred("doc-1")
    assert report.shredded == ("doc-1",) and report.leftovers == (name,)  # the key is gone regardless
    flaky.down = False
    with pytest.raises(ObjectShredded):
        store.open("doc-1")
    assert store.shred("doc-1").complete and list(flaky.list()) == []


def test_rotation_rewraps_case_keys_without_touching_objects(tmp_path: Path) -> None:
    keyring = Keyring.create(tmp_path / "keyring.json")
    backend, keystore = MemoryStore(), SQLiteKeyStore(tmp_path / "keys.sqlite")
    store = EncryptedStore(backend, keyring=keyring, keystore=keystore)
    names = [put_bytes(store, f"doc-{i}", f"content {i}".encode(), case_id=f"case-{i % 2}") for i in range(4)]
    before = {name: backend.raw(name) for name in names}
    report = store.rotate_master_key()
    assert (report.active_version, report.rewrapped, report.unused_versions) == (2, 2, (1,))
    assert {Keyring.version_of(w) for _c, w in keystore.list_case_keys()} == {2}
    assert {name: backend.raw(name) for name in names} == before
    assert store.retire_master_keys() == [1]
    reloaded = EncryptedStore(backend, keyring=Keyring.load(tmp_path / "keyring.json"), keystore=keystore)
    assert reloaded.keyring.versions == (2,)
    assert [read_all(reloaded, f"doc-{i}") for i in range(4)] == [f"content {i}".encode() for i in range(4)]
    assert reloaded.rewrap_case_keys().rewrapped == 0  # idempotent
    keystore.close()


def test_retiring_keeps_versions_still_in_use() -> None:
    keyring, keystore = Keyring.generate(), MemoryKeyStore()
    store = EncryptedStore(MemoryStore(), keyring=keyring, keystore=keystore)
    put_bytes(store, "doc-1", b"x")
    keyring.add_master_key()  # a rotation that crashed before rewrapping
    assert store.retire_master_keys() == []
    assert store.rewrap_case_keys().rewrapped == 1
    assert store.retire_master_keys() == [1]
    assert read_all(store, "doc-1") == b"x"


def test_the_sweep_removes_only_old_orphans_of_ours() -> None:
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    backend = MemoryStore(clock=lambda: now[0])
    store = EncryptedStore(backend, keyring=Keyring.generate(), keystore=MemoryKeyStore(), clock=lambda: now[0])
    live = put_bytes(store, "doc-1", b"x")
    orphan = "0" * 32 + "." + "1" * 16
    backend.put(orphan, io.BytesIO(b"left by a crash"))
    backend.put("not-ours", io.BytesIO(b"someone else's"))
    assert store.sweep_orphans(older_than=timedelta(hours=1)) == []  # too young: may be mid-put
    now[0] += timedelta(hours=2)
    young = "2" * 32 + "." + "3" * 16
    backend.put(young, io.BytesIO(b"in flight"))
    assert store.sweep_orphans(older_than=timedelta(hours=1)) == [orphan]
    assert sorted(s.name for s in backend.list()) == sorted([live, young, "not-ours"])


def test_plaintext_reader_closes_the_backend_stream(memory_store: EncryptedStore) -> None:
    put_bytes(memory_store, "doc-1", b"x")
    reader = memory_store.open("doc-1")
    assert isinstance(reader, DecryptingReader)
    source = reader._backend_stream
    reader.close()
    assert source.closed
