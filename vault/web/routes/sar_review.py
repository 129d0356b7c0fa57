"""Answering a subject access request: the review of other people's information (run as a job on the
server's worker, then decided passage by passage with a reason), the deadline's extension, and the
hand-over that fulfils the request. Every rule is the service's (:class:`vault.services.SubjectAccessService`);
a refusal comes back as the service's reason on the page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from vault.errors import InvalidRequest
from vault.api.streams import content_disposition
from vault.jobs.bodies.subject_access import request_subject_access_release, request_subject_access_review
from vault.policy import Action
from vault.web.core import PREFIX, Page, SignedIn, WebRoute
from vault.web.formdata import FormValues, values_of
from vault.web.i18n import gettext as _
from vault.web.routes.case import render_section

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

MAX_REASON = 2000


@router.get("/subject-access/{request_id}")
def review_page(page: SignedIn, request_id: str, done: str = "") -> Response:
    return _render(page, request_id, FormValues({}), done=done)


def _render(page: Page, request_id: str, form: FormValues, *, done: str = "", failed: str = "", status: int = 200) -> Response:
    request = page.vault.subject_access.get(page.actor, request_id)
    summary = page.vault.cases.view(page.actor, request.case_id)
    allowed = page.vault.abilities.on_case(page.actor, request.case_id,
                                           [Action.SUBJECT_ACCESS_RECORD, Action.SUBJECT_ACCESS_REVIEW])
    items = page.vault.subject_access.items(page.actor, request_id) if Action.SUBJECT_ACCESS_REVIEW in allowed else []
    return render_section(page, request.case_id, "subject-access", summary, "case/subject_access_review.html", status=status,
                          request=request, items=items, allowed=allowed, errors=form.errors, values=form.values,
                          done=done, failed=failed)


@router.post("/subject-access/{request_id}/review")
async def run_review(page: SignedIn, request_id: str) -> Response:
    await page.form()
    request_subject_access_review(page.vault, page.actor, request_id)
    return RedirectResponse(f"{PREFIX}/subject-access/{request_id}?done=started", status_code=303)


@router.post("/subject-access/{request_id}/release")
async def release(page: SignedIn, request_id: str) -> Response:
    form = values_of(await page.form())
    try:
        request_subject_access_release(page.vault, page.actor, request_id, include_safeguarding=form.yes("include_safeguarding"))
    except InvalidRequest as refused:
        return refused_archive(page, request_id, refused)
    return RedirectResponse(f"{PREFIX}/subject-access/{request_id}?done=releasing", status_code=303)


@router.post("/subject-access/{request_id}/released")
async def released(page: SignedIn, request_id: str) -> Response:
    await page.form()
    try:
        made = page.vault.subject_access.released(page.actor, request_id)
    except InvalidRequest as refused:
        return refused_archive(page, request_id, refused)
    return StreamingResponse(made.chunks, media_type="application/zip",
                             headers={"Content-Disposition": content_disposition(made.filename)})


@router.post("/subject-access/{request_id}/items/{number}")
async def decide(page: SignedIn, request_id: str, number: int) -> Response:
    form = values_of(await page.form())
    decision = form.choice(f"decision-{number}", ["redact", "keep"], required=_("Choose whether to redact or keep it"))
    reason = form.text(f"reason-{number}", required=_("Enter why (it is kept with the review)"), max_length=MAX_REASON, lines=True)
    if not form.errors:
        try:
            page.vault.subject_access.decide(page.actor, request_id, number, decision=decision, reason=reason,
                                             everywhere=form.yes(f"everywhere-{number}"))
        except InvalidRequest as refused:
            form.errors.add(f"reason-{number}", str(refused))
        else:
            return RedirectResponse(f"{PREFIX}/subject-access/{request_id}?done=decided#item-{number}", status_code=303)
    return _render(page, request_id, form, failed=str(number), status=400)


@router.post("/subject-access/{request_id}/extension")
async def extend(page: SignedIn, request_id: str) -> Response:
    form = values_of(await page.form())
    months = form.choice("months", ["1", "2"], required=_("Choose by how many months"))
    reason = form.text("extension_reason", required=_("Enter why the request is complex"), max_length=MAX_REASON, lines=True)
    return _act(page, request_id, form, "extension_reason", "extended",
                lambda: page.vault.subject_access.extend(page.actor, request_id, months=int(months), reason=reason))


@router.post("/subject-access/{request_id}/hand-over")
async def hand_over(page: SignedIn, request_id: str) -> Response:
    form = values_of(await page.form())
    note = form.text("note", required=_("Enter how and to whom it was handed over"), max_length=MAX_REASON, lines=True)
    return _act(page, request_id, form, "note", "handed-over",
                lambda: page.vault.subject_access.hand_over(page.actor, request_id, note=note))


def refused_archive(page: Page, request_id: str, refused: InvalidRequest) -> Response:
    """The archive could not be made yet (the review is not finished, or the records changed): the
    review page, with the service's reason."""
    form = FormValues({})
    form.errors.add("archive", str(refused))
    return _render(page, request_id, form, status=400)


def _act(page: Page, request_id: str, form: FormValues, field: str, done: str, action: Any) -> Response:
    if not form.errors:
        try:
            action()
        except InvalidRequest as refused:
            form.errors.add(field, str(refused))
        else:
            return RedirectResponse(f"{PREFIX}/subject-access/{request_id}?done={done}", status_code=303)
    return _render(page, request_id, form, status=400)
