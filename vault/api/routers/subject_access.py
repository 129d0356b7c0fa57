"""Subject access requests and their archives."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import SubjectAccessIn
from vault.api.streams import content_disposition
from vault.services import SubjectAccessView

router = APIRouter(tags=["subject access"])


@router.post("/cases/{case_id}/subject-access-requests", status_code=201)
def record_request(case_id: str, body: SubjectAccessIn, actor: CurrentActor, vault: VaultDep) -> SubjectAccessView:
    return vault.subject_access.record(actor, case_id, **body.model_dump())


@router.get("/cases/{case_id}/subject-access-requests")
def list_requests(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[SubjectAccessView]:
    return vault.subject_access.list(actor, case_id)


@router.post("/subject-access-requests/{request_id}/archive", response_class=StreamingResponse)
def archive(request_id: str, actor: CurrentActor, vault: VaultDep, include_safeguarding: bool = False) -> StreamingResponse:
    made = vault.subject_access.export(actor, request_id, include_safeguarding=include_safeguarding)
    return StreamingResponse(
        made.chunks, media_type="application/zip", headers={"Content-Disposition": content_disposition(made.filename)}
    )
