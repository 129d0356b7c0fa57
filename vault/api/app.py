"""The FastAPI application: JSON over HTTP, bearer tokens, OpenAPI at /openapi.json and /docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vault.api.errors import install_error_handlers
from vault.api.routers import ROUTERS
from vault.app import Vault
from vault.jobs import worker_name

__all__ = ["create_app"]

DESCRIPTION = """The SEND vault: cases, documents, notes, consent, disclosures, safeguarding overrides,
return on request, subject access, retention and statistics, each checked by one access policy and
recorded in a tamper-evident audit log. Log in with `POST /auth/login` (or the Authorize button),
then send `Authorization: Bearer <token>`. A read the policy refuses answers 404, exactly as for
something that does not exist."""


def create_app(vault: Vault, *, run_jobs: bool = True) -> FastAPI:
    """The app over ``vault``; with ``run_jobs`` (``vault serve``) each server process also runs a job
    worker in the background while it serves."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if run_jobs:
            vault.start_worker(name=worker_name("serve"))
        try:
            yield
        finally:
            if run_jobs and vault.jobs.engine is not None:
                await anyio.to_thread.run_sync(vault.jobs.engine.close)

    app = FastAPI(title="SEND vault", version="1", description=DESCRIPTION, lifespan=lifespan)
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
