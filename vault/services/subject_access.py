"""Subject access: "parents have the right to see any information held on them and their child"
(policies 000-002). One streamed ZIP with everything held (the case record, documents, notes, consent
history, disclosures, returns, and who accessed the family's data and when) and a manifest. A child
of 12 or over may ask for their own data (policy 004, 3.2); a parent asking for such a child's data
needs the child's agreement. The one-calendar-month deadline is tracked and reported."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from storage import EncryptedStore
from vault.audit import AuditAction
from vault.clock import add_calendar_month
from vault.db.models import (
    AuditEvent,
    Case,
    Disclosure,
    Document,
    Note,
    Person,
    ReturnRequest,
    Staff,
    SubjectAccessRequest,
)
from vault.errors import InvalidRequest
from vault.fields import Place
from vault.keystore import SqlKeyStore
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core, Work
from vault.services.archive import ArchiveEntry, EntryRecord, stream_zip
from vault.services.case_studies.records import subject_access_records
from vault.services.consent import consent_views
from vault.services.disclosure import disclosure_view
from vault.services.documents import document_view
from vault.services.facts import involved_case_ids
from vault.services.notes import note_view
from vault.services.people import PersonView, person_view
from vault.services.returns import return_view
from vault.services.sign_in_history import SignInHistory
from vault.services.states import CaseStatus, DocumentState, Relation

__all__ = ["Archive", "SubjectAccessService", "SubjectAccessView", "subject_access_view"]

_SAFE = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(frozen=True)
class SubjectAccessView:
    id: str
    case_id: str
    case_reference: str
    subject_id: str
    requester_id: str
    received_on: date
    due_on: date
    status: str  # open, overdue, fulfilled
    days_left: int | None
    fulfilled_at: datetime | None


@dataclass(frozen=True)
class Archive:
    filename: str
    chunks: Iterator[bytes]


class SubjectAccessService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def record(
        self,
        actor: Actor,
        case_id: str,
        *,
        subject_id: str,
        requester_id: str,
        received_on: date | None = None,
        child_agreed: bool = False,
    ) -> SubjectAccessView:
        with self._core.work(actor) as work:
            case, decision = work.load(Action.SUBJECT_ACCESS_RECORD, Case, TargetKind.CASE, case_id)
            received_on = received_on or work.today
            if received_on > work.today:
                raise InvalidRequest("a request cannot be received in the future")
            subject = _person(work, case, subject_id, received_on, "subject")
            requester = _person(work, case, requester_id, received_on, "requester")
            _check_entitled(subject, requester, child_agreed=child_agreed, adult_age=work.rules.adult_age)
            row = SubjectAccessRequest(
                id=work.new_id(),
                case_id=case.id,
                subject_id=subject.id,
                requester_id=requester.id,
                received_on=received_on,
                due_on=add_calendar_month(received_on),
                recorded_by=actor.id,
                recorded_at=work.now,
            )
            work.session.add(row)
            work.session.flush()
            work.record(
                AuditAction.REQUESTED,
                Target(TargetKind.SUBJECT_ACCESS, row.id, case.id),
                decision=decision,
                detail={"due_on": row.due_on.isoformat(), "by_child": requester.relation == Relation.CHILD},
            )
            return subject_access_view(work, row, case.reference)

    def outstanding(self, actor: Actor) -> list[SubjectAccessView]:
        """Requests not yet fulfilled, soonest deadline first (the coordinator's deadline report)."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.REPORT_SUBJECT_ACCESS, Target.service())
            rows = list(
                work.session.execute(
                    select(SubjectAccessRequest, Case.reference)
                    .join(Case, Case.id == SubjectAccessRequest.case_id)
                    .where(SubjectAccessRequest.fulfilled_at.is_(None))
                    .order_by(SubjectAccessRequest.due_on)
                )
            )
            work.record(AuditAction.LISTED, Target.service(), decision=decision, operation=str(Action.REPORT_SUBJECT_ACCESS))
            return [subject_access_view(work, row, reference) for row, reference in rows]

    def pending(self, actor: Actor) -> list[SubjectAccessView]:
        """Requests not yet fulfilled on the cases the actor supports, soonest deadline first (the
        supporter's own deadlines; coordinators have :meth:`outstanding` across the service)."""
        with self._core.read(actor) as work:
            rows = [
                (row, reference)
                for row, reference in work.session.execute(
                    select(SubjectAccessRequest, Case.reference)
                    .join(Case, Case.id == SubjectAccessRequest.case_id)
                    .where(SubjectAccessRequest.fulfilled_at.is_(None), Case.status != CaseStatus.DESTROYED,
                           Case.id.in_(involved_case_ids(actor, now=work.now)))
                    .order_by(SubjectAccessRequest.due_on)
                )
                if work.decide(Action.SUBJECT_ACCESS_LIST, Target(TargetKind.CASE, row.case_id, row.case_id)).allowed
            ]
            work.record(AuditAction.LISTED, Target.service(), operation=str(Action.SUBJECT_ACCESS_LIST),
                        detail={"subject_access_requests": [row.id for row, _ in rows]})
            return [subject_access_view(work, row, reference) for row, reference in rows]

    def export(self, actor: Actor, request_id: str, *, include_safeguarding: bool = False) -> Archive:
        """The archive, as a stream. Entries in the access log about safeguarding (overrides asked for,
        approved, and everything done under them) are withheld unless ``include_safeguarding`` (disclosing them may put a child at risk; the
        supporter decides), and the number withheld is recorded in the audit log, not the archive."""
        with self._core.work(actor) as work:
            row, decision = work.load(Action.SUBJECT_ACCESS_EXPORT, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id,
                                      owner_of=_asked_by)
            case = work.session.get(Case, row.case_id)
            assert case is not None
            adult_age = work.rules.adult_age
            subject = person_view(work.fields, _row(work, row.subject_id), today=work.today, adult_age=adult_age)
            requester = person_view(work.fields, _row(work, row.requester_id), today=work.today, adult_age=adult_age)
            documents = [
                document_view(work, d)
                for d in work.session.scalars(
                    select(Document)
                    .where(Document.case_id == case.id, Document.state != DocumentState.DESTROYED)
                    .order_by(Document.uploaded_at, Document.id)
                )
            ]
            notes = [note_view(work, n) for n in work.session.scalars(select(Note).where(Note.case_id == case.id).order_by(Note.created_at, Note.id))]
            disclosures = [
                disclosure_view(work, d)
                for d in work.session.scalars(select(Disclosure).where(Disclosure.case_id == case.id).order_by(Disclosure.disclosed_at))
            ]
            returns = [
                return_view(work, r)
                for r in work.session.scalars(select(ReturnRequest).where(ReturnRequest.case_id == case.id).order_by(ReturnRequest.requested_at))
            ]
            access_log, withheld, account_changes = _access_log(work, case.id, include_safeguarding=include_safeguarding)
            summary = _case_record(work, case)
            case_studies = subject_access_records(work, case.id)
            sections: dict[str, Any] = {
                "case.json": summary,
                "subject.json": asdict(subject),
                "notes.json": [asdict(n) for n in notes],
                "consents.json": [asdict(c) for c in consent_views(work, case.id)],
                "disclosures.json": [asdict(d) for d in disclosures],
                "returns.json": [asdict(r) for r in returns],
                "access_log.json": access_log,
            }
            if case_studies:  # the family's data used for training (policy 003): they may see what and how
                sections["case_studies.json"] = case_studies
            if account_changes:  # resets of the accounts that read their data: a takeover shows here
                sections["staff_accounts.json"] = account_changes
            work.record(
                AuditAction.EXPORTED,
                Target(TargetKind.SUBJECT_ACCESS, row.id, case.id),
                decision=decision,
                detail={"documents": len(documents), "notes": len(notes), "withheld_log_entries": withheld},
            )
            when = work.now
            request = subject_access_view(work, row, case.reference)

        entries = [ArchiveEntry(path, "record", data=_json(value)) for path, value in sections.items()]
        store = EncryptedStore(
            self._core.backend, keyring=self._core.keyring.as_keyring(), keystore=SqlKeyStore(self._core.database), clock=self._core.clock.now
        )
        for index, document in enumerate(documents, start=1):
            name = _SAFE.sub("_", document.filename or "document").strip() or "document"
            entries.append(ArchiveEntry(f"documents/{index:03d}-{name}", "document", open=functools.partial(store.open, document.id)))

        def manifest(records: list[EntryRecord]) -> bytes:
            return _json(
                {
                    "format": "send-vault subject access archive",
                    "version": 1,
                    "generated_at": when,
                    "request": asdict(request),
                    "subject": {"relation": subject.relation, "initials": subject.initials},
                    "requester": {"relation": requester.relation, "initials": requester.initials},
                    "files": [asdict(r) for r in records],
                    "documents": [
                        {"path": entries[len(sections) + i].path, "title": d.title, "uploaded_at": d.uploaded_at, "size": d.size}
                        for i, d in enumerate(documents)
                    ],
                }
            )

        def delivered() -> Iterator[bytes]:
            # Fulfilled only once the last byte was handed over: a download abandoned part way (the
            # server stops asking for more) leaves the request open, and its deadline still counts.
            yield from stream_zip(entries, when=when, manifest=manifest)
            self._fulfilled(actor, request.id)

        filename = f"subject-access-{case.reference}-{when:%Y%m%d}.zip"
        return Archive(filename, delivered())

    def _fulfilled(self, actor: Actor, request_id: str) -> None:
        """The request's status only: the ``exported`` event was recorded when the archive started
        (the data began to leave then, whether or not it all arrived)."""
        with self._core.database.transaction() as session:
            row = session.get(SubjectAccessRequest, request_id, with_for_update=True)
            if row is not None and row.fulfilled_at is None:
                row.fulfilled_at, row.fulfilled_by = self._core.clock.now(), actor.id

    def list(self, actor: Actor, case_id: str) -> list[SubjectAccessView]:
        """The case's requests, newest first, with their deadlines (the supporter who answers them)."""
        with self._core.read(actor) as work:
            case, decision = work.load(Action.SUBJECT_ACCESS_LIST, Case, TargetKind.CASE, case_id)
            rows = list(
                work.session.scalars(
                    select(SubjectAccessRequest)
                    .where(SubjectAccessRequest.case_id == case.id)
                    .order_by(SubjectAccessRequest.received_on.desc(), SubjectAccessRequest.recorded_at.desc())
                )
            )
            work.record_listing(case.id, decision, subject_access_requests=[row.id for row in rows])
            return [subject_access_view(work, row, case.reference) for row in rows]


def _asked_by(row: SubjectAccessRequest) -> str | None:
    """Whose request it is: the family member who asked in the portal (staff record the others)."""
    return row.recorded_by


def _person(work: Work, case: Case, person_id: str, on: date, role: str) -> PersonView:
    row = work.session.get(Person, person_id)
    if row is None or row.case_id != case.id:
        raise InvalidRequest(f"the {role} must be a person on this case")
    return person_view(work.fields, row, today=on, adult_age=work.rules.adult_age)


def _row(work: Work, person_id: str) -> Person:
    row = work.session.get(Person, person_id)
    assert row is not None
    return row


def _check_entitled(subject: PersonView, requester: PersonView, *, child_agreed: bool, adult_age: int) -> None:
    if requester.relation == Relation.CHILD:
        if requester.id != subject.id:
            raise InvalidRequest("a child may ask only for their own data")
        if not requester.own_right_of_access:
            raise InvalidRequest(
                f"a child under {adult_age} cannot make their own request; a parent or carer may ask on their behalf"
            )
        return
    if subject.relation != Relation.CHILD and subject.id != requester.id:
        raise InvalidRequest("a parent or carer may ask for their own data or their child's, not another adult's")
    if subject.relation == Relation.CHILD and subject.own_right_of_access and not child_agreed:
        raise InvalidRequest(
            f"the child is {subject.age}: at {adult_age} or over the data is theirs, so record that they agreed "
            "to their parent asking (child_agreed) or let them make the request"
        )


def _access_log(work: Work, case_id: str, *, include_safeguarding: bool) -> tuple[list[dict[str, Any]], int, list[dict[str, Any]]]:
    """The case's events (whose sign-in did each, and when it was made), how many were withheld, and
    the credential changes of the accounts in it."""
    names = {s.id: (s.display_name, s.role) for s in work.session.scalars(select(Staff))}
    shown, withheld = [], 0
    for event in work.session.scalars(select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.seq)):
        safeguarding = event.override_id is not None or event.target_kind == TargetKind.OVERRIDE
        if safeguarding and not include_safeguarding:
            withheld += 1
            continue
        shown.append(event)
    history = SignInHistory(work.session, {e.actor_id for e in shown if e.actor_id in names}, names)
    log = []
    for event in shown:
        name, role = names.get(event.actor_id or "", (event.actor_id, event.actor_role))
        log.append(
            {
                "at": event.at,
                "who": name,
                "role": role,
                "action": event.action,
                "operation": event.operation,
                "what": event.target_kind,
                "id": event.target_id,
                "signed_in": history.sign_in_before(event.actor_id, event.seq),
            }
        )
    return log, withheld, history.changes


def _case_record(work: Work, case: Case) -> dict[str, Any]:
    return {
        "reference": case.reference,
        "code": work.fields.open_optional(case.id, Place("cases", "code", case.id), case.code_sealed),
        "label": work.fields.open_optional(case.id, Place("cases", "label", case.id), case.label_sealed),
        "status": case.status,
        "opened_on": case.opened_on,
        "closed_on": case.closed_on,
        "need": case.need,
        "outcome": case.outcome,
        "referral_source": case.referral_source,
        "personal_details_kept_with_consent": case.details_consent,
    }


def subject_access_view(work: Work, row: SubjectAccessRequest, reference: str) -> SubjectAccessView:
    if row.fulfilled_at is not None:
        status, days_left = "fulfilled", None
    else:
        days_left = (row.due_on - work.today).days
        status = "overdue" if days_left < 0 else "open"
    return SubjectAccessView(
        id=row.id,
        case_id=row.case_id,
        case_reference=reference,
        subject_id=row.subject_id,
        requester_id=row.requester_id,
        received_on=row.received_on,
        due_on=row.due_on,
        status=status,
        days_left=days_left,
        fulfilled_at=row.fulfilled_at,
    )


def _json(value: Any) -> bytes:
    return (json.dumps(value, indent=2, sort_keys=True, default=_default, ensure_ascii=False) + "\n").encode("utf-8")


def _default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write a {type(value).__name__} to JSON")

