"""The API's routers, one per concept; each endpoint calls one service method and nothing else."""

from __future__ import annotations

from vault.api.routers import (
    audit,
    auth,
    case_studies,
    cases,
    consents,
    documents,
    enquiries,
    jobs,
    notes,
    overrides,
    reports,
    returns,
    staff,
    subject_access,
)

ROUTERS = (
    auth.router,
    staff.router,
    cases.router,
    documents.router,
    notes.router,
    consents.router,
    overrides.router,
    returns.router,
    subject_access.router,
    enquiries.router,
    reports.router,
    audit.router,
    case_studies.router,
    case_studies.published,
    jobs.router,
)

__all__ = ["ROUTERS"]
