"""Logging in and out. ``/auth/token`` is the OAuth2 password form, so /docs can log in too."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Form
from pydantic import BaseModel

from vault.api.deps import CurrentActor, VaultDep, bearer_token
from vault.api.schemas import LoginIn

router = APIRouter(prefix="/auth", tags=["auth"])


class SessionOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    staff_id: str
    role: str


class MeOut(BaseModel):
    id: str
    username: str
    role: str


@router.post("/login")
def login(body: LoginIn, vault: VaultDep) -> SessionOut:
    result = vault.auth.login(body.username, body.password)
    return SessionOut(access_token=result.token, expires_at=result.expires_at, staff_id=result.actor.id, role=result.actor.role)


@router.post("/token", include_in_schema=True, summary="Log in (OAuth2 password form, for /docs)")
def token(username: Annotated[str, Form()], password: Annotated[str, Form()], vault: VaultDep) -> SessionOut:
    return login(LoginIn(username=username, password=password), vault)


@router.post("/logout", status_code=204)
def logout(vault: VaultDep, token: Annotated[str, Depends(bearer_token)]) -> None:
    vault.auth.logout(token)


@router.get("/me")
def me(actor: CurrentActor) -> MeOut:
    return MeOut(id=actor.id, username=actor.name, role=actor.role)
