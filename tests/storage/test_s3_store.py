"""The S3 backend against a real Ceph RADOS Gateway over TLS (scripts/ceph-rgw, tests/fixtures_s3.py)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from fixtures_s3 import S3Server

from storage import (
    BackendError,
    BackendUnavailable,
    EncryptedStore,
    IntegrityError,
    InvalidArgument,
    Keyring,
    MemoryKeyStore,
    ObjectNotFound,
    ObjectShredded,
    ObjectState,
    open_backend,
)
from storage._stream import DecryptingReader
from storage.backends.s3 import S3Store
from storage.testing import ByteStoreContract

pytestmark = pytest.mark.integration
MiB = 1024 * 1024


class TestS3Store(ByteStoreContract):
    @pytest.fixture(params=["plain-bucket", "versioned-bucket"])
    def byte_store(self, request: pytest.FixtureRequest, s3_server: S3Server) -> S3Store:
        bucket = s3_server.new_bucket(versioning=request.param == "versioned-bucket")
        return S3Store(s3_server.settings(bucket, part_size=5 * MiB))


def incomplete_uploads(server: S3Server, bucket: str) -> list[object]:
    # minio has no public call for this; the private one is fine for inspecting in a test.
    return list(server.client()._list_multipart_uploads(bucket).uploads)


def all_versions(server: S3Server, bucket: str) -> list[object]:
    return list(server.client().list_objects(bucket, include_version=True, recursive=True))


@pytest.fixture
def bucket(s3_server: S3Server) -> str:
    return s3_server.new_bucket(versioning=True)


@pytest.fixture
def store(s3_server: S3Server, bucket: str) -> EncryptedStore:
    backend = open_backend(s3_server.store_url(bucket) + "&part_size=5", environ=s3_server.environ())
    return EncryptedStore(backend, keyring=Keyring.generate(), keystore=MemoryKeyStore())


def test_an_aborted_multipart_upload_leaves_no_parts(s3_server: S3Server) -> None:
    bucket = s3_server.new_bucket()
    backend = S3Store(s3_server.settings(bucket, part_size=5 * MiB))

    class FailsLate:
        sent = 0

        def read(self, size: int = -1) -> bytes:
            if self.sent >= 12 * MiB:
                raise OSError(5, "Input/output error")
            self.sent += size
            return bytes(size)

    from storage import SourceError

    with pytest.raises(SourceError, match="Input/output error"):
        backend.put("abc.1", FailsLate())
    assert incomplete_uploads(s3_server, bucket) == [] and all_versions(s3_server, bucket) == []


@pytest.mark.parametrize("size", [3 * MiB, 17 * MiB])  # one PUT, and a multipart upload
def test_a_source_shorter_than_announced_stores_nothing(s3_server: S3Server, size: int) -> None:
    from storage import SourceError

    bucket = s3_server.new_bucket()
    backend = S3Store(s3_server.settings(bucket, part_size=5 * MiB))
    with pytest.raises(SourceError, match=f"gave {size} bytes where {size + 1} were announced"):
        backend.put("abc.2", io.BytesIO(bytes(size)), length=size + 1)
    assert incomplete_uploads(s3_server, bucket) == [] and all_versions(s3_server, bucket) == []


def test_delete_removes_every_version(s3_server: S3Server, bucket: str) -> None:
    backend = S3Store(s3_server.settings(bucket))
    for content in (b"v1", b"v2", b"v3"):
        backend.put("abc.1", io.BytesIO(content))
    assert len(all_versions(s3_server, bucket)) == 3
    backend.delete("abc.1")
    assert all_versions(s3_server, bucket) == []


@pytest.mark.parametrize("size", [0, 1, 256 * 1024, 13 * MiB + 5])
def test_encrypted_round_trip(store: EncryptedStore, tmp_path: Path, size: int) -> None:
    source = tmp_path / "in.bin"
    source.write_bytes(os.urandom(size))
    with source.open("rb") as handle:
        info = store.put("doc-1", handle, case_id="case-1")
    assert info.size == size
    assert store.get_file("doc-1", tmp_path / "out.bin") == size
    assert (tmp_path / "out.bin").read_bytes() == source.read_bytes()


def test_unknown_length_stream_uploads_in_parts(store: EncryptedStore) -> None:
    data = os.urandom(11 * MiB)
    read_end, write_end = os.pipe()
    import threading

    def feed() -> None:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)

    feeder = threading.Thread(target=feed)
    feeder.start()
    with os.fdopen(read_end, "rb") as pipe:
        store.put("doc-1", pipe, case_id="case-1")
    feeder.join()
    with store.open("doc-1") as reader:
        assert reader.read() == data


MARKERS = [b"Jessica", b"Okonkwo", b"Brambleside", b"SW1A 2AA", b"letter.pdf", b"case-okonkwo"]


def test_nothing_personal_reaches_the_server(s3_server: S3Server, store: EncryptedStore, bucket: str) -> None:
    text = b"Dear Mrs Okonkwo, Jessica at Brambleside (SW1A 2AA) " * 1000
    store.put("Jessica-Okonkwo-letter.pdf", io.BytesIO(text), case_id="case-okonkwo SW1A 2AA",
              tags={"return-on-request": True})
    store.put("Brambleside-report.pdf", io.BytesIO(text), case_id="case-okonkwo SW1A 2AA")
    store.set_state("Brambleside-report.pdf", "returned")
    client = s3_server.client()
    versions = all_versions(s3_server, bucket)
    assert len(versions) == 2
    for found in versions:
        name = found.object_name
        seen = [name.encode()]
        seen.append(repr(dict(client.get_object_tags(bucket, name) or {})).encode())
        seen.append(repr(dict(client.stat_object(bucket, name).metadata)).encode())
        response = client.get_object(bucket, name)
        try:
            seen.append(response.read())
        finally:
            response.close()
            response.release_conn()
        blob = b"\n".join(seen).lower()
        assert [m for m in MARKERS if m.lower() in blob] == [], name


def test_tags_on_the_server_are_opaque_signed_and_checked(s3_server: S3Server, store: EncryptedStore,
                                                         bucket: str) -> None:
    info = store.put("doc-1", io.BytesIO(b"x"), case_id="case-1", tags={"keep-on-file": True})
    server_tags = dict(s3_server.client().get_object_tags(bucket, info.name) or {})
    assert set(server_tags) == {"case", "document", "return-on-request", "keep-on-file", "state", "mac"}
    assert server_tags["keep-on-file"] == "true" and server_tags["state"] == "held"
    store.set_state("doc-1", ObjectState.RETURNED)
    assert dict(s3_server.client().get_object_tags(bucket, info.name) or {})["state"] == "returned"
    from minio.commonconfig import Tags

    forged = Tags(for_object=True)
    forged.update(server_tags | {"keep-on-file": "false"})
    s3_server.client().set_object_tags(bucket, info.name, forged)
    with pytest.raises(IntegrityError):
        store.tags("doc-1")


def test_tampering_on_the_server_is_detected(s3_server: S3Server, store: EncryptedStore, bucket: str) -> None:
    info = store.put("doc-1", io.BytesIO(os.urandom(100_000)), case_id="case-1")
    client = s3_server.client()
    response = client.get_object(bucket, info.name)
    data = bytearray(response.read())
    response.close()
    response.release_conn()
    data[50_000] ^= 1
    client.put_object(bucket, info.name, io.BytesIO(bytes(data)), len(data))
    with pytest.raises(IntegrityError):
        store.get_to("doc-1", io.BytesIO())


def test_shredding_on_a_versioned_bucket_deletes_every_version(s3_server: S3Server, store: EncryptedStore,
                                                               bucket: str) -> None:
    info = store.put("doc-1", io.BytesIO(b"secret" * 1000), case_id="case-1")
    client = s3_server.client()
    response = client.get_object(bucket, info.name)
    old = response.read()
    response.close()
    response.release_conn()
    client.put_object(bucket, info.name, io.BytesIO(old), len(old))  # a second version, as a re-upload makes
    assert len(all_versions(s3_server, bucket)) == 2
    report = store.shred("doc-1")
    assert report.complete and all_versions(s3_server, bucket) == []
    with pytest.raises(ObjectShredded):
        store.open("doc-1")


def test_versions_a_server_refuses_to_delete_stay_undecryptable(s3_server: S3Server) -> None:
    bucket = s3_server.new_bucket(object_lock=True)
    keyring, keystore = Keyring.generate(), MemoryKeyStore()
    store = EncryptedStore(S3Store(s3_server.settings(bucket)), keyring=keyring, keystore=keystore)
    info = store.put("doc-1", io.BytesIO(b"the family's secret" * 100), case_id="family")
    store.put("doc-2", io.BytesIO(b"another"), case_id="family")
    client = s3_server.client()
    (version,) = [v for v in all_versions(s3_server, bucket) if v.object_name == info.name]
    client.enable_object_legal_hold(bucket, info.name, version_id=version.version_id)
    try:
        report = store.shred_case("family")
        assert sorted(report.shredded) == ["doc-1", "doc-2"] and report.leftovers == (info.name,)
        retained = client.get_object(bucket, info.name, version_id=version.version_id)
        ciphertext = retained.read()
        retained.close()
        retained.release_conn()
        assert b"secret" not in ciphertext
        tags = dict(client.get_object_tags(bucket, info.name, version_id=version.version_id) or {})
        assert tags["state"] == "shredded"
        # Every key that still exists, unwrapped with the master key, fails on the retained bytes.
        candidates = []
        for case_id, wrapped in keystore.list_case_keys():
            candidates.append(keyring.unwrap_case_key(case_id, wrapped))
        assert candidates == []  # the case key is gone...
        assert list(keystore.list_object_keys()) == []  # ...and so are the object keys
        for key in [*candidates, bytes(32)]:
            with pytest.raises(IntegrityError):
                DecryptingReader(io.BytesIO(ciphertext), data_key=key, object_id="doc-1").read()
    finally:
        client.disable_object_legal_hold(bucket, info.name, version_id=version.version_id)


def test_rotation_does_not_rewrite_objects(s3_server: S3Server, store: EncryptedStore, bucket: str,
                                           tmp_path: Path) -> None:
    store.put("doc-1", io.BytesIO(b"x" * 1000), case_id="case-1")
    before = [(v.object_name, v.version_id, v.etag) for v in all_versions(s3_server, bucket)]
    keyring_path = tmp_path / "keys.json"
    rotating = EncryptedStore(store.backend, keyring=Keyring.create(keyring_path), keystore=MemoryKeyStore())
    rotating.put("doc-2", io.BytesIO(b"y"), case_id="case-2")
    before = [(v.object_name, v.version_id, v.etag) for v in all_versions(s3_server, bucket)]
    assert rotating.rotate_master_key().rewrapped == 1
    assert [(v.object_name, v.version_id, v.etag) for v in all_versions(s3_server, bucket)] == before
    with rotating.open("doc-2") as reader:
        assert reader.read() == b"y"


def test_misconfiguration_is_reported_clearly(s3_server: S3Server, bucket: str, tmp_path: Path) -> None:
    other_ca = tmp_path / "other-ca.pem"
    other_ca.write_text((s3_server.directory / "tls" / "server.pem").read_text().replace("\r", ""))
    import subprocess

    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=x",
                    "-keyout", str(tmp_path / "k"), "-out", str(other_ca)], check=True, capture_output=True)
    with pytest.raises(BackendError, match="TLS") as raised:
        S3Store(s3_server.settings(bucket, ca_file=str(other_ca), retries=0)).stat("abc")
    assert not isinstance(raised.value, BackendUnavailable)
    with pytest.raises(BackendError, match="refused the credentials"):
        S3Store(s3_server.settings(bucket, secret_key="wrong")).stat("abc")
    with pytest.raises(BackendError, match="bucket does not exist"):
        S3Store(s3_server.settings("no-such-bucket-here")).put("abc", io.BytesIO(b"x"))
    with pytest.raises(InvalidArgument):
        S3Store(s3_server.settings("x")).put("abc", io.BytesIO(b"x"))
    with pytest.raises(ObjectNotFound):
        S3Store(s3_server.settings(bucket)).stat("abc")


def test_an_unreachable_server_is_unavailable(s3_server: S3Server) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    backend = S3Store(s3_server.settings("bucket", endpoint=f"127.0.0.1:{port}", retries=0))
    with pytest.raises(BackendUnavailable, match="unreachable"):
        backend.put("abc", io.BytesIO(b"x"))


def test_close_releases_the_connections_and_the_store_reconnects_after(s3_server: S3Server, bucket: str) -> None:
    with S3Store(s3_server.settings(bucket)) as backend:
        backend.put("abc.1", io.BytesIO(b"v1"))
        assert len(backend._http.pools) == 1  # one pool, to the gateway
        backend.close()
        assert len(backend._http.pools) == 0
        assert backend.stat("abc.1").size == 2
    assert len(backend._http.pools) == 0
