"""Parents' requests with a lifecycle: return of a document, and subject access."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["ReturnRequest", "SubjectAccessRequest"]


class ReturnRequest(Base):
    """requested → released (to the parent, or their solicitor) → completed (destroyed or kept)."""

    __tablename__ = "return_requests"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    requested_at: Mapped[datetime]
    recorded_by: Mapped[str | None] = mapped_column(ID)
    released_at: Mapped[datetime | None]
    released_by: Mapped[str | None] = mapped_column(ID)
    released_to: Mapped[str | None] = mapped_column(String(16))
    solicitor_sealed: Mapped[bytes | None]
    completed_at: Mapped[datetime | None]
    completed_by: Mapped[str | None] = mapped_column(ID)
    outcome: Mapped[str | None] = mapped_column(String(16))


class SubjectAccessRequest(Base):
    """A request by a parent (or a child of 12 or over, for their own data), due in a calendar month."""

    __tablename__ = "subject_access_requests"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    subject_id: Mapped[str] = mapped_column(ID, ForeignKey("people.id"))
    requester_id: Mapped[str] = mapped_column(ID, ForeignKey("people.id"))
    received_on: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    recorded_by: Mapped[str | None] = mapped_column(ID)
    recorded_at: Mapped[datetime]
    fulfilled_at: Mapped[datetime | None]
    fulfilled_by: Mapped[str | None] = mapped_column(ID)
