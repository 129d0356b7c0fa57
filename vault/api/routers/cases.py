"""Cases, the people in them, who supports them and who else the parent let in."""

from __future__ import annotations

from fastapi import APIRouter, Query

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import (
    AssignIn,
    CaseIn,
    CloseIn,
    DetailsConsentIn,
    GrantIn,
    LegalHoldIn,
    PersonIn,
)
from vault.services import (
    CaseDetails,
    CaseStatus,
    CaseSummary,
    GrantInput,
    GrantView,
    NewCase,
    PersonInput,
    PersonView,
)

router = APIRouter(tags=["cases"])


def _person(body: PersonIn) -> PersonInput:
    return PersonInput(**body.model_dump())


@router.get("/cases")
def list_cases(
    actor: CurrentActor,
    vault: VaultDep,
    status: CaseStatus | None = None,
    limit: int = Query(200, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> list[CaseSummary]:
    return vault.cases.list(actor, status=status, limit=limit, offset=offset)


@router.post("/cases", status_code=201)
def open_case(body: CaseIn, actor: CurrentActor, vault: VaultDep) -> CaseSummary:
    fields = body.model_dump(exclude={"people"})
    return vault.cases.open(actor, NewCase(**fields, people=tuple(_person(p) for p in body.people)))


@router.get("/cases/{case_id}")
def view_case(case_id: str, actor: CurrentActor, vault: VaultDep) -> CaseSummary:
    return vault.cases.view(actor, case_id)


@router.get("/cases/{case_id}/details")
def case_details(case_id: str, actor: CurrentActor, vault: VaultDep) -> CaseDetails:
    return vault.cases.details(actor, case_id)


@router.post("/cases/{case_id}/people", status_code=201)
def add_person(case_id: str, body: PersonIn, actor: CurrentActor, vault: VaultDep) -> PersonView:
    return vault.cases.add_person(actor, case_id, _person(body))


@router.put("/cases/{case_id}/details-consent", status_code=204)
def details_consent(case_id: str, body: DetailsConsentIn, actor: CurrentActor, vault: VaultDep) -> None:
    vault.cases.set_details_consent(actor, case_id, given=body.given, label=body.label)


@router.post("/cases/{case_id}/close")
def close_case(case_id: str, body: CloseIn, actor: CurrentActor, vault: VaultDep) -> CaseSummary:
    return vault.cases.close(actor, case_id, outcome=body.outcome, closed_on=body.closed_on)


@router.post("/cases/{case_id}/reopen")
def reopen_case(case_id: str, actor: CurrentActor, vault: VaultDep) -> CaseSummary:
    return vault.cases.reopen(actor, case_id)


@router.put("/cases/{case_id}/legal-hold", status_code=204)
def legal_hold(case_id: str, body: LegalHoldIn, actor: CurrentActor, vault: VaultDep) -> None:
    vault.cases.set_legal_hold(actor, case_id, on=body.on, reason=body.reason)


@router.post("/cases/{case_id}/assignments", status_code=204)
def assign(case_id: str, body: AssignIn, actor: CurrentActor, vault: VaultDep) -> None:
    vault.access.assign(actor, case_id, body.staff_id)


@router.delete("/cases/{case_id}/assignments/{staff_id}", status_code=204)
def unassign(case_id: str, staff_id: str, actor: CurrentActor, vault: VaultDep) -> None:
    vault.access.unassign(actor, case_id, staff_id)


@router.get("/cases/{case_id}/grants")
def list_grants(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[GrantView]:
    return vault.access.list_grants(actor, case_id)


@router.post("/cases/{case_id}/grants", status_code=201)
def grant(case_id: str, body: GrantIn, actor: CurrentActor, vault: VaultDep) -> GrantView:
    fields = body.model_dump(exclude={"document_ids"})
    return vault.access.grant(actor, case_id, GrantInput(**fields, document_ids=tuple(body.document_ids)))


@router.delete("/grants/{grant_id}", status_code=204)
def end_grant(grant_id: str, actor: CurrentActor, vault: VaultDep) -> None:
    vault.access.end_grant(actor, grant_id)
