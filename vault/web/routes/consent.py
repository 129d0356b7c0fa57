"""Consent and sharing: recording the parent's decision (given, restricted to roles, refused,
withdrawn), how it was obtained, its review date and, for consent in person, the signed form (a file
uploaded with the form, or a document already on the case); and sharing under a consent in force,
refused with the service's reason otherwise.

The consent form carries a file, so it is read as a stream (:mod:`vault.web.storing`): its fields
come first and are checked before the file is stored; a file is kept only for a form that is whole.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from vault.errors import DisclosureBlocked, InvalidRequest, NotFound
from vault.policy import Action
from vault.services import ConsentDecision, ConsentInput, ConsentMethod, DisclosureInput, RecipientKind
from vault.services.disclosure import HANDLING
from vault.web.core import PREFIX, Page, SignedIn, WebRoute
from vault.web.formdata import FormValues, values_of
from vault.web.i18n import gettext as _
from vault.web.multipart import FilePart, PartReader, TextField
from vault.web.routes.case import render_section
from vault.web.storing import Stored, read_streamed_form, store_part

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

_PREFILL = ("recipient_kind", "recipient", "purpose", "decision")


def _can(page: Page, case_id: str, action: Action) -> None:
    if action not in page.vault.abilities.on_case(page.actor, case_id, [action]):
        raise NotFound("no such page")  # as for a case the actor cannot see


def _consent_form(page: Page, case_id: str, values: dict[str, Any], form: FormValues | None = None, *,
                  status: int = 200, stored: Stored | None = None) -> Response:
    summary = page.vault.cases.view(page.actor, case_id)
    documents = page.vault.documents.list(page.actor, case_id)
    errors = form.errors if form is not None else None
    return render_section(page, case_id, "consents", summary, "case/consent_new.html", values=values,
                          errors=errors or FormValues({}).errors, documents=documents, stored=stored,
                          status=status, form_title=_("Record the parent's consent decision"))


@router.get("/cases/{case_id}/consents/new")
def new_consent(page: SignedIn, case_id: str, recipient_kind: str = "", recipient: str = "", purpose: str = "",
                decision: str = "") -> Response:
    _can(page, case_id, Action.CONSENT_RECORD)
    prefill = dict(zip(_PREFILL, (recipient_kind, recipient, purpose, decision), strict=True))
    return _consent_form(page, case_id, {key: value[:200] for key, value in prefill.items() if value})


@router.post("/cases/{case_id}/consents/new")
async def record_consent(page: SignedIn, case_id: str) -> Response:
    _can(page, case_id, Action.CONSENT_RECORD)
    fields: dict[str, list[str]] = {}
    found: dict[str, Any] = {}

    def on_part(reader: PartReader, part: TextField | FilePart) -> None:
        if isinstance(part, TextField):
            if len(fields) < 40:
                fields.setdefault(part.name, []).append(part.value)
        elif part.filename and "stored" not in found:
            form = FormValues(fields)
            found["consent"] = _read_consent(form)
            if not form.errors:  # the file is kept only for a form that is whole
                found["stored"] = store_part(page, case_id, reader, part, title=_signed_form_title(form))

    await read_streamed_form(page, on_part, wrong_form=_("Send the form from the consent page"))
    form = FormValues(fields)
    consent = _read_consent(form)
    stored: Stored | None = found.get("stored")
    if stored is not None and stored.error:
        form.errors.add("form_file", stored.error)
    elif stored is not None and stored.document is not None:
        consent = replace(consent, form_document_id=stored.document.id) if consent else None
    if consent is not None and not form.errors:
        try:
            page.vault.consents.record(page.actor, case_id, consent)
        except InvalidRequest as refused:
            form.errors.add("decision", _("The consent was not recorded: %(reason)s", reason=str(refused)))
        else:
            return RedirectResponse(f"{PREFIX}/cases/{case_id}/consents?recorded=true", status_code=303)
    values = form.values
    if stored is not None and stored.document is not None:
        values["form_document_id"] = stored.document.id  # kept on the case: chosen for the next try
    return _consent_form(page, case_id, values, form, status=400, stored=stored)


def _signed_form_title(form: FormValues) -> str:
    who = form.text("recipient") or _("anyone")
    return _("Signed consent form (%(recipient)s)", recipient=who)


def _read_consent(form: FormValues) -> ConsentInput | None:
    kind = form.choice("recipient_kind", [k.value for k in RecipientKind], required=_("Choose who the consent is about"))
    recipient = form.optional("recipient")
    if kind in (RecipientKind.ORGANISATION, RecipientKind.ROLE) and not recipient:
        form.errors.add("recipient", _("Enter the organisation or professional role"))
    decision = form.choice("decision", [d.value for d in ConsentDecision], required=_("Choose the parent's decision"))
    roles = tuple(role.strip() for role in form.text("roles", max_length=2000).split(",") if role.strip())
    if decision == ConsentDecision.RESTRICTED and not roles:
        form.errors.add("roles", _("Enter the professional roles the parent allows, separated by commas"))
    method = form.choice("method", [m.value for m in ConsentMethod], required=_("Choose how the decision was obtained"))
    note = form.optional("method_note", max_length=10_000, lines=True)
    obtained = form.date("obtained_on", label=_("the date the decision was made"))
    review = form.date("review_on", label=_("the review date"), required=False)
    document = form.optional("form_document_id")
    if form.errors or obtained is None:
        return None
    return ConsentInput(recipient_kind=RecipientKind(kind), decision=ConsentDecision(decision), method=ConsentMethod(method),
                        obtained_on=obtained, recipient=recipient if kind != RecipientKind.ANYONE else None,
                        purpose=form.optional("purpose"), roles=roles if decision == ConsentDecision.RESTRICTED else (),
                        method_note=note, form_document_id=document, review_on=review)


# -- sharing ----------------------------------------------------------------------------------------


def _share_form(page: Page, case_id: str, values: dict[str, Any], form: FormValues | None = None, *,
                status: int = 200, blocked: str | None = None) -> Response:
    summary = page.vault.cases.view(page.actor, case_id)
    documents = page.vault.documents.list(page.actor, case_id)
    return render_section(page, case_id, "disclosures", summary, "case/share.html", values=values,
                          errors=form.errors if form is not None else FormValues({}).errors, documents=documents,
                          methods=list(HANDLING), status=status, blocked=blocked)


@router.get("/cases/{case_id}/disclosures/new")
def new_share(page: SignedIn, case_id: str, document: str = "") -> Response:
    _can(page, case_id, Action.DISCLOSURE_RECORD)
    return _share_form(page, case_id, {"document_ids[]": [document] if document else [], "method": "email"})


@router.post("/cases/{case_id}/disclosures/new")
async def share(page: SignedIn, case_id: str) -> Response:
    form = values_of(await page.form())
    organisation = form.text("organisation", required=_("Enter the organisation you are sharing with"))
    purpose = form.text("purpose", required=_("Enter why it is shared"))
    shared = form.text("shared", required=_("Describe what you are sharing"), max_length=10_000, lines=True)
    method = form.choice("method", list(HANDLING), required=_("Choose how it is shared"))
    blocked = None
    if not form.errors:
        disclosure = DisclosureInput(organisation=organisation, purpose=purpose, shared=shared, method=method,
                                     recipient_role=form.optional("recipient_role"),
                                     document_ids=tuple(form.all("document_ids")[:100]))
        try:
            made = page.vault.disclosures.disclose(page.actor, case_id, disclosure)
        except DisclosureBlocked as refused:
            blocked = str(refused)
            form.errors.add("organisation", _("Not shared: %(reason)s", reason=blocked))
        except InvalidRequest as refused:
            form.errors.add("organisation", _("Not shared: %(reason)s", reason=str(refused)))
        else:
            return RedirectResponse(f"{PREFIX}/cases/{case_id}/disclosures?shared={made.id}", status_code=303)
    return _share_form(page, case_id, form.values, form, status=409 if blocked else 400, blocked=blocked)
