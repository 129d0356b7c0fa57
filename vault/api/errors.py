"""The vault's errors as HTTP answers: one status per kind, a JSON body with the reason."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from vault.errors import (
    AuthenticationFailed,
    Conflict,
    ContentUnavailable,
    DisclosureBlocked,
    Forbidden,
    InvalidRequest,
    NotFound,
    ServiceBusy,
    SignInIncomplete,
    StorageUnavailable,
    TooManyAttempts,
    VaultError,
)

__all__ = ["install_error_handlers", "status_of"]

_STATUS: tuple[tuple[type[VaultError], int], ...] = (
    (NotFound, 404),
    (Forbidden, 403),
    (SignInIncomplete, 403),
    (TooManyAttempts, 429),
    (ServiceBusy, 503),
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
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(error, AuthenticationFailed) else {}
    if isinstance(error, TooManyAttempts | ServiceBusy):
        headers["Retry-After"] = str(error.retry_after)
    return JSONResponse(body, status_code=status_of(error), headers=headers or None)


async def _invalid_input(_request: Request, error: Exception) -> JSONResponse:
    """422 naming each field's problem, without echoing what was sent: the input may be a password,
    a family's details, a megabyte of text, or a value JSON cannot even carry back (NaN)."""
    assert isinstance(error, RequestValidationError)
    problems = [
        {"loc": [str(part) for part in problem.get("loc", ())], "msg": str(problem.get("msg", "")), "type": str(problem.get("type", ""))}
        for problem in error.errors()[:50]
    ]
    return JSONResponse({"detail": problems, "error": "InvalidInput"}, status_code=422)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(VaultError, _vault_error)
    app.add_exception_handler(RequestValidationError, _invalid_input)
