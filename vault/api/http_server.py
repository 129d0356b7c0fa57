"""The HTTP server's side of bounded requests: a request head too large is refused while it arrives.

uvicorn's ``httptools`` protocol (what ``vault serve`` runs: C parsing, a third less CPU per request)
keeps the URL and every header in memory until the head is complete, with no limit: a 100 MB header
was read whole, and held other requests up for seconds. :class:`BoundedHttpToolsProtocol` counts the
head as it arrives and answers 431 (closing the connection) once it passes
:data:`vault.api.limits.MAX_HEAD_BYTES`, without reading the rest. A head that completes inside one
read is measured exactly when it completes. (uvicorn's ``h11`` protocol has its own bound,
``h11_max_incomplete_event_size``, which :func:`server_options` sets to the same figure.)
"""

from __future__ import annotations

from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from vault.api.limits import MAX_HEAD_BYTES, MAX_HEADER_COUNT

__all__ = ["BoundedHttpToolsProtocol", "server_options"]

PROTOCOL = "vault.api.http_server:BoundedHttpToolsProtocol"


def server_options() -> dict[str, Any]:
    """uvicorn options that bound every request's head (with either HTTP implementation)."""
    return {"http": PROTOCOL, "h11_max_incomplete_event_size": MAX_HEAD_BYTES}


class _HeadTooLarge(Exception):
    pass


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    max_head = MAX_HEAD_BYTES
    max_headers = MAX_HEADER_COUNT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = False
        self._began_here = False  # the current message began inside the read being parsed
        self._head_bytes = 0
        self._too_large = False
        self._head_error = False  # a callback stopped the parser because the head is too large

    def data_received(self, data: bytes) -> None:
        if self._too_large:
            return  # refused: nothing more is read from this connection
        self._began_here = False
        super().data_received(data)
        if self._in_head and not self._too_large:
            # Still inside a head after this whole read. Bytes of a read in which the message began
            # are not counted (part may have been the previous message's body), so the head held
            # is at most one read (256 KiB) over the limit before it is refused.
            if not self._began_here:
                self._head_bytes += len(data)
            if self._head_bytes > self.max_head:
                self._refuse()

    # -- the parser's callbacks ------------------------------------------------------------------

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head, self._began_here, self._head_bytes = True, True, 0

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.max_head:
            self._stop()

    def on_header(self, name: bytes, value: bytes) -> None:
        super().on_header(name, value)
        if len(self.headers) > self.max_headers:
            self._stop()

    def on_headers_complete(self) -> None:
        self._in_head = False
        size = len(self.url) + sum(len(name) + len(value) + 4 for name, value in self.headers)
        if size > self.max_head:
            self._stop()
        super().on_headers_complete()

    def _stop(self) -> None:
        """Stop the parser: uvicorn answers a parser error through :meth:`send_400_response`."""
        self._head_error = True
        raise _HeadTooLarge

    # -- answering -------------------------------------------------------------------------------

    def send_400_response(self, msg: str) -> None:
        if self._head_error:
            self._refuse()
            return
        super().send_400_response(msg)

    def _refuse(self) -> None:
        if self._too_large:
            return
        self._too_large = True
        body = f"the request's headers are larger than {self.max_head} bytes (or more than {self.max_headers} of them)"
        content = [
            b"HTTP/1.1 431 Request Header Fields Too Large\r\n",
            b"content-type: text/plain; charset=utf-8\r\n",
            b"content-length: " + str(len(body)).encode() + b"\r\n",
            b"cache-control: no-store\r\n",
            b"x-content-type-options: nosniff\r\n",
            b"connection: close\r\n\r\n",
            body.encode(),
        ]
        self.transport.write(b"".join(content))
        self.transport.close()
