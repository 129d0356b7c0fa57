"""The vault's JSON HTTP API (FastAPI). Views hold no policy: every endpoint calls one service."""

from __future__ import annotations

from vault.api.app import create_app

__all__ = ["create_app"]
