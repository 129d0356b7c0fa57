"""Bytes between the web and the store without holding a whole document anywhere.

Uploads: the request body is an async stream; the store reads synchronously in a worker thread.
:class:`BlockingBody` gives that thread a ``read(n)`` that pulls the next chunks from the event loop
(``anyio.from_thread``), one hop per read, so a document flows from the socket through encryption
to the store.

Downloads: the store's plaintext reader is iterated block by block (Starlette iterates a sync iterator
in a worker thread); each block was authenticated before it is released, and a failure part way
aborts the response instead of ending it as if whole.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Protocol
from urllib.parse import quote

import anyio.from_thread

__all__ = ["BlockingBody", "content_disposition", "iterate_blocks"]


class BlockingBody:
    def __init__(self, chunks: AsyncIterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = bytearray()
        self._done = False
        self.received = 0

    async def _fill(self, size: int) -> None:
        """On the event loop: take body chunks until ``size`` bytes are buffered (or the body ends).
        One hop from the worker thread per read, however small the chunks the socket gave."""
        while not self._done and (size < 0 or len(self._buffer) < size):
            try:
                chunk = await self._chunks.__anext__()
            except StopAsyncIteration:
                self._done = True
            else:
                self._buffer += chunk
                self.received += len(chunk)

    def read(self, size: int = -1, /) -> bytes:
        if not self._done and (size < 0 or len(self._buffer) < size):
            anyio.from_thread.run(self._fill, size)
        take = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        with memoryview(self._buffer) as view:
            data = bytes(view[:take])
        del self._buffer[:take]  # from the front of a bytearray: no copy of the rest
        return data


# Large enough that a document costs few hops between the worker thread and the event loop.
DOWNLOAD_BLOCK = 1024 * 1024


class _Reader(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


def iterate_blocks(reader: _Reader) -> Iterator[bytes]:
    """The plaintext in blocks of fresh ``bytes`` (the server may keep a block queued after we move
    on, so blocks are never views into a buffer the reader reuses)."""
    try:
        while block := reader.read(DOWNLOAD_BLOCK):
            yield block
    finally:
        reader.close()


def content_disposition(filename: str | None, *, fallback: str = "document") -> str:
    """``attachment`` with the UTF-8 file name (RFC 6266) and a plain ASCII fallback."""
    name = filename or fallback
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"
