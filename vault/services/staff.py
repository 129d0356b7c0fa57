"""Staff accounts: added, listed and deactivated by administrators, who may also reset a password or a
second factor, and never set or learn either.

A password reset makes the old password stop working and issues a one-time token, shown once to the
administrator to pass on, with which the member of staff chooses their own password (with their
authenticator code, if they have a second factor: the administrator holding the token cannot use it
alone). A second-factor reset forgets the secret; the member of staff enrols again at their next
sign-in, which takes their password. One administrator may not have both resets outstanding on one
account (they would then hold everything needed to sign in as its owner): another administrator, or
the operator on the command line, makes the second. Each reset ends the account's sessions and is
audited, and appears in the subject access archive of every family the account's sign-ins read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from vault.audit import AuditAction
from vault.db.models import SessionToken, Staff
from vault.errors import Conflict, InvalidRequest
from vault.policy import STAFF_ROLES, Action, Actor, Role, Target, TargetKind
from vault.services import second_factor
from vault.services._work import Core, Work
from vault.services.auth import token_digest
from vault.services.passwords import Passwords
from vault.text_rules import check_line

__all__ = ["PasswordReset", "StaffService", "StaffView", "checked_email"]

RESET_MARKER = "!reset"  # in place of a password hash: no password matches it

_USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,63}")
_EMAIL = re.compile(r"[^@\s<>,;\"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


@dataclass(frozen=True)
class StaffView:
    id: str
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime
    second_factor: bool = False  # enrolled
    password_reset_pending: bool = False
    email: str | None = None  # their work address, for the daily digest


@dataclass(frozen=True)
class PasswordReset:
    """Shown once to whoever made the reset, to pass on to the member of staff (not a password)."""

    staff_id: str
    username: str
    token: str
    expires_at: datetime

    def __repr__(self) -> str:
        return f"PasswordReset({self.username!r}, token=***, expires_at={self.expires_at.isoformat()})"


class StaffService:
    def __init__(self, core: Core, passwords: Passwords) -> None:
        self._core = core
        self._passwords = passwords

    def add(self, actor: Actor, *, username: str, role: Role | str, password: str, display_name: str | None = None) -> StaffView:
        if not _USERNAME.fullmatch(username):
            raise InvalidRequest("a username is 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter")
        try:
            role = Role(role)
        except ValueError:
            role = None  # type: ignore[assignment]
        if role not in STAFF_ROLES:
            raise InvalidRequest(f"role must be one of: {', '.join(STAFF_ROLES)}")
        shown = check_line(display_name or username, field="a display name", max_length=200).strip()
        if not shown:
            raise InvalidRequest("a display name cannot be blank")
        password_hash = self._passwords.hash(password)
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF))
            if work.session.scalar(select(Staff.id).where(Staff.username == username)):
                raise Conflict(f"there is already a member of staff called {username!r}")
            staff = Staff(
                id=work.new_id(),
                username=username,
                display_name=shown,
                role=str(role),
                password_hash=password_hash,
                active=True,
                created_at=work.now,
            )
            work.session.add(staff)
            work.session.flush()
            work.record(
                AuditAction.CREATED, Target(TargetKind.STAFF, staff.id), decision=decision, detail={"role": str(role)}
            )
            return _view(staff)

    def list(self, actor: Actor) -> list[StaffView]:
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_LIST, Target(TargetKind.STAFF))
            staff = [_view(row) for row in work.session.scalars(select(Staff).order_by(Staff.username))]
            work.record(AuditAction.LISTED, Target(TargetKind.STAFF), decision=decision)
            return staff

    def deactivate(self, actor: Actor, staff_id: str) -> StaffView:
        """No more logins, and every open session ends. Assignments stay for the coordinator to move."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF, staff_id))
            staff = work.session.get(Staff, staff_id)
            if staff is None:
                raise InvalidRequest("no such member of staff")
            if staff.id == actor.id:
                raise Conflict("you cannot deactivate your own account")
            staff.active = False
            _end_sessions(work, staff.id)
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), decision=decision, detail={"active": False})
            return _view(staff)

    def reset_password(self, actor: Actor, staff_id: str) -> PasswordReset:
        """The old password stops working; a one-time token lets its owner choose a new one."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF, staff_id))
            staff = _for_reset(work, actor, staff_id, other_outstanding=lambda s: s.totp_reset_by, what="second factor")
            token = self._core.ids.token()
            staff.password_hash = RESET_MARKER
            staff.reset_token_hash = token_digest(token)
            staff.reset_expires_at = work.now + timedelta(hours=work.rules.reset_token_hours)
            staff.reset_by = actor.id
            _end_sessions(work, staff.id)
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), decision=decision,
                        detail={"password": "reset", "expires_at": staff.reset_expires_at.isoformat()})
            return PasswordReset(staff.id, staff.username, token, staff.reset_expires_at)

    def reset_second_factor(self, actor: Actor, staff_id: str) -> StaffView:
        """Forget the account's second factor; its owner enrols again at their next sign-in."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF, staff_id))
            staff = _for_reset(work, actor, staff_id, other_outstanding=lambda s: s.reset_by, what="password")
            second_factor.reset(work, staff, actor)
            _end_sessions(work, staff.id)
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), decision=decision,
                        detail={"second_factor": "reset"})
            return _view(staff)

    def set_email(self, actor: Actor, staff_id: str, email: str | None) -> StaffView:
        """Their work e-mail address (None: none), where the daily digest goes."""
        email = None if email is None else checked_email(email)
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF, staff_id))
            staff = work.session.get(Staff, staff_id)
            if staff is None:
                raise InvalidRequest("no such member of staff")
            staff.email = email
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), decision=decision,
                        detail={"email": "set" if email else "removed"})
            return _view(staff)

    def find(self, actor: Actor, username: str) -> StaffView:
        """One member of staff by username (for the command line)."""
        with self._core.work(actor) as work:
            work.authorize(Action.STAFF_LIST, Target(TargetKind.STAFF))
            staff = work.session.scalar(select(Staff).where(Staff.username == username))
            if staff is None:
                raise InvalidRequest(f"no member of staff called {username!r}")
            return _view(staff)


def checked_email(email: str) -> str:
    email = email.strip()
    if not _EMAIL.fullmatch(email) or len(email) > 254:
        raise InvalidRequest(f"{email!r} is not an e-mail address")
    return email


def _end_sessions(work: Work, staff_id: str) -> None:
    work.session.execute(
        update(SessionToken)
        .where(SessionToken.staff_id == staff_id, SessionToken.revoked_at.is_(None))
        .values(revoked_at=work.now)
    )


def _for_reset(work: Work, actor: Actor, staff_id: str, *, other_outstanding: Callable[[Staff], str | None], what: str) -> Staff:
    staff = work.session.scalar(select(Staff).where(Staff.id == staff_id).with_for_update())
    if staff is None:
        raise InvalidRequest("no such member of staff")
    if actor.role != Role.OPERATOR and other_outstanding(staff) == actor.id:
        raise Conflict(f"you reset this account's {what} and its owner has not set it up again yet: another "
                       "administrator (or the operator, with `vault user`) must make this reset, so that no one person "
                       "holds everything needed to sign in as them")
    return staff


def _view(staff: Staff) -> StaffView:
    return StaffView(staff.id, staff.username, staff.display_name, staff.role, staff.active, staff.created_at,
                     second_factor=staff.totp_sealed is not None, password_reset_pending=staff.reset_token_hash is not None,
                     email=staff.email)
