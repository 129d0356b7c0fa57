"""Staff accounts: added, listed and deactivated by administrators, who may also reset a password or a
second factor, and never set or learn either.

Each member's DBS check is recorded by date (``record_dbs_check``): a family is assigned only to staff
whose check is recorded and current (:func:`require_current_dbs`: a coordinator's assignment, and a
supporter opening a case, which they then support).

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
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, update

from vault.audit import AuditAction
from vault.clock import add_calendar_month
from vault.db.models import Assignment, SessionToken, Staff
from vault.errors import Conflict, InvalidRequest
from vault.policy import FAMILY_ROLES, STAFF_ROLES, Action, Actor, Role, Target, TargetKind
from vault.services import second_factor
from vault.services._work import Core, Work, is_id
from vault.services.auth import token_digest
from vault.services.passwords import Passwords
from vault.text_rules import check_line

__all__ = ["PasswordReset", "StaffService", "StaffView", "checked_email", "dbs_current", "dbs_valid_until",
           "require_current_dbs"]

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
    dbs_checked_on: date | None = None  # the date of their last DBS check, if recorded
    dbs_valid_until: date | None = None  # after this day the check is no longer current
    dbs_current: bool = False  # recorded and current today: a family may be assigned to them
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

    def add(self, actor: Actor, *, username: str, role: Role | str, password: str, display_name: str | None = None,
            dbs_checked_on: date | None = None) -> StaffView:
        password_hash = self._passwords.hash(password)
        with self._core.work(actor) as work:
            return _view(work, _add(work, actor, username=username, role=role, password_hash=password_hash,
                                    display_name=display_name, dbs_checked_on=dbs_checked_on))

    def invite(self, actor: Actor, *, username: str, role: Role | str, display_name: str | None = None,
               dbs_checked_on: date | None = None) -> tuple[StaffView, PasswordReset]:
        """A new account with no password: a one-time token (shown once, to pass on) lets its owner
        choose one, as after a reset. Nobody but them ever knows it (the web interface adds staff so)."""
        with self._core.work(actor) as work:
            staff = _add(work, actor, username=username, role=role, password_hash=RESET_MARKER, display_name=display_name,
                         dbs_checked_on=dbs_checked_on)
            token = self._core.ids.token()
            staff.reset_token_hash = token_digest(token)
            staff.reset_expires_at = work.now + timedelta(hours=work.rules.reset_token_hours)
            staff.reset_by = actor.id
            return _view(work, staff), PasswordReset(staff.id, staff.username, token, staff.reset_expires_at)

    def get(self, actor: Actor, staff_id: str) -> StaffView:
        """One member of staff (for whoever may list staff)."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_LIST, Target(TargetKind.STAFF, staff_id))
            staff = _get(work, staff_id)
            work.record(AuditAction.VIEWED, Target(TargetKind.STAFF, staff.id), decision=decision)
            return _view(work, staff)

    def list(self, actor: Actor) -> list[StaffView]:
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_LIST, Target(TargetKind.STAFF))
            # Family portal accounts sign in like staff but are not staff (vault.services.family).
            staff = [_view(work, row) for row in work.session.scalars(
                select(Staff).where(Staff.role.not_in([str(r) for r in FAMILY_ROLES])).order_by(Staff.username))]
            work.record(AuditAction.LISTED, Target(TargetKind.STAFF), decision=decision)
            return staff

    def deactivate(self, actor: Actor, staff_id: str) -> StaffView:
        """No more logins, and every open session ends. Assignments stay for the coordinator to move."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF, staff_id))
            staff = _get(work, staff_id)
            if staff.id == actor.id:
                raise Conflict("you cannot deactivate your own account")
            staff.active = False
            _end_sessions(work, staff.id)
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), decision=decision, detail={"active": False})
            return _view(work, staff)

    def set_role(self, actor: Actor, staff_id: str, role: Role | str) -> StaffView:
        """A new role, from the next request on (sessions end, so nobody keeps the old one's reach).
        A parental supporter still supporting families keeps the role until a coordinator moves them."""
        new_role = _staff_role(role)
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF, staff_id))
            staff = _get(work, staff_id)
            if staff.id == actor.id:
                raise Conflict("you cannot change your own role: another administrator must")
            if staff.role == str(new_role):
                return _view(work, staff)
            supported = work.session.scalar(
                select(func.count()).select_from(Assignment).where(Assignment.staff_id == staff.id,
                                                                   Assignment.ended_at.is_(None)))
            if supported:
                raise Conflict(f"{staff.username} still supports {supported} famil{'y' if supported == 1 else 'ies'}: "
                               "a coordinator assigns them to someone else first")
            previous, staff.role = staff.role, str(new_role)
            _end_sessions(work, staff.id)
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), decision=decision,
                        detail={"role": str(new_role), "was": previous})
            return _view(work, staff)

    def record_dbs_check(self, actor: Actor, staff_id: str, checked_on: date) -> StaffView:
        """The date of a member's (latest) DBS check: current for ``dbs_valid_years`` from that day."""
        with self._core.work(actor) as work:
            decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF, staff_id))
            staff = _get(work, staff_id)
            _check_dbs_date(checked_on, work.today)
            staff.dbs_checked_on = checked_on
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), decision=decision,
                        detail={"dbs_checked_on": checked_on.isoformat()})
            return _view(work, staff)

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
            return _view(work, staff)

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
            return _view(work, staff)

    def find(self, actor: Actor, username: str) -> StaffView:
        """One member of staff by username (for the command line)."""
        with self._core.work(actor) as work:
            work.authorize(Action.STAFF_LIST, Target(TargetKind.STAFF))
            staff = work.session.scalar(select(Staff).where(Staff.username == username))
            if staff is None:
                raise InvalidRequest(f"no member of staff called {username!r}")
            return _view(work, staff)


def _add(work: Work, actor: Actor, *, username: str, role: Role | str, password_hash: str, display_name: str | None,
         dbs_checked_on: date | None) -> Staff:
    if not _USERNAME.fullmatch(username):
        raise InvalidRequest("a username is 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter")
    role = _staff_role(role)
    shown = check_line(display_name or username, field="a display name", max_length=200).strip()
    if not shown:
        raise InvalidRequest("a display name cannot be blank")
    decision = work.authorize(Action.STAFF_MANAGE, Target(TargetKind.STAFF))
    if work.session.scalar(select(Staff.id).where(Staff.username == username)):
        raise Conflict(f"there is already a member of staff called {username!r}")
    if dbs_checked_on is not None:
        _check_dbs_date(dbs_checked_on, work.today)
    staff = Staff(id=work.new_id(), username=username, display_name=shown, role=str(role), password_hash=password_hash,
                  active=True, created_at=work.now, dbs_checked_on=dbs_checked_on)
    work.session.add(staff)
    work.session.flush()
    detail: dict[str, object] = {"role": str(role)}
    if dbs_checked_on is not None:
        detail["dbs_checked_on"] = dbs_checked_on.isoformat()
    work.record(AuditAction.CREATED, Target(TargetKind.STAFF, staff.id), decision=decision, detail=detail)
    return staff


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


def dbs_valid_until(checked_on: date | None, years: int) -> date | None:
    """The last day a DBS check made on ``checked_on`` is current (none recorded: none)."""
    if checked_on is None:
        return None
    return add_calendar_month(checked_on, 12 * years) - timedelta(days=1)


def dbs_current(checked_on: date | None, *, today: date, years: int) -> bool:
    until = dbs_valid_until(checked_on, years)
    return until is not None and checked_on is not None and checked_on <= today <= until


def require_current_dbs(work: Work, staff: Staff, *, themselves: bool = False) -> None:
    """"All staff who work with families are DBS checked" (policies 000, 001): a family is assigned only
    to a member whose check is recorded and current; otherwise :class:`InvalidRequest` with the reason."""
    years = work.rules.dbs_valid_years
    who = "you have" if themselves else f"{staff.display_name} has"
    if staff.dbs_checked_on is None:
        raise InvalidRequest(f"{who} no DBS check recorded: a family is assigned only to staff whose DBS check is "
                             "recorded and current (an administrator records it)")
    if not dbs_current(staff.dbs_checked_on, today=work.today, years=years):
        until = dbs_valid_until(staff.dbs_checked_on, years)
        whose = "your" if themselves else f"{staff.display_name}'s"
        raise InvalidRequest(f"{whose} DBS check of {staff.dbs_checked_on:%d/%m/%Y} is no longer current (it ran to "
                             f"{until:%d/%m/%Y}, {years} years): a family is assigned only to staff whose DBS check is "
                             "current (an administrator records the new check)")


def _check_dbs_date(checked_on: date, today: date) -> None:
    if checked_on > today:
        raise InvalidRequest("a DBS check date cannot be in the future")


def _staff_role(role: Role | str) -> Role:
    try:
        found = Role(role)
    except ValueError:
        found = None  # type: ignore[assignment]
    if found not in STAFF_ROLES:
        raise InvalidRequest(f"role must be one of: {', '.join(STAFF_ROLES)}")
    return found


def _get(work: Work, staff_id: str) -> Staff:
    staff = work.session.get(Staff, staff_id) if is_id(staff_id) else None
    if staff is None:
        raise InvalidRequest("no such member of staff")
    return staff


def _view(work: Work, staff: Staff) -> StaffView:
    years = work.rules.dbs_valid_years
    return StaffView(staff.id, staff.username, staff.display_name, staff.role, staff.active, staff.created_at,
                     second_factor=staff.totp_sealed is not None, password_reset_pending=staff.reset_token_hash is not None,
                     dbs_checked_on=staff.dbs_checked_on, dbs_valid_until=dbs_valid_until(staff.dbs_checked_on, years),
                     dbs_current=dbs_current(staff.dbs_checked_on, today=work.today, years=years), email=staff.email)
