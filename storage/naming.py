"""Opaque names: what the storage server sees instead of case ids, document ids and file names.

Object names and the ``case``/``document`` tags are keyed hashes (HMAC-SHA256, truncated to 128 bits)
under the keyring's naming secret, so the same id always maps to the same reference (an administrator
can group a case's objects, or a sweep can find them) but nobody without the key file can tell which
case or document a reference stands for, or test a guess. The naming secret is never rotated: renaming
every object would buy nothing, since references reveal no plaintext even if the secret leaks.

Tags are also signed with a key derived from the same secret, so a storage administrator who edits a
tag (say, clears ``keep-on-file``) is caught by :meth:`Naming.check_tags` instead of being believed.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from storage._crypto import keyed_hash
from storage._exceptions import IntegrityError

__all__ = ["MAC_TAG", "Naming"]

MAC_TAG = "mac"
_REF_BYTES = 16


class Naming:
    """Keyed references for one keyring. Construct it from :attr:`Keyring.naming`."""

    __slots__ = ("_secret", "_tag_key")

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 32:
            raise ValueError("naming secret must be at least 32 bytes")
        self._secret = secret
        self._tag_key = keyed_hash(secret, b"send-vault tag signing key")

    def __repr__(self) -> str:
        return "Naming(secret=***)"

    def document_ref(self, object_id: str) -> str:
        return self._ref(b"document", object_id)

    def case_ref(self, case_id: str) -> str:
        return self._ref(b"case", case_id)

    def _ref(self, kind: bytes, value: str) -> str:
        return keyed_hash(self._secret, kind + b"\x00" + value.encode("utf-8"))[:_REF_BYTES].hex()

    def sign_tags(self, name: str, tags: Mapping[str, str]) -> dict[str, str]:
        """``tags`` plus a ``mac`` tag binding them to this object name."""
        signed = {key: value for key, value in tags.items() if key != MAC_TAG}
        signed[MAC_TAG] = self._mac(name, signed)
        return signed

    def check_tags(self, name: str, tags: Mapping[str, str]) -> dict[str, str]:
        """The tags without their ``mac``; :class:`IntegrityError` if they were altered or moved."""
        unsigned = {key: value for key, value in tags.items() if key != MAC_TAG}
        expected = self._mac(name, unsigned)
        if not hmac.compare_digest(tags.get(MAC_TAG, ""), expected):
            raise IntegrityError("object tags failed their integrity check (edited on the server?)")
        return unsigned

    def _mac(self, name: str, tags: Mapping[str, str]) -> str:
        canonical = "\n".join(f"{key}={tags[key]}" for key in sorted(tags))
        message = name.encode("utf-8") + b"\x00" + canonical.encode("utf-8")
        return keyed_hash(self._tag_key, message)[:_REF_BYTES].hex()
