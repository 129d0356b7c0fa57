"""Members of staff, their API sessions, and the sign-in throttle's buckets."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from vault.db.base import ID, Base

__all__ = ["SessionToken", "SignInBucket", "Staff"]


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str]  # Argon2id; after an administrator's reset, a marker no password matches
    active: Mapped[bool]
    created_at: Mapped[datetime]
    # The second factor (RFC 6238 TOTP): the secret sealed under the vault's staff-secrets key
    # (vault.services.second_factor), the one being enrolled until it is confirmed, and the last
    # time step a code was accepted for (a code is good once).
    totp_sealed: Mapped[bytes | None] = mapped_column(default=None)
    totp_pending_sealed: Mapped[bytes | None] = mapped_column(default=None)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # An administrator's password reset: the SHA-256 of a one-time token the member of staff uses to
    # choose their own password, and when it stops working.
    reset_token_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    reset_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    # Who made the resets still outstanding: one administrator may not make both (they would then hold
    # the account), vault.services.staff.
    reset_by: Mapped[str | None] = mapped_column(String(64), default=None)
    totp_reset_by: Mapped[str | None] = mapped_column(String(64), default=None)
    # The date of their last DBS check, as an administrator recorded it: a family is assigned only to
    # staff whose check is recorded and current (policies 000, 001; vault.services.access).
    dbs_checked_on: Mapped[date | None] = mapped_column(default=None)
    # Their work e-mail address, for the daily digest of what needs doing (cases by reference only).
    email: Mapped[str | None] = mapped_column(String(254), default=None)


class SessionToken(Base):
    """A bearer session; only the SHA-256 of the token is kept, so a database dump logs nobody in.

    ``scope`` is ``full``, or ``enrol`` for a session that may only set up its second factor (a
    member of staff who must have one and has none yet)."""

    __tablename__ = "session_tokens"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[str] = mapped_column(ID, ForeignKey("staff.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    scope: Mapped[str] = mapped_column(String(16), default="full", server_default="full")


class SignInBucket(Base):
    """A token bucket of sign-in attempts for one account or one client address (vault.services.throttle).

    ``key`` is a SHA-256 (of ``account:NAME`` or ``address:IP``), so the table names nobody.
    Failures since the last ``login_failed`` event are counted here rather than each written to the
    audit log (``unreported``), so an attacker cannot grow the log one event per guess."""

    __tablename__ = "sign_in_buckets"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(index=True)
    unreported: Mapped[int] = mapped_column(default=0)
    reported_at: Mapped[datetime | None] = mapped_column(default=None)
    staff_id: Mapped[str | None] = mapped_column(ID, default=None)  # the account an account bucket is for, if it exists
