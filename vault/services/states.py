"""The states and kinds the services use, as enumerations (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "CaseStatus",
    "ConsentDecision",
    "ConsentMethod",
    "DocumentState",
    "GrantKind",
    "RecipientKind",
    "Relation",
    "ReleaseTo",
    "ReturnOutcome",
]


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    DESTROYED = "destroyed"  # retention ran: only the opaque reference and counts remain


class Relation(StrEnum):
    PARENT = "parent"
    CARER = "carer"
    CHILD = "child"


class GrantKind(StrEnum):
    PARENT_REQUEST = "parent_request"  # the parent asked that this person see part of the case
    REFERRAL = "referral"  # referral to a volunteer IPS, sharing what the parent asked to share


class DocumentState(StrEnum):
    HELD = "held"
    RETURNED = "returned"  # handed back; a copy stays only under keep-on-file or a legal hold
    DESTROYED = "destroyed"


class RecipientKind(StrEnum):
    ORGANISATION = "organisation"
    ROLE = "role"  # a professional role (e.g. "educational psychologist")
    ANYONE = "anyone"


class ConsentDecision(StrEnum):
    GIVEN = "given"
    RESTRICTED = "restricted"  # only to the listed professional roles
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class ConsentMethod(StrEnum):
    TELEPHONE = "telephone"  # noted and dated by the member of staff
    IN_PERSON = "in_person"  # a signed and dated form, stored as a document on the case
    EMAIL = "email"
    LETTER = "letter"
    PORTAL = "portal"  # the parent decided in the parent portal, signed in with their second factor


class ReleaseTo(StrEnum):
    PARENT = "parent"
    SOLICITOR = "solicitor"


class ReturnOutcome(StrEnum):
    DESTROYED = "destroyed"
    KEPT_ON_FILE = "kept_on_file"
    LEGAL_HOLD = "legal_hold"
    WITHDRAWN = "withdrawn"  # the parent withdrew the request before the document was released
