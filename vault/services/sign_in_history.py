"""Whose sign-in read what: for a family's access log, the sign-in behind each member of staff's
action, and every change to their account's credentials (resets by an administrator included).

A parent reading "Sam viewed the school report" should also be able to see that Sam's password had
been reset by an administrator two days before, and that the sign-in used a second factor: an
account taken over shows up here, not only in the service's own log.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vault.audit import AuditAction
from vault.db.models import AuditEvent
from vault.policy import TargetKind

__all__ = ["SignInHistory"]

_CREDENTIAL_KEYS = ("password", "second_factor")


class SignInHistory:
    """The sign-ins and credential changes of some members of staff, read once."""

    def __init__(self, session: Session, staff_ids: set[str], names: dict[str, tuple[str, str]]) -> None:
        self._names = names
        self._sign_ins: dict[str, list[tuple[int, AuditEvent]]] = defaultdict(list)
        self.changes: list[dict[str, Any]] = []
        if not staff_ids:
            return
        ids = sorted(staff_ids)
        logins = select(AuditEvent).where(AuditEvent.action == AuditAction.LOGGED_IN, AuditEvent.actor_id.in_(ids))
        for event in session.scalars(logins.order_by(AuditEvent.seq)):
            self._sign_ins[event.actor_id or ""].append((event.seq, event))
        updates = select(AuditEvent).where(
            AuditEvent.action == AuditAction.UPDATED, AuditEvent.target_kind == TargetKind.STAFF, AuditEvent.target_id.in_(ids)
        )
        for event in session.scalars(updates.order_by(AuditEvent.seq)):
            detail = json.loads(event.detail or "{}")
            what = {key: detail[key] for key in _CREDENTIAL_KEYS if key in detail}
            if what:
                self.changes.append({
                    "at": event.at,
                    "account": self._name(event.target_id),
                    "change": what,
                    "by": self._name(event.actor_id) if event.actor_id != event.target_id else "its owner",
                    "by_role": event.actor_role,
                })

    def _name(self, staff_id: str | None) -> str:
        return self._names.get(staff_id or "", (staff_id or "unknown", ""))[0]

    def sign_in_before(self, staff_id: str | None, seq: int) -> dict[str, Any] | None:
        """The sign-in whose session ``staff_id`` was most likely acting in at event ``seq``."""
        events = self._sign_ins.get(staff_id or "")
        if not events:
            return None
        index = bisect.bisect_left(events, seq, key=lambda pair: pair[0]) - 1
        if index < 0:
            return None
        login = events[index][1]
        detail = json.loads(login.detail or "{}")
        return {"at": login.at, "second_factor": bool(detail.get("second_factor", False))}
