"""The key hierarchy in motion: master key (keyring) -> case key -> data key (key store rows).

Unwrapped keys are never cached: each operation unwraps afresh (one AES-GCM call), so a case shredded by
another process is unreadable here at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage._crypto import KEY_BYTES, NONCE_BYTES, unwrap_key, wrap_key
from storage._exceptions import CaseShredded, ObjectShredded
from storage._system import RandomBytes
from storage.keyring import Keyring
from storage.keystore import KeyStore, ObjectKey

__all__ = ["KeyChain", "RotationReport"]


@dataclass(frozen=True)
class RotationReport:
    """What a master key rotation did: the new active version, how many case keys were rewrapped, and
    which old versions no case key uses any more (safe to retire for *this* key store)."""

    active_version: int
    rewrapped: int
    unused_versions: tuple[int, ...]


class KeyChain:
    def __init__(self, keyring: Keyring, keystore: KeyStore, *, randbytes: RandomBytes) -> None:
        self.keyring = keyring
        self.keystore = keystore
        self._randbytes = randbytes

    def case_key(self, case_id: str, *, create: bool) -> bytes:
        """The case's key, unwrapped; created on first use when ``create`` is true."""
        wrapped = self.keystore.get_case_key(case_id)
        if wrapped is None:
            if self.keystore.is_case_shredded(case_id):
                raise CaseShredded(f"case {case_id!r} was shredded; nothing can be stored in it")
            if not create:
                raise ObjectShredded(f"the key of case {case_id!r} is gone")
            fresh = self.keyring.wrap_case_key(case_id, self._randbytes(KEY_BYTES))
            wrapped = self.keystore.add_case_key(case_id, fresh)  # a concurrent writer may win: use theirs
        return self.keyring.unwrap_case_key(case_id, wrapped)

    def wrap_data_key(self, case_id: str, object_id: str, data_key: bytes) -> bytes:
        return self.wrap_with(self.case_key(case_id, create=True), case_id, object_id, data_key)

    def wrap_with(self, case_key: bytes, case_id: str, object_id: str, data_key: bytes) -> bytes:
        """``data_key`` wrapped by an unwrapped ``case_key`` the caller already holds."""
        return wrap_key(case_key, data_key, context=_object_context(case_id, object_id), nonce=self._randbytes(NONCE_BYTES))

    def data_key(self, key: ObjectKey) -> bytes:
        case_key = self.case_key(key.case_id, create=False)
        return unwrap_key(case_key, key.wrapped_key, context=_object_context(key.case_id, key.object_id))

    def rewrap_case_keys(self) -> int:
        """Rewrap every case key not under the active master key; safe to repeat after a crash."""
        active = self.keyring.active_version
        rewrapped = 0
        for case_id, wrapped in self.keystore.list_case_keys():
            if Keyring.version_of(wrapped) == active:
                continue
            fresh = self.keyring.wrap_case_key(case_id, self.keyring.unwrap_case_key(case_id, wrapped))
            if self.keystore.replace_case_key(case_id, old=wrapped, new=fresh):
                rewrapped += 1
        return rewrapped

    def versions_in_use(self) -> set[int]:
        return {Keyring.version_of(wrapped) for _case_id, wrapped in self.keystore.list_case_keys()}

    def unused_versions(self) -> tuple[int, ...]:
        in_use = self.versions_in_use() | {self.keyring.active_version}
        return tuple(version for version in self.keyring.versions if version not in in_use)


def _object_context(case_id: str, object_id: str) -> bytes:
    return b"send-vault object key v1\x00" + case_id.encode("utf-8") + b"\x00" + object_id.encode("utf-8")
