"""Checking the audit chain, as a service (the API and ``vault audit verify``). The check itself
is recorded afterwards, so the log also shows who verified it and what they found."""

from __future__ import annotations

from vault.audit import AuditAction, VerifyReport, verify_chain
from vault.policy import Action, Actor, Target
from vault.services._work import Core

__all__ = ["AuditService"]


class AuditService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def verify(self, actor: Actor, *, anchor: tuple[int, str] | None = None, record: bool = True) -> VerifyReport:
        with self._core.work(actor) as work:
            decision = work.authorize(Action.AUDIT_VERIFY, Target.service())
        with self._core.database.session() as session:
            report = verify_chain(session, anchor=anchor)
        if record and not report.head_missing:  # with no head row nothing can be appended: the report says so
            with self._core.work(actor) as work:
                work.record(
                    AuditAction.VERIFIED,
                    Target.service(),
                    decision=decision,
                    detail={"events": report.events, "whole": report.ok, "problems": len(report.breaks)},
                )
        return report
