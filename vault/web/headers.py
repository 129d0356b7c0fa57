"""Security headers on every page and asset of the web interface (plain ASGI: bodies stream through).

The Content-Security-Policy allows nothing but this server: no inline script or style, no frames, no
form posting elsewhere; so even a page that somehow carried injected markup could not run it or send
anything off the machine. Static assets (the same for everyone, nothing confidential) may be cached.
"""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CSP", "WebHeaders"]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
_PAGE = (
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)


_REPLACED = frozenset(name for name, _ in _PAGE)


class WebHeaders:
    def __init__(self, app: ASGIApp, /, **_options: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        static = path.startswith("/static/")
        if not (static or path == "/" or path == "/web" or path.startswith("/web/")):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                # The page's own policy replaces the API's (vault.api.headers), never stands beside it.
                headers = [(name, value) for name, value in message.get("headers", [])
                           if name.lower() not in _REPLACED and not (static and name.lower() == b"cache-control")]
                headers.extend(_PAGE)
                if static:
                    headers.append((b"cache-control", b"public, max-age=3600"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
