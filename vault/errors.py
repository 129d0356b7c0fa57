"""Errors the vault raises on purpose; the API maps each to one HTTP status, the CLI to one line.

    VaultError                      every failure this package raises deliberately
    ├── NotFound                    no such target, or the actor may not learn that it exists (404)
    ├── Forbidden                   the actor may see the target but not do this to it (403)
    ├── AuthenticationFailed        unknown user, wrong password, expired or revoked token (401)
    │   └── SecondFactorRequired    the password was right; the authenticator app's code is needed too
    ├── SignInIncomplete            a session that may only finish signing in (enrol, new password) (403)
    ├── TooManyAttempts             sign-in throttled for this account or address; retry later (429)
    ├── ServiceBusy                 too many sign-ins being checked at once; retry in a moment (503)
    ├── InvalidRequest              input the domain rejects, with the reason (400)
    ├── Conflict                    the target's state forbids this now (409)
    │   └── DisclosureBlocked       no consent in force covers this recipient and purpose
    ├── ContentUnavailable          stored bytes or a sealed field failed its integrity check (502)
    ├── StorageUnavailable          the object store cannot be reached now; nothing was changed (503)
    ├── AuditLogBroken              the audit log cannot be appended to (its head row is gone) (500)
    └── SetupError                  a data folder or settings that cannot be used (CLI only)
"""

from __future__ import annotations

__all__ = [
    "AuditLogBroken",
    "AuthenticationFailed",
    "Conflict",
    "ContentUnavailable",
    "DisclosureBlocked",
    "Forbidden",
    "InvalidRequest",
    "NotFound",
    "SecondFactorRequired",
    "ServiceBusy",
    "SetupError",
    "SignInIncomplete",
    "StorageUnavailable",
    "TooManyAttempts",
    "VaultError",
]


class VaultError(Exception):
    """Base class of every error the vault raises deliberately."""


class NotFound(VaultError):
    """The target does not exist, or the actor may not know it exists (a denied read looks the same)."""


class Forbidden(VaultError):
    """The actor can see the target but the policy does not let them do this."""


class AuthenticationFailed(VaultError):
    """Credentials or a session token that do not identify an active member of staff."""


class SecondFactorRequired(AuthenticationFailed):
    """The password was right, and this account signs in with a code from its authenticator app too.

    ``proof``: when the password was checked, a short-lived proof of it that
    :meth:`vault.services.AuthService.login_with_proof` takes with the code (a sign-in in two steps,
    as the web pages do, never carries the password to the second)."""

    def __init__(self, message: str, *, proof: str | None = None) -> None:
        super().__init__(message)
        self.proof = proof


class SignInIncomplete(VaultError):
    """A session that may only finish signing in: enrol a second factor, or choose a new password."""


class TooManyAttempts(VaultError):
    """Too many failed sign-ins for this account or from this address; ``retry_after`` seconds to wait."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServiceBusy(VaultError):
    """Too much costly work (password hashing) in flight; try again after ``retry_after`` seconds."""

    def __init__(self, message: str, *, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class InvalidRequest(VaultError, ValueError):
    """Input the domain rejects; the message says what to change."""


class Conflict(VaultError):
    """The request is well formed but the target's current state does not allow it."""


class DisclosureBlocked(Conflict):
    """Sharing refused: the parent refused or withdrew consent, restricted it, or never gave it.

    ``code`` is one of ``refused``, ``withdrawn``, ``restricted``, ``missing``.
    """

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


class ContentUnavailable(VaultError):
    """A document's bytes could not be read back whole (integrity failure or storage gone)."""


class StorageUnavailable(VaultError):
    """The object store could not be reached or failed part way; retry later. Nothing was kept."""


class AuditLogBroken(VaultError):
    """The audit log cannot be appended to (its head row was removed): nothing can be done and recorded
    until it is restored; ``vault audit verify`` names the break."""


class SetupError(VaultError):
    """A data folder, key file or settings file that cannot be used as asked."""
