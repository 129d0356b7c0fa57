"""Request dependencies: the vault the app serves, and the member of staff a bearer token names."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from vault.app import Vault
from vault.errors import AuthenticationFailed
from vault.policy import Actor

__all__ = ["CurrentActor", "VaultDep", "bearer_token", "client_address", "current_actor", "get_vault"]

_bearer = HTTPBearer(auto_error=False, description="A session token from POST /auth/login")


def get_vault(request: Request) -> Vault:
    vault: Vault = request.app.state.vault
    return vault


def bearer_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    if credentials is None or not credentials.credentials:
        raise AuthenticationFailed("log in first: send 'Authorization: Bearer <token>'")
    return credentials.credentials


def current_actor(vault: Annotated[Vault, Depends(get_vault)], token: Annotated[str, Depends(bearer_token)]) -> Actor:
    return vault.auth.authenticate(token)


def client_address(request: Request) -> str | None:
    """Where the request came from (a proxy's X-Forwarded-For only from the addresses uvicorn trusts)."""
    return request.client.host if request.client else None


VaultDep = Annotated[Vault, Depends(get_vault)]
CurrentActor = Annotated[Actor, Depends(current_actor)]
