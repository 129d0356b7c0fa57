"""The behaviour every :class:`~storage.keystore.KeyStore` must have, as pytest test classes.

Subclass :class:`KeyStoreContract` in a test module (``class TestMyKeyStore(KeyStoreContract)``) and provide
a ``keystore`` fixture yielding a fresh, empty store; for a store that persists, also subclass
:class:`DurableKeyStoreContract` and provide ``reopen`` (a callable opening the same store again). Plain
asserts, no pytest import: the library does not depend on pytest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from storage._exceptions import CaseShredded, ObjectExists
from storage.keystore import KeyStore, ObjectKey

__all__ = ["DurableKeyStoreContract", "KeyStoreContract"]

_T0 = datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)


def _raises(error: type[BaseException], action: Callable[[], object]) -> None:
    try:
        action()
    except error:
        return
    raise AssertionError(f"expected {error.__name__}")


def _key(object_id: str, case_id: str = "case-1", *, size: int = 10) -> ObjectKey:
    return ObjectKey(object_id, case_id, f"name-of-{object_id}", b"\x00\xffwrapped-" + object_id.encode(), size, _T0)


class KeyStoreContract:
    """Every key store behaves like this. Needs a ``keystore`` fixture yielding an empty store."""

    def test_is_a_keystore(self, keystore: KeyStore) -> None:
        assert isinstance(keystore, KeyStore)

    def test_case_key_absent_then_added_once(self, keystore: KeyStore) -> None:
        assert keystore.get_case_key("case-1") is None
        assert keystore.add_case_key("case-1", b"first") == b"first"
        assert keystore.add_case_key("case-1", b"second") == b"first"  # the first writer wins
        assert keystore.get_case_key("case-1") == b"first"
        assert keystore.get_case_key("case-2") is None

    def test_case_keys_are_listed(self, keystore: KeyStore) -> None:
        keystore.add_case_key("b", b"kb")
        keystore.add_case_key("a", b"ka")
        assert sorted(keystore.list_case_keys()) == [("a", b"ka"), ("b", b"kb")]

    def test_replace_case_key_is_compare_and_swap(self, keystore: KeyStore) -> None:
        keystore.add_case_key("case-1", b"old")
        assert keystore.replace_case_key("case-1", old=b"stale", new=b"x") is False
        assert keystore.get_case_key("case-1") == b"old"
        assert keystore.replace_case_key("case-1", old=b"old", new=b"new") is True
        assert keystore.get_case_key("case-1") == b"new"
        assert keystore.replace_case_key("missing", old=b"old", new=b"new") is False

    def test_object_key_round_trips_every_field(self, keystore: KeyStore) -> None:
        key = _key("doc-1", size=2**40)
        keystore.add_object_key(key)
        stored = keystore.get_object_key("doc-1")
        assert stored == key
        assert stored is not None and stored.created == _T0 and stored.created.tzinfo is not None
        assert keystore.get_object_key("doc-2") is None

    def test_object_id_is_stored_once(self, keystore: KeyStore) -> None:
        keystore.add_object_key(_key("doc-1"))
        _raises(ObjectExists, lambda: keystore.add_object_key(_key("doc-1", "case-2")))
        assert keystore.get_object_key("doc-1") == _key("doc-1")

    def test_object_keys_are_listed_by_case_in_id_order(self, keystore: KeyStore) -> None:
        for object_id, case_id in [("d3", "c1"), ("d1", "c1"), ("d2", "c2")]:
            keystore.add_object_key(_key(object_id, case_id))
        assert [k.object_id for k in keystore.list_object_keys()] == ["d1", "d2", "d3"]
        assert [k.object_id for k in keystore.list_object_keys(case_id="c1")] == ["d1", "d3"]
        assert list(keystore.list_object_keys(case_id="none")) == []

    def test_shredding_an_object_leaves_a_tombstone_and_retires_the_id(self, keystore: KeyStore) -> None:
        keystore.add_object_key(_key("doc-1"))
        keystore.add_object_key(_key("doc-2"))
        later = _T0 + timedelta(days=1)
        tombstone = keystore.shred_object("doc-1", at=later)
        assert tombstone is not None
        assert (tombstone.object_id, tombstone.case_id, tombstone.name) == ("doc-1", "case-1", "name-of-doc-1")
        assert tombstone.shredded == later
        assert keystore.get_object_key("doc-1") is None
        assert keystore.get_tombstone("doc-1") == tombstone
        assert keystore.get_object_key("doc-2") is not None
        assert keystore.shred_object("doc-1", at=later) is None
        assert keystore.shred_object("never", at=later) is None
        _raises(ObjectExists, lambda: keystore.add_object_key(_key("doc-1")))

    def test_shredding_a_case_removes_its_key_and_objects_only(self, keystore: KeyStore) -> None:
        keystore.add_case_key("c1", b"k1")
        keystore.add_case_key("c2", b"k2")
        for object_id, case_id in [("d1", "c1"), ("d2", "c1"), ("d3", "c2")]:
            keystore.add_object_key(_key(object_id, case_id))
        tombstones = keystore.shred_case("c1", at=_T0)
        assert sorted(t.object_id for t in tombstones) == ["d1", "d2"]
        assert keystore.get_case_key("c1") is None
        assert keystore.is_case_shredded("c1") and not keystore.is_case_shredded("c2")
        assert [k.object_id for k in keystore.list_object_keys()] == ["d3"]
        assert keystore.get_case_key("c2") == b"k2"
        got = keystore.get_tombstone("d2")
        assert got is not None and got.case_id == "c1"
        assert keystore.shred_case("c1", at=_T0) == []

    def test_a_shredded_case_takes_no_new_keys(self, keystore: KeyStore) -> None:
        keystore.add_case_key("c1", b"k1")
        keystore.shred_case("c1", at=_T0)
        _raises(CaseShredded, lambda: keystore.add_case_key("c1", b"again"))
        _raises(CaseShredded, lambda: keystore.add_object_key(_key("new-doc", "c1")))
        assert keystore.get_case_key("c1") is None and keystore.get_object_key("new-doc") is None

    def test_a_case_with_no_key_can_still_be_shredded(self, keystore: KeyStore) -> None:
        assert keystore.shred_case("never-used", at=_T0) == []
        assert keystore.is_case_shredded("never-used")

    def test_racing_writers_agree_on_one_case_key(self, keystore: KeyStore) -> None:
        results: list[bytes] = []
        lock = threading.Lock()

        def add(index: int) -> None:
            stored = keystore.add_case_key("contested", f"key-{index}".encode())
            with lock:
                results.append(stored)

        threads = [threading.Thread(target=add, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(set(results)) == 1 and keystore.get_case_key("contested") == results[0]


class DurableKeyStoreContract:
    """For key stores that persist: needs ``keystore`` and ``reopen`` (returns the same store, reopened)."""

    def test_everything_survives_reopening(self, keystore: KeyStore, reopen: Callable[[], KeyStore]) -> None:
        keystore.add_case_key("c1", b"k1")
        keystore.add_case_key("c2", b"k2")
        keystore.add_object_key(_key("d1", "c1"))
        keystore.add_object_key(_key("d2", "c2"))
        keystore.shred_object("d1", at=_T0)
        keystore.shred_case("c2", at=_T0)
        again = reopen()
        assert again.get_case_key("c1") == b"k1"
        assert again.get_tombstone("d1") is not None and again.get_tombstone("d2") is not None
        assert again.is_case_shredded("c2") and not again.is_case_shredded("c1")
        assert list(again.list_object_keys()) == []
        _raises(ObjectExists, lambda: again.add_object_key(_key("d1", "c1")))
