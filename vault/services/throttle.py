"""The sign-in throttle: token buckets per account and per client address, held in the database.

Every sign-in attempt (a password, a code, a reset token) takes one token from its account's bucket
and one from its address's before anything costly runs; an empty bucket answers 429 with how long to
wait, without hashing anything. A sign-in that works gives its tokens back, so only failures drain a
bucket. The buckets are rows in the vault's database, so every ``vault serve --workers N`` process
(and every web page) draws on the same ones.

Failures are written to the audit log at most once per :data:`REPORT_WINDOW` per account: the ones in
between are counted on the bucket and reported with the next event (``earlier_failures``), so a
flood of guesses cannot grow the log one event per guess.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vault.audit import AuditAction, append_event
from vault.db.models import SignInBucket
from vault.errors import TooManyAttempts
from vault.policy import Actor, Target, TargetKind

__all__ = ["ACCOUNT", "ADDRESS", "REPORT_WINDOW", "BucketRule", "SignInThrottle", "Ticket"]


@dataclass(frozen=True)
class BucketRule:
    capacity: int  # attempts that may fail in a burst
    refill_seconds: float  # then one more attempt per this many seconds

    def full_after(self) -> timedelta:
        return timedelta(seconds=self.capacity * self.refill_seconds)


ACCOUNT = BucketRule(capacity=10, refill_seconds=60.0)  # ten wrong guesses, then one a minute
ADDRESS = BucketRule(capacity=30, refill_seconds=10.0)  # an office behind one address gets more room
REPORT_WINDOW = timedelta(minutes=15)
_IDLE = timedelta(days=1)  # buckets untouched this long (and so full again) are removed


@dataclass(frozen=True)
class Ticket:
    """The tokens one attempt took (given back if it succeeds)."""

    buckets: tuple[tuple[str, str], ...]  # (key, "account" or "address")
    account_key: str


def _key(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()


class SignInThrottle:
    def __init__(self, database: Any, clock: Any, *, account: BucketRule = ACCOUNT, address: BucketRule = ADDRESS) -> None:
        self._database = database
        self._clock = clock
        self._rules = {"account": account, "address": address}

    def take(self, *, account: str, address: str | None) -> Ticket:
        """One token from each bucket, or :class:`TooManyAttempts` (and none taken)."""
        account_key = _key("account", account.strip().lower()[:200])
        wanted = [(account_key, "account")]
        if address:
            wanted.append((_key("address", address), "address"))
        now = self._clock.now()
        with self._database.transaction() as session:
            buckets = [(self._bucket(session, key, self._rules[kind], now), self._rules[kind]) for key, kind in wanted]
            for bucket, rule in buckets:
                _refill(bucket, rule, now)
            waits = [math.ceil((1 - bucket.tokens) * rule.refill_seconds) for bucket, rule in buckets if bucket.tokens < 1]
            if waits:
                wait = max(1, max(waits))
                raise TooManyAttempts(f"too many failed sign-ins: try again in {wait} seconds", retry_after=wait)
            for bucket, _rule in buckets:
                bucket.tokens -= 1
            _report_quiet_buckets(session, now)
            session.execute(delete(SignInBucket).where(SignInBucket.updated_at < now - _IDLE, SignInBucket.unreported == 0))
        return Ticket(tuple(wanted), account_key)

    def give_back(self, ticket: Ticket) -> None:
        """The attempt worked (or was never made): its tokens go back."""
        now = self._clock.now()
        with self._database.transaction() as session:
            for key, kind in ticket.buckets:
                bucket = session.get(SignInBucket, key, with_for_update=True)
                if bucket is not None:
                    _refill(bucket, self._rules[kind], now)
                    bucket.tokens = min(bucket.tokens + 1, float(self._rules[kind].capacity))

    def failed(self, ticket: Ticket, *, actor: Actor, staff_id: str | None, reason: str) -> None:
        """Record a failure: an audit event if none was written for this account within the window
        (carrying the failures counted since), else one more on the count."""
        now = self._clock.now()
        with self._database.transaction() as session:
            bucket = self._bucket(session, ticket.account_key, self._rules["account"], now)
            bucket.staff_id = staff_id
            if bucket.reported_at is not None and now - bucket.reported_at < REPORT_WINDOW:
                bucket.unreported += 1
                return
            detail: dict[str, Any] = {"reason": reason}
            if bucket.unreported:
                detail["earlier_failures"] = bucket.unreported
            append_event(session, at=now, actor=actor, action=AuditAction.LOGIN_FAILED, operation="auth.login",
                         target=Target(TargetKind.SESSION, staff_id), detail=detail)
            bucket.reported_at, bucket.unreported = now, 0

    # -- rows ----------------------------------------------------------------------------------

    @staticmethod
    def _bucket(session: Session, key: str, rule: BucketRule, now: datetime) -> SignInBucket:
        bucket = session.get(SignInBucket, key, with_for_update=True)
        if bucket is not None:
            return bucket
        fresh = SignInBucket(key=key, tokens=float(rule.capacity), updated_at=now, unreported=0)
        try:
            with session.begin_nested():
                session.add(fresh)
        except IntegrityError:  # another process made it first: use theirs
            existing = session.get(SignInBucket, key, with_for_update=True, populate_existing=True)
            assert existing is not None
            return existing
        return fresh


def _report_quiet_buckets(session: Session, now: datetime, *, batch: int = 20) -> None:
    """Failures counted on a bucket that then went quiet are written out, one event per account."""
    quiet = select(SignInBucket).where(SignInBucket.unreported > 0, SignInBucket.updated_at < now - REPORT_WINDOW)
    for bucket in session.scalars(quiet.limit(batch).with_for_update()):
        append_event(session, at=now, actor=Actor.anonymous(), action=AuditAction.LOGIN_FAILED, operation="auth.login",
                     target=Target(TargetKind.SESSION, bucket.staff_id),
                     detail={"reason": "failures after the last recorded one", "earlier_failures": bucket.unreported})
        bucket.unreported, bucket.reported_at = 0, now


def _refill(bucket: SignInBucket, rule: BucketRule, now: datetime) -> None:
    elapsed = max(0.0, (now - bucket.updated_at).total_seconds())
    bucket.tokens = min(float(rule.capacity), bucket.tokens + elapsed / rule.refill_seconds)
    bucket.updated_at = now
