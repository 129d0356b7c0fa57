"""Cases: opening, listing (each role sees its own scope), viewing, people, closing, legal hold."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import Assignment, Case, CaseKeyRow, Person, Staff
from vault.errors import Conflict, InvalidRequest, NotFound
from vault.fields import Place
from vault.policy import (
    AccessContext,
    Action,
    Actor,
    Role,
    Target,
    TargetKind,
    check_access,
)
from vault.services._work import Core, Work
from vault.services.facts import involved_case_ids, load_facts
from vault.services.people import (
    PersonInput,
    PersonView,
    age_band_of,
    case_code,
    new_person,
    person_view,
)
from vault.services.search_index import index_case
from vault.services.staff import require_current_dbs
from vault.services.states import CaseStatus
from vault.statistics import NOT_KNOWN
from vault.vocab import FAMILY_SOURCES

__all__ = ["CaseDetails", "CaseService", "CaseSummary", "NewCase", "case_summaries"]


@dataclass(frozen=True)
class NewCase:
    need: str  # the child's primary need (SEND Code of Practice categories)
    referral_source: str = "Parent or carer"
    # Policies 000/001: a referral by anyone but the family is taken only with the parent's permission.
    referrer_has_parent_permission: bool = False
    details_consent: bool = False  # the parent agreed that personal details may be kept
    label: str | None = None  # e.g. "Whitfield family"; only with consent
    people: tuple[PersonInput, ...] = ()
    opened_on: date | None = None
    school_phase: str = "Not known"


@dataclass(frozen=True)
class CaseSummary:
    id: str
    reference: str
    status: str
    opened_on: date
    closed_on: date | None
    need: str
    outcome: str | None
    school_phase: str
    legal_hold: bool
    supporters: list[str]
    # Shown only to those who may read the case's details:
    code: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class CaseDetails:
    summary: CaseSummary
    referral_source: str
    details_consent: bool
    people: list[PersonView] = field(default_factory=list)


class CaseService:
    def __init__(self, core: Core) -> None:
        self._core = core

    # -- opening -------------------------------------------------------------------------------

    def open(self, actor: Actor, new: NewCase) -> CaseSummary:
        with self._core.work(actor) as work:
            decision = work.authorize(Action.CASE_CREATE, Target(TargetKind.CASE))
            vocab = work.rules.vocab()
            vocab.check("need", new.need)
            vocab.check("referral_source", new.referral_source)
            vocab.check("school_phase", new.school_phase)
            if new.referral_source not in FAMILY_SOURCES and not new.referrer_has_parent_permission:
                raise InvalidRequest(
                    "a referral by anyone but the parent or carer needs the parent's permission: "
                    "confirm the referrer obtained it (referrer_has_parent_permission)"
                )
            if new.label and not new.details_consent:
                raise InvalidRequest("a family label is a personal detail: it needs the parent's consent")
            opened_on = new.opened_on or work.today
            if opened_on > work.today:
                raise InvalidRequest("a case cannot open in the future")
            case_id = work.new_id()
            reference = "-".join(case_id[i : i + 4] for i in (0, 4, 8)).upper()
            case = Case(
                id=case_id,
                reference=reference,
                status=CaseStatus.OPEN,
                opened_on=opened_on,
                need=new.need,
                referral_source=new.referral_source,
                school_phase=new.school_phase,
                age_band=age_band_of(list(new.people), opened_on),
                details_consent=new.details_consent,
                legal_hold=False,
                created_by=actor.id,
                created_at=work.now,
            )
            work.session.add(case)
            work.create_case_key(case_id)
            # Who opens a case supports it: only with a current DBS check. Read after the case key is
            # wrapped, as every other read here: a transaction's first statement takes SQLite's write
            # lock, and wrapping must not hold it (a key rotation may be waiting for it).
            opener = work.session.get(Staff, actor.id) if actor.role is Role.PARENTAL_SUPPORTER else None
            if opener is not None:
                require_current_dbs(work, opener, themselves=True)
            case.code_sealed = work.fields.seal_text(
                case_id, Place("cases", "code", case_id), case_code(list(new.people), reference)
            )
            case.label_sealed = work.fields.seal_optional(case_id, Place("cases", "label", case_id), new.label)
            for person in new.people:
                work.session.add(
                    new_person(
                        work.fields, case=case, person_id=work.new_id(), person=person, created_at=work.now, today=work.today
                    )
                )
            supporters = []
            if actor.role is Role.PARENTAL_SUPPORTER:  # who opens a case supports it
                work.session.add(
                    Assignment(
                        id=work.new_id(), case_id=case_id, staff_id=actor.id, assigned_by=actor.id, assigned_at=work.now
                    )
                )
                supporters.append(actor.id)
            index_case(work, case)
            work.record(
                AuditAction.CREATED,
                Target(TargetKind.CASE, case_id, case_id),
                decision=decision,
                detail={"people": len(new.people), "assigned": supporters},
            )
            return _summary(work, case, supporters, details=True)

    # -- reading -------------------------------------------------------------------------------

    def resolve(self, reference_or_id: str) -> str:
        """A case's id from its reference (an opaque handle: the mapping tells nobody anything)."""
        text = reference_or_id.strip()
        with self._core.database.session() as session:
            query = select(Case.id).where(Case.status != CaseStatus.DESTROYED)
            found = session.scalar(query.where(Case.reference == text.upper())) or session.scalar(query.where(Case.id == text.lower()))
        if found is None:
            raise NotFound(f"no case {reference_or_id}")
        return found

    def list(
        self, actor: Actor, *, status: CaseStatus | None = None, limit: int = 200, offset: int = 0
    ) -> list[CaseSummary]:
        """The cases the actor works on (a supporter, a volunteer), or every case (a coordinator)."""
        if not 1 <= limit <= 1000 or offset < 0:
            raise InvalidRequest("limit is 1-1000 and offset 0 or more")
        with self._core.read(actor) as work:
            decision = work.authorize(Action.CASE_LIST, Target.service())
            query = select(Case).where(Case.status != CaseStatus.DESTROYED)
            if status is not None:
                query = query.where(Case.status == status)
            if actor.role is not Role.COORDINATOR:
                query = query.where(Case.id.in_(involved_case_ids(actor, now=work.now)))
            query = query.order_by(Case.opened_on.desc(), Case.id).limit(limit).offset(offset)
            cases = list(work.session.scalars(query))
            summaries, _readable = case_summaries(work, cases)
            work.record(
                AuditAction.LISTED,
                Target.service(),
                decision=decision,
                operation=str(Action.CASE_LIST),
                detail={"cases": [case.id for case in cases]},
            )
            return summaries

    def view(self, actor: Actor, case_id: str) -> CaseSummary:
        with self._core.read(actor) as work:
            case, decision = work.load(Action.CASE_VIEW, Case, TargetKind.CASE, case_id)
            details = work.decide(Action.CASE_DETAILS_READ, Target(TargetKind.CASE, case.id, case.id)).allowed
            work.record(AuditAction.VIEWED, Target(TargetKind.CASE, case.id, case.id), decision=decision)
            return _summary(work, case, _supporters(work, [case.id])[case.id], details=details)

    def details(self, actor: Actor, case_id: str) -> CaseDetails:
        with self._core.read(actor) as work:
            case, decision = work.load(Action.CASE_DETAILS_READ, Case, TargetKind.CASE, case_id)
            people = [
                person_view(work.fields, row, today=work.today, adult_age=work.rules.adult_age)
                for row in work.session.scalars(
                    select(Person).where(Person.case_id == case.id).order_by(Person.created_at, Person.id)
                )
            ]
            work.record(AuditAction.VIEWED, Target(TargetKind.CASE, case.id, case.id), decision=decision)
            return CaseDetails(
                summary=_summary(work, case, _supporters(work, [case.id])[case.id], details=True),
                referral_source=case.referral_source,
                details_consent=case.details_consent,
                people=people,
            )

    # -- changing ------------------------------------------------------------------------------

    def add_person(self, actor: Actor, case_id: str, person: PersonInput) -> PersonView:
        with self._core.work(actor) as work:
            case, decision = work.load(Action.CASE_UPDATE, Case, TargetKind.CASE, case_id)
            row = new_person(
                work.fields, case=case, person_id=work.new_id(), person=person, created_at=work.now, today=work.today
            )
            work.session.add(row)
            if case.age_band == NOT_KNOWN:
                case.age_band = age_band_of([person], case.opened_on)
            index_case(work, case)
            work.record(AuditAction.CREATED, Target(TargetKind.PERSON, row.id, case.id), decision=decision)
            return person_view(work.fields, row, today=work.today, adult_age=work.rules.adult_age)

    def set_details_consent(self, actor: Actor, case_id: str, *, given: bool, label: str | None = None) -> None:
        """Record the parent's decision on keeping personal details. Withdrawing it erases every
        name, address and contact detail on the case (initials and dates of birth stay)."""
        with self._core.work(actor) as work:
            case, decision = work.load(Action.CASE_UPDATE, Case, TargetKind.CASE, case_id)
            if label and not given:
                raise InvalidRequest("a family label is a personal detail: it needs the parent's consent")
            erased = 0
            if not given:
                for person in work.session.scalars(select(Person).where(Person.case_id == case.id)):
                    if person.details_sealed is not None:
                        person.details_sealed = None
                        erased += 1
                case.label_sealed = None
            elif label is not None:
                case.label_sealed = work.fields.seal_text(case.id, Place("cases", "label", case.id), label)
            case.details_consent = given
            index_case(work, case)
            work.record(
                AuditAction.UPDATED,
                Target(TargetKind.CASE, case.id, case.id),
                decision=decision,
                detail={"details_consent": given, "people_erased": erased},
            )

    def close(self, actor: Actor, case_id: str, *, outcome: str, closed_on: date | None = None) -> CaseSummary:
        with self._core.work(actor) as work:
            case, decision = work.load(Action.CASE_CLOSE, Case, TargetKind.CASE, case_id)
            if case.status != CaseStatus.OPEN:
                raise Conflict(f"case {case.reference} is already {case.status}")
            work.rules.vocab().check("case_outcome", outcome)
            closed_on = closed_on or work.today
            if not case.opened_on <= closed_on <= work.today:
                raise InvalidRequest("a case closes between the day it opened and today")
            case.status, case.outcome, case.closed_on = CaseStatus.CLOSED, outcome, closed_on
            work.record(
                AuditAction.CLOSED, Target(TargetKind.CASE, case.id, case.id), decision=decision, detail={"outcome": outcome}
            )
            return _summary(work, case, _supporters(work, [case.id])[case.id], details=False)

    def reopen(self, actor: Actor, case_id: str) -> CaseSummary:
        with self._core.work(actor) as work:
            case, decision = work.load(Action.CASE_CLOSE, Case, TargetKind.CASE, case_id)
            if case.status != CaseStatus.CLOSED:
                raise Conflict(f"case {case.reference} is not closed")
            case.status, case.outcome, case.closed_on = CaseStatus.OPEN, None, None
            work.record(AuditAction.REOPENED, Target(TargetKind.CASE, case.id, case.id), decision=decision)
            return _summary(work, case, _supporters(work, [case.id])[case.id], details=False)

    def set_legal_hold(self, actor: Actor, case_id: str, *, on: bool, reason: str | None = None) -> None:
        with self._core.work(actor) as work:
            case, decision = work.load(Action.CASE_HOLD, Case, TargetKind.CASE, case_id)
            if on and not (reason and reason.strip()):
                raise InvalidRequest("a legal hold needs its reason")
            if case.legal_hold == on:
                raise Conflict(f"case {case.reference} is {'already' if on else 'not'} on legal hold")
            case.legal_hold = on
            case.hold_reason_sealed = work.fields.seal_optional(
                case.id, Place("cases", "hold_reason", case.id), reason if on else None
            )
            work.record(
                AuditAction.HELD if on else AuditAction.UNHELD,
                Target(TargetKind.CASE, case.id, case.id),
                decision=decision,
            )


def case_summaries(work: Work, cases: list[Case]) -> tuple[list[CaseSummary], set[str]]:
    """The summaries of cases the unit of work's actor may list, each with its details (code, label)
    only where the policy lets the actor read them; and the ids of those whose details it may read."""
    ids = [case.id for case in cases]
    facts = load_facts(work.session, ids, now=work.now, actor_id=work.actor.id)
    supporters = _supporters(work, ids)
    readable = {
        case.id
        for case in cases
        if check_access(
            work.actor,
            Action.CASE_DETAILS_READ,
            Target(TargetKind.CASE, case.id, case.id),
            AccessContext(now=work.now, case=facts[case.id]),
        ).allowed
    }
    # One query loads the keys of every case whose details are shown (instead of one each).
    if readable:
        list(work.session.scalars(select(CaseKeyRow).where(CaseKeyRow.case_id.in_(readable))))
    return [_summary(work, case, supporters[case.id], details=case.id in readable) for case in cases], readable


def _supporters(work: Work, case_ids: list[str]) -> dict[str, list[str]]:
    supporters: dict[str, list[str]] = defaultdict(list)
    if case_ids:
        rows = work.session.execute(
            select(Assignment.case_id, Assignment.staff_id)
            .where(Assignment.case_id.in_(case_ids), Assignment.ended_at.is_(None))
            .order_by(Assignment.assigned_at)
        )
        for case_id, staff_id in rows:
            supporters[case_id].append(staff_id)
    return supporters


def _summary(work: Work, case: Case, supporters: list[str], *, details: bool) -> CaseSummary:
    code = label = None
    if details and case.code_sealed is not None:
        code = work.fields.open_text(case.id, Place("cases", "code", case.id), case.code_sealed)
        label = work.fields.open_optional(case.id, Place("cases", "label", case.id), case.label_sealed)
    return CaseSummary(
        id=case.id,
        reference=case.reference,
        status=case.status,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        need=case.need,
        outcome=case.outcome,
        school_phase=case.school_phase,
        legal_hold=case.legal_hold,
        supporters=list(supporters),
        code=code,
        label=label,
    )

