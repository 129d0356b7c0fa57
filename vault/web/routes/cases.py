"""My cases: the families the actor works with (a coordinator: every case, by reference), and search
by family name, child's name, postcode or reference through the keyed index."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from vault.errors import InvalidRequest
from vault.policy import Action, Role
from vault.web.core import PREFIX, SignedIn, WebRoute
from vault.web.forms import Errors
from vault.web.i18n import gettext as _

router = APIRouter(prefix=PREFIX, route_class=WebRoute, include_in_schema=False)

PAGE_SIZE = 50


@router.get("/cases")
def cases(page: SignedIn, q: str | None = None, start: int = 0) -> Response:
    vault, actor = page.vault, page.actor
    heading = _("Cases") if actor.role is Role.COORDINATOR else _("My cases")
    errors = Errors()
    searched = q is not None
    start = max(0, min(start, 100_000))
    found = []
    if searched:
        try:
            found = vault.search.search(actor, q or "", limit=PAGE_SIZE)
        except InvalidRequest as refused:
            errors.add("q", str(refused)[:1].upper() + str(refused)[1:])
    else:
        found = vault.cases.list(actor, limit=PAGE_SIZE + 1, offset=start)
    more = not searched and len(found) > PAGE_SIZE
    found = found[:PAGE_SIZE]
    names = vault.abilities.staff_names(actor, {sid for case in found for sid in case.supporters})
    title = heading if not errors else _("Error: %(title)s", title=heading)
    return page.render("cases.html", title=title, nav="cases", heading=heading, cases=found, query=q or "",
                       searched=searched, errors=errors, names=names, start=start, more=more, page_size=PAGE_SIZE,
                       coordinator=actor.role is Role.COORDINATOR,
                       can_open=Action.CASE_CREATE in vault.abilities.on_service(actor, [Action.CASE_CREATE]))
