"""Jobs as a service: ask for one (checked by the policy as the operation itself), follow it, read
its result, cancel it. The API answers ``202`` with the job's URL; the CLI waits with a progress bar;
the web pages poll.

The shape every long operation takes (architecture note, "the next rooms"): in one transaction the
operation is checked under the policy and its input validated, and the job row is written with its
``requested`` event; after the commit the engine is told the job's id; the body then runs on a
worker, as the member of staff who asked, and every service call it makes is checked again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import Job
from vault.errors import Conflict
from vault.jobs.engine import JobEngine
from vault.jobs.kinds import kind_named
from vault.jobs.runner import sealed_place
from vault.jobs.states import FINAL, JobState
from vault.policy import Action, Actor, Role, Target, TargetKind
from vault.services._work import Core, Work

__all__ = ["JobService", "JobView", "Prepare"]

# Run inside the submitting transaction: checks the policy and the input, returns the case the job
# belongs to (or None) and may return sealed arguments (names, terms) to keep under that case's key.
Prepare = Callable[[Work], "Prepared"]


@dataclass(frozen=True)
class Prepared:
    case_id: str | None = None
    arguments: Mapping[str, Any] | None = None  # ids, numbers, flags
    sealed: Mapping[str, Any] | None = None  # anything else, sealed under the case key


@dataclass(frozen=True)
class JobView:
    id: str
    kind: str
    case_id: str | None
    parent_id: str | None
    state: str
    stage: str | None
    done: int
    total: int | None
    arguments: dict[str, Any]  # ids, numbers and flags only (what was asked for)
    summary: dict[str, Any]
    reason: str | None
    attempts: int
    cancel_requested: bool
    requested_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @property
    def finished(self) -> bool:
        return self.state in FINAL

    @property
    def url(self) -> str:
        return f"/jobs/{self.id}"


class JobService:
    def __init__(self, core: Core, engine: JobEngine | None = None) -> None:
        self._core = core
        self.engine = engine

    def submit(self, actor: Actor, kind: str, prepare: Prepare, *, arguments: Mapping[str, Any] | None = None) -> JobView:
        spec = kind_named(kind)
        with self._core.work(actor) as work:
            prepared = prepare(work)
            job = Job(
                id=work.new_id(), kind=kind, case_id=prepared.case_id, requested_by=actor.id,
                requester_role=str(actor.role), requested_at=work.now, state=JobState.QUEUED,
                arguments=json.dumps({**(arguments or {}), **(prepared.arguments or {})}, sort_keys=True),
                arguments_sealed=None, done=0, attempts=0, cancel_requested=False,
            )
            if prepared.sealed is not None:
                if prepared.case_id is None:
                    raise ValueError("sealed job arguments need a case")
                job.arguments_sealed = work.fields.seal_json(prepared.case_id, sealed_place(job.id, "arguments_sealed"),
                                                             dict(prepared.sealed))
            work.session.add(job)
            work.record(AuditAction.REQUESTED, self._target(job), operation=f"job.{kind}", detail={"kind": kind})
            view = _view(job)
        if self.engine is not None:
            self.engine.submit(view.id, queue=spec.queue)
        return view

    def submit_parts(self, context_actor: Actor, parent_id: str, kind: str,
                     parts: Sequence[Mapping[str, Any]]) -> list[JobView]:
        """The parts of a job, all written in one transaction (so a parent that stopped half way never
        leaves some parts made and others not), then handed to the engine. The parts belong to the
        parent's requester and case."""
        spec = kind_named(kind)
        with self._core.work(context_actor) as work:
            parent = work.session.get(Job, parent_id)
            if parent is None:
                raise ValueError(f"no job {parent_id}")
            views = []
            for arguments in parts:
                job = Job(
                    id=work.new_id(), kind=kind, parent_id=parent.id, case_id=parent.case_id,
                    requested_by=parent.requested_by, requester_role=parent.requester_role, requested_at=work.now,
                    state=JobState.QUEUED, arguments=json.dumps(dict(arguments), sort_keys=True), arguments_sealed=None,
                    done=0, attempts=0, cancel_requested=False,
                )
                work.session.add(job)
                views.append(_view(job))
        if self.engine is not None:
            for view in views:
                self.engine.submit(view.id, queue=spec.queue)
        return views

    def parts(self, parent_id: str) -> list[JobView]:
        """A job's parts (for the parent's own body: no policy question, the runner holds the parent)."""
        with self._core.database.reading() as session:
            return [_view(job) for job in session.scalars(select(Job).where(Job.parent_id == parent_id).order_by(Job.id))]

    def resubmit(self, views: Sequence[JobView]) -> None:
        """Hand queued jobs to the engine again (a parent that stopped after writing its parts and before
        the engine heard of them); a duplicate delivery is harmless: the runner's claim decides."""
        if self.engine is not None:
            for view in views:
                self.engine.submit(view.id, queue=kind_named(view.kind).queue)

    def get(self, actor: Actor, job_id: str) -> JobView:
        with self._core.read(actor) as work:
            return _view(self._load(work, Action.JOB_READ, job_id))

    def result(self, actor: Actor, job_id: str) -> dict[str, Any] | None:
        """What the job produced that names a family (sealed under the case key); one ``viewed`` event."""
        with self._core.read(actor) as work:
            job = self._load(work, Action.JOB_READ, job_id)
            if job.state != JobState.SUCCEEDED:
                raise Conflict(f"the job has not succeeded (it is {job.state})")
            if job.result_sealed is None or job.case_id is None:
                return None
            value: dict[str, Any] = work.fields.open_json(job.case_id, sealed_place(job.id, "result_sealed"), job.result_sealed)
            work.record(AuditAction.VIEWED, self._target(job), operation="job.result")
            return value

    def cancel(self, actor: Actor, job_id: str) -> JobView:
        with self._core.work(actor) as work:
            job = self._load(work, Action.JOB_CANCEL, job_id)
            if job.state in FINAL:
                raise Conflict(f"the job has already {job.state}")
            for one in [job, *work.session.scalars(select(Job).where(Job.parent_id == job.id))]:  # its parts too
                if one.state in FINAL:
                    continue
                one.cancel_requested = True
                if one.state == JobState.QUEUED:  # nobody holds it: it ends now
                    one.state, one.finished_at, one.reason = JobState.CANCELLED, work.now, "cancelled"
            work.record(AuditAction.CANCELLED, self._target(job), operation=str(Action.JOB_CANCEL))
            view = _view(job)
        if self.engine is not None and view.state == JobState.CANCELLED:
            self.engine.cancel(view.id)
        return view

    def list(self, actor: Actor, *, limit: int = 50) -> list[JobView]:
        """The actor's own jobs, newest first (the operator: everyone's)."""
        with self._core.read(actor) as work:
            query = (select(Job).where(Job.parent_id.is_(None))  # a job's parts are shown through it
                     .order_by(Job.requested_at.desc()).limit(max(1, min(limit, 500))))
            if actor.role != Role.OPERATOR:
                query = query.where(Job.requested_by == actor.id)
            return [_view(job) for job in work.session.scalars(query)]

    def wait(self, actor: Actor, job_id: str, *, timeout: float | None = None, poll: float = 0.5,
             on_progress: Callable[[JobView], None] | None = None) -> JobView:
        """Poll until the job ends (or ``timeout`` seconds pass), telling ``on_progress`` each state."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            view = self.get(actor, job_id)
            if on_progress is not None:
                on_progress(view)
            if view.finished or (deadline is not None and time.monotonic() >= deadline):
                return view
            time.sleep(poll)

    @staticmethod
    def _target(job: Job) -> Target:
        return Target(TargetKind.JOB, job.id, job.case_id, owner_id=job.requested_by)

    def _load(self, work: Work, action: Action, job_id: str) -> Job:
        from vault.services._work import is_id

        job = work.session.get(Job, job_id) if is_id(job_id) else None
        if job is None:
            raise work.missing(action, TargetKind.JOB, job_id)
        work.authorize(action, self._target(job))
        return job


def _view(job: Job) -> JobView:
    return JobView(
        id=job.id, kind=job.kind, case_id=job.case_id, parent_id=job.parent_id, state=job.state, stage=job.stage, done=job.done or 0,
        total=job.total, arguments=json.loads(job.arguments), summary=json.loads(job.summary) if job.summary else {},
        reason=job.reason,
        attempts=job.attempts or 0, cancel_requested=bool(job.cancel_requested), requested_at=job.requested_at,
        started_at=job.started_at, finished_at=job.finished_at,
    )


