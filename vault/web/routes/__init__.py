"""The web interface's pages, one module per journey. A new journey adds its module here (before
the catch-all "not found" route, which ``mount_web`` adds last)."""

from __future__ import annotations

from vault.web.routes import (
    auth,
    case,
    case_new,
    case_studies,
    cases,
    consent,
    coordination,
    dashboard,
    documents,
    family,
    oversight,
    reports,
    rights,
    sar_review,
    sharing,
    staff,
    upload,
)

ROUTERS = (auth.router, dashboard.router, cases.router, case_new.router, case.router, upload.router,
           documents.router, consent.router, rights.router, coordination.router, reports.router, staff.router,
           oversight.router, family.router, sharing.router, sar_review.router, case_studies.router)

__all__ = ["ROUTERS"]
