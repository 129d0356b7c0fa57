"""``/docs``: Swagger UI served from this server's own copy, never from a CDN.

The page is where staff type passwords and tokens, so nothing on it may come from elsewhere. The
assets are the ``swagger-ui-dist`` files of the pinned ``swagger-ui-bundle-v2`` package (Apache-2.0;
byte for byte the npm release of the same version), and the page starts them from a script file of
ours, since the Content-Security-Policy forbids inline script. Swagger UI draws icons as ``data:``
images and sets inline styles, so this page alone allows those two (never scripts).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response

__all__ = ["DOCS_CSP", "install_docs"]

_OWN = Path(__file__).parent / "static"
_ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css"}
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>SEND vault API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/docs-init.js"></script>
</body>
</html>
"""


def _swagger_dir() -> Path | None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    return Path(str(swagger_ui_path))


def install_docs(app: FastAPI) -> None:
    """Add ``/docs`` when the Swagger UI files are installed (``/openapi.json`` is always there)."""
    folder = _swagger_dir()
    if folder is None or not (folder / "swagger-ui-bundle.js").is_file():
        return

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_PAGE, headers={"Content-Security-Policy": DOCS_CSP})

    @app.get("/docs/assets/{name}", include_in_schema=False)
    def asset(name: str) -> Response:
        if name == "docs-init.js":
            return FileResponse(_OWN / name, media_type="text/javascript")
        if name not in _ASSETS:
            return Response(status_code=404)
        return FileResponse(folder / name, media_type=_ASSETS[name])
