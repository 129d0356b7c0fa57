"""Subject access requests: recorded, reviewed (other people's information found by the redaction
engine as a job, then decided item by item), extended when complex, released as a streamed archive,
and fulfilled when delivered (a hand-over recorded here, or the requester's own download)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import StreamingResponse

from vault.api.deps import CurrentActor, VaultDep
from vault.api.routers.jobs import accepted
from vault.api.schemas import SubjectAccessDecisionIn, SubjectAccessExtensionIn, SubjectAccessHandOverIn, SubjectAccessIn
from vault.api.streams import content_disposition
from vault.jobs import JobView
from vault.jobs.bodies.subject_access import request_subject_access_release, request_subject_access_review
from vault.services import ReviewItemView, SubjectAccessView

router = APIRouter(tags=["subject access"])


@router.post("/cases/{case_id}/subject-access-requests", status_code=201)
def record_request(case_id: str, body: SubjectAccessIn, actor: CurrentActor, vault: VaultDep) -> SubjectAccessView:
    return vault.subject_access.record(actor, case_id, **body.model_dump())


@router.get("/cases/{case_id}/subject-access-requests")
def list_requests(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[SubjectAccessView]:
    return vault.subject_access.list(actor, case_id)


@router.post("/subject-access-requests/{request_id}/review", status_code=202)
def review(request_id: str, response: Response, actor: CurrentActor, vault: VaultDep) -> JobView:
    """Run the review as a job: the redaction engine reads everything the response would release (again
    after anything was added; decisions already made on the same passages are kept)."""
    return accepted(response, request_subject_access_review(vault, actor, request_id))


@router.get("/subject-access-requests/{request_id}/items")
def review_items(request_id: str, actor: CurrentActor, vault: VaultDep) -> list[ReviewItemView]:
    return vault.subject_access.items(actor, request_id)


@router.post("/subject-access-requests/{request_id}/items/{number}/decision")
def decide(request_id: str, number: int, body: SubjectAccessDecisionIn, actor: CurrentActor, vault: VaultDep) -> ReviewItemView:
    return vault.subject_access.decide(actor, request_id, number, decision=body.decision, reason=body.reason,
                                       everywhere=body.everywhere)


@router.post("/subject-access-requests/{request_id}/extension")
def extend(request_id: str, body: SubjectAccessExtensionIn, actor: CurrentActor, vault: VaultDep) -> SubjectAccessView:
    return vault.subject_access.extend(actor, request_id, months=body.months, reason=body.reason)


@router.post("/subject-access-requests/{request_id}/hand-over")
def hand_over(request_id: str, body: SubjectAccessHandOverIn, actor: CurrentActor, vault: VaultDep) -> SubjectAccessView:
    return vault.subject_access.hand_over(actor, request_id, note=body.note)


@router.post("/subject-access-requests/{request_id}/release", status_code=202)
def release(request_id: str, response: Response, actor: CurrentActor, vault: VaultDep, include_safeguarding: bool = False) -> JobView:
    """Build the reviewed archive once and keep it for delivery (a job): what is delivered is then
    exactly what was reviewed, with its SHA-256 in the audit log."""
    return accepted(response, request_subject_access_release(vault, actor, request_id, include_safeguarding=include_safeguarding))


@router.get("/subject-access-requests/{request_id}/released", response_class=StreamingResponse)
def released(request_id: str, actor: CurrentActor, vault: VaultDep) -> StreamingResponse:
    made = vault.subject_access.released(actor, request_id)
    return StreamingResponse(
        made.chunks, media_type="application/zip", headers={"Content-Disposition": content_disposition(made.filename)}
    )


@router.post("/subject-access-requests/{request_id}/archive", response_class=StreamingResponse)
def archive(request_id: str, actor: CurrentActor, vault: VaultDep, include_safeguarding: bool = False) -> StreamingResponse:
    made = vault.subject_access.export(actor, request_id, include_safeguarding=include_safeguarding)
    return StreamingResponse(
        made.chunks, media_type="application/zip", headers={"Content-Disposition": content_disposition(made.filename)}
    )
