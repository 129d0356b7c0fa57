"""Anonymous enquiries: what it was about and how it ended, with no field that could identify anyone."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["Enquiry"]


class Enquiry(Base):
    __tablename__ = "enquiries"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    received_on: Mapped[date] = mapped_column(index=True)
    topic: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(100))
