"""A ZIP archive written as a stream: bytes come out while entries go in, so an archive of many
large documents never sits whole in memory or on disk. Each entry's SHA-256 and size are kept for the
manifest, which is written last."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

__all__ = ["ArchiveEntry", "EntryRecord", "stream_zip"]

BLOCK = 256 * 1024


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class ArchiveEntry:
    path: str
    kind: str
    data: bytes | None = None
    open: Callable[[], _Readable] | None = None  # opened only when the entry is written


@dataclass(frozen=True)
class EntryRecord:
    path: str
    kind: str
    size: int
    sha256: str


class _Sink(io.RawIOBase):
    """A write-only, unseekable file whose bytes are taken out as they arrive (zipfile then writes
    data descriptors instead of seeking back)."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._buffer += data
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        return self._position

    def take(self) -> bytes:
        data, self._buffer = bytes(self._buffer), bytearray()
        return data


def stream_zip(
    entries: Iterable[ArchiveEntry], *, when: datetime, manifest: Callable[[list[EntryRecord]], bytes]
) -> Iterator[bytes]:
    """Yield the archive's bytes; ``manifest(records)`` makes the last entry, ``manifest.json``."""
    sink = _Sink()
    stamp = when.timetuple()[:6]
    records: list[EntryRecord] = []
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for entry in entries:
            digest, size = hashlib.sha256(), 0
            info = zipfile.ZipInfo(entry.path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as target:
                for block in _blocks(entry):
                    digest.update(block)
                    size += len(block)
                    target.write(block)
                    if chunk := sink.take():
                        yield chunk
            records.append(EntryRecord(entry.path, entry.kind, size, digest.hexdigest()))
            if chunk := sink.take():
                yield chunk
        archive.writestr(zipfile.ZipInfo("manifest.json", date_time=stamp), manifest(records), zipfile.ZIP_DEFLATED)
    yield sink.take()


def _blocks(entry: ArchiveEntry) -> Iterator[bytes]:
    if entry.data is not None:
        yield entry.data
        return
    assert entry.open is not None
    reader = entry.open()
    try:
        while block := reader.read(BLOCK):
            yield block
    finally:
        reader.close()
