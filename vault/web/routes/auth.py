"""Signing in (in steps: password, the authenticator app's code, or a new password after a reset) and
out, setting up the authenticator app, and changing one's password.

Whatever hashes a password (Argon2) runs in a worker thread, a few at a time, sharing the API's
limiter: a burst of sign-ins waits (or is told the service is busy) instead of stopping the server.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from vault.api.deps import client_address
from vault.api.routers.auth import _hashing as hashing
from vault.errors import AuthenticationFailed, InvalidRequest
from vault.web.core import (
    PREFIX,
    SESSION_COOKIE,
    Page,
    SignedIn,
    SigningIn,
    Visit,
    Visitor,
    WebRoute,
    clear_cookie,
    cookie_name,
    set_cookie,
)
from vault.web.forms import Errors
from vault.web.i18n import gettext as _
from vault.web.qr import qr_data_uri
from vault.web.signin import ENTRY, FIRST, STEPS, Done, Failed, PendingSignIn

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)
AUTHENTICATOR = f"{PREFIX}/account/authenticator"


def _ended(reason: str | None) -> str | None:
    return {
        "idle": _("You were signed out because you had not done anything for a while. Sign in again."),
        "expired": _("Your session expired. Sign in again."),
        "signed_out": _("You are signed out."),
    }.get(reason or "")


def _step_notice(state: dict[str, object]) -> str | None:
    if state.get("notice") == "new-password":
        return _("Your new password is set. To sign in, enter the next code your authenticator app shows "
                 "(the code you just used cannot be used twice).")
    return None


def _render_step(visit: Visit, name: str, **context: object) -> Response:
    step = STEPS[name]
    optional = not visit.vault.rules.require_second_factor
    context = {"errors": Errors(), "values": {}, "notice": None, "status": 200, **context}
    failed = context["status"] != 200
    title = _("Error: %(title)s", title=_(step.title)) if failed else _(step.title)
    return visit.render(step.template, title=title, step=step.name, second_factor_optional=optional,
                        **context)  # type: ignore[arg-type]


@router.get("/sign-in")
def sign_in_form(visit: Visitor, ended: str | None = None, step: str | None = None) -> Response:
    pending = PendingSignIn(visit.web.signer).load(visit.request.cookies.get(cookie_name(visit.request, PendingSignIn.COOKIE)))
    if pending and step == pending[0]:
        return _render_step(visit, pending[0], notice=_step_notice(pending[1]))
    return _render_step(visit, step if step in ENTRY else FIRST, notice=_ended(ended))


@router.post("/sign-in")
async def sign_in(visit: Visitor) -> Response:
    form = await visit.form()
    pending = PendingSignIn(visit.web.signer)
    name = str(form.get("step") or FIRST)
    loaded = pending.load(visit.request.cookies.get(cookie_name(visit.request, PendingSignIn.COOKIE)))
    if name not in ENTRY and (loaded is None or loaded[0] != name):
        name = FIRST  # a later step without its signed state starts again
    state = loaded[1] if loaded and loaded[0] == name else {}
    step = STEPS[name]
    handle = functools.partial(step.handle, visit.vault, form, state, client_address(visit.request))
    outcome = await hashing(visit.request, handle)
    if isinstance(outcome, Failed):
        response = _render_step(visit, name, errors=outcome.errors, values=outcome.values, status=outcome.status,
                                notice=_step_notice(state))
        if outcome.retry_after is not None:
            response.headers["Retry-After"] = str(outcome.retry_after)
        return response
    if isinstance(outcome, Done):
        session = visit.web.sessions.start(outcome.login)
        whole = outcome.login.scope == "full"
        response = RedirectResponse(f"{PREFIX}/" if whole else AUTHENTICATOR, status_code=303)
        set_cookie(visit.request, response, SESSION_COOKIE, session.token)
        if loaded is not None:
            clear_cookie(visit.request, response, PendingSignIn.COOKIE)
        return response
    response = RedirectResponse(f"{PREFIX}/sign-in?step={outcome.step}", status_code=303)
    set_cookie(visit.request, response, PendingSignIn.COOKIE, pending.dump(outcome.step, outcome.state))
    return response


@router.post("/sign-out")
async def sign_out(page: SigningIn) -> Response:
    await page.form()
    page.web.sessions.end(page.session.token)
    response = RedirectResponse(f"{PREFIX}/sign-in?ended=signed_out", status_code=303)
    clear_cookie(page.request, response, SESSION_COOKIE)
    return response


# -- the authenticator app (the second factor) ---------------------------------------------------


def _authenticator(page: Page, mode: str, *, errors: Errors | None = None, status: int = 200, **context: object) -> Response:
    title = _("Set up your authenticator app") if mode != "enrolled" else _("Your authenticator app")
    return page.render("authenticator.html", title=_("Error: %(title)s", title=title) if errors else title,
                       nav="account", mode=mode, errors=errors or Errors(), status=status,
                       required=page.vault.rules.require_second_factor, **context)


@router.get("/account/authenticator")
def authenticator(page: SigningIn, set_up: bool = False) -> Response:
    enrolled = page.complete and page.vault.auth.has_second_factor(page.session.token)
    return _authenticator(page, "enrolled" if enrolled else "start", just_set_up=set_up and enrolled)


@router.post("/account/authenticator")
async def start_enrolment(page: SigningIn) -> Response:
    """A fresh secret, shown once in this answer (as a QR code, the otpauth:// address and base32)."""
    await page.form()
    enrolment = page.vault.auth.enrol_second_factor(page.session.token)
    secret = " ".join(enrolment.secret[i:i + 4] for i in range(0, len(enrolment.secret), 4))
    return _authenticator(page, "scan", qr=qr_data_uri(enrolment.uri), uri=enrolment.uri, secret=secret)


@router.post("/account/authenticator/confirm")
async def confirm_enrolment(page: SigningIn) -> Response:
    form = await page.form()
    code = str(form.get("code") or "").replace(" ", "").strip()
    errors = Errors()
    if not code:
        errors.add("code", _("Enter the 6-digit code your authenticator app shows"))
    else:
        try:
            page.vault.auth.confirm_second_factor(page.session.token, code)
        except InvalidRequest:
            errors.add("code", _("The code does not match. Check that your phone's clock is right, then enter "
                                 "the code your app shows now."))
    if errors:
        return _authenticator(page, "confirm", errors=errors, status=400)
    return RedirectResponse(f"{AUTHENTICATOR}?set_up=true", status_code=303)


# -- one's own password ----------------------------------------------------------------------------


@router.get("/account/password")
def password_form(page: SignedIn, changed: bool = False) -> Response:
    return page.render("password.html", title=_("Change your password"), errors=Errors(), changed=changed)


@router.post("/account/password")
async def change_password(page: SignedIn) -> Response:
    form = await page.form()
    current, new, confirm = (str(form.get(name) or "") for name in ("current", "new", "confirm"))
    errors = Errors()
    if not current:
        errors.add("current", _("Enter your current password"))
    if not new:
        errors.add("new", _("Enter a new password"))
    elif new != confirm:
        errors.add("confirm", _("The new passwords do not match"))
    if not errors:
        change: Callable[[], None] = functools.partial(
            page.vault.account.change_password, page.actor, current=current, new=new, keep_token=page.session.token)
        try:
            await hashing(page.request, change)
        except AuthenticationFailed:
            errors.add("current", _("Your current password is not right"))
        except InvalidRequest as refused:
            errors.add("new", _("The new password is not allowed: %(reason)s", reason=str(refused)))
    if errors:
        return page.render("password.html", title=_("Error: %(title)s", title=_("Change your password")), status=400,
                           errors=errors, changed=False)
    return RedirectResponse(f"{PREFIX}/account/password?changed=true", status_code=303)
