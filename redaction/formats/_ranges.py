"""Random access to a file's bytes for the sniffers that need more than its head: a ZIP's central
directory (at the end) and an OLE2 file's allocation table and directory (anywhere).

``BytesRanges`` serves an in-memory file. ``StreamedRanges`` serves a file that went past as a stream
(an upload): from the head and tail kept while it streamed, else by one more pass over the stored
copy (``reopen``) that keeps only the requested slices. Memory stays bounded: at most
``max_fetch`` bytes are requested in all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

__all__ = ["BytesRanges", "RangeReader", "RangesUnavailable", "Readable", "StreamedRanges"]

BLOCK = 256 * 1024


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class RangesUnavailable(Exception):
    """The bytes asked for are not at hand (not kept, no stored copy to read, or too many asked for)."""


class RangeReader(Protocol):
    size: int

    def read_ranges(self, ranges: Sequence[tuple[int, int]]) -> list[bytes]:
        """``(offset, length)`` slices, each clipped to the file's end."""
        ...


class BytesRanges:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self.size = len(data)

    def read_ranges(self, ranges: Sequence[tuple[int, int]]) -> list[bytes]:
        return [self._data[max(0, offset) : max(0, offset) + max(0, length)] for offset, length in ranges]


class StreamedRanges:
    """Head and tail kept while streaming; anything else by one pass over ``reopen()``."""

    def __init__(self, *, head: bytes, tail: bytes, size: int, reopen: Callable[[], Readable] | None,
                 max_fetch: int = 64 * 1024 * 1024) -> None:
        self._head = head
        self._tail = tail
        self._tail_start = size - len(tail)
        self.size = size
        self._reopen = reopen
        self._budget = max_fetch

    def _kept(self, offset: int, length: int) -> bytes | None:
        end = min(offset + length, self.size)
        if end <= len(self._head):
            return self._head[offset:end]
        if offset >= self._tail_start:
            return self._tail[offset - self._tail_start : end - self._tail_start]
        return None

    def read_ranges(self, ranges: Sequence[tuple[int, int]]) -> list[bytes]:
        clipped = [(max(0, o), max(0, min(length, self.size - max(0, o)))) for o, length in ranges]
        found: list[bytes | None] = [self._kept(o, n) for o, n in clipped]
        missing = [i for i, piece in enumerate(found) if piece is None]
        if missing:
            wanted = sum(clipped[i][1] for i in missing)
            if self._reopen is None or wanted > self._budget:
                raise RangesUnavailable("the bytes needed to tell the type are not at hand")
            self._budget -= wanted
            for i, piece in zip(missing, self._fetch([clipped[i] for i in missing]), strict=True):
                found[i] = piece
        return [piece if piece is not None else b"" for piece in found]

    def _fetch(self, ranges: list[tuple[int, int]]) -> list[bytes]:
        """One sequential pass over the stored copy, copying only the requested slices."""
        assert self._reopen is not None
        pieces = [bytearray() for _ in ranges]
        last = max(o + n for o, n in ranges)
        stream = self._reopen()
        try:
            position = 0
            while position < last:
                block = stream.read(BLOCK)
                if not block:
                    break
                end = position + len(block)
                for piece, (offset, length) in zip(pieces, ranges, strict=True):
                    s, e = max(offset, position), min(offset + length, end)
                    if s < e:
                        piece += block[s - position : e - position]
                position = end
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
        return [bytes(piece) for piece in pieces]
