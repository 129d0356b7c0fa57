"""EncryptedStore over the memory and local backends: round trips, tags, immutability, integrity."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

from storage import (
    EncryptedStore,
    IntegrityError,
    InvalidArgument,
    Keyring,
    MemoryKeyStore,
    MemoryStore,
    ObjectExists,
    ObjectNotFound,
    ObjectState,
    SQLiteKeyStore,
)
from storage.backends.base import ByteStore


def put_bytes(store: EncryptedStore, object_id: str, data: bytes, *, case_id: str = "case-1", **options: object):
    return store.put(object_id, io.BytesIO(data), case_id=case_id, **options)  # type: ignore[arg-type]


def read_all(store: EncryptedStore, object_id: str) -> bytes:
    with store.open(object_id) as reader:
        return reader.read()


@pytest.mark.parametrize("size", [0, 1, 1023, 1024, 1025, 5000])
def test_put_then_open_returns_the_same_bytes(store: EncryptedStore, size: int) -> None:
    data = os.urandom(size)
    info = put_bytes(store, "doc-1", data)
    assert (info.object_id, info.case_id, info.size) == ("doc-1", "case-1", size)
    assert read_all(store, "doc-1") == data
    out = io.BytesIO()
    assert store.get_to("doc-1", out) == size and out.getvalue() == data


def test_put_from_a_file_and_get_to_a_file(store: EncryptedStore, tmp_path: Path) -> None:
    source = tmp_path / "letter.pdf"
    source.write_bytes(os.urandom(10_000))
    with source.open("rb") as handle:
        store.put("doc-1", handle, case_id="case-1")
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    assert store.get_file("doc-1", target) == 10_000
    assert target.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.pdf"]


def test_put_from_a_pipe_of_unknown_length(store: EncryptedStore) -> None:
    read_end, write_end = os.pipe()
    data = os.urandom(70_000)

    def feed() -> None:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)

    feeder = threading.Thread(target=feed)
    feeder.start()
    with os.fdopen(read_end, "rb") as pipe:
        info = store.put("doc-1", pipe, case_id="case-1")
    feeder.join()
    assert info.size == len(data) and read_all(store, "doc-1") == data


def test_tags_start_held_with_the_flags_given(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", b"x", tags={"return-on-request": "true"})
    put_bytes(store, "doc-2", b"y", case_id="case-1", tags={"keep-on-file": True})
    one, two = store.tags("doc-1"), store.tags("doc-2")
    assert (one.return_on_request, one.keep_on_file, one.state) == (True, False, ObjectState.HELD)
    assert (two.return_on_request, two.keep_on_file) == (False, True)
    assert one.case == two.case and one.document != two.document
    assert one.as_json() == {"case": one.case, "document": one.document, "return-on-request": True,
                             "keep-on-file": False, "state": "held"}


@pytest.mark.parametrize("tags", [{"owner": "Jane"}, {"state": "returned"}, {"keep-on-file": "maybe"}])
def test_only_the_two_flags_can_be_set_and_only_to_booleans(store: EncryptedStore, tags: dict[str, str]) -> None:
    with pytest.raises(InvalidArgument):
        put_bytes(store, "doc-1", b"x", tags=tags)
    assert list(store.list()) == [] and list(store.backend.list()) == []


def test_state_moves_between_held_and_returned(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", b"x")
    assert store.set_state("doc-1", "returned").state is ObjectState.RETURNED
    assert store.tags("doc-1").state is ObjectState.RETURNED
    assert store.set_state("doc-1", ObjectState.HELD).state is ObjectState.HELD
    with pytest.raises(InvalidArgument, match="shredding"):
        store.set_state("doc-1", "shredded")
    with pytest.raises(InvalidArgument, match="unknown state"):
        store.set_state("doc-1", "lost")


def test_flags_can_be_changed_later(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", b"x")
    tags = store.set_flags("doc-1", keep_on_file=True)
    assert tags.keep_on_file and not tags.return_on_request
    assert store.tags("doc-1") == tags


def test_objects_are_immutable(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", b"first")
    with pytest.raises(ObjectExists):
        put_bytes(store, "doc-1", b"second")
    assert read_all(store, "doc-1") == b"first"
    assert len(list(store.backend.list())) == 1


def test_two_writers_racing_on_one_id_leave_one_readable_object(backend: ByteStore, tmp_path: Path) -> None:
    keyring = Keyring.generate()
    keystore = SQLiteKeyStore(tmp_path / "race.sqlite")
    stores = [EncryptedStore(backend, keyring=keyring, keystore=keystore, chunk_size=1024) for _ in range(2)]
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def write(store: EncryptedStore, data: bytes) -> None:
        barrier.wait()
        try:
            outcomes.append(store.put("doc-1", io.BytesIO(data), case_id="case-1"))
        except ObjectExists as error:
            outcomes.append(error)

    threads = [threading.Thread(target=write, args=(s, bytes([i]) * 50_000)) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(type(o).__name__ for o in outcomes) == ["ObjectExists", "ObjectInfo"]
    assert read_all(stores[0], "doc-1") in (bytes([0]) * 50_000, bytes([1]) * 50_000)
    assert len(list(backend.list())) == 1  # the loser deleted its own upload
    keystore.close()


def test_missing_objects_and_bad_ids(store: EncryptedStore) -> None:
    with pytest.raises(ObjectNotFound):
        store.open("nope")
    with pytest.raises(ObjectNotFound):
        store.tags("nope")
    for bad in ["", "a\nb", "x" * 257]:
        with pytest.raises(InvalidArgument):
            put_bytes(store, bad, b"x")
        with pytest.raises(InvalidArgument):
            put_bytes(store, "ok", b"x", case_id=bad)


def test_list_by_case(store: EncryptedStore) -> None:
    put_bytes(store, "b", b"1", case_id="case-1")
    put_bytes(store, "a", b"22", case_id="case-2")
    put_bytes(store, "c", b"333", case_id="case-1")
    assert [(i.object_id, i.size) for i in store.list()] == [("a", 2), ("b", 1), ("c", 3)]
    assert [i.object_id for i in store.list(case_id="case-1")] == ["b", "c"]
    assert store.info("a").case_id == "case-2"


# -- integrity ---------------------------------------------------------------------------------

def raw(backend: ByteStore, name: str) -> bytes:
    with backend.open(name) as handle:
        return handle.read()


def replace_raw(backend: ByteStore, name: str, data: bytes) -> None:
    tags = backend.get_tags(name)
    backend.put(name, io.BytesIO(data), tags=tags)


def test_tampered_bytes_raise_integrity_error(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", os.urandom(3000))
    name = store.info("doc-1").name
    damaged = bytearray(raw(store.backend, name))
    damaged[-100] ^= 0x01
    replace_raw(store.backend, name, bytes(damaged))
    with pytest.raises(IntegrityError):
        read_all(store, "doc-1")


def test_an_object_swapped_for_another_raises_integrity_error(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", b"one" * 500)
    put_bytes(store, "doc-2", b"two" * 500, case_id="case-2")
    one, two = store.info("doc-1").name, store.info("doc-2").name
    replace_raw(store.backend, one, raw(store.backend, two))
    with pytest.raises(IntegrityError):
        read_all(store, "doc-1")


def test_a_failed_get_file_leaves_no_file_and_keeps_an_existing_one(store: EncryptedStore, tmp_path: Path) -> None:
    put_bytes(store, "doc-1", os.urandom(5000))
    name = store.info("doc-1").name
    replace_raw(store.backend, name, raw(store.backend, name)[:-1])
    fresh, existing = tmp_path / "fresh.bin", tmp_path / "existing.bin"
    existing.write_bytes(b"keep me")
    for target in (fresh, existing):
        with pytest.raises(IntegrityError):
            store.get_file("doc-1", target)
    assert not fresh.exists() and existing.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_edited_or_moved_tags_raise_integrity_error(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", b"x", tags={"keep-on-file": True})
    put_bytes(store, "doc-2", b"y")
    one, two = store.info("doc-1").name, store.info("doc-2").name
    edited = store.backend.get_tags(one) | {"keep-on-file": "false"}
    store.backend.set_tags(one, edited)
    with pytest.raises(IntegrityError):
        store.tags("doc-1")
    store.backend.set_tags(one, store.backend.get_tags(two))
    with pytest.raises(IntegrityError):
        store.tags("doc-1")


def test_another_keyring_cannot_open_the_objects(store: EncryptedStore) -> None:
    put_bytes(store, "doc-1", b"secret")
    stranger = EncryptedStore(store.backend, keyring=Keyring.generate(), keystore=store.keystore)
    with pytest.raises(IntegrityError):
        read_all(stranger, "doc-1")


def test_a_wrapped_key_copied_to_another_row_does_not_open(memory_store: EncryptedStore) -> None:
    put_bytes(memory_store, "doc-1", b"one")
    put_bytes(memory_store, "doc-2", b"two")
    keystore = memory_store.keystore
    assert isinstance(keystore, MemoryKeyStore)
    one, two = keystore.get_object_key("doc-1"), keystore.get_object_key("doc-2")
    assert one is not None and two is not None
    keystore._object_keys["doc-1"] = type(one)(one.object_id, one.case_id, two.name, two.wrapped_key, 3, one.created)
    with pytest.raises(IntegrityError):
        read_all(memory_store, "doc-1")


def test_memory_does_not_grow_with_object_size(tmp_path: Path) -> None:
    import tracemalloc

    from storage import LocalStore

    store = EncryptedStore(LocalStore(tmp_path / "objects"), keyring=Keyring.generate(), keystore=MemoryKeyStore())

    class Zeros:
        def __init__(self, size: int) -> None:
            self.left = size

        def read(self, size: int = -1) -> bytes:
            size = self.left if size < 0 else min(size, self.left)
            self.left -= size
            return bytes(size)

    class Sink:
        size = 0

        def write(self, block: bytes) -> int:
            self.size += len(block)
            return len(block)

    tracemalloc.start()
    try:
        store.put("big", Zeros(48 * 1024 * 1024), case_id="case-1")  # type: ignore[arg-type]
        sink = Sink()
        store.get_to("big", sink)  # type: ignore[arg-type]
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size == 48 * 1024 * 1024
    assert peak < 6 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB for a 48 MiB object"


def test_memory_store_history_keeps_every_version() -> None:
    backend = MemoryStore()
    backend.put("n1", io.BytesIO(b"a"))
    backend.put("n1", io.BytesIO(b"b"))
    backend.delete("n1")
    assert backend.history["n1"] == [b"a", b"b"] and list(backend.list()) == []
