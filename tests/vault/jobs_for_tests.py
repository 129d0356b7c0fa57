"""A job kind for the engine tests, importable by worker subprocesses (``VAULT_TEST_JOB_KINDS=1``
makes ``tests/vault/_worker_with_test_kinds.py`` import it): a slow, idempotent count."""

from __future__ import annotations

import time

from vault.jobs import JobContext, JobOutcome, job_kind

SLOW = "test.slow_count"


@job_kind(SLOW, max_attempts=3)
def slow_count(context: JobContext) -> JobOutcome:
    steps = int(context.arguments["steps"])
    context.stage("counting", total=steps)
    for _ in range(steps):
        time.sleep(float(context.arguments.get("pause", 0.1)))
        context.advance()
        context.check()
    return JobOutcome(summary={"steps": steps, "attempt": context.attempt})
