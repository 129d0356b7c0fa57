"""The shipped migrations build exactly the models' schema on each backend, and the audit chain stays
whole when many writers append at once (the head row serialises them)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from vault.audit import AuditAction, append_event, verify_chain
from vault.db import Base, Database
from vault.db.migrate import current_revision, head_revision, include_name
from vault.policy import Actor, Role, Target, TargetKind


def test_migrations_match_the_models(database: Database) -> None:
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True, "include_name": include_name}), Base.metadata)
    assert differences == []


def test_concurrent_writers_keep_one_unbroken_chain(database: Database) -> None:
    writers, each = 6, 15
    errors: list[BaseException] = []

    def write(n: int) -> None:
        actor = Actor(f"staff-{n}", Role.PARENTAL_SUPPORTER, f"s{n}")
        try:
            for i in range(each):
                with database.transaction() as session:
                    append_event(session, at=datetime.now(UTC), actor=actor, action=AuditAction.VIEWED, operation="note.read",
                                 target=Target(TargetKind.NOTE, f"note-{n}-{i}", "case-1"))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with database.session() as session:
        report = verify_chain(session)
    assert report.ok and report.events == writers * each
