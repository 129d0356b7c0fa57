"""Opening a case (the people in it, and whether the parent agreed to their details being kept), adding
a person to a case, and adding a note (which only the family's supporter reads).

Without the parent's consent to keeping personal details a case holds initials and dates of birth
only: the service refuses names, addresses and contact details then, and the form shows its reason.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from vault.errors import InvalidRequest, NotFound
from vault.policy import Action
from vault.services import NewCase, PersonInput, Relation
from vault.vocab import FAMILY_SOURCES
from vault.web.core import PREFIX, Page, SignedIn, WebRoute
from vault.web.formdata import FormValues, values_of
from vault.web.i18n import gettext as _
from vault.web.routes.case import render_section

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

_PEOPLE = ("parent", "child")  # the new-case form's two people; more are added from the case afterwards


def _open_form(page: Page, form: FormValues, *, status: int) -> Response:
    if Action.CASE_CREATE not in page.vault.abilities.on_service(page.actor, [Action.CASE_CREATE]):
        raise NotFound("no such page")
    vocab = page.vault.rules.vocab()
    lists = {name: [(value, value) for value in vocab.allowed(name)] for name in ("need", "referral_source", "school_phase")}
    title = _("Open a case")
    return page.render("case_new.html", title=_("Error: %(title)s", title=title) if form.errors else title, status=status,
                       nav="cases", errors=form.errors, values=form.values, lists=lists,
                       family_sources=sorted(FAMILY_SOURCES))


@router.get("/cases/new")
def new_case(page: SignedIn) -> Response:
    return _open_form(page, FormValues({}), status=200)


def _person(form: FormValues, prefix: str, relation: Relation, *, required: bool) -> PersonInput | None:
    initials = form.text(f"{prefix}-initials")
    born = form.date(f"{prefix}-birth_date", label=_("the date of birth"), required=relation == Relation.CHILD and required)
    name, address = form.optional(f"{prefix}-name"), form.optional(f"{prefix}-address", max_length=500, lines=True)
    phone, email = form.optional(f"{prefix}-phone", max_length=40), form.optional(f"{prefix}-email", max_length=200)
    if not initials:
        if required or any((born, name, address, phone, email)):
            form.errors.add(f"{prefix}-initials", _("Enter the initials, for example LW"))
        return None
    return PersonInput(relation, initials, birth_date=born, name=name, address=address, phone=phone, email=email)


@router.post("/cases/new")
async def open_case(page: SignedIn) -> Response:
    form = values_of(await page.form())
    vocab = page.vault.rules.vocab()
    need = form.choice("need", vocab.allowed("need"), required=_("Choose the child's primary need"))
    source = form.choice("referral_source", vocab.allowed("referral_source"), required=_("Choose who referred the family"))
    phase = form.choice("school_phase", vocab.allowed("school_phase"), required=_("Choose the school phase"))
    consent = form.choice("details_consent", ["yes", "no"], required=_("Choose whether the parent agreed"))
    parent = _person(form, "parent", Relation.PARENT, required=False)
    child = _person(form, "child", Relation.CHILD, required=True)
    if not form.errors:
        new = NewCase(need=need, referral_source=source, referrer_has_parent_permission=form.yes("referrer_permission"),
                      details_consent=consent == "yes", label=form.optional("label"), school_phase=phase,
                      people=tuple(p for p in (parent, child) if p is not None))
        try:
            opened = page.vault.cases.open(page.actor, new)
        except InvalidRequest as refused:
            form.errors.add("details_consent", _("The case was not opened: %(reason)s", reason=str(refused)))
        else:
            return RedirectResponse(f"{PREFIX}/cases/{opened.id}?opened=true", status_code=303)
    return _open_form(page, form, status=400)


# -- a person, a note --------------------------------------------------------------------------------


def _person_form(page: Page, case_id: str, form: FormValues, *, status: int) -> Response:
    if Action.CASE_UPDATE not in page.vault.abilities.on_case(page.actor, case_id, [Action.CASE_UPDATE]):
        raise NotFound("no such page")
    details = page.vault.cases.details(page.actor, case_id)
    return render_section(page, case_id, "", details.summary, "case/person_new.html", status=status, errors=form.errors,
                          values=form.values, details_consent=details.details_consent)


@router.get("/cases/{case_id}/people/new")
def new_person(page: SignedIn, case_id: str) -> Response:
    return _person_form(page, case_id, FormValues({}), status=200)


@router.post("/cases/{case_id}/people/new")
async def add_person(page: SignedIn, case_id: str) -> Response:
    form = values_of(await page.form())
    relation = form.choice("relation", [r.value for r in Relation], required=_("Choose who the person is"))
    person = _person(form, "person", Relation(relation) if relation in Relation._value2member_map_ else Relation.PARENT,
                     required=True)
    if person is not None and not form.errors:
        try:
            page.vault.cases.add_person(page.actor, case_id, person)
        except InvalidRequest as refused:
            form.errors.add("person-initials", _("The person was not added: %(reason)s", reason=str(refused)))
        else:
            return RedirectResponse(f"{PREFIX}/cases/{case_id}?added=true", status_code=303)
    return _person_form(page, case_id, form, status=400)


@router.post("/cases/{case_id}/notes")
async def add_note(page: SignedIn, case_id: str) -> Response:
    form = values_of(await page.form())
    body = form.text("body", required=_("Write the note"), max_length=100_000, lines=True)
    if not form.errors:
        try:
            page.vault.notes.add(page.actor, case_id, body)
        except InvalidRequest as refused:
            form.errors.add("body", str(refused)[:1].upper() + str(refused)[1:])
        else:
            return RedirectResponse(f"{PREFIX}/cases/{case_id}/notes?added=true", status_code=303)
    from vault.web.routes.case import notes_page

    return notes_page(page, case_id, errors=form.errors, values=form.values, status=400)
