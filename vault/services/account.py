"""A member of staff's own account: changing their password, knowing the current one.

The new password replaces the old at once; every other session of theirs ends (a password changed
because it leaked must also throw out whoever used it), the one they changed it from stays. A wrong
current password changes nothing and is recorded like a failed sign-in.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import update

from vault.audit import AuditAction
from vault.db.models import SessionToken, Staff
from vault.errors import AuthenticationFailed, InvalidRequest
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core
from vault.services.passwords import Passwords

__all__ = ["AccountService"]


class AccountService:
    def __init__(self, core: Core, passwords: Passwords) -> None:
        self._core = core
        self._passwords = passwords

    def change_password(self, actor: Actor, *, current: str, new: str, keep_token: str | None = None) -> None:
        """``keep_token``: the session this is done from, which stays signed in."""
        if new == current:
            raise InvalidRequest("the new password must differ from the current one")
        new_hash = self._passwords.hash(new)  # refuses a short password before anything is read
        target = Target(TargetKind.STAFF, actor.id, owner_id=actor.id)
        with self._core.read(actor) as work:
            work.authorize(Action.ACCOUNT_PASSWORD, target)
            staff = work.session.get(Staff, actor.id)
            ok = staff is not None and staff.active and self._passwords.verify(staff.password_hash, current)
        if not ok:
            with self._core.work(actor) as work:
                work.record(AuditAction.LOGIN_FAILED, target, operation=str(Action.ACCOUNT_PASSWORD),
                            detail={"reason": "wrong current password"})
            raise AuthenticationFailed("the current password is not right")
        with self._core.work(actor) as work:
            decision = work.authorize(Action.ACCOUNT_PASSWORD, target)
            row = work.session.get(Staff, actor.id)
            assert row is not None
            row.password_hash = new_hash
            ended = update(SessionToken).where(SessionToken.staff_id == actor.id, SessionToken.revoked_at.is_(None))
            if keep_token is not None:
                ended = ended.where(SessionToken.token_hash != hashlib.sha256(keep_token.encode("utf-8")).hexdigest())
            work.session.execute(ended.values(revoked_at=work.now))
            work.record(AuditAction.UPDATED, target, decision=decision, detail={"password": "changed"})
