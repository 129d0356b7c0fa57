"""Proof that a password was right, for a sign-in that continues on another request with the code.

A sign-in in two steps (the password on one page, the authenticator app's code on the next) must not
carry the password from one request to the other. When the password was right and a code is needed,
the service issues a proof instead: the member of staff's id and an expiry, with an HMAC over them
and the account's current password hash, under a key derived from the vault's key file (so every
server process of the vault can check it, and nobody without the key file can make one). It opens
nothing on its own: :meth:`vault.services.AuthService.login_with_proof` still wants a good code,
throttled and audited like any other attempt. A password changed or reset since makes it worthless,
and it expires after :data:`PROOF_SECONDS`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

from vault.keyfile import LiveKeyring

__all__ = ["PROOF_SECONDS", "PasswordProofs", "ProofClaim"]

PROOF_SECONDS = 600  # long enough to find one's phone
_LABEL = "send-vault sign-in: password proof key v1"


@dataclass(frozen=True)
class ProofClaim:
    """What a proof says, before it is checked against the account's current password hash."""

    staff_id: str
    until: int
    mac: str

    def __repr__(self) -> str:
        return f"ProofClaim(staff_id={self.staff_id!r}, until={self.until}, mac=***)"


class PasswordProofs:
    def __init__(self, keyring: LiveKeyring) -> None:
        self._key = bytes.fromhex(keyring.naming.case_ref(_LABEL))

    def __repr__(self) -> str:
        return "PasswordProofs(key=***)"

    def issue(self, staff_id: str, password_hash: str, now: datetime) -> str:
        until = int(now.timestamp()) + PROOF_SECONDS
        return f"{staff_id}.{until}.{self._mac(staff_id, until, password_hash)}"

    @staticmethod
    def claim(proof: str) -> ProofClaim | None:
        """The proof's parts, if it is shaped like one (nothing is trusted yet)."""
        parts = proof.split(".") if len(proof) <= 200 else []
        if len(parts) != 3 or not parts[1].isdigit() or len(parts[1]) > 12:
            return None
        return ProofClaim(parts[0], int(parts[1]), parts[2])

    def holds(self, claim: ProofClaim, password_hash: str, now: datetime) -> bool:
        """Made by this vault for this account's current password, and not expired."""
        fresh = now.timestamp() < claim.until
        expected = self._mac(claim.staff_id, claim.until, password_hash)
        return hmac.compare_digest(claim.mac.encode("ascii", "replace"), expected.encode("ascii")) and fresh

    def _mac(self, staff_id: str, until: int, password_hash: str) -> str:
        message = f"{staff_id}\x00{until}\x00{password_hash}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()
