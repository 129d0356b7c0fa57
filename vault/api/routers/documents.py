"""Documents: streamed in and out. Upload the raw bytes as the body; the title and file name travel
in headers, percent-encoded UTF-8 (they are personal, so never in the URL, which servers log). The
Content-Type sent is recorded as declared; the type the vault uses is sniffed from the content."""

from __future__ import annotations

import functools
from typing import Annotated
from urllib.parse import unquote

import anyio.to_thread
from fastapi import APIRouter, Header, Request
from fastapi.responses import Response, StreamingResponse

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import DocumentFlagsIn
from vault.api.streams import BlockingBody, content_disposition, iterate_blocks
from vault.errors import InvalidRequest
from vault.services import DocumentView, NewDocument
from vault.text_rules import check_line

router = APIRouter(tags=["documents"])

_FLAG = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}


def _text(name: str, value: str) -> str:
    """A header's text: percent-encoded UTF-8. Headers reach us as Latin-1, so raw UTF-8 bytes would be
    read as other letters ('cafÃ©'): anything not ASCII is refused, saying how to send it."""
    if not value.isascii():
        raise InvalidRequest(f"{name} holds raw non-ASCII bytes: percent-encode it (UTF-8, as in caf%C3%A9)")
    try:
        return check_line(unquote(value, errors="strict"), field=name, max_length=2000)
    except UnicodeDecodeError:
        raise InvalidRequest(f"{name} must be percent-encoded UTF-8") from None


def _flag(name: str, value: str | None) -> bool:
    if value is None:
        return False
    if value.lower() not in _FLAG:
        raise InvalidRequest(f"{name} is true or false")
    return _FLAG[value.lower()]


@router.post(
    "/cases/{case_id}/documents",
    status_code=201,
    openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
)
async def upload(
    case_id: str,
    request: Request,
    actor: CurrentActor,
    vault: VaultDep,
    x_title: Annotated[str, Header(description="percent-encoded UTF-8")],
    x_filename: Annotated[str, Header(description="percent-encoded UTF-8")],
    content_type: Annotated[str | None, Header(description="recorded as declared; the type used is sniffed")] = None,
    content_length: Annotated[int | None, Header()] = None,
    x_return_on_request: Annotated[str | None, Header()] = None,
    x_keep_on_file: Annotated[str | None, Header()] = None,
) -> DocumentView:
    new = NewDocument(
        title=_text("X-Title", x_title),
        filename=_text("X-Filename", x_filename),
        content_type=(content_type or "").split(";")[0].strip() or None,
        return_on_request=_flag("X-Return-On-Request", x_return_on_request),
        keep_on_file=_flag("X-Keep-On-File", x_keep_on_file),
    )
    body = BlockingBody(request.stream())
    upload_ = functools.partial(vault.documents.upload, actor, case_id, body, new, length=content_length)
    return await anyio.to_thread.run_sync(upload_)


@router.get("/cases/{case_id}/documents")
def list_documents(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[DocumentView]:
    return vault.documents.list(actor, case_id)


@router.get("/documents/{document_id}")
def describe(document_id: str, actor: CurrentActor, vault: VaultDep) -> DocumentView:
    return vault.documents.describe(actor, document_id)


@router.patch("/documents/{document_id}")
def set_flags(document_id: str, body: DocumentFlagsIn, actor: CurrentActor, vault: VaultDep) -> DocumentView:
    return vault.documents.set_flags(actor, document_id, **body.model_dump())


@router.get("/documents/{document_id}/content", response_class=StreamingResponse)
def download(document_id: str, actor: CurrentActor, vault: VaultDep) -> StreamingResponse:
    view, reader = vault.documents.open(actor, document_id)
    return StreamingResponse(
        iterate_blocks(reader),
        media_type=view.content_type,  # sniffed from the content, never the uploader's Content-Type
        headers={"Content-Disposition": content_disposition(view.filename), "Content-Length": str(view.size),
                 "X-Content-Type-Options": "nosniff"},
    )


@router.get("/documents/{document_id}/pages/{page}.png", response_class=Response,
            responses={200: {"content": {"image/png": {}}, "description": "the page as a PNG image"}})
def page_image(document_id: str, page: int, actor: CurrentActor, vault: VaultDep) -> Response:
    """A page of the document rendered on the server (checked and audited as a download is)."""
    return Response(vault.previews.page(actor, document_id, page), media_type="image/png")
