"""Retention: a closed case is destroyed once the retention period has passed since it closed,
unless it is on legal hold. The report lists what is due (and what a hold is keeping); applying it
destroys each due case in its own transaction (key shredded, personal rows deleted, an opaque
tombstone kept for the statistics), then deletes the bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from vault.audit import AuditAction
from vault.clock import add_calendar_month
from vault.db.models import Case
from vault.errors import InvalidRequest
from vault.policy import Action, Actor, Target, TargetKind
from vault.services._work import Core
from vault.services.shredding import delete_bytes, destroy_case
from vault.services.states import CaseStatus

__all__ = ["RetentionItem", "RetentionResult", "RetentionService"]


@dataclass(frozen=True)
class RetentionItem:
    case_id: str
    case_reference: str
    closed_on: date
    destroy_on: date
    status: str  # due, on_hold, upcoming


@dataclass(frozen=True)
class RetentionResult:
    destroyed: list[str] = field(default_factory=list)  # case references
    held: list[str] = field(default_factory=list)
    leftover_objects: list[str] = field(default_factory=list)  # bytes to be swept later


class RetentionService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def report(self, actor: Actor, *, within_days: int = 0) -> list[RetentionItem]:
        """Closed cases due for destruction by ``within_days`` from today (0: due now)."""
        if not 0 <= within_days <= 3660:
            raise InvalidRequest("within_days is 0-3660")
        with self._core.work(actor) as work:
            decision = work.authorize(Action.REPORT_RETENTION, Target.service())
            items = self._items(work.session, today=work.today, horizon=work.today + timedelta(days=within_days))
            work.record(
                AuditAction.LISTED,
                Target.service(),
                decision=decision,
                operation=str(Action.REPORT_RETENTION),
                detail={"due": sum(i.status == "due" for i in items), "on_hold": sum(i.status == "on_hold" for i in items)},
            )
            return items

    def apply(self, actor: Actor, *, progress: Callable[[int, int], None] | None = None) -> RetentionResult:
        """Destroy each due case in a transaction of its own; ``progress(done, total)`` after each
        (a job's body passes its own, which may stop the run between two cases)."""
        with self._core.work(actor) as work:
            work.authorize(Action.RETENTION_APPLY, Target.service())
            items = self._items(work.session, today=work.today, horizon=work.today)
        destroyed, held, objects = [], [], []
        for done, item in enumerate(items):
            if progress is not None:
                progress(done, len(items))
            if item.status == "on_hold":
                held.append(item.case_reference)
                continue
            with self._core.work(actor) as work:
                case = work.session.get(Case, item.case_id)
                decision = work.authorize(Action.RETENTION_APPLY, Target.service())
                if case is None or case.status != CaseStatus.CLOSED or case.legal_hold:
                    continue  # reopened or put on hold since the report was made
                removed = destroy_case(work, case)
                work.record(
                    AuditAction.DESTROYED,
                    Target(TargetKind.CASE, case.id, case.id),
                    decision=decision,
                    operation=str(Action.RETENTION_APPLY),
                    detail={"closed_on": item.closed_on.isoformat(), "objects": len(removed)},
                )
            destroyed.append(item.case_reference)
            objects.extend(removed)
        leftovers = delete_bytes(self._core, objects) if objects else []
        return RetentionResult(destroyed, held, leftovers)

    def _items(self, session, *, today: date, horizon: date) -> list[RetentionItem]:  # type: ignore[no-untyped-def]
        years = self._core.rules.retention_years
        # Anything closed on or before this date is due by the horizon.
        latest_closing = _years_before(horizon, years)
        items = []
        for case in session.scalars(
            select(Case)
            .where(Case.status == CaseStatus.CLOSED, Case.closed_on <= latest_closing)
            .order_by(Case.closed_on, Case.reference)
        ):
            assert case.closed_on is not None
            destroy_on = add_calendar_month(case.closed_on, 12 * years)
            status = "on_hold" if case.legal_hold else ("due" if destroy_on <= today else "upcoming")
            items.append(RetentionItem(case.id, case.reference, case.closed_on, destroy_on, status))
        return items


def _years_before(day: date, years: int) -> date:
    """The latest closing date whose retention ends by ``day`` (inverse of add_calendar_month)."""
    candidate = add_calendar_month(day, -12 * years)
    while add_calendar_month(candidate + timedelta(days=1), 12 * years) <= day:
        candidate += timedelta(days=1)
    return candidate
