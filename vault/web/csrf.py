"""CSRF tokens on every form.

- Signed in: the synchroniser token pattern. Each browser session has a random token of its own (kept
  server-side with the session); every form carries it in a hidden field and every POST must send it
  back, compared in constant time.
- Not yet signed in (the sign-in form): a signed double-submit token. The browser gets a random
  ``visitor`` cookie; the form carries HMAC(form key, visitor cookie). The form key is derived from the
  vault's key file (its naming secret, under a label of its own), so every server process of a vault
  agrees on it and nobody without the key file can make a token.

A POST whose token is missing or wrong is refused with 403 and a page that says what to do.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from vault.app import Vault

__all__ = ["CsrfRefused", "FormSigner", "new_visitor_id", "same_token"]

FIELD = "csrf_token"


class CsrfRefused(Exception):
    """A form sent without its token, or with someone else's."""


def same_token(sent: str | None, expected: str) -> bool:
    return bool(sent) and hmac.compare_digest(sent.encode("utf-8"), expected.encode("utf-8"))  # type: ignore[union-attr]


def new_visitor_id() -> str:
    return secrets.token_urlsafe(32)


class FormSigner:
    """Signs values with a key only this vault's servers hold (see the module docstring)."""

    def __init__(self, vault: Vault) -> None:
        label = "send-vault web interface: form signing key v1"
        self._key = bytes.fromhex(vault.core.keyring.naming.case_ref(label))

    def __repr__(self) -> str:
        return "FormSigner(key=***)"

    def sign(self, purpose: str, value: str) -> str:
        message = purpose.encode("utf-8") + b"\x00" + value.encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def check(self, purpose: str, value: str, signature: str | None) -> bool:
        return same_token(signature, self.sign(purpose, value))
