"""A multipart/form-data body read part by part, each file part as a stream, nothing buffered whole.

python-multipart's parser is push-based (it calls back with pieces of the body); the document store
pulls (``read(n)``). :class:`PartReader` turns one into the other in the reading thread: it feeds the
parser one block of the request body at a time (pulled from the event loop by
:class:`vault.api.streams.BlockingBody`) and queues what the callbacks produce, so no more than one
block's worth of events is ever held. Text fields are bounded (:data:`MAX_FIELD_BYTES`), as are the
number of parts and the size of a part's headers; a body that breaks the rules is refused with
:class:`MultipartError`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, Protocol

from python_multipart.multipart import MultipartParser, parse_options_header

__all__ = ["FilePart", "MultipartError", "PartReader", "TextField", "boundary_of"]

BLOCK = 1024 * 1024
MAX_FIELD_BYTES = 16 * 1024
MAX_HEADER_BYTES = 8 * 1024
MAX_PARTS = 100


class MultipartError(ValueError):
    """The body is not the form it claims to be, or breaks a limit."""


class _Source(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class TextField:
    name: str
    value: str


@dataclass(frozen=True)
class FilePart:
    name: str
    filename: str
    content_type: str


def boundary_of(content_type: str | None) -> bytes:
    kind, options = parse_options_header(content_type or "")
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary or len(boundary) > 200:
        raise MultipartError("send the form as multipart/form-data")
    return boundary


class PartReader:
    """``next_part()`` gives each part in turn: a :class:`TextField` (read whole, bounded) or a
    :class:`FilePart`, whose bytes are then read with ``read(n)`` until it returns ``b""``."""

    def __init__(self, source: _Source, boundary: bytes) -> None:
        self._source = source
        self._events: deque[tuple[str, Any]] = deque()
        self._headers: list[tuple[bytes, bytes]] = []
        self._field = bytearray()
        self._value = bytearray()
        self._header_bytes = 0
        self._parts = 0
        self._finished = False
        self._in_file = False
        self._parser = MultipartParser(boundary, callbacks={  # type: ignore[arg-type]
            "on_part_begin": self._part_begin,
            "on_header_field": lambda data, start, end: self._header_piece(self._field, data[start:end]),
            "on_header_value": lambda data, start, end: self._header_piece(self._value, data[start:end]),
            "on_header_end": self._header_end,
            # The parser may run past several parts in one block: each part's headers travel with it.
            "on_headers_finished": lambda: self._events.append(("headers", dict(self._headers))),
            # A view into the block just read (each block is a fresh bytes object): no copy until read().
            "on_part_data": lambda data, start, end: self._events.append(("data", memoryview(data)[start:end])),
            "on_part_end": lambda: self._events.append(("end", b"")),
        })

    # -- parser callbacks ----------------------------------------------------------------------

    def _part_begin(self) -> None:
        self._parts += 1
        if self._parts > MAX_PARTS:
            raise MultipartError(f"a form has at most {MAX_PARTS} parts")
        self._headers, self._header_bytes = [], 0

    def _header_piece(self, into: bytearray, piece: bytes) -> None:
        self._header_bytes += len(piece)
        if self._header_bytes > MAX_HEADER_BYTES:
            raise MultipartError("a part's headers are too long")
        into += piece

    def _header_end(self) -> None:
        self._headers.append((bytes(self._field).lower(), bytes(self._value)))
        self._field.clear()
        self._value.clear()

    # -- pulling -------------------------------------------------------------------------------

    def _next_event(self) -> tuple[str, Any] | None:
        while not self._events:
            if self._finished:
                return None
            block = self._source.read(BLOCK)
            if block:
                self._parser.write(block)
            else:
                self._parser.finalize()
                self._finished = True
        return self._events.popleft()

    def next_part(self) -> TextField | FilePart | None:
        """The next part (the previous file part's unread bytes are skipped); None at the end."""
        while self._in_file:
            self.read(BLOCK)
        event = self._next_event()
        while event is not None and event[0] != "headers":
            event = self._next_event()  # the preamble, or a part's leftovers
        if event is None:
            return None
        headers: dict[bytes, bytes] = event[1]
        disposition = headers.get(b"content-disposition", b"")
        _kind, options = parse_options_header(disposition)
        name = options.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" in options:
            self._in_file = True
            content_type = headers.get(b"content-type", b"application/octet-stream")
            return FilePart(name, options[b"filename"].decode("utf-8", "replace"), content_type.decode("latin-1"))
        value = bytearray()
        while (event := self._next_event()) is not None and event[0] == "data":
            value += event[1]
            if len(value) > MAX_FIELD_BYTES:
                raise MultipartError(f"the field {name!r} is too long")
        return TextField(name, value.decode("utf-8", "replace"))

    def read(self, size: int = -1, /) -> bytes:
        """The current file part's next bytes (at most ``size``; fewer only at its end)."""
        if not self._in_file:
            return b""
        pieces: list[memoryview] = []
        have = 0
        while size < 0 or have < size:
            event = self._next_event()
            if event is None or event[0] != "data":
                self._in_file = False
                if event is None:
                    raise MultipartError("the form ended part way through a file")
                break
            data: memoryview = event[1]
            want = len(data) if size < 0 else size - have
            if len(data) > want:
                self._events.appendleft(("data", data[want:]))
                data = data[:want]
            pieces.append(data)
            have += len(data)
        return b"".join(pieces)
