"""Appending to the audit log inside the caller's transaction, so an action and its record commit
together or not at all. The head row is locked first, which serialises writers on PostgreSQL (SQLite
transactions are already serialised: see vault.db.engine)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from vault.audit.chain import EventContent, canonical_detail, chain_hash
from vault.audit.events import AuditAction
from vault.db.base import Base
from vault.db.models import AuditEvent, AuditHead
from vault.errors import AuditLogBroken
from vault.policy import Actor, Target

__all__ = ["HEAD_ID", "append_event"]

HEAD_ID = 1


# Built once: an event is appended on nearly every request, and building a statement costs more
# than running it. Plain table statements (no ORM unit of work): the log is only ever appended to.
_HEAD = select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == HEAD_ID).with_for_update()
_INSERT = insert(Base.metadata.tables[AuditEvent.__tablename__])
_ADVANCE = (
    update(Base.metadata.tables[AuditHead.__tablename__])
    .where(AuditHead.id == HEAD_ID)
    .values(seq=bindparam("new_seq"), hash=bindparam("new_hash"))
)


def append_event(
    session: Session,
    *,
    at: datetime,
    actor: Actor,
    action: AuditAction,
    operation: str,
    target: Target,
    override_id: str | None = None,
    detail: Mapping[str, Any] | None = None,
) -> EventContent:
    head = session.execute(_HEAD).first()
    if head is None:
        raise AuditLogBroken("the audit log's head row is missing (removed, or the database was not migrated), so "
                             "nothing can be recorded: restore it from a backup; `vault audit verify` names the break")
    prev_seq, prev_hash = head
    content = EventContent(
        seq=prev_seq + 1,
        at=at,
        actor_id=actor.id,
        actor_role=str(actor.role),
        action=str(action),
        operation=operation,
        target_kind=str(target.kind),
        target_id=target.id,
        case_id=target.case_id,
        override_id=override_id,
        detail=canonical_detail(detail),
    )
    digest = chain_hash(prev_hash, content)
    session.execute(_INSERT, {**asdict(content), "prev_hash": prev_hash, "hash": digest})
    session.execute(_ADVANCE, {"new_seq": content.seq, "new_hash": digest})
    return content
