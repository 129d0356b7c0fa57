"""Parents' rights: returning documents on request (release to the parent or their solicitor, then
complete, or withdraw before the release) and subject access (record a request, including a child's
of 12 or over for their own data, with its one-month deadline; download the reviewed archive, streamed;
the review itself, the extension and the hand-over are :mod:`.sar_review`).

Who may ask for what is the service's to decide (:meth:`vault.services.SubjectAccessService.record`):
the page offers the people on the case and shows the service's reason when it refuses.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from vault.api.streams import content_disposition, iterate_blocks
from vault.errors import InvalidRequest, NotFound
from vault.policy import Action
from vault.services import ReleaseTo
from vault.web.core import PREFIX, Page, SignedIn, WebRoute
from vault.web.formdata import FormValues, values_of
from vault.web.i18n import gettext as _
from vault.web.routes.case import render_section
from vault.web.routes.sar_review import refused_archive

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)


# -- return on request ---------------------------------------------------------------------------


@router.post("/returns/{request_id}/release")
async def release(page: SignedIn, request_id: str) -> Response:
    form = values_of(await page.form())
    to = form.choice("to", [t.value for t in ReleaseTo], required=_("Choose who the document goes to"))
    solicitor = form.optional("solicitor") if to == ReleaseTo.SOLICITOR else None
    if to == ReleaseTo.SOLICITOR and not solicitor:
        form.errors.add("solicitor", _("Enter the solicitor's name and firm"))
    if form.errors:
        return _returns_with_errors(page, request_id, form)
    _request, document, reader = page.vault.returns.release(page.actor, request_id, to=ReleaseTo(to), solicitor=solicitor)
    return StreamingResponse(iterate_blocks(reader), media_type=document.content_type,
                             headers={"Content-Disposition": content_disposition(document.filename),
                                      "Content-Length": str(document.size)})


def _returns_with_errors(page: Page, request_id: str, form: FormValues) -> Response:
    # The form names its case (for showing the page again); the case is read under the policy as always.
    case_id = form.text("case")
    summary = page.vault.cases.view(page.actor, case_id)
    return render_section(page, case_id, "returns", summary, "case/returns.html", status=400,
                          **{**returns_context(page, case_id), "errors": form.errors, "failed": request_id,
                             "values": form.values})


@router.post("/returns/{request_id}/complete")
async def complete(page: SignedIn, request_id: str) -> Response:
    await page.form()
    done = page.vault.returns.complete(page.actor, request_id)
    return RedirectResponse(f"{PREFIX}/cases/{done.case_id}/returns?done={done.outcome}", status_code=303)


@router.post("/returns/{request_id}/withdraw")
async def withdraw(page: SignedIn, request_id: str) -> Response:
    await page.form()
    done = page.vault.returns.withdraw(page.actor, request_id)
    return RedirectResponse(f"{PREFIX}/cases/{done.case_id}/returns?done=withdrawn", status_code=303)


def returns_context(page: Page, case_id: str) -> dict[str, Any]:
    """The case's returns with each document's title, and what the actor may do with them."""
    listed = page.vault.returns.list(page.actor, case_id)
    titles = {d.id: d.title for d in page.vault.documents.list(page.actor, case_id)} if listed else {}
    allowed = page.vault.abilities.on_case(page.actor, case_id, [Action.RETURN_RELEASE, Action.RETURN_COMPLETE,
                                                                 Action.RETURN_WITHDRAW])
    return {"returns": listed, "titles": titles, "allowed": allowed, "errors": FormValues({}).errors, "failed": "",
            "values": {}, "requested": False, "done": ""}


# -- subject access ------------------------------------------------------------------------------


@router.get("/cases/{case_id}/subject-access/new")
def new_request(page: SignedIn, case_id: str) -> Response:
    return _request_form(page, case_id, FormValues({}), status=200)


def _request_form(page: Page, case_id: str, form: FormValues, *, status: int) -> Response:
    if Action.SUBJECT_ACCESS_RECORD not in page.vault.abilities.on_case(page.actor, case_id, [Action.SUBJECT_ACCESS_RECORD]):
        raise NotFound("no such page")
    details = page.vault.cases.details(page.actor, case_id)
    people = [(p.id, _person_label(p)) for p in details.people]
    return render_section(page, case_id, "subject-access", details.summary, "case/subject_access_new.html",
                          status=status, people=people, errors=form.errors, values=form.values,
                          adult_age=page.vault.rules.adult_age)


def _person_label(person: Any) -> str:
    name = person.name or person.initials
    age = _(", %(age)d", age=person.age) if person.age is not None else ""
    return f"{name} ({person.relation}{age})"


@router.post("/cases/{case_id}/subject-access/new")
async def record_request(page: SignedIn, case_id: str) -> Response:
    form = values_of(await page.form())
    subject = form.text("subject", required=_("Choose whose data is asked for"))
    requester = form.text("requester", required=_("Choose who is asking"))
    received = form.date("received_on", label=_("the date the request was received"))
    if not form.errors:
        try:
            page.vault.subject_access.record(page.actor, case_id, subject_id=subject, requester_id=requester,
                                             received_on=received, child_agreed=form.yes("child_agreed"))
        except InvalidRequest as refused:
            form.errors.add("requester", _("The request was not recorded: %(reason)s", reason=str(refused)))
        else:
            return RedirectResponse(f"{PREFIX}/cases/{case_id}/subject-access?recorded=true", status_code=303)
    return _request_form(page, case_id, form, status=400)


@router.post("/subject-access/{request_id}/archive")
async def archive(page: SignedIn, request_id: str) -> Response:
    form = values_of(await page.form())
    try:
        made = page.vault.subject_access.export(page.actor, request_id, include_safeguarding=form.yes("include_safeguarding"))
    except InvalidRequest as refused:
        return refused_archive(page, request_id, refused)
    return StreamingResponse(made.chunks, media_type="application/zip",
                             headers={"Content-Disposition": content_disposition(made.filename)})
