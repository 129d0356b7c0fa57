"""The web interface's request plumbing: its state on the app, the signed-in page context, forms with
their CSRF check, rendering, and the route class that turns the vault's errors into pages.

Every page is a handler taking a :class:`Page` (signed in) or a :class:`Visit` (not yet), calling
services with ``page.actor``, and returning ``page.render(...)``. Errors raised by a service become
pages: ``NotFound`` is "Page not found" (a refused read looks exactly the same), a form's
``InvalidRequest`` is shown on the form by the handler itself.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from jinja2 import Environment
from starlette.datastructures import FormData

from vault.app import Vault
from vault.clock import local_date
from vault.errors import (
    AuthenticationFailed,
    Conflict,
    ContentUnavailable,
    Forbidden,
    InvalidRequest,
    NotFound,
    ServiceBusy,
    StorageUnavailable,
    TooManyAttempts,
    VaultError,
)
from vault.policy import Actor
from vault.web import i18n
from vault.web.csrf import FIELD as CSRF_FIELD
from vault.web.csrf import CsrfRefused, FormSigner, new_visitor_id, same_token
from vault.web.navigation import navigation
from vault.web.options import WebOptions
from vault.web.sessions import BrowserSession, SessionEnded, WebSessions
from vault.web.templating import environment

__all__ = ["PREFIX", "Page", "SignedIn", "SigningIn", "Visit", "Visitor", "Web", "WebRoute", "refused_as_not_found",
           "web_of"]

PREFIX = "/web"
SESSION_COOKIE = "vault_session"
VISITOR_COOKIE = "vault_visitor"
# Forms other than uploads are small: a field over this is refused rather than read.
MAX_FIELD_BYTES = 64 * 1024
MAX_FIELDS = 200


@dataclass
class Web:
    """Built once when the interface is mounted; kept on ``app.state.web``."""

    vault: Vault
    options: WebOptions
    sessions: WebSessions
    signer: FormSigner
    templates: Environment

    @classmethod
    def build(cls, vault: Vault, options: WebOptions) -> Web:
        return cls(vault, options, WebSessions(vault, options), FormSigner(vault), environment())


def web_of(request: Request) -> Web:
    web: Web = request.app.state.web
    return web


def cookie_name(request: Request, base: str) -> str:
    # The __Host- prefix (Secure, Path=/, no Domain) is only accepted on secure cookies.
    return f"__Host-{base}" if secure(request) else base


def secure(request: Request) -> bool:
    return web_of(request).options.secure_cookies or request.url.scheme == "https"


def set_cookie(request: Request, response: Response, base: str, value: str, *, max_age: int | None = None) -> None:
    response.set_cookie(cookie_name(request, base), value, max_age=max_age, path="/", httponly=True,
                        samesite="strict", secure=secure(request))


def clear_cookie(request: Request, response: Response, base: str) -> None:
    response.delete_cookie(cookie_name(request, base), path="/", httponly=True, samesite="strict", secure=secure(request))


@dataclass
class _Context:
    request: Request
    web: Web
    title: str = ""

    @property
    def vault(self) -> Vault:
        return self.web.vault

    @property
    def today(self) -> date:
        """The service's calendar day (UK time), as the services count it."""
        return local_date(self.web.vault.core.clock.now())

    def _response(self, template: str, context: Mapping[str, Any], status: int) -> HTMLResponse:
        html = self.web.templates.get_template(template).render(
            page=self, service_name=self.web.options.service_name, prefix=PREFIX, **context
        )
        return HTMLResponse(html, status_code=status)

    async def form(self) -> FormData:
        """The request's urlencoded form, its size bounded, with the CSRF token checked."""
        form = await self.request.form(max_files=0, max_fields=MAX_FIELDS, max_part_size=MAX_FIELD_BYTES)
        token = form.get(CSRF_FIELD)
        if not self.token_ok(token if isinstance(token, str) else None):
            raise CsrfRefused()
        return form

    def token_ok(self, sent: str | None) -> bool:
        raise NotImplementedError


@dataclass
class Page(_Context):
    """A signed-in request: who it is, their session, and rendering with the layout's needs."""

    session: BrowserSession = field(default=None)  # type: ignore[assignment]

    @property
    def actor(self) -> Actor:
        return self.session.actor

    @property
    def csrf_token(self) -> str:
        return self.session.csrf_token

    def token_ok(self, sent: str | None) -> bool:
        return same_token(sent, self.session.csrf_token)

    @property
    def complete(self) -> bool:
        """False for a sign-in that may only set up the authenticator app (no navigation, no cases)."""
        return self.session.complete

    def navigation(self, current: str) -> list[dict[str, Any]]:
        return navigation(self.actor.role, current) if self.complete else []

    def render(self, template: str, *, title: str, status: int = 200, **context: Any) -> HTMLResponse:
        self.title = title
        return self._response(template, context, status)


@dataclass
class Visit(_Context):
    """A request from someone not (yet) signed in: the sign-in pages."""

    visitor_id: str = ""
    new_visitor: bool = False
    actor: None = None
    session: None = None

    @property
    def csrf_token(self) -> str:
        return self.web.signer.sign("visitor-form", self.visitor_id)

    def token_ok(self, sent: str | None) -> bool:
        return not self.new_visitor and self.web.signer.check("visitor-form", self.visitor_id, sent)

    def navigation(self, current: str) -> list[dict[str, Any]]:
        return []

    def render(self, template: str, *, title: str, status: int = 200, **context: Any) -> HTMLResponse:
        self.title = title
        response = self._response(template, context, status)
        if self.new_visitor:
            set_cookie(self.request, response, VISITOR_COOKIE, self.visitor_id)
        return response


class NotSignedIn(Exception):
    def __init__(self, reason: str = "") -> None:
        super().__init__(reason)
        self.reason = reason


def _signed_in(request: Request, *, signing_in: bool = False) -> Page:
    web = web_of(request)
    i18n.use_locale(i18n.DEFAULT_LOCALE)
    token = request.cookies.get(cookie_name(request, SESSION_COOKIE))
    if not token:
        raise NotSignedIn()
    try:
        session = web.sessions.resume(token, signing_in=signing_in)
    except SessionEnded as ended:
        raise NotSignedIn(ended.reason) from None
    return Page(request, web, session=session)


def _signing_in(request: Request) -> Page:
    """A session that may be whole, or may only set up the authenticator app (``page.complete``)."""
    return _signed_in(request, signing_in=True)


def _visitor(request: Request) -> Visit:
    web = web_of(request)
    i18n.use_locale(i18n.DEFAULT_LOCALE)
    visitor_id = request.cookies.get(cookie_name(request, VISITOR_COOKIE))
    if visitor_id and 20 <= len(visitor_id) <= 100:
        return Visit(request, web, visitor_id=visitor_id)
    return Visit(request, web, visitor_id=new_visitor_id(), new_visitor=True)


SignedIn = Annotated[Page, Depends(_signed_in)]
SigningIn = Annotated[Page, Depends(_signing_in)]
Visitor = Annotated[Visit, Depends(_visitor)]


@contextmanager
def refused_as_not_found() -> Iterator[None]:
    """Pages of a journey the actor's role does not have (staff, reports): the service refuses, and
    records ``denied``; the page answers "Page not found", as for a case one may not see."""
    try:
        yield
    except Forbidden:
        raise NotFound("no such page") from None


class WebRoute(APIRoute):
    """Routes whose failures are pages: the vault's errors, a missing session, a refused form."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await handle(request)
            except NotSignedIn as missing:
                return _to_sign_in(request, missing.reason)
            except CsrfRefused:
                return error_page(request, 403, "errors/csrf.html", i18n.gettext("Your form could not be sent"))
            except AuthenticationFailed:
                return _to_sign_in(request, "signed_out")
            except VaultError as error:
                return vault_error_page(request, error)

        return handler


def _to_sign_in(request: Request, reason: str) -> Response:
    if reason == "incomplete":  # signed in, but the authenticator app must be set up first
        return RedirectResponse(f"{PREFIX}/account/authenticator", status_code=303)
    target = f"{PREFIX}/sign-in" + (f"?ended={reason}" if reason in ("idle", "expired", "signed_out") else "")
    response = RedirectResponse(target, status_code=303)
    if request.cookies.get(cookie_name(request, SESSION_COOKIE)):
        clear_cookie(request, response, SESSION_COOKIE)
    return response


_ERRORS: tuple[tuple[type[VaultError], int, str], ...] = (
    (NotFound, 404, "errors/not_found.html"),
    (Forbidden, 403, "errors/forbidden.html"),
    (InvalidRequest, 400, "errors/problem.html"),
    (Conflict, 409, "errors/problem.html"),
    (ContentUnavailable, 502, "errors/unavailable.html"),
    (StorageUnavailable, 503, "errors/unavailable.html"),
    (TooManyAttempts, 429, "errors/problem.html"),
    (ServiceBusy, 503, "errors/unavailable.html"),
)


def vault_error_page(request: Request, error: VaultError) -> Response:
    for kind, status, template in _ERRORS:
        if isinstance(error, kind):
            titles = {404: i18n.gettext("Page not found"), 403: i18n.gettext("You cannot do this"),
                      400: i18n.gettext("There is a problem"), 409: i18n.gettext("This cannot be done now"),
                      429: i18n.gettext("Too many attempts: wait, then try again")}
            title = titles.get(status, i18n.gettext("Sorry, there is a problem with the service"))
            page = error_page(request, status, template, title, reason=str(error))
            if isinstance(error, TooManyAttempts | ServiceBusy):
                page.headers["Retry-After"] = str(error.retry_after)
            return page
    return error_page(request, 500, "errors/unavailable.html", i18n.gettext("Sorry, there is a problem with the service"),
                      reason="")


def error_page(request: Request, status: int, template: str, title: str, **context: Any) -> HTMLResponse:
    """An error page, with the layout of whoever is asking (signed in or not)."""
    web = web_of(request)
    page: _Context
    try:
        page = _signed_in(request)
    except NotSignedIn:
        page = _visitor(request)
    return page.render(template, title=title, status=status, **context)  # type: ignore[attr-defined, no-any-return]
