"""Case studies as jobs: a draft, a revision (or a suspect the supporter confirmed) and a publication.
Each is asked for through the case-study services (which check the policy, the input and consent, and
seal what names the family under the case key); the body is the service's own slow step, run as the
member of staff who asked, through ``Core.two_phase``."""

from __future__ import annotations

from vault.jobs.context import JobContext, JobOutcome
from vault.jobs.kinds import job_kind
from vault.services.case_studies.publishing import CASE_STUDY_PUBLISH
from vault.services.case_studies.service import CASE_STUDY_DRAFT, CASE_STUDY_REVISE

__all__ = ["CASE_STUDY_DRAFT", "CASE_STUDY_PUBLISH", "CASE_STUDY_REVISE"]


@job_kind(CASE_STUDY_DRAFT, queue="redaction", max_attempts=2)
def draft(context: JobContext) -> JobOutcome:
    return context.vault.case_studies.run_draft(context)


@job_kind(CASE_STUDY_REVISE, queue="redaction", max_attempts=2)
def revise(context: JobContext) -> JobOutcome:
    return context.vault.case_studies.run_revise(context)


@job_kind(CASE_STUDY_PUBLISH, queue="redaction", max_attempts=2)
def publish(context: JobContext) -> JobOutcome:
    return context.vault.publishing.run_publish(context)
