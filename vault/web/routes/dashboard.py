"""The dashboard: what needs doing, from the reports the actor's role has (the policy says which)."""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from vault.policy import FAMILY_ROLES, Action, Role
from vault.services import StaffView, SubjectAccessView
from vault.web.core import PREFIX, SignedIn, WebRoute
from vault.web.i18n import gettext as _

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

WITHIN_DAYS = 30  # consent reviews and retention due within this many days are shown
_REPORTS = (
    Action.REPORT_CONSENT_REVIEW,
    Action.REPORT_SUBJECT_ACCESS,
    Action.REPORT_OVERRIDES,
    Action.REPORT_RETENTION,
    Action.CASE_LIST,
    Action.STAFF_MANAGE,
)


@router.get("/")
def dashboard(page: SignedIn) -> Response:
    vault, actor = page.vault, page.actor
    if actor.role in FAMILY_ROLES:  # the family's own pages
        return RedirectResponse(f"{PREFIX}/family/", status_code=303)
    allowed = vault.abilities.on_service(actor, _REPORTS)
    # The actor's own cases' deadlines (a supporter's); service-wide ones for coordinators.
    own = actor.role.value in ("parental_supporter", "volunteer")
    consent_reviews = vault.consents.due_for_review(actor, within_days=WITHIN_DAYS) if Action.REPORT_CONSENT_REVIEW in allowed else None
    subject_access: list[SubjectAccessView] | None
    if Action.REPORT_SUBJECT_ACCESS in allowed:
        subject_access = vault.subject_access.outstanding(actor)
    else:
        subject_access = vault.subject_access.pending(actor) if own else None
    returns = vault.returns.pending(actor) if own else None
    overrides = vault.overrides.report(actor, status="pending") if Action.REPORT_OVERRIDES in allowed else None
    retention = vault.retention.report(actor, within_days=WITHIN_DAYS) if Action.REPORT_RETENTION in allowed else None
    names = vault.abilities.staff_names(actor, [o.requested_by for o in overrides or []])
    dbs_due = _dbs_due(vault.staff.list(actor), today=page.today) if Action.STAFF_MANAGE in allowed else None
    family_notices = vault.family.notices(actor) if actor.role is Role.PARENTAL_SUPPORTER else None
    return page.render(
        "dashboard.html", title=_("Dashboard"), nav="dashboard",
        consent_reviews=consent_reviews, subject_access=subject_access, returns=returns, overrides=overrides,
        retention=retention, names=names, within_days=WITHIN_DAYS, can_list=Action.CASE_LIST in allowed,
        dbs_due=dbs_due, family_notices=family_notices,
    )


def _dbs_due(staff: list[StaffView], *, today: date) -> list[StaffView]:
    """Active staff who work with families and whose DBS check is missing, has run out, or runs out
    within WITHIN_DAYS: an administrator records the new check (no family can be assigned to them)."""
    horizon = today + timedelta(days=WITHIN_DAYS)
    return [m for m in staff if m.active and m.role in _WITH_FAMILIES
            and (m.dbs_valid_until is None or m.dbs_valid_until < horizon)]


_WITH_FAMILIES = {"parental_supporter", "coordinator", "volunteer"}
