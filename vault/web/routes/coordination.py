"""The coordinator's casework: who supports a family (assigned and reassigned, only to supporters
whose DBS check is current: the service refuses otherwise and the page shows its reason), safeguarding
overrides (asked for by any member of staff who works with families, with the concern; approved or
declined by a coordinator other than the one who asked; ended early), and anonymous enquiries
(recorded by anyone who takes them, with no identity field at all; listed by quarter).
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from vault.errors import Conflict, InvalidRequest, NotFound
from vault.policy import Action, Role
from vault.services import StaffView
from vault.statistics import Quarter, StatisticsError
from vault.web.core import PREFIX, Page, SignedIn, WebRoute, refused_as_not_found
from vault.web.formdata import FormValues, values_of
from vault.web.i18n import gettext as _
from vault.web.i18n import uk_date

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)


def _reason(error: Exception) -> str:
    text = str(error)
    return text[:1].upper() + text[1:]


def _error_title(title: str, form: FormValues) -> str:
    return _("Error: %(title)s", title=title) if form.errors else title


# -- who supports a family ----------------------------------------------------------------------------


def _supporter_label(member: StaffView) -> str:
    if member.dbs_checked_on is None:
        return _("%(name)s (no DBS check recorded)", name=member.display_name)
    if not member.dbs_current:
        return _("%(name)s (DBS check expired %(until)s)", name=member.display_name, until=uk_date(member.dbs_valid_until))
    return _("%(name)s (DBS check current until %(until)s)", name=member.display_name, until=uk_date(member.dbs_valid_until))


def _supporters_page(page: Page, case_id: str, form: FormValues | None = None, *, status: int = 200, done: str = "") -> Response:
    if Action.CASE_ASSIGN not in page.vault.abilities.on_case(page.actor, case_id, [Action.CASE_ASSIGN]):
        raise NotFound("no such page")
    form = form or FormValues({})
    summary = page.vault.cases.view(page.actor, case_id)
    staff = page.vault.staff.list(page.actor)
    current = {member.id: member for member in staff if member.id in summary.supporters}
    choices = [(m.id, _supporter_label(m)) for m in staff
               if m.active and m.role == Role.PARENTAL_SUPPORTER and m.id not in current]
    names = page.vault.abilities.staff_names(page.actor, summary.supporters)
    replace_options = [("", _("As well as"))] + [
        (sid, _("Instead of %(name)s", name=names.get(sid, _("former member of staff")))) for sid in summary.supporters]
    title = _error_title(_("Supporters of case %(reference)s", reference=summary.reference), form)
    return page.render("coordination/supporters.html", title=title, status=status, nav="cases", case=summary,
                       current=current, names=names, choices=choices, replace_options=replace_options, errors=form.errors, values=form.values,
                       done=done if done in ("assigned", "removed") else "")


@router.get("/cases/{case_id}/supporters")
def supporters(page: SignedIn, case_id: str, done: str = "") -> Response:
    return _supporters_page(page, case_id, done=done)


@router.post("/cases/{case_id}/supporters")
async def assign(page: SignedIn, case_id: str) -> Response:
    form = values_of(await page.form())
    staff_id = form.text("staff_id", required=_("Choose a parental supporter"))
    replacing = form.optional("replacing")
    if not form.errors:
        try:
            page.vault.access.assign(page.actor, case_id, staff_id, replacing=replacing)
        except (InvalidRequest, Conflict) as refused:
            form.errors.add("staff_id", _("The family was not assigned: %(reason)s", reason=str(refused)))
        else:
            return RedirectResponse(f"{PREFIX}/cases/{case_id}/supporters?done=assigned", status_code=303)
    return _supporters_page(page, case_id, form, status=400)


@router.post("/cases/{case_id}/supporters/{staff_id}/remove")
async def unassign(page: SignedIn, case_id: str, staff_id: str) -> Response:
    form = values_of(await page.form())
    try:
        page.vault.access.unassign(page.actor, case_id, staff_id)
    except (InvalidRequest, Conflict) as refused:
        form.errors.add("staff_id", _reason(refused))
        return _supporters_page(page, case_id, form, status=400)
    return RedirectResponse(f"{PREFIX}/cases/{case_id}/supporters?done=removed", status_code=303)


# -- safeguarding overrides ----------------------------------------------------------------------------


@router.get("/overrides")
def overrides(page: SignedIn, done: str = "") -> Response:
    with refused_as_not_found():
        listed = page.vault.overrides.report(page.actor)
    names = page.vault.abilities.staff_names(page.actor, {o.requested_by for o in listed} | {o.approved_by or "" for o in listed})
    pending = [o for o in listed if o.status == "pending"]
    active = [o for o in listed if o.status == "active"]
    past = [o for o in listed if o.status not in ("pending", "active")]
    return page.render("coordination/overrides.html", title=_("Safeguarding overrides"), nav="overrides",
                       pending=pending, active=active, past=past, names=names,
                       done=done if done in ("approved", "declined", "ended") else "")


def _request_form(page: Page, form: FormValues, *, status: int) -> Response:
    if Action.OVERRIDE_REQUEST not in page.vault.abilities.on_service(page.actor, [Action.OVERRIDE_REQUEST]):
        raise NotFound("no such page")
    rules = page.vault.rules
    return page.render("coordination/override_new.html", title=_error_title(_("Ask for safeguarding access"), form),
                       status=status, nav="overrides", errors=form.errors, values=form.values,
                       default_hours=rules.override_default_hours, max_hours=rules.override_max_hours)


@router.get("/overrides/new")
def new_override(page: SignedIn, case: str = "") -> Response:
    return _request_form(page, FormValues({"case": [case[:40]]}), status=200)


@router.post("/overrides/new")
async def request_override(page: SignedIn) -> Response:
    form = values_of(await page.form())
    reference = form.text("case", required=_("Enter the case reference, for example 7K2M-QX9P-4HTA"), max_length=40)
    concern = form.text("concern", required=_("Describe the safeguarding concern"), max_length=5000, lines=True)
    hours_text = form.text("hours", max_length=4) or str(page.vault.rules.override_default_hours)
    hours = int(hours_text) if hours_text.isdigit() else 0
    if not hours_text.isdigit():
        form.errors.add("hours", _("Enter the number of hours as a whole number, like 24"))
    if not form.errors:
        try:
            case_id = page.vault.cases.resolve(reference)
            made = page.vault.overrides.request(page.actor, case_id, concern=concern, hours=hours)
        except NotFound:
            form.errors.add("case", _("No open case has that reference: check it and try again"))
        except InvalidRequest as refused:
            form.errors.add("hours" if "hours" in str(refused) else "concern",
                            _("The request was not made: %(reason)s", reason=str(refused)))
        else:
            return RedirectResponse(f"{PREFIX}/overrides/{made.id}?requested=true", status_code=303)
    return _request_form(page, form, status=400)


@router.get("/overrides/{override_id}")
def override(page: SignedIn, override_id: str, requested: bool = False) -> Response:
    view = page.vault.overrides.view(page.actor, override_id)
    names = page.vault.abilities.staff_names(page.actor, [view.requested_by, view.approved_by or ""])
    decide = Action.OVERRIDE_APPROVE in page.vault.abilities.on_service(page.actor, [Action.OVERRIDE_APPROVE])
    return page.render("coordination/override.html", title=_("Safeguarding override for case %(reference)s",
                                                             reference=view.case_reference),
                       nav="overrides", override=view, names=names, requested=requested, can_decide=decide)


@router.post("/overrides/{override_id}/approve")
async def approve(page: SignedIn, override_id: str) -> Response:
    await page.form()
    page.vault.overrides.approve(page.actor, override_id)
    return RedirectResponse(f"{PREFIX}/overrides?done=approved", status_code=303)


@router.post("/overrides/{override_id}/end")
async def end(page: SignedIn, override_id: str) -> Response:
    await page.form()
    ended = page.vault.overrides.end(page.actor, override_id)
    return RedirectResponse(f"{PREFIX}/overrides?done={'ended' if ended.approved_at else 'declined'}", status_code=303)


# -- anonymous enquiries -------------------------------------------------------------------------------


def _quarter(text: str | None, today: date) -> Quarter:
    try:
        return Quarter.parse(text) if text else Quarter.containing(today)
    except StatisticsError:
        raise InvalidRequest("choose a quarter like 2026-Q3") from None


def recent_quarters(today: date, count: int = 8) -> list[Quarter]:
    quarters = [Quarter.containing(today)]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    return quarters


def _enquiries_page(page: Page, form: FormValues, *, quarter: str | None = None, status: int = 200,
                    recorded: bool = False) -> Response:
    allowed = page.vault.abilities.on_service(page.actor, [Action.ENQUIRY_RECORD, Action.ENQUIRY_LIST])
    if Action.ENQUIRY_RECORD not in allowed:
        raise NotFound("no such page")
    today = page.today
    period = _quarter(quarter, today)
    listed = page.vault.enquiries.list(page.actor, start=period.start, end=period.end) if Action.ENQUIRY_LIST in allowed else None
    vocab = page.vault.rules.vocab()
    lists = {name: [(v, v) for v in vocab.allowed(name)] for name in ("topic", "enquiry_outcome", "channel")}
    return page.render("coordination/enquiries.html", title=_error_title(_("Anonymous enquiries"), form), status=status,
                       nav="enquiries", errors=form.errors, values=form.values, lists=lists, enquiries=listed,
                       quarter=period, quarters=recent_quarters(today), recorded=recorded)


@router.get("/enquiries")
def enquiries(page: SignedIn, quarter: str | None = None, recorded: bool = False) -> Response:
    return _enquiries_page(page, FormValues({}), quarter=quarter, recorded=recorded)


@router.post("/enquiries")
async def record_enquiry(page: SignedIn) -> Response:
    form = values_of(await page.form())
    vocab = page.vault.rules.vocab()
    topic = form.choice("topic", vocab.allowed("topic"), required=_("Choose what the enquiry was about"))
    outcome = form.choice("enquiry_outcome", vocab.allowed("enquiry_outcome"), required=_("Choose the outcome"))
    channel = form.choice("channel", vocab.allowed("channel"), required=_("Choose how the enquiry came in"))
    received = form.date("received_on", label=_("the date it was received"), required=False)
    if not form.errors:
        try:
            page.vault.enquiries.record(page.actor, topic=topic, outcome=outcome, channel=channel, received_on=received)
        except InvalidRequest as refused:
            form.errors.add("received_on", _reason(refused))
        else:
            return RedirectResponse(f"{PREFIX}/enquiries?recorded=true", status_code=303)
    return _enquiries_page(page, form, status=400)
