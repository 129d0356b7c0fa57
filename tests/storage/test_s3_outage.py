"""A real storage server going away mid-upload: each test gets a private Ceph cluster to kill or freeze."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fixtures_s3 import S3Server

from storage import (
    BackendUnavailable,
    EncryptedStore,
    Keyring,
    ObjectNotFound,
    SQLiteKeyStore,
)
from storage.backends.s3 import S3Store

pytestmark = [pytest.mark.integration, pytest.mark.slow]
MiB = 1024 * 1024


class TriggerAfter:
    """Reads a file and calls ``action`` once ``threshold`` bytes have gone out (mid-upload)."""

    def __init__(self, handle, threshold: int, action: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
        self._handle, self._threshold, self._action = handle, threshold, action
        self.sent = 0
        self.fired = False

    def read(self, size: int = -1) -> bytes:
        block = self._handle.read(size)
        self.sent += len(block)
        if not self.fired and self.sent >= self._threshold:
            self.fired = True
            self._action()
        return block


def incomplete_uploads(server: S3Server, bucket: str) -> list[object]:
    return list(server.client()._list_multipart_uploads(bucket).uploads)


def big_file(tmp_path: Path, size: int) -> tuple[Path, str]:
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        for _ in range(size // MiB):
            handle.write(os.urandom(MiB))
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def assert_left_nothing(store: EncryptedStore, server: S3Server, bucket: str, original: Path, digest: str) -> None:
    assert store.keystore.get_object_key("doc-1") is None and list(store.list()) == []
    assert hashlib.sha256(original.read_bytes()).hexdigest() == digest
    visible = list(server.client().list_objects(bucket, include_version=True, recursive=True))
    assert visible == []  # no half object visible as an object
    with pytest.raises(ObjectNotFound):
        store.open("doc-1")


def test_gateway_killed_mid_upload(ceph_cluster_factory: Callable[[], S3Server], tmp_path: Path) -> None:
    server = ceph_cluster_factory()
    bucket = server.new_bucket(versioning=True)
    store = EncryptedStore(S3Store(server.settings(bucket, part_size=8 * MiB, retries=2)),
                           keyring=Keyring.generate(), keystore=SQLiteKeyStore(tmp_path / "keys.sqlite"))
    original, digest = big_file(tmp_path, 64 * MiB)
    started = time.monotonic()
    with original.open("rb") as handle:
        # Killed once 40 MiB are read: the upload reads at most four parts (32 MiB) ahead of what the server
        # has, so by then the multipart upload exists and the failed abort leaves parts behind.
        source = TriggerAfter(handle, 40 * MiB, server.kill_gateway)
        with pytest.raises(BackendUnavailable, match="unreachable or went away"):
            store.put("doc-1", source, case_id="case-1", length=64 * MiB)
    elapsed = time.monotonic() - started
    assert source.fired and source.sent < 64 * MiB  # it stopped at the failure, not after reading everything
    assert elapsed < 60, f"gave up after {elapsed:.0f}s"
    server.restart_gateway()
    assert_left_nothing(store, server, bucket, original, digest)
    # The abort could not reach a dead server, so the parts are still there, invisible; the sweep ends them.
    from datetime import timedelta

    assert incomplete_uploads(server, bucket) != []
    assert store.sweep_orphans(older_than=timedelta(0)) == []
    assert incomplete_uploads(server, bucket) == []
    with original.open("rb") as handle:  # once the server is back, the same put works
        store.put("doc-1", handle, case_id="case-1")
    assert store.get_file("doc-1", tmp_path / "back.pdf") == 64 * MiB
    assert hashlib.sha256((tmp_path / "back.pdf").read_bytes()).hexdigest() == digest


def test_gateway_frozen_mid_upload(ceph_cluster_factory: Callable[[], S3Server], tmp_path: Path) -> None:
    server = ceph_cluster_factory()
    bucket = server.new_bucket()
    store = EncryptedStore(S3Store(server.settings(bucket, part_size=8 * MiB, retries=1, read_timeout=3.0,
                                                   connect_timeout=3.0)),
                           keyring=Keyring.generate(), keystore=SQLiteKeyStore(tmp_path / "keys.sqlite"))
    original, digest = big_file(tmp_path, 32 * MiB)
    started = time.monotonic()
    try:
        with original.open("rb") as handle:
            source = TriggerAfter(handle, 12 * MiB, server.pause_gateway)
            with pytest.raises(BackendUnavailable):
                store.put("doc-1", source, case_id="case-1")
        assert time.monotonic() - started < 60
    finally:
        server.resume_gateway()
    assert_left_nothing(store, server, bucket, original, digest)
