"""Encrypted object storage: bytes, keys and tags; nothing about families.

Documents go in as streams and are stored as chunked AES-256-GCM (STREAM construction) under a random
data key per object, wrapped by a per-case key, wrapped by a versioned master key from a key file.
Objects carry opaque tags (case, document, ``return-on-request``, ``keep-on-file``, state) on any byte
store: a local directory (the default), an S3 server, or memory for tests. Shredding an object or a whole
case destroys its keys, so every surviving copy of its bytes is noise.

    from storage import EncryptedStore, Keyring, SQLiteKeyStore, open_backend

    store = EncryptedStore(open_backend("file:///srv/vault/objects"),
                           keyring=Keyring.load("/srv/vault/keyring.json"),
                           keystore=SQLiteKeyStore("/srv/vault/keyring.json.keys.sqlite"))
    with open("report.pdf", "rb") as source:
        store.put("doc-1", source, case_id="case-7", tags={"return-on-request": True})
    with store.open("doc-1") as plaintext:
        data = plaintext.read()     # IntegrityError if anything was altered
"""

from __future__ import annotations

from storage._exceptions import (
    BackendError,
    BackendUnavailable,
    CaseShredded,
    IntegrityError,
    InvalidArgument,
    KeyringError,
    ObjectExists,
    ObjectNotFound,
    ObjectShredded,
    SourceError,
    StorageError,
)
from storage._keychain import RotationReport
from storage._shredding import ShredReport
from storage._stream import DEFAULT_CHUNK_SIZE
from storage.backends import (
    ByteStore,
    LocalStore,
    MemoryStore,
    ObjectStat,
    S3Settings,
    open_backend,
)
from storage.encrypted import EncryptedStore, ObjectInfo, PendingObject, PlaintextReader
from storage.keyring import Keyring, MasterKeyInfo
from storage.keystore import KeyStore, MemoryKeyStore, ObjectKey, Tombstone
from storage.sqlite_keystore import SQLiteKeyStore
from storage.tags import ObjectState, ObjectTags

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "BackendError",
    "BackendUnavailable",
    "ByteStore",
    "CaseShredded",
    "EncryptedStore",
    "IntegrityError",
    "InvalidArgument",
    "KeyStore",
    "Keyring",
    "KeyringError",
    "LocalStore",
    "MasterKeyInfo",
    "MemoryKeyStore",
    "MemoryStore",
    "ObjectExists",
    "ObjectInfo",
    "ObjectKey",
    "ObjectNotFound",
    "ObjectShredded",
    "ObjectStat",
    "ObjectState",
    "ObjectTags",
    "PendingObject",
    "PlaintextReader",
    "RotationReport",
    "S3Settings",
    "SQLiteKeyStore",
    "ShredReport",
    "SourceError",
    "StorageError",
    "Tombstone",
    "open_backend",
]
