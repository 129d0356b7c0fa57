"""Consent decisions (a history: a new decision supersedes, nothing is overwritten) and disclosures."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["Consent", "Disclosure"]


class Consent(Base):
    """Who may receive information (``recipient_kind``: organisation, role or anyone), for what
    purpose (sealed; none means any purpose), and the parent's decision, how it was obtained and when."""

    __tablename__ = "consents"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    recipient_kind: Mapped[str] = mapped_column(String(16))
    recipient_sealed: Mapped[bytes | None]
    purpose_sealed: Mapped[bytes | None]
    decision: Mapped[str] = mapped_column(String(16))
    roles_sealed: Mapped[bytes | None]
    method: Mapped[str] = mapped_column(String(16))
    obtained_on: Mapped[date]
    method_note_sealed: Mapped[bytes | None]
    form_document_id: Mapped[str | None] = mapped_column(ID, ForeignKey("documents.id"))
    recorded_by: Mapped[str | None] = mapped_column(ID)
    recorded_at: Mapped[datetime]
    review_on: Mapped[date | None] = mapped_column(index=True)


class Disclosure(Base):
    """Information shared with a third party, under the consent (or safeguarding override) relied on."""

    __tablename__ = "disclosures"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    recipient_sealed: Mapped[bytes]
    recipient_role_sealed: Mapped[bytes | None]
    purpose_sealed: Mapped[bytes]
    shared_sealed: Mapped[bytes]
    document_ids: Mapped[str] = mapped_column(Text)  # JSON list of opaque ids
    method: Mapped[str] = mapped_column(String(16))
    consent_id: Mapped[str | None] = mapped_column(ID, ForeignKey("consents.id"))
    override_id: Mapped[str | None] = mapped_column(ID, ForeignKey("safeguarding_overrides.id"))
    disclosed_by: Mapped[str | None] = mapped_column(ID)
    disclosed_at: Mapped[datetime]
