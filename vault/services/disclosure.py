"""Disclosures: sharing with a third party, allowed only under a consent in force for that recipient
and purpose (or a safeguarding override), and recorded with what was shared. A refusal is recorded
too, and the caller is told why in words a supporter can pass on to the parent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from vault.audit import AuditAction
from vault.consent_rules import judge_disclosure
from vault.db.models import Case, Disclosure, SafeguardingOverride
from vault.errors import DisclosureBlocked, InvalidRequest
from vault.fields import Place
from vault.policy import Action, Actor, Decision, Ground, Target, TargetKind
from vault.services._work import Core, Work
from vault.services.consent import load_records
from vault.services.documents import held_document_ids

__all__ = ["DisclosureInput", "DisclosureService", "DisclosureView", "disclosure_view"]

# Policy 002, 4.2-4.5: how information leaves the service.
HANDLING = {
    "email": 'Send only with the parent\'s permission, marked "CONFIDENTIAL"; use initials and date of birth, not names.',
    "letter": 'Mark the letter and envelope "STRICTLY PRIVATE AND CONFIDENTIAL".',
    "telephone": "Share on a need-to-know basis only.",
    "in_person": "Share on a need-to-know basis only.",
}


@dataclass(frozen=True)
class DisclosureInput:
    organisation: str
    purpose: str
    shared: str  # what was shared, in the staff member's words
    method: str = "email"
    recipient_role: str | None = None  # the professional role of the person receiving it
    document_ids: tuple[str, ...] = ()
    override_id: str | None = None  # share under this safeguarding override (consent not needed)


@dataclass(frozen=True)
class DisclosureView:
    id: str
    organisation: str
    recipient_role: str | None
    purpose: str
    shared: str
    document_ids: list[str]
    method: str
    consent_id: str | None
    override_id: str | None
    disclosed_by: str | None
    disclosed_at: datetime
    handling: str


class DisclosureService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def disclose(self, actor: Actor, case_id: str, disclosure: DisclosureInput) -> DisclosureView:
        if not (disclosure.organisation.strip() and disclosure.purpose.strip() and disclosure.shared.strip()):
            raise InvalidRequest("a disclosure names the organisation, the purpose, and what is shared")
        if disclosure.method not in HANDLING:
            raise InvalidRequest(f"method must be one of: {', '.join(HANDLING)}")
        with self._core.work(actor) as work:
            case, decision = work.load(Action.DISCLOSURE_RECORD, Case, TargetKind.CASE, case_id)
            documents = held_document_ids(work, case.id, disclosure.document_ids)
            override_id = _override_relied_on(work, case, decision, disclosure.override_id)
            if override_id is not None:
                return _record(work, case, _under(decision, override_id), disclosure, documents, consent_id=None)
            verdict = judge_disclosure(
                load_records(work, case.id),
                organisation=disclosure.organisation,
                role=disclosure.recipient_role,
                purpose=disclosure.purpose,
                at=work.now,
            )
            if verdict.allowed:
                return _record(work, case, decision, disclosure, documents, consent_id=verdict.consent_id)
            work.record(
                AuditAction.REFUSED,
                Target(TargetKind.CASE, case.id, case.id),
                decision=decision,
                detail={"code": verdict.code, "consent": verdict.consent_id},
            )
        # Raised after the commit, so the refusal stays on the audit log.
        raise DisclosureBlocked(verdict.reason, code=verdict.code)

    def list(self, actor: Actor, case_id: str) -> list[DisclosureView]:
        return self._core.list_case_rows(
            actor, Action.DISCLOSURE_READ, case_id,
            lambda real_id: select(Disclosure).where(Disclosure.case_id == real_id).order_by(Disclosure.disclosed_at, Disclosure.id),
            disclosure_view, label="disclosures")


def _record(
    work: Work,
    case: Case,
    decision: Decision,
    disclosure: DisclosureInput,
    documents: list[str],
    *,
    consent_id: str | None,
) -> DisclosureView:
    row = Disclosure(
        id=work.new_id(),
        case_id=case.id,
        document_ids=json.dumps(documents),
        method=disclosure.method,
        consent_id=consent_id,
        override_id=decision.override_id,
        disclosed_by=work.actor.id,
        disclosed_at=work.now,
    )
    seal = work.fields.seal_text
    row.recipient_sealed = seal(case.id, Place("disclosures", "recipient", row.id), disclosure.organisation)
    row.recipient_role_sealed = work.fields.seal_optional(
        case.id, Place("disclosures", "recipient_role", row.id), disclosure.recipient_role
    )
    row.purpose_sealed = seal(case.id, Place("disclosures", "purpose", row.id), disclosure.purpose)
    row.shared_sealed = seal(case.id, Place("disclosures", "shared", row.id), disclosure.shared)
    work.session.add(row)
    work.session.flush()
    work.record(
        AuditAction.SHARED,
        Target(TargetKind.DISCLOSURE, row.id, case.id),
        decision=decision,
        detail={"consent": consent_id, "documents": documents},
    )
    return disclosure_view(work, row)


def _override_relied_on(work: Work, case: Case, decision: Decision, requested: str | None) -> str | None:
    """The override a disclosure is made under: the one the decision rests on, or the one named."""
    if decision.ground is Ground.OVERRIDE:
        return decision.override_id
    if requested is None:
        return None
    override = work.session.get(SafeguardingOverride, requested)
    live = (
        override is not None
        and override.case_id == case.id
        and override.requested_by == work.actor.id
        and override.approved_at is not None
        and override.ended_at is None
        and override.expires_at is not None
        and work.now < override.expires_at
    )
    if not live:
        raise InvalidRequest("that safeguarding override is not yours, not approved, or no longer in force")
    return requested


def _under(decision: Decision, override_id: str) -> Decision:
    return Decision(True, decision.action, "under safeguarding override", ground=Ground.OVERRIDE, override_id=override_id)


def disclosure_view(work: Work, row: Disclosure) -> DisclosureView:
    open_ = work.fields.open_text
    return DisclosureView(
        id=row.id,
        organisation=open_(row.case_id, Place("disclosures", "recipient", row.id), row.recipient_sealed),
        recipient_role=work.fields.open_optional(
            row.case_id, Place("disclosures", "recipient_role", row.id), row.recipient_role_sealed
        ),
        purpose=open_(row.case_id, Place("disclosures", "purpose", row.id), row.purpose_sealed),
        shared=open_(row.case_id, Place("disclosures", "shared", row.id), row.shared_sealed),
        document_ids=json.loads(row.document_ids),
        method=row.method,
        consent_id=row.consent_id,
        override_id=row.override_id,
        disclosed_by=row.disclosed_by,
        disclosed_at=row.disclosed_at,
        handling=HANDLING[row.method],
    )

