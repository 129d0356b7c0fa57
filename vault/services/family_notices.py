"""Telling the family's supporter what the family did in the parent portal: one notice per change
(a consent decided, a document uploaded or asked back, their data asked for), written in the same
transaction as the change itself, so the supporter is never left out."""

from __future__ import annotations

from enum import StrEnum

from vault.db.models import FamilyNotice
from vault.policy import FAMILY_ROLES
from vault.services._work import Work

__all__ = ["NoticeKind", "tell_supporter"]


class NoticeKind(StrEnum):
    CONSENT = "consent"
    UPLOAD = "upload"
    RETURN = "return"
    SUBJECT_ACCESS = "subject_access"


def tell_supporter(work: Work, case_id: str, kind: NoticeKind, target_id: str | None) -> None:
    """A notice for the case's supporter, when the actor is the family themselves (staff know already)."""
    if work.actor.role not in FAMILY_ROLES:
        return
    work.session.add(FamilyNotice(id=work.new_id(), case_id=case_id, kind=str(kind), target_id=target_id,
                                  made_by=work.actor.id, made_at=work.now))
