"""The vocabulary of the access policy: who acts (Actor, Role), what they do (Action), to what
(Target), on which grounds (Ground), knowing which facts about the case (AccessContext)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

__all__ = [
    "FAMILY_ROLES",
    "STAFF_ROLES",
    "AccessContext",
    "Action",
    "Actor",
    "CaseFacts",
    "Decision",
    "GrantFact",
    "Ground",
    "OverrideFact",
    "Role",
    "Target",
    "TargetKind",
]


class Role(StrEnum):
    PARENTAL_SUPPORTER = "parental_supporter"
    COORDINATOR = "coordinator"
    VOLUNTEER = "volunteer"  # a volunteer independent parental supporter (IPS)
    ADMINISTRATOR = "administrator"
    # Whoever runs the command line on the data folder (and so holds the key file). Not a staff role:
    # it manages staff and housekeeping, never reads a family's content.
    OPERATOR = "operator"
    # Nobody yet: a failed login is recorded under this role. It is granted nothing.
    ANONYMOUS = "anonymous"
    # The family itself, signed in to the parent portal (vault.services.family): a parent or carer of
    # one case, or a child of 12 or over with an account of their own (only their own data).
    PARENT = "parent"
    CHILD = "child"
    # Whoever holds a disclosure's link (vault.services.sharing): audited as such, granted nothing.
    RECIPIENT = "recipient"


STAFF_ROLES = (Role.PARENTAL_SUPPORTER, Role.COORDINATOR, Role.VOLUNTEER, Role.ADMINISTRATOR)
FAMILY_ROLES = (Role.PARENT, Role.CHILD)


@dataclass(frozen=True)
class Actor:
    id: str
    role: Role
    name: str

    @classmethod
    def operator(cls, name: str) -> Actor:
        return cls(id=f"operator:{name}", role=Role.OPERATOR, name=name)

    @classmethod
    def anonymous(cls) -> Actor:
        return cls(id="anonymous", role=Role.ANONYMOUS, name="anonymous")


class Action(StrEnum):
    CASE_CREATE = "case.create"
    CASE_LIST = "case.list"
    CASE_VIEW = "case.view"  # the summary: reference, status, dates, who supports it
    CASE_DETAILS_READ = "case.details.read"  # people, the family label, the pseudonymous code
    CASE_UPDATE = "case.update"
    CASE_CLOSE = "case.close"
    CASE_ASSIGN = "case.assign"
    CASE_HOLD = "case.hold"
    CASE_AUDIT_READ = "case.audit.read"  # the case's audit trail: who did what to it, when (ids and actions only)
    SEARCH_REINDEX = "search.reindex"  # rebuild the case search index (it reads every case's sealed names)
    GRANT_RECORD = "grant.record"
    GRANT_LIST = "grant.list"
    GRANT_END = "grant.end"
    DOCUMENT_UPLOAD = "document.upload"
    DOCUMENT_LIST = "document.list"
    DOCUMENT_READ = "document.read"
    DOCUMENT_UPDATE = "document.update"  # the return-on-request and keep-on-file flags, as the parent asks
    NOTE_CREATE = "note.create"
    NOTE_LIST = "note.list"
    NOTE_READ = "note.read"
    CONSENT_RECORD = "consent.record"
    CONSENT_READ = "consent.read"
    DISCLOSURE_RECORD = "disclosure.record"
    DISCLOSURE_READ = "disclosure.read"
    OVERRIDE_REQUEST = "override.request"
    OVERRIDE_APPROVE = "override.approve"
    OVERRIDE_END = "override.end"
    OVERRIDE_READ = "override.read"  # one override and its status: who asked for it, and coordinators
    RETURN_REQUEST = "return.request"
    RETURN_LIST = "return.list"
    RETURN_RELEASE = "return.release"
    RETURN_COMPLETE = "return.complete"
    RETURN_WITHDRAW = "return.withdraw"  # the parent changed their mind before the document was released
    SUBJECT_ACCESS_RECORD = "subject_access.record"
    SUBJECT_ACCESS_LIST = "subject_access.list"
    SUBJECT_ACCESS_EXPORT = "subject_access.export"
    SUBJECT_ACCESS_REVIEW = "subject_access.review"  # read what is held on others in the response, decide, release
    ENQUIRY_RECORD = "enquiry.record"
    ENQUIRY_LIST = "enquiry.list"
    REPORT_CONSENT_REVIEW = "report.consent_review"
    REPORT_OVERRIDES = "report.overrides"
    REPORT_RETENTION = "report.retention"
    REPORT_STATISTICS = "report.statistics"
    REPORT_SUBJECT_ACCESS = "report.subject_access"
    DIGEST_SEND = "digest.send"  # the daily digest to each member of staff (cases by reference only)
    RETENTION_APPLY = "retention.apply"
    ORPHAN_SWEEP = "orphan.sweep"
    STAFF_MANAGE = "staff.manage"
    ACCOUNT_PASSWORD = "account.password"  # a member of staff changes their own password
    STAFF_LIST = "staff.list"
    STAFF_DIRECTORY = "staff.directory"  # colleagues' display names (who supports a case), nothing else
    AUDIT_VERIFY = "audit.verify"
    KEYS_STATUS = "keys.status"  # master key versions and what they wrap (never the keys)
    KEYS_MANAGE = "keys.manage"  # rotate, rewrap, retire master keys
    # Case studies (policy 003: "used as case studies ... identifying details will be removed"). A
    # draft is the family's content; a publication holds nothing of any family.
    CASE_STUDY_DRAFT = "case_study.draft"
    CASE_STUDY_LIST = "case_study.list"  # a case's case studies
    CASE_STUDY_READ = "case_study.read"  # a draft whole: what was found, the pseudonyms, the renderings
    CASE_STUDY_REVISE = "case_study.revise"  # add terms, identifiers or areas, exclude items, run again
    CASE_STUDY_ACCEPT = "case_study.accept"  # the supporter's review is done: ready for a coordinator
    CASE_STUDY_DISCARD = "case_study.discard"
    CASE_STUDY_DECIDE = "case_study.decide"  # the supporter confirms or dismisses what the second reader left
    CASE_STUDY_QUEUE = "case_study.queue"  # accepted case studies awaiting publication, across cases
    CASE_STUDY_REVIEW = "case_study.review"  # an accepted case study's renderings and counts, never the report
    CASE_STUDY_SEND_BACK = "case_study.send_back"  # the second pair of eyes says no: back to draft
    CASE_STUDY_REVIEW_DECIDE = "case_study.review_decide"  # the publisher confirms or dismisses it again
    CASE_STUDY_PUBLISH = "case_study.publish"
    CASE_STUDY_UNPUBLISH = "case_study.unpublish"  # withdraw what a case study published (e.g. consent withdrawn)
    PUBLICATION_LIST = "publication.list"
    PUBLICATION_READ = "publication.read"
    PUBLICATION_WITHDRAW = "publication.withdraw"
    # Long work runs as a job (vault.jobs): whoever asked for it follows it and may cancel it; the
    # operation itself is checked as theirs when it is asked for and again when it runs.
    # The training-data export (policy 003): consented cases' papers, redacted and re-read, with no
    # person in the loop; asked for by a coordinator (or the operator), never read by anyone on the way.
    TRAINING_EXPORT = "training.export"
    JOB_READ = "job.read"
    JOB_CANCEL = "job.cancel"
    # The parent portal (vault.services.family): the supporter invites the family and is told what
    # they did; a parent (or a child of 12 or over) asks for their own data themselves.
    FAMILY_INVITE = "family.invite"
    FAMILY_LIST = "family.list"  # the case's family accounts and invitations
    FAMILY_END = "family.end"  # end an account or an unused invitation
    FAMILY_NOTICES = "family.notices"  # what the family did in the portal, for their supporter
    SUBJECT_ACCESS_ASK = "subject_access.ask"  # a family member's own request for their own data
    # Sharing that is delivered (vault.services.sharing): a link for the recipient of a disclosure.
    SHARE_LINK_CREATE = "share_link.create"
    SHARE_LINK_LIST = "share_link.list"
    SHARE_LINK_REVOKE = "share_link.revoke"


class Ground(StrEnum):
    ROLE = "role"  # the role alone suffices (no family's content is involved)
    ASSIGNED = "assigned"  # the actor is the family's supporter
    OWNER = "owner"  # the target is the actor's own (the override they asked for)
    GRANT = "parent_request"  # the parent asked that the actor see this (including referral to an IPS)
    OVERRIDE = "override"  # an approved, unexpired safeguarding override held by the actor
    FAMILY = "family"  # the actor is the family's own account on this case (the parent portal)


class TargetKind(StrEnum):
    CASE = "case"
    PERSON = "person"
    DOCUMENT = "document"
    NOTE = "note"
    CONSENT = "consent"
    DISCLOSURE = "disclosure"
    GRANT = "grant"
    OVERRIDE = "override"
    RETURN_REQUEST = "return_request"
    SUBJECT_ACCESS = "subject_access"
    ENQUIRY = "enquiry"
    STAFF = "staff"
    SESSION = "session"
    SERVICE = "service"  # the service as a whole: reports, sweeps, verification
    MASTER_KEY = "master_key"  # a master key version in the key file (the id is the version number)
    CASE_STUDY = "case_study"  # a draft made from a case's papers (belongs to the case)
    PUBLICATION = "publication"  # a published case study (belongs to no case)
    JOB = "job"  # long work someone asked for (belongs to its case, if any, and to who asked)
    FAMILY_ACCOUNT = "family_account"  # a family member's portal account or invitation (belongs to the case)
    SHARE_LINK = "share_link"  # a disclosure's link for its recipient (belongs to the case)
    FAMILY_NOTICE = "family_notice"  # what the family did in the portal, for their supporter


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    id: str | None = None
    case_id: str | None = None
    # The member of staff the target belongs to (who asked for an override, who a grant is for): some
    # actions may not be done by that person to their own request.
    owner_id: str | None = None

    @classmethod
    def service(cls) -> Target:
        return cls(TargetKind.SERVICE)


@dataclass(frozen=True)
class GrantFact:
    grant_id: str
    grantee_id: str
    include_details: bool
    include_notes: bool
    all_documents: bool
    document_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class OverrideFact:
    override_id: str
    holder_id: str
    expires_at: datetime


@dataclass(frozen=True)
class CaseFacts:
    """What the policy needs to know about one case, loaded by the service before asking."""

    case_id: str
    assigned: frozenset[str] = frozenset()
    grants: tuple[GrantFact, ...] = ()
    overrides: tuple[OverrideFact, ...] = ()
    family: frozenset[str] = frozenset()  # the family's live portal accounts on this case
    young: frozenset[str] = frozenset()  # those of them that are a child's own (their data is theirs)


@dataclass(frozen=True)
class AccessContext:
    now: datetime
    case: CaseFacts | None = None


@dataclass(frozen=True)
class Decision:
    allowed: bool
    action: Action
    reason: str
    ground: Ground | None = None
    override_id: str | None = None
    grant_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
