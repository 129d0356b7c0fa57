"""Consent decisions and disclosures to third parties."""

from __future__ import annotations

from fastapi import APIRouter

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import ConsentIn, DisclosureIn
from vault.services import ConsentInput, ConsentView, DisclosureInput, DisclosureView

router = APIRouter(tags=["consent"])


@router.post("/cases/{case_id}/consents", status_code=201)
def record_consent(case_id: str, body: ConsentIn, actor: CurrentActor, vault: VaultDep) -> ConsentView:
    fields = body.model_dump(exclude={"roles"})
    return vault.consents.record(actor, case_id, ConsentInput(**fields, roles=tuple(body.roles)))


@router.get("/cases/{case_id}/consents")
def consent_history(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[ConsentView]:
    return vault.consents.history(actor, case_id)


@router.post(
    "/cases/{case_id}/disclosures",
    status_code=201,
    responses={409: {"description": "No consent in force covers this recipient and purpose (the reason says why)"}},
)
def disclose(case_id: str, body: DisclosureIn, actor: CurrentActor, vault: VaultDep) -> DisclosureView:
    fields = body.model_dump(exclude={"document_ids"})
    return vault.disclosures.disclose(actor, case_id, DisclosureInput(**fields, document_ids=tuple(body.document_ids)))


@router.get("/cases/{case_id}/disclosures")
def list_disclosures(case_id: str, actor: CurrentActor, vault: VaultDep) -> list[DisclosureView]:
    return vault.disclosures.list(actor, case_id)
