"""Previews: a document's pages as PNG images, for the web interface, with the policy of a download.

``page(actor, document_id, n)`` asks the policy exactly as a download does (``document.read``: a
refusal answers "not found" and writes no ``viewed`` event), and records exactly one ``viewed`` event
with ``content`` for a page shown. A page rendered once is kept as an object of the case, encrypted
under the case key like the document itself (never written in the clear: see :mod:`vault.previews`),
and destroyed with the document (a return) and with the case (retention, any case shred).

Rendering is slow, so it runs outside any transaction: the document is read under the policy, the
page rendered, then the policy asked again while the page is stored and the event committed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError as RowConflict

from vault.audit import AuditAction
from vault.db.models import Document, DocumentPreview
from vault.errors import Conflict, InvalidRequest
from vault.policy import Actor, Decision, Target, TargetKind
from vault.previews import PreviewLimits, PreviewUnavailable, Rendering, render
from vault.services._work import Core, Work
from vault.services.documents import _readable, storage_errors

__all__ = ["PreviewService", "PreviewUnavailableError", "forget_previews"]

OFFICE_WINDOW = 10  # pages rendered together where one conversion serves them all
Renderer = Callable[[bytes, Sequence[int]], Rendering]


class PreviewUnavailableError(Conflict):
    """The document cannot be shown as page images; the message says why (download it instead)."""


class PreviewService:
    def __init__(self, core: Core, *, renderer: Renderer | None = None, limits: PreviewLimits | None = None) -> None:
        self._core = core
        self._limits = limits or PreviewLimits()
        self._render = renderer or (lambda data, pages: render(data, pages, limits=self._limits))

    def page(self, actor: Actor, document_id: str, page: int) -> bytes:
        """Page ``page`` (from 1) of the document as a PNG."""
        if page < 1:
            raise InvalidRequest("pages count from 1")
        with self._core.read(actor) as work:
            row, decision = _readable(work, document_id)
            cached = _cached(work, row.id, page)
            if cached is not None:
                return _show(work, row, decision, page, _read(work, cached.id, limit=None))
            _check_page(work, row.id, page)
            source = _read(work, row.id, limit=self._limits.max_input_bytes)
        wanted = list(range(page, page + OFFICE_WINDOW))  # cheap kinds render only the first of these
        try:
            rendering = self._render(source, wanted if _converted(source) else [page])
        except PreviewUnavailable as error:
            raise PreviewUnavailableError(str(error)) from None
        if page not in rendering.images:
            raise InvalidRequest(f"the document has {rendering.pages} page(s)")
        try:
            return self._store(actor, document_id, page, rendering)
        except RowConflict:  # another request stored the same page first: show theirs
            return self.page(actor, document_id, page)

    def known_pages(self, actor: Actor, document_id: str) -> int | None:
        """How many pages the document has, once a page of it has been rendered (None before): a page
        offering "next" needs it. Checked as a read of the document; nothing of its content is shown,
        so no event is recorded (the page that asks records its own)."""
        with self._core.read(actor) as work:
            row, _decision = _readable(work, document_id)
            return work.session.scalar(select(DocumentPreview.pages).where(DocumentPreview.document_id == row.id).limit(1))

    def _store(self, actor: Actor, document_id: str, page: int, rendering: Rendering) -> bytes:
        with self._core.work(actor) as work:
            row, decision = _readable(work, document_id)
            taken = {p.page for p in work.session.scalars(select(DocumentPreview).where(DocumentPreview.document_id == row.id))}
            for number, image in rendering.images.items():
                if number in taken:
                    continue
                preview = DocumentPreview(id=work.new_id(), document_id=row.id, case_id=row.case_id, page=number,
                                          pages=rendering.pages, size=len(image), created_at=work.now)
                with storage_errors("no preview was kept"):
                    work.store.put(preview.id, io.BytesIO(image), case_id=row.case_id, length=len(image))
                work.session.add(preview)
            work.session.flush()
            return _show(work, row, decision, page, rendering.images[page])


def _cached(work: Work, document_id: str, page: int) -> DocumentPreview | None:
    return work.session.scalar(select(DocumentPreview).where(DocumentPreview.document_id == document_id,
                                                             DocumentPreview.page == page))


def _check_page(work: Work, document_id: str, page: int) -> None:
    """A page past the end, known from an earlier rendering, is refused before anything is read."""
    known = work.session.scalar(select(DocumentPreview.pages).where(DocumentPreview.document_id == document_id).limit(1))
    if known is not None and page > known:
        raise InvalidRequest(f"the document has {known} page(s)")


def _converted(data: bytes) -> bool:
    from vault.previews import kind_of

    return kind_of(data) == "office"


def _read(work: Work, object_id: str, *, limit: int | None) -> bytes:
    with storage_errors("nothing was shown"):
        reader = work.store.open(object_id)
        try:
            data = reader.read(-1 if limit is None else limit + 1)
        finally:
            reader.close()
    if limit is not None and len(data) > limit:
        raise PreviewUnavailableError(f"documents over {limit // (1024 * 1024)} MB are not previewed: download it instead")
    return data


def _show(work: Work, row: Document, decision: Decision, page: int, image: bytes) -> bytes:
    work.record(AuditAction.VIEWED, Target(TargetKind.DOCUMENT, row.id, row.case_id), decision=decision,
                detail={"content": True, "preview_page": page})
    return image


def forget_previews(work: Work, *, document_id: str | None = None, case_id: str | None = None) -> list[str]:
    """Shred the keys of a document's (or a whole case's) previews and delete their rows; returns their
    object ids, whose bytes go after the commit (a case's keys go with its case key anyway)."""
    query = select(DocumentPreview.id)
    query = query.where(DocumentPreview.document_id == document_id) if document_id else query.where(DocumentPreview.case_id == case_id)
    ids = list(work.session.scalars(query))
    if document_id:
        for object_id in ids:
            work.keystore.shred_object(object_id, at=work.now)
    work.session.execute(delete(DocumentPreview).where(DocumentPreview.id.in_(ids)))
    return ids
