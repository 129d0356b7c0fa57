"""Parents' requests with a lifecycle: return of a document, and subject access."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["ReturnRequest", "SubjectAccessItem", "SubjectAccessRequest"]


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
    fulfilled_at: Mapped[datetime | None]  # delivered: downloaded by the requester, or handed over
    fulfilled_by: Mapped[str | None] = mapped_column(ID)
    # The review (other people's information found by the redaction engine, decided item by item).
    assembled_at: Mapped[datetime | None]
    reviewed_sources_sealed: Mapped[bytes | None]  # {source key: SHA-256 of its text} as reviewed
    # The deadline extended (complex requests: up to two further months) and why (sealed).
    extended_months: Mapped[int | None]
    extension_reason_sealed: Mapped[bytes | None]
    extended_by: Mapped[str | None] = mapped_column(ID)
    extended_at: Mapped[datetime | None]
    # How it was delivered: "download" (by the requester) or "hand-over" (recorded by staff, note sealed).
    delivered_how: Mapped[str | None] = mapped_column(String(16))
    # The released response: the reviewed archive built once (a job) and kept encrypted under the case
    # key as an object of the case, so what was delivered is exactly what was reviewed (its SHA-256).
    archive_object_id: Mapped[str | None] = mapped_column(ID)
    archive_sha256: Mapped[str | None] = mapped_column(String(64))
    archive_size: Mapped[int | None] = mapped_column(BigInteger)
    archive_built_at: Mapped[datetime | None]
    handover_note_sealed: Mapped[bytes | None]


class SubjectAccessItem(Base):
    """A span of possibly someone else's information in what a subject access response would release
    (or a document whose text could not be read), decided by the supporter: redact or keep, with a
    reason. Its text, context and reason are sealed under the case key."""

    __tablename__ = "subject_access_items"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    request_id: Mapped[str] = mapped_column(ID, ForeignKey("subject_access_requests.id"), index=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    number: Mapped[int]  # 1, 2, ... in reading order: what the supporter refers to
    source: Mapped[str] = mapped_column(String(32))  # notes.json, consents.json, disclosures.json, document
    source_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str] = mapped_column(String(32))  # a record's field, or a document's text part ("0", "1", ...)
    start: Mapped[int]
    end: Mapped[int]
    span_type: Mapped[str] = mapped_column(String(32))  # PERSON, PHONE, ... or UNREADABLE (a whole document)
    text_sealed: Mapped[bytes]
    context_sealed: Mapped[bytes]
    decision: Mapped[str | None] = mapped_column(String(8))  # redact, keep
    reason_sealed: Mapped[bytes | None]
    decided_by: Mapped[str | None] = mapped_column(ID)
    decided_at: Mapped[datetime | None]
