"""The behaviour every :class:`~storage.backends.base.ByteStore` must have, as pytest test classes.

Subclass :class:`ByteStoreContract` (``class TestMyStore(ByteStoreContract)``) and provide a ``byte_store``
fixture yielding an empty store. Plain asserts; no pytest import.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from storage._exceptions import InvalidArgument, ObjectNotFound, SourceError
from storage.backends.base import ByteStore

__all__ = ["ByteStoreContract"]


def _raises(error: type[BaseException], action: Callable[[], object]) -> BaseException:
    try:
        action()
    except error as raised:
        return raised
    raise AssertionError(f"expected {error.__name__}")


def _read(store: ByteStore, name: str) -> bytes:
    with store.open(name) as handle:
        return handle.read()


class _FailsAfter:
    """An input stream that yields ``good`` bytes and then fails, as a dying disk would."""

    def __init__(self, good: int) -> None:
        self._left = good

    def read(self, size: int = -1, /) -> bytes:
        if self._left <= 0:
            raise SourceError("the input failed part way")
        size = self._left if size < 0 else min(size, self._left)
        self._left -= size
        return b"p" * size


class ByteStoreContract:
    """Every byte store behaves like this. Needs a ``byte_store`` fixture yielding an empty store."""

    def test_is_a_byte_store(self, byte_store: ByteStore) -> None:
        assert isinstance(byte_store, ByteStore)

    def test_put_open_round_trip_with_tags(self, byte_store: ByteStore) -> None:
        byte_store.put("n1", io.BytesIO(b"hello"), length=5, tags={"state": "held", "case": "c0ffee"})
        assert _read(byte_store, "n1") == b"hello"
        assert byte_store.get_tags("n1") == {"state": "held", "case": "c0ffee"}
        assert byte_store.stat("n1").size == 5 and byte_store.stat("n1").name == "n1"

    def test_empty_and_unknown_length_objects(self, byte_store: ByteStore) -> None:
        byte_store.put("empty", io.BytesIO(b""), length=0)
        byte_store.put("unsized", io.BytesIO(b"abc"))
        assert _read(byte_store, "empty") == b"" and _read(byte_store, "unsized") == b"abc"
        assert byte_store.get_tags("empty") == {}

    def test_large_object_streams_in_many_reads(self, byte_store: ByteStore) -> None:
        data = os.urandom(3 * 1024 * 1024 + 17)
        byte_store.put("big", io.BytesIO(data), length=len(data))
        with byte_store.open("big") as handle:
            pieces = iter(lambda: handle.read(65536), b"")
            assert b"".join(pieces) == data

    def test_put_replaces_bytes_and_tags(self, byte_store: ByteStore) -> None:
        byte_store.put("n1", io.BytesIO(b"old"), tags={"a": "1"})
        byte_store.put("n1", io.BytesIO(b"new!"), tags={"b": "2"})
        assert _read(byte_store, "n1") == b"new!" and byte_store.get_tags("n1") == {"b": "2"}

    def test_set_tags_replaces_them(self, byte_store: ByteStore) -> None:
        byte_store.put("n1", io.BytesIO(b"x"), tags={"a": "1", "b": "2"})
        byte_store.set_tags("n1", {"state": "returned"})
        assert byte_store.get_tags("n1") == {"state": "returned"}
        assert _read(byte_store, "n1") == b"x"

    def test_missing_names_raise_object_not_found(self, byte_store: ByteStore) -> None:
        for action in (lambda: byte_store.open("absent"), lambda: byte_store.stat("absent"),
                       lambda: byte_store.get_tags("absent"), lambda: byte_store.set_tags("absent", {"a": "1"})):
            _raises(ObjectNotFound, action)

    def test_delete_removes_and_is_idempotent(self, byte_store: ByteStore) -> None:
        byte_store.put("n1", io.BytesIO(b"x"))
        byte_store.delete("n1")
        byte_store.delete("n1")
        byte_store.delete("never-there")
        _raises(ObjectNotFound, lambda: byte_store.open("n1"))
        assert list(byte_store.list()) == []

    def test_list_by_prefix_in_name_order(self, byte_store: ByteStore) -> None:
        for name in ("ab.2", "ab.1", "ac.1", "b.1"):
            byte_store.put(name, io.BytesIO(name.encode()))
        assert [s.name for s in byte_store.list()] == ["ab.1", "ab.2", "ac.1", "b.1"]
        assert [s.name for s in byte_store.list("ab")] == ["ab.1", "ab.2"]
        assert [s.name for s in byte_store.list("a")] == ["ab.1", "ab.2", "ac.1"]
        assert [(s.name, s.size) for s in byte_store.list("b")] == [("b.1", 3)]
        assert list(byte_store.list("zz")) == []

    def test_invalid_names_are_refused(self, byte_store: ByteStore) -> None:
        for bad in ("", "../escape", "a/b", ".hidden", "x.tags", "n" * 201):
            _raises(InvalidArgument, lambda bad=bad: byte_store.put(bad, io.BytesIO(b"x")))  # type: ignore[misc]

    def test_a_failing_input_stores_nothing_and_keeps_the_old_object(self, byte_store: ByteStore) -> None:
        _raises(SourceError, lambda: byte_store.put("n1", _FailsAfter(100_000)))
        assert list(byte_store.list()) == []
        byte_store.put("n2", io.BytesIO(b"previous"), tags={"v": "1"})
        _raises(SourceError, lambda: byte_store.put("n2", _FailsAfter(100_000), tags={"v": "2"}))
        assert _read(byte_store, "n2") == b"previous"
        assert [s.name for s in byte_store.list()] == ["n2"]

    def test_sweeping_incomplete_writes_keeps_finished_objects(self, byte_store: ByteStore) -> None:
        byte_store.put("n1", io.BytesIO(b"done"))
        assert byte_store.sweep_incomplete(started_before=datetime.now(UTC) + timedelta(hours=1)) == 0
        assert _read(byte_store, "n1") == b"done"

    def test_a_failing_large_input_stores_nothing(self, byte_store: ByteStore) -> None:
        # Large enough to be a multipart upload on S3 (aborted, so no part of it becomes visible).
        _raises(SourceError, lambda: byte_store.put("big", _FailsAfter(12 * 1024 * 1024)))
        assert list(byte_store.list()) == []
