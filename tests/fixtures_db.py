"""Fixtures for the metadata database: SQLite (embedded default) and PostgreSQL (127.0.0.1:5432).

``db_url`` is parametrized over both backends, so every test that takes it (or ``database``) runs on
each; the PostgreSQL half is marked ``integration`` (plain ``pytest`` runs SQLite only, ``-m ""`` both).

- SQLite: the schema is migrated once per session into a template file, copied per test.
- PostgreSQL (trust auth): one throwaway database per session, created fresh, migrated, emptied
  before each test and dropped at the end. ``postgres_database`` makes a further database of its
  own for a test that needs one (it is dropped afterwards).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support import unavailable

PG_HOST = os.environ.get("VAULT_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("VAULT_TEST_PG_PORT", "5432"))
PG_USER = os.environ.get("VAULT_TEST_PG_USER", "postgres")


def _pg_url(database: str) -> str:
    return f"postgresql+psycopg://{PG_USER}@{PG_HOST}:{PG_PORT}/{database}"


def _admin(statement: str) -> None:
    import psycopg

    with psycopg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", autocommit=True, connect_timeout=5) as conn:
        conn.execute(statement)  # type: ignore[arg-type]


def _create_pg_database() -> str:
    name = f"vault_test_{uuid.uuid4().hex[:12]}"
    import psycopg

    try:
        _admin(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:  # no server here
        unavailable(f"PostgreSQL at {PG_HOST}:{PG_PORT} is not reachable ({type(error).__name__}: {error})")
    return name


def _drop_pg_database(name: str) -> None:
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[Callable[[], str]]:
    """A factory of fresh, migrated PostgreSQL databases (URLs); all are dropped at the end."""
    from vault.db import Database, upgrade

    made: list[str] = []

    def make() -> str:
        name = _create_pg_database()
        made.append(name)
        database = Database(_pg_url(name))
        try:
            upgrade(database.engine)
        finally:
            database.dispose()
        return _pg_url(name)

    yield make
    for name in made:
        _drop_pg_database(name)


@pytest.fixture(scope="session")
def _pg_session_url(postgres_database: Callable[[], str]) -> str:
    return postgres_database()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from vault.db import Database, upgrade

    path = tmp_path_factory.mktemp("sqlite-template") / "vault.sqlite"
    database = Database(f"sqlite:///{path}")
    upgrade(database.engine)
    database.scrub()  # fold the write-ahead log into the file, so copying the file copies everything
    database.dispose()
    return path


def empty_database(url: str) -> None:
    """Delete every row (PostgreSQL, between tests) and restart the audit chain."""
    from sqlalchemy import text

    from vault.db import Base, Database

    database = Database(url)
    try:
        tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
        with database.engine.begin() as connection:
            connection.execute(text(f"TRUNCATE TABLE {tables} RESTART IDENTITY CASCADE"))
            connection.execute(text("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, :genesis)"), {"genesis": "0" * 64})
    finally:
        database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty metadata database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "vault.sqlite"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("_pg_session_url")
    empty_database(url)
    return url


@pytest.fixture
def database(db_url: str) -> Iterator[object]:
    from vault.db import Database

    database = Database(db_url)
    yield database
    database.dispose()
