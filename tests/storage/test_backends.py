"""The ByteStore contract (storage.testing) on the embedded backends, plus LocalStore specifics."""

from __future__ import annotations

import io
import os
import stat
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import BackendError, LocalStore, MemoryStore
from storage.testing import ByteStoreContract


class TestMemoryStore(ByteStoreContract):
    @pytest.fixture
    def byte_store(self) -> MemoryStore:
        return MemoryStore()


class TestLocalStore(ByteStoreContract):
    @pytest.fixture
    def byte_store(self, tmp_path: Path) -> LocalStore:
        return LocalStore(tmp_path / "objects")


def test_local_layout_is_fanned_out_and_private(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "root")
    store.put("abcdef.01", io.BytesIO(b"x"), tags={"state": "held"})
    data = tmp_path / "root" / "objects" / "ab" / "abcdef.01"
    assert data.read_bytes() == b"x"
    assert (data.parent / "abcdef.01.tags").exists()
    assert stat.S_IMODE(data.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.parent.stat().st_mode) == 0o700
    assert sorted(p.name for p in data.parent.iterdir()) == ["abcdef.01", "abcdef.01.tags"]


def test_local_temporaries_from_a_crash_are_ignored_then_removed(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "root")
    store.put("abc", io.BytesIO(b"x"))
    crashed = tmp_path / "root" / "objects" / "ab" / ".tmp-deadbeef"
    crashed.write_bytes(b"half a file")
    assert [s.name for s in store.list()] == ["abc"]
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    assert store.sweep_incomplete(started_before=an_hour_ago) == 0
    old = time.time() - 7200
    os.utime(crashed, (old, old))
    assert store.sweep_incomplete(started_before=an_hour_ago) == 1 and not crashed.exists()


def test_local_store_reports_an_unusable_root(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(BackendError, match="cannot use"):
        LocalStore(blocker / "sub")


def test_local_store_reports_damaged_tags(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "root")
    store.put("abc", io.BytesIO(b"x"), tags={"a": "1"})
    (tmp_path / "root" / "objects" / "ab" / "abc.tags").write_text("{not json")
    with pytest.raises(BackendError, match="unreadable"):
        store.get_tags("abc")
