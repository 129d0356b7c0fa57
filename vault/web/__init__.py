"""The web interface: server-rendered pages (FastAPI + Jinja2, GOV.UK Frontend) over the same services
the API uses, mounted beside the API by ``vault serve``. Sessions, forms and CSRF live here, at the
edge; every decision about access is the services' (and so the policy's)."""

from __future__ import annotations

from vault.web.app import assets_built, mount_web
from vault.web.options import WebOptions

__all__ = ["WebOptions", "assets_built", "mount_web"]
