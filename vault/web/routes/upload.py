"""Uploading several documents at once, each streamed into the store as it arrives.

Without JavaScript: one form with a row per document (title, the parent's wishes, the file), posted
whole; the answer lists what was stored and, for each file that was not, why. With JavaScript
(static/app.js): files dropped or chosen are sent one request each to the same address, with a
progress bar per file, and the answer is JSON.

The body is read part by part (:mod:`vault.web.multipart`): the CSRF token must come first, each
row's title and choices before its file, and each file flows through the type check (its first bytes)
into :meth:`vault.services.DocumentService.upload` without being held whole anywhere; its type is
what ``redaction.formats.sniff`` reads from the content (:mod:`vault.web.filetypes` says which kinds a
page takes).
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass, field
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from vault.api.streams import BlockingBody
from vault.errors import Conflict, InvalidRequest, NotFound, StorageUnavailable
from vault.policy import Action
from vault.services import NewDocument
from vault.services.documents import RefusedType, UploadTooLarge
from vault.web.core import PREFIX, Page, SignedIn, WebRoute
from vault.web.csrf import FIELD as CSRF_FIELD
from vault.web.csrf import CsrfRefused
from vault.web.filetypes import HEAD_BYTES, early_refusal, refusal
from vault.web.forms import Errors
from vault.web.i18n import gettext as _
from vault.web.multipart import FilePart, MultipartError, PartReader, TextField, boundary_of
from vault.web.templating import file_size

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

ROWS = 5  # rows on the form without JavaScript
MAX_FILES = 20  # files in one request


@dataclass
class _Row:
    title: str = ""
    return_on_request: bool = False
    keep_on_file: bool = False


@dataclass
class Outcome:
    row: int
    filename: str
    document_id: str | None = None
    title: str | None = None
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "filename": self.filename, "ok": self.error is None, "document_id": self.document_id,
                "title": self.title, "error": self.error}


@dataclass
class _Received:
    outcomes: list[Outcome] = field(default_factory=list)
    rows: dict[int, _Row] = field(default_factory=dict)


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


@router.get("/cases/{case_id}/upload")
def upload_form(page: SignedIn, case_id: str) -> Response:
    summary = page.vault.cases.view(page.actor, case_id)
    if Action.DOCUMENT_UPLOAD not in page.vault.abilities.on_case(page.actor, case_id, [Action.DOCUMENT_UPLOAD]):
        raise NotFound("no such page")
    return _form(page, summary, Errors(), [], status=200)


def _form(page: Page, summary: Any, errors: Errors, outcomes: list[Outcome], *, status: int) -> Response:
    title = _("Upload documents")
    limit = file_size(page.vault.rules.max_upload_bytes)
    return page.render("upload.html", title=title if not errors else _("Error: %(title)s", title=title), status=status,
                       nav="cases", case=summary, rows=range(1, ROWS + 1), errors=errors, outcomes=outcomes, limit=limit)


@router.post("/cases/{case_id}/upload")
async def upload(page: SignedIn, case_id: str) -> Response:
    request = page.request
    try:
        boundary = boundary_of(request.headers.get("content-type"))
    except MultipartError:
        raise InvalidRequest(_("Send the form from the upload page")) from None
    body = BlockingBody(request.stream())
    receive = functools.partial(_receive, page, case_id, body, boundary)
    try:
        received = await anyio.to_thread.run_sync(receive)
    except MultipartError as broken:
        raise InvalidRequest(_("The upload could not be read: %(reason)s", reason=str(broken))) from None
    outcomes = received.outcomes
    if _wants_json(request):
        return JSONResponse({"files": [o.as_json() for o in outcomes]}, status_code=200 if outcomes else 400)
    stored = sum(o.error is None for o in outcomes)
    if outcomes and stored == len(outcomes):
        return RedirectResponse(f"{PREFIX}/cases/{case_id}/documents?uploaded={stored}", status_code=303)
    errors = Errors()
    for outcome in outcomes:
        if outcome.error:
            errors.add(f"file-{outcome.row}", _("%(file)s: %(reason)s", file=outcome.filename, reason=outcome.error))
    if not outcomes:
        errors.add("file-1", _("Select at least one file to upload"))
    summary = page.vault.cases.view(page.actor, case_id)
    return _form(page, summary, errors, outcomes, status=400)


def _receive(page: Page, case_id: str, body: BlockingBody, boundary: bytes) -> _Received:
    """In a worker thread: every part in order, each file stored (or refused) as it streams past."""
    reader = PartReader(body, boundary)
    first = reader.next_part()
    if not (isinstance(first, TextField) and first.name == CSRF_FIELD and page.token_ok(first.value)):
        raise CsrfRefused()
    received = _Received()
    while (part := reader.next_part()) is not None:
        if isinstance(part, TextField):
            _take_field(received, part)
        elif part.filename:
            if len(received.outcomes) >= MAX_FILES:
                raise MultipartError(f"send at most {MAX_FILES} files at a time")
            received.outcomes.append(_store(page, case_id, reader, part, received))
    return received


def _row_of(name: str) -> int | None:
    prefix, _sep, number = name.rpartition("-")
    return int(number) if prefix and number.isdigit() and 0 < int(number) <= 1000 else None


def _take_field(received: _Received, part: TextField) -> None:
    row = _row_of(part.name)
    if row is None:
        return
    state = received.rows.setdefault(row, _Row())
    kind = part.name.rpartition("-")[0]
    if kind == "title":
        state.title = part.value.strip()
    elif kind == "return":
        state.return_on_request = part.value == "yes"
    elif kind == "keep":
        state.keep_on_file = part.value == "yes"


def _declared(content_type: str) -> str | None:
    """What the browser said the file is, recorded as declared (never used) when it is plausible."""
    value = content_type.split(";")[0].strip()
    ok = 0 < len(value) <= 128 and value.count("/") == 1 and value.isascii() and value.isprintable()
    return value if ok else None


class _Prefixed:
    """The bytes already read for the type check, then the rest of the part."""

    def __init__(self, head: bytes, rest: PartReader) -> None:
        self._head, self._rest = head, rest

    def read(self, size: int = -1, /) -> bytes:
        if self._head:
            take = self._head if size < 0 else self._head[:size]
            self._head = self._head[len(take):]
            return take
        return self._rest.read(size)


def _store(page: Page, case_id: str, reader: PartReader, part: FilePart, received: _Received) -> Outcome:
    row = _row_of(part.name) or len(received.outcomes) + 1
    wishes = received.rows.get(row, _Row())
    filename = posixpath.basename(part.filename.replace("\\", "/")).strip() or "document"
    head = bytearray()
    while len(head) < HEAD_BYTES and (block := reader.read(HEAD_BYTES - len(head))):
        head += block
    early = early_refusal(bytes(head), whole=len(head) < HEAD_BYTES)
    if early is not None:
        return Outcome(row, filename, error=_("The file cannot be uploaded: %(reason)s", reason=early))
    new = NewDocument(title=wishes.title or filename, filename=filename, content_type=_declared(part.content_type),
                      return_on_request=wishes.return_on_request, keep_on_file=wishes.keep_on_file)
    try:
        view = page.vault.documents.upload(page.actor, case_id, _Prefixed(bytes(head), reader), new, refuse=refusal)
    except RefusedType as refused:
        return Outcome(row, filename, error=_("The file cannot be uploaded: %(reason)s", reason=str(refused)))
    except UploadTooLarge:
        limit = file_size(page.vault.rules.max_upload_bytes)
        return Outcome(row, filename, error=_("The file is larger than %(limit)s: nothing was stored", limit=limit))
    except (NotFound, Conflict):
        raise  # the case is not the actor's to add to, or is closed: the whole page says so
    except StorageUnavailable:
        return Outcome(row, filename, error=_("The document store is not available now: try this file again later"))
    except InvalidRequest as refused:
        return Outcome(row, filename, error=_("The file could not be read: %(reason)s", reason=str(refused)))
    return Outcome(row, filename, document_id=view.id, title=view.title)
