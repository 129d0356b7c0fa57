"""Walking the chain from the start: every edited, removed, inserted or reordered event is named."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from vault.audit.chain import GENESIS, EventContent, chain_hash
from vault.audit.log import HEAD_ID
from vault.db.models import AuditEvent, AuditHead

__all__ = ["ChainBreak", "VerifyReport", "content_of", "verify_chain"]

MAX_BREAKS = 100


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"event {self.seq}: {self.problem}"


@dataclass
class VerifyReport:
    events: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS
    breaks: list[ChainBreak] = field(default_factory=list)
    head_missing: bool = False

    @property
    def ok(self) -> bool:
        return not self.breaks

    def summary(self) -> str:
        if self.ok:
            return f"audit chain whole: {self.events} events, head {self.last_seq}:{self.last_hash}"
        first = self.breaks[0]
        return f"audit chain broken at {first} ({len(self.breaks)} problem(s) found)"


def content_of(event: AuditEvent) -> EventContent:
    return EventContent(
        seq=event.seq,
        at=event.at,
        actor_id=event.actor_id,
        actor_role=event.actor_role,
        action=event.action,
        operation=event.operation,
        target_kind=event.target_kind,
        target_id=event.target_id,
        case_id=event.case_id,
        override_id=event.override_id,
        detail=event.detail,
    )


def verify_chain(session: Session, *, anchor: tuple[int, str] | None = None, batch: int = 2000) -> VerifyReport:
    """Walk the whole chain. ``anchor`` (a ``seq`` and hash written down from an earlier check, or
    kept elsewhere) must still be in it: that catches a log rebuilt from scratch with fresh hashes."""
    report = VerifyReport()
    anchor_seen = anchor is None
    expected_seq, prev_hash = 1, GENESIS
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch))
    for event in rows.scalars():
        report.events += 1
        if event.seq != expected_seq:
            missing = f"{expected_seq}" if event.seq == expected_seq + 1 else f"{expected_seq}-{event.seq - 1}"
            _add(report, event.seq, f"follows a gap: event(s) {missing} were removed")
        if event.prev_hash != prev_hash:
            _add(report, event.seq, "does not link to the event before it (removed, inserted or reordered)")
        if chain_hash(event.prev_hash, content_of(event)) != event.hash:
            _add(report, event.seq, "its content does not match its hash (edited or moved)")
        if anchor is not None and event.seq == anchor[0]:
            anchor_seen = True
            if event.hash != anchor[1]:
                _add(report, event.seq, "its hash differs from the head written down earlier: the log was rewritten")
        expected_seq, prev_hash = event.seq + 1, event.hash
        report.last_seq, report.last_hash = event.seq, event.hash
        session.expunge(event)
    if not anchor_seen:
        assert anchor is not None
        _add(report, anchor[0], "the event written down earlier is no longer in the log")
    head = session.get(AuditHead, HEAD_ID)
    if head is None:
        report.head_missing = True
        _add(report, report.last_seq, "the audit head row is missing (removed from audit_head): the end of the log "
                                      "cannot be checked, and nothing can be recorded until it is restored")
    elif (head.seq, head.hash) != (report.last_seq, report.last_hash):
        _add(
            report,
            head.seq,
            f"the log ends at event {report.last_seq} but its head records event {head.seq}: "
            "events were removed from the end (or the head was altered)",
        )
    return report


def _add(report: VerifyReport, seq: int, problem: str) -> None:
    if len(report.breaks) < MAX_BREAKS:
        report.breaks.append(ChainBreak(seq, problem))
