"""Logging in: Argon2 password check, then a random bearer token of which only the SHA-256 is kept,
expiring after the configured hours. Every login, failure and logout is audited."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select

from vault.audit import AuditAction
from vault.db.models import SessionToken, Staff
from vault.errors import AuthenticationFailed
from vault.policy import Actor, Role, Target, TargetKind
from vault.services._work import Core
from vault.services.passwords import Passwords

__all__ = ["AuthService", "LoginResult"]


@dataclass(frozen=True)
class LoginResult:
    token: str
    expires_at: datetime
    actor: Actor

    def __repr__(self) -> str:
        return f"LoginResult(token=***, expires_at={self.expires_at.isoformat()}, actor={self.actor!r})"


class AuthService:
    def __init__(self, core: Core, passwords: Passwords) -> None:
        self._core = core
        self._passwords = passwords

    def login(self, username: str, password: str) -> LoginResult:
        with self._core.database.reading() as session:
            staff = session.scalar(select(Staff).where(Staff.username == username))
            ok = self._passwords.verify(staff.password_hash if staff else None, password)
        if staff is None or not ok or not staff.active:
            actor = _actor(staff) if staff is not None else Actor.anonymous()
            with self._core.work(actor) as work:
                reason = "unknown user" if staff is None else ("inactive" if ok else "wrong password")
                target = Target(TargetKind.SESSION, staff.id if staff else None)
                work.record(AuditAction.LOGIN_FAILED, target, operation="auth.login", detail={"reason": reason})
            raise AuthenticationFailed("wrong username or password")
        actor = _actor(staff)
        with self._core.work(actor) as work:
            token = self._core.ids.token()
            row = SessionToken(
                id=work.new_id(),
                token_hash=_digest(token),
                staff_id=staff.id,
                created_at=work.now,
                expires_at=work.now + timedelta(hours=work.rules.session_hours),
            )
            work.session.add(row)
            if self._passwords.needs_rehash(staff.password_hash):
                work.session.get(Staff, staff.id).password_hash = self._passwords.hash(password)  # type: ignore[union-attr]
            work.record(AuditAction.LOGGED_IN, Target(TargetKind.SESSION, row.id), operation="auth.login")
            return LoginResult(token=token, expires_at=row.expires_at, actor=actor)

    def authenticate(self, token: str) -> Actor:
        """The member of staff a bearer token belongs to; :class:`AuthenticationFailed` otherwise."""
        now = self._core.clock.now()
        with self._core.database.reading() as session:
            row = session.execute(_SESSION_OF_TOKEN, {"token_hash": _digest(token)}).first()
        if row is None:
            raise AuthenticationFailed("unknown session: log in again")
        revoked_at, expires_at, staff_id, username, role, active = row
        if revoked_at is not None or not active:
            raise AuthenticationFailed("this session has ended: log in again")
        if now >= expires_at:
            raise AuthenticationFailed("this session has expired: log in again")
        return Actor(id=staff_id, role=Role(role), name=username)

    def logout(self, token: str) -> None:
        actor = self.authenticate(token)
        with self._core.work(actor) as work:
            row = work.session.scalar(select(SessionToken).where(SessionToken.token_hash == _digest(token)))
            assert row is not None
            row.revoked_at = work.now
            work.record(AuditAction.LOGGED_OUT, Target(TargetKind.SESSION, row.id), operation="auth.logout")


# Built once: every request checks its token.
_SESSION_OF_TOKEN = (
    select(SessionToken.revoked_at, SessionToken.expires_at, Staff.id, Staff.username, Staff.role, Staff.active)
    .join(Staff, Staff.id == SessionToken.staff_id)
    .where(SessionToken.token_hash == bindparam("token_hash"))
)


def _actor(staff: Staff) -> Actor:
    return Actor(id=staff.id, role=Role(staff.role), name=staff.username)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
