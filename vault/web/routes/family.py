"""The parent portal: the family's own pages, in plain English and made for a phone first.

A supporter invites the family from the case's "Family portal" section (the link is shown once, for
them to hand over or send where the parent agreed to e-mail). The invited parent (or a young person of
12 or over) opens it, chooses a username and passphrase, and sets up their authenticator app before
anything else (the staff's own authenticator page). Signed in, they see only their own family:

- their documents (download; ask for one back), and upload from a phone, with progress;
- their consents: give, restrict, refuse or withdraw (their supporter is told);
- what is held on them: ask for it and download it whenever they like.

Every page calls the services with the signed-in family member: the policy keeps them to their own
case, and anything else answers "Page not found".
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse

from vault.api.streams import content_disposition, iterate_blocks
from vault.errors import Conflict, InvalidRequest, NotFound
from vault.policy import FAMILY_ROLES, Action
from vault.services import ConsentDecision, ConsentInput, ConsentMethod, RecipientKind
from vault.web.core import PREFIX, SESSION_COOKIE, Page, SignedIn, Visitor, WebRoute, set_cookie
from vault.web.formdata import FormValues, values_of
from vault.web.forms import Errors
from vault.web.i18n import gettext as _
from vault.web.multipart import FilePart, MultipartError, PartReader, TextField
from vault.web.routes.case import render_section
from vault.web.routes.sharing import try_mail
from vault.web.routes.upload import MAX_FILES, Outcome, outcome_errors, wants_json
from vault.web.storing import read_streamed_form, store_part
from vault.web.templating import file_size

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

HOME = f"{PREFIX}/family/"
AUTHENTICATOR = f"{PREFIX}/account/authenticator"
ROWS = 3  # upload rows without JavaScript


def _family(page: Page) -> None:
    """The portal's pages are the family's: staff (who have the case pages) are told "not found"."""
    if page.actor.role not in FAMILY_ROLES:
        raise NotFound("no such page")


# -- joining -------------------------------------------------------------------------------------


@router.get("/family/join/{token}")
def join_form(visit: Visitor, token: str) -> Response:
    invitation = visit.vault.family.invitation(token)
    return visit.render("family/join.html", title=_("Set up your account"), invitation=invitation, errors=Errors(),
                        values={}, token=token)


@router.post("/family/join/{token}")
async def join(visit: Visitor, token: str) -> Response:
    form = values_of(await visit.form())
    invitation = visit.vault.family.invitation(token)
    username = form.text("username", required=_("Choose a username"), max_length=64)
    passphrase = form.text("passphrase", required=_("Choose a passphrase"), max_length=1024)
    again = form.text("passphrase_again", required=_("Type your passphrase again"), max_length=1024)
    if passphrase and again and passphrase != again:
        form.errors.add("passphrase_again", _("The passphrases are not the same: type it again"))
    if not form.errors:
        client = visit.request.client.host if visit.request.client else None
        try:
            login = visit.vault.family.accept(token, username=username, passphrase=passphrase, client=client)
        except InvalidRequest as problem:
            field = "passphrase" if "password" in str(problem) else "username"
            form.errors.add(field, _("%(reason)s", reason=_plain(str(problem))))
        except Conflict as taken:
            form.errors.add("username", _("%(reason)s", reason=str(taken)))
        else:
            session = visit.web.sessions.start(login)
            response = RedirectResponse(AUTHENTICATOR, status_code=303)
            set_cookie(visit.request, response, SESSION_COOKIE, session.token)
            return response
    values = {"username": form.values.get("username", "")}
    return visit.render("family/join.html", title=_("Error: %(title)s", title=_("Set up your account")), status=400,
                        invitation=invitation, errors=form.errors, values=values, token=token)


def _plain(reason: str) -> str:
    return reason.replace("a password", "a passphrase").replace("password", "passphrase")


# -- the family's home ---------------------------------------------------------------------------


@router.get("/family/")
def home(page: SignedIn, done: str | None = None) -> Response:
    _family(page)
    family = page.vault.family.home(page.actor)
    titles = {d.id: d.title for d in family.documents}
    return page.render("family/home.html", title=_("Your family's papers"), nav="family", family=family, titles=titles,
                       done=done or "")


@router.get("/family/documents/{document_id}")
def download(page: SignedIn, document_id: str) -> Response:
    _family(page)
    document, reader = page.vault.documents.open(page.actor, document_id)
    return StreamingResponse(iterate_blocks(reader), media_type=document.content_type,
                             headers={"Content-Disposition": content_disposition(document.filename),
                                      "Content-Length": str(document.size)})


@router.post("/family/documents/{document_id}/return")
async def ask_back(page: SignedIn, document_id: str) -> Response:
    _family(page)
    await page.form()
    page.vault.returns.request(page.actor, document_id)
    return RedirectResponse(f"{HOME}?done=asked-back#documents", status_code=303)


# -- upload from a phone -------------------------------------------------------------------------


@router.get("/family/upload")
def upload_form(page: SignedIn) -> Response:
    _family(page)
    return _upload_page(page, Errors(), [], status=200)


def _upload_page(page: Page, errors: Errors, outcomes: list[Outcome], *, status: int) -> Response:
    title = _("Send us a document")
    return page.render("family/upload.html", title=title if not errors else _("Error: %(title)s", title=title),
                       status=status, nav="family", rows=range(1, ROWS + 1), errors=errors, outcomes=outcomes,
                       limit=file_size(page.vault.rules.max_upload_bytes))


@router.post("/family/upload")
async def upload(page: SignedIn) -> Response:
    _family(page)
    case_id = page.vault.family.case_of(page.actor)
    outcomes: list[Outcome] = []
    titles: dict[int, str] = {}

    def on_part(reader: PartReader, part: TextField | FilePart) -> None:
        kind, _sep, number = part.name.rpartition("-")
        row = int(number) if number.isdigit() and 0 < int(number) <= 1000 else len(outcomes) + 1
        if isinstance(part, TextField):
            if kind == "title":
                titles[row] = part.value.strip()
        elif part.filename:
            if len(outcomes) >= MAX_FILES:
                raise MultipartError(f"send at most {MAX_FILES} files at a time")
            stored = store_part(page, case_id, reader, part, title=titles.get(row))
            outcomes.append(Outcome(row, stored.filename, error=stored.error) if stored.document is None else
                            Outcome(row, stored.filename, document_id=stored.document.id, title=stored.document.title))

    await read_streamed_form(page, on_part, wrong_form=_("Send the form from the upload page"))
    if wants_json(page.request):
        return JSONResponse({"files": [o.as_json() for o in outcomes]}, status_code=200 if outcomes else 400)
    if outcomes and all(o.error is None for o in outcomes):
        return RedirectResponse(f"{HOME}?done=uploaded#documents", status_code=303)
    return _upload_page(page, outcome_errors(outcomes, none=_("Choose a file to send")), outcomes, status=400)


# -- consents ------------------------------------------------------------------------------------


@router.get("/family/consents")
def consents(page: SignedIn, done: str | None = None) -> Response:
    _family(page)
    return _consents_page(page, FormValues({}), status=200, done=done or "")


def _consents_page(page: Page, form: FormValues, *, status: int, done: str = "") -> Response:
    family = page.vault.family.home(page.actor)
    if family.consents is None:
        raise NotFound("no such page")
    title = _("Who we may share with")
    return page.render("family/consents.html", title=title if not form.errors else _("Error: %(title)s", title=title),
                       status=status, nav="family", family=family, errors=form.errors, values=form.values, done=done,
                       current=[c for c in family.consents if c.current])


@router.post("/family/consents")
async def decide(page: SignedIn) -> Response:
    _family(page)
    form = values_of(await page.form())
    kind = form.choice("recipient_kind", [k.value for k in RecipientKind], required=_("Choose who this is about"))
    recipient = form.optional("recipient") if kind != RecipientKind.ANYONE else None
    if kind in (RecipientKind.ORGANISATION, RecipientKind.ROLE) and not recipient:
        form.errors.add("recipient", _("Enter the organisation or the job of the person"))
    decision = form.choice("decision", [d.value for d in ConsentDecision], required=_("Choose your answer"))
    roles = tuple(r.strip() for r in (form.optional("roles", max_length=500) or "").split(",") if r.strip())
    if decision == ConsentDecision.RESTRICTED and not roles:
        form.errors.add("roles", _("Enter the jobs of the people we may share with"))
    if not form.errors:
        return _record(page, form, ConsentInput(
            recipient_kind=RecipientKind(kind), recipient=recipient, purpose=form.optional("purpose"),
            decision=ConsentDecision(decision), roles=roles if decision == ConsentDecision.RESTRICTED else (),
            method=ConsentMethod.PORTAL, obtained_on=page.vault.core.clock.now().date()))
    return _consents_page(page, form, status=400)


@router.post("/family/consents/{consent_id}/withdraw")
async def withdraw(page: SignedIn, consent_id: str) -> Response:
    """Withdraw a consent in force: a new decision for the same recipient and purpose."""
    _family(page)
    form = values_of(await page.form())
    family = page.vault.family.home(page.actor)
    consent = next((c for c in family.consents or [] if c.id == consent_id and c.current), None)
    if consent is None:
        raise NotFound("no such consent")
    return _record(page, form, ConsentInput(
        recipient_kind=RecipientKind(consent.recipient_kind), recipient=consent.recipient, purpose=consent.purpose,
        decision=ConsentDecision.WITHDRAWN, method=ConsentMethod.PORTAL, obtained_on=page.vault.core.clock.now().date()))


def _record(page: Page, form: FormValues, consent: ConsentInput) -> Response:
    case_id = page.vault.family.case_of(page.actor)
    try:
        page.vault.consents.record(page.actor, case_id, consent)
    except InvalidRequest as refused:
        form.errors.add("recipient_kind", _("Your answer was not saved: %(reason)s", reason=str(refused)))
        return _consents_page(page, form, status=400)
    return RedirectResponse(f"{PREFIX}/family/consents?done={consent.decision.value}", status_code=303)


# -- what is held on them ------------------------------------------------------------------------


@router.get("/family/my-information")
def my_information(page: SignedIn, asked: bool = False) -> Response:
    _family(page)
    family = page.vault.family.home(page.actor)
    return page.render("family/my_information.html", title=_("What we hold about you"), nav="family", family=family,
                       asked=asked)


@router.post("/family/my-information")
async def ask(page: SignedIn) -> Response:
    _family(page)
    await page.form()
    page.vault.family.ask_subject_access(page.actor)
    return RedirectResponse(f"{PREFIX}/family/my-information?asked=true", status_code=303)


@router.post("/family/my-information/{request_id}/download")
async def my_archive(page: SignedIn, request_id: str) -> Response:
    _family(page)
    await page.form()
    made = page.vault.subject_access.released(page.actor, request_id)  # exactly what the supporter reviewed
    return StreamingResponse(made.chunks, media_type="application/zip",
                             headers={"Content-Disposition": content_disposition(made.filename)})


# -- the supporter's side: the case's family portal ------------------------------------------------


@router.get("/cases/{case_id}/family")
def accounts(page: SignedIn, case_id: str) -> Response:
    return _accounts_page(page, case_id, FormValues({}), status=200)


def _accounts_page(page: Page, case_id: str, form: FormValues, *, status: int, **context: Any) -> Response:
    listed = page.vault.family.accounts(page.actor, case_id)
    details = page.vault.cases.details(page.actor, case_id)
    adult_age = page.vault.rules.adult_age
    people = [(p.id, f"{p.name or p.initials} ({p.relation})") for p in details.people
              if p.relation != "child" or p.own_right_of_access]
    return render_section(page, case_id, "family", details.summary, "family/staff_accounts.html", status=status,
                          accounts=listed, people=people, errors=form.errors, values=form.values, adult_age=adult_age,
                          mail_ready=page.vault.outbox.ready,
                          **{"invitation": None, "link": None, "mailed": False, "unmailed": None, **context})


@router.post("/cases/{case_id}/family")
async def invite(page: SignedIn, case_id: str) -> Response:
    form = values_of(await page.form())
    person = form.text("person", required=_("Choose who to invite"))
    email = form.optional("email", max_length=254)
    email_consent = form.optional("email_consent", max_length=500)
    if not form.errors:
        try:
            made = page.vault.family.invite(page.actor, case_id, person_id=person, email=email, email_consent=email_consent)
        except (InvalidRequest, Conflict) as refused:
            form.errors.add("email" if "e-mail" in str(refused) else "person",
                            _("The invitation was not made: %(reason)s", reason=str(refused)))
        else:
            link = str(page.request.url_for("join_form", token=made.token))
            mailed, unmailed = False, None
            if made.email is not None and form.yes("send_email"):
                mailed, unmailed = try_mail(lambda: page.vault.family.send_invitation(page.actor, made, link=link))
            return _accounts_page(page, case_id, FormValues({}), status=200, invitation=made, link=link,
                                  mailed=mailed, unmailed=unmailed)
    return _accounts_page(page, case_id, form, status=400)


@router.post("/family-accounts/{account_id}/end")
async def end_account(page: SignedIn, account_id: str) -> Response:
    await page.form()
    ended = page.vault.family.end(page.actor, account_id)
    return RedirectResponse(f"{PREFIX}/cases/{ended.case_id}/family", status_code=303)


@router.get("/family-notices")
def notices(page: SignedIn) -> Response:
    if Action.FAMILY_NOTICES not in page.vault.abilities.on_service(page.actor, [Action.FAMILY_NOTICES]):
        raise NotFound("no such page")
    return page.render("family/notices.html", title=_("What families did in the portal"), nav="dashboard",
                       notices=page.vault.family.notices(page.actor))


@router.post("/family-notices/{notice_id}/seen")
async def notice_seen(page: SignedIn, notice_id: str) -> Response:
    await page.form()
    page.vault.family.seen(page.actor, notice_id)
    return RedirectResponse(f"{PREFIX}/family-notices", status_code=303)
