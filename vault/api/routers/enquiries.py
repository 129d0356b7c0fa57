"""Anonymous enquiries."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from vault.api.deps import CurrentActor, VaultDep
from vault.api.schemas import EnquiryIn
from vault.services import EnquiryView

router = APIRouter(tags=["enquiries"])


@router.post("/enquiries", status_code=201)
def record_enquiry(body: EnquiryIn, actor: CurrentActor, vault: VaultDep) -> EnquiryView:
    return vault.enquiries.record(actor, **body.model_dump())


@router.get("/enquiries")
def list_enquiries(start: date, end: date, actor: CurrentActor, vault: VaultDep) -> list[EnquiryView]:
    return vault.enquiries.list(actor, start=start, end=end)
