"""Jobs: long work runs on a worker; the request that asks for it answers ``202 Accepted`` with the
job's URL in ``Location``, and the client follows ``GET /jobs/{id}`` until it has ended."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Response

from vault.api.deps import CurrentActor, VaultDep
from vault.jobs import JobView
from vault.api.schemas import TrainingExportIn
from vault.jobs.bodies.reports import request_quarterly_statistics, request_retention_apply
from vault.jobs.bodies.training import request_training_export

router = APIRouter(tags=["jobs"])


def accepted(response: Response, view: JobView) -> JobView:
    response.headers["Location"] = view.url
    return view


@router.get("/jobs")
def list_jobs(actor: CurrentActor, vault: VaultDep, limit: int = Query(50, ge=1, le=500)) -> list[JobView]:
    return vault.jobs.list(actor, limit=limit)


@router.get("/jobs/{job_id}")
def get_job(job_id: str, actor: CurrentActor, vault: VaultDep) -> JobView:
    return vault.jobs.get(actor, job_id)


@router.get("/jobs/{job_id}/result")
def job_result(job_id: str, actor: CurrentActor, vault: VaultDep) -> dict[str, Any] | None:
    return vault.jobs.result(actor, job_id)


@router.post("/jobs/{job_id}/cancel")
def cancel_job(job_id: str, actor: CurrentActor, vault: VaultDep) -> JobView:
    return vault.jobs.cancel(actor, job_id)


@router.post("/reports/statistics/jobs", status_code=202)
def quarterly_statistics(response: Response, actor: CurrentActor, vault: VaultDep,
                         quarter: str = Query(examples=["2026-Q3"])) -> JobView:
    return accepted(response, request_quarterly_statistics(vault, actor, quarter))


@router.post("/retention/apply", status_code=202)
def retention_apply(response: Response, actor: CurrentActor, vault: VaultDep) -> JobView:
    return accepted(response, request_retention_apply(vault, actor))


@router.post("/exports/training", status_code=202)
def training_export(body: TrainingExportIn, response: Response, actor: CurrentActor, vault: VaultDep) -> JobView:
    """The training-data export (consented cases only, redacted and re-read, no person in the loop)."""
    return accepted(response, request_training_export(vault, actor, body.destination, since=body.since, fmt=body.format,
                                                      workers=body.workers))
