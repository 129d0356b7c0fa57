"""Argon2id password hashes (argon2-cffi), with the cost taken from the settings."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from vault.errors import InvalidRequest
from vault.settings import Rules

__all__ = ["MIN_PASSWORD_LENGTH", "Passwords"]

MIN_PASSWORD_LENGTH = 12


class Passwords:
    def __init__(self, rules: Rules) -> None:
        self._hasher = PasswordHasher(
            time_cost=rules.argon2_time_cost, memory_cost=rules.argon2_memory_kib, parallelism=rules.argon2_parallelism
        )
        # Verified against when the username is unknown, so timing does not say which names exist.
        self._decoy = self._hasher.hash("decoy password that matches nothing")

    def __repr__(self) -> str:
        return "Passwords(argon2id)"

    def hash(self, password: str) -> str:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise InvalidRequest(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
        return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(stored or self._decoy, password) and stored is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
