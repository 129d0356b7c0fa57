"""Signing in, as a sequence of steps, so that steps can be added without touching the others.

Each step is a :class:`SignInStep`: it renders its form and handles its answer, returning

- :class:`Done` with the service's :class:`~vault.services.LoginResult`: the browser session starts
  (a session whose ``scope`` is ``enrol`` may only set up the authenticator app, and is sent there);
- :class:`Next` with the name of the following step and what it needs to know: that state travels in
  a short-lived cookie signed with the vault's form key (:class:`PendingSignIn`), so it needs no
  server memory and any server process can take the next step. It never holds the password: after the
  password step it holds the service's proof that the password was right
  (:mod:`vault.services.sign_in_proof`), useless without the code;
- :class:`Failed` with the errors to show on the form (and, for throttling or a busy server, the
  status and the seconds to wait).

The steps: ``password`` (where everyone starts), ``code`` (the authenticator app's code, after the
password when the account has one), and ``new-password`` (choosing one's own password with the
one-time token of an administrator's reset; entered from the sign-in page). Register each in
:data:`STEPS`; ``ENTRY`` lists those that need no pending state.
"""

from __future__ import annotations

import base64
import json
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from starlette.datastructures import FormData

from vault.app import Vault
from vault.errors import AuthenticationFailed, InvalidRequest, SecondFactorRequired, ServiceBusy, TooManyAttempts
from vault.services import LoginResult
from vault.web.csrf import FormSigner
from vault.web.forms import Errors
from vault.web.i18n import gettext as _
from vault.web.i18n import ngettext

__all__ = ["ENTRY", "FIRST", "STEPS", "Done", "Failed", "Next", "PendingSignIn", "SignInStep"]

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
    status: int = 400
    retry_after: int | None = None  # seconds (429 and 503)


class SignInStep(Protocol):
    name: str
    template: str
    title: str

    def handle(self, vault: Vault, form: FormData, state: Mapping[str, Any], client: str | None) -> Done | Next | Failed: ...


def _wait(seconds: int) -> str:
    if seconds < 60:
        return ngettext("%(num)d second", "%(num)d seconds", max(1, seconds))
    return ngettext("%(num)d minute", "%(num)d minutes", math.ceil(seconds / 60))


def _attempt(field_name: str, values: Mapping[str, str], call: Callable[[], Done | Next | Failed]) -> Done | Next | Failed:
    """Throttling and a busy server, the same for every step: the form again, saying how long to wait."""
    errors = Errors()
    try:
        return call()
    except TooManyAttempts as throttled:
        errors.add(field_name, _("Too many attempts to sign in to this account or from this computer. "
                                 "Wait %(wait)s, then try again.", wait=_wait(throttled.retry_after)))
        return Failed(errors, values, status=429, retry_after=throttled.retry_after)
    except ServiceBusy as busy:
        errors.add(field_name, _("The service is busy signing other people in. Wait a moment, then try again."))
        return Failed(errors, values, status=503, retry_after=busy.retry_after)


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


class PasswordStep:
    name = "password"
    template = "sign_in.html"
    title = "Sign in"

    def handle(self, vault: Vault, form: FormData, state: Mapping[str, Any], client: str | None) -> Done | Next | Failed:
        username = _text(form, "username").strip()
        password = _text(form, "password")
        errors = Errors()
        if not username:
            errors.add("username", _("Enter your username"))
        if not password:
            errors.add("password", _("Enter your password"))
        if errors:
            return Failed(errors, {"username": username})

        def sign_in() -> Done | Next | Failed:
            try:
                return Done(vault.auth.login(username, password, client=client))
            except SecondFactorRequired as needed:
                return Next("code", {"proof": needed.proof})
            except AuthenticationFailed:
                errors.add("username", _("Enter a correct username and password"))
                return Failed(errors, {"username": username})

        return _attempt("username", {"username": username}, sign_in)


class CodeStep:
    name = "code"
    template = "sign_in_code.html"
    title = "Enter the code from your authenticator app"

    def handle(self, vault: Vault, form: FormData, state: Mapping[str, Any], client: str | None) -> Done | Next | Failed:
        code = _text(form, "code").replace(" ", "").strip()
        errors = Errors()
        if not code:
            errors.add("code", _("Enter the 6-digit code from your authenticator app"))
        elif len(code) != 6 or not code.isascii() or not code.isdigit():
            errors.add("code", _("The code is 6 digits, like 123456"))
        if errors:
            return Failed(errors)

        def sign_in() -> Done | Next | Failed:
            try:
                return Done(vault.auth.login_with_proof(str(state.get("proof") or ""), code, client=client))
            except AuthenticationFailed:
                errors.add("code", _("The code is not right, or was used already. Wait for the next code in "
                                     "your app and enter it."))
                return Failed(errors)

        return _attempt("code", {}, sign_in)


class NewPasswordStep:
    """After an administrator reset the password: the owner chooses a new one with the reset token."""

    name = "new-password"
    template = "sign_in_reset.html"
    title = "Choose a new password"

    def handle(self, vault: Vault, form: FormData, state: Mapping[str, Any], client: str | None) -> Done | Next | Failed:
        username = _text(form, "username").strip()
        token = _text(form, "reset_token").strip()
        new, confirm = _text(form, "new"), _text(form, "confirm")
        code = _text(form, "code").replace(" ", "").strip() or None
        errors = Errors()
        if not username:
            errors.add("username", _("Enter your username"))
        if not token:
            errors.add("reset_token", _("Enter the reset token your administrator gave you"))
        if not new:
            errors.add("new", _("Enter a new password"))
        elif new != confirm:
            errors.add("confirm", _("The new passwords do not match"))
        values = {"username": username}
        if errors:
            return Failed(errors, values)

        def choose() -> Done | Next | Failed:
            try:
                vault.auth.finish_reset(username, token, new, code=code, client=client)
            except SecondFactorRequired:
                errors.add("code", _("Enter the code from your authenticator app too"))
                return Failed(errors, values)
            except AuthenticationFailed:
                errors.add("reset_token", _("The username, reset token or code is not right, or the token has "
                                            "expired. Ask an administrator for a new reset if it has."))
                return Failed(errors, values)
            except InvalidRequest as refused:
                errors.add("new", _("The new password is not allowed: %(reason)s", reason=str(refused)))
                return Failed(errors, values)
            try:  # the new password signs in at once (the code, if any, was spent: the app's next one)
                return Done(vault.auth.login(username, new, client=client))
            except SecondFactorRequired as needed:
                return Next("code", {"proof": needed.proof, "notice": "new-password"})

        return _attempt("username", values, choose)


STEPS: dict[str, SignInStep] = {step.name: step for step in (PasswordStep(), CodeStep(), NewPasswordStep())}
FIRST = "password"
ENTRY = frozenset({"password", "new-password"})  # steps that start a sign-in (no pending state)


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
