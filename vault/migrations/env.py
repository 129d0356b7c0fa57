"""Alembic environment: always given a connection by vault.db.migrate (never a URL from an .ini)."""

from __future__ import annotations

from alembic import context

from vault.db import models  # noqa: F401 - registers every table on the metadata
from vault.db.base import Base
from vault.db.migrate import include_name

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through vault.db.upgrade(engine), which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
