"""Safeguarding overrides: "child protection issues take priority over any other consideration"
(policy 002, 7.1), but only through a named concern, a coordinator's approval (never the requester's
own), and access that runs out. Everything done under an override carries its id in the audit log,
and the report lists each override with those events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import AuditEvent, Case, SafeguardingOverride
from vault.errors import Conflict, InvalidRequest
from vault.fields import Place
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core, Work

__all__ = ["OverrideEvent", "OverrideService", "OverrideView"]


@dataclass(frozen=True)
class OverrideEvent:
    seq: int
    at: datetime
    actor_id: str | None
    action: str
    operation: str
    target_kind: str
    target_id: str | None


@dataclass(frozen=True)
class OverrideView:
    id: str
    case_id: str
    case_reference: str
    requested_by: str
    requested_at: datetime
    concern: str
    hours: int
    status: str  # pending, active, expired, ended, declined
    approved_by: str | None
    approved_at: datetime | None
    expires_at: datetime | None
    ended_at: datetime | None
    events: list[OverrideEvent] = field(default_factory=list)


class OverrideService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def request(self, actor: Actor, case_id: str, *, concern: str, hours: int | None = None) -> OverrideView:
        with self._core.work(actor) as work:
            case, decision = work.load(Action.OVERRIDE_REQUEST, Case, TargetKind.CASE, case_id)
            if not concern.strip():
                raise InvalidRequest("state the safeguarding concern")
            hours = work.rules.override_default_hours if hours is None else hours
            if not 1 <= hours <= work.rules.override_max_hours:
                raise InvalidRequest(f"an override lasts 1-{work.rules.override_max_hours} hours")
            row = SafeguardingOverride(
                id=work.new_id(), case_id=case.id, requested_by=actor.id, requested_at=work.now, hours=hours
            )
            row.concern_sealed = work.fields.seal_text(case.id, Place("safeguarding_overrides", "concern", row.id), concern)
            work.session.add(row)
            work.session.flush()
            work.record(
                AuditAction.REQUESTED, Target(TargetKind.OVERRIDE, row.id, case.id), decision=decision, detail={"hours": hours}
            )
            return _view(work, row, case.reference)

    def approve(self, actor: Actor, override_id: str) -> OverrideView:
        with self._core.work(actor) as work:
            row = _get(work, Action.OVERRIDE_APPROVE, override_id)
            decision = work.authorize(
                Action.OVERRIDE_APPROVE, Target(TargetKind.OVERRIDE, row.id, row.case_id, owner_id=row.requested_by)
            )
            if row.approved_at is not None or row.ended_at is not None:
                raise Conflict(f"this override is {_status(row, work.now)}, not pending")
            row.approved_by, row.approved_at = actor.id, work.now
            row.expires_at = work.now + timedelta(hours=row.hours)
            work.record(
                AuditAction.APPROVED,
                Target(TargetKind.OVERRIDE, row.id, row.case_id),
                decision=decision,
                detail={"holder": row.requested_by, "expires_at": row.expires_at.isoformat()},
            )
            return _view(work, row, _reference(work, row))

    def end(self, actor: Actor, override_id: str) -> OverrideView:
        """End an active override early, or decline a pending one."""
        with self._core.work(actor) as work:
            row = _get(work, Action.OVERRIDE_END, override_id)
            decision = work.authorize(
                Action.OVERRIDE_END, Target(TargetKind.OVERRIDE, row.id, row.case_id, owner_id=row.requested_by)
            )
            status = _status(row, work.now)
            if status not in ("pending", "active"):
                raise Conflict(f"this override is already {status}")
            row.ended_at, row.ended_by = work.now, actor.id
            work.record(
                AuditAction.ENDED,
                Target(TargetKind.OVERRIDE, row.id, row.case_id),
                decision=decision,
                detail={"was": status},
            )
            return _view(work, row, _reference(work, row))

    def view(self, actor: Actor, override_id: str) -> OverrideView:
        """One override and its status: for whoever asked for it (has it been approved? until when?)
        and for coordinators."""
        with self._core.read(actor) as work:
            row = _get(work, Action.OVERRIDE_READ, override_id)
            decision = work.authorize(
                Action.OVERRIDE_READ, Target(TargetKind.OVERRIDE, row.id, row.case_id, owner_id=row.requested_by)
            )
            work.record(AuditAction.VIEWED, Target(TargetKind.OVERRIDE, row.id, row.case_id), decision=decision)
            return _view(work, row, _reference(work, row))

    def report(self, actor: Actor, *, since: datetime | None = None, status: str | None = None) -> list[OverrideView]:
        """Every override (since ``since``; with ``status``, only those pending, active, expired,
        ended or declined), newest first, with everything done under it."""
        if status is not None and status not in _STATUSES:
            raise InvalidRequest(f"status is one of {', '.join(_STATUSES)}")
        with self._core.work(actor) as work:
            decision = work.authorize(Action.REPORT_OVERRIDES, Target.service())
            query = select(SafeguardingOverride, Case.reference).join(Case, Case.id == SafeguardingOverride.case_id)
            if since is not None:
                query = query.where(SafeguardingOverride.requested_at >= since)
            rows = [
                (row, reference)
                for row, reference in work.session.execute(query.order_by(SafeguardingOverride.requested_at.desc()))
                if status is None or _status(row, work.now) == status
            ]
            views = []
            for row, reference in rows:
                events = [
                    OverrideEvent(e.seq, e.at, e.actor_id, e.action, e.operation, e.target_kind, e.target_id)
                    for e in work.session.scalars(
                        select(AuditEvent).where(AuditEvent.override_id == row.id).order_by(AuditEvent.seq)
                    )
                ]
                views.append(_view(work, row, reference, events))
            work.record(
                AuditAction.LISTED,
                Target.service(),
                decision=decision,
                operation=str(Action.REPORT_OVERRIDES),
                detail={"overrides": [row.id for row, _ in rows]},
            )
            return views


_STATUSES = ("pending", "active", "expired", "ended", "declined")


def _get(work: Work, action: Action, override_id: str) -> SafeguardingOverride:
    row, _case_id = work.find(action, SafeguardingOverride, TargetKind.OVERRIDE, override_id)
    return row


def _reference(work: Work, row: SafeguardingOverride) -> str:
    case = work.session.get(Case, row.case_id)
    assert case is not None
    return case.reference


def _status(row: SafeguardingOverride, now: datetime) -> str:
    if row.ended_at is not None:
        return "ended" if row.approved_at is not None else "declined"
    if row.approved_at is None:
        return "pending"
    assert row.expires_at is not None
    return "active" if now < row.expires_at else "expired"


def _view(work: Work, row: SafeguardingOverride, reference: str, events: list[OverrideEvent] | None = None) -> OverrideView:
    return OverrideView(
        id=row.id,
        case_id=row.case_id,
        case_reference=reference,
        requested_by=row.requested_by,
        requested_at=row.requested_at,
        concern=work.fields.open_text(row.case_id, Place("safeguarding_overrides", "concern", row.id), row.concern_sealed),
        hours=row.hours,
        status=_status(row, work.now),
        approved_by=row.approved_by,
        approved_at=row.approved_at,
        expires_at=row.expires_at,
        ended_at=row.ended_at,
        events=events or [],
    )
