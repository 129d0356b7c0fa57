"""What a case study is made from: the chosen documents' bytes and notes' text, read in the caller's
unit of work, and the case's identifiers to remove from them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import select

from vault.db.models import Case, Document, Note, Person
from vault.errors import Conflict, ContentUnavailable, InvalidRequest
from vault.services._work import Work
from vault.services.case_studies.identifiers import Identifiers, case_identifiers
from vault.services.case_studies.records import read_object
from vault.services.case_studies.redacting import Source
from vault.services.notes import note_view
from vault.services.states import CaseStatus, DocumentState

__all__ = ["SourceRef", "check_open", "check_refs", "identifiers_of", "read_sources", "still_held"]

SourceRef = tuple[int, str, str]  # position (from 1), kind (document or note), id


def check_open(case: Case) -> None:
    if case.status != CaseStatus.OPEN:
        raise Conflict(f"case {case.reference} is {case.status}: case studies are made from open cases")


def check_refs(work: Work, case_id: str, refs: Sequence[SourceRef]) -> None:
    """Each chosen source is a note of the case or a document it still holds (from the rows only)."""
    for _position, kind, source_id in refs:
        if kind == "note":
            note = work.session.get(Note, source_id)
            if note is None or note.case_id != case_id:
                raise InvalidRequest(f"not a note of this case: {source_id}")
            continue
        document = work.session.get(Document, source_id)
        if document is None or document.case_id != case_id or document.state == DocumentState.DESTROYED:
            raise InvalidRequest(f"not a document held on this case: {source_id}")


def identifiers_of(work: Work, case: Case, *, extra: dict[str, list[str]], terms: Sequence[str]) -> Identifiers:
    people = work.session.scalars(select(Person).where(Person.case_id == case.id).order_by(Person.created_at, Person.id))
    base = case_identifiers(work.fields, case, people, today=work.today, adult_age=work.rules.adult_age)
    return base.with_additions(extra, terms)


# (document id, recorded size) -> a call that reads its bytes later, bounded by that size
Loader = Callable[[str, int], Callable[[], bytes]]


def read_sources(work: Work, case_id: str, refs: Sequence[SourceRef], *, later: Loader | None = None) -> list[Source]:
    """Each chosen source, which must be a note of the case or a document it still holds.

    A document's type and size are checked from its row before any byte is read: one of a type no
    redactor handles, or larger than a document may be, or beyond what the case study may read in all,
    is not read; it fails with the reason and the others go on. With ``later``, a document's bytes are
    not read here at all: the source reads them (never more than its recorded size) when the redaction
    reaches it, so one document at a time is in memory."""
    from redaction.formats import refusal

    rules = work.rules
    budget = rules.case_study_max_source_bytes
    text_budget = 4 * rules.case_study_max_text_chars  # bytes of UTF-8 text: all the texts are held together
    sources = []
    for position, kind, source_id in refs:
        if kind == "note":
            note = work.session.get(Note, source_id)
            if note is None or note.case_id != case_id:
                raise InvalidRequest(f"not a note of this case: {source_id}")
            body = note_view(work, note).body.encode("utf-8")
            text_budget -= len(body)
            sources.append(Source(position, "note", "text/plain", body))
            continue
        document = work.session.get(Document, source_id)
        if document is None or document.case_id != case_id or document.state == DocumentState.DESTROYED:
            raise InvalidRequest(f"not a document held on this case: {source_id}")
        file_kind = document.kind or _sniffed(work, document.id)  # a row from before kinds were recorded
        problem = refusal(file_kind) if file_kind is not None else None
        if problem is not None and file_kind == "unknown":  # what it is instead, from its first bytes only
            problem = _unknown(work, document.id) or problem
        if problem is None and document.size > rules.case_study_max_document_bytes:
            problem = (f"the document is {document.size} bytes; at most {rules.case_study_max_document_bytes} are "
                       "redacted for a case study")
        elif problem is None and file_kind == "text" and document.size > text_budget:
            problem = (f"the texts chosen hold more than {rules.case_study_max_text_chars} characters together "
                       "(the most a case study redacts); this one was not read: make a second case study of the rest")
        elif problem is None and document.size > budget:
            problem = (f"the documents chosen hold more than {rules.case_study_max_source_bytes} bytes together; "
                       "this one was not read: make a second case study of the rest")
        if problem is not None:
            sources.append(Source(position, "document", document.content_type, b"", problem=problem, file_kind=file_kind))
            continue
        budget -= document.size
        if file_kind == "text":
            text_budget -= document.size
        if later is not None:
            sources.append(Source(position, "document", document.content_type, b"", file_kind=file_kind,
                                  load=later(document.id, document.size)))
            continue
        try:
            data = read_object(work, document.id, consequence="it was left out", limit=document.size)
        except ContentUnavailable as error:  # damaged or missing bytes: this item fails, the others go on
            sources.append(Source(position, "document", document.content_type, b"", problem=str(error), file_kind=file_kind))
            continue
        sources.append(Source(position, "document", document.content_type, data, file_kind=file_kind))
    return sources


def _sniffed(work: Work, document_id: str) -> str | None:
    from redaction.formats import sniff
    from redaction.formats.sniff import HEAD

    try:
        return sniff(read_object(work, document_id, consequence="it was left out", limit=HEAD, whole=False)[:HEAD]).kind
    except ContentUnavailable:
        return None


def _unknown(work: Work, document_id: str) -> str | None:
    from redaction.formats import refusal, sniff
    from redaction.formats.sniff import HEAD

    try:
        head = read_object(work, document_id, consequence="it was left out", limit=HEAD, whole=False)
    except ContentUnavailable as error:
        return str(error)
    return refusal("unknown", detail=sniff(head[:HEAD]).detail)


def still_held(work: Work, case_id: str, refs: Sequence[SourceRef]) -> None:
    """After the redaction ran (outside any transaction): a document returned and destroyed meanwhile is
    not drafted from."""
    documents = [source_id for _, kind, source_id in refs if kind == "document"]
    if not documents:
        return
    held = set(work.session.scalars(select(Document.id).where(
        Document.id.in_(documents), Document.case_id == case_id, Document.state != DocumentState.DESTROYED)))
    gone = [doc for doc in documents if doc not in held]
    if gone:
        raise Conflict(f"documents destroyed while the case study was being drafted: {', '.join(gone)}; draft again")
