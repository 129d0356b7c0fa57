"""Long work as durable jobs: what was asked, by whom, how far it has gone, and how it ended.

A row carries no personal data in the clear: arguments are ids and flags; anything else an operation
needs (a term to redact, a title) and anything it produces that names a family is sealed under the
case key (``*_sealed``). The engine that runs jobs (procrastinate on PostgreSQL, an in-process worker
on SQLite) carries only the job's id.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["Job"]


class Job(Base):
    """queued → running → succeeded | failed | cancelled (running → queued again after a crash)."""

    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(48))
    parent_id: Mapped[str | None] = mapped_column(ID, index=True)  # a part of a larger job (an export's parts)
    case_id: Mapped[str | None] = mapped_column(ID, index=True)
    requested_by: Mapped[str] = mapped_column(String(64), index=True)  # a staff id, or "operator:NAME"
    requester_role: Mapped[str] = mapped_column(String(24))
    requested_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), index=True)
    arguments: Mapped[str] = mapped_column(Text)  # JSON: ids, numbers and flags only
    arguments_sealed: Mapped[bytes | None]  # JSON sealed under the case key
    stage: Mapped[str | None] = mapped_column(String(64))
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)  # JSON: counts and ids, nothing personal
    result_sealed: Mapped[bytes | None]  # JSON sealed under the case key
    reason: Mapped[str | None] = mapped_column(String(500))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    cancel_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    claimed_by: Mapped[str | None] = mapped_column(String(64))  # the worker running it now
    heartbeat_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    engine_id: Mapped[int | None] = mapped_column(BigInteger)  # procrastinate's job id, on PostgreSQL
