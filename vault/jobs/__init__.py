"""Long work as durable jobs (issue: "long work as jobs"): a job row per operation, procrastinate to
hand job ids to workers (PostgreSQL, or in memory beside SQLite), one runner that claims, runs and
ends a job exactly once, and bodies that are the same service calls a request used to make inline."""

from __future__ import annotations

from vault.jobs.context import JobCancelled, JobContext, JobOutcome
from vault.jobs.engine import InProcessEngine, JobEngine, ProcrastinateEngine, engine_for, worker_name
from vault.jobs.kinds import JobKind, job_kind, kind_named, kinds
from vault.jobs.runner import JobRunner, RunResult
from vault.jobs.service import JobService, JobView, Prepared
from vault.jobs.states import FINAL, JobState

__all__ = [
    "FINAL",
    "InProcessEngine",
    "JobCancelled",
    "JobContext",
    "JobEngine",
    "JobKind",
    "JobOutcome",
    "JobRunner",
    "JobService",
    "JobState",
    "JobView",
    "Prepared",
    "ProcrastinateEngine",
    "RunResult",
    "engine_for",
    "job_kind",
    "kind_named",
    "kinds",
    "worker_name",
]
