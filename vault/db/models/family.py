"""The family in the loop: portal accounts (parents, and children of 12 or over) with the invitations
that made them, what they did there for their supporter to see, and the links that deliver a
disclosure to its recipient."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["FamilyAccount", "FamilyNotice", "ShareLink"]


class FamilyAccount(Base):
    """One invitation and, once it is accepted, the account it made (``account_id``: the sign-in row,
    in ``staff`` with the role ``parent`` or ``child``, so sign-in, sessions and the second factor are
    the staff's own). Only the SHA-256 of the invitation token is kept; it is cleared when used. The
    e-mail address exists only when the parent's consent to e-mail contact was recorded with it."""

    __tablename__ = "family_accounts"
    __table_args__ = (Index("ix_family_accounts_account_active", "account_id", "ended_at", "case_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    person_id: Mapped[str] = mapped_column(ID, ForeignKey("people.id"))
    role: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    invited_by: Mapped[str | None] = mapped_column(ID)
    invited_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    email_sealed: Mapped[bytes | None]
    email_consent_sealed: Mapped[bytes | None]  # how and when the parent agreed to e-mail contact
    account_id: Mapped[str | None] = mapped_column(ID, ForeignKey("staff.id"), unique=True)
    accepted_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    ended_by: Mapped[str | None] = mapped_column(ID)


class FamilyNotice(Base):
    """Something the family did in the portal that their supporter must know (a consent changed, a
    document uploaded, a document asked back, their data asked for); seen once the supporter says so."""

    __tablename__ = "family_notices"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(ID)
    made_by: Mapped[str] = mapped_column(ID)
    made_at: Mapped[datetime]
    seen_at: Mapped[datetime | None] = mapped_column(index=True)
    seen_by: Mapped[str | None] = mapped_column(ID)


class ShareLink(Base):
    """A disclosure made under consent, delivered: a link for its recipient only, carrying exactly the
    disclosure's documents. Only the SHA-256 of the link's token is kept. Opening is rate-limited
    (``window_*``); a single-use link is spent by its first opening."""

    __tablename__ = "share_links"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    disclosure_id: Mapped[str] = mapped_column(ID, ForeignKey("disclosures.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    document_ids: Mapped[str] = mapped_column(Text)  # JSON list: the disclosure's, fixed when made
    single_use: Mapped[bool]
    created_by: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(ID)
    opened_at: Mapped[datetime | None]  # first opening (a single-use link's one visit begins then)
    visit_hash: Mapped[str | None] = mapped_column(String(64))  # SHA-256 of a single-use link's visit secret
    opens: Mapped[int] = mapped_column(default=0)
    window_started_at: Mapped[datetime | None]
    window_uses: Mapped[int] = mapped_column(default=0)
