"""Running the Alembic migrations shipped inside the package (``vault/migrations``)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

__all__ = ["alembic_config", "current_revision", "head_revision", "include_name", "upgrade"]

# Tables another package owns in the same database (procrastinate's, on PostgreSQL): migrations made
# them, but they are not the vault's models, so comparing models with the schema leaves them out.
_FOREIGN_PREFIXES = ("procrastinate_",)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name`` hook: the vault's own tables only."""
    return not (type_ == "table" and name is not None and name.startswith(_FOREIGN_PREFIXES))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "vault:migrations")
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision``; a no-op when it is there already."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
