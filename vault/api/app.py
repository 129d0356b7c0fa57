"""The FastAPI application: JSON over HTTP, bearer tokens, OpenAPI at /openapi.json and /docs."""

from __future__ import annotations

from fastapi import FastAPI

from vault.api.docs import install_docs
from vault.api.errors import install_error_handlers
from vault.api.headers import SecurityHeaders
from vault.api.limits import RequestLimits
from vault.api.routers import ROUTERS
from vault.app import Vault

__all__ = ["create_app"]

DESCRIPTION = """The SEND vault: cases, documents, notes, consent, disclosures, safeguarding overrides,
return on request, subject access, retention and statistics, each checked by one access policy and
recorded in a tamper-evident audit log. Log in with `POST /auth/login` (or the Authorize button),
then send `Authorization: Bearer <token>`. A read the policy refuses answers 404, exactly as for
something that does not exist."""


def create_app(vault: Vault) -> FastAPI:
    app = FastAPI(title="SEND vault", version="1", description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.vault = vault
    install_error_handlers(app)
    install_docs(app)
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(RequestLimits)  # inside: bodies and heads are bounded before any route runs
    app.add_middleware(SecurityHeaders)  # outermost: on every response, refusals and 500s included
    return app
