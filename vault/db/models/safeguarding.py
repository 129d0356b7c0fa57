"""Safeguarding overrides: a named concern, a second person's approval, access that runs out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["SafeguardingOverride"]


class SafeguardingOverride(Base):
    __tablename__ = "safeguarding_overrides"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    requested_by: Mapped[str] = mapped_column(ID, ForeignKey("staff.id"))
    requested_at: Mapped[datetime]
    concern_sealed: Mapped[bytes]
    hours: Mapped[int]
    approved_by: Mapped[str | None] = mapped_column(ID, ForeignKey("staff.id"))
    approved_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    ended_by: Mapped[str | None] = mapped_column(ID)
