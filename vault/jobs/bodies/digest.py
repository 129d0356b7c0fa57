"""The daily digest as a job (for a scheduler that submits jobs rather than running a command): the
same service call ``vault digest send`` makes. Its summary holds counts only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault.jobs.context import JobContext, JobOutcome
from vault.jobs.kinds import job_kind
from vault.jobs.service import JobView, Prepared
from vault.policy import Action, Actor, Target

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.services._work import Work

__all__ = ["DIGEST_SEND", "request_digest"]

DIGEST_SEND = "digest.send"


@job_kind(DIGEST_SEND, max_attempts=2)
def digest_send(context: JobContext) -> JobOutcome:
    context.stage("composing and sending the digests")
    run = context.vault.digests.send(context.actor, dry_run=bool(context.arguments.get("dry_run", False)))
    return JobOutcome(summary={"digests": len(run.digests), "sent": run.sent, "without_email": len(run.without_email),
                               "dry_run": run.dry_run})


def request_digest(vault: Vault, actor: Actor, *, dry_run: bool = False) -> JobView:
    def prepare(work: Work) -> Prepared:
        work.authorize(Action.DIGEST_SEND, Target.service())
        return Prepared(arguments={"dry_run": dry_run})

    return vault.jobs.submit(actor, DIGEST_SEND, prepare)
