"""The metadata database (SQLAlchemy 2): models, engine and migrations."""

from __future__ import annotations

from vault.db.base import Base
from vault.db.engine import Database, mask_url
from vault.db.migrate import upgrade

__all__ = ["Base", "Database", "mask_url", "upgrade"]
