"""Case studies in the browser (policy 003): the family's supporter drafts one from chosen documents and
notes, follows the job, reviews original and redacted side by side (every removed span marked with its
type), decides on what the second reader left, adds terms, leaves items out and accepts; a coordinator
reads the queue of accepted ones, reads each file, decides again, and publishes or sends it back.

Every step is a call to the case-study services, which check the policy and record the audit; drafting,
revising (a confirmed suspect too) and publishing are jobs: the form answers with the job's page, which
shows its progress (polling a small partial with JavaScript, refreshing itself without) and, once it
has succeeded, goes on to what it made. A refusal (a draft not accepted, a publication stopped) is shown
on the page it came from, with the service's reason.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from vault.api.streams import content_disposition
from vault.errors import Conflict, InvalidRequest, NotFound
from vault.jobs import JobView
from vault.policy import Action
from vault.services import CaseStudyInput, CaseStudyRevision
from vault.web.core import PREFIX, Page, SignedIn, WebRoute
from vault.web.formdata import FormValues, values_of
from vault.web.forms import Errors
from vault.web.i18n import gettext as _
from vault.web.routes.case import render_section

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

KINDS = ("case_study.draft", "case_study.revise", "case_study.publish")
MAX_TERMS = 50


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# -- drafting --------------------------------------------------------------------------------------


@router.get("/cases/{case_id}/case-studies/new")
def new(page: SignedIn, case_id: str) -> Response:
    return _draft_form(page, case_id, FormValues({}), status=200)


def _draft_form(page: Page, case_id: str, form: FormValues, *, status: int, refused: str = "") -> Response:
    if Action.CASE_STUDY_DRAFT not in page.vault.abilities.on_case(page.actor, case_id, [Action.CASE_STUDY_DRAFT]):
        raise NotFound("no such page")
    summary = page.vault.cases.view(page.actor, case_id)
    documents = [(d.id, d.title or d.filename or _("Untitled document")) for d in page.vault.documents.list(page.actor, case_id)
                 if d.state == "held"]
    notes = [(n.id, _("Note of %(date)s: %(start)s", date=n.created_at.strftime("%d/%m/%Y"), start=_start(n.body)))
             for n in page.vault.notes.list(page.actor, case_id)]
    return render_section(page, case_id, "case-studies", summary, "case_study/new.html", status=status,
                          documents=documents, notes=notes, errors=form.errors, values=form.values, refused=refused,
                          max_items=page.vault.rules.case_study_max_items)


def _start(body: str, length: int = 60) -> str:
    text = " ".join(body.split())
    return text if len(text) <= length else text[: length - 1] + "…"


@router.post("/cases/{case_id}/case-studies/new")
async def draft(page: SignedIn, case_id: str) -> Response:
    form = values_of(await page.form())
    title = form.text("title", required=_("Enter a title that identifies nobody"))
    terms = _lines(form.optional("terms", max_length=10_000, lines=True) or "")
    documents, notes = form.all("documents"), form.all("notes")
    if not documents and not notes:
        form.errors.add("documents", _("Choose at least one document or note"))
    if len(terms) > MAX_TERMS:
        form.errors.add("terms", _("Enter at most %(num)d words or names to remove", num=MAX_TERMS))
    if form.errors:
        return _draft_form(page, case_id, form, status=400)
    try:
        job = page.vault.case_studies.draft(page.actor, case_id, CaseStudyInput(
            title=title, document_ids=tuple(documents), note_ids=tuple(notes), terms=tuple(terms),
            retypeset=form.yes("retypeset")))
    except Conflict as refused:  # the parent's consent (recorded as refused), or the case is not open
        return _draft_form(page, case_id, form, status=409, refused=str(refused))
    except InvalidRequest as problem:
        form.errors.add("title", str(problem))
        return _draft_form(page, case_id, form, status=400)
    return _to_job(job)


# -- the job's page ---------------------------------------------------------------------------------


def _to_job(job: JobView) -> Response:
    return RedirectResponse(f"{PREFIX}/case-studies/jobs/{job.id}", status_code=303)


def _job(page: Page, job_id: str) -> JobView:
    job = page.vault.jobs.get(page.actor, job_id)
    if job.kind not in KINDS:
        raise NotFound("no such page")
    return job


def _next(job: JobView) -> str | None:
    """Where a succeeded job's result is shown."""
    if job.state != "succeeded":
        return None
    if job.kind == "case_study.publish":
        return f"{PREFIX}/case-studies/queue?published={job.summary.get('publication', '')}"
    done = "drafted" if job.kind == "case_study.draft" else "revised"
    return f"{PREFIX}/case-studies/{job.summary.get('case_study', '')}?done={done}"


def _back(job: JobView) -> str:
    """Where to go back to when a job failed or was cancelled."""
    study = job.arguments.get("case_study")
    if job.kind == "case_study.publish":
        return f"{PREFIX}/case-studies/{study}/review"
    if job.kind == "case_study.revise":
        return f"{PREFIX}/case-studies/{study}"
    return f"{PREFIX}/cases/{job.case_id}/case-studies"


def _what(job: JobView) -> str:
    return {"case_study.draft": _("Drafting the case study"), "case_study.revise": _("Running the case study again"),
            "case_study.publish": _("Publishing the case study")}[job.kind]


@router.get("/case-studies/jobs/{job_id}")
def job_page(page: SignedIn, job_id: str) -> Response:
    job = _job(page, job_id)
    target = _next(job)
    if target is not None:
        return RedirectResponse(target, status_code=303)
    return page.render("case_study/job.html", title=_what(job), nav="cases", job=job, what=_what(job), back=_back(job))


@router.get("/case-studies/jobs/{job_id}/progress")
def job_progress(page: SignedIn, job_id: str) -> Response:
    """The progress alone (a fragment the page's script fetches every second or so)."""
    job = _job(page, job_id)
    return page.render("case_study/job_progress.html", title=_what(job), job=job, next=_next(job) or "", back=_back(job))


@router.post("/case-studies/jobs/{job_id}/cancel")
async def cancel(page: SignedIn, job_id: str) -> Response:
    await page.form()
    job = _job(page, job_id)
    if not job.finished:
        page.vault.jobs.cancel(page.actor, job_id)
    return RedirectResponse(f"{PREFIX}/case-studies/jobs/{job_id}", status_code=303)


# -- the coordinator's queue (before /case-studies/{id}, which would take "queue" for an id) ------------


@router.get("/case-studies/queue")
def queue(page: SignedIn, published: str = "", sent_back: bool = False) -> Response:
    waiting = page.vault.publishing.queue(page.actor)
    return page.render("case_study/queue.html", title=_("Case studies to publish"), nav="case-studies", queue=waiting,
                       published=published, sent_back=sent_back)


# -- the supporter's review -----------------------------------------------------------------------------


@router.get("/case-studies/{case_study_id}")
def review(page: SignedIn, case_study_id: str, done: str = "") -> Response:
    return _review(page, case_study_id, done=done)


def _review(page: Page, case_study_id: str, *, done: str = "", errors: Errors | None = None, values: Any = None,
            refused: str = "", status: int = 200) -> Response:
    study = page.vault.case_studies.read(page.actor, case_study_id)
    compared = {item.position: page.vault.case_studies.side_by_side(page.actor, case_study_id, item.position)
                for item in study.items if item.status == "ready" and item.output_kind == "text"}
    pages = {}
    for item in study.items:
        if item.status == "ready" and item.output_kind == "pdf" and item.source_kind == "document":
            try:
                pages[item.position] = page.vault.case_studies.pdf_pages(page.actor, case_study_id, item.position)
            except InvalidRequest:
                continue  # read as a download
    summary = page.vault.cases.view(page.actor, study.case_id)
    return render_section(page, study.case_id, "case-studies", summary, "case_study/review.html", status=status,
                          study=study, compared=compared, pages=pages, done=done, errors=errors or Errors(),
                          values=values or {}, refused=refused, editable=study.state in ("draft", "accepted"))


@router.get("/case-studies/{case_study_id}/items/{position}")
def item(page: SignedIn, case_study_id: str, position: int) -> Response:
    """A redacted rendering, downloaded (the supporter's draft, or an accepted one for a coordinator)."""
    shown = page.vault.case_studies.rendering(page.actor, case_study_id, position)
    return Response(shown.data, media_type=shown.content_type,
                    headers={"Content-Disposition": content_disposition(shown.filename), "Cache-Control": "no-store"})


@router.get("/case-studies/{case_study_id}/items/{position}/pages/{number}")
def item_page(page: SignedIn, case_study_id: str, position: int, number: int) -> Response:
    """A page of a PDF item as redacted, as an image rendered on the server."""
    image = page.vault.case_studies.page_image(page.actor, case_study_id, position, number)
    return Response(image, media_type="image/png", headers={"Cache-Control": "no-store"})


@router.get("/case-studies/originals/{document_id}/pages/{number}")
def original_page(page: SignedIn, document_id: str, number: int) -> Response:
    """A page of the original document, beside its redacted rendering (the preview service: the policy
    and the audit of a download)."""
    image = page.vault.previews.page(page.actor, document_id, number)
    return Response(image, media_type="image/png", headers={"Cache-Control": "no-store"})


@router.post("/case-studies/{case_study_id}/revise")
async def revise(page: SignedIn, case_study_id: str) -> Response:
    form = values_of(await page.form())
    terms = _lines(form.optional("terms", max_length=10_000, lines=True) or "")
    left_out = {int(p) for p in form.all("exclude") if p.isdigit()}
    shown = {int(p) for p in form.all("shown") if p.isdigit()}  # the items the form offered
    if len(terms) > MAX_TERMS:
        form.errors.add("terms", _("Enter at most %(num)d words or names to remove", num=MAX_TERMS))
    if form.errors:
        return _review(page, case_study_id, errors=form.errors, values=form.values, status=400)
    change = CaseStudyRevision(terms=tuple(terms), exclude=tuple(sorted(left_out)),
                               include=tuple(sorted(shown - left_out)))
    try:
        job = page.vault.case_studies.revise(page.actor, case_study_id, change)
    except (InvalidRequest, Conflict) as problem:
        form.errors.add("terms", str(problem))
        return _review(page, case_study_id, errors=form.errors, values=form.values, status=400)
    return _to_job(job)


EDGES = ("left", "top", "right", "bottom")


def _edges(form: FormValues, prefix: str) -> tuple[float, float, float, float] | None:
    """The four edges of a box typed (or drawn with the script) under a page, as percentages; each
    missing, unreadable or out-of-range edge, and edges the wrong way round, are errors on the form."""
    named = {"left": _("the left edge"), "top": _("the top edge"), "right": _("the right edge"),
             "bottom": _("the bottom edge")}
    edges: dict[str, float] = {}
    for edge in EDGES:
        field = f"{prefix}-{edge}"
        text = (form.optional(field, max_length=20) or "").strip().rstrip("%").strip()
        if form.errors.get(field):
            continue
        if not text:
            form.errors.add(field, _("Enter %(edge)s as a percentage from 0 to 100", edge=named[edge]))
            continue
        try:
            value = float(text)
        except ValueError:
            value = -1.0
        if not 0 <= value <= 100:  # NaN too
            form.errors.add(field, _("Enter %(edge)s as a number from 0 to 100", edge=named[edge]))
            continue
        edges[edge] = value
    if "left" in edges and "right" in edges and edges["left"] >= edges["right"]:
        form.errors.add(f"{prefix}-right", _("The right edge must be greater than the left edge"))
    if "top" in edges and "bottom" in edges and edges["top"] >= edges["bottom"]:
        form.errors.add(f"{prefix}-bottom", _("The bottom edge must be greater than the top edge"))
    if form.errors:
        return None
    return edges["left"], edges["top"], edges["right"], edges["bottom"]


@router.post("/case-studies/{case_study_id}/items/{position}/pages/{number}/area")
async def cover_area(page: SignedIn, case_study_id: str, position: int, number: int) -> Response:
    """A box on a PDF item's page (typed as percentages, or drawn on the original page with the
    script): the case study runs again with that area removed."""
    form = values_of(await page.form())
    prefix = f"area-{position}-{number}"
    box = _edges(form, prefix)
    if box is None:
        return _review(page, case_study_id, errors=form.errors, values=form.values, status=400)
    try:
        area = page.vault.case_studies.area_on_page(page.actor, case_study_id, position, number, box)
        job = page.vault.case_studies.revise(page.actor, case_study_id, CaseStudyRevision(areas=(area,)))
    except InvalidRequest as problem:
        form.errors.add(f"{prefix}-left", str(problem))
        return _review(page, case_study_id, errors=form.errors, values=form.values, status=400)
    except Conflict as refused:
        return _review(page, case_study_id, refused=str(refused), values=form.values, status=409)
    return _to_job(job)


@router.post("/case-studies/{case_study_id}/suspects/{suspect_id}/confirm")
async def confirm(page: SignedIn, case_study_id: str, suspect_id: str) -> Response:
    await page.form()
    try:
        job = page.vault.case_studies.confirm(page.actor, case_study_id, suspect_id)
    except Conflict as refused:
        return _review(page, case_study_id, refused=str(refused), status=409)
    return _to_job(job)


@router.post("/case-studies/{case_study_id}/suspects/{suspect_id}/dismiss")
async def dismiss(page: SignedIn, case_study_id: str, suspect_id: str) -> Response:
    form = values_of(await page.form())
    reason = form.optional("reason", max_length=2000, lines=True)
    try:
        page.vault.case_studies.dismiss(page.actor, case_study_id, suspect_id, reason=reason)
    except InvalidRequest as problem:
        errors = Errors()
        errors.add(f"reason-{suspect_id}", str(problem))
        return _review(page, case_study_id, errors=errors, values=form.values, status=400)
    except Conflict as refused:
        return _review(page, case_study_id, refused=str(refused), status=409)
    return RedirectResponse(f"{PREFIX}/case-studies/{case_study_id}?done=dismissed#suspects", status_code=303)


@router.post("/case-studies/{case_study_id}/accept")
async def accept(page: SignedIn, case_study_id: str) -> Response:
    await page.form()
    try:
        page.vault.case_studies.accept(page.actor, case_study_id)
    except Conflict as refused:
        return _review(page, case_study_id, refused=str(refused), status=409)
    return RedirectResponse(f"{PREFIX}/case-studies/{case_study_id}?done=accepted", status_code=303)


# -- the coordinator's queue and review ------------------------------------------------------------------


def _publisher(page: Page, case_study_id: str, *, errors: Errors | None = None, values: Any = None, refused: str = "",
               done: str = "", status: int = 200) -> Response:
    shown = page.vault.publishing.review(page.actor, case_study_id)
    texts, pages = {}, {}
    for part in shown.items:
        if part["output_kind"] == "text":
            texts[part["position"]] = page.vault.case_studies.rendering(page.actor, case_study_id, part["position"]) \
                .data.decode("utf-8", errors="replace")
        elif part["output_kind"] == "pdf":
            try:
                pages[part["position"]] = page.vault.case_studies.page_count(page.actor, case_study_id, part["position"])
            except InvalidRequest:
                continue  # read as a download
    return page.render("case_study/publisher.html", title=_("Review a case study: %(title)s", title=shown.title),
                       nav="case-studies", study=shown, texts=texts, pages=pages, errors=errors or Errors(),
                       values=values or {}, refused=refused, done=done, status=status)


@router.get("/case-studies/{case_study_id}/review")
def publisher_review(page: SignedIn, case_study_id: str, done: str = "") -> Response:
    return _publisher(page, case_study_id, done=done)


@router.post("/case-studies/{case_study_id}/review/suspects/{suspect_id}/{decision}")
async def publisher_decides(page: SignedIn, case_study_id: str, suspect_id: str, decision: str) -> Response:
    form = values_of(await page.form())
    reason = form.optional("reason", max_length=2000, lines=True)
    if decision not in ("confirm", "dismiss"):
        raise NotFound("no such page")
    try:
        if decision == "confirm":
            page.vault.publishing.confirm(page.actor, case_study_id, suspect_id, reason=reason)
            return RedirectResponse(f"{PREFIX}/case-studies/queue?sent_back=true", status_code=303)
        page.vault.publishing.dismiss(page.actor, case_study_id, suspect_id, reason=reason)
    except InvalidRequest as problem:
        errors = Errors()
        errors.add(f"reason-{suspect_id}", str(problem))
        return _publisher(page, case_study_id, errors=errors, values=form.values, status=400)
    return RedirectResponse(f"{PREFIX}/case-studies/{case_study_id}/review?done=dismissed#suspects", status_code=303)


@router.post("/case-studies/{case_study_id}/publish")
async def publish(page: SignedIn, case_study_id: str) -> Response:
    await page.form()
    try:
        job = page.vault.publishing.publish(page.actor, case_study_id)
    except Conflict as refused:  # undecided suspects, or the parent's consent
        return _publisher(page, case_study_id, refused=str(refused), status=409)
    return _to_job(job)


@router.post("/case-studies/{case_study_id}/send-back")
async def send_back(page: SignedIn, case_study_id: str) -> Response:
    form = values_of(await page.form())
    reason = form.text("reason", required=_("Say what the supporter must look at"), max_length=2000, lines=True)
    if form.errors:
        return _publisher(page, case_study_id, errors=form.errors, values=form.values, status=400)
    page.vault.publishing.send_back(page.actor, case_study_id, reason=reason)
    return RedirectResponse(f"{PREFIX}/case-studies/queue?sent_back=true", status_code=303)
