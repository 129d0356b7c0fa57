"""Signing in, as a sequence of steps, so that steps can be added without touching the others.

Today there is one step, the password (Argon2, through :meth:`vault.services.AuthService.login`).
Each step is a :class:`SignInStep`: it renders its form and handles its answer, returning

- :class:`Done` with the service's :class:`~vault.services.LoginResult`: the browser session starts;
- :class:`Next` with the name of the following step and what it needs to know (never a secret): that
  state travels in a short-lived cookie signed with the vault's form key (:class:`PendingSignIn`),
  so it needs no server memory and any server process can take the next step;
- :class:`Failed` with the errors to show on the form.

A second factor is a step after the password (``Next("second-factor", {"staff_id": ...})`` from the
password step when the service says one is needed); "choose a new password" after an administrator's
reset is another. Register each in :data:`STEPS`.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from starlette.datastructures import FormData

from vault.app import Vault
from vault.errors import AuthenticationFailed
from vault.services import LoginResult
from vault.web.csrf import FormSigner
from vault.web.forms import Errors
from vault.web.i18n import gettext as _

__all__ = ["STEPS", "Done", "Failed", "Next", "PendingSignIn", "SignInStep"]

PENDING_SECONDS = 600


@dataclass(frozen=True)
class Done:
    login: LoginResult


@dataclass(frozen=True)
class Next:
    step: str
    state: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Failed:
    errors: Errors
    values: Mapping[str, str] = field(default_factory=dict)


class SignInStep(Protocol):
    name: str
    template: str
    title: str

    def handle(self, vault: Vault, form: FormData, state: Mapping[str, Any]) -> Done | Next | Failed: ...


class PasswordStep:
    name = "password"
    template = "sign_in.html"
    title = "Sign in"

    def handle(self, vault: Vault, form: FormData, state: Mapping[str, Any]) -> Done | Next | Failed:
        username = str(form.get("username") or "").strip()
        password = str(form.get("password") or "")
        errors = Errors()
        if not username:
            errors.add("username", _("Enter your username"))
        if not password:
            errors.add("password", _("Enter your password"))
        if errors:
            return Failed(errors, {"username": username})
        try:
            return Done(vault.auth.login(username, password))
        except AuthenticationFailed:
            errors.add("username", _("Enter a correct username and password"))
            return Failed(errors, {"username": username})


STEPS: dict[str, SignInStep] = {step.name: step for step in (PasswordStep(),)}
FIRST = "password"


class PendingSignIn:
    """A sign-in part way through: ``{"step": ..., "state": ..., "until": ...}``, signed, in a cookie."""

    COOKIE = "vault_sign_in"

    def __init__(self, signer: FormSigner) -> None:
        self._signer = signer

    def dump(self, step: str, state: Mapping[str, Any]) -> str:
        body = base64.urlsafe_b64encode(json.dumps(
            {"step": step, "state": dict(state), "until": int(time.time()) + PENDING_SECONDS}, sort_keys=True
        ).encode("utf-8")).decode("ascii")
        return f"{body}.{self._signer.sign('pending-sign-in', body)}"

    def load(self, value: str | None) -> tuple[str, dict[str, Any]] | None:
        if not value or value.count(".") != 1 or len(value) > 4096:
            return None
        body, signature = value.split(".")
        if not self._signer.check("pending-sign-in", body, signature):
            return None
        document = json.loads(base64.urlsafe_b64decode(body.encode("ascii")))
        if document["until"] < time.time() or document["step"] not in STEPS:
            return None
        return document["step"], document["state"]
