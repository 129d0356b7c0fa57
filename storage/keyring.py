"""The key file: versioned master keys and the naming secret.

::

    {"format": "send-vault keyring", "version": 1, "active": 2,
     "naming_secret": "<base64, 32 bytes>",
     "master_keys": [{"version": 1, "key": "<base64, 32 bytes>", "created": "2026-01-01T00:00:00+00:00"},
                     {"version": 2, "key": "...", "created": "..."}]}

Rules: created with mode 0600 and never overwritten (``create`` fails if anything exists at the path);
refused on load if group or others may read it; rewritten only by rotation and retirement, atomically
(temp file, fsync, rename, fsync directory) under an advisory lock on the directory, after re-reading it
so that concurrent rotations do not lose a version. Master keys wrap case keys and nothing else; they
never leave this object (callers ask it to wrap or unwrap).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import fcntl
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from storage._crypto import KEY_BYTES, NONCE_BYTES, unwrap_key, wrap_key
from storage._exceptions import IntegrityError, KeyringError
from storage._system import Clock, RandomBytes, fsync_directory, utc_now
from storage.naming import Naming

__all__ = ["Keyring", "MasterKeyInfo"]

_FORMAT = "send-vault keyring"
_FORMAT_VERSION = 1
_WRAPPED_PREFIX = 4  # the master key version, u32 big-endian, in front of each wrapped case key


@dataclass(frozen=True)
class MasterKeyInfo:
    """What may be shown about a master key: its version and age, never the key."""

    version: int
    created: datetime
    active: bool


class Keyring:
    """Versioned master keys plus the naming secret; see the module docstring for the file rules."""

    def __init__(
        self,
        *,
        master_keys: dict[int, tuple[bytes, datetime]],
        active: int,
        naming_secret: bytes,
        path: Path | None = None,
        randbytes: RandomBytes = os.urandom,
    ) -> None:
        if active not in master_keys:
            raise KeyringError("the active master key version is missing from the key file")
        self._keys = dict(master_keys)
        self._active = active
        self._naming_secret = naming_secret
        self._randbytes = randbytes
        self.path = path
        self.naming = Naming(naming_secret)

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "in memory"
        return f"Keyring({where}, versions={self.versions}, active={self._active}, keys=***)"

    # -- creating and loading ------------------------------------------------------------------

    @classmethod
    def generate(cls, *, randbytes: RandomBytes = os.urandom, clock: Clock = utc_now) -> Keyring:
        """A fresh keyring that lives only in memory (tests, ``memory://`` stores)."""
        return cls(
            master_keys={1: (randbytes(KEY_BYTES), clock())},
            active=1,
            naming_secret=randbytes(KEY_BYTES),
            randbytes=randbytes,
        )

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, randbytes: RandomBytes = os.urandom,
               clock: Clock = utc_now) -> Keyring:
        """Write a new key file (mode 0600); :class:`KeyringError` if anything already exists there."""
        target = Path(path)
        keyring = cls.generate(randbytes=randbytes, clock=clock)
        keyring.path = target
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        except FileExistsError:
            raise KeyringError(f"a key file already exists at {target}; refusing to overwrite it") from None
        except OSError as error:
            raise KeyringError(f"cannot create key file {target}: {error.strerror}") from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(keyring._serialise())
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        fsync_directory(target.parent)
        return keyring

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, randbytes: RandomBytes = os.urandom) -> Keyring:
        """Read a key file, refusing one that group or others could read."""
        target = Path(path)
        data = _read_private_file(target)
        return cls._parse(data, path=target, randbytes=randbytes)

    @classmethod
    def _parse(cls, data: bytes, *, path: Path, randbytes: RandomBytes) -> Keyring:
        try:
            document: dict[str, Any] = json.loads(data)
            if document.get("format") != _FORMAT or document.get("version") != _FORMAT_VERSION:
                raise ValueError("not a key file of this format")
            keys = {
                int(entry["version"]): (_decode_key(entry["key"]), datetime.fromisoformat(entry["created"]))
                for entry in document["master_keys"]
            }
            if len(keys) != len(document["master_keys"]):
                raise ValueError("duplicate master key versions")
            return cls(master_keys=keys, active=int(document["active"]),
                       naming_secret=_decode_key(document["naming_secret"]), path=path, randbytes=randbytes)
        except KeyringError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
            raise KeyringError(f"{path} is not a valid key file (damaged or not a vault key file)") from None

    def _serialise(self) -> bytes:
        document = {
            "format": _FORMAT,
            "version": _FORMAT_VERSION,
            "active": self._active,
            "naming_secret": base64.b64encode(self._naming_secret).decode("ascii"),
            "master_keys": [
                {"version": version, "key": base64.b64encode(key).decode("ascii"), "created": created.isoformat()}
                for version, (key, created) in sorted(self._keys.items())
            ],
        }
        return (json.dumps(document, indent=1) + "\n").encode("ascii")

    # -- what callers may know -----------------------------------------------------------------

    @property
    def active_version(self) -> int:
        return self._active

    @property
    def versions(self) -> tuple[int, ...]:
        return tuple(sorted(self._keys))

    def master_keys(self) -> list[MasterKeyInfo]:
        return [MasterKeyInfo(version, created, version == self._active)
                for version, (_key, created) in sorted(self._keys.items())]

    # -- wrapping case keys --------------------------------------------------------------------

    def wrap_case_key(self, case_id: str, case_key: bytes) -> bytes:
        """``version (4 bytes) || nonce || AES-GCM(master key[version], case key)``, bound to the case id."""
        version = self._active
        prefix = version.to_bytes(_WRAPPED_PREFIX, "big")
        master, _created = self._keys[version]
        return prefix + wrap_key(master, case_key, context=_case_context(prefix, case_id),
                                 nonce=self._randbytes(NONCE_BYTES))

    def unwrap_case_key(self, case_id: str, wrapped: bytes) -> bytes:
        version = self.version_of(wrapped)
        if version not in self._keys:
            raise KeyringError(f"the key file has no master key version {version} (retired too early?)")
        master, _created = self._keys[version]
        prefix = wrapped[:_WRAPPED_PREFIX]
        return unwrap_key(master, wrapped[_WRAPPED_PREFIX:], context=_case_context(prefix, case_id))

    @staticmethod
    def version_of(wrapped: bytes) -> int:
        """The master key version a wrapped case key was made with."""
        if len(wrapped) <= _WRAPPED_PREFIX:
            raise IntegrityError("wrapped case key failed its integrity check (too short)")
        return int.from_bytes(wrapped[:_WRAPPED_PREFIX], "big")

    # -- rotation and retirement ---------------------------------------------------------------

    def add_master_key(self, *, clock: Clock = utc_now) -> int:
        """Add a new master key version and make it active; returns the new version."""
        with self._locked_reload():
            version = max(self._keys) + 1
            self._keys[version] = (self._randbytes(KEY_BYTES), clock())
            self._active = version
            self._save()
        return version

    def retire(self, versions: Iterable[int]) -> list[int]:
        """Forget old master key versions (the caller checks no case key still uses them)."""
        with self._locked_reload():
            doomed = sorted(set(versions) & set(self._keys))
            if self._active in doomed:
                raise KeyringError(f"master key version {self._active} is active and cannot be retired")
            for version in doomed:
                del self._keys[version]
            if doomed:
                self._save()
        return doomed

    @contextlib.contextmanager
    def _locked_reload(self) -> Iterator[None]:
        if self.path is None:
            yield
            return
        directory = os.open(self.path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(directory, fcntl.LOCK_EX)
            current = Keyring.load(self.path, randbytes=self._randbytes)
            if current._naming_secret != self._naming_secret:
                raise KeyringError(f"{self.path} was replaced by a different key file; reload it")
            self._keys, self._active = current._keys, current._active
            yield
        finally:
            os.close(directory)  # closing releases the lock

    def _save(self) -> None:
        if self.path is None:
            return
        temporary = self.path.with_name(f".{self.path.name}.{self._randbytes(6).hex()}.tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(self._serialise())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        fsync_directory(self.path.parent)


def _case_context(prefix: bytes, case_id: str) -> bytes:
    return b"send-vault case key v1\x00" + prefix + case_id.encode("utf-8")


def _decode_key(text: str) -> bytes:
    key = base64.b64decode(text, validate=True)
    if len(key) != KEY_BYTES:
        raise ValueError("keys are 32 bytes")
    return key


def _read_private_file(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        raise KeyringError(f"no key file at {path}") from None
    except OSError as error:
        raise KeyringError(f"cannot open key file {path}: {error.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise KeyringError(f"key file {path} is not a regular file")
        if info.st_mode & 0o077:
            mode = stat.S_IMODE(info.st_mode)
            raise KeyringError(f"key file {path} is readable by group or others (mode {mode:04o}); "
                               f"run chmod 600 on it")
        return handle.read()
