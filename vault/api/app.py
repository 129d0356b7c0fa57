"""The FastAPI application: JSON over HTTP, bearer tokens, OpenAPI at /openapi.json and /docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI

from vault.api.docs import install_docs
from vault.api.errors import install_error_handlers
from vault.api.headers import SecurityHeaders
from vault.api.limits import RequestLimits
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

    app = FastAPI(title="SEND vault", version="1", description=DESCRIPTION, docs_url=None, redoc_url=None,
                  lifespan=lifespan)
    app.state.vault = vault
    install_error_handlers(app)
    install_docs(app)
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(RequestLimits)  # inside: bodies and heads are bounded before any route runs
    app.add_middleware(SecurityHeaders)  # outermost: on every response, refusals and 500s included
    return app
