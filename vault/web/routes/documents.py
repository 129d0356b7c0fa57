"""One document: what it is, the parent's wishes for it, its return, its pages shown as images drawn
on the server (never the file itself in a frame), and its download where the policy allows.

Every read goes through :class:`vault.services.DocumentService` exactly as the API's do: the page
records one ``viewed`` event (``describe``), the download another with ``content`` (``open``), each
page image its own (the preview service); a document the actor may not read answers "Page not found"
and is recorded as ``denied``.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from vault.api.streams import content_disposition, iterate_blocks
from vault.policy import Action
from vault.web.core import PREFIX, SignedIn, WebRoute
from vault.web.i18n import gettext as _
from vault.web.routes.case import render_section

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

_OFFERED = (Action.DOCUMENT_UPDATE, Action.RETURN_REQUEST, Action.RETURN_LIST, Action.DISCLOSURE_RECORD)


@router.get("/documents/{document_id}")
def document(page: SignedIn, document_id: str, saved: bool = False, page_number: int = 1) -> Response:
    view = page.vault.documents.describe(page.actor, document_id)  # first: a refusal is about the document
    summary = page.vault.cases.view(page.actor, view.case_id)
    allowed = page.vault.abilities.on_case(page.actor, view.case_id, _OFFERED)
    returns = ([r for r in page.vault.returns.list(page.actor, view.case_id) if r.document_id == view.id]
               if Action.RETURN_LIST in allowed else [])
    open_return = next((r for r in returns if r.status in ("requested", "released")), None)
    preview = _preview(page, view.id, view.state)
    return render_section(page, view.case_id, "documents", summary, "case/document.html", document=view,
                          allowed=allowed, returns=returns, open_return=open_return, saved=saved, preview=preview,
                          page_number=max(1, page_number), kind_names=kind_names())


def kind_names() -> dict[str, str]:
    return {"pdf": _("PDF"), "text": _("Text"), "eml": _("E-mail"), "docx": _("Word document"),
            "odt": _("OpenDocument text"), "doc": _("Word 97-2003 document"), "rtf": _("Rich Text document"),
            "msg": _("Outlook message"), "image": _("Image"), "zip": _("ZIP archive"), "unknown": _("Not known")}


def _preview(page: SignedIn, document_id: str, state: str) -> dict[str, object] | None:
    """Whether page images can be offered (the preview service is part of this vault)."""
    if getattr(page.vault, "previews", None) is None or state == "destroyed":
        return None
    return {"src": f"{PREFIX}/documents/{document_id}/pages"}


@router.get("/documents/{document_id}/download")
def download(page: SignedIn, document_id: str) -> Response:
    view, reader = page.vault.documents.open(page.actor, document_id)
    return StreamingResponse(
        iterate_blocks(reader), media_type=view.content_type,  # sniffed from the content, never declared
        headers={"Content-Disposition": content_disposition(view.filename), "Content-Length": str(view.size)},
    )


@router.post("/documents/{document_id}/wishes")
async def wishes(page: SignedIn, document_id: str) -> Response:
    form = await page.form()
    page.vault.documents.set_flags(page.actor, document_id, return_on_request=form.get("return") == "yes",
                                   keep_on_file=form.get("keep") == "yes")
    return RedirectResponse(f"{PREFIX}/documents/{document_id}?saved=true", status_code=303)


@router.post("/documents/{document_id}/return-request")
async def request_return(page: SignedIn, document_id: str) -> Response:
    await page.form()
    made = page.vault.returns.request(page.actor, document_id)
    return RedirectResponse(f"{PREFIX}/cases/{made.case_id}/returns?requested=true", status_code=303)
