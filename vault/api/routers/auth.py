"""Signing in and out, the second factor, and passwords (each member of staff's own).
``/auth/token`` is the OAuth2 password form, so /docs can sign in too.

What hashes a password runs in worker threads of its own, a few at a time per process: a burst of
sign-ins waits on the event loop (or is told to come back) instead of taking every thread of the pool
that serves all other requests.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, TypeVar

import anyio
import anyio.to_thread
from fastapi import APIRouter, Depends, Form, Request
from pydantic import BaseModel

from vault.api.deps import CurrentActor, VaultDep, bearer_token, client_address
from vault.api.schemas import CodeIn, LoginIn, PasswordChangeIn, PasswordResetIn

router = APIRouter(prefix="/auth", tags=["auth"])
_T = TypeVar("_T")
SIGN_IN_THREADS = 4


async def _hashing(request: Request, call: Callable[[], _T]) -> _T:
    limiter: anyio.CapacityLimiter | None = getattr(request.app.state, "sign_in_limiter", None)
    if limiter is None:
        limiter = request.app.state.sign_in_limiter = anyio.CapacityLimiter(SIGN_IN_THREADS)
    return await anyio.to_thread.run_sync(call, limiter=limiter)


class SessionOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    staff_id: str
    role: str
    scope: str  # "full", or "enrol": set up the second factor (POST /auth/totp/enrol) before anything else


class MeOut(BaseModel):
    id: str
    username: str
    role: str


class EnrolmentOut(BaseModel):
    secret: str  # base32, to type into the authenticator app
    uri: str  # otpauth://totp/..., to show as a QR code


@router.post("/login")
async def login(body: LoginIn, request: Request, vault: VaultDep) -> SessionOut:
    sign_in = functools.partial(vault.auth.login, body.username, body.password, code=body.code, client=client_address(request))
    result = await _hashing(request, sign_in)
    return SessionOut(access_token=result.token, expires_at=result.expires_at, staff_id=result.actor.id,
                      role=result.actor.role, scope=result.scope)


@router.post("/token", include_in_schema=True, summary="Log in (OAuth2 password form, for /docs)")
async def token(username: Annotated[str, Form(max_length=200)], password: Annotated[str, Form(max_length=1024)], request: Request,
                vault: VaultDep, code: Annotated[str | None, Form(max_length=16)] = None) -> SessionOut:
    return await login(LoginIn(username=username, password=password, code=code), request, vault)


@router.post("/logout", status_code=204)
def logout(vault: VaultDep, token: Annotated[str, Depends(bearer_token)]) -> None:
    vault.auth.logout(token)


@router.get("/me")
def me(actor: CurrentActor) -> MeOut:
    return MeOut(id=actor.id, username=actor.name, role=actor.role)


@router.post("/totp/enrol", summary="Start setting up your second factor (the secret is shown once)")
def enrol(vault: VaultDep, token: Annotated[str, Depends(bearer_token)]) -> EnrolmentOut:
    enrolment = vault.auth.enrol_second_factor(token)
    return EnrolmentOut(secret=enrolment.secret, uri=enrolment.uri)


@router.post("/totp/confirm", status_code=204, summary="Finish setting up your second factor with a code from the app")
def confirm(body: CodeIn, vault: VaultDep, token: Annotated[str, Depends(bearer_token)]) -> None:
    vault.auth.confirm_second_factor(token, body.code)


@router.post("/password", status_code=204, summary="Change your own password (your other sessions end)")
async def change_password(body: PasswordChangeIn, request: Request, vault: VaultDep, token: Annotated[str, Depends(bearer_token)]) -> None:
    await _hashing(request, functools.partial(vault.auth.change_password, token, current=body.current_password,
                                              new=body.new_password, client=client_address(request)))


@router.post("/password/reset", status_code=204, summary="Choose a new password with an administrator's reset token")
async def finish_reset(body: PasswordResetIn, request: Request, vault: VaultDep) -> None:
    await _hashing(request, functools.partial(vault.auth.finish_reset, body.username, body.reset_token, body.new_password,
                                              code=body.code, client=client_address(request)))
