"""Creating a data folder (``vault init``): key file, settings, object folder, migrated database.

It refuses to overwrite anything: an existing settings file, key file or database vault is an error,
and if creation fails part way, what this call made is removed again (nothing that was there before
is touched).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import inspect

from vault.db import Database, upgrade
from vault.errors import SetupError
from vault.settings import OBJECTS_DIR, PUBLISHED_DIR, SETTINGS_FILE, Rules, Settings

__all__ = ["create_data_dir"]


def create_data_dir(
    data_dir: Path,
    *,
    database_url: str | None = None,
    store_url: str | None = None,
    published_store_url: str | None = None,
    rules: Rules | None = None,
) -> Settings:
    from storage import Keyring, StorageError, open_backend

    settings = Settings.defaults_for(
        data_dir, database_url=database_url, store_url=store_url, rules=rules, published_store_url=published_store_url
    )
    if settings.publications_url == settings.store_url:
        raise SetupError("published case studies must go to a store of their own, not the families' store")
    settings_path = settings.data_dir / SETTINGS_FILE
    for existing in (settings_path, settings.key_file):
        if existing.exists():
            raise SetupError(f"{existing} already exists: {data_dir} holds a vault already; refusing to overwrite it")
    made: list[Path] = []
    if not settings.data_dir.exists():
        settings.data_dir.mkdir(parents=True, mode=0o700)
        made.append(settings.data_dir)
    try:
        database = Database(settings.database_url)
        try:
            if "alembic_version" in inspect(database.engine).get_table_names():
                raise SetupError(f"the database {database!r} already holds a vault; refusing to overwrite it")
            Keyring.create(settings.key_file)
            made.append(settings.key_file)
            _write_private(settings_path, json.dumps(settings.document(), indent=2) + "\n")
            made.append(settings_path)
            objects = settings.data_dir / OBJECTS_DIR
            if settings.store_url == objects.as_uri() and not objects.exists():
                objects.mkdir(mode=0o700)
                made.append(objects)
            open_backend(settings.store_url)
            published = settings.data_dir / PUBLISHED_DIR
            if settings.publications_url == published.as_uri() and not published.exists():
                published.mkdir(mode=0o700)
                made.append(published)
            open_backend(settings.publications_url)
            upgrade(database.engine)
            if database.dialect == "sqlite":
                sqlite_file = Path(database.engine.url.database or "")
                if sqlite_file.exists():
                    sqlite_file.chmod(0o600)
        finally:
            database.dispose()
    except StorageError as error:
        _undo(made)
        raise SetupError(str(error)) from None
    except BaseException:
        _undo(made)
        raise
    return settings


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _undo(made: list[Path]) -> None:
    for path in reversed(made):
        if path.is_dir():
            for child in path.iterdir():
                if child.name.startswith("vault.sqlite"):
                    child.unlink()
            try:
                path.rmdir()
            except OSError:
                pass
        else:
            path.unlink(missing_ok=True)
