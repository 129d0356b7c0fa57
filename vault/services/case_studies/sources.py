"""What a case study is made from: the chosen documents' bytes and notes' text, read in the caller's
unit of work, and the case's identifiers to remove from them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from vault.db.models import Case, Document, Note, Person
from vault.errors import Conflict, ContentUnavailable, InvalidRequest
from vault.services._work import Work
from vault.services.case_studies.identifiers import Identifiers, case_identifiers
from vault.services.case_studies.records import read_object
from vault.services.case_studies.redacting import Source
from vault.services.notes import note_view
from vault.services.states import CaseStatus, DocumentState

__all__ = ["SourceRef", "check_open", "identifiers_of", "read_sources", "still_held"]

SourceRef = tuple[int, str, str]  # position (from 1), kind (document or note), id


def check_open(case: Case) -> None:
    if case.status != CaseStatus.OPEN:
        raise Conflict(f"case {case.reference} is {case.status}: case studies are made from open cases")


def identifiers_of(work: Work, case: Case, *, extra: dict[str, list[str]], terms: Sequence[str]) -> Identifiers:
    people = work.session.scalars(select(Person).where(Person.case_id == case.id).order_by(Person.created_at, Person.id))
    base = case_identifiers(work.fields, case, people, today=work.today, adult_age=work.rules.adult_age)
    return base.with_additions(extra, terms)


def read_sources(work: Work, case_id: str, refs: Sequence[SourceRef]) -> list[Source]:
    """Each chosen source, which must be a note of the case or a document it still holds."""
    sources = []
    for position, kind, source_id in refs:
        if kind == "note":
            note = work.session.get(Note, source_id)
            if note is None or note.case_id != case_id:
                raise InvalidRequest(f"not a note of this case: {source_id}")
            sources.append(Source(position, "note", "text/plain", note_view(work, note).body.encode("utf-8")))
            continue
        document = work.session.get(Document, source_id)
        if document is None or document.case_id != case_id or document.state == DocumentState.DESTROYED:
            raise InvalidRequest(f"not a document held on this case: {source_id}")
        try:
            data = read_object(work, document.id, consequence="it was left out")
        except ContentUnavailable as error:  # damaged or missing bytes: this item fails, the others go on
            sources.append(Source(position, "document", document.content_type, b"", problem=str(error)))
            continue
        sources.append(Source(position, "document", document.content_type, data))
    return sources


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
