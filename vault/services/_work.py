"""The unit of work every service method runs in: one transaction, one actor, one instant.

A policy denial escapes as :class:`Denied`; :meth:`Core.work` then rolls back whatever was begun,
writes the ``denied`` audit event in a transaction of its own, and raises what the caller may know:
``NotFound`` for anything belonging to a case (no existence leak), ``Forbidden`` otherwise.

:meth:`Core.read` is the unit of work of an operation that changes nothing but the audit log (a
download, a list): it reads in a transaction that takes no write lock, so reads run side by side, and
its events are committed afterwards with those of other reads finishing at the same time
(:class:`vault.audit.group.GroupCommitter`), before the caller gets anything back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from vault.audit import AuditAction, append_event
from vault.audit.group import GroupCommitter, PendingEvent
from vault.clock import Clock, local_date
from vault.db.engine import Database
from vault.errors import ContentUnavailable, Forbidden, NotFound
from vault.fields import FieldSealer
from vault.ids import IdSource
from vault.keyfile import LiveKeyring
from vault.keystore import SqlKeyStore
from vault.policy import (
    AccessContext,
    Action,
    Actor,
    CaseFacts,
    Decision,
    Target,
    TargetKind,
    check_access,
)
from vault.services.facts import load_facts
from vault.settings import Rules

if TYPE_CHECKING:
    from storage import ByteStore, EncryptedStore, KeyStore

__all__ = ["Core", "Denied", "Refused", "Work", "is_id"]

_ID = re.compile(r"[0-9a-f]{32}")
_Row = TypeVar("_Row")
# Targets that belong to no family: refusing them reveals nothing, so the refusal is said plainly.
_NOT_CASE_KINDS = frozenset(
    {TargetKind.SERVICE, TargetKind.STAFF, TargetKind.ENQUIRY, TargetKind.SESSION, TargetKind.MASTER_KEY}
)


def is_id(value: str) -> bool:
    return bool(_ID.fullmatch(value))


class Denied(Exception):
    """Internal: the policy said no (or the target does not exist). Never leaves the service layer."""

    def __init__(self, decision: Decision, target: Target, *, missing: bool = False) -> None:
        super().__init__(decision.reason)
        self.decision = decision
        self.target = target
        self.missing = missing

    def public_error(self) -> Exception:
        if self.missing or self.target.kind not in _NOT_CASE_KINDS:
            return NotFound(f"no such {self.target.kind.replace('_', ' ')}")
        return Forbidden(self.decision.reason)


class Refused(Exception):
    """Raised inside :meth:`Core.two_phase`'s commit step to refuse after the slow work: the commit rolls
    back, the slow work is undone, ``record`` writes the refusal (e.g. a ``refused`` event) in a
    transaction of its own, and ``error`` is what the caller gets."""

    def __init__(self, error: Exception, record: Callable[[Work], None]) -> None:
        super().__init__(str(error))
        self.error = error
        self.record = record


_Read = TypeVar("_Read")
_Slow = TypeVar("_Slow")
_Result = TypeVar("_Result")


@dataclass(frozen=True)
class Core:
    """What every service needs, built once at start-up."""

    database: Database
    keyring: LiveKeyring
    backend: ByteStore
    clock: Clock
    ids: IdSource
    rules: Rules
    audit_log: GroupCommitter = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "audit_log", GroupCommitter(self.database))

    @contextmanager
    def work(self, actor: Actor) -> Iterator[Work]:
        try:
            with self.database.transaction() as session:
                yield Work(self, session, actor)
        except Denied as denied:
            self.record_denial(actor, denied)
            raise denied.public_error() from None

    @contextmanager
    def read(self, actor: Actor) -> Iterator[Work]:
        """A unit of work that only reads; its events are durable when the ``with`` block is left."""
        try:
            with self.database.reading() as session:
                work = Work(self, session, actor, reading=True)
                yield work
                if session.new or session.dirty or session.deleted:
                    raise RuntimeError("a reading unit of work changed rows: use Core.work")
        except Denied as denied:
            self.record_denial(actor, denied)
            raise denied.public_error() from None
        self.audit_log.append(work.pending_events)

    def store(self, keystore: KeyStore | None = None) -> EncryptedStore:
        """The encrypted store over this vault's backend and key file; its keys in ``keystore`` (a unit of
        work's, to commit with its rows) or, by default, in transactions of their own."""
        from storage import EncryptedStore

        return EncryptedStore(self.backend, keyring=self.keyring.as_keyring(),
                              keystore=keystore if keystore is not None else SqlKeyStore(self.database),
                              clock=self.clock.now)

    def two_phase(
        self,
        actor: Actor,
        *,
        read: Callable[[Work], _Read],
        slow: Callable[[_Read], _Slow],
        commit: Callable[[Work, _Read, _Slow], _Result],
        undo: Callable[[_Slow], None] | None = None,
    ) -> _Result:
        """The shape of every operation with slow work in it (an upload, a redaction): ``read`` under the
        policy in a reading unit of work; ``slow`` with no transaction held (bytes arriving, a model
        running); ``commit`` in a unit of work that asks the policy again and writes everything at once.
        If the commit fails or refuses (:class:`Refused`), ``undo`` removes what the slow step made (the
        bytes of an object whose key was never committed), so nothing half-done is left."""
        with self.read(actor) as work:
            prepared = read(work)
        done = slow(prepared)
        try:
            with self.work(actor) as work:
                return commit(work, prepared, done)
        except Refused as refused:
            if undo is not None:
                undo(done)
            with self.work(actor) as work:
                refused.record(work)
            raise refused.error from None
        except BaseException:
            if undo is not None:
                undo(done)
            raise

    def list_case_rows(
        self,
        actor: Actor,
        action: Action,
        case_id: str,
        query: Callable[[str], Any],
        view: Callable[[Work, _Row], _Result],
        *,
        label: str,
    ) -> list[_Result]:
        """One listing of a case's rows: read without the write lock, the policy asked, one ``listed``
        event naming the ids shown (under ``label``), each row turned into its view."""
        from vault.db.models import Case

        with self.read(actor) as work:
            case, decision = work.load(action, Case, TargetKind.CASE, case_id)
            rows = list(work.session.scalars(query(case.id)))
            work.record_listing(case.id, decision, **{label: [row.id for row in rows]})
            return [view(work, row) for row in rows]

    def record_denial(self, actor: Actor, denied: Denied) -> None:
        with self.database.transaction() as session:
            append_event(
                session,
                at=self.clock.now(),
                actor=actor,
                action=AuditAction.DENIED,
                operation=str(denied.decision.action),
                target=denied.target,
                detail={"reason": denied.decision.reason},
            )


class Work:
    def __init__(self, core: Core, session: Session, actor: Actor, *, reading: bool = False) -> None:
        self.core = core
        self.session = session
        self.actor = actor
        self.now: datetime = core.clock.now()
        self.today: date = local_date(self.now)
        self.rules = core.rules
        self.keystore = SqlKeyStore.bound(session)
        self.fields = FieldSealer(self._case_key, core.ids.random_bytes)
        self._facts: dict[str, CaseFacts] = {}
        self._store: EncryptedStore | None = None
        self._reading = reading
        self.pending_events: list[PendingEvent] = []  # a reading unit of work's events, committed after it

    def new_id(self) -> str:
        return self.core.ids.new_id()

    # -- keys and the store --------------------------------------------------------------------

    def create_case_key(self, case_id: str) -> None:
        keyring = self.core.keyring
        case_key = self.core.ids.random_bytes(32)
        fresh = keyring.wrap_case_key(case_id, case_key)
        stored = self.keystore.add_case_key(case_id, fresh)
        # The insert waited for any key retirement holding the case keys (SQLite's write lock, or
        # PostgreSQL's share lock on the table), and a retirement rewrites the key file before it
        # commits. If the master key version we wrapped under was rotated out meanwhile, wrap again
        # under the active one now, so no case key is ever left under a version about to be retired.
        if stored == fresh and keyring.version_of(fresh) != keyring.active_version:
            self.keystore.replace_case_key(case_id, old=fresh, new=keyring.wrap_case_key(case_id, case_key))

    def wrapped_case_key(self, case_id: str) -> bytes:
        """The case key as stored (wrapped), for writing an object whose key commits later
        (``EncryptedStore.put_pending``); :class:`ContentUnavailable` once the case was destroyed."""
        wrapped = self.keystore.get_case_key(case_id)
        if wrapped is None:
            raise ContentUnavailable("this case's key is gone (the case was destroyed)")
        return wrapped

    def _case_key(self, case_id: str) -> bytes:
        return self.core.keyring.unwrap_case_key(case_id, self.wrapped_case_key(case_id))

    @property
    def store(self) -> EncryptedStore:
        """The encrypted store, keeping its keys in this unit of work's transaction."""
        if self._store is None:
            self._store = self.core.store(self.keystore)
        return self._store

    # -- the policy ----------------------------------------------------------------------------

    def facts(self, case_id: str) -> CaseFacts:
        facts = self._facts.get(case_id)
        if facts is None:
            facts = self._facts[case_id] = load_facts(self.session, [case_id], now=self.now)[case_id]
        return facts

    def decide(self, action: Action, target: Target) -> Decision:
        case = self.facts(target.case_id) if target.case_id else None
        return check_access(self.actor, action, target, AccessContext(now=self.now, case=case))

    def authorize(self, action: Action, target: Target) -> Decision:
        decision = self.decide(action, target)
        if not decision.allowed:
            raise Denied(decision, target)
        return decision

    def load(self, action: Action, model: type[_Row], kind: TargetKind, target_id: str, *,
             owner_of: Callable[[_Row], str | None] | None = None) -> tuple[_Row, Decision]:
        """The row ``target_id`` of ``model`` (which belongs to a live case), if the actor may do
        ``action`` to it; otherwise :class:`Denied`, answered as not found. ``owner_of``: whose the
        row is (who uploaded a document, who asked for a subject access), for the owner's own rights."""
        row, case_id = self.find(action, model, kind, target_id)
        owner = owner_of(row) if owner_of is not None else None
        return row, self.authorize(action, Target(kind, target_id, case_id, owner_id=owner))

    def find(self, action: Action, model: type[_Row], kind: TargetKind, target_id: str) -> tuple[_Row, str]:
        """The row and its case id, without a decision yet (for targets with an owner); a missing
        row, or one whose case was destroyed, is :class:`Denied` like a refusal."""
        from vault.db.models import Case
        from vault.services.states import CaseStatus

        row = self.session.get(model, target_id) if is_id(target_id) else None
        if row is None:
            if is_id(target_id):
                self._as_if_found(action, kind, target_id)
            raise self.missing(action, kind, target_id)
        case_id: str = row.id if isinstance(row, Case) else row.case_id  # type: ignore[attr-defined]
        case = row if isinstance(row, Case) else self.session.get(Case, case_id)
        if case is None or case.status == CaseStatus.DESTROYED:
            raise self.missing(action, kind, target_id)
        return row, case_id

    def _as_if_found(self, action: Action, kind: TargetKind, target_id: str) -> None:
        """The work a found row costs (its case, the facts, the policy), done for one that is missing,
        so the time of a "not found" does not tell a random id from one the actor may not see."""
        from vault.db.models import Case

        self.session.get(Case, target_id)
        facts = load_facts(self.session, [target_id], now=self.now)[target_id]
        check_access(self.actor, action, Target(kind, target_id, target_id), AccessContext(now=self.now, case=facts))

    def missing(self, action: Action, kind: TargetKind, target_id: str) -> Denied:
        """What to raise for a target that does not exist: audited and answered like a denial."""
        target = Target(kind, target_id if is_id(target_id) else None)
        return Denied(Decision(False, action, f"no such {kind}"), target, missing=True)

    # -- the audit log -------------------------------------------------------------------------

    def record_listing(self, case_id: str, decision: Decision, **shown: list[str]) -> None:
        """One ``listed`` event for a list read from a case, naming the ids it showed."""
        self.record(AuditAction.LISTED, Target(TargetKind.CASE, case_id, case_id), decision=decision, detail=shown)

    def record(
        self,
        action: AuditAction,
        target: Target,
        *,
        decision: Decision | None = None,
        operation: str | None = None,
        detail: Mapping[str, Any] | None = None,
    ) -> None:
        event = PendingEvent(
            at=self.now,
            actor=self.actor,
            action=action,
            operation=operation or (str(decision.action) if decision else str(action)),
            target=target,
            override_id=decision.override_id if decision else None,
            detail=_with_ground(detail, decision),
        )
        if self._reading:
            self.pending_events.append(event)
            return
        append_event(self.session, at=event.at, actor=event.actor, action=event.action, operation=event.operation,
                     target=event.target, override_id=event.override_id, detail=event.detail)


def _with_ground(detail: Mapping[str, Any] | None, decision: Decision | None) -> dict[str, Any]:
    merged = dict(detail or {})
    if decision is not None and decision.ground is not None:
        merged["ground"] = str(decision.ground)
        if decision.grant_id:
            merged["grant"] = decision.grant_id
    return merged
