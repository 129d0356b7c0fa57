"""Service-wide work: the quarterly statistics return and a retention run. Neither names a family:
the statistics are suppressed and rounded before they leave the statistics engine, and a retention
run reports case references only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault.errors import InvalidRequest
from vault.jobs.context import JobContext, JobOutcome
from vault.jobs.kinds import job_kind
from vault.jobs.service import JobView, Prepared
from vault.policy import Action, Actor, Target
from vault.statistics import Quarter, StatisticsError

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.services._work import Work

__all__ = ["QUARTERLY_STATISTICS", "RETENTION_APPLY", "request_quarterly_statistics", "request_retention_apply"]

QUARTERLY_STATISTICS = "statistics.quarterly"
RETENTION_APPLY = "retention.apply"


@job_kind(QUARTERLY_STATISTICS)
def quarterly_statistics(context: JobContext) -> JobOutcome:
    quarter = str(context.arguments["quarter"])
    context.stage("counting and suppressing")
    csv = context.vault.statistics.quarterly_csv(context.actor, quarter)
    return JobOutcome(summary={"quarter": quarter, "csv": csv})


@job_kind(RETENTION_APPLY, max_attempts=2)
def retention_apply(context: JobContext) -> JobOutcome:
    context.stage("destroying closed cases past retention")
    result = context.vault.retention.apply(context.actor, progress=context.progress)
    return JobOutcome(summary={"destroyed": result.destroyed, "held": result.held,
                               "leftover_objects": len(result.leftover_objects)})


def request_quarterly_statistics(vault: Vault, actor: Actor, quarter: str) -> JobView:
    """Ask for the quarterly return as a job; the quarter is checked now, the policy now and again
    when the job runs."""
    try:
        period = Quarter.parse(quarter)
    except StatisticsError as error:
        raise InvalidRequest(str(error)) from None

    def prepare(work: Work) -> Prepared:
        work.authorize(Action.REPORT_STATISTICS, Target.service())
        return Prepared(arguments={"quarter": str(period)})

    return vault.jobs.submit(actor, QUARTERLY_STATISTICS, prepare)


def request_retention_apply(vault: Vault, actor: Actor) -> JobView:
    def prepare(work: Work) -> Prepared:
        work.authorize(Action.RETENTION_APPLY, Target.service())
        return Prepared()

    return vault.jobs.submit(actor, RETENTION_APPLY, prepare)
