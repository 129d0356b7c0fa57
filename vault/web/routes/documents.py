"""One document: what it is, the parent's wishes for it, its return, and its download where the
policy allows (never the file itself in a frame), and its pages as images drawn on the server by the
preview service (``PreviewService.page``: each page shown is one ``viewed`` event, cached or not).

Every read goes through :class:`vault.services.DocumentService` exactly as the API's do: the page
records one ``viewed`` event (``describe``), the download another with ``content`` (``open``); a
document the actor may not read answers "Page not found" and is recorded as ``denied``.
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


# The kinds the preview service draws (vault.previews): PDF, images, Office documents, e-mail and text.
PREVIEWED_KINDS = frozenset({"pdf", "image", "docx", "odt", "doc", "rtf", "eml", "text"})


@router.get("/documents/{document_id}")
def document(page: SignedIn, document_id: str, saved: bool = False, shown: int = 1) -> Response:
    view = page.vault.documents.describe(page.actor, document_id)  # first: a refusal is about the document
    summary = page.vault.cases.view(page.actor, view.case_id)
    allowed = page.vault.abilities.on_case(page.actor, view.case_id, _OFFERED)
    returns = ([r for r in page.vault.returns.list(page.actor, view.case_id) if r.document_id == view.id]
               if Action.RETURN_LIST in allowed else [])
    open_return = next((r for r in returns if r.status in ("requested", "released")), None)
    previewed = view.kind in PREVIEWED_KINDS and view.state == "held"
    pages = page.vault.previews.known_pages(page.actor, document_id) if previewed else None
    shown = max(1, min(shown, pages or shown))
    return render_section(page, view.case_id, "documents", summary, "case/document.html", document=view,
                          allowed=allowed, returns=returns, open_return=open_return, saved=saved, kind_names=kind_names(),
                          previewed=previewed, shown=shown, pages=pages)


@router.get("/documents/{document_id}/pages/{number}.png")
def page_image(page: SignedIn, document_id: str, number: int) -> Response:
    """One page drawn on the server (checked and audited as the API's page image is)."""
    image = page.vault.previews.page(page.actor, document_id, number)
    return Response(image, media_type="image/png", headers={"Cache-Control": "no-store"})


def kind_names() -> dict[str, str]:
    return {"pdf": _("PDF"), "text": _("Text"), "eml": _("E-mail"), "docx": _("Word document"),
            "odt": _("OpenDocument text"), "doc": _("Word 97-2003 document"), "rtf": _("Rich Text document"),
            "msg": _("Outlook message"), "image": _("Image"), "zip": _("ZIP archive"), "unknown": _("Not known")}


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
