"""A case: the family's record and, each on a page of its own, what the case holds. Every read goes
through its service (which checks the policy and audits it); a section the actor may not see is not
offered, and asked for anyway it answers "Page not found", exactly as a case that does not exist."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from vault.clock import local_date
from vault.errors import NotFound
from vault.policy import FAMILY_ROLES, Action
from vault.web.core import PREFIX, Page, SignedIn, WebRoute
from vault.web.forms import Errors
from vault.web.i18n import gettext as _

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

# Each section: (path part, the action that reads it, its name in the case's navigation).
_SECTIONS: tuple[tuple[str, Action], ...] = (
    ("", Action.CASE_VIEW),
    ("documents", Action.DOCUMENT_LIST),
    ("notes", Action.NOTE_LIST),
    ("consents", Action.CONSENT_READ),
    ("disclosures", Action.DISCLOSURE_READ),
    ("returns", Action.RETURN_LIST),
    ("subject-access", Action.SUBJECT_ACCESS_LIST),
    ("case-studies", Action.CASE_STUDY_LIST),
    ("audit", Action.CASE_AUDIT_READ),
    ("family", Action.FAMILY_LIST),
)
_EXTRA = (Action.CASE_DETAILS_READ, Action.DOCUMENT_UPLOAD)


def _titles() -> dict[str, str]:
    return {
        "": _("Summary"), "documents": _("Documents"), "notes": _("Notes"), "consents": _("Consents"),
        "disclosures": _("Disclosures"), "returns": _("Returns"), "subject-access": _("Subject access"),
        "case-studies": _("Case studies"), "audit": _("Audit"), "family": _("Family portal"),
    }


def _render(page: Page, case_id: str, section: str, summary: Any, template: str, **context: Any) -> Response:
    _staff_only(page)
    allowed = page.vault.abilities.on_case(page.actor, case_id, [action for _part, action in _SECTIONS] + list(_EXTRA))
    titles = _titles()
    sections = [
        {"href": f"{PREFIX}/cases/{case_id}" + (f"/{part}" if part else ""), "text": titles[part], "current": part == section}
        for part, action in _SECTIONS if action in allowed
    ]
    heading = summary.label or summary.code or _("Case %(reference)s", reference=summary.reference)
    title = f"{titles[section]} – {_('Case %(reference)s', reference=summary.reference)}"
    if context.get("errors"):  # a form on the page came back with problems
        title = _("Error: %(title)s", title=title)
    return page.render(template, title=title, nav="cases", case=summary, heading=heading, sections=sections,
                       section=section, can_upload=Action.DOCUMENT_UPLOAD in allowed, **context)


render_section = _render  # for the journeys' own modules (documents, consent, parents' rights)


def _summary(page: Page, case_id: str) -> Any:
    """The case's summary for the heading; its details (label, code) only where they may be read.
    (Sub-pages read it through CASE_VIEW, as the API's GET /cases/{id} does.)"""
    return page.vault.cases.view(page.actor, case_id)


def _staff_only(page: Page) -> None:
    """The case pages are the staff's: the family has its own (vault.web.routes.family)."""
    if page.actor.role in FAMILY_ROLES:
        raise NotFound("no such page")


@router.get("/cases/{case_id}")
def case(page: SignedIn, case_id: str, opened: bool = False, added: bool = False) -> Response:
    _staff_only(page)
    readable = Action.CASE_DETAILS_READ in page.vault.abilities.on_case(page.actor, case_id, [Action.CASE_DETAILS_READ])
    if readable:  # one read, one `viewed` event: the details include the summary
        details = page.vault.cases.details(page.actor, case_id)
        summary, people = details.summary, details.people
    else:
        details, summary, people = None, page.vault.cases.view(page.actor, case_id), []
    names = page.vault.abilities.staff_names(page.actor, summary.supporters)
    allowed = page.vault.abilities.on_case(page.actor, case_id, [Action.CASE_UPDATE, Action.CASE_ASSIGN])
    return _render(page, case_id, "", summary, "case/summary.html", details=details, people=people, names=names,
                   opened=opened, added=added, can_add_person=Action.CASE_UPDATE in allowed,
                   can_assign=Action.CASE_ASSIGN in allowed)


@router.get("/cases/{case_id}/documents")
def documents(page: SignedIn, case_id: str, uploaded: int = 0) -> Response:
    summary = _summary(page, case_id)
    listed = page.vault.documents.list(page.actor, case_id)
    return _render(page, case_id, "documents", summary, "case/documents.html", documents=listed, uploaded=uploaded,
                   return_states=_return_states(page, case_id))


def _return_states(page: Page, case_id: str) -> dict[str, str]:
    """Each document's return in progress (asked for, released), for those who handle returns."""
    if Action.RETURN_LIST not in page.vault.abilities.on_case(page.actor, case_id, [Action.RETURN_LIST]):
        return {}
    return {r.document_id: _("asked for") if r.status == "requested" else _("released")
            for r in page.vault.returns.list(page.actor, case_id) if r.status in ("requested", "released")}


@router.get("/cases/{case_id}/notes")
def notes(page: SignedIn, case_id: str, added: bool = False) -> Response:
    return notes_page(page, case_id, added=added)


def notes_page(page: Page, case_id: str, *, added: bool = False, errors: Any = None, values: Any = None,
               status: int = 200) -> Response:
    """The notes, and the form to add one (for whoever may: the family's supporter)."""
    summary = _summary(page, case_id)
    listed = page.vault.notes.list(page.actor, case_id)
    names = page.vault.abilities.staff_names(page.actor, [n.author_id for n in listed if n.author_id])
    can_add = Action.NOTE_CREATE in page.vault.abilities.on_case(page.actor, case_id, [Action.NOTE_CREATE])
    return _render(page, case_id, "notes", summary, "case/notes.html", notes=listed, names=names, can_add=can_add,
                   added=added, errors=errors or Errors(), values=values or {}, status=status)


@router.get("/cases/{case_id}/consents")
def consents(page: SignedIn, case_id: str, recorded: bool = False) -> Response:
    summary = _summary(page, case_id)
    history = page.vault.consents.history(page.actor, case_id)
    can_record = Action.CONSENT_RECORD in page.vault.abilities.on_case(page.actor, case_id, [Action.CONSENT_RECORD])
    return _render(page, case_id, "consents", summary, "case/consents.html", consents=history,
                   today=local_date(page.vault.core.clock.now()), recorded=recorded, can_record=can_record)


@router.get("/cases/{case_id}/disclosures")
def disclosures(page: SignedIn, case_id: str, shared: str = "") -> Response:
    summary = _summary(page, case_id)
    listed = page.vault.disclosures.list(page.actor, case_id)
    can_share = Action.DISCLOSURE_RECORD in page.vault.abilities.on_case(page.actor, case_id, [Action.DISCLOSURE_RECORD])
    return _render(page, case_id, "disclosures", summary, "case/disclosures.html", disclosures=listed, shared=shared,
                   can_share=can_share)


@router.get("/cases/{case_id}/returns")
def returns(page: SignedIn, case_id: str, requested: bool = False, done: str = "") -> Response:
    from vault.web.routes.rights import returns_context

    summary = _summary(page, case_id)
    return _render(page, case_id, "returns", summary, "case/returns.html",
                   **{**returns_context(page, case_id), "requested": requested, "done": done})


@router.get("/cases/{case_id}/subject-access")
def subject_access(page: SignedIn, case_id: str, recorded: bool = False) -> Response:
    summary = _summary(page, case_id)
    listed = page.vault.subject_access.list(page.actor, case_id)
    allowed = page.vault.abilities.on_case(page.actor, case_id, [Action.SUBJECT_ACCESS_RECORD, Action.SUBJECT_ACCESS_EXPORT])
    return _render(page, case_id, "subject-access", summary, "case/subject_access.html", requests=listed,
                   recorded=recorded, allowed=allowed)


@router.get("/cases/{case_id}/case-studies")
def case_studies(page: SignedIn, case_id: str) -> Response:
    summary = _summary(page, case_id)
    listed = page.vault.case_studies.list(page.actor, case_id)
    can_draft = Action.CASE_STUDY_DRAFT in page.vault.abilities.on_case(page.actor, case_id, [Action.CASE_STUDY_DRAFT])
    return _render(page, case_id, "case-studies", summary, "case/case_studies.html", case_studies=listed,
                   can_draft=can_draft)


@router.get("/cases/{case_id}/audit")
def audit(page: SignedIn, case_id: str) -> Response:
    summary = _summary(page, case_id)
    trail = page.vault.case_audit.trail(page.actor, case_id)
    return _render(page, case_id, "audit", summary, "case/audit.html", trail=trail)
