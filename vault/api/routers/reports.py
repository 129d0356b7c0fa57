"""Reports for coordinators: consent reviews, overrides, retention, subject access deadlines, the
quarterly statistics (CSV), and the vocabularies the statistics fields take."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Query
from fastapi.responses import PlainTextResponse

from vault.api.deps import CurrentActor, VaultDep
from vault.api.streams import content_disposition
from vault.services import OverrideView, RetentionItem, ReviewDue, SubjectAccessView
from vault.text_rules import Name
from vault.vocab import FIELD_LISTS

router = APIRouter(prefix="/reports", tags=["reports"])


@router.get("/consent-review")
def consent_review(actor: CurrentActor, vault: VaultDep, within_days: int = Query(30, ge=0, le=366)) -> list[ReviewDue]:
    return vault.consents.due_for_review(actor, within_days=within_days)


@router.get("/overrides")
def overrides(
    actor: CurrentActor,
    vault: VaultDep,
    since: datetime | None = None,
    status: Literal["pending", "active", "expired", "ended", "declined"] | None = None,
) -> list[OverrideView]:
    return vault.overrides.report(actor, since=since, status=status)


@router.get("/retention")
def retention(actor: CurrentActor, vault: VaultDep, within_days: int = Query(0, ge=0, le=3660)) -> list[RetentionItem]:
    return vault.retention.report(actor, within_days=within_days)


@router.get("/subject-access")
def subject_access(actor: CurrentActor, vault: VaultDep) -> list[SubjectAccessView]:
    return vault.subject_access.outstanding(actor)


@router.get("/statistics", response_class=PlainTextResponse, responses={200: {"content": {"text/csv": {}}}})
def statistics(actor: CurrentActor, vault: VaultDep, quarter: Name = Query(examples=["2026-Q3"])) -> PlainTextResponse:
    csv = vault.statistics.quarterly_csv(actor, quarter)
    return PlainTextResponse(
        csv,
        media_type="text/csv",
        headers={"Content-Disposition": content_disposition(f"statistics-{quarter.strip()}.csv")},
    )


@router.get("/vocabularies")
def vocabularies(_actor: CurrentActor, vault: VaultDep) -> dict[str, list[str]]:
    vocab = vault.rules.vocab()
    return {name: list(vocab.allowed(name)) for name in FIELD_LISTS}
