"""Sharing that is delivered: the supporter makes (and revokes) a link for a disclosure's recipient;
the recipient opens it, without an account, and downloads exactly what the parent agreed to share.

The supporter may give the recipient's e-mail address: the vault then sends the link, marked
CONFIDENTIAL, if the parent's consent to e-mail contact is on record (otherwise, or without a mail
server, the page says why and the supporter hands the link over). A link that is unknown, expired,
revoked, replayed (single use) or whose consent was withdrawn shows "Page not found", like any page
that is not there. A single-use link's visit is a cookie of its own
(``vault_share_visit``), set when it is first opened.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from vault.api.streams import content_disposition, iterate_blocks
from vault.errors import Conflict, InvalidRequest
from vault.mail import MailError
from vault.services.outbox import MailNotSetUp, check_address
from vault.services.sharing import DEFAULT_HOURS, MAX_HOURS
from vault.web.core import PREFIX, Page, SignedIn, Visitor, WebRoute, cookie_name, set_cookie
from vault.web.formdata import FormValues, values_of
from vault.web.i18n import gettext as _

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

VISIT_COOKIE = "vault_share_visit"


# -- staff ---------------------------------------------------------------------------------------


@router.get("/disclosures/{disclosure_id}/links")
def links(page: SignedIn, disclosure_id: str) -> Response:
    return _links_page(page, disclosure_id, FormValues({}), status=200)


def _links_page(page: Page, disclosure_id: str, form: FormValues, *, status: int, made: object = None,
                link: str | None = None, mailed: bool = False, unmailed: str | None = None) -> Response:
    listed = page.vault.sharing.list(page.actor, disclosure_id)
    title = _("Send by a secure link")
    return page.render("sharing/links.html", title=title if not form.errors else _("Error: %(title)s", title=title),
                       status=status, nav="cases", disclosure_id=disclosure_id, links=listed, errors=form.errors,
                       values=form.values, made=made, link=link, default_hours=DEFAULT_HOURS, max_days=MAX_HOURS // 24,
                       mail_ready=page.vault.outbox.ready, mailed=mailed, unmailed=unmailed)


@router.post("/disclosures/{disclosure_id}/links")
async def make_link(page: SignedIn, disclosure_id: str) -> Response:
    form = values_of(await page.form())
    days = form.choice("days", ["1", "3", "7", "14"], required=_("Choose how long the link works"))
    email = form.optional("email", max_length=254)
    if email is not None:
        try:
            email = check_address(email)
        except InvalidRequest as wrong:
            form.errors.add("email", _("The link was not made: %(reason)s", reason=str(wrong)))
    if not form.errors:
        try:
            made = page.vault.sharing.create(page.actor, disclosure_id, hours=int(days) * 24,
                                             single_use=form.yes("single_use"))
        except (InvalidRequest, Conflict) as refused:
            form.errors.add("days", _("The link was not made: %(reason)s", reason=str(refused)))
        else:
            link = str(page.request.url_for("shared", token=made.token))
            mailed, unmailed = False, None
            if email is not None:
                to = email
                mailed, unmailed = try_mail(lambda: page.vault.sharing.send_link(page.actor, made, to=to, link=link))
            return _links_page(page, disclosure_id, FormValues({}), status=200, made=made, link=link,
                               mailed=mailed, unmailed=unmailed)
    return _links_page(page, disclosure_id, form, status=400)


def try_mail(send: Callable[[], object]) -> tuple[bool, str | None]:
    """Send (a link, an invitation) through the vault: (sent, why not). Refused without the parent's
    consent to e-mail contact, without a mail server or by the server: the supporter hands it over."""
    try:
        send()
    except (InvalidRequest, Conflict, MailNotSetUp, MailError) as failed:
        return False, str(failed)
    return True, None


@router.post("/share-links/{link_id}/revoke")
async def revoke(page: SignedIn, link_id: str) -> Response:
    form = values_of(await page.form())
    ended = page.vault.sharing.revoke(page.actor, link_id)
    back = form.optional("disclosure") or ended.disclosure_id
    return RedirectResponse(f"{PREFIX}/disclosures/{back}/links", status_code=303)


# -- the recipient -------------------------------------------------------------------------------


@router.get("/shared/{token}")
def shared(visit: Visitor, token: str) -> Response:
    view = visit.vault.sharing.open(token, visit=visit.request.cookies.get(cookie_name(visit.request, VISIT_COOKIE)))
    response = visit.render("sharing/shared.html", title=_("Documents shared with you"), shared=view, token=token)
    if view.visit is not None:
        set_cookie(visit.request, response, VISIT_COOKIE, view.visit)
    return response


@router.get("/shared/{token}/documents/{document_id}")
def shared_document(visit: Visitor, token: str, document_id: str) -> Response:
    document, reader = visit.vault.sharing.download(
        token, document_id, visit=visit.request.cookies.get(cookie_name(visit.request, VISIT_COOKIE)))
    return StreamingResponse(iterate_blocks(reader), media_type=document.content_type,
                             headers={"Content-Disposition": content_disposition(document.filename),
                                      "Content-Length": str(document.size)})
