"""Subject access as jobs: the review (the redaction engine reads every note, record and document of
the response; a model over every document takes a while; the items it finds wait for the supporter's
decisions) and the release (the reviewed archive built once and kept, encrypted, for delivery). The
jobs' summaries hold counts and digests only; the items and the archive are read through the service."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from vault.db.models import SubjectAccessRequest
from vault.jobs.context import JobContext, JobOutcome
from vault.jobs.kinds import job_kind
from vault.jobs.service import JobView, Prepared
from vault.policy import Action, Actor, TargetKind
from vault.services.subject_access import check_reviewed

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.services._work import Work

__all__ = ["SUBJECT_ACCESS_RELEASE", "SUBJECT_ACCESS_REVIEW", "request_subject_access_release", "request_subject_access_review"]

SUBJECT_ACCESS_REVIEW = "subject_access.review"
SUBJECT_ACCESS_RELEASE = "subject_access.release"


@job_kind(SUBJECT_ACCESS_REVIEW, queue="redaction", max_attempts=2)
def subject_access_review(context: JobContext) -> JobOutcome:
    context.stage("reading the documents for other people's information")
    found = context.vault.subject_access.assemble(context.actor, str(context.arguments["request_id"]),
                                                  progress=lambda done, total: context.progress(done, total))
    return JobOutcome(summary={"request_id": found.request_id, "items": found.items, "undecided": found.undecided,
                               "sources": found.sources})


@job_kind(SUBJECT_ACCESS_RELEASE, queue="redaction", max_attempts=2)
def subject_access_release(context: JobContext) -> JobOutcome:
    context.stage("building the reviewed archive")
    view = context.vault.subject_access.release(context.actor, str(context.arguments["request_id"]),
                                                include_safeguarding=bool(context.arguments.get("include_safeguarding")))
    return JobOutcome(summary={"request_id": view.id, "sha256": view.released_sha256})


def request_subject_access_review(vault: Vault, actor: Actor, request_id: str) -> JobView:
    """Ask for the review as a job of the request's case (the policy now, and again when it runs)."""
    return vault.jobs.submit(actor, SUBJECT_ACCESS_REVIEW, _prepare(request_id, {}, reviewed=False))


def request_subject_access_release(vault: Vault, actor: Actor, request_id: str, *, include_safeguarding: bool = False) -> JobView:
    """Ask for the reviewed archive to be built and kept for delivery, as a job."""
    return vault.jobs.submit(actor, SUBJECT_ACCESS_RELEASE,
                             _prepare(request_id, {"include_safeguarding": include_safeguarding}, reviewed=True))


def _prepare(request_id: str, options: dict[str, bool], *, reviewed: bool) -> Callable[[Work], Prepared]:
    """Checked when asked for (the policy; for a release, a finished review), and again when it runs."""

    def prepare(work: Work) -> Prepared:
        row, _ = work.load(Action.SUBJECT_ACCESS_REVIEW, SubjectAccessRequest, TargetKind.SUBJECT_ACCESS, request_id)
        if reviewed:
            check_reviewed(work, row)
        return Prepared(case_id=row.case_id, arguments={"request_id": row.id, **options})

    return prepare
