"""Staff and roles (administrators; coordinators see the list): each member's role, whether they can
sign in, and the date of their DBS check, with whether it is still current (a family is assigned
only to staff whose check is recorded and current: :meth:`vault.services.AccessService.assign`).

An administrator adds a member without choosing their password: the service issues a one-time token,
shown once here to pass on, with which the new member chooses their own at the sign-in page. Every
change goes through :class:`vault.services.StaffService`, which checks the policy and audits it; a
role without the journey gets "Page not found" (the service records ``denied``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vault.errors import Conflict, InvalidRequest, NotFound
from vault.policy import STAFF_ROLES, Action, Role
from vault.services import PasswordReset
from vault.web.core import PREFIX, Page, SignedIn, WebRoute, refused_as_not_found
from vault.web.formdata import FormValues, values_of
from vault.web.i18n import gettext as _

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

_DONE = {"dbs", "role", "deactivated", "second_factor"}
T = TypeVar("T")


def _roles() -> list[tuple[str, str]]:
    labels = {Role.PARENTAL_SUPPORTER: _("Parental supporter"), Role.COORDINATOR: _("Coordinator"),
              Role.VOLUNTEER: _("Volunteer (independent parental supporter)"), Role.ADMINISTRATOR: _("Administrator")}
    return [(str(role), labels[role]) for role in STAFF_ROLES]


def _can_manage(page: Page) -> bool:
    return Action.STAFF_MANAGE in page.vault.abilities.on_service(page.actor, [Action.STAFF_MANAGE])


def _title(title: str, form: FormValues) -> str:
    return _("Error: %(title)s", title=title) if form.errors else title


def _reason(error: Exception) -> str:
    text = str(error)
    return text[:1].upper() + text[1:]


@router.get("/staff")
def staff(page: SignedIn) -> Response:
    with refused_as_not_found():
        members = page.vault.staff.list(page.actor)
    return page.render("staff/list.html", title=_("Staff"), nav="staff", members=members, can_manage=_can_manage(page),
                       dbs_years=page.vault.rules.dbs_valid_years)


# -- adding a member -------------------------------------------------------------------------------


def _new_form(page: Page, form: FormValues, *, status: int) -> Response:
    if not _can_manage(page):  # the form is offered to whoever the policy lets add staff; sending it asks again
        raise NotFound("no such page")
    return page.render("staff/new.html", title=_title(_("Add a member of staff"), form), status=status, nav="staff",
                       errors=form.errors, values=form.values, roles=_roles())


@router.get("/staff/new")
def new_member(page: SignedIn) -> Response:
    return _new_form(page, FormValues({}), status=200)


@router.post("/staff/new")
async def add_member(page: SignedIn) -> Response:
    form = values_of(await page.form())
    username = form.text("username", required=_("Enter a username, for example sam.ellis"), max_length=64)
    display_name = form.text("display_name", required=_("Enter their full name"))
    role = form.choice("role", [value for value, _text in _roles()], required=_("Choose their role"))
    checked = form.date("dbs_checked_on", label=_("the date of their DBS check"), required=False)
    if not form.errors:
        try:
            with refused_as_not_found():
                _view, reset = page.vault.staff.invite(page.actor, username=username.lower(), role=role,
                                                       display_name=display_name, dbs_checked_on=checked)
        except (InvalidRequest, Conflict) as refused:
            field = "dbs_checked_on" if "DBS" in str(refused) else "username"
            form.errors.add(field, _("The member of staff was not added: %(reason)s", reason=str(refused)))
        else:
            return _token_page(page, reset, added=True)
    return _new_form(page, form, status=400)


def _token_page(page: Page, reset: PasswordReset, *, added: bool) -> HTMLResponse:
    title = _("Member of staff added") if added else _("Password reset")
    response = page.render("staff/token.html", title=title, nav="staff", reset=reset, added=added)
    response.headers["Cache-Control"] = "no-store"  # the token is shown once
    return response


# -- one member --------------------------------------------------------------------------------------


def _member_page(page: Page, staff_id: str, *, form: FormValues | None = None, status: int = 200, done: str = "") -> Response:
    with refused_as_not_found():
        member = page.vault.staff.get(page.actor, staff_id)
    form = form or FormValues({})
    return page.render("staff/member.html", title=_title(member.display_name, form), status=status, nav="staff",
                       member=member, errors=form.errors, values=form.values, roles=_roles(), can_manage=_can_manage(page),
                       done=done if done in _DONE else "", is_self=member.id == page.actor.id,
                       dbs_years=page.vault.rules.dbs_valid_years)


@router.get("/staff/{staff_id}")
def member(page: SignedIn, staff_id: str, done: str = "") -> Response:
    return _member_page(page, staff_id, done=done)


def _changed(page: Page, staff_id: str, done: str) -> Response:
    return RedirectResponse(f"{PREFIX}/staff/{staff_id}?done={done}", status_code=303)


@router.post("/staff/{staff_id}/dbs")
async def record_dbs(page: SignedIn, staff_id: str) -> Response:
    form = values_of(await page.form())
    checked = form.date("dbs_checked_on", label=_("the date of the DBS check"))
    if checked is not None and not form.errors:
        try:
            with refused_as_not_found():
                page.vault.staff.record_dbs_check(page.actor, staff_id, checked)
        except InvalidRequest as refused:
            form.errors.add("dbs_checked_on", _reason(refused))
        else:
            return _changed(page, staff_id, "dbs")
    return _member_page(page, staff_id, form=form, status=400)


@router.post("/staff/{staff_id}/role")
async def change_role(page: SignedIn, staff_id: str) -> Response:
    form = values_of(await page.form())
    role = form.choice("role", [value for value, _text in _roles()], required=_("Choose the new role"))
    if not form.errors:
        try:
            with refused_as_not_found():
                page.vault.staff.set_role(page.actor, staff_id, role)
        except (InvalidRequest, Conflict) as refused:
            form.errors.add("role", _("The role was not changed: %(reason)s", reason=str(refused)))
        else:
            return _changed(page, staff_id, "role")
    return _member_page(page, staff_id, form=form, status=400)


async def _button(page: Page, staff_id: str, field: str, act: Callable[[], T], then: Callable[[T], Response]) -> Response:
    """A button on a member's page: the service's refusal shown beside it, else what comes next."""
    form = values_of(await page.form())
    try:
        with refused_as_not_found():
            done = act()
    except (InvalidRequest, Conflict) as refused:
        form.errors.add(field, _reason(refused))
        return _member_page(page, staff_id, form=form, status=400)
    return then(done)


@router.post("/staff/{staff_id}/deactivate")
async def deactivate(page: SignedIn, staff_id: str) -> Response:
    return await _button(page, staff_id, "deactivate", lambda: page.vault.staff.deactivate(page.actor, staff_id),
                         lambda _view: _changed(page, staff_id, "deactivated"))


@router.post("/staff/{staff_id}/reset-password")
async def reset_password(page: SignedIn, staff_id: str) -> Response:
    return await _button(page, staff_id, "reset", lambda: page.vault.staff.reset_password(page.actor, staff_id),
                         lambda reset: _token_page(page, reset, added=False))


@router.post("/staff/{staff_id}/reset-second-factor")
async def reset_second_factor(page: SignedIn, staff_id: str) -> Response:
    return await _button(page, staff_id, "reset", lambda: page.vault.staff.reset_second_factor(page.actor, staff_id),
                         lambda _view: _changed(page, staff_id, "second_factor"))
