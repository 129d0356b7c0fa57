"""Jobs: asked for under the policy, run once by whichever worker claims them, followed only by whoever
asked, cancelled between steps, taken over when a worker dies, stopped after bounded retries."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import select
from vault_world import OPERATOR, Cast

from vault.app import Vault
from vault.audit import AuditAction
from vault.clock import FixedClock
from vault.db.models import AuditEvent, Job
from vault.errors import Conflict, Forbidden, NotFound
from vault.jobs import JobContext, JobOutcome, JobRunner, JobState, Prepared, RunResult, job_kind
from vault.jobs.bodies.reports import request_quarterly_statistics, request_retention_apply
from vault.policy import Action, Target, TargetKind
from vault.services import EnquiryService  # noqa: F401 - the service the statistics read from

pytestmark = pytest.mark.usefixtures("cast")

# Test-only kinds, registered once for the whole module.
GATE = {"started": threading.Event(), "go": threading.Event()}


@job_kind("test.steps")
def _steps(context: JobContext) -> JobOutcome:
    context.stage("stepping", total=int(context.arguments["steps"]))
    for _ in range(int(context.arguments["steps"])):
        GATE["started"].set()
        if context.arguments.get("wait"):
            GATE["go"].wait(5)
            time.sleep(0.05)  # progress is written (and a cancel noticed) at most every half second
        context.advance()
        context.check()
    return JobOutcome(summary={"steps": context.arguments["steps"]},
                      result={"echo": context.sealed_arguments.get("secret")} if context.case_id else None)


@job_kind("test.broken", max_attempts=3)
def _broken(context: JobContext) -> JobOutcome:
    raise RuntimeError("always")


def _submit(vault: Vault, actor, kind: str, *, case_id: str | None = None, sealed=None, **arguments) -> str:  # type: ignore[no-untyped-def]
    def prepare(work):  # type: ignore[no-untyped-def]
        if case_id is not None:
            work.authorize(Action.CASE_UPDATE, Target(TargetKind.CASE, case_id, case_id))
        return Prepared(case_id=case_id, arguments=arguments, sealed=sealed)

    return vault.jobs.submit(actor, kind, prepare).id


def _events(vault: Vault, action: AuditAction) -> list[AuditEvent]:
    with vault.database.transaction() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_statistics_job_runs_once_and_only_its_requester_follows_it(vault: Vault, cast: Cast) -> None:
    view = request_quarterly_statistics(vault, cast.coordinator, "2026-Q3")
    assert view.state == JobState.QUEUED and view.url == f"/jobs/{view.id}"
    requested = [e for e in _events(vault, AuditAction.REQUESTED) if e.target_kind == "job"]
    assert [(e.actor_id, e.target_id) for e in requested] == [(cast.coordinator.id, view.id)]
    runner = JobRunner(vault, worker="w1")
    assert runner.run(view.id) is RunResult.FINISHED
    done = vault.jobs.get(cast.coordinator, view.id)
    assert done.state == JobState.SUCCEEDED and done.attempts == 1 and done.summary["quarter"] == "2026-Q3"
    assert done.summary["csv"].startswith("table,")  or "," in done.summary["csv"]
    assert runner.run(view.id) is RunResult.SKIPPED  # a second delivery does nothing
    assert vault.jobs.get(cast.coordinator, view.id).attempts == 1
    # Someone else's job answers as if it did not exist, and the refusal is recorded.
    with pytest.raises(NotFound):
        vault.jobs.get(cast.second_coordinator, view.id)
    denied = _events(vault, AuditAction.DENIED)
    assert any(e.actor_id == cast.second_coordinator.id and e.target_id == view.id for e in denied)
    assert [v.id for v in vault.jobs.list(OPERATOR)] == [view.id]
    assert vault.jobs.list(cast.second_coordinator) == []


def test_the_operation_is_checked_when_asked_for(vault: Vault, cast: Cast) -> None:
    with pytest.raises(Forbidden):
        request_quarterly_statistics(vault, cast.volunteer, "2026-Q3")
    with pytest.raises(Forbidden):
        request_retention_apply(vault, cast.supporter)
    with vault.database.transaction() as session:
        assert session.scalars(select(Job)).all() == []


def test_a_bad_quarter_is_refused_before_any_job_exists(vault: Vault, cast: Cast) -> None:
    with pytest.raises(ValueError, match="quarter"):
        request_quarterly_statistics(vault, cast.coordinator, "2026-Q9")


def test_cancelling_a_queued_job_ends_it_and_no_worker_runs_it(vault: Vault, cast: Cast) -> None:
    job_id = _submit(vault, cast.supporter, "test.steps", steps=3)
    assert vault.jobs.cancel(cast.supporter, job_id).state == JobState.CANCELLED
    assert JobRunner(vault, worker="w1").run(job_id) is RunResult.SKIPPED
    with pytest.raises(Conflict):
        vault.jobs.cancel(cast.supporter, job_id)
    with pytest.raises(NotFound):
        vault.jobs.cancel(cast.other_supporter, job_id)


def test_a_running_job_stops_at_its_next_step_when_cancelled(vault: Vault, cast: Cast) -> None:
    GATE["started"].clear()
    GATE["go"].clear()
    job_id = _submit(vault, cast.supporter, "test.steps", steps=50, wait=True)
    runner = JobRunner(vault, worker="w1")
    outcome: list[RunResult] = []
    thread = threading.Thread(target=lambda: outcome.append(runner.run(job_id)))
    thread.start()
    assert GATE["started"].wait(5)
    assert vault.jobs.cancel(cast.supporter, job_id).state == JobState.RUNNING  # asked; it stops by itself
    GATE["go"].set()
    thread.join(10)
    assert outcome == [RunResult.FINISHED]
    view = vault.jobs.get(cast.supporter, job_id)
    assert view.state == JobState.CANCELLED and view.done < 50


def test_a_job_whose_worker_stopped_beating_is_taken_over_once(vault: Vault, cast: Cast, clock: FixedClock) -> None:
    job_id = _submit(vault, cast.supporter, "test.steps", steps=2)
    dead = JobRunner(vault, worker="dead")
    assert dead._claim(job_id) is not None  # claimed, then the worker died without a word
    live = JobRunner(vault, worker="live", stale_after=30)
    assert live.run(job_id) is RunResult.SKIPPED  # its heart beat a moment ago: not ours to take
    clock.advance(timedelta(seconds=31))
    assert live.run(job_id) is RunResult.FINISHED
    view = vault.jobs.get(cast.supporter, job_id)
    assert view.state == JobState.SUCCEEDED and view.attempts == 2
    # The dead worker, had it woken up, could write nothing more.
    assert not dead.beat(job_id)


def test_a_failing_job_is_retried_a_bounded_number_of_times_then_fails_with_its_reason(vault: Vault, cast: Cast) -> None:
    job_id = _submit(vault, cast.supporter, "test.broken")
    runner = JobRunner(vault, worker="w1")
    assert [runner.run(job_id) for _ in range(3)] == [RunResult.RETRY, RunResult.RETRY, RunResult.FINISHED]
    view = vault.jobs.get(cast.supporter, job_id)
    assert (view.state, view.attempts, view.reason) == (JobState.FAILED, 3, "unexpected error (RuntimeError)")


def test_a_job_of_someone_no_longer_active_fails_with_the_reason(vault: Vault, cast: Cast) -> None:
    job_id = _submit(vault, cast.other_supporter, "test.steps", steps=1)
    vault.staff.deactivate(OPERATOR, cast.other_supporter.id)
    JobRunner(vault, worker="w1").run(job_id)
    with vault.database.transaction() as session:
        job = session.get(Job, job_id)
        assert job is not None and job.state == JobState.FAILED and "no longer active" in (job.reason or "")


def test_a_case_jobs_arguments_and_result_are_sealed_under_the_case_key(vault: Vault, cast: Cast) -> None:
    job_id = _submit(vault, cast.supporter, "test.steps", case_id=cast.own, sealed={"secret": "Leo Whitfield"}, steps=1)
    JobRunner(vault, worker="w1").run(job_id)
    with vault.database.transaction() as session:
        job = session.get(Job, job_id)
        assert job is not None
        raw = json.dumps([job.arguments, job.summary]).encode() + (job.arguments_sealed or b"") + (job.result_sealed or b"")
    assert b"Whitfield" not in raw
    assert vault.jobs.result(cast.supporter, job_id) == {"echo": "Leo Whitfield"}
    viewed = [e for e in _events(vault, AuditAction.VIEWED) if e.target_id == job_id]
    assert len(viewed) == 1 and viewed[0].actor_id == cast.supporter.id
    with pytest.raises(NotFound):
        vault.jobs.result(cast.other_supporter, job_id)


def test_a_job_that_has_not_succeeded_has_no_result(vault: Vault, cast: Cast) -> None:
    job_id = _submit(vault, cast.supporter, "test.steps", steps=1)
    with pytest.raises(Conflict):
        vault.jobs.result(cast.supporter, job_id)
