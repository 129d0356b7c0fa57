"""The FastAPI application: JSON over HTTP, bearer tokens, OpenAPI at /openapi.json and /docs."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vault.api.errors import install_error_handlers
from vault.api.routers import ROUTERS
from vault.app import Vault

__all__ = ["create_app"]

DESCRIPTION = """The SEND vault: cases, documents, notes, consent, disclosures, safeguarding overrides,
return on request, subject access, retention and statistics, each checked by one access policy and
recorded in a tamper-evident audit log. Log in with `POST /auth/login` (or the Authorize button),
then send `Authorization: Bearer <token>`. A read the policy refuses answers 404, exactly as for
something that does not exist."""


def create_app(vault: Vault) -> FastAPI:
    app = FastAPI(title="SEND vault", version="1", description=DESCRIPTION)
    app.state.vault = vault
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(NoStore)
    return app


class NoStore:
    """Everything here is confidential: no shared or browser cache may keep a response. (Plain ASGI,
    so streamed bodies pass through untouched.)"""

    HEADERS = ((b"cache-control", b"no-store"), (b"x-content-type-options", b"nosniff"))

    def __init__(self, app: ASGIApp, /, **_options: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [header for header in self.HEADERS if header[0] not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)
