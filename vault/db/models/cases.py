"""A case (one family), the people in it, who supports it and who else the parent let in."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["AccessGrant", "Assignment", "Case", "Person"]


class Case(Base):
    """``reference`` is a random, non-identifying handle; ``code`` (initials and date of birth, the
    policies' "coded information") and ``label`` (a family name, kept only with consent) are sealed."""

    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    need: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str | None] = mapped_column(String(100))
    referral_source: Mapped[str] = mapped_column(String(100))
    # Statistics categories, plain because they identify nobody: the child's school phase, and the
    # age band on opening (all the statistics ever keep of a birth date).
    school_phase: Mapped[str] = mapped_column(String(100))
    age_band: Mapped[str] = mapped_column(String(100))
    details_consent: Mapped[bool]
    code_sealed: Mapped[bytes | None]
    label_sealed: Mapped[bytes | None]
    legal_hold: Mapped[bool]
    hold_reason_sealed: Mapped[bytes | None]
    created_by: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime]
    destroyed_at: Mapped[datetime | None]


class Person(Base):
    """A parent, carer or child; ``details_sealed`` (names, address, contact) exists only with consent."""

    __tablename__ = "people"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    relation: Mapped[str] = mapped_column(String(16))
    initials_sealed: Mapped[bytes]
    birth_date_sealed: Mapped[bytes | None]
    details_sealed: Mapped[bytes | None]
    created_at: Mapped[datetime]


class Assignment(Base):
    """A supporter on a case; history is kept (``ended_at``) rather than deleted."""

    __tablename__ = "assignments"
    __table_args__ = (Index("ix_assignments_staff_active", "staff_id", "ended_at", "case_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    staff_id: Mapped[str] = mapped_column(ID, ForeignKey("staff.id"))
    assigned_by: Mapped[str | None] = mapped_column(ID)
    assigned_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class AccessGrant(Base):
    """The parent asked that this member of staff (or volunteer, on referral) see part of the case."""

    __tablename__ = "access_grants"
    __table_args__ = (Index("ix_access_grants_grantee_active", "grantee_id", "ended_at", "case_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    grantee_id: Mapped[str] = mapped_column(ID, ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(32))
    include_details: Mapped[bool]
    include_notes: Mapped[bool]
    all_documents: Mapped[bool]
    document_ids: Mapped[str] = mapped_column(Text)  # JSON list of opaque ids
    request_sealed: Mapped[bytes]  # how and when the parent asked, in the staff member's words
    recorded_by: Mapped[str | None] = mapped_column(ID)
    recorded_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
