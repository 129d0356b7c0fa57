"""Return on request: the parent's request is recorded; the supporter releases the document (a
download for the parent, or to the parent's solicitor, policy 004 6.1 b); then the request is
completed, which destroys the vault copy (key shredded, every stored version deleted) unless the parent
asked for it to be kept on file or the case is on legal hold. Each step is audited."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select

from storage import ObjectState, PlaintextReader
from vault.audit import AuditAction
from vault.db.models import Case, Document, ReturnRequest
from vault.errors import Conflict, InvalidRequest
from vault.fields import Place
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core, Work
from vault.services.documents import DocumentView, document_view, storage_errors, uploader
from vault.services.facts import involved_case_ids
from vault.services.family_notices import NoticeKind, tell_supporter
from vault.services.shredding import delete_bytes, destroy_document
from vault.services.states import CaseStatus, DocumentState, ReleaseTo, ReturnOutcome

__all__ = ["ReturnService", "ReturnView", "return_view"]


@dataclass(frozen=True)
class ReturnView:
    id: str
    case_id: str
    document_id: str
    requested_at: datetime
    recorded_by: str | None
    status: str  # requested, released, completed, withdrawn
    released_at: datetime | None
    released_to: str | None
    solicitor: str | None
    completed_at: datetime | None
    outcome: str | None
    leftovers: bool = False  # bytes the store could not delete yet (undecryptable; swept later)


class ReturnService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def request(self, actor: Actor, document_id: str) -> ReturnView:
        with self._core.work(actor) as work:
            document, decision = work.load(Action.RETURN_REQUEST, Document, TargetKind.DOCUMENT, document_id,
                                           owner_of=uploader)
            if document.state != DocumentState.HELD:
                raise Conflict(f"the document is {document.state}, not held")
            if _open_request(work, document.id) is not None:
                raise Conflict("the parent's request to return this document is already recorded")
            row = ReturnRequest(
                id=work.new_id(), case_id=document.case_id, document_id=document.id, requested_at=work.now, recorded_by=actor.id
            )
            work.session.add(row)
            work.session.flush()
            work.record(
                AuditAction.REQUESTED,
                Target(TargetKind.RETURN_REQUEST, row.id, row.case_id),
                decision=decision,
                detail={"document": document.id},
            )
            tell_supporter(work, row.case_id, NoticeKind.RETURN, row.id)
            return return_view(work, row)

    def list(self, actor: Actor, case_id: str) -> list[ReturnView]:
        return self._core.list_case_rows(
            actor, Action.RETURN_LIST, case_id,
            lambda real_id: select(ReturnRequest).where(ReturnRequest.case_id == real_id).order_by(ReturnRequest.requested_at),
            return_view, label="return_requests")

    def pending(self, actor: Actor) -> builtins.list[tuple[str, ReturnView]]:  # `list` is a method here
        """Returns not yet completed on the cases the actor supports, oldest first, each with its case
        reference (the supporter's to-do list)."""
        with self._core.read(actor) as work:
            rows = work.session.execute(
                select(ReturnRequest, Case.reference)
                .join(Case, Case.id == ReturnRequest.case_id)
                .where(ReturnRequest.completed_at.is_(None), Case.status != CaseStatus.DESTROYED,
                       Case.id.in_(involved_case_ids(actor, now=work.now)))
                .order_by(ReturnRequest.requested_at)
            )
            shown = [(reference, row) for row, reference in rows
                     if work.decide(Action.RETURN_LIST, Target(TargetKind.CASE, row.case_id, row.case_id)).allowed]
            work.record(AuditAction.LISTED, Target.service(), operation=str(Action.RETURN_LIST),
                        detail={"return_requests": [row.id for _, row in shown]})
            return [(reference, return_view(work, row)) for reference, row in shown]

    def release(
        self, actor: Actor, request_id: str, *, to: ReleaseTo, solicitor: str | None = None
    ) -> tuple[ReturnView, DocumentView, PlaintextReader]:
        """Hand the document back: returns a reader of its bytes for the parent or their solicitor.
        It may be released again (a failed download) until the request is completed."""
        if to == ReleaseTo.SOLICITOR and not (solicitor and solicitor.strip()):
            raise InvalidRequest("name the parent's solicitor (and firm) the document goes to")
        if to == ReleaseTo.PARENT and solicitor:
            raise InvalidRequest("a solicitor is named only when the document goes to the solicitor")
        with self._core.work(actor) as work:
            row, decision = work.load(Action.RETURN_RELEASE, ReturnRequest, TargetKind.RETURN_REQUEST, request_id)
            if row.completed_at is not None:
                raise Conflict(f"this return is {return_view(work, row).status}")
            document = work.session.get(Document, row.document_id)
            assert document is not None
            with storage_errors("nothing was released"):
                reader = work.store.open(document.id)
                work.store.set_state(document.id, ObjectState.RETURNED)
            row.released_at, row.released_by, row.released_to = work.now, actor.id, str(to)
            row.solicitor_sealed = work.fields.seal_optional(
                row.case_id, Place("return_requests", "solicitor", row.id), solicitor
            )
            document.state, document.returned_at = DocumentState.RETURNED, work.now
            work.record(
                AuditAction.RELEASED,
                Target(TargetKind.RETURN_REQUEST, row.id, row.case_id),
                decision=decision,
                detail={"document": document.id, "to": str(to)},
            )
            return return_view(work, row), document_view(work, document), reader

    def complete(self, actor: Actor, request_id: str) -> ReturnView:
        """After the release: destroy the vault copy, or keep it (keep-on-file, legal hold)."""
        with self._core.work(actor) as work:
            row, decision = work.load(Action.RETURN_COMPLETE, ReturnRequest, TargetKind.RETURN_REQUEST, request_id)
            if row.completed_at is not None:
                raise Conflict(f"this return is already {return_view(work, row).status}")
            if row.released_at is None:
                raise Conflict("release the document to the parent (or their solicitor) first")
            document = work.session.get(Document, row.document_id)
            case = work.session.get(Case, row.case_id)
            assert document is not None and case is not None
            target = Target(TargetKind.DOCUMENT, document.id, case.id)
            destroyed: list[str] = []
            if document.keep_on_file or case.legal_hold:
                outcome = ReturnOutcome.KEPT_ON_FILE if document.keep_on_file else ReturnOutcome.LEGAL_HOLD
                work.record(AuditAction.KEPT, target, decision=decision, detail={"reason": str(outcome)})
            else:
                outcome = ReturnOutcome.DESTROYED
                destroyed = destroy_document(work, document)
                work.record(AuditAction.DESTROYED, target, decision=decision, detail={"return_request": row.id})
            row.completed_at, row.completed_by, row.outcome = work.now, actor.id, str(outcome)
            view = return_view(work, row)
        if outcome == ReturnOutcome.DESTROYED:
            leftovers = delete_bytes(self._core, destroyed)
            return replace(view, leftovers=bool(leftovers))
        return view

    def withdraw(self, actor: Actor, request_id: str) -> ReturnView:
        """The parent changed their mind (or the request was recorded in error) before the document
        was released: the request is closed as withdrawn and the document stays held, as before."""
        with self._core.work(actor) as work:
            row, decision = work.load(Action.RETURN_WITHDRAW, ReturnRequest, TargetKind.RETURN_REQUEST, request_id)
            if row.completed_at is not None:
                raise Conflict(f"this return is already {return_view(work, row).status}")
            if row.released_at is not None:
                raise Conflict("the document was released already: complete the return instead")
            row.completed_at, row.completed_by, row.outcome = work.now, actor.id, str(ReturnOutcome.WITHDRAWN)
            work.record(
                AuditAction.WITHDRAWN,
                Target(TargetKind.RETURN_REQUEST, row.id, row.case_id),
                decision=decision,
                detail={"document": row.document_id},
            )
            return return_view(work, row)


def _open_request(work: Work, document_id: str) -> ReturnRequest | None:
    return work.session.scalar(
        select(ReturnRequest).where(ReturnRequest.document_id == document_id, ReturnRequest.completed_at.is_(None))
    )


def return_view(work: Work, row: ReturnRequest) -> ReturnView:
    if row.outcome == ReturnOutcome.WITHDRAWN:
        status = "withdrawn"
    else:
        status = "completed" if row.completed_at else ("released" if row.released_at else "requested")
    return ReturnView(
        id=row.id,
        case_id=row.case_id,
        document_id=row.document_id,
        requested_at=row.requested_at,
        recorded_by=row.recorded_by,
        status=status,
        released_at=row.released_at,
        released_to=row.released_to,
        solicitor=work.fields.open_optional(row.case_id, Place("return_requests", "solicitor", row.id), row.solicitor_sealed),
        completed_at=row.completed_at,
        outcome=row.outcome,
    )
