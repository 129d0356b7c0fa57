"""Documents: uploaded as a stream into the encrypted store, read back as a stream.

The type is sniffed from the content as it streams (``redaction.formats.SniffingReader``: the first
bytes, the last, and for a ZIP or OLE2 file whose directory lies elsewhere one more pass over the
stored copy once it is durable), never taken from the uploader's Content-Type, which is recorded as
``declared_type`` only. Redaction, previews and downloads use the sniffed ``content_type``.

Upload order (the data flow in notes/architecture.md): the policy check; the object written and
durable in the store (its key kept back, no transaction held while the bytes arrive); then the
policy asked again, and the key row, the document row and the audit event committed together. A crash
before the commit leaves bytes no key row points at, which the orphan sweep removes; never a row
without bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from sqlalchemy import select

from redaction.formats import FileType, SniffingReader
from storage import (
    BackendError,
    CaseShredded,
    IntegrityError,
    ObjectNotFound,
    PendingObject,
    PlaintextReader,
    SourceError,
)
from vault.audit import AuditAction
from vault.db.models import Case, Document
from vault.errors import (
    Conflict,
    ContentUnavailable,
    InvalidRequest,
    NotFound,
    StorageUnavailable,
)
from vault.fields import Place
from vault.policy import Action, Actor, Decision, Target, TargetKind
from vault.services._work import Core, Work
from vault.services.family_notices import NoticeKind, tell_supporter
from vault.services.states import CaseStatus, DocumentState
from vault.text_rules import check_line

__all__ = [
    "DocumentService",
    "DocumentView",
    "NewDocument",
    "Readable",
    "RefusedType",
    "UploadTooLarge",
    "document_view",
    "held_document_ids",
    "storage_errors",
]


UNKNOWN_TYPE = "application/octet-stream"


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class NewDocument:
    title: str
    filename: str
    content_type: str | None = None  # what the uploader declared (None: nothing); recorded, never believed
    return_on_request: bool = False  # the parent expects it back when they ask
    keep_on_file: bool = False  # the parent asked the service to keep a copy even after a return


@dataclass(frozen=True)
class DocumentView:
    id: str
    case_id: str
    title: str | None
    filename: str | None
    content_type: str  # sniffed from the content; application/octet-stream for rows never sniffed
    size: int
    return_on_request: bool
    keep_on_file: bool
    state: str
    uploaded_by: str | None
    uploaded_at: datetime
    returned_at: datetime | None
    declared_type: str | None = None  # the uploader's Content-Type, as declared
    kind: str | None = None  # pdf, text, eml, docx, odt, doc, rtf, msg, image, zip, unknown


class UploadTooLarge(InvalidRequest):
    pass


class RefusedType(InvalidRequest):
    """The caller's rule refused the upload's sniffed type; nothing was kept."""


class DocumentService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def upload(self, actor: Actor, case_id: str, stream: Readable, new: NewDocument, *, length: int | None = None,
               refuse: Callable[[FileType], str | None] | None = None) -> DocumentView:
        """``refuse``: the caller's rule on the sniffed type (the web pages take documents only); a
        reason from it means nothing is kept, and :class:`RefusedType` says that reason."""
        new = _check_names(new)
        limit = self._core.rules.max_upload_bytes
        if length is not None and length > limit:
            raise UploadTooLarge(f"a document is at most {limit} bytes")
        tags = {"return-on-request": new.return_on_request, "keep-on-file": new.keep_on_file}

        # 1. May the actor add to this case? Asked before a byte is read (a refusal stores nothing).
        def read(work: Work) -> tuple[str, bytes, str]:
            case, _decision = _open_case_for_upload(work, case_id)
            return case.id, work.wrapped_case_key(case.id), work.new_id()

        # 2. The bytes, encrypted into the store and durable there with no transaction held while they
        #    arrive; their key is kept back (an orphan nobody can decrypt until step 3 commits it).
        def slow(prepared: tuple[str, bytes, str]) -> tuple[PendingObject, FileType]:
            real_case_id, wrapped, document_id = prepared
            sniffer = SniffingReader(_Limited(stream, limit))
            with storage_errors("nothing was stored"):
                pending = self._core.store().put_pending(document_id, sniffer, case_id=real_case_id,
                                                         wrapped_case_key=wrapped, tags=tags, length=length)
            try:
                with storage_errors("nothing was stored"):  # a ZIP's directory may need the stored copy read again
                    detected = sniffer.file_type(filename=new.filename, reopen=pending.open)
                if refuse is not None and (reason := refuse(detected)) is not None:
                    raise RefusedType(reason)
            except BaseException:
                pending.discard()
                raise
            return pending, detected

        # 3. The key, the row and the event commit together, the policy asked again under the lock
        #    (the actor may have been unassigned, or the case closed, while the bytes arrived).
        def commit(work: Work, prepared: tuple[str, bytes, str], done: tuple[PendingObject, FileType]) -> DocumentView:
            pending, detected = done
            case, decision = _open_case_for_upload(work, case_id)
            work.keystore.add_object_key(pending.key)
            row = Document(
                id=pending.key.object_id,
                case_id=case.id,
                content_type=detected.mime,
                declared_type=new.content_type,
                kind=detected.kind,
                size=pending.key.size,
                return_on_request=new.return_on_request,
                keep_on_file=new.keep_on_file,
                state=DocumentState.HELD,
                uploaded_by=actor.id,
                uploaded_at=work.now,
            )
            row.title_sealed = work.fields.seal_text(case.id, Place("documents", "title", row.id), new.title)
            row.filename_sealed = work.fields.seal_text(case.id, Place("documents", "filename", row.id), new.filename)
            work.session.add(row)
            work.session.flush()
            work.record(AuditAction.UPLOADED, Target(TargetKind.DOCUMENT, row.id, case.id), decision=decision,
                        detail={"size": pending.key.size, "kind": detected.kind})
            tell_supporter(work, case.id, NoticeKind.UPLOAD, row.id)
            return document_view(work, row)

        # Refused after all (or failed): the bytes are noise without their key; they go now rather than
        # being left to the sweep.
        return self._core.two_phase(actor, read=read, slow=slow, commit=commit, undo=lambda done: done[0].discard())

    def set_flags(
        self, actor: Actor, document_id: str, *, return_on_request: bool | None = None, keep_on_file: bool | None = None
    ) -> DocumentView:
        """Record what the parent asked about a held document after it was stored: that it comes back
        to them when they ask (return-on-request), or that the service keeps a copy even after a return
        (keep-on-file). The stored object's tags change with the row; a change is audited."""
        if return_on_request is None and keep_on_file is None:
            raise InvalidRequest("give return_on_request and/or keep_on_file")
        with self._core.work(actor) as work:
            row, decision = work.load(Action.DOCUMENT_UPDATE, Document, TargetKind.DOCUMENT, document_id)
            if row.state == DocumentState.DESTROYED:
                raise work.missing(Action.DOCUMENT_UPDATE, TargetKind.DOCUMENT, document_id)
            if row.state != DocumentState.HELD:
                raise Conflict(f"the document was {row.state}: only a held document's flags can change")
            changes: dict[str, bool] = {}
            if return_on_request is not None and return_on_request != row.return_on_request:
                changes["return_on_request"] = return_on_request
            if keep_on_file is not None and keep_on_file != row.keep_on_file:
                changes["keep_on_file"] = keep_on_file
            if changes:
                with storage_errors("nothing was changed"):
                    work.store.set_flags(row.id, return_on_request=changes.get("return_on_request"),
                                         keep_on_file=changes.get("keep_on_file"))
                for name, value in changes.items():
                    setattr(row, name, value)
                work.record(AuditAction.UPDATED, Target(TargetKind.DOCUMENT, row.id, row.case_id), decision=decision,
                            detail=changes)
            return document_view(work, row)

    def list(self, actor: Actor, case_id: str) -> list[DocumentView]:
        """The case's documents the actor may see (a volunteer: only those the parent shared)."""
        with self._core.read(actor) as work:
            case, decision = work.load(Action.DOCUMENT_LIST, Case, TargetKind.CASE, case_id)
            rows = [
                row
                for row in work.session.scalars(
                    select(Document)
                    .where(Document.case_id == case.id, Document.state != DocumentState.DESTROYED)
                    .order_by(Document.uploaded_at, Document.id)
                )
                if work.decide(Action.DOCUMENT_READ, Target(TargetKind.DOCUMENT, row.id, case.id, owner_id=row.uploaded_by)).allowed
            ]
            work.record_listing(case.id, decision, documents=[row.id for row in rows])
            return [document_view(work, row) for row in rows]

    def describe(self, actor: Actor, document_id: str) -> DocumentView:
        with self._core.read(actor) as work:
            row, decision = _readable(work, document_id)
            work.record(AuditAction.VIEWED, Target(TargetKind.DOCUMENT, row.id, row.case_id), decision=decision)
            return document_view(work, row)

    def open(self, actor: Actor, document_id: str) -> tuple[DocumentView, PlaintextReader]:
        """The document and a reader of its bytes (close it). The ``viewed`` event is committed
        only once the object opened, and before this returns; each chunk is authenticated before it
        is released."""
        reader: PlaintextReader | None = None
        try:
            with self._core.read(actor) as work:
                row, decision = _readable(work, document_id)
                with storage_errors("the document cannot be read now"):
                    reader = work.store.open(row.id)
                work.record(
                    AuditAction.VIEWED,
                    Target(TargetKind.DOCUMENT, row.id, row.case_id),
                    decision=decision,
                    detail={"content": True},
                )
                view = document_view(work, row)
        except BaseException:
            if reader is not None:
                reader.close()
            raise
        assert reader is not None
        return view, reader


def _open_case_for_upload(work: Work, case_id: str) -> tuple[Case, Decision]:
    case, decision = work.load(Action.DOCUMENT_UPLOAD, Case, TargetKind.CASE, case_id)
    if case.status != CaseStatus.OPEN:
        raise Conflict(f"case {case.reference} is closed: reopen it to add documents")
    return case, decision


def _readable(work: Work, document_id: str) -> tuple[Document, Decision]:
    row, decision = work.load(Action.DOCUMENT_READ, Document, TargetKind.DOCUMENT, document_id, owner_of=uploader)
    if row.state == DocumentState.DESTROYED:
        raise work.missing(Action.DOCUMENT_READ, TargetKind.DOCUMENT, document_id)
    return row, decision


def uploader(row: Document) -> str | None:
    """Whose a document is, for the owner's own rights (a child's account reads what it gave)."""
    return row.uploaded_by


def held_document_ids(work: Work, case_id: str, document_ids: tuple[str, ...]) -> list[str]:
    """The given ids, sorted, if each is a document held on the case; otherwise InvalidRequest."""
    wanted = sorted(set(document_ids))
    if not wanted:
        return []
    found = set(
        work.session.scalars(
            select(Document.id).where(
                Document.id.in_(wanted), Document.case_id == case_id, Document.state != DocumentState.DESTROYED
            )
        )
    )
    unknown = [doc for doc in wanted if doc not in found]
    if unknown:
        raise InvalidRequest(f"not documents of this case: {', '.join(unknown)}")
    return wanted


def document_view(work: Work, row: Document) -> DocumentView:
    open_ = work.fields.open_optional
    return DocumentView(
        id=row.id,
        case_id=row.case_id,
        title=open_(row.case_id, Place("documents", "title", row.id), row.title_sealed),
        filename=open_(row.case_id, Place("documents", "filename", row.id), row.filename_sealed),
        content_type=row.content_type if row.kind is not None else UNKNOWN_TYPE,
        size=row.size,
        return_on_request=row.return_on_request,
        keep_on_file=row.keep_on_file,
        state=row.state,
        uploaded_by=row.uploaded_by,
        uploaded_at=row.uploaded_at,
        returned_at=row.returned_at,
        declared_type=row.declared_type,
        kind=row.kind,
    )


@contextmanager
def storage_errors(consequence: str) -> Iterator[None]:
    """Storage failures as the vault's errors, each saying what it means for the caller."""
    try:
        yield
    except SourceError as error:
        raise InvalidRequest(f"the upload failed part way ({error}); {consequence}") from None
    except CaseShredded:
        raise NotFound("no such case (it was destroyed)") from None
    except IntegrityError:
        raise ContentUnavailable("the stored document failed its integrity check (damaged or tampered with)") from None
    except ObjectNotFound:
        raise ContentUnavailable("the stored document is missing from the object store") from None
    except BackendError as error:
        raise StorageUnavailable(f"the object store is unavailable ({error}); {consequence}") from None


def _check_names(new: NewDocument) -> NewDocument:
    """The title and file name by vault.text_rules (NFC, no control or bidirectional characters)."""
    title = check_line(new.title, field="a title", max_length=500)
    filename = check_line(new.filename, field="a file name", max_length=255)
    if not title.strip():
        raise InvalidRequest("a document needs a title")
    name = filename.strip()
    if not name or "/" in name or "\\" in name or name in (".", ".."):
        raise InvalidRequest("a file name is one name, without folders or control characters")
    if new.content_type is not None:
        if not 0 < len(new.content_type) <= 128 or "/" not in new.content_type or not new.content_type.isascii():
            raise InvalidRequest("content type must look like type/subtype")
        check_line(new.content_type, field="content type", max_length=128)
    return replace(new, title=title, filename=filename)


class _Limited:
    """Reads through, failing once more than ``limit`` bytes have come (so the store keeps nothing)."""

    def __init__(self, stream: Readable, limit: int) -> None:
        self._stream = stream
        self._left = limit

    def read(self, size: int = -1, /) -> bytes:
        block = self._stream.read(size)
        self._left -= len(block)
        if self._left < 0:
            raise UploadTooLarge("the document is larger than the upload limit; nothing was stored")
        return block
