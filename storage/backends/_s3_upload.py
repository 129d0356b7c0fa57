"""A multipart upload with a few parts in flight and a bound on everything read ahead.

minio's ``put_object`` either sends one part at a time (reading and sealing the next part waits for the
network) or, with ``num_parallel_uploads``, queues every part it reads without bound and reports a failure
only after reading the whole input. This sends up to ``parallel`` parts at once while the caller's thread
reads (and, for an encrypted stream, seals) the next one; it waits for a part to finish before reading
more than that, so memory is about ``parallel + 1`` parts and the first failure stops the reading within
that many parts. A failed upload is aborted (best effort: a server that went away cannot be told, and
:meth:`S3Store.sweep_incomplete` ends such uploads later).

It uses minio's own request methods for each step (create, upload part, complete, abort), which minio does
not export; minio is pinned below 8 for that.
"""

from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Protocol

from minio import Minio
from minio.commonconfig import Tags
from minio.datatypes import Part
from minio.helpers import check_bucket_name, check_object_name, genheaders, read_part_data

from storage._exceptions import SourceError

__all__ = ["DEFAULT_PARALLEL_PARTS", "upload"]

DEFAULT_PARALLEL_PARTS = 3  # as minio's fput_object


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def upload(client: Minio, bucket: str, key: str, source: _Readable, *, part_size: int, length: int | None = None,
           tags: Tags | None = None, parallel: int = DEFAULT_PARALLEL_PARTS) -> None:
    """Store everything ``source`` gives under ``key``: one PUT when it fits one part, else a multipart upload.
    With ``length``, a source that gives another number of bytes is refused and nothing is stored."""
    check_bucket_name(bucket)  # as put_object does: a bad name is the caller's error, before any request
    check_object_name(key)
    headers = genheaders(None, None, tags, None, False)
    headers["Content-Type"] = "application/octet-stream"
    data = read_part_data(source, part_size + 1)  # type: ignore[arg-type]  # one byte more tells if a part is the last
    if len(data) <= part_size:
        _check_length(len(data), length)
        client._put_object(bucket, key, data, headers)
        return
    upload_id = client._create_multipart_upload(bucket, key, dict(headers))
    try:
        parts, total = _send_parts(client, bucket, key, upload_id, source, data, part_size=part_size, parallel=parallel)
        _check_length(total, length)
        client._complete_multipart_upload(bucket, key, upload_id, parts)
    except BaseException:
        try:
            client._abort_multipart_upload(bucket, key, upload_id)
        except Exception:  # noqa: BLE001 - the server may be gone; the sweep ends the upload later
            pass
        raise


def _check_length(total: int, length: int | None) -> None:
    if length is not None and total != length:
        raise SourceError(f"the input gave {total} bytes where {length} were announced")


def _send_parts(client: Minio, bucket: str, key: str, upload_id: str, source: _Readable, data: bytes, *,
                part_size: int, parallel: int) -> tuple[list[Part], int]:
    """The parts sent, in order, and the bytes they hold."""
    done: list[Part] = []
    in_flight: dict[Future[str], int] = {}
    number = total = 0
    with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="s3-part") as pool:
        try:
            while True:
                last = len(data) <= part_size
                part, carry = (data, b"") if last else (data[:part_size], data[part_size:])
                number += 1
                total += len(part)
                in_flight[pool.submit(client._upload_part, bucket, key, part, None, upload_id, number)] = number
                del part
                if last:
                    break
                while len(in_flight) >= parallel:  # no more read ahead than the parts in flight
                    _collect(in_flight, done, FIRST_COMPLETED)
                data = read_part_data(source, part_size + 1, carry)  # type: ignore[arg-type]
            while in_flight:
                _collect(in_flight, done, FIRST_COMPLETED)
        except BaseException:
            for future in in_flight:
                future.cancel()
            raise
    return sorted(done, key=lambda p: p.part_number), total


def _collect(in_flight: dict[Future[str], int], done: list[Part], when: str) -> None:
    finished, _ = wait(in_flight, return_when=when)
    for future in finished:
        number = in_flight.pop(future)
        done.append(Part(number, future.result()))  # a part's failure is raised here
