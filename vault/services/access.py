"""Who may see a case: the supporters a coordinator assigns, and the people a parent asked to let in
(a colleague, or a volunteer IPS on referral), each for exactly what the parent named."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import AccessGrant, Assignment, Case, Staff
from vault.errors import Conflict, InvalidRequest
from vault.fields import Place
from vault.policy import Action, Actor, Decision, Role, Target, TargetKind
from vault.services._work import Core, Work, is_id
from vault.services.documents import held_document_ids
from vault.services.staff import require_current_dbs
from vault.services.states import CaseStatus, GrantKind

__all__ = ["AccessService", "GrantInput", "GrantView"]


@dataclass(frozen=True)
class GrantInput:
    grantee_id: str
    request: str  # what the parent asked, how and when (sealed): the record the policy asks for
    kind: GrantKind = GrantKind.PARENT_REQUEST
    include_details: bool = False
    include_notes: bool = False
    all_documents: bool = False
    document_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class GrantView:
    id: str
    case_id: str
    grantee_id: str
    kind: str
    include_details: bool
    include_notes: bool
    all_documents: bool
    document_ids: list[str]
    request: str
    recorded_by: str | None
    recorded_at: datetime
    ended_at: datetime | None = None


class AccessService:
    def __init__(self, core: Core) -> None:
        self._core = core

    # -- assignments (coordinators) ------------------------------------------------------------

    def assign(self, actor: Actor, case_id: str, staff_id: str, *, replacing: str | None = None) -> None:
        """A parental supporter takes on a family; with ``replacing``, in place of that supporter (one
        transaction: the family is never without one, nor the old one left on by a failure)."""
        with self._core.work(actor) as work:
            case, decision = work.load(Action.CASE_ASSIGN, Case, TargetKind.CASE, case_id)
            staff = work.session.get(Staff, staff_id) if is_id(staff_id) else None
            if staff is None or not staff.active or staff.role != Role.PARENTAL_SUPPORTER:
                raise InvalidRequest("a case is assigned to an active parental supporter")
            require_current_dbs(work, staff)
            if _active_assignment(work, case.id, staff.id) is not None:
                raise Conflict(f"{staff.username} already supports case {case.reference}")
            if replacing is not None:
                self._end_assignment(work, case, replacing, decision)
            work.session.add(
                Assignment(id=work.new_id(), case_id=case.id, staff_id=staff.id, assigned_by=actor.id, assigned_at=work.now)
            )
            work.record(
                AuditAction.ASSIGNED, Target(TargetKind.CASE, case.id, case.id), decision=decision, detail={"staff": staff.id}
            )

    def unassign(self, actor: Actor, case_id: str, staff_id: str) -> None:
        with self._core.work(actor) as work:
            case, decision = work.load(Action.CASE_ASSIGN, Case, TargetKind.CASE, case_id)
            self._end_assignment(work, case, staff_id, decision)

    @staticmethod
    def _end_assignment(work: Work, case: Case, staff_id: str, decision: Decision) -> None:
        assignment = _active_assignment(work, case.id, staff_id)
        if assignment is None:
            raise Conflict("that member of staff does not support this case")
        assignment.ended_at = work.now
        work.record(
            AuditAction.UNASSIGNED, Target(TargetKind.CASE, case.id, case.id), decision=decision, detail={"staff": staff_id}
        )

    # -- parents' requests ---------------------------------------------------------------------

    def grant(self, actor: Actor, case_id: str, grant: GrantInput) -> GrantView:
        if not grant.request.strip():
            raise InvalidRequest("record what the parent asked (how and when): it is the only basis for this access")
        with self._core.work(actor) as work:
            case = work.session.get(Case, case_id) if is_id(case_id) else None
            if case is None or case.status == CaseStatus.DESTROYED:
                raise work.missing(Action.GRANT_RECORD, TargetKind.CASE, case_id)
            decision = work.authorize(
                Action.GRANT_RECORD, Target(TargetKind.CASE, case.id, case.id, owner_id=grant.grantee_id)
            )
            grantee = work.session.get(Staff, grant.grantee_id)
            if grantee is None or not grantee.active or grantee.role == Role.ADMINISTRATOR:
                raise InvalidRequest("access can be given to an active supporter, coordinator or volunteer")
            if grant.kind == GrantKind.REFERRAL and grantee.role != Role.VOLUNTEER:
                raise InvalidRequest("a referral is to a volunteer independent parental supporter")
            documents = held_document_ids(work, case.id, grant.document_ids)
            row = AccessGrant(
                id=work.new_id(),
                case_id=case.id,
                grantee_id=grantee.id,
                kind=str(grant.kind),
                include_details=grant.include_details,
                include_notes=grant.include_notes,
                all_documents=grant.all_documents,
                document_ids=json.dumps(documents),
                recorded_by=actor.id,
                recorded_at=work.now,
            )
            row.request_sealed = work.fields.seal_text(case.id, Place("access_grants", "request", row.id), grant.request)
            work.session.add(row)
            work.session.flush()
            work.record(
                AuditAction.GRANTED,
                Target(TargetKind.GRANT, row.id, case.id),
                decision=decision,
                detail={"grantee": grantee.id, "kind": str(grant.kind)},
            )
            return _view(work, row)

    def list_grants(self, actor: Actor, case_id: str) -> list[GrantView]:
        return self._core.list_case_rows(
            actor, Action.GRANT_LIST, case_id,
            lambda real_id: select(AccessGrant).where(AccessGrant.case_id == real_id).order_by(AccessGrant.recorded_at),
            _view, label="grants")

    def end_grant(self, actor: Actor, grant_id: str) -> None:
        with self._core.work(actor) as work:
            row, decision = work.load(Action.GRANT_END, AccessGrant, TargetKind.GRANT, grant_id)
            if row.ended_at is not None:
                raise Conflict("this access has already ended")
            row.ended_at = work.now
            work.record(AuditAction.REVOKED, Target(TargetKind.GRANT, row.id, row.case_id), decision=decision)


def _active_assignment(work: Work, case_id: str, staff_id: str) -> Assignment | None:
    return work.session.scalar(
        select(Assignment).where(
            Assignment.case_id == case_id, Assignment.staff_id == staff_id, Assignment.ended_at.is_(None)
        )
    )


def _view(work: Work, row: AccessGrant) -> GrantView:
    return GrantView(
        id=row.id,
        case_id=row.case_id,
        grantee_id=row.grantee_id,
        kind=row.kind,
        include_details=row.include_details,
        include_notes=row.include_notes,
        all_documents=row.all_documents,
        document_ids=json.loads(row.document_ids),
        request=work.fields.open_text(row.case_id, Place("access_grants", "request", row.id), row.request_sealed),
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        ended_at=row.ended_at,
    )
