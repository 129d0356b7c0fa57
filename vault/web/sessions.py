"""Browser sessions: the service's own session token in an HttpOnly, SameSite=Strict cookie, with a
row of ours beside it (:class:`vault.db.models.WebSession`) for what only a browser needs: the CSRF
token of its forms and idle expiry.

A session ends at the first of: signing out; ``idle`` without a request; the sign-in's own expiry
(``session_hours``); the account being deactivated or its password changed elsewhere (the service
revokes the token). A session found idle is ended in the service too, so its token is dead everywhere.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from vault.app import Vault
from vault.db.models import WebSession
from vault.errors import AuthenticationFailed, SignInIncomplete
from vault.policy import Actor
from vault.services import LoginResult
from vault.services.auth import SIGNING_IN
from vault.web.options import WebOptions

__all__ = ["BrowserSession", "SessionEnded", "WebSessions"]

# How stale ``last_seen_at`` may get before a request writes it again (one write a minute, not one a page).
_TOUCH_EVERY = timedelta(seconds=60)


class SessionEnded(Exception):
    """No usable session: ``reason`` is ``signed_out``, ``idle`` or ``expired`` (shown on the sign-in page)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BrowserSession:
    token: str
    actor: Actor
    csrf_token: str
    expires_at: datetime
    complete: bool = True  # False: the sign-in's session may only set up the authenticator app

    def __repr__(self) -> str:
        return f"BrowserSession(actor={self.actor!r}, token=***, csrf=***)"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class WebSessions:
    def __init__(self, vault: Vault, options: WebOptions) -> None:
        self._vault = vault
        self._database = vault.core.database
        self._clock = vault.core.clock
        self._idle = options.idle

    def start(self, login: LoginResult) -> BrowserSession:
        now = self._clock.now()
        csrf = secrets.token_urlsafe(32)
        with self._database.transaction() as session:
            # Rows of sessions long over are of no use to anyone: cleared as new ones start.
            session.execute(delete(WebSession).where(WebSession.expires_at < now - timedelta(days=1)))
            session.add(WebSession(token_hash=token_hash(login.token), staff_id=login.actor.id, csrf_token=csrf,
                                   created_at=now, last_seen_at=now, expires_at=login.expires_at))
        return BrowserSession(login.token, login.actor, csrf, login.expires_at)

    def resume(self, token: str, *, signing_in: bool = False) -> BrowserSession:
        """The session a cookie names, brought up to date; :class:`SessionEnded` if it is over, or
        (reason ``incomplete``) if it may only finish signing in and ``signing_in`` is not set."""
        key = token_hash(token)
        now = self._clock.now()
        with self._database.reading() as session:
            row = session.get(WebSession, key)
            found = None if row is None else (row.csrf_token, row.last_seen_at, row.expires_at)
        if found is None:
            raise SessionEnded("signed_out")
        csrf, last_seen, expires_at = found
        if now >= expires_at:
            self._forget(key)
            raise SessionEnded("expired")
        if now - last_seen >= self._idle:
            self.end(token)
            raise SessionEnded("idle")
        complete = True
        try:
            try:
                actor = self._vault.auth.authenticate(token)
            except SignInIncomplete:
                if not signing_in:
                    raise SessionEnded("incomplete") from None
                actor, complete = self._vault.auth.authenticate(token, scopes=SIGNING_IN), False
        except AuthenticationFailed:
            self._forget(key)
            raise SessionEnded("signed_out") from None
        if now - last_seen >= _TOUCH_EVERY:
            with self._database.transaction() as session:
                session.execute(update(WebSession).where(WebSession.token_hash == key).values(last_seen_at=now))
        return BrowserSession(token, actor, csrf, expires_at, complete=complete)

    def end(self, token: str) -> None:
        """Sign out: the service's token is revoked (and audited) and our row goes."""
        try:
            self._vault.auth.logout(token)
        except AuthenticationFailed:
            pass  # already ended in the service (expired, revoked)
        self._forget(token_hash(token))

    def _forget(self, key: str) -> None:
        with self._database.transaction() as session:
            session.execute(delete(WebSession).where(WebSession.token_hash == key))

    def count(self, staff_id: str) -> int:
        with self._database.reading() as session:
            return len(list(session.scalars(select(WebSession.token_hash).where(WebSession.staff_id == staff_id))))
