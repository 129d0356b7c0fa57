"""A case's audit trail, read through the policy: who did what to the family's records, and when.

Events name staff, roles, actions and opaque ids, never a family's details. What concerns a
safeguarding override (asking for one, approving it, everything done under it) is shown to
coordinators only: the family's supporter may be the subject of the concern, and the count of what
was left out is shown instead. Reading the trail is itself recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from vault.db.models import AuditEvent, Case, Staff
from vault.errors import InvalidRequest
from vault.policy import Action, Actor, Role, TargetKind
from vault.services._work import Core

__all__ = ["CaseAudit", "CaseAuditEntry", "CaseAuditService"]

MAX_ENTRIES = 500


@dataclass(frozen=True)
class CaseAuditEntry:
    seq: int
    at: datetime
    actor_id: str | None
    actor_name: str  # the member of staff's display name, or the id of a non-staff actor (the operator)
    actor_role: str
    action: str
    operation: str
    target_kind: str
    target_id: str | None
    under_override: bool


@dataclass(frozen=True)
class CaseAudit:
    case_id: str
    entries: list[CaseAuditEntry] = field(default_factory=list)  # newest first
    withheld: int = 0  # safeguarding entries not shown to this actor
    earlier: bool = False  # older entries exist beyond ``limit``


class CaseAuditService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def trail(self, actor: Actor, case_id: str, *, limit: int = 100) -> CaseAudit:
        if not 1 <= limit <= MAX_ENTRIES:
            raise InvalidRequest(f"limit is 1-{MAX_ENTRIES}")
        with self._core.read(actor) as work:
            case, decision = work.load(Action.CASE_AUDIT_READ, Case, TargetKind.CASE, case_id)
            everything = actor.role is Role.COORDINATOR
            rows = work.session.scalars(
                select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.seq.desc())
            )
            names: dict[str, str] = {staff_id: name for staff_id, name in work.session.execute(select(Staff.id, Staff.display_name))}
            entries: list[CaseAuditEntry] = []
            withheld = 0
            earlier = False
            for event in rows:
                safeguarding = event.override_id is not None or event.target_kind == TargetKind.OVERRIDE
                if safeguarding and not everything:
                    withheld += 1
                    continue
                if len(entries) == limit:
                    earlier = True
                    continue  # keep counting what is withheld
                entries.append(
                    CaseAuditEntry(
                        seq=event.seq, at=event.at, actor_id=event.actor_id,
                        actor_name=names.get(event.actor_id or "", event.actor_id or "-"), actor_role=event.actor_role,
                        action=event.action, operation=event.operation, target_kind=event.target_kind,
                        target_id=event.target_id, under_override=event.override_id is not None,
                    )
                )
            work.record_listing(case.id, decision, audit_events=[str(entry.seq) for entry in entries])
            return CaseAudit(case.id, entries, withheld, earlier)
