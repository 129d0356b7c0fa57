"""Staff accounts (administrators)."""

from __future__ import annotations

from fastapi import APIRouter

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import PasswordIn, StaffIn
from vault.services import StaffView

router = APIRouter(prefix="/staff", tags=["staff"])


@router.get("")
def list_staff(actor: CurrentActor, vault: VaultDep) -> list[StaffView]:
    return vault.staff.list(actor)


@router.post("", status_code=201)
def add_staff(body: StaffIn, actor: CurrentActor, vault: VaultDep) -> StaffView:
    return vault.staff.add(actor, username=body.username, role=body.role, password=body.password, display_name=body.display_name)


@router.post("/{staff_id}/deactivate")
def deactivate(staff_id: str, actor: CurrentActor, vault: VaultDep) -> StaffView:
    return vault.staff.deactivate(actor, staff_id)


@router.post("/{staff_id}/password", status_code=204)
def set_password(staff_id: str, body: PasswordIn, actor: CurrentActor, vault: VaultDep) -> None:
    vault.staff.set_password(actor, staff_id, body.password)
