"""Bounded requests: a small body for every JSON endpoint, a bounded head for every request.

A pure ASGI middleware, so nothing is buffered on its way through:

- the head (request line and headers) is measured first: over :data:`MAX_HEAD_BYTES` or
  :data:`MAX_HEADER_COUNT` answers 431. (The server's own parser is bounded too, before the head is
  whole: :mod:`vault.api.http_server`. This check covers any other ASGI server.)
- the body's limit is the route's (:class:`BodyLimit`; :data:`DEFAULT_BODY_LIMIT` for every JSON
  endpoint; uploads stream into the store under ``Rules.max_upload_bytes``, which the upload itself
  enforces while reading). Another part of the application that streams a body of its own (the web
  pages' upload form) adds its route to ``app.state.body_limits``. A declared ``Content-Length`` over it answers 413 before a byte of the body
  is read; a body without one (chunked) is counted as it arrives, and the request fails with 413 the
  moment it passes the limit, having held at most the limit in memory.

Every refusal closes the connection, so a client still sending is not read any further.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "DEFAULT_BODY_LIMIT",
    "MAX_HEADER_COUNT",
    "MAX_HEAD_BYTES",
    "BodyLimit",
    "BodyTooLarge",
    "RequestLimits",
    "head_size",
]

MAX_HEAD_BYTES = 32 * 1024  # the request line and every header together (nginx's default buffers hold 32 KiB)
MAX_HEADER_COUNT = 100
# A note is at most 100,000 characters: 600 kB even if every one is sent as a JSON \\u escape.
DEFAULT_BODY_LIMIT = 1024 * 1024


@dataclass(frozen=True)
class BodyLimit:
    """``limit`` bytes (``None``: the route bounds its own stream) for ``method`` on paths matching ``path``."""

    method: str
    path: re.Pattern[str]
    limit: int | None


# Documents stream into the encrypted store, which counts them against Rules.max_upload_bytes.
STREAMED_ROUTES = (BodyLimit("POST", re.compile(r"/cases/[^/]+/documents"), None),)


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when a body passes its limit (FastAPI passes HTTP exceptions through)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than this endpoint takes ({limit} bytes)",
                         headers={"Connection": "close"})


def head_size(scope: Scope) -> int:
    """The bytes of the request line and headers, as sent (give or take separators)."""
    line = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b"")) + 16
    return line + sum(len(name) + len(value) + 4 for name, value in scope["headers"])


class RequestLimits:
    def __init__(self, app: ASGIApp, /, *, default: int = DEFAULT_BODY_LIMIT,
                 routes: tuple[BodyLimit, ...] = STREAMED_ROUTES, max_head: int = MAX_HEAD_BYTES,
                 max_headers: int = MAX_HEADER_COUNT) -> None:
        self.app = app
        self.default = default
        self.routes = routes
        self.max_head = max_head
        self.max_headers = max_headers

    def limit_for(self, scope: Scope) -> int | None:
        state = getattr(scope.get("app"), "state", None)
        for route in (*getattr(state, "body_limits", ()), *self.routes):
            if route.method == scope["method"] and route.path.fullmatch(scope["path"]):
                return route.limit
        return self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope["headers"]) > self.max_headers or head_size(scope) > self.max_head:
            await _refuse(send, 431, f"the request's headers are larger than {self.max_head} bytes "
                                     f"(or more than {self.max_headers} of them)")
            return
        limit = self.limit_for(scope)
        if limit is None:
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await _refuse(send, 400, "Content-Length is not a number")
            return
        if declared is not None and declared > limit:
            await _refuse(send, 413, f"the request body is larger than this endpoint takes ({limit} bytes)")
            return
        await self.app(scope, _counting(receive, limit), send)


def _counting(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
        return message

    return counted


def _content_length(scope: Scope) -> int | None:
    """The declared length; ``None`` when absent; -1 when it is not a number."""
    for name, value in scope["headers"]:
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() and len(text) < 20 else -1
    return None


async def _refuse(send: Send, status: int, detail: str) -> None:
    error = {400: "InvalidRequest", 413: "PayloadTooLarge", 431: "HeadersTooLarge"}[status]
    body = json.dumps({"detail": detail, "error": error}).encode()
    headers: list[Any] = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
