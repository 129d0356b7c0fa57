"""A byte store that goes away on demand, as a storage server does."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import BinaryIO

from storage._exceptions import BackendUnavailable
from storage.backends.base import ByteStore, ObjectStat, Readable

__all__ = ["FlakyStore"]


class FlakyStore:
    """A byte store that goes away on demand.

    ``down = True`` makes every call raise :class:`BackendUnavailable`; ``fail_put_after = n`` makes the
    next upload read ``n`` bytes of its input and then fail, like a server that vanishes mid-upload
    (the wrapped store gets the failure from its input stream, so it cleans up as it would for real).
    """

    def __init__(self, inner: ByteStore) -> None:
        self.inner = inner
        self.down = False
        self.fail_put_after: int | None = None

    def _check(self) -> None:
        if self.down:
            raise BackendUnavailable("the storage server is unreachable (FlakyStore is down)")

    def put(self, name: str, stream: Readable, *, length: int | None = None,
            tags: Mapping[str, str] | None = None) -> None:
        self._check()
        limit, self.fail_put_after = self.fail_put_after, None
        source = stream if limit is None else _DyingStream(stream, limit)
        self.inner.put(name, source, length=length, tags=tags)

    def open(self, name: str) -> BinaryIO:
        self._check()
        return self.inner.open(name)

    def stat(self, name: str) -> ObjectStat:
        self._check()
        return self.inner.stat(name)

    def get_tags(self, name: str) -> dict[str, str]:
        self._check()
        return self.inner.get_tags(name)

    def set_tags(self, name: str, tags: Mapping[str, str]) -> None:
        self._check()
        self.inner.set_tags(name, tags)

    def delete(self, name: str) -> None:
        self._check()
        self.inner.delete(name)

    def list(self, prefix: str = "") -> Iterator[ObjectStat]:
        self._check()
        return self.inner.list(prefix)

    def sweep_incomplete(self, *, started_before: datetime) -> int:
        self._check()
        return self.inner.sweep_incomplete(started_before=started_before)


class _DyingStream:
    def __init__(self, stream: Readable, limit: int) -> None:
        self._stream = stream
        self._left = limit

    def read(self, size: int = -1, /) -> bytes:
        if self._left <= 0:
            raise BackendUnavailable("the storage server went away during the upload")
        block = self._stream.read(size if 0 <= size <= self._left else self._left)
        self._left -= len(block)
        return block
