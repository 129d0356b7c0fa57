"""An in-memory byte store for tests (ships with the library, like httpx's mock transport).

It behaves like the real ones where it matters to callers: a put whose input fails stores nothing, tags
are copied in and out, missing names raise :class:`ObjectNotFound`. It also keeps :attr:`history`, every
byte string ever stored under each name (as a versioned bucket or a backup would), so tests can check
that shredding leaves surviving copies undecryptable.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import BinaryIO

from storage._exceptions import ObjectNotFound
from storage._system import Clock, utc_now
from storage.backends.base import ObjectStat, Readable, check_name

__all__ = ["MemoryStore"]


class MemoryStore:
    """A :class:`~storage.backends.base.ByteStore` in a dict."""

    def __init__(self, *, clock: Clock = utc_now) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._objects: dict[str, tuple[bytes, dict[str, str], datetime]] = {}
        self.history: dict[str, list[bytes]] = {}

    def __repr__(self) -> str:
        return f"MemoryStore(objects={len(self._objects)})"

    def put(self, name: str, stream: Readable, *, length: int | None = None,
            tags: Mapping[str, str] | None = None) -> None:
        check_name(name)
        # Read in blocks until end of file, as the real stores do; an exception leaves nothing behind.
        data = b"".join(iter(lambda: stream.read(1024 * 1024), b""))
        if length is not None and len(data) != length:
            raise ValueError(f"stream yielded {len(data)} bytes, not the declared {length}")
        with self._lock:
            self._objects[name] = (data, dict(tags or {}), self._clock())
            self.history.setdefault(name, []).append(data)

    def _get(self, name: str) -> tuple[bytes, dict[str, str], datetime]:
        try:
            return self._objects[check_name(name)]
        except KeyError:
            raise ObjectNotFound(f"no object named {name}") from None

    def open(self, name: str) -> BinaryIO:
        return io.BytesIO(self._get(name)[0])

    def stat(self, name: str) -> ObjectStat:
        data, _tags, modified = self._get(name)
        return ObjectStat(name, len(data), modified)

    def get_tags(self, name: str) -> dict[str, str]:
        return dict(self._get(name)[1])

    def set_tags(self, name: str, tags: Mapping[str, str]) -> None:
        with self._lock:
            data, _old, modified = self._get(name)
            self._objects[name] = (data, dict(tags), modified)

    def delete(self, name: str) -> None:
        with self._lock:
            self._objects.pop(check_name(name), None)

    def list(self, prefix: str = "") -> Iterator[ObjectStat]:
        with self._lock:
            items = sorted((name, len(data), modified) for name, (data, _tags, modified) in self._objects.items()
                           if name.startswith(prefix))
        for name, size, modified in items:
            yield ObjectStat(name, size, modified)

    def sweep_incomplete(self, *, started_before: datetime) -> int:
        return 0  # a put either completes or stores nothing

    # -- for tests -----------------------------------------------------------------------------

    def raw(self, name: str) -> bytes:
        """The stored bytes (tests tamper with them through :meth:`replace_raw`)."""
        return self._get(name)[0]

    def replace_raw(self, name: str, data: bytes) -> None:
        with self._lock:
            _old, tags, modified = self._get(name)
            self._objects[name] = (data, tags, modified)
