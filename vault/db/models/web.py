"""Browser sessions of the web interface, beside the service's session tokens.

A signed-in browser holds the service's own session token in its cookie; this row, keyed by the
same SHA-256 as ``session_tokens.token_hash``, adds what only a browser needs: the CSRF token of its
forms, when it was last used (idle expiry) and which sign-in step it has reached.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["WebSession"]


class WebSession(Base):
    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[str] = mapped_column(ID, index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)
