"""The audit log is append-only and hash-chained: any edited, removed, inserted or reordered row in
the database is caught by verification, which names where the chain breaks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vault.audit import AuditAction, append_event, verify_chain
from vault.db import Database
from vault.policy import Actor, Role, Target, TargetKind

ACTOR = Actor("s1", Role.PARENTAL_SUPPORTER, "sam")
T0 = datetime(2026, 7, 1, 9, 0, 0, 123456, tzinfo=UTC)


def write_events(database: Database, count: int) -> None:
    for n in range(count):
        with database.transaction() as session:
            append_event(
                session,
                at=T0 + timedelta(seconds=n),
                actor=ACTOR,
                action=AuditAction.VIEWED,
                operation="note.read",
                target=Target(TargetKind.NOTE, f"note-{n}", "case-1"),
                detail={"n": n},
            )


def verify(database: Database):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return verify_chain(session)


def tamper(database: Database, *statements: str) -> None:
    with database.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


@pytest.fixture
def log(database: Database) -> Database:
    write_events(database, 6)
    return database


def test_an_untouched_chain_verifies(log: Database) -> None:
    report = verify(log)
    assert report.ok and report.events == 6 and report.last_seq == 6
    assert "whole" in report.summary()


def test_an_empty_log_verifies(database: Database) -> None:
    assert verify(database).ok


def test_an_edited_row_is_caught_and_named(log: Database) -> None:
    tamper(log, "UPDATE audit_events SET actor_id = 'someone-else' WHERE seq = 3")
    report = verify(log)
    assert not report.ok
    assert report.breaks[0].seq == 3 and "does not match its hash" in report.breaks[0].problem
    assert "event 3" in report.summary()


def test_an_edited_timestamp_is_caught(log: Database) -> None:
    tamper(log, "UPDATE audit_events SET at = at + interval '1 second' WHERE seq = 2"
           if log.dialect == "postgresql" else "UPDATE audit_events SET at = '2026-07-01 09:00:01.123457' WHERE seq = 2")
    assert [b.seq for b in verify(log).breaks] == [2]


def test_a_rewritten_hash_is_caught_by_the_next_link(log: Database) -> None:
    # An editor who recomputes the edited row's hash still breaks the link from the row after it.
    from vault.audit import chain_hash
    from vault.audit.verify import content_of
    from vault.db.models import AuditEvent

    tamper(log, "UPDATE audit_events SET detail = '{\"n\":99}' WHERE seq = 4")
    with log.transaction() as session:
        event = session.get(AuditEvent, 4)
        assert event is not None
        event.hash = chain_hash(event.prev_hash, content_of(event))
    report = verify(log)
    assert [b.seq for b in report.breaks] == [5] and "does not link" in report.breaks[0].problem


def test_a_removed_row_is_caught(log: Database) -> None:
    tamper(log, "DELETE FROM audit_events WHERE seq = 4")
    problems = verify(log).breaks
    assert problems[0].seq == 5 and "event(s) 4 were removed" in problems[0].problem


def test_rows_removed_from_the_end_are_caught_by_the_head(log: Database) -> None:
    tamper(log, "DELETE FROM audit_events WHERE seq >= 5")
    report = verify(log)
    assert not report.ok and "ends at event 4 but its head records event 6" in report.breaks[0].problem


def test_reordered_rows_are_caught(log: Database) -> None:
    tamper(
        log,
        "UPDATE audit_events SET seq = 100 WHERE seq = 2",
        "UPDATE audit_events SET seq = 2 WHERE seq = 3",
        "UPDATE audit_events SET seq = 3 WHERE seq = 100",
    )
    assert {b.seq for b in verify(log).breaks} >= {2, 3}


def test_an_inserted_row_is_caught(log: Database) -> None:
    for seq in range(6, 3, -1):  # make room at 4, from the top so the primary key never collides
        tamper(log, f"UPDATE audit_events SET seq = {seq + 1} WHERE seq = {seq}")
    tamper(log, "UPDATE audit_head SET seq = 7")
    tamper(
        log,
        "INSERT INTO audit_events (seq, at, actor_id, actor_role, action, operation, target_kind, target_id, "
        "case_id, override_id, detail, prev_hash, hash) SELECT 4, at, actor_id, actor_role, action, operation, "
        "target_kind, target_id, case_id, override_id, detail, prev_hash, hash FROM audit_events WHERE seq = 3",
    )
    report = verify(log)
    assert not report.ok and report.breaks[0].seq == 4


def test_the_database_refuses_nothing_but_the_chain_remembers(log: Database) -> None:
    """Appending after tampering does not heal the chain: the break stays visible."""
    tamper(log, "UPDATE audit_events SET operation = 'nothing to see' WHERE seq = 1")
    write_events(log, 2)
    report = verify(log)
    assert [b.seq for b in report.breaks] == [1] and report.events == 8
