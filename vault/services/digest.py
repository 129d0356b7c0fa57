"""The daily digest: to each member of staff, what needs doing, so that deadlines do not wait for
someone to run a command. Composed from the service's own reports (consent reviews due, subject access
deadlines, overrides awaiting a second coordinator, retention due) and the returns still pending; each
case is named by its opaque reference only (no name, no need, no content), so the mail carries nothing
of a family. A supporter hears about the cases they support; coordinators about every subject access
deadline, every override another coordinator asked for, and retention. Sent by the operator (a timer
running ``vault digest send`` once a day) through the SMTP server in the settings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from vault.audit import AuditAction
from vault.clock import local_date
from vault.db.models import Assignment, Case, ReturnRequest, Staff
from vault.errors import SetupError
from vault.mail import Mailer
from vault.policy import Action, Actor, Role, Target
from vault.services._work import Core
from vault.services.consent import ConsentService
from vault.services.retention import RetentionService
from vault.services.safeguarding import OverrideService
from vault.services.states import CaseStatus
from vault.services.subject_access import SubjectAccessService

__all__ = ["HEADINGS", "Digest", "DigestEntry", "DigestRun", "DigestService"]

CONSENT, SAR, RETURNS, OVERRIDES, RETENTION = (
    "Consent reviews due", "Subject access deadlines", "Returns pending", "Overrides awaiting a second coordinator",
    "Retention due")
HEADINGS = (SAR, CONSENT, RETURNS, OVERRIDES, RETENTION)
WITHIN_DAYS = 14


@dataclass(frozen=True)
class DigestEntry:
    heading: str
    reference: str  # the case's opaque reference
    detail: str  # dates and states only


@dataclass(frozen=True)
class Digest:
    staff_id: str
    username: str
    display_name: str
    email: str | None
    entries: tuple[DigestEntry, ...]

    @property
    def subject(self) -> str:
        return f"CONFIDENTIAL: SEND vault - {len(self.entries)} thing(s) need doing"

    def body(self, today: date) -> str:
        lines = [f"Dear {self.display_name},", "", f"What needs doing, as of {today.day} {today:%B %Y}. Cases are named by "
                 "their reference only: open the vault to see them.", ""]
        for heading in HEADINGS:
            entries = [e for e in self.entries if e.heading == heading]
            if entries:
                lines += [f"{heading} ({len(entries)})", *(f"  - case {e.reference}: {e.detail}" for e in entries), ""]
        lines += ["You receive this once a day while something needs doing. Do not forward it."]
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class DigestRun:
    digests: list[Digest]  # those with something to say
    sent: int
    without_email: list[str] = field(default_factory=list)  # usernames with something to say and no address
    dry_run: bool = False


class DigestService:
    def __init__(self, core: Core, *, consents: ConsentService, subject_access: SubjectAccessService,
                 overrides: OverrideService, retention: RetentionService, mailer: Mailer | None = None) -> None:
        self._core = core
        self._consents = consents
        self._subject_access = subject_access
        self._overrides = overrides
        self._retention = retention
        self.mailer = mailer

    def compose(self, actor: Actor, *, within_days: int = WITHIN_DAYS) -> list[Digest]:
        """One digest per active member of staff with something to do (the reports read are audited
        under ``actor``, who must be allowed to send the digest)."""
        with self._core.read(actor) as work:
            work.authorize(Action.DIGEST_SEND, Target.service())
            staff = list(work.session.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.username)))
            assigned: dict[str, set[str]] = defaultdict(set)
            for case_id, staff_id in work.session.execute(select(Assignment.case_id, Assignment.staff_id).where(Assignment.ended_at.is_(None))):
                assigned[case_id].add(staff_id)
            returns = list(work.session.execute(
                select(ReturnRequest, Case.reference).join(Case, Case.id == ReturnRequest.case_id)
                .where(ReturnRequest.completed_at.is_(None), Case.status != CaseStatus.DESTROYED)
                .order_by(ReturnRequest.requested_at)))
        coordinators = {s.id for s in staff if s.role == Role.COORDINATOR}
        entries: dict[str, list[DigestEntry]] = defaultdict(list)

        def tell(people: Iterable[str], heading: str, reference: str, detail: str) -> None:
            for staff_id in people:
                entries[staff_id].append(DigestEntry(heading, reference, detail))

        for sar in self._subject_access.outstanding(actor):
            late = f"overdue by {-(sar.days_left or 0)} day(s)" if sar.status == "overdue" else f"{sar.days_left} day(s) left"
            tell(assigned[sar.case_id] | coordinators, SAR, sar.case_reference,
                 f"due {_day(sar.due_on)} ({late}); review {sar.review}" + (f", {sar.undecided} item(s) to decide" if sar.undecided else ""))
        for due in self._consents.due_for_review(actor, within_days=within_days):
            tell(assigned[due.case_id], CONSENT, due.case_reference,
                 f"{'was due' if due.overdue else 'due'} for review {_day(due.review_on)}")
        for row, reference in returns:
            state = "released, to be completed" if row.released_at else "asked for"
            tell(assigned[row.case_id], RETURNS, reference, f"{state} on {_day((row.released_at or row.requested_at).date())}")
        for override in self._overrides.report(actor, status="pending"):
            tell(coordinators - {override.requested_by}, OVERRIDES, override.case_reference,
                 f"asked for {_day(override.requested_at.date())}, {override.hours} hour(s)")
        for item in self._retention.report(actor, within_days=within_days):
            if item.status != "on_hold":
                tell(coordinators, RETENTION, item.case_reference, f"to be destroyed {_day(item.destroy_on)}")
        return [Digest(s.id, s.username, s.display_name, s.email, tuple(entries[s.id])) for s in staff if entries.get(s.id)]

    def send(self, actor: Actor, *, dry_run: bool = False, within_days: int = WITHIN_DAYS) -> DigestRun:
        """Compose and send (``dry_run``: compose only). Staff with nothing to do get no mail."""
        if not dry_run and self.mailer is None:
            raise SetupError("no mail server is set up: add \"smtp\" to settings.json (host, port, security, sender)")
        digests = self.compose(actor, within_days=within_days)
        addressed = [d for d in digests if d.email]
        without = [d.username for d in digests if not d.email]
        sent = 0
        today = local_date(self._core.clock.now())
        if not dry_run and addressed:
            assert self.mailer is not None
            mailer = self.mailer
            sent = mailer.send(mailer.message(to=str(d.email), subject=d.subject, body=d.body(today)) for d in addressed)
        with self._core.work(actor) as work:
            decision = work.authorize(Action.DIGEST_SEND, Target.service())
            work.record(AuditAction.EXPORTED if sent else AuditAction.LISTED, Target.service(), decision=decision,
                        detail={"dry_run": dry_run, "sent_to": [] if dry_run else [d.staff_id for d in addressed],
                                "entries": sum(len(d.entries) for d in digests), "without_email": len(without)})
        return DigestRun(digests, sent, without, dry_run)


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"
