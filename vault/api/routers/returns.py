"""Return on request: record the parent's request, release the document (streamed), complete; or
withdraw the request if the parent changes their mind before the release."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import ReleaseIn
from vault.api.streams import content_disposition, iterate_blocks
from vault.services import ReturnView

router = APIRouter(tags=["returns"])


@router.post("/documents/{document_id}/return-requests", status_code=201)
def request_return(document_id: str, actor: CurrentActor, vault: VaultDep) -> ReturnView:
    return vault.returns.request(actor, document_id)


@router.get("/cases/{case_id}/return-requests")
def list_returns(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[ReturnView]:
    return vault.returns.list(actor, case_id)


@router.post("/return-requests/{request_id}/release", response_class=StreamingResponse)
def release(request_id: str, body: ReleaseIn, actor: CurrentActor, vault: VaultDep) -> StreamingResponse:
    _request, document, reader = vault.returns.release(actor, request_id, to=body.to, solicitor=body.solicitor)
    return StreamingResponse(
        iterate_blocks(reader),
        media_type=document.content_type,
        headers={"Content-Disposition": content_disposition(document.filename), "Content-Length": str(document.size)},
    )


@router.post("/return-requests/{request_id}/complete")
def complete(request_id: str, actor: CurrentActor, vault: VaultDep) -> ReturnView:
    return vault.returns.complete(actor, request_id)


@router.post("/return-requests/{request_id}/withdraw")
def withdraw(request_id: str, actor: CurrentActor, vault: VaultDep) -> ReturnView:
    return vault.returns.withdraw(actor, request_id)
