"""Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP), from the standard library.

Six digits, 30-second steps, HMAC-SHA1: what every authenticator app reads from an ``otpauth://``
URI. A code is accepted for its own step and one either side (a phone's clock a little off), and a
step is good once: the caller keeps the last step accepted and passes it back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
from datetime import datetime
from urllib.parse import quote

__all__ = [
    "DIGITS",
    "SECRET_BYTES",
    "STEP_SECONDS",
    "WINDOW",
    "code_at",
    "hotp",
    "matching_step",
    "provisioning_uri",
    "secret_from_text",
    "secret_text",
    "step_of",
]

STEP_SECONDS = 30
DIGITS = 6
SECRET_BYTES = 20  # 160 bits, RFC 4226's recommended length for HMAC-SHA1
WINDOW = 1  # steps either side of now


def hotp(secret: bytes, counter: int, *, digits: int = DIGITS, digest: str = "sha1") -> str:
    """RFC 4226: the dynamically truncated HMAC of the counter, as ``digits`` decimal digits."""
    mac = hmac.new(secret, struct.pack(">Q", counter), getattr(hashlib, digest)).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def step_of(at: datetime) -> int:
    return int(at.timestamp()) // STEP_SECONDS


def code_at(secret: bytes, at: datetime, *, digits: int = DIGITS, digest: str = "sha1") -> str:
    return hotp(secret, step_of(at), digits=digits, digest=digest)


def matching_step(secret: bytes, code: str, at: datetime, *, after: int | None = None) -> int | None:
    """The step ``code`` belongs to (now, or one step either side), if it is later than ``after``."""
    code = code.strip().replace(" ", "")
    if len(code) != DIGITS or not code.isascii() or not code.isdigit():
        return None
    now = step_of(at)
    found = None
    for step in range(now - WINDOW, now + WINDOW + 1):  # every candidate is computed: no early exit
        if hmac.compare_digest(hotp(secret, step), code) and (after is None or step > after):
            found = step
    return found


def secret_text(secret: bytes) -> str:
    """The secret as authenticator apps take it typed in: base32, without padding."""
    return base64.b32encode(secret).decode("ascii").rstrip("=")


def secret_from_text(text: str) -> bytes:
    """The secret back from its base32 text (as an app or a test reads it)."""
    cleaned = text.strip().replace(" ", "").upper()
    return base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))


def provisioning_uri(secret: bytes, *, account: str, issuer: str) -> str:
    """The ``otpauth://totp/`` URI an app reads (as a QR code, or pasted)."""
    label = quote(f"{issuer}:{account}", safe=":@")
    return (f"otpauth://totp/{label}?secret={secret_text(secret)}&issuer={quote(issuer, safe='')}"
            f"&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}")
