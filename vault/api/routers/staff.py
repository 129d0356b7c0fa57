"""Staff accounts (administrators). A password or a second factor can be reset, never set or read."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import StaffIn
from vault.services import StaffView

router = APIRouter(prefix="/staff", tags=["staff"])


class ResetOut(BaseModel):
    staff_id: str
    username: str
    reset_token: str  # shown once: the member of staff uses it at POST /auth/password/reset to choose a password
    expires_at: datetime


@router.get("")
def list_staff(actor: CurrentActor, vault: VaultDep) -> list[StaffView]:
    return vault.staff.list(actor)


@router.post("", status_code=201)
def add_staff(body: StaffIn, actor: CurrentActor, vault: VaultDep) -> StaffView:
    return vault.staff.add(actor, username=body.username, role=body.role, password=body.password, display_name=body.display_name,
                           dbs_checked_on=body.dbs_checked_on)


@router.post("/{staff_id}/deactivate")
def deactivate(staff_id: str, actor: CurrentActor, vault: VaultDep) -> StaffView:
    return vault.staff.deactivate(actor, staff_id)


@router.post("/{staff_id}/reset", summary="Reset a password: the old one stops working; the owner chooses a new one")
def reset_password(staff_id: str, actor: CurrentActor, vault: VaultDep) -> ResetOut:
    reset = vault.staff.reset_password(actor, staff_id)
    return ResetOut(staff_id=reset.staff_id, username=reset.username, reset_token=reset.token, expires_at=reset.expires_at)


@router.post("/{staff_id}/totp-reset", summary="Reset a second factor: the owner enrols again at their next sign-in")
def reset_second_factor(staff_id: str, actor: CurrentActor, vault: VaultDep) -> StaffView:
    return vault.staff.reset_second_factor(actor, staff_id)
