"""What a case holds: documents (bytes in the encrypted store) and notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["Document", "Note"]


class Document(Base):
    """``id`` is also the object id in the store. A row is committed only after its bytes are durable."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    title_sealed: Mapped[bytes | None]
    filename_sealed: Mapped[bytes | None]
    content_type: Mapped[str] = mapped_column(String(128))  # sniffed from the content (see ``kind``)
    declared_type: Mapped[str | None] = mapped_column(String(128))  # what the uploader said; never believed
    kind: Mapped[str | None] = mapped_column(String(16))  # redaction.formats kind; None: never sniffed
    size: Mapped[int] = mapped_column(BigInteger)
    return_on_request: Mapped[bool]
    keep_on_file: Mapped[bool]
    state: Mapped[str] = mapped_column(String(16))
    uploaded_by: Mapped[str | None] = mapped_column(ID)
    uploaded_at: Mapped[datetime]
    returned_at: Mapped[datetime | None]
    destroyed_at: Mapped[datetime | None]


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    author_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime]
    body_sealed: Mapped[bytes]
