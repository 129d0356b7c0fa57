"""What an audit event says happened. An event names ids, roles and actions; never a family's details."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["AuditAction"]


class AuditAction(StrEnum):
    VIEWED = "viewed"  # content was read (a case's details, a note, a document's metadata or bytes)
    LISTED = "listed"  # a list was read (what it showed is the actor's to see)
    DENIED = "denied"  # the policy refused; the actor was told "not found"
    CREATED = "created"
    UPDATED = "updated"
    UPLOADED = "uploaded"
    ASSIGNED = "assigned"
    UNASSIGNED = "unassigned"
    GRANTED = "granted"
    REVOKED = "revoked"
    CLOSED = "closed"
    REOPENED = "reopened"
    HELD = "held"  # legal hold placed
    UNHELD = "unheld"  # legal hold lifted
    RECORDED = "recorded"  # a consent decision or a parent's request written down
    SHARED = "shared"  # a disclosure to a third party
    REFUSED = "refused"  # a disclosure blocked by missing, refused or restricted consent
    REQUESTED = "requested"
    APPROVED = "approved"
    ENDED = "ended"
    RELEASED = "released"  # a document handed back (to the parent or their solicitor)
    RETURNED = "returned"
    DESTROYED = "destroyed"
    KEPT = "kept"  # a returned document stays on file (keep-on-file or legal hold)
    WITHDRAWN = "withdrawn"  # the parent withdrew a request (a return) before it was carried out
    EXPORTED = "exported"  # a subject access archive or a statistics report left the vault
    LOGGED_IN = "logged_in"
    LOGIN_FAILED = "login_failed"
    LOGGED_OUT = "logged_out"
    VERIFIED = "verified"
    SWEPT = "swept"
    ROTATED = "rotated"  # a master key version was added and made active
    REWRAPPED = "rewrapped"  # case keys were wrapped again under the active master key
    RETIRED = "retired"  # old master key versions were removed from the key file
    ACCEPTED = "accepted"  # a case study's draft was accepted by the family's supporter
    REJECTED = "rejected"  # a coordinator sent an accepted case study back to its draft
    PUBLISHED = "published"  # a case study was published (the detail names the publication)
    CONFIRMED = "confirmed"  # a case study's suspect confirmed as identifying (removed, or sent back)
    DISMISSED = "dismissed"  # a case study's suspect or finding dismissed as identifying nobody
    CANCELLED = "cancelled"  # a job was cancelled by who asked for it
