"""Personal fields sealed with their case's key, so a dump of the metadata database shows no family.

The key hierarchy is storage's: the master key (key file) wraps a key per case (kept through the
KeyStore, in this database). A field key is derived from the case key for this one purpose (HKDF, so the
case key itself only ever wraps object keys), and each value is sealed with AES-256-GCM under a fresh
nonce, bound to where it lives (``table.column:row``), so a sealed value copied onto another row or
column fails to open instead of being believed. Shredding a case's key makes every field of that case
noise, backups of this database included.

This is the one module of ``vault`` that touches ``cryptography.hazmat``: storage seals streams, not
small values, and the lead's decision was AES-GCM with the case key unwrapped through the KeyStore.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.errors import ContentUnavailable

__all__ = ["FieldSealer", "Place"]

_VERSION = b"\x01"
_NONCE_BYTES = 12
_INFO = b"send-vault field key v1"

CaseKeyLookup = Callable[[str], bytes]  # case id -> the case key (unwrapped), creating none
RandomBytes = Callable[[int], bytes]


class Place(NamedTuple):
    """Where a sealed value lives; bound into its ciphertext as associated data."""

    table: str
    column: str
    row_id: str

    def aad(self) -> bytes:
        return f"{self.table}.{self.column}:{self.row_id}".encode()


class FieldSealer:
    """Seals and opens one unit of work's fields; case keys are unwrapped once per case and forgotten
    with the sealer (it lives as long as one request)."""

    def __init__(self, case_key: CaseKeyLookup, random_bytes: RandomBytes) -> None:
        self._case_key = case_key
        self._random_bytes = random_bytes
        self._ciphers: dict[str, AESGCM] = {}

    def __repr__(self) -> str:
        return f"FieldSealer(cases={len(self._ciphers)}, keys=***)"

    def _cipher(self, case_id: str) -> AESGCM:
        cipher = self._ciphers.get(case_id)
        if cipher is None:
            key = HKDF(algorithm=hashes.SHA256(), length=32, salt=case_id.encode(), info=_INFO).derive(
                self._case_key(case_id)
            )
            cipher = self._ciphers[case_id] = AESGCM(key)
        return cipher

    # -- bytes ---------------------------------------------------------------------------------

    def seal(self, case_id: str, place: Place, plaintext: bytes) -> bytes:
        nonce = self._random_bytes(_NONCE_BYTES)
        return _VERSION + nonce + self._cipher(case_id).encrypt(nonce, plaintext, place.aad())

    def open(self, case_id: str, place: Place, sealed: bytes) -> bytes:
        if sealed[:1] != _VERSION or len(sealed) < 1 + _NONCE_BYTES + 16:
            raise ContentUnavailable(f"sealed field {place[0]}.{place[1]} is malformed")
        nonce, body = sealed[1 : 1 + _NONCE_BYTES], sealed[1 + _NONCE_BYTES :]
        try:
            return self._cipher(case_id).decrypt(nonce, body, place.aad())
        except InvalidTag:
            raise ContentUnavailable(f"sealed field {place[0]}.{place[1]} failed its integrity check") from None

    # -- typed helpers -------------------------------------------------------------------------

    def seal_text(self, case_id: str, place: Place, text: str) -> bytes:
        return self.seal(case_id, place, text.encode("utf-8"))

    def open_text(self, case_id: str, place: Place, sealed: bytes) -> str:
        return self.open(case_id, place, sealed).decode("utf-8")

    def seal_optional(self, case_id: str, place: Place, text: str | None) -> bytes | None:
        return None if text is None else self.seal_text(case_id, place, text)

    def open_optional(self, case_id: str, place: Place, sealed: bytes | None) -> str | None:
        return None if sealed is None else self.open_text(case_id, place, sealed)

    def seal_json(self, case_id: str, place: Place, value: Any) -> bytes:
        return self.seal(case_id, place, json.dumps(value, sort_keys=True, default=_encode).encode("utf-8"))

    def open_json(self, case_id: str, place: Place, sealed: bytes) -> Any:
        return json.loads(self.open(case_id, place, sealed))


def _encode(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot seal a {type(value).__name__}")
