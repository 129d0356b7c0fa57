"""Mounting the web interface on the API's application: same process, same :class:`~vault.app.Vault`.

Pages live under ``/web`` (the JSON API keeps its paths), ``/`` sends a browser there, and the
assets are served from ``/static`` by the vault itself: GOV.UK Frontend's script and the stylesheet
compiled from it by ``scripts/build-web`` (never a CDN), and our own small script.
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from vault.api.limits import BodyLimit
from vault.app import Vault
from vault.errors import NotFound
from vault.web.core import PREFIX, Web, vault_error_page
from vault.web.headers import WebHeaders
from vault.web.options import WebOptions
from vault.web.routes import ROUTERS

__all__ = ["STATIC", "STREAMED_FORMS", "assets_built", "mount_web"]

STATIC = Path(__file__).parent / "static"
BUILT = ("vendor/vault.css", "vendor/govuk-frontend.min.js")


def assets_built() -> bool:
    return all((STATIC / name).is_file() for name in BUILT)


# Forms that carry files stream them into the store (which counts them against max_upload_bytes): the
# API's 1 MiB bound on request bodies must not cut them (vault.api.limits).
STREAMED_FORMS = (
    BodyLimit("POST", re.compile(rf"{PREFIX}/cases/[^/]+/upload"), None),
    BodyLimit("POST", re.compile(rf"{PREFIX}/cases/[^/]+/consents/new"), None),
    BodyLimit("POST", re.compile(rf"{PREFIX}/family/upload"), None),
)


def mount_web(app: FastAPI, vault: Vault, options: WebOptions | None = None) -> FastAPI:
    app.state.web = Web.build(vault, options or WebOptions.from_rules(vault.rules))
    app.state.body_limits = (*getattr(app.state, "body_limits", ()), *STREAMED_FORMS)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def root() -> Response:
        return RedirectResponse(f"{PREFIX}/", status_code=303)

    @app.api_route(f"{PREFIX}/{{rest:path}}", methods=["GET", "POST"], include_in_schema=False)
    def not_found(request: Request, rest: str) -> Response:
        return vault_error_page(request, NotFound(rest))

    app.add_middleware(WebHeaders)
    return app
