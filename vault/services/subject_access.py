"""Subject access: "parents have the right to see any information held on them and their child"
(policies 000-002). A child of 12 or over may ask for their own data (policy 004, 3.2); a parent
asking for such a child's data needs the child's agreement.

The response is assembled, then reviewed: the redaction engine marks other people's information in
what would be released (:mod:`.sar_review`), the supporter redacts or keeps each item with a reason,
and only a fully reviewed response leaves, as one streamed ZIP led by a readable summary PDF, with the
records (staff by name and role), the documents and a manifest (:mod:`.sar_response`). The deadline is
one calendar month, extended by up to two further months for a complex request with its reason; the
request is fulfilled when the response is delivered (downloaded by the requester, or a hand-over
recorded by staff), not when an archive is made."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from storage import EncryptedStore, PendingObject
from vault.audit import AuditAction
from vault.clock import add_calendar_month
from vault.db.models import Case, Document, Note, Person, Staff, SubjectAccessItem, SubjectAccessRequest
from vault.errors import InvalidRequest
from vault.fields import Place
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core, Work
from vault.services.archive import ArchiveEntry, EntryRecord, stream_zip
from vault.services.documents import DocumentView
from vault.services.facts import involved_case_ids
from vault.services.people import PersonView, person_view
from vault.services.sar_response import (
    REVIEWED_FIELDS,
    Response,
    gather,
    record_sources,
    source_key,
    summary,
    text_digest,
)
from vault.services.sar_review import (
    UNREADABLE,
    Detect,
    Found,
    ReviewSource,
    apply_redactions,
    default_detect,
    document_texts,
    find_third_parties,
    pdf_without,
)
from vault.services.shredding import delete_bytes
from vault.services.states import CaseStatus, Relation

__all__ = ["Archive", "ReviewItemView", "ReviewSummary", "SubjectAccessService", "SubjectAccessView", "check_reviewed",
           "subject_access_view"]

_SAFE = re.compile(r"[^A-Za-z0-9._ -]+")
MAX_EXTENSION_MONTHS = 2
# Who may fulfil a request by downloading it: the requester through their own account (a parent, or a
# child of 12 or over); staff record a hand-over instead.
REQUESTER_ROLES = frozenset({"parent", "child"})


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
    review: str = "not started"  # not started, in review, ready (every item decided)
    items: int = 0
    undecided: int = 0
    extended_months: int = 0
    delivered_how: str | None = None  # download, hand-over
    released_at: datetime | None = None  # when the reviewed archive to deliver was built (release)
    released_sha256: str | None = None


@dataclass(frozen=True)
class ReviewSummary:
    request_id: str
    items: int
    undecided: int
    sources: int


@dataclass(frozen=True)
class ReviewItemView:
    number: int
    where: str  # "note of 3 July 2026 (body)", "document 'School report', text 1"
    source: str
    source_id: str
    field: str
    type: str  # PERSON, PHONE, ... or UNREADABLE (a whole document the engine could not read)
    text: str
    context: str
    decision: str | None  # redact, keep
    reason: str | None
    decided_by: str | None  # a name and role
    decided_at: datetime | None


@dataclass(frozen=True)
class Archive:
    filename: str
    chunks: Iterator[bytes]


class SubjectAccessService:
    def __init__(self, core: Core, *, detect: Detect | None = None) -> None:
        self._core = core
        self._detect = detect or default_detect

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

    def get(self, actor: Actor, request_id: str) -> SubjectAccessView:
        """One request: its deadline, review and delivery (the supporter answering it)."""
        with self._core.read(actor) as work:
            row, decision = work.load(Action.SUBJECT_ACCESS_LIST, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            work.record(AuditAction.VIEWED, Target(TargetKind.SUBJECT_ACCESS, row.id, row.case_id), decision=decision)
            return subject_access_view(work, row, _reference(work, row.case_id))

    # -- the review ----------------------------------------------------------------------------

    def assemble(self, actor: Actor, request_id: str, *, progress: Callable[[int, int], None] | None = None) -> ReviewSummary:
        """Read everything the response would release with the redaction engine and make an item of
        each span of someone else's information (decisions already made on the same span are kept).
        Slow (the model reads every document): the job ``subject_access.review`` runs it."""

        def read(work: Work) -> tuple[Response, str]:
            row, _ = work.load(Action.SUBJECT_ACCESS_REVIEW, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            if row.fulfilled_at is not None:
                raise InvalidRequest("the request was answered already: record a new request to answer it again")
            return gather(work, row, include_safeguarding=False), row.case_id

        def slow(prepared: tuple[Response, str]) -> tuple[list[Found], dict[str, str]]:
            response, _ = prepared
            sources = list(record_sources(response.sections))
            store = self._core.store()
            for index, document in enumerate(response.documents, start=1):
                _, texts = _read(store, document.id)
                sources.extend(ReviewSource("document", document.id, str(part), text)
                               for part, text in enumerate(texts if texts is not None else [None]))
                if progress is not None:
                    progress(index, len(response.documents))
            found = find_third_parties(sources, family=response.family, staff_names=response.staff_names, detect=self._detect)
            digests = {source_key(s.source, s.source_id, s.field): text_digest(s.text) for s in sources}
            return found, digests

        def commit(work: Work, prepared: tuple[Response, str], done: tuple[list[Found], dict[str, str]]) -> ReviewSummary:
            row, decision = work.load(Action.SUBJECT_ACCESS_REVIEW, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            found, digests = done
            case_id = row.case_id
            before = {_span_key(i.source, i.source_id, i.field, i.start, i.end): i for i in _items(work, row.id)}
            for old in before.values():
                work.session.delete(old)
            work.session.flush()
            kept = 0
            for number, item in enumerate(found, start=1):
                new = SubjectAccessItem(id=work.new_id(), request_id=row.id, case_id=case_id, number=number, source=item.source,
                                        source_id=item.source_id, field=item.field, start=item.start, end=item.end,
                                        span_type=item.span_type, text_sealed=b"", context_sealed=b"")
                new.text_sealed = work.fields.seal_text(case_id, Place("subject_access_items", "text", new.id), item.text)
                new.context_sealed = work.fields.seal_text(case_id, Place("subject_access_items", "context", new.id), item.context)
                earlier = before.get(_span_key(item.source, item.source_id, item.field, item.start, item.end))
                if earlier is not None and earlier.decision is not None and _open(work, earlier, "text") == item.text:
                    new.decision, new.decided_by, new.decided_at = earlier.decision, earlier.decided_by, earlier.decided_at
                    new.reason_sealed = work.fields.seal_optional(case_id, Place("subject_access_items", "reason", new.id), _reason(work, earlier))
                    kept += 1
                work.session.add(new)
            row.assembled_at = work.now
            row.reviewed_sources_sealed = work.fields.seal_json(case_id, Place("subject_access_requests", "reviewed_sources", row.id), digests)
            work.record(AuditAction.CREATED, Target(TargetKind.SUBJECT_ACCESS, row.id, case_id), decision=decision,
                        operation="subject_access.review", detail={"items": len(found), "decisions_kept": kept, "sources": len(digests)})
            return ReviewSummary(request_id=row.id, items=len(found), undecided=len(found) - kept, sources=len(digests))

        return self._core.two_phase(actor, read=read, slow=slow, commit=commit)

    def items(self, actor: Actor, request_id: str) -> list[ReviewItemView]:
        """The review's items in reading order, with the text, its surroundings and any decision."""
        with self._core.read(actor) as work:
            row, decision = work.load(Action.SUBJECT_ACCESS_REVIEW, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            rows = _items(work, row.id)
            titles = _source_titles(work, row.case_id)
            staff = _staff_names(work)
            work.record(AuditAction.LISTED, Target(TargetKind.SUBJECT_ACCESS, row.id, row.case_id), decision=decision,
                        operation="subject_access.review", detail={"items": [i.id for i in rows]})
            return [_item_view(work, item, titles, staff) for item in rows]

    def decide(self, actor: Actor, request_id: str, number: int, *, decision: str, reason: str,
               everywhere: bool = False) -> ReviewItemView:
        """Redact or keep item ``number``, with a reason (kept sealed; the decision itself is audited, one
        event naming every item it decided). ``everywhere``: also every item not yet decided with the same
        text (the same person named again), each with the same decision and reason."""
        if decision not in ("redact", "keep"):
            raise InvalidRequest(f"the decision is 'redact' or 'keep', not {decision!r}")
        if not reason.strip():
            raise InvalidRequest("give a reason for the decision (it is kept with the review)")
        if len(reason) > 2000:
            raise InvalidRequest("a reason is at most 2000 characters")
        with self._core.work(actor) as work:
            row, allowed = work.load(Action.SUBJECT_ACCESS_REVIEW, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            if row.fulfilled_at is not None:
                raise InvalidRequest("the request was answered already; its review is closed")
            item = work.session.scalar(select(SubjectAccessItem).where(SubjectAccessItem.request_id == row.id,
                                                                         SubjectAccessItem.number == number))
            if item is None:
                raise InvalidRequest(f"the review has no item {number}")
            chosen = [item]
            if everywhere and item.span_type != UNREADABLE:
                text = " ".join(_open(work, item, "text").split()).casefold()
                chosen += [other for other in _items(work, row.id) if other.id != item.id and other.decision is None
                           and other.span_type != UNREADABLE and " ".join(_open(work, other, "text").split()).casefold() == text]
            for each in chosen:
                each.decision, each.decided_by, each.decided_at = decision, actor.id, work.now
                each.reason_sealed = work.fields.seal_text(row.case_id, Place("subject_access_items", "reason", each.id), reason.strip())
            work.record(AuditAction.RECORDED, Target(TargetKind.SUBJECT_ACCESS, row.id, row.case_id), decision=allowed,
                        operation="subject_access.decide",
                        detail={"items": [each.id for each in chosen], "numbers": [each.number for each in chosen],
                                "decision": decision, "type": item.span_type})
            return _item_view(work, item, _source_titles(work, row.case_id), _staff_names(work))

    def extend(self, actor: Actor, request_id: str, *, months: int, reason: str) -> SubjectAccessView:
        """Extend the deadline of a complex request by one or two further months (two at most in all),
        with the reason (told to the requester, so it is recorded). Only before the deadline passes."""
        if not reason.strip():
            raise InvalidRequest("an extension needs its reason (why the request is complex)")
        with self._core.work(actor) as work:
            row, decision = work.load(Action.SUBJECT_ACCESS_RECORD, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            already = row.extended_months or 0
            if months not in (1, 2) or already + months > MAX_EXTENSION_MONTHS:
                raise InvalidRequest(f"a deadline may be extended by up to {MAX_EXTENSION_MONTHS} further months in all "
                                     f"({already} already)")
            if row.fulfilled_at is not None:
                raise InvalidRequest("the request was answered already")
            if work.today > row.due_on:
                raise InvalidRequest(f"the deadline ({row.due_on}) has passed: an extension is made before it")
            row.extended_months = already + months
            row.due_on = add_calendar_month(row.received_on, 1 + row.extended_months)
            row.extended_by, row.extended_at = actor.id, work.now
            earlier = work.fields.open_optional(row.case_id, Place("subject_access_requests", "extension_reason", row.id),
                                                row.extension_reason_sealed)
            text = reason.strip() if not earlier else f"{earlier}\n{reason.strip()}"
            row.extension_reason_sealed = work.fields.seal_text(row.case_id, Place("subject_access_requests", "extension_reason", row.id), text)
            work.record(AuditAction.UPDATED, Target(TargetKind.SUBJECT_ACCESS, row.id, row.case_id), decision=decision,
                        operation="subject_access.extend", detail={"months": months, "due_on": row.due_on.isoformat()})
            return subject_access_view(work, row, _reference(work, row.case_id))

    def hand_over(self, actor: Actor, request_id: str, *, note: str) -> SubjectAccessView:
        """Record that the reviewed response was handed to the requester (in person, by post, on a
        memory stick...): the request is fulfilled now, not when an archive was made."""
        if not note.strip():
            raise InvalidRequest("say how and to whom it was handed over")
        with self._core.work(actor) as work:
            row, decision = work.load(Action.SUBJECT_ACCESS_RECORD, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            if row.fulfilled_at is not None:
                raise InvalidRequest("the request was answered already")
            check_reviewed(work, row)
            row.fulfilled_at, row.fulfilled_by, row.delivered_how = work.now, actor.id, "hand-over"
            row.handover_note_sealed = work.fields.seal_text(row.case_id, Place("subject_access_requests", "handover_note", row.id), note.strip())
            work.record(AuditAction.RELEASED, Target(TargetKind.SUBJECT_ACCESS, row.id, row.case_id), decision=decision,
                        operation="subject_access.hand_over", detail={"delivered": "hand-over", "archive_sha256": row.archive_sha256})
            return subject_access_view(work, row, _reference(work, row.case_id))

    def export(self, actor: Actor, request_id: str, *, include_safeguarding: bool = False) -> Archive:
        """The reviewed response as a stream: the summary PDF first, the records (staff by name and role),
        each document (a text copy with other people's information removed where the review redacted
        some; withheld where it could not be read and the supporter withheld it), and a manifest.

        Refused until every item of the review is decided, and when anything changed since the review
        (a new note, a new document): nothing unreviewed leaves. Entries in the access log about
        safeguarding are withheld unless ``include_safeguarding`` (the number withheld is audited).
        A download by the requester themselves fulfils the request once its last byte left; a member of
        staff's download does not (they record the hand-over)."""
        return self._archive(actor, request_id, include_safeguarding=include_safeguarding, leaving=True)

    def _archive(self, actor: Actor, request_id: str, *, include_safeguarding: bool, leaving: bool) -> Archive:
        """The reviewed archive as a stream; ``leaving``: it goes out now (audited as ``exported``, and a
        requester's complete download fulfils the request), else it is kept (:meth:`release`)."""
        with self._core.read(actor) as work:
            row, _ = work.load(Action.SUBJECT_ACCESS_EXPORT, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            check_reviewed(work, row)
            response = gather(work, row, include_safeguarding=include_safeguarding)
            reviewed: dict[str, str] = work.fields.open_json(
                row.case_id, Place("subject_access_requests", "reviewed_sources", row.id), row.reviewed_sources_sealed or b"")
            redactions: dict[str, list[tuple[int, int, str]]] = {}
            withheld_documents: set[str] = set()
            for item in _items(work, row.id):
                if item.decision != "redact":
                    continue
                if item.span_type == UNREADABLE:
                    withheld_documents.add(item.source_id)
                else:
                    key = source_key(item.source, item.source_id, item.field)
                    redactions.setdefault(key, []).append((item.start, item.end, _open(work, item, "text")))
            extension_reason = work.fields.open_optional(row.case_id, Place("subject_access_requests", "extension_reason", row.id),
                                                         row.extension_reason_sealed)
            request = subject_access_view(work, row, response.case_reference)

        store = self._core.store()
        stale = [s for s in record_sources(response.sections) if reviewed.get(source_key(s.source, s.source_id, s.field)) != text_digest(s.text)]
        copies: dict[str, tuple[bytes, str]] = {}  # document id -> (redacted copy, "pdf" or "txt")
        for document in response.documents:
            data, texts = _read(store, document.id)
            parts = texts if texts is not None else [None]
            keys = [source_key("document", document.id, str(i)) for i in range(len(parts))]
            if any(reviewed.get(k) != text_digest(t) for k, t in zip(keys, parts, strict=True)) or \
                    sum(k.startswith(f"document/{document.id}/") for k in reviewed) != len(parts):
                stale.append(ReviewSource("document", document.id, "*", None))
            elif texts is not None and any(k in redactions for k in keys):
                text = "\n\n----\n\n".join(_redacted(t, redactions.get(k, [])) for k, t in zip(keys, texts, strict=True))
                pdf = pdf_without(data, [value for k in keys for _, _, value in redactions.get(k, [])])
                copies[document.id] = (pdf, "pdf") if pdf is not None else (text.encode("utf-8"), "txt")
        if stale:
            raise InvalidRequest(f"{len(stale)} record(s) or document(s) changed or were added since the review: "
                                 "run the review again (vault subject-access review) and decide the new items")
        redacted = sum(len(v) for v in redactions.values())
        for path, fields in REVIEWED_FIELDS.items():
            for record in response.sections.get(path, []):
                for field in fields:
                    spans = redactions.get(source_key(path, record["id"], field))
                    if spans:
                        record[field] = _redacted(record[field], spans)

        with self._core.work(actor) as work:
            row, decision = work.load(Action.SUBJECT_ACCESS_EXPORT, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            if leaving:
                work.record(AuditAction.EXPORTED, Target(TargetKind.SUBJECT_ACCESS, row.id, row.case_id), decision=decision,
                            detail={"documents": len(response.documents), "notes": len(response.sections["notes.json"]),
                                    "withheld_log_entries": response.withheld_log_entries, "redacted": redacted,
                                    "documents_withheld": len(withheld_documents), "documents_redacted": len(copies)})
            when = work.now

        included: list[tuple[DocumentView, str]] = []
        document_entries: list[tuple[ArchiveEntry, DocumentView]] = []
        for index, document in enumerate(response.documents, start=1):
            name = _SAFE.sub("_", document.filename or "document").strip() or "document"
            if document.id in withheld_documents:
                included.append((document, "withheld: it holds other people's information that could not be separated from yours"))
            elif document.id in copies:
                copy, suffix = copies[document.id]
                entry = ArchiveEntry(f"documents/{index:03d}-{name.removesuffix('.pdf')}.redacted.{suffix}", "document", data=copy)
                how = "other people's information blacked out" if suffix == "pdf" else "a text copy with other people's information removed"
                included.append((document, f"{how} ({entry.path})"))
                document_entries.append((entry, document))
            else:
                entry = ArchiveEntry(f"documents/{index:03d}-{name}", "document", open=functools.partial(store.open, document.id))
                included.append((document, f"as it was given ({entry.path})"))
                document_entries.append((entry, document))
        pdf = summary(response, asdict(request), generated_at=when, extension_reason=extension_reason, documents=included,
                      redacted=redacted)
        entries = [ArchiveEntry("summary.pdf", "summary", data=pdf)]
        entries += [ArchiveEntry(path, "record", data=_json(value)) for path, value in response.sections.items()]
        entries += [entry for entry, _ in document_entries]

        def manifest(records: list[EntryRecord]) -> bytes:
            return _json({
                "format": "send-vault subject access archive",
                "version": 2,
                "generated_at": when,
                "request": asdict(request),
                "subject": {"relation": response.subject.relation, "initials": response.subject.initials},
                "requester": {"relation": response.requester.relation, "initials": response.requester.initials},
                "files": [asdict(r) for r in records],
                "documents": [{"title": d.title, "uploaded_at": d.uploaded_at, "size": d.size, "included": how} for d, how in included],
                "redacted_passages": redacted,
            })

        def delivered() -> Iterator[bytes]:
            # The requester's own download fulfils the request once the last byte was handed over (one
            # abandoned part way leaves it open, and its deadline still counts).
            yield from stream_zip(entries, when=when, manifest=manifest)
            if leaving and str(actor.role) in REQUESTER_ROLES:
                self._fulfilled(actor, request.id, how="download")

        filename = f"subject-access-{response.case_reference}-{when:%Y%m%d}.zip"
        return Archive(filename, delivered())

    def release(self, actor: Actor, request_id: str, *, include_safeguarding: bool = False) -> SubjectAccessView:
        """Build the reviewed archive once and keep it, encrypted under the case key, as the response to
        deliver (:meth:`released`): what the requester gets is then exactly what was reviewed, and its
        SHA-256 is in the audit log. Releasing again replaces it (the earlier one is shredded). Slow
        (every document is read): the job ``subject_access.release`` runs it."""

        def read(work: Work) -> tuple[str, bytes, str]:
            row, _ = work.load(Action.SUBJECT_ACCESS_REVIEW, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            if row.fulfilled_at is not None:
                raise InvalidRequest("the request was answered already")
            check_reviewed(work, row)
            return row.case_id, work.wrapped_case_key(row.case_id), work.new_id()

        def slow(prepared: tuple[str, bytes, str]) -> tuple[PendingObject, str]:
            case_id, wrapped, object_id = prepared
            made = self._archive(actor, request_id, include_safeguarding=include_safeguarding, leaving=False)
            reader = _ChunkReader(made.chunks)
            pending = self._core.store().put_pending(object_id, reader, case_id=case_id, wrapped_case_key=wrapped)
            return pending, reader.sha256.hexdigest()

        replaced: list[str] = []

        def commit(work: Work, prepared: tuple[str, bytes, str], done: tuple[PendingObject, str]) -> SubjectAccessView:
            pending, digest = done
            row, decision = work.load(Action.SUBJECT_ACCESS_REVIEW, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
            if row.fulfilled_at is not None:
                raise InvalidRequest("the request was answered already")
            work.keystore.add_object_key(pending.key)
            if row.archive_object_id is not None and work.keystore.shred_object(row.archive_object_id, at=work.now):
                replaced.append(row.archive_object_id)
            row.archive_object_id, row.archive_sha256 = pending.key.object_id, digest
            row.archive_size, row.archive_built_at = pending.key.size, work.now
            work.record(AuditAction.CREATED, Target(TargetKind.SUBJECT_ACCESS, row.id, row.case_id), decision=decision,
                        operation="subject_access.release",
                        detail={"sha256": digest, "size": pending.key.size, "include_safeguarding": include_safeguarding})
            return subject_access_view(work, row, _reference(work, row.case_id))

        view = self._core.two_phase(actor, read=read, slow=slow, commit=commit, undo=lambda done: done[0].discard())
        if replaced:
            delete_bytes(self._core, replaced)
        return view

    def released(self, actor: Actor, request_id: str) -> Archive:
        """The released archive, streamed as it was built. The requester's own complete download fulfils
        the request; a member of staff's (to hand it over) does not."""
        with self._core.read(actor) as work:
            row, decision = work.load(Action.SUBJECT_ACCESS_EXPORT, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id,
                                      owner_of=_asked_by)
            if row.archive_object_id is None or row.archive_built_at is None:
                raise InvalidRequest("no response has been released yet: release it once the review is done")
            work.record(AuditAction.EXPORTED, Target(TargetKind.SUBJECT_ACCESS, row.id, row.case_id), decision=decision,
                        operation="subject_access.released", detail={"sha256": row.archive_sha256, "size": row.archive_size})
            object_id, built = row.archive_object_id, row.archive_built_at
            filename = f"subject-access-{_reference(work, row.case_id)}-{built:%Y%m%d}.zip"
        store = self._core.store()

        def delivered() -> Iterator[bytes]:
            reader = store.open(object_id)
            try:
                while block := reader.read(256 * 1024):
                    yield block
            finally:
                reader.close()
            if str(actor.role) in REQUESTER_ROLES:
                self._fulfilled(actor, request_id, how="download")

        return Archive(filename, delivered())

    def _fulfilled(self, actor: Actor, request_id: str, *, how: str) -> None:
        """The request's status only: the ``exported`` event was recorded when the archive started
        (the data began to leave then, whether or not it all arrived)."""
        with self._core.database.transaction() as session:
            row = session.get(SubjectAccessRequest, request_id, with_for_update=True)
            if row is not None and row.fulfilled_at is None:
                row.fulfilled_at, row.fulfilled_by, row.delivered_how = self._core.clock.now(), actor.id, how

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


def subject_access_view(work: Work, row: SubjectAccessRequest, reference: str) -> SubjectAccessView:
    if row.fulfilled_at is not None:
        status, days_left = "fulfilled", None
    else:
        days_left = (row.due_on - work.today).days
        status = "overdue" if days_left < 0 else "open"
    items, undecided = _counts(work, row.id)
    review = "not started" if row.assembled_at is None else ("ready" if undecided == 0 else "in review")
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
        review=review,
        items=items,
        undecided=undecided,
        extended_months=row.extended_months or 0,
        delivered_how=row.delivered_how,
        released_at=row.archive_built_at,
        released_sha256=row.archive_sha256,
    )


def _counts(work: Work, request_id: str) -> tuple[int, int]:
    total, undecided = work.session.execute(
        select(func.count(SubjectAccessItem.id), func.count(SubjectAccessItem.id).filter(SubjectAccessItem.decision.is_(None)))
        .where(SubjectAccessItem.request_id == request_id)
    ).one()
    return int(total), int(undecided)


def check_reviewed(work: Work, row: SubjectAccessRequest) -> None:
    """Refuse unless the review was run and every item decided."""
    if row.assembled_at is None:
        raise InvalidRequest("the response has not been reviewed yet: run the review (vault subject-access review) first")
    _, undecided = _counts(work, row.id)
    if undecided:
        raise InvalidRequest(f"{undecided} item(s) of other people's information are not decided yet: redact or keep each")


def _items(work: Work, request_id: str) -> list[SubjectAccessItem]:
    return list(work.session.scalars(
        select(SubjectAccessItem).where(SubjectAccessItem.request_id == request_id).order_by(SubjectAccessItem.number)))


def _open(work: Work, item: SubjectAccessItem, column: str) -> str:
    sealed = item.text_sealed if column == "text" else item.context_sealed
    return work.fields.open_text(item.case_id, Place("subject_access_items", column, item.id), sealed)


def _reason(work: Work, item: SubjectAccessItem) -> str | None:
    return work.fields.open_optional(item.case_id, Place("subject_access_items", "reason", item.id), item.reason_sealed)


def _span_key(source: str, source_id: str, field: str, start: int, end: int) -> tuple[str, str, str, int, int]:
    return source, source_id, field, start, end


def _staff_names(work: Work) -> dict[str, str]:
    return {s.id: f"{s.display_name} ({s.role.replace('_', ' ')})" for s in work.session.scalars(select(Staff))}


def _source_titles(work: Work, case_id: str) -> dict[str, str]:
    """How the supporter knows each source: a note by its date, a document by its title."""
    titles = {n.id: f"note of {n.created_at:%d %B %Y %H:%M}" for n in work.session.scalars(select(Note).where(Note.case_id == case_id))}
    for d in work.session.scalars(select(Document).where(Document.case_id == case_id)):
        title = work.fields.open_optional(case_id, Place("documents", "title", d.id), d.title_sealed)
        titles[d.id] = f"document '{title or 'untitled'}'"
    return titles


def _item_view(work: Work, item: SubjectAccessItem, titles: dict[str, str], staff: dict[str, str]) -> ReviewItemView:
    if item.source == "document":
        where = f"{titles.get(item.source_id, 'document')}, text {int(item.field) + 1}"
    else:
        kind = item.source.removesuffix(".json").rstrip("s")
        where = f"{titles.get(item.source_id, kind)} ({item.field.replace('_', ' ')})"
    return ReviewItemView(
        number=item.number, where=where, source=item.source, source_id=item.source_id, field=item.field,
        type=item.span_type, text=_open(work, item, "text"), context=_open(work, item, "context"),
        decision=item.decision, reason=_reason(work, item),
        decided_by=staff.get(item.decided_by or "", item.decided_by), decided_at=item.decided_at,
    )


def _reference(work: Work, case_id: str) -> str:
    case = work.session.get(Case, case_id)
    assert case is not None
    return case.reference


def _read(store: EncryptedStore, document_id: str) -> tuple[bytes, list[str] | None]:
    """A document's bytes and its texts as the redaction engine reads them."""
    reader = store.open(document_id)
    try:
        data = reader.read()
    finally:
        reader.close()
    return data, document_texts(data)


class _ChunkReader:
    """A readable over an iterator of byte chunks (the archive as it is made), hashing what passes."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self.sha256 = hashlib.sha256()

    def read(self, size: int = -1, /) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        taken, self._buffer = (self._buffer, b"") if size < 0 else (self._buffer[:size], self._buffer[size:])
        self.sha256.update(taken)
        return taken


def _redacted(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, value in spans:
        if text[start:end] != value:  # the digests matched, so this cannot happen; refuse rather than leak
            raise InvalidRequest("a reviewed passage is not where the review found it: run the review again")
    return apply_redactions(text, [(start, end) for start, end, _ in spans])


def _json(value: Any) -> bytes:
    return (json.dumps(value, indent=2, sort_keys=True, default=_default, ensure_ascii=False) + "\n").encode("utf-8")


def _default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write a {type(value).__name__} to JSON")

