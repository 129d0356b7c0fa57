"""``EncryptedStore``: documents in, ciphertext out, over any :class:`ByteStore`.

Put: a random data key per object encrypts the stream chunk by chunk (:mod:`storage._stream`) straight
into the backend under a fresh opaque name (``<document ref>.<random>``), with signed opaque tags; only
after the backend holds the whole object is the wrapped data key written to the key store. So a failed
or interrupted upload leaves no key behind (at worst an orphan object that nobody can decrypt and
:meth:`EncryptedStore.sweep_orphans` removes), and two writers racing on one id cannot clobber each
other's bytes. Objects are immutable: an id is stored once and, once shredded, never reused.

Get: the key row names the backend object; the data key is unwrapped through the case key and the
plaintext is released chunk by chunk, each authenticated first (:meth:`open`), or written to a file
that appears only once the whole object has verified (:meth:`get_file`).
"""

from __future__ import annotations

import builtins
import io
import os
import re
import stat as stat_module
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from storage._crypto import KEY_BYTES
from storage._exceptions import (
    IntegrityError,
    InvalidArgument,
    ObjectExists,
    ObjectNotFound,
    ObjectShredded,
)
from storage._keychain import KeyChain, RotationReport
from storage._shredding import Shredder, ShredReport
from storage._stream import (
    DEFAULT_CHUNK_SIZE,
    DecryptingReader,
    EncryptingReader,
    ciphertext_length,
)
from storage._system import Clock, RandomBytes, utc_now
from storage.backends.base import ByteStore, Readable
from storage.keyring import Keyring
from storage.keystore import KeyStore, ObjectKey
from storage.tags import ObjectState, ObjectTags, parse_flags, parse_state

__all__ = ["EncryptedStore", "ObjectInfo", "PendingObject", "PlaintextReader"]

_ID = re.compile(r"[^\x00-\x1f\x7f]{1,256}")
_NAME_RANDOM_BYTES = 8
_SALT_BYTES = 16


@dataclass(frozen=True)
class ObjectInfo:
    """A stored object as the key store knows it; ``size`` is the plaintext size in bytes."""

    object_id: str
    case_id: str
    size: int
    name: str
    created: datetime

    @classmethod
    def of(cls, key: ObjectKey) -> ObjectInfo:
        return cls(key.object_id, key.case_id, key.size, key.name, key.created)


class PendingObject:
    """An object encrypted into the store whose key is not committed yet (:meth:`EncryptedStore.put_pending`):
    read it back with :meth:`open` (e.g. to look inside before deciding), then commit :attr:`key` with the
    row that names it, or :meth:`discard` the bytes."""

    def __init__(self, key: ObjectKey, data_key: bytes, store: EncryptedStore) -> None:
        self.key = key
        self._data_key = data_key
        self._store = store

    def __repr__(self) -> str:
        return f"PendingObject({self.key.object_id!r}, size={self.key.size})"

    @property
    def info(self) -> ObjectInfo:
        return ObjectInfo.of(self.key)

    def open(self) -> PlaintextReader:
        return PlaintextReader(self._store.backend.open(self.key.name), data_key=self._data_key,
                               object_id=self.key.object_id)

    def discard(self) -> None:
        """Delete the bytes (best effort: what is left is an orphan the sweep removes)."""
        self._store._shredder.delete_quietly(self.key.name)


class PlaintextReader(DecryptingReader):
    """The plaintext of one object (see :class:`DecryptingReader`); closing it closes the backend stream."""

    def __init__(self, source: BinaryIO, *, data_key: bytes, object_id: str) -> None:
        super().__init__(source, data_key=data_key, object_id=object_id)
        self._backend_stream = source

    def close(self) -> None:
        try:
            self._backend_stream.close()
        finally:
            super().close()


class EncryptedStore:
    """Encrypted, tagged, shreddable objects over ``backend``; keys in ``keystore`` under ``keyring``."""

    def __init__(
        self,
        backend: ByteStore,
        *,
        keyring: Keyring,
        keystore: KeyStore,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        clock: Clock = utc_now,
        randbytes: RandomBytes = os.urandom,
    ) -> None:
        self.backend = backend
        self.keyring = keyring
        self.keystore = keystore
        self._keys = KeyChain(keyring, keystore, randbytes=randbytes)
        self._naming = keyring.naming
        self._chunk_size = chunk_size
        self._clock = clock
        self._randbytes = randbytes
        self._shredder = Shredder(backend, keystore, self._naming, clock=clock)

    def __repr__(self) -> str:
        return f"EncryptedStore({self.backend!r}, keystore={self.keystore!r})"

    # -- put -----------------------------------------------------------------------------------

    def put(self, object_id: str, stream: Readable, *, case_id: str,
            tags: Mapping[str, str | bool] | None = None, length: int | None = None) -> ObjectInfo:
        """Encrypt ``stream`` into the store as ``object_id`` of ``case_id``.

        ``tags`` may set ``return-on-request`` and ``keep-on-file`` (both false by default); the state
        starts ``held``. ``length`` is found from a regular file or BytesIO when not given, and if known
        the input must match it exactly.
        """
        _check_id("object id", object_id)
        _check_id("case id", case_id)
        if self.keystore.get_object_key(object_id) or self.keystore.get_tombstone(object_id):
            raise ObjectExists(f"object {object_id!r} already exists (stored objects are immutable)")
        data_key = self._randbytes(KEY_BYTES)
        wrapped = self._keys.wrap_data_key(case_id, object_id, data_key)  # creates the case key if new
        key = self._write(object_id, stream, case_id=case_id, data_key=data_key, wrapped=wrapped, tags=tags, length=length)
        try:
            self.keystore.add_object_key(key)
        except BaseException:
            self._shredder.delete_quietly(key.name)  # lost a race or the key store failed: keep nothing
            raise
        return ObjectInfo.of(key)

    def put_pending(self, object_id: str, stream: Readable, *, case_id: str, wrapped_case_key: bytes,
                    tags: Mapping[str, str | bool] | None = None, length: int | None = None) -> PendingObject:
        """Encrypt ``stream`` into the store now and commit its key later: the data key is wrapped by the case
        key given (as the caller read it, wrapped), and nothing is asked of or written to the key store. The
        caller inserts :attr:`PendingObject.key` in the same transaction as whatever names the object, or
        calls :meth:`PendingObject.discard`; until then the bytes are an orphan nobody can decrypt, which
        the orphan sweep removes if the process dies first. ``object_id`` must be fresh (a random id)."""
        _check_id("object id", object_id)
        _check_id("case id", case_id)
        data_key = self._randbytes(KEY_BYTES)
        case_key = self.keyring.unwrap_case_key(case_id, wrapped_case_key)
        wrapped = self._keys.wrap_with(case_key, case_id, object_id, data_key)
        key = self._write(object_id, stream, case_id=case_id, data_key=data_key, wrapped=wrapped, tags=tags, length=length)
        return PendingObject(key, data_key, self)

    def _write(self, object_id: str, stream: Readable, *, case_id: str, data_key: bytes, wrapped: bytes,
               tags: Mapping[str, str | bool] | None, length: int | None) -> ObjectKey:
        flags = parse_flags(tags)
        name = f"{self._naming.document_ref(object_id)}.{self._randbytes(_NAME_RANDOM_BYTES).hex()}"
        object_tags = ObjectTags(case=self._naming.case_ref(case_id), document=self._naming.document_ref(object_id),
                                 return_on_request=flags["return-on-request"], keep_on_file=flags["keep-on-file"])
        plaintext_length = length if length is not None else _known_length(stream)
        reader = EncryptingReader(stream, data_key=data_key, object_id=object_id, salt=self._randbytes(_SALT_BYTES),
                                  chunk_size=self._chunk_size, expected_length=plaintext_length)
        stored_length = None if plaintext_length is None else ciphertext_length(plaintext_length, self._chunk_size)
        self.backend.put(name, reader, length=stored_length, tags=self._naming.sign_tags(name, object_tags.as_strings()))
        return ObjectKey(object_id, case_id, name, wrapped, reader.plaintext_length, self._clock())

    # -- get -----------------------------------------------------------------------------------

    def open(self, object_id: str) -> PlaintextReader:
        """A readable plaintext stream (use ``with``); ``read`` raises :class:`IntegrityError` on any damage."""
        key = self._object_key(object_id)
        data_key = self._keys.data_key(key)
        return PlaintextReader(self.backend.open(key.name), data_key=data_key, object_id=object_id)

    def get_to(self, object_id: str, out: BinaryIO) -> int:
        """Write the plaintext to ``out``; returns its size. On :class:`IntegrityError` ``out`` may hold a
        verified prefix: write to a file with :meth:`get_file` to keep nothing on failure."""
        written = 0
        with self.open(object_id) as reader:
            for block in reader.blocks():
                out.write(block)
                written += len(block)
        return written

    def get_file(self, object_id: str, path: str | os.PathLike[str]) -> int:
        """Write the plaintext to ``path`` (mode 0600): a temp file beside it, renamed into place only
        after the whole object verified; on any failure nothing is left and an existing file is kept."""
        target = Path(path)
        if target.is_dir():
            raise InvalidArgument(f"{target} is a directory")
        if not target.parent.is_dir():
            raise InvalidArgument(f"directory {target.parent} does not exist")
        temporary = target.with_name(f".{target.name}.{self._randbytes(6).hex()}.part")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                written = self.get_to(object_id, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return written

    def info(self, object_id: str) -> ObjectInfo:
        return ObjectInfo.of(self._object_key(object_id))

    def list(self, *, case_id: str | None = None) -> Iterator[ObjectInfo]:
        """Live objects (all, or one case's), by object id."""
        for key in self.keystore.list_object_keys(case_id=case_id):
            yield ObjectInfo.of(key)

    def _object_key(self, object_id: str) -> ObjectKey:
        _check_id("object id", object_id)
        key = self.keystore.get_object_key(object_id)
        if key is None:
            if self.keystore.get_tombstone(object_id):
                raise ObjectShredded(f"object {object_id!r} was shredded")
            raise ObjectNotFound(f"no object {object_id!r} in this store")
        return key

    # -- tags ----------------------------------------------------------------------------------

    def tags(self, object_id: str) -> ObjectTags:
        """The object's tags, checked against their signature.

        After a shred the tags come from the tombstone: the same opaque references, state ``shredded``, and
        both flags false (nothing is left to return or keep).
        """
        _check_id("object id", object_id)
        key = self.keystore.get_object_key(object_id)
        if key is None:
            tombstone = self.keystore.get_tombstone(object_id)
            if tombstone is None:
                raise ObjectNotFound(f"no object {object_id!r} in this store")
            return ObjectTags(case=self._naming.case_ref(tombstone.case_id),
                              document=self._naming.document_ref(object_id), state=ObjectState.SHREDDED)
        return self._verified_tags(key)

    def set_state(self, object_id: str, state: ObjectState | str) -> ObjectTags:
        """Move an object between ``held`` and ``returned`` (shredding is :meth:`shred`)."""
        new_state = parse_state(state)
        if new_state is ObjectState.SHREDDED:
            raise InvalidArgument("an object becomes shredded only by shredding it")
        key = self._object_key(object_id)
        return self._write_tags(key, self._verified_tags(key).with_state(new_state))

    def set_flags(self, object_id: str, *, return_on_request: bool | None = None,
                  keep_on_file: bool | None = None) -> ObjectTags:
        """Change ``return-on-request`` and/or ``keep-on-file``."""
        key = self._object_key(object_id)
        current = self._verified_tags(key)
        updated = ObjectTags(
            case=current.case, document=current.document, state=current.state,
            return_on_request=current.return_on_request if return_on_request is None else return_on_request,
            keep_on_file=current.keep_on_file if keep_on_file is None else keep_on_file,
        )
        return self._write_tags(key, updated)

    def _verified_tags(self, key: ObjectKey) -> ObjectTags:
        unsigned = self._naming.check_tags(key.name, self.backend.get_tags(key.name))
        tags = ObjectTags.from_strings(unsigned)
        if tags.case != self._naming.case_ref(key.case_id) or tags.document != self._naming.document_ref(key.object_id):
            raise IntegrityError("object tags failed their integrity check (they belong to another object)")
        return tags

    def _write_tags(self, key: ObjectKey, tags: ObjectTags) -> ObjectTags:
        self.backend.set_tags(key.name, self._naming.sign_tags(key.name, tags.as_strings()))
        return tags

    # -- shredding, rotation, sweeping -----------------------------------------------------------

    def shred(self, object_id: str) -> ShredReport:
        """Destroy the object's key (the shred), then delete its bytes and every version, best effort."""
        _check_id("object id", object_id)
        return self._shredder.shred_object(object_id)

    def shred_case(self, case_id: str) -> ShredReport:
        """Destroy the case key and every object key of the case at once, then delete their bytes."""
        _check_id("case id", case_id)
        return self._shredder.shred_case(case_id)

    def sweep_orphans(self, *, older_than: timedelta = timedelta(hours=1)) -> builtins.list[str]:
        """Delete backend objects that no key row references (interrupted puts, failed deletes)."""
        return self._shredder.sweep_orphans(older_than=older_than)

    def rotate_master_key(self) -> RotationReport:
        """Add a new master key version and rewrap every case key under it; objects are not touched."""
        self.keyring.add_master_key(clock=self._clock)
        return self.rewrap_case_keys()

    def rewrap_case_keys(self) -> RotationReport:
        """Finish a rotation (e.g. after a crash): rewrap case keys still under an older master key."""
        rewrapped = self._keys.rewrap_case_keys()
        return RotationReport(self.keyring.active_version, rewrapped, self._keys.unused_versions())

    def retire_master_keys(self) -> builtins.list[int]:
        """Remove master key versions no case key in this key store uses (never the active one)."""
        return self.keyring.retire(self._keys.unused_versions())


def _check_id(kind: str, value: str) -> None:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise InvalidArgument(f"{kind} must be 1-256 characters without control characters")


def _known_length(stream: Readable) -> int | None:
    """The bytes left in a regular file or BytesIO, else ``None`` (pipes, sockets, generators)."""
    if isinstance(stream, io.BytesIO):
        return len(stream.getbuffer()) - stream.tell()
    try:
        info = os.fstat(stream.fileno())  # type: ignore[attr-defined]
        if stat_module.S_ISREG(info.st_mode):
            return info.st_size - stream.tell()  # type: ignore[attr-defined, no-any-return]
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        pass
    return None

