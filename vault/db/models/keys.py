"""Wrapped keys (the storage key hierarchy), kept in the metadata database so that a key commits in
the same transaction as the row it belongs to, and a case's shredding is one transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import Base

__all__ = ["CaseKeyRow", "ObjectKeyRow", "ShreddedCase", "TombstoneRow"]


class CaseKeyRow(Base):
    __tablename__ = "case_keys"

    case_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    wrapped: Mapped[bytes]


class ShreddedCase(Base):
    __tablename__ = "shredded_cases"

    case_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    shredded: Mapped[datetime]


class ObjectKeyRow(Base):
    __tablename__ = "object_keys"

    object_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(String(200))
    wrapped: Mapped[bytes]
    size: Mapped[int] = mapped_column(BigInteger)
    created: Mapped[datetime]


class TombstoneRow(Base):
    __tablename__ = "tombstones"

    object_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(String(200))
    shredded: Mapped[datetime]
