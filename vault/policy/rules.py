"""The access policy as data. Anything not listed here is denied.

``PERMISSIONS[action][role]`` is the set of grounds on which that role may take that action;
``GRANT_SCOPE[action]`` says which part of a parent's request (a grant) covers the action;
``NOT_OWN`` lists actions nobody may take on their own request (four eyes).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from vault.policy.model import Action, Ground, Role

__all__ = ["GRANT_SCOPE", "NOT_OWN", "PERMISSIONS", "GrantScope"]

S = Role.PARENTAL_SUPPORTER
C = Role.COORDINATOR
V = Role.VOLUNTEER
A = Role.ADMINISTRATOR
O = Role.OPERATOR
P = Role.PARENT
K = Role.CHILD  # a child of 12 or over with an account of their own

ROLE = frozenset({Ground.ROLE})
ASSIGNED = frozenset({Ground.ASSIGNED})
CONTENT = frozenset({Ground.ASSIGNED, Ground.GRANT, Ground.OVERRIDE})  # the supporter, or as the parent asked, or safeguarding
ASKED = frozenset({Ground.GRANT, Ground.OVERRIDE})  # anyone else: only as the parent asked, or safeguarding
OVERRIDE = frozenset({Ground.OVERRIDE})
OWN = frozenset({Ground.OWNER})
FAMILY = frozenset({Ground.FAMILY})  # the family's own portal account on this case

PERMISSIONS: Mapping[Action, Mapping[Role, frozenset[Ground]]] = {
    # A case: supporters and coordinators open them; the list each role sees is scoped by the service.
    Action.CASE_CREATE: {S: ROLE, C: ROLE},
    Action.CASE_LIST: {S: ROLE, C: ROLE, V: ROLE},
    # Coordinators manage every case by its summary (reference, dates, supporters) but not its content.
    Action.CASE_VIEW: {S: CONTENT, C: ROLE, V: ASKED, P: FAMILY, K: FAMILY},
    Action.CASE_DETAILS_READ: {S: CONTENT, C: ASKED, V: ASKED},
    Action.CASE_UPDATE: {S: ASSIGNED},
    Action.CASE_CLOSE: {S: ASSIGNED, C: ROLE},
    Action.CASE_ASSIGN: {C: ROLE, O: ROLE},
    Action.CASE_HOLD: {C: ROLE},
    # A case's audit trail names staff, actions and opaque ids, never a family's details: the family's
    # supporter (who answers the parent's questions about it) and coordinators (oversight). What was
    # done under a safeguarding override is shown to coordinators only (the service filters).
    Action.CASE_AUDIT_READ: {S: ASSIGNED, C: ROLE},
    # Recording what the parent asked (who else may see what); never for oneself.
    Action.GRANT_RECORD: {S: ASSIGNED, C: ROLE},
    Action.GRANT_LIST: {S: ASSIGNED, C: ROLE},
    Action.GRANT_END: {S: ASSIGNED, C: ROLE},
    # Content: documents and notes are the supporter's; others only as the parent asked or under override.
    Action.DOCUMENT_UPLOAD: {S: ASSIGNED, P: FAMILY, K: FAMILY},
    Action.DOCUMENT_LIST: {S: CONTENT, C: ASKED, V: ASKED, P: FAMILY, K: FAMILY},
    Action.DOCUMENT_READ: {S: CONTENT, C: ASKED, V: ASKED, P: FAMILY, K: OWN},
    Action.DOCUMENT_UPDATE: {S: ASSIGNED},
    Action.NOTE_CREATE: {S: frozenset({Ground.ASSIGNED, Ground.OVERRIDE}), C: OVERRIDE, V: OVERRIDE},
    Action.NOTE_LIST: {S: CONTENT, C: ASKED, V: ASKED},
    Action.NOTE_READ: {S: CONTENT, C: ASKED, V: ASKED},
    Action.CONSENT_RECORD: {S: ASSIGNED, P: FAMILY},
    Action.CONSENT_READ: {S: CONTENT, C: ASKED, V: ASKED, P: FAMILY},
    # Sharing: the supporter under consent; anyone holding a safeguarding override, marked as such.
    Action.DISCLOSURE_RECORD: {S: frozenset({Ground.ASSIGNED, Ground.OVERRIDE}), C: OVERRIDE, V: OVERRIDE},
    Action.DISCLOSURE_READ: {S: frozenset({Ground.ASSIGNED, Ground.OVERRIDE}), C: OVERRIDE, V: OVERRIDE},
    # Safeguarding ("break glass"): any member of staff or volunteer with a concern may ask, about any
    # family (the supporter may be away); nothing opens until another person, a coordinator, approves.
    Action.OVERRIDE_REQUEST: {S: ROLE, C: ROLE, V: ROLE},
    Action.OVERRIDE_APPROVE: {C: ROLE},
    Action.OVERRIDE_END: {C: ROLE},  # a coordinator ends an override early, or declines a pending one
    Action.OVERRIDE_READ: {S: OWN, C: ROLE, V: OWN},  # has my request been approved? (coordinators: any)
    # Parents' rights, carried out by the family's supporter.
    Action.RETURN_REQUEST: {S: ASSIGNED, P: FAMILY, K: OWN},
    Action.RETURN_LIST: {S: ASSIGNED, P: FAMILY},
    Action.RETURN_RELEASE: {S: ASSIGNED},
    Action.RETURN_COMPLETE: {S: ASSIGNED},
    Action.RETURN_WITHDRAW: {S: ASSIGNED, P: FAMILY},
    Action.SUBJECT_ACCESS_RECORD: {S: ASSIGNED},
    Action.SUBJECT_ACCESS_LIST: {S: ASSIGNED},
    Action.SUBJECT_ACCESS_EXPORT: {S: ASSIGNED, P: OWN, K: OWN},  # the family: the requests they made
    Action.SUBJECT_ACCESS_REVIEW: {S: ASSIGNED},  # never the family: the review reads other people's details
    # Anonymous enquiries carry nothing personal.
    Action.ENQUIRY_RECORD: {S: ROLE, C: ROLE, V: ROLE},
    Action.ENQUIRY_LIST: {S: ROLE, C: ROLE},
    # Management reports name cases by their opaque reference only.
    Action.REPORT_CONSENT_REVIEW: {S: ROLE, C: ROLE, O: ROLE},
    Action.REPORT_OVERRIDES: {C: ROLE, O: ROLE},
    Action.REPORT_RETENTION: {C: ROLE, O: ROLE},
    Action.REPORT_STATISTICS: {C: ROLE, O: ROLE},
    Action.REPORT_SUBJECT_ACCESS: {C: ROLE, O: ROLE},
    Action.DIGEST_SEND: {O: ROLE},  # by a timer on the server, reading the reports above
    Action.RETENTION_APPLY: {C: ROLE, O: ROLE},
    Action.ORPHAN_SWEEP: {O: ROLE},
    # Staff administration: who works here, never what families said.
    Action.STAFF_MANAGE: {A: ROLE, O: ROLE},
    Action.STAFF_LIST: {A: ROLE, C: ROLE, O: ROLE},
    Action.STAFF_DIRECTORY: {S: ROLE, C: ROLE, V: ROLE, A: ROLE},
    Action.ACCOUNT_PASSWORD: {S: OWN, C: OWN, V: OWN, A: OWN},  # one's own, knowing the current one
    Action.AUDIT_VERIFY: {A: ROLE, C: ROLE, O: ROLE},
    # Master keys: managed by whoever holds the data folder and its key file, from the command line only;
    # an administrator sees their status (in the web interface).
    Action.KEYS_STATUS: {A: ROLE, O: ROLE},  # versions and what they wrap: never a key
    Action.KEYS_MANAGE: {O: ROLE},
    Action.SEARCH_REINDEX: {O: ROLE},
    # Case studies: drafted and reviewed by the family's supporter only (a draft is the family's
    # content: neither a parent's request nor a safeguarding override is a reason to make one);
    # published by a coordinator other than the drafter (four eyes, NOT_OWN below), who sees only the
    # accepted renderings and counts. Publications carry nothing of a family: any member of staff
    # reads them (they are training material), the operator too (to hand them on).
    Action.CASE_STUDY_DRAFT: {S: ASSIGNED},
    Action.CASE_STUDY_LIST: {S: ASSIGNED},
    Action.CASE_STUDY_READ: {S: ASSIGNED},
    Action.CASE_STUDY_REVISE: {S: ASSIGNED},
    Action.CASE_STUDY_ACCEPT: {S: ASSIGNED},
    Action.CASE_STUDY_DISCARD: {S: ASSIGNED},
    Action.CASE_STUDY_DECIDE: {S: ASSIGNED},
    Action.CASE_STUDY_QUEUE: {C: ROLE},
    Action.CASE_STUDY_REVIEW: {C: ROLE},
    Action.CASE_STUDY_SEND_BACK: {C: ROLE},
    Action.CASE_STUDY_REVIEW_DECIDE: {C: ROLE},
    Action.CASE_STUDY_PUBLISH: {C: ROLE},
    Action.CASE_STUDY_UNPUBLISH: {C: ROLE},
    Action.PUBLICATION_LIST: {S: ROLE, C: ROLE, V: ROLE, A: ROLE, O: ROLE},
    Action.PUBLICATION_READ: {S: ROLE, C: ROLE, V: ROLE, A: ROLE, O: ROLE},
    Action.PUBLICATION_WITHDRAW: {C: ROLE},
    # A job is its requester's: nobody else follows or cancels it (it may carry a family's results);
    # the operator, who runs the workers from the command line, sees every job's state.
    Action.TRAINING_EXPORT: {C: ROLE, O: ROLE},
    Action.JOB_READ: {S: OWN, C: OWN, V: OWN, A: OWN, O: ROLE},
    Action.JOB_CANCEL: {S: OWN, C: OWN, V: OWN, A: OWN, O: ROLE},
    # The parent portal. Parents (P) and children of 12 or over (K) reach only their own case (FAMILY:
    # their live account on it) and, for a child, only what is theirs (OWN: what they uploaded, the
    # requests they made). The case is the parent's, so a parent reads every document on it. The
    # family's supporter invites them, ends their accounts and is told what they did.
    Action.FAMILY_INVITE: {S: ASSIGNED},
    Action.FAMILY_LIST: {S: ASSIGNED},
    Action.FAMILY_END: {S: ASSIGNED, C: ROLE},
    Action.FAMILY_NOTICES: {S: ROLE},  # the service shows the supporter's own cases only
    Action.SUBJECT_ACCESS_ASK: {P: FAMILY, K: FAMILY},
    # Sharing that is delivered: the supporter who shared makes and ends the recipient's link;
    # a coordinator may end any (a consent withdrawn, a link sent to the wrong person).
    Action.SHARE_LINK_CREATE: {S: ASSIGNED},
    Action.SHARE_LINK_LIST: {S: ASSIGNED},
    Action.SHARE_LINK_REVOKE: {S: ASSIGNED, C: ROLE},
}


class GrantScope(StrEnum):
    ANY = "any"  # any grant on the case (the case summary; lists, which are then filtered item by item)
    DETAILS = "details"  # people's details, consents
    NOTES = "notes"
    DOCUMENT = "document"  # the particular document named in the target


GRANT_SCOPE: Mapping[Action, GrantScope] = {
    Action.CASE_VIEW: GrantScope.ANY,
    Action.CASE_DETAILS_READ: GrantScope.DETAILS,
    Action.DOCUMENT_LIST: GrantScope.ANY,
    Action.DOCUMENT_READ: GrantScope.DOCUMENT,
    Action.NOTE_LIST: GrantScope.NOTES,
    Action.NOTE_READ: GrantScope.NOTES,
    Action.CONSENT_READ: GrantScope.DETAILS,
}

NOT_OWN: frozenset[Action] = frozenset({Action.GRANT_RECORD, Action.OVERRIDE_APPROVE, Action.CASE_STUDY_PUBLISH,
                                        Action.CASE_STUDY_REVIEW_DECIDE})
