"""The subject access review as a job: the redaction engine reads every note, record and document of
the response (a model over every document takes a while), and the items it finds wait for the
supporter's decisions. The job's summary holds counts only; the items are read through the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault.db.models import SubjectAccessRequest
from vault.jobs.context import JobContext, JobOutcome
from vault.jobs.kinds import job_kind
from vault.jobs.service import JobView, Prepared
from vault.policy import Action, Actor, TargetKind

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.services._work import Work

__all__ = ["SUBJECT_ACCESS_REVIEW", "request_subject_access_review"]

SUBJECT_ACCESS_REVIEW = "subject_access.review"


@job_kind(SUBJECT_ACCESS_REVIEW, queue="redaction", max_attempts=2)
def subject_access_review(context: JobContext) -> JobOutcome:
    context.stage("reading the documents for other people's information")
    found = context.vault.subject_access.assemble(context.actor, str(context.arguments["request_id"]),
                                                  progress=lambda done, total: context.progress(done, total))
    return JobOutcome(summary={"request_id": found.request_id, "items": found.items, "undecided": found.undecided,
                               "sources": found.sources})


def request_subject_access_review(vault: Vault, actor: Actor, request_id: str) -> JobView:
    """Ask for the review as a job of the request's case (the policy now, and again when it runs)."""

    def prepare(work: Work) -> Prepared:
        row, _ = work.load(Action.SUBJECT_ACCESS_EXPORT, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
        return Prepared(case_id=row.case_id, arguments={"request_id": row.id})

    return vault.jobs.submit(actor, SUBJECT_ACCESS_REVIEW, prepare)
