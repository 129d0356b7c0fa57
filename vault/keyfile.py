"""The key file as a running vault sees it, while another process may rotate or retire its master keys.

``vault keys rotate --data DIR`` adds a master key version to the key file and rewraps the case keys in
the vault's database under it, while ``vault serve`` keeps running. A server holding the key file as it
was at start-up would then meet case keys wrapped by a version it never loaded, and would keep wrapping
new case keys under the old version. :class:`LiveKeyring` prevents both:

- wrapping a new case key first looks at the file (one ``stat``) and re-reads it if it changed, so new
  keys are wrapped under the version that is active now;
- unwrapping a key whose version is not loaded re-reads the file before giving up.

Each re-read builds a new :class:`storage.Keyring` and swaps it in whole, so a thread never sees half of
one file and half of another. A file whose naming secret differs is refused: that is another vault's
key file, and every reference in the object store would stop matching. Rotation and retirement through
this object write the file (under storage's lock) and then swap in what was written.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import cast

from storage import Keyring, KeyringError, MasterKeyInfo
from storage.naming import Naming
from vault.errors import StorageUnavailable

__all__ = ["LiveKeyring"]

_PROBE = "send-vault key file identity probe"

Signature = tuple[int, int, int, int] | None


class LiveKeyring:
    """A :class:`storage.Keyring` that follows its file; passed to storage wherever a keyring goes."""

    def __init__(self, keyring: Keyring) -> None:
        self._current = keyring
        self._signature = _signature(keyring.path)
        self._identity = keyring.naming.case_ref(_PROBE)
        self._reload_lock = threading.Lock()
        self.naming: Naming = keyring.naming  # the naming secret never changes (checked on every re-read)

    def __repr__(self) -> str:
        return f"LiveKeyring({self._current!r})"

    @property
    def path(self) -> Path | None:
        return self._current.path

    # -- following the file --------------------------------------------------------------------

    def current(self) -> Keyring:
        """The key file as it is now (re-read only if it changed since last looked at)."""
        path = self._current.path
        if path is None or _signature(path) == self._signature:
            return self._current
        return self._reload(path)

    def _reload(self, path: Path) -> Keyring:
        with self._reload_lock:
            signature = _signature(path)
            if signature is None or signature == self._signature:
                # Gone for a moment (being restored?) or already re-read by another thread: keep what we have.
                return self._current
            try:
                fresh = Keyring.load(path)
            except KeyringError as error:
                raise StorageUnavailable(f"the key file changed and cannot be read now: {error}") from None
            self._adopt(fresh, signature)
            return fresh

    def _adopt(self, fresh: Keyring, signature: Signature) -> None:
        if fresh.naming.case_ref(_PROBE) != self._identity:
            raise StorageUnavailable(
                f"{fresh.path} now holds a different vault's key file; restore this vault's key file"
            )
        self._current, self._signature = fresh, signature

    def as_keyring(self) -> Keyring:
        """This object where storage's signatures say ``Keyring``: storage asks a keyring only for what
        this class answers (naming, wrapping, versions, rotation, retirement)."""
        return cast(Keyring, self)

    # -- what storage asks of a keyring --------------------------------------------------------

    @property
    def active_version(self) -> int:
        return self.current().active_version

    @property
    def versions(self) -> tuple[int, ...]:
        return self.current().versions

    def master_keys(self) -> list[MasterKeyInfo]:
        return self.current().master_keys()

    def wrap_case_key(self, case_id: str, case_key: bytes) -> bytes:
        return self.current().wrap_case_key(case_id, case_key)

    def unwrap_case_key(self, case_id: str, wrapped: bytes) -> bytes:
        keyring = self._current
        if Keyring.version_of(wrapped) not in keyring.versions:
            keyring = self.current()  # rotated by another process since we last looked
        return keyring.unwrap_case_key(case_id, wrapped)

    @staticmethod
    def version_of(wrapped: bytes) -> int:
        return Keyring.version_of(wrapped)

    # -- changing the file ---------------------------------------------------------------------

    def add_master_key(self, *, clock: Callable[[], datetime]) -> int:
        """Add a master key version to the file and make it active; returns the new version."""
        keyring = self._writable()
        version = keyring.add_master_key(clock=clock)
        self._after_write(keyring)
        return version

    def retire(self, versions: Iterable[int]) -> list[int]:
        """Remove master key versions from the file (the caller checked nothing uses them)."""
        keyring = self._writable()
        retired = keyring.retire(versions)
        self._after_write(keyring)
        return retired

    def _writable(self) -> Keyring:
        # A private copy: storage re-reads the file under its lock and then changes the object, which
        # other threads must not see half done. A keyring without a file is changed in place.
        path = self._current.path
        if path is None:
            return self._current
        try:
            return Keyring.load(path)
        except KeyringError as error:
            raise StorageUnavailable(str(error)) from None

    def _after_write(self, keyring: Keyring) -> None:
        if keyring is not self._current:
            with self._reload_lock:
                # No signature: another process may have written the file again since our write, so
                # the next look re-reads it rather than trust that what we wrote is still there.
                self._adopt(keyring, None)


def _signature(path: Path | None) -> Signature:
    """What changes whenever the file is rewritten (storage replaces it by rename: a new inode)."""
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_ctime_ns, info.st_size)
