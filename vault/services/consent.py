"""Recording the parent's consent decisions, reading the history, and the review-due report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from vault.audit import AuditAction
from vault.clock import add_calendar_month
from vault.consent_rules import ConsentRecord, current_records
from vault.db.models import Case, Consent, Document
from vault.errors import InvalidRequest
from vault.fields import FieldSealer, Place
from vault.policy import Action, Actor, Role, Target, TargetKind
from vault.services._work import Core, Work
from vault.services.facts import involved_case_ids
from vault.services.family_notices import NoticeKind, tell_supporter
from vault.services.states import (
    CaseStatus,
    ConsentDecision,
    ConsentMethod,
    DocumentState,
    RecipientKind,
)

__all__ = ["ConsentInput", "ConsentService", "ConsentView", "ReviewDue", "consent_views", "load_records"]


@dataclass(frozen=True)
class ConsentInput:
    recipient_kind: RecipientKind
    decision: ConsentDecision
    method: ConsentMethod
    obtained_on: date
    recipient: str | None = None  # the organisation or professional role; none for "anyone"
    purpose: str | None = None  # none: any purpose
    roles: tuple[str, ...] = ()  # for a restricted consent: the professional roles allowed
    method_note: str | None = None  # telephone: what was asked and said, noted by the staff member
    form_document_id: str | None = None  # in person: the signed, dated form, stored on the case
    review_on: date | None = None


@dataclass(frozen=True)
class ConsentView:
    id: str
    recipient_kind: str
    recipient: str | None
    purpose: str | None
    decision: str
    roles: list[str]
    method: str
    obtained_on: date
    method_note: str | None
    form_document_id: str | None
    recorded_by: str | None
    recorded_at: datetime
    review_on: date | None
    current: bool  # the newest decision for this recipient and purpose


@dataclass(frozen=True)
class ReviewDue:
    case_id: str
    case_reference: str
    consent_id: str
    recipient_kind: str
    decision: str
    review_on: date
    overdue: bool


class ConsentService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def record(self, actor: Actor, case_id: str, consent: ConsentInput) -> ConsentView:
        with self._core.work(actor) as work:
            case, decision = work.load(Action.CONSENT_RECORD, Case, TargetKind.CASE, case_id)
            _validate(work, case, consent)
            row = Consent(
                id=work.new_id(),
                case_id=case.id,
                recipient_kind=str(consent.recipient_kind),
                decision=str(consent.decision),
                method=str(consent.method),
                obtained_on=consent.obtained_on,
                form_document_id=consent.form_document_id,
                recorded_by=actor.id,
                recorded_at=work.now,
                review_on=_review_on(work, consent),
            )
            seal = work.fields.seal_optional
            row.recipient_sealed = seal(case.id, Place("consents", "recipient", row.id), consent.recipient)
            row.purpose_sealed = seal(case.id, Place("consents", "purpose", row.id), consent.purpose)
            row.method_note_sealed = seal(case.id, Place("consents", "method_note", row.id), consent.method_note)
            if consent.roles:
                row.roles_sealed = work.fields.seal_json(case.id, Place("consents", "roles", row.id), list(consent.roles))
            work.session.add(row)
            work.session.flush()
            work.record(
                AuditAction.RECORDED,
                Target(TargetKind.CONSENT, row.id, case.id),
                decision=decision,
                detail={"decision": row.decision, "method": row.method, "recipient_kind": row.recipient_kind},
            )
            tell_supporter(work, case.id, NoticeKind.CONSENT, row.id)
            views = consent_views(work, case.id)
            return next(view for view in views if view.id == row.id)

    def history(self, actor: Actor, case_id: str) -> list[ConsentView]:
        with self._core.read(actor) as work:  # a listing: no write lock
            case, decision = work.load(Action.CONSENT_READ, Case, TargetKind.CASE, case_id)
            views = consent_views(work, case.id)
            work.record_listing(case.id, decision, consents=[view.id for view in views])
            return views

    def due_for_review(self, actor: Actor, *, within_days: int = 30) -> list[ReviewDue]:
        """Consents in force whose review date falls within ``within_days`` (or has passed). A
        supporter sees their own cases; coordinators and the operator every case, by reference only."""
        if not 0 <= within_days <= 366:
            raise InvalidRequest("within_days is 0-366")
        with self._core.work(actor) as work:
            decision = work.authorize(Action.REPORT_CONSENT_REVIEW, Target.service())
            horizon = work.today + timedelta(days=within_days)
            query = (
                select(Consent, Case.reference)
                .join(Case, Case.id == Consent.case_id)
                .where(Case.status == CaseStatus.OPEN, Consent.review_on <= horizon)
            )
            if actor.role is Role.PARENTAL_SUPPORTER:
                query = query.where(Case.id.in_(involved_case_ids(actor, now=work.now)))
            candidates = {row.case_id: reference for row, reference in work.session.execute(query)}
            due: list[ReviewDue] = []
            for case_id, reference in sorted(candidates.items(), key=lambda item: item[1]):
                for record in current_records(load_records(work, case_id), at=work.now):
                    row = work.session.get(Consent, record.id)
                    assert row is not None
                    if record.decision in (ConsentDecision.GIVEN, ConsentDecision.RESTRICTED) and row.review_on and row.review_on <= horizon:
                        due.append(
                            ReviewDue(
                                case_id, reference, row.id, row.recipient_kind, row.decision, row.review_on, row.review_on < work.today
                            )
                        )
            due.sort(key=lambda item: (item.review_on, item.case_reference))
            work.record(
                AuditAction.LISTED,
                Target.service(),
                decision=decision,
                detail={"due": len(due), "within_days": within_days},
            )
            return due


def load_records(work: Work, case_id: str) -> list[ConsentRecord]:
    return [_record(work.fields, row) for row in _rows(work, case_id)]


def _rows(work: Work, case_id: str) -> list[Consent]:
    return list(
        work.session.scalars(select(Consent).where(Consent.case_id == case_id).order_by(Consent.recorded_at, Consent.id))
    )


def _record(fields: FieldSealer, row: Consent) -> ConsentRecord:
    open_ = fields.open_optional
    roles = fields.open_json(row.case_id, Place("consents", "roles", row.id), row.roles_sealed) if row.roles_sealed else []
    return ConsentRecord(
        id=row.id,
        recipient_kind=RecipientKind(row.recipient_kind),
        recipient=open_(row.case_id, Place("consents", "recipient", row.id), row.recipient_sealed),
        purpose=open_(row.case_id, Place("consents", "purpose", row.id), row.purpose_sealed),
        decision=ConsentDecision(row.decision),
        roles=tuple(roles),
        method=row.method,
        obtained_on=row.obtained_on,
        recorded_at=row.recorded_at,
    )


def consent_views(work: Work, case_id: str) -> list[ConsentView]:
    rows = _rows(work, case_id)
    records = [_record(work.fields, row) for row in rows]
    current = {record.id for record in current_records(records, at=work.now)}
    return [
        ConsentView(
            id=row.id,
            recipient_kind=row.recipient_kind,
            recipient=record.recipient,
            purpose=record.purpose,
            decision=row.decision,
            roles=list(record.roles),
            method=row.method,
            obtained_on=row.obtained_on,
            method_note=work.fields.open_optional(case_id, Place("consents", "method_note", row.id), row.method_note_sealed),
            form_document_id=row.form_document_id,
            recorded_by=row.recorded_by,
            recorded_at=row.recorded_at,
            review_on=row.review_on,
            current=row.id in current,
        )
        for row, record in zip(rows, records, strict=True)
    ]


def _validate(work: Work, case: Case, consent: ConsentInput) -> None:
    if consent.recipient_kind == RecipientKind.ANYONE:
        if consent.recipient:
            raise InvalidRequest("a consent for 'anyone' names no recipient")
    elif not (consent.recipient and consent.recipient.strip()):
        raise InvalidRequest(f"name the {consent.recipient_kind} the consent is about")
    if consent.purpose is not None and not consent.purpose.strip():
        raise InvalidRequest("a purpose, when given, cannot be blank (leave it out for any purpose)")
    if consent.decision == ConsentDecision.RESTRICTED:
        if not consent.roles or not all(role.strip() for role in consent.roles):
            raise InvalidRequest("a restricted consent lists the professional roles it allows")
    elif consent.roles:
        raise InvalidRequest("only a restricted consent lists roles")
    if consent.obtained_on > work.today:
        raise InvalidRequest("consent cannot be obtained in the future")
    if consent.method == ConsentMethod.TELEPHONE and not (consent.method_note and consent.method_note.strip()):
        raise InvalidRequest("consent by telephone is noted by the member of staff: give the note (method_note)")
    if consent.method == ConsentMethod.IN_PERSON and not consent.form_document_id:
        raise InvalidRequest("consent in person needs the signed, dated form: upload it and give its document id")
    if consent.form_document_id is not None:
        document = work.session.get(Document, consent.form_document_id)
        if document is None or document.case_id != case.id or document.state == DocumentState.DESTROYED:
            raise InvalidRequest("the consent form must be a document held on this case")
    if consent.review_on is not None and consent.review_on <= consent.obtained_on:
        raise InvalidRequest("the review date comes after the date consent was obtained")


def _review_on(work: Work, consent: ConsentInput) -> date | None:
    if consent.decision not in (ConsentDecision.GIVEN, ConsentDecision.RESTRICTED):
        return consent.review_on
    return consent.review_on or add_calendar_month(consent.obtained_on, work.rules.consent_review_months)
