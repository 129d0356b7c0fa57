"""Appending to the audit log inside the caller's transaction, so an action and its record commit
together or not at all. The head row is locked first, which serialises writers on PostgreSQL (SQLite
transactions are already serialised: see vault.db.engine)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from vault.audit.chain import EventContent, canonical_detail, chain_hash
from vault.audit.events import AuditAction
from vault.db.models import AuditEvent, AuditHead
from vault.policy import Actor, Target

__all__ = ["HEAD_ID", "append_event"]

HEAD_ID = 1


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
) -> AuditEvent:
    head = session.get(AuditHead, HEAD_ID, with_for_update=True)
    if head is None:
        raise RuntimeError("the audit log has no head row: the database was not migrated")
    content = EventContent(
        seq=head.seq + 1,
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
    digest = chain_hash(head.hash, content)
    event = AuditEvent(
        seq=content.seq,
        at=content.at,
        actor_id=content.actor_id,
        actor_role=content.actor_role,
        action=content.action,
        operation=content.operation,
        target_kind=content.target_kind,
        target_id=content.target_id,
        case_id=content.case_id,
        override_id=content.override_id,
        detail=content.detail,
        prev_hash=head.hash,
        hash=digest,
    )
    session.add(event)
    head.seq, head.hash = content.seq, digest
    session.flush()
    return event
