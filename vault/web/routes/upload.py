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

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from vault.errors import NotFound
from vault.policy import Action
from vault.web.core import PREFIX, Page, SignedIn, WebRoute
from vault.web.forms import Errors
from vault.web.i18n import gettext as _
from vault.web.multipart import FilePart, MultipartError, PartReader, TextField
from vault.web.storing import read_streamed_form, store_part
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


def wants_json(request: Request) -> bool:
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
    received = _Received()

    def on_part(reader: PartReader, part: TextField | FilePart) -> None:
        if isinstance(part, TextField):
            _take_field(received, part)
        elif part.filename:
            if len(received.outcomes) >= MAX_FILES:
                raise MultipartError(f"send at most {MAX_FILES} files at a time")
            received.outcomes.append(_store(page, case_id, reader, part, received))

    await read_streamed_form(page, on_part, wrong_form=_("Send the form from the upload page"))
    outcomes = received.outcomes
    if wants_json(page.request):
        return JSONResponse({"files": [o.as_json() for o in outcomes]}, status_code=200 if outcomes else 400)
    stored = sum(o.error is None for o in outcomes)
    if outcomes and stored == len(outcomes):
        return RedirectResponse(f"{PREFIX}/cases/{case_id}/documents?uploaded={stored}", status_code=303)
    errors = outcome_errors(outcomes, none=_("Select at least one file to upload"))
    summary = page.vault.cases.view(page.actor, case_id)
    return _form(page, summary, errors, outcomes, status=400)


def outcome_errors(outcomes: list[Outcome], *, none: str) -> Errors:
    """Each file that was not stored, with why (against its row's file field); ``none`` if none came."""
    errors = Errors()
    for outcome in outcomes:
        if outcome.error:
            errors.add(f"file-{outcome.row}", _("%(file)s: %(reason)s", file=outcome.filename, reason=outcome.error))
    if not outcomes:
        errors.add("file-1", none)
    return errors


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


def _store(page: Page, case_id: str, reader: PartReader, part: FilePart, received: _Received) -> Outcome:
    row = _row_of(part.name) or len(received.outcomes) + 1
    wishes = received.rows.get(row, _Row())
    stored = store_part(page, case_id, reader, part, title=wishes.title, return_on_request=wishes.return_on_request,
                        keep_on_file=wishes.keep_on_file)
    if stored.document is None:
        return Outcome(row, stored.filename, error=stored.error)
    return Outcome(row, stored.filename, document_id=stored.document.id, title=stored.document.title)
