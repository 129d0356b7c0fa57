"""Signing in and out, and changing one's password."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from vault.errors import AuthenticationFailed, InvalidRequest
from vault.web.core import (
    PREFIX,
    SESSION_COOKIE,
    SignedIn,
    Visitor,
    WebRoute,
    clear_cookie,
    cookie_name,
    set_cookie,
)
from vault.web.forms import Errors
from vault.web.i18n import gettext as _
from vault.web.signin import FIRST, STEPS, Done, Failed, PendingSignIn

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)



def _ended(reason: str | None) -> str | None:
    return {
        "idle": _("You were signed out because you had not done anything for a while. Sign in again."),
        "expired": _("Your session expired. Sign in again."),
        "signed_out": _("You are signed out."),
    }.get(reason or "")


@router.get("/sign-in")
def sign_in_form(visit: Visitor, ended: str | None = None, step: str | None = None) -> Response:
    pending = PendingSignIn(visit.web.signer).load(visit.request.cookies.get(cookie_name(visit.request, PendingSignIn.COOKIE)))
    current = STEPS[pending[0]] if pending and step == pending[0] else STEPS[FIRST]
    notice = _ended(ended)
    return visit.render(current.template, title=_(current.title), errors=Errors(), values={}, notice=notice,
                        step=current.name)


@router.post("/sign-in")
async def sign_in(visit: Visitor) -> Response:
    form = await visit.form()
    pending = PendingSignIn(visit.web.signer)
    name = str(form.get("step") or FIRST)
    loaded = pending.load(visit.request.cookies.get(cookie_name(visit.request, PendingSignIn.COOKIE)))
    if name != FIRST and (loaded is None or loaded[0] != name):
        name = FIRST  # a later step without its signed state starts again
    state = loaded[1] if loaded and loaded[0] == name else {}
    step = STEPS[name]
    outcome = step.handle(visit.vault, form, state)
    if isinstance(outcome, Failed):
        return visit.render(step.template, title=_("Error: %(title)s", title=_(step.title)), status=400,
                            errors=outcome.errors, values=outcome.values, notice=None, step=step.name)
    if isinstance(outcome, Done):
        session = visit.web.sessions.start(outcome.login)
        response = RedirectResponse(f"{PREFIX}/", status_code=303)
        set_cookie(visit.request, response, SESSION_COOKIE, session.token)
        if loaded is not None:
            clear_cookie(visit.request, response, PendingSignIn.COOKIE)
        return response
    response = RedirectResponse(f"{PREFIX}/sign-in?step={outcome.step}", status_code=303)
    set_cookie(visit.request, response, PendingSignIn.COOKIE, pending.dump(outcome.step, outcome.state))
    return response


@router.post("/sign-out")
async def sign_out(page: SignedIn) -> Response:
    await page.form()
    page.web.sessions.end(page.session.token)
    response = RedirectResponse(f"{PREFIX}/sign-in?ended=signed_out", status_code=303)
    clear_cookie(page.request, response, SESSION_COOKIE)
    return response


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
        try:
            page.vault.account.change_password(page.actor, current=current, new=new, keep_token=page.session.token)
        except AuthenticationFailed:
            errors.add("current", _("Your current password is not right"))
        except InvalidRequest as refused:
            errors.add("new", _("The new password is not allowed: %(reason)s", reason=str(refused)))
    if errors:
        return page.render("password.html", title=_("Error: %(title)s", title=_("Change your password")), status=400,
                           errors=errors, changed=False)
    return RedirectResponse(f"{PREFIX}/account/password?changed=true", status_code=303)
