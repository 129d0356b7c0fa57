"""What a subject access response holds, gathered in one unit of work, and how it is made readable: the
records (staff by display name and role, not ids), the texts the review reads, and the summary PDF
that leads the archive."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from vault.db.models import AuditEvent, Case, Disclosure, Document, Note, Person, ReturnRequest, Staff, SubjectAccessRequest
from vault.fields import Place
from vault.services._work import Work
from vault.services.case_studies.identifiers import case_identifiers
from vault.services.case_studies.records import subject_access_records
from vault.services.consent import consent_views
from vault.services.disclosure import disclosure_view
from vault.services.documents import DocumentView, document_view
from vault.services.notes import note_view
from vault.services.people import PersonView, person_view
from vault.services.returns import return_view
from vault.services.sar_review import ReviewSource
from vault.services.sign_in_history import SignInHistory
from vault.services.states import DocumentState
from vault.services.summary_pdf import Section, summary_pdf
from vault.policy import TargetKind

__all__ = ["REVIEWED_FIELDS", "Response", "gather", "record_sources", "source_key", "summary", "text_digest"]

# The free text of the records that may name someone else (the review reads these, and documents).
REVIEWED_FIELDS: Mapping[str, tuple[str, ...]] = {
    "notes.json": ("body",),
    "consents.json": ("recipient", "purpose", "method_note"),
    "disclosures.json": ("organisation", "recipient_role", "purpose", "shared"),
    "returns.json": ("solicitor",),
}


@dataclass
class Response:
    case_reference: str
    subject: PersonView
    requester: PersonView
    documents: list[DocumentView]
    sections: dict[str, Any]  # path -> JSON-able records, staff already readable
    staff: dict[str, str]  # staff id -> "Name (role)"
    staff_names: list[str]
    family: dict[str, list[str]]  # the family's identifiers as the text redactor takes them
    withheld_log_entries: int


def gather(work: Work, row: SubjectAccessRequest, *, include_safeguarding: bool) -> Response:
    case = work.session.get(Case, row.case_id)
    assert case is not None
    adult_age = work.rules.adult_age
    subject = person_view(work.fields, _person(work, row.subject_id), today=work.today, adult_age=adult_age)
    requester = person_view(work.fields, _person(work, row.requester_id), today=work.today, adult_age=adult_age)
    documents = [
        document_view(work, d)
        for d in work.session.scalars(
            select(Document).where(Document.case_id == case.id, Document.state != DocumentState.DESTROYED).order_by(Document.uploaded_at, Document.id)
        )
    ]
    notes = [note_view(work, n) for n in work.session.scalars(select(Note).where(Note.case_id == case.id).order_by(Note.created_at, Note.id))]
    disclosures = [disclosure_view(work, d) for d in work.session.scalars(select(Disclosure).where(Disclosure.case_id == case.id).order_by(Disclosure.disclosed_at))]
    returns = [return_view(work, r) for r in work.session.scalars(select(ReturnRequest).where(ReturnRequest.case_id == case.id).order_by(ReturnRequest.requested_at))]
    staff_rows = list(work.session.scalars(select(Staff)))
    names = {s.id: (s.display_name, s.role) for s in staff_rows}
    staff = {s.id: f"{s.display_name} ({s.role.replace('_', ' ')})" for s in staff_rows}
    access_log, withheld, account_changes = _access_log(work, case.id, names, include_safeguarding=include_safeguarding)
    sections: dict[str, Any] = {
        "case.json": _case_record(work, case),
        "subject.json": asdict(subject),
        "documents.json": [asdict(d) for d in documents],
        "notes.json": [asdict(n) for n in notes],
        "consents.json": [asdict(c) for c in consent_views(work, case.id)],
        "disclosures.json": [asdict(d) for d in disclosures],
        "returns.json": [asdict(r) for r in returns],
        "access_log.json": access_log,
    }
    if case_studies := subject_access_records(work, case.id):  # the family's data used for training (policy 003)
        sections["case_studies.json"] = case_studies
    if account_changes:  # resets of the accounts that read their data: a takeover shows here
        sections["staff_accounts.json"] = account_changes
    people = list(work.session.scalars(select(Person).where(Person.case_id == case.id)))
    family = case_identifiers(work.fields, case, people, today=work.today, adult_age=adult_age).for_text()
    return Response(case.reference, subject, requester, documents, _readable(sections, staff), staff,
                    [s.display_name for s in staff_rows], family, withheld)


def record_sources(sections: Mapping[str, Any]) -> Iterator[ReviewSource]:
    for path, fields in REVIEWED_FIELDS.items():
        for record in sections.get(path, []):
            for field in fields:
                value = record.get(field)
                if isinstance(value, str) and value.strip():
                    yield ReviewSource(path, record["id"], field, value)


def source_key(source: str, source_id: str, field: str) -> str:
    return f"{source}/{source_id}/{field}"


def text_digest(text: str | None) -> str:
    return "unreadable" if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def summary(response: Response, request: Mapping[str, Any], *, generated_at: datetime, extension_reason: str | None,
            documents: list[tuple[DocumentView, str]], redacted: int) -> bytes:
    """The readable summary: what the request was, what is held, and how each document is included."""
    sections = response.sections
    who = response.subject.name or response.subject.initials
    received = _day(request["received_on"])
    about = [f"Request received on {received}; the answer is due by {_day(request['due_on'])}.",
             f"About: {who} ({response.subject.relation}). Asked by: {response.requester.name or response.requester.initials} "
             f"({response.requester.relation}).", f"Prepared on {_day(generated_at)} for case {response.case_reference}."]
    if request.get("extended_months"):
        about.append(f"The deadline was extended by {request['extended_months']} month(s) because: {extension_reason}")
    held = [f"{len(response.documents)} document(s), {len(sections['notes.json'])} note(s), {len(sections['consents.json'])} "
            f"consent record(s), {len(sections['disclosures.json'])} disclosure(s) to other organisations, "
            f"{len(sections['returns.json'])} request(s) to return a document, {len(sections['access_log.json'])} entries in "
            "the record of who looked at or changed your information."]
    notes = [f"{_day(n['created_at'])}, {n['author_id'] or 'someone no longer on the staff'}: {n['body']}" for n in sections["notes.json"]]
    consents = [f"{_day(c['obtained_on'])}: {c['decision']} for {c['recipient'] or c['recipient_kind']}"
                + (f" ({c['purpose']})" if c["purpose"] else "") for c in sections["consents.json"]]
    disclosures = [f"{_day(d['disclosed_at'])}: to {d['organisation']} for {d['purpose']}; shared: {d['shared']}"
                   for d in sections["disclosures.json"]]
    docs = [f"{d.title or d.filename or 'Untitled'} (added {_day(d.uploaded_at)}): {how}" for d, how in documents]
    readers = Counter(f"{e['who']} ({str(e['role']).replace('_', ' ')})" for e in sections["access_log.json"])
    log = [f"{who}: {count} time(s)" for who, count in readers.most_common()]
    others = [f"{redacted} passage(s) about other people (other children, other families, or people who are not our staff "
              "acting in their role) were removed where they appear; this is marked [redacted: someone else's information]."
              if redacted else "Nothing about other people needed to be removed."]
    rights = ["The archive holds every record as a file (JSON) and each document. If anything is wrong you may ask us to "
              "correct it, and you may complain to the Information Commissioner's Office (ico.org.uk)."]
    return summary_pdf(f"Your information: subject access response ({response.case_reference})", [
        Section("About this response", about), Section("What we hold", held), Section("Documents", docs),
        Section("Notes", notes), Section("Consents", consents), Section("Sharing with other organisations", disclosures),
        Section("Who has looked at your information", log), Section("Other people's information", others),
        Section("Your rights", rights),
    ])


def _day(value: object) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    if isinstance(value, datetime | date):
        return f"{value.day} {value:%B %Y}"
    return str(value)


def _readable(value: Any, staff: Mapping[str, str]) -> Any:
    """Every staff id in the records as the person's name and role."""
    if isinstance(value, dict):
        return {k: _readable(v, staff) for k, v in value.items()}
    if isinstance(value, list):
        return [_readable(v, staff) for v in value]
    if isinstance(value, str) and value in staff:
        return staff[value]
    return value


def _person(work: Work, person_id: str) -> Person:
    row = work.session.get(Person, person_id)
    assert row is not None
    return row


def _access_log(
    work: Work, case_id: str, names: Mapping[str, tuple[str, str]], *, include_safeguarding: bool
) -> tuple[list[dict[str, Any]], int, list[dict[str, Any]]]:
    """The case's events (whose sign-in did each, and when it was made), how many were withheld, and
    the credential changes of the accounts in it."""
    shown, withheld = [], 0
    for event in work.session.scalars(select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.seq)):
        safeguarding = event.override_id is not None or event.target_kind == TargetKind.OVERRIDE
        if safeguarding and not include_safeguarding:
            withheld += 1
            continue
        shown.append(event)
    history = SignInHistory(work.session, {e.actor_id for e in shown if e.actor_id is not None and e.actor_id in names}, dict(names))
    log = []
    for event in shown:
        name, role = names.get(event.actor_id or "", (event.actor_id, event.actor_role))
        log.append({"at": event.at, "who": name, "role": role, "action": event.action, "operation": event.operation,
                    "what": event.target_kind, "id": event.target_id, "signed_in": history.sign_in_before(event.actor_id, event.seq)})
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
