"""The vault's services: every operation a user can take, each checked by the one policy, run in
one transaction and recorded in the audit log. The API and the command line only call these."""

from __future__ import annotations

from vault.services._work import Core
from vault.services.access import AccessService, GrantInput, GrantView
from vault.services.auditing import AuditService
from vault.services.auth import AuthService, LoginResult
from vault.services.case_studies import (
    AreaInput,
    CaseStudyInput,
    CaseStudyRedactor,
    CaseStudyReview,
    CaseStudyRevision,
    CaseStudyService,
    CaseStudySummary,
    CaseStudyView,
    PublicationService,
    PublicationView,
    PublishedStore,
    PublishingService,
    SuspectView,
    shared_redactor,
)
from vault.services.cases import CaseDetails, CaseService, CaseSummary, NewCase
from vault.services.consent import ConsentInput, ConsentService, ConsentView, ReviewDue
from vault.services.disclosure import DisclosureInput, DisclosureService, DisclosureView
from vault.services.documents import DocumentService, DocumentView, NewDocument
from vault.services.enquiries import EnquiryService, EnquiryView
from vault.services.keys import KeyService, KeyStatus, MasterKeyView, RewrapResult
from vault.services.notes import NoteService, NoteView
from vault.services.people import PersonInput, PersonView
from vault.services.previews import PreviewService, PreviewUnavailableError
from vault.services.retention import RetentionItem, RetentionResult, RetentionService
from vault.services.returns import ReturnService, ReturnView
from vault.services.safeguarding import OverrideService, OverrideView
from vault.services.staff import PasswordReset, StaffService, StaffView
from vault.services.states import (
    CaseStatus,
    ConsentDecision,
    ConsentMethod,
    DocumentState,
    GrantKind,
    RecipientKind,
    Relation,
    ReleaseTo,
    ReturnOutcome,
)
from vault.services.statistics import StatisticsService
from vault.services.subject_access import (
    Archive,
    ReviewItemView,
    ReviewSummary,
    SubjectAccessService,
    SubjectAccessView,
)
from vault.services.sweep import SweepResult, SweepService

__all__ = [
    "AccessService",
    "Archive",
    "AreaInput",
    "AuditService",
    "AuthService",
    "CaseDetails",
    "CaseService",
    "CaseStatus",
    "CaseStudyInput",
    "CaseStudyRedactor",
    "CaseStudyReview",
    "CaseStudyRevision",
    "CaseStudyService",
    "CaseStudySummary",
    "CaseStudyView",
    "CaseSummary",
    "ConsentDecision",
    "ConsentInput",
    "ConsentMethod",
    "ConsentService",
    "ConsentView",
    "Core",
    "DisclosureInput",
    "DisclosureService",
    "DisclosureView",
    "DocumentService",
    "DocumentState",
    "DocumentView",
    "EnquiryService",
    "EnquiryView",
    "GrantInput",
    "GrantKind",
    "GrantView",
    "KeyService",
    "KeyStatus",
    "LoginResult",
    "MasterKeyView",
    "NewCase",
    "NewDocument",
    "NoteService",
    "NoteView",
    "OverrideService",
    "OverrideView",
    "PasswordReset",
    "PersonInput",
    "PersonView",
    "PreviewService",
    "PreviewUnavailableError",
    "PublicationService",
    "PublicationView",
    "PublishedStore",
    "PublishingService",
    "RecipientKind",
    "Relation",
    "ReleaseTo",
    "RetentionItem",
    "RetentionResult",
    "RetentionService",
    "ReturnOutcome",
    "ReturnService",
    "ReturnView",
    "ReviewDue",
    "ReviewItemView",
    "ReviewSummary",
    "RewrapResult",
    "StaffService",
    "StaffView",
    "StatisticsService",
    "SubjectAccessService",
    "SubjectAccessView",
    "SuspectView",
    "SweepResult",
    "SweepService",
    "shared_redactor",
]
