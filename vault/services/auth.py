"""Signing in: Argon2 password check and, for an enrolled account, a TOTP code; then a random bearer
token of which only the SHA-256 is kept, expiring after the configured hours.

Every attempt first takes a token from its account's and its address's buckets
(:mod:`vault.services.throttle`): an empty bucket answers 429 before any hashing; failures are
audited at most once per window per account, with the count since. Hashing itself is bounded per
process (:class:`vault.services.passwords.HashingGate`).

A member of staff who must have a second factor (``Rules.require_second_factor``) and has none yet
gets a session that may only enrol one (``scope="enrol"``); confirming the enrolment makes it whole.
After an administrator's password reset, the old password no longer works and the member of staff
chooses a new one with the one-time reset token (and their code, if enrolled): the administrator
never learns a password that works, and cannot use the token without the code.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import bindparam, select, update

from vault.audit import AuditAction
from vault.db.models import SessionToken, Staff
from vault.errors import AuthenticationFailed, SecondFactorRequired, ServiceBusy, SignInIncomplete
from vault.policy import FAMILY_ROLES, Actor, Role, Target, TargetKind
from vault.services import second_factor
from vault.services._work import Core, Work, is_id
from vault.services.passwords import Passwords, check_new_password
from vault.services.second_factor import Enrolment
from vault.services.sign_in_proof import PasswordProofs
from vault.services.throttle import SignInThrottle, Ticket

__all__ = ["FULL", "SIGNING_IN", "AuthService", "LoginResult", "token_digest"]

FULL = "full"
ENROL = "enrol"
SIGNING_IN = frozenset({FULL, ENROL})  # what the enrolment endpoints accept


@dataclass(frozen=True)
class LoginResult:
    token: str
    expires_at: datetime
    actor: Actor
    scope: str = FULL  # "enrol": the session may only set up the second factor

    def __repr__(self) -> str:
        return f"LoginResult(token=***, expires_at={self.expires_at.isoformat()}, actor={self.actor!r}, scope={self.scope})"


class AuthService:
    def __init__(self, core: Core, passwords: Passwords) -> None:
        self._core = core
        self._passwords = passwords
        self.throttle = SignInThrottle(core.database, core.clock)
        self._proofs = PasswordProofs(core.keyring)

    # -- signing in ------------------------------------------------------------------------------

    def login(self, username: str, password: str, *, code: str | None = None, client: str | None = None) -> LoginResult:
        """A session for ``username``; ``client`` is the address the attempt came from (throttled)."""
        ticket = self.throttle.take(account=username, address=client)
        staff, ok = self._check_password(ticket, username, password)
        if staff is None or not ok or not staff.active:
            reason = "unknown user" if staff is None else ("inactive" if ok else "wrong password")
            self._fail(ticket, staff, reason)
        assert staff is not None
        actor = _actor(staff)
        if staff.totp_sealed is not None and not code:
            self.throttle.give_back(ticket)  # the password was right: not a guess
            raise SecondFactorRequired("enter the 6-digit code from your authenticator app (field 'code')",
                                       proof=self._proofs.issue(staff.id, staff.password_hash, self._core.clock.now()))
        with self._core.work(actor) as work:
            row = work.session.get(Staff, staff.id, with_for_update=True)
            assert row is not None
            if row.totp_sealed is not None and not second_factor.check_code(work, row, code):
                wrong = True
            else:
                wrong = False
                # The family always sets up a second factor (the parent portal), whatever staff must do.
                must_enrol = work.rules.require_second_factor or Role(row.role) in FAMILY_ROLES
                scope = ENROL if row.totp_sealed is None and must_enrol else FULL
                if self._passwords.needs_rehash(row.password_hash):
                    row.password_hash = self._passwords.hash(password)
                result = self._open_session(work, row, scope=scope, second_factor=row.totp_sealed is not None)
        if wrong:
            self._fail(ticket, staff, "wrong code")
        self.throttle.give_back(ticket)
        return result

    def login_with_proof(self, proof: str, code: str, *, client: str | None = None) -> LoginResult:
        """The second step of a sign-in in two: the proof :class:`SecondFactorRequired` carried (the
        password was right, minutes ago, and has not changed since) and the app's current code."""
        claim = PasswordProofs.claim(proof)
        with self._core.database.reading() as session:
            staff = session.get(Staff, claim.staff_id) if claim is not None and is_id(claim.staff_id) else None
        if claim is None or staff is None or not staff.active or staff.totp_sealed is None \
                or not self._proofs.holds(claim, staff.password_hash, self._core.clock.now()):
            raise AuthenticationFailed("this sign-in has expired: start again with your password")
        ticket = self.throttle.take(account=staff.username, address=client)
        with self._core.work(_actor(staff)) as work:
            row = second_factor.staff_for_update(work, staff.id)
            wrong = not second_factor.check_code(work, row, code)
            if not wrong:
                result = self._open_session(work, row, scope=FULL, second_factor=True)
        if wrong:
            self._fail(ticket, staff, "wrong code")
        self.throttle.give_back(ticket)
        return result

    def has_second_factor(self, token: str) -> bool:
        """Whether the session's own account has set up its authenticator app."""
        actor = self.authenticate(token, scopes=SIGNING_IN)
        with self._core.database.reading() as session:
            staff = session.get(Staff, actor.id)
            return staff is not None and staff.totp_sealed is not None

    def _check_password(self, ticket: Ticket, username: str, password: str) -> tuple[Staff | None, bool]:
        try:
            with self._core.database.reading() as session:
                staff = session.scalar(select(Staff).where(Staff.username == username))
                return staff, self._passwords.verify(staff.password_hash if staff else None, password)
        except ServiceBusy:
            self.throttle.give_back(ticket)  # no attempt was made
            raise

    def _fail(self, ticket: Ticket, staff: Staff | None, reason: str) -> NoReturn:
        actor = _actor(staff) if staff is not None else Actor.anonymous()
        self.throttle.failed(ticket, actor=actor, staff_id=staff.id if staff else None, reason=reason)
        raise AuthenticationFailed("wrong username or password" if reason != "wrong code" else "wrong username, password or code")

    def _open_session(self, work: Work, staff: Staff, *, scope: str, second_factor: bool) -> LoginResult:
        token = self._core.ids.token()
        row = SessionToken(id=work.new_id(), token_hash=token_digest(token), staff_id=staff.id, created_at=work.now,
                           expires_at=work.now + timedelta(hours=work.rules.session_hours), scope=scope)
        work.session.add(row)
        work.record(AuditAction.LOGGED_IN, Target(TargetKind.SESSION, row.id), operation="auth.login",
                    detail={"second_factor": second_factor, "scope": scope})
        return LoginResult(token=token, expires_at=row.expires_at, actor=_actor(staff), scope=scope)

    # -- sessions --------------------------------------------------------------------------------

    def authenticate(self, token: str, *, scopes: frozenset[str] = frozenset({FULL})) -> Actor:
        """The member of staff a bearer token belongs to; :class:`AuthenticationFailed` otherwise, and
        :class:`SignInIncomplete` for a session that may only finish signing in."""
        now = self._core.clock.now()
        with self._core.database.reading() as session:
            row = session.execute(_SESSION_OF_TOKEN, {"token_hash": token_digest(token)}).first()
        if row is None:
            raise AuthenticationFailed("unknown session: log in again")
        revoked_at, expires_at, scope, staff_id, username, role, active = row
        if revoked_at is not None or not active:
            raise AuthenticationFailed("this session has ended: log in again")
        if now >= expires_at:
            raise AuthenticationFailed("this session has expired: log in again")
        if scope not in scopes:
            raise SignInIncomplete("finish signing in first: set up your authenticator app "
                                   "(POST /auth/totp/enrol, then POST /auth/totp/confirm with a code from it)")
        return Actor(id=staff_id, role=Role(role), name=username)

    def logout(self, token: str) -> None:
        actor = self.authenticate(token, scopes=SIGNING_IN)
        with self._core.work(actor) as work:
            row = work.session.scalar(select(SessionToken).where(SessionToken.token_hash == token_digest(token)))
            assert row is not None
            row.revoked_at = work.now
            work.record(AuditAction.LOGGED_OUT, Target(TargetKind.SESSION, row.id), operation="auth.logout")

    # -- the second factor, by its owner -------------------------------------------------------

    def enrol_second_factor(self, token: str) -> Enrolment:
        actor = self.authenticate(token, scopes=SIGNING_IN)
        with self._core.work(actor) as work:
            return second_factor.enrol(work, second_factor.staff_for_update(work, actor.id))

    def confirm_second_factor(self, token: str, code: str) -> None:
        """Confirm the enrolment with a code from the app; the session is then a whole one."""
        actor = self.authenticate(token, scopes=SIGNING_IN)
        with self._core.work(actor) as work:
            second_factor.confirm(work, second_factor.staff_for_update(work, actor.id), code)
            work.session.execute(update(SessionToken).where(SessionToken.token_hash == token_digest(token)).values(scope=FULL))

    # -- passwords, by their owner ------------------------------------------------------------

    def change_password(self, token: str, *, current: str, new: str, client: str | None = None) -> None:
        """A new password, the current one shown again; every other session of the account ends."""
        actor = self.authenticate(token, scopes=SIGNING_IN)
        check_new_password(new)
        ticket = self.throttle.take(account=actor.name, address=client)
        staff, ok = self._check_password(ticket, actor.name, current)
        if staff is None or not ok:
            self._fail(ticket, staff, "wrong password")
        self.throttle.give_back(ticket)
        new_hash = self._passwords.hash(new)
        with self._core.work(actor) as work:
            row = second_factor.staff_for_update(work, actor.id)
            row.password_hash = new_hash
            _end_other_sessions(work, row.id, keep=token_digest(token))
            work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, row.id), operation="auth.password",
                        detail={"password": "changed by its owner"})

    def finish_reset(self, username: str, reset_token: str, new_password: str, *, code: str | None = None,
                     client: str | None = None) -> None:
        """Choose a new password with the one-time token of an administrator's reset (and the current
        code when the account has a second factor). Then sign in as usual."""
        check_new_password(new_password)
        ticket = self.throttle.take(account=username, address=client)
        with self._core.database.reading() as session:
            staff = session.scalar(select(Staff).where(Staff.username == username))
        now = self._core.clock.now()
        valid = (staff is not None and staff.active and staff.reset_token_hash is not None
                 and staff.reset_expires_at is not None and now < staff.reset_expires_at
                 and hmac.compare_digest(staff.reset_token_hash, token_digest(reset_token)))
        if not valid:
            self._fail(ticket, staff, "wrong or expired reset token")
        assert staff is not None
        if staff.totp_sealed is not None and not code:
            self.throttle.give_back(ticket)
            raise SecondFactorRequired("enter the 6-digit code from your authenticator app too (field 'code')")
        new_hash = self._passwords.hash(new_password)
        with self._core.work(_actor(staff)) as work:
            row = second_factor.staff_for_update(work, staff.id)
            wrong = row.totp_sealed is not None and not second_factor.check_code(work, row, code)
            if not wrong:
                row.password_hash = new_hash
                row.reset_token_hash = row.reset_expires_at = row.reset_by = None
                work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, row.id), operation="auth.password.reset",
                            detail={"password": "chosen by its owner after a reset"})
        if wrong:
            self._fail(ticket, staff, "wrong code")
        self.throttle.give_back(ticket)


# Built once: every request checks its token.
_SESSION_OF_TOKEN = (
    select(SessionToken.revoked_at, SessionToken.expires_at, SessionToken.scope, Staff.id, Staff.username, Staff.role, Staff.active)
    .join(Staff, Staff.id == SessionToken.staff_id)
    .where(SessionToken.token_hash == bindparam("token_hash"))
)


def _end_other_sessions(work: Work, staff_id: str, *, keep: str) -> None:
    work.session.execute(
        update(SessionToken)
        .where(SessionToken.staff_id == staff_id, SessionToken.revoked_at.is_(None), SessionToken.token_hash != keep)
        .values(revoked_at=work.now)
    )


def _actor(staff: Staff) -> Actor:
    return Actor(id=staff.id, role=Role(staff.role), name=staff.username)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
