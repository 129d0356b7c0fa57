"""Page images of documents, kept as objects of the case (encrypted under its key) once rendered."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["DocumentPreview"]


class DocumentPreview(Base):
    """One page of a document as a PNG: ``id`` is its object id in the encrypted store. Destroyed with
    the document and with the case (its key goes with theirs)."""

    __tablename__ = "document_previews"
    __table_args__ = (UniqueConstraint("document_id", "page"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    document_id: Mapped[str] = mapped_column(ID, ForeignKey("documents.id"), index=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), index=True)
    page: Mapped[int]
    pages: Mapped[int]  # the document's page count as the preview sees it
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
