"""The second factor: a TOTP secret each member of staff enrols for themselves.

The secret is shown once, to its owner (an ``otpauth://`` URI and the base32 text), and kept sealed:
AES-GCM under a key of its own (:data:`STAFF_SECRETS`) that the master key wraps like a case key, so
it is rotated, rewrapped and its master key version retired with them (``vault keys``), and a dump of
the database holds no secret. Nobody else can set it or read it: an administrator can only reset it,
which ends the member of staff's sessions and has them enrol again at their next sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from vault.audit import AuditAction
from vault.db.models import Staff
from vault.errors import AuthenticationFailed, Conflict, InvalidRequest
from vault.fields import Place
from vault.policy import Actor, Target, TargetKind
from vault.services import totp
from vault.services._work import Work

__all__ = ["ISSUER", "STAFF_SECRETS", "Enrolment", "check_code", "confirm", "enrol", "staff_for_update"]

# The key the secrets are sealed under, kept in the case keys' table (no case has such an id).
STAFF_SECRETS = "vault:staff-secrets"
ISSUER = "SEND vault"


@dataclass(frozen=True)
class Enrolment:
    """Shown once, to the member of staff enrolling: what their authenticator app needs."""

    secret: str  # base32, to type in
    uri: str  # otpauth://totp/..., to scan as a QR code

    def __repr__(self) -> str:
        return "Enrolment(secret=***)"


def staff_for_update(work: Work, staff_id: str) -> Staff:
    """The staff row, locked until the unit of work ends (a code is checked and spent atomically)."""
    staff = work.session.scalar(select(Staff).where(Staff.id == staff_id).with_for_update())
    if staff is None:
        raise AuthenticationFailed("unknown member of staff")
    return staff


def _place(staff: Staff, column: str) -> Place:
    return Place("staff", column, staff.id)


def _seal(work: Work, staff: Staff, column: str, secret: bytes) -> bytes:
    if work.keystore.get_case_key(STAFF_SECRETS) is None:
        work.create_case_key(STAFF_SECRETS)
    return work.fields.seal(STAFF_SECRETS, _place(staff, column), secret)


def enrol(work: Work, staff: Staff) -> Enrolment:
    """A fresh secret, kept pending until :func:`confirm` sees a code made from it."""
    if staff.totp_sealed is not None:
        raise Conflict("a second factor is already set up for this account; an administrator can reset it")
    secret = work.core.ids.random_bytes(totp.SECRET_BYTES)
    staff.totp_pending_sealed = _seal(work, staff, "totp_pending", secret)
    work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), operation="auth.totp.enrol",
                detail={"second_factor": "enrolment started"})
    return Enrolment(totp.secret_text(secret), totp.provisioning_uri(secret, account=staff.username, issuer=ISSUER))


def confirm(work: Work, staff: Staff, code: str) -> None:
    """The pending secret becomes the account's, once a code made from it is shown."""
    if staff.totp_pending_sealed is None:
        raise InvalidRequest("start with POST /auth/totp/enrol: there is no enrolment to confirm")
    secret = work.fields.open(STAFF_SECRETS, _place(staff, "totp_pending"), staff.totp_pending_sealed)
    step = totp.matching_step(secret, code, work.now)
    if step is None:
        raise InvalidRequest("that code does not match: check the app's clock and type the current code")
    staff.totp_sealed = _seal(work, staff, "totp", secret)
    staff.totp_pending_sealed, staff.totp_last_step, staff.totp_reset_by = None, step, None
    work.record(AuditAction.UPDATED, Target(TargetKind.STAFF, staff.id), operation="auth.totp.confirm",
                detail={"second_factor": "enrolled"})


def check_code(work: Work, staff: Staff, code: str | None) -> bool:
    """Whether ``code`` is the account's current code, not used before (it is spent if so)."""
    if staff.totp_sealed is None or not code:
        return False
    secret = work.fields.open(STAFF_SECRETS, _place(staff, "totp"), staff.totp_sealed)
    step = totp.matching_step(secret, code, work.now, after=staff.totp_last_step)
    if step is None:
        return False
    staff.totp_last_step = step
    return True


def reset(work: Work, staff: Staff, actor: Actor) -> None:
    """Forget the account's second factor (an administrator's reset); they enrol again to sign in."""
    staff.totp_sealed = staff.totp_pending_sealed = None
    staff.totp_last_step = None
    staff.totp_reset_by = actor.id
