"""Running one job: claim it, run its body as the member of staff who asked, record how it ended.

Exactly one worker runs a job at a time, and a job whose worker died is taken over: the claim is one
conditional UPDATE (queued, or running with a heartbeat older than ``stale_after``), the running worker
beats the job's heart every ``heartbeat_every`` seconds, and every later write (progress, the end)
is conditional on still holding the claim. A worker that lost its claim (it was thought dead) stops
at its next progress report and writes nothing more. Bodies make their outputs idempotent (ids
derived from the job), so a body run again after a crash replaces, never duplicates.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select, update

from vault.db.models import Job, Staff
from vault.errors import Forbidden, StorageUnavailable, VaultError
from vault.fields import Place
from vault.jobs.context import JobCancelled, JobContext, JobOutcome, JobWaiting
from vault.jobs.kinds import JobKind, kind_named
from vault.jobs.states import FINAL, JobState
from vault.policy import Actor, Role

if TYPE_CHECKING:
    from vault.app import Vault

__all__ = ["JobRunner", "RunResult", "sealed_place"]

log = logging.getLogger("vault.jobs")


class RunResult(StrEnum):
    FINISHED = "finished"  # the job reached a final state here
    RETRY = "retry"  # a passing failure (the store was away): queued again, deliver it later
    WAIT = "wait"  # waiting for other jobs: queued again without using an attempt, deliver it soon
    SKIPPED = "skipped"  # someone else holds it, or it had already ended


class _LostClaim(JobCancelled):
    """Internal: another worker took the job over; this one stops without writing."""


def sealed_place(job_id: str, column: str) -> Place:
    return Place("jobs", column, job_id)


@dataclass(frozen=True)
class _Claimed:
    job: Job
    kind: JobKind


class JobRunner:
    def __init__(self, vault: Vault, *, worker: str, stale_after: float = 30.0, heartbeat_every: float = 5.0) -> None:
        self._vault = vault
        self._core = vault.core
        self.worker = worker
        self.stale_after = stale_after
        self.heartbeat_every = heartbeat_every
        self.wait_seconds = 2.0  # how long the last job that returned WAIT asked to wait

    def __repr__(self) -> str:
        return f"JobRunner({self.worker!r})"

    def run(self, job_id: str) -> RunResult:
        claimed = self._claim(job_id)
        if claimed is None:
            return RunResult.SKIPPED
        job, kind = claimed.job, claimed.kind
        if job.attempts > kind.max_attempts:
            self._finish(job, JobState.FAILED, reason=f"stopped after {kind.max_attempts} attempts: {job.reason or 'its worker stopped each time'}")
            return RunResult.FINISHED
        try:
            actor = self._actor(job)
        except VaultError as error:
            self._finish(job, JobState.FAILED, reason=str(error))
            return RunResult.FINISHED
        context = JobContext(
            vault=self._vault, job_id=job.id, kind=job.kind, actor=actor, case_id=job.case_id,
            arguments=json.loads(job.arguments), sealed_arguments=self._sealed_arguments(job, actor),
            attempt=job.attempts, sink=lambda stage, done, total: self._progress(job.id, stage, done, total),
        )
        with _Heartbeat(self, job.id):
            try:
                outcome = kind.body(context)
            except JobWaiting as waiting:
                if self._requeue(job, None, give_back_attempt=True):
                    self.wait_seconds = waiting.seconds
                    return RunResult.WAIT
                return RunResult.SKIPPED
            except _LostClaim:
                log.warning("job %s was taken over by another worker; %s stops", job.id, self.worker)
                return RunResult.SKIPPED
            except JobCancelled:
                self._finish(job, JobState.CANCELLED, reason="cancelled")
                return RunResult.FINISHED
            except StorageUnavailable as error:  # the object store went away: worth another attempt
                if job.attempts < kind.max_attempts and self._requeue(job, str(error)):
                    return RunResult.RETRY
                self._finish(job, JobState.FAILED, reason=str(error))
                return RunResult.FINISHED
            except VaultError as error:  # refused, not found, bad input: the reason is the user's
                self._finish(job, JobState.FAILED, reason=str(error))
                return RunResult.FINISHED
            except Exception as error:  # a bug or a crash inside the body: bounded retries, then its reason
                log.exception("job %s (%s) failed", job.id, job.kind)
                reason = f"unexpected error ({type(error).__name__})"
                if job.attempts < kind.max_attempts and self._requeue(job, reason):
                    return RunResult.RETRY
                self._finish(job, JobState.FAILED, reason=reason)
                return RunResult.FINISHED
        self._finish(job, JobState.SUCCEEDED, outcome=outcome, actor=actor)
        return RunResult.FINISHED

    # -- the claim -----------------------------------------------------------------------------

    def _claim(self, job_id: str) -> _Claimed | None:
        now = self._core.clock.now()
        stale = now - timedelta(seconds=self.stale_after)
        with self._core.database.transaction() as session:
            claimed = session.execute(
                update(Job)
                .where(Job.id == job_id, Job.cancel_requested.is_(False),
                       or_(Job.state == JobState.QUEUED,
                           (Job.state == JobState.RUNNING) & or_(Job.heartbeat_at.is_(None), Job.heartbeat_at < stale)))
                .values(state=JobState.RUNNING, claimed_by=self.worker, attempts=Job.attempts + 1, heartbeat_at=now,
                        started_at=now)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            job = session.get(Job, job_id)
            if job is None:
                return None
            if not claimed:
                if job.cancel_requested and job.state == JobState.QUEUED:
                    job.state, job.finished_at, job.reason = JobState.CANCELLED, now, "cancelled"
                return None
            session.refresh(job)
            kind = _kind_or_none(job.kind)
            if kind is None:  # written by a newer version of the vault than this worker's
                job.state, job.finished_at, job.reason = JobState.QUEUED, None, None
                job.claimed_by = None
                job.attempts -= 1
                return None
            session.expunge(job)
            return _Claimed(job, kind)

    def _still_mine(self, job_id: str) -> Any:
        return (Job.id == job_id) & (Job.claimed_by == self.worker) & (Job.state == JobState.RUNNING)

    def beat(self, job_id: str) -> bool:
        with self._core.database.transaction() as session:
            return bool(session.execute(
                update(Job).where(self._still_mine(job_id)).values(heartbeat_at=self._core.clock.now())
                .execution_options(synchronize_session=False)
            ).rowcount)  # type: ignore[attr-defined]

    def _progress(self, job_id: str, stage: str | None, done: int, total: int | None) -> bool:
        with self._core.database.transaction() as session:
            mine = session.execute(
                update(Job).where(self._still_mine(job_id))
                .values(stage=stage, done=done, total=total, heartbeat_at=self._core.clock.now())
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            if not mine:
                raise _LostClaim
            return bool(session.scalar(select(Job.cancel_requested).where(Job.id == job_id)))

    def _requeue(self, job: Job, reason: str | None, *, give_back_attempt: bool = False) -> bool:
        values: dict[str, Any] = {"state": JobState.QUEUED, "claimed_by": None, "heartbeat_at": None}
        if give_back_attempt:
            values["attempts"] = Job.attempts - 1
        else:
            values["reason"] = reason
        with self._core.database.transaction() as session:
            return bool(session.execute(
                update(Job).where(self._still_mine(job.id))
                .values(**values)
                .execution_options(synchronize_session=False)
            ).rowcount)  # type: ignore[attr-defined]

    def _finish(self, job: Job, state: JobState, *, reason: str | None = None, outcome: JobOutcome | None = None,
                actor: Actor | None = None) -> None:
        assert state in FINAL
        values: dict[str, Any] = {"state": state, "reason": reason, "finished_at": self._core.clock.now(),
                                  "claimed_by": None}
        if state == JobState.SUCCEEDED:  # its last step counted, even if the last report was skipped as too soon
            values["done"] = func.coalesce(Job.total, Job.done)
        if outcome is not None:
            values["summary"] = json.dumps(dict(outcome.summary), sort_keys=True, default=str)
            if outcome.result is not None:
                if job.case_id is None or actor is None:
                    raise RuntimeError(f"job kind {job.kind} returned a sealed result without a case")
                values["result_sealed"] = self._seal(job, actor, "result_sealed", outcome.result)
        with self._core.database.transaction() as session:
            session.execute(update(Job).where(self._still_mine(job.id)).values(**values)
                            .execution_options(synchronize_session=False))

    # -- who asked -----------------------------------------------------------------------------

    def _actor(self, job: Job) -> Actor:
        if job.requester_role == Role.OPERATOR:
            return Actor.operator(job.requested_by.removeprefix("operator:"))
        with self._core.database.reading() as session:
            staff = session.get(Staff, job.requested_by)
        if staff is None or not staff.active:
            raise Forbidden("the member of staff who asked for this job is no longer active")
        return Actor(id=staff.id, role=Role(staff.role), name=staff.username)

    def _sealed_arguments(self, job: Job, actor: Actor) -> Mapping[str, Any]:
        if job.arguments_sealed is None or job.case_id is None:
            return {}
        with self._core.work(actor) as work:
            value: Mapping[str, Any] = work.fields.open_json(job.case_id, sealed_place(job.id, "arguments_sealed"), job.arguments_sealed)
            return value

    def _seal(self, job: Job, actor: Actor, column: str, value: Mapping[str, Any]) -> bytes:
        assert job.case_id is not None
        with self._core.work(actor) as work:
            return work.fields.seal_json(job.case_id, sealed_place(job.id, column), dict(value))


def _kind_or_none(name: str) -> JobKind | None:
    try:
        return kind_named(name)
    except KeyError:
        return None


class _Heartbeat:
    """Beats the job's heart from a thread while its body runs, so one long step (OCR of a big page)
    never makes a live worker look dead."""

    def __init__(self, runner: JobRunner, job_id: str) -> None:
        self._runner = runner
        self._job_id = job_id
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=f"heartbeat {job_id[:8]}", daemon=True)

    def __enter__(self) -> _Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.wait(self._runner.heartbeat_every):
            try:
                if not self._runner.beat(self._job_id):
                    return
            except Exception:  # the database blinked: the next beat tries again
                log.warning("heartbeat of job %s failed", self._job_id, exc_info=True)
