"""A file part of a streamed form, stored as a document of the case as its bytes arrive (the upload
page, and the signed consent form attached when consent is recorded).

The form is read part by part in a worker thread (:mod:`vault.web.multipart`): its CSRF token must
come first, its text fields before its files. A file's first bytes settle most types at once
(:mod:`vault.web.filetypes`); the rest flows into :meth:`vault.services.DocumentService.upload`
without being held whole anywhere.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio.to_thread

from vault.api.streams import BlockingBody
from vault.errors import Conflict, InvalidRequest, NotFound, StorageUnavailable
from vault.services import DocumentView, NewDocument
from vault.services.documents import RefusedType, UploadTooLarge
from vault.web.core import Page
from vault.web.csrf import FIELD as CSRF_FIELD
from vault.web.csrf import CsrfRefused
from vault.web.filetypes import HEAD_BYTES, early_refusal, refusal
from vault.web.i18n import gettext as _
from vault.web.multipart import FilePart, MultipartError, PartReader, TextField, boundary_of
from vault.web.templating import file_size

__all__ = ["Stored", "read_streamed_form", "store_part"]


@dataclass(frozen=True)
class Stored:
    filename: str
    document: DocumentView | None = None
    error: str | None = None


def file_name(part: FilePart) -> str:
    return posixpath.basename(part.filename.replace("\\", "/")).strip() or "document"


def store_part(page: Page, case_id: str, reader: PartReader, part: FilePart, *, title: str | None = None,
               return_on_request: bool = False, keep_on_file: bool = False) -> Stored:
    """The file part as a document of the case, or the reason it was not kept (the case itself being
    out of reach is the whole page's error, raised)."""
    filename = file_name(part)
    head = bytearray()
    while len(head) < HEAD_BYTES and (block := reader.read(HEAD_BYTES - len(head))):
        head += block
    early = early_refusal(bytes(head), whole=len(head) < HEAD_BYTES)
    if early is not None:
        return Stored(filename, error=_("The file cannot be uploaded: %(reason)s", reason=early))
    new = NewDocument(title=title or filename, filename=filename, content_type=_declared(part.content_type),
                      return_on_request=return_on_request, keep_on_file=keep_on_file)
    try:
        view = page.vault.documents.upload(page.actor, case_id, _Prefixed(bytes(head), reader), new, refuse=refusal)
    except RefusedType as refused:
        return Stored(filename, error=_("The file cannot be uploaded: %(reason)s", reason=str(refused)))
    except UploadTooLarge:
        limit = file_size(page.vault.rules.max_upload_bytes)
        return Stored(filename, error=_("The file is larger than %(limit)s: nothing was stored", limit=limit))
    except (NotFound, Conflict):
        raise  # the case is not the actor's to add to, or is closed: the whole page says so
    except StorageUnavailable:
        return Stored(filename, error=_("The document store is not available now: try this file again later"))
    except InvalidRequest as refused:
        return Stored(filename, error=_("The file could not be read: %(reason)s", reason=str(refused)))
    return Stored(filename, document=view)


async def read_streamed_form(page: Page, on_part: Callable[[PartReader, TextField | FilePart], Any], *,
                             wrong_form: str) -> None:
    """Read the request's multipart form in a worker thread, handing each part after the CSRF token
    (checked first) to ``on_part``; a file part left unread by it is skipped. ``wrong_form``: what
    to say when the body is not such a form."""
    try:
        boundary = boundary_of(page.request.headers.get("content-type"))
    except MultipartError:
        raise InvalidRequest(wrong_form) from None
    body = BlockingBody(page.request.stream())

    def receive() -> None:
        reader = PartReader(body, boundary)
        first = reader.next_part()
        if not (isinstance(first, TextField) and first.name == CSRF_FIELD and page.token_ok(first.value)):
            raise CsrfRefused()
        while (part := reader.next_part()) is not None:
            on_part(reader, part)

    try:
        await anyio.to_thread.run_sync(receive)
    except MultipartError as broken:
        raise InvalidRequest(_("The form could not be read: %(reason)s", reason=str(broken))) from None


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
