"""The states of a job, and which of them are final."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["FINAL", "JobState"]


class JobState(StrEnum):
    QUEUED = "queued"  # asked for; waiting for a worker (again, after a worker died)
    RUNNING = "running"  # a worker holds it and beats its heart
    SUCCEEDED = "succeeded"
    FAILED = "failed"  # with a one-line reason
    CANCELLED = "cancelled"  # by who asked for it, before or while it ran


FINAL = frozenset({JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED})
