"""Verifying the audit chain."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from vault.api.deps import CurrentActor, VaultDep

router = APIRouter(prefix="/audit", tags=["audit"])


class VerifyOut(BaseModel):
    whole: bool
    events: int
    head: str
    problems: list[str]


@router.get("/verify")
def verify(actor: CurrentActor, vault: VaultDep) -> VerifyOut:
    report = vault.audit.verify(actor)
    return VerifyOut(
        whole=report.ok,
        events=report.events,
        head=f"{report.last_seq}:{report.last_hash}",
        problems=[str(problem) for problem in report.breaks],
    )
