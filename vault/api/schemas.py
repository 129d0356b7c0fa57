"""Request bodies. Responses are the services' own dataclasses (FastAPI documents them as is)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from vault.services import (
    ConsentDecision,
    ConsentMethod,
    GrantKind,
    RecipientKind,
    Relation,
    ReleaseTo,
)

__all__ = [
    "AssignIn",
    "CaseIn",
    "CloseIn",
    "ConsentIn",
    "DetailsConsentIn",
    "DisclosureIn",
    "DocumentFlagsIn",
    "EnquiryIn",
    "GrantIn",
    "LegalHoldIn",
    "LoginIn",
    "NoteIn",
    "OverrideIn",
    "PasswordIn",
    "PersonIn",
    "ReleaseIn",
    "StaffIn",
    "SubjectAccessIn",
]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginIn(_In):
    username: str
    password: str


class StaffIn(_In):
    username: str
    role: str
    password: str
    display_name: str | None = None


class PasswordIn(_In):
    password: str


class PersonIn(_In):
    relation: Relation
    initials: str = Field(examples=["LW"])
    birth_date: date | None = None
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None


class CaseIn(_In):
    need: str
    referral_source: str = "Parent or carer"
    referrer_has_parent_permission: bool = False
    details_consent: bool = False
    label: str | None = None
    school_phase: str = "Not known"
    opened_on: date | None = None
    people: list[PersonIn] = []


class DetailsConsentIn(_In):
    given: bool
    label: str | None = None


class CloseIn(_In):
    outcome: str
    closed_on: date | None = None


class LegalHoldIn(_In):
    on: bool
    reason: str | None = None


class AssignIn(_In):
    staff_id: str


class GrantIn(_In):
    grantee_id: str
    request: str = Field(description="What the parent asked, how and when (kept sealed)")
    kind: GrantKind = GrantKind.PARENT_REQUEST
    include_details: bool = False
    include_notes: bool = False
    all_documents: bool = False
    document_ids: list[str] = []


class DocumentFlagsIn(_In):
    return_on_request: bool | None = Field(None, description="the parent expects it back when they ask")
    keep_on_file: bool | None = Field(None, description="the parent asked the service to keep a copy after a return")


class NoteIn(_In):
    body: str


class ConsentIn(_In):
    recipient_kind: RecipientKind
    decision: ConsentDecision
    method: ConsentMethod
    obtained_on: date
    recipient: str | None = None
    purpose: str | None = None
    roles: list[str] = []
    method_note: str | None = None
    form_document_id: str | None = None
    review_on: date | None = None


class DisclosureIn(_In):
    organisation: str
    purpose: str
    shared: str
    method: str = "email"
    recipient_role: str | None = None
    document_ids: list[str] = []
    override_id: str | None = None


class OverrideIn(_In):
    concern: str
    hours: int | None = None


class EnquiryIn(_In):
    topic: str
    outcome: str
    channel: str
    received_on: date | None = None


class ReleaseIn(_In):
    to: ReleaseTo
    solicitor: str | None = None


class SubjectAccessIn(_In):
    subject_id: str
    requester_id: str
    received_on: date | None = None
    child_agreed: bool = False
