"""Checking the vault itself: the audit chain verified end to end (administrators and coordinators;
the check is itself recorded), and the master keys' status (administrators: versions and how many
case keys each wraps, never a key; rotating them stays on the command line with the key file)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from vault.audit import VerifyReport
from vault.errors import NotFound
from vault.policy import Action
from vault.web.core import PREFIX, Page, SignedIn, WebRoute, refused_as_not_found
from vault.web.i18n import gettext as _

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

MAX_BREAKS_SHOWN = 50


@router.get("/audit")
def audit(page: SignedIn) -> Response:
    # The page offers the check to whoever the policy lets run it; the check itself is a POST (it
    # writes its own `verified` event) and the service decides again.
    if Action.AUDIT_VERIFY not in page.vault.abilities.on_service(page.actor, [Action.AUDIT_VERIFY]):
        raise NotFound("no such page")
    return _audit_page(page, report=None)


def _audit_page(page: Page, *, report: VerifyReport | None) -> Response:
    return page.render("oversight/audit.html", title=_("Audit log"), nav="audit", report=report,
                       max_breaks=MAX_BREAKS_SHOWN)


@router.post("/audit/verify")
async def verify(page: SignedIn) -> Response:
    await page.form()
    with refused_as_not_found():
        report = page.vault.audit.verify(page.actor)
    return _audit_page(page, report=report)


@router.get("/keys")
def keys(page: SignedIn) -> Response:
    with refused_as_not_found():
        key_status = page.vault.keys.status(page.actor)
    return page.render("oversight/keys.html", title=_("Encryption keys"), nav="keys", keys=key_status)
