"""Staff accounts: added, listed, deactivated and given new passwords by administrators."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from vault.audit import AuditAction
from vault.db.models import SessionToken, Staff
from vault.errors import Conflict, InvalidRequest
from vault.policy import STAFF_ROLES, Action, Actor, Role, Target, TargetKind
from vault.services._work import Core, Work
from vault.services.passwords import Passwords

__all__ = ["StaffService", "StaffView"]

_USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,63}")


@dataclass(frozen=True)
class StaffView:
    id: str
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime


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
        password_hash = self._passwords.hash(password)
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF))
            if work.session.scalar(select(Staff.id).where(Staff.username == username)):
                raise Conflict(f"there is already a member of staff called {username!r}")
            staff = Staff(
                id=work.new_id(),
                username=username,
                display_name=(display_name or username).strip(),
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

    def set_password(self, actor: Actor, staff_id: str, password: str) -> None:
        password_hash = self._passwords.hash(password)
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF, staff_id))
            staff = work.session.get(Staff, staff_id)
            if staff is None:
                raise InvalidRequest("no such member of staff")
            staff.password_hash = password_hash
            _end_sessions(work, staff.id)
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), decision=decision, detail={"password": "reset"})

    def find(self, actor: Actor, username: str) -> StaffView:
        """One member of staff by username (for the command line)."""
        with self._core.work(actor) as work:
            work.authorize(Action.STAFF_LIST, Target(TargetKind.STAFF))
            staff = work.session.scalar(select(Staff).where(Staff.username == username))
            if staff is None:
                raise InvalidRequest(f"no member of staff called {username!r}")
            return _view(staff)


def _end_sessions(work: Work, staff_id: str) -> None:
    work.session.execute(
        update(SessionToken)
        .where(SessionToken.staff_id == staff_id, SessionToken.revoked_at.is_(None))
        .values(revoked_at=work.now)
    )


def _view(staff: Staff) -> StaffView:
    return StaffView(staff.id, staff.username, staff.display_name, staff.role, staff.active, staff.created_at)
