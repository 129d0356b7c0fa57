"""Request bodies. Responses are the services' own dataclasses (FastAPI documents them as is)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from vault.services import (
    ConsentDecision,
    ConsentMethod,
    GrantKind,
    RecipientKind,
    Relation,
    ReleaseTo,
)
from vault.text_rules import Code, Id, Line, Name, Paragraphs, Secret, Text

__all__ = [
    "AssignIn",
    "CaseIn",
    "CloseIn",
    "CodeIn",
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
    "PasswordChangeIn",
    "PasswordResetIn",
    "PersonIn",
    "ReleaseIn",
    "StaffIn",
    "SubjectAccessDecisionIn",
    "SubjectAccessExtensionIn",
    "SubjectAccessHandOverIn",
    "SubjectAccessIn",
    "TrainingExportIn",
]


class _In(BaseModel):
    """Every text field follows vault.text_rules (NFC, bounded, no control characters); numbers are finite."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


IdList = Annotated[list[Id], Field(max_length=1000)]


class LoginIn(_In):
    username: Name
    password: Secret
    code: Code | None = Field(None, description="the 6-digit code from the authenticator app, once one is set up")


class CodeIn(_In):
    code: Code


class PasswordChangeIn(_In):
    current_password: Secret
    new_password: Secret


class PasswordResetIn(_In):
    username: Name
    reset_token: Secret
    new_password: Secret
    code: Code | None = None


class StaffIn(_In):
    username: Name
    role: Name
    password: Secret
    display_name: Name | None = None
    dbs_checked_on: date | None = None  # the date of their DBS check (a family is assigned only to staff with a current one)


class PersonIn(_In):
    relation: Relation
    initials: Name = Field(examples=["LW"])
    birth_date: date | None = None
    name: Name | None = None
    address: Line | None = None
    phone: Name | None = None
    email: Name | None = None


class CaseIn(_In):
    need: Name
    referral_source: Name = "Parent or carer"
    referrer_has_parent_permission: bool = False
    details_consent: bool = False
    label: Name | None = None
    school_phase: Name = "Not known"
    opened_on: date | None = None
    people: list[PersonIn] = []


class DetailsConsentIn(_In):
    given: bool
    label: Name | None = None


class CloseIn(_In):
    outcome: Name
    closed_on: date | None = None


class LegalHoldIn(_In):
    on: bool
    reason: Paragraphs | None = None


class AssignIn(_In):
    staff_id: Id


class GrantIn(_In):
    grantee_id: Id
    request: Paragraphs = Field(description="What the parent asked, how and when (kept sealed)")
    kind: GrantKind = GrantKind.PARENT_REQUEST
    include_details: bool = False
    include_notes: bool = False
    all_documents: bool = False
    document_ids: IdList = []


class DocumentFlagsIn(_In):
    return_on_request: bool | None = Field(None, description="the parent expects it back when they ask")
    keep_on_file: bool | None = Field(None, description="the parent asked the service to keep a copy after a return")


class NoteIn(_In):
    body: Text


class ConsentIn(_In):
    recipient_kind: RecipientKind
    decision: ConsentDecision
    method: ConsentMethod
    obtained_on: date
    recipient: Name | None = None
    purpose: Name | None = None
    roles: Annotated[list[Name], Field(max_length=100)] = []
    method_note: Paragraphs | None = None
    form_document_id: Id | None = None
    review_on: date | None = None


class DisclosureIn(_In):
    organisation: Name
    purpose: Name
    shared: Paragraphs
    method: Name = "email"
    recipient_role: Name | None = None
    document_ids: IdList = []
    override_id: Id | None = None


class OverrideIn(_In):
    concern: Paragraphs
    hours: int | None = None


class EnquiryIn(_In):
    topic: Name
    outcome: Name
    channel: Name
    received_on: date | None = None


class ReleaseIn(_In):
    to: ReleaseTo
    solicitor: Name | None = None


class SubjectAccessIn(_In):
    subject_id: Id
    requester_id: Id
    received_on: date | None = None
    child_agreed: bool = False


class SubjectAccessDecisionIn(_In):
    """Redact or keep one item of other people's information, and why (kept sealed with the review)."""

    decision: Literal["redact", "keep"]
    reason: Paragraphs
    everywhere: bool = False  # also every undecided item with the same text


class SubjectAccessExtensionIn(_In):
    """A complex request's deadline extended by one or two further months (two at most in all)."""

    months: Annotated[int, Field(ge=1, le=2)]
    reason: Paragraphs


class SubjectAccessHandOverIn(_In):
    """How and to whom the reviewed response was handed over (in person, by post...)."""

    note: Paragraphs


class TrainingExportIn(_In):
    """Where the export goes (an absolute folder the workers can write, or an s3:// URL), the papers added
    since a date (all when absent), the data file's format, and how many workers it should be split for."""

    destination: Line
    since: date | None = None
    format: Literal["jsonl", "parquet"] = "jsonl"
    workers: int = Field(2, ge=1, le=64)
