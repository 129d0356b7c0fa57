"""The application of one server process when ``vault serve --workers N`` runs several.

Each process opens the vault itself, from the data folder ``vault serve`` names in its environment,
so the processes share the database, the object store and the key file, and nothing else: the policy
runs on every request, SQLite's locks (or PostgreSQL's) and the audit head serialise the writers, and
each process follows the key file on its own (:class:`vault.keyfile.LiveKeyring`).
"""

from __future__ import annotations

import os
from pathlib import Path

from typing import TYPE_CHECKING

from fastapi import FastAPI

if TYPE_CHECKING:
    from vault.app import Vault

__all__ = ["DATA_ENV", "app", "serving_app"]

DATA_ENV = "VAULT_SERVE_DATA"


def app() -> FastAPI:
    """The ASGI application of this process (an app factory, as uvicorn's workers need)."""
    from vault.app import open_vault
    from vault.settings import Settings

    settings = Settings.load(Path(os.environ[DATA_ENV]))
    return serving_app(open_vault(settings, migrate=False))  # `vault serve` migrated it before starting us


def serving_app(vault: Vault) -> FastAPI:
    """What `vault serve` serves: the JSON API with the web interface mounted beside it."""
    from vault.api.app import create_app
    from vault.web import mount_web

    return mount_web(create_app(vault), vault)
