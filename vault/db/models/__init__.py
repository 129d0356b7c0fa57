"""Every table of the metadata database. Columns typed ``bytes`` hold sealed (encrypted) fields."""

from __future__ import annotations

from vault.db.models.audit import AuditEvent, AuditHead
from vault.db.models.case_studies import (
    CaseStudy,
    CaseStudyItem,
    Publication,
    PublicationPart,
)
from vault.db.models.cases import AccessGrant, Assignment, Case, Person
from vault.db.models.consent import Consent, Disclosure
from vault.db.models.content import Document, Note
from vault.db.models.enquiry import Enquiry
from vault.db.models.family import FamilyAccount, FamilyNotice, ShareLink
from vault.db.models.jobs import Job
from vault.db.models.keys import CaseKeyRow, ObjectKeyRow, ShreddedCase, TombstoneRow
from vault.db.models.previews import DocumentPreview
from vault.db.models.requests import ReturnRequest, SubjectAccessItem, SubjectAccessRequest
from vault.db.models.safeguarding import SafeguardingOverride
from vault.db.models.search import SearchKey, SearchToken
from vault.db.models.staff import SessionToken, SignInBucket, Staff
from vault.db.models.web import WebSession

__all__ = [
    "AccessGrant",
    "Assignment",
    "AuditEvent",
    "AuditHead",
    "Case",
    "CaseKeyRow",
    "CaseStudy",
    "CaseStudyItem",
    "Consent",
    "Disclosure",
    "Document",
    "DocumentPreview",
    "Enquiry",
    "FamilyAccount",
    "FamilyNotice",
    "Job",
    "Note",
    "ObjectKeyRow",
    "Person",
    "Publication",
    "PublicationPart",
    "ReturnRequest",
    "SafeguardingOverride",
    "SearchKey",
    "SearchToken",
    "SessionToken",
    "ShareLink",
    "ShreddedCase",
    "SignInBucket",
    "Staff",
    "SubjectAccessItem",
    "SubjectAccessRequest",
    "TombstoneRow",
    "WebSession",
]
