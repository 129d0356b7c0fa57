"""Sniffing a file as it streams past (an upload), with flat memory.

    reader = SniffingReader(stream)          # read through it as from the stream itself
    ...                                     # the bytes go wherever they go (the encrypted store)
    file_type = reader.file_type(reopen=lambda: store.open(object_id))

It keeps the first ``HEAD`` bytes and the last ``tail`` bytes. A ZIP's central directory and an OLE2
file's tables are almost always within them; where they are not, ``reopen`` (a fresh reader of the
stored copy, read once more) supplies the rest, slice by slice, never the whole file at once.
"""

from __future__ import annotations

from collections.abc import Callable

from redaction.formats._ranges import Readable, StreamedRanges
from redaction.formats.sniff import HEAD, FileType, sniff_ranges

__all__ = ["SniffingReader"]

TAIL = 1024 * 1024


class SniffingReader:
    def __init__(self, stream: Readable, *, tail: int | None = None) -> None:
        self._stream = stream
        self._head = bytearray()
        self._tail = bytearray()
        self._keep = TAIL if tail is None else tail
        self.size = 0

    def read(self, size: int = -1, /) -> bytes:
        block = self._stream.read(size)
        self._see(block)
        return block

    def _see(self, block: bytes) -> None:
        if len(self._head) < HEAD:
            self._head += block[: HEAD - len(self._head)]
        self._tail += block
        if len(self._tail) > 2 * self._keep:  # trimmed in steps, so each byte is moved O(1) times
            del self._tail[: len(self._tail) - self._keep]
        self.size += len(block)

    def file_type(self, *, filename: str | None = None, reopen: Callable[[], Readable] | None = None) -> FileType:
        tail = bytes(self._tail[-self._keep :]) if self._keep else b""
        access = StreamedRanges(head=bytes(self._head), tail=tail, size=self.size, reopen=reopen)
        return sniff_ranges(access, bytes(self._head), filename=filename)
