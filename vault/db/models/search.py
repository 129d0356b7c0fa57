"""The case search index: keyed digests of name tokens and postcodes, never the names themselves.

``search_keys`` holds the index key of each generation, wrapped by the master key (like a case key),
so a dump of this database cannot recompute a digest; ``search_tokens`` holds one row per token of a
case: HMAC-SHA256 under that key, truncated to 128 bits (see :mod:`vault.services.search_index`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["SearchKey", "SearchToken"]


class SearchKey(Base):
    """One generation of the index key. ``state``: ``active`` (searched and written), ``building``
    (written, being filled by ``vault search reindex --new-key``)."""

    __tablename__ = "search_keys"

    generation: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    wrapped: Mapped[bytes]  # master key version (4 bytes) || AES-GCM of the index key
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]


class SearchToken(Base):
    __tablename__ = "search_tokens"
    __table_args__ = (Index("ix_search_tokens_generation_digest", "generation", "digest"),)

    generation: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    digest: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("cases.id"), primary_key=True, index=True)
