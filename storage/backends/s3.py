"""A byte store on any S3 server (AWS S3, MinIO, Ceph RADOS Gateway) through the ``minio`` SDK.

- TLS with a custom CA: ``ca_file`` feeds the ``urllib3.PoolManager`` handed to ``Minio(http_client=)``.
- Bounded waits: connect/read timeouts, and a bounded ``urllib3.Retry`` on connection failures and
  500/502/503/504 answers (backoff 0.5 s, 1 s, 2 s ...).
- Streaming: uploads go in parts of ``part_size`` (16 MiB by default), three in flight while the next is
  read and sealed, and no more read ahead than that (:mod:`._s3_upload`; minio's parallel mode queues
  what it reads without bound and reports a failure only after reading the whole input). A failed
  multipart upload is aborted, so no partial object ever appears.
  Downloads stream from the response.
- Errors: every SDK or network failure becomes :class:`BackendError`, or :class:`BackendUnavailable` when
  the server cannot be reached or went away; errors from the caller's input stream become
  :class:`SourceError` and are never blamed on the server.
- ``delete`` removes every version (and delete marker) of the name, so on a versioned bucket nothing of
  it remains visible to the bucket owner either.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import BinaryIO

import urllib3
from minio import Minio
from minio.commonconfig import ENABLED, Tags
from minio.versioningconfig import VersioningConfig

from storage._exceptions import SourceError, StorageError
from storage.backends._s3_errors import translated
from storage.backends._s3_upload import upload
from storage.backends.base import ObjectStat, Readable, check_name
from storage.backends.s3_settings import S3Settings

__all__ = ["DEFAULT_PART_SIZE", "S3Store", "http_client"]

DEFAULT_PART_SIZE = 16 * 1024 * 1024
_READ_BUFFER = 1024 * 1024


def http_client(settings: S3Settings) -> urllib3.PoolManager:
    """The connection pool: certificate checks against ``ca_file`` (or the system store), timeouts, retries."""
    retries = urllib3.Retry(
        total=settings.retries, connect=settings.retries, read=settings.retries, status=settings.retries,
        backoff_factor=0.5, status_forcelist=(500, 502, 503, 504),
    )
    options: dict[str, object] = {"cert_reqs": "CERT_REQUIRED"}
    if settings.ca_file:
        options["ca_certs"] = settings.ca_file
    return urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=settings.connect_timeout, read=settings.read_timeout),
        retries=retries, maxsize=4, **options,  # type: ignore[arg-type]
    )


class S3Store:
    """A :class:`~storage.backends.base.ByteStore` in one bucket (optionally under a key prefix)."""

    def __init__(self, settings: S3Settings) -> None:
        self.settings = settings
        self._bucket = settings.bucket
        self._prefix = f"{settings.prefix}/" if settings.prefix else ""
        self._part_size = settings.part_size or DEFAULT_PART_SIZE
        where = f"{settings.endpoint}/{settings.bucket}"
        self._http = http_client(settings)
        with translated("connecting", where=where):
            self._client = Minio(settings.endpoint, access_key=settings.access_key, secret_key=settings.secret_key,
                                 session_token=settings.session_token, secure=settings.secure,
                                 region=settings.region, http_client=self._http)
        self._where = where

    def __repr__(self) -> str:
        return f"S3Store({self.settings!r})"

    def close(self) -> None:
        """Close the pooled connections (a later call opens new ones; closing twice is harmless)."""
        self._http.clear()

    def __enter__(self) -> S3Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        # A store dropped without close() would leave its TLS sockets to the garbage collector, which closes
        # them whenever it next runs, with a ResourceWarning, inside whatever code happens to be running then.
        if hasattr(self, "_http"):  # not when __init__ failed before making the pool
            self.close()

    def _key(self, name: str) -> str:
        return self._prefix + check_name(name)

    # -- the bucket ------------------------------------------------------------------------------

    def create_bucket(self, *, versioning: bool = False) -> None:
        """Create the bucket if it is missing (and optionally turn versioning on)."""
        with translated("creating the bucket", where=self._where):
            if not self._client.bucket_exists(self._bucket):
                self._client.make_bucket(self._bucket)
            if versioning:
                self._client.set_bucket_versioning(self._bucket, VersioningConfig(ENABLED))

    # -- writing -------------------------------------------------------------------------------

    def put(self, name: str, stream: Readable, *, length: int | None = None,
            tags: Mapping[str, str] | None = None) -> None:
        key = self._key(name)
        object_tags = None
        if tags:
            object_tags = Tags(for_object=True)
            object_tags.update(tags)
        with translated(f"storing {name}", where=self._where):
            upload(self._client, self._bucket, key, _GuardedSource(stream), part_size=self._part_size,
                   length=length, tags=object_tags)

    def set_tags(self, name: str, tags: Mapping[str, str]) -> None:
        object_tags = Tags(for_object=True)
        object_tags.update(tags)
        with translated(f"tagging {name}", where=self._where):
            self._client.set_object_tags(self._bucket, self._key(name), object_tags)

    def delete(self, name: str) -> None:
        key = self._key(name)
        with translated(f"deleting {name}", where=self._where):
            versions = [found for found in self._client.list_objects(self._bucket, prefix=key, include_version=True)
                        if found.object_name == key]
            for found in versions:
                self._client.remove_object(self._bucket, key, version_id=found.version_id)

    def sweep_incomplete(self, *, started_before: datetime) -> int:
        """Abort multipart uploads begun before ``started_before`` (an upload whose abort could not reach
        the server when it went away). Uses minio's ListMultipartUploads call, which it does not export."""
        aborted = 0
        key_marker = None
        with translated("aborting incomplete uploads", where=self._where):
            for _page in range(1000):
                result = self._client._list_multipart_uploads(
                    self._bucket, prefix=self._prefix, key_marker=key_marker, max_uploads=1000)
                for upload in result.uploads:
                    if upload.initiated_time is not None and upload.initiated_time < started_before:
                        self._client._abort_multipart_upload(
                            self._bucket, upload.object_name, str(upload.upload_id))
                        aborted += 1
                if not result.is_truncated or not result.next_key_marker:
                    break
                key_marker = result.next_key_marker
        return aborted

    # -- reading -------------------------------------------------------------------------------

    def open(self, name: str) -> BinaryIO:
        with translated(f"reading {name}", where=self._where):
            response = self._client.get_object(self._bucket, self._key(name))
        return io.BufferedReader(_ResponseStream(response, name=name, where=self._where),  # type: ignore[return-value]
                                 buffer_size=_READ_BUFFER)

    def stat(self, name: str) -> ObjectStat:
        with translated(f"inspecting {name}", where=self._where):
            found = self._client.stat_object(self._bucket, self._key(name))
        return ObjectStat(name, int(found.size or 0), found.last_modified)  # type: ignore[arg-type]

    def get_tags(self, name: str) -> dict[str, str]:
        with translated(f"reading the tags of {name}", where=self._where):
            tags = self._client.get_object_tags(self._bucket, self._key(name))
        return dict(tags or {})

    def list(self, prefix: str = "") -> Iterator[ObjectStat]:
        with translated("listing objects", where=self._where):
            found_objects = self._client.list_objects(self._bucket, prefix=self._prefix + prefix, recursive=True)
            for found in found_objects:
                name = found.object_name[len(self._prefix):]
                if found.is_dir or not name:
                    continue
                yield ObjectStat(name, int(found.size or 0), found.last_modified)  # type: ignore[arg-type]


class _GuardedSource:
    """Marks failures of the caller's stream as :class:`SourceError`, so they are never read as network
    failures (minio re-raises whatever ``read`` raised, after aborting the upload)."""

    def __init__(self, stream: Readable) -> None:
        self._stream = stream

    def read(self, size: int = -1, /) -> bytes:
        try:
            return self._stream.read(size)
        except StorageError:
            raise
        except Exception as error:
            raise SourceError(f"reading the input failed: {error}") from error


class _ResponseStream(io.RawIOBase):
    """A GET response as a raw stream; a connection lost part way raises :class:`BackendUnavailable`."""

    def __init__(self, response: urllib3.BaseHTTPResponse, *, name: str, where: str) -> None:
        super().__init__()
        self._response = response
        self._name = name
        self._where = where

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        with translated(f"reading {self._name}", where=self._where):
            return self._response.readinto(buffer)  # type: ignore[arg-type]

    def close(self) -> None:
        if not self.closed:
            self._response.close()
            self._response.release_conn()
        super().close()


