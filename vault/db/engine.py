"""The metadata database: one engine, and transactions that behave alike on SQLite and PostgreSQL.

SQLite: WAL (readers do not block the writer), foreign keys on, full fsync on commit (a committed
row must survive a power cut, because its object was made durable first), ``BEGIN IMMEDIATE`` so two
writers never both read the audit head and then collide (the second waits: busy timeout), and
``secure_delete`` so a shredded key is overwritten in the file (see :meth:`Database.scrub`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

__all__ = ["Database", "mask_url"]

BUSY_TIMEOUT_MS = 30_000


class Database:
    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine: Engine = _make_engine(url, echo=echo)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(vault_read_only=True), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any exception."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A transaction that only reads: on SQLite it does not take the write lock, so reads
        (checking a session token, say) run alongside a writer instead of queueing behind it."""
        with self._readers() as session, session.begin():
            yield session

    def session(self) -> Session:
        return self._sessions()

    def scrub(self) -> None:
        """After keys were shredded: on SQLite, checkpoint and truncate the write-ahead log, which
        would otherwise keep copies of the deleted key pages until it is next overwritten."""
        if self.dialect == "sqlite":
            with self.engine.connect() as connection:
                # On the driver's connection: through SQLAlchemy it would run inside BEGIN IMMEDIATE,
                # where SQLite refuses to checkpoint.
                connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({mask_url(self.url)!r})"


def mask_url(url: str) -> str:
    """The URL with any password hidden: safe for logs and reprs."""
    return make_url(url).render_as_string(hide_password=True)


def _make_engine(url: str, *, echo: bool) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, echo=echo, pool_pre_ping=True)
    kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    engine = create_engine(url, echo=echo, **kwargs)
    in_memory = parsed.database in (None, "", ":memory:")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")  # shredded key rows are overwritten, not left in free pages
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get("vault_read_only", False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine
