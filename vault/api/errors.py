"""The vault's errors as HTTP answers: one status per kind, a JSON body with the reason."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from vault.errors import (
    AuthenticationFailed,
    Conflict,
    ContentUnavailable,
    DisclosureBlocked,
    Forbidden,
    InvalidRequest,
    NotFound,
    StorageUnavailable,
    VaultError,
)

__all__ = ["install_error_handlers", "status_of"]

_STATUS: tuple[tuple[type[VaultError], int], ...] = (
    (NotFound, 404),
    (Forbidden, 403),
    (AuthenticationFailed, 401),
    (InvalidRequest, 400),
    (Conflict, 409),
    (ContentUnavailable, 502),
    (StorageUnavailable, 503),
)


def status_of(error: VaultError) -> int:
    for kind, status in _STATUS:
        if isinstance(error, kind):
            return status
    return 500


async def _vault_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, VaultError)
    body: dict[str, str] = {"detail": str(error), "error": type(error).__name__}
    if isinstance(error, DisclosureBlocked):
        body["code"] = error.code
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(error, AuthenticationFailed) else None
    return JSONResponse(body, status_code=status_of(error), headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(VaultError, _vault_error)
