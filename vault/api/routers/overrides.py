"""Safeguarding overrides."""

from __future__ import annotations

from fastapi import APIRouter

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import OverrideIn
from vault.services import OverrideView

router = APIRouter(tags=["safeguarding"])


@router.post("/cases/{case_id}/overrides", status_code=201)
def request_override(case_id: str, body: OverrideIn, actor: CurrentActor, vault: VaultDep) -> OverrideView:
    return vault.overrides.request(actor, case_id, concern=body.concern, hours=body.hours)


@router.get("/overrides/{override_id}")
def view(override_id: str, actor: CurrentActor, vault: VaultDep) -> OverrideView:
    return vault.overrides.view(actor, override_id)


@router.post("/overrides/{override_id}/approve")
def approve(override_id: str, actor: CurrentActor, vault: VaultDep) -> OverrideView:
    return vault.overrides.approve(actor, override_id)


@router.post("/overrides/{override_id}/end")
def end(override_id: str, actor: CurrentActor, vault: VaultDep) -> OverrideView:
    return vault.overrides.end(actor, override_id)
